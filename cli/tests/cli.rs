//! The command-line contract (`cli-contract.md`): output formats, offsets,
//! and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factdiff(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run factdiff");
    {
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(input) = stdin {
            pipe.write_all(input.as_bytes()).expect("write stdin");
        }
    }
    child.wait_with_output().expect("wait")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factdiff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn sentences_json_offsets_slice_the_file() {
    let text = "Dam Holds After Storm\nBy Mara Quill\nThe reservoir rose 3.5 feet, \
                officials said. “It held,” Gov. Tran said.\n";
    let path = temp_file("dam-report.txt", text.as_bytes());
    let out = factdiff(
        &["sentences", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(records.len(), 4);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["doc"], "dam-report");
        assert_eq!(r["index"], i);
        let (start, end) = (
            usize::try_from(r["start"].as_u64().unwrap()).unwrap(),
            usize::try_from(r["end"].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(&text[start..end], r["text"].as_str().unwrap());
    }
    assert_eq!(records[1]["text"], "By Mara Quill");
}

#[test]
fn sentences_text_reads_stdin() {
    let out = factdiff(&["sentences", "-"], Some("Rain fell. Rivers rose."));
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "stdin\t0\t0..10\tRain fell.\nstdin\t1\t11..23\tRivers rose.\n"
    );
}

fn assert_bad_input(args: &[&str], needle: &str) {
    let out = factdiff(args, None);
    assert_eq!(out.status.code(), Some(2), "exit status for {args:?}");
    assert!(out.stdout.is_empty(), "stdout must be empty for {args:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(
        stderr.contains(needle),
        "{stderr:?} should mention {needle:?}"
    );
}

#[test]
fn missing_file_is_one_line_and_exit_2() {
    assert_bad_input(
        &["sentences", "no-such-article.txt"],
        "no-such-article.txt: no such file",
    );
}

#[test]
fn directory_is_rejected() {
    let dir = std::env::temp_dir();
    assert_bad_input(&["sentences", dir.to_str().unwrap()], "is a directory");
}

#[test]
fn non_utf8_file_is_rejected_and_nothing_printed_for_good_files() {
    let good = temp_file("good.txt", b"A fine article.");
    let bad = temp_file("latin1.txt", b"Caf\xe9 closed.");
    assert_bad_input(
        &[
            "sentences",
            "--format",
            "json",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        "latin1.txt: not valid UTF-8",
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = factdiff(&["sentences", "--format", "xml", "x.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn version_prints_the_crate_version() {
    let out = factdiff(&["--version"], None);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains(env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn claims_json_follows_the_contract() {
    let text = "Harbor police arrested 42 people on Friday, Chief Ana Ruiz said. \
                The city wants 500 new officers a year.";
    let path = temp_file("harbor-arrests.txt", text.as_bytes());
    let out = factdiff(
        &["claims", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(records.len(), 2);
    let fields = [
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
        "sentence_start",
        "sentence_end",
    ];
    for r in &records {
        for f in fields {
            assert!(r.get(f).is_some(), "field {f} missing in {r}");
        }
        let (start, end) = (
            usize::try_from(r["start"].as_u64().unwrap()).unwrap(),
            usize::try_from(r["end"].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(&text[start..end], r["text"].as_str().unwrap());
    }
    assert_eq!(records[0]["id"], "harbor-arrests#0");
    assert_eq!(records[0]["measure"], "arrests");
    assert_eq!(records[0]["attribution"], "Chief Ana Ruiz");
    assert_eq!(records[1]["modality"], "target");
    assert_eq!(records[1]["period"], "year");
}

#[test]
fn claims_mark_a_count_in_a_roundup() {
    let text = "Five people were hurt in three separate shootings overnight. \
                On Tarn Street, two men were shot near a tavern.";
    let path = temp_file("overnight-roundup.txt", text.as_bytes());
    let json = factdiff(
        &["claims", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert!(json.status.success());
    let flags: Vec<(String, bool)> = String::from_utf8(json.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .map(|r| {
            (
                r["text"].as_str().unwrap().to_string(),
                r["among_incidents"].as_bool().unwrap(),
            )
        })
        .collect();
    // The sum of the incidents is none of them; the two men are one's.
    assert!(flags.contains(&("Five".to_string(), false)), "{flags:?}");
    assert!(flags.contains(&("two".to_string(), true)), "{flags:?}");
    let text_out = factdiff(&["claims", path.to_str().unwrap()], None);
    let printed = String::from_utf8(text_out.stdout).unwrap();
    assert_eq!(
        printed.matches("(one of several incidents)").count(),
        1,
        "{printed}"
    );
}

#[test]
fn claims_take_a_user_lexicon_and_reject_a_bad_one() {
    let article = temp_file("evictions.txt", b"Landlords evicted 37 tenants in March.");
    let lexicon = temp_file(
        "evictions-lexicon.json",
        br#"{"measures": [{"id": "evictions", "nouns": ["eviction"], "verbs": ["evict"]}]}"#,
    );
    let out = factdiff(
        &[
            "claims",
            "--format",
            "json",
            "--lexicon",
            lexicon.to_str().unwrap(),
            article.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one json line");
    assert_eq!(record["measure"], "evictions");

    let bad = temp_file(
        "bad-lexicon.json",
        br#"{"measures": [{"id": "x", "nouns": 3}]}"#,
    );
    assert_bad_input(
        &[
            "claims",
            "--lexicon",
            bad.to_str().unwrap(),
            article.to_str().unwrap(),
        ],
        "bad-lexicon.json: invalid lexicon",
    );
}

#[test]
fn compare_json_is_one_document_and_fail_on_conflict_exits_1() {
    let a = temp_file(
        "quay-tribune.txt",
        b"Harbor police arrested 42 people in Port Ellis on Friday, Chief Ana Ruiz said.",
    );
    let b = temp_file(
        "quay-courier.txt",
        b"Officers arrested 24 people in Port Ellis on Friday, according to the police log.",
    );
    let args = [
        "compare",
        "--format",
        "json",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ];
    let out = factdiff(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(report["documents"].as_array().unwrap().len(), 2);
    assert_eq!(report["claims"].as_array().unwrap().len(), 2);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["verdict"], "conflict");
    let ids: Vec<&str> = findings[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(ids, ["quay-courier#0", "quay-tribune#0"]);

    let mut failing = args.to_vec();
    failing.insert(1, "--fail-on-conflict");
    let out = factdiff(&failing, None);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stdout.is_empty(), "the report is still written");
}

#[test]
fn compare_jsonl_tags_each_record() {
    let a = temp_file(
        "dam-one.txt",
        b"Crews evacuated 300 residents from Lower Mill over the weekend.",
    );
    let b = temp_file(
        "dam-two.txt",
        b"About 300 people were evacuated from Lower Mill, the sheriff said.",
    );
    let out = factdiff(
        &[
            "compare",
            "--format",
            "jsonl",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    let types: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(types.first().map(String::as_str), Some("document"));
    assert!(types.contains(&"claim".to_string()));
    assert_eq!(types.last().map(String::as_str), Some("finding"));
}

#[test]
fn compare_rejects_a_bad_tolerance() {
    let a = temp_file("tol.txt", b"Crews fixed 12 roads.");
    assert_bad_input(
        &["compare", "--tolerance", "3", a.to_str().unwrap()],
        "tolerance",
    );
}
