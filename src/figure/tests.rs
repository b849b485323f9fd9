//! Behaviour of the recogniser, one concept per test, on sentences written
//! for these tests. What is *not* a figure is tested in `exclude.rs`.

use super::{Figure, FigureKind, figures, figures_in};
use crate::Span;

fn all(text: &str) -> Vec<Figure> {
    figures(text).collect()
}

fn one(text: &str) -> Figure {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

#[test]
fn reads_digits_with_separators_decimals_signs_and_fractions() {
    for (text, surface, value) in [
        ("The ferry carried 7,300 passengers.", "7,300", 7300.0),
        ("Tolls rose for 1 000 000 drivers.", "1 000 000", 1e6),
        (
            "Tolls rose for 2\u{202f}500 drivers.",
            "2\u{202f}500",
            2500.0,
        ),
        (
            "The lake dropped to -3.5 metres below normal.",
            "-3.5 metres",
            -3.5,
        ),
        ("Crews finished 3/4 of the dike.", "3/4", 0.75),
        ("The rod is 2½ inches thick.", "2½ inches", 2.5),
        (
            "Turnout reached 12,34,567 voters.",
            "12,34,567",
            1_234_567.0,
        ),
    ] {
        let f = one(text);
        assert_eq!(f.text, surface, "{text}");
        assert!(close(f.value, value), "{text}: {f:?}");
    }
}

#[test]
fn reads_scale_suffixes() {
    assert_eq!(one("The app has 3k reviews.").value, Some(3000.0));
    assert_eq!(one("Sales hit 1.2M units.").value, Some(1.2e6));
    assert_eq!(one("The port handled 1.2m containers.").value, Some(1.2e6));
    assert_eq!(one("The wall is 1.8m tall.").unit.as_deref(), Some("m"));
}

#[test]
fn reads_number_words() {
    for (text, value) in [
        ("Crews rescued forty-two hikers.", 42.0),
        ("Crews rescued two thousand three hundred hikers.", 2300.0),
        ("Planners expect 1.5 million riders.", 1.5e6),
        ("Planners expect a million riders.", 1e6),
        ("Planners expect half a million riders.", 5e5),
        ("Crews found a dozen boats.", 12.0),
        ("Crews rebuilt one-third of the pier.", 1.0 / 3.0),
        ("Crews rebuilt two-thirds of the pier.", 2.0 / 3.0),
        ("Crews rebuilt a quarter of the pier.", 0.25),
        ("Override needs two-thirds majority in Senate", 2.0 / 3.0),
        ("He signed nearly two-dozen orders.", 24.0),
        ("About one-hundred-thousand fans came.", 1e5),
    ] {
        let f = one(text);
        assert!(close(f.value, value), "{text}: {f:?}");
        assert_eq!(f.kind, FigureKind::Count, "{text}");
    }
}

#[test]
fn hyphened_scale_words_keep_a_range_apart() {
    let found: Vec<_> = figures("Between two-thousand and three-thousand fans came.")
        .map(|f| (f.low, f.high))
        .collect();
    assert_eq!(found, [(Some(2000.0), Some(3000.0))]);
}

#[test]
fn reads_percentages_and_points() {
    for text in [
        "Fares rose 45%.",
        "Fares rose 45 percent.",
        "Fares rose 45 per cent.",
    ] {
        let f = one(text);
        assert_eq!(
            (f.kind, f.value, f.unit),
            (FigureKind::Percent, Some(45.0), None),
            "{text}"
        );
    }
    let f = one("Support fell 3 percentage points.");
    assert_eq!(
        (f.kind, f.value, f.unit.as_deref()),
        (FigureKind::Percent, Some(3.0), Some("pp"))
    );
}

#[test]
fn reads_multipliers_in_every_inflection() {
    for (text, value) in [
        ("The city will triple its fleet.", 3.0),
        ("The city tripled its fleet.", 3.0),
        ("The city is tripling its fleet.", 3.0),
        ("The city will double the fleet.", 2.0),
        ("The city doubled the fleet.", 2.0),
        ("The city will quadruple what it spends.", 4.0),
        ("The fleet is twice as large.", 2.0),
        ("The fleet grew threefold.", 3.0),
        ("The fleet grew 3x.", 3.0),
        ("The city halved its fleet.", 0.5),
        ("The city cut its fleet in half.", 0.5),
    ] {
        let f = one(text);
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Multiplier, Some(value)),
            "{text}"
        );
    }
    for text in [
        "A double-digit rise.",
        "A triple bogey ended his round.",
        "The first half ended.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    // Before an event with victims, a multiplier counts them.
    let f = one("A triple homicide shocked the town.");
    assert_eq!((f.kind, f.value), (FigureKind::Count, Some(3.0)));
}

