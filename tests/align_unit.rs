//! Alignment, rule by rule, on hand-built claims with fictional sentences:
//! each verdict rule of design.md, the false alarms that must not be
//! raised, grouping, syndication, the builder, and the output formats.

// Verdicts and scores are compared exactly where the arithmetic is exact.
#![allow(clippy::float_cmp)]

mod align_common;

use align_common::claim;
use factdiff::align::{Tolerances, block_key, candidate_pairs, judge, score_pair};
use factdiff::{Claim, Comparer, Period, Report, Verdict};

fn verdict(a: &Claim, b: &Claim) -> Option<Verdict> {
    judge(a, b, &Tolerances::default()).verdict
}

fn compare(claims: Vec<Claim>) -> Report {
    Comparer::default().compare_claims(&[], claims)
}

/// The finding holding exactly these claim ids (in any order), if any.
fn finding<'a>(report: &'a Report, ids: &[&str]) -> Option<&'a factdiff::Finding> {
    let mut want: Vec<&str> = ids.to_vec();
    want.sort_unstable();
    report.findings.iter().find(|f| {
        let mut got: Vec<&str> = f.claims.iter().map(String::as_str).collect();
        got.sort_unstable();
        got == want
    })
}

fn grouped(report: &Report, a: &str, b: &str) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.claims.iter().any(|c| c == a) && f.claims.iter().any(|c| c == b))
}

// ---- verdicts on numbers -------------------------------------------------

#[test]
fn equal_values_agree_and_different_values_conflict() {
    let a = claim(
        "gull",
        0,
        0,
        "Assessors marked 860 homes as damaged.",
        "860",
        860.0,
    )
    .build();
    let b = claim(
        "tern",
        0,
        0,
        "Inspectors found 860 damaged homes.",
        "860",
        860.0,
    )
    .build();
    let c = claim(
        "wren",
        0,
        0,
        "Inspectors found 890 damaged homes.",
        "890",
        890.0,
    )
    .build();
    let j = judge(&a, &b, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree));
    assert_eq!(j.explanation, "860 = 860");
    let j = judge(&a, &c, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Conflict));
    assert!(j.explanation.contains("3.5% apart"), "{}", j.explanation);
    assert!(
        j.explanation.contains("0.5% rounding allowance"),
        "{}",
        j.explanation
    );
}

#[test]
fn exact_tolerance_allows_rounding_only() {
    let a = claim(
        "a",
        0,
        0,
        "Volunteers filled 10,000 sandbags.",
        "10,000",
        10_000.0,
    )
    .build();
    let b = claim(
        "b",
        0,
        0,
        "Volunteers filled 10,040 sandbags.",
        "10,040",
        10_040.0,
    )
    .build();
    let c = claim(
        "c",
        0,
        0,
        "Volunteers filled 10,060 sandbags.",
        "10,060",
        10_060.0,
    )
    .build();
    assert_eq!(verdict(&a, &b), Some(Verdict::Agree));
    assert_eq!(verdict(&a, &c), Some(Verdict::Conflict));
    let strict = Tolerances::new(0.0, 0.05);
    assert_eq!(judge(&a, &b, &strict).verdict, Some(Verdict::Conflict));
}

#[test]
fn bounds_agree_when_satisfied() {
    let floor = claim(
        "a",
        0,
        0,
        "At least 300 people slept in the gym.",
        "At least 300",
        300.0,
    )
    .low(300.0)
    .build();
    let above = claim(
        "b",
        0,
        0,
        "The gym held 320 people overnight.",
        "320",
        320.0,
    )
    .build();
    let below = claim(
        "c",
        0,
        0,
        "The gym held 280 people overnight.",
        "280",
        280.0,
    )
    .build();
    assert_eq!(verdict(&floor, &above), Some(Verdict::Agree));
    assert_eq!(verdict(&above, &floor), Some(Verdict::Agree));
    assert_eq!(verdict(&floor, &below), Some(Verdict::Conflict));
    let j = judge(&floor, &below, &Tolerances::default());
    assert!(
        j.explanation.contains("outside the stated bounds"),
        "{}",
        j.explanation
    );

    let ceiling = claim(
        "d",
        0,
        0,
        "Fewer than 50 boats were lost.",
        "Fewer than 50",
        50.0,
    )
    .high(50.0)
    .build();
    let lost = claim("e", 0, 0, "Some 44 boats were lost.", "44", 44.0).build();
    let many = claim("f", 0, 0, "A total of 61 boats were lost.", "61", 61.0).build();
    assert_eq!(verdict(&ceiling, &lost), Some(Verdict::Agree));
    assert_eq!(verdict(&ceiling, &many), Some(Verdict::Conflict));
}

#[test]
fn hedges_reach_the_hedge_tolerance() {
    let about = claim(
        "a",
        0,
        0,
        "About 1,200 pupils stayed home.",
        "About 1,200",
        1200.0,
    )
    .approx()
    .build();
    let near = claim("b", 0, 0, "1,240 pupils stayed home.", "1,240", 1240.0).build();
    let far = claim("c", 0, 0, "1,300 pupils stayed home.", "1,300", 1300.0).build();
    let j = judge(&about, &near, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree));
    assert!(j.explanation.contains("within 5%"), "{}", j.explanation);
    assert_eq!(verdict(&about, &far), Some(Verdict::Conflict));
    let loose = Tolerances::new(0.005, 0.1);
    assert_eq!(judge(&about, &far, &loose).verdict, Some(Verdict::Agree));
}

#[test]
fn nearly_reaches_only_below() {
    let nearly = claim(
        "a",
        0,
        0,
        "Crews gave nearly 10,000 shots.",
        "nearly 10,000",
        10_000.0,
    )
    .high(10_000.0)
    .approx()
    .build();
    let under = claim("b", 0, 0, "Crews gave 9,800 shots.", "9,800", 9800.0).build();
    let over = claim("c", 0, 0, "Crews gave 10,300 shots.", "10,300", 10_300.0).build();
    let much_under = claim("d", 0, 0, "Crews gave 8,000 shots.", "8,000", 8000.0).build();
    assert_eq!(verdict(&nearly, &under), Some(Verdict::Agree));
    assert_eq!(verdict(&nearly, &over), Some(Verdict::Conflict));
    assert_eq!(verdict(&nearly, &much_under), Some(Verdict::Conflict));
}

#[test]
fn ranges_hold_what_lies_between() {
    let range = claim(
        "a",
        0,
        0,
        "Between 2,000 and 3,000 fans waited.",
        "Between 2,000 and 3,000",
        2500.0,
    )
    .low(2000.0)
    .high(3000.0)
    .no_value()
    .build();
    let inside = claim("b", 0, 0, "Some 2,600 fans waited.", "2,600", 2600.0).build();
    let outside = claim("c", 0, 0, "Some 3,600 fans waited.", "3,600", 3600.0).build();
    assert_eq!(verdict(&range, &inside), Some(Verdict::Agree));
    assert_eq!(verdict(&range, &outside), Some(Verdict::Conflict));
}

#[test]
fn rates_convert_across_periods() {
    let day = claim(
        "a",
        0,
        0,
        "Rangers tagged 3,000 trout a day.",
        "3,000",
        3000.0,
    )
    .period(Period::Day)
    .build();
    let week = claim(
        "b",
        0,
        0,
        "Rangers tagged 21,000 trout a week.",
        "21,000",
        21_000.0,
    )
    .period(Period::Week)
    .build();
    let short = claim(
        "c",
        0,
        0,
        "Rangers tagged 15,000 trout a week.",
        "15,000",
        15_000.0,
    )
    .period(Period::Week)
    .build();
    let j = judge(&day, &week, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree));
    assert!(
        j.explanation.contains("21,000 a week ≈ 3,000/day"),
        "{}",
        j.explanation
    );
    assert_eq!(verdict(&day, &short), Some(Verdict::Conflict));

    let hedged = claim(
        "d",
        0,
        0,
        "The ferry carries about 600 riders a day.",
        "about 600",
        600.0,
    )
    .approx()
    .period(Period::Day)
    .build();
    let first_week = claim(
        "e",
        0,
        0,
        "It carried 4,200 riders in its first week.",
        "4,200",
        4200.0,
    )
    .period(Period::Week)
    .window("in its first week")
    .build();
    let j = judge(&hedged, &first_week, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree));
    assert!(
        j.explanation.contains("4,200 in its first week ≈ 600/day"),
        "{}",
        j.explanation
    );
}

