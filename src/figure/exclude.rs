//! What is not a figure: years, year ranges, decades, dates, times,
//! ordinals, ages, identifiers (`Executive Order 14159`, `287(g)`, `H.R. 1`,
//! `COVID-19`, `Route 66`, ZIP codes, phone numbers), street addresses
//! (`4522 Mill Road`), list markers, labels
//! after web addresses, and idioms built on `one`.
//!
//! Each rule looks at a quantity and its neighbours and, when it applies,
//! says where to resume scanning so that the whole non-figure is skipped.

use super::FigureKind;
use super::ctx::Ctx;
use super::hedge::{self, Says};
use super::lexer::Kind;
use super::lexicon::{
    AGE, IDENT_NOUN, IDENT_WORD_ONLY, MONTH, MONTH_AMBIGUOUS, TIME_OF_DAY, WEEKDAY,
};
use super::literal::Lit;
use super::quantity::{Q, count_like};
use super::unit::Dim;

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
    if q.lit.is_none() || f < 2 || !cx.glued(f) || !cx.is_dash(f - 1) || !cx.glued(f - 1) {
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

/// Phone numbers and other hyphenated digit groups: `+1-222-2222`,
/// `555-1234`, `1111-22223333-4444`.
fn phone(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if !lit.plain_int() || q.words {
        return None;
    }
    let f = q.core_first;
    let plus = f > 0 && cx.is_punct(f - 1, '+') && cx.glued(f);
    let mut groups = 1;
    let mut j = q.core_end;
    let mut lens = vec![cx.s(f).len()];
    while (cx.is_dash(j) || cx.is_punct(j, '/'))
        && cx.glued(j)
        && cx.glued(j + 1)
        && cx.lit(j + 1).is_some_and(Lit::plain_int)
    {
        lens.push(cx.s(j + 1).len());
        groups += 1;
        j += 2;
    }
    // `(555) 123-4567`
    let area = f > 0
        && cx.is_punct(f - 1, '(')
        && cx.is_punct(q.core_end, ')')
        && lens[0] == 3
        && cx.lit(q.core_end + 1).is_some();
    if area {
        let mut end = q.core_end + 2;
        if cx.is_dash(end) && cx.glued(end) && cx.is_num(end + 1) {
            end += 2;
        }
        return Some(end);
    }
    let seven = groups == 2 && lens[0] == 3 && lens[1] == 4 && !cx.s(j - 1).ends_with('0');
    if groups >= 3 || seven || (plus && (groups >= 2 || cx.is_num(q.core_end))) {
        let mut end = j;
        while cx.is_num(end) && !cx.glued(end) && cx.lit(end).is_some_and(Lit::plain_int) && plus {
            end += 1;
        }
        return Some(end);
    }
    None
}

/// `10 a.m.`, `3 pm`, `6pm`, `11 o'clock`, `9 ET`.
fn time(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let v = q.value?;
    if q.kind != FigureKind::Count || !(0.0..=24.0).contains(&v) {
        return None;
    }
    let e = q.end;
    if cx.is_any(e, &["a", "p"]) && cx.is_punct(e + 1, '.') && cx.glued(e + 1) && cx.is(e + 2, "m")
    {
        let end = if cx.is_punct(e + 3, '.') {
            e + 4
        } else {
            e + 3
        };
        return Some(end);
    }
    if cx.flag(e, TIME_OF_DAY) {
        let s = cx.s(e);
        let ok = matches!(
            s.to_ascii_lowercase().as_str(),
            "am" | "pm" | "o'clock" | "oclock"
        ) || s.chars().all(|c| c.is_ascii_uppercase());
        if ok {
            return Some(e + 1);
        }
    }
    if cx.is(e, "o") && matches!(cx.punct(e + 1), Some('\'' | '’')) && cx.is(e + 2, "clock") {
        return Some(e + 3);
    }
    None
}

fn is_month(cx: &Ctx<'_>, j: usize) -> bool {
    cx.flag(j, MONTH) && (!cx.flag(j, MONTH_AMBIGUOUS) || cx.capitalised(j))
}

/// `February 7`, `Jan. 20, 2025`, `7 February`, `2025-02-07`, `1995-01`.
fn date(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if !lit.plain_int() || q.words || q.first != q.core_first {
        return None;
    }
    let f = q.core_first;
    let v = lit.value;
    let day = (1.0..=31.0).contains(&v) && lit.int_digits <= 2;
    let mut month_before = f > 0 && is_month(cx, f - 1);
    if !month_before && f > 1 && cx.is_punct(f - 1, '.') && is_month(cx, f - 2) {
        month_before = true;
    }
    let weekday_before = f > 0 && cx.flag(f - 1, WEEKDAY);
    if day && (month_before || weekday_before && is_month(cx, f + 1)) {
        let mut end = q.core_end;
        if cx.is_any(end, &["st", "nd", "rd", "th"]) && cx.glued(end) {
            end += 1;
        }
        // `, 2025`
        if cx.is_punct(end, ',')
            && cx
                .lit(end + 1)
                .is_some_and(|l| l.plain_int() && l.int_digits == 4)
        {
            end += 2;
        }
        return Some(end);
    }
    if day && is_month(cx, q.core_end) {
        let mut end = q.core_end + 1;
        if cx.is_punct(end, '.') {
            end += 1;
        }
        if cx.is_punct(end, ',') && cx.lit(end + 1).is_some_and(|l| l.int_digits == 4) {
            end += 2;
        } else if cx
            .lit(end)
            .is_some_and(|l| l.plain_int() && l.int_digits == 4)
        {
            end += 1;
        }
        return Some(end);
    }
    // ISO dates and year ranges: 2025-02-07, 1995-01, 2012–13, 2012-2013, 2012/13
    if is_year_value(v) && v >= 1500.0 && lit.int_digits == 4 {
        let e = q.core_end;
        if (cx.is_dash(e) || cx.is_punct(e, '/'))
            && cx.glued(e)
            && cx.glued(e + 1)
            && let Some(l2) = cx.lit(e + 1)
        {
            let later_year = l2.int_digits == 4 && l2.value > v && l2.value - v <= 50.0;
            if l2.plain_int() && (l2.int_digits == 2 || later_year) {
                let mut end = e + 2;
                if cx.is_dash(end) && cx.glued(end) && cx.lit(end + 1).is_some() {
                    end += 2;
                }
                return Some(end);
            }
        }
        if cx.is_dash(e) && !cx.glued(e) {
            // `2012 – 2013`
            if let Some(l2) = cx.lit(e + 1)
                && l2.plain_int()
                && l2.int_digits == 4
                && l2.value > v
                && l2.value - v <= 50.0
            {
                return Some(e + 2);
            }
        }
    }
    None
}

fn is_year_value(v: f64) -> bool {
    (1000.0..=2099.0).contains(&v) && v.fract() == 0.0
}

/// Words after which a four-digit number is a year rather than a count,
/// even before a plural noun (`in 2020 elections`, `the 2024 cycle`).
const YEAR_BEFORE: [&str; 21] = [
    "in", "since", "during", "until", "till", "by", "before", "after", "fiscal", "fy", "the",
    "this", "its", "their", "his", "her", "our", "from", "through", "of", "early",
];

/// A year: a plain four-digit number from 1000 to 2099 that no plural
/// noun follows (`in 1998`, `fiscal 2026`, `the 2024 presidential
/// election`; but `2000 people`).
fn year(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if !q.bare()
        || q.fraction
        || !lit.plain_int()
        || lit.int_digits != 4
        || lit.lead_zero
        || !is_year_value(lit.value)
    {
        return None;
    }
    let e = q.core_end;
    let f = q.core_first;
    let prev_year_word = f > 0 && cx.is_any(f - 1, &YEAR_BEFORE);
    let function_word = cx.is_any(
        e,
        &[
            "and", "or", "to", "that", "which", "who", "when", "where", "while", "as", "but",
            "after", "before", "because", "if", "since", "until", "so", "the", "a", "an", "in",
            "on", "at", "by", "for", "with", "from", "of", "it", "he", "she", "they", "we", "i",
            "you", "there",
        ],
    );
    let next_count = count_like(cx, e)
        || (cx.is_word(e) && !cx.capitalised(e) && !function_word && count_like(cx, e + 1));
    let month_before = f > 0 && cx.flag(f - 1, MONTH);
    if next_count && !prev_year_word && !month_before {
        return None;
    }
    // `more than 2000`, `below 1500`: a bound is never put on a year
    let bound = hedge::before(cx, f, 0)
        .is_some_and(|(_, says)| !matches!(says, Says::Approx | Says::Exact));
    if bound || lit.value == 1000.0 {
        return None;
    }
    Some(e)
}

/// Ages: `5-year-old`, `34 years old`, `aged 34`, `age 87`, `87 yo`,
/// `ninety five years of age`, `Jane Roe, 34,`.
fn age(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    if f > 0 && cx.flag(f - 1, AGE) && matches!(q.kind, FigureKind::Count | FigureKind::Measurement)
    {
        let mut end = q.end;
        // ages 5 to 12, aged 18-24
        if (cx.is(end, "to") || cx.is_dash(end) || cx.is(end, "and")) && cx.is_num(end + 1) {
            end += 2;
        }
        return Some(end);
    }
    let e = q.end;
    let time_unit = q.munit.is_some_and(|u| u.dim == Dim::Time);
    if time_unit {
        if cx.is(e, "old") {
            return Some(e + 1);
        }
        if cx.is_dash(e) && cx.is(e + 1, "old") {
            return Some(e + 2);
        }
        if cx.is(e, "of") && cx.is(e + 1, "age") {
            return Some(e + 2);
        }
        if cx.is(e, "ago") {
            return Some(e + 1);
        }
    }
    if q.kind == FigureKind::Count && (cx.is(e, "yo") || cx.is(e, "y/o")) {
        return Some(e + 1);
    }
    // `Jane Roe, 34, of Denver`
    let after_name = q.bare_int()
        && f > 1
        && cx.is_punct(f - 1, ',')
        && cx.capitalised(f - 2)
        && q.value.is_some_and(|v| (1.0..=120.0).contains(&v))
        && cx.lex(f - 2).is_none_or(|l| l.flags & MONTH == 0);
    if after_name && cx.is_punct(e, ',') {
        return Some(e + 1);
    }
    // `..., said Jane Roe, 34.`: the name of someone quoted, at the end of
    // the sentence.
    if after_name
        && cx.is_punct(e, '.')
        && (cx.tok(e + 1).is_none() || cx.line_start(e + 1) || cx.capitalised(e + 1))
    {
        // The name: up to four capitalised words and initials (`Farah J.
        // Sandley`, `Mary Ann Sandley`), after a verb of saying.
        let saying = ["said", "says", "told", "added"];
        let mut k = f - 2;
        let mut words = 1;
        while k > 0 && words < 4 {
            if k > 1 && cx.is_punct(k - 1, '.') && cx.capitalised(k - 2) && cx.s(k - 2).len() == 1 {
                k -= 2;
            } else if cx.capitalised(k - 1) && !cx.is_any(k - 1, &saying) {
                k -= 1;
            } else {
                break;
            }
            words += 1;
        }
        let weekday = cx.lex(f - 2).is_some_and(|l| l.flags & WEEKDAY != 0);
        if !weekday && k > 0 && cx.is_any(k - 1, &saying) {
            return Some(e);
        }
    }
    None
}

/// Street addresses: a house number before a capitalised street name and
/// a street word (`4522 Mill Road`, `40 N. Harbor St.`, `1600 Pennsylvania
/// Avenue`).
fn street_address(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    const STREET: &[&str] = &[
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "parkway",
        "pkwy",
        "terrace",
        "circle",
        "highway",
        "hwy",
        "pike",
        "alley",
        "plaza",
        "square",
    ];
    if !q.bare_int() || q.words {
        return None;
    }
    // An address comes after a preposition of place (`at 4522 Mill Road`,
    // `moved to 40 N. Harbor St.`); `closed 40 Main Street businesses`
    // counts businesses.
    let f = q.first;
    if f == 0
        || !cx.is_any(
            f - 1,
            &[
                "at", "on", "to", "from", "near", "of", "in", "outside", "behind",
            ],
        )
    {
        return None;
    }
    let e = q.end;
    // One to three capitalised words (a direction abbreviation's period
    // allowed), then the street word.
    let mut j = e;
    let mut names = 0;
    while names < 4 {
        if cx.is_punct(j, '.') && cx.glued(j) {
            j += 1;
            continue;
        }
        if !cx.capitalised(j) {
            return None;
        }
        if names > 0 && cx.is_any(j, STREET) {
            // `in 25 Park Avenue buildings`: a noun after the street word
            // is what the number counts (after `St.` the sentence goes on
            // with its verb: `at 40 N. Harbor St. took in`).
            let abbreviated = cx.is_punct(j + 1, '.') && cx.glued(j + 1);
            let counted = !abbreviated
                && cx.is_word(j + 1)
                && !cx.capitalised(j + 1)
                && !cx.is_any(
                    j + 1,
                    &[
                        "and", "or", "in", "on", "at", "near", "to", "from", "where", "when",
                        "after", "before", "for", "with", "by",
                    ],
                );
            if counted {
                return None;
            }
            return Some(e);
        }
        names += 1;
        j += 1;
    }
    None
}

/// Identifiers: a number naming a thing rather than counting things.
fn identifier(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    let e = q.end;
    let statute = cx.is_punct(e, '(')
        && cx.tok(e + 1).is_some_and(|t| t.end - t.start <= 3)
        && cx.is_punct(e + 2, ')');
    if statute && q.bare() {
        let mut end = e + 3;
        while cx.is_punct(end, '(') && cx.is_punct(end + 2, ')') && cx.glued(end) {
            end += 3;
        }
        return Some(end);
    }
    if !q.bare() || q.fraction {
        return None;
    }
    let p = f.checked_sub(1)?;
    // Title 42, Route 66, number one, Executive Order 50
    if cx.flag(p, IDENT_NOUN) && (!cx.is(p, "no") || cx.capitalised(p) || cx.is_punct(f, '.')) {
        return Some(e);
    }
    if cx.flag(p, IDENT_WORD_ONLY) && (q.words || cx.capitalised(p)) {
        return Some(e);
    }
    // No. 5, Sec. 4, H.R. 1, S. 2
    if cx.is_punct(p, '.') && p > 0 {
        let w = p - 1;
        let abbrev = cx.flag(w, IDENT_NOUN)
            || (cx.is_word(w)
                && cx.s(w).len() <= 2
                && cx.capitalised(w)
                && cx.glued(p)
                && q.lit.is_some_and(|l| l.value < 10_000.0));
        let dotted = w > 0 && cx.is_punct(w - 1, '.') && cx.glued(w);
        if abbrev && (!cx.sentence_start(w) || dotted) || cx.flag(w, IDENT_NOUN) {
            return Some(e);
        }
    }
    // a label after a web address: `TheEpochTimes.com 2`
    if cx.tok(p).is_some_and(|t| t.kind == Kind::Skip) && !cx.line_start(f) {
        return Some(e);
    }
    // `(4)`, `1 )`: enumerations and asides
    if cx.is_punct(e, ')')
        && q.lit.is_some_and(|l| l.plain_int())
        && (cx.is_punct(p, '(') || !cx.is_punct(p, '('))
        && (cx.is_punct(p, '(') || cx.is_word(p) && !cx.glued(e))
    {
        return Some(e + 1);
    }
    // ZIP codes: `PA 23456`, `Denver, CO 80202`
    if let Some(lit) = q.lit {
        if lit.plain_int() && lit.int_digits == 5 {
            let w = if cx.is_punct(p, ',') {
                p.saturating_sub(1)
            } else {
                p
            };
            if is_state(cx.s(w)) && cx.all_caps(w)
                || cx.lex(w).is_none() && cx.capitalised(w) && STATES.contains(&cx.s(w))
            {
                let end = if cx.is_dash(e) && cx.glued(e) && cx.is_num(e + 1) {
                    e + 2
                } else {
                    e
                };
                return Some(end);
            }
        }
        // Boeing 737, Windows 11, S&P 500: a capitalised name, mid-sentence
        if lit.plain_int()
            && cx.capitalised(p)
            && !cx.sentence_start(p)
            && cx.lex(p).is_none_or(|l| {
                l.flags & (MONTH | WEEKDAY) == 0
                    && l.card.is_none()
                    && l.unit.is_none()
                    && l.currency.is_none()
            })
            && !titlecase_line(cx, f)
        {
            return Some(e);
        }
        if lit.plain_int() && cx.is_punct(p, '&') {
            return Some(e);
        }
    }
    None
}

const STATE_CODES: [&str; 52] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR",
];

