//! Money attached to a number: a currency written before it (`$`, `US$`,
//! `$US`, `A$`, `USD`, `Rs.`) or after it (`20€`, `500 USD`, `Swiss
//! francs`, `50 cents`, `218p`), and minor units after a main amount (`3
//! dollars 50 cents`).

use super::cardinal::{Outcome, spelled};
use super::ctx::Ctx;
use super::currency;
use super::quantity::Q;

/// A currency written before token `f`: returns its first token, the ISO
/// code and a scale (`MUSD` is a million dollars).
pub(super) fn currency_before(
    cx: &Ctx<'_>,
    f: usize,
    min: usize,
) -> Option<(usize, Option<&'static str>, f64)> {
    if f <= min {
        return None;
    }
    let p = f - 1;
    // `$US12,400,000`, `$A3m`: the country after the symbol, glued
    if p > min
        && cx.is_word(p)
        && cx.glued(f)
        && cx.glued(p)
        && cx.is_punct(p - 1, '$')
        && let Some(code) = currency::dollar_prefix(&cx.s(p).to_ascii_lowercase())
        && cx.s(p).chars().all(|c| c.is_ascii_uppercase())
    {
        return Some((p - 1, Some(code), 1.0));
    }
    // one space at most between the symbol and the digits
    if let Some(c) = cx.punct(p) {
        let cur = currency::symbol(c)?;
        if c == '¢' {
            return None;
        }
        let mut start = p;
        let mut iso = cur.iso;
        if c == '$' && p > min && cx.is_word(p - 1) {
            let w = cx.s(p - 1).to_ascii_lowercase();
            // u.s $
            let w = if w == "s" && p >= 3 && cx.is_punct(p - 2, '.') && cx.is(p - 3, "u") {
                "u.s".to_string()
            } else {
                w
            };
            if let Some(code) = currency::dollar_prefix(&w) {
                // `A$5` but `a $5`: spaced, a letter may be an article
                let spaced_ok = !matches!(w.as_str(), "a" | "s" | "r" | "au" | "ca");
                if cx.glued(p) || spaced_ok {
                    iso = Some(code);
                    start = if w == "u.s" { p - 3 } else { p - 1 };
                }
            }
        }
        return Some((start, iso, 1.0));
    }
    if !cx.is_word(p) {
        // `Rs. 20`
        if cx.is_punct(p, '.') && p > min && cx.is(p - 1, "rs") {
            return Some((p - 1, Some("INR"), 1.0));
        }
        return None;
    }
    let s = cx.s(p);
    let lower = s.to_ascii_lowercase();
    if let Some(code) = currency::million_code(&lower)
        && s.chars().next().is_some_and(|c| c == 'M')
    {
        return Some((p, Some(code), 1e6));
    }
    let cur = currency::upper_code(s).or_else(|| cx.lex(p).and_then(|e| e.currency))?;
    let code_like = s.len() >= 3 && s.chars().all(|c| c.is_ascii_uppercase());
    let allowed = code_like
        || matches!(
            lower.as_str(),
            "rs" | "rm" | "usd" | "eur" | "gbp" | "rmb" | "inr" | "dollar" | "ringgit" | "ringgits"
        );
    if !allowed || cur.minor {
        return None;
    }
    let mut start = p;
    if p > min
        && cx.lex(p - 1).is_some()
        && currency::country(&cx.s(p - 1).to_ascii_lowercase()).is_some()
        && currency::takes_country(&lower)
    {
        start = p - 1;
    }
    Some((start, cur.iso, 1.0))
}

/// A currency after the number: `10 $`, `20€`, `420 million finnish
/// markka`, `500 USD`, `50 cents`, `361 million pounds`, `218p`. Returns
/// the end, the currency code (a minor unit's as `USD/100`: the amount
/// stays in the unit written) and a scale (`MUSD` is a million dollars).
pub(super) fn currency_after(cx: &Ctx<'_>, q: &Q) -> Option<(usize, Option<&'static str>, f64)> {
    let e = q.end;
    // `12-cent`, `one-yen`
    if cx.is_dash(e)
        && cx.glued(e)
        && cx.glued(e + 1)
        && let Some(cur) = cx.lex(e + 1).and_then(|l| l.currency)
    {
        return Some((e + 2, cur.iso, 1.0));
    }
    if let Some(c) = cx.punct(e) {
        let cur = currency::symbol(c)?;
        // `1 $10`, `$ 20 $ 37`: the symbol belongs to the next number
        if cx.is_num(e + 1) && (cx.glued(e + 1) || !cx.glued(e)) {
            return None;
        }
        return Some((e + 1, cur.iso, 1.0));
    }
    if !cx.is_word(e) {
        return None;
    }
    let s = cx.s(e);
    let lower = s.to_ascii_lowercase();
    if let Some(found) = glued_after(cx, q, e, s, &lower) {
        return Some(found);
    }
    if let Some(found) = country_after(cx, e, &lower) {
        return Some(found);
    }
    named_after(cx, q, e, s, &lower)
}

/// A currency glued to the number, at the word `s` (token `e`, `lower`
/// in lower case): `7.5US$`, `300元`, `45p`. `None` when it is none of
/// these.
fn glued_after(
    cx: &Ctx<'_>,
    q: &Q,
    e: usize,
    s: &str,
    lower: &str,
) -> Option<(usize, Option<&'static str>, f64)> {
    // `3.14US$`
    if cx.glued(e)
        && cx.is_punct(e + 1, '$')
        && cx.glued(e + 1)
        && let Some(code) = currency::dollar_prefix(lower)
    {
        return Some((e + 2, Some(code), 1.0));
    }
    // `100元`
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && let Some(cur) = currency::symbol(c)
    {
        return Some((e + 1, cur.iso, 1.0));
    }
    if s == "p" && pence(cx, q, e) {
        return Some((e + 1, Some("GBP/100"), 1.0));
    }
    None
}

