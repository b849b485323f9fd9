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

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::fmt::Write as _;

use rayon::prelude::*;

use crate::align::block::Pairs;
use crate::align::judge::{Tolerances, decide, judge_quantities};
use crate::align::model::{Finding, Verdict};
use crate::align::normalize::{NameMatch, name_match, sequence_similarity};
use crate::align::prepare::{Features, View};
use crate::align::score::{
    context_weight, context_weight_bound, logit, prior, probability, veto, weight,
};
use crate::claim::Claim;

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

/// A finding before ids are filled in: claim indices.
pub(crate) struct Draft {
    pub verdict: Verdict,
    pub sides: Vec<Vec<usize>>,
    pub copies: Vec<usize>,
    pub score: f64,
    pub explanation: String,
}

impl Draft {
    pub(crate) fn claims(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self.sides.iter().flatten().copied().collect();
        all.sort_unstable();
        all
    }
}

/// Union-find with member lists, over positions `0..n`.
///
/// Member lists are kept only for merged groups (most claims stay alone).
struct Groups {
    parent: Vec<usize>,
    merged: HashMap<usize, Vec<usize>>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups {
            parent: (0..n).collect(),
            merged: HashMap::new(),
        }
    }

    /// The members of the group whose root is `r`.
    fn members(&self, r: usize) -> &[usize] {
        match self.merged.get(&r) {
            Some(list) => list,
            // A root is its own parent: the slice holds just `r`.
            None => std::slice::from_ref(&self.parent[r]),
        }
    }

    /// The roots of groups of two or more, ascending.
    fn merged_roots(&self) -> Vec<usize> {
        let mut roots: Vec<usize> = self.merged.keys().copied().collect();
        roots.sort_unstable();
        roots
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (keep, gone) = if a < b { (a, b) } else { (b, a) };
        self.parent[gone] = keep;
        let moved = self.merged.remove(&gone).unwrap_or_else(|| vec![gone]);
        self.merged
            .entry(keep)
            .or_insert_with(|| vec![keep])
            .extend(moved);
    }
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

    fn vetoed(&self, x: usize, y: usize) -> bool {
        veto(self.view(x), self.view(y)).is_some()
    }

    fn agrees(&self, x: usize, y: usize) -> bool {
        let (vx, vy) = (self.view(x), self.view(y));
        veto(vx, vy).is_none()
            && decide(&vx.prep.quantity, &vy.prep.quantity, &self.ctx.tolerances)
                .is_some_and(|o| o.verdict == Verdict::Agree)
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
            if fields + context_weight_bound(va, vb) < floor {
                return None;
            }
            let p = probability(fields + context_weight(va, vb));
            if p < ctx.min_score {
                return None;
            }
            let (la, lb) = (va.sentence.ordered.len(), vb.sentence.ordered.len());
            // Similarity is at most min/max length: skip sequences that
            // cannot reach the threshold.
            let copy = va.prep.doc != vb.prep.doc
                && la.min(lb) as f64 >= ctx.syndication * la.max(lb) as f64
                && sequence_similarity(&va.sentence.ordered, &vb.sentence.ordered)
                    >= ctx.syndication;
            let verdict =
                decide(&va.prep.quantity, &vb.prep.quantity, &ctx.tolerances).map(|o| o.verdict);
            // A conflict needs the same scope on both sides: a figure for one
            // place against one stated for none (a line against the whole
            // system, a district against the city) may be a part against
            // its whole. Agreement needs no such care.
            let one_sided_place = va.prep.place.is_empty() != vb.prep.place.is_empty();
            let verdict = verdict.filter(|v| !(*v == Verdict::Conflict && one_sided_place));
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
        let mut links: Vec<HashMap<usize, f64>> = vec![HashMap::new(); n];
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
            if groups.parent[a] != a || groups.parent[b] != b || links[a].get(&b) != Some(&sum) {
                continue; // stale
            }
            links[a].remove(&b);
            links[b].remove(&a);
            let ok = groups
                .members(a)
                .iter()
                .all(|&x| groups.members(b).iter().all(|&y| self.agrees(x, y)));
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
            let cluster = copy_of.members(r);
            let borrowed = |x: usize| {
                let doc = self.ctx.claims[self.members[x]].doc.as_str();
                self.ctx.borrowers.contains(doc)
            };
            let original = cluster
                .iter()
                .copied()
                .min_by_key(|&x| (borrowed(x), x))
                .unwrap_or(r);
            for &x in cluster {
                copies[x] = x != original;
            }
        }
        copies
    }

    /// Conflicts between groups: parts of two or more groups linked by
    /// conflicting pairs, unless a veto between any of their claims shows
    /// they are about different quantities. Returns, per part root, its
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
        let mut apart: HashSet<(usize, usize)> = HashSet::new();
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
                    .iter()
                    .flat_map(|&g| groups.members(g).iter().copied())
                    .collect()
            };
            let (xs, ys) = (claims_of(pa), claims_of(pb));
            if xs.iter().any(|&x| ys.iter().any(|&y| self.vetoed(x, y))) {
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
            .filter(|&(r, _)| parts.parent[r] == r && parts.members(r).len() >= 2)
            .map(|(r, edges)| (parts.members(r).to_vec(), edges))
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

    let mut inside: HashMap<usize, Vec<f64>> = HashMap::new();
    for e in &edges.agree {
        if root[e.a] == root[e.b] {
            inside.entry(root[e.a]).or_default().push(e.p);
        }
    }
    let mut drafts = Vec::new();
    for r in groups.merged_roots() {
        let mut side = groups.members(r).to_vec();
        side.sort_unstable();
        let score = inside.get(&r).map_or(0.0, |ps| mean(ps));
        drafts.push(agree_draft(ctx, members, &side, &copies, score));
    }
    for (part, part_edges) in block.conflict_parts(&mut edges.conflict, &groups, &root) {
        let mut sides: Vec<Vec<usize>> = part
            .iter()
            .map(|&g| {
                let mut s = groups.members(g).to_vec();
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

/// The fields every claim of `side` shares (measure, period, place,
/// subject, window), for the explanation: `arrests per week in Denver`.
fn shared_fields(views: &[View<'_>]) -> String {
    let mut parts = Vec::new();
    let first = views[0].claim;
    if let Some(m) = &first.measure {
        if views.iter().all(|v| v.claim.measure.as_ref() == Some(m)) {
            parts.push(format!("measure {m}"));
        }
    }
    let periods: Vec<_> = views
        .iter()
        .filter_map(|v| v.prep.quantity.period)
        .collect();
    if periods.len() == views.len() {
        if periods.iter().all(|p| *p == periods[0]) {
            parts.push(format!("period {}", periods[0]));
        } else {
            parts.push("periods converted".to_string());
        }
    }
    for (label, names) in [
        (
            "place",
            views
                .iter()
                .map(|v| (&*v.prep.place, v.claim.place.as_deref()))
                .collect::<Vec<_>>(),
        ),
        (
            "subject",
            views
                .iter()
                .map(|v| (&*v.prep.subject, v.claim.subject.as_deref()))
                .collect(),
        ),
        (
            "source",
            views
                .iter()
                .map(|v| (&*v.prep.attribution, v.claim.attribution.as_deref()))
                .collect(),
        ),
    ] {
        if let Some(name) = common_name(&names) {
            parts.push(format!("{label} {name}"));
        }
    }
    let windows: Vec<_> = views
        .iter()
        .filter_map(|v| v.prep.window.as_deref())
        .collect();
    if windows.len() >= 2 && windows.windows(2).all(|w| w[0].shares(w[1])) {
        if let Some(w) = views.iter().find_map(|v| v.claim.window.as_deref()) {
            parts.push(format!("window {w}"));
        }
    }
    parts.push(format!("a {} figure", views[0].prep.modality));
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        last
    } else {
        format!("{} and {last}", parts.join(", "))
    }
}

/// The name at least two claims state, when all stated names match.
fn common_name<'a>(names: &[(&[u32], Option<&'a str>)]) -> Option<&'a str> {
    let stated: Vec<_> = names.iter().filter(|(t, _)| !t.is_empty()).collect();
    let matching = stated.windows(2).all(|w| {
        matches!(
            name_match(w[0].0, w[1].0),
            NameMatch::Same | NameMatch::Overlap
        )
    });
    if stated.len() >= 2 && matching {
        stated[0].1
    } else {
        None
    }
}

