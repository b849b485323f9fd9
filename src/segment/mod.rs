//! Sentence splitting tuned for news text.
//!
//! See [`sentences`] and [`Segmenter`].

mod chars;
pub(crate) mod lexicon;
mod lines;
mod scan;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, OnceLock};

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;
use lexicon::AbbrevClass;

/// One sentence: its byte span in the original text and the text itself,
/// trimmed of surrounding whitespace.
///
/// `&original[sentence.span] == sentence.text` always holds.
///
/// ```
/// let text = "Crews cleared the road. It reopened at noon.";
/// let second = factdiff::sentences(text).nth(1).unwrap();
/// assert_eq!(second.text, "It reopened at noon.");
/// assert_eq!(&text[second.span], second.text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence<'t> {
    /// The sentence's byte span in the text it came from.
    pub span: Span,
    /// The sentence text, `&text[span]`.
    pub text: &'t str,
}

/// Splits `text` into sentences with the default [`Segmenter`].
///
/// Headlines, bylines, bullet items and list entries come out as sentences
/// of their own; abbreviations, initials, decimals, ellipses, addresses and
/// quotations do not end sentences where they should not. Splitting cannot
/// fail and never panics, whatever the input.
///
/// ```
/// let text = "Harbor Board Approves Dredging Plan\n\
///             By Ana Ruiz\n\
///             PORT ELLIS, Maine — The U.S. Army Corps of Engineers will dredge 2.5 miles \
///             of channel, Gov. Lena Park said Tuesday. Work starts at 6 a.m. on Monday.";
/// let found: Vec<&str> = factdiff::sentences(text).map(|s| s.text).collect();
/// assert_eq!(found, [
///     "Harbor Board Approves Dredging Plan",
///     "By Ana Ruiz",
///     "PORT ELLIS, Maine — The U.S. Army Corps of Engineers will dredge 2.5 miles \
///      of channel, Gov. Lena Park said Tuesday.",
///     "Work starts at 6 a.m. on Monday.",
/// ]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Segmenter::shared_default().sentences(text)
}

/// How single line breaks (not blank lines) are treated.
///
/// ```
/// use factdiff::{NewlinePolicy, Segmenter};
///
/// let text = "Storm damage\nreported in two towns.";
/// let heuristic = Segmenter::new();
/// assert_eq!(heuristic.sentences(text).count(), 1);
/// let lines = Segmenter::builder().newlines(NewlinePolicy::Break).build();
/// assert_eq!(lines.sentences(text).count(), 2);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NewlinePolicy {
    /// Decide from the lines themselves (the default): a line that reads as
    /// a headline, byline, list item or one-line paragraph ends a sentence;
    /// a line that breaks off mid-sentence continues on the next.
    #[default]
    Heuristic,
    /// Every line break ends a sentence (text with one unit per line).
    Break,
    /// Line breaks are spaces; only blank lines end paragraphs (hard-wrapped
    /// prose).
    Space,
}

/// The settings a [`Segmenter`] splits with.
#[derive(Debug, Default)]
pub(crate) struct Config {
    extra: HashMap<String, AbbrevClass>,
    newlines: NewlinePolicy,
    fallback: bool,
    max_len: usize,
}

/// The default longest sentence, in bytes: no sentence of the development
/// corpus of real news is longer than 1,150 bytes; a longer run of text
/// without a sentence end is a table, a list or a broken file.
pub const MAX_SENTENCE_LEN: usize = 2_000;

impl Config {
    /// A user-added abbreviation, looked up by its lower-cased form.
    pub(crate) fn lookup(&self, lower: &str) -> Option<AbbrevClass> {
        if self.extra.is_empty() {
            return None;
        }
        self.extra.get(lower).copied()
    }
}

/// A configured sentence splitter.
///
/// Build one with [`Segmenter::builder`] to add abbreviations or change how
/// line breaks are read; [`sentences`] uses the default one. A `Segmenter`
/// is cheap to clone and can be shared between threads.
///
/// ```
/// use factdiff::Segmenter;
///
/// let text = "Cmsr. Ortiz filed a report. It runs 40 pages.";
/// assert_eq!(Segmenter::new().sentences(text).count(), 3);
/// let custom = Segmenter::builder().title("Cmsr").build();
/// assert_eq!(custom.sentences(text).count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Segmenter {
    config: Arc<Config>,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

