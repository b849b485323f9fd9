//! Blocking: which claims are ever compared. Claims are partitioned by a
//! [`BlockKey`]; only claims sharing a key are paired, so the cost grows
//! with the number of plausible matches, not with n².

use std::collections::HashMap;
use std::fmt;

use crate::align::judge::Quantity;
use crate::align::prepare::{Features, View};
use crate::claim::{Claim, Modality};

/// The blocking partition a claim belongs to: its measure, the family its
/// figure is compared in (count, percent, money, a measurement dimension,
/// bare multiplier), its modality, and — for claims with no measure — a
/// hash of its normalised sentence context, so that measure-less claims
/// meet only near-identical sentences.
///
/// Claims with different keys are never compared, so a corpus split by key
/// can be aligned partition by partition (on different machines, say) with
/// the same findings.
///
/// ```
/// use factdiff::{Claim, Span, block_key};
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
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockKey {
    measure: Option<String>,
    family: std::borrow::Cow<'static, str>,
    modality: Modality,
    context: Option<u32>,
}

impl fmt::Display for BlockKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
/// use factdiff::{Claim, Span, block_key};
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
        measure: v.claim.measure.clone(),
        family: q.family.key(),
        modality: v.prep.modality,
        context: v.claim.measure.is_none().then(|| {
            let mut h: u32 = 0x811c_9dc5;
            for t in &v.sentence.context {
                for b in t.to_le_bytes() {
                    h ^= u32::from(b);
                    h = h.wrapping_mul(0x0100_0193);
                }
            }
            h
        }),
    }
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
}

impl Default for Blocking {
    fn default() -> Blocking {
        Blocking {
            exhaustive_limit: 128,
            rare_tokens: 3,
            max_token_claims: 64,
            enabled: true,
        }
    }
}

/// Splits claim indices into blocks, in key order; each block's members in
/// index order.
pub(crate) fn blocks(
    claims: &[Claim],
    features: &Features,
    blocking: &Blocking,
) -> Vec<Vec<usize>> {
    if !blocking.enabled {
        return if claims.is_empty() {
            Vec::new()
        } else {
            vec![(0..claims.len()).collect()]
        };
    }
    let mut by_key: HashMap<BlockKey, Vec<usize>> = HashMap::new();
    for i in 0..claims.len() {
        by_key
            .entry(key_of(features.view(claims, i)))
            .or_default()
            .push(i);
    }
    let mut keyed: Vec<(BlockKey, Vec<usize>)> = by_key.into_iter().collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| v.len() >= 2)
        .collect()
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
    let context = |i: usize| -> &[u32] { &features.sentences[features.claims[i].sentence].context };
    let mut freq: HashMap<u32, u32> = HashMap::new();
    for &i in members {
        for &t in context(i) {
            *freq.entry(t).or_default() += 1;
        }
    }
    let cap = u32::try_from(blocking.max_token_claims).unwrap_or(u32::MAX);
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut keys: Vec<(u32, u32)> = Vec::new();
    for (pos, &i) in members.iter().enumerate() {
        keys.clear();
        keys.extend(
            context(i)
                .iter()
                .map(|t| (freq.get(t).copied().unwrap_or(0), *t))
                .filter(|&(f, _)| f >= 2 && f <= cap),
        );
        keys.sort_unstable();
        for &(_, t) in keys.iter().take(blocking.rare_tokens) {
            index.entry(t).or_default().push(pos);
        }
    }
    let mut lists: Vec<Vec<usize>> = index.into_values().filter(|l| l.len() >= 2).collect();
    lists.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for list in &lists {
        for (x, &p) in list.iter().enumerate() {
            for &q in &list[x + 1..] {
                out.push((p, q));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    Pairs::Listed(out)
}
