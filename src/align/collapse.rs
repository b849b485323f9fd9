//! Repeats counted once. Before a block's claims are paired, the claims
//! that repeat another are set aside and only one representative of each
//! is paired; the repeats rejoin their representative's findings as
//! copies. A claim repeats another when
//!
//! - it is the same figure in the same sentence (the same words in
//!   order), wherever that sentence appears — a syndicated paragraph in
//!   two hundred papers, a paragraph an article repeats; or
//! - it gives the same figure for the same quantity (the block's story,
//!   measure, family and modality, and the same place, period, window and
//!   frame relation) from the same source — two copies of one article that a copy desk
//!   edited apart, or a headline and its lead; or
//! - no measure names it, it is in a document's first sentence (a
//!   headline, or a lead), and it is the first later claim of that
//!   document to give the same figure for the same head noun (and place, period,
//!   window and relation): "a 17-car crash on Route 9" and "a 17-car
//!   pileup on Route 9". The later claim, which says more, is paired.
//!
//! So a finding does not change with how many copies of a claim there
//! are, copies never confirm each other, and the cost of a block grows
//! with its distinct claims.

use std::hash::{Hash, Hasher};

use crate::align::group::{Ctx, Draft};
use crate::align::judge::Family;
use crate::align::prepare::View;
use crate::align::reason::Reason;
use crate::claim::Relation;
use crate::claim::TimeWindow;
use crate::disjoint::Disjoint;
use crate::hash::{FastHasher, FastMap};

/// A block's claims with repeats set aside.
pub(crate) struct Collapsed {
    /// The representatives (claim indices, ascending): what is paired.
    pub reps: Vec<usize>,
    /// The repeats of each representative that has some, ascending.
    copies: FastMap<usize, Vec<usize>>,
}

/// What makes two claims of one source the same claim. (For claims a
/// measure names it holds no thing counted: two counts of one value in
/// one list, "two senators, two park rangers", are taken for repeats.
/// Keying the frame's head or the sentence moved some 20 findings of the
/// development corpus each way and lost two it should find; left for a
/// rule that tells a list's items from a headline and its lead.)
#[derive(PartialEq, Eq, Hash)]
struct SameFigure<'a> {
    source: &'a str,
    family: &'a Family,
    unit: Option<&'a str>,
    bits: [Option<u64>; 3],
    /// A tally's two counts.
    sides: Option<[u64; 2]>,
    approx: bool,
    period: Option<crate::claim::Period>,
    baseline: bool,
    negated: bool,
    place: &'a [u32],
    window: Option<&'a TimeWindow>,
    /// A part ("killing one of them") is not a repeat of a total of the
    /// same figure.
    relation: Relation,
    /// Nor is a count said to include the perpetrator, or to sum several
    /// incidents, a repeat of one that does not say so ("four dead" and
    /// "four dead, including the gunman"): what it holds keeps groups
    /// apart in conflicts, so it is paired itself.
    holds: (bool, bool),
    /// The thing counted, for a claim no measure names (its block holds
    /// every claim of that head: "a 23-vehicle crash" in a headline and
    /// "a 23-vehicle pileup" in its lead).
    head: Option<&'a str>,
}

