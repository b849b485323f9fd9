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

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufWriter, Write};

use crate::align::{Finding, Report, Verdict};
use crate::claim::Claim;
use crate::document::Document;

/// The page's style sheet.
const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6980; --line: #d9dee7;
  --paper: #fff; --page: #f4f6f9; --agree: #067647; --agree-bg: #d3f8df;
  --conflict: #b42318; --conflict-bg: #fdd5d1; --alone: #98a2b3; --alone-bg: #eceff3;
  --target: #f79009; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: var(--ink); background: var(--page);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body > header { position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap;
  align-items: center; gap: .4rem 1.5rem; padding: .7rem 1.25rem;
  background: var(--paper); border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 1.15rem; }
.summary { margin: 0; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.25rem; margin-inline-start: auto; }
.filters .group { display: flex; align-items: center; gap: .75rem; }
.filters .label { font-weight: 600; }
.filters select { font: inherit; padding: .1rem .3rem; }
#shown { color: var(--muted); font-size: .9rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25rem; padding: 1rem 1.25rem 2rem; }
h2 { margin: 0 0 .5rem; font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 .5rem; font-size: .85rem; color: var(--muted); }
.table-wrap { max-height: 46vh; overflow: auto; background: var(--paper);
  border: 1px solid var(--line); border-radius: 6px; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: .45rem .6rem; text-align: start; vertical-align: top; border-bottom: 1px solid var(--line); }
