//! The scan over one tokenized chunk: finds each figure's core, rejects
//! non-figures, joins ranges, adds bounds and hedges, and turns the result
//! into [`Figure`]s.

use std::borrow::Cow;

use super::ctx::Ctx;
use super::exclude::{excluded, excluded_by_form, excluded_by_name, fortune};
use super::hedge::{self, Says};
use super::implicit;
use super::lexer::{Kind, Tok};
use super::lexicon::{Card, DETERMINER, MultForm, PERCENT, STARTER};
use super::quantity::{Q, Read, read, unit_at};
use super::range::{Joined, join_bounds, range};
use super::tally::{Pair, pair};
use super::unit::Dim;
use super::{Figure, FigureKind, TallySide};
use crate::Span;

enum Step {
    Fig(Q),
    Skip(usize),
    None,
}

/// Finds the figures in `text` (already tokenized into `toks`) and appends
/// them to `out`, with spans moved right by `offset`.
pub(super) fn scan(text: &str, toks: &[Tok], offset: usize, out: &mut Vec<Figure>) {
    let cx = Ctx { text, toks };
    let mut qs: Vec<Q> = Vec::new();
    let mut i = 0;
    let mut min = 0;
    while i < cx.len() {
        match step(&cx, i, min) {
            Step::Fig(q) => {
                i = q.end.max(i + 1);
                min = i;
                qs.push(q);
            }
            Step::Skip(e) => {
                i = e.max(i + 1);
                min = i;
            }
            Step::None => i += 1,
        }
    }
    join_bounds(&cx, &mut qs);
    out.extend(qs.into_iter().filter_map(|q| figure(&cx, &q, offset)));
}

fn step(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    let Some(t) = cx.tok(i) else {
        return Step::None;
    };
    match t.kind {
        Kind::Skip | Kind::Punct(_) => Step::None,
        Kind::Num(_) => number(cx, i, min),
        Kind::Word => word(cx, i, min),
    }
}

fn word(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    let Some(e) = cx.lex(i) else {
        return Step::None;
    };
    if e.flags & (STARTER | PERCENT) == 0 && e.card.is_none() && e.ord.is_none() && e.mult.is_none()
    {
        return Step::None;
    }
    if cx.is(i, "both") {
        if !implicit::both_people(cx, i) {
            return Step::None;
        }
        let mut q = count_word(i, 2.0);
        hedges(cx, &mut q, min);
        return Step::Fig(q);
    }
    if cx.is_any(i, &["lone", "sole"]) {
        return if implicit::lone_vote(cx, i) {
            Step::Fig(count_word(i, 1.0))
        } else {
            Step::None
        };
    }
    if cx.is(i, "per") || cx.flag(i, PERCENT) {
        return percent_of(cx, i, min);
    }
    if cx.is_any(i, &["a", "an"])
        && let Some(step) = one_unit(cx, i, min)
    {
        return step;
    }
    if cx.is_any(i, &["a", "an"]) {
        // "a two-thirds majority": when "a" starts no number of its own,
        // the words after it are read on their own.
        return match number(cx, i, min) {
            Step::Fig(q) => Step::Fig(q),
            Step::Skip(_) | Step::None => Step::None,
        };
    }
    if cx.is_any(i, &["half", "quarter", "quarters", "point"]) {
        return number(cx, i, min);
    }
    if cx.is_any(i, &["tens", "couple", "pair", "several", "few"]) {
        return vague_words(cx, i, min);
    }
    if let Some((n, form)) = e.mult {
        return multiplier(cx, i, min, n, form);
    }
    if e.plural && matches!(e.card, Some(Card::Hundred | Card::Dozen | Card::Scale(_))) {
        return vague(cx, i, min);
    }
    if e.card.is_some() || e.ord.is_some() {
        return number(cx, i, min);
    }
    Step::None
}

/// A number (digits or words) and everything around it.
fn number(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    let mut q = match read(cx, i, min) {
        Read::Q(q) => q,
        Read::Skip(e) => return Step::Skip(e),
        Read::Nothing => return Step::None,
    };
    restatement(cx, &mut q);
    ratio(cx, &mut q);
    if q.singular && !share(cx, &q) {
        return Step::Skip(q.core_end);
    }
    if q.words
        && q.core_end == q.core_first + 1
        && cx.is(q.core_first, "half")
        && q.kind == FigureKind::Count
    {
        return half(cx, q, min);
    }
    if let Some(e) = excluded_by_form(cx, &q) {
        return Step::Skip(e);
    }
    match pair(cx, &q) {
        Some(Pair::Tally(t)) => return Step::Fig(t),
        Some(Pair::Score(e)) => return Step::Skip(e),
        None => {}
    }
    if let Some(e) = excluded_by_name(cx, &q) {
        return Step::Skip(e);
    }
    match range(cx, &q, min) {
        Joined::Range(r) | Joined::Adopt(r) => q = r,
        Joined::Score(e) => return Step::Skip(e),
        Joined::No => {}
    }
    hedges(cx, &mut q, min);
    Step::Fig(q)
}

