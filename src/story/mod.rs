//! Stories: which event each document is about.
//!
//! A story is an *event* — one shooting, one House vote, one flood — not a
//! topic. Claims are only ever compared inside one story, so that "two
//! people were killed" in three towns never becomes one finding.
//!
//! Documents given with a story keep it. The others are separated:
//!
//! 1. **Copies.** Documents whose word 3-shingles have a Jaccard
//!    similarity of 0.8 or more (found through `MinHash` bands, checked
//!    exactly) are near-identical copies — a wire story in many papers,
//!    with its own headline and credit line — and are read as one: one
//!    vote in the document frequencies, one item to cluster, one source
//!    for findings.
//! 2. **Boilerplate.** Lines found in three or more copy groups (site
//!    furniture, bylines of a wire, "Read more") are left out.
//! 3. **Sketches.** Content terms (stemmed, stopwords out) and names
//!    (capitalised words, ages) weighted by TF-IDF (IDF plus 0.5, so that
//!    words all of a few documents share still count), words of the
//!    headline three times and of the lead twice, features of one group
//!    only left out, the heaviest kept, unit length.
//! 4. **Candidates.** An inverted index of each sketch's ten heaviest terms
//!    and names; a feature in more than 50 groups gives no candidates. Only
//!    candidate pairs are ever scored, so the cost grows with the number of
//!    plausible pairs, not with n².
//! 5. **Similarity.** `0.7 · cos(terms) + 0.3 · cos(names)`, times 0.5 when
//!    the pair shares no rare name (same-type events share topic words,
//!    not victims, towns or bill numbers), times a date factor when both
//!    are dated (1 within three days, falling to 0.5 over the next twenty:
//!    a story is followed for months, so dates weigh, they do not cut). A
//!    name is rare when it is found in at most six groups — of the whole
//!    corpus, or, for two documents dated within three days of each other,
//!    of the groups dated within three days of them (undated groups
//!    counted in): a town named in a year of news still tells one day's
//!    events apart, unless that day's feed names it often too.
//! 6. **Clustering.** Average link: the two clusters with the highest
//!    average pairwise similarity (pairs that are not candidates count as
//!    0) merge while it is at least the threshold (0.18). Unlike connected
//!    components, a chain of weak links does not join two events. Two
//!    clusters of two or more documents merge only when their average
//!    similarity is at least half the lower of their own: two bills passed
//!    on one day, each told alike by its outlets, are two stories.
//!
//! Every step works on documents sorted by id, so the stories do not
//! depend on the order documents come in. Precision comes first: a wrong
//! merge invents conflicts, a wrong split only loses agreements.

mod cluster;
mod copies;
mod model;
mod reading;
mod sketch;
mod words;

use rayon::prelude::*;

pub use model::{Stories, Story};
pub use reading::DocumentSketch;

use crate::Document;
use crate::error::Error;
use crate::hash::FastMap;
use cluster::{ClusterParams, average_link, edges};
use copies::near_duplicates;
use sketch::{SketchParams, Sketches, sketches};

/// Groups documents into stories.
///
/// ```
/// use factdiff::{Document, StorySeparator};
///
/// let docs = [
///     Document::new("herald", "Quake Shakes Orrin Valley\nA magnitude 5.9 quake shook the \
///         Orrin Valley on Monday, cracking the Tessaly dam road, Orrin officials said."),
///     Document::new("ledger", "Orrin Valley Quake Cracks Dam Road\nThe Tessaly dam road \
///         cracked when a 5.9 quake shook the Orrin Valley, officials said Monday."),
///     Document::new("post", "Dunmore Council Passes School Budget\nThe Dunmore council \
///         voted 7-2 for the school budget after Treasurer Ansel Hobb's report."),
/// ];
/// let stories = StorySeparator::default().separate(&docs);
/// assert_eq!(stories.len(), 2);
/// assert_eq!(stories.story_id("ledger"), stories.story_id("herald"));
/// assert_ne!(stories.story_id("post"), stories.story_id("herald"));
/// ```
#[derive(Clone, Debug)]
pub struct StorySeparator {
    sketch: SketchParams,
    cluster: ClusterParams,
    /// The Jaccard similarity of shingles at which a document is a copy.
    copy_similarity: f64,
}

impl Default for StorySeparator {
    fn default() -> StorySeparator {
        StorySeparator {
            sketch: SketchParams {
                boilerplate_groups: 3,
                idf_smooth: 0.5,
                max_terms: 64,
                max_names: 32,
                key_terms: 10,
                key_names: 10,
            },
            cluster: ClusterParams {
                threshold: 0.18,
                cohesion: 0.5,
                term_weight: 0.7,
                no_rare_name: 0.5,
                rare_name_groups: 6,
                max_postings: 50,
                edge_floor: 0.05,
                date_grace: 3.0,
                date_floor: 0.5,
                date_span: 20.0,
                use_dates: true,
            },
            copy_similarity: 0.8,
        }
    }
}