#[test]
fn a_period_against_no_period_is_not_compared() {
    let rate = claim("a", 0, 0, "The shelter takes 40 dogs a week.", "40", 40.0)
        .period(Period::Week)
        .build();
    let total = claim(
        "b",
        0,
        0,
        "The shelter has taken 40 dogs since spring.",
        "40",
        40.0,
    )
    .window("since spring")
    .build();
    let j = judge(&rate, &total, &Tolerances::default());
    assert_eq!(j.verdict, None);
    assert!(
        j.explanation.starts_with("not compared"),
        "{}",
        j.explanation
    );
}

#[test]
fn multiplier_baselines_resolve_against_rates() {
    // "3,000 a day — triple what crews managed before" implies ~1,000 a day.
    let triple = claim(
        "harbor",
        1,
        0,
        "Officials want crews to clear 3,000 crates a day, triple what crews managed before.",
        "triple",
        3.0,
    )
    .multiplier()
    .baseline(1000.0, Some(Period::Day), "3,000")
    .build();
    let week = claim(
        "docks",
        0,
        0,
        "Crews cleared 7,300 crates in the first week.",
        "7,300",
        7300.0,
    )
    .period(Period::Week)
    .window("in the first week")
    .build();
    let j = judge(&week, &triple, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree), "{}", j.explanation);
    assert_eq!(
        j.explanation,
        "7,300 in the first week ≈ 1,042.86/day, within 5% of about 1,000/day implied by \
         \"triple\" (3,000 a day ÷ 3) (4.3% apart)"
    );
    let slow = claim(
        "docks",
        1,
        1,
        "Crews cleared 5,000 crates in the first week.",
        "5,000",
        5000.0,
    )
    .period(Period::Week)
    .build();
    assert_eq!(verdict(&slow, &triple), Some(Verdict::Conflict));
}

#[test]
fn bare_multipliers_compare_factors_only() {
    let a = claim(
        "a",
        0,
        0,
        "The depot plans to triple its fleet.",
        "triple",
        3.0,
    )
    .multiplier()
    .build();
    let b = claim("b", 0, 0, "The depot will triple the fleet.", "triple", 3.0)
        .multiplier()
        .build();
    let c = claim("c", 0, 0, "The depot will double the fleet.", "double", 2.0)
        .multiplier()
        .build();
    let count = claim("d", 0, 0, "The fleet has 3 buses.", "3", 3.0).build();
    assert_eq!(verdict(&a, &b), Some(Verdict::Agree));
    assert_eq!(verdict(&a, &c), Some(Verdict::Conflict));
    assert_eq!(verdict(&a, &count), None);
}

#[test]
fn units_convert() {
    let inches = claim(
        "a",
        0,
        0,
        "The gauge caught 2.75 inches of rain.",
        "2.75 inches",
        2.75,
    )
    .measurement("in")
    .build();
    let mm = claim(
        "b",
        0,
        0,
        "The gauge caught 70 millimeters of rain.",
        "70 millimeters",
        70.0,
    )
    .measurement("mm")
    .build();
    let j = judge(&inches, &mm, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree), "{}", j.explanation);
    assert!(
        j.explanation.contains("2.75 inches ≈ 0.06985 m"),
        "{}",
        j.explanation
    );

    let feet = claim(
        "c",
        0,
        0,
        "The creek crested at 24.6 feet.",
        "24.6 feet",
        24.6,
    )
    .measurement("ft")
    .build();
    let metres = claim(
        "d",
        0,
        0,
        "The creek crested at 7.5 meters.",
        "7.5 meters",
        7.5,
    )
    .measurement("m")
    .build();
    let nearly = claim(
        "e",
        0,
        0,
        "The creek rose to nearly 25 feet.",
        "nearly 25 feet",
        25.0,
    )
    .measurement("ft")
    .high(25.0)
    .approx()
    .build();
    let stage = claim("f", 0, 0, "Flood stage is 18 feet.", "18 feet", 18.0)
        .measurement("ft")
        .build();
    assert_eq!(verdict(&feet, &metres), Some(Verdict::Agree));
    assert_eq!(verdict(&nearly, &metres), Some(Verdict::Agree));
    assert_eq!(verdict(&stage, &metres), Some(Verdict::Conflict));
    // A length is never compared with a mass.
    let kg = claim(
        "g",
        0,
        0,
        "The bell weighs 7.5 kilograms.",
        "7.5 kilograms",
        7.5,
    )
    .measurement("kg")
    .build();
    assert_eq!(verdict(&kg, &metres), None);
}

#[test]
fn money_scales_and_currencies() {
    let a = claim(
        "a",
        0,
        0,
        "The council approved $45 million for repairs.",
        "$45 million",
        45e6,
    )
    .money("USD")
    .build();
    let b = claim(
        "b",
        0,
        0,
        "Repairs get 45 million dollars.",
        "45 million dollars",
        45e6,
    )
    .money("USD")
    .build();
    let c = claim(
        "c",
        0,
        0,
        "Repairs get 45 million euros.",
        "45 million euros",
        45e6,
    )
    .money("EUR")
    .build();
    let d = claim(
        "d",
        0,
        0,
        "Repairs get $4.5 million.",
        "$4.5 million",
        4.5e6,
    )
    .money("USD")
    .build();
    assert_eq!(verdict(&a, &b), Some(Verdict::Agree));
    assert_eq!(verdict(&a, &c), None);
    assert_eq!(verdict(&a, &d), Some(Verdict::Conflict));
}

#[test]
fn percent_is_never_compared_with_a_count() {
    let pct = claim("a", 0, 0, "Turnout reached 87% of members.", "87%", 87.0)
        .percent()
        .build();
    let same = claim("b", 0, 0, "Turnout reached 87 percent.", "87 percent", 87.0)
        .percent()
        .build();
    let count = claim("c", 0, 0, "Some 87 members voted.", "87", 87.0).build();
    assert_eq!(verdict(&pct, &same), Some(Verdict::Agree));
    assert_eq!(verdict(&pct, &count), None);
    let pp = claim("d", 0, 0, "Turnout rose 87 points.", "87 points", 87.0)
        .percent()
        .unit("pp")
        .build();
    assert_eq!(verdict(&pct, &pp), None);
}

#[test]
fn negated_and_valueless_figures_get_no_verdict() {
    let a = claim(
        "a",
        0,
        0,
        "Crews did not reach 3,000 homes.",
        "3,000",
        3000.0,
    )
    .negated()
    .build();
    let b = claim("b", 0, 0, "Crews reached 3,000 homes.", "3,000", 3000.0).build();
    let vague = claim(
        "c",
        0,
        0,
        "Crews reached countless homes.",
        "countless",
        0.0,
    )
    .no_value()
    .build();
    assert_eq!(verdict(&a, &b), None);
    assert_eq!(verdict(&b, &vague), None);
}

#[test]
fn judge_never_panics_on_odd_numbers() {
    let odd = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -5.0, 1e308];
    for &x in &odd {
        for &y in &odd {
            let a = claim("a", 0, 0, "Odd 1 figure.", "1", x).low(y).build();
            let b = claim("b", 0, 0, "Odd 2 figure.", "2", y)
                .high(x)
                .approx()
                .build();
            let j = judge(&a, &b, &Tolerances::default());
            if let Some(d) = j.difference {
                assert!(!d.is_nan());
            }
            let s = score_pair(&a, &b);
            assert!((0.0..=1.0).contains(&s));
        }
    }
}

