//! Numbers that name a thing: statutes, orders, routes, models, ZIP
//! codes, labels after web addresses, enumerations.

use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::lexer::Kind;
use crate::figure::lexicon::{IDENT_NOUN, IDENT_WORD_ONLY, MONTH, WEEKDAY};
use crate::figure::literal::Lit;
use crate::figure::quantity::{Q, count_like};

/// Identifiers: a number naming a thing rather than counting things.
pub(super) fn identifier(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
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
    if let Some(end) = code_citation(cx, q) {
        return Some(end);
    }
    let p = q.first.checked_sub(1)?;
    after_noun(cx, q, p)
        .or_else(|| enumeration(cx, q, p))
        .or_else(|| zip_code(cx, q, p))
        .or_else(|| proper_name(cx, q, p))
        .or_else(|| gallery(cx, q, p))
}

/// A statute cited by title, code and section: `18 USC 922`, `625 ILCS
/// 5/11-501`, `40 CFR 60.1`. The title number comes first; the section
/// after the code's abbreviation, written in digits, slashes, hyphens,
/// periods and brackets, is skipped with it.
fn code_citation(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    if !matches!(cx.s(q.end), "USC" | "ILCS" | "CFR") {
        return None;
    }
    let mut j = q.end + 1;
    while cx.tok(j).is_some()
        && (j == q.end + 1 || cx.glued(j))
        && (cx.is_num(j) || matches!(cx.punct(j), Some('/' | '-' | '.' | '(' | ')')))
    {
        j += 1;
    }
    // (The sentence's period is not part of the section.)
    if j > q.end + 1 && cx.is_punct(j - 1, '.') {
        j -= 1;
    }
    Some(j)
}

/// Numbers in a photo gallery's captions: a photo credit just before its
/// counter (`Photo: Brook 12 Video Image 3 of 9`, `Photo: 12 Brook Video
/// Image 2 of 10`) and the rank just after it (`Image 9 of 44 35.
/// Dunmore`); not a caption's last figure before the counter
/// (`Violent crime incidents: 38 Image 17 of 40`).
fn gallery(cx: &Ctx<'_>, q: &Q, p: usize) -> Option<usize> {
    let counter =
        |i: usize| cx.is(i, "image") && cx.is_num(i + 1) && cx.is(i + 2, "of") && cx.capitalised(i);
    let e = q.end;
    let photo =
        (q.first.saturating_sub(3)..q.first).any(|i| cx.is(i, "photo") && cx.capitalised(i));
    let credit = photo && (e..e + 3).any(counter);
    let rank =
        p >= 3 && cx.is_num(p) && cx.is(p - 1, "of") && counter(p - 3) && cx.is_punct(e, '.');
    (credit || rank).then_some(e)
}

/// `Title 42`, `Route 66`, `number one`, `Executive Order 50`, `No. 5`,
/// `H.R. 1`, `Image 20 of 33`: a number after a noun that names things by
/// number (`p` is the token before the number).
fn after_noun(cx: &Ctx<'_>, q: &Q, p: usize) -> Option<usize> {
    let (f, e) = (q.first, q.end);
    // A number word above one before a plural counts it: `Buy Photo Two adults
    // were hurt` (page furniture before the sentence); `Photo Two shows
    // the pier` names a photo.
    if q.words && q.value.is_some_and(|v| v > 1.0) && count_like(cx, e) {
        return None;
    }
    // `Image 20 of 33`, `Part 2 of 5`: a place in a series, both numbers;
    // `nrs. 22, 24 and 26`, `pages 12-15`: after a plural, a list
    let plural = cx
        .s(p.saturating_sub(usize::from(cx.is_punct(p, '.'))))
        .ends_with(['s', 'S']);
    let series = |mut e: usize| {
        // `No. 10-277`, `Sec. 24-9`: a docket or section number in two
        // parts joined by a hyphen.
        if cx.is_dash(e)
            && cx.glued(e)
            && cx.glued(e + 1)
            && cx.lit(e + 1).is_some_and(Lit::plain_int)
        {
            return e + 2;
        }
        if cx.is(e, "of") && cx.lit(e + 1).is_some_and(Lit::plain_int) {
            return e + 2;
        }
        // `Image 1 of / 8`: a gallery's counter split by a slash
        if cx.is(e, "of") && cx.is_punct(e + 1, '/') && cx.lit(e + 2).is_some_and(Lit::plain_int) {
            return e + 3;
        }
        // a span (`pages 12-15`) whatever follows; a list item only where
        // no noun follows it (`Sections 4 and 5` but not `Route 66, 12
        // people`)
        while plural
            && (cx.is_punct(e, ',') || cx.is_dash(e) || cx.is_any(e, &["and", "to", "&"]))
            && cx.lit(e + 1).is_some_and(Lit::plain_int)
            && (cx.is_dash(e)
                || cx.is(e, "to")
                || cx.tok(e + 2).is_none()
                || matches!(cx.punct(e + 2), Some(',' | '.' | ';' | ')' | '-' | '–'))
                || cx.is_any(e + 2, &["and", "to"]))
        {
            e += 2;
        }
        e
    };
    if cx.flag(p, IDENT_NOUN) && (!cx.is(p, "no") || cx.capitalised(p) || cx.is_punct(f, '.')) {
        return Some(series(e));
    }
    if cx.flag(p, IDENT_WORD_ONLY) && (q.words || cx.capitalised(p)) {
        return Some(series(e));
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
            return Some(series(e));
        }
    }
    // a label after a web address: `TheEpochTimes.com 2`
    if cx.tok(p).is_some_and(|t| t.kind == Kind::Skip) && !cx.line_start(f) {
        return Some(e);
    }
    None
}

