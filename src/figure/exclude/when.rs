//! Times of day, dates, year ranges and years.

use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::hedge::{self, Says};
use crate::figure::lexicon::{MONTH, MONTH_AMBIGUOUS, TIME_OF_DAY, WEEKDAY};
use crate::figure::literal::gcd;
use crate::figure::quantity::{Q, count_like};

/// `10 a.m.`, `3 pm`, `6pm`, `11 o'clock`, `9 ET`, `10 Saturday night`.
pub(super) fn time(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
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
    // `around 10 Saturday night`, `at 9 tonight`: an hour and the day
    let hour = q.bare_int() && (1.0..=12.0).contains(&v);
    if hour && cx.is(e, "tonight") {
        return Some(e + 1);
    }
    if hour
        && cx.flag(e, WEEKDAY)
        && cx.is_any(e + 1, &["morning", "afternoon", "evening", "night"])
    {
        return Some(e);
    }
    None
}

fn is_month(cx: &Ctx<'_>, j: usize) -> bool {
    cx.flag(j, MONTH) && (!cx.flag(j, MONTH_AMBIGUOUS) || cx.capitalised(j))
}

/// `February 7`, `Jan. 20, 2025`, `7 February`, `2025-02-07`, `1995-01`,
/// `the 9/12 march`.
pub(super) fn date(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if slashed_day(cx, q, lit.slash) {
        return Some(q.end);
    }
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
        return Some(day_end(cx, q.core_end));
    }
    if day && is_month(cx, q.core_end) {
        return day_month_end(cx, q.core_end);
    }
    // ISO dates and year ranges: 2025-02-07, 1995-01, 2012–13, 2012-2013, 2012/13
    if is_year_value(v) && v >= 1500.0 && lit.int_digits == 4 {
        return year_span_end(cx, q.core_end, v);
    }
    None
}

/// Whether `q`, written `a/b` (`slash`), is a month and day before a noun
/// (`the 6/18 parade`).
fn slashed_day(cx: &Ctx<'_>, q: &Q, slash: Option<(u32, u32)>) -> bool {
    // `the 9/12 march`: a month and day before a noun; a share would be
    // written in lowest terms (3/4) or before `of`
    let Some((a, b)) = slash else {
        return false;
    };
    q.bare()
        && a <= 12
        && b <= 31
        && gcd(a, b) > 1
        && cx.is_word(q.end)
        && !cx.is(q.end, "of")
        && cx
            .lex(q.end)
            .is_none_or(|l| l.unit.is_none() && l.currency.is_none() && l.card.is_none())
}

/// The end of a day written after its month (`March 3rd`, `Oct. 8,
/// 2019`) or after a weekday (`Friday 14 June`), whose digits end at
/// token `end`: past a glued ordinal suffix and a year after a comma.
fn day_end(cx: &Ctx<'_>, mut end: usize) -> usize {
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
    end
}

/// The end of a day written before the month at token `month` (`14 June`,
/// `8 Oct., 2019`, `3 March 2021`); `None` when a day follows the month,
/// which then takes it.
fn day_month_end(cx: &Ctx<'_>, month: usize) -> Option<usize> {
    let mut end = month + 1;
    if cx.is_punct(end, '.') {
        end += 1;
    }
    // `the 14 Oct. 3 marchers`: a day after the month makes the
    // date `Oct. 3`, and the number before it a count.
    if cx
        .lit(end)
        .is_some_and(|l| l.plain_int() && l.int_digits <= 2 && (1.0..=31.0).contains(&l.value))
    {
        return None;
    }
    if cx.is_punct(end, ',') && cx.lit(end + 1).is_some_and(|l| l.int_digits == 4) {
        end += 2;
    } else if cx
        .lit(end)
        .is_some_and(|l| l.plain_int() && l.int_digits == 4)
    {
        end += 1;
    }
    Some(end)
}

/// The end of an ISO date or a year range after the year `v` ending at
/// token `e` (`2019-10-08`, `2007-09`, `2019–20`, `2019 – 2020`);
/// `None` when none follows.
fn year_span_end(cx: &Ctx<'_>, e: usize, v: f64) -> Option<usize> {
    if (cx.is_dash(e) || cx.is_punct(e, '/'))
        && cx.glued(e)
        && cx.glued(e + 1)
        && let Some(l2) = cx.lit(e + 1)
    {
        let later_year = l2.int_digits == 4 && l2.value > v && l2.value - v <= 50.0;
        if l2.plain_int() && (l2.int_digits == 2 || later_year) {
            let mut end = e + 2;
            if cx.hyphen_after(end) && cx.lit(end + 1).is_some() {
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
    None
}

fn is_year_value(v: f64) -> bool {
    (1000.0..=2099.0).contains(&v) && v.fract() == 0.0
}

/// Words after which a four-digit number is a year rather than a count,
/// even before a plural noun (`in 2020 elections`, `the 2024 cycle`).
const YEAR_BEFORE: [&str; 23] = [
    "in", "since", "during", "until", "till", "by", "before", "after", "fiscal", "fy", "the",
    "this", "its", "their", "his", "her", "our", "your", "my", "from", "through", "of", "early",
];

/// A year: a plain four-digit number from 1000 to 2099 that no plural
/// noun follows (`in 1998`, `fiscal 2026`, `the 2024 presidential
/// election`; but `2000 people`).
pub(super) fn year(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
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
    // `2000 armed men` counts men, but a recent year before a compound
    // (`2016 campaign politics`, `2024 election results`) names the year
    let recent = (1900.0..=2035.0).contains(&lit.value);
    let next_count = count_like(cx, e)
        || (cx.is_word(e)
            && !recent
            && !cx.capitalised(e)
            && !function_word
            && count_like(cx, e + 1));
    let month_before = f > 0 && cx.flag(f - 1, MONTH);
    if next_count && !prev_year_word && !month_before {
        return None;
    }
    // `more than 2000`, `below 1500`: a bound is put on a count, not on a
    // year, unless the words before it speak of time (`since at least
    // 2015`, `dates back to at least 2007`)
    let bound =
        hedge::before(cx, f, 0).filter(|(_, says)| !matches!(says, Says::Approx | Says::Exact));
    if let Some((start, _)) = bound
        && !time_before(cx, start)
    {
        return None;
    }
    (lit.value != 1000.0).then_some(e)
}

/// Whether the words before token `start` speak of a point in time:
/// `since`, `until`, `before`, `after`, `back to`, `dates to`.
fn time_before(cx: &Ctx<'_>, start: usize) -> bool {
    let Some(p) = start.checked_sub(1) else {
        return false;
    };
    cx.is_any(p, &["since", "until", "till", "before", "after"])
        || cx.is(p, "to")
            && p > 0
            && cx.is_any(p - 1, &["back", "dates", "date", "dating", "dated"])
}