impl Segmenter {
    /// The default segmenter.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::new();
    /// assert_eq!(seg.sentences("One. Two.").count(), 2);
    /// ```
    #[must_use]
    pub fn new() -> Segmenter {
        Segmenter::shared_default().clone()
    }

    /// A builder for a segmenter with extra abbreviations or other options.
    ///
    /// ```
    /// use factdiff::{NewlinePolicy, Segmenter};
    /// let seg = Segmenter::builder()
    ///     .abbreviation("Supt")
    ///     .newlines(NewlinePolicy::Space)
    ///     .build();
    /// assert_eq!(seg.sentences("Supt. Hale spoke.").count(), 1);
    /// ```
    #[must_use]
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    fn shared_default() -> &'static Segmenter {
        static DEFAULT: OnceLock<Segmenter> = OnceLock::new();
        DEFAULT.get_or_init(|| SegmenterBuilder::default().build())
    }

    /// Splits `text` into sentences.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::new();
    /// let spans: Vec<_> = seg.sentences("Yes. No.").map(|s| s.span.range()).collect();
    /// assert_eq!(spans, [0..4, 5..8]);
    /// ```
    pub fn sentences<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences {
            text,
            config: Arc::clone(&self.config),
            pos: 0,
            block_end: 0,
            fallback: VecDeque::new(),
            memo: scan::Memo::default(),
            pending: None,
        }
    }
}

/// Builds a [`Segmenter`].
///
/// ```
/// use factdiff::Segmenter;
/// let seg = Segmenter::builder().title("Insp").build();
/// assert_eq!(seg.sentences("Insp. Reyes arrived.").count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct SegmenterBuilder {
    extra: HashMap<String, AbbrevClass>,
    newlines: NewlinePolicy,
    fallback: bool,
    max_len: usize,
}

impl Default for SegmenterBuilder {
    fn default() -> SegmenterBuilder {
        SegmenterBuilder {
            extra: HashMap::new(),
            newlines: NewlinePolicy::default(),
            fallback: true,
            max_len: MAX_SENTENCE_LEN,
        }
    }
}

impl SegmenterBuilder {
    /// Adds an abbreviation (a non-breaking prefix) that ends a sentence
    /// only when a common sentence starter follows it ("Insp." → "The").
    /// Give it without the final period; case is ignored. Inner periods are
    /// kept: `"a.s.a.p"`.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::builder().abbreviation("Dist").build();
    /// assert_eq!(seg.sentences("Dist. Judge Moore ruled.").count(), 1);
    /// ```
    pub fn abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.add(abbreviation, AbbrevClass::General)
    }

    /// Adds a title that precedes names ("Insp.", "Cllr."): like
    /// [`abbreviation`](SegmenterBuilder::abbreviation), kept for clarity.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::builder().title("Cllr").build();
    /// assert_eq!(seg.sentences("Cllr. Dunne voted no.").count(), 1);
    /// ```
    pub fn title(&mut self, title: &str) -> &mut SegmenterBuilder {
        self.add(title, AbbrevClass::Title)
    }

    fn add(&mut self, word: &str, class: AbbrevClass) -> &mut SegmenterBuilder {
        let word = word.trim().trim_end_matches('.');
        if !word.is_empty() {
            self.extra.insert(word.to_lowercase(), class);
        }
        self
    }

    /// Sets how single line breaks are read (default
    /// [`NewlinePolicy::Heuristic`]).
    ///
    /// ```
    /// use factdiff::{NewlinePolicy, Segmenter};
    /// let seg = Segmenter::builder().newlines(NewlinePolicy::Break).build();
    /// assert_eq!(seg.sentences("one\ntwo").count(), 2);
    /// ```
    pub fn newlines(&mut self, policy: NewlinePolicy) -> &mut SegmenterBuilder {
        self.newlines = policy;
        self
    }

    /// Whether paragraphs written mostly in non-Latin scripts are split by
    /// the Unicode sentence rules (UAX #29) instead of ours (default: yes).
    ///
    /// ```
    /// let seg = factdiff::Segmenter::builder().unicode_fallback(true).build();
    /// assert_eq!(seg.sentences("東京は晴れ。大阪は雨。").count(), 2);
    /// ```
    pub fn unicode_fallback(&mut self, yes: bool) -> &mut SegmenterBuilder {
        self.fallback = yes;
        self
    }

    /// The longest sentence, in bytes (default [`MAX_SENTENCE_LEN`], at
    /// least 16): a longer run without a sentence end is cut into pieces of
    /// at most this size, between words where a space lies in the last
    /// quarter of the piece. The bound keeps every later stage's work per
    /// sentence bounded, whatever the input.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::builder().max_sentence_len(20).build();
    /// let pieces: Vec<&str> = seg.sentences("one two three four five six seven").map(|s| s.text).collect();
    /// assert_eq!(pieces, ["one two three four", "five six seven"]);
    /// ```
    pub fn max_sentence_len(&mut self, bytes: usize) -> &mut SegmenterBuilder {
        self.max_len = bytes.max(16);
        self
    }

    /// Builds the segmenter.
    ///
    /// ```
    /// let seg = factdiff::Segmenter::builder().build();
    /// assert_eq!(seg.sentences("A cat. A dog.").count(), 2);
    /// ```
    #[must_use]
    pub fn build(&self) -> Segmenter {
        Segmenter {
            config: Arc::new(Config {
                extra: self.extra.clone(),
                newlines: self.newlines,
                fallback: self.fallback,
                max_len: self.max_len,
            }),
        }
    }
}