#[test]
fn reads_a_fraction_after_an_article() {
    // "a" starts no number of its own here: the fraction is read alone.
    for (text, figure, value) in [
        (
            "The bill needs a two-thirds majority.",
            "two-thirds",
            2.0 / 3.0,
        ),
        (
            "It passed with a three-fourths vote.",
            "three-fourths",
            0.75,
        ),
        ("Crews finished a third of the levee.", "a third", 1.0 / 3.0),
    ] {
        let f = one(text);
        assert_eq!(f.text, figure, "{text}");
        assert!(close(f.value, value), "{text}: {:?}", f.value);
    }
}

#[test]
fn an_ordinal_after_a_count_one_short_is_the_next_one() {
    // "three ... a fourth": the fourth one, no quarter.
    for text in [
        "The blast killed three workers and hurt a fourth.",
        "Crews pulled 2 sailors from the hull and rescued a third.",
    ] {
        let texts: Vec<String> = all(text).into_iter().map(|f| f.text).collect();
        assert_eq!(texts.len(), 1, "{text}: {texts:?}");
    }
    // A share still: before "of", after a fraction, or after no such count.
    for (text, figure) in [
        (
            "Three vans were sold, and a fourth of the fleet was scrapped.",
            "a fourth",
        ),
        (
            "Voters backed two-thirds of the plan and rejected a third.",
            "a third",
        ),
        (
            "The blast killed two workers and hurt a fourth.",
            "a fourth",
        ),
        // A date, a span or money one short is no count of the same things.
        ("On Oct. 2, turnout fell by a third.", "a third"),
        (
            "Over the past two years, ridership fell to a third.",
            "a third",
        ),
        (
            "The $2 billion project came in over budget by a third.",
            "a third",
        ),
        (
            "Voters backed two thirds of the plan and rejected a third.",
            "a third",
        ),
    ] {
        assert!(
            all(text).iter().any(|f| f.text == figure),
            "{text}: {:?}",
            all(text)
        );
    }
}

