//! Where output goes: standard output or a file replaced only when the run
//! succeeds, whether to colour it, and the progress bar on standard error.

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::ColorChoice;
use crate::ignore_broken_pipe;

/// A progress bar on standard error while `compare` reads and compares
/// many files, for people watching a terminal; it does nothing when there
/// are few files or standard error is not a terminal (a pipe, a log file,
/// CI), and it is cleared when dropped, before any output is written.
pub(crate) struct Progress(Option<ProgressBar>);

impl Progress {
    /// Runs of more files than this get a bar.
    const MIN_FILES: usize = 20;

    /// A bar for reading `files` files, when it is worth showing.
    pub(crate) fn start(files: usize) -> Progress {
        if files <= Self::MIN_FILES || !io::stderr().is_terminal() {
            return Progress::off();
        }
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(files).unwrap_or(u64::MAX)),
            ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            ProgressStyle::with_template("reading {pos}/{len} files [{bar:30}] {elapsed}")
                .map_or_else(
                    |_| ProgressStyle::default_bar(),
                    |s| s.progress_chars("=> "),
                ),
        );
        Progress(Some(bar))
    }

    /// No bar at all.
    pub(crate) fn off() -> Progress {
        Progress(None)
    }

    /// One more file read.
    pub(crate) fn file_done(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Reading is over: a spinner while the documents are compared.
    pub(crate) fn comparing(&self, docs: usize) {
        if let Some(bar) = &self.0 {
            bar.set_style(
                ProgressStyle::with_template("{spinner} comparing {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message(format!("{docs} documents"));
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Where a command writes: standard output, or with `--output FILE` a
/// temporary file beside FILE that [`Output::commit`] renames into place,
/// so that a run that fails leaves FILE as it was (dropping an uncommitted
/// `Output` deletes the temporary file).
pub(crate) struct Output {
    out: BufWriter<Sink>,
    pending: Option<Pending>,
}

/// The stream under an [`Output`].
enum Sink {
    Stdout(io::Stdout),
    File(fs::File),
}

/// A temporary file waiting to be renamed to its destination; deleted
/// when dropped unless disarmed.
struct Pending {
    temp: PathBuf,
    path: PathBuf,
    armed: bool,
}

impl Output {
    /// Standard output for `None` or `-`; otherwise a new temporary file in
    /// the directory of `path`.
    pub(crate) fn open(path: Option<&Path>) -> Result<Output, String> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                out: BufWriter::new(Sink::Stdout(io::stdout())),
                pending: None,
            });
        };
        let fail = |e: io::Error| format!("{}: cannot write: {e}", path.display());
        if path.is_dir() {
            return Err(format!("{}: is a directory, not a file", path.display()));
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let mut attempt = 0u32;
        let (file, temp) = loop {
            let temp = dir.join(format!(".{name}.{}.{attempt}.tmp", std::process::id()));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)
            {
                Ok(file) => break (file, temp),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(fail(e)),
            }
        };
        let pending = Pending {
            temp,
            path: path.to_path_buf(),
            armed: true,
        };
        // Replacing a file keeps its permissions.
        if let Ok(meta) = fs::metadata(path) {
            let _ = fs::set_permissions(&pending.temp, meta.permissions());
        }
        Ok(Output {
            out: BufWriter::new(Sink::File(file)),
            pending: Some(pending),
        })
    }

    /// Finishes the output: flushes standard output (a closed pipe is not
    /// an error), or flushes and syncs the temporary file and renames it
    /// to its destination.
    pub(crate) fn commit(self) -> Result<(), String> {
        let Output { out, pending } = self;
        let sink = match out.into_inner() {
            Ok(sink) => sink,
            Err(e) => {
                let e = e.into_error();
                return match &pending {
                    Some(p) => Err(format!("{}: cannot write: {e}", p.path.display())),
                    None => ignore_broken_pipe(e),
                };
            }
        };
        match (sink, pending) {
            (Sink::File(file), Some(mut p)) => {
                let fail = |e: io::Error| format!("{}: cannot write: {e}", p.path.display());
                file.sync_all().map_err(fail)?;
                drop(file);
                fs::rename(&p.temp, &p.path).map_err(fail)?;
                p.armed = false;
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::File(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::File(file) => file.flush(),
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

impl ColorChoice {
    /// Whether to colour output going to `output` (standard output when
    /// `None` or `-`).
    pub(crate) fn enabled(self, output: Option<&Path>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
                to_stdout && !no_color && !dumb && io::stdout().is_terminal()
            }
        }
    }
}
