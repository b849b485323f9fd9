//! The pipeline in one place: documents → stories → claims → findings →
//! report ([`Comparer`]).

use rayon::prelude::*;

use crate::align::{
    Aligner, AlignerBuilder, DocumentSummary, KeyedClaim, PartitionAligner, Report,
};
use crate::align::{Finding, Tolerances};
use crate::claim::{Claim, ClaimExtractor};
use crate::hash::FastMap;
use crate::story::{Stories, StorySeparator};
use crate::{Document, Error};

/// How [`Comparer`] tells stories apart.
///
/// ```
/// use factdiff::{Comparer, Document, StoryMode};
/// # fn main() -> Result<(), factdiff::Error> {
/// let one = Comparer::builder().stories(StoryMode::One).build()?;
/// let report = one.compare(&[Document::new("a", "x"), Document::new("b", "y")]);
/// assert_eq!(report.stories.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoryMode {
    /// Documents given with a story keep it; the others are grouped by
    /// [`StorySeparator`]. The default.
    #[default]
    Auto,
    /// Every document is about one story (`"all"`), whatever it was
    /// given with: for a handful of one story's clippings.
    One,
}

/// Runs the whole pipeline: groups documents into stories, extracts their
/// claims, aligns the claims of each story and reports the findings.
///
/// Made with [`Comparer::builder`] (or [`Comparer::default`]); building is
/// the only step that can fail. Comparing never fails and never panics.
///
/// ```
/// use factdiff::{Comparer, Document, Verdict};
/// # fn main() -> Result<(), factdiff::Error> {
/// let comparer = Comparer::builder().hedge_tolerance(0.1).build()?;
/// let report = comparer.compare(&[
///     Document::new("tribune", "Rescuers freed 14 miners on Tuesday at the Orrin pit."),
///     Document::new("ledger", "On Tuesday, rescuers freed 16 miners at the Orrin pit."),
/// ]);
/// assert_eq!(report.documents.len(), 2);
/// assert_eq!(report.stories.len(), 1);
/// assert_eq!(report.findings[0].verdict, Verdict::Conflict);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
pub struct Comparer {
    extractor: ClaimExtractor,
    separator: StorySeparator,
    stories: StoryMode,
    aligner: Aligner,
}

/// Configures a [`Comparer`]: the claim extractor, how stories are told
/// apart, and the alignment settings (as on
/// [`AlignerBuilder`](crate::AlignerBuilder));
/// [`build`](ComparerBuilder::build) checks them.
///
/// ```
/// use factdiff::Comparer;
/// let err = Comparer::builder().min_score(1.5).build().unwrap_err();
/// assert_eq!(err.to_string(), "min score must be in [0, 1], got 1.5");
/// ```
#[derive(Clone, Debug, Default)]
pub struct ComparerBuilder {
    extractor: ClaimExtractor,
    separator: StorySeparator,
    stories: StoryMode,
    aligner: AlignerBuilder,
}

