//! Hardening of the input side: a file that disappears while the command
//! line is reading its inputs, a reader that fails part-way, and a 100 MB
//! file read with bounded memory. Bad input means exit 2, one line on
//! standard error naming the file and the reason, nothing on standard
//! output and no `--output` file. Every article here is fictional.

use std::io::{self, Read};

use factdiff::{Document, ErrorKind};

/// A reader over a file on a network share that goes away part-way: it
/// gives the first bytes of an article, then fails with `error`.
struct VanishingShare {
    head: &'static [u8],
    error: Option<io::Error>,
}

impl Read for VanishingShare {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.head.is_empty() {
            let n = self.head.len().min(buf.len());
            buf[..n].copy_from_slice(&self.head[..n]);
            self.head = &self.head[n..];
            return Ok(n);
        }
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

#[test]
fn from_reader_fails_naming_the_id_and_the_reason() {
    const HEAD: &[u8] = b"Night Desk Briefing\nCity crews cleared 640 tons of snow from \
                          Harlow Avenue overnight, the public works office said. Another";
    let io_kind: fn(&ErrorKind) -> bool = |k| matches!(k, ErrorKind::Io { .. });
    let not_found: fn(&ErrorKind) -> bool = |k| matches!(k, ErrorKind::NotFound { .. });
    let cases = [
        (
            io::Error::other("stale file handle on //records/night-desk"),
            io_kind,
            "stale file handle",
        ),
        (
            io::Error::new(io::ErrorKind::NotFound, "removed from the share"),
            not_found,
            "no such file",
        ),
    ];
    for (error, is_kind, reason) in cases {
        let reader = VanishingShare {
            head: HEAD,
            error: Some(error),
        };
        let err = Document::from_reader("harlow-snow-briefing", reader)
            .expect_err("a read that fails part-way is an error, not a short document");
        assert!(is_kind(err.kind()), "{err}: {:?}", err.kind());
        let message = err.to_string();
        assert!(
            message.contains("harlow-snow-briefing"),
            "{message:?} should name the document id"
        );
        // The reason is in the message or, for an I/O failure, its source.
        let mut chain = message.clone();
        let mut cause = std::error::Error::source(&err);
        while let Some(c) = cause {
            chain = format!("{chain}: {c}");
            cause = c.source();
        }
        assert!(
            chain.contains(reason),
            "{chain:?} should give the reason {reason:?}"
        );
    }
    // The same reader without the failure is a document: the error above
    // is the failure's, not the reader's.
    let whole = VanishingShare {
        head: HEAD,
        error: None,
    };
    let doc = Document::from_reader("harlow-snow-briefing", whole).expect("complete read");
    assert_eq!(doc.text.as_bytes(), HEAD);
}

mod support;
use support as cli;

/// A file that disappears midway: the command line lists its inputs, then
/// reads them one after the other in argument order. The first input is a
/// FIFO, so factdiff blocks on it; while it waits the test deletes a file
/// it has already listed, then feeds the FIFO an article. factdiff must
/// then fail on the vanished file, and only on it.
#[cfg(unix)]
mod vanishing {
    use std::ffi::{OsStr, OsString};
    use std::fs;
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output};
    use std::sync::mpsc::{self, RecvTimeoutError};
    use std::thread;
    use std::time::{Duration, Instant};

    use super::cli::{Running, Scratch, TIMEOUT, assert_ok, json_lines, listing, write_file};

    /// The article that arrives through the FIFO.
    const FEED: &str = "Ferry Service Resumes on Calder Sound\n\
        PORT ALWYN — The Calder Sound ferry carried 1,850 passengers on Monday, the first \
        full day of service since the storm, the harbor master said. Crews replaced 14 \
        damaged pilings at the north dock.\n";

    /// The article that stays.
    const KEPT: &str = "Ferry Back in Service After Storm\n\
        PORT ALWYN — About 1,800 passengers rode the Calder Sound ferry on Monday, \
        according to the operator. Workers replaced 14 pilings at the north dock over \
        the weekend.\n";

