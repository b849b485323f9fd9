//! From sketches to stories: candidate pairs from an inverted index of the
//! sketches' key features, a similarity per candidate pair, and
//! average-link clustering over those pairs.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use crate::date::Date;
use crate::hash::FastMap;
use crate::story::sketch::{Sketch, cosine};
use crate::story::words::Feature;

/// The settings of candidate search, similarity and clustering.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClusterParams {
    /// Average similarity at or above which two clusters merge.
    pub threshold: f32,
    /// Two clusters of two or more merge only when their average
    /// similarity is at least this share of the lower of their own
    /// (cohesion).
    pub cohesion: f32,
    /// Weight of the term cosine; the name cosine has the rest.
    pub term_weight: f32,
    /// Factor for a pair that shares no rare name.
    pub no_rare_name: f32,
    /// A name in at most this many groups is rare; so is a name in at
    /// most this many groups dated near two documents dated near each
    /// other (see [`shares_rare`]).
    pub rare_name_groups: u32,

    /// Key features in more groups than this give no candidates.
    pub max_postings: usize,
    /// Pairs below this similarity are left out of the graph.
    pub edge_floor: f32,
    /// Days apart at which the date factor starts to fall...
    pub date_grace: f32,
    /// ...and its floor.
    pub date_floor: f32,
    /// Days over which the date factor falls from 1 to its floor.
    pub date_span: f32,
    /// Whether publication dates weigh at all: the date factor and the
    /// rarity of a name on the days of a pair.
    pub use_dates: bool,
}

/// A scored candidate pair `(a, b, similarity)` with `a < b`.
pub(crate) type Edge = (u32, u32, f32);

/// The candidate pairs of the sketches with their similarity, at or above
/// the edge floor, sorted.
pub(crate) fn edges(
    sketches: &[Sketch],
    df: &FastMap<Feature, u32>,
    params: &ClusterParams,
) -> Vec<Edge> {
    let mut postings: FastMap<Feature, Vec<u32>> = FastMap::default();
    for (i, s) in sketches.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        for &f in &s.keys {
            postings.entry(f).or_default().push(i);
        }
    }
    let mut pairs: Vec<(u32, u32)> = postings
        .into_par_iter()
        .filter(|(_, list)| list.len() >= 2 && list.len() <= params.max_postings)
        .flat_map_iter(|(_, list)| {
            let mut out = Vec::with_capacity(list.len() * (list.len() - 1) / 2);
            for (x, &a) in list.iter().enumerate() {
                out.extend(list[x + 1..].iter().map(|&b| (a.min(b), a.max(b))));
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    let names = NameFrequency::of(sketches, df, params.use_dates);
    pairs
        .into_par_iter()
        .filter_map(|(a, b)| {
            let s = similarity(&sketches[a as usize], &sketches[b as usize], &names, params);

            (s >= params.edge_floor).then_some((a, b, s))
        })
        .collect()
}

/// How alike two groups' sketches are, in `[0, 1]`: the weighted cosines
/// of their terms and names, less when they share no rare name (same-type
/// events — two shootings, two votes — share topic words, not victims,
/// towns or bill numbers), less again when both are dated far apart.
pub(crate) fn similarity(
    a: &Sketch,
    b: &Sketch,
    names: &NameFrequency<'_>,
    params: &ClusterParams,
) -> f32 {
    let terms = cosine(&a.terms, &b.terms);
    let name_cosine = cosine(&a.names, &b.names);
    let mut s = params.term_weight * terms + (1.0 - params.term_weight) * name_cosine;
    if !shares_rare(a, b, names, params) {
        s *= params.no_rare_name;
    }

    if let (Some(x), Some(y)) = (a.date, b.date) {
        let days = x.days_between(y) as f32;
        if days > params.date_grace {
            let fall = ((days - params.date_grace) / params.date_span).min(1.0);
            s *= 1.0 - fall * (1.0 - params.date_floor);
        }
    }
    s.clamp(0.0, 1.0)
}

/// In how many groups each name is found: in all, and by date.
pub(crate) struct NameFrequency<'a> {
    df: &'a FastMap<Feature, u32>,
    /// Per name, how many of its groups are undated and the dates of the
    /// others, in order.
    dated: FastMap<Feature, (u32, Vec<Date>)>,
}

impl<'a> NameFrequency<'a> {
    /// The frequencies of the sketches' names. The counts by date are only
    /// made when dates are used and some sketch has one: they are read for
    /// dated pairs alone.
    pub(crate) fn of(
        sketches: &[Sketch],
        df: &'a FastMap<Feature, u32>,
        use_dates: bool,
    ) -> NameFrequency<'a> {
        let mut dated: FastMap<Feature, (u32, Vec<Date>)> = FastMap::default();
        if !use_dates || sketches.iter().all(|s| s.date.is_none()) {
            return NameFrequency { df, dated };
        }
        for s in sketches {
            for &(f, _) in &s.names {
                let entry = dated.entry(f).or_default();
                match s.date {
                    Some(d) => entry.1.push(d),
                    None => entry.0 += 1,
                }
            }
        }
        for entry in dated.values_mut() {
            entry.1.sort_unstable();
        }
        NameFrequency { df, dated }
    }

    /// In how many groups `name` is found.
    fn all(&self, name: Feature) -> u32 {
        self.df.get(&name).copied().unwrap_or(0)
    }

    /// In how many groups `name` is found that are undated or dated at
    /// most `days` before `from` or after `to`.
    fn near(&self, name: Feature, from: Date, to: Date, days: f32) -> usize {
        self.dated.get(&name).map_or(0, |(undated, dates)| {
            let far = |d: Date, edge: Date| d.days_between(edge) as f32 > days;
            let first = dates.partition_point(|&d| d < from && far(d, from));
            let end = dates.partition_point(|&d| d <= to || !far(d, to));
            *undated as usize + end - first
        })
    }
}

