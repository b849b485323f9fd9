//! What is not a figure: years, year ranges, decades, dates (`the 9/12
//! rally`), times (`10 a.m.`, `around 10 Saturday night`), ordinals, ages
//! (`aged 34`, `Ada Brook, 35;`, `a girl, 6`, `65 and older`),
//! identifiers (`Executive Order 14159`, `287(g)`, `H.R. 1`, `COVID-19`,
//! `Route 66`, `ABC 6`, `Regional One`, `Image 14 of 32`, citation marks
//! `[12]`, ZIP codes), phone numbers (`555-1234`, `901-528-CASH`, `call
//! 911`), street addresses (`4522 Mill Road`, `the 3900 block of`, `at 2314
//! Marble.`, `7 Mile Road`), list markers, labels after web addresses, and
//! idioms built on `one`.
//!
//! Each rule looks at a quantity and its neighbours and, when it applies,
//! says where to resume scanning so that the whole non-figure is skipped.
//! The rules are split by what they recognise: `when` (times, dates,
//! years), `person` (ages), `contact` (phone numbers, addresses) and `name`
//! (identifiers); the rest (glued letters, ordinals, hyphenated names,
//! list markers, idioms) are here.

mod contact;
mod name;
mod person;
mod when;

use self::contact::{phone, street_address};
use self::name::{caliber, identifier, spaced_counter};
use self::person::age;
use self::when::{date, time, year};
use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::lexer::Kind;
use crate::figure::quantity::Q;
use crate::figure::unit::Dim;
use crate::text::{Pos, lemma, noun_senses};

/// Where to resume when `q` is not a figure, or `None` when it is one.
pub(super) fn excluded(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    excluded_by_form(cx, q).or_else(|| excluded_by_name(cx, q))
}

/// The rules that look at how the number is written and what it is glued
/// to (ordinals, dates, times, phone numbers, ages): they hold even where
/// a tally or a score could be read.
pub(super) fn excluded_by_form(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    glued_letters(cx, q)
        .or_else(|| ordinal_or_decade(cx, q))
        .or_else(|| hyphen_id(cx, q))
        .or_else(|| phone(cx, q))
        .or_else(|| time(cx, q))
        .or_else(|| date(cx, q))
        .or_else(|| year(cx, q))
        .or_else(|| age(cx, q))
}

/// The rules that read a number as part of a name (`Boeing 737`, `Route
/// 66`, `4522 Mill Road`, a list marker, `one of the`): a pair of counts
/// read as a tally or a score overrides them (`the Owls 24-17`).
pub(super) fn excluded_by_name(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    identifier(cx, q)
        .or_else(|| street_address(cx, q))
        .or_else(|| list_marker(cx, q))
        .or_else(|| idiom(cx, q))
        .or_else(|| fixed_phrase(cx, q))
        .or_else(|| rate_base(cx, q))
        .or_else(|| caliber(cx, q))
        .or_else(|| spaced_counter(cx, q))
}

/// `made his billions in finance`, `their millions`: a plural scale word
/// at token `i` after a possessive is someone's fortune, no count (but
/// `their thousands of supporters`, `came in their thousands`).
pub(super) fn fortune(cx: &Ctx<'_>, i: usize) -> bool {
    i > 0
        && cx.is_any(i - 1, &["his", "her", "their", "its", "my", "our", "your"])
        // ("fans came in their thousands": a crowd)
        && !(i > 1 && cx.is(i - 2, "in"))
        && cx.is_any(i, &["hundreds", "thousands", "millions", "billions"])
        && !cx.is(i + 1, "of")
}

/// Fixed phrases whose number counts nothing: `a two-way street`, `a
/// 12-step program` (and `a foot in the door`: see the scanner's `a`
/// before a unit).
fn fixed_phrase(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let e = q.end;
    let joined = |word: &str| cx.hyphen_joins(e) && cx.is(e + 1, word);
    (joined("way") && cx.is(e + 2, "street")
        || joined("step") && cx.is_any(e + 2, &["program", "programme"]))
    .then_some(e + 3)
}

/// `per 100,000 residents`, `per 1,000 births`: the base a rate is
/// stated against, not an amount the story reports.
fn rate_base(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let p = q.first.checked_sub(1)?;
    (q.bare() && cx.is(p, "per")).then_some(q.end)
}

/// Digits glued to letters: `COVID19`, `3JE0Vzpt5q`, `f_leclerc20037`,
/// `24703L202`, `777F`.
fn glued_letters(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    if q.words && q.lit.is_none() {
        return None;
    }
    let f = q.core_first;
    let before = f > 0
        && cx.glued(f)
        && q.first == f
        && cx
            .tok(f - 1)
            .is_some_and(|t| t.is_word() || t.lit().is_some() || t.kind == Kind::Skip);
    let after = cx
        .tok(q.end)
        .is_some_and(|t| t.glued && (t.is_word() || t.lit().is_some()))
        && !cx.is_any(q.end, &["st", "nd", "rd", "th", "s"]);
    // `24703 L-202`: a unit letter that runs on into digits
    let dash_tail = q.kind == FigureKind::Measurement
        && cx.is_dash(q.end)
        && cx.glued(q.end)
        && cx
            .tok(q.end + 1)
            .is_some_and(|t| t.glued && t.lit().is_some());
    (before || after || dash_tail).then(|| run_end(cx, q.end))
}

