//! The command line's flags beyond the output contract: `--output`,
//! `--recursive`, `--color`, the progress bar, and the help text with its
//! exit codes. Every article here is fictional.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_factdiff");

/// Two reports of one story: the arrest counts conflict, the evacuation
/// counts agree.
const TRIBUNE: &str = "Harbor police arrested 42 people in Port Ellis on Friday, Chief Ana \
                       Ruiz said. Crews evacuated 300 residents from Lower Mill over the weekend.";
const COURIER: &str = "Officers arrested 24 people in Port Ellis on Friday, according to the \
                       police log. About 300 people were evacuated from Lower Mill, the sheriff \
                       said.";

/// Runs factdiff with `NO_COLOR` unset (unless `env` sets it) and
/// standard input closed.
fn factdiff_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        cmd.env(key, value);
    }
    let mut child = cmd.spawn().expect("run factdiff");
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn factdiff(args: &[&str]) -> Output {
    factdiff_env(args, &[])
}

/// A fresh, empty directory for one test.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factdiff-cli-more-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("parent dir");
    }
    std::fs::write(path, bytes).expect("write file");
    path.to_path_buf()
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "status {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Exit 2, one line on stderr mentioning `needle`, nothing on stdout.
fn assert_bad_input(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "stdout must be empty");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(
        stderr.contains(needle),
        "{stderr:?} should mention {needle:?}"
    );
}

/// The names in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The two articles in a fresh directory.
fn story(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = fresh_dir(name);
    let a = write(&dir.join("port-tribune.txt"), TRIBUNE.as_bytes());
    let b = write(&dir.join("port-courier.txt"), COURIER.as_bytes());
    (dir, a, b)
}

// --- --output ------------------------------------------------------------

#[test]
fn output_writes_the_file_instead_of_stdout() {
    let (dir, a, b) = story("output");
    let target = dir.join("out").join("report.json");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    for (command, format) in [
        ("compare", "json"),
        ("compare", "jsonl"),
        ("compare", "text"),
        ("claims", "json"),
        ("sentences", "text"),
    ] {
        let plain = factdiff(&[command, "--format", format, s(&a), s(&b)]);
        assert_ok(&plain);
        let out = factdiff(&[
            command,
            "--format",
            format,
            "--output",
            s(&target),
            s(&a),
            s(&b),
        ]);
        assert_ok(&out);
        assert!(out.stdout.is_empty(), "{command} {format}: stdout is empty");
        let written = std::fs::read(&target).expect("output file");
        assert_eq!(written, plain.stdout, "{command} --format {format}");
        // Only the file itself: no temporary left behind.
        assert_eq!(listing(target.parent().unwrap()), ["report.json"]);
    }
    let report: serde_json::Value = {
        let out = factdiff(&[
            "compare",
            "--format",
            "json",
            "-o",
            s(&target),
            s(&a),
            s(&b),
        ]);
        assert_ok(&out);
        serde_json::from_slice(&std::fs::read(&target).unwrap()).expect("JSON")
    };
    assert_eq!(report["findings"].as_array().unwrap().len(), 2);
}

#[test]
fn output_dash_is_stdout() {
    let (_dir, a, _b) = story("output-dash");
    let plain = factdiff(&["claims", s(&a)]);
    let dash = factdiff(&["claims", "--output", "-", s(&a)]);
    assert_ok(&dash);
    assert!(!dash.stdout.is_empty());
    assert_eq!(dash.stdout, plain.stdout);
}