fn arithmetic(ctx: &Ctx<'_>, a: usize, b: usize) -> String {
    let (va, vb) = (
        ctx.features.view(ctx.claims, a),
        ctx.features.view(ctx.claims, b),
    );
    judge_quantities(
        va.claim,
        &va.prep.quantity,
        vb.claim,
        &vb.prep.quantity,
        &ctx.tolerances,
    )
    .explanation
}

fn copy_note(ctx: &Ctx<'_>, members: &[usize], side: &[usize], copies: &[bool]) -> Option<String> {
    let marked: Vec<usize> = side.iter().copied().filter(|&x| copies[x]).collect();
    if marked.is_empty() {
        return None;
    }
    let ids: Vec<&str> = marked
        .iter()
        .map(|&x| ctx.claims[members[x]].id.as_str())
        .collect();
    Some(format!(
        "{} {} a syndicated copy of another claim's sentence and {} once",
        ids.join(", "),
        if ids.len() == 1 { "is" } else { "are" },
        if ids.len() == 1 { "counts" } else { "count" },
    ))
}

fn agree_draft(
    ctx: &Ctx<'_>,
    members: &[usize],
    side: &[usize],
    copies: &[bool],
    score: f64,
) -> Draft {
    let views: Vec<View<'_>> = side
        .iter()
        .map(|&x| ctx.features.view(ctx.claims, members[x]))
        .collect();
    let independent: Vec<usize> = side.iter().copied().filter(|&x| !copies[x]).collect();
    let lead = independent.first().copied().unwrap_or(side[0]);
    let mut sums: Vec<String> = Vec::new();
    for &x in side.iter().filter(|&&x| x != lead && !copies[x]) {
        let s = arithmetic(ctx, members[lead], members[x]);
        if !sums.contains(&s) {
            sums.push(s);
        }
    }
    if sums.is_empty() {
        // Only copies: show the figure against its copy.
        if let Some(&x) = side.iter().find(|&&x| x != lead) {
            sums.push(arithmetic(ctx, members[lead], members[x]));
        }
    }
    let shown = sums.len().min(4);
    let mut s = format!(
        "{} claims share {}: {}",
        side.len(),
        shared_fields(&views),
        sums[..shown].join("; ")
    );
    if sums.len() > shown {
        let _ = write!(s, "; and {} more", sums.len() - shown);
    }
    if let Some(note) = copy_note(ctx, members, side, copies) {
        let _ = write!(s, "; {note}");
    }
    let syndicated = independent.len() <= 1;
    if syndicated {
        s.push_str(" (one independent source only: not independent confirmation)");
    }
    s.push('.');
    Draft {
        verdict: Verdict::Agree,
        sides: vec![side.iter().map(|&x| members[x]).collect()],
        copies: side
            .iter()
            .copied()
            .filter(|&x| copies[x])
            .map(|x| members[x])
            .collect(),
        score,
        explanation: s,
    }
}

