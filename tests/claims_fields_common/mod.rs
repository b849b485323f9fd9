//! Helpers shared by the `claims_fields_*` tests, which check claim fields
//! on hand-written sentences, one table per field.
//!
//! A row is `(text, figure, expected)`: `figure` is the surface text of the
//! figure (its first occurrence in `text`), and the row checks the claim
//! whose figure overlaps it. [`check`] prints a table's score (`measure:
//! 46/46 rows`) and any failing rows, and fails on any of them. Cases the
//! rules cannot get right without a rule for one sentence stay out of the
//! tables and are listed in [`KNOWN_LIMITS`], which [`check`] prints.
#![allow(dead_code)]

use std::fmt::Debug;

use factdiff::{Claim, Document, claims};

/// Cases the extractor gets wrong and no general rule fixes yet:
/// `(field, text, figure, reason)`. Printed, not asserted.
pub const KNOWN_LIMITS: &[(&str, &str, &str, &str)] = &[
    (
        "measure",
        "The city plans to triple spending on shelters.",
        "triple",
        "no claim: the figure stage reads a multiplier verb only before a determiner \
         (\"triple its spending\"), so that \"triple homicide\" is not a figure",
    ),
    (
        "measure",
        "The rally drew 3,000 people.",
        "3,000",
        "null, not crowd: \"draw\" counts a crowd only with an event as subject \
         (\"drew $3 million\", \"drew 40 complaints\"); the lexicon has no \
         subject-dependent verbs",
    ),
    (
        "modality",
        "Organizers estimated the crowd at 20,000.",
        "20,000",
        "projection, not reported: \"estimate\" is a projection cue whether it looks \
         ahead or sizes a past crowd; telling them apart needs tense and object analysis",
    ),
    (
        "negated",
        "Not all of the 900 evacuees have returned.",
        "900",
        "negated: negation is found by distance; its scope here is \"all\", not the figure",
    ),
];

/// The claim of `found` whose figure overlaps the first occurrence of
/// `figure` in `text`.
pub fn claim_at<'c>(found: &'c [Claim], text: &str, figure: &str) -> Option<&'c Claim> {
    let start = text
        .find(figure)
        .unwrap_or_else(|| panic!("{figure:?} is not in {text:?}"));
    let end = start + figure.len();
    found
        .iter()
        .find(|c| c.figure.span.start < end && start < c.figure.span.end)
}

/// Checks one field on every row: `judge` says whether the claim is right
/// and shows what it holds. Prints the score, the field's known limits and
/// the failing rows, then fails if any row failed.
pub fn check<T: Debug>(
    field: &str,
    rows: &[(&str, &str, T)],
    extract: impl Fn(&str) -> Vec<Claim>,
    judge: impl Fn(&Claim, &T) -> (bool, String),
) {
    let mut failures = Vec::new();
    for (text, figure, want) in rows {
        let found = extract(text);
        match claim_at(&found, text, figure) {
            Some(claim) => {
                let (ok, got) = judge(claim, want);
                if !ok {
                    failures.push(format!("  {text:?} [{figure}]: want {want:?}, got {got}"));
                }
            }
            None => failures.push(format!("  {text:?} [{figure}]: no claim")),
        }
    }
    println!(
        "{field}: {}/{} rows",
        rows.len() - failures.len(),
        rows.len()
    );
    for (_, text, figure, reason) in KNOWN_LIMITS.iter().filter(|l| l.0 == field) {
        println!("  known limit: {text:?} [{figure}]: {reason}");
    }
    assert!(
        failures.is_empty(),
        "{field}: {} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

pub fn default_claims(text: &str) -> Vec<Claim> {
    claims(&Document::new("t", text)).collect()
}

/// Compares an optional text field.
pub fn same_text(got: Option<&str>, want: Option<&str>) -> (bool, String) {
    (got == want, format!("{got:?}"))
}
