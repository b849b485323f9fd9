//! Runs the examples in `examples/` (cargo builds them before the tests)
//! and checks what they print.

use std::process::Command;

mod common;

use common::example;

#[test]
fn custom_lexicon_adds_evictions() {
    let out = Command::new(example("custom_lexicon"))
        .output()
        .expect("run example");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (before, after) = stdout.split_once("with an").expect("two sections");
    assert!(!before.contains("evictions"), "{before}");
    assert_eq!(
        after.matches("measure=Some(\"evictions\")").count(),
        2,
        "{after}"
    );
    assert!(after.contains("modality=target"), "{after}");
}

#[test]
fn compare_corpus_prints_the_corpus_report() {
    let out = Command::new(example("compare_corpus"))
        .output()
        .expect("run example");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let files = std::fs::read_dir(&corpus)
        .expect("corpus dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))
        })
        .count();
    assert!(files >= 2, "the corpus has several articles");
    let head = stdout.lines().next().unwrap_or_default();
    assert!(
        head.starts_with(&format!("{files} documents, ")),
        "summary line: {head:?}"
    );
    // The corpus's stories hold both verdicts.
    assert!(
        stdout.lines().any(|l| l.starts_with("AGREE (score ")),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("CONFLICT (score ")),
        "{stdout}"
    );
    assert!(stdout.contains("  why: "), "{stdout}");
    // The same report as the library gives for the same files.
    let mut paths: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<_> = paths
        .iter()
        .map(|p| factdiff::Document::from_path(p).unwrap())
        .collect();
    assert_eq!(
        stdout,
        factdiff::Comparer::default().compare(&docs).to_string()
    );
}

#[test]
fn embed_walks_the_findings() {
    let out = Command::new(example("embed"))
        .output()
        .expect("run example");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    // "5 claims, 3 findings: 2 agree, 1 conflict"
    let head = stdout.lines().next().unwrap_or_default();
    let numbers: Vec<usize> = head
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let [claims, total, agree, conflict] = numbers[..] else {
        panic!("summary line: {head:?}");
    };
    assert!(claims >= 5, "{head}");
    assert_eq!(agree + conflict, total, "{head}");
    // Every finding: its verdict, one line per claim, the explanation.
    let findings: Vec<&str> = stdout.split("\n\n").skip(1).collect();
    assert_eq!(findings.len(), total, "{stdout}");
    for f in &findings {
        let lines: Vec<&str> = f.lines().collect();
        assert!(
            lines[0].starts_with("agree (score ") || lines[0].starts_with("conflict (score "),
            "{f}"
        );
        assert!(lines.len() >= 4, "at least two claims: {f}");
        assert!(lines[lines.len() - 1].starts_with("  why: "), "{f}");
        for claim in &lines[1..lines.len() - 1] {
            assert!(claim.contains(" bytes "), "{claim}");
        }
    }
    // The custom hedge tolerance (10%) lets "About 900" and "Nearly
    // 1,000" agree, while 1,400 conflicts with them.
    assert!(
        findings.iter().any(|f| f.starts_with("agree")
            && f.contains("About 900")
            && f.contains("Nearly 1,000")),
        "{stdout}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("conflict") && f.contains("1,400")),
        "{stdout}"
    );
}

/// Runs `stream_jsonl` with `input` on standard input.
#[cfg(feature = "serde")]
fn stream_jsonl(input: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;

    let mut child = Command::new(example("stream_jsonl"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run example");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(input.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

#[cfg(feature = "serde")]
#[test]
fn stream_jsonl_writes_claims_then_findings() {
    let texts = [
        (
            "quarry-gazette",
            "Rockfall Shuts Quarry Road\nDeputies evacuated 340 residents of Pell Ridge on \
             Monday, the sheriff's office said. “It came down at night,” one neighbour said.",
        ),
        (
            "ridge-courier",
            "About 340 people were evacuated from Pell Ridge on Monday after the rockfall, \
             officials said. The county expects repairs to cost $2.5 million.",
        ),
    ];
    let mut input = String::new();
    for (id, text) in texts {
        input.push_str(&serde_json::json!({"id": id, "text": text, "source": "test"}).to_string());
        input.push('\n');
    }
    input.push('\n'); // a blank line is skipped

    let out = stream_jsonl(&input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let messages: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let types: Vec<&str> = messages
        .iter()
        .map(|m| m["type"].as_str().expect("type"))
        .collect();
    let claims = types.iter().take_while(|t| **t == "claim").count();
    assert!(claims >= 3, "{types:?}");
    assert!(
        types[claims..].iter().all(|t| *t == "finding"),
        "claims first, then findings: {types:?}"
    );
    assert!(types.len() > claims, "at least one finding: {types:?}");

    let mut ids = Vec::new();
    for m in &messages[..claims] {
        let data = &m["data"];
        let doc = data["doc"].as_str().unwrap();
        let text = texts
            .iter()
            .find(|(id, _)| *id == doc)
            .expect("known doc")
            .1;
        let start = usize::try_from(data["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(data["end"].as_u64().unwrap()).unwrap();
        assert_eq!(&text[start..end], data["text"].as_str().unwrap());
        ids.push(data["id"].as_str().unwrap().to_string());
    }
    for m in &messages[claims..] {
        for id in m["data"]["claims"].as_array().unwrap() {
            assert!(ids.contains(&id.as_str().unwrap().to_string()), "{m}");
        }
    }
    let evacuations = messages[claims..]
        .iter()
        .find(|m| {
            m["data"]["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|id| id == "quarry-gazette#0")
        })
        .expect("the two evacuation counts are grouped");
    assert_eq!(evacuations["data"]["verdict"], "agree", "{evacuations}");
}

#[cfg(feature = "serde")]
#[test]
fn stream_jsonl_rejects_a_bad_line() {
    let input = "{\"id\": \"a\", \"text\": \"Crews fixed 12 roads.\"}\n\
                 {\"id\": \"b\", \"body\": \"no text field\"}\n";
    let out = stream_jsonl(input);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing written for a failed run");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");

    let out = stream_jsonl("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 2: repeats the id"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = stream_jsonl("not json\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
}