impl Comparer {
    /// A builder with the default settings.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let comparer = factdiff::Comparer::builder().exact_tolerance(0.001).build()?;
    /// assert_eq!(comparer.tolerances().exact, 0.001);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn builder() -> ComparerBuilder {
        ComparerBuilder::default()
    }

    /// The alignment stage, with this comparer's settings.
    ///
    /// ```
    /// assert_eq!(factdiff::Comparer::default().aligner().min_score(), 0.5);
    /// ```
    #[must_use]
    pub fn aligner(&self) -> &Aligner {
        &self.aligner
    }

    /// The numeric tolerances verdicts use.
    ///
    /// ```
    /// assert_eq!(factdiff::Comparer::default().tolerances().hedge, 0.05);
    /// ```
    #[must_use]
    pub fn tolerances(&self) -> Tolerances {
        self.aligner.tolerances()
    }

    /// The pair score needed to group two claims.
    ///
    /// ```
    /// assert_eq!(factdiff::Comparer::default().min_score(), 0.5);
    /// ```
    #[must_use]
    pub fn min_score(&self) -> f64 {
        self.aligner.min_score()
    }

    /// The largest number of claims aligned together as one block.
    ///
    /// ```
    /// assert_eq!(factdiff::Comparer::default().max_block(), 250_000);
    /// ```
    #[must_use]
    pub fn max_block(&self) -> usize {
        self.aligner.max_block()
    }

    /// The stories of `docs`, as [`compare`](Comparer::compare) groups
    /// them.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let docs = [Document::new("a", "Text.").with_story("quake")];
    /// assert_eq!(Comparer::default().stories(&docs).story_id("a"), Some("quake"));
    /// ```
    #[must_use]
    pub fn stories(&self, docs: &[Document]) -> Stories {
        match self.stories {
            StoryMode::Auto => self.separator.separate(docs),
            StoryMode::One => self.separator.one_story(docs, "all"),
        }
    }

    /// Compares documents: stories, then each document's claims (labelled
    /// with their story and source), then the findings of each story.
    ///
    /// The report does not depend on the order of `docs`.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let report = Comparer::default().compare(&[Document::new("a", "")]);
    /// assert!(report.findings.is_empty());
    /// ```
    pub fn compare(&self, docs: &[Document]) -> Report {
        let stories = self.stories(docs);
        let claims = docs
            .par_iter()
            .flat_map_iter(|d| {
                let mut claims = self.extractor.extract(d);
                label(&mut claims, &stories);
                claims
            })
            .collect();
        self.report(docs, &stories, claims)
    }

    /// Compares claims already extracted from `docs`. Claims without a
    /// story take their document's (as [`stories`](Comparer::stories)
    /// groups `docs`); claims with one keep it; claims whose document is
    /// not among `docs` are aligned all the same.
    ///
    /// The report does not depend on the order of `docs` or `claims`.
    ///
    /// ```
    /// use factdiff::{Claim, ClaimExtractor, Comparer, Document, Verdict};
    ///
    /// let docs = [
    ///     Document::new("tribune", "Deputies evacuated 1,240 residents of Lower Mill."),
    ///     Document::new("courier", "Deputies evacuated 1,420 residents of Lower Mill."),
    /// ];
    /// let claims: Vec<Claim> = docs.iter().flat_map(factdiff::claims).collect();
    /// let report = Comparer::default().compare_claims(&docs, claims);
    /// assert_eq!(report.findings.len(), 1);
    /// assert_eq!(report.findings[0].verdict, Verdict::Conflict);
    /// assert!(report.findings[0].explanation.contains("14.5% apart"));
    /// ```
    pub fn compare_claims(&self, docs: &[Document], mut claims: Vec<Claim>) -> Report {
        let stories = self.stories(docs);
        claims
            .par_iter_mut()
            .filter(|c| c.story.is_none())
            .for_each(|c| label(std::slice::from_mut(c), &stories));
        self.report(docs, &stories, claims)
    }

    fn report(&self, docs: &[Document], stories: &Stories, mut claims: Vec<Claim>) -> Report {
        let findings = self.aligner.align(docs, &mut claims);
        // Claims are sorted by document: one entry per run.
        let mut per_doc: FastMap<&str, usize> = FastMap::default();
        if !docs.is_empty() {
            for run in claims.chunk_by(|x, y| x.doc == y.doc) {
                *per_doc.entry(run[0].doc.as_str()).or_default() += run.len();
            }
        }
        let mut documents: Vec<DocumentSummary> = docs
            .par_iter()
            .map(|d| DocumentSummary {
                id: d.id.clone(),
                sentences: crate::sentences(&d.text).count(),
                claims: per_doc.get(d.id.as_str()).copied().unwrap_or(0),
                story: stories.story_id(&d.id).map(str::to_string),
            })
            .collect();
        documents.sort_by(|a, b| a.id.cmp(&b.id).then(a.sentences.cmp(&b.sentences)));
        Report {
            documents,
            stories: stories.iter().cloned().collect(),
            claims,
            findings,
        }
    }

    /// The candidate pairs blocking gives for `claims`: see
    /// [`Aligner::candidate_pairs`].
    ///
    /// ```
    /// assert!(factdiff::Comparer::default().candidate_pairs(&[]).is_empty());
    /// ```
    pub fn candidate_pairs(&self, claims: &[Claim]) -> Vec<(usize, usize)> {
        self.aligner.candidate_pairs(claims)
    }

    /// The findings of keyed claims in any order: see
    /// [`Aligner::align_keyed`].
    ///
    /// ```
    /// assert!(factdiff::Comparer::default().align_keyed(Vec::new()).is_empty());
    /// ```
    #[must_use]
    pub fn align_keyed(&self, keyed: Vec<KeyedClaim>) -> Vec<Finding> {
        self.aligner.align_keyed(keyed)
    }

    /// A [`PartitionAligner`] with this comparer's alignment settings: see
    /// [`Aligner::partition_aligner`].
    ///
    /// ```
    /// let mut aligner = factdiff::Comparer::default().partition_aligner();
    /// assert!(aligner.finish().is_empty());
    /// ```
    #[must_use]
    pub fn partition_aligner(&self) -> PartitionAligner {
        self.aligner.partition_aligner()
    }

    /// Extracts the claims of `docs` (in parallel) and labels each with
    /// its story and source, as [`compare`](Comparer::compare) does.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let docs = [Document::new("a", "Police made 40 arrests.").with_story("raid")];
    /// let claims = Comparer::default().claims(&docs);
    /// assert_eq!(claims[0].story.as_deref(), Some("raid"));
    /// ```
    #[must_use]
    pub fn claims(&self, docs: &[Document]) -> Vec<Claim> {
        let stories = self.stories(docs);
        docs.par_iter()
            .flat_map_iter(|d| {
                let mut claims = self.extractor.extract(d);
                label(&mut claims, &stories);
                claims
            })
            .collect()
    }
}