#[test]
fn tallies_are_compared_side_by_side_and_only_with_tallies() {
    let vote = |doc: &str, sentence: &str, figure: &str, yes: f64, no: f64| {
        claim(doc, 0, 0, sentence, figure, yes).tally(no).build()
    };
    let a = vote(
        "gull",
        "The House passed the levy 221-204.",
        "221-204",
        221.0,
        204.0,
    );
    let b = vote(
        "tern",
        "The levy cleared the House 221 to 204.",
        "221 to 204",
        221.0,
        204.0,
    );
    let c = vote(
        "wren",
        "The House passed the levy 221-206.",
        "221-206",
        221.0,
        206.0,
    );
    let j = judge(&a, &b, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree), "{}", j.explanation);
    assert_eq!(j.explanation, "221-204 = 221 to 204");
    let j = judge(&a, &c, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Conflict), "{}", j.explanation);
    assert!(
        j.explanation.contains("221-204 vs 221-206"),
        "{}",
        j.explanation
    );
    // One side of a tally is not a count of anything on its own.
    let count = claim("kite", 0, 0, "The House has 221 members.", "221", 221.0).build();
    let j = judge(&a, &count, &Tolerances::default());
    assert_eq!(j.verdict, None);
    assert!(j.explanation.contains("tally"), "{}", j.explanation);
    assert_ne!(block_key(&a), block_key(&count));
}

#[test]
fn minor_units_of_money_are_compared_in_the_main_unit() {
    let cents = claim("gull", 0, 0, "A stamp costs 45 cents.", "45 cents", 45.0)
        .money("USD/100")
        .build();
    let dollars = claim("tern", 0, 0, "A stamp costs $0.45.", "$0.45", 0.45)
        .money("USD")
        .build();
    let more = claim("wren", 0, 0, "A stamp costs $0.55.", "$0.55", 0.55)
        .money("USD")
        .build();
    assert_eq!(verdict(&cents, &dollars), Some(Verdict::Agree));
    assert_eq!(verdict(&cents, &more), Some(Verdict::Conflict));
}

// ---- scoring and the false alarms ---------------------------------------

#[test]
fn score_is_high_for_the_same_quantity_and_zero_for_vetoes() {
    let a = claim(
        "a",
        0,
        0,
        "Divers pulled 14 miners from the Alder Gap shaft.",
        "14",
        14.0,
    )
    .measure("rescues")
    .place("Alder Gap")
    .build();
    let b = claim(
        "b",
        0,
        0,
        "At Alder Gap, divers pulled 14 miners from the shaft.",
        "14",
        14.0,
    )
    .measure("rescues")
    .place("Alder Gap")
    .build();
    let other_place = claim(
        "c",
        0,
        0,
        "Divers pulled 3 miners from the Pine Hollow shaft.",
        "3",
        3.0,
    )
    .measure("rescues")
    .place("Pine Hollow")
    .build();
    let other_measure = claim(
        "d",
        0,
        0,
        "Divers found 14 lamps in the Alder Gap shaft.",
        "14",
        14.0,
    )
    .measure("lamps")
    .place("Alder Gap")
    .build();
    assert!(score_pair(&a, &b) > 0.95, "{}", score_pair(&a, &b));
    assert_eq!(score_pair(&a, &other_place), 0.0);
    assert_eq!(score_pair(&a, &other_measure), 0.0);
}

#[test]
fn figure_values_do_not_change_the_score() {
    let a = claim("a", 0, 0, "Inspectors condemned 12 bridges.", "12", 12.0)
        .measure("bridges")
        .build();
    let b = claim("b", 0, 0, "Inspectors condemned 12 bridges.", "12", 12.0)
        .measure("bridges")
        .build();
    let c = claim("b", 0, 0, "Inspectors condemned 12 bridges.", "12", 99.0)
        .measure("bridges")
        .build();
    assert_eq!(score_pair(&a, &b), score_pair(&a, &c));
}

#[test]
fn a_target_never_conflicts_with_a_reported_count() {
    let goal = claim(
        "a",
        0,
        0,
        "The district aims to hire 500 tutors by June.",
        "500",
        500.0,
    )
    .measure("hires")
    .target()
    .window("by June")
    .build();
    let hired = claim(
        "b",
        0,
        0,
        "The district has hired 312 tutors.",
        "312",
        312.0,
    )
    .measure("hires")
    .build();
    assert_eq!(score_pair(&goal, &hired), 0.0);
    let report = compare(vec![goal, hired]);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn targets_agree_with_targets() {
    let a = claim(
        "a",
        0,
        0,
        "The district aims to hire 500 tutors by June.",
        "500",
        500.0,
    )
    .measure("hires")
    .target()
    .build();
    let b = claim(
        "b",
        0,
        0,
        "Its goal remains 500 tutors by June.",
        "500",
        500.0,
    )
    .measure("hires")
    .target()
    .build();
    let report = compare(vec![a, b]);
    let f = finding(&report, &["a#0", "b#0"]).expect("the targets agree");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(
        f.explanation.contains("a target figure"),
        "{}",
        f.explanation
    );
}

#[test]
fn different_places_subjects_and_windows_are_not_grouped() {
    let town = claim(
        "a",
        0,
        0,
        "Orchard Bay logged 14 cases of mumps.",
        "14",
        14.0,
    )
    .measure("cases")
    .place("Orchard Bay")
    .build();
    let county = claim(
        "b",
        0,
        0,
        "Reed County logged 37 cases of mumps.",
        "37",
        37.0,
    )
    .measure("cases")
    .place("Reed County")
    .build();
    assert!(!grouped(&compare(vec![town, county]), "a#0", "b#0"));

    let guard = claim("a", 0, 0, "The coast guard rescued 40 sailors.", "40", 40.0)
        .measure("rescues")
        .subject("coast guard")
        .build();
    let navy = claim("b", 0, 0, "The navy rescued 12 sailors.", "12", 12.0)
        .measure("rescues")
        .subject("navy")
        .build();
    assert!(!grouped(&compare(vec![guard, navy]), "a#0", "b#0"));

    let march = claim(
        "a",
        0,
        0,
        "In March 3.5% of runs were canceled.",
        "3.5%",
        3.5,
    )
    .percent()
    .measure("cancellations")
    .window("in March")
    .build();
    let october = claim("b", 0, 0, "In October 9% of runs were canceled.", "9%", 9.0)
        .percent()
        .measure("cancellations")
        .window("in October")
        .build();
    assert!(!grouped(&compare(vec![march, october]), "a#0", "b#0"));

    let old_year = claim(
        "a",
        0,
        0,
        "Riders took 41 million trips in 2019.",
        "41 million",
        41e6,
    )
    .measure("trips")
    .period(Period::Year)
    .window("in 2019")
    .build();
    let now = claim(
        "b",
        0,
        0,
        "Riders took 84,000 trips a day in March.",
        "84,000",
        84_000.0,
    )
    .measure("trips")
    .period(Period::Day)
    .window("in March")
    .build();
    assert!(!grouped(&compare(vec![old_year, now]), "a#0", "b#0"));
}

#[test]
fn figures_set_side_by_side_in_one_sentence_are_not_grouped() {
    let s = "The tide crested at 24.6 feet, well above the 18 feet flood stage.";
    let crest = claim("a", 0, 0, s, "24.6 feet", 24.6)
        .measurement("ft")
        .measure("river_level")
        .build();
    let stage = claim("a", 1, 0, s, "18 feet", 18.0)
        .measurement("ft")
        .measure("river_level")
        .build();
    let other = claim(
        "b",
        0,
        0,
        "The tide crested at 7.5 meters.",
        "7.5 meters",
        7.5,
    )
    .measurement("m")
    .measure("river_level")
    .build();
    let report = compare(vec![crest, stage, other]);
    assert!(!grouped(&report, "a#0", "a#1"));
    // The crest agrees across outlets; the flood stage (set apart from the
    // crest by its own sentence) does not conflict with that group.
    assert_eq!(
        finding(&report, &["a#0", "b#0"]).map(|f| f.verdict),
        Some(Verdict::Agree)
    );
    assert!(!grouped(&report, "a#1", "b#0"), "{:#?}", report.findings);
}

#[test]
fn measureless_claims_pair_only_on_near_identical_contexts() {
    let a = claim(
        "a",
        0,
        0,
        "The orchestra sold 1,100 tickets for the gala.",
        "1,100",
        1100.0,
    )
    .build();
    let b = claim(
        "b",
        0,
        0,
        "For the gala, the orchestra sold 1,100 tickets.",
        "1,100",
        1100.0,
    )
    .build();
    let c = claim(
        "c",
        0,
        0,
        "The museum counted 1,100 visitors on Sunday.",
        "1,100",
        1100.0,
    )
    .build();
    assert_eq!(block_key(&a), block_key(&b));
    assert_ne!(block_key(&a), block_key(&c));
    assert_eq!(candidate_pairs(&[a.clone(), b, c.clone()]), [(0, 1)]);
    assert_eq!(score_pair(&a, &c), 0.0);
}

// ---- groups, conflicts, syndication -------------------------------------

#[test]
fn three_outlets_repeating_a_figure_make_one_finding() {
    let claims = vec![
        claim(
            "ledger",
            0,
            2,
            "The port authority has hired 312 pilots since January.",
            "312",
            312.0,
        )
        .measure("hires")
        .subject("port authority")
        .window("since January")
        .build(),
        claim(
            "gazette",
            0,
            0,
            "The port authority brought on 312 new pilots this year.",
            "312",
            312.0,
        )
        .measure("hires")
        .window("this year")
        .build(),
        claim(
            "dispatch",
            0,
            4,
            "The authority has hired more than 300 pilots this year.",
            "more than 300",
            300.0,
        )
        .measure("hires")
        .low(300.0)
        .window("this year")
        .build(),
    ];
    let report = compare(claims);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    let f = &report.findings[0];
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.claims, ["dispatch#0", "gazette#0", "ledger#0"]);
    assert_eq!(f.sides, std::slice::from_ref(&f.claims));
    assert!(
        f.explanation.starts_with("3 claims share measure hires"),
        "{}",
        f.explanation
    );
    assert!(!f.syndicated);
}