/// `(4)`, `1 )`, `[59]`: enumerations, asides and citation marks.
fn enumeration(cx: &Ctx<'_>, q: &Q, p: usize) -> Option<usize> {
    let e = q.end;
    let plain = q.lit.is_some_and(|l| l.plain_int());
    if plain && cx.is_punct(p, '[') && cx.is_punct(e, ']') {
        return Some(e + 1);
    }
    (cx.is_punct(e, ')') && plain && (cx.is_punct(p, '(') || cx.is_word(p) && !cx.glued(e)))
        .then_some(e + 1)
}

/// ZIP codes: `PA 23456`, `Denver, CO 80202`.
fn zip_code(cx: &Ctx<'_>, q: &Q, p: usize) -> Option<usize> {
    let lit = q.lit?;
    let e = q.end;
    if !lit.plain_int() || lit.int_digits != 5 {
        return None;
    }
    let w = if cx.is_punct(p, ',') {
        p.saturating_sub(1)
    } else {
        p
    };
    let state = is_state(cx.s(w)) && cx.all_caps(w)
        || cx.lex(w).is_none() && cx.capitalised(w) && STATES.contains(&cx.s(w));
    if !state {
        return None;
    }
    Some(if cx.hyphen_after(e) && cx.is_num(e + 1) {
        e + 2
    } else {
        e
    })
}

