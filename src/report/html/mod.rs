//! The HTML report (`factdiff compare --format html`): one self-contained
//! page, with no network access — inline CSS, a little inline script, no
//! external fonts, scripts or images.
//!
//! The page shows the summary line, filters (by verdict and by measure),
//! one table row per finding with links to its claims, and the documents
//! side by side, each with its full text split into sentences and every
//! claim's figure highlighted at its exact byte span.
//!
//! Every piece of input text — document ids and texts, claim ids,
//! measures, explanations — is HTML-escaped. Element ids and the values
//! the script reads are generated (`claim-3`, `finding-2`) or escaped
//! attribute values compared as strings; no input text is ever written
//! into the script. A Content-Security-Policy allows the page's own script
//! (by hash) and nothing else, so even text that slipped through could
//! neither run nor fetch anything.

mod assets;
mod documents;

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufWriter, Write};

use crate::align::{Finding, Report, Verdict};
use crate::claim::Claim;
use crate::document::Document;
use assets::{SCRIPT, SCRIPT_HASH, STYLE};

impl Report {
    /// Writes the report as one self-contained HTML page
    /// (`--format html`): the documents side by side with every claim's
    /// figure highlighted, one row per finding linking to its claims, and
    /// filters by verdict and measure.
    ///
    /// The report holds no document texts, so pass the documents it was
    /// made from; they are matched by id. A document the report lists but
    /// `docs` lacks is shown without its text. All input text is
    /// HTML-escaped, and the page loads nothing from the network.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// # fn main() -> std::io::Result<()> {
    /// let docs = [
    ///     Document::new("tribune", "Rescuers freed 14 miners <b>on Tuesday</b>."),
    ///     Document::new("ledger", "Rescuers freed 14 miners on Tuesday, officials said."),
    /// ];
    /// let report = Comparer::default().compare(&docs);
    /// let mut page = Vec::new();
    /// report.write_html(&docs, &mut page)?;
    /// let page = String::from_utf8(page).unwrap();
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// // Input text is escaped ...
    /// assert!(page.contains("&lt;b&gt;on Tuesday&lt;/b&gt;"));
    /// assert!(!page.contains("<b>on Tuesday"));
    /// // ... and each claim's figure is highlighted once.
    /// assert_eq!(page.matches("<mark class=\"fig").count(), report.claims.len());
    /// assert_eq!(page.matches("<tr class=\"finding").count(), report.findings.len());
    /// # Ok(()) }
    /// ```
    pub fn write_html<W: Write>(&self, docs: &[Document], out: W) -> io::Result<()> {
        let mut page = Page {
            out: BufWriter::new(out),
            report: self,
            index: Index::new(self),
        };
        page.write(docs)?;
        page.out.flush()
    }
}

/// Lookups the page needs: claims by id, and the findings of each claim.
struct Index<'r> {
    /// Claim id → index in `report.claims`.
    claim_at: HashMap<&'r str, usize>,
    /// For each claim, the indices of the findings that list it.
    findings_of: Vec<Vec<usize>>,
    /// Document id → indices of its claims.
    claims_of_doc: HashMap<&'r str, Vec<usize>>,
}

impl<'r> Index<'r> {
    fn new(report: &'r Report) -> Index<'r> {
        let mut claim_at = HashMap::with_capacity(report.claims.len());
        let mut claims_of_doc: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in report.claims.iter().enumerate() {
            claim_at.entry(c.id.as_str()).or_insert(i);
            claims_of_doc.entry(c.doc.as_str()).or_default().push(i);
        }
        let mut findings_of = vec![Vec::new(); report.claims.len()];
        for (f, finding) in report.findings.iter().enumerate() {
            for id in &finding.claims {
                if let Some(list) = claim_at
                    .get(id.as_str())
                    .and_then(|&i| findings_of.get_mut(i))
                    && list.last() != Some(&f)
                {
                    list.push(f);
                }
            }
        }
        Index {
            claim_at,
            findings_of,
            claims_of_doc,
        }
    }

    /// The most severe verdict among the claim's findings, if any.
    fn verdict_of(&self, report: &Report, claim: usize) -> Option<Verdict> {
        self.findings_of
            .get(claim)?
            .iter()
            .filter_map(|&f| report.findings.get(f))
            .map(|f| f.verdict)
            .max()
    }
}

/// One highlight in a document text: a claim's figure, plus the claims
/// whose figures overlap it (they get an anchor, not a second highlight).
struct Highlight {
    start: usize,
    end: usize,
    claim: usize,
    overlapped: Vec<usize>,
}

struct Page<'r, W: Write> {
    out: BufWriter<W>,
    report: &'r Report,
    index: Index<'r>,
}

