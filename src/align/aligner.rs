//! [`Aligner`], its builder, and the alignment pipeline: prepare, block,
//! score, judge, group.

use std::cmp::Ordering;
use std::collections::HashSet;

use rayon::prelude::*;

use crate::align::block::{Blocking, block_pairs, blocks};
use crate::align::collapse::collapse;
use crate::align::group::{Ctx, align_block, finish};
use crate::align::judge::Tolerances;
use crate::align::model::Finding;
use crate::align::prepare::Features;
use crate::claim::Claim;
use crate::{Document, Error, Span};

/// Lines up claims that speak of the same quantity and judges whether
/// their figures agree: the alignment stage. It takes claims (with their
/// stories) and gives [`Finding`]s; [`Comparer`](crate::Comparer) runs the
/// whole pipeline around it.
///
/// Made with [`Aligner::builder`] (or [`Aligner::default`]); building is
/// the only step that can fail. Aligning never fails and never panics.
///
/// ```
/// use factdiff::{Aligner, Document, Verdict};
/// # fn main() -> Result<(), factdiff::Error> {
/// let docs = [
///     Document::new("tribune", "Deputies evacuated 1,240 residents over the weekend."),
///     Document::new("courier", "Deputies evacuated 1,420 residents over the weekend."),
/// ];
/// let mut claims: Vec<_> = docs.iter().flat_map(factdiff::claims).collect();
/// let aligner = Aligner::builder().hedge_tolerance(0.1).build()?;
/// let findings = aligner.align(&docs, &mut claims);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].verdict, Verdict::Conflict);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Aligner {
    pub(crate) tolerances: Tolerances,
    pub(crate) min_score: f64,
    pub(crate) conflict_score: f64,
    pub(crate) syndication: f64,
    pub(crate) blocking: Blocking,
}

impl Default for Aligner {
    fn default() -> Aligner {
        Aligner {
            tolerances: Tolerances::default(),
            min_score: 0.5,
            conflict_score: 0.6,
            syndication: 0.9,
            blocking: Blocking::default(),
        }
    }
}

/// Configures an [`Aligner`]; [`build`](AlignerBuilder::build) checks the
/// values. The same settings are on
/// [`ComparerBuilder`](crate::ComparerBuilder).
///
/// | setting | default | meaning |
/// |---|---|---|
/// | `exact_tolerance` | 0.005 | relative difference allowed between unhedged figures (rounding after conversion) |
/// | `hedge_tolerance` | 0.05 | how far "about", "nearly" or a multiplier's baseline reach |
/// | `min_score` | 0.5 | pair score needed to group two claims |
/// | `conflict_score` | 0.6 | pair score needed to report two claims as conflicting (a conflict says someone is wrong, so it needs more evidence) |
/// | `syndication_threshold` | 0.9 | similarity of two sentences (words in order) above which one is a copy |
/// | `exhaustive_limit` | 128 | blocks up to this size compare every pair; larger ones pair claims sharing a rare context word |
/// | `max_block` | 250,000 | the most claims aligned as one block; larger blocks are cut into chunks in claim order (bounds memory) |
/// | `blocking` | true | off: every pair of claims of a story is scored (for measuring blocking; slow) |
///
/// ```
/// use factdiff::Aligner;
/// let err = Aligner::builder().min_score(1.5).build().unwrap_err();
/// assert_eq!(err.to_string(), "min score must be in [0, 1], got 1.5");
/// ```
#[derive(Clone, Debug, Default)]
pub struct AlignerBuilder {
    aligner: Aligner,
}