#[test]
fn a_conflict_names_both_sides_and_the_arithmetic() {
    let claims = vec![
        claim(
            "tribune",
            0,
            0,
            "Mill Creek flood forces 1,240 from homes",
            "1,240",
            1240.0,
        )
        .measure("evacuations")
        .build(),
        claim(
            "tribune",
            1,
            3,
            "Over the weekend 1,240 residents of Mill Creek were evacuated.",
            "1,240",
            1240.0,
        )
        .measure("evacuations")
        .place("Mill Creek")
        .build(),
        claim(
            "courier",
            0,
            2,
            "Deputies evacuated 1,420 people from Mill Creek over the weekend.",
            "1,420",
            1420.0,
        )
        .measure("evacuations")
        .place("Mill Creek")
        .build(),
    ];
    let report = compare(claims);
    // The headline and the body agree, but one article is one source: not
    // a finding of its own.
    assert!(finding(&report, &["tribune#0", "tribune#1"]).is_none());
    let conflict = report
        .findings
        .iter()
        .find(|f| f.verdict == Verdict::Conflict)
        .expect("a conflict");
    assert_eq!(conflict.sides.len(), 2);
    assert!(conflict.claims.contains(&"courier#0".to_string()));
    assert!(conflict.claims.contains(&"tribune#1".to_string()));
    assert!(
        conflict.explanation.contains("14.5% apart"),
        "{}",
        conflict.explanation
    );
    assert!(
        conflict.explanation.contains("place Mill Creek"),
        "{}",
        conflict.explanation
    );
}

