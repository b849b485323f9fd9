//! Where to reach someone: phone numbers (`555-1234`, `(612) 555-0178`,
//! `901-528-CASH`, `call 911`) and street addresses (`4522 Mill Road`,
//! `861 W. 36th Street`, `the 4700 block of Larch Avenue`, `7 Mile
//! Road`).

use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::lexicon::{DIAL, MONTH, TIME_OF_DAY, WEEKDAY};
use crate::figure::literal::Lit;
use crate::figure::quantity::{Q, count_like};
use crate::figure::unit::Dim;

use super::name::titlecase_line as title_case;

/// Phone numbers and other hyphenated digit groups: `+1-222-2222`,
/// `555-1234`, `1111-22223333-4444`, `901-528-CASH (2274)`, `866-7LOCKUP`,
/// and numbers dialled or texted (`call 911`, `text TIP to 274637`).
pub(super) fn phone(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    let f = q.core_first;
    // `253 856-5808`: the area code read as a group of thousands
    let spaced = cx.s(f).as_bytes();
    if lit.grouped
        && !lit.decimal
        && spaced.len() == 7
        && spaced[3] == b' '
        && cx.is_dash(q.core_end)
        && cx.glued(q.core_end)
        && cx.glued(q.core_end + 1)
        && cx.s(q.core_end + 1).len() == 4
        && cx.lit(q.core_end + 1).is_some_and(Lit::plain_int)
    {
        return Some(q.core_end + 2);
    }
    if !lit.plain_int() || q.words {
        return None;
    }
    let plus = f > 0 && cx.is_punct(f - 1, '+') && cx.glued(f);
    // the lengths of the digit groups joined by dashes or slashes (the
    // first eight; later groups are counted, not measured)
    let mut groups = 1;
    let mut j = q.core_end;
    let mut lens = [0usize; 8];
    lens[0] = cx.s(f).len();
    while (cx.is_dash(j) || cx.is_punct(j, '/'))
        && cx.glued(j)
        && cx.glued(j + 1)
        && cx.lit(j + 1).is_some_and(|l| l.plain_int() || l.ident)
    {
        if let Some(len) = lens.get_mut(groups) {
            *len = cx.s(j + 1).len();
        }
        groups += 1;
        j += 2;
    }
    let lens = &lens[..groups.min(8)];
    // `(555) 123-4567`
    let area = f > 0
        && cx.is_punct(f - 1, '(')
        && cx.is_punct(q.core_end, ')')
        && lens[0] == 3
        && cx.lit(q.core_end + 1).is_some();
    if area {
        let mut end = q.core_end + 2;
        if cx.hyphen_after(end) && cx.is_num(end + 1) {
            end += 2;
        }
        return Some(end);
    }
    if let Some(end) = vanity(cx, j, lens) {
        return Some(end);
    }
    // `555-1234`; `636-3300` too, but not `500-1000 homes`
    let round = cx.s(j - 1).ends_with('0') && (cx.s(f).ends_with("00") || count_like(cx, j));
    let seven = groups == 2 && lens[0] == 3 && lens[1] == 4 && !round;
    if groups >= 3 || seven || (plus && (groups >= 2 || cx.is_num(q.core_end))) {
        let mut end = j;
        while cx.is_num(end) && !cx.glued(end) && cx.lit(end).is_some_and(Lit::plain_int) && plus {
            end += 1;
        }
        return Some(end);
    }
    (groups == 1 && !lit.lead_zero && dialled(cx, q)).then_some(q.end)
}

/// `901-528-CASH`, `800-SPEAK-UP`, `866-7LOCKUP`, `1-800-TBI-FIND`,
/// `612-692 TIPS`: digit groups that end in letters spelling a word on the
/// keypad, with the digits they stand for after them in brackets
/// (`(2274)`). `j` is the token after the digit groups read so far,
/// `lens` their lengths.
fn vanity(cx: &Ctx<'_>, j: usize, lens: &[usize]) -> Option<usize> {
    let caps = |k: usize| cx.all_caps(k) && cx.s(k).len() >= 2;
    let keypad = |end: usize| {
        if cx.is_punct(end, '(')
            && cx.lit(end + 1).is_some_and(Lit::plain_int)
            && cx.is_punct(end + 2, ')')
        {
            end + 3
        } else {
            end
        }
    };
    // `612-692 TIPS`: the word after a space
    if lens == [3, 3] && !cx.glued(j) && caps(j) && cx.s(j).len() >= 3 {
        return Some(keypad(j + 1));
    }
    // `866-7LOCKUP`: the word glued to the last digits
    if lens.len() >= 2 && cx.glued(j) && caps(j) && cx.s(j).len() >= 3 {
        return Some(keypad(j + 1));
    }
    if !(lens == [3] || lens.len() >= 2) || !cx.hyphen_joins(j) {
        return None;
    }
    let mut end = if caps(j + 1) {
        j + 2
    } else if cx.lit(j + 1).is_some_and(Lit::plain_int) && cx.glued(j + 2) && caps(j + 2) {
        j + 3
    } else {
        return None;
    };
    // `800-SPEAK-UP`
    while cx.hyphen_joins(end) && caps(end + 1) {
        end += 2;
    }
    Some(keypad(end))
}

