//! Helpers shared by the `segment_props_*` property tests: the proptest
//! configuration (10,000 cases per property when `CI` is set, 2,000
//! otherwise), every segmenter configuration, and the invariants every
//! split must keep.
#![allow(dead_code)]

use factdiff::{NewlinePolicy, Segmenter, Sentence, sentences};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use std::sync::LazyLock;

pub fn config() -> ProptestConfig {
    let cases = if std::env::var_os("CI").is_some() {
        10_000
    } else {
        2_000
    };
    ProptestConfig::with_cases(cases)
}

/// Every configuration the invariants are checked under.
pub fn segmenters() -> &'static [(&'static str, Segmenter)] {
    static SEGMENTERS: LazyLock<Vec<(&'static str, Segmenter)>> = LazyLock::new(build_segmenters);
    &SEGMENTERS
}

fn build_segmenters() -> Vec<(&'static str, Segmenter)> {
    vec![
        ("default", Segmenter::new()),
        (
            "heuristic",
            Segmenter::builder()
                .newlines(NewlinePolicy::Heuristic)
                .build(),
        ),
        (
            "break",
            Segmenter::builder().newlines(NewlinePolicy::Break).build(),
        ),
        (
            "space",
            Segmenter::builder().newlines(NewlinePolicy::Space).build(),
        ),
        (
            "no-fallback",
            Segmenter::builder().unicode_fallback(false).build(),
        ),
        (
            "short-cap",
            Segmenter::builder().max_sentence_len(SHORT_CAP).build(),
        ),
        (
            "break/no-fallback",
            Segmenter::builder()
                .newlines(NewlinePolicy::Break)
                .unicode_fallback(false)
                .build(),
        ),
        (
            "custom-abbreviations",
            Segmenter::builder()
                .abbreviation("Insp")
                .abbreviation("Dépt")
                .title("Cllr")
                .abbreviation("a.s.a.p")
                .build(),
        ),
    ]
}

/// Line breaks as the splitter reads them: `\r\n` counts once.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Whether `s` holds a blank line: two line breaks with only whitespace
/// between them.
pub fn has_blank_line(s: &str) -> bool {
    let mut breaks = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_break(c) {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            breaks += 1;
            if breaks == 2 {
                return true;
            }
        } else if !c.is_whitespace() {
            breaks = 0;
        }
    }
    false
}

/// The longest sentence of the "short-cap" segmenter.
const SHORT_CAP: usize = 24;

/// Checks every invariant of one split of `text`.
pub fn check(label: &str, text: &str, found: &[Sentence<'_>]) -> Result<(), TestCaseError> {
    let cap = if label == "short-cap" {
        SHORT_CAP
    } else {
        factdiff::MAX_SENTENCE_LEN
    };
    for s in found {
        prop_assert!(
            s.text.len() <= cap,
            "{}: {} bytes over {}",
            label,
            s.text.len(),
            cap
        );
    }
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0;
    for (n, s) in found.iter().enumerate() {
        let (start, end) = (s.span.start, s.span.end);
        prop_assert!(
            start < end && end <= text.len(),
            "{label}: sentence {n} has span {start}..{end} in a text of {} bytes",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{label}: sentence {n} span {start}..{end} is not on char boundaries"
        );
        prop_assert!(
            start >= prev_end,
            "{label}: sentence {n} starts at {start}, before the previous end {prev_end}"
        );
        prop_assert_eq!(&text[start..end], s.text, "{}: span and text differ", label);
        prop_assert_eq!(&text[s.span], s.text);
        prop_assert_eq!(
            s.text.trim(),
            s.text,
            "{}: sentence {} is not trimmed",
            label,
            n
        );
        prop_assert!(
            !has_blank_line(s.text),
            "{label}: sentence {n} spans a blank line: {:?}",
            s.text
        );
        prop_assert!(
            !s.text.contains('\u{2029}'),
            "{label}: sentence {n} spans a paragraph separator"
        );
        // Whatever lies between sentences is whitespace only.
        let gap = &text[prev_end..start];
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "{label}: text between sentences is not whitespace: {gap:?}"
        );
        covered[start..end].fill(true);
        prev_end = end;
    }
    prop_assert!(
        text[prev_end..].chars().all(char::is_whitespace),
        "{label}: text after the last sentence is not whitespace: {:?}",
        &text[prev_end..]
    );
    // Every non-whitespace char lies in a sentence (the spans are disjoint,
    // so in exactly one).
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            prop_assert!(
                covered[i..i + c.len_utf8()].iter().all(|&b| b),
                "{label}: {c:?} at byte {i} lies in no sentence"
            );
        }
    }
    Ok(())
}

/// Runs the invariants under every configuration, and checks that
/// splitting is deterministic: twice with `sentences`, and again with
/// separately built segmenters of the default configuration.
pub fn check_all(text: &str) -> Result<(), TestCaseError> {
    let default: Vec<Sentence<'_>> = sentences(text).collect();
    check("sentences()", text, &default)?;
    let again: Vec<Sentence<'_>> = sentences(text).collect();
    prop_assert_eq!(&default, &again, "splitting is not deterministic");
    for &(label, ref seg) in segmenters() {
        let found: Vec<Sentence<'_>> = seg.sentences(text).collect();
        check(label, text, &found)?;
        if matches!(label, "default" | "heuristic") {
            prop_assert_eq!(&found, &default, "{} differs from sentences()", label);
        }
    }
    Ok(())
}
