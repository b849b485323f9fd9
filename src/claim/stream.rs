//! The claims of a document as an iterator: one sentence read at a time,
//! a headline's claims held until its lead is read.

use crate::claim::Claim;
use crate::claim::extract::{ClaimExtractor, Memory};
use crate::claim::headline;
use crate::claim::roundup;
use crate::figure::{Figure, figures};
use crate::{Document, Sentences};

/// The claims of one document, in document order, read a sentence at a
/// time: made by [`claims`](crate::claims) and [`ClaimExtractor::claims`].
///
/// ```
/// use factdiff::{Document, claims};
/// let doc = Document::new("d", "Crews cleared 12 roads and 3 bridges.");
/// let texts: Vec<String> = claims(&doc).map(|c| c.figure.text).collect();
/// assert_eq!(texts, ["12", "3"]);
/// ```
#[must_use = "claims are read as the iterator advances"]
pub struct Claims<'e, 'd> {
    extractor: &'e ClaimExtractor,
    doc: &'d Document,
    sentences: std::iter::Enumerate<Sentences<'d>>,
    memory: Memory<'d>,
    ready: std::vec::IntoIter<Claim>,
    count: usize,
    lead: Lead,
    /// Whether the document tells several separate incidents (see
    /// `claim::roundup`).
    roundup: bool,
}

/// A headline's claims and those of its lead, held until the lead is read
/// (see the module `claim::headline`).
#[derive(Default)]
struct Lead {
    held: Vec<Claim>,
    /// The sentences read so far that are lines of their own.
    titles: Vec<usize>,
}

impl Iterator for Claims<'_, '_> {
    type Item = Claim;

    fn next(&mut self) -> Option<Claim> {
        loop {
            if let Some(mut claim) = self.ready.next() {
                claim.among_incidents = roundup::among_incidents(self.roundup, &claim);
                return Some(claim);
            }
            let Some((index, sentence)) = self.sentences.next() else {
                if self.lead.held.is_empty() {
                    return None;
                }
                self.release();
                continue;
            };
            let found: Vec<Figure> = figures(sentence.text).collect();
            let holding = !self.lead.held.is_empty();
            if holding && headline::title_line(&self.doc.text, sentence.span) {
                self.lead.titles.push(index);
            }
            let claims = if found.is_empty() {
                // Most sentences hold no figure: read them only for what a
                // later sentence may refer back to.
                self.extractor.remember(sentence.text, &mut self.memory);
                Vec::new()
            } else {
                self.extractor.sentence_claims(
                    self.doc,
                    (index, sentence),
                    &found,
                    &mut self.memory,
                    self.count,
                )
            };
            self.count += claims.len();
            if index == 0
                && !claims.is_empty()
                && headline::title_line(&self.doc.text, sentence.span)
            {
                self.lead = Lead {
                    held: claims,
                    titles: vec![0],
                };
            } else if holding {
                self.lead.held.extend(claims);
                // (The headline is sentence 0: its lead ends at `LEAD`.)
                if index >= headline::LEAD {
                    self.release();
                }
            } else {
                self.ready = claims.into_iter();
            }
        }
    }
}

impl<'e, 'd> Claims<'e, 'd> {
    /// The claims of `doc`, read by `extractor` from its `sentences`.
    pub(super) fn new(
        extractor: &'e ClaimExtractor,
        doc: &'d Document,
        sentences: Sentences<'d>,
    ) -> Claims<'e, 'd> {
        Claims {
            extractor,
            doc,
            sentences: sentences.enumerate(),
            memory: Memory::default(),
            ready: Vec::new().into_iter(),
            count: 0,
            lead: Lead::default(),
            roundup: roundup::tells_several_incidents(&doc.text),
        }
    }

    /// Ends the lead: its headline claims read through it, and every claim
    /// held handed out.
    fn release(&mut self) {
        let lead = std::mem::take(&mut self.lead);
        let mut held = lead.held;
        headline::adopt(&mut held, &lead.titles);
        self.ready = held.into_iter();
    }
}

impl std::fmt::Debug for Claims<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Claims")
            .field("doc", &self.doc.id)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}