/// Configures a [`StorySeparator`].
///
/// | setting | default | meaning |
/// |---|---|---|
/// | `threshold` | 0.18 | average similarity at which two clusters of documents merge: higher splits more (fewer wrong merges, more lost agreements) |
/// | `copy_similarity` | 0.8 | Jaccard similarity of word 3-shingles at which two documents are copies of one article |
/// | `use_dates` | true | weigh publication dates when both documents have one |
///
/// ```
/// # fn main() -> Result<(), factdiff::Error> {
/// let strict = factdiff::StorySeparator::builder().threshold(0.35).build()?;
/// let err = factdiff::StorySeparator::builder().threshold(1.5).build().unwrap_err();
/// assert_eq!(err.to_string(), "story threshold must be in (0, 1], got 1.5");
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
pub struct StorySeparatorBuilder {
    separator: StorySeparator,
}

impl StorySeparatorBuilder {
    /// Sets the average similarity at which clusters merge (in `(0, 1]`).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let s = factdiff::StorySeparator::builder().threshold(0.3).build()?;
    /// assert_eq!(s.threshold(), 0.3);
    /// # Ok(()) }
    /// ```
    pub fn threshold(&mut self, similarity: f32) -> &mut StorySeparatorBuilder {
        self.separator.cluster.threshold = similarity;
        self
    }

    /// Sets the Jaccard similarity of word 3-shingles at which two
    /// documents are copies of one article (in `[0.5, 1]`; 1 finds only
    /// copies with the same words).
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let s = factdiff::StorySeparator::builder().copy_similarity(0.9).build()?;
    /// # Ok(()) }
    /// ```
    pub fn copy_similarity(&mut self, similarity: f64) -> &mut StorySeparatorBuilder {
        self.separator.copy_similarity = similarity;
        self
    }

    /// Weighs publication dates (the default) or ignores them: both the
    /// factor that lowers the similarity of documents dated far apart and
    /// the rarity of a name on the days of two documents.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let s = factdiff::StorySeparator::builder().use_dates(false).build()?;
    /// # Ok(()) }
    /// ```
    pub fn use_dates(&mut self, on: bool) -> &mut StorySeparatorBuilder {
        self.separator.cluster.date_floor = if on { 0.5 } else { 1.0 };
        self.separator.cluster.use_dates = on;
        self
    }

    /// Checks the settings and makes the separator.
    ///
    /// # Errors
    ///
    /// An invalid-setting error naming the setting and the value: a
    /// threshold outside `(0, 1]` or a copy similarity outside `[0.5, 1]`.
    ///
    /// ```
    /// let err = factdiff::StorySeparator::builder().copy_similarity(0.2).build().unwrap_err();
    /// assert_eq!(err.to_string(), "copy similarity must be in [0.5, 1], got 0.2");
    /// ```
    pub fn build(&self) -> Result<StorySeparator, Error> {
        let s = &self.separator;
        let t = s.cluster.threshold;
        if !(t > 0.0 && t <= 1.0) {
            return Err(Error::setting("story threshold", "in (0, 1]", t));
        }
        if !(0.5..=1.0).contains(&s.copy_similarity) {
            return Err(Error::setting(
                "copy similarity",
                "in [0.5, 1]",
                s.copy_similarity,
            ));
        }
        Ok(s.clone())
    }
}