/// `forty-five (45)`, `45 (forty five)`: one figure restated.
fn restatement(cx: &Ctx<'_>, q: &mut Q) {
    let e = q.end;
    if !cx.is_punct(e, '(') {
        return;
    }
    if let Read::Q(inner) = read(cx, e + 1, e + 1)
        && inner.value == q.value
        && inner.words != q.words
        && cx.is_punct(inner.end, ')')
    {
        q.end = inner.end + 1;
    }
}

/// `a third of`, `one fifth.`: a singular fraction is a share only before
/// `of`, a scale word, or the end of the clause; and, but before `of`, not
/// after a count one short of it (`killed three workers and hurt a
/// fourth.`: the fourth worker).
fn share(cx: &Ctx<'_>, q: &Q) -> bool {
    share_by_position(cx, q) && (cx.is(q.end, "of") || !next_in_count(cx, q))
}

/// Whether the ordinal of a singular fraction (`a fourth`) is one more than
/// a count before it in its sentence (`three ... a fourth`).
fn next_in_count(cx: &Ctx<'_>, q: &Q) -> bool {
    let Some(value) = q.value.filter(|&v| v > 0.0) else {
        return false;
    };
    let ordinal = (1.0 / value).round();
    // "a fourth", not "one-fourth", right after "and" or a verb's object
    // place ("hurt a fourth"), not after "by", "than" or a hedge ("fell by
    // a third", "nearly a third").
    let a = q.core_first;
    if !(2.0..=10.0).contains(&ordinal)
        || !cx.is_any(a, &["a", "an"])
        || a == 0
        || !cx.is_word(a - 1)
        || cx.is_any(
            a - 1,
            &[
                "by", "than", "about", "nearly", "almost", "roughly", "some", "over", "under",
                "to", "of", "up", "down", "around", "only", "just", "least", "most",
            ],
        )
    {
        return false;
    }
    // A count of whole things said as a word or a bare number: not a
    // year, a day of a month, money, nor the numerator of another
    // fraction ("two-thirds", "two thirds ... a third").
    (a.saturating_sub(16)..a)
        .rev()
        .take_while(|&j| !matches!(cx.punct(j), Some('.' | '!' | '?')))
        .any(|j| {
            let before = match cx.lex(j).and_then(|l| l.card) {
                Some(Card::Unit(n)) => f64::from(n),
                _ => cx
                    .lit(j)
                    .filter(|_| j == 0 || cx.punct(j - 1).is_none() && cx.lex(j - 1).is_none())
                    .map_or(f64::NAN, |l| l.value),
            };
            let fraction_next = cx.is_dash(j + 1) || cx.lex(j + 1).is_some_and(|l| l.ord.is_some());
            before + 1.0 == ordinal && !fraction_next
        })
}

/// [`share`] by the words around the fraction.
fn share_by_position(cx: &Ctx<'_>, q: &Q) -> bool {
    let e = q.end;
    let prev_ok = q.first == 0
        || !cx.is_any(
            q.first - 1,
            &[
                "the", "in", "per", "each", "every", "this", "next", "last", "its", "his", "her",
                "their",
            ],
        );
    let next_ok = e >= cx.len()
        || cx.is(e, "of")
        // the share of a vote a rule asks for: `a two-thirds majority`
        || cx.is_any(e, &["majority", "supermajority", "vote"])
        || cx
            .lex(e)
            .is_some_and(|l| matches!(l.card, Some(Card::Scale(_))))
        || matches!(cx.punct(e), Some('.' | ',' | ';' | ')' | '!' | '?' | ':'));
    prev_ok && next_ok
}