impl Aligner {
    /// A builder with the default settings.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let aligner = factdiff::Aligner::builder().exact_tolerance(0.001).build()?;
    /// assert_eq!(aligner.tolerances().exact, 0.001);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn builder() -> AlignerBuilder {
        AlignerBuilder::default()
    }

    /// The numeric tolerances verdicts use.
    ///
    /// ```
    /// assert_eq!(factdiff::Aligner::default().tolerances().hedge, 0.05);
    /// ```
    #[must_use]
    pub fn tolerances(&self) -> Tolerances {
        self.tolerances
    }

    /// The pair score needed to group two claims.
    ///
    /// ```
    /// assert_eq!(factdiff::Aligner::default().min_score(), 0.5);
    /// ```
    #[must_use]
    pub fn min_score(&self) -> f64 {
        self.min_score
    }

    /// Aligns claims: sorts them into report order (document id,
    /// sentence, position, id), blocks them (never across stories),
    /// scores candidate pairs, judges the figures and groups the claims
    /// into findings. `docs` tells which documents credit another outlet
    /// (in a pair of copied sentences theirs is the copy); claims whose
    /// document is not among them are aligned all the same.
    ///
    /// The findings do not depend on the order of `docs` or `claims`.
    ///
    /// ```
    /// use factdiff::{Aligner, Claim, Span, Verdict};
    ///
    /// let claim = |doc: &str, text: &str| {
    ///     let f = factdiff::figures(text).next().unwrap();
    ///     let mut c = Claim::new(doc, 0, 0, Span::new(0, text.len()), text, f);
    ///     c.measure = Some("evacuations".into());
    ///     c
    /// };
    /// let mut claims = vec![
    ///     claim("tribune", "Deputies evacuated 1,240 residents over the weekend."),
    ///     claim("courier", "Deputies evacuated 1,420 residents over the weekend."),
    /// ];
    /// let findings = Aligner::default().align(&[], &mut claims);
    /// assert_eq!(claims[0].doc, "courier");
    /// assert_eq!(findings.len(), 1);
    /// assert_eq!(findings[0].verdict, Verdict::Conflict);
    /// assert!(findings[0].explanation.contains("14.5% apart"));
    ///
    /// // In two stories, the same claims are never compared.
    /// claims[0].story = Some("lower-mill-flood".into());
    /// claims[1].story = Some("upper-mill-fire".into());
    /// assert!(Aligner::default().align(&[], &mut claims).is_empty());
    /// ```
    pub fn align(&self, docs: &[Document], claims: &mut [Claim]) -> Vec<Finding> {
        sort_claims(claims);
        let borrowers: HashSet<&str> = docs
            .iter()
            .filter(|d| d.credits_another_outlet())
            .map(|d| d.id.as_str())
            .collect();
        self.align_sorted(claims, &borrowers)
    }

    /// The findings of `claims`, which are in [`claim_order`]; `borrowers`
    /// are the documents that credit another outlet. The one alignment
    /// path: [`align`](Aligner::align) and the
    /// [`PartitionAligner`](crate::PartitionAligner) both go through it.
    pub(crate) fn align_sorted(&self, claims: &[Claim], borrowers: &HashSet<&str>) -> Vec<Finding> {
        let features = Features::of(claims);
        let blocks = blocks(claims, &features, &self.blocking);
        let ctx = Ctx {
            claims,
            features: &features,
            tolerances: self.tolerances,
            min_score: self.min_score,
            conflict_score: self.conflict_score.max(self.min_score),
            syndication: self.syndication,
            borrowers,
        };
        let drafts: Vec<_> = blocks
            .par_iter()
            .flat_map_iter(|members| {
                let collapsed = collapse(&ctx, members);
                let pairs = block_pairs(&collapsed.reps, &features, &self.blocking);
                let mut drafts = align_block(&ctx, &collapsed.reps, &pairs);
                collapsed.restore(&mut drafts);
                drafts
            })
            .collect();
        let findings = finish(claims, drafts);
        // A claim's features are a few small allocations: freeing them
        // is worth spreading over the threads too.
        features.claims.into_par_iter().for_each(drop);
        features.sentences.into_par_iter().for_each(drop);
        findings
    }

    /// The largest number of claims aligned together as one block (see
    /// [`AlignerBuilder::max_block`]).
    ///
    /// ```
    /// assert_eq!(factdiff::Aligner::default().max_block(), 250_000);
    /// ```
    #[must_use]
    pub fn max_block(&self) -> usize {
        self.blocking.max_block
    }

    /// The candidate pairs blocking gives for `claims`, as indices into
    /// the slice, `(i, j)` with `i < j`, sorted.
    ///
    /// ```
    /// use factdiff::{Aligner, Claim, Span};
    /// let claim = |text: &str, measure: &str| {
    ///     let f = factdiff::figures(text).next().unwrap();
    ///     let mut c = Claim::new("d", 0, 0, Span::new(0, text.len()), text, f);
    ///     c.measure = Some(measure.into());
    ///     c
    /// };
    /// let claims = [claim("9 arrests", "arrests"), claim("4 deaths", "deaths"), claim("9 held", "arrests")];
    /// assert_eq!(Aligner::default().candidate_pairs(&claims), [(0, 2)]);
    /// ```
    pub fn candidate_pairs(&self, claims: &[Claim]) -> Vec<(usize, usize)> {
        let mut order: Vec<usize> = (0..claims.len()).collect();
        order.sort_by(|&a, &b| claim_order(&claims[a], &claims[b]));
        let sorted: Vec<Claim> = order.iter().map(|&i| claims[i].clone()).collect();
        let features = Features::of(&sorted);
        let mut pairs: Vec<(usize, usize)> = blocks(&sorted, &features, &self.blocking)
            .par_iter()
            .flat_map_iter(|members| {
                block_pairs(members, &features, &self.blocking).claim_pairs(members)
            })
            .map(|(a, b)| {
                let (x, y) = (order[a], order[b]);
                (x.min(y), x.max(y))
            })
            .collect();
        pairs.sort_unstable();
        pairs
    }
}