const STATES: [&str; 20] = [
    "Alabama",
    "Arizona",
    "California",
    "Colorado",
    "Florida",
    "Georgia",
    "Illinois",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Nevada",
    "Ohio",
    "Oregon",
    "Pennsylvania",
    "Texas",
    "Utah",
    "Virginia",
    "Washington",
    "Wisconsin",
];

fn is_state(s: &str) -> bool {
    STATE_CODES.contains(&s)
}

/// Whether the line holding token `i` is written in title case (a
/// headline), where a capitalised word before a number is no name.
fn titlecase_line(cx: &Ctx<'_>, i: usize) -> bool {
    let mut a = i;
    while a > 0 && !cx.line_start(a) && i - a < 40 {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < cx.len() && !cx.line_start(b + 1) && b - i < 40 {
        b += 1;
    }
    let (mut words, mut caps) = (0, 0);
    for j in a..=b {
        if cx.is_word(j) && cx.s(j).len() >= 4 {
            words += 1;
            if cx.capitalised(j) {
                caps += 1;
            }
        }
    }
    words >= 3 && caps * 10 >= words * 7
}

/// `1.` or `2)` at the start of a line, before the item's text.
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
    if !cx.line_start(k) {
        return None;
    }
    let e = q.core_end;
    let marker = matches!(cx.punct(e), Some('.' | ')' | ':')) && cx.glued(e);
    let text_follows = cx.tok(e + 1).is_some_and(|t| !t.line_start);
    (marker && text_follows).then_some(e + 1)
}

