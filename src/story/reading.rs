//! [`DocumentSketch`]: what story separation needs of one document, made
//! on its own (in parallel, on another machine) and kept in a compact byte
//! form, so that the grouping can run where the texts are not.

use crate::Document;
use crate::date::Date;
use crate::error::Error;
use crate::story::copies::Shingles;
use crate::story::words::{
    Feature, Part, each_word, feature, line_hash, lines, title, word_features,
};

/// A document's words as story separation weighs them: line hashes (for
/// boilerplate), the features of each line with its part's weight, and
/// the shingles copies are found by.
pub(crate) struct Reading {
    /// `(line hash, part)` of every non-empty line, in order.
    pub lines: Vec<(u64, Part)>,
    /// `(line index, feature, is_name)` of every word feature.
    pub features: Vec<(u32, Feature, bool)>,
    /// Its word 3-shingles, for finding copies.
    pub shingles: Shingles,
}

/// Reads one document.
pub(crate) fn read(text: &str) -> Reading {
    let mut lines_read = Vec::new();
    let mut features = Vec::new();
    let mut all_words = Vec::new();
    for (index, (part, line)) in lines(text).enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        lines_read.push((line_hash(line), part));
        each_word(line, |w| {
            all_words.push(feature(b"w:", w.token.lower()));
            word_features(w, |f, name| features.push((index, f, name)));
        });
    }
    Reading {
        lines: lines_read,
        features,
        shingles: Shingles::of(&all_words),
    }
}

/// What story separation needs of one document: its id, given story,
/// date, headline and whether it credits another outlet, and its words as
/// hashed features (no text). Made by
/// [`StorySeparator::sketch`](crate::StorySeparator::sketch), grouped by
/// [`StorySeparator::assign`](crate::StorySeparator::assign): the two
/// halves of [`separate`](crate::StorySeparator::separate), for engines
/// that sketch documents where they lie and group the sketches in one
/// place.
///
/// [`to_bytes`](DocumentSketch::to_bytes) and
/// [`from_bytes`](DocumentSketch::from_bytes) carry a sketch between
/// processes (a binary column of a Spark `DataFrame`, say).
///
/// ```
/// use factdiff::{Document, DocumentSketch, StorySeparator};
/// # fn main() -> Result<(), factdiff::Error> {
/// let doc = Document::new("a", "Ferry sinks\nThe ferry Tessaly sank off Orrin Point.");
/// let sketch = StorySeparator::default().sketch(&doc);
/// assert_eq!(sketch.id(), "a");
/// let again = DocumentSketch::from_bytes(&sketch.to_bytes())?;
/// assert_eq!(again.to_bytes(), sketch.to_bytes());
/// # Ok(()) }
/// ```
pub struct DocumentSketch {
    pub(crate) id: String,
    pub(crate) story: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) credits_outlet: bool,
    pub(crate) title: Option<String>,
    pub(crate) reading: Reading,
}

impl std::fmt::Debug for DocumentSketch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentSketch")
            .field("id", &self.id)
            .field("story", &self.story)
            .field("date", &self.date)
            .field("lines", &self.reading.lines.len())
            .field("features", &self.reading.features.len())
            .finish_non_exhaustive()
    }
}

/// The first bytes of a sketch: a tag and the format's version.
const MAGIC: &[u8; 5] = b"FDSK\x01";

impl DocumentSketch {
    /// Sketches one document.
    pub(crate) fn of(doc: &Document) -> DocumentSketch {
        DocumentSketch {
            id: doc.id.clone(),
            story: doc.story.clone(),
            date: doc.date,
            credits_outlet: doc.credits_another_outlet(),
            title: title(&doc.text).map(str::to_string),
            reading: read(&doc.text),
        }
    }

