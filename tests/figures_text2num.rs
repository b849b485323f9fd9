//! Issue 4: our word-number parser against the `text2num` crate (MIT, a
//! dev-dependency only), measured on the spelled-out phrases of the Duckling
//! numeral suite (`../shared/external/numbers/duckling_numeral_en.jsonl`,
//! format in its `SOURCE.md`). A phrase is "spelled out" when it holds no
//! ASCII digit.
//!
//! - factdiff is right on a phrase when `figures()` finds exactly one figure
//!   and its value is the expected one.
//! - text2num is given its best shot: it is right when `text2digits` reads
//!   the whole phrase as the expected number, or else when
//!   `replace_numbers_in_text` (threshold 0, so lone small numbers are
//!   converted too) leaves exactly one number in the phrase and it is the
//!   expected one (this is the path that reads decimals such as "two point
//!   two million").
//!
//! The decision rule of issue 4 is to keep the better parser, so the test
//! asserts that ours is at least as good.

mod common;

use factdiff::figures;
use serde_json::Value;
use text2num::{Language, replace_numbers_in_text, text2digits};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// What factdiff reads in `phrase`: the values of its figures.
fn ours(phrase: &str) -> Vec<Option<f64>> {
    figures(phrase).map(|f| f.value).collect()
}

fn ours_right(found: &[Option<f64>], expected: f64) -> bool {
    matches!(found, [Some(v)] if close(*v, expected))
}

/// What text2num reads in `phrase`: `text2digits` on the whole phrase, and
/// the numbers `replace_numbers_in_text` leaves in it.
struct Theirs {
    whole: Option<f64>,
    replaced: String,
    numbers: Vec<f64>,
}

fn theirs(phrase: &str, en: &Language) -> Theirs {
    let whole = text2digits(phrase, en)
        .ok()
        .and_then(|d| d.parse::<f64>().ok());
    let replaced = replace_numbers_in_text(phrase, en, 0.0);
    let numbers = replaced
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .map(|t| t.trim_matches(|c| c == '.' || c == '-'))
        .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
        .filter_map(|t| t.parse::<f64>().ok())
        .collect();
    Theirs {
        whole,
        replaced,
        numbers,
    }
}

fn theirs_right(t: &Theirs, expected: f64) -> bool {
    t.whole.is_some_and(|v| close(v, expected))
        || matches!(t.numbers.as_slice(), [v] if close(*v, expected))
}

#[test]
fn duckling_spelled_out_numerals_factdiff_vs_text2num() {
    let Some(path) = common::shared("external/numbers/duckling_numeral_en.jsonl") else {
        return;
    };
    let en = Language::english();
    let (mut total, mut ours_ok, mut theirs_ok) = (0_usize, 0_usize, 0_usize);
    let (mut disagreements, mut both_wrong) = (Vec::new(), Vec::new());
    for line in common::read_jsonl(&path) {
        let expected = line["value"].as_f64().expect("numeric value");
        let phrases = line["phrases"].as_array().expect("phrases");
        for phrase in phrases.iter().filter_map(Value::as_str) {
            if phrase.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            total += 1;
            let found = ours(phrase);
            let t = theirs(phrase, &en);
            let (a, b) = (ours_right(&found, expected), theirs_right(&t, expected));
            ours_ok += usize::from(a);
            theirs_ok += usize::from(b);
            if !a && !b {
                both_wrong.push(format!(
                    "  {phrase:?} (expected {expected}): factdiff {found:?}; text2num \
                     (text2digits {:?}, replaced {:?})",
                    t.whole, t.replaced,
                ));
            } else if a != b {
                disagreements.push(format!(
                    "  {phrase:?} (expected {expected}): factdiff {} {found:?}; text2num {} \
                     (text2digits {:?}, replaced {:?})",
                    if a { "right" } else { "WRONG" },
                    if b { "right" } else { "WRONG" },
                    t.whole,
                    t.replaced,
                ));
            }
        }
    }
    println!(
        "duckling spelled-out numerals: factdiff {ours_ok}/{total}, text2num {theirs_ok}/{total}"
    );
    println!("disagreements ({}):", disagreements.len());
    for d in &disagreements {
        println!("{d}");
    }
    println!("missed by both ({}):", both_wrong.len());
    for d in &both_wrong {
        println!("{d}");
    }
    assert!(total > 0, "no spelled-out phrase in the suite");
    assert!(
        ours_ok >= theirs_ok,
        "text2num ({theirs_ok}/{total}) beats factdiff ({ours_ok}/{total}) on spelled-out numerals"
    );
}