/// A number dialled or texted: `call 911`, `called 911 Thursday`, `a 911
/// dispatcher`, `dial 999`, `texting TIP to 274637`. `911` is the
/// emergency number wherever it stands, unless it counts something.
fn dialled(cx: &Ctx<'_>, q: &Q) -> bool {
    const CALL_NOUNS: &[&str] = &["call", "calls", "caller", "callers"];
    let e = q.end;
    let f = q.first;
    // `911` anywhere, the verb right before (`call 999`), or a text sent
    // to a short code (`text TIP to 274637`)
    let called = q.value == Some(911.0)
        || f > 0 && cx.flag(f - 1, DIAL)
        || f > 1
            && cx.is(f - 1, "to")
            && q.value.is_some_and(|v| v >= 1000.0)
            && (2..=5)
                .any(|d| f >= d && cx.flag(f - d, DIAL) && cx.s(f - d).starts_with(['t', 'T']));
    called && q.bare() && (!count_like(cx, e) || cx.is_any(e, CALL_NOUNS))
}

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
    "cove",
    "trail",
    "crossing",
];

const DIRECTION: &[&str] = &[
    "north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw",
];

/// Street addresses: a house number before a street name and a street
/// word (`4522 Mill Road`, `40 N. Harbor St.`, `861 W. 36th Street`,
/// `1600 Pennsylvania Avenue`, `618 Henson road`), a hundred block (`the
/// 4700 block of Larch`, `the 100 North block of`), and a street
/// named by a distance (`7 Mile Road`). Returns the token after the
/// street word, so that the name is skipped whole.
pub(super) fn street_address(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    if let Some(end) = named_by_distance(cx, q) {
        return Some(end);
    }
    // `the 5,000 block of`: a hundred block written with a thousands
    // comma.
    let grouped = q.bare()
        && q.core_end == q.core_first + 1
        && q.lit
            .is_some_and(|l| l.grouped && !l.decimal && !l.fraction);
    if grouped && !q.words {
        return hundred_block(cx, q.end);
    }
    if !q.bare_int() || q.words {
        return None;
    }
    let e = q.end;
    // Every address form has a capitalised word, an ordinal, `block` or
    // a span (`0 to 100 block`) after the number: most counts stop here.
    let next_ok = cx.capitalised(e)
        || cx.is_num(e)
        || cx.is_dash(e)
        || cx.is_any(e, &["block", "blocks", "to"]);
    if !next_ok {
        return None;
    }
    if let Some(end) = hundred_block(cx, e) {
        return Some(end);
    }
    // `3200 South and 5100 West`: a grid address
    if q.value.is_some_and(|v| v >= 100.0)
        && cx.is_any(e, &["north", "south", "east", "west"])
        && cx.capitalised(e)
        && !cx.capitalised(e + 1)
        && !cx.is_num(e + 1)
    {
        return Some(e + 1);
    }
    // An address comes after a preposition of place (`at 4522 Mill Road`,
    // `moved to 40 N. Harbor St.`), or stands on its own (after a comma, a
    // bracket, or at the start of a line or sentence: `Kitten's Kabaret,
    // 2882 Lamb Place`); `closed 40 Main Street businesses` counts
    // businesses.
    let f = q.first;
    let placed = f == 0
        || cx.is_any(
            f - 1,
            &[
                "at", "on", "to", "from", "near", "of", "in", "outside", "behind", "an", "a",
            ],
        )
        || matches!(cx.punct(f - 1), Some(',' | '('))
        || cx.sentence_start(f);
    if !placed {
        return None;
    }
    street_name(cx, e).or_else(|| bare_street(cx, q))
}

