//! The crate's one error type: [`Error`], and what it is about,
//! [`ErrorKind`].

use std::path::{Path, PathBuf};

/// An error from loading input or configuring factdiff.
///
/// Analysis itself never fails: once a [`Document`](crate::Document) is
/// loaded, splitting it, finding figures in it and comparing it always
/// gives a result. Errors come from the edges — reading files, parsing a
/// lexicon or JSON Lines, building a configuration, reading columnar data —
/// and each names the input (or the setting) and what was wrong with it.
///
/// The message never repeats its [`source`](std::error::Error::source):
/// print the chain to see the cause (`"report.txt: cannot read"`, then
/// the operating system's reason).
///
/// ```
/// use factdiff::{Document, ErrorKind};
///
/// let err = Document::from_path("no/such/article.txt").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::NotFound { .. }));
/// assert_eq!(err.to_string(), "no/such/article.txt: no such file");
/// assert_eq!(err.path().unwrap().to_str(), Some("no/such/article.txt"));
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

/// What an [`Error`] is about: one variant per cause, each naming its
/// input.
///
/// ```
/// use factdiff::{Document, ErrorKind};
///
/// let err = Document::from_bytes("x", vec![0xff, 0xfe]).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::NotUtf8 { offset: 0, .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file does not exist.
    #[error("{}: no such file", path.display())]
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The path names a directory, not a file.
    #[error("{}: is a directory, not a file", path.display())]
    IsDirectory {
        /// The directory.
        path: PathBuf,
    },
    /// The bytes of an input are not valid UTF-8.
    #[error("{}: not valid UTF-8 (first bad byte at offset {offset})", input.display())]
    NotUtf8 {
        /// The file, or the id of a document read from bytes or a reader.
        input: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// Reading an input failed (permissions, a vanished file, I/O); the
    /// operating system's reason is the source.
    #[error("{}: cannot read", input.display())]
    Io {
        /// The file, or the id of a document read from a reader.
        input: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A line of a text input (JSON Lines documents or claims) is not what
    /// it should be.
    #[error("{}:{line}: {message}", input.display())]
    Parse {
        /// The input (`feed.jsonl`, `<stdin>`).
        input: PathBuf,
        /// The line, counting from 1.
        line: u64,
        /// What is wrong with it.
        message: String,
    },
    /// A setting is out of its range.
    #[error("{name} must be {expected}, got {value}")]
    InvalidSetting {
        /// The setting ("min score").
        name: &'static str,
        /// Its range ("in [0, 1]").
        expected: &'static str,
        /// The value given.
        value: String,
    },
    /// A value (a date, a span) is not well formed.
    #[error("{what} must be {expected}, got {value:?}")]
    InvalidValue {
        /// What the value is ("date").
        what: &'static str,
        /// Its form ("YYYY-MM-DD").
        expected: &'static str,
        /// The value given.
        value: String,
    },
    /// A measure lexicon is not valid JSON or not a valid lexicon.
    #[error("{}invalid lexicon: {message}", input.as_deref().map_or_else(String::new, |p| format!("{}: ", p.display())))]
    Lexicon {
        /// The lexicon's file, when it came from one.
        input: Option<PathBuf>,
        /// What is wrong with it.
        message: String,
    },
    /// Arrow or Parquet data is malformed or of the wrong shape (naming
    /// the column and row), or the Arrow or Parquet library failed (its
    /// message).
    #[error("arrow: {message}")]
    Columnar {
        /// What is wrong, with the column and row where known.
        message: String,
    },
    /// Claims given to a partition-wise aligner out of order.
    #[error(
        "claim {claim} (number {position} of the input) is out of order: the input is not \
         sorted by block_key, doc, sentence, start, end, id"
    )]
    Unsorted {
        /// The claim's id.
        claim: String,
        /// Its position in the input, counting from 1.
        position: u64,
    },
    /// Bytes that are not a story sketch of this version.
    #[error("story sketch: {message}")]
    Sketch {
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// What kind of error this is, with its details.
    ///
    /// ```
    /// use factdiff::{Comparer, ErrorKind};
    /// let err = Comparer::builder().min_score(2.0).build().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidSetting { name: "min score", .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// The file (or input) the error is about, when there is one.
    ///
    /// ```
    /// use factdiff::Document;
    /// let err = Document::from_path("missing.txt").unwrap_err();
    /// assert_eq!(err.path().unwrap().to_str(), Some("missing.txt"));
    /// # #[cfg(feature = "serde")] {
    /// let err = Document::read_json_lines("feed.jsonl", &b"{}"[..]).unwrap_err();
    /// assert_eq!(err.path().unwrap().to_str(), Some("feed.jsonl"));
    /// # }
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        match self.kind() {
            ErrorKind::NotFound { path } | ErrorKind::IsDirectory { path } => Some(path),
            ErrorKind::NotUtf8 { input, .. }
            | ErrorKind::Io { input, .. }
            | ErrorKind::Parse { input, .. } => Some(input),
            ErrorKind::Lexicon { input, .. } => input.as_deref(),
            _ => None,
        }
    }

    /// The line of the input the error is about, when there is one
    /// (counting from 1).
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use factdiff::Document;
    /// let err = Document::read_json_lines("feed.jsonl", &b"{\"id\": \"a\", \"text\": \"x\"}\nnope"[..])
    ///     .unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// # }
    /// ```
    #[must_use]
    pub fn line(&self) -> Option<u64> {
        match self.kind() {
            ErrorKind::Parse { line, .. } => Some(*line),
            _ => None,
        }
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// An I/O error on `input`, told apart: not found, a directory, or
    /// another failure (with the system's error as the source).
    pub(crate) fn io(source: std::io::Error, input: impl Into<PathBuf>) -> Error {
        let input = input.into();
        Error::new(match source.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound { path: input },
            std::io::ErrorKind::IsADirectory => ErrorKind::IsDirectory { path: input },
            _ => ErrorKind::Io { input, source },
        })
    }

    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn parse(input: impl Into<PathBuf>, line: u64, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Parse {
            input: input.into(),
            line,
            message: message.into(),
        })
    }

    pub(crate) fn setting(
        name: &'static str,
        expected: &'static str,
        value: impl std::fmt::Display,
    ) -> Error {
        Error::new(ErrorKind::InvalidSetting {
            name,
            expected,
            value: value.to_string(),
        })
    }

    pub(crate) fn value(what: &'static str, expected: &'static str, value: &str) -> Error {
        Error::new(ErrorKind::InvalidValue {
            what,
            expected,
            value: value.to_string(),
        })
    }

    pub(crate) fn lexicon(input: Option<&Path>, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Lexicon {
            input: input.map(Path::to_path_buf),
            message: message.into(),
        })
    }

    /// Malformed or mis-shaped columnar data, or a failure of the Arrow
    /// or Parquet library.
    #[cfg_attr(not(feature = "arrow"), allow(dead_code))]
    pub(crate) fn columnar(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Columnar {
            message: message.into(),
        })
    }

    pub(crate) fn sketch(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Sketch {
            message: message.into(),
        })
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;

    /// The message and each cause of the chain, one per line.
    fn chain(e: &Error) -> Vec<String> {
        let mut out = vec![e.to_string()];
        let mut at: Option<&dyn std::error::Error> = e.source();
        while let Some(cause) = at {
            out.push(cause.to_string());
            at = cause.source();
        }
        out
    }

    #[test]
    fn every_kind_names_its_input_and_prints_each_cause_once() {
        let os = || std::io::Error::other("disk on fire");
        let cases: Vec<(Error, &str, Option<&str>, Option<u64>)> = vec![
            (
                Error::io(std::io::Error::from(std::io::ErrorKind::NotFound), "a.txt"),
                "a.txt: no such file",
                Some("a.txt"),
                None,
            ),
            (
                Error::new(ErrorKind::IsDirectory { path: "dir".into() }),
                "dir: is a directory, not a file",
                Some("dir"),
                None,
            ),
            (
                Error::new(ErrorKind::NotUtf8 {
                    input: "feed".into(),
                    offset: 3,
                }),
                "feed: not valid UTF-8 (first bad byte at offset 3)",
                Some("feed"),
                None,
            ),
            (
                Error::io(os(), "b.txt"),
                "b.txt: cannot read",
                Some("b.txt"),
                None,
            ),
            (
                Error::parse("feed.jsonl", 12, "story must be a non-empty string"),
                "feed.jsonl:12: story must be a non-empty string",
                Some("feed.jsonl"),
                Some(12),
            ),
            (
                Error::setting("min score", "in [0, 1]", 1.5),
                "min score must be in [0, 1], got 1.5",
                None,
                None,
            ),
            (
                Error::value("date", "YYYY-MM-DD", "2014-2-15"),
                "date must be YYYY-MM-DD, got \"2014-2-15\"",
                None,
                None,
            ),
            (
                Error::lexicon(Some(Path::new("my.json")), "measure 1 has no id"),
                "my.json: invalid lexicon: measure 1 has no id",
                Some("my.json"),
                None,
            ),
            (
                Error::lexicon(None, "measure 1 has no id"),
                "invalid lexicon: measure 1 has no id",
                None,
                None,
            ),
            (
                Error::columnar("row 3: column \"kind\" is null"),
                "arrow: row 3: column \"kind\" is null",
                None,
                None,
            ),
            (
                Error::new(ErrorKind::Unsorted {
                    claim: "a#4".into(),
                    position: 9,
                }),
                "claim a#4 (number 9 of the input) is out of order: the input is not sorted by \
                 block_key, doc, sentence, start, end, id",
                None,
                None,
            ),
            (
                Error::sketch("truncated"),
                "story sketch: truncated",
                None,
                None,
            ),
        ];
        for (err, message, path, line) in cases {
            assert_eq!(err.to_string(), message);
            assert_eq!(err.path().and_then(Path::to_str), path, "{message}");
            assert_eq!(err.line(), line, "{message}");
            let links = chain(&err);
            // Each cause once: no message repeats the text of its source.
            for (i, link) in links.iter().enumerate() {
                for later in &links[i + 1..] {
                    assert!(!link.contains(later.as_str()), "{links:?}");
                }
            }
            if message.contains("cannot") {
                assert_eq!(links.last().map(String::as_str), Some("disk on fire"));
            }
        }
    }
}
