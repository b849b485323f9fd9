//! Blocking: which claims are ever compared. Claims are partitioned by a
//! [`BlockKey`]; only claims sharing a key are paired, so the cost grows
//! with the number of plausible matches, not with n².

use std::fmt;

use rayon::prelude::*;

use crate::align::judge::{Family, Quantity};
use crate::align::prepare::{Features, View, key_measure};
use crate::claim::{Claim, Modality};
use crate::hash::FastMap;

/// The blocking partition a claim belongs to: its story, its measure (or
/// `spent` for money of a measure the lexicon derives from spending,
/// funding or cost: "set aside $48.6 million for the bridge", "the bridge
/// will cost $49 million"), the family its figure is compared in (count,
/// percent, money, a measurement dimension, bare multiplier), its modality
/// (a sum planned or estimated goes with sums stated), and — for claims
/// with no measure — a hash of what its frame counts (head and event), or, when
/// the frame names no head, of its verb, or with no verb either of its
/// normalised sentence context, so that such claims meet only
/// near-identical sentences.
///
/// Claims with different keys are never compared, so a corpus split by key
/// can be aligned partition by partition (on different machines, say) with
/// the same findings.
///
/// ```
/// use factdiff::align::block_key;
/// use factdiff::{Claim, Span};
///
/// let claim = |text: &str| {
///     let f = factdiff::figures(text).next().unwrap();
///     let mut c = Claim::new("d", 0, 0, Span::new(0, text.len()), text, f);
///     c.measure = Some("arrests".into());
///     c
/// };
/// assert_eq!(block_key(&claim("Police made 40 arrests.")), block_key(&claim("40 were arrested.")));
/// assert_ne!(block_key(&claim("Police made 40 arrests.")), block_key(&claim("Arrests rose 4%.")));
/// assert_eq!(block_key(&claim("Police made 40 arrests.")).to_string(), "arrests/count/reported");
///
/// // The story leads the key: claims of two events never meet.
/// let mut told = claim("Police made 40 arrests.");
/// told.story = Some("dunmore-raid".into());
/// assert_eq!(block_key(&told).to_string(), "dunmore-raid//arrests/count/reported");
///
/// // Money spent: one block, whoever tells it and whether planned.
/// let first = |text: &str| factdiff::claims(&factdiff::Document::new("d", text)).next().unwrap();
/// let budget = first("The council set aside $48.6 million for the bridge.");
/// let estimate = first("The bridge is expected to cost $49 million.");
/// assert_eq!((budget.measure.as_deref(), estimate.measure.as_deref()), (Some("funding"), Some("cost")));
/// assert_eq!(block_key(&budget), block_key(&estimate));
/// assert_eq!(block_key(&estimate).to_string(), "spent/money/reported");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockKey {
    story: Option<String>,
    measure: Option<String>,
    family: std::borrow::Cow<'static, str>,
    modality: Modality,
    context: Option<u32>,
}

/// Shows the key as text, the form engines partition and sort by: the
/// story (with `%` and `/` escaped as `%25` and `%2F`) and `//` when there
/// is one, then `measure/family/modality`, then the context hash of a
/// claim without a measure. Equal keys give equal text and different keys
/// different text.
impl fmt::Display for BlockKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(story) = &self.story {
            for c in story.chars() {
                match c {
                    '%' => f.write_str("%25")?,
                    '/' => f.write_str("%2F")?,
                    c => fmt::Write::write_char(f, c)?,
                }
            }
            f.write_str("//")?;
        }
        write!(
            f,
            "{}/{}/{}",
            self.measure.as_deref().unwrap_or("-"),
            self.family,
            self.modality
        )?;
        if let Some(h) = self.context {
            write!(f, "/{h:08x}")?;
        }
        Ok(())
    }
}

/// The [`BlockKey`] of a claim.
///
/// ```
/// use factdiff::align::block_key;
/// use factdiff::{Claim, Span};
/// let f = factdiff::figures("about 12%").next().unwrap();
/// let c = Claim::new("d", 0, 0, Span::new(0, 9), "about 12%", f);
/// assert!(block_key(&c).to_string().starts_with("-/percent/reported/"));
/// ```
pub fn block_key(claim: &Claim) -> BlockKey {
    let one = std::slice::from_ref(claim);
    let features = Features::of(one);
    key_of(features.view(one, 0))
}

