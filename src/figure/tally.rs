//! Two counts set against each other: vote tallies (`passed 221-204`, `a
//! 5-4 ruling`, `approved 30 to 24`, `221 yeas to 204 nays`, `by 310 votes
//! to 250`) and sports scores (`won 3-2`), which are no figures.
//!
//! A pair of whole numbers joined by a dash or `to` is a tally when the
//! clause before it speaks of voting, deciding or an election (`voted`,
//! `passed`, `approved`, `ruled`, `by a vote of`, `primary`, a bill
//! that `cleared the Senate 52-48`) or a tally
//! noun follows it (`vote`, `ruling`, `decision`, `margin`, `split`); a
//! score when the clause speaks only of sport (`won`, `beat`, `game`,
//! `season`) and both numbers are under 300; and neither (a range or two
//! figures, as the rest of the recogniser decides) otherwise. A pair
//! whose numbers carry side labels (`yeas`/`nays`, `for`/`against`, `in
//! favor`/`opposed`, `N votes to M`) is a tally wherever it stands.

use super::FigureKind;
use super::ctx::Ctx;
use super::quantity::{Q, Read, Sides, count_like, read};

/// What a pair of counts is.
pub(super) enum Pair {
    /// A tally, as a finished quantity.
    Tally(Q),
    /// A score: not a figure; resume after this token.
    Score(usize),
}

/// Words before a pair that make it a tally: voting, passing, ruling.
const VOTE_CUES: &[&str] = &[
    "vote",
    "votes",
    "voted",
    "voting",
    "ballot",
    "ballots",
    "pass",
    "passed",
    "passes",
    "passing",
    "approve",
    "approved",
    "approves",
    "approving",
    "approval",
    "reject",
    "rejected",
    "rejects",
    "rejecting",
    "confirm",
    "confirmed",
    "confirms",
    "confirming",
    "confirmation",
    "adopt",
    "adopted",
    "adopts",
    "ratify",
    "ratified",
    "ratifies",
    "uphold",
    "upheld",
    "upholds",
    "overturn",
    "overturned",
    "override",
    "overrode",
    "ruled",
    "rules",
    "ruling",
    "sided",
    "struck",
    "endorsed",
    "carried",
    "failed",
    "acquitted",
    "convicted",
    "censured",
    "impeached",
    "elected",
    "split",
    "yeas",
    "nays",
    "ayes",
    "noes",
    "margin",
    "majority",
    "tally",
    "unanimous",
    "unanimously",
    "primary",
    "election",
    "runoff",
    "caucus",
    "caucuses",
    "referendum",
    "nomination",
    // A bill clears a chamber: "cleared the Senate 52-48" (not the bare
    // word, a town's name as often: "Clear Lake").
    "cleared",
    "clears",
    "clearing",
];

/// Words before a pair that make it a sports score.
const SPORT_CUES: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "lost",
    "lose",
    "loses",
    "losing",
    "defeat",
    "defeats",
    "victory",
    "victories",
    "score",
    "scored",
    "scores",
    "scoring",
    "goal",
    "goals",
    "game",
    "games",
    "match",
    "matches",
    "season",
    "series",
    "playoff",
    "playoffs",
    "inning",
    "innings",
    "quarter",
    "halftime",
    "overtime",
    "lead",
    "leads",
    "led",
    "trail",
    "trails",
    "trailed",
    "trailing",
    "rout",
    "routed",
    "edged",
    "tied",
    "draw",
    "drew",
    "shutout",
    "championship",
    "tournament",
    "final",
    "record",
    "improved",
    "fell",
    "falls",
];

/// Nouns right after a pair that make it a tally (`a 5-4 ruling`).
const TALLY_NOUNS: &[&str] = &[
    "vote", "votes", "ruling", "decision", "verdict", "majority", "margin", "tally", "split",
    "roll",
];

/// Labels of the first side, and of the second.
const FIRST_LABELS: &[&str] = &["yeas", "yea", "ayes", "aye", "yes", "for"];
const SECOND_LABELS: &[&str] = &["nays", "nay", "noes", "no", "against", "opposed"];

/// Reads a tally or a score starting with `q1`, when there is one.
pub(super) fn pair(cx: &Ctx<'_>, q1: &Q) -> Option<Pair> {
    if !whole_count(q1) {
        return None;
    }
    let k = q1.end;
    let label_next = cx.is_any(k, &["votes", "vote", "in"]) || cx.is_any(k, FIRST_LABELS);
    if label_next && let Some(t) = labelled(cx, q1) {
        return Some(Pair::Tally(t));
    }
    let dash = cx.is_dash(k);
    if !dash && !cx.is(k, "to") {
        return None;
    }
    // `0-to-100`: a range written with hyphens
    if dash && cx.is(k + 1, "to") {
        return None;
    }
    let Read::Q(q2) = read(cx, k + 1, k + 1) else {
        return None;
    };
    if !whole_count(&q2) {
        return None;
    }
    let e = q2.end;
    // `10-5-1`: three numbers (a record, a date, an identifier)
    let triple = cx.hyphen_after(e) && cx.is_num(e + 1);
    let noun = cx.is_any(e, TALLY_NOUNS);
    if triple || (!noun && counts_things(cx, e)) {
        return None;
    }
    let (a, b) = (q1.value?, q2.value?);
    match cue(cx, q1.first) {
        // scores stay under a few hundred; larger pairs are no score
        Some(Cue::Sport) if (dash || a >= b) && a.max(b) <= 300.0 => Some(Pair::Score(e)),
        Some(Cue::Vote) => Some(Pair::Tally(tally(q1, q1.first, e, [(a, None), (b, None)]))),
        None if noun => Some(Pair::Tally(tally(q1, q1.first, e, [(a, None), (b, None)]))),
        _ => None,
    }
}