#[test]
fn a_failing_run_leaves_the_output_file_alone() {
    let (dir, a, _b) = story("output-fail");
    let bad = write(
        &dir.join("latin1.txt"),
        b"Caf\xe9 owners counted 12 chairs.",
    );
    let out_dir = dir.join("out");
    std::fs::create_dir_all(&out_dir).unwrap();

    // A new file is not created.
    let fresh = out_dir.join("new.json");
    let out = factdiff(&[
        "compare",
        "--format",
        "json",
        "-o",
        s(&fresh),
        s(&a),
        s(&bad),
    ]);
    assert_bad_input(&out, "latin1.txt: not valid UTF-8");
    assert!(!fresh.exists());
    assert!(listing(&out_dir).is_empty(), "{:?}", listing(&out_dir));

    // An existing file keeps its contents.
    let old = write(&out_dir.join("old.json"), b"yesterday's report\n");
    for command in ["compare", "claims", "sentences"] {
        let missing = dir.join("no-such-article.txt");
        let out = factdiff(&[command, "--output", s(&old), s(&a), s(&missing)]);
        assert_bad_input(&out, "no-such-article.txt: no such file");
        assert_eq!(std::fs::read(&old).unwrap(), b"yesterday's report\n");
    }
    assert_eq!(listing(&out_dir), ["old.json"]);

    // And a successful run replaces it.
    let out = factdiff(&["sentences", "-o", s(&old), s(&a)]);
    assert_ok(&out);
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.starts_with("port-tribune\t0\t"), "{text}");
    assert_eq!(listing(&out_dir), ["old.json"]);
}

#[test]
fn output_that_cannot_be_written_is_exit_2() {
    let (dir, a, _b) = story("output-bad");
    let out = factdiff(&["compare", "-o", s(&dir.join("no-dir").join("r.txt")), s(&a)]);
    assert_bad_input(&out, "r.txt: cannot write");
    let out = factdiff(&["compare", "-o", s(&dir), s(&a)]);
    assert_bad_input(&out, "is a directory");
}

#[test]
fn fail_on_conflict_still_writes_the_output_file() {
    let (dir, a, b) = story("output-conflict");
    let target = dir.join("report.txt");
    let out = factdiff(&[
        "compare",
        "--fail-on-conflict",
        "-o",
        s(&target),
        s(&a),
        s(&b),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("CONFLICT (score "), "{text}");
}

// --- --recursive ---------------------------------------------------------

/// A tree of articles: nested directories, a hidden directory, a file that
/// is not `.txt`, and an upper-case extension.
fn article_tree(name: &str) -> PathBuf {
    let root = fresh_dir(name);
    write(&root.join("b-ledger.txt"), b"The ledger counted 7 ferries.");
    write(&root.join("a-wire.txt"), b"The wire counted 7 ferries.");
    write(&root.join("notes.md"), b"Not an article: 99 notes.");
    write(
        &root.join("m").join("z-post.txt"),
        b"The post counted 8 ferries.",
    );
    write(
        &root.join("m").join("deeper").join("c-sun.TXT"),
        b"The sun counted 9 ferries.",
    );
    write(
        &root.join("zz-gazette.txt"),
        b"The gazette counted 7 ferries.",
    );
    write(
        &root.join(".drafts").join("draft.txt"),
        b"A draft: 1 ferry.",
    );
    root
}

fn json_docs(stdout: &[u8]) -> Vec<String> {
    let mut docs: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let doc = v["doc"].as_str().unwrap().to_string();
        if docs.last() != Some(&doc) {
            docs.push(doc);
        }
    }
    docs
}

#[test]
fn recursive_reads_txt_files_below_a_directory_in_sorted_order() {
    let root = article_tree("recursive");
    let out = factdiff(&["sentences", "--format", "json", "--recursive", s(&root)]);
    assert_ok(&out);
    assert_eq!(
        json_docs(&out.stdout),
        ["a-wire", "b-ledger", "c-sun", "z-post", "zz-gazette"],
        "entries by name: a-wire, b-ledger, m/ (deeper/c-sun, z-post), zz-gazette"
    );

    // Files and directories mix; `-r` is the short form.
    let extra = write(
        &fresh_dir("recursive-extra").join("extra.txt"),
        b"One more: 3 ferries.",
    );
    let out = factdiff(&["claims", "--format", "json", "-r", s(&extra), s(&root)]);
    assert_ok(&out);
    assert_eq!(
        json_docs(&out.stdout),
        [
            "extra",
            "a-wire",
            "b-ledger",
            "c-sun",
            "z-post",
            "zz-gazette"
        ]
    );

    let out = factdiff(&["compare", "--format", "json", "-r", s(&root)]);
    assert_ok(&out);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap().len(), 5);
}