/// `the 3900 block of`, `the 100 North block of`, `the 0 to 100 block
/// of`, `the 9400-block of`, `the 2600 blocks of Cedar`: a hundred block,
/// after the number ending at `e`; the token after `block`.
fn hundred_block(cx: &Ctx<'_>, e: usize) -> Option<usize> {
    let span = usize::from(cx.is(e, "to") || cx.is_dash(e) && !cx.is(e + 1, "block")) * 2;
    let e = if span > 0 && cx.lit(e + 1).is_some_and(Lit::plain_int) {
        e + span
    } else {
        e
    };
    let e = if cx.hyphen_after(e) && cx.is(e + 1, "block") {
        e + 1
    } else {
        e
    };
    let d = usize::from(cx.is_any(e, DIRECTION) && cx.capitalised(e));
    let block = cx.is(e + d, "block") || cx.is(e + d, "blocks") && cx.capitalised(e + d + 2);
    (block && cx.is(e + d + 1, "of")).then_some(e + d + 1)
}

/// `at 2314 Marble.`, `Vera Quill, 2211 Birch Hollow, where`: a
/// house number and a street name without a street word, after `at`, a
/// comma or a bracket and ending the clause.
fn bare_street(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    let placed = f > 0 && (cx.is(f - 1, "at") || matches!(cx.punct(f - 1), Some(',' | '(')));
    if !placed || q.value.is_none_or(|v| v < 100.0) {
        return None;
    }
    let mut j = q.end;
    while j < q.end + 3
        && cx.capitalised(j)
        && cx.lex(j).is_none_or(|l| {
            l.flags & (MONTH | WEEKDAY | TIME_OF_DAY) == 0
                && l.card.is_none()
                && l.unit.is_none()
                && l.currency.is_none()
        })
    {
        j += 1;
    }
    let named = j > q.end;
    let ends = cx.tok(j).is_none()
        || matches!(cx.punct(j), Some(',' | ';' | '.' | ')' | '#'))
        || cx.is_any(
            j,
            &[
                "near", "in", "on", "at", "between", "off", "where", "when", "and",
            ],
        );
    (named && ends).then_some(j)
}

/// The end of a street name starting at token `j` (up to four name words,
/// direction abbreviations with their period and ordinals such as `36th`
/// allowed, then the street word), or `None`.
fn street_name(cx: &Ctx<'_>, j: usize) -> Option<usize> {
    let mut j = j;
    let mut names = 0;
    while names < 5 {
        if cx.is_punct(j, '.') && cx.glued(j) {
            j += 1;
            continue;
        }
        // `36th`, `8 Mile`
        if cx.lit(j).is_some_and(Lit::plain_int) {
            let ordinal = cx.glued(j + 1) && cx.is_any(j + 1, &["st", "nd", "rd", "th"]);
            if ordinal {
                j += 2;
            } else if cx.capitalised(j + 1) {
                j += 1;
            } else {
                return None;
            }
            names += 1;
            continue;
        }
        if names > 0 && cx.is_any(j, STREET) && (cx.capitalised(j) || cx.is_word(j)) {
            return street_end(cx, j);
        }
        if !cx.capitalised(j) {
            return None;
        }
        names += 1;
        j += 1;
    }
    None
}

/// After the street word at `j`: its period, a direction (`NE`), and
/// whether a counted noun follows (`40 Main Street businesses` counts
/// businesses: `None`).
fn street_end(cx: &Ctx<'_>, j: usize) -> Option<usize> {
    let mut end = j + 1;
    if cx.is_punct(end, '.') && cx.glued(end) {
        end += 1;
    }
    if cx.is_any(end, DIRECTION) && cx.all_caps(end) {
        end += 1;
    }
    (!count_like(cx, end)).then_some(end)
}

/// `7 Mile Road`, `south of 8 Mile`: a place named by a distance, the unit
/// of length written capitalised in running text.
fn named_by_distance(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let u = q.core_end;
    if q.kind != FigureKind::Measurement
        || q.end != u + 1
        || q.munit.is_none_or(|m| m.dim != Dim::Length)
        || !cx.capitalised(u)
        || cx.all_caps(u)
        || cx.s(u).len() < 3
    {
        return None;
    }
    if cx.is_any(q.end, STREET) && cx.capitalised(q.end) {
        return street_end(cx, q.end);
    }
    (!cx.sentence_start(q.first) && !title_case(cx, q.first)).then_some(q.end)
}