    /// The article that is deleted while factdiff waits on the FIFO.
    const DELETED: &str = "Calder Sound Ferry Returns\n\
        The ferry carried 2,400 passengers on Monday, the harbor master said, and crews \
        replaced 12 pilings.\n";

    /// One scenario's files: `articles/a.txt` and `articles/b.txt`, the
    /// FIFO `wire-feed` beside them, and an empty `out/` for `--output`.
    struct Story {
        _scratch: Scratch,
        articles: PathBuf,
        a: PathBuf,
        b: PathBuf,
        fifo: PathBuf,
        out_dir: PathBuf,
        report: PathBuf,
    }

    impl Story {
        fn new(name: &str) -> Story {
            let scratch = Scratch::new(&std::env::temp_dir(), name);
            let root = scratch.0.clone();
            let articles = root.join("articles");
            let out_dir = root.join("out");
            fs::create_dir_all(&articles).expect("articles dir");
            fs::create_dir_all(&out_dir).expect("out dir");
            let fifo = root.join("wire-feed");
            let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
            assert!(made.success(), "mkfifo {}", fifo.display());
            let story = Story {
                _scratch: scratch,
                a: articles.join("a.txt"),
                b: articles.join("b.txt"),
                articles,
                fifo,
                report: out_dir.join("report.json"),
                out_dir,
            };
            story.restore();
            story
        }

        /// Writes both articles (again).
        fn restore(&self) {
            write_file(&self.a, KEPT);
            write_file(&self.b, DELETED);
        }
    }

