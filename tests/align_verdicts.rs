//! Alignment's verdicts on numbers, rule by rule, on hand-built claims
//! with fictional sentences: each verdict rule of design.md (values and
//! rounding, bounds, hedges, ranges, periods and rates, multipliers, units,
//! money, percentages, tallies).

mod align_common;

use align_common::claim;
use factdiff::align::{Tolerances, block_key, judge, score_pair};
use factdiff::{Claim, Period, Verdict};

fn verdict(a: &Claim, b: &Claim) -> Option<Verdict> {
    judge(a, b, &Tolerances::default()).verdict
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
fn durations_show_in_the_smaller_unit() {
    let decade = claim(
        "a",
        0,
        0,
        "Vesk led the harbour board for a decade.",
        "a decade",
        1.0,
    )
    .measurement("decade")
    .build();
    let years = claim(
        "b",
        0,
        0,
        "Vesk chaired the harbour board for 10 years.",
        "10 years",
        10.0,
    )
    .measurement("year")
    .build();
    let j = judge(&decade, &years, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree), "{}", j.explanation);
    // In years, not seconds; the side already in years as written.
    assert_eq!(j.explanation, "a decade ≈ 10 years = 10 years");

    let hours = claim("c", 0, 0, "The vigil lasted 36 hours.", "36 hours", 36.0)
        .measurement("h")
        .build();
    let days = claim("d", 0, 0, "The vigil lasted two days.", "two days", 2.0)
        .measurement("day")
        .build();
    let j = judge(&days, &hours, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Conflict), "{}", j.explanation);
    assert!(
        j.explanation.starts_with("two days ≈ 48 h vs 36 hours:"),
        "{}",
        j.explanation
    );
    // One unit on both sides: as written, no base unit.
    let acres = |id: &str, text: &str, figure: &str, value: f64| {
        claim(id, 0, 0, text, figure, value).measurement("acre")
    };
    let burned = acres(
        "e",
        "The fire burned 12,400 acres.",
        "12,400 acres",
        12_400.0,
    )
    .build();
    let over = acres(
        "f",
        "The fire burned more than 12,000 acres.",
        "more than 12,000 acres",
        12_000.0,
    )
    .low(12_000.0)
    .build();
    let j = judge(&burned, &over, &Tolerances::default());
    assert_eq!(j.verdict, Some(Verdict::Agree), "{}", j.explanation);
    assert!(
        j.explanation
            .starts_with("12,400 acres and more than 12,000 acres are consistent"),
        "{}",
        j.explanation
    );
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