/// `half` alone: a multiplier (0.5) unless it names a part of a period or
/// a compound (`the first half`, `half-time`, `half past`).
fn half(cx: &Ctx<'_>, mut q: Q, min: usize) -> Step {
    let f = q.core_first;
    let e = q.end;
    if f > 0
        && (cx.lex(f - 1).is_some_and(|l| l.ord.is_some())
            || cx.is_any(
                f - 1,
                &[
                    "other", "latter", "former", "back", "front", "top", "bottom", "lower",
                    "upper", "early", "late", "better", "second",
                ],
            ))
    {
        return Step::Skip(e);
    }
    if cx.is_dash(e)
        || cx.is_any(
            e,
            &[
                "past", "time", "way", "term", "brother", "sister", "mast", "life", "hour",
                "hearted", "moon", "marathon", "century",
            ],
        )
    {
        return Step::Skip(e);
    }
    // `half an hour`, `half a mile`
    if cx.is_any(e, &["a", "an"])
        && let Some((u, end)) = unit_at(cx, e + 1, false)
    {
        q.kind = FigureKind::Measurement;
        q.unit = Some(Cow::Borrowed(u.sym));
        q.munit = Some(u);
        q.end = end;
        hedges(cx, &mut q, min);
        return Step::Fig(q);
    }
    q.kind = FigureKind::Multiplier;
    hedges(cx, &mut q, min);
    Step::Fig(q)
}

/// `double`, `tripled`, `twice`, `threefold`, `halved`.
fn multiplier(cx: &Ctx<'_>, i: usize, min: usize, n: f64, form: MultForm) -> Step {
    // `a triple homicide`: three dead, a count.
    if form == MultForm::Base && implicit::victim_multiple(cx, i) {
        return Step::Fig(count_word(i, n));
    }
    if cx.is(i, "once") && !implicit::once_listed(cx, i) {
        return Step::None;
    }
    let ok = match form {
        MultForm::Inflected | MultForm::Adverb => !cx.hyphen_after(i + 1),
        MultForm::Base | MultForm::ThirdPerson => {
            let after_article = i > 0 && cx.is_any(i - 1, &["a", "an", "the"]);
            let next = i + 1;
            let verb_next = next >= cx.len()
                || cx.flag(next, DETERMINER)
                || cx.is_num(next)
                || cx.lex(next).is_some_and(|l| l.card.is_some())
                || cx.is_any(
                    next,
                    &[
                        "in", "to", "from", "by", "over", "since", "within", "again", "every",
                        "each", "next", "last", "this", "that", "down",
                    ],
                ) && !cx.is(next, "down")
                || matches!(
                    cx.punct(next),
                    Some('.' | ',' | ';' | '!' | '?' | ')' | '"' | '”')
                );
            !after_article && verb_next && !cx.is_dash(next)
        }
    };
    if !ok {
        return Step::Skip(i + 1);
    }
    let mut q = bare_q(i, i + 1, FigureKind::Multiplier);
    q.value = Some(n);
    hedges(cx, &mut q, min);
    Step::Fig(q)
}

/// A count said by the one word at token `i` (`both`, `triple` in `a
/// triple homicide`): `n` things.
fn count_word(i: usize, n: f64) -> Q {
    let mut q = bare_q(i, i + 1, FigureKind::Count);
    q.value = Some(n);
    q.raw = n;
    q
}

fn bare_q(first: usize, end: usize, kind: FigureKind) -> Q {
    Q {
        first,
        end,
        core_first: first,
        core_end: end,
        kind,
        value: None,
        low: None,
        high: None,
        approx: false,
        unit: None,
        munit: None,
        raw: 0.0,
        scale: 1.0,
        words: true,
        lit: None,
        fraction: false,
        singular: false,
        sides: None,
    }
}

/// `dozens`, `hundreds`, `thousands`, `millions`, `hundreds of thousands`,
/// `Millions upon Millions`: bounds and no central value.
fn vague(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    if fortune(cx, i)
        || i > 0 && (cx.is_num(i - 1) || cx.lex(i - 1).is_some_and(|l| l.card.is_some()))
    {
        return Step::Skip(i + 1);
    }
    let Some(base) = cx.lex(i).and_then(|l| l.card).map(Card::value) else {
        return Step::None;
    };
    let mut scale = 1.0;
    let mut end = i + 1;
    // hundreds of thousands, dozens of millions
    if cx.is(end, "of")
        && let Some(l) = cx.lex(end + 1).filter(|l| l.plural)
        && let Some(Card::Scale(s)) = l.card
    {
        scale = s;
        end += 2;
    }
    // Each plural stops below the next one up: `dozens` below `hundreds`,
    // `thousands` below `tens of thousands`.
    let ceiling = if base == 12.0 { 100.0 } else { 10.0 * base };
    vague_tail(cx, i, end, (base * scale, ceiling * scale - 1.0), min)
}

