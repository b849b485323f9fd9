//! Alignment: which claims speak of the same quantity, and whether their
//! figures agree.
//!
//! Most programs want [`Comparer`](crate::Comparer) (documents in, report
//! out) or [`Aligner`] (claims in, findings out); their types are
//! re-exported at the crate root. This module also opens the steps one at
//! a time, for tools that study or tune alignment: [`block_key`] /
//! [`candidate_pairs`] (blocking), [`score_pair`] (Fellegi–Sunter field
//! weights, text similarity as one signal) and [`judge`] (numbers only,
//! under [`Tolerances`]).
//!
//! ```
//! use factdiff::align::{Tolerances, judge};
//! use factdiff::{Document, Verdict, claims};
//!
//! let a = &claims(&Document::new("a", "Crews rescued 120 hikers.")).next().unwrap();
//! let b = &claims(&Document::new("b", "Crews rescued 125 hikers.")).next().unwrap();
//! assert_eq!(judge(a, b, &Tolerances::default()).verdict, Some(Verdict::Conflict));
//! ```

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
pub use score::{Veto, score_pair, veto_pair};
