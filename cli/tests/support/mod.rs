//! Helpers shared by the command-line tests that run the built binary:
//! scratch directories, a running factdiff with drained pipes, JSON Lines
//! output, and the peak memory of a run.
#![allow(dead_code)] // each test file uses some of them

use std::ffi::OsStr;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_factdiff");

/// How long any one factdiff run may take before the test kills it.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// A directory deleted when the test ends, passed or failed.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// A fresh, empty directory below `base`.
    pub fn new(base: &Path, name: &str) -> Scratch {
        let dir = base.join(format!("factdiff-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The names in a directory, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A factdiff run with standard input closed and `NO_COLOR` unset;
/// its standard output and error are drained on threads so that a
/// full pipe cannot stall it.
pub struct Running {
    pub child: Child,
    stdout: JoinHandle<Vec<u8>>,
    stderr: JoinHandle<Vec<u8>>,
}

impl Running {
    pub fn start<S: AsRef<OsStr>>(args: &[S]) -> Running {
        let mut child = Command::new(BIN)
            .args(args)
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run factdiff");
        let stdout = drain(child.stdout.take().expect("stdout pipe"));
        let stderr = drain(child.stderr.take().expect("stderr pipe"));
        Running {
            child,
            stdout,
            stderr,
        }
    }

    /// Whether it has exited.
    pub fn exited(&mut self) -> bool {
        self.child.try_wait().expect("poll factdiff").is_some()
    }

    /// Waits for the exit, killing it and failing after `timeout`.
    pub fn finish(mut self, timeout: Duration) -> Output {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll factdiff") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("factdiff still running after {timeout:?}: killed");
            }
            thread::sleep(Duration::from_millis(10));
        };
        self.collect(status)
    }

    /// Kills it (when still running) and returns what it wrote.
    pub fn kill(mut self) -> Output {
        let _ = self.child.kill();
        let status = self.child.wait().expect("wait for factdiff");
        self.collect(status)
    }

    fn collect(self, status: ExitStatus) -> Output {
        Output {
            status,
            stdout: self.stdout.join().expect("stdout reader"),
            stderr: self.stderr.join().expect("stderr reader"),
        }
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

pub fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}: status {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "{what}: stdout must be empty");
    assert!(
        out.stderr.is_empty(),
        "{what}: stderr must be empty: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Reads a JSON Lines file one line at a time, parsing every line.
pub fn json_lines(path: &Path) -> impl Iterator<Item = serde_json::Value> {
    let name = path.display().to_string();
    BufReader::new(fs::File::open(path).expect("output file"))
        .lines()
        .enumerate()
        .map(move |(i, line)| {
            let line = line.expect("read output line");
            serde_json::from_str(&line)
                .unwrap_or_else(|e| panic!("{name}:{}: not JSON ({e}): {:.200}", i + 1, line))
        })
}

pub fn write_file(path: &Path, text: &str) {
    let mut file = fs::File::create(path).expect("create file");
    file.write_all(text.as_bytes()).expect("write file");
}

/// A big run may take this long (debug 10 MiB: ~10 s; release 100 MiB:
/// ~13 s).
pub const BIG_TIMEOUT: Duration = Duration::from_secs(600);

/// The kernel's high-water mark of the resident set of `pid`, in bytes.
pub fn vm_hwm(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    let kib: u64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib * 1024)
}

/// Runs factdiff, polling its peak RSS until it exits; returns the
/// seconds it took and the largest peak seen.
pub fn measured(args: &[&str]) -> (f64, u64) {
    let started = Instant::now();
    let mut run = Running::start(args);
    let pid = run.child.id();
    let mut peak = 0;
    let mut samples = 0;
    while !run.exited() {
        if let Some(hwm) = vm_hwm(pid) {
            peak = peak.max(hwm);
            samples += 1;
        }
        if started.elapsed() > BIG_TIMEOUT {
            break;
        }
        thread::sleep(Duration::from_millis(10));
    }
    let out = run.finish(Duration::ZERO);
    let secs = started.elapsed().as_secs_f64();
    assert_ok(&out, &args.join(" "));
    assert!(samples > 0, "no /proc sample of factdiff's memory");
    (secs, peak)
}
