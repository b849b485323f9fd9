//! Alignment's groups on hand-built claims with fictional sentences:
//! findings across outlets, conflicts and what keeps a false one from
//! being raised, syndicated copies.

mod align_common;
mod align_findings;

use align_common::{claim, compare};
use align_findings::{finding, grouped};
use factdiff::{Comparer, Period, Verdict};

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