#[test]
fn a_directory_without_recursive_is_an_error() {
    let root = article_tree("no-recursive");
    for command in ["compare", "claims", "sentences"] {
        let out = factdiff(&[command, s(&root)]);
        assert_bad_input(&out, "is a directory");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--recursive"));
    }
}

#[test]
fn recursive_errors_name_the_file_or_directory() {
    let root = article_tree("recursive-bad");
    write(&root.join("m").join("broken.txt"), b"\xff\xfe not text");
    let target = root.join("report.json");
    let out = factdiff(&["compare", "-r", "-o", s(&target), s(&root)]);
    assert_bad_input(&out, "broken.txt: not valid UTF-8");
    assert!(!target.exists());

    let empty = fresh_dir("recursive-empty");
    write(&empty.join("readme.md"), b"no articles here");
    let out = factdiff(&["compare", "-r", s(&empty)]);
    assert_bad_input(&out, "no .txt files");
}

#[test]
fn two_files_with_one_document_id_are_refused() {
    let root = fresh_dir("duplicate-ids");
    let first = write(&root.join("a").join("report.txt"), TRIBUNE.as_bytes());
    let second = write(&root.join("b").join("report.txt"), COURIER.as_bytes());
    let target = root.join("out.json");
    for args in [
        vec!["compare", "-r", "-o", s(&target), s(&root)],
        vec![
            "claims",
            "--format",
            "json",
            "-o",
            s(&target),
            s(&first),
            s(&second),
        ],
    ] {
        let out = factdiff(&args);
        assert_bad_input(&out, "same document id \"report\"");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(s(&second)) && err.contains(s(&first)), "{err}");
        assert!(!target.exists());
    }
}

#[test]
fn recursive_skips_its_own_output_file() {
    let root = article_tree("recursive-output");
    let target = root.join("report.txt");
    for _ in 0..2 {
        let out = factdiff(&["compare", "-r", "-o", s(&target), s(&root)]);
        assert_ok(&out);
        let text = std::fs::read_to_string(&target).unwrap();
        assert!(text.starts_with("5 documents, "), "{text}");
    }
    // Named explicitly, it is read like any other file.
    let out = factdiff(&["sentences", "--format", "json", s(&target)]);
    assert_ok(&out);
    assert_eq!(json_docs(&out.stdout), ["report"]);
}

#[cfg(unix)]
#[test]
fn recursive_does_not_follow_symlinked_directories() {
    let root = article_tree("recursive-loop");
    std::os::unix::fs::symlink(&root, root.join("m").join("loop")).expect("symlink");
    std::os::unix::fs::symlink(root.join("a-wire.txt"), root.join("m").join("linked.txt"))
        .expect("symlink");
    let out = factdiff(&["sentences", "--format", "json", "-r", s(&root)]);
    assert_ok(&out);
    assert_eq!(
        json_docs(&out.stdout),
        [
            "a-wire",
            "b-ledger",
            "c-sun",
            "linked",
            "z-post",
            "zz-gazette"
        ]
    );
}

// --- --color -------------------------------------------------------------

const ESC: char = '\u{1b}';