/// A whole count written in digits with nothing attached: `221`,
/// `52,000`.
fn whole_count(q: &Q) -> bool {
    q.bare()
        && q.core_end == q.core_first + 1
        && q.value.is_some_and(|v| v >= 0.0 && v.fract() == 0.0)
        && q.lit
            .is_some_and(|l| !l.decimal && !l.fraction && !l.exponent && !l.ident)
}

/// Whether the words from `e` on say what the pair counts (`30 to 40 new
/// homes`): then it is a range of things, not a tally.
fn counts_things(cx: &Ctx<'_>, e: usize) -> bool {
    count_like(cx, e)
        || (cx.is_word(e)
            && !cx.capitalised(e)
            && !cx.is_any(
                e,
                &[
                    "against", "in", "on", "to", "with", "after", "for", "but", "and", "or", "as",
                    "while", "when",
                ],
            )
            && count_like(cx, e + 1))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Vote,
    Sport,
}

/// What the clause before token `first` speaks of (at most twelve tokens
/// back): voting or deciding wins over sport anywhere in it (`won the
/// primary 52,310 to 48,775` is an election), sport otherwise.
fn cue(cx: &Ctx<'_>, first: usize) -> Option<Cue> {
    let stop = first.saturating_sub(12);
    let mut j = first;
    let mut found = None;
    while j > stop {
        j -= 1;
        if matches!(cx.punct(j), Some('.' | '!' | '?' | ';')) {
            break;
        }
        if cx.is_word(j) {
            if cx.is_any(j, VOTE_CUES) {
                return Some(Cue::Vote);
            }
            if found.is_none() && cx.is_any(j, SPORT_CUES) {
                found = Some(Cue::Sport);
            }
        }
        if cx.line_start(j) {
            break;
        }
    }
    found
}

fn tally(q1: &Q, first: usize, end: usize, sides: Sides) -> Q {
    let mut t = q1.clone();
    t.first = first;
    t.end = end;
    t.core_end = end;
    t.kind = FigureKind::Tally;
    t.value = Some(sides[0].0);
    t.low = None;
    t.high = None;
    t.approx = false;
    t.unit = None;
    t.munit = None;
    t.sides = Some(Box::new(sides));
    t
}

/// `221 yeas to 204 nays`, `30 for, 24 against`, `7 in favour and 2
/// opposed`, `310 votes to 250`, `52 yes votes and 48 no votes`.
fn labelled(cx: &Ctx<'_>, q1: &Q) -> Option<Q> {
    let (label1, votes1, mut j) = side_label(cx, q1.end, FIRST_LABELS);
    if label1.is_none() && !votes1 {
        return None;
    }
    let to = cx.is(j, "to");
    if to || cx.is(j, "and") || cx.is_dash(j) || cx.is_punct(j, ',') {
        j += 1;
        if cx.is_punct(j - 1, ',') && cx.is(j, "and") {
            j += 1;
        }
    } else {
        return None;
    }
    let Read::Q(q2) = read(cx, j, j) else {
        return None;
    };
    if !whole_count(&q2) {
        return None;
    }
    let (label2, votes2, end) = side_label(cx, q2.end, SECOND_LABELS);
    // Labels on both sides, or `N votes to M`
    let ok = label1.is_some() && label2.is_some() || votes1 && to && label2.is_none();
    if !ok || votes2 && label2.is_none() && label1.is_some() {
        return None;
    }
    let (a, b) = (q1.value?, q2.value?);
    Some(tally(q1, q1.first, end, [(a, label1), (b, label2)]))
}

/// A side label at token `j` from `labels` (or `in favor`/`in favour`
/// for a first side), with `votes` before or after it: the label (as
/// written, lowercase), whether `votes` was written, and the token after.
fn side_label(
    cx: &Ctx<'_>,
    j: usize,
    labels: &[&'static str],
) -> (Option<&'static str>, bool, usize) {
    let mut j = j;
    let mut votes = false;
    if cx.is_any(j, &["votes", "vote"]) {
        votes = true;
        j += 1;
    }
    let first = labels.contains(&"for");
    let mut label = None;
    if first && cx.is(j, "in") && cx.is_any(j + 1, &["favor", "favour"]) {
        label = Some(if cx.is(j + 1, "favor") {
            "in favor"
        } else {
            "in favour"
        });
        j += 2;
    } else if let Some(l) = labels.iter().find(|l| cx.is(j, l)) {
        // `yes votes`, `no votes`: the label before `votes`
        let bare = matches!(*l, "yes" | "no" | "aye" | "yea" | "nay");
        if bare && !votes {
            if cx.is_any(j + 1, &["votes", "vote"]) {
                votes = true;
                label = Some(*l);
                j += 2;
            }
        } else {
            label = Some(*l);
            j += 1;
        }
    }
    if label.is_some() && !votes && cx.is_any(j, &["votes", "vote"]) {
        votes = true;
        j += 1;
    }
    (label, votes, j)
}