impl Comparer {
    /// The claims of `docs` as [`claims`](Comparer::claims) gives them,
    /// keyed for partition-wise alignment (block key, and whether the
    /// document credits another outlet): what an engine shuffles by
    /// `block_key`.
    ///
    /// ```
    /// use factdiff::{Comparer, Document};
    /// let docs = [Document::new("a", "Police made 40 arrests.").with_story("raid")];
    /// let keyed = Comparer::default().keyed_claims(&docs);
    /// assert_eq!(keyed[0].block_key, "raid//arrests/count/reported");
    /// ```
    #[must_use]
    pub fn keyed_claims(&self, docs: &[Document]) -> Vec<KeyedClaim> {
        let credits: std::collections::HashSet<&str> = docs
            .iter()
            .filter(|d| d.credits_another_outlet())
            .map(|d| d.id.as_str())
            .collect();
        self.claims(docs)
            .into_iter()
            .map(|c| {
                let credited = credits.contains(c.doc.as_str());
                KeyedClaim::new(c, credited)
            })
            .collect()
    }
}

/// Sets each claim's story and (for a copy) source from `stories`.
fn label(claims: &mut [Claim], stories: &Stories) {
    for c in claims {
        if let Some(story) = stories.story_id(&c.doc) {
            c.story = Some(story.to_string());
        }
        c.source = stories
            .source(&c.doc)
            .filter(|s| *s != c.doc)
            .map(str::to_string);
    }
}

macro_rules! alignment_setters {
    ($($(#[$doc:meta])* $name:ident($arg:ident: $ty:ty);)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, $arg: $ty) -> &mut ComparerBuilder {
                self.aligner.$name($arg);
                self
            }
        )*
    };
}

impl ComparerBuilder {
    /// Sets the claim extractor (default: [`ClaimExtractor::default`]).
    ///
    /// ```
    /// use factdiff::{ClaimExtractor, Comparer, Lexicon};
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = Comparer::builder().extractor(ClaimExtractor::new(Lexicon::default())).build()?;
    /// # Ok(()) }
    /// ```
    pub fn extractor(&mut self, extractor: ClaimExtractor) -> &mut ComparerBuilder {
        self.extractor = extractor;
        self
    }

