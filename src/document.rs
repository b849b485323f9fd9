//! Documents: an id and the original text, loaded from strings, files or readers.

use std::io::Read;
use std::path::Path;

use crate::date::Date;
use crate::error::{Error, ErrorKind};

/// One input text and the id it is reported under.
///
/// The text is kept exactly as given — no normalisation of whitespace, quotes
/// or line endings — so that every [`Span`](crate::Span) factdiff reports
/// indexes it directly.
///
/// A document may also carry the story (event) it is about, when the
/// caller knows it — trusted as given — and its publication date, which
/// story separation weighs when both documents of a pair have one.
///
/// ```
/// use factdiff::{Date, Document};
///
/// let doc = Document::new("harbor-gazette", "Officials counted 412 boats.");
/// assert_eq!(doc.id, "harbor-gazette");
/// assert_eq!(doc.text.len(), 28);
/// assert!(doc.story.is_none() && doc.date.is_none());
///
/// let dated = doc.with_story("regatta").with_date(Date::new(2025, 6, 1).unwrap());
/// assert_eq!(dated.story.as_deref(), Some("regatta"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Document {
    /// The id findings refer to: for files, the file name without directory
    /// and extension.
    pub id: String,
    /// The original text.
    pub text: String,
    /// The story (event) the document is about, when the caller knows it.
    /// Documents with a story are never re-grouped: claims are compared
    /// only with claims of documents of the same story.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub story: Option<String>,
    /// The publication date, when known.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Date>,
}

