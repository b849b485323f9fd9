//! How alike two token sequences are: the similarity of two sentences'
//! context keys (strsim's Levenshtein and Jaro–Winkler, worked out
//! without allocation for sorted sets), its cheap upper bounds, and the
//! similarity of two sentences' words in order (for syndication).

use super::SentenceKeys;

/// Similarity in `[0, 1]` of two token sequences: the mean of strsim's
/// normalised Levenshtein and Jaro–Winkler, both over tokens (not
/// characters, see design.md on `sorensen_dice`).
///
/// The numbers are strsim's (`generic_levenshtein`, `generic_jaro_winkler`;
/// the tests check equality on random sequences), but for the sorted,
/// deduplicated context keys pair scoring compares they are worked out
/// here without strsim's per-call allocations and generic iteration,
/// which made up half of the cost of scoring a candidate pair:
/// Levenshtein bit-parallel ([`levenshtein`]), and Jaro by one merge,
/// since two sorted sets of distinct tokens match each token at most once
/// and never transpose. Other sequences go to strsim.
#[cfg(test)]
pub(crate) fn token_similarity(a: &[u32], b: &[u32]) -> f64 {
    Overlap::of(a, b).similarity()
}

/// An upper bound of [`token_similarity`] for two sorted, deduplicated
/// token keys (see [`Overlap::bound`]).
#[cfg(test)]
pub(crate) fn similarity_bound(a: &[u32], b: &[u32]) -> f64 {
    Overlap::of(a, b).bound()
}

/// What one merge of two sorted token keys tells about their similarity:
/// the tokens they share, and for sets how many of those sit close enough
/// for Jaro to match them. Pair scoring asks for [`Overlap::bound`]
/// first, and for the exact [`Overlap::similarity`] only when the bound
/// leaves the pair in play.
pub(crate) struct Overlap<'a> {
    a: &'a [u32],
    b: &'a [u32],
    /// Both are sorted sets (context keys always are).
    sets: bool,
    common: usize,
    /// Shared tokens at most `max(len) / 2 - 1` positions apart.
    near: usize,
}

impl<'a> Overlap<'a> {
    /// The overlap of two sentences' context keys, sorted sets by
    /// construction.
    pub(crate) fn of_contexts(a: &'a SentenceKeys, b: &'a SentenceKeys) -> Overlap<'a> {
        debug_assert!(is_set(a.context()) && is_set(b.context()));
        Overlap::merge(a.context(), b.context(), true)
    }

    /// The overlap of two token sequences.
    #[cfg(test)]
    pub(crate) fn of(a: &'a [u32], b: &'a [u32]) -> Overlap<'a> {
        Overlap::merge(a, b, is_set(a) && is_set(b))
    }

    fn merge(a: &'a [u32], b: &'a [u32], sets: bool) -> Overlap<'a> {
        let reach = (a.len().max(b.len()) / 2).saturating_sub(1);
        let (mut i, mut j, mut common, mut near) = (0, 0, 0usize, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    near += usize::from(i.abs_diff(j) <= reach);
                    i += 1;
                    j += 1;
                }
            }
        }
        Overlap {
            a,
            b,
            sets,
            common,
            near,
        }
    }

    /// An upper bound of [`Overlap::similarity`] for two sorted,
    /// deduplicated token keys, from the number of tokens they share:
    /// Levenshtein similarity is at most `common / longest`, and Jaro
    /// counts at most `common` matches.
    pub(crate) fn bound(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        if self.common == 0 {
            return 0.0;
        }
        let shared = self.common as f64;
        let (la, lb) = (a.len() as f64, b.len() as f64);
        let lev = shared / la.max(lb);
        let jaro = ((shared / la + shared / lb + 1.0) / 3.0).min(1.0);
        let jw = if jaro > 0.7 {
            jaro + 0.4 * (1.0 - jaro)
        } else {
            jaro
        };
        f64::midpoint(lev, jw).clamp(0.0, 1.0)
    }

    /// The similarity in `[0, 1]`: see [`token_similarity`].
    pub(crate) fn similarity(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let equal = if self.sets {
            self.common == a.len() && a.len() == b.len()
        } else {
            a == b
        };
        if equal {
            return 1.0;
        }
        let longest = a.len().max(b.len());
        let lev = 1.0 - distance(a, b, self.sets) as f64 / longest as f64;
        let jw = if self.sets {
            self.sorted_jaro_winkler()
        } else {
            strsim::generic_jaro_winkler(&Toks(a), &Toks(b))
        };
        f64::midpoint(lev, jw).clamp(0.0, 1.0)
    }

    /// strsim's `generic_jaro_winkler` for two sorted sets of tokens.
    ///
    /// strsim's Jaro flags, for each token of `a` in turn, the first
    /// unflagged equal token of `b` within `max(len) / 2 - 1` positions. In
    /// sets, a token has at most one equal token on the other side, so the
    /// matches are the shared tokens that close ([`Overlap::near`]); both
    /// sides list the matches in ascending order, so none is transposed.
    /// The arithmetic is strsim's, operation for operation, for
    /// bit-identical results.
    fn sorted_jaro_winkler(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        let (la, lb) = (a.len(), b.len());
        if la == 0 && lb == 0 {
            return 1.0;
        }
        if la == 0 || lb == 0 || self.near == 0 {
            return 0.0;
        }
        let m = self.near as f64;
        // strsim's third term, (matches - transpositions) / matches, is
        // exactly 1 with no transpositions.
        let jaro = ((m / la as f64) + (m / lb as f64) + 1.0) / 3.0;
        if jaro > 0.7 {
            let prefix = a.iter().take(4).zip(b).take_while(|(x, y)| x == y).count();
            jaro + 0.1 * prefix as f64 * (1.0 - jaro)
        } else {
            jaro
        }
    }
}

