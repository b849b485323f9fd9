//! From scored pairs to findings, inside one block.
//!
//! 1. Pairs that pass the score threshold are judged. Agreeing pairs are
//!    merged into groups, best score first, but two groups merge only when
//!    *every* claim of one agrees with every claim of the other and none
//!    is vetoed against another (so a group never hides a conflict, and a
//!    claim that one sentence sets apart from another never joins it).
//! 2. Conflicting pairs link groups into conflict findings, unless a veto
//!    between any members of the two groups shows they are about
//!    different quantities (a crest and the flood stage set side by side
//!    in one sentence, a city's count against a county's).
//! 3. Near-identical sentences in different documents are syndicated
//!    copies: listed in `copies`, counted once.

mod draft;
mod groups;
mod reasons;

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};

use rayon::prelude::*;

use crate::align::block::Pairs;
use crate::align::judge::{Tolerances, decide};
use crate::align::model::Verdict;
use crate::align::normalize::{sequence_similarity, sequence_similarity_bound};
use crate::align::prepare::{Features, View};
use crate::align::score::{
    agree_only, band, context_overlap, logit, part_and_whole, prior, probability, quantities, veto,
    weight,
};
use crate::claim::Claim;
use crate::hash::{FastMap, FastSet};
pub(crate) use draft::{Draft, finish};
use draft::{agree_draft, conflict_draft};
use groups::Groups;

/// What grouping needs besides the pairs.
pub(crate) struct Ctx<'a> {
    pub claims: &'a [Claim],
    pub features: &'a Features,
    pub tolerances: Tolerances,
    pub min_score: f64,
    pub conflict_score: f64,
    pub syndication: f64,
    /// Documents that credit another outlet ("... contributed to this
    /// report"): in a syndicated pair, theirs is the copy.
    pub borrowers: &'a HashSet<&'a str>,
}

/// Agreeing evidence between two groups, for the merge queue.
#[derive(PartialEq)]
struct Link {
    sum: f64,
    a: usize,
    b: usize,
}

impl Eq for Link {}

impl Ord for Link {
    fn cmp(&self, other: &Link) -> Ordering {
        // Highest sum first; ties to the lowest positions.
        self.sum
            .total_cmp(&other.sum)
            .then(other.a.cmp(&self.a))
            .then(other.b.cmp(&self.b))
    }
}

