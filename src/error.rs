//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// An error from loading input or configuring factdiff.
///
/// Analysis itself never fails: once a [`Document`](crate::Document) is
/// loaded, splitting it, finding figures in it and comparing it always gives a
/// result. Errors come from the edges — reading files, parsing a lexicon,
/// building a configuration — and each names what was wrong with it.
///
/// ```
/// use factdiff::{Document, ErrorKind};
///
/// let err = Document::from_path("no/such/article.txt").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::NotFound));
/// assert_eq!(err.to_string(), "no/such/article.txt: no such file");
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    source: Option<std::io::Error>,
}

/// What kind of [`Error`] happened.
///
/// ```
/// use factdiff::{Document, ErrorKind};
///
/// let err = Document::from_bytes("x", vec![0xff, 0xfe]).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::NotUtf8 { offset: 0 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file does not exist.
    NotFound,
    /// The path names a directory, not a file.
    IsDirectory,
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// Reading failed for another reason (permissions, I/O).
    Io,
    /// A configuration value or data file was invalid; the text says why.
    Invalid(String),
}

impl Error {
    /// What kind of error this is.
    ///
    /// ```
    /// use factdiff::{Error, ErrorKind};
    /// let err = Error::invalid("tolerance must be between 0 and 1, got 3");
    /// assert!(matches!(err.kind(), ErrorKind::Invalid(_)));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The file the error is about, when there is one.
    ///
    /// ```
    /// use factdiff::Document;
    /// let err = Document::from_path("missing.txt").unwrap_err();
    /// assert_eq!(err.path().unwrap().to_str(), Some("missing.txt"));
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Makes an [`ErrorKind::Invalid`] error with the given message.
    ///
    /// ```
    /// use factdiff::Error;
    /// let err = Error::invalid("min score must be in [0, 1], got 2");
    /// assert_eq!(err.to_string(), "min score must be in [0, 1], got 2");
    /// ```
    #[must_use]
    pub fn invalid(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Invalid(message.into()),
            path: None,
            source: None,
        }
    }

    pub(crate) fn with_path(kind: ErrorKind, path: impl Into<PathBuf>) -> Error {
        Error {
            kind,
            path: Some(path.into()),
            source: None,
        }
    }

    pub(crate) fn io(source: std::io::Error, path: Option<PathBuf>) -> Error {
        let kind = match source.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::IsADirectory => ErrorKind::IsDirectory,
            _ => ErrorKind::Io,
        };
        Error {
            kind,
            path,
            source: Some(source),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        match &self.kind {
            ErrorKind::NotFound => f.write_str("no such file"),
            ErrorKind::IsDirectory => f.write_str("is a directory, not a file"),
            ErrorKind::NotUtf8 { offset } => {
                write!(f, "not valid UTF-8 (first bad byte at offset {offset})")
            }
            ErrorKind::Io => match &self.source {
                Some(source) => write!(f, "cannot read: {source}"),
                None => f.write_str("cannot read"),
            },
            ErrorKind::Invalid(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