/// `tens of thousands`, `a couple of`, `a pair of`, `several hundred`,
/// `a few thousand`, `a couple hundred`.
fn vague_words(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    let scale_at = |j: usize| match cx.lex(j).and_then(|l| l.card) {
        Some(c @ (Card::Hundred | Card::Scale(_))) => {
            Some((c.value(), cx.lex(j).is_some_and(|l| l.plural)))
        }
        _ => None,
    };
    let a_before = i > min && cx.is(i - 1, "a");
    if cx.is(i, "tens") && cx.is(i + 1, "of") {
        if let Some((s, true)) = scale_at(i + 2) {
            return vague_tail(cx, i, i + 3, (10.0 * s, 100.0 * s - 1.0), min);
        }
        return Step::None;
    }
    let starts = match cx.s(i).to_ascii_lowercase().as_str() {
        "several" => Some(i),
        "few" | "couple" | "pair" if a_before => Some(i - 1),
        _ => None,
    };
    let Some(first) = starts else {
        return Step::None;
    };
    let k = if cx.is(i + 1, "of") && !cx.is(i, "several") {
        i + 2
    } else {
        i + 1
    };
    if let Some((mut s, false)) = scale_at(k) {
        let mut end = k + 1;
        // `several hundred thousand`
        if let Some((t, false)) = scale_at(end).filter(|(t, _)| *t > s) {
            s *= t;
            end += 1;
        }
        // `several hundred` and `a few thousand` stop below ten times the
        // scale; `a couple hundred` is about two hundred, with no ceiling
        let high = if cx.is(i, "couple") {
            f64::INFINITY
        } else {
            10.0 * s - 1.0
        };
        return vague_tail(cx, first, end, (2.0 * s, high), min);
    }
    if cx.is(i, "pair") || cx.is(i, "couple") && cx.is(i + 1, "of") {
        let mut q = bare_q(first, i + 1, FigureKind::Count);
        q.value = Some(2.0);
        q.approx = cx.is(i, "couple");
        hedges(cx, &mut q, min);
        return Step::Fig(q);
    }
    Step::None
}

/// A vague quantity from `first` to `end` between the bounds `(low,
/// high)` (an infinite `high` sets none), with what follows it.
fn vague_tail(
    cx: &Ctx<'_>,
    first: usize,
    mut end: usize,
    (mut low, mut high): (f64, f64),
    min: usize,
) -> Step {
    // Millions upon Millions, thousands and thousands: twice the floor,
    // and said to be beyond counting
    if cx.is_any(end, &["upon", "and", "on"])
        && cx.s(end + 1).eq_ignore_ascii_case(cx.s(end - 1))
        && cx.is_word(end + 1)
    {
        low *= 2.0;
        high = f64::INFINITY;
        end += 2;
    }
    let mut q = bare_q(first, end, FigureKind::Count);
    q.low = Some(low);
    q.high = high.is_finite().then_some(high);
    // millions of dollars, thousands of miles
    if cx.is(end, "of") {
        if let Some(cur) = cx
            .lex(end + 1)
            .and_then(|l| l.currency)
            .filter(|c| !c.minor)
        {
            q.kind = FigureKind::Money;
            q.unit = cur.iso.map(Cow::Borrowed);
            q.end = end + 2;
        } else if let Some((u, e)) = unit_at(cx, end + 1, false) {
            q.kind = FigureKind::Measurement;
            q.unit = Some(Cow::Borrowed(u.sym));
            q.munit = Some(u);
            q.end = e;
        }
    }
    hedges(cx, &mut q, min);
    Step::Fig(q)
}

/// `percent of 10`, `per cent of twenty-two`: a percentage written before
/// its number.
fn percent_of(cx: &Ctx<'_>, i: usize, min: usize) -> Step {
    let k = if cx.is(i, "per") {
        if !cx.is(i + 1, "cent") {
            return Step::None;
        }
        i + 2
    } else {
        i + 1
    };
    let lead_ok = i == 0 || !cx.is_word(i - 1) || cx.sentence_start(i);
    if !lead_ok || !cx.is(k, "of") {
        return Step::None;
    }
    match read(cx, k + 1, k + 1) {
        Read::Q(mut q) if q.kind == FigureKind::Count && excluded(cx, &q).is_none() => {
            q.kind = FigureKind::Percent;
            q.first = i;
            let _ = min;
            Step::Fig(q)
        }
        _ => Step::None,
    }
}

