//! Bounds and hedges: the words around a number that say it is a floor, a
//! ceiling or an estimate (`at least 688`, `below 20,000`, `about 1,000`,
//! `50 or more`). The table is documented in the module docs of
//! `figure`.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::ctx::Ctx;

/// What a qualifier asserts about the number next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Says {
    /// The number is a lower bound.
    Low,
    /// The number is an upper bound.
    High,
    /// The number is an estimate.
    Approx,
    /// An upper bound that the true value is close to (`nearly`, `almost`).
    HighApprox,
    /// A lower bound that the true value is close to (`just over`).
    LowApprox,
    /// Exactly the number (`exactly`, `equal to`): kept in the span only.
    Exact,
}

/// Qualifiers written before the number, as lowercase tokens.
pub(super) const BEFORE: &[(&str, Says)] = &[
    ("more than or equal to", Says::Low),
    ("greater than or equal to", Says::Low),
    ("larger than or equal to", Says::Low),
    ("higher than or equal to", Says::Low),
    ("at least or equal to", Says::Low),
    ("equal to or more than", Says::Low),
    ("equal to or greater than", Says::Low),
    ("bigger or equal than", Says::Low),
    ("higher or equal than", Says::Low),
    ("greater or equal than", Says::Low),
    ("larger or equal than", Says::Low),
    ("less than or equal to", Says::High),
    ("fewer than or equal to", Says::High),
    ("equal to or less than", Says::High),
    ("equal to or fewer than", Says::High),
    ("smaller or equal than", Says::High),
    ("lower or equal than", Says::High),
    ("less or equal than", Says::High),
    ("in excess of", Says::Low),
    ("no less than", Says::Low),
    ("not less than", Says::Low),
    ("no fewer than", Says::Low),
    ("not fewer than", Says::Low),
    ("a minimum of", Says::Low),
    ("no more than", Says::High),
    ("not more than", Says::High),
    ("a maximum of", Says::High),
    ("in the region of", Says::Approx),
    ("on the order of", Says::Approx),
    ("somewhere around", Says::Approx),
    ("an estimated", Says::Approx),
    ("upwards of", Says::Low),
    ("upward of", Says::Low),
    ("at least", Says::Low),
    ("more than", Says::Low),
    ("greater than", Says::Low),
    ("larger than", Says::Low),
    ("bigger than", Says::Low),
    ("higher than", Says::Low),
    ("well over", Says::Low),
    ("well above", Says::Low),
    ("just over", Says::LowApprox),
    ("just above", Says::LowApprox),
    ("north of", Says::Low),
    ("up to", Says::High),
    ("fewer than", Says::High),
    ("less than", Says::High),
    ("smaller than", Says::High),
    ("lower than", Says::High),
    ("at most", Says::High),
    ("as many as", Says::High),
    ("as much as", Says::High),
    ("as high as", Says::High),
    ("just under", Says::HighApprox),
    ("just below", Says::HighApprox),
    ("just shy of", Says::HighApprox),
    ("close to", Says::Approx),
    ("equal to", Says::Exact),
    ("equals to", Says::Exact),
    ("equaling to", Says::Exact),
    ("> =", Says::Low),
    ("< =", Says::High),
    (">", Says::Low),
    ("≥", Says::Low),
    ("<", Says::High),
    ("≤", Says::High),
    ("over", Says::Low),
    ("above", Says::Low),
    ("exceeding", Says::Low),
    ("exceeds", Says::Low),
    ("exceeded", Says::Low),
    ("exceed", Says::Low),
    ("surpassing", Says::Low),
    ("surpassed", Says::Low),
    ("surpass", Says::Low),
    ("beyond", Says::Low),
    ("below", Says::High),
    ("under", Says::High),
    ("sub -", Says::High),
    ("nearly", Says::HighApprox),
    ("almost", Says::HighApprox),
    ("approaching", Says::HighApprox),
    ("about", Says::Approx),
    ("around", Says::Approx),
    ("roughly", Says::Approx),
    ("approximately", Says::Approx),
    ("approx", Says::Approx),
    ("some", Says::Approx),
    ("estimated", Says::Approx),
    ("circa", Says::Approx),
    ("~", Says::Approx),
    ("≈", Says::Approx),
    ("exactly", Says::Exact),
    ("precisely", Says::Exact),
    ("equals", Says::Exact),
    ("equaling", Says::Exact),
];

/// Qualifiers written after the number (and its unit).
pub(super) const AFTER: &[(&str, Says)] = &[
    ("or greater than", Says::Low),
    ("or more than", Says::Low),
    ("or equal to", Says::Exact),
    ("or equal", Says::Exact),
    ("or more", Says::Low),
    ("and more", Says::Low),
    ("or greater", Says::Low),
    ("or above", Says::Low),
    ("or higher", Says::Low),
    ("and above", Says::Low),
    ("and up", Says::Low),
    ("or over", Says::Low),
    ("+", Says::Low),
    ("plus", Says::Low),
    ("or less", Says::High),
    ("or fewer", Says::High),
    ("or lower", Says::High),
    ("or below", Says::High),
    ("or under", Says::High),
    ("and under", Says::High),
    ("at most", Says::High),
    ("at the most", Says::High),
    ("at least", Says::Low),
    ("or so", Says::Approx),
    ("more or less", Says::Approx),
    ("give or take", Says::Approx),
];

