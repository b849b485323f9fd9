//! Rendering a [`Report`](crate::Report): text for people
//! ([`Display`](std::fmt::Display)), and with the `serde` feature JSON
//! (`Serialize`, [`Report::write_json`](crate::Report::write_json)) and
//! JSON Lines ([`Report::write_jsonl`](crate::Report::write_jsonl)) as
//! `cli-contract.md` describes.

#[cfg(feature = "serde")]
mod json;
mod text;