pub(crate) fn key_of(v: View<'_>) -> BlockKey {
    let q: &Quantity = &v.prep.quantity;
    BlockKey {
        story: v.claim.story.clone(),
        measure: key_measure(v.claim).map(str::to_string),
        family: q.family.key(),
        modality: v.prep.key_modality(),
        context: v.claim.measure.is_none().then(|| unnamed_key(v)),
    }
}

/// What keys a claim the lexicon names no measure for: nothing more than
/// its family when it is a physical measurement (the head is the unit:
/// "12,400 acres" and "about 5,000 hectares" meet); its frame's head
/// lemma when the frame names one ("bridges inspected", "bridges were
/// inspected": claims of one thing meet whatever their words, and their
/// frames then tell whether the event is the same), else its verb and
/// subject when it names both ("Ray Fenn was shot twice"), else its verb
/// (and the pair's veto then asks for near-identical sentences), else a
/// hash of its normalised sentence context (so that such claims meet only
/// identical ones).
fn unnamed_key(v: View<'_>) -> u32 {
    let fnv = |h: u32, b: u8| (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    let mut h: u32 = 0x811c_9dc5;
    let frame = &v.claim.frame;
    // A measurement's head is its unit: the family (its dimension) keys it.
    if v.prep.quantity.physical() {
        return b"measured:".iter().fold(h, |h, b| fnv(h, *b));
    }
    if let Some(head) = frame.head.as_deref().filter(|h| !h.is_empty()) {
        for b in b"frame:".iter().chain(head.as_bytes()) {
            h = fnv(h, *b);
        }
        return h;
    }
    // What happened to one named person ("Ray Fenn was shot twice"):
    // the verb and the person, whatever else the sentences say.
    if let Some(event) = frame
        .predicate
        .as_ref()
        .filter(|_| !v.prep.subject.is_empty())
    {
        for b in b"patient:".iter().chain(event.lemma.as_bytes()) {
            h = fnv(h, *b);
        }
        for t in &v.prep.subject {
            for b in t.to_le_bytes() {
                h = fnv(h, b);
            }
        }
        return h;
    }
    // A verb and no head ("ushers split the crowds up twice"): claims of one
    // verb meet, and only near-identical sentences pass (see `veto`).
    if let Some(event) = &frame.predicate {
        for b in b"event:".iter().chain(event.lemma.as_bytes()) {
            h = fnv(h, *b);
        }
        return h;
    }
    for t in v.sentence.context() {
        for b in t.to_le_bytes() {
            h = fnv(h, b);
        }
    }
    h
}

/// How candidate pairs are drawn inside one block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Blocking {
    /// Blocks up to this size are compared exhaustively (every pair).
    pub exhaustive_limit: usize,
    /// Above it, claims are paired when they share one of their
    /// `rare_tokens` rarest context tokens...
    pub rare_tokens: usize,
    /// ...that no more than this many claims of the block share.
    pub max_token_claims: usize,
    /// Whether blocking is on at all (off: one block, every pair).
    pub enabled: bool,
    /// Blocks with more claims are cut into chunks of this many, in
    /// claim order: the bound on what is aligned at once.
    pub max_block: usize,
}

impl Default for Blocking {
    fn default() -> Blocking {
        Blocking {
            exhaustive_limit: 128,
            rare_tokens: 3,
            max_token_claims: 64,
            enabled: true,
            max_block: 250_000,
        }
    }
}