/// The end of the run of glued tokens starting at `j`.
fn run_end(cx: &Ctx<'_>, mut j: usize) -> usize {
    while cx
        .tok(j)
        .is_some_and(|t| t.glued && !matches!(t.kind, Kind::Punct(' '..='/' | ':'..='@')))
    {
        j += 1;
    }
    j
}

/// `21st`, `4th`, `the 1990s`, `'90s`, `1990's`.
fn ordinal_or_decade(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    let e = q.core_end;
    if !lit.plain_int() || !cx.glued(e) {
        // '90s
        if lit.plain_int()
            && lit.int_digits == 2
            && q.first > 0
            && cx.glued(q.first)
            && matches!(cx.punct(q.first - 1), Some('\'' | '’'))
            && cx.glued(e)
            && cx.is(e, "s")
        {
            return Some(e + 1);
        }
        return None;
    }
    if cx.is_any(e, &["st", "nd", "rd", "th"]) {
        return Some(e + 1);
    }
    if lit.value % 10.0 == 0.0 && cx.is(e, "s") {
        return Some(e + 1);
    }
    if lit.value % 10.0 == 0.0
        && matches!(cx.punct(e), Some('\'' | '’'))
        && cx.is(e + 1, "s")
        && cx.glued(e + 1)
    {
        return Some(e + 2);
    }
    None
}

/// `COVID-19`, `Form I-9`, `F-35`, `SCP-173`, `Catch-22`.
fn hyphen_id(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    if q.lit.is_none() || f < 2 || !cx.hyphen_joins(f - 1) {
        return None;
    }
    let w = f - 2;
    let after_number = w > 0 && cx.is_num(w - 1) && cx.glued(w);
    // `0-to-100`, `sub-500`: a range and a bound written with hyphens
    let joins = cx.is_any(w, &["to", "sub"]);
    let word = cx.is_word(w)
        && !after_number
        && !joins
        && cx
            .lex(w)
            .is_none_or(|e| e.card.is_none() && e.unit.is_none());
    let alnum = cx.is_num(w) && w > 0 && cx.glued(w) && cx.is_word(w - 1);
    (word || alnum || cx.tok(w).is_some_and(|t| t.kind == Kind::Skip))
        .then(|| run_end(cx, q.core_end))
}

/// `1.` or `2)` at the start of a line, before the item's text; or `35.`
/// right after the last number of the item before it, ending the sentence
/// or before a capitalised word, in a numbered list whose line breaks were
/// lost (`Thefts: 46 Assaults: 11 19. Millbrook`): two bare numbers in a
/// row are no prose.
fn list_marker(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if !q.bare_int() || lit.int_digits > 3 {
        return None;
    }
    let f = q.core_first;
    let mut k = f;
    while k > 0
        && !cx.line_start(k)
        && matches!(
            cx.punct(k - 1),
            Some('-' | '•' | '*' | '(' | '·' | '–' | '—')
        )
    {
        k -= 1;
    }
    let e = q.core_end;
    let run_on = k == f
        && f > 0
        && cx.is_num(f - 1)
        && !cx.glued(f)
        && cx.is_punct(e, '.')
        && cx.glued(e)
        && (e + 1 == cx.len() || cx.capitalised(e + 1));
    if !cx.line_start(k) && !run_on {
        return None;
    }
    let marker = matches!(cx.punct(e), Some('.' | ')' | ':')) && cx.glued(e);
    let text_follows = cx.tok(e + 1).is_some_and(|t| !t.line_start);
    (run_on || marker && text_follows).then_some(e + 1)
}

/// Words after which `one` is no count: `one of`, `one another`, `one
/// who`, `one day`, `one way or another`, `one more`.
const AFTER_IDIOM_ONE: &[&str] = &[
    "of",
    "another",
    "who",
    "whom",
    "that",
    "which",
    "whose",
    "by",
    "after",
    "last",
    "thing",
    "way",
    "hand",
    "side",
    "or",
    "and",
    "day",
    "time",
    "point",
    "night",
    "morning",
    "evening",
    "year",
    "too",
    "more",
    "else",
    "another's",
    "upon",
];

