//! Alignment: which claims speak of the same quantity, and whether their
//! figures agree.
//!
//! The steps, each public: [`block_key`] / [`candidate_pairs`] (blocking),
//! [`score_pair`] (Fellegi–Sunter field weights, text similarity as one
//! signal), [`judge`] (numbers only), and [`Comparer`], which runs them
//! all and groups the claims into [`Finding`]s.

mod aligner;
mod block;
mod collapse;
mod group;
mod judge;
mod model;
mod normalize;
mod partition;
mod prepare;
mod reason;
mod score;

pub use aligner::{Aligner, AlignerBuilder, candidate_pairs};
pub use block::{BlockKey, block_key};
pub use judge::{Judgement, Tolerances, judge};
pub use model::{DocumentSummary, Finding, Report, Verdict};
#[cfg(feature = "arrow")]
pub(crate) use partition::out_of_order;
pub use partition::{KeyedClaim, PartitionAligner};
pub use reason::{
    Arithmetic, Compared, ComparedFigure, Converted, Implied, Incomparable, Reason, SharedField,
};
pub use score::score_pair;
