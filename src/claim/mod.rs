//! Claims: what each figure counts — measure, period, modality,
//! attribution, place.

mod attribution;
mod context;
mod cues;
mod excerpt;
mod extract;
mod frame;
mod headline;
mod lexicon;
mod lexicon_default;
mod measure;
mod model;
mod reader;
mod roundup;
mod scope;
mod sentence_claims;
mod stream;
mod when;

pub use extract::{ClaimExtractor, claims};
pub use frame::{
    Frame, FrameRelation, FrameSpans, HeadClass, Polarity, Predicate, PredicateClass, Relation,
    Voice, relate,
};
pub(crate) use frame::{
    described_alike, described_people, heads, incident_noun, purposes_agree, purposes_differ,
    relate_events, relate_measurements, subgroup_head, vote_ends_apart,
};
pub(crate) use lexicon::money_spent;
pub use lexicon::{Lexicon, LexiconBuilder, Measure};
#[cfg(feature = "arrow")]
pub(crate) use model::stored_context;
pub use model::{Baseline, Claim, Modality, Period};
pub use stream::Claims;
pub use when::TimeWindow;