    /// The document's id.
    ///
    /// ```
    /// let doc = factdiff::Document::new("wire-7", "Text.");
    /// assert_eq!(factdiff::StorySeparator::default().sketch(&doc).id(), "wire-7");
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The sketch as bytes: a versioned little-endian format (about 13
    /// bytes per word of the document), read back by
    /// [`from_bytes`](DocumentSketch::from_bytes).
    ///
    /// ```
    /// let doc = factdiff::Document::new("a", "Crews fixed 40 bridges.");
    /// let bytes = factdiff::StorySeparator::default().sketch(&doc).to_bytes();
    /// assert!(bytes.starts_with(b"FDSK"));
    /// ```
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let r = &self.reading;
        let mut out = Vec::with_capacity(
            64 + self.id.len()
                + r.lines.len() * 9
                + r.features.len() * 13
                + r.shingles.set().len() * 8,
        );
        out.extend_from_slice(MAGIC);
        put_str(&mut out, Some(&self.id));
        put_str(&mut out, self.story.as_deref());
        match self.date.map(Date::ymd) {
            Some((y, m, d)) => {
                out.push(1);
                out.extend_from_slice(&y.to_le_bytes());
                out.push(u8::try_from(m).unwrap_or(0));
                out.push(u8::try_from(d).unwrap_or(0));
            }
            None => out.push(0),
        }
        out.push(u8::from(self.credits_outlet));
        put_str(&mut out, self.title.as_deref());
        put_len(&mut out, r.lines.len());
        for &(hash, part) in &r.lines {
            out.extend_from_slice(&hash.to_le_bytes());
            out.push(part as u8);
        }
        put_len(&mut out, r.features.len());
        for &(line, f, name) in &r.features {
            out.extend_from_slice(&line.to_le_bytes());
            out.extend_from_slice(&f.to_le_bytes());
            out.push(u8::from(name));
        }
        let set = r.shingles.set();
        put_len(&mut out, set.len());
        for s in set {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }

    /// Reads a sketch written by [`to_bytes`](DocumentSketch::to_bytes).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Sketch`](crate::ErrorKind::Sketch) for bytes that are not a sketch of this
    /// version: a wrong tag, a truncated field, a bad date or part, a line
    /// index out of range, bytes left over.
    ///
    /// ```
    /// let err = factdiff::DocumentSketch::from_bytes(b"FDSK\x01\x05").unwrap_err();
    /// assert!(err.to_string().starts_with("story sketch: "));
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<DocumentSketch, Error> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(bad("not a factdiff story sketch (or another version)"));
        }
        let id = r.string()?.ok_or_else(|| bad("no id"))?;
        let story = r.string()?;
        let date = match r.u8()? {
            0 => None,
            1 => {
                let y = i32::from_le_bytes(r.array()?);
                let (m, d) = (r.u8()?, r.u8()?);
                Some(Date::new(y, m.into(), d.into()).ok_or_else(|| bad("bad date"))?)
            }
            _ => return Err(bad("bad date flag")),
        };
        let credits_outlet = r.flag()?;
        let title = r.string()?;
        let n = r.len(9)?;
        let mut lines_read = Vec::with_capacity(n);
        for _ in 0..n {
            let hash = u64::from_le_bytes(r.array()?);
            let part = match r.u8()? {
                0 => Part::Title,
                1 => Part::Lead,
                2 => Part::Body,
                _ => return Err(bad("bad line part")),
            };
            lines_read.push((hash, part));
        }
        let n = r.len(13)?;
        let mut features = Vec::with_capacity(n);
        for _ in 0..n {
            let line = u32::from_le_bytes(r.array()?);
            if line as usize >= lines_read.len() {
                return Err(bad("a feature's line is out of range"));
            }
            let f = u64::from_le_bytes(r.array()?);
            features.push((line, f, r.flag()?));
        }
        let n = r.len(8)?;
        let mut set = Vec::with_capacity(n);
        for _ in 0..n {
            set.push(u64::from_le_bytes(r.array()?));
        }
        if r.at != bytes.len() {
            return Err(bad("bytes left over"));
        }
        Ok(DocumentSketch {
            id,
            story,
            date,
            credits_outlet,
            title,
            reading: Reading {
                lines: lines_read,
                features,
                shingles: Shingles::from_set(set),
            },
        })
    }
}

fn bad(why: &str) -> Error {
    Error::sketch(why)
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

/// A string as a flag byte, then its length and bytes.
fn put_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => {
            out.push(1);
            put_len(out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
        None => out.push(0),
    }
}

/// A cursor over a sketch's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).ok_or_else(|| bad("truncated"))?;
        let s = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| bad("truncated"))?;
        self.at = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }

    fn flag(&mut self) -> Result<bool, Error> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(bad("bad flag")),
        }
    }

    /// A count of items of `size` bytes each, checked against what is left
    /// (so a corrupt count cannot make a huge allocation).
    fn len(&mut self, size: usize) -> Result<usize, Error> {
        let n = u32::from_le_bytes(self.array()?) as usize;
        if n.saturating_mul(size) > self.bytes.len() - self.at {
            return Err(bad("truncated"));
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<Option<String>, Error> {
        if !self.flag()? {
            return Ok(None);
        }
        let n = self.len(1)?;
        let s = std::str::from_utf8(self.take(n)?).map_err(|_| bad("a string is not UTF-8"))?;
        Ok(Some(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cut_of_a_sketch_is_an_error_not_a_panic() {
        let doc = Document::new(
            "herald",
            "Quake hits Dalvor\nA magnitude 6.1 quake shook Dalvor on Tuesday.",
        )
        .with_story("quake")
        .with_date(Date::new(2025, 3, 4).unwrap());
        let bytes = DocumentSketch::of(&doc).to_bytes();
        let back = DocumentSketch::from_bytes(&bytes).unwrap();
        assert_eq!(back.story.as_deref(), Some("quake"));
        assert_eq!(back.date, doc.date);
        assert_eq!(back.title.as_deref(), Some("Quake hits Dalvor"));
        assert_eq!(back.to_bytes(), bytes);
        for cut in 0..bytes.len() {
            assert!(DocumentSketch::from_bytes(&bytes[..cut]).is_err());
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(DocumentSketch::from_bytes(&longer).is_err());
        for i in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0xff;
            let _ = DocumentSketch::from_bytes(&flipped);
        }
    }
}