impl StorySeparator {
    /// A builder with the default settings.
    ///
    /// ```
    /// # fn main() -> Result<(), factdiff::Error> {
    /// let s = factdiff::StorySeparator::builder().build()?;
    /// assert_eq!(s.threshold(), 0.18);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn builder() -> StorySeparatorBuilder {
        StorySeparatorBuilder::default()
    }

    /// The average similarity at which clusters merge.
    ///
    /// ```
    /// assert_eq!(factdiff::StorySeparator::default().threshold(), 0.18);
    /// ```
    #[must_use]
    pub fn threshold(&self) -> f32 {
        self.cluster.threshold
    }

    /// Groups `docs` into stories: documents with a story keep it, the
    /// others are separated as the [module docs](crate::StorySeparator)
    /// describe. The result does not depend on the order of `docs`.
    /// The same as [`assign`](StorySeparator::assign) of each document's
    /// [`sketch`](StorySeparator::sketch).
    ///
    /// Document ids should be unique; of documents sharing an id one is
    /// read (the same whatever the order).
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let stories = StorySeparator::default().separate(&[
    ///     Document::new("a", "One text.").with_story("given"),
    ///     Document::new("b", "Another text."),
    /// ]);
    /// assert_eq!(stories.story_id("a"), Some("given"));
    /// assert_eq!(stories.story_id("b"), Some("b"));
    /// ```
    #[must_use]
    pub fn separate(&self, docs: &[Document]) -> Stories {
        self.assign(docs.par_iter().map(|d| self.sketch(d)).collect())
    }

    /// What separation needs of one document (the first half of
    /// [`separate`](StorySeparator::separate)), for engines that sketch
    /// documents where they lie: see [`DocumentSketch`].
    ///
    /// ```
    /// let doc = factdiff::Document::new("a", "Crews fixed 40 bridges.");
    /// assert_eq!(factdiff::StorySeparator::default().sketch(&doc).id(), "a");
    /// ```
    #[must_use]
    pub fn sketch(&self, doc: &Document) -> DocumentSketch {
        DocumentSketch::of(doc)
    }

    /// Groups sketched documents into stories (the second half of
    /// [`separate`](StorySeparator::separate)): the same stories as
    /// `separate` of the documents, in any order.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let separator = StorySeparator::default();
    /// let docs = [
    ///     Document::new("a", "Quake hits Dalvor\nA magnitude 6.1 quake shook Dalvor Valley."),
    ///     Document::new("b", "Dalvor Valley quake\nThe 6.1 quake shook Dalvor Valley, officials said."),
    /// ];
    /// let sketches = docs.iter().rev().map(|d| separator.sketch(d)).collect();
    /// assert_eq!(separator.assign(sketches), separator.separate(&docs));
    /// ```
    #[must_use]
    pub fn assign(&self, sketches: Vec<DocumentSketch>) -> Stories {
        let mut sorted = sketches;
        sorted.par_sort_by(|a, b| {
            a.id.cmp(&b.id)
                .then_with(|| a.reading.shingles.set().cmp(b.reading.shingles.set()))
                .then_with(|| a.story.cmp(&b.story))
        });
        sorted.dedup_by(|b, a| a.id == b.id);
        let (given, auto): (Vec<&DocumentSketch>, Vec<&DocumentSketch>) =
            sorted.iter().partition(|d| d.story.is_some());
        let mut stories = given_stories(&given);
        let taken: std::collections::HashSet<String> =
            stories.iter().map(|s| s.id.clone()).collect();
        for mut story in self.separate_auto(&auto) {
            if taken.contains(&story.id) {
                story.id = format!("auto:{}", story.id);
            }
            stories.push(story);
        }
        Stories::new(stories)
    }

    /// Every document in one story (`id`), copies still found: what
    /// `--stories one` does, for a caller who hands in one story's
    /// clippings.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let docs = [Document::new("a", "One."), Document::new("b", "Two.")];
    /// let stories = StorySeparator::default().one_story(&docs, "all");
    /// assert_eq!(stories.len(), 1);
    /// assert_eq!(stories.story_id("b"), Some("all"));
    /// ```
    #[must_use]
    pub fn one_story(&self, docs: &[Document], id: &str) -> Stories {
        self.one_story_of(docs.par_iter().map(|d| self.sketch(d)).collect(), id)
    }

    /// [`one_story`](StorySeparator::one_story) of sketched documents.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let separator = StorySeparator::default();
    /// let docs = [Document::new("a", "One."), Document::new("b", "Two.")];
    /// let sketches = docs.iter().map(|d| separator.sketch(d)).collect();
    /// assert_eq!(separator.one_story_of(sketches, "all"), separator.one_story(&docs, "all"));
    /// ```
    #[must_use]
    pub fn one_story_of(&self, sketches: Vec<DocumentSketch>, id: &str) -> Stories {
        let mut sorted = sketches;
        sorted.par_sort_by(|a, b| {
            a.id.cmp(&b.id)
                .then_with(|| a.reading.shingles.set().cmp(b.reading.shingles.set()))
        });
        sorted.dedup_by(|b, a| a.id == b.id);
        if sorted.is_empty() {
            return Stories::default();
        }
        let refs: Vec<&DocumentSketch> = sorted.iter().collect();
        let members = self.copy_groups(&refs);
        Stories::new(vec![Story {
            id: id.to_string(),
            title: refs
                .iter()
                .find_map(|d| d.title.clone())
                .unwrap_or_default(),
            docs: refs.iter().map(|d| d.id.clone()).collect(),
            copies: copy_lists(&refs, &members.iter().collect::<Vec<_>>()),
            given: false,
        }])
    }

    /// The near-duplicate groups of `docs`.
    fn copy_groups(&self, docs: &[&DocumentSketch]) -> Vec<Vec<usize>> {
        let shingles: Vec<_> = docs.iter().map(|d| &d.reading.shingles).collect();
        members_of(&near_duplicates(&shingles, self.copy_similarity))
    }

    fn separate_auto(&self, docs: &[&DocumentSketch]) -> Vec<Story> {
        if docs.is_empty() {
            return Vec::new();
        }
        let members = self.copy_groups(docs);
        let Sketches {
            groups: sketches,
            df,
            boilerplate,
        } = sketches(docs, &members, &self.sketch);
        let edges = edges(&sketches, &df, &self.cluster);
        let cluster = average_link(
            members.len(),
            &edges,
            self.cluster.threshold,
            self.cluster.cohesion,
        );
        // Stories: the groups of each cluster.
        let mut by_cluster: FastMap<usize, Vec<usize>> = FastMap::default();
        for (g, &c) in cluster.iter().enumerate() {
            by_cluster.entry(c).or_default().push(g);
        }
        let mut centrality = vec![0f64; members.len()];
        for &(a, b, s) in &edges {
            if cluster[a as usize] == cluster[b as usize] {
                centrality[a as usize] += f64::from(s);
                centrality[b as usize] += f64::from(s);
            }
        }
        let mut roots: Vec<usize> = by_cluster.keys().copied().collect();
        roots.sort_unstable();
        roots
            .into_iter()
            .map(|root| {
                let groups = &by_cluster[&root];
                let group_members: Vec<&Vec<usize>> = groups.iter().map(|&g| &members[g]).collect();
                let mut ids: Vec<String> = group_members
                    .iter()
                    .flat_map(|m| m.iter().map(|&d| docs[d].id.clone()))
                    .collect();
                ids.sort();
                // The most central group with a headline names the story.
                let mut by_centrality: Vec<usize> = groups.clone();
                by_centrality
                    .sort_by(|&a, &b| centrality[b].total_cmp(&centrality[a]).then(a.cmp(&b)));
                let title = by_centrality
                    .iter()
                    .find_map(|&g| docs[members[g][0]].title.as_deref())
                    .map(|t| words::clean_title(t, &boilerplate))
                    .unwrap_or_default();
                Story {
                    id: ids[0].clone(),
                    title,
                    docs: ids,
                    copies: copy_lists(docs, &group_members),
                    given: false,
                }
            })
            .collect()
    }
}

/// The documents of each near-duplicate group (indices into the sorted
/// documents, ascending), groups in order of their first document.
fn members_of(group: &[usize]) -> Vec<Vec<usize>> {
    let mut index: FastMap<usize, usize> = FastMap::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (d, &g) in group.iter().enumerate() {
        let slot = *index.entry(g).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[slot].push(d);
    }
    members
}

/// The copy groups of two or more documents, as id lists with the
/// original first: a document that credits no other outlet before one
/// that does, then the earliest dated, then by id.
fn copy_lists(docs: &[&DocumentSketch], groups: &[&Vec<usize>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = groups
        .iter()
        .filter(|g| g.len() >= 2)
        .map(|g| {
            let original = g
                .iter()
                .copied()
                .min_by_key(|&d| {
                    let doc = docs[d];
                    (doc.credits_outlet, doc.date.is_none(), doc.date, d)
                })
                .unwrap_or(g[0]);
            let mut rest: Vec<String> = g
                .iter()
                .filter(|&&d| d != original)
                .map(|&d| docs[d].id.clone())
                .collect();
            rest.sort();
            std::iter::once(docs[original].id.clone())
                .chain(rest)
                .collect()
        })
        .collect();
    out.sort();
    out
}

/// The stories the documents were given with.
fn given_stories(docs: &[&DocumentSketch]) -> Vec<Story> {
    let mut by_story: FastMap<&str, Vec<&DocumentSketch>> = FastMap::default();
    for d in docs {
        if let Some(s) = d.story.as_deref() {
            by_story.entry(s).or_default().push(d);
        }
    }
    let mut ids: Vec<&str> = by_story.keys().copied().collect();
    ids.sort_unstable();
    ids.into_iter()
        .map(|id| {
            let members = &by_story[id];
            Story {
                id: id.to_string(),
                title: members
                    .iter()
                    .find_map(|d| d.title.clone())
                    .unwrap_or_default(),
                docs: members.iter().map(|d| d.id.clone()).collect(),
                copies: Vec::new(),
                given: true,
            }
        })
        .collect()
}
