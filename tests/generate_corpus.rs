//! Runs the `generate_corpus` example (cargo builds the examples before the
//! tests, as for `tests/examples.rs`) and checks the corpus it writes: the
//! same bytes for the same arguments, the same ids and texts in both
//! formats, unique ids that are valid file names, claims in every article,
//! and both verdicts when the articles are compared.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::process::Command;

use factdiff::{Comparer, Document, Verdict};

mod common;

use common::example;

/// Runs the generator with `args`; returns its standard output after
/// checking that it succeeded with a one-line summary on standard error.
fn generate(args: &[&str]) -> Vec<u8> {
    let out = Command::new(example("generate_corpus"))
        .args(args)
        .output()
        .expect("run example");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one summary line: {stderr}");
    let articles = args
        .iter()
        .position(|a| *a == "--articles")
        .map(|i| args[i + 1])
        .expect("--articles");
    assert!(
        stderr.contains(&format!("{articles} articles")) && stderr.contains(" bytes"),
        "{stderr}"
    );
    out.stdout
}

/// The `*.txt` files of `dir`: id (file name without extension) to text.
fn read_txt(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .map(|p| {
            assert_eq!(
                p.extension().and_then(|x| x.to_str()),
                Some("txt"),
                "only articles in {}",
                dir.display()
            );
            let id = p.file_stem().unwrap().to_str().unwrap().to_string();
            (id, std::fs::read_to_string(&p).expect("UTF-8 article"))
        })
        .collect()
}

/// The lines of `--format jsonl`, in order: exactly `{"id", "text"}` each.
fn read_jsonl(bytes: &[u8]) -> Vec<(String, String)> {
    String::from_utf8(bytes.to_vec())
        .expect("UTF-8")
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("one JSON object");
            let object = value.as_object().expect("an object");
            let keys: Vec<&str> = object.keys().map(String::as_str).collect();
            assert_eq!(keys.len(), 2, "{line}");
            (
                object["id"].as_str().expect("id").to_string(),
                object["text"].as_str().expect("text").to_string(),
            )
        })
        .collect()
}

#[test]
fn generated_corpus_is_deterministic_in_both_formats_and_compares_both_ways() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generate_corpus");
    let _ = std::fs::remove_dir_all(&tmp);
    let (first, second) = (tmp.join("first"), tmp.join("second"));
    let base = ["--articles", "50", "--seed", "7"];
    for dir in [&first, &second] {
        let mut args = base.to_vec();
        args.extend(["--format", "txt", "--out", dir.to_str().unwrap()]);
        assert!(generate(&args).is_empty(), "txt mode writes files only");
    }
    let txt = read_txt(&first);
    assert_eq!(txt.len(), 50);
    assert_eq!(txt, read_txt(&second), "the same arguments, the same files");

    // JSON Lines, to standard output twice and to a file: the same bytes,
    // and the same ids and texts as the files.
    let mut args = base.to_vec();
    args.extend(["--format", "jsonl", "--out", "-"]);
    let stdout = generate(&args);
    assert_eq!(
        stdout,
        generate(&args),
        "the same arguments, the same bytes"
    );
    let file = tmp.join("corpus.jsonl");
    let mut args = base.to_vec();
    args.extend(["--format", "jsonl", "--out", file.to_str().unwrap()]);
    generate(&args);
    assert_eq!(std::fs::read(&file).unwrap(), stdout);
    let lines = read_jsonl(&stdout);
    let ids: Vec<&str> = lines.iter().map(|(id, _)| id.as_str()).collect();
    assert!(ids.is_sorted(), "ids are written in order: {ids:?}");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 50, "unique ids");
    for (id, text) in &lines {
        assert!(
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "a plain file name: {id:?}"
        );
        assert_eq!(
            txt.get(id),
            Some(text),
            "{id}: the same text in both formats"
        );
    }

    // Another seed, another corpus.
    let other = generate(&[
        "--articles",
        "50",
        "--seed",
        "8",
        "--format",
        "jsonl",
        "--out",
        "-",
    ]);
    assert_ne!(other, stdout);

    // Every article makes claims, and the comparison finds agreement and
    // conflict, nearly always between articles of one story (`s<story>-o<outlet>`).
    let docs: Vec<Document> = lines
        .iter()
        .map(|(id, text)| Document::new(id.as_str(), text.as_str()))
        .collect();
    for doc in &docs {
        assert!(
            factdiff::claims(doc).next().is_some(),
            "{}: no claims in\n{}",
            doc.id,
            doc.text
        );
    }
    let report = Comparer::default().compare(&docs);
    assert!(report.count(Verdict::Agree) >= 1, "{report}");
    assert!(report.count(Verdict::Conflict) >= 1, "{report}");
    let story = |claim: &str| claim.split('-').next().unwrap_or_default().to_string();
    let within = report
        .findings
        .iter()
        .filter(|f| {
            f.claims
                .iter()
                .map(|c| story(c))
                .collect::<HashSet<_>>()
                .len()
                == 1
        })
        .count();
    assert!(
        within * 10 >= report.findings.len() * 9,
        "{within} of {} findings within one story",
        report.findings.len()
    );
}

#[test]
fn generate_corpus_rejects_bad_arguments() {
    for args in [
        &[][..],
        &["--articles", "ten", "--out", "-", "--format", "jsonl"][..],
        &["--articles", "5", "--format", "xml", "--out", "-"][..],
        &["--articles", "5", "--format", "txt", "--out", "-"][..],
        &["--articles", "5", "--format", "jsonl"][..],
    ] {
        let out = Command::new(example("generate_corpus"))
            .args(args)
            .output()
            .expect("run example");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage:"),
            "{args:?}"
        );
    }
}