/// A number in a name: `Boeing 737`, `Windows 11`, `S&P 500`, `Regional
/// One`, `Air Force One` (after a capitalised word, mid-sentence); `ABC
/// 6`, `FOX 28`, `KXLA 7 STAFF` (after an acronym, anywhere); `Cleveland 19 News`,
/// `Action News 5`, `Channel 3` (a station); `7-Eleven`; `in Three
/// Rivers` (before a capitalised word, mid-sentence).
fn proper_name(cx: &Ctx<'_>, q: &Q, p: usize) -> Option<usize> {
    let (f, e) = (q.first, q.end);
    let plain = q.lit.is_some_and(|l| l.plain_int());
    // `7-Eleven`: digits and a capitalised number word
    if plain
        && cx.is_dash(e)
        && cx.glued(e)
        && cx.glued(e + 1)
        && cx.capitalised(e + 1)
        && cx.lex(e + 1).is_some_and(|l| l.card.is_some())
    {
        return Some(e + 2);
    }
    let plain_word = cx.lex(p).is_none_or(|l| {
        l.flags & (MONTH | WEEKDAY) == 0
            && l.card.is_none()
            && l.unit.is_none()
            && l.currency.is_none()
    });
    // `ABC 6`, `FOX 28`: a station or a network, even starting a line;
    // a call sign (`KXLA 7 STAFF`) before capitals too, as bylines write.
    let call_sign = cx.s(p).len() >= 3 && cx.s(p).starts_with(['K', 'W']);
    let acronym = cx.all_caps(p)
        && cx.s(p).len() <= 4
        && (!cx.all_caps(e) || call_sign)
        && !count_like(cx, e);
    if plain && acronym && plain_word && q.value.is_some_and(|v| v < 1000.0) {
        return Some(e);
    }
    // `Cleveland 19 News`, `Action News 5`, `Channel 3`: a station's
    // name, headlines too
    let station = |j: usize| matches!(cx.s(j), "News" | "Channel");
    if plain && q.value.is_some_and(|v| v < 1000.0) && (station(e) || station(p)) {
        return Some(e);
    }
    // `Boeing 737`, `Regional One`: one capitalised number word or digits
    let one_word = q.words && q.core_end == q.core_first + 1 && cx.capitalised(q.core_first);
    // (A number word above one before a plural counts it, whatever
    // capital comes first: `Buy Photo Two adults were hurt`, scraped page
    // furniture; not `our Dunmore One partners`.)
    let counts = one_word && q.value.is_some_and(|v| v > 1.0) && count_like(cx, e);
    if (plain || one_word && !counts)
        && cx.capitalised(p)
        && !cx.sentence_start(p)
        && plain_word
        && !titlecase_line(cx, f)
    {
        return Some(e);
    }
    // `in Three Rivers`, `the Ten Point Coalition`, `quadruple Four Hills
    // shooting`: a capitalised number word after a word and before a
    // capitalised word, in a line not written in title case.
    let next_plain = cx.is_word(e)
        && cx.capitalised(e)
        && cx.lex(e).is_none_or(|l| {
            l.flags & (MONTH | WEEKDAY) == 0 && l.card.is_none() && l.unit.is_none()
        });
    if one_word && cx.is_word(p) && next_plain && !titlecase_line(cx, f) {
        return Some(e);
    }
    (plain && cx.is_punct(p, '&')).then_some(e)
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
pub(super) fn titlecase_line(cx: &Ctx<'_>, i: usize) -> bool {
    let mut a = i;
    while a > 0 && !cx.line_start(a) && i - a < 40 {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < cx.len() && !cx.line_start(b + 1) && b - i < 40 {
        b += 1;
    }
    crate::text::title_case(
        (a..=b)
            .filter(|&j| cx.is_word(j))
            .map(|j| (cx.s(j).len(), cx.capitalised(j))),
    )
}

/// Gun calibres name a kind of gun or round, not an amount: `.40
/// caliber`, `.22-caliber rifle`, `7.62-caliber`, `a 9 mm handgun`, `9mm
/// rounds`.
pub(super) fn caliber(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let e = q.end;
    if cx.is_any(e, &["caliber", "calibre"]) {
        return Some(e + 1);
    }
    if cx.hyphen_after(e) && cx.is_any(e + 1, &["caliber", "calibre"]) {
        return Some(e + 2);
    }
    if q.kind != FigureKind::Measurement || q.munit.is_none_or(|u| u.sym != "mm") {
        return None;
    }
    // (`his 9 mm semi-automatic rifle`: the gun word may come after a
    // word or two that describe it.)
    (e..e + 4)
        .take_while(|&j| (cx.is_word(j) || cx.is_dash(j)) && !cx.is(j, "of"))
        .any(|j| cx.is_any(j, GUN_WORDS))
        .then_some(e)
}

/// Words after a calibre in millimetres: a gun or its rounds.
const GUN_WORDS: &[&str] = &[
    "handgun",
    "handguns",
    "pistol",
    "pistols",
    "rifle",
    "rifles",
    "gun",
    "guns",
    "revolver",
    "semi-automatic",
    "semiautomatic",
    "automatic",
    "glock",
    "bullet",
    "bullets",
    "round",
    "rounds",
    "casing",
    "casings",
    "shell",
    "shells",
    "ammunition",
    "magazine",
    "magazines",
];

/// `1 / 8`: a counter (a gallery's, a page's), two whole numbers set
/// either side of a spaced slash; a fraction is written `1/8`.
/// (Also its second number alone, when another rule took the first:
/// `San Antonio 1 / 14`.)
pub(super) fn spaced_counter(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let (f, e) = (q.first, q.end);
    let spaced = |slash: usize| cx.is_punct(slash, '/') && !cx.glued(slash) && !cx.glued(slash + 1);
    if !q.bare_int() {
        return None;
    }
    if spaced(e) && cx.lit(e + 1).is_some_and(Lit::plain_int) {
        return Some(e + 2);
    }
    (f > 1 && spaced(f - 1) && cx.lit(f - 2).is_some_and(Lit::plain_int)).then_some(e)
}
