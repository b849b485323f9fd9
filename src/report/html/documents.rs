//! The documents side by side: each document's text split into
//! sentences, with every claim's figure highlighted at its byte span.

use std::io::{self, Write};

use super::{Highlight, Page, plural};
use crate::align::Verdict;
use crate::document::Document;

impl<W: Write> Page<'_, W> {
    /// The documents side by side.
    pub(super) fn write_documents(&mut self, docs: &[Document]) -> io::Result<()> {
        let r = self.report;
        self.raw(
            "<section class=\"documents\" aria-labelledby=\"documents-title\">\n\
             <h2 id=\"documents-title\">Documents</h2>\n<p class=\"legend\">\
             <span><span class=\"swatch conflict\"></span> figure in a conflict</span>\
             <span><span class=\"swatch agree\"></span> figure in an agreement</span>\
             <span><span class=\"swatch\"></span> figure in no finding</span></p>\n\
             <div class=\"columns\">\n",
        )?;
        for (d, summary) in r.documents.iter().enumerate() {
            write!(
                self.out,
                "<article class=\"doc\" id=\"doc-{d}\">\n<header><h3><bdi>"
            )?;
            self.text(&summary.id)?;
            write!(
                self.out,
                "</bdi></h3><p class=\"meta\">{}, {}",
                plural(summary.sentences, "sentence"),
                plural(summary.claims, "claim")
            )?;
            if let Some(story) = &summary.story {
                self.raw(", story <bdi>")?;
                self.text(story)?;
                self.raw("</bdi>")?;
            }
            self.raw("</p></header>\n")?;
            match docs.iter().find(|x| x.id == summary.id) {
                Some(doc) => self.write_text(d, doc)?,
                None => self.raw(
                    "<p class=\"missing\">The text of this document was not supplied.</p>\n",
                )?,
            }
            self.raw("</article>\n")?;
        }
        self.raw("</div>\n</section>\n")
    }

    /// A document's text: sentences wrapped in `span.s`, figures in
    /// `mark.fig`, everything else escaped as is.
    fn write_text(&mut self, d: usize, doc: &Document) -> io::Result<()> {
        let text = doc.text.as_str();
        let highlights = self.highlights(doc);
        let blocks = sentence_blocks(text, &highlights);
        self.raw("<div class=\"text\">")?;
        let mut pos = 0;
        let mut next = 0;
        for (n, &(start, end)) in blocks.iter().enumerate() {
            self.write_range(text, pos, start, &highlights, &mut next)?;
            write!(self.out, "<span class=\"s\" id=\"doc-{d}-s{n}\">")?;
            self.write_range(text, start, end, &highlights, &mut next)?;
            self.raw("</span>")?;
            pos = end;
        }
        self.write_range(text, pos, text.len(), &highlights, &mut next)?;
        self.raw("</div>\n")
    }

    /// The highlights of a document: each claim's figure span, if it is a
    /// non-empty range on char boundaries of the text, sorted; a span that
    /// overlaps an earlier one is not highlighted but anchored there.
    fn highlights(&self, doc: &Document) -> Vec<Highlight> {
        let claims = self.index.claims_of_doc.get(doc.id.as_str());
        let mut spans: Vec<(usize, usize, usize)> = claims
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&i| {
                let span = self.report.claims.get(i)?.figure.span;
                Some((span.start, span.end, i))
            })
            .filter(|&(a, b, _)| a < b && doc.text.get(a..b).is_some())
            .collect();
        spans.sort_by_key(|&(a, b, i)| (a, std::cmp::Reverse(b), i));
        let mut out: Vec<Highlight> = Vec::with_capacity(spans.len());
        for (start, end, claim) in spans {
            match out.last_mut() {
                Some(last) if start < last.end => last.overlapped.push(claim),
                _ => out.push(Highlight {
                    start,
                    end,
                    claim,
                    overlapped: Vec::new(),
                }),
            }
        }
        out
    }

    /// Writes `text[start..end]`, escaped, with the highlights that lie in
    /// it; `next` is the first highlight not yet written. A highlight that
    /// would cross `end` is left for later (and then skipped), so the
    /// markup always nests.
    fn write_range(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        highlights: &[Highlight],
        next: &mut usize,
    ) -> io::Result<()> {
        let mut pos = start;
        while let Some(h) = highlights.get(*next) {
            if h.start < pos {
                *next += 1;
                continue;
            }
            if h.end > end {
                break;
            }
            self.text(text.get(pos..h.start).unwrap_or_default())?;
            self.write_mark(h, text.get(h.start..h.end).unwrap_or_default())?;
            pos = h.end;
            *next += 1;
        }
        self.text(text.get(pos..end).unwrap_or_default())
    }

    fn write_mark(&mut self, h: &Highlight, figure: &str) -> io::Result<()> {
        let r = self.report;
        for &o in &h.overlapped {
            write!(self.out, "<span class=\"anchor\" id=\"claim-{o}\"></span>")?;
        }
        let verdict = self
            .index
            .verdict_of(r, h.claim)
            .map_or("alone", Verdict::as_str);
        write!(
            self.out,
            "<mark class=\"fig {verdict}\" id=\"claim-{}\"",
            h.claim
        )?;
        let mut findings: Vec<usize> = Vec::new();
        for c in std::iter::once(&h.claim).chain(&h.overlapped) {
            for &f in self
                .index
                .findings_of
                .get(*c)
                .map_or(&[][..], Vec::as_slice)
            {
                if !findings.contains(&f) {
                    findings.push(f);
                }
            }
        }
        if !findings.is_empty() {
            let ids: Vec<String> = findings.iter().map(|f| format!("finding-{f}")).collect();
            write!(self.out, " data-findings=\"{}\"", ids.join(" "))?;
        }
        if let Some(c) = r.claims.get(h.claim) {
            self.raw(" title=\"")?;
            self.text(&c.id)?;
            if let Some(m) = &c.measure {
                self.raw(" · ")?;
                self.text(m)?;
            }
            if !findings.is_empty() {
                let labels: Vec<String> = findings.iter().map(|f| format!("#{}", f + 1)).collect();
                write!(self.out, " · finding {}", labels.join(", "))?;
            }
            self.raw("\"")?;
        }
        self.raw(">")?;
        self.text(figure)?;
        self.raw("</mark>")
    }
}

/// The spans to wrap as sentences: the text's sentences (sorted, on char
/// boundaries, overlaps dropped), merged where a highlight crosses a
/// sentence boundary, so that every highlight lies inside one block or
/// between blocks and the markup nests.
pub(super) fn sentence_blocks(text: &str, highlights: &[Highlight]) -> Vec<(usize, usize)> {
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    for s in crate::sentences(text) {
        let (a, b) = (s.span.start, s.span.end);
        let after_last = sentences.last().is_none_or(|&(_, end)| a >= end);
        if a < b && after_last && text.get(a..b).is_some() {
            sentences.push((a, b));
        }
    }
    let mut spans = sentences.clone();
    for h in highlights {
        let first = sentences.partition_point(|&(_, end)| end <= h.start);
        if sentences
            .get(first)
            .is_some_and(|&(start, _)| start < h.end)
        {
            spans.push((h.start, h.end));
        }
    }
    spans.sort_unstable();
    let mut blocks: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match blocks.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(b),
            _ => blocks.push((a, b)),
        }
    }
    blocks
}