/// The text with its ANSI colour sequences removed.
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(ESC) {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('m').expect("sequence ends with m");
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn color_always_colours_only_the_verdict_words() {
    let (_dir, a, b) = story("color");
    let plain = factdiff(&["compare", "--color", "never", s(&a), s(&b)]);
    assert_ok(&plain);
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(!plain.contains(ESC));

    let coloured = factdiff(&["compare", "--color", "always", s(&a), s(&b)]);
    assert_ok(&coloured);
    let coloured = String::from_utf8(coloured.stdout).unwrap();
    assert_eq!(strip_ansi(&coloured), plain, "colour adds nothing else");
    assert!(
        coloured.contains("\u{1b}[1;31mCONFLICT\u{1b}[0m (score "),
        "{coloured:?}"
    );
    assert!(
        coloured.contains("\u{1b}[1;32mAGREE\u{1b}[0m (score "),
        "{coloured:?}"
    );
    // One coloured word per finding, nothing else.
    assert_eq!(coloured.matches(ESC).count(), 2 * 2);
    for line in coloured.lines().filter(|l| l.contains(ESC)) {
        assert!(line.starts_with(ESC), "{line:?}");
    }
}

#[test]
fn color_auto_is_off_into_a_pipe_and_always_overrides_no_color() {
    let (dir, a, b) = story("color-auto");
    let auto = factdiff(&["compare", s(&a), s(&b)]);
    assert_ok(&auto);
    assert!(!String::from_utf8_lossy(&auto.stdout).contains(ESC));

    let forced = factdiff_env(
        &["compare", "--color", "always", s(&a), s(&b)],
        &[("NO_COLOR", "1")],
    );
    assert!(String::from_utf8_lossy(&forced.stdout).contains(ESC));

    // Into a file, `always` still colours; `auto` does not.
    let target = dir.join("report.txt");
    assert_ok(&factdiff(&[
        "compare",
        "--color",
        "always",
        "-o",
        s(&target),
        s(&a),
        s(&b),
    ]));
    assert!(std::fs::read_to_string(&target).unwrap().contains(ESC));
    assert_ok(&factdiff(&["compare", "-o", s(&target), s(&a), s(&b)]));
    assert!(!std::fs::read_to_string(&target).unwrap().contains(ESC));

    // Machine formats are never coloured.
    for format in ["json", "jsonl"] {
        let out = factdiff(&[
            "compare",
            "--format",
            format,
            "--color",
            "always",
            s(&a),
            s(&b),
        ]);
        assert_ok(&out);
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains(ESC),
            "{format}"
        );
    }

    let out = factdiff(&["compare", "--color", "sometimes", s(&a)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

// --- a terminal (through `script`, which runs a command on a pseudo-terminal)

/// Runs factdiff on a pseudo-terminal with `script` (util-linux) and
/// returns everything it printed there, or `None` where `script` is
/// missing (with a notice; under `CI` that is a failure).
fn on_terminal(args: &[&str], env: &[(&str, &str)]) -> Option<String> {
    let available = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var_os("CI").is_none(),
            "`script` (util-linux) is needed for the terminal tests under CI"
        );
        eprintln!("notice: `script` not found; skipping a terminal test");
        return None;
    }
    let quote = |a: &str| format!("'{}'", a.replace('\'', r"'\''"));
    let line = std::iter::once(BIN)
        .chain(args.iter().copied())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ");
    let mut cmd = Command::new("script");
    cmd.args(["-q", "-e", "-c", &line, "/dev/null"])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .env("SHELL", "/bin/sh")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        cmd.env(key, value);
    }
    let mut child = cmd.spawn().expect("run script");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn color_auto_on_a_terminal_respects_no_color() {
    let (_dir, a, b) = story("color-tty");
    let Some(shown) = on_terminal(&["compare", s(&a), s(&b)], &[]) else {
        return;
    };
    assert!(shown.contains("\u{1b}[1;31mCONFLICT\u{1b}[0m"), "{shown:?}");
    let Some(shown) = on_terminal(&["compare", s(&a), s(&b)], &[("NO_COLOR", "1")]) else {
        return;
    };
    assert!(shown.contains("CONFLICT (score "), "{shown:?}");
    assert!(!shown.contains(ESC), "{shown:?}");
    // An empty NO_COLOR does not count.
    let Some(shown) = on_terminal(&["compare", s(&a), s(&b)], &[("NO_COLOR", "")]) else {
        return;
    };
    assert!(shown.contains(ESC), "{shown:?}");
}

/// `n` short articles in a fresh directory.
fn many_articles(name: &str, n: usize) -> PathBuf {
    let dir = fresh_dir(name);
    for i in 0..n {
        write(
            &dir.join(format!("outlet-{i:02}.txt")),
            format!(
                "Crews evacuated {} residents of Pell Ridge on Monday. About {} homes lost power.",
                300 + i,
                900 + i
            )
            .as_bytes(),
        );
    }
    dir
}

#[test]
fn progress_bar_only_for_many_files_on_a_terminal() {
    let many = many_articles("progress-many", 25);
    let few = many_articles("progress-few", 5);
    let target = many.join("report.txt");

    // Not a terminal: silent.
    let out = factdiff(&["compare", "-r", s(&many)]);
    assert_ok(&out);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("25 documents, "));

    // A terminal and many files: a bar.
    let Some(shown) = on_terminal(&["compare", "-r", "-o", s(&target), s(&many)], &[]) else {
        return;
    };
    assert!(shown.contains("/25 files"), "{shown:?}");
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("25 documents, ")
    );

    // A terminal and few files: none.
    let Some(shown) = on_terminal(&["compare", "-r", s(&few)], &[]) else {
        return;
    };
    assert!(!shown.contains("/5 files"), "{shown:?}");
    assert!(shown.contains("5 documents, "), "{shown:?}");
}

