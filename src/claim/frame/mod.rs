//! Frames: what a figure counts, part by part — the thing (head noun), the
//! event it underwent (predicate), how the figure stands to the whole
//! (relation), where, and what money is for — read from a sentence's
//! tokens with the word tables of `crate::text` (see `read.rs` for the
//! rules). The lexicon names common frames as measures
//! ([`Lexicon::classify`](crate::Lexicon::classify)); [`relate`] says how two
//! frames' quantities stand to each other.

mod attribute;
mod coordinate;
mod ellipsis;
mod head;
mod model;
mod object;
mod outcome;
mod parts;
mod predicate;
mod purpose;
mod read;
pub(in crate::claim) use read::poll_share;
mod relate;
mod relation;
mod relative;
mod words;

pub(crate) use head::happens_to_people;
pub use model::{
    Frame, FrameSpans, HeadClass, Polarity, Predicate, PredicateClass, Relation, Voice,
};
pub use relate::{FrameRelation, relate};
pub(crate) use relate::{
    described_alike, described_people, heads, purposes_agree, purposes_differ, relate_events,
    relate_measurements, subgroup_head, vote_ends_apart,
};
pub(crate) use words::head_class;
pub(crate) use words::incident_noun;
pub(in crate::claim) use words::{event_noun, passive_auxiliary, perpetrator, turned};
