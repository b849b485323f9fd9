//! factdiff compares the *figures* different texts give for the same thing.
//!
//! Feed it news articles — a handful about one story, or a day's feed about
//! hundreds; it tells the stories apart, finds every numeric claim, works
//! out what each figure counts, and lines up the claims of one story that
//! speak of the same quantity to say whether the sources agree or conflict,
//! with the arithmetic shown.
//!
//! # Start here: [`Comparer`]
//!
//! ```
//! use factdiff::{Comparer, Document, Verdict};
//! # fn main() -> Result<(), factdiff::Error> {
//! let docs = [
//!     Document::new("tribune", "Mill Creek flood\nDeputies evacuated 1,240 residents \
//!         of Mill Creek over the weekend, Sheriff Ona Brisk said."),
//!     Document::new("courier", "Mill Creek residents leave homes\nSheriff Ona Brisk \
//!         said 1,420 Mill Creek residents were evacuated over the weekend."),
//! ];
//! let report = Comparer::builder().hedge_tolerance(0.05).build()?.compare(&docs);
//! assert_eq!(report.stories.len(), 1);
//! let finding = &report.findings[0];
//! assert_eq!(finding.verdict, Verdict::Conflict);
//! println!("{report}"); // or report.write_json / write_html
//! # Ok(()) }
//! ```
//!
//! # The pipeline
//!
//! [`Comparer::compare`] runs these stages in order; each is public on its
//! own, and every result carries byte spans into the original text, so that
//! `&text[span]` gives back exactly what was found.
//!
//! 1. **Documents** — [`Document`]: an id, the original text, and
//!    optionally the story it belongs to and its publication [`Date`]; from
//!    a string, a file ([`Document::from_path`]), a reader, or JSON Lines
//!    ([`Document::read_json_lines`]).
//! 2. **Stories** — [`StorySeparator`] groups documents into events
//!    ([`Stories`], [`Story`]): copies of one article found, boilerplate
//!    left out, words, names and dates compared. Claims of two stories are
//!    never compared.
//! 3. **Sentences** — [`sentences`] or a configured [`Segmenter`]: an
//!    iterator of [`Sentence`]s. Headlines, bylines and bullet items come
//!    out as sentences of their own; abbreviations, initials, decimals,
//!    ellipses and quotations do not end sentences where they should not.
//! 4. **Figures** — [`figures`]: every number a reader would call a figure
//!    ([`Figure`]), parsed to value, bounds, kind and unit; years, dates,
//!    ages, identifiers and scores left out.
//! 5. **Claims** — [`claims`] or a [`ClaimExtractor`] with its [`Lexicon`],
//!    an iterator read a sentence at a time: each figure with what it
//!    counts ([`Claim`]: its [`Frame`], measure, period, window and its
//!    typed reading [`TimeWindow`], modality, place, subject, attribution)
//!    and a bounded context (at most about 300 bytes of its sentence).
//!    Alignment takes frames, times and places from these typed values;
//!    of the words it keeps only the sentence's bag of words, for
//!    similarity.
//! 6. **Findings** — an [`Aligner`] blocks the claims (by story first),
//!    scores candidate pairs, judges the numbers and groups the claims into
//!    [`Finding`]s, agree or conflict, each from two independent sources;
//!    [`PartitionAligner`] does it one block at a time for engines.
//! 7. **Report** — [`Report`]: text (`Display`), JSON and JSON Lines
//!    (feature `serde`), a self-contained HTML page
//!    ([`Report::write_html`]); with the `arrow` feature, [`columnar`]
//!    batches for Spark and other engines.
//!
//! The steps of alignment one at a time — blocking, pair scores, the
//! judgement of two figures — are in [`align`], for measuring and tuning;
//! using factdiff never needs them.
//!
//! # Byte offsets
//!
//! A [`Span`] is a half-open byte range `[start, end)`. Spans handed out by
//! factdiff always lie on UTF-8 character boundaries of the text they came
//! from, so indexing with them never panics.
//!
//! # Features
//!
//! - `serde` (default): `Serialize` (and `Deserialize` where it makes
//!   sense) for the public data types, JSON Lines documents
//!   ([`Document::read_json_lines`]) and the JSON report.
//! - `arrow`: [`columnar`], claims, findings, documents and story
//!   sketches as Apache Arrow record batches and IPC streams; `parquet`
//!   adds Parquet files.
//!
//! The `factdiff` command-line tool is its own crate (`cli/`, package
//! `factdiff-cli`), so that a library user builds none of its
//! dependencies.
//!
//! # Input never panics
//!
//! Analysis cannot fail: any `&str` — empty, huge, binary-looking, mixed
//! scripts, lone punctuation — gives a result. Errors ([`Error`]) come only
//! from loading input and from configuration.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod align;
mod claim;
#[cfg(feature = "arrow")]
pub mod columnar;
mod compare;
mod date;
mod disjoint;
mod document;
mod error;
mod figure;
mod hash;
mod report;
mod segment;
mod span;
mod story;
mod text;

pub use crate::align::{
    Aligner, AlignerBuilder, Arithmetic, Compared, ComparedFigure, Converted, DocumentSummary,
    Finding, Implied, Incomparable, KeyedClaim, PartitionAligner, Reason, Report, SharedField,
    Verdict,
};
pub use crate::claim::{
    Baseline, Claim, ClaimExtractor, Claims, Frame, FrameRelation, FrameSpans, HeadClass, Lexicon,
    LexiconBuilder, Measure, Modality, Period, Polarity, Predicate, PredicateClass, Relation,
    TimeWindow, Voice, claims, relate,
};
pub use crate::compare::{Comparer, ComparerBuilder, StoryMode};
pub use crate::date::Date;
pub use crate::document::Document;
pub use crate::error::{Error, ErrorKind};
pub use crate::figure::{Figure, FigureKind, Figures, TallySide, figures, figures_in};
pub use crate::segment::{
    MAX_SENTENCE_LEN, NewlinePolicy, Segmenter, SegmenterBuilder, Sentence, Sentences, sentences,
};
pub use crate::span::Span;
pub use crate::story::{DocumentSketch, Stories, Story, StorySeparator, StorySeparatorBuilder};
pub use crate::text::{
    NounClass, NounSenses, Pos, Token, VerbClass, VerbSenses, is_person, lemma, noun_senses,
    tokenize, verb_senses,
};