#[test]
fn a_group_member_set_apart_elsewhere_blocks_a_false_conflict() {
    // The neighbourhood line's count (place stated in one outlet only)
    // must not conflict with the systemwide count.
    let claims = vec![
        claim(
            "ledger",
            0,
            0,
            "Systemwide, the trams averaged about 84,000 riders a day.",
            "about 84,000",
            84_000.0,
        )
        .approx()
        .measure("riders")
        .period(Period::Day)
        .place("systemwide")
        .build(),
        claim(
            "ledger",
            1,
            1,
            "On the harbor line, daily ridership is back to about 12,000.",
            "about 12,000",
            12_000.0,
        )
        .approx()
        .measure("riders")
        .period(Period::Day)
        .place("harbor line")
        .build(),
        claim(
            "dispatch",
            0,
            0,
            "The line now carries roughly 12,000 daily riders.",
            "roughly 12,000",
            12_000.0,
        )
        .approx()
        .measure("riders")
        .period(Period::Day)
        .build(),
    ];
    let report = compare(claims);
    assert_eq!(
        finding(&report, &["dispatch#0", "ledger#1"]).map(|f| f.verdict),
        Some(Verdict::Agree)
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn syndicated_copies_count_once() {
    let wire = "Forecasters said 70 millimeters of rain fell at the Alder airport on Saturday.";
    let claims = vec![
        claim("wire", 0, 1, wire, "70 millimeters", 70.0)
            .measurement("mm")
            .measure("rainfall")
            .period(Period::Day)
            .window("on Saturday")
            .build(),
        claim("courier", 0, 5, wire, "70 millimeters", 70.0)
            .measurement("mm")
            .measure("rainfall")
            .period(Period::Day)
            .window("on Saturday")
            .build(),
    ];
    let docs = [
        factdiff::Document::new("wire", wire),
        factdiff::Document::new(
            "courier",
            format!("{wire}\nThe Coastal Wire contributed to this report."),
        ),
    ];
    let report = Comparer::default().compare_claims(&docs, claims.clone());
    // The copy confirms nothing: one source, no finding.
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.stories.len(), 1);
    assert_eq!(report.stories[0].copies, [["wire", "courier"]]);

    // With an independent third report, there is a finding, and the copy
    // is listed as one.
    let tribune = "The storm dropped 2.75 inches of rain at the Alder airport on Saturday.";
    let mut more = claims;
    more.push(
        claim("tribune", 0, 0, tribune, "2.75 inches", 2.75)
            .measurement("in")
            .measure("rainfall")
            .period(Period::Day)
            .window("on Saturday")
            .build(),
    );
    let mut docs = docs.to_vec();
    docs.push(factdiff::Document::new("tribune", tribune));
    let report = Comparer::default().compare_claims(&docs, more);
    let f = finding(&report, &["courier#0", "tribune#0", "wire#0"]).expect("one finding of three");
    assert_eq!(f.verdict, Verdict::Agree);
    // The document that credits another outlet holds the copy.
    assert_eq!(f.copies, ["courier#0"]);
    assert!(f.explanation.contains("count"), "{}", f.explanation);
}

#[test]
fn a_multiplier_baseline_joins_the_weekly_count() {
    let claims = vec![
        claim("harbor", 0, 0, "Officials want crews to clear 3,000 crates a day, triple what crews cleared in the early days.", "3,000", 3000.0)
            .measure("crates")
            .period(Period::Day)
            .target()
            .build(),
        claim("harbor", 1, 0, "Officials want crews to clear 3,000 crates a day, triple what crews cleared in the early days.", "triple", 3.0)
            .multiplier()
            .measure("crates")
            .baseline(1000.0, Some(Period::Day), "3,000")
            .build(),
        claim("docks", 0, 0, "Crews cleared 7,300 crates in the first week of the new contract.", "7,300", 7300.0)
            .measure("crates")
            .period(Period::Week)
            .window("in the first week")
            .build(),
    ];
    let report = compare(claims);
    let f = finding(&report, &["docks#0", "harbor#1"]).expect("baseline agrees with the week");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(
        f.explanation.contains("implied by \"triple\""),
        "{}",
        f.explanation
    );
    // The target itself is never grouped with the reported week.
    assert!(!grouped(&report, "harbor#0", "docks#0"));
}

#[test]
fn mixed_groups_never_hide_a_conflict() {
    // "about 1,000" agrees with 960 and with 1,040, but 960 and 1,040 do
    // not agree with each other: no group may hold all three.
    let claims = vec![
        claim(
            "a",
            0,
            0,
            "Guards turned back about 1,000 cars at the border.",
            "about 1,000",
            1000.0,
        )
        .approx()
        .measure("cars")
        .build(),
        claim(
            "b",
            0,
            0,
            "Guards turned back 960 cars at the border.",
            "960",
            960.0,
        )
        .measure("cars")
        .build(),
        claim(
            "c",
            0,
            0,
            "Guards turned back 1,040 cars at the border.",
            "1,040",
            1040.0,
        )
        .measure("cars")
        .build(),
    ];
    let report = compare(claims);
    for f in report
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Agree)
    {
        assert!(f.claims.len() <= 2, "{f:#?}");
    }
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

// ---- the builder --------------------------------------------------------

#[test]
fn builder_validates() {
    for (result, message) in [
        (
            Comparer::builder().hedge_tolerance(1.0).build(),
            "hedge tolerance must be in [0, 1), got 1",
        ),
        (
            Comparer::builder().exact_tolerance(f64::NAN).build(),
            "exact tolerance must be in [0, 1), got NaN",
        ),
        (
            Comparer::builder().min_score(-0.1).build(),
            "min score must be in [0, 1], got -0.1",
        ),
        (
            Comparer::builder().syndication_threshold(0.0).build(),
            "syndication threshold must be in (0, 1], got 0",
        ),
        (
            Comparer::builder().exhaustive_limit(1).build(),
            "exhaustive limit must be at least 2, got 1",
        ),
    ] {
        let err = result.expect_err(message);
        assert_eq!(err.to_string(), message);
        assert!(matches!(
            err.kind(),
            factdiff::ErrorKind::InvalidSetting { .. }
        ));
    }
    let c = Comparer::builder()
        .hedge_tolerance(0.1)
        .exact_tolerance(0.0)
        .min_score(0.7)
        .build()
        .unwrap();
    assert_eq!(c.tolerances(), Tolerances::new(0.0, 0.1));
    assert_eq!(c.min_score(), 0.7);
}

#[test]
fn a_higher_min_score_groups_less() {
    let a = claim("a", 0, 0, "Wardens counted 212 herons.", "212", 212.0)
        .measure("herons")
        .build();
    let b = claim(
        "b",
        0,
        0,
        "Volunteers on the marsh report 212 birds nesting near the dunes.",
        "212",
        212.0,
    )
    .measure("herons")
    .build();
    let s = score_pair(&a, &b);
    assert!(s > 0.0 && s < 1.0);
    let loose = Comparer::builder().min_score(s).build().unwrap();
    let strict = Comparer::builder()
        .min_score((s + 0.01).min(1.0))
        .build()
        .unwrap();
    assert_eq!(
        loose
            .compare_claims(&[], vec![a.clone(), b.clone()])
            .findings
            .len(),
        1
    );
    assert!(strict.compare_claims(&[], vec![a, b]).findings.is_empty());
}

#[test]
fn blocking_off_scores_every_pair_with_the_same_findings_here() {
    let claims = vec![
        claim("a", 0, 0, "Wardens counted 212 herons.", "212", 212.0)
            .measure("herons")
            .build(),
        claim(
            "b",
            0,
            0,
            "Wardens counted 212 herons on the marsh.",
            "212",
            212.0,
        )
        .measure("herons")
        .build(),
        claim("c", 0, 0, "Wardens counted 9 otters.", "9", 9.0)
            .measure("otters")
            .build(),
    ];
    let naive = Comparer::builder().blocking(false).build().unwrap();
    assert_eq!(naive.candidate_pairs(&claims).len(), 3);
    assert_eq!(candidate_pairs(&claims), [(0, 1)]);
    assert_eq!(
        naive.compare_claims(&[], claims.clone()).findings,
        compare(claims).findings
    );
}

// ---- output -------------------------------------------------------------

fn sample_report() -> Report {
    let docs = [
        factdiff::Document::new(
            "tribune",
            "Mill Creek flood forces 1,240 from homes\nMore text.",
        )
        .with_story("mill-creek-flood"),
        factdiff::Document::new("courier", "Deputies evacuated 1,420 people.")
            .with_story("mill-creek-flood"),
    ];
    let claims = vec![
        claim(
            "tribune",
            0,
            0,
            "Mill Creek flood forces 1,240 from homes",
            "1,240",
            1240.0,
        )
        .measure("evacuations")
        .build(),
        claim(
            "courier",
            0,
            0,
            "Deputies evacuated 1,420 people from homes in Mill Creek.",
            "1,420",
            1420.0,
        )
        .measure("evacuations")
        .build(),
    ];
    Comparer::default().compare_claims(&docs, claims)
}

#[test]
fn text_report_shows_claims_sentences_verdict_and_reason() {
    let report = sample_report();
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    let text = report.to_string();
    assert!(
        text.starts_with("2 documents, 1 story, 2 claims, 1 finding (0 agree, 1 conflict)"),
        "{text}"
    );
    assert!(text.contains("CONFLICT (score "), "{text}");
    assert!(text.contains("side 1:"), "{text}");
    assert!(
        text.contains("\"Mill Creek flood forces [1,240] from homes\""),
        "{text}"
    );
    assert!(
        text.contains("why: 2 sides disagree on measure evacuations"),
        "{text}"
    );
}

#[test]
#[cfg(feature = "serde")]
fn json_report_follows_the_contract() {
    let report = sample_report();
    let mut out = Vec::new();
    report.write_json(&mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["documents"][0]["id"], "courier");
    assert_eq!(v["documents"][1]["sentences"], 2);
    let c = &v["claims"][1];
    for field in [
        "id",
        "doc",
        "sentence",
        "start",
        "end",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "approx",
        "unit",
        "measure",
        "period",
        "modality",
        "attribution",
        "place",
        "subject",
        "window",
        "context",
        "context_start",
        "context_end",
    ] {
        assert!(c.get(field).is_some(), "claim field {field} missing: {c}");
    }
    assert_eq!(c["id"], "tribune#0");
    assert_eq!(c["kind"], "count");
    assert_eq!(c["value"], 1240.0);
    assert_eq!(c["modality"], "reported");
    let f = &v["findings"][0];
    assert_eq!(f["verdict"], "conflict");
    assert_eq!(f["claims"], serde_json::json!(["courier#0", "tribune#0"]));
    assert!(
        f["score"]
            .as_f64()
            .is_some_and(|s| (0.0..=1.0).contains(&s))
    );
    assert!(f["explanation"].as_str().is_some_and(|s| s.ends_with('.')));
    // Findings deserialise back.
    let back: factdiff::Finding = serde_json::from_value(f.clone()).unwrap();
    assert_eq!(back, report.findings[0]);
}

#[test]
#[cfg(feature = "serde")]
fn jsonl_report_is_tagged_per_message() {
    let report = sample_report();
    let mut out = Vec::new();
    report.write_jsonl(&mut out).unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["document", "document", "story", "claim", "claim", "finding"]
    );
    assert_eq!(lines[2]["data"]["id"], "mill-creek-flood");
    assert_eq!(lines[3]["data"]["id"], "courier#0");
    assert_eq!(lines[5]["data"]["verdict"], "conflict");
    assert_eq!(lines[5]["data"]["story"], "mill-creek-flood");
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Comparer>();
    check::<Report>();
    check::<factdiff::Finding>();
    check::<factdiff::align::Judgement>();
    check::<factdiff::align::BlockKey>();
}

// ---- later rules ---------------------------------------------------------