/// An iterator over the sentences of a text, made by [`sentences`] or
/// [`Segmenter::sentences`]. `'t` is the lifetime of the text.
///
/// The iterator works lazily, one paragraph at a time, so memory stays
/// small however long the text.
///
/// ```
/// let mut it = factdiff::sentences("Tide high. Boats out.");
/// assert_eq!(it.next().map(|s| s.text), Some("Tide high."));
/// assert_eq!(it.next().map(|s| s.text), Some("Boats out."));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Debug)]
pub struct Sentences<'t> {
    text: &'t str,
    config: Arc<Config>,
    pos: usize,
    block_end: usize,
    /// Pending sentence ends from the Unicode fallback, for a non-Latin block.
    fallback: VecDeque<usize>,
    /// Quotation searches carried from one sentence to the next.
    memo: scan::Memo,
    /// The end of a sentence too long to give whole, while its pieces are
    /// given: found once, however many pieces.
    pending: Option<usize>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = Sentence<'t>;

    fn next(&mut self) -> Option<Sentence<'t>> {
        loop {
            let start = self.pos;
            let end = if let Some(end) = self.pending.take() {
                end
            } else if let Some(end) = self.fallback.pop_front() {
                end
            } else {
                let start = skip_whitespace(self.text, self.pos);
                self.pos = start;
                if start >= self.text.len() {
                    return None;
                }
                if start >= self.block_end {
                    let block = lines::block_at(self.text, start, self.config.newlines);
                    self.block_end = block.end.max(start + 1).min(self.text.len());
                    if block.non_latin && self.config.fallback {
                        let block_text = &self.text[start..self.block_end];
                        self.fallback.extend(
                            block_text
                                .split_sentence_bound_indices()
                                .map(|(i, s)| start + i + s.len()),
                        );
                        continue;
                    }
                }
                let mut scanner = scan::Scanner::new(self.text, &self.config, self.memo);
                let end = scanner.sentence_end(start, self.block_end);
                self.memo = scanner.memo();
                end
            };
            let end = end.clamp(start, self.text.len());
            let end = match crate::text::piece_end(self.text, start, end, self.config.max_len) {
                Some(cut) => {
                    self.pending = Some(end);
                    cut
                }
                None => end,
            };
            self.pos = end;
            let raw = &self.text[start..end];
            let trimmed_start = start + (raw.len() - raw.trim_start().len());
            let trimmed = raw.trim();
            if !trimmed.is_empty() {
                let span = Span::new(trimmed_start, trimmed_start + trimmed.len());
                return Some(Sentence {
                    span,
                    text: trimmed,
                });
            }
            if end == start && self.fallback.is_empty() {
                // Cannot happen (every end is past its start), but never loop.
                self.pos = self.text.len();
            }
        }
    }
}

fn skip_whitespace(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(n, _)| from + n)
}
