//! A headline and its lead: the headline's figure counts once with the
//! body's that repeats it, and joins that figure's finding, whether or not
//! the headline has the words a measure is read from.
//!
//! Every text is fictional, written for these tests.

mod align_findings;

use align_findings::{finding, grouped};
use factdiff::{Comparer, Document, Report, Verdict};

/// Findings of `texts`, all of one story.
fn compare(texts: &[(&str, &str)]) -> Report {
    let docs: Vec<Document> = texts
        .iter()
        .map(|(id, t)| Document::new(*id, *t).with_story("vell-pier"))
        .collect();
    Comparer::default().compare(&docs)
}

#[test]
fn a_headline_without_measure_words_joins_the_finding_of_its_lead() {
    let report = compare(&[
        (
            "ledger",
            "Harbor board picks Vell for $40 million pier\n\nVELL — The harbor board will spend \
             $40 million on a new cargo pier, its chair said Tuesday.",
        ),
        (
            "courier",
            "VELL — The harbor board is committing $40 million to a new cargo pier, the chair said.",
        ),
    ]);
    let found = finding(&report, &["ledger#0", "ledger#1", "courier#0"]);
    let found = found.unwrap_or_else(|| panic!("{:#?}", report.findings));
    assert_eq!(found.verdict, Verdict::Agree);
    // One source tells it twice: a copy, not a second witness.
    assert_eq!(found.copies.len(), 1, "{found:#?}");
    assert!(found.copies[0].starts_with("ledger#"), "{found:#?}");
}

#[test]
fn a_headline_naming_what_no_measure_names_counts_once_with_its_lead() {
    let report = compare(&[
        (
            "wire",
            "Ice blamed for 17-car crash on Route 9\n\nA 17-car pileup on Route 9 injured six \
             people near Dunmore, police said.",
        ),
        (
            "star",
            "Seventeen cars collided on an icy stretch of Route 9 near Dunmore on Monday morning.",
        ),
    ]);
    assert!(
        grouped(&report, "wire#0", "wire#1"),
        "{:#?}",
        report.findings
    );
    let found = finding(&report, &["wire#0", "wire#1", "star#0"]);
    let found = found.unwrap_or_else(|| panic!("{:#?}", report.findings));
    assert_eq!(found.verdict, Verdict::Agree);
}

#[test]
fn a_figure_repeated_deep_in_the_body_is_not_the_headlines() {
    // Past the lead, the same figure is as likely another count: the
    // headline keeps no measure, and meets only its own kind.
    let filler = "Crews worked through the night. ".repeat(10);
    let text = format!(
        "Harbor board picks Vell for $40 million pier\n\n{filler}The board will spend $40 \
         million on dredging."
    );
    let doc = Document::new("ledger", text);
    let claims = factdiff::claims(&doc).collect::<Vec<_>>();
    assert_eq!(claims[0].measure, None, "{claims:#?}");
    assert_eq!(claims[1].measure.as_deref(), Some("funding"), "{claims:#?}");
}