impl PartialOrd for Link {
    fn partial_cmp(&self, other: &Link) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Edge {
    p: f64,
    a: usize,
    b: usize,
}

fn by_score(edges: &mut [Edge]) {
    edges.sort_by(|x, y| y.p.total_cmp(&x.p).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
}

/// The scored pairs of one block that passed the threshold.
#[derive(Default)]
struct Edges {
    agree: Vec<Edge>,
    conflict: Vec<Edge>,
    /// Pairs whose sentences are near-identical across documents.
    syndicated: Vec<(usize, usize)>,
}

/// A conflict part: its groups (by root) and its conflict edges.
type Part = (Vec<usize>, Vec<(f64, usize, usize)>);

/// One block's claims as the grouping steps see them.
struct Block<'a, 'c> {
    ctx: &'a Ctx<'c>,
    members: &'a [usize],
}

impl Block<'_, '_> {
    fn view(&self, x: usize) -> View<'_> {
        self.ctx.features.view(self.ctx.claims, self.members[x])
    }

    /// Whether two claims may not sit in one conflict: vetoed, a part
    /// against its whole ("two of the victims", "five killed"), a count
    /// said to include the perpetrator against one that does not say so
    /// ("two killed, including the gunman", "one person died"), or a sum
    /// of several incidents against a count of one ("two killed in
    /// separate shootings", "one person was killed"), which may agree when
    /// the figures are equal but say nothing when they differ. Checked
    /// between every claim of two conflicting groups: a claim that agrees
    /// with such a count may count as it does.
    fn apart(&self, x: usize, y: usize) -> bool {
        let (vx, vy) = (self.view(x), self.view(y));
        veto(vx, vy).is_some()
            || part_and_whole(vx, vy)
            || vx.prep.marks.holds() != vy.prep.marks.holds()
    }

    /// Whether one document gives a claim on each side: its writer told
    /// both figures and saw no rivals — a part and its whole ("six others
    /// were injured", "the three bystanders who were wounded") or a count
    /// the article itself corrects — so no source contradicts another.
    fn one_document_tells_both(&self, xs: &[usize], ys: &[usize]) -> bool {
        let doc = |x: usize| self.ctx.claims[self.members[x]].doc.as_str();
        xs.iter().any(|&x| ys.iter().any(|&y| doc(x) == doc(y)))
    }

    fn agrees(&self, x: usize, y: usize) -> bool {
        let (vx, vy) = (self.view(x), self.view(y));
        let (qx, qy) = quantities(vx, vy);
        veto(vx, vy).is_none()
            && decide(&qx, &qy, &self.ctx.tolerances).is_some_and(|o| o.verdict == Verdict::Agree)
    }

    /// Scores every candidate pair (in parallel for large blocks), keeping
    /// those above the threshold with their verdict.
    fn edges(&self, pairs: &Pairs) -> Edges {
        let ctx = self.ctx;
        // Sharing a rare word is evidence of its own: token-blocked pairs
        // keep the prior of a small block.
        let prior = match pairs {
            Pairs::All(n) => prior(*n),
            Pairs::Listed(_) => prior(16),
        };
        // A little slack: logit(probability(w)) may round above w.
        let floor = logit(ctx.min_score) - 1e-9;
        let edge = |a: usize, b: usize| -> Option<(Edge, Option<Verdict>, bool)> {
            let (va, vb) = (self.view(a), self.view(b));
            if veto(va, vb).is_some() {
                return None;
            }
            let fields = weight(va, vb, prior);
            let context = context_overlap(va, vb);
            if fields + band(context.bound()) < floor {
                return None;
            }
            let p = probability(fields + band(context.similarity()));
            if p < ctx.min_score {
                return None;
            }
            let (la, lb) = (va.sentence.ordered().len(), vb.sentence.ordered().len());
            // Similarity is at most min/max length: skip sequences that
            // cannot reach the threshold.
            let copy = va.prep.doc != vb.prep.doc
                && la.min(lb) as f64 >= ctx.syndication * la.max(lb) as f64
                && sequence_similarity_bound(va.sentence, vb.sentence) >= ctx.syndication
                && sequence_similarity(va.sentence.ordered(), vb.sentence.ordered())
                    >= ctx.syndication;
            let (qa, qb) = quantities(va, vb);
            let verdict = decide(&qa, &qb, &ctx.tolerances).map(|o| o.verdict);
            // A conflict needs the same scope on both sides: a figure for one
            // place against one stated for none (a line against the whole
            // system, a district against the city) may be a part against
            // its whole. Agreement needs no such care.
            let one_sided_place = va.prep.place.is_empty() != vb.prep.place.is_empty();
            let verdict = verdict
                .filter(|v| !(*v == Verdict::Conflict && (one_sided_place || agree_only(va, vb))));
            Some((Edge { p, a, b }, verdict, copy))
        };
        let found: Vec<(Edge, Option<Verdict>, bool)> = match pairs {
            Pairs::All(n) if *n < 64 => (0..*n)
                .flat_map(|a| (a + 1..*n).map(move |b| (a, b)))
                .filter_map(|(a, b)| edge(a, b))
                .collect(),
            Pairs::All(n) => (0..*n)
                .into_par_iter()
                .flat_map_iter(|a| (a + 1..*n).filter_map(move |b| edge(a, b)))
                .collect(),
            Pairs::Listed(list) if list.len() < 2048 => {
                list.iter().filter_map(|&(a, b)| edge(a, b)).collect()
            }
            Pairs::Listed(list) => list.par_iter().filter_map(|&(a, b)| edge(a, b)).collect(),
        };
        let mut edges = Edges::default();
        for (e, verdict, copy) in found {
            if copy {
                edges.syndicated.push((e.a, e.b));
            }
            match verdict {
                Some(Verdict::Agree) => edges.agree.push(e),
                Some(Verdict::Conflict) => edges.conflict.push(e),
                None => {}
            }
        }
        edges
    }

    /// Agreeing groups, by "sum" linkage: the two groups joined by the most
    /// agreeing evidence (the sum of their pair scores) merge first, so a
    /// claim that fits both a lone claim and a group of two consistent
    /// reports joins the group. Groups merge only when every claim of one
    /// agrees with every claim of the other.
    fn agree_groups(&self, agree: &[Edge]) -> Groups {
        let n = self.members.len();
        let mut groups = Groups::new(n);
        let mut links: Vec<FastMap<usize, f64>> = vec![FastMap::default(); n];
        for e in agree {
            *links[e.a].entry(e.b).or_default() += e.p;
            *links[e.b].entry(e.a).or_default() += e.p;
        }
        let mut heap: BinaryHeap<Link> = agree
            .iter()
            .map(|e| Link {
                sum: links[e.a][&e.b],
                a: e.a.min(e.b),
                b: e.a.max(e.b),
            })
            .collect();
        while let Some(Link { sum, a, b }) = heap.pop() {
            if !groups.is_root(a) || !groups.is_root(b) || links[a].get(&b) != Some(&sum) {
                continue; // stale
            }
            links[a].remove(&b);
            links[b].remove(&a);
            let ok = groups
                .members(a)
                .all(|x| groups.members(b).all(|y| self.agrees(x, y)));
            if !ok {
                // Groups only grow, so these two stay incompatible.
                continue;
            }
            groups.union(a, b);
            let (keep, gone) = (a.min(b), a.max(b));
            for (x, s) in std::mem::take(&mut links[gone]) {
                links[x].remove(&gone);
                let total = {
                    let t = links[keep].entry(x).or_default();
                    *t += s;
                    *t
                };
                links[x].insert(keep, total);
                heap.push(Link {
                    sum: total,
                    a: keep.min(x),
                    b: keep.max(x),
                });
            }
        }
        groups
    }

    /// Which claims are syndicated copies: in each cluster of
    /// near-identical sentences inside one group, all but the original
    /// (preferably from a document that credits no other outlet).
    fn copies(&self, syndicated: &[(usize, usize)], root: &[usize]) -> Vec<bool> {
        let n = self.members.len();
        if syndicated.is_empty() {
            return vec![false; n];
        }
        let mut copy_of = Groups::new(n);
        for &(a, b) in syndicated {
            let (ra, rb) = (copy_of.root(a), copy_of.root(b));
            if ra != rb && root[a] == root[b] {
                copy_of.union(ra, rb);
            }
        }
        let mut copies: Vec<bool> = vec![false; n];
        for r in copy_of.merged_roots() {
            let borrowed = |x: usize| {
                let doc = self.ctx.claims[self.members[x]].doc.as_str();
                self.ctx.borrowers.contains(doc)
            };
            let original = copy_of
                .members(r)
                .min_by_key(|&x| (borrowed(x), x))
                .unwrap_or(r);
            for x in copy_of.members(r) {
                copies[x] = x != original;
            }
        }
        copies
    }

    /// Conflicts between groups: parts of two or more groups linked by
    /// conflicting pairs, unless a veto between any of their claims shows
    /// they are about different quantities or one document gives a claim
    /// on each side. Returns, per part root, its
    /// groups and its conflict edges.
    fn conflict_parts(
        &self,
        conflict: &mut Vec<Edge>,
        groups: &Groups,
        root: &[usize],
    ) -> Vec<Part> {
        let n = self.members.len();
        // A conflict needs more evidence than an agreement (it says
        // someone is wrong).
        conflict.retain(|e| e.p >= self.ctx.conflict_score);
        if conflict.is_empty() {
            return Vec::new();
        }
        by_score(conflict);
        let mut parts = Groups::new(n); // over group roots
        let mut part_edges: Vec<Vec<(f64, usize, usize)>> = vec![Vec::new(); n];
        // Parts found to be about different quantities stay so as they grow.
        let mut apart: FastSet<(usize, usize)> = FastSet::default();
        for e in conflict.iter() {
            let (pa, pb) = (parts.root(root[e.a]), parts.root(root[e.b]));
            if pa == pb {
                part_edges[pa].push((e.p, e.a, e.b));
                continue;
            }
            let key = (pa.min(pb), pa.max(pb));
            if apart.contains(&key) {
                continue;
            }
            let claims_of = |part: usize| -> Vec<usize> {
                parts
                    .members(part)
                    .flat_map(|g| groups.members(g))
                    .collect()
            };
            let (xs, ys) = (claims_of(pa), claims_of(pb));
            if self.one_document_tells_both(&xs, &ys)
                || xs.iter().any(|&x| ys.iter().any(|&y| self.apart(x, y)))
            {
                apart.insert(key);
                continue;
            }
            parts.union(pa, pb);
            let (keep, gone) = key;
            let moved = std::mem::take(&mut part_edges[gone]);
            part_edges[keep].extend(moved);
            part_edges[keep].push((e.p, e.a, e.b));
        }
        part_edges
            .into_iter()
            .enumerate()
            .filter(|&(r, _)| parts.is_root(r) && parts.size(r) >= 2)
            .map(|(r, edges)| (parts.members(r).collect(), edges))
            .collect()
    }
}

/// Findings of one block: `members` are claim indices (ascending), `pairs`
/// the candidate pairs as positions in `members`.
pub(crate) fn align_block(ctx: &Ctx<'_>, members: &[usize], pairs: &Pairs) -> Vec<Draft> {
    let block = Block { ctx, members };
    let mut edges = block.edges(pairs);
    if edges.agree.is_empty() && edges.conflict.is_empty() {
        return Vec::new();
    }
    let n = members.len();
    let mut groups = block.agree_groups(&edges.agree);
    let root: Vec<usize> = (0..n).map(|x| groups.root(x)).collect();
    let copies = block.copies(&edges.syndicated, &root);

    let mut inside: FastMap<usize, Vec<f64>> = FastMap::default();
    for e in &edges.agree {
        if root[e.a] == root[e.b] {
            inside.entry(root[e.a]).or_default().push(e.p);
        }
    }
    let mut drafts = Vec::new();
    for r in groups.merged_roots() {
        let mut side: Vec<usize> = groups.members(r).collect();
        side.sort_unstable();
        let score = inside.get(&r).map_or(0.0, |ps| mean(ps));
        drafts.push(agree_draft(ctx, members, &side, &copies, score));
    }
    for (part, part_edges) in block.conflict_parts(&mut edges.conflict, &groups, &root) {
        let mut sides: Vec<Vec<usize>> = part
            .iter()
            .map(|&g| {
                let mut s: Vec<usize> = groups.members(g).collect();
                s.sort_unstable();
                s
            })
            .collect();
        sides.sort_unstable();
        let score = mean(&part_edges.iter().map(|e| e.0).collect::<Vec<_>>());
        let best = part_edges
            .iter()
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)))
            .map(|&(_, a, b)| (a.min(b), a.max(b)));
        drafts.push(conflict_draft(ctx, members, &sides, &copies, score, best));
    }
    drafts
}

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        (xs.iter().sum::<f64>() / xs.len() as f64).clamp(0.0, 1.0)
    }
}