/// Whether `and a half` follows token `k - 1`.
fn half_follows(cx: &Ctx<'_>, k: usize) -> bool {
    cx.is(k, "and") && cx.is(k + 1, "a") && cx.is(k + 2, "half")
}

/// `a year and a half`, `an hour and a half`, `two miles and a half`: a
/// whole number of a unit and half of one more, read as one figure.
fn and_a_half(cx: &Ctx<'_>, q: &mut Q) {
    let whole = q.value.is_some_and(|v| v.fract() == 0.0) && q.low.is_none() && q.high.is_none();
    if q.kind == FigureKind::Measurement && whole && half_follows(cx, q.end) {
        q.value = q.value.map(|v| v + 0.5);
        q.end += 3;
    }
}

/// Adds the bound or hedge written before and after the figure.
fn hedges(cx: &Ctx<'_>, q: &mut Q, min: usize) {
    and_a_half(cx, q);
    let time = q.munit.is_some_and(|u| u.dim == Dim::Time);
    if let Some((start, says)) = hedge::before(cx, q.first, min) {
        // `over 3 years` is a period as often as a bound: leave it
        let over_time = time && cx.is_any(start, &["over", "under"]);
        if !over_time {
            apply(q, says);
            q.first = start;
        }
    }
    if let Some((end, says)) = hedge::after(cx, q.end) {
        apply(q, says);
        q.end = end;
    }
}

fn apply(q: &mut Q, says: Says) {
    if q.low.is_some() && q.high.is_some() || q.value.is_none() {
        // a range or a vague quantity takes only the hedge
        q.approx |= matches!(says, Says::Approx | Says::HighApprox | Says::LowApprox);
        return;
    }
    let Some(v) = q.value else { return };
    let (low, high, approx) = hedge::apply(says, v);
    q.low = q.low.or(low);
    q.high = q.high.or(high);
    q.approx |= approx;
}

/// The [`Figure`] for a finished quantity.
fn figure(cx: &Ctx<'_>, q: &Q, offset: usize) -> Option<Figure> {
    let first = cx.tok(q.first)?;
    let last = cx.tok(q.end.checked_sub(1)?)?;
    let finite = |x: Option<f64>| x.is_none_or(f64::is_finite);
    if !finite(q.value)
        || !finite(q.low)
        || !finite(q.high)
        || (q.value.is_none() && q.low.is_none() && q.high.is_none())
    {
        return None;
    }
    let text = cx.text.get(first.start..last.end)?;
    let unit = q
        .unit
        .clone()
        .or_else(|| q.munit.map(|u| Cow::Borrowed(u.sym)));
    let sides = q.sides.as_deref().map(|&[a, b]| {
        let side = |(count, label): (f64, Option<&'static str>)| TallySide {
            count,
            label: label.map(Cow::Borrowed),
        };
        Box::new([side(a), side(b)])
    });
    Some(Figure {
        span: Span::new(first.start + offset, last.end + offset),
        text: text.to_string(),
        kind: q.kind,
        value: q.value,
        low: q.low,
        high: q.high,
        approx: q.approx,
        unit,
        sides,
    })
}

/// `one over three`, `2000 over 3`, `one out of three`, `1 in 5`: a ratio
/// read as one number.
fn ratio(cx: &Ctx<'_>, q: &mut Q) {
    if q.kind != FigureKind::Count || q.end != q.core_end || q.scale != 1.0 || q.fraction {
        return;
    }
    let Some(x) = q.value else { return };
    let e = q.end;
    let (k, kind) = if cx.is(e, "over") {
        (e + 1, 0)
    } else if cx.is(e, "out") && cx.is(e + 1, "of") {
        (e + 2, 1)
    } else if cx.is(e, "in") && x <= 10.0 && x.fract() == 0.0 {
        (e + 1, 2)
    } else {
        return;
    };
    let Read::Q(d) = read(cx, k, k) else { return };
    let Some(y) = d.value else { return };
    if !d.bare() || y == 0.0 || d.lit.is_some_and(|l| l.int_digits == 4 && !l.grouped) {
        return;
    }
    let end_of_clause = d.end >= cx.len()
        || cx
            .punct(d.end)
            .is_some_and(|c| matches!(c, '.' | ',' | ';' | '?' | '!' | ')'));
    let ok = match kind {
        0 => end_of_clause,
        _ => x < y && (kind == 1 || end_of_clause || cx.is_word(d.end)),
    };
    if ok {
        q.value = Some(x / y);
        q.end = d.end;
        q.core_end = d.end;
        q.fraction = true;
    }
}

