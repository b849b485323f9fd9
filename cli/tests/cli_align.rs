//! `factdiff align` and the columnar outputs of `factdiff claims`: claims
//! extracted once and aligned later (whole, or one sorted partition at a
//! time) give the findings `factdiff compare` gives, in every input
//! format; bad input fails with one line naming the input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_factdiff");

/// The bundled example corpus.
fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("data/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn ok(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "factdiff {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn with_files<'a>(args: &[&'a str], files: &'a [PathBuf]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend(files.iter().map(|p| p.to_str().unwrap()));
    all
}

/// Findings as canonical JSON strings, sorted: the order of findings is
/// not part of the comparison.
fn canonical(findings: impl IntoIterator<Item = Value>) -> Vec<String> {
    let mut v: Vec<String> = findings.into_iter().map(|f| f.to_string()).collect();
    v.sort();
    v
}

fn compare_findings(extra: &[&str]) -> Vec<String> {
    let files = corpus();
    let mut args = vec!["compare", "--format", "json"];
    args.extend_from_slice(extra);
    let report: Value = serde_json::from_slice(&ok(&with_files(&args, &files), b"")).unwrap();
    canonical(report["findings"].as_array().unwrap().iter().cloned())
}

fn jsonl_findings(bytes: &[u8]) -> Vec<String> {
    canonical(
        String::from_utf8(bytes.to_vec())
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()),
    )
}

fn claims_jsonl() -> Vec<u8> {
    ok(&with_files(&["claims", "--format", "json"], &corpus()), b"")
}

/// The claim lines sorted as an engine sorts a partition.
fn sorted_claims(jsonl: &[u8]) -> Vec<u8> {
    let mut claims: Vec<Value> = String::from_utf8(jsonl.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let s = |c: &Value, k: &str| c[k].as_str().unwrap().as_bytes().to_vec();
    let n = |c: &Value, k: &str| c[k].as_u64().unwrap();
    claims.sort_by(|a, b| {
        (
            s(a, "block_key"),
            s(a, "doc"),
            n(a, "sentence"),
            n(a, "start"),
        )
            .cmp(&(
                s(b, "block_key"),
                s(b, "doc"),
                n(b, "sentence"),
                n(b, "start"),
            ))
            .then((n(a, "end"), s(a, "id")).cmp(&(n(b, "end"), s(b, "id"))))
    });
    claims
        .iter()
        .map(|c| c.to_string() + "\n")
        .collect::<String>()
        .into_bytes()
}

#[test]
fn claims_aligned_later_give_the_compare_findings() {
    let expected = compare_findings(&[]);
    assert!(expected.len() >= 10, "the corpus has findings to compare");
    let jsonl = claims_jsonl();
    // Every claim line carries its block key and the credit flag.
    let first: Value =
        serde_json::from_str(String::from_utf8_lossy(&jsonl).lines().next().unwrap()).unwrap();
    assert!(first["block_key"].is_string() && first["doc_credits_outlet"].is_boolean());
    // Whole, from standard input, in document order.
    assert_eq!(jsonl_findings(&ok(&["align"], &jsonl)), expected);
    // One partition holding every block, sorted.
    let sorted = sorted_claims(&jsonl);
    assert_eq!(
        jsonl_findings(&ok(&["align", "--partition", "-"], &sorted)),
        expected
    );
}

#[test]
fn a_syndicated_copy_needs_the_credit_flag() {
    // Without `doc_credits_outlet` the aligner cannot tell which document
    // of a syndicated pair is the copy: the findings differ.
    let expected = compare_findings(&[]);
    let jsonl = claims_jsonl();
    let stripped: String = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            v.as_object_mut().unwrap().remove("doc_credits_outlet");
            v.to_string() + "\n"
        })
        .collect();
    assert_ne!(
        jsonl_findings(&ok(&["align"], stripped.as_bytes())),
        expected
    );
}

#[test]
fn max_block_cuts_the_same_way_in_compare_and_align() {
    let expected = compare_findings(&["--max-block", "2"]);
    assert_ne!(
        expected,
        compare_findings(&[]),
        "a tiny max block changes the findings"
    );
    let jsonl = claims_jsonl();
    let sorted = sorted_claims(&jsonl);
    assert_eq!(
        jsonl_findings(&ok(&["align", "--max-block", "2"], &jsonl)),
        expected
    );
    assert_eq!(
        jsonl_findings(&ok(&["align", "--partition", "--max-block", "2"], &sorted)),
        expected
    );
}