thead th { position: sticky; top: 0; z-index: 1; background: #f9fafb; font-size: .75rem;
  color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.n { width: 3rem; white-space: nowrap; }
td.n a { color: var(--muted); text-decoration: none; }
tr.finding.agree td.n { box-shadow: inset 4px 0 var(--agree); }
tr.finding.conflict td.n { box-shadow: inset 4px 0 var(--conflict); }
tr.finding:target { background: #fff8e6; }
tr.story-row th { text-align: left; background: #f1f3f5; font-weight: 600; }
tr.story-row .story-id { color: #667; font-weight: 400; }
.badge { display: inline-block; padding: 0 .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600;
  background: var(--alone-bg); }
.badge.agree { color: var(--agree); background: var(--agree-bg); }
.badge.conflict { color: var(--conflict); background: var(--conflict-bg); }
.score, .tag { display: block; font-size: .75rem; color: var(--muted); }
td.m { white-space: nowrap; }
.measure { display: block; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
.measure.none { font-family: inherit; color: var(--muted); font-style: italic; }
.claims ul { margin: 0; padding: 0; list-style: none; }
.claims li { margin: .1rem 0 .35rem; }
.side + .side { margin-top: .35rem; padding-top: .35rem; border-top: 1px dashed var(--line); }
.side-label { font-size: .7rem; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
a.claim { color: inherit; text-decoration: none; }
a.claim:hover .fig-ref, a.claim:focus .fig-ref { text-decoration: underline; }
.doc-id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .78rem; color: var(--muted); }
.fig-ref { font-weight: 700; }
.copy { font-size: .75rem; color: var(--muted); }
.sentence { display: block; font-size: .85rem; color: var(--muted); }
.sentence strong { color: var(--ink); }
td.why { max-width: 34rem; font-size: .9rem; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(21rem, 1fr);
  gap: 1rem; overflow-x: auto; padding-bottom: .5rem; }
article.doc { display: flex; flex-direction: column; min-width: 0; background: var(--paper);
  border: 1px solid var(--line); border-radius: 6px; }
article.doc > header { padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
article.doc h3 { margin: 0; font-size: .95rem; overflow-wrap: anywhere; }
.meta { margin: 0; font-size: .8rem; color: var(--muted); }
.text { margin: 0; padding: .6rem .8rem; max-height: 62vh; overflow: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; unicode-bidi: plaintext; text-align: start;
  font: .95rem/1.6 Georgia, "Times New Roman", serif; }
.missing { padding: .6rem .8rem; color: var(--muted); font-style: italic; }
.s:hover { background: #f1f4f9; }
mark.fig { color: inherit; background: var(--alone-bg); box-shadow: inset 0 -2px var(--alone);
  border-radius: 3px; padding: 0 .08em; }
mark.fig[data-findings] { cursor: pointer; }
mark.fig.agree, .swatch.agree { background: var(--agree-bg); box-shadow: inset 0 -2px var(--agree); }
mark.fig.conflict, .swatch.conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px var(--conflict); }
.swatch { display: inline-block; width: 1.4em; height: 1em; vertical-align: -.15em; border-radius: 3px;
  background: var(--alone-bg); box-shadow: inset 0 -2px var(--alone); }
mark.fig.dim { opacity: .35; }
mark.fig:target { outline: 2px solid var(--target); outline-offset: 1px; }
footer { padding: 0 1.25rem 1.5rem; font-size: .8rem; color: var(--muted); }
"#;

/// The page's script: the verdict and measure filters, dimming the
/// highlights of hidden findings, and clicking a highlight to jump to its
/// finding. It reads only generated ids and escaped attribute values.
///
/// Changing it changes its hash: update [`SCRIPT_HASH`] (the test
/// `report_html::csp_hash_matches_the_script` computes the right value).
const SCRIPT: &str = r"
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=verdict]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.fig[data-findings]'));
  var select = document.getElementById('measure');
  var shown = document.getElementById('shown');
  function hasMeasure(row, measure) {
    return Array.prototype.some.call(row.querySelectorAll('[data-measure]'), function (el) {
      return el.getAttribute('data-measure') === measure;
    });
  }
  function apply() {
    var verdicts = Object.create(null);
    boxes.forEach(function (box) { if (box.checked) { verdicts[box.value] = true; } });
    var any = !select || select.selectedIndex <= 0;
    var measure = select ? select.value : '';
    var visible = Object.create(null);
    var count = 0;
    rows.forEach(function (row) {
      var on = verdicts[row.getAttribute('data-verdict')] === true && (any || hasMeasure(row, measure));
      row.hidden = !on;
      if (on) { visible[row.id] = true; count += 1; }
    });
    marks.forEach(function (mark) {
      var on = mark.getAttribute('data-findings').split(' ').some(function (id) { return visible[id] === true; });
      mark.classList.toggle('dim', !on);
    });
    if (shown) { shown.textContent = 'Showing ' + count + ' of ' + rows.length + ' findings'; }
    document.body.setAttribute('data-shown', String(count));
  }
  marks.forEach(function (mark) {
    mark.addEventListener('click', function () {
      var first = mark.getAttribute('data-findings').split(' ')[0];
      var row = document.getElementById(first);
      if (row) { location.hash = first; row.scrollIntoView({ block: 'nearest' }); }
    });
  });
  var form = document.getElementById('filters');
  if (form) { form.addEventListener('change', apply); }
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
";

/// The base64 SHA-256 of [`SCRIPT`], for the Content-Security-Policy.
const SCRIPT_HASH: &str = "sha256-TPgvc42+XjiPoWWIdnUSNvzHmERfF/kuEAQRDnUwVak=";

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

    /// The documents side by side.
    fn write_documents(&mut self, docs: &[Document]) -> io::Result<()> {
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
fn sentence_blocks(text: &str, highlights: &[Highlight]) -> Vec<(usize, usize)> {
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(start: usize, end: usize) -> Highlight {
        Highlight {
            start,
            end,
            claim: 0,
            overlapped: Vec::new(),
        }
    }

    #[test]
    fn blocks_merge_sentences_a_highlight_crosses() {
        let text = "One is here. Two is there. Three.";
        let plain = sentence_blocks(text, &[]);
        assert_eq!(plain, [(0, 12), (13, 26), (27, 33)]);
        // A highlight from "here" to "Two" joins the first two sentences.
        let merged = sentence_blocks(text, &[h(7, 16)]);
        assert_eq!(merged, [(0, 26), (27, 33)]);
        // One between sentences, or inside one, changes nothing.
        assert_eq!(sentence_blocks(text, &[h(12, 13), h(0, 3)]), plain);
    }
}