/// Idioms built on `one`: `one of the`, `the one who`, `one another`,
/// `no one`, `one-time`, `that's one ...`, `one last time`, `one for
/// every person` (a ratio).
fn idiom(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.core_first;
    if !q.words || q.core_end != f + 1 || !cx.is(f, "one") || q.first != f {
        return None;
    }
    if crate::figure::implicit::one_of_people(cx, f) {
        return None;
    }
    let e = q.core_end;
    let duration = f > 0
        && cx.is_any(
            f - 1,
            &[
                "in", "for", "within", "over", "than", "just", "only", "per", "about", "around",
                "after", "every", "each",
            ],
        );
    let time = q.munit.is_some_and(|u| u.dim == Dim::Time);
    if q.kind != FigureKind::Count && (!time || duration) {
        return None;
    }
    let next = q.end;
    if cx.is_any(next, AFTER_IDIOM_ONE) {
        return Some(next);
    }
    if time && !duration {
        return Some(q.end);
    }
    // `hit twice in one hand, once in the other`: one of two, set
    // against the other.
    if f > 0 && cx.is_any(f - 1, &["in", "on", "with"]) && the_other_after(cx, next) {
        return Some(next);
    }
    // A ratio, not a count: `one for every guest at the table`, `one for
    // each victim`.
    if cx.is(next, "for") && cx.is_any(next + 1, &["every", "each"]) {
        return Some(next + 2);
    }
    if cx.is_dash(e)
        && cx.glued(e)
        && cx.is_any(
            e + 1,
            &[
                "time", "off", "sided", "way", "stop", "on", "of", "man", "woman", "party",
                "liner", "shot", "size", "horse", "two", "hit", "trick", "night", "day",
            ],
        )
    {
        return Some(e + 2);
    }
    pronoun_one(cx, f, next).then_some(e)
}

/// Whether "the other" stands alone within a few words from token `i`, in
/// the same sentence ("in one hand, once in the other."; not "the other
/// suspect").
fn the_other_after(cx: &Ctx<'_>, i: usize) -> bool {
    (i..(i + 10).min(cx.len()))
        .take_while(|&k| !matches!(cx.punct(k), Some('.' | '!' | '?' | ';')))
        .any(|k| {
            cx.is(k, "the")
                && cx.is(k + 1, "other")
                && (k + 2 >= cx.len()
                    || cx.punct(k + 2).is_some()
                    || cx.is_any(k + 2, &["and", "or", "but", "in", "on", "at", "was", "is"]))
        })
}

/// Whether token `p` is "that" after a verb of saying a few words before,
/// with a noun WordNet knows after "one" (at `next`; no -ed form): "police
/// said Saturday that one person died" opens what was said and points at
/// nothing ("said that one was enough", "said that one burned" may still
/// point).
fn said_that(cx: &Ctx<'_>, p: usize, next: usize) -> bool {
    // A noun WordNet knows after "one" ("one person", "one deputy"), not
    // a verb ("that one burned for hours", "that one died").
    let noun_next = cx.is_word(next) && {
        let word = cx.s(next).to_lowercase();
        noun_senses(&lemma(&word, Pos::Noun)).is_some() && !word.ends_with("ed")
    };
    cx.is(p, "that")
        && noun_next
        && (p.saturating_sub(4)..p).any(|k| {
            cx.is_any(
                k,
                &[
                    "said",
                    "says",
                    "say",
                    "told",
                    "reported",
                    "confirmed",
                    "announced",
                    "added",
                ],
            )
        })
}

/// Whether "one" at token `f` (followed by token `next`) is a pronoun:
/// after a determiner or a word that makes it one (`the one`, `no one`,
/// `the same one`, `a loved one`), before a modal (`one might expect`),
/// after a comparison (`kept the larger one inside`, `the youngest
/// one`), or a word closing a clause (`the big one.`).
fn pronoun_one(cx: &Ctx<'_>, f: usize, next: usize) -> bool {
    if let Some(p) = f.checked_sub(1)
        && !said_that(cx, p, next)
        && cx.is_any(
            p,
            &[
                "the", "this", "that", "which", "any", "every", "each", "no", "someone", "anyone",
                "everyone", "only", "s", "little", "big", "last", "first", "next", "other",
                "another", "right", "wrong", "same", "new", "old", "such", "is", "was", "be", "as",
                "loved",
            ],
        )
    {
        return true;
    }
    // the generic pronoun before a modal: `than one might expect`, `one
    // can only imagine`, `one only needs to look`.
    // (Not a count's bound: `more than one could be charged`.)
    let bound = f > 1 && cx.is(f - 1, "than") && cx.is_any(f - 2, &["more", "less", "fewer"]);
    let adverb = usize::from(cx.is_any(next, &["only", "simply", "really", "just"]));
    if !bound
        && cx.is_any(
            next + adverb,
            &[
                "can", "could", "must", "should", "would", "might", "may", "cannot",
            ],
        )
        || !bound && adverb == 1 && cx.is_any(next + 1, &["needs", "has"])
    {
        return true;
    }
    // a pronoun after a comparison: `kept the larger one inside`, `the
    // youngest one`.
    if f > 1
        && cx.is_any(f - 2, &["the", "a", "an"])
        && (cx.s(f - 1).ends_with("er") || cx.s(f - 1).ends_with("est"))
        && cx.is_word(f - 1)
    {
        return true;
    }
    // a pronoun at the end of a clause: `the big one.`
    let clause_end = cx
        .punct(next)
        .is_some_and(|c| matches!(c, '.' | ',' | '?' | '!' | ';'))
        || next >= cx.len();
    clause_end && f > 0 && cx.is_word(f - 1)
}

#[cfg(test)]
mod tests;