#[test]
fn unsorted_partitions_and_bad_lines_fail_with_one_line() {
    let jsonl = claims_jsonl();
    let dir = std::env::temp_dir().join(format!("factdiff-cli-align-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("claims.jsonl");
    std::fs::write(&path, &jsonl).unwrap();
    let out_path = dir.join("findings.jsonl");
    let out = run(
        &[
            "align",
            "--partition",
            "-o",
            out_path.to_str().unwrap(),
            path.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("claims.jsonl:") && err.contains("not sorted"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert!(!out_path.exists(), "no output file for a failed run");

    let mut bad = jsonl[..jsonl.len() / 2].to_vec();
    bad.extend_from_slice(b"{\"id\": 7}\n");
    let out = run(&["align"], &bad);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let line = String::from_utf8_lossy(&bad).lines().count();
    assert!(
        err.starts_with(&format!("factdiff: <stdin>:{line}: not a claim")),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = run(&["align", dir.join("missing.jsonl").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("missing.jsonl: no such file")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(feature = "arrow")]
mod arrow {
    use super::*;
    use factdiff::columnar;

    #[cfg(feature = "parquet")]
    #[test]
    fn arrow_and_parquet_claims_align_to_the_compare_findings() {
        let expected = compare_findings(&[]);
        let files = corpus();
        let stream = ok(&with_files(&["claims", "--format", "arrow"], &files), b"");
        assert!(
            stream.starts_with(&[0xff, 0xff, 0xff, 0xff]),
            "an Arrow IPC stream"
        );
        assert_eq!(jsonl_findings(&ok(&["align"], &stream)), expected);

        let dir = std::env::temp_dir().join(format!("factdiff-cli-arrow-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let parquet = dir.join("claims.parquet");
        let args = with_files(
            &[
                "claims",
                "--format",
                "parquet",
                "-o",
                parquet.to_str().unwrap(),
            ],
            &files,
        );
        ok(&args, b"");
        assert_eq!(
            jsonl_findings(&ok(&["align", parquet.to_str().unwrap()], b"")),
            expected
        );
        // A Parquet file needs a path: standard input cannot seek.
        let out = run(&["align"], &std::fs::read(&parquet).unwrap());
        assert_eq!(out.status.code(), Some(2));
        assert!(
            String::from_utf8(out.stderr)
                .unwrap()
                .contains("needs a path")
        );

        // Findings as an Arrow stream read back as the same findings.
        let findings = ok(&["align", "--format", "arrow"], &stream);
        let mut back = Vec::new();
        for batch in columnar::read_ipc_stream(&findings[..]).unwrap() {
            back.extend(columnar::findings_from_batch(&batch.unwrap()).unwrap());
        }
        assert_eq!(
            canonical(back.iter().map(|f| {
                // Through JSON text, as the expected findings went (serde_json
                // parses floats to within one ulp).
                serde_json::from_str(&serde_json::to_string(f).unwrap()).unwrap()
            })),
            expected
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn arrow_claims_keep_every_field_of_the_json_claims() {
        let files = corpus();
        let stream = ok(&with_files(&["claims", "--format", "arrow"], &files), b"");
        let mut from_arrow = Vec::new();
        for batch in columnar::read_ipc_stream(&stream[..]).unwrap() {
            for k in columnar::claims_from_batch(&batch.unwrap()).unwrap() {
                let mut v = serde_json::to_value(&k.claim).unwrap();
                v["block_key"] = k.block_key.into();
                v["doc_credits_outlet"] = k.doc_credits_outlet.into();
                from_arrow.push(v);
            }
        }
        let from_json: Vec<Value> = String::from_utf8(claims_jsonl())
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(from_arrow.len(), from_json.len());
        assert_eq!(from_arrow, from_json);
    }

    /// An Arrow stream cargo-fuzz found (a buffer that claims to reach
    /// past its message body): the Arrow reader panics on it; factdiff
    /// reports it in one line.
    #[test]
    fn a_malformed_arrow_stream_is_one_error_line() {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .join("tests/data/fuzz-align-ipc-slice-past-body.arrow");
        let bytes = std::fs::read(&path).unwrap();
        let mut results = Vec::new();
        for batch in columnar::read_ipc_stream(&bytes[..]).unwrap() {
            results.push(batch.is_ok());
        }
        assert_eq!(results.last(), Some(&false), "the stream ends in an error");
        for input in [vec![path.to_str().unwrap().to_string()], vec!["-".into()]] {
            let args: Vec<&str> = ["align"]
                .into_iter()
                .chain(input.iter().map(String::as_str))
                .collect();
            let out = run(&args, &bytes);
            assert_eq!(out.status.code(), Some(2));
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(err.contains("arrow: malformed input"), "{err}");
            assert!(out.stdout.is_empty());
        }
    }
}