/// A currency named with its country at token `e` (`lower` in lower
/// case): `40 swiss francs`, `9 new zealand dollars`, `80 US cents`.
/// `None` when no such name follows.
fn country_after(
    cx: &Ctx<'_>,
    e: usize,
    lower: &str,
) -> Option<(usize, Option<&'static str>, f64)> {
    // country adjective + shared name: `swiss francs`, `us dollar`
    if let Some(code) = currency::country(lower) {
        let n = if cx.is_any(e, &["new", "hong", "south"]) {
            e + 1
        } else {
            e
        };
        let code = if n == e {
            code
        } else {
            currency::country(&cx.s(n).to_ascii_lowercase()).unwrap_or(code)
        };
        let name = cx.s(n + 1).to_ascii_lowercase();
        if currency::takes_country(&name) {
            return Some((n + 2, Some(code), 1.0));
        }
        // `US cents`, `Canadian cents`
        if matches!(name.as_str(), "cent" | "cents")
            && let Some(m) = currency::minor(code)
        {
            return Some((n + 2, Some(m), 1.0));
        }
    }
    if matches!(lower, "hong" | "new" | "south") {
        let adj = cx.s(e + 1).to_ascii_lowercase();
        if let Some(code) = currency::country(&adj)
            && currency::takes_country(&cx.s(e + 2).to_ascii_lowercase())
        {
            return Some((e + 3, Some(code), 1.0));
        }
    }
    None
}

/// A currency code or name at the word `s` (token `e`, `lower` in lower
/// case): `MEUR`, `60 pounds sterling`, `90 TRY`, `30 rupees`, `5 euro
/// cents`. Pounds without `sterling` are money only after millions.
fn named_after(
    cx: &Ctx<'_>,
    q: &Q,
    e: usize,
    s: &str,
    lower: &str,
) -> Option<(usize, Option<&'static str>, f64)> {
    if let Some(code) = currency::million_code(lower)
        && s.starts_with('M')
    {
        return Some((e + 1, Some(code), 1e6));
    }
    if lower == "pound" || lower == "pounds" {
        // pounds sterling; otherwise pounds are weight
        if cx.is(e + 1, "sterling") {
            return Some((e + 2, Some("GBP"), 1.0));
        }
        if q.scale >= 1e6 {
            return Some((e + 1, Some("GBP"), 1.0));
        }
        return None;
    }
    if let Some(cur) = currency::upper_code(s) {
        return Some((e + 1, cur.iso, 1.0));
    }
    let cur = cx.lex(e)?.currency?;
    if lower == "sen" && q.lit.is_none() {
        return None;
    }
    // `50 euro cents`: the minor unit of the currency named
    if !cur.minor
        && cx.is_any(e + 1, &["cent", "cents"])
        && let Some(m) = cur.iso.and_then(currency::minor)
    {
        return Some((e + 2, Some(m), 1.0));
    }
    Some((e + 1, cur.iso, 1.0))
}

/// `218p`, `21.5p`: pence, glued to digits and ending the word (`1080p`
/// and the other video resolutions are not money).
fn pence(cx: &Ctx<'_>, q: &Q, e: usize) -> bool {
    const RESOLUTIONS: [f64; 10] = [
        144.0, 240.0, 360.0, 480.0, 540.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0,
    ];
    let Some(lit) = q.lit else { return false };
    cx.glued(e)
        && q.end == q.core_end
        && q.scale == 1.0
        && !lit.fraction
        && !lit.exponent
        && !(lit.plain_int() && RESOLUTIONS.contains(&lit.value))
        && !cx
            .tok(e + 1)
            .is_some_and(|t| t.glued && (t.is_word() || t.lit().is_some()))
}

/// Minor units after a money amount: `3 dollars 50 cents`, `$20 and 43c`,
/// `15 dollars and 50`.
pub(super) fn cents(cx: &Ctx<'_>, q: &mut Q) {
    let Some(v) = q.value else { return };
    if v.fract() != 0.0 || q.scale != 1.0 || q.lit.is_some_and(|l| l.decimal) {
        return;
    }
    let mut k = q.end;
    let and = cx.is(k, "and");
    if and {
        k += 1;
    }
    let (n, end) = if let Some(lit) = cx.lit(k) {
        if !lit.plain_int() || lit.value >= 100.0 || cx.glued(k) {
            return;
        }
        (lit.value, k + 1)
    } else {
        match spelled(cx, k) {
            Outcome::Number(s) if s.value < 100.0 && s.value.fract() == 0.0 && !s.fraction => {
                (s.value, s.end)
            }
            _ => return,
        }
    };
    let minor = cx.s(end).to_ascii_lowercase();
    let is_minor = matches!(
        minor.as_str(),
        "cent" | "cents" | "pence" | "p" | "sen" | "sens" | "kopiykas" | "c" | "¢"
    );
    if is_minor {
        q.value = Some(v + n / 100.0);
        q.end = end + 1;
        return;
    }
    // a bare number after the amount: cents only if nothing else claims it
    let claimed = cx
        .lex(end)
        .is_some_and(|e| e.currency.is_some() || e.unit.is_some())
        || cx
            .punct(end)
            .is_some_and(|c| currency::symbol(c).is_some() || c == '%')
        || cx.is_num(end)
        || cx.lex(end).is_some_and(|e| e.card.is_some());
    let two = cx.s(k).len() == 2 || !cx.is_num(k);
    if claimed || (!and && !two) || cx.is_word(end) && !cx.is(end, "and") {
        return;
    }
    q.value = Some(v + n / 100.0);
    q.end = end;
}
