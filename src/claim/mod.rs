//! Claims: what each figure counts — measure, period, modality,
//! attribution, place.

mod cues;
mod extract;
mod lexicon;
mod model;

pub use extract::{ClaimExtractor, claims};
pub use lexicon::{Lexicon, LexiconBuilder, Measure};
pub use model::{Baseline, Claim, Modality, Period};