/// Splits claim indices into blocks, in key order; each block's members in
/// index order.
///
/// The keys are [`BlockKey`]s made of integers: the story's and the
/// measure's ranks among the stories and measures (`Features` interns both
/// by rank), the family's rank
/// among the families' key names, the modality and the context hash, so
/// that sorting them sorts the claims as their `BlockKey`s would, without
/// building and hashing a string key per claim.
pub(crate) fn blocks(
    claims: &[Claim],
    features: &Features,
    blocking: &Blocking,
) -> Vec<Vec<usize>> {
    if !blocking.enabled {
        return story_blocks(claims.len(), features);
    }
    let families = family_ranks(features);
    // Block ids in order of first claim, then the blocks ordered by key;
    // members are filled in index order.
    // The keys are worked out on all threads (a pass over every claim).
    let key_of = |i: usize| {
        let v = features.view(claims, i);
        IntKey {
            story: v.prep.story,
            measure: v.prep.key_measure,
            family: families.get(&v.prep.quantity.family).copied().unwrap_or(0),
            modality: v.prep.key_modality(),
            context: v.claim.measure.is_none().then(|| unnamed_key(v)),
        }
    };
    let claim_keys: Vec<IntKey> = if claims.len() < 4096 {
        (0..claims.len()).map(key_of).collect()
    } else {
        (0..claims.len()).into_par_iter().map(key_of).collect()
    };
    let mut ids: FastMap<IntKey, usize> = FastMap::default();
    let mut keys: Vec<(IntKey, usize)> = Vec::new();
    let block_of: Vec<usize> = claim_keys
        .into_iter()
        .map(|key| {
            let id = *ids.entry(key).or_insert_with(|| {
                keys.push((key, 0));
                keys.len() - 1
            });
            keys[id].1 += 1;
            id
        })
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).filter(|&id| keys[id].1 >= 2).collect();
    order.sort_unstable_by_key(|&id| keys[id].0);
    let mut slot: Vec<usize> = vec![usize::MAX; keys.len()];
    for (k, &id) in order.iter().enumerate() {
        slot[id] = k;
    }
    let mut out: Vec<Vec<usize>> = order
        .iter()
        .map(|&id| Vec::with_capacity(keys[id].1))
        .collect();
    for (i, &id) in block_of.iter().enumerate() {
        if let Some(members) = out.get_mut(slot[id]) {
            members.push(i);
        }
    }
    if out.iter().any(|m| m.len() > blocking.max_block) {
        out = out
            .into_iter()
            .flat_map(|m| chunks(m, blocking.max_block))
            .collect();
    }
    out
}

/// Every claim of a story in one block, stories in order, when blocking
/// is off: every pair, but never across stories.
fn story_blocks(n: usize, features: &Features) -> Vec<Vec<usize>> {
    let mut by_story: Vec<Vec<usize>> = Vec::new();
    let mut slot: FastMap<Option<u32>, usize> = FastMap::default();
    for i in 0..n {
        let k = *slot.entry(features.claims[i].story).or_insert_with(|| {
            by_story.push(Vec::new());
            by_story.len() - 1
        });
        by_story[k].push(i);
    }
    by_story.sort_unstable_by_key(|m| features.claims[m[0]].story);
    by_story.retain(|m| m.len() >= 2);
    by_story
}

/// The families present, each with its rank among their key names.
fn family_ranks(features: &Features) -> FastMap<&Family, u32> {
    let mut families: FastMap<&Family, u32> = FastMap::default();
    for p in &features.claims {
        families.entry(&p.quantity.family).or_insert(0);
    }
    let mut named: Vec<(std::borrow::Cow<'static, str>, &Family)> =
        families.keys().map(|f| (f.key(), *f)).collect();
    named.sort_unstable();
    for (rank, (_, f)) in named.iter().enumerate() {
        families.insert(f, u32::try_from(rank).unwrap_or(u32::MAX));
    }
    families
}

/// `members` cut into consecutive chunks of at most `max` (the last may be
/// smaller), in order: how an oversized block is split.
fn chunks(members: Vec<usize>, max: usize) -> Vec<Vec<usize>> {
    if members.len() <= max {
        return vec![members];
    }
    members.chunks(max.max(1)).map(<[usize]>::to_vec).collect()
}

/// A [`BlockKey`] in integers, ordered as the `BlockKey` is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct IntKey {
    story: Option<u32>,
    measure: Option<u32>,
    family: u32,
    modality: Modality,
    context: Option<u32>,
}

/// The candidate pairs of one block, as positions in the block.
pub(crate) enum Pairs {
    /// Every pair (a, b), a < b.
    All(usize),
    /// These pairs (a, b), a < b, sorted, without duplicates.
    Listed(Vec<(usize, usize)>),
}

impl Pairs {
    /// The pairs as claim indices.
    pub(crate) fn claim_pairs(&self, members: &[usize]) -> Vec<(usize, usize)> {
        match self {
            Pairs::All(n) => (0..*n)
                .flat_map(|a| (a + 1..*n).map(move |b| (members[a], members[b])))
                .collect(),
            Pairs::Listed(v) => v.iter().map(|&(a, b)| (members[a], members[b])).collect(),
        }
    }
}