#[test]
fn one_after_that_of_saying_is_a_count() {
    // "that" opening what was said points at nothing.
    let f = one("The sheriff said Monday that one deputy was hurt.");
    assert_eq!((f.text.as_str(), f.value), ("one", Some(1.0)));
    // A pointing "that one" is no count.
    for text in [
        "I like that one better.",
        "The sheriff said that one was enough.",
        "Asked about the other barn, the chief said that one burned for hours.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}

#[test]
fn reads_once_only_in_a_list_of_how_often() {
    for text in [
        "The clerk was hit twice in the knee and once in the shoulder.",
        "She was struck three times in the back, once in the neck.",
    ] {
        let once = all(text).into_iter().find(|f| f.text == "once");
        let once = once.unwrap_or_else(|| panic!("no once in {text:?}"));
        assert_eq!(
            (once.kind, once.value),
            (FigureKind::Multiplier, Some(1.0)),
            "{text}"
        );
    }
    for text in [
        "He once lived in Dalvor.",
        "Once inside, the crew found the pump.",
        "The ferry sails once a week.",
        "He fell twice. Once in the rain, he slipped.",
        "The mayor tried twice and once again failed.",
        "She had been arrested three times, and once in custody she confessed.",
        "The striker scored twice and once in the second half hit the post.",
    ] {
        assert!(
            all(text).iter().all(|f| f.text != "once"),
            "{text}: {:?}",
            all(text)
        );
    }
}

#[test]
fn reads_money() {
    for (text, value, unit) in [
        ("The bridge cost $45 billion.", 45e9, "USD"),
        ("The bridge cost 45,000,000,000 dollars.", 45e9, "USD"),
        ("The bridge cost €2.3bn.", 2.3e9, "EUR"),
        ("The bridge cost £120 million.", 120e6, "GBP"),
        ("The bridge cost 300 USD.", 300.0, "USD"),
        ("The bridge cost C$ 40.", 40.0, "CAD"),
        ("The bridge cost 40 Swiss francs.", 40.0, "CHF"),
        ("The ticket cost 3 dollars 50 cents.", 3.5, "USD"),
        ("The ticket cost 20€.", 20.0, "EUR"),
    ] {
        let f = one(text);
        assert_eq!(f.kind, FigureKind::Money, "{text}");
        assert!(close(f.value, value), "{text}: {f:?}");
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn reads_measurements_and_keeps_the_written_unit() {
    for (text, value, unit) in [
        ("The surge reached 4.6 meters.", 4.6, "m"),
        ("The surge reached 15 feet.", 15.0, "ft"),
        ("Winds hit 90 km/h.", 90.0, "km/h"),
        ("Winds hit 56 miles per hour.", 56.0, "mph"),
        ("It was 40 °C at noon.", 40.0, "°C"),
        ("A 3-inch layer of ash fell.", 3.0, "in"),
        ("A magnitude 7.8 quake struck.", 7.8, "magnitude"),
        ("A 6.1-magnitude quake struck.", 6.1, "magnitude"),
        ("The farm covers 660 square meters.", 660.0, "m²"),
        ("The tank holds 10,000 litres.", 10_000.0, "l"),
        ("The search lasted 36 hours.", 36.0, "h"),
    ] {
        let f = one(text);
        assert_eq!(f.kind, FigureKind::Measurement, "{text}");
        assert!(close(f.value, value), "{text}: {f:?}");
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
    }
    let (kg, unit) = one("The calf weighed 200 lbs.").in_base_unit().unwrap();
    assert!((kg - 90.718_474).abs() < 1e-6);
    assert_eq!(unit, "kg");
}

#[test]
fn reads_ranges() {
    for (text, low, high) in [
        ("Between 2,000-3,000 homes flooded.", 2000.0, 3000.0),
        ("Some 2,000–3,000 homes flooded.", 2000.0, 3000.0),
        ("It held between 10 and 20 boats.", 10.0, 20.0),
        ("It held from 10 to 20 boats.", 10.0, 20.0),
        ("It held 10 to 20 boats.", 10.0, 20.0),
        ("It cost 2 to 3 million dollars.", 2e6, 3e6),
        ("It cost two to three million dollars.", 2e6, 3e6),
        ("It cost $10-$20.", 10.0, 20.0),
        ("Turnout was 20-30%.", 20.0, 30.0),
    ] {
        let found = all(text);
        let f = found
            .iter()
            .find(|f| f.low.is_some())
            .unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert_eq!(
            (f.low, f.high, f.value),
            (Some(low), Some(high), None),
            "{text}"
        );
    }
    // a change is two figures, not a range
    assert_eq!(all("Arrests rose from 10 to 20.").len(), 2);
    // a score is no figure
    assert!(all("The Hawks won 3-2.").is_empty());
}

#[test]
fn reads_vote_tallies_and_leaves_scores_out() {
    for (text, surface, yes, no) in [
        (
            "The House passed it 221-204 on Friday.",
            "221-204",
            221.0,
            204.0,
        ),
        ("In a 5-4 ruling the court struck the law.", "5-4", 5.0, 4.0),
        ("The council approved 30 to 24.", "30 to 24", 30.0, 24.0),
    ] {
        let f = one(text);
        assert_eq!(
            (f.text.as_str(), f.kind),
            (surface, FigureKind::Tally),
            "{text}"
        );
        assert_eq!((f.value, f.low, f.high), (Some(yes), None, None), "{text}");
        let [a, b] = f.sides.as_deref().unwrap();
        assert_eq!((a.count, b.count), (yes, no), "{text}");
    }
    let f = one("The levy passed 221 yeas to 204 nays.");
    let [a, b] = f.sides.as_deref().unwrap();
    assert_eq!(
        (a.label.as_deref(), b.label.as_deref()),
        (Some("yeas"), Some("nays"))
    );
    assert!(all("The Hawks won 3-2.").is_empty());
    assert!(all("The Hawks beat the Owls 24 to 17.").is_empty());
    // a range of things after a vote is still a range
    let f = one("The council approved 30 to 40 new homes.");
    assert_eq!(
        (f.kind, f.low, f.high),
        (FigureKind::Count, Some(30.0), Some(40.0))
    );
}

#[test]
#[allow(clippy::too_many_lines)] // one row per line of the table
fn reads_bounds_and_hedges_as_the_table_says() {
    for (text, surface, low, high, approx) in [
        (
            "At least 688 were held.",
            "At least 688",
            Some(688.0),
            None,
            false,
        ),
        (
            "More than 50 fled.",
            "More than 50",
            Some(50.0),
            None,
            false,
        ),
        (
            "Over 660,000 were flagged.",
            "Over 660,000",
            Some(660_000.0),
            None,
            false,
        ),
        (
            "Upwards of 40 boats sank.",
            "Upwards of 40",
            Some(40.0),
            None,
            false,
        ),
        (
            "Police held 50 or more.",
            "50 or more",
            Some(50.0),
            None,
            false,
        ),
        (
            "Nearly 700 were held.",
            "Nearly 700",
            None,
            Some(700.0),
            true,
        ),
        (
            "Almost 700 were held.",
            "Almost 700",
            None,
            Some(700.0),
            true,
        ),
        (
            "Up to 700 were held.",
            "Up to 700",
            None,
            Some(700.0),
            false,
        ),
        (
            "Fewer than 700 were held.",
            "Fewer than 700",
            None,
            Some(700.0),
            false,
        ),
        (
            "Less than 700 were held.",
            "Less than 700",
            None,
            Some(700.0),
            false,
        ),
        (
            "Turnout stayed below 20,000.",
            "below 20,000",
            None,
            Some(20_000.0),
            false,
        ),
        (
            "Turnout stayed under 20,000.",
            "under 20,000",
            None,
            Some(20_000.0),
            false,
        ),
        ("About 1,000 came.", "About 1,000", None, None, true),
        ("Around 1,000 came.", "Around 1,000", None, None, true),
        ("Roughly 1,000 came.", "Roughly 1,000", None, None, true),
        ("Some 1,000 came.", "Some 1,000", None, None, true),
        (
            "Approximately 1,000 came.",
            "Approximately 1,000",
            None,
            None,
            true,
        ),
        (
            "An estimated 1,000 came.",
            "An estimated 1,000",
            None,
            None,
            true,
        ),
        ("Close to 1,000 came.", "Close to 1,000", None, None, true),
    ] {
        let f = one(text);
        assert_eq!(f.text, surface, "{text}");
        assert_eq!((f.low, f.high, f.approx), (low, high, approx), "{text}");
        assert!(f.value.is_some(), "{text}");
    }
    let f = one("The fund spent about $15 billion.");
    assert_eq!(
        (f.text.as_str(), f.approx, f.value),
        ("about $15 billion", true, Some(15e9))
    );
}

#[test]
fn reads_vague_quantities_as_lower_bounds() {
    for (text, surface, low) in [
        ("Dozens of boats sank.", "Dozens", 12.0),
        ("Hundreds of boats sank.", "Hundreds", 100.0),
        ("Thousands of boats sank.", "Thousands", 1000.0),
        ("Tens of thousands fled.", "Tens of thousands", 10_000.0),
        (
            "Hundreds of thousands fled.",
            "Hundreds of thousands",
            100_000.0,
        ),
        ("Millions watched.", "Millions", 1e6),
        (
            "Millions upon Millions watched.",
            "Millions upon Millions",
            2e6,
        ),
        ("Several hundred boats sank.", "Several hundred", 200.0),
    ] {
        let f = one(text);
        assert_eq!(
            (f.text.as_str(), f.value, f.low),
            (surface, None, Some(low)),
            "{text}"
        );
    }
}

#[test]
fn reports_spans_relative_to_the_whole_text_when_searching_a_part() {
    let doc = "Rain fell. Crews cleared 1,200 tonnes. Then 40 trucks left.";
    let part = Span::new(11, 38);
    let found: Vec<Figure> = figures_in(doc, part).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(&doc[found[0].span], "1,200 tonnes");
    assert!(figures_in(doc, Span::new(0, 500)).next().is_none());
    assert!(figures_in("naïve 5", Span::new(3, 7)).next().is_none());
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "-",
        "$",
        "1e",
        "1^",
        "½½½",
        "1,",
        ",1",
        "1/0",
        "9".repeat(500).as_str(),
        "٣٤ ₹",
    ] {
        let _ = all(text);
    }
}

#[test]
fn public_types_are_send_sync_and_clone() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug>() {}
    check::<Figure>();
    check::<FigureKind>();
    check::<super::Figures<'static>>();
}

#[cfg(feature = "serde")]
#[test]
fn serialises_kinds_in_lowercase_and_round_trips() {
    let f = one("Nearly $2.5 billion was pledged.");
    let json = serde_json::to_string(&f).unwrap();
    assert!(json.contains(r#""kind":"money""#), "{json}");
    let back: Figure = serde_json::from_str(&json).unwrap();
    assert_eq!(back, f);
}

#[test]
fn an_article_is_no_currency_prefix() {
    let f = one("New hires get a $3,000 bonus.");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("$3,000", Some("USD"))
    );
    assert_eq!(one("The fare is A$5.").unit.as_deref(), Some("AUD"));
    assert!(all("Call the hiring line at (612) 555-0178 today.").is_empty());
}
