//! Claims: what each figure counts — measure, period, modality,
//! attribution, place.

mod attribution;
mod context;
mod cues;
mod extract;
mod lexicon;
mod measure;
mod model;
mod reader;
mod scope;

pub use extract::{ClaimExtractor, claims};
pub use lexicon::{Lexicon, LexiconBuilder, Measure};
pub use model::{Baseline, Claim, Modality, Period};