impl Document {
    /// Makes a document from an id and a text.
    ///
    /// ```
    /// use factdiff::Document;
    /// let doc = Document::new("wire", "Rain fell for 3 days.");
    /// assert_eq!(doc.text, "Rain fell for 3 days.");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            story: None,
            date: None,
        }
    }

    /// The same document, given as part of the story `story` (any
    /// non-empty id the caller chooses).
    ///
    /// ```
    /// let doc = factdiff::Document::new("a", "Two ferries sank.").with_story("ferries");
    /// assert_eq!(doc.story.as_deref(), Some("ferries"));
    /// ```
    #[must_use]
    pub fn with_story(mut self, story: impl Into<String>) -> Document {
        self.story = Some(story.into());
        self
    }

    /// The same document with a publication date.
    ///
    /// ```
    /// use factdiff::{Date, Document};
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let doc = Document::new("a", "Two ferries sank.").with_date("2025-06-01".parse()?);
    /// assert_eq!(doc.date, Date::new(2025, 6, 1));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Document {
        self.date = Some(date);
        self
    }

    /// Whether the text credits another outlet for part of its reporting,
    /// as syndicated stories do ("The Wire Service contributed to this
    /// report"). In a pair of near-identical sentences, the crediting
    /// document's is reported as the copy.
    ///
    /// ```
    /// use factdiff::Document;
    /// let doc = Document::new("b", "Crews fixed 40 bridges.\nThe Valley Wire contributed to this report.");
    /// assert!(doc.credits_another_outlet());
    /// assert!(!Document::new("a", "Crews fixed 40 bridges.").credits_another_outlet());
    /// ```
    #[must_use]
    pub fn credits_another_outlet(&self) -> bool {
        const CREDITS: &[&str] = &[
            "contributed to this report",
            "contributed to this story",
            "contributed reporting",
            "with files from",
        ];
        let lower = self.text.to_lowercase();
        CREDITS.iter().any(|c| lower.contains(c))
    }

    /// Reads a document from a file; its id is the file name without
    /// directory and extension (`data/harbor.txt` → `harbor`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`] when the file does not exist,
    /// [`ErrorKind::IsDirectory`] for a directory, [`ErrorKind::NotUtf8`]
    /// when the bytes are not UTF-8 and [`ErrorKind::Io`] for other read
    /// failures; each error's message names the path.
    ///
    /// ```
    /// use factdiff::Document;
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let path = std::env::temp_dir().join("factdiff-doc-example.txt");
    /// std::fs::write(&path, "Crews fixed 40 bridges.").unwrap();
    /// let doc = Document::from_path(&path)?;
    /// assert_eq!(doc.id, "factdiff-doc-example");
    /// # Ok(()) }
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Document, Error> {
        let path = path.as_ref();
        if path.is_dir() {
            return Err(ErrorKind::IsDirectory {
                path: path.to_path_buf(),
            }
            .into());
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(e, path))?;
        let id = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        Document::from_bytes(id, bytes).map_err(|e| match e.kind() {
            ErrorKind::NotUtf8 { offset, .. } => ErrorKind::NotUtf8 {
                input: path.to_path_buf(),
                offset: *offset,
            }
            .into(),
            _ => e,
        })
    }

    /// Reads a document from any reader, such as standard input.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] (or [`ErrorKind::NotFound`]) when reading fails,
    /// even part-way (a file removed from a network share): no partial
    /// document is made. [`ErrorKind::NotUtf8`] when the bytes are not
    /// UTF-8. Each error's message names the id.
    ///
    /// ```
    /// use factdiff::Document;
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let doc = Document::from_reader("stdin", "Two ferries sank.".as_bytes())?;
    /// assert_eq!(doc.id, "stdin");
    /// let err = Document::from_reader("feed", &[0xffu8][..]).unwrap_err();
    /// assert_eq!(err.to_string(), "feed: not valid UTF-8 (first bad byte at offset 0)");
    /// # Ok(()) }
    /// ```
    pub fn from_reader(id: impl Into<String>, mut reader: impl Read) -> Result<Document, Error> {
        let id = id.into();
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return Err(Error::io(e, id));
        }
        Document::from_bytes(id, bytes)
    }

    /// Makes a document from raw bytes, checking that they are UTF-8.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotUtf8`] with the offset of the first invalid byte;
    /// the message names the id.
    ///
    /// ```
    /// use factdiff::Document;
    /// assert!(Document::from_bytes("ok", b"fine".to_vec()).is_ok());
    /// let err = Document::from_bytes("bad", vec![b'a', 0xc3]).unwrap_err();
    /// assert_eq!(err.to_string(), "bad: not valid UTF-8 (first bad byte at offset 1)");
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> Result<Document, Error> {
        let id = id.into();
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(id, text)),
            Err(e) => Err(ErrorKind::NotUtf8 {
                input: id.into(),
                offset: e.utf8_error().valid_up_to(),
            }
            .into()),
        }
    }

    /// Reads documents from JSON Lines: one object per line with a string
    /// `id` and `text`, and optionally a `story` (a non-empty string) and
    /// a `date` (`YYYY-MM-DD`); other fields are ignored, blank lines
    /// skipped. `name` (a path, `<stdin>`) is what errors name. Available
    /// with the `serde` feature.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Parse`] naming `name` and the line: a line that is
    /// not a JSON object, an `id` or `text` missing or not a string, an
    /// empty or non-string `story`, a `date` that is not a day. Nothing is
    /// returned for input with any bad line.
    ///
    /// ```
    /// use factdiff::{Date, Document};
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let input = r#"{"id": "a", "text": "Crews fixed 40 bridges.", "story": "bridges", "date": "2025-06-01"}
    /// {"id": "b", "text": "Forty bridges were fixed."}
    /// "#;
    /// let docs = Document::read_json_lines("feed.jsonl", input.as_bytes())?;
    /// assert_eq!(docs[0].story.as_deref(), Some("bridges"));
    /// assert_eq!(docs[0].date, Date::new(2025, 6, 1));
    /// assert!(docs[1].story.is_none());
    ///
    /// let err = Document::read_json_lines("feed.jsonl", &br#"{"id": "a", "text": "x", "story": ""}"#[..])
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "feed.jsonl:1: story must be a non-empty string");
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "serde")]
    pub fn read_json_lines(
        name: &str,
        reader: impl std::io::BufRead,
    ) -> Result<Vec<Document>, Error> {
        let mut docs = Vec::new();
        for (n, line) in reader.lines().enumerate() {
            let line_number = n as u64 + 1;
            let at = |why: &str| Error::parse(name, line_number, why);
            let line = line.map_err(|e| Error::io(e, name))?;
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| at(&format!("not a JSON object ({e})")))?;
            let object = value.as_object().ok_or_else(|| at("not a JSON object"))?;
            let string = |key: &str| -> Result<Option<&str>, Error> {
                match object.get(key) {
                    None | Some(serde_json::Value::Null) => Ok(None),
                    Some(serde_json::Value::String(s)) => Ok(Some(s)),
                    Some(_) => Err(at(&format!("{key} must be a string"))),
                }
            };
            let id = string("id")?.ok_or_else(|| at("id is missing"))?;
            let text = string("text")?.ok_or_else(|| at("text is missing"))?;
            let mut doc = Document::new(id, text);
            match object.get("story") {
                None | Some(serde_json::Value::Null) => {}
                Some(serde_json::Value::String(s)) if !s.is_empty() => {
                    doc.story = Some(s.clone());
                }
                Some(_) => return Err(at("story must be a non-empty string")),
            }
            if let Some(date) = string("date")? {
                doc.date = Some(date.parse().map_err(|e: Error| at(&e.to_string()))?);
            }
            docs.push(doc);
        }
        Ok(docs)
    }
}
