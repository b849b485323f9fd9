//! What a sentence's claims say of each other once all are read: a run
//! of bare numbers is a list, not claims ([`drop_lists`]), and two counts
//! of one thing and one event joined by "and" are parts ([`split_wholes`]).

use crate::claim::Claim;
use crate::claim::frame::Relation;
use crate::figure::FigureKind;
use crate::text::Token;

/// How many bare numbers in a row make a list (see [`drop_lists`]).
const LIST_MIN: usize = 4;

/// How many tokens may part two numbers of a list: "4, 8, 15", "1 and 2",
/// "12 more and 12 more".
const LIST_GAP: usize = 3;

/// Whether the rules read nothing of what the claim's figure counts: a
/// plain count with no measure, head, predicate or unit.
fn bare_number(c: &Claim) -> bool {
    c.figure.kind == FigureKind::Count
        && c.figure.unit.is_none()
        && c.measure.is_none()
        && c.frame.head.is_none()
        && c.frame.predicate.is_none()
}

/// Takes out of a sentence's claims (`out`, at tokens `ranges`, numbered
/// from `first`) every run of at least [`LIST_MIN`] bare numbers each at
/// most [`LIST_GAP`] tokens from the next — a list of numbers (a draw, a
/// table row, scores, a jumble), not claims about a quantity — and
/// renumbers the rest. It also bounds what a run of figures with no words
/// between them costs downstream.
pub(super) fn drop_lists(out: &mut Vec<Claim>, ranges: &[(usize, usize)], doc: &str, first: usize) {
    let n = out.len();
    let mut keep = vec![true; n];
    let mut run_start = 0;
    for k in 0..=n {
        let continues = k < n
            && bare_number(&out[k])
            && (k == run_start || ranges[k].0.saturating_sub(ranges[k - 1].1) <= LIST_GAP);
        if continues {
            continue;
        }
        if k - run_start >= LIST_MIN {
            keep[run_start..k].fill(false);
        }
        run_start = if k < n && bare_number(&out[k]) {
            k
        } else {
            k + 1
        };
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut flags = keep.into_iter();
    out.retain(|_| flags.next().unwrap_or(true));
    for (j, c) in out.iter_mut().enumerate() {
        c.id = format!("{doc}#{}", first + j);
    }
}

/// Marks as parts (subsets) two counts of one thing and one event joined
/// by "and" in one sentence: "four fans who were hurt left by ambulance
/// and three fans who were hurt left by bus", "two were
/// killed Friday and three killed Saturday". Neither is the whole the
/// event's other reports count (five shot, five killed). Counts of
/// different things stay totals of their own ("killed two soldiers and
/// three civilians"), as do counts of different events ("five were shot
/// and two died").
pub(super) fn split_wholes(out: &mut [Claim], ranges: &[(usize, usize)], tokens: &[Token<'_>]) {
    let part = |c: &Claim| {
        c.figure.kind == FigureKind::Count
            && c.measure.is_some()
            && c.frame.relation == Relation::Total
            && c.frame.predicate.is_some()
    };
    for k in 1..out.len() {
        let (x, y) = (&out[k - 1], &out[k]);
        let one_thing = x.measure == y.measure
            && x.frame.head == y.frame.head
            && x.frame.predicate.as_ref().map(|p| &p.lemma)
                == y.frame.predicate.as_ref().map(|p| &p.lemma);
        let between = tokens.get(ranges[k - 1].1..ranges[k].0).unwrap_or_default();
        let joined = between.iter().any(|t| t.lower() == "and")
            && !between.iter().any(|t| t.is(';') || t.lower() == "but");
        if part(x) && part(y) && one_thing && joined {
            out[k - 1].frame.relation = Relation::Subset;
            out[k].frame.relation = Relation::Subset;
        }
    }
}
