//! The command line's stories: `factdiff stories`, `--stories auto|one`,
//! JSON Lines documents with `story` and `date`, and their bad input.
//! The articles are fictional, written for these tests.

use std::path::PathBuf;
use std::process::{Command, Output};

fn factdiff(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run factdiff");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wait")
}

fn fixture() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .join("tests/data/same_type_events.jsonl")
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli_stories");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

#[test]
fn stories_command_groups_documents_by_event() {
    let path = fixture();
    let out = factdiff(
        &["stories", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7, "{lines:#?}");
    for story in &lines {
        let docs: Vec<&str> = story["docs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        let event = |d: &str| d.rsplit_once('-').map(|(e, _)| e.to_string());
        assert!(docs.iter().all(|d| event(d) == event(docs[0])), "{docs:?}");
        assert!(!story["title"].as_str().unwrap().is_empty());
    }
    // The text form: one line per story.
    let text = factdiff(&["stories", path.to_str().unwrap()], None);
    assert_eq!(String::from_utf8(text.stdout).unwrap().lines().count(), 7);
}

#[test]
fn compare_separates_stories_unless_told_there_is_one() {
    let path = fixture();
    let auto = factdiff(
        &["compare", "--format", "json", path.to_str().unwrap()],
        None,
    );
    let one = factdiff(
        &[
            "compare",
            "--format",
            "json",
            "--stories",
            "one",
            path.to_str().unwrap(),
        ],
        None,
    );
    let parse = |o: &Output| -> serde_json::Value {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let (auto, one) = (parse(&auto), parse(&one));
    assert_eq!(auto["stories"].as_array().unwrap().len(), 7);
    assert_eq!(one["stories"].as_array().unwrap().len(), 1);
    for f in auto["findings"].as_array().unwrap() {
        assert!(f["story"].is_string(), "{f}");
    }
    for d in auto["documents"].as_array().unwrap() {
        assert!(d["story"].is_string(), "{d}");
    }
    // Claims name their story too.
    let claims = factdiff(
        &["claims", "--format", "json", path.to_str().unwrap()],
        None,
    );
    let first: serde_json::Value = serde_json::from_str(
        String::from_utf8(claims.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert!(first["story"].is_string() && first["block_key"].as_str().unwrap().contains("//"));
}

#[test]
fn given_stories_are_kept() {
    let input = concat!(
        r#"{"id": "a", "text": "Crews fixed 40 bridges in Dalvor.", "story": "bridges"}"#,
        "\n",
        r#"{"id": "b", "text": "Dunmore council passed its budget.", "story": "bridges"}"#,
        "\n"
    );
    let out = factdiff(
        &["stories", "--format", "json", "--jsonl", "-"],
        Some(input),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["story"], "bridges");
    assert_eq!(line["docs"], serde_json::json!(["a", "b"]));
}

/// Exit 2, one line on standard error naming the input and line, nothing
/// on standard output, no output file.
fn assert_rejected(input: &str, needle: &str) {
    let path = scratch("bad.jsonl");
    std::fs::write(&path, input).unwrap();
    let output = scratch("report.json");
    let _ = std::fs::remove_file(&output);
    for command in ["compare", "claims", "stories"] {
        let out = factdiff(
            &[
                command,
                path.to_str().unwrap(),
                "--output",
                output.to_str().unwrap(),
            ],
            None,
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(out.stdout.is_empty(), "{command}");
        assert_eq!(stderr.lines().count(), 1, "{command}: {stderr}");
        assert!(stderr.contains(needle), "{command}: {stderr}");
        assert!(!output.exists(), "{command} left an output file");
    }
}

#[test]
fn bad_json_lines_documents_are_exit_2_with_the_line() {
    let good = r#"{"id": "a", "text": "Crews fixed 40 bridges."}"#;
    assert_rejected(
        &format!("{good}\n{}\n", r#"{"id": "b", "text": "x", "story": ""}"#),
        "bad.jsonl:2: story must be a non-empty string",
    );
    assert_rejected(
        &format!("{good}\n\n{}\n", r#"{"id": "b", "text": "x", "story": 7}"#),
        "bad.jsonl:3: story must be a non-empty string",
    );
    assert_rejected(
        &format!("{}\n", r#"{"id": "b", "text": "x", "date": "2025-02-30"}"#),
        "bad.jsonl:1: date must be YYYY-MM-DD",
    );
    assert_rejected(
        &format!("{good}\nnot json\n"),
        "bad.jsonl:2: not a JSON object",
    );
    assert_rejected(r#"{"text": "x"}"#, "bad.jsonl:1: id is missing");
    assert_rejected(&format!("{good}\n{good}\n"), "same document id \"a\"");
}
