//! Alignment's scores on hand-built claims with fictional sentences: the
//! same quantity scores high, and the false alarms that must not be raised
//! (targets against counts, other places, subjects, windows and years,
//! figures set side by side) score zero.

// Verdicts and scores are compared exactly where the arithmetic is exact.
#![allow(clippy::float_cmp)]

mod align_common;
mod align_findings;

use align_common::{claim, compare};
use align_findings::{finding, grouped};
use factdiff::align::{block_key, candidate_pairs, score_pair};
use factdiff::{Period, Verdict};

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
