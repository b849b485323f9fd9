//! The JSON and JSON Lines forms of a report, per `cli-contract.md`:
//! claims are the flat objects of `factdiff claims` (the `Serialize` of
//! [`Claim`](crate::Claim)).

use std::io::{self, Write};

use serde::Serialize;

use crate::align::Report;

/// One JSON Lines message: `{"type": ..., "data": ...}`.
#[derive(Serialize)]
struct Message<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'a str,
    data: T,
}

impl Report {
    /// Writes the report as one JSON document (`--format json`).
    /// Available with the `serde` feature.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// # fn main() -> std::io::Result<()> {
    /// let report = Comparer::default().compare(&[Document::new("a", "Nothing.")]);
    /// let mut out = Vec::new();
    /// report.write_json(&mut out)?;
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.starts_with(r#"{"documents":[{"id":"a","sentences":1,"claims":0,"story":"a"}],"stories":[{"id":"a","#));
    /// # Ok(()) }
    /// ```
    pub fn write_json<W: Write>(&self, mut out: W) -> io::Result<()> {
        serde_json::to_writer(&mut out, self).map_err(io::Error::other)?;
        writeln!(out)
    }

    /// Writes the report as JSON Lines (`--format jsonl`), tagged in the
    /// ripgrep style: a `document` message per document, a `story` message
    /// per story, then a `claim` message per claim, then a `finding`
    /// message per finding. Available with the `serde` feature.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// # fn main() -> std::io::Result<()> {
    /// let report = Comparer::default().compare(&[Document::new("a", "Nothing.")]);
    /// let mut out = Vec::new();
    /// report.write_jsonl(&mut out)?;
    /// let text = String::from_utf8(out).unwrap();
    /// let lines: Vec<&str> = text.lines().collect();
    /// assert_eq!(lines[0], r#"{"type":"document","data":{"id":"a","sentences":1,"claims":0,"story":"a"}}"#);
    /// assert!(lines[1].starts_with(r#"{"type":"story","data":{"id":"a","#));
    /// assert_eq!(lines.len(), 2);
    /// # Ok(()) }
    /// ```
    pub fn write_jsonl<W: Write>(&self, mut out: W) -> io::Result<()> {
        fn line<W: Write, T: Serialize>(out: &mut W, kind: &str, data: T) -> io::Result<()> {
            serde_json::to_writer(&mut *out, &Message { kind, data }).map_err(io::Error::other)?;
            writeln!(out)
        }
        for d in &self.documents {
            line(&mut out, "document", d)?;
        }
        for s in &self.stories {
            line(&mut out, "story", s)?;
        }
        for c in &self.claims {
            line(&mut out, "claim", c)?;
        }
        for f in &self.findings {
            line(&mut out, "finding", f)?;
        }
        Ok(())
    }
}
