//! The text and JSON Lines records of `claims`, `stories` and `sentences`.

use std::io::{self, Write};

use factdiff::{Claim, Document, KeyedClaim, sentences};

use crate::args::Format;

/// A claim line of `factdiff claims --format json`: the claim's fields,
/// then what partition-wise alignment (`factdiff align`) needs.
#[derive(serde::Serialize)]
struct ClaimLine<'a> {
    #[serde(flatten)]
    claim: &'a Claim,
    block_key: &'a str,
    doc_credits_outlet: bool,
}

pub(crate) fn write_claims(
    out: &mut impl Write,
    claims: &[KeyedClaim],
    format: Format,
) -> io::Result<()> {
    for keyed in claims {
        let c = &keyed.claim;
        match format {
            Format::Json => {
                let line = ClaimLine {
                    claim: c,
                    block_key: &keyed.block_key,
                    doc_credits_outlet: keyed.doc_credits_outlet,
                };
                serde_json::to_writer(&mut *out, &line)?;
                writeln!(out)?;
            }
            Format::Text => {
                let opt = |v: Option<&str>| v.unwrap_or("-").to_string();
                let value = c
                    .figure
                    .value
                    .map_or_else(|| "-".to_string(), |v| v.to_string());
                writeln!(
                    out,
                    "{}\t{}\t{}\t{:?}\t{} {}{}\tmeasure={} period={} modality={}{}{}{}{}{} attribution={} place={}",
                    c.id,
                    c.sentence,
                    c.figure.span,
                    c.figure.text,
                    c.figure.kind,
                    value,
                    c.figure
                        .unit
                        .as_deref()
                        .map_or(String::new(), |u| format!(" {u}")),
                    opt(c.measure.as_deref()),
                    opt(c.period.map(factdiff::Period::as_str)),
                    c.modality,
                    if c.negated { " (negated)" } else { "" },
                    if c.superseded {
                        " (earlier account)"
                    } else {
                        ""
                    },
                    if c.several_events {
                        " (several incidents)"
                    } else {
                        ""
                    },
                    if c.with_perpetrator {
                        " (perpetrator included)"
                    } else {
                        ""
                    },
                    if c.among_incidents {
                        " (one of several incidents)"
                    } else {
                        ""
                    },
                    opt(c.attribution.as_deref()),
                    opt(c.place.as_deref()),
                )?;
            }
        }
    }
    out.flush()
}

/// One story as `factdiff stories --format json` writes it.
#[derive(serde::Serialize)]
struct StoryRecord<'a> {
    story: &'a str,
    title: &'a str,
    docs: &'a [String],
    #[serde(skip_serializing_if = "<[Vec<String>]>::is_empty")]
    copies: &'a [Vec<String>],
}

pub(crate) fn write_stories(
    out: &mut impl Write,
    stories: &factdiff::Stories,
    format: Format,
) -> io::Result<()> {
    for story in stories {
        match format {
            Format::Json => {
                let record = StoryRecord {
                    story: &story.id,
                    title: &story.title,
                    docs: &story.docs,
                    copies: &story.copies,
                };
                serde_json::to_writer(&mut *out, &record)?;
                writeln!(out)?;
            }
            Format::Text => {
                writeln!(
                    out,
                    "{}\t{}\t{}",
                    story.id,
                    story.docs.join(" "),
                    escape_lines(&story.title)
                )?;
                for group in &story.copies {
                    writeln!(out, "\tcopies: {}", group.join(" "))?;
                }
            }
        }
    }
    out.flush()
}

/// One sentence as `cli-contract.md` writes it.
#[derive(serde::Serialize)]
struct SentenceRecord<'a> {
    doc: &'a str,
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

pub(crate) fn write_sentences(
    out: &mut impl Write,
    docs: &[Document],
    format: Format,
) -> io::Result<()> {
    for doc in docs {
        for (index, s) in sentences(&doc.text).enumerate() {
            match format {
                Format::Json => {
                    let record = SentenceRecord {
                        doc: &doc.id,
                        index,
                        start: s.span.start,
                        end: s.span.end,
                        text: s.text,
                    };
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
                Format::Text => {
                    writeln!(
                        out,
                        "{}\t{index}\t{}\t{}",
                        doc.id,
                        s.span,
                        escape_lines(s.text)
                    )?;
                }
            }
        }
    }
    out.flush()
}

/// Shows line breaks inside a sentence as `\n` so each sentence stays on
/// one output line.
fn escape_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.replace("\r\n", "\\n")
            .replace(['\n', '\r'], "\\n")
            .into()
    } else {
        text.into()
    }
}