/// The candidate pairs of `claims` under the default settings: see
/// [`Aligner::candidate_pairs`].
///
/// ```
/// use factdiff::align::candidate_pairs;
/// use factdiff::{Claim, Span};
/// let f = factdiff::figures("12 boats").next().unwrap();
/// let c = Claim::new("d", 0, 0, Span::new(0, 8), "12 boats", f);
/// assert!(candidate_pairs(&[c]).is_empty());
/// ```
pub fn candidate_pairs(claims: &[Claim]) -> Vec<(usize, usize)> {
    Aligner::default().candidate_pairs(claims)
}

/// Sorts claims by [`claim_order`], stably, without moving whole claims
/// n log n times or comparing document ids at every step: documents are
/// ranked once, positions are sorted by (rank, sentence, span), with ids
/// and then positions breaking ties (as a stable sort keeps them), and
/// each claim is then moved once into place. The passes that read every
/// claim (memory-bound) run on all threads; claims already in order are
/// left as they are.
pub(crate) fn sort_claims(claims: &mut [Claim]) {
    let n = claims.len();
    // Claims in order already stay (a parallel `all` stops at the first
    // pair out of order).
    if (1..n)
        .into_par_iter()
        .all(|i| claim_order(&claims[i - 1], &claims[i]) != Ordering::Greater)
    {
        return;
    }
    // Where each document's run of claims starts.
    let heads: Vec<usize> = (0..n)
        .into_par_iter()
        .filter(|&i| i == 0 || claims[i - 1].doc != claims[i].doc)
        .collect();
    let mut docs: Vec<&str> = heads.iter().map(|&h| claims[h].doc.as_str()).collect();
    docs.par_sort_unstable();
    docs.dedup();
    let mut keys: Vec<(usize, usize, Span, usize)> = heads
        .par_iter()
        .enumerate()
        .flat_map_iter(|(r, &h)| {
            let end = heads.get(r + 1).copied().unwrap_or(n);
            let rank = docs.binary_search(&claims[h].doc.as_str()).unwrap_or(0);
            claims
                .get(h..end)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(move |(k, c)| (rank, c.sentence, c.figure.span, h + k))
        })
        .collect();
    keys.par_sort_unstable_by(|x, y| {
        (x.0, x.1, x.2)
            .cmp(&(y.0, y.1, y.2))
            .then_with(|| claims[x.3].id.cmp(&claims[y.3].id))
            .then(x.3.cmp(&y.3))
    });
    // `dest[i]`: where the claim now at `i` belongs. Each swap puts one
    // claim in its place.
    let mut dest: Vec<usize> = vec![0; n];
    for (k, key) in keys.iter().enumerate() {
        dest[key.3] = k;
    }
    drop(keys);
    for i in 0..n {
        while dest[i] != i {
            let j = dest[i];
            claims.swap(i, j);
            dest.swap(i, j);
        }
    }
}

/// The order claims are reported and processed in: document id, sentence,
/// position, id. Independent of the input order.
pub(crate) fn claim_order(a: &Claim, b: &Claim) -> Ordering {
    a.doc
        .cmp(&b.doc)
        .then(a.sentence.cmp(&b.sentence))
        .then(a.figure.span.cmp(&b.figure.span))
        .then(a.id.cmp(&b.id))
}

impl AlignerBuilder {
    /// Sets the relative difference allowed between unhedged figures
    /// (a fraction in `[0, 1)`; default 0.005).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().exact_tolerance(0.0).build()?;
    /// assert_eq!(c.tolerances().exact, 0.0);
    /// # Ok(()) }
    /// ```
    pub fn exact_tolerance(&mut self, fraction: f64) -> &mut AlignerBuilder {
        self.aligner.tolerances.exact = fraction;
        self
    }

    /// Sets how far a hedged figure reaches (a fraction in `[0, 1)`;
    /// default 0.05).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().hedge_tolerance(0.1).build()?;
    /// assert_eq!(c.tolerances().hedge, 0.1);
    /// # Ok(()) }
    /// ```
    pub fn hedge_tolerance(&mut self, fraction: f64) -> &mut AlignerBuilder {
        self.aligner.tolerances.hedge = fraction;
        self
    }

