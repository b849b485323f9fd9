//! Near-identical documents (syndicated copies): `MinHash` over word
//! 3-shingles, candidates from LSH bands, the Jaccard similarity of the
//! shingle sets checked exactly (Broder 1997).
//!
//! A copy desk changes little of a wire story: a headline, a byline, a
//! credit line, a trimmed paragraph. Shingles of three words keep most of
//! the text in common; the Jaccard similarity of two copies of a 400-word
//! story with a new headline and credit line is above 0.9, while two
//! articles about one event written apart share few three-word runs.

use crate::disjoint::Disjoint;
use crate::hash::FastMap;

/// How many `MinHash` values a document gets.
const HASHES: usize = 32;
/// LSH bands of [`ROWS`] values: two documents with Jaccard similarity
/// 0.8 share a band with probability 1 - (1 - 0.8^4)^8 ≈ 0.985.
const BANDS: usize = 8;
const ROWS: usize = HASHES / BANDS;
/// In one band bucket, a document is checked against at most this many
/// groups met before it (more only in degenerate input).
const MAX_GROUPS_PER_BUCKET: usize = 64;

/// A document's shingles (sorted, distinct) and their `MinHash` signature.
pub(crate) struct Shingles {
    set: Vec<u64>,
    signature: [u64; HASHES],
}

/// `SplitMix64`'s finaliser: a strong 64-bit mix.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Shingles {
    /// The shingles of a document given its words' hashes in order: every
    /// run of three (a shorter document's words themselves).
    pub(crate) fn of(words: &[u64]) -> Shingles {
        let mut set: Vec<u64> = if words.len() < 3 {
            words.to_vec()
        } else {
            words
                .windows(3)
                .map(|w| mix(w[0] ^ mix(w[1] ^ mix(w[2]))))
                .collect()
        };
        set.sort_unstable();
        set.dedup();
        let signature = signature(&set);
        Shingles { set, signature }
    }

    /// Shingles from a sorted, deduplicated set (as [`set`](Shingles::set)
    /// gives it), the signature worked out again.
    pub(crate) fn from_set(mut set: Vec<u64>) -> Shingles {
        set.sort_unstable();
        set.dedup();
        let signature = signature(&set);
        Shingles { set, signature }
    }

    /// The shingle set, sorted.
    pub(crate) fn set(&self) -> &[u64] {
        &self.set
    }

    /// How much two documents are one text: the exact Jaccard similarity
    /// of their shingle sets, or, when the smaller has at least half the
    /// shingles of the larger, how much of it the larger contains (a wire
    /// story with a credit line added is wholly contained in its copy).
    /// 0 for two empty sets: an empty document copies nothing.
    fn resemblance(&self, other: &Shingles) -> f64 {
        let (common, union) = self.overlap(other);
        if union == 0 {
            return 0.0;
        }
        let (small, large) = (
            self.set.len().min(other.set.len()),
            self.set.len().max(other.set.len()),
        );
        let jaccard = common as f64 / union as f64;
        if 2 * small >= large && small > 0 {
            jaccard.max(common as f64 / small as f64 * CONTAINMENT_DISCOUNT)
        } else {
            jaccard
        }
    }

    /// The exact Jaccard similarity of two shingle sets.
    #[cfg(test)]
    fn jaccard(&self, other: &Shingles) -> f64 {
        let (common, union) = self.overlap(other);
        if union == 0 {
            0.0
        } else {
            common as f64 / union as f64
        }
    }

    /// Shingles in common and in either.
    fn overlap(&self, other: &Shingles) -> (usize, usize) {
        let (a, b) = (&self.set, &other.set);
        let (mut i, mut j, mut common) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (common, a.len() + b.len() - common)
    }
}

/// Containment counts for a little less than resemblance: the smaller text
/// whole inside the larger reads as a copy at the default 0.8, one with a
/// fifth of its shingles missing does not.
const CONTAINMENT_DISCOUNT: f64 = 0.9;

/// The `MinHash` signature of a shingle set.
fn signature(set: &[u64]) -> [u64; HASHES] {
    let mut signature = [u64::MAX; HASHES];
    for &s in set {
        for (k, slot) in signature.iter_mut().enumerate() {
            let h = mix(s ^ SEEDS[k]);
            if h < *slot {
                *slot = h;
            }
        }
    }
    signature
}

