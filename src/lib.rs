//! factdiff compares the figures different texts give for the same thing.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod document;
mod error;
mod segment;
mod span;

pub use crate::document::Document;
pub use crate::error::{Error, ErrorKind};
pub use crate::segment::{
    NewlinePolicy, Segmenter, SegmenterBuilder, Sentence, Sentences, sentences,
};
pub use crate::span::Span;