    /// Sets the pair score needed to group two claims (in `[0, 1]`;
    /// default 0.5).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().min_score(0.8).build()?;
    /// assert_eq!(c.min_score(), 0.8);
    /// # Ok(()) }
    /// ```
    pub fn min_score(&mut self, score: f64) -> &mut AlignerBuilder {
        self.aligner.min_score = score;
        self
    }

    /// Sets the pair score needed to report a conflict (in `[0, 1]`;
    /// default 0.6; never below `min_score`).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().conflict_score(0.9).build()?;
    /// # Ok(()) }
    /// ```
    pub fn conflict_score(&mut self, score: f64) -> &mut AlignerBuilder {
        self.aligner.conflict_score = score;
        self
    }

    /// Sets the sentence similarity (words in order, in `(0, 1]`; default
    /// 0.9) at or above which a sentence in another document is a
    /// syndicated copy.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().syndication_threshold(1.0).build()?;
    /// # Ok(()) }
    /// ```
    pub fn syndication_threshold(&mut self, similarity: f64) -> &mut AlignerBuilder {
        self.aligner.syndication = similarity;
        self
    }

    /// Sets the block size up to which every pair in a block is scored
    /// (at least 2; default 128). Larger blocks pair only claims that
    /// share one of their three rarest context words.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().exhaustive_limit(10_000).build()?;
    /// # Ok(()) }
    /// ```
    pub fn exhaustive_limit(&mut self, claims: usize) -> &mut AlignerBuilder {
        self.aligner.blocking.exhaustive_limit = claims;
        self
    }

    /// Sets the most claims aligned together as one block (at least 2;
    /// default 250,000), which bounds the memory alignment needs. A block
    /// with more claims is cut into consecutive chunks of this many claims
    /// in claim order (document id, sentence, position, claim id), and
    /// claims in different chunks are never paired; the same cut is made
    /// by [`align`](Aligner::align) and by the
    /// [`PartitionAligner`](crate::PartitionAligner), so both give the
    /// same findings.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let c = factdiff::Aligner::builder().max_block(50_000).build()?;
    /// assert_eq!(c.max_block(), 50_000);
    /// # Ok(()) }
    /// ```
    pub fn max_block(&mut self, claims: usize) -> &mut AlignerBuilder {
        self.aligner.blocking.max_block = claims;
        self
    }

    /// Turns blocking on (the default) or off. Off, every pair of claims
    /// is scored: quadratic, for measuring what blocking saves and misses.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let naive = factdiff::Aligner::builder().blocking(false).build()?;
    /// # Ok(()) }
    /// ```
    pub fn blocking(&mut self, on: bool) -> &mut AlignerBuilder {
        self.aligner.blocking.enabled = on;
        self
    }

    /// Checks the settings and makes the [`Aligner`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidSetting`](crate::ErrorKind::InvalidSetting) naming the setting
    /// and the bad value: tolerances outside `[0, 1)`, a min score outside
    /// `[0, 1]`, a syndication threshold outside `(0, 1]`, an exhaustive
    /// limit or max block below 2, or any NaN.
    ///
    /// ```
    /// let err = factdiff::Aligner::builder().hedge_tolerance(-0.1).build().unwrap_err();
    /// assert_eq!(err.to_string(), "hedge tolerance must be in [0, 1), got -0.1");
    /// ```
    pub fn build(&self) -> Result<Aligner, Error> {
        let c = &self.aligner;
        let fraction = |name: &'static str, x: f64| {
            if (0.0..1.0).contains(&x) {
                Ok(())
            } else {
                Err(Error::setting(name, "in [0, 1)", x))
            }
        };
        fraction("exact tolerance", c.tolerances.exact)?;
        fraction("hedge tolerance", c.tolerances.hedge)?;
        if !(0.0..=1.0).contains(&c.min_score) {
            return Err(Error::setting("min score", "in [0, 1]", c.min_score));
        }
        if !(0.0..=1.0).contains(&c.conflict_score) {
            return Err(Error::setting(
                "conflict score",
                "in [0, 1]",
                c.conflict_score,
            ));
        }
        if !(c.syndication > 0.0 && c.syndication <= 1.0) {
            return Err(Error::setting(
                "syndication threshold",
                "in (0, 1]",
                c.syndication,
            ));
        }
        if c.blocking.max_block < 2 {
            return Err(Error::setting(
                "max block",
                "at least 2",
                c.blocking.max_block,
            ));
        }
        if c.blocking.exhaustive_limit < 2 {
            return Err(Error::setting(
                "exhaustive limit",
                "at least 2",
                c.blocking.exhaustive_limit,
            ));
        }
        Ok(c.clone())
    }
}