/// Whether two groups share a rare name: one found in few groups of the
/// corpus, or — when both are dated within the date grace of each other —
/// in few groups of those days. A city's name is common over a year of
/// news and still tells one day's events apart; in a day's feed from that
/// city it is common on the day too, and tells nothing.
fn shares_rare(a: &Sketch, b: &Sketch, names: &NameFrequency<'_>, params: &ClusterParams) -> bool {
    let max = params.rare_name_groups;
    let days = match (a.date, b.date) {
        (Some(x), Some(y)) if params.use_dates && x.days_between(y) as f32 <= params.date_grace => {
            Some((x.min(y), x.max(y)))
        }
        _ => None,
    };
    shared(&a.names, &b.names).any(|name| {
        names.all(name) <= max
            || days.is_some_and(|(from, to)| {
                names.near(name, from, to, params.date_grace) <= max as usize
            })
    })
}

/// The features two sorted vectors share.
fn shared<'v>(
    a: &'v [(Feature, f32)],
    b: &'v [(Feature, f32)],
) -> impl Iterator<Item = Feature> + 'v {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1].0);
                }
            }
        }
        None
    })
}

/// A merge the clustering may make: two clusters and their average
/// similarity, stamped with the clusters' versions when it was computed.
#[derive(PartialEq)]
struct Merge {
    average: f64,
    a: u32,
    b: u32,
    stamp: (u32, u32),
}

impl Eq for Merge {}