/// Sets aside the repeats among `members` (claim indices, ascending).
pub(crate) fn collapse(ctx: &Ctx<'_>, members: &[usize]) -> Collapsed {
    let n = members.len();
    if n < 2 {
        return Collapsed {
            reps: members.to_vec(),
            copies: FastMap::default(),
        };
    }
    let mut sets = Disjoint::new(n);
    let mut by_sentence: FastMap<u64, usize> = FastMap::default();
    let mut by_figure: FastMap<SameFigure<'_>, usize> = FastMap::default();
    // Claims no measure names, in the first sentence of the document read
    // now (a headline or a lead), each waiting for the first later claim
    // of that document that repeats it. (Claims come sorted by document.)
    let mut leads: FastMap<SameFigure<'_>, usize> = FastMap::default();
    let mut lead_doc = None;
    let mut repeated_lead = vec![false; n];
    for (pos, &i) in members.iter().enumerate() {
        let v = ctx.features.view(ctx.claims, i);
        if lead_doc != Some(v.prep.doc) {
            leads.clear();
            lead_doc = Some(v.prep.doc);
        }
        let mut h = FastHasher::default();
        v.sentence.ordered().hash(&mut h);
        v.prep.ordinal.hash(&mut h);
        v.claim.figure.text.hash(&mut h);
        let first = *by_sentence.entry(h.finish()).or_insert(pos);
        sets.union(first, pos);
        let head = v.claim.frame.head.as_deref().filter(|h| !h.is_empty());
        let named = v.claim.measure.is_some();
        if !named && (head.is_none() || v.claim.sentence > 0 && leads.is_empty()) {
            continue;
        }
        let key = same_figure(v, if named { None } else { head });
        if named {
            let first = *by_figure.entry(key).or_insert(pos);
            sets.union(first, pos);
        } else if v.claim.sentence == 0 {
            leads.entry(key).or_insert(pos);
        } else if let Some(first) = leads.remove(&key) {
            sets.union(first, pos);
            repeated_lead[first] = true;
        }
    }
    // Each class's representative: a claim from a document that credits
    // no other outlet and is not itself a copy, then not a first sentence
    // that a later one repeats (the body says more than its headline),
    // then the first.
    let rank = |pos: usize| {
        let c = &ctx.claims[members[pos]];
        (
            ctx.borrowers.contains(c.doc.as_str()),
            c.source.is_some(),
            repeated_lead[pos],
            pos,
        )
    };
    let mut best: FastMap<usize, usize> = FastMap::default();
    for pos in 0..n {
        let root = sets.find(pos);
        let slot = best.entry(root).or_insert(pos);
        if rank(pos) < rank(*slot) {
            *slot = pos;
        }
    }
    let mut reps = Vec::with_capacity(best.len());
    let mut copies: FastMap<usize, Vec<usize>> = FastMap::default();
    for pos in 0..n {
        let rep = best[&sets.find(pos)];
        if rep == pos {
            reps.push(members[pos]);
        } else {
            copies.entry(members[rep]).or_default().push(members[pos]);
        }
    }
    Collapsed { reps, copies }
}

/// What makes claim `v` the same claim as another of its source, with
/// the thing it counts when no measure names it.
fn same_figure<'a>(v: View<'a>, head: Option<&'a str>) -> SameFigure<'a> {
    let q = &v.prep.quantity;
    SameFigure {
        source: v.claim.source_doc(),
        family: &q.family,
        unit: q.unit.as_deref(),
        bits: [q.value, q.low, q.high].map(|x| x.map(f64::to_bits)),
        sides: v
            .claim
            .figure
            .sides
            .as_ref()
            .map(|s| [s[0].count.to_bits(), s[1].count.to_bits()]),
        approx: q.approx,
        period: q.period,
        baseline: q.baseline,
        negated: q.negated,
        place: &v.prep.place,
        window: v.prep.window.as_deref(),
        relation: v.claim.frame.relation,
        holds: v.prep.marks.holds(),
        head,
    }
}

impl Collapsed {
    /// Puts the repeats back into the drafts of the representatives: each
    /// joins its representative's side and is listed as a copy.
    pub(crate) fn restore(&self, drafts: &mut [Draft]) {
        if self.copies.is_empty() {
            return;
        }
        for d in drafts {
            let mut added = 0;
            for side in &mut d.sides {
                let extra: Vec<usize> = side
                    .iter()
                    .filter_map(|rep| self.copies.get(rep))
                    .flatten()
                    .copied()
                    .collect();
                if extra.is_empty() {
                    continue;
                }
                added += extra.len();
                d.copies.extend_from_slice(&extra);
                side.extend(extra);
                side.sort_unstable();
            }
            if added > 0 {
                d.copies.sort_unstable();
                d.reasons.push(Reason::Repeats { count: added });
            }
        }
    }
}