/// Whether the tokens are strictly ascending: a sorted set.
pub(super) fn is_set(a: &[u32]) -> bool {
    a.windows(2).all(|w| w[0] < w[1])
}

/// The Levenshtein distance of two token sequences: strsim's
/// `generic_levenshtein`, computed with Myers' bit-parallel algorithm
/// (Hyyrö's formulation) when the shorter sequence has at most 64 tokens,
/// which sentences nearly always have: one pass of a few word operations
/// per token of the longer sequence, no allocation, against strsim's
/// allocated row and a cell-by-cell loop. Longer sequences go to strsim.
pub(super) fn levenshtein(a: &[u32], b: &[u32]) -> usize {
    distance(a, b, is_set(a) && is_set(b))
}

/// [`levenshtein`], told whether both sequences are sorted sets.
fn distance(a: &[u32], b: &[u32], sets: bool) -> usize {
    // The shorter is the pattern, one bit per token; the longer, the text.
    let (pattern, text) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let len = pattern.len();
    if len == 0 {
        return text.len();
    }
    if len > 64 {
        return strsim::generic_levenshtein(&Toks(a), &Toks(b));
    }
    let last = 1u64 << (len - 1);
    let (mut vp, mut vn) = (!0u64, 0u64);
    let mut dist = len;
    let mut at = 0;
    for &token in text {
        // Where `token` occurs in the pattern: for two sets, one merge step
        // finds the single position; otherwise every position is checked.
        let eq = if sets {
            while at < len && pattern[at] < token {
                at += 1;
            }
            if at < len && pattern[at] == token {
                1u64 << at
            } else {
                0
            }
        } else {
            pattern
                .iter()
                .enumerate()
                .fold(0u64, |mask, (i, &x)| mask | (u64::from(x == token) << i))
        };
        let d0 = (((eq & vp).wrapping_add(vp)) ^ vp) | eq | vn;
        let mut hp = vn | !(d0 | vp);
        let mut hn = d0 & vp;
        if hp & last != 0 {
            dist += 1;
        } else if hn & last != 0 {
            dist = dist.saturating_sub(1);
        }
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | !(d0 | hp);
        vn = hp & d0;
    }
    dist
}

/// An upper bound of [`sequence_similarity`] of two sentences' words,
/// from their bags: a word edit adds or removes at most one word of each
/// sentence's set of words, so at least half the words in one set only
/// are edits, and each bit set in one bag only stands for a word in one
/// set only.
pub(crate) fn sequence_similarity_bound(a: &SentenceKeys, b: &SentenceKeys) -> f64 {
    let longest = a.words.max(b.words);
    if longest == 0 {
        return 1.0;
    }
    let edits = (a.bag ^ b.bag).count_ones().div_ceil(2);
    1.0 - f64::from(edits) / longest as f64
}

/// Normalised Levenshtein similarity of two ordered token sequences
/// (strsim's distance, see [`levenshtein`]).
pub(crate) fn sequence_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a == b {
        return 1.0;
    }
    let longest = a.len().max(b.len());
    1.0 - levenshtein(a, b) as f64 / longest as f64
}

/// A token slice that strsim's generic functions can iterate by reference.
pub(super) struct Toks<'a>(pub(super) &'a [u32]);

impl<'a> IntoIterator for &Toks<'a> {
    type Item = &'a u32;
    type IntoIter = std::slice::Iter<'a, u32>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