/// Idioms built on `one`: `one of the`, `the one who`, `one another`,
/// `no one`, `one-time`, `that's one ...`, `one last time`.
fn idiom(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.core_first;
    if !q.words || q.core_end != f + 1 || !cx.is(f, "one") || q.first != f {
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
    if cx.is_any(
        next,
        &[
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
        ],
    ) {
        return Some(next);
    }
    if time && !duration {
        return Some(q.end);
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
    if let Some(p) = f.checked_sub(1)
        && cx.is_any(
            p,
            &[
                "the", "this", "that", "which", "any", "every", "each", "no", "someone", "anyone",
                "everyone", "only", "s", "little", "big", "last", "first", "next", "other",
                "another", "right", "wrong", "same", "new", "old", "such", "is", "was", "be", "as",
            ],
        )
    {
        return Some(e);
    }
    // a pronoun at the end of a clause: `the big one.`
    let clause_end = cx
        .punct(next)
        .is_some_and(|c| matches!(c, '.' | ',' | '?' | '!' | ';'))
        || next >= cx.len();
    if clause_end && f > 0 && cx.is_word(f - 1) {
        return Some(e);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::figures;

    fn texts(s: &str) -> Vec<String> {
        figures(s).map(|f| f.text).collect()
    }

    #[test]
    fn skips_years_dates_and_times() {
        assert!(texts("In 1998 the plant closed.").is_empty());
        assert!(texts("The fiscal 2026 budget and the 2012–13 season.").is_empty());
        assert!(texts("It reopened on February 7 and again on Jan. 20, 2025.").is_empty());
        assert!(texts("Filed 7/2/2025, updated 2025-02-07, due 1995-01.").is_empty());
        assert!(texts("Doors open at 10 a.m. and close at 3:30 p.m., 24/7 support.").is_empty());
        assert!(texts("Trends of the 1990s and the '80s.").is_empty());
        assert_eq!(texts("Some 2000 people came."), ["Some 2000"]);
    }

    #[test]
    fn skips_ordinals_and_ages() {
        assert!(texts("She finished first, then 21st, then twenty-fifth.").is_empty());
        assert!(
            texts("A 5-year-old boy and a 60-year-old man, aged 34 and 40 years old.").is_empty()
        );
        assert!(texts("Mara Quill, 34, of Brookton, said so.").is_empty());
    }

    #[test]
    fn skips_identifiers() {
        for s in [
            "Under Executive Order 14159 agencies act.",
            "They signed 287(g) deals and 287 (g) pacts.",
            "The House passed H.R. 1 on Tuesday.",
            "Title 42 ended; Section 4 applies.",
            "Cases of COVID-19 fell along Route 66.",
            "A Boeing 737 landed; staff filled Form I-9.",
            "Write to Box Hill, PA 19104 or call 555-0199.",
            "Call +1-202-555-0143 today.",
        ] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
    }

    #[test]
    fn skips_list_markers_addresses_and_idioms() {
        assert!(texts("1. Ferries\n2. Buses").is_empty());
        assert!(texts("See harbor.news 2 and @dock_worker55 or mail kim@port.org").is_empty());
        assert!(texts("He is number one. From day one, one of the crew and the one who left helped one another.").is_empty());
        assert_eq!(texts("One ferry sank."), ["One"]);
    }

    #[test]
    fn skips_street_addresses_and_ages_after_a_quote() {
        assert_eq!(texts("Crews cleared 40 trees at 4522 Mill Road."), ["40"]);
        assert_eq!(
            texts("The shelter at 40 N. Harbor St. took in 120 people."),
            ["120"]
        );
        assert!(texts("She lives at 1600 Pennsylvania Avenue now.").is_empty());
        assert_eq!(texts("Officers arrested 40 Mill Valley residents."), ["40"]);
        assert!(texts("\u{201c}We lost everything,\u{201d} said Farah Sandley, 64.").is_empty());
        assert!(
            texts("\u{201c}We lost everything,\u{201d} said Sandley, 64. She left.").is_empty()
        );
        assert_eq!(texts("The county reported cases in Eastgate, 37."), ["37"]);
        assert!(texts("\u{201c}We lost everything,\u{201d} said Farah J. Sandley, 64.").is_empty());
        assert!(texts("\u{201c}We lost everything,\u{201d} said Mary Ann Sandley, 64.").is_empty());
        assert_eq!(
            texts("Crews will return, the mayor said Friday, 12."),
            ["12"]
        );
        // Counts of things named after streets stay figures.
        assert_eq!(texts("The fire closed 40 Main Street businesses."), ["40"]);
        assert_eq!(texts("It damaged 25 Park Avenue buildings."), ["25"]);
        assert_eq!(
            texts("Nine Supreme Court justices and 9 Supreme Court clerks met."),
            ["Nine", "9"]
        );
        assert!(texts("Crowds gathered at 50 Times Square on Friday.").is_empty());
    }
}
