//! [`Figures`], the iterator returned by [`figures`](crate::figures) and
//! [`figures_in`](crate::figures_in).

use std::collections::VecDeque;
use std::fmt;

use super::Figure;
use super::lexer::{Tok, tokenize};
use super::scan::scan;

/// Chunks longer than this are cut at the next line break, so that memory
/// stays bounded on texts without blank lines.
const MAX_CHUNK: usize = 64 * 1024;

/// An iterator over the [`Figure`]s of a text, in text order.
///
/// `'t` is the lifetime of the text searched. The text is read paragraph by
/// paragraph (figures never span a blank line), so the iterator holds the
/// figures of one paragraph at a time and runs in time linear in the
/// text's length.
///
/// ```
/// use factdiff::figures;
///
/// let mut it = figures("Crews fixed 40 bridges.\n\nThey laid 12 km of road.");
/// assert_eq!(it.next().map(|f| f.text), Some("40".to_string()));
/// assert_eq!(it.next().map(|f| f.text), Some("12 km".to_string()));
/// assert!(it.next().is_none());
/// ```
#[derive(Clone)]
pub struct Figures<'t> {
    text: &'t str,
    /// Added to every span: the position of `text` in the caller's text.
    offset: usize,
    /// Start of the next chunk in `text`.
    pos: usize,
    ready: VecDeque<Figure>,
    /// Reused between chunks.
    found: Vec<Figure>,
    toks: Vec<Tok>,
}

impl<'t> Figures<'t> {
    pub(super) fn new(text: &'t str, offset: usize) -> Figures<'t> {
        Figures {
            text,
            offset,
            pos: 0,
            ready: VecDeque::new(),
            found: Vec::new(),
            toks: Vec::new(),
        }
    }

    /// Reads chunks until one yields figures or the text ends.
    fn fill(&mut self) {
        while self.ready.is_empty() && self.pos < self.text.len() {
            let end = chunk_end(self.text, self.pos);
            let chunk = &self.text[self.pos..end];
            tokenize(chunk, &mut self.toks);
            scan(chunk, &self.toks, self.offset + self.pos, &mut self.found);
            self.ready.extend(self.found.drain(..));
            self.pos = end;
        }
    }
}

/// The end of the chunk starting at `start`: after the next blank line, or
/// after a line break once the chunk is long, or the end of the text.
fn chunk_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut line_blank = true;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                if line_blank && i > start || i - start >= MAX_CHUNK {
                    return i + 1;
                }
                line_blank = true;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => line_blank = false,
        }
        i += 1;
    }
    b.len()
}

impl Iterator for Figures<'_> {
    type Item = Figure;

    fn next(&mut self) -> Option<Figure> {
        self.fill();
        self.ready.pop_front()
    }
}

impl std::iter::FusedIterator for Figures<'_> {}

impl fmt::Debug for Figures<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Figures")
            .field("offset", &self.offset)
            .field("pos", &self.pos)
            .field("pending", &self.ready.len())
            .finish_non_exhaustive()
    }
}