/// Fixed seeds, one per `MinHash` function.
const SEEDS: [u64; HASHES] = {
    let mut s = [0u64; HASHES];
    let mut k = 0;
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while k < HASHES {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        s[k] = x;
        k += 1;
    }
    s
};

/// Near-duplicate groups: documents whose shingle sets resemble each other
/// (Jaccard similarity, or containment for texts of comparable length) at
/// least `min_similarity` are copies, and groups are the
/// connected components. Returns each document's group as the index of its
/// first member (documents come in a fixed order, so this is too).
pub(crate) fn near_duplicates(docs: &[&Shingles], min_similarity: f64) -> Vec<usize> {
    let n = docs.len();
    let mut sets = Disjoint::new(n);
    for band in 0..BANDS {
        let mut buckets: FastMap<u64, Vec<usize>> = FastMap::default();
        for (i, d) in docs.iter().enumerate() {
            if d.set.is_empty() {
                continue;
            }
            let rows = &d.signature[band * ROWS..(band + 1) * ROWS];
            let key = rows.iter().fold(band as u64, |h, &r| mix(h ^ r));
            buckets.entry(key).or_default().push(i);
        }
        let mut lists: Vec<Vec<usize>> = buckets.into_values().filter(|m| m.len() >= 2).collect();
        lists.sort_unstable();
        for members in lists {
            // Each member is checked against the groups met so far in the
            // bucket (through one member of each), not against every
            // member: copies of one story make one group quickly.
            let mut groups: Vec<usize> = Vec::new();
            for &i in &members {
                let mut joined = false;
                for &g in &groups {
                    if sets.find(g) == sets.find(i) {
                        joined = true;
                        break;
                    }
                    if docs[g].resemblance(docs[i]) >= min_similarity {
                        sets.union(g, i);
                        joined = true;
                        break;
                    }
                }
                if !joined && groups.len() < MAX_GROUPS_PER_BUCKET {
                    groups.push(i);
                }
            }
        }
    }
    sets.roots()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<u64> {
        text.split_whitespace()
            .map(|w| crate::story::words::feature(b"w:", &w.to_lowercase()))
            .collect()
    }

    const STORY: &str = "The Velder River rose past the Orrin bridge on Monday, and crews \
        from Brannock Falls closed it to traffic. Mayor Ilse Varga said the crossing would \
        stay shut until engineers inspect the piers, which were last checked four years ago. \
        Detours through Kell Road added twenty minutes to the morning commute, and school \
        buses on the east side ran late. The county opened a shelter at the fairgrounds for \
        families whose basements flooded, and volunteers handed out sandbags at the fire hall.";

    #[test]
    fn copies_with_a_new_headline_and_credit_are_copies() {
        let copy = format!(
            "River Closes Orrin Bridge\n{STORY}\nThe Valley Wire contributed to this report."
        );
        let short = "Rain fell on the Alder airport all Saturday, forecasters said.";
        let credited = format!("{short}\nThe Coastal Wire contributed to this report.");
        let (s, c) = (Shingles::of(&words(short)), Shingles::of(&words(&credited)));
        assert!(s.jaccard(&c) < 0.8 && s.resemblance(&c) >= 0.8);
        let (a, b) = (Shingles::of(&words(STORY)), Shingles::of(&words(&copy)));
        assert!(a.jaccard(&b) > 0.8, "{}", a.jaccard(&b));
        let other = "Crews closed the Orrin bridge on Monday after the Velder River rose, \
            Mayor Ilse Varga said, and engineers will inspect the piers before it reopens.";
        let c = Shingles::of(&words(other));
        assert!(a.jaccard(&c) < 0.2, "{}", a.jaccard(&c));
        assert_eq!(near_duplicates(&[&a, &c, &b], 0.8), [0, 1, 0]);
    }

    #[test]
    fn empty_documents_copy_nothing() {
        let e = || Shingles::of(&[]);
        assert_eq!(near_duplicates(&[&e(), &e()], 0.8), [0, 1]);
    }

    #[test]
    fn many_copies_make_one_group() {
        let docs: Vec<Shingles> = (0..500)
            .map(|i| Shingles::of(&words(&format!("{STORY} Copy number {i}."))))
            .collect();
        let groups = near_duplicates(&docs.iter().collect::<Vec<_>>(), 0.8);
        assert!(groups.iter().all(|&g| g == 0));
    }
}