/// The candidate pairs of one block.
pub(crate) fn block_pairs(members: &[usize], features: &Features, blocking: &Blocking) -> Pairs {
    let n = members.len();
    if !blocking.enabled || n <= blocking.exhaustive_limit {
        return Pairs::All(n);
    }
    // Token blocking inside a large block: each claim is indexed under its
    // few rarest context tokens (rarity counted within this block, so the
    // block gives the same pairs alone or in a larger corpus); tokens that
    // too many claims share are dropped as uninformative.
    // The members' contexts, looked up once (the lookups miss the cache:
    // members are spread over the whole corpus).
    let contexts: Vec<&[u32]> = members
        .iter()
        .map(|&i| features.sentences[features.claims[i].sentence].context())
        .collect();
    let mut freq: FastMap<u32, u32> = FastMap::default();
    for context in &contexts {
        for &t in *context {
            *freq.entry(t).or_default() += 1;
        }
    }
    let cap = u32::try_from(blocking.max_token_claims).unwrap_or(u32::MAX);
    let rare = blocking.rare_tokens;
    let index = rare_token_index(&contexts, &freq, cap, rare);
    Pairs::Listed(indexed_pairs(&index, n, rare))
}

/// (token, position) for each claim's `rare` rarest context tokens
/// (frequency in the block, then token, ascending; none found in one
/// context only or in more than `cap`); sorted, so that each token's run
/// lists the positions indexed under it, ascending.
fn rare_token_index(
    contexts: &[&[u32]],
    freq: &FastMap<u32, u32>,
    cap: u32,
    rare: usize,
) -> Vec<(u32, usize)> {
    let mut index: Vec<(u32, usize)> = Vec::with_capacity(contexts.len() * rare);
    let mut keys: Vec<u64> = Vec::new();
    for (pos, context) in contexts.iter().enumerate() {
        keys.clear();
        keys.extend(context.iter().filter_map(|t| {
            let f = freq.get(t).copied().unwrap_or(0);
            (f >= 2 && f <= cap).then_some((u64::from(f) << 32) | u64::from(*t))
        }));
        keys.sort_unstable();
        index.extend(keys.iter().take(rare).map(|&k| {
            // The low half of the key is the token.
            #[allow(clippy::cast_possible_truncation)]
            let t = k as u32;
            (t, pos)
        }));
    }
    index.sort_unstable();
    index
}

