//! The alignment result types: [`Report`], [`DocumentSummary`],
//! [`Finding`] and [`Verdict`].

use std::fmt;

use crate::align::reason::Reason;
use crate::claim::Claim;
use crate::story::Story;

/// Whether the claims of a [`Finding`] agree.
///
/// Serialised in lowercase (`"agree"`, `"conflict"`). More verdicts may be
/// added, so match with a wildcard arm.
///
/// ```
/// use factdiff::Verdict;
/// assert_eq!(Verdict::Conflict.to_string(), "conflict");
/// assert!(Verdict::Agree < Verdict::Conflict);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Verdict {
    /// The figures are compatible: equal, within the stated bounds or
    /// hedges, or equal once rates, units or multipliers are worked out.
    Agree,
    /// The figures are not compatible.
    Conflict,
}

impl Verdict {
    /// The verdict's name, as serialised.
    ///
    /// ```
    /// assert_eq!(factdiff::Verdict::Agree.as_str(), "agree");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Conflict => "conflict",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Two or more claims that speak of the same quantity, and whether their
/// figures agree.
///
/// An `agree` finding is one group of mutually consistent claims (three
/// outlets repeating one figure make one finding). A `conflict` finding
/// puts two or more such groups side by side: `sides` lists them, and
/// `claims` is every claim of every side.
///
/// A claim whose sentence is a near-identical copy of a sentence in
/// another document (syndicated wire copy) is listed in `copies`: it is
/// not independent confirmation. `syndicated` is true when the finding
/// holds only one independent claim and its copies.
///
/// ```
/// use factdiff::{Comparer, Document, Verdict};
///
/// let docs = [
///     Document::new("tribune", "Rescuers freed 14 miners on Tuesday."),
///     Document::new("ledger", "Rescuers freed 14 miners on Tuesday, officials said."),
/// ];
/// let report = Comparer::default().compare(&docs);
/// for finding in &report.findings {
///     assert!(finding.claims.len() >= 2);
///     assert!((0.0..=1.0).contains(&finding.score));
///     if finding.verdict == Verdict::Agree {
///         assert_eq!(finding.sides.len(), 1);
///     }
/// }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Finding {
    /// `agree` or `conflict`.
    pub verdict: Verdict,
    /// The ids of every claim in the finding, in report order.
    pub claims: Vec<String>,
    /// How sure the alignment is that the claims speak of one quantity, in
    /// `[0, 1]`: the mean match probability of the pairs that grouped them.
    pub score: f64,
    /// One sentence: the fields that matched and the arithmetic done (the
    /// [`reasons`](Finding::reasons) in English).
    pub explanation: String,
    /// Why, as data: the fields the claims share, the comparisons with
    /// their numbers, tolerances and conversions, and the copies.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reasons: Vec<Reason>,
    /// The groups of mutually consistent claims: one for `agree`, two or
    /// more for `conflict`.
    pub sides: Vec<Vec<String>>,
    /// Claims that are syndicated copies of another claim in the finding.
    pub copies: Vec<String>,
    /// Whether the finding holds only one independent claim, the others
    /// being copies of its sentence. Such findings are no longer reported
    /// (a finding needs two independent sources), so this is always false;
    /// kept for the wire format.
    pub syndicated: bool,
    /// The story of the finding's claims (all of one story), when known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub story: Option<String>,
}

/// Counts for one input document.
///
/// ```
/// use factdiff::{Comparer, Document};
/// let report = Comparer::default().compare(&[Document::new("a", "One. Two.")]);
/// assert_eq!(report.documents[0].id, "a");
/// assert_eq!(report.documents[0].sentences, 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DocumentSummary {
    /// The document id.
    pub id: String,
    /// How many sentences the document has.
    pub sentences: usize,
    /// How many claims were found in it.
    pub claims: usize,
    /// The id of its story.
    #[cfg_attr(feature = "serde", serde(default))]
    pub story: Option<String>,
}

/// What [`Comparer::compare`](crate::Comparer::compare) found: the
/// documents, their stories, every claim, and the findings.
///
/// Everything is in a fixed order that does not depend on the order of
/// the input: documents by id, claims by document id, sentence and
/// position, findings by their first claim. With the `serde` feature the
/// report serialises to the JSON of `factdiff compare --format json`; it
/// also renders as text for people ([`Display`](std::fmt::Display)).
///
/// ```
/// use factdiff::{Comparer, Document};
/// let report = Comparer::default().compare(&[Document::new("a", "Nothing to count here.")]);
/// assert!(report.findings.is_empty());
/// assert_eq!(report.documents.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Report {
    /// One summary per input document, by id.
    pub documents: Vec<DocumentSummary>,
    /// The stories the documents were grouped into, by id.
    #[cfg_attr(feature = "serde", serde(default))]
    pub stories: Vec<Story>,
    /// Every claim, by (document, sentence, position, id).
    pub claims: Vec<Claim>,
    /// The findings, by their first claim.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The claim with this id, if the report has it.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let report = Comparer::default().compare(&[Document::new("a", "No figures.")]);
    /// assert!(report.claim("a#0").is_none());
    /// ```
    #[must_use]
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// How many findings have the given verdict.
    ///
    /// ```
    /// use factdiff::{Comparer, Document, Verdict};
    /// let report = Comparer::default().compare(&[Document::new("a", "No figures.")]);
    /// assert_eq!(report.count(Verdict::Conflict), 0);
    /// ```
    #[must_use]
    pub fn count(&self, verdict: Verdict) -> usize {
        self.findings
            .iter()
            .filter(|f| f.verdict == verdict)
            .count()
    }
}
