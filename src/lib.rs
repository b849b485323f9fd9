//! factdiff compares the *figures* different texts give for the same thing.
//!
//! Feed it a handful of news articles about one story; it splits them into
//! sentences, finds every numeric claim, works out what each figure counts,
//! and lines up the claims that speak of the same quantity to say whether
//! the sources agree or conflict.
//!
//! # The pipeline
//!
//! Every stage is a public function, and every stage reports byte spans
//! into the original text, so that `&text[span]` gives back exactly what
//! was found.
//!
//! 1. **Documents** — [`Document`]: an id and the original text, from a
//!    string, a file ([`Document::from_path`]) or a reader.
//! 2. **Sentences** — [`sentences`] or a configured [`Segmenter`]: an
//!    iterator of [`Sentence`]s. Headlines, bylines and bullet items come
//!    out as sentences of their own; abbreviations ("U.S.", "Gov.",
//!    "a.m."), initials, decimals, ellipses, addresses and quotations do not
//!    end sentences where they should not.
//!
//! Later stages — figures, claims and findings — build on these.
//!
//! # Example
//!
//! ```
//! use factdiff::{Document, sentences};
//!
//! let doc = Document::new(
//!     "harbor-tribune",
//!     "Floodwaters Close Route 9\n\
//!      BRANNOCK FALLS, Ore. — Crews evacuated 1,240 residents by 6 p.m. Sunday, \
//!      Mayor J. R. Ellis said. \"We are not done,\" he added.",
//! );
//! let found: Vec<_> = sentences(&doc.text).collect();
//! assert_eq!(found.len(), 3);
//! assert_eq!(found[0].text, "Floodwaters Close Route 9");
//! assert_eq!(found[2].text, "\"We are not done,\" he added.");
//! // Spans index the original text.
//! assert_eq!(&doc.text[found[1].span], found[1].text);
//! ```
//!
//! # Byte offsets
//!
//! A [`Span`] is a half-open byte range `[start, end)`. Spans handed out by
//! factdiff always lie on UTF-8 character boundaries of the text they came
//! from, so indexing with them never panics.
//!
//! # Features
//!
//! - `serde`: `Serialize` (and `Deserialize` where it makes sense) for the
//!   public data types.
//! - `cli` (default): the `factdiff` command-line tool, which turns on
//!   `serde`. Libraries embedding factdiff can use
//!   `default-features = false`.
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

mod align;
mod claim;
#[cfg(feature = "arrow")]
pub mod columnar;
mod document;
mod error;
mod figure;
mod report;
mod segment;
mod span;
mod text;

pub use crate::align::{
    BlockKey, Comparer, ComparerBuilder, DocumentSummary, Finding, Judgement, KeyedClaim,
    PartitionAligner, Report, Tolerances, Verdict, block_key, candidate_pairs, judge, score_pair,
};
pub use crate::claim::{
    Baseline, Claim, ClaimExtractor, Frame, FrameRelation, FrameSpans, HeadClass, Lexicon,
    LexiconBuilder, Measure, Modality, Period, Polarity, Predicate, PredicateClass, Relation,
    Voice, claims, relate,
};
pub use crate::document::Document;
pub use crate::error::{Error, ErrorKind};
pub use crate::figure::{Figure, FigureKind, Figures, figures, figures_in};
pub use crate::segment::{
    NewlinePolicy, Segmenter, SegmenterBuilder, Sentence, Sentences, sentences,
};
pub use crate::span::Span;
#[doc(hidden)]
pub use crate::text::parse_word_tables as __parse_word_tables;
pub use crate::text::{
    NounClass, NounSenses, Pos, Token, VerbClass, VerbSenses, is_person, lemma, noun_senses,
    tokenize, verb_senses,
};