    /// Sets the story separator (default: [`StorySeparator::default`]).
    ///
    /// ```
    /// use factdiff::{Comparer, StorySeparator};
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let strict = StorySeparator::builder().threshold(0.4).build()?;
    /// let c = Comparer::builder().separator(strict).build()?;
    /// # Ok(()) }
    /// ```
    pub fn separator(&mut self, separator: StorySeparator) -> &mut ComparerBuilder {
        self.separator = separator;
        self
    }

    /// Sets how stories are told apart (default: [`StoryMode::Auto`]).
    ///
    /// ```
    /// use factdiff::{Comparer, StoryMode};
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = Comparer::builder().stories(StoryMode::One).build()?;
    /// # Ok(()) }
    /// ```
    pub fn stories(&mut self, mode: StoryMode) -> &mut ComparerBuilder {
        self.stories = mode;
        self
    }

    alignment_setters! {
        /// Sets the relative difference allowed between unhedged figures:
        /// see [`AlignerBuilder::exact_tolerance`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().exact_tolerance(0.0).build()?;
        /// assert_eq!(c.tolerances().exact, 0.0);
        /// # Ok(()) }
        /// ```
        exact_tolerance(fraction: f64);
        /// Sets how far a hedged figure reaches: see
        /// [`AlignerBuilder::hedge_tolerance`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().hedge_tolerance(0.1).build()?;
        /// assert_eq!(c.tolerances().hedge, 0.1);
        /// # Ok(()) }
        /// ```
        hedge_tolerance(fraction: f64);
        /// Sets the pair score needed to group two claims: see
        /// [`AlignerBuilder::min_score`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().min_score(0.8).build()?;
        /// assert_eq!(c.min_score(), 0.8);
        /// # Ok(()) }
        /// ```
        min_score(score: f64);
        /// Sets the pair score needed to report a conflict: see
        /// [`AlignerBuilder::conflict_score`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().conflict_score(0.9).build()?;
        /// # Ok(()) }
        /// ```
        conflict_score(score: f64);
        /// Sets the sentence similarity of a syndicated copy: see
        /// [`AlignerBuilder::syndication_threshold`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().syndication_threshold(1.0).build()?;
        /// # Ok(()) }
        /// ```
        syndication_threshold(similarity: f64);
        /// Sets the block size up to which every pair is scored: see
        /// [`AlignerBuilder::exhaustive_limit`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().exhaustive_limit(10_000).build()?;
        /// # Ok(()) }
        /// ```
        exhaustive_limit(claims: usize);
        /// Sets the most claims aligned together as one block: see
        /// [`AlignerBuilder::max_block`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let c = factdiff::Comparer::builder().max_block(50_000).build()?;
        /// assert_eq!(c.max_block(), 50_000);
        /// # Ok(()) }
        /// ```
        max_block(claims: usize);
        /// Turns blocking on (the default) or off: see
        /// [`AlignerBuilder::blocking`].
        ///
        /// ```
        /// # fn main() -> Result<(), factdiff::Error> {
        /// let naive = factdiff::Comparer::builder().blocking(false).build()?;
        /// # Ok(()) }
        /// ```
        blocking(on: bool);
    }

    /// Checks the settings and makes the [`Comparer`].
    ///
    /// # Errors
    ///
    /// As [`AlignerBuilder::build`]: a setting out of its range, naming
    /// the setting and the bad value.
    ///
    /// ```
    /// let err = factdiff::Comparer::builder().hedge_tolerance(-0.1).build().unwrap_err();
    /// assert_eq!(err.to_string(), "hedge tolerance must be in [0, 1), got -0.1");
    /// ```
    pub fn build(&self) -> Result<Comparer, Error> {
        Ok(Comparer {
            extractor: self.extractor.clone(),
            separator: self.separator.clone(),
            stories: self.stories,
            aligner: self.aligner.build()?,
        })
    }
}
