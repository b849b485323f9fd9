//! The text report: each finding with its verdict, its claims side by side
//! with their sentences (the figure in brackets), and the reason.

use std::fmt::{self, Write as _};

use crate::align::{Finding, Report, Verdict};
use crate::claim::Claim;

impl fmt::Display for Report {
    /// Renders the report for people.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let report = Comparer::default().compare(&[Document::new("a", "No figures here.")]);
    /// let text = report.to_string();
    /// assert!(text.starts_with("1 document, 1 story, 0 claims, 0 findings"), "{text}");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.render_text(f, false)
    }
}

impl Report {
    /// Writes the text report (what `Display` gives), with the verdict
    /// words of the findings' headings in colour when `colour` is set
    /// (ANSI: green for agree, red for conflict, yellow for a verdict added
    /// later), as `factdiff compare` does on a terminal.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// # fn main() -> std::io::Result<()> {
    /// let report = Comparer::default().compare(&[
    ///     Document::new("a", "Deputies evacuated 1,240 residents of Mill Creek."),
    ///     Document::new("b", "Deputies evacuated 1,420 residents of Mill Creek."),
    /// ]);
    /// let mut out = Vec::new();
    /// report.write_text(&mut out, true)?;
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.contains("\x1b[1;31mCONFLICT\x1b[0m (score"));
    /// # Ok(()) }
    /// ```
    pub fn write_text<W: std::io::Write>(&self, mut out: W, colour: bool) -> std::io::Result<()> {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = self.render_text(&mut text, colour);
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    fn render_text(&self, f: &mut impl fmt::Write, colour: bool) -> fmt::Result {
        let agree = self.count(Verdict::Agree);
        let conflict = self.count(Verdict::Conflict);
        writeln!(
            f,
            "{}, {}, {}, {}{}",
            plural(self.documents.len(), "document"),
            counted(self.stories.len(), "story", "stories"),
            plural(self.claims.len(), "claim"),
            plural(self.findings.len(), "finding"),
            if self.findings.is_empty() {
                String::new()
            } else {
                format!(" ({agree} agree, {conflict} conflict)")
            }
        )?;
        let width = self
            .findings
            .iter()
            .flat_map(|x| x.claims.iter())
            .map(|id| id.chars().count())
            .max()
            .unwrap_or(0);
        // Claims by id, looked up once each (a scan per claim made large
        // reports quadratic).
        let by_id: std::collections::HashMap<&str, &Claim> =
            self.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        // Findings story by story (stories in id order, findings in report
        // order within each), each story named by its headline.
        let mut by_story: std::collections::BTreeMap<Option<&str>, Vec<&Finding>> =
            std::collections::BTreeMap::new();
        for finding in &self.findings {
            by_story
                .entry(finding.story.as_deref())
                .or_default()
                .push(finding);
        }
        let headed = self.stories.len() > 1;
        for (story, findings) in by_story {
            if headed {
                writeln!(f)?;
                fmt_story_heading(f, self, story, findings.len())?;
            }
            for finding in findings {
                writeln!(f)?;
                fmt_finding(f, finding, width, &by_id, colour)?;
            }
        }
        Ok(())
    }
}

/// `== STORY dunmore-raid: "Police raid in Dunmore" (3 documents, 2 findings)`.
fn fmt_story_heading(
    f: &mut impl fmt::Write,
    report: &Report,
    story: Option<&str>,
    findings: usize,
) -> fmt::Result {
    let Some(id) = story else {
        return writeln!(
            f,
            "== claims without a story ({})",
            plural(findings, "finding")
        );
    };
    match report.stories.iter().find(|s| s.id == id) {
        Some(s) if !s.title.is_empty() => writeln!(
            f,
            "== STORY {id}: \"{}\" ({}, {})",
            one_line(&s.title),
            plural(s.docs.len(), "document"),
            plural(findings, "finding")
        ),
        Some(s) => writeln!(
            f,
            "== STORY {id} ({}, {})",
            plural(s.docs.len(), "document"),
            plural(findings, "finding")
        ),
        None => writeln!(f, "== STORY {id} ({})", plural(findings, "finding")),
    }
}

fn fmt_finding(
    f: &mut impl fmt::Write,
    finding: &Finding,
    width: usize,
    by_id: &std::collections::HashMap<&str, &Claim>,
    colour: bool,
) -> fmt::Result {
    let (label, style) = match finding.verdict {
        Verdict::Agree => ("AGREE", "\x1b[1;32m"),
        Verdict::Conflict => ("CONFLICT", "\x1b[1;31m"),
        #[allow(unreachable_patterns)] // Verdict may grow
        _ => ("FINDING", "\x1b[1;33m"),
    };
    if colour {
        write!(f, "{style}{label}\x1b[0m")?;
    } else {
        f.write_str(label)?;
    }
    writeln!(f, " (score {:.2})", finding.score)?;
    let many = finding.sides.len() > 1;
    for (n, side) in finding.sides.iter().enumerate() {
        if many {
            writeln!(f, "  side {}:", n + 1)?;
        }
        for id in side {
            let indent = if many { "    " } else { "  " };
            let copy = if finding.copies.contains(id) {
                " (copy)"
            } else {
                ""
            };
            match by_id.get(id.as_str()) {
                Some(c) => writeln!(
                    f,
                    "{indent}{id:<width$}  {}{copy}  {}",
                    one_line(&c.figure.text),
                    marked_sentence(c)
                )?,
                None => writeln!(f, "{indent}{id:<width$}{copy}")?,
            }
        }
    }
    writeln!(f, "  why: {}", finding.explanation)
}

fn plural(n: usize, word: &str) -> String {
    counted(n, word, &format!("{word}s"))
}

fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The claim's context on one line, its figure in brackets, cuts marked.
fn marked_sentence(c: &Claim) -> String {
    let (cut_before, cut_after) = c.context_cut();
    let mut marked = String::with_capacity(c.context.len() + 8);
    if cut_before {
        marked.push('…');
    }
    match c.context_parts() {
        Some((before, figure, after)) => {
            let _ = write!(marked, "{before}[{figure}]{after}");
        }
        None => marked.push_str(&c.context),
    }
    if cut_after {
        marked.push('…');
    }
    format!("\"{}\"", one_line(&marked))
}