fn conflict_draft(
    ctx: &Ctx<'_>,
    members: &[usize],
    sides: &[Vec<usize>],
    copies: &[bool],
    score: f64,
    best: Option<(usize, usize)>,
) -> Draft {
    let all: Vec<usize> = sides.iter().flatten().copied().collect();
    let views: Vec<View<'_>> = all
        .iter()
        .map(|&x| ctx.features.view(ctx.claims, members[x]))
        .collect();
    let mut s = format!(
        "{} sides disagree on {}",
        sides.len(),
        shared_fields(&views)
    );
    if let Some((a, b)) = best {
        let _ = write!(s, ": {}", arithmetic(ctx, members[a], members[b]));
    }
    if let Some(note) = copy_note(ctx, members, &all, copies) {
        let _ = write!(s, "; {note}");
    }
    s.push('.');
    Draft {
        verdict: Verdict::Conflict,
        sides: sides
            .iter()
            .map(|side| side.iter().map(|&x| members[x]).collect())
            .collect(),
        copies: all
            .iter()
            .copied()
            .filter(|&x| copies[x])
            .map(|x| members[x])
            .collect(),
        score,
        explanation: s,
    }
}

/// Turns drafts into findings with ids, in report order.
pub(crate) fn finish(claims: &[Claim], mut drafts: Vec<Draft>) -> Vec<Finding> {
    let mut keyed: Vec<(Vec<usize>, Draft)> = drafts.drain(..).map(|d| (d.claims(), d)).collect();
    keyed.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.verdict.cmp(&y.1.verdict)));
    let id = |i: usize| claims[i].id.clone();
    keyed
        .into_iter()
        .map(|(all, d)| {
            let copies: Vec<String> = d.copies.iter().map(|&i| id(i)).collect();
            let independent = all.len() - d.copies.len();
            Finding {
                verdict: d.verdict,
                claims: all.iter().map(|&i| id(i)).collect(),
                score: d.score,
                explanation: d.explanation,
                sides: d
                    .sides
                    .iter()
                    .map(|s| s.iter().map(|&i| id(i)).collect())
                    .collect(),
                syndicated: d.verdict == Verdict::Agree && independent <= 1,
                copies,
            }
        })
        .collect()
}
