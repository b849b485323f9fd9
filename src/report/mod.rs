//! Rendering a [`Report`](crate::Report): text for people
//! ([`Display`](std::fmt::Display)), a self-contained HTML page
//! ([`Report::write_html`](crate::Report::write_html)), and with the
//! `serde` feature JSON (`Serialize`,
//! [`Report::write_json`](crate::Report::write_json)) and JSON Lines
//! ([`Report::write_jsonl`](crate::Report::write_jsonl)) as
//! `cli-contract.md` describes.

mod explain;
mod html;
#[cfg(feature = "serde")]
mod json;
mod text;

pub(crate) use explain::{compared, explanation};