#[test]
fn a_claim_that_fits_a_group_and_a_lone_claim_joins_the_group() {
    // The baseline (~1,000 a day) agrees with the weekly count (≈1,043 a
    // day, reported by two outlets) and with a single-day count (956), which its own
    // sentence sets apart from the weekly count: it joins the pair.
    let s =
        "Crews cleared 7,300 crates in the first week, with one record shift clearing 956 crates.";
    let claims = vec![
        claim(
            "docks",
            0,
            0,
            "Crews cleared 7,300 crates in the first week of the contract.",
            "7,300",
            7300.0,
        )
        .measure("crates")
        .period(Period::Week)
        .window("in the first week")
        .build(),
        claim("quay", 0, 1, s, "7,300", 7300.0)
            .measure("crates")
            .period(Period::Week)
            .window("in the first week")
            .build(),
        claim("quay", 1, 1, s, "956", 956.0)
            .measure("crates")
            .period(Period::Day)
            .build(),
        claim(
            "harbor",
            0,
            0,
            "Officials want 3,000 crates a day, triple what crews cleared early on.",
            "triple",
            3.0,
        )
        .multiplier()
        .measure("crates")
        .baseline(1000.0, Some(Period::Day), "3,000")
        .build(),
    ];
    let report = compare(claims);
    let f =
        finding(&report, &["docks#0", "quay#0", "harbor#0"]).expect("the baseline joins the pair");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(!grouped(&report, "quay#1", "harbor#0"));
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn conflicts_need_the_conflict_score() {
    let claims = vec![
        claim("a", 0, 0, "Wardens counted 212 herons.", "212", 212.0)
            .measure("herons")
            .build(),
        claim(
            "b",
            0,
            0,
            "Volunteers on the marsh report 250 birds nesting near the dunes.",
            "250",
            250.0,
        )
        .measure("herons")
        .build(),
    ];
    let s = score_pair(&claims[0], &claims[1]);
    assert!(s > 0.5, "{s}");
    let lenient = Comparer::builder().conflict_score(0.5).build().unwrap();
    let strict = Comparer::builder()
        .conflict_score((s + 0.01).min(1.0))
        .build()
        .unwrap();
    assert_eq!(
        lenient
            .compare_claims(&[], claims.clone())
            .count(Verdict::Conflict),
        1
    );
    assert_eq!(
        strict.compare_claims(&[], claims).count(Verdict::Conflict),
        0
    );
    let err = Comparer::builder().conflict_score(2.0).build().unwrap_err();
    assert_eq!(err.to_string(), "conflict score must be in [0, 1], got 2");
}

#[test]
fn percentages_ignore_periods_and_to_date_counts_are_totals() {
    let weekly = claim("a", 0, 0, "Last week 87% voted yes.", "87%", 87.0)
        .percent()
        .period(Period::Week)
        .build();
    let plain = claim(
        "b",
        0,
        0,
        "Members voted 87 percent yes.",
        "87 percent",
        87.0,
    )
    .percent()
    .build();
    assert_eq!(verdict(&weekly, &plain), Some(Verdict::Agree));

    // "this year" is a count to date, not a yearly rate...
    let so_far = claim(
        "c",
        0,
        0,
        "The port hired 312 pilots this year.",
        "312",
        312.0,
    )
    .period(Period::Year)
    .window("this year")
    .build();
    let since = claim(
        "d",
        0,
        0,
        "The port has hired 312 pilots since January.",
        "312",
        312.0,
    )
    .window("since January")
    .build();
    assert_eq!(verdict(&so_far, &since), Some(Verdict::Agree));
    // ...but a goal for this year is a yearly figure.
    let goal = claim(
        "e",
        0,
        0,
        "The port wants 400 pilots this year.",
        "400",
        400.0,
    )
    .period(Period::Year)
    .window("this year")
    .target()
    .build();
    let yearly = claim("f", 0, 0, "The port wants 400 pilots a year.", "400", 400.0)
        .period(Period::Year)
        .target()
        .build();
    assert_eq!(verdict(&goal, &yearly), Some(Verdict::Agree));
}

#[test]
fn a_year_named_on_one_side_only_keeps_claims_apart() {
    let old = claim(
        "a",
        0,
        0,
        "In 2019 the ferry carried 41 million riders a year.",
        "41 million",
        41e6,
    )
    .measure("riders")
    .period(Period::Year)
    .build();
    let now = claim(
        "b",
        0,
        0,
        "The ferry carries about 12,000 riders a day.",
        "about 12,000",
        12_000.0,
    )
    .approx()
    .measure("riders")
    .period(Period::Day)
    .build();
    assert_eq!(score_pair(&old, &now), 0.0);
    assert!(compare(vec![old, now]).findings.is_empty());
}

#[test]
fn a_page_stamp_dates_the_page_not_the_count() {
    let report = gazette_and_times(
        "Five people were shot at the Kestrel fair (Published Sunday, May 31, 2015)",
        "Five people were shot at the Kestrel fair, police said.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // A year in the sentence itself still sets the count apart.
    let report = gazette_and_times(
        "Five people were shot at the Kestrel fair in 2013, police said.",
        "Five people were shot at the Kestrel fair, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn a_count_naming_its_day_meets_a_count_naming_its_month() {
    // The day says when within the month: the two may agree, never
    // conflict.
    let report = gazette_and_times(
        "Five people were shot early Sunday at the Kestrel fair.",
        "Police arrested a man suspected of shooting five people at the Kestrel fair in May.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    let report = gazette_and_times(
        "Four people were shot early Sunday at the Kestrel fair.",
        "Police arrested a man suspected of shooting five people at the Kestrel fair in May.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn what_a_defendant_faces_may_agree_but_never_conflicts() {
    // Counts, a term, a bail are one defendant's; a case may have several.
    for (gazette, times) in [
        (
            "A Kestrel man was charged with three counts of arson on Friday.",
            "A Kestrel man was charged with two counts of arson on Friday.",
        ),
        (
            "A Kestrel man was sentenced to 35 years in prison for the arson.",
            "A Kestrel man was sentenced to 29 years in prison for the arson.",
        ),
        (
            "Vance was arraigned in Kestrel on two counts of aggravated assault and three counts of reckless endangerment.",
            "Vance is facing two counts of felony assault and six counts of reckless endangerment in Kestrel.",
        ),
    ] {
        let report = gazette_and_times(gazette, times);
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "A Kestrel man was sentenced to 35 years in prison for the arson.",
        "The arsonist from Kestrel was sentenced to 35 years in prison.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // The people charged are a count like any other.
    let report = gazette_and_times(
        "Four men were charged in the Kestrel arson on Friday.",
        "Three men were charged in the Kestrel arson on Friday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_running_total_to_a_point_may_agree_but_never_conflicts() {
    // "As of Friday", "since January" count to a point: the total may
    // have grown, or hold more than the one event.
    for total in [
        "As of Friday, 34 deputies had died on duty, the Kestrel fund said.",
        "Since January, 34 deputies have died on duty, the Kestrel fund said.",
    ] {
        let report =
            gazette_and_times(total, "Three deputies died on duty, the Kestrel fund said.");
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "As of Friday, 34 deputies had died on duty, the Kestrel fund said.",
        "In all, 34 deputies died on duty, the Kestrel fund said.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

// ---- frames ------------------------------------------------------------

/// Findings of a few one-sentence fictional reports, all of one story.
fn frame_findings(texts: &[(&str, &str)]) -> Report {
    let docs: Vec<factdiff::Document> = texts
        .iter()
        .map(|(id, t)| factdiff::Document::new(*id, *t).with_story("kestrel-shooting"))
        .collect();
    Comparer::default().compare(&docs)
}

/// Findings of two one-sentence reports, `gazette#0` and `times#0`, of
/// one story (see [`frame_findings`]).
fn gazette_and_times(gazette: &str, times: &str) -> Report {
    frame_findings(&[("gazette", gazette), ("times", times)])
}

#[test]
fn a_part_never_conflicts_with_its_whole() {
    let report = frame_findings(&[
        (
            "gazette",
            "Five people were killed in the Kestrel shooting on Saturday.",
        ),
        (
            "times",
            "Two of those killed in the Kestrel shooting on Saturday were students.",
        ),
        (
            "post",
            "Police said five people died in the Kestrel shooting on Saturday.",
        ),
    ]);
    assert!(
        !grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert!(
        grouped(&report, "gazette#0", "post#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_part_may_agree_with_an_equal_whole() {
    // Those taken to a hospital are some of the hurt; when the figures are
    // equal, they are all of them.
    let report = gazette_and_times(
        "Four victims were taken to Quillby General Hospital after the Kestrel shooting.",
        "Four people were wounded in the Kestrel shooting.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_agreeing_with_a_part_draws_no_conflict() {
    // "Two killed" agrees with "two of the victims": it may be a part
    // too, so its difference from "three killed" is no error.
    let report = frame_findings(&[
        (
            "gazette",
            "Two of the victims died at Quillby General after the Kestrel shooting.",
        ),
        ("times", "Two people were killed in the Kestrel shooting."),
        ("post", "Three people were killed in the Kestrel shooting."),
    ]);
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Without the part, the two totals conflict.
    let report = gazette_and_times(
        "Two people were killed in the Kestrel shooting.",
        "Three people were killed in the Kestrel shooting.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_part_is_no_repeat_of_an_equal_total_from_its_source() {
    // The gazette's "one of them" and its "one man died" give one figure;
    // only the total stands for the gazette against the times.
    let report = gazette_and_times(
        "The gunman shot four people, killing one of them. One man died in the shooting.",
        "One person was killed in the shooting.",
    );
    assert!(
        grouped(&report, "gazette#2", "times#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn an_earlier_account_agrees_but_never_conflicts() {
    let report = frame_findings(&[
        (
            "gazette",
            "Seven people were shot in the Kestrel shooting on Saturday.",
        ),
        (
            "times",
            "Police initially said six people were shot in the Kestrel shooting on Saturday.",
        ),
        (
            "post",
            "Officials said earlier that seven people were shot in the Kestrel shooting on Saturday.",
        ),
    ]);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    assert!(
        grouped(&report, "gazette#0", "post#0"),
        "{:#?}",
        report.findings
    );
    // Without the earlier account, the same figures conflict.
    let report = gazette_and_times(
        "Seven people were shot in the Kestrel shooting on Saturday.",
        "Police said six people were shot in the Kestrel shooting on Saturday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn people_named_differently_agree_but_never_conflict() {
    // "officers" within "people": a part may be smaller than its whole.
    let report = gazette_and_times(
        "Two officers were injured in the Kestrel shooting on Saturday.",
        "Five people were injured in the Kestrel shooting on Saturday.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    // A kind of people against a count with no head: maybe a part.
    let report = gazette_and_times(
        "Kestrel shooting leaves man, 2 teens wounded",
        "3 wounded in Kestrel shooting, police say",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // People an event is about as a whole are no part: a conflict stays.
    let report = gazette_and_times(
        "The agency deported 4,000 immigrants from Kestrel last year.",
        "Officials said 5,000 were deported from Kestrel last year.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
    // Equal figures for people named two ways are one group.
    let report = gazette_and_times(
        "Four teens were injured in the Kestrel shooting on Saturday.",
        "Police said four people were hurt on Saturday when gunfire broke out in the Kestrel shooting.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn different_things_of_one_measure_never_meet() {
    // Shell casings and bullet holes both read as shots fired.
    let report = gazette_and_times(
        "Detectives recovered 16 shell casings at the Kestrel scene on Saturday.",
        "The van, with four bullet holes in its door, was hauled away from the Kestrel scene on Saturday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Counts and charges are one thing (what a defendant faces: they may
    // agree, never conflict).
    let report = gazette_and_times(
        "Brannock was charged with three counts of murder in the Kestrel shooting.",
        "Brannock faces three charges of murder in the Kestrel shooting.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_day_that_says_when_meets_an_undated_count_to_agree_only() {
    let report = gazette_and_times(
        "Five people were shot at a party in Kestrel early Sunday, police said.",
        "Gunfire erupted at a crowded backyard party in Kestrel, and police said five people were shot.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    let report = gazette_and_times(
        "Five people were shot at a party in Kestrel early Sunday, police said.",
        "Gunfire erupted at a crowded backyard party in Kestrel, and police said six people were shot.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // A rate that runs from a day is no day: it never meets a total.
    let report = gazette_and_times(
        "Kestrel clinics have given 600 flu shots a day since Monday.",
        "In all, the county's clinics in Kestrel have given 600 flu shots, officials said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn an_increment_never_meets_the_count() {
    let report = gazette_and_times(
        "Twelve people were injured in the Kestrel shooting.",
        "Five more people were injured in the Kestrel shooting, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn things_no_measure_names_meet_by_their_frame() {
    // "Bridges inspected" is no measure of the lexicon: the frames (head
    // bridge, event inspect) bring the two reports together anyway.
    let report = frame_findings(&[
        (
            "gazette",
            "Engineers inspected 14 bridges along the Velder River after the quake.",
        ),
        (
            "times",
            "Crews have inspected 16 bridges along the Velder River since the quake, officials said.",
        ),
        // People in a car are not people taken into custody.
        (
            "post",
            "There were four passengers in the sedan when it crashed near the river.",
        ),
        (
            "herald",
            "Deputies took two people into custody after the car crashed.",
        ),
    ]);
    let bridges: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.claims.iter().any(|c| c.starts_with("gazette")))
        .collect();
    assert_eq!(bridges.len(), 1, "{:#?}", report.findings);
    assert_eq!(bridges[0].verdict, Verdict::Conflict);
    assert!(
        !grouped(&report, "post#0", "herald#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn frames_naming_one_thing_but_not_both_events_may_agree_never_conflict() {
    // "Wardens" is no measure; one outlet names the event, the other does
    // not. Equal figures agree, and the explanation says what they count.
    let report = gazette_and_times(
        "Fourteen wardens signed the letter to the governor on Monday.",
        "The letter to the governor on Monday listed 14 wardens as its authors.",
    );
    let f = finding(&report, &["gazette#0", "times#0"]).expect("grouped");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(
        f.explanation.contains("thing counted warden"),
        "{}",
        f.explanation
    );
    assert!(f.reasons.iter().any(|r| matches!(
        r,
        factdiff::Reason::Shared { field: factdiff::SharedField::Thing, value } if value == "warden"
    )));
    // Different figures on such thin evidence are no conflict: the
    // letter may have had more signers than names printed.
    let report = gazette_and_times(
        "Fourteen wardens signed the letter to the governor on Monday.",
        "The letter to the governor on Monday listed 12 wardens as its authors.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn parts_of_a_whole_never_conflict() {
    // Two parts of the wounded may be different parts; "both" points back
    // at two people already named, and those taken to a hospital are some
    // of the hurt: parts of a larger count.
    let report = frame_findings(&[
        (
            "gazette",
            "One of the wounded victims was listed in critical condition at Quillby General.",
        ),
        (
            "times",
            "Two of the wounded victims were listed in critical condition at Quillby General.",
        ),
        ("post", "Four people were wounded in the Kestrel shooting."),
        (
            "herald",
            "Medics rushed both victims to Quillby General after the Kestrel shooting.",
        ),
        // Those taken to a hospital are some of the hurt.
        (
            "courier",
            "Three victims were taken to Quillby General after the Kestrel shooting.",
        ),
    ]);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Equal parts may still agree.
    let report = gazette_and_times(
        "Two of the wounded victims were listed in critical condition at Quillby General.",
        "Two of the wounded victims remained in critical condition at Quillby General.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn people_to_whom_nothing_happens_may_agree_never_conflict() {
    // "Deputies" may give a workforce measure, but the sentences say no
    // event: the two counts may be of different people.
    let report = gazette_and_times(
        "Four deputies of the Kestrel County sheriff's office were at the scene.",
        "Two deputies of the Kestrel County sheriff's office were at the door.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn one_thing_and_one_event_without_a_measure_agree_in_other_words() {
    // No measure names "suspects stepping out of a van", but the frames
    // (head, event) are one, and that is evidence enough to agree.
    let report = gazette_and_times(
        "A grey van stopped outside the Kestrel bakery and three suspects stepped out.",
        "Three suspects stepped out of the grey van and began firing at people waiting in line, witnesses said.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // Different things doing one thing are not matched by the frame.
    let report = gazette_and_times(
        "A grey van stopped outside the Kestrel bakery and three suspects stepped out.",
        "Three customers stepped out of the grey van and began firing at people waiting in line, witnesses said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn one_event_without_a_head_meets_only_near_the_same_words() {
    // No head and no measure: the same verb in two tellings of one
    // sentence, in slightly other words, agree.
    let report = gazette_and_times(
        "Ushers split the two crowds up twice before the match, and the stewards said the early reports agree.",
        "Ushers split the two crowds up twice before the match, the early reports agree, according to the stewards.",
    );
    let twice = finding(&report, &["gazette#1", "times#1"]).expect("grouped");
    assert_eq!(twice.verdict, Verdict::Agree, "{twice:#?}");
    // The same verb in another sentence says nothing of one quantity.
    let report = gazette_and_times(
        "Ushers split the two crowds up twice before the match, and the stewards said the early reports agree.",
        "The club split its ticket sales twice this season after complaints from members.",
    );
    assert!(
        !grouped(&report, "gazette#1", "times#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_sum_of_several_incidents_may_agree_but_never_conflicts() {
    // A round-up sums incidents; one of them may be the one the other
    // outlet reports.
    let report = gazette_and_times(
        "Five people were hurt in two shootings in Kestrel on Saturday night.",
        "Four people were hurt in a single shooting in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "Five people were hurt in two shootings in Kestrel on Saturday night.",
        "Police said five people were hurt in two shootings in Kestrel on Saturday night.",
    );
    let five = finding(&report, &["gazette#0", "times#0"]).expect("the sums are grouped");
    assert_eq!(five.verdict, Verdict::Agree, "{five:#?}");
    // Two counts of one incident still conflict.
    let report = gazette_and_times(
        "Five people were hurt in a single shooting in Kestrel on Saturday night.",
        "Four people were hurt in a single shooting in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn deaths_count_the_dead_and_shootings_do_not_count_the_shot() {
    // An event that befalls one person each counts people.
    let report = gazette_and_times(
        "The storm caused 12 deaths in Kestrel on Friday.",
        "Twelve people were killed in Kestrel on Friday by the storm.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // A count of incidents is no count of the people they hurt.
    let report = gazette_and_times(
        "Police in Kestrel are investigating two shootings from Friday night.",
        "Two people were shot in Kestrel on Friday night, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn the_white_house_speaks_for_the_president() {
    let report = gazette_and_times(
        "The president still wants to commit $4 billion to fixing rural dams.",
        "The White House has called on Congress to spend $4 billion to fix rural dams.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_polls_share_counts_answers_whoever_gave_them() {
    let report = gazette_and_times(
        "In the Harlow poll, Mayor Tessin leads with 41 percent of likely voters surveyed.",
        "In the Harlow poll, Mayor Tessin leads the field at 41 percent.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_with_the_perpetrator_never_conflicts_with_one_without() {
    let report = gazette_and_times(
        "On Friday, three people died in the shooting at the Harlow mall, including the gunman, police said.",
        "On Friday, a gunman killed two people in the shooting at the Harlow mall, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two counts that both say so still conflict.
    let report = gazette_and_times(
        "On Friday, three people died in the shooting at the Harlow mall, including the gunman, police said.",
        "On Friday, four people died in the shooting at the Harlow mall, including the gunman, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn incidents_meet_incidents_not_the_people_they_befell() {
    // Two outlets count the shootings alike.
    let report = gazette_and_times(
        "Kestrel detectives are looking into three overnight shootings.",
        "Police in Kestrel are investigating three separate shootings.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // ... as shootings, not as people shot.
    let why = &report.findings[0].explanation;
    assert!(why.contains("thing counted shooting"), "{why}");
    assert!(!why.contains("people_shot"), "{why}");
    // Shootings are no people shot: "two shootings" never meets "two
    // people were shot", and three shootings against five shot is no
    // conflict.
    let report = gazette_and_times(
        "Two shootings rattled Kestrel on Sunday.",
        "Two people were shot in Kestrel on Sunday.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let report = gazette_and_times(
        "Officials said 5 people were hurt in 3 shootings in Kestrel.",
        "Five people were shot in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn shots_conflict_only_when_fired_by_one_named_shooter() {
    // Counts of shots fired by one named shooter: one quantity.
    let report = gazette_and_times(
        "Police said Tom Brannock fired 27 shots on Elm Street in Kestrel.",
        "Tom Brannock fired at least 28 shots on Elm Street in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
    // No shooter named: maybe two shooters' shots; equal counts agree.
    let report = gazette_and_times(
        "Police said 27 shots were fired on Elm Street in Kestrel.",
        "Gunmen fired at least 28 shots on Elm Street in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two shooters' shots, or shots heard: maybe parts.
    let report = gazette_and_times(
        "Prosecutors said Vell fired four shots at a second gunman in Kestrel.",
        "The second gunman fired 11 shots into the Kestrel crowd, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "A neighbor said she heard two gunshots on Elm Street in Kestrel.",
        "Police said 27 shots were fired on Elm Street in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn events_of_no_known_class_told_two_ways_agree_never_conflict() {
    // One group of people, its doing told with two verbs of no known
    // class: equal figures agree.
    let report = gazette_and_times(
        "At least three men forced their way into the Kestrel flat on Friday.",
        "The family was at home in Kestrel when at least three men came inside on Friday.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // Different figures are no evidence of an error: two verbs may be two
    // groups.
    let report = gazette_and_times(
        "Three men forced their way into the Kestrel flat on Friday.",
        "The family was at home in Kestrel when four men came inside on Friday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn an_earlier_event_told_for_comparison_never_conflicts() {
    // "Three years ago" dates another event: no conflict with the story's
    // own count.
    let report = gazette_and_times(
        "Police said two people were killed in the Kestrel shooting.",
        "Police said a gunman killed 12 people in Kestrel three years ago.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // A rate is no count: "18.6 deaths per 100,000" never meets "18".
    let report = gazette_and_times(
        "Police said 18 people were killed in the Kestrel shooting.",
        "Police said Kestrel saw 18.6 deaths per 100,000 residents.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn money_for_two_stated_purposes_may_agree_never_conflict() {
    // What the money is for, read past the words for money itself
    // ("in funding for the levee", "in harbour dredging spending").
    let report = gazette_and_times(
        "The mayor said $40 million in funding for the levee was not negotiable.",
        "The council called $25 million in harbour dredging spending too little.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "The mayor said $40 million in funding for the levee was not negotiable.",
        "The council offered $40 million in levee spending.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // One purpose, two sums: a conflict still.
    let report = gazette_and_times(
        "The council approved $40 million for the levee.",
        "The council approved $25 million for the levee.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_over_months_may_agree_never_conflict_with_an_undated_one() {
    // A month's or a year's count may hold many events; an undated count
    // is the story's own.
    for long in [
        "At least 80 people died in Kestrel in November alone.",
        "More than 750 people have been killed in Kestrel this year.",
    ] {
        let report = gazette_and_times(long, "Four people were killed in Kestrel.");
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "Four people were killed in Kestrel in November.",
        "Four people were killed in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // Two counts both dated by the month still conflict.
    let report = gazette_and_times(
        "Eighty people were killed in Kestrel in November.",
        "Sixty people were killed in Kestrel in November.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn counts_of_times_meet_by_the_person_they_happened_to() {
    // "twice" counts no thing: the person it happened to keys it, and two
    // people's counts stay apart.
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the leg and Ray Fenn, 40, was shot once in the arm.",
        "Police said Dana Cole was shot twice, and Ray Fenn was shot twice as well.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let agreed = report
        .findings
        .iter()
        .find(|f| f.verdict == Verdict::Agree)
        .map(|f| f.claims.clone());
    let texts: Vec<String> = report
        .claims
        .iter()
        .filter(|c| agreed.as_ref().is_some_and(|ids| ids.contains(&c.id)))
        .map(|c| c.subject.clone().unwrap_or_default())
        .collect();
    assert_eq!(texts, ["Dana Cole", "Dana Cole"]);
}

#[test]
fn a_count_of_times_after_where_the_body_was_hit_keeps_its_person() {
    // "twice" after "shot in the left arm," is still what happened to
    // Dana Cole: the verb is read past where the body was hit, and left
    // out before "in the leg".
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the leg, police said.",
        "Dana Cole, 31, shot in the left arm, twice in the leg.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_count_of_times_later_in_the_list_keeps_its_person() {
    // "once in the other" after "shot twice in the left hand": the verb left out
    // and the person are the list's first item's.
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the left hand, once in the other, police said.",
        "Dana Cole, 31, shot twice in the left hand, once in the other and grazed on the neck.",
    );
    let once: Vec<&Claim> = report
        .claims
        .iter()
        .filter(|c| c.figure.text == "once")
        .collect();
    assert_eq!(once.len(), 2, "{:#?}", report.claims);
    for c in &once {
        assert_eq!(c.subject.as_deref(), Some("Dana Cole"), "{c:#?}");
    }
    assert!(
        grouped(&report, &once[0].id, &once[1].id),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}