/// `a dollar`, `a kilogram`, `an ounce`: one of a unit of money, mass,
/// volume or length; of time only as a length a qualifier or `within` or
/// `for` says (`within a year`, `nearly a decade`, `for a week`): `3,000 a
/// day` is a rate, `a day later` places.
fn one_unit(cx: &Ctx<'_>, i: usize, min: usize) -> Option<Step> {
    let j = i + 1;
    let e = cx.lex(j)?;
    let mut q = bare_q(i, j + 1, FigureKind::Count);
    q.value = Some(1.0);
    if let Some(cur) = e.currency.filter(|c| !c.minor && c.iso.is_some())
        && !cx.s(j).ends_with('s')
        && !cx.all_caps(j)
    {
        q.kind = FigureKind::Money;
        q.unit = cur.iso.map(Cow::Borrowed);
    }
    if q.kind == FigureKind::Count {
        let (u, end) = unit_at(cx, j, false)?;
        // (`a foot in the door`: an idiom, no length.)
        if cx.is(j, "foot") && cx.is(end, "in") && cx.is(end + 1, "the") && cx.is(end + 2, "door") {
            return Some(Step::Skip(end + 3));
        }
        // (`an hour and a half`: a length, whatever comes before.)
        let length_of_time =
            u.dim == Dim::Time && (time_length(cx, i, j, min) || half_follows(cx, end));
        if !(length_of_time || matches!(u.dim, Dim::Mass | Dim::Volume | Dim::Length))
            || cx.s(j).len() < 2
        {
            return None;
        }
        q.kind = FigureKind::Measurement;
        q.unit = Some(Cow::Borrowed(u.sym));
        q.munit = Some(u);
        q.end = end;
    }
    hedges(cx, &mut q, min);
    Some(Step::Fig(q))
}

/// Whether `a` at token `i` and the unit of time at `j` make a length of
/// time: a unit of a day or longer (not `a second`, nor `a minute`, which
/// say an order or a moment as often), after a qualifier the figure keeps
/// (`nearly a decade`, `more than a year`; not `over`, which says when as
/// often) or `within` or `for`, and not a noun's modifier or an age (`a
/// day pass`, `a day of mourning`, `a decade ago`, `a year old`,
/// `century-old`).
fn time_length(cx: &Ctx<'_>, i: usize, j: usize, min: usize) -> bool {
    let long = cx.is_any(j, &["day", "week", "month", "year", "decade", "century"]);
    let qualified =
        hedge::before(cx, i, min).is_some_and(|(start, _)| !cx.is_any(start, &["over", "under"]));
    let opened = i > min && cx.is_any(i - 1, &["within", "for"]);
    long && (qualified || opened) && !modifies_or_ages(cx, j + 1)
}

/// Whether the token at `k`, right after a unit of time, makes the unit
/// a noun's modifier or an age: `of`, `'s`, `ago`, `old`, a hyphen, or a
/// noun (`a day pass`; not a word that places or joins: `in`, `after`).
fn modifies_or_ages(cx: &Ctx<'_>, k: usize) -> bool {
    // (The lexer splits "day's" into the word, the apostrophe and "s".)
    let possessive = matches!(cx.punct(k), Some('\'' | '’')) && cx.is(k + 1, "s");
    if possessive || cx.is_dash(k) || cx.is_any(k, &["of", "ago", "old", "away"]) {
        return true;
    }
    if !cx.is_word(k) {
        return false;
    }
    let w = cx.s(k).to_ascii_lowercase();
    let joins = matches!(
        w.as_str(),
        "in" | "on"
            | "at"
            | "to"
            | "for"
            | "after"
            | "before"
            | "until"
            | "since"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "when"
            | "while"
            | "as"
            | "from"
            | "into"
            | "so"
            | "than"
            | "then"
            | "later"
            | "earlier"
            | "now"
    );
    let verb_form = w.ends_with("ing") || w.ends_with("ed");
    !joins
        && !verb_form
        && w.chars().all(|c| c.is_ascii_lowercase())
        && crate::text::noun_senses(&crate::text::lemma(&w, crate::text::Pos::Noun)).is_some()
}