/// The pairs of positions that share a token of `index` (see
/// [`rare_token_index`]; `n` positions, at most `rare` tokens each), in
/// order and without duplicates.
fn indexed_pairs(index: &[(u32, usize)], n: usize, rare: usize) -> Vec<(usize, usize)> {
    // The runs (token lists) each position is indexed under, `rare` slots
    // per position.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut runs_of: Vec<usize> = vec![usize::MAX; n * rare];
    let mut start = 0;
    for list in index.chunk_by(|x, y| x.0 == y.0) {
        if list.len() >= 2 {
            let r = runs.len();
            runs.push((start, start + list.len()));
            for &(_, pos) in list {
                if let Some(slot) = runs_of
                    .get_mut(pos * rare..(pos + 1) * rare)
                    .and_then(|slots| slots.iter_mut().find(|s| **s == usize::MAX))
                {
                    *slot = r;
                }
            }
        }
        start += list.len();
    }
    // The pairs, in order and without duplicates, with no sort: for each
    // position `p`, the positions after it in its lists, merged.
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut tails: Vec<&[(u32, usize)]> = Vec::with_capacity(rare);
    for p in 0..n {
        tails.clear();
        for &r in runs_of.get(p * rare..(p + 1) * rare).unwrap_or_default() {
            if let Some(list) = runs.get(r).and_then(|&(a, b)| index.get(a..b)) {
                let after = list.partition_point(|&(_, q)| q <= p);
                tails.push(&list[after..]);
            }
        }
        // A k-way merge of sorted tails (k <= rare), dropping repeats.
        while let Some(q) = tails.iter().filter_map(|t| t.first()).map(|e| e.1).min() {
            out.push((p, q));
            for t in &mut tails {
                if t.first().is_some_and(|e| e.1 == q) {
                    *t = &t[1..];
                }
            }
            tails.retain(|t| !t.is_empty());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// `block_pairs` as first written (hash maps, every pair listed, then
    /// sorted and deduplicated): the reference.
    fn reference_pairs(
        members: &[usize],
        features: &Features,
        blocking: &Blocking,
    ) -> Vec<(usize, usize)> {
        let context =
            |i: usize| -> &[u32] { features.sentences[features.claims[i].sentence].context() };
        let mut freq: HashMap<u32, u32> = HashMap::new();
        for &i in members {
            for &t in context(i) {
                *freq.entry(t).or_default() += 1;
            }
        }
        let cap = u32::try_from(blocking.max_token_claims).unwrap_or(u32::MAX);
        let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
        for (pos, &i) in members.iter().enumerate() {
            let mut keys: Vec<(u32, u32)> = context(i)
                .iter()
                .map(|t| (freq.get(t).copied().unwrap_or(0), *t))
                .filter(|&(f, _)| f >= 2 && f <= cap)
                .collect();
            keys.sort_unstable();
            for &(_, t) in keys.iter().take(blocking.rare_tokens) {
                index.entry(t).or_default().push(pos);
            }
        }
        let mut out = Vec::new();
        for list in index.values() {
            for (x, &p) in list.iter().enumerate() {
                for &q in &list[x + 1..] {
                    out.push((p, q));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn oversized_blocks_are_cut_into_chunks_in_claim_order() {
        let claims: Vec<Claim> = (0..7)
            .map(|i| {
                let text = format!("Crews rescued {} hikers.", 10 + i);
                let figure = crate::figures(&text).next().unwrap();
                let span = crate::Span::new(0, text.len());
                let mut c = Claim::new("d", i, i, span, &text, figure);
                c.measure = Some("rescues".into());
                c
            })
            .collect();
        let features = Features::of(&claims);
        let cut = |max_block| {
            let blocking = Blocking {
                max_block,
                ..Blocking::default()
            };
            blocks(&claims, &features, &blocking)
        };
        assert_eq!(cut(3), [vec![0, 1, 2], vec![3, 4, 5], vec![6]]);
        assert_eq!(cut(7), [(0..7).collect::<Vec<_>>()]);
    }

    #[test]
    fn token_blocking_pairs_as_the_reference_does() {
        const WORDS: &[&str] = &[
            "rescued",
            "sailors",
            "coast",
            "county",
            "officials",
            "Barcorl",
            "Dalfen",
            "Kelvor",
            "river",
            "homes",
            "damaged",
            "crews",
            "evacuated",
            "residents",
            "storm",
            "shelter",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut below = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap_or(0)
        };
        // Story words (letters only, numbers are masked): each shared by a
        // few claims.
        let story = |k: usize| {
            let letter = |x: usize| char::from(b"abcdefghijklmnopqrstuvwxyz"[x % 26]);
            format!("zq{}{}", letter(k), letter(k / 26))
        };
        let claims: Vec<Claim> = (0..600)
            .filter_map(|i| {
                let words: Vec<&str> = (0..2 + below(6))
                    .map(|_| WORDS[below(WORDS.len())])
                    .collect();
                let (figure, verb) = (10 + below(90), WORDS[below(4)]);
                let (a, b) = (story(below(150)), story(below(40)));
                let text = format!(
                    "The {} said {figure} people were {verb} in {a} and {b}.",
                    words.join(" ")
                );
                let figure = crate::figures(&text).next()?;
                let span = crate::Span::new(0, text.len());
                let mut c = Claim::new(&format!("d{}", i % 7), i, i, span, &text, figure);
                c.measure = Some("rescues".into());
                Some(c)
            })
            .collect();
        assert!(claims.len() > 500);
        let n = claims.len();
        let features = Features::of(&claims);
        for (rare_tokens, max_token_claims) in [(3, 64), (1, 64), (2, 5), (5, 1000), (0, 64)] {
            let blocking = Blocking {
                exhaustive_limit: 2,
                rare_tokens,
                max_token_claims,
                ..Blocking::default()
            };
            for members in [(0..n).collect::<Vec<_>>(), (0..n).step_by(3).collect()] {
                let Pairs::Listed(pairs) = block_pairs(&members, &features, &blocking) else {
                    panic!("a block above the exhaustive limit lists its pairs");
                };
                assert_eq!(pairs, reference_pairs(&members, &features, &blocking));
                assert!(rare_tokens == 0 || !pairs.is_empty());
            }
        }
    }
}
