//! Accuracy of the sentence splitter on the public suites in
//! `../shared/external/segmentation` (see its SOURCE.md).
//!
//! Scoring follows pySBD: a case passes when the list of stripped sentences
//! equals the expected list exactly. The `pragmatic_segmenter` extra rules and
//! the sentencex suite are compared with whitespace runs collapsed, as their
//! upstream runners do (rule 41's expectation joins a line break into a
//! space, which no substring of the input can do).

mod common;

use factdiff::sentences;

struct Score {
    name: &'static str,
    passed: usize,
    total: usize,
    failures: Vec<String>,
}

fn score(name: &'static str, file: &str, collapse: bool) -> Option<Score> {
    let path = common::shared(&format!("external/segmentation/{file}"))?;
    let cases = common::read_jsonl(&path);
    let mut result = Score {
        name,
        passed: 0,
        total: cases.len(),
        failures: Vec::new(),
    };
    for case in &cases {
        let text = case["text"].as_str().expect("text");
        let norm = |s: &str| {
            if collapse {
                common::collapse_whitespace(s)
            } else {
                s.trim().to_string()
            }
        };
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| norm(s.as_str().expect("sentence")))
            .collect();
        let got: Vec<String> = sentences(text).map(|s| norm(s.text)).collect();
        if got == expected {
            result.passed += 1;
        } else {
            result.failures.push(format!(
                "  #{}: expected {expected:?}\n        got {got:?}",
                case["id"]
            ));
        }
    }
    println!("{}: {}/{}", result.name, result.passed, result.total);
    for f in &result.failures {
        println!("{f}");
    }
    Some(result)
}

#[test]
fn golden_rules() {
    if let Some(s) = score("golden rules", "golden_rules_en.jsonl", false) {
        assert!(
            s.passed >= 48,
            "{}: {}/{} is below the floor of 48",
            s.name,
            s.passed,
            s.total
        );
    }
}

#[test]
fn pragmatic_segmenter_extra_rules() {
    if let Some(s) = score(
        "golden rules extra (whitespace collapsed)",
        "golden_rules_en_ps_extra.jsonl",
        true,
    ) {
        assert!(
            s.passed >= 4,
            "{}: {}/{} is below the floor of 4",
            s.name,
            s.passed,
            s.total
        );
    }
}

#[test]
fn sentencex_english() {
    if let Some(s) = score(
        "sentencex en (whitespace collapsed)",
        "sentencex_en.jsonl",
        true,
    ) {
        assert!(
            s.passed >= 230,
            "{}: {}/{} is below the floor of 230",
            s.name,
            s.passed,
            s.total
        );
    }
}
