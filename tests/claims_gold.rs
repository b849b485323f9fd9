//! Claim extraction scored against hand annotations: the shared ICE corpus
//! (`../shared/corpus/ice/gold.json`) and our own example corpus
//! (`data/corpus/gold.json`).
//!
//! Recall counts the gold claims (optional ones aside) whose figure we
//! report as a claim; precision counts our claims that land on a gold
//! claim against those that land on a listed non-figure (claims on figures
//! the gold does not list are printed, not counted: the gold lists the
//! figures that matter, not every number). Field accuracy is measured on
//! the gold claims that specify the field.

mod common;

use std::path::Path;

use factdiff::{Claim, Document, claims};
use serde_json::Value;

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    found: usize,
    ours: usize,
    true_pos: usize,
    false_pos: usize,
    fields: [(usize, usize); 4], // measure, period, modality, attribution: (right, total)
    misses: Vec<String>,
}

const FIELDS: [&str; 4] = ["measure", "period", "modality", "attribution"];

/// Byte span of `figure` inside the unique occurrence of `sentence` in `text`.
fn locate(text: &str, sentence: &str, figure: &str) -> Option<(usize, usize)> {
    let s = text.find(sentence)?;
    let f = text[s..s + sentence.len()].find(figure)?;
    Some((s + f, s + f + figure.len()))
}

fn overlaps(c: &Claim, (a, b): (usize, usize)) -> bool {
    c.figure.span.start < b && a < c.figure.span.end
}

fn score_corpus(dir: &Path) -> Score {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).expect("gold.json"))
            .expect("gold json");
    let mut score = Score::default();
    for (doc_id, entry) in gold["documents"].as_object().expect("documents") {
        let doc = Document::from_path(dir.join(format!("{doc_id}.txt"))).expect("article");
        let ours: Vec<_> = claims(&doc).collect();
        score.ours += ours.len();
        let mut matched = vec![false; ours.len()];
        for g in entry["claims"].as_array().expect("claims") {
            let optional = g["optional"].as_bool().unwrap_or(false);
            let span = locate(
                &doc.text,
                g["sentence_contains"].as_str().unwrap(),
                g["figure"].as_str().unwrap(),
            )
            .unwrap_or_else(|| panic!("{doc_id}: cannot locate {}", g["id"]));
            let hit = ours.iter().position(|c| overlaps(c, span));
            if let Some(i) = hit {
                matched[i] = true;
            }
            if optional {
                continue;
            }
            score.gold += 1;
            let Some(i) = hit else {
                score.misses.push(format!(
                    "{doc_id} {}: figure {:?} not found",
                    g["id"], g["figure"]
                ));
                continue;
            };
            score.found += 1;
            let c = &ours[i];
            let checks = [
                g.get("measure").map(|m| match m {
                    Value::Null => true,
                    Value::Array(ids) => ids.iter().any(|id| {
                        id.as_str() == c.measure.as_deref() || id.is_null() && c.measure.is_none()
                    }),
                    _ => false,
                }),
                g.get("period")
                    .map(|p| p.as_str() == c.period.map(factdiff::Period::as_str)),
                g.get("modality")
                    .filter(|m| !m.is_null())
                    .map(|m| m.as_str() == Some(c.modality.as_str())),
                g.get("attribution_contains").map(|a| {
                    c.attribution
                        .as_deref()
                        .is_some_and(|ours| ours.contains(a.as_str().unwrap()))
                }),
            ];
            for (k, check) in checks.iter().enumerate() {
                if let Some(ok) = check {
                    score.fields[k].1 += 1;
                    if *ok {
                        score.fields[k].0 += 1;
                    } else {
                        score.misses.push(format!(
                            "{doc_id} {}: {} wrong: ours measure={:?} period={:?} modality={} attribution={:?}",
                            g["id"], FIELDS[k], c.measure, c.period, c.modality, c.attribution
                        ));
                    }
                }
            }
        }
        score.true_pos += matched.iter().filter(|m| **m).count();
        for not in entry["not_figures"].as_array().expect("not_figures") {
            let not = not.as_str().unwrap();
            let mut from = 0;
            while let Some(n) = doc.text[from..].find(not) {
                let span = (from + n, from + n + not.len());
                for (i, c) in ours.iter().enumerate() {
                    if !matched[i] && overlaps(c, span) {
                        score.false_pos += 1;
                        score.misses.push(format!(
                            "{doc_id}: non-figure {not:?} reported as {:?}",
                            c.figure.text
                        ));
                    }
                }
                from = span.1;
            }
        }
        for (i, c) in ours.iter().enumerate() {
            if !matched[i] {
                println!(
                    "  unlisted: {doc_id} {:?} measure={:?} in {:?}",
                    c.figure.text,
                    c.measure,
                    truncate(&c.context)
                );
            }
        }
    }
    score
}

fn truncate(s: &str) -> String {
    s.chars().take(90).collect()
}

fn report(name: &str, s: &Score) -> (f64, f64, Vec<f64>) {
    let recall = s.found as f64 / s.gold.max(1) as f64;
    let precision = s.true_pos as f64 / (s.true_pos + s.false_pos).max(1) as f64;
    println!(
        "{name}: recall {}/{} ({:.1}%), precision {}/{} ({:.1}%), {} claims in all",
        s.found,
        s.gold,
        100.0 * recall,
        s.true_pos,
        s.true_pos + s.false_pos,
        100.0 * precision,
        s.ours
    );
    let mut accuracies = Vec::new();
    for (k, (right, total)) in s.fields.iter().enumerate() {
        let acc = *right as f64 / (*total).max(1) as f64;
        println!("  {}: {right}/{total} ({:.1}%)", FIELDS[k], 100.0 * acc);
        accuracies.push(acc);
    }
    for m in &s.misses {
        println!("  miss: {m}");
    }
    (recall, precision, accuracies)
}

#[test]
fn ice_corpus_claims() {
    let Some(dir) = common::shared("corpus/ice") else {
        return;
    };
    let s = score_corpus(&dir);
    let (recall, precision, fields) = report("ice claims", &s);
    assert!(recall >= 0.95, "recall {recall:.3} below 0.95");
    assert!(precision >= 0.90, "precision {precision:.3} below 0.90");
    for (k, acc) in fields.iter().enumerate() {
        assert!(*acc >= 0.90, "{} accuracy {acc:.3} below 0.90", FIELDS[k]);
    }
}

#[test]
fn example_corpus_claims() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    let s = score_corpus(&dir);
    let (recall, precision, fields) = report("example corpus claims", &s);
    assert!(recall >= 0.95, "recall {recall:.3} below 0.95");
    assert!(precision >= 0.90, "precision {precision:.3} below 0.90");
    for (k, acc) in fields.iter().enumerate() {
        assert!(*acc >= 0.90, "{} accuracy {acc:.3} below 0.90", FIELDS[k]);
    }
}
