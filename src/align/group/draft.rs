//! Drafts: a finding in claim indices, built inside its block with its
//! reasons (agree or conflict), and made into the report's findings, in
//! report order, at the end.

use rayon::prelude::*;

use super::Ctx;
use super::reasons::{compared, copy_reason, shared_fields};
use crate::align::model::{Finding, Verdict};
use crate::align::prepare::View;
use crate::align::reason::{Compared, Reason};
use crate::claim::Claim;

/// A finding in claim indices, built inside its block (in parallel);
/// copies of its claims rejoin it and the [`Finding`] is made at the end.
pub(crate) struct Draft {
    pub verdict: Verdict,
    /// The sides' claim indices, each ascending; one side for `agree`.
    pub sides: Vec<Vec<usize>>,
    /// Claims that repeat another claim of the finding, ascending.
    pub copies: Vec<usize>,
    pub score: f64,
    /// How many claims (agree) or sides (conflict) the explanation counts.
    pub count: usize,
    /// Why, as data; rendered into the finding's explanation at the end.
    pub reasons: Vec<Reason>,
}

impl Draft {
    fn new(
        verdict: Verdict,
        sides: Vec<Vec<usize>>,
        mut copies: Vec<usize>,
        score: f64,
        count: usize,
        reasons: Vec<Reason>,
    ) -> Draft {
        copies.sort_unstable();
        Draft {
            verdict,
            sides,
            copies,
            score,
            count,
            reasons,
        }
    }

    /// The indices of every claim, ascending: the report orders findings
    /// by them.
    fn key(&self) -> Vec<usize> {
        let mut key: Vec<usize> = self.sides.iter().flatten().copied().collect();
        key.sort_unstable();
        key
    }

    /// How many independent sources the finding's claims come from:
    /// distinct [`source_doc`](Claim::source_doc)s of the claims that are
    /// not copies.
    pub fn sources(&self, claims: &[Claim]) -> usize {
        let mut sources: Vec<&str> = self
            .sides
            .iter()
            .flatten()
            .filter(|i| self.copies.binary_search(i).is_err())
            .map(|&i| claims[i].source_doc())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }

    fn finding(self, claims: &[Claim], key: &[usize]) -> Finding {
        let id = |&i: &usize| claims[i].id.clone();
        Finding {
            verdict: self.verdict,
            claims: key.iter().map(id).collect(),
            score: self.score,
            explanation: crate::report::explanation(self.verdict, self.count, &self.reasons),
            reasons: self.reasons,
            sides: self
                .sides
                .iter()
                .map(|s| s.iter().map(id).collect())
                .collect(),
            copies: self.copies.iter().map(id).collect(),
            syndicated: false,
            story: key.first().and_then(|&i| claims[i].story.clone()),
        }
    }
}

/// How many distinct comparisons an explanation shows; the rest are
/// counted.
const SHOWN_COMPARISONS: usize = 4;

pub(super) fn agree_draft(
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
    let lead = side
        .iter()
        .copied()
        .find(|&x| !copies[x])
        .unwrap_or(side[0]);
    let mut reasons = shared_fields(&views);
    // The distinct comparisons of the lead with the other independent
    // claims: the first few shown, the rest counted.
    let (mut shown, mut more): (Vec<Compared>, Vec<Compared>) = (Vec::new(), Vec::new());
    for &x in side.iter().filter(|&&x| x != lead && !copies[x]) {
        let c = compared(ctx, members[lead], members[x]);
        let seen = shown.iter().chain(&more).any(|y| y.same_figures(&c));
        if !seen {
            if shown.len() < SHOWN_COMPARISONS {
                shown.push(c);
            } else {
                more.push(c);
            }
        }
    }
    if shown.is_empty() {
        // Only copies: show the figure against its copy.
        if let Some(&x) = side.iter().find(|&&x| x != lead) {
            shown.push(compared(ctx, members[lead], members[x]));
        }
    }
    reasons.extend(shown.into_iter().map(|c| Reason::Compared(Box::new(c))));
    if !more.is_empty() {
        reasons.push(Reason::MoreComparisons { count: more.len() });
    }
    reasons.extend(copy_reason(ctx, members, side, copies));
    let marked = marked_copies(side, members, copies);
    Draft::new(
        Verdict::Agree,
        vec![side.iter().map(|&x| members[x]).collect()],
        marked,
        score,
        side.len(),
        reasons,
    )
}

/// The claims among `positions` that are syndicated copies, as claim indices.
fn marked_copies(positions: &[usize], members: &[usize], copies: &[bool]) -> Vec<usize> {
    positions
        .iter()
        .copied()
        .filter(|&x| copies[x])
        .map(|x| members[x])
        .collect()
}

pub(super) fn conflict_draft(
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
    let mut reasons = shared_fields(&views);
    if let Some((a, b)) = best {
        reasons.push(Reason::Compared(Box::new(compared(
            ctx, members[a], members[b],
        ))));
    }
    reasons.extend(copy_reason(ctx, members, &all, copies));
    let marked = marked_copies(&all, members, copies);
    Draft::new(
        Verdict::Conflict,
        sides
            .iter()
            .map(|side| side.iter().map(|&x| members[x]).collect())
            .collect(),
        marked,
        score,
        sides.len(),
        reasons,
    )
}

/// The findings of the drafts, in report order: by their claims, then
/// verdict. Drafts whose claims come from fewer than two independent
/// sources (one article, or copies of one) are not findings.
pub(crate) fn finish(claims: &[Claim], drafts: Vec<Draft>) -> Vec<Finding> {
    let mut keyed: Vec<(Vec<usize>, Draft)> = drafts
        .into_par_iter()
        .filter(|d| d.sources(claims) >= 2)
        .map(|d| (d.key(), d))
        .collect();
    keyed.par_sort_by(|x, y| x.0.cmp(&y.0).then(x.1.verdict.cmp(&y.1.verdict)));
    keyed
        .into_iter()
        .map(|(key, d)| d.finding(claims, &key))
        .collect()
}