// --- help ----------------------------------------------------------------

#[test]
fn help_shows_examples_and_exit_codes() {
    for args in [
        &["--help"][..],
        &["help"][..],
        &["compare", "--help"][..],
        &["compare", "-h"][..],
        &["sentences", "--help"][..],
        &["claims", "--help"][..],
    ] {
        let out = factdiff(args);
        assert_ok(&out);
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Examples:\n  factdiff "), "{args:?}: {help}");
        assert!(help.contains("Exit status:"), "{args:?}");
        for code in [
            "  0  the run completed",
            "  1  compare --fail-on-conflict found at least one conflict",
            "  2  bad input or usage",
        ] {
            assert!(help.contains(code), "{args:?} lacks {code:?}");
        }
    }
    let out = factdiff(&["compare", "--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--output <FILE>",
        "--recursive",
        "--color <WHEN>",
        "--fail-on-conflict",
        "NO_COLOR",
        "progress bar",
    ] {
        assert!(help.contains(flag), "compare --help lacks {flag}");
    }
    for command in ["sentences", "claims"] {
        let help = String::from_utf8(factdiff(&[command, "--help"]).stdout).unwrap();
        assert!(help.contains("--output <FILE>"), "{command}");
        assert!(help.contains("--recursive"), "{command}");
        assert!(!help.contains("--color"), "{command} has no colour");
    }
}

#[test]
fn stdin_still_works_alongside_the_new_flags() {
    let mut child = Command::new(BIN)
        .args(["sentences", "-r", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run factdiff");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Rain fell. Rivers rose.")
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_ok(&out);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "stdin\t0\t0..10\tRain fell.\nstdin\t1\t11..23\tRivers rose.\n"
    );
}

#[test]
fn compare_html_is_the_library_page() {
    let dir = std::env::temp_dir().join(format!("factdiff-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let docs = [
        factdiff::Document::new("tribune", TRIBUNE),
        factdiff::Document::new("courier", COURIER),
    ];
    let paths: Vec<PathBuf> = docs
        .iter()
        .map(|d| {
            let path = dir.join(format!("{}.txt", d.id));
            std::fs::write(&path, &d.text).expect("write article");
            path
        })
        .collect();
    let out = Command::new(BIN)
        .args(["compare", "--format", "html"])
        .args(&paths)
        .output()
        .expect("run factdiff");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut want = Vec::new();
    factdiff::Comparer::default()
        .compare(&docs)
        .write_html(&docs, &mut want)
        .expect("write to a Vec");
    assert_eq!(out.stdout, want);
    let _ = std::fs::remove_dir_all(&dir);
}