impl Ord for Merge {
    fn cmp(&self, other: &Merge) -> Ordering {
        // Highest average first; ties to the lowest pair.
        self.average
            .total_cmp(&other.average)
            .then(other.a.cmp(&self.a))
            .then(other.b.cmp(&self.b))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Merge) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Average-link (UPGMA) clustering of `n` items over the edges: the two
/// clusters with the highest average similarity merge while that average
/// is at least `threshold`; pairs without an edge count as 0. Two clusters
/// of two or more items are kept apart when their average similarity is
/// below `cohesion` times the lower of their internal averages: two tight
/// groups (each an event its outlets told alike) that are only loosely
/// alike are two events of one kind — two bills passed on one day — not
/// one. Exact and order-free for a given edge list; returns each item's
/// cluster as the index of its lowest item.
pub(crate) fn average_link(n: usize, edges: &[Edge], threshold: f32, cohesion: f32) -> Vec<usize> {
    let cohesion_factor = f64::from(cohesion);
    let mut clusters = Clusters::new(n, edges);
    let mut heap: BinaryHeap<Merge> = edges
        .iter()
        .map(|&(a, b, s)| Merge {
            average: f64::from(s),
            a,
            b,
            stamp: (0, 0),
        })
        .collect();
    let threshold = f64::from(threshold);
    while let Some(m) = heap.pop() {
        if m.average < threshold {
            break;
        }
        let (a, b) = (m.a as usize, m.b as usize);
        let c = &clusters;
        if c.parent[a] != a || c.parent[b] != b || (c.version[a], c.version[b]) != m.stamp {
            continue; // stale
        }
        if c.size[a] >= 2 && c.size[b] >= 2 && m.average < cohesion_factor * c.own(a).min(c.own(b))
        {
            // Kept apart; the pair's versions stay, so it is not retried
            // until one of them grows.
            continue;
        }
        clusters.merge(a, b, m.average, threshold, &mut heap);
    }
    (0..n)
        .map(|mut x| {
            while clusters.parent[x] != x {
                x = clusters.parent[x];
            }
            x
        })
        .collect()
}

/// The clusters of [`average_link`] as they grow, each named by its
/// lowest item.
struct Clusters {
    /// Each cluster's sum of similarities between its own members.
    inner: Vec<f64>,
    size: Vec<u32>,
    /// Bumped at each merge, so that queued merges of the old cluster are
    /// known stale.
    version: Vec<u32>,
    parent: Vec<usize>,
    /// Each cluster's sum of similarities to each neighbouring cluster.
    links: Vec<FastMap<u32, f64>>,
}

/// An item's index as the edges count it (in `u32`).
fn id(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

impl Clusters {
    fn new(n: usize, edges: &[Edge]) -> Clusters {
        let mut links: Vec<FastMap<u32, f64>> = vec![FastMap::default(); n];
        for &(a, b, s) in edges {
            links[a as usize].insert(b, f64::from(s));
            links[b as usize].insert(a, f64::from(s));
        }
        Clusters {
            inner: vec![0f64; n],
            size: vec![1u32; n],
            version: vec![0u32; n],
            parent: (0..n).collect(),
            links,
        }
    }

    /// The average similarity between the members of cluster `x`.
    fn own(&self, x: usize) -> f64 {
        let k = f64::from(self.size[x]);
        self.inner[x] / (k * (k - 1.0) / 2.0)
    }

    /// Merges clusters `a` and `b`, whose average similarity is `average`,
    /// and queues the merged cluster's merges with its neighbours that
    /// reach `threshold`.
    fn merge(
        &mut self,
        a: usize,
        b: usize,
        average: f64,
        threshold: f64,
        heap: &mut BinaryHeap<Merge>,
    ) {
        // The lower index names the merged cluster; the larger map is kept.
        let (keep, gone) = (a.min(b), a.max(b));
        self.parent[gone] = keep;
        self.inner[keep] +=
            self.inner[gone] + average * f64::from(self.size[keep]) * f64::from(self.size[gone]);
        self.size[keep] += self.size[gone];
        self.version[keep] += 1;
        let mut moved = std::mem::take(&mut self.links[gone]);
        moved.remove(&id(keep));
        self.links[keep].remove(&id(gone));
        if moved.len() > self.links[keep].len() {
            std::mem::swap(&mut moved, &mut self.links[keep]);
        }
        for (x, s) in moved {
            *self.links[keep].entry(x).or_default() += s;
        }
        let mut neighbours: Vec<(u32, f64)> =
            self.links[keep].iter().map(|(&x, &s)| (x, s)).collect();
        neighbours.sort_unstable_by_key(|&(x, _)| x);
        for (x, s) in neighbours {
            let xi = x as usize;
            self.links[xi].remove(&id(gone));
            self.links[xi].insert(id(keep), s);
            let average = s / (f64::from(self.size[keep]) * f64::from(self.size[xi]));
            if average >= threshold {
                let (lo, hi) = (keep.min(xi), keep.max(xi));
                heap.push(Merge {
                    average,
                    a: id(lo),
                    b: id(hi),
                    stamp: (self.version[lo], self.version[hi]),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_link_merges_while_the_average_holds() {
        // 0-1-2 tightly linked, 3 weakly linked to 2 only, 4 alone.
        let edges = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.85), (2, 3, 0.5)];
        assert_eq!(average_link(5, &edges, 0.3, 0.0), [0, 0, 0, 3, 4]);
        // A lower threshold lets 3 in: (0.5 + 0 + 0) / 3 ≈ 0.17.
        assert_eq!(average_link(5, &edges, 0.15, 0.0), [0, 0, 0, 0, 4]);
    }

    #[test]
    fn two_tight_pairs_loosely_alike_stay_apart() {
        // Two pairs at 0.8 inside, 0.3 across: one event each.
        let edges = [
            (0, 1, 0.8),
            (2, 3, 0.8),
            (0, 2, 0.3),
            (0, 3, 0.3),
            (1, 2, 0.3),
            (1, 3, 0.3),
        ];
        assert_eq!(average_link(4, &edges, 0.2, 0.5), [0, 0, 2, 2]);
        assert_eq!(average_link(4, &edges, 0.2, 0.0), [0, 0, 0, 0]);
        // A lone item joins a pair on the threshold alone.
        let edges = [(0, 1, 0.8), (0, 2, 0.3), (1, 2, 0.3)];
        assert_eq!(average_link(3, &edges, 0.2, 0.5), [0, 0, 0]);
    }

    #[test]
    fn chains_do_not_merge_as_single_link_would() {
        let edges: Vec<Edge> = (0..9).map(|i| (i, i + 1, 0.4)).collect();
        let clusters = average_link(10, &edges, 0.3, 0.0);
        let distinct: std::collections::HashSet<usize> = clusters.iter().copied().collect();
        assert!(distinct.len() > 1, "{clusters:?}");
    }

    #[test]
    fn a_name_is_counted_near_a_pair_of_days() {
        let date = |d: u32| Date::new(2024, 3, d);
        let name: Feature = 7;
        let sketch = |date: Option<Date>| Sketch {
            terms: Vec::new(),
            names: vec![(name, 1.0)],
            keys: Vec::new(),
            date,
        };
        // Dated the 1st, 4th, 5th, 9th and 20th, and one undated.
        let sketches: Vec<Sketch> = [date(20), date(1), date(5), None, date(9), date(4)]
            .into_iter()
            .map(sketch)
            .collect();
        let df: FastMap<Feature, u32> = [(name, 6)].into_iter().collect();
        let names = NameFrequency::of(&sketches, &df, true);
        assert_eq!(names.all(name), 6);
        let (from, to) = (date(5).unwrap(), date(6).unwrap());
        // The 4th, 5th and 9th lie within three days; the undated may.
        assert_eq!(names.near(name, from, to, 3.0), 4);
        assert_eq!(names.near(name, from, to, 0.0), 2);
        assert_eq!(names.near(name, from, to, 30.0), 6);
        assert_eq!(names.near(8, from, to, 3.0), 0);
    }
}