/// Whether the tokens from `from` spell `parts` (lowercase tokens;
/// punctuation tokens are their character); returns the token after.
fn spells(cx: &Ctx<'_>, from: usize, parts: &[&str]) -> Option<usize> {
    let mut j = from;
    for part in parts {
        let tok = cx.tok(j)?;
        let s = &cx.text[tok.start..tok.end];
        if !s.eq_ignore_ascii_case(part) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

type Table = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str, Says)>>;

/// The `BEFORE` phrases split into tokens, by their last token (in table
/// order, so longer phrases still come first).
static BY_LAST: LazyLock<Table> = LazyLock::new(|| {
    let mut m = Table::new();
    for (phrase, says) in BEFORE {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let last = parts[parts.len() - 1];
        m.entry(last).or_default().push((parts, *phrase, *says));
    }
    m
});

/// The `AFTER` phrases split into tokens, by their first token.
static BY_FIRST: LazyLock<Table> = LazyLock::new(|| {
    let mut m = Table::new();
    for (phrase, says) in AFTER {
        let parts: Vec<&str> = phrase.split(' ').collect();
        m.entry(parts[0]).or_default().push((parts, *phrase, *says));
    }
    m
});

fn lower_key(cx: &Ctx<'_>, j: usize, buf: &mut [u8; 16]) -> Option<usize> {
    let s = cx.s(j).as_bytes();
    if s.is_empty() || s.len() > buf.len() {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(s) {
        *d = c.to_ascii_lowercase();
    }
    Some(s.len())
}

/// The qualifier ending just before token `first` (and starting at or
/// after `min`): its first token and what it says.
pub(super) fn before(cx: &Ctx<'_>, first: usize, min: usize) -> Option<(usize, Says)> {
    let last = first.checked_sub(1)?;
    let mut buf = [0u8; 16];
    let n = lower_key(cx, last, &mut buf)?;
    let key = std::str::from_utf8(&buf[..n]).ok()?;
    for (parts, phrase, says) in BY_LAST.get(key)? {
        let Some(start) = first.checked_sub(parts.len()) else {
            continue;
        };
        if start < min {
            continue;
        }
        if spells(cx, start, parts) == Some(first) {
            // `<>30`, `=>30`: not comparisons we read
            let symbol = phrase.starts_with(['<', '>', '≤', '≥']);
            let _ = phrase;
            if symbol
                && start > 0
                && cx.glued(start)
                && matches!(cx.punct(start - 1), Some('<' | '>' | '='))
            {
                return None;
            }
            // `some of the 40`, `over the 30`: only right before the number
            return Some((start, *says));
        }
    }
    None
}

fn after_phrases(
    cx: &Ctx<'_>,
    end: usize,
) -> Option<&'static [(Vec<&'static str>, &'static str, Says)]> {
    let mut buf = [0u8; 16];
    let n = lower_key(cx, end, &mut buf)?;
    let key = std::str::from_utf8(&buf[..n]).ok()?;
    BY_FIRST.get(key).map(Vec::as_slice)
}

/// The qualifier starting at token `end`: its end and what it says.
pub(super) fn after(cx: &Ctx<'_>, end: usize) -> Option<(usize, Says)> {
    if cx.is_dash(end) && cx.is(end + 1, "plus") && cx.glued(end + 1) {
        return Some((end + 2, Says::Low));
    }
    for (parts, phrase, says) in after_phrases(cx, end)? {
        if let Some(e) = spells(cx, end, parts) {
            // `200 or greater than 190`, `5000 or less than 6000`: the
            // words belong to the next number
            if cx.is_num(e)
                || cx.is_any(e, &["than", "to"])
                || cx.lex(e).is_some_and(|l| l.card.is_some())
            {
                continue;
            }
            if *phrase == "+" && !cx.glued(end) {
                continue;
            }
            if *phrase == "plus" && cx.is_num(e) {
                // `5 plus 3`: arithmetic, not a floor
                continue;
            }
            if matches!(*phrase, "at least" | "at most") && cx.is_num(e) {
                continue;
            }
            return Some((e, *says));
        }
    }
    None
}

/// Applies a qualifier to a figure's value: returns (low, high, approx).
pub(super) fn apply(says: Says, v: f64) -> (Option<f64>, Option<f64>, bool) {
    match says {
        Says::Low => (Some(v), None, false),
        Says::High => (None, Some(v), false),
        Says::Approx => (None, None, true),
        Says::HighApprox => (None, Some(v), true),
        Says::LowApprox => (Some(v), None, true),
        Says::Exact => (None, None, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_phrases_come_first() {
        // A phrase that ends another must be listed after it, or the short
        // one would win: `more than or equal to` before `equal to`.
        for (i, (a, _)) in BEFORE.iter().enumerate() {
            for (b, _) in &BEFORE[..i] {
                assert!(!a.ends_with(&format!(" {b}")), "{a} must come before {b}");
            }
        }
    }
}
