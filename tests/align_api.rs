//! The alignment API on hand-built claims with fictional sentences: the
//! builder (its checks, and the settings that change what is grouped and
//! called a conflict), the report's output formats, and the public types'
//! thread safety.

// Verdicts and scores are compared exactly where the arithmetic is exact.
#![allow(clippy::float_cmp)]

mod align_common;

use align_common::{claim, compare};
use factdiff::align::{Tolerances, candidate_pairs, score_pair};
use factdiff::{Comparer, Report, Verdict};

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