    /// Runs factdiff with `args`, waits until it has opened the FIFO for
    /// reading (opening the write end blocks until then, and factdiff
    /// opens its inputs only after listing them all), calls `meanwhile`,
    /// then writes `FEED` into the FIFO and closes it. Fails (after
    /// killing factdiff) if factdiff exits before opening the FIFO or
    /// takes longer than [`TIMEOUT`] for either step.
    fn run_feeding_fifo(args: &[&OsStr], fifo: &Path, meanwhile: impl FnOnce()) -> Output {
        let mut run = Running::start(args);
        let (opened_tx, opened_rx) = mpsc::channel();
        let path = fifo.to_path_buf();
        let opener = thread::spawn(move || {
            let _ = opened_tx.send(fs::OpenOptions::new().write(true).open(path));
        });
        let deadline = Instant::now() + TIMEOUT;
        let mut writer = loop {
            match opened_rx.recv_timeout(Duration::from_millis(10)) {
                Ok(result) => break result.expect("open the FIFO for writing"),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => panic!("FIFO opener thread died"),
            }
            let exited = run.exited();
            if exited || Instant::now() > deadline {
                let out = run.kill();
                // Releases the opener, blocked until someone reads (or at
                // once when it has opened the FIFO after all).
                let _ = fs::File::open(fifo);
                let _ = opener.join();
                panic!(
                    "factdiff {} without reading the FIFO: status {:?}, stderr {:?}",
                    if exited { "exited" } else { "hung" },
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        };
        opener.join().expect("FIFO opener thread");
        meanwhile();
        let fed = writer.write_all(FEED.as_bytes());
        drop(writer);
        let out = run.finish(TIMEOUT);
        fed.expect("feed the FIFO");
        out
    }

    /// Exit 2, nothing on stdout, and exactly one line on stderr:
    /// `factdiff: <the vanished path>: <not found>`.
    fn assert_fails_on_vanished(out: &Output, vanished: &Path) {
        let stderr = String::from_utf8(out.stderr.clone()).expect("UTF-8 stderr");
        assert_eq!(out.status.code(), Some(2), "stderr: {stderr:?}");
        assert!(
            out.stdout.is_empty(),
            "stdout must be empty: {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            stderr.ends_with('\n') && stderr.matches('\n').count() == 1,
            "exactly one line on stderr: {stderr:?}"
        );
        let prefix = format!("factdiff: {}: ", vanished.display());
        let reason = stderr
            .trim_end()
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{stderr:?} should start with {prefix:?}"))
            .to_lowercase();
        assert!(
            reason.contains("no such file") || reason.contains("not found"),
            "{stderr:?} should say the file is not found"
        );
    }

    /// The document ids in a `compare --format json` report.
    fn report_ids(path: &Path) -> Vec<String> {
        let report: serde_json::Value =
            serde_json::from_slice(&fs::read(path).expect("report")).expect("report is JSON");
        let mut ids: Vec<String> = report["documents"]
            .as_array()
            .expect("documents")
            .iter()
            .map(|d| d["id"].as_str().expect("id").to_owned())
            .collect();
        ids.sort();
        ids
    }

    /// First the scenario with nothing deleted, which must succeed and
    /// write `story.report` (`check_report` looks at it): it shows that
    /// the FIFO set-up works and that the failure below is the deletion's.
    /// Then, with `keep_previous`, that report stays as the output file a
    /// failing run must not touch; otherwise it is removed and must not
    /// come back. Then the same run again, deleting `b.txt` while factdiff
    /// waits on the FIFO.
    fn scenario(story: &Story, args: &[&OsStr], keep_previous: bool, check_report: impl Fn(&Path)) {
        let control = run_feeding_fifo(args, &story.fifo, || {});
        assert_ok(&control, "nothing deleted");
        check_report(&story.report);
        assert_eq!(listing(&story.out_dir), ["report.json"]);
        let previous = fs::read(&story.report).expect("report");
        if !keep_previous {
            fs::remove_file(&story.report).expect("remove report");
        }

        story.restore();
        let out = run_feeding_fifo(args, &story.fifo, || {
            fs::remove_file(&story.b).expect("delete b.txt");
        });
        assert!(!story.b.exists());
        assert_fails_on_vanished(&out, &story.b);
        if keep_previous {
            assert_eq!(
                fs::read(&story.report).expect("report still there"),
                previous,
                "a failing run leaves the output file as it was"
            );
            assert_eq!(listing(&story.out_dir), ["report.json"]);
        } else {
            assert!(!story.report.exists(), "no output file on failure");
            assert!(
                listing(&story.out_dir).is_empty(),
                "no temporary file left: {:?}",
                listing(&story.out_dir)
            );
        }
    }

    fn os(parts: &[&dyn AsRef<OsStr>]) -> Vec<OsString> {
        parts.iter().map(|p| p.as_ref().to_owned()).collect()
    }

    fn refs(args: &[OsString]) -> Vec<&OsStr> {
        args.iter().map(OsString::as_os_str).collect()
    }

    #[test]
    fn compare_fails_on_a_file_deleted_after_the_directory_listing() {
        let story = Story::new("vanish-dir");
        let args = os(&[
            &"compare",
            &"--format",
            &"json",
            &story.fifo,
            &story.articles,
            &"--recursive",
            &"--output",
            &story.report,
        ]);
        scenario(&story, &refs(&args), false, |report| {
            assert_eq!(report_ids(report), ["a", "b", "wire-feed"]);
        });
    }

    #[test]
    fn compare_fails_on_a_named_file_deleted_midway() {
        let story = Story::new("vanish-files");
        let args = os(&[
            &"compare",
            &"--format",
            &"json",
            &story.fifo,
            &story.a,
            &story.b,
            &"--output",
            &story.report,
        ]);
        scenario(&story, &refs(&args), false, |report| {
            assert_eq!(report_ids(report), ["a", "b", "wire-feed"]);
        });
    }

    #[test]
    fn claims_fails_on_a_file_deleted_midway_and_keeps_the_old_output() {
        let story = Story::new("vanish-claims");
        let args = os(&[
            &"claims",
            &"--format",
            &"json",
            &story.fifo,
            &story.a,
            &story.b,
            &"--output",
            &story.report,
        ]);
        scenario(&story, &refs(&args), true, |report| {
            let mut docs: Vec<String> = json_lines(report)
                .map(|c| c["doc"].as_str().expect("doc").to_owned())
                .collect();
            docs.dedup();
            assert_eq!(docs, ["wire-feed", "a", "b"], "claims in argument order");
        });
    }
}

/// A big file through the command line, with the child's peak resident
/// memory (`VmHWM` in `/proc/<pid>/status`, polled every 10 ms) bounded.
///
/// Measured (2 cores; peak RSS over input size), 100 MiB of the corpus:
/// release `claims` 11 s, 450 MiB (4.4x); `compare` 13 s, 595 MiB (5.8x);
/// debug 77 s and 87 s with the same memory. 10 MiB: 4.7x and 6.3x (a few
/// MiB of fixed cost weigh more). factdiff reads each file whole and keeps
/// every claim (each with its own copy of its sentence) until the output
/// is written, so memory grows with the input; the bound below is the
/// largest measured ratio with a third of headroom, plus the fixed cost:
/// it catches a second copy of the text per claim, or memory quadratic in
/// the input, not noise.
#[cfg(target_os = "linux")]
mod big_file {
    use std::fs;
    use std::path::{Path, PathBuf};

    use super::cli::{Scratch, json_lines, measured};

    const MIB: usize = 1 << 20;

    /// Peak RSS may be this many times the input size (the bound of
    /// `cli_shapes.rs`; release builds measure 6.4x on 100 MiB, debug
    /// builds 11x on 10 MiB)...
    const RSS_PER_INPUT_BYTE: u64 = 10;
    /// ...plus this much for the program itself.
    const RSS_FIXED: u64 = 32 << 20;

    /// The bundled example articles, concatenated in name order.
    fn corpus_pass() -> String {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("data/corpus");
        let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
            .expect("data/corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        assert!(paths.len() >= 3, "corpus articles in {}", dir.display());
        let mut pass = String::new();
        for path in paths {
            pass.push_str(
                fs::read_to_string(&path)
                    .expect("corpus article")
                    .trim_end(),
            );
            pass.push_str("\n\n");
        }
        pass
    }

    /// Checks one claim object against the input: its document, its id
    /// (`<doc>#<n>`, each `n` below `expected` seen once) and its spans.
    fn check_claim(claim: &serde_json::Value, text: &str, stem: &str, seen: &mut [bool]) {
        let field = |name: &str| &claim[name];
        let offset = |name: &str| {
            usize::try_from(field(name).as_u64().expect(name)).expect("offset fits usize")
        };
        assert_eq!(field("doc").as_str(), Some(stem));
        let id = field("id").as_str().expect("id");
        let n: usize = id
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_prefix('#'))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("claim id {id:?}"));
        assert!(n < seen.len(), "claim {id} beyond the expected count");
        assert!(!seen[n], "claim {id} twice");
        seen[n] = true;
        assert_eq!(
            text.get(offset("start")..offset("end")),
            field("text").as_str(),
            "figure span of {id}"
        );
        assert_eq!(
            text.get(offset("context_start")..offset("context_end")),
            field("context").as_str().map(|c| c.trim_matches('…')),
            "context span of {id}"
        );
        assert!(offset("sentence_start") <= offset("context_start"));
        assert!(offset("context_end") <= offset("sentence_end"));
    }

    fn report(label: &str, input: usize, secs: f64, peak: u64, claims: usize) {
        let mib = |n: f64| n / MIB as f64;
        println!(
            "{label}: {:.1} MiB in {secs:.1} s, peak RSS {:.0} MiB ({:.1}x input), {claims} claims",
            mib(input as f64),
            mib(peak as f64),
            peak as f64 / input as f64,
        );
    }

    /// Writes about `mib` MiB of news text (the corpus over and over),
    /// runs `claims --format json` and `compare --format jsonl` on it, and
    /// checks the outputs line by line and the memory bound.
    fn big_file(mib: usize) {
        let scratch = Scratch::new(Path::new(env!("CARGO_TARGET_TMPDIR")), &format!("{mib}mib"));
        let pass = corpus_pass();
        let reps = (mib * MIB).div_ceil(pass.len());
        let text = pass.repeat(reps);
        let stem = format!("news-{mib}mib");
        let input = scratch.0.join(format!("{stem}.txt"));
        fs::write(&input, &text).expect("write the big file");
        let bound = RSS_PER_INPUT_BYTE * text.len() as u64 + RSS_FIXED;

        // Claims and sentences do not cross the blank line between
        // passes, so the counts add up.
        let pass_doc = factdiff::Document::new("pass", pass.as_str());
        let expected_claims = factdiff::claims(&pass_doc).count() * reps;
        let expected_sentences = factdiff::sentences(&pass).count() * reps;
        assert!(expected_claims > 0);

        let input_arg = input.to_str().expect("UTF-8 path");
        let claims_out = scratch.0.join("claims.jsonl");
        let (secs, peak) = measured(&[
            "claims",
            "--format",
            "json",
            input_arg,
            "--output",
            claims_out.to_str().expect("UTF-8 path"),
        ]);
        let mut seen = vec![false; expected_claims];
        let mut count = 0;
        for claim in json_lines(&claims_out) {
            check_claim(&claim, &text, &stem, &mut seen);
            count += 1;
        }
        report("claims --format json", text.len(), secs, peak, count);
        assert_eq!(count, expected_claims, "one line per claim");
        assert!(
            peak <= bound,
            "claims: peak RSS {peak} bytes over the bound {bound} for {} input bytes",
            text.len()
        );
        fs::remove_file(&claims_out).expect("remove claims output");

        let compare_out = scratch.0.join("compare.jsonl");
        let (secs, peak) = measured(&[
            "compare",
            "--format",
            "jsonl",
            input_arg,
            "--output",
            compare_out.to_str().expect("UTF-8 path"),
        ]);
        let mut seen = vec![false; expected_claims];
        let mut types = Vec::new();
        let mut count = 0;
        for line in json_lines(&compare_out) {
            let kind = line["type"].as_str().expect("type").to_owned();
            let data = &line["data"];
            match kind.as_str() {
                "document" => {
                    assert_eq!(data["id"].as_str(), Some(stem.as_str()));
                    assert_eq!(data["claims"].as_u64(), Some(expected_claims as u64));
                    assert_eq!(data["sentences"].as_u64(), Some(expected_sentences as u64));
                }
                "claim" => {
                    check_claim(data, &text, &stem, &mut seen);
                    count += 1;
                }
                "finding" | "story" => assert!(data.is_object()),
                other => panic!("unknown message type {other:?}"),
            }
            if types.last() != Some(&kind) {
                types.push(kind);
            }
        }
        report("compare --format jsonl", text.len(), secs, peak, count);
        assert_eq!(count, expected_claims, "one claim message per claim");
        let order: Vec<&str> = types.iter().map(String::as_str).collect();
        assert!(
            order == ["document", "story", "claim"]
                || order == ["document", "story", "claim", "finding"],
            "messages in the order document, story, claim, finding: {order:?}"
        );
        assert!(
            peak <= bound,
            "compare: peak RSS {peak} bytes over the bound {bound} for {} input bytes",
            text.len()
        );
    }

    #[test]
    fn ten_megabytes_with_bounded_memory() {
        big_file(10);
    }

    #[test]
    #[ignore = "100 MB: run in release, see .ci/run"]
    fn a_hundred_megabytes_with_bounded_memory() {
        big_file(100);
    }
}