impl<'r, W: Write> Page<'r, W> {
    /// Writes markup as is.
    fn raw(&mut self, s: &str) -> io::Result<()> {
        self.out.write_all(s.as_bytes())
    }

    /// Writes input text, escaped for element content and quoted
    /// attribute values alike.
    fn text(&mut self, s: &str) -> io::Result<()> {
        let mut done = 0;
        for (i, b) in s.bytes().enumerate() {
            let entity = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                b'\0' => "&#xFFFD;",
                _ => continue,
            };
            // `i` is at an ASCII byte, so both slices are on char boundaries.
            self.out
                .write_all(s.get(done..i).unwrap_or_default().as_bytes())?;
            self.out.write_all(entity.as_bytes())?;
            done = i + 1;
        }
        self.out
            .write_all(s.get(done..).unwrap_or_default().as_bytes())
    }

    fn write(&mut self, docs: &[Document]) -> io::Result<()> {
        let r = self.report;
        write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src 'unsafe-inline'; script-src '{SCRIPT_HASH}'; base-uri 'none'; \
             form-action 'none'\">\n\
             <meta name=\"generator\" content=\"factdiff {}\">\n\
             <title>factdiff report: {}, {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            env!("CARGO_PKG_VERSION"),
            plural(r.documents.len(), "document"),
            plural(r.findings.len(), "finding"),
        )?;
        self.write_header()?;
        self.raw("<main>\n")?;
        self.write_findings()?;
        self.write_documents(docs)?;
        self.raw("</main>\n")?;
        write!(
            self.out,
            "<footer>Made by factdiff {}. Figures are highlighted at the byte spans the \
             claims report; click a highlight to see its finding.</footer>\n\
             <script>{SCRIPT}</script>\n</body>\n</html>\n",
            env!("CARGO_PKG_VERSION")
        )
    }

    /// The title, the summary line and the filters.
    fn write_header(&mut self) -> io::Result<()> {
        let r = self.report;
        let mut verdicts: BTreeMap<Verdict, usize> =
            [(Verdict::Agree, 0), (Verdict::Conflict, 0)].into();
        for f in &r.findings {
            *verdicts.entry(f.verdict).or_default() += 1;
        }
        let counts: Vec<String> = verdicts
            .iter()
            .map(|(v, n)| format!("{n} {}", v.as_str()))
            .collect();
        write!(
            self.out,
            "<header>\n<h1>factdiff report</h1>\n<p class=\"summary\" id=\"summary\">{}, {}, {}, {}{}</p>\n",
            plural(r.documents.len(), "document"),
            if r.stories.len() == 1 {
                "1 story".to_string()
            } else {
                format!("{} stories", r.stories.len())
            },
            plural(r.claims.len(), "claim"),
            plural(r.findings.len(), "finding"),
            if r.findings.is_empty() {
                String::new()
            } else {
                format!(" ({})", counts.join(", "))
            }
        )?;
        self.raw(
            "<form class=\"filters\" id=\"filters\">\n\
             <div class=\"group\" role=\"group\" aria-label=\"Verdict\"><span class=\"label\">Verdict</span>",
        )?;
        for (v, n) in &verdicts {
            write!(
                self.out,
                "<label><input type=\"checkbox\" name=\"verdict\" value=\"{v}\" checked> \
                 <span class=\"badge {v}\">{v}</span> ({n})</label>",
                v = v.as_str()
            )?;
        }
        self.raw(
            "</div>\n<label class=\"group\"><span class=\"label\">Measure</span> \
             <select id=\"measure\"><option value=\"\">all measures</option>",
        )?;
        // Measures by name with how many findings mention each; findings
        // with claims of no measure come under "(no measure)", value "".
        let mut measures: BTreeMap<&str, usize> = BTreeMap::new();
        let mut unmeasured = 0;
        for f in &r.findings {
            for m in self.measures(f) {
                match m {
                    Some(m) => *measures.entry(m).or_default() += 1,
                    None => unmeasured += 1,
                }
            }
        }
        for (m, n) in measures {
            self.raw("<option value=\"")?;
            self.text(m)?;
            self.raw("\">")?;
            self.text(m)?;
            write!(self.out, " ({n})</option>")?;
        }
        if unmeasured > 0 {
            write!(
                self.out,
                "<option value=\"\">(no measure) ({unmeasured})</option>"
            )?;
        }
        write!(
            self.out,
            "</select></label>\n<output id=\"shown\" for=\"measure\">Showing {n} of {n} findings</output>\n\
             </form>\n</header>\n",
            n = r.findings.len()
        )
    }

    /// The distinct measures of a finding's claims, in claim order; `None`
    /// for claims with no measure.
    fn measures(&self, f: &Finding) -> Vec<Option<&'r str>> {
        let mut out: Vec<Option<&'r str>> = Vec::new();
        for id in &f.claims {
            if let Some(c) = self.claim(id) {
                let m = c.measure.as_deref();
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }

    fn claim(&self, id: &str) -> Option<&'r Claim> {
        let report: &'r Report = self.report;
        self.index
            .claim_at
            .get(id)
            .and_then(|&i| report.claims.get(i))
    }

    /// The findings table.
    fn write_findings(&mut self) -> io::Result<()> {
        let r = self.report;
        self.raw("<section class=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">Findings</h2>\n")?;
        if r.findings.is_empty() {
            return self.raw(
                "<p class=\"meta\">No two claims speak of the same quantity.</p>\n</section>\n",
            );
        }
        self.raw(
            "<div class=\"table-wrap\"><table>\n<thead><tr><th>#</th><th>Verdict</th>\
             <th>Measure</th><th>Claims</th><th>Why</th></tr></thead>\n<tbody>\n",
        )?;
        // Findings story by story, each story headed by its name; numbered
        // in report order.
        let mut order: Vec<usize> = (0..r.findings.len()).collect();
        order.sort_by(|&a, &b| {
            r.findings[a]
                .story
                .cmp(&r.findings[b].story)
                .then(a.cmp(&b))
        });
        let headed = r.stories.len() > 1;
        let mut current: Option<Option<&str>> = None;
        for n in order {
            let f = &r.findings[n];
            if headed && current != Some(f.story.as_deref()) {
                current = Some(f.story.as_deref());
                self.write_story_row(f.story.as_deref())?;
            }
            self.write_finding(n, f)?;
        }
        self.raw("</tbody>\n</table></div>\n</section>\n")
    }

    /// The row that heads a story's findings: its title and id.
    fn write_story_row(&mut self, story: Option<&str>) -> io::Result<()> {
        self.raw("<tr class=\"story-row\"><th colspan=\"5\" scope=\"rowgroup\">")?;
        match story {
            Some(id) => {
                let title = self
                    .report
                    .stories
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.title.as_str())
                    .filter(|t| !t.is_empty());
                self.raw("Story: ")?;
                if let Some(t) = title {
                    self.raw("<bdi>")?;
                    self.text(t)?;
                    self.raw("</bdi> ")?;
                }
                self.raw("<span class=\"story-id\">(")?;
                self.text(id)?;
                self.raw(")</span>")?;
            }
            None => self.raw("Claims without a story")?,
        }
        self.raw("</th></tr>\n")
    }

    fn write_finding(&mut self, n: usize, f: &Finding) -> io::Result<()> {
        let v = f.verdict.as_str();
        write!(
            self.out,
            "<tr class=\"finding {v}\" id=\"finding-{n}\" data-verdict=\"{v}\">\
             <td class=\"n\"><a href=\"#finding-{n}\">{}</a></td>\
             <td class=\"v\"><span class=\"badge {v}\">{v}</span>\
             <span class=\"score\">score {:.2}</span>",
            n + 1,
            f.score
        )?;
        if f.syndicated {
            self.raw("<span class=\"tag\">syndicated copies only</span>")?;
        }
        self.raw("</td>\n<td class=\"m\">")?;
        for m in self.measures(f) {
            match m {
                Some(m) => {
                    self.raw("<span class=\"measure\" data-measure=\"")?;
                    self.text(m)?;
                    self.raw("\">")?;
                    self.text(m)?;
                    self.raw("</span>")?;
                }
                None => {
                    self.raw("<span class=\"measure none\" data-measure=\"\">no measure</span>")?;
                }
            }
        }
        self.raw("</td>\n<td class=\"claims\">")?;
        // The sides, then any listed claim no side holds.
        let mut groups: Vec<&[String]> = f.sides.iter().map(Vec::as_slice).collect();
        let stray: Vec<String> = f
            .claims
            .iter()
            .filter(|id| !f.sides.iter().any(|s| s.contains(id)))
            .cloned()
            .collect();
        if !stray.is_empty() {
            groups.push(&stray);
        }
        let labelled = groups.len() > 1;
        for (s, ids) in groups.iter().enumerate() {
            self.raw("<div class=\"side\">")?;
            if labelled {
                if s < f.sides.len() {
                    write!(self.out, "<span class=\"side-label\">side {}</span>", s + 1)?;
                } else {
                    self.raw("<span class=\"side-label\">other claims</span>")?;
                }
            }
            self.raw("<ul>")?;
            for id in *ids {
                self.write_claim_item(id, f.copies.contains(id))?;
            }
            self.raw("</ul></div>")?;
        }
        self.raw("</td>\n<td class=\"why\">")?;
        self.text(&f.explanation)?;
        self.raw("</td></tr>\n")
    }

    /// One claim of a finding: a link to its highlight, and its context
    /// (its sentence, or about 300 bytes of it) with the figure in bold.
    fn write_claim_item(&mut self, id: &str, copy: bool) -> io::Result<()> {
        self.raw("<li>")?;
        let Some(&index) = self.index.claim_at.get(id) else {
            self.raw("<span class=\"doc-id\"><bdi>")?;
            self.text(id)?;
            return self.raw("</bdi></span> <span class=\"copy\">(not in the report)</span></li>");
        };
        let Some(claim) = self.claim(id) else {
            return self.raw("</li>");
        };
        write!(
            self.out,
            "<a class=\"claim\" href=\"#claim-{index}\"><span class=\"doc-id\"><bdi>"
        )?;
        self.text(id)?;
        self.raw("</bdi></span> <bdi class=\"fig-ref\">")?;
        self.text(&claim.figure.text)?;
        self.raw("</bdi></a>")?;
        if copy {
            self.raw(" <span class=\"copy\">(copy)</span>")?;
        }
        self.raw("<bdi class=\"sentence\">")?;
        let (cut_before, cut_after) = claim.context_cut();
        if cut_before {
            self.text("…")?;
        }
        match claim.context_parts() {
            Some((before, figure, after)) => {
                self.text(before)?;
                self.raw("<strong>")?;
                self.text(figure)?;
                self.raw("</strong>")?;
                self.text(after)?;
            }
            None => self.text(&claim.context)?,
        }
        if cut_after {
            self.text("…")?;
        }
        self.raw("</bdi></li>")
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests;
