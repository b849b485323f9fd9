//! One quantity: a number (digits or words) with what is attached to it —
//! a scale (`k`, `bn`, `million`), a currency before or after, a percent
//! sign, a unit, a sign — but not yet its bounds, hedges or range partner.

use std::borrow::Cow;

use super::FigureKind;
use super::cardinal::{Outcome, spelled};
use super::ctx::Ctx;
use super::currency;
use super::lexicon::{COUNT_NOUN, Card, DIMENSION_ADJ, NEGATIVE, PERCENT};
use super::literal::Lit;
use super::money::{cents, currency_after, currency_before};
use super::unit::{self, Dim, Unit};

/// A side of a tally: its count and, when stated, its label.
pub(super) type Side = (f64, Option<&'static str>);

/// The two sides of a tally, first as written.
pub(super) type Sides = [Side; 2];

/// A quantity under construction; token indices into the context.
#[allow(clippy::struct_excessive_bools)] // how the number was written
#[derive(Clone, Debug)]
pub(super) struct Q {
    /// First token, prefixes included.
    pub first: usize,
    /// One past the last token, suffixes included.
    pub end: usize,
    /// The number itself.
    pub core_first: usize,
    pub core_end: usize,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    pub unit: Option<Cow<'static, str>>,
    /// The measurement unit, for conversions and compound units.
    pub munit: Option<&'static Unit>,
    /// The number as written, before any scale.
    pub raw: f64,
    /// The scale applied (1 when none).
    pub scale: f64,
    /// Spelled out (at least one number word).
    pub words: bool,
    /// The digit literal, when the number is one.
    pub lit: Option<Lit>,
    /// A fraction such as `a third`.
    pub fraction: bool,
    /// `a third`, `one fifth`: needs a context that makes it a share.
    pub singular: bool,
    /// The two sides of a tally (counts and labels), first as written.
    pub sides: Option<Box<Sides>>,
}

impl Q {
    /// Nothing attached: a bare number (digits or words).
    pub fn bare(&self) -> bool {
        self.kind == FigureKind::Count
            && self.scale == 1.0
            && self.first == self.core_first
            && self.end == self.core_end
    }

    /// A single plain integer literal with nothing attached.
    pub fn bare_int(&self) -> bool {
        self.bare()
            && self.core_end == self.core_first + 1
            && self.lit.is_some_and(|l| l.plain_int())
    }
}

/// The result of reading at a token.
pub(super) enum Read {
    Q(Q),
    /// Not a figure: go on after this token.
    Skip(usize),
    Nothing,
}

/// Reads the number starting at token `i` and what is attached to it.
/// `min` is the first token a prefix may use.
pub(super) fn read(cx: &Ctx<'_>, i: usize, min: usize) -> Read {
    let mut q = match core(cx, i) {
        Read::Q(q) => q,
        other => return other,
    };
    prefix(cx, &mut q, min);
    suffix(cx, &mut q);
    if q.kind == FigureKind::Money {
        cents(cx, &mut q);
    }
    Read::Q(q)
}

fn new_q(i: usize, end: usize, value: f64) -> Q {
    Q {
        first: i,
        end,
        core_first: i,
        core_end: end,
        kind: FigureKind::Count,
        value: Some(value),
        low: None,
        high: None,
        approx: false,
        unit: None,
        munit: None,
        raw: value,
        scale: 1.0,
        words: false,
        lit: None,
        fraction: false,
        singular: false,
        sides: None,
    }
}

/// The number itself: a digit literal with its scale, or spelled words.
fn core(cx: &Ctx<'_>, i: usize) -> Read {
    if let Some(lit) = cx.lit(i).copied() {
        if lit.ident || !lit.value.is_finite() {
            return Read::Skip(i + 1);
        }
        if let Outcome::Number(s) = spelled(cx, i)
            && s.end > i + 1
        {
            let mut q = new_q(i, s.end, s.value);
            q.raw = lit.value;
            q.scale = if lit.value == 0.0 {
                1.0
            } else {
                s.value / lit.value
            };
            q.lit = Some(lit);
            q.words = s.words;
            return Read::Q(q);
        }
        let mut q = new_q(i, i + 1, lit.value);
        q.lit = Some(lit);
        q.fraction = lit.fraction;
        if let Some(s) = digit_scale(cx, i + 1, &lit) {
            q.scale = s;
            q.end += 1;
            q.core_end += 1;
            q.value = Some(lit.value * s);
        }
        return Read::Q(q);
    }
    match spelled(cx, i) {
        Outcome::Number(s) => {
            let mut q = new_q(i, s.end, s.value);
            q.words = s.words;
            q.fraction = s.fraction;
            q.singular = s.singular;
            // `three million`: the scale, for ranges such as `two to three million`
            if let Some(Card::Scale(v)) = cx.lex(s.end - 1).and_then(|e| e.card)
                && s.scaled
                && !s.fraction
                && s.value >= v
            {
                q.scale = v;
                q.raw = s.value / v;
            }
            Read::Q(q)
        }
        Outcome::Ordinal(end) => Read::Skip(end),
        Outcome::Nothing => Read::Nothing,
    }
}

/// A scale abbreviation right after digits: `10k`, `1.2M`, `3 bn`, `2.33 k`.
fn digit_scale(cx: &Ctx<'_>, j: usize, lit: &Lit) -> Option<f64> {
    if !cx.is_word(j) {
        return None;
    }
    let glued = cx.glued(j);
    // letters glued after the scale (`10km2`, `3JE0`) make it something else
    if cx
        .tok(j + 1)
        .is_some_and(|t| t.glued && (t.is_word() || t.lit().is_some()))
    {
        return None;
    }
    let s = cx.s(j);
    let exact = match s {
        "k" | "K" => Some(1e3),
        "M" | "MM" => Some(1e6),
        "B" | "b" if glued => Some(1e9),
        // `4G`, `5G` are network generations, not billions
        "G" if !(lit.plain_int() && (2.0..=6.0).contains(&lit.value)) => Some(1e9),
        _ => None,
    };
    if exact.is_some() {
        return exact;
    }
    let e = cx.lex(j)?;
    match (e.suffix_scale, e.card) {
        (Some(v), _)
            if s.len() > 1 && s != "tr" && s != "cr" || glued && (s == "tr" || s == "cr") =>
        {
            Some(v)
        }
        (_, Some(Card::Scale(v))) if glued => Some(v),
        _ => None,
    }
}

/// Prefixes: a currency (`$`, `US$`, `USD`, `Rs.`), a sign, `minus`,
/// `magnitude`.
fn prefix(cx: &Ctx<'_>, q: &mut Q, min: usize) {
    let f = q.first;
    // sign glued to digits: -5, −4/5, +3
    if f > min
        && q.lit.is_some()
        && cx.glued(f)
        && let Some(c @ ('-' | '−' | '+')) = cx.punct(f - 1)
    {
        // `$-12.3bn`: the sign may follow a currency symbol
        let before_ok = f - 1 == 0
            || !cx.glued(f - 1)
            || matches!(
                cx.punct(f - 2),
                Some('(' | '<' | '>' | '=' | '~' | ':' | '[' | '/' | '≤' | '≥')
            )
            || cx
                .punct(f - 2)
                .is_some_and(|c| c != '¢' && currency::symbol(c).is_some());
        let phone = c == '+' && (cx.hyphen_after(q.end) || cx.is_num(q.end));
        // `-1 cell phone case` starting a line: a bullet, not a minus
        let bullet = c == '-'
            && cx.line_start(f - 1)
            && q.lit.is_some_and(|l| l.plain_int())
            && cx.is_word(q.end)
            && !cx.capitalised(q.end)
            && cx
                .lex(q.end)
                .is_none_or(|l| l.unit.is_none() && l.flags & PERCENT == 0);
        if before_ok && !phone && !bullet {
            if c != '+' {
                negate(q);
            }
            q.first -= 1;
        }
    }
    if let Some((start, iso, scale)) = currency_before(cx, q.first, min) {
        q.kind = FigureKind::Money;
        q.unit = iso.map(Cow::Borrowed);
        q.first = start;
        if scale != 1.0 {
            q.value = q.value.map(|v| v * scale);
            q.scale *= scale;
        }
        // -$5
        if q.first > min
            && cx.glued(q.first)
            && matches!(cx.punct(q.first - 1), Some('-' | '−'))
            && (q.first - 1 <= min || !cx.glued(q.first - 1))
        {
            negate(q);
            q.first -= 1;
        }
    }
    if q.first > min && cx.flag(q.first - 1, NEGATIVE) {
        negate(q);
        q.first -= 1;
    }
    if q.first > min && cx.is(q.first - 1, "magnitude") && q.kind == FigureKind::Count {
        set_unit(q, &unit::MAGNITUDE);
        q.first -= 1;
    } else if q.first > min + 1
        && cx.is_dash(q.first - 1)
        && cx.is(q.first - 2, "magnitude")
        && q.kind == FigureKind::Count
    {
        set_unit(q, &unit::MAGNITUDE);
        q.first -= 2;
    }
}

fn negate(q: &mut Q) {
    q.value = q.value.map(|v| -v);
    q.raw = -q.raw;
}

fn set_unit(q: &mut Q, u: &'static Unit) {
    q.kind = FigureKind::Measurement;
    q.unit = Some(Cow::Borrowed(u.sym));
    q.munit = Some(u);
}

/// Suffixes: percent, currency, unit, multiplier.
fn suffix(cx: &Ctx<'_>, q: &mut Q) {
    let e = q.end;
    if (q.kind == FigureKind::Count || q.kind == FigureKind::Money)
        && let Some((end, iso, scale)) = currency_after(cx, q)
        && (q.kind == FigureKind::Count || (q.unit.as_deref() == iso && scale == 1.0))
    {
        q.kind = FigureKind::Money;
        q.unit = iso.map(Cow::Borrowed);
        q.value = q.value.map(|v| v * scale);
        q.end = end;
        // `75 USD million`
        if let Some(Card::Scale(s)) = cx.lex(q.end).and_then(|e| e.card)
            && q.scale == 1.0
            && !cx.lex(q.end).is_some_and(|e| e.plural)
        {
            q.value = q.value.map(|v| v * s);
            q.scale = s;
            q.end += 1;
        }
        return;
    }
    if q.kind != FigureKind::Count {
        // `$1.2m`: a money figure takes `m` as million
        if q.kind == FigureKind::Money && q.scale == 1.0 && cx.glued(e) && cx.s(e) == "m" {
            q.scale = 1e6;
            q.value = q.value.map(|v| v * 1e6);
            q.end += 1;
        }
        return;
    }
    // `90-plus percent`: a floor, said before the sign.
    let plus = cx.is_dash(e) && cx.is(e + 1, "plus") && cx.glued(e + 1);
    if plus && let Some(end) = percent_after(cx, e + 2) {
        q.kind = FigureKind::Percent;
        q.low = q.value;
        q.end = end;
        return;
    }
    if let Some(end) = percent_after(cx, e) {
        q.kind = FigureKind::Percent;
        q.end = end;
        if cx.is_any(end, &["point", "points"]) && cx.is_any(end - 1, &["percentage", "percent"]) {
            q.unit = Some(Cow::Borrowed("pp"));
            q.end = end + 1;
        }
        return;
    }
    if q.scale == 1.0 && cx.glued(e) && cx.s(e) == "m" && million_not_metre(cx, e) {
        q.scale = 1e6;
        q.value = q.value.map(|v| v * 1e6);
        q.end += 1;
        q.core_end += 1;
        // `48m euros`
        if let Some((end, iso, 1.0)) = currency_after(cx, q) {
            q.kind = FigureKind::Money;
            q.unit = iso.map(Cow::Borrowed);
            q.end = end;
        }
        return;
    }
    if let Some((u, end)) = unit_after(cx, q, e) {
        set_unit(q, u);
        q.end = end;
        feet_and_inches(cx, q);
        return;
    }
    multiplier_after(cx, q);
}

/// `1.2m people`: `m` glued to digits means million when a plural count
/// noun follows, and metres otherwise (`1.8m tall`, `a 2m fence`).
fn million_not_metre(cx: &Ctx<'_>, e: usize) -> bool {
    let n = e + 1;
    if !cx.is_word(n) || cx.glued(n) || cx.flag(n, DIMENSION_ADJ) {
        return false;
    }
    // `the 100m hurdles`, `the 400m relays`: races, run in metres
    if cx.is_any(
        n,
        &["hurdles", "relays", "heats", "finals", "sprints", "laps"],
    ) {
        return false;
    }
    // `48m euros`, `48m pounds`: money in millions
    let money = cx.lex(n).and_then(|l| l.currency).is_some_and(|c| !c.minor)
        || cx.is_any(n, &["pounds", "pound"]);
    // `48m Americans`, `48m Britons`: people counted by a capitalised name
    let s = cx.s(n);
    let demonym = cx.capitalised(n)
        && !cx.all_caps(n)
        && s.len() >= 5
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("ics");
    money || demonym || count_like(cx, n)
}

/// A lowercase plural noun (or a count noun such as `people`).
pub(super) fn count_like(cx: &Ctx<'_>, j: usize) -> bool {
    if !cx.is_word(j) || cx.capitalised(j) {
        return false;
    }
    if cx.flag(j, COUNT_NOUN) {
        return true;
    }
    let s = cx.s(j);
    if cx
        .lex(j)
        .is_some_and(|e| e.unit.is_some() || e.currency.is_some() || e.card.is_some())
    {
        return false;
    }
    s.len() >= 4
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
        && !matches!(
            s,
            "was"
                | "has"
                | "does"
                | "this"
                | "its"
                | "his"
                | "hers"
                | "yes"
                | "plus"
                | "less"
                | "across"
                | "thus"
                | "towards"
                | "afterwards"
                | "always"
                | "perhaps"
                | "unless"
                | "whereas"
                | "besides"
                | "sometimes"
                | "nearly"
                | "as"
                | "goes"
                | "says"
                | "seems"
                | "remains"
                | "means"
                | "makes"
                | "takes"
                | "comes"
                | "becomes"
                | "includes"
                | "rises"
                | "falls"
                | "gives"
                | "shows"
        )
}

fn percent_after(cx: &Ctx<'_>, e: usize) -> Option<usize> {
    if cx.is_punct(e, '%') {
        return Some(e + 1);
    }
    if cx.flag(e, PERCENT) && !cx.glued(e) {
        return Some(e + 1);
    }
    if cx.is(e, "per") && cx.is(e + 1, "cent") {
        return Some(e + 2);
    }
    if cx.is(e, "pct") || (cx.glued(e) && cx.is_any(e, &["pct", "pc"])) {
        return Some(e + 1);
    }
    None
}

/// The unit after the number (or a hyphenated `3-inch`, `six-mile`).
fn unit_after(cx: &Ctx<'_>, q: &Q, e: usize) -> Option<(&'static Unit, usize)> {
    let digits = q.lit.is_some() && !q.words;
    if let Some(r) = unit_at(cx, e, digits) {
        return Some(r);
    }
    // 3-inch, six-mile, 2.5-mile, 68-ounce
    if cx.hyphen_joins(e) {
        return unit_at(cx, e + 1, true);
    }
    // 20 (kg), 20 [kg]
    if matches!(cx.punct(e), Some('(' | '[' | '{' | '<')) {
        // `287 (g)` is a statute subsection: one letter is not enough
        if let Some((u, end)) = unit_at(cx, e + 1, true).filter(|_| cx.s(e + 1).len() >= 2)
            && matches!(cx.punct(end), Some(')' | ']' | '}' | '>'))
        {
            return Some((u, end + 1));
        }
    }
    None
}

/// Units of more than one token: `square miles`, `cubic feet`, `metric
/// tons`, `nautical miles`, `fl oz`, `light-years`, `degrees Celsius`.
fn compound_unit(cx: &Ctx<'_>, j: usize, lower: &str) -> Option<(&'static Unit, usize)> {
    match lower {
        "square" | "sq" => {
            let k = if cx.is_punct(j + 1, '.') {
                j + 2
            } else {
                j + 1
            };
            let (u, end) = unit_at(cx, k, true)?;
            let area = match u.sym {
                "m" => &unit::M2,
                "km" => &unit::KM2,
                "cm" => &unit::CM2,
                "ft" => &unit::FT2,
                "mi" => &unit::MI2,
                _ => return None,
            };
            let end = if cx.is_punct(end, '.') && cx.glued(end) {
                end + 1
            } else {
                end
            };
            return Some((area, end));
        }
        "cubic" => {
            let (u, end) = unit_at(cx, j + 1, true)?;
            let vol = match u.sym {
                "m" => &unit::M3,
                "ft" => &unit::FT3,
                _ => return None,
            };
            return Some((vol, end));
        }
        "metric" if cx.is_any(j + 1, &["ton", "tons", "tonne", "tonnes"]) => {
            return Some((&unit::T, j + 2));
        }
        "nautical" if cx.is_any(j + 1, &["mile", "miles"]) => return Some((&unit::NMI, j + 2)),
        "fluid" | "fl" if cx.is_any(j + 1, &["ounce", "ounces", "oz"]) => {
            return Some((&unit::FLOZ, j + 2));
        }
        "light" if cx.is_dash(j + 1) && cx.is_any(j + 2, &["year", "years"]) => {
            return Some((&unit::LY, j + 3));
        }
        "degree" | "degrees" | "deg" | "°" => {
            let mut k = j + 1;
            if lower == "deg" && cx.is_punct(k, '.') && cx.glued(k) {
                k += 1;
            }
            return Some(temperature(cx, k).unwrap_or((&unit::DEG, k)));
        }
        _ => {}
    }
    None
}

/// A unit starting at token `j` (single or compound).
pub(super) fn unit_at(cx: &Ctx<'_>, j: usize, digits: bool) -> Option<(&'static Unit, usize)> {
    let s = cx.s(j);
    let lower = s.to_ascii_lowercase();
    // letters glued after a glued unit (`24703m212`, `L202`) make an identifier
    let glued_tail = |end: usize| {
        cx.tok(end)
            .is_some_and(|t| t.glued && (t.lit().is_some() || t.is_word()))
    };
    if let Some(found) = compound_unit(cx, j, &lower) {
        return Some(found);
    }
    let entry = cx.lex(j);
    let u = match entry.and_then(|e| e.unit) {
        Some(u) => u,
        None => match s {
            "℃" => &unit::CELSIUS,
            "℉" => &unit::FAHRENHEIT,
            _ => return None,
        },
    };
    if !digits && unit::needs_digits(&lower) {
        return None;
    }
    // m2, km2, m3: area and volume written with a glued digit
    if u.dim == Dim::Length
        && cx.glued(j + 1)
        && cx
            .lit(j + 1)
            .is_some_and(|l| l.plain_int() && (l.value == 2.0 || l.value == 3.0))
        && !glued_tail(j + 2)
    {
        let sq = cx.lit(j + 1).is_some_and(|l| l.value == 2.0);
        let v = match (u.sym, sq) {
            ("m", true) => &unit::M2,
            ("km", true) => &unit::KM2,
            ("cm", true) => &unit::CM2,
            ("m", false) => &unit::M3,
            _ => return None,
        };
        return Some((v, j + 2));
    }
    // a glued unit must end the token run: `10km` yes, `24703m212` no
    let end = j + 1;
    if cx.glued(j) && glued_tail(end) && !cx.is_punct(end, '/') {
        return None;
    }
    // speeds: km/h, km per hour, miles an hour, m/s
    if u.dim == Dim::Length {
        let per = (cx.is_punct(end, '/') || cx.is_any(end, &["per", "an", "a"])).then_some(end + 1);
        if let Some(k) = per {
            let t = cx.s(k).to_ascii_lowercase();
            let hour = matches!(t.as_str(), "h" | "hr" | "hour");
            let sec = matches!(t.as_str(), "s" | "sec" | "second");
            match (u.sym, hour, sec) {
                ("km", true, _) => return Some((&unit::KMH, k + 1)),
                ("mi", true, _) => return Some((&unit::MPH, k + 1)),
                ("m", _, true) => return Some((&unit::MS, k + 1)),
                _ => {}
            }
        }
    }
    Some((u, end))
}

/// `° C`, `degrees Fahrenheit`, `deg c`: the scale after a degree word.
fn temperature(cx: &Ctx<'_>, k: usize) -> Option<(&'static Unit, usize)> {
    let s = cx.s(k).to_ascii_lowercase();
    let u = match s.as_str() {
        "c" | "celsius" | "celcius" | "centigrade" => &unit::CELSIUS,
        "f" | "fahrenheit" | "farenheit" => &unit::FAHRENHEIT,
        _ => return None,
    };
    if !cx.is_word(k) || (s.len() == 1 && cx.tok(k + 1).is_some_and(|t| t.glued && t.is_word())) {
        return None;
    }
    Some((u, k + 1))
}

/// `5 ft 2 in`, `5 feet and 2 inches`: one length in feet.
fn feet_and_inches(cx: &Ctx<'_>, q: &mut Q) {
    if q.munit.map(|u| u.sym) != Some("ft") {
        return;
    }
    let mut k = q.end;
    if cx.is(k, "and") {
        k += 1;
    }
    let Some(lit) = cx.lit(k) else { return };
    if !lit.plain_int() || lit.value >= 12.0 {
        return;
    }
    let in_ok =
        !cx.is_num(k + 2) && !cx.is_any(k + 2, &["the", "a", "an", "this", "that", "which"]);
    if cx.is_any(k + 1, &["in", "inch", "inches"]) && in_ok {
        q.value = q.value.map(|v| v + lit.value / 12.0);
        q.end = k + 2;
    }
}

/// `3x`, `10 times more`, `3-fold`, `five-fold`.
fn multiplier_after(cx: &Ctx<'_>, q: &mut Q) {
    let e = q.end;
    let s = cx.s(e);
    if cx.glued(e) && (s == "x" || s == "X" || s == "×") && q.lit.is_some() && !cx.is_num(e + 1) {
        q.kind = FigureKind::Multiplier;
        q.end = e + 1;
        return;
    }
    if cx.is_punct(e, '×') && cx.glued(e) && !cx.is_num(e + 1) {
        q.kind = FigureKind::Multiplier;
        q.end = e + 1;
        return;
    }
    if cx.is(e, "fold") {
        q.kind = FigureKind::Multiplier;
        q.end = e + 1;
        return;
    }
    if cx.hyphen_after(e) && cx.is(e + 1, "fold") {
        q.kind = FigureKind::Multiplier;
        q.end = e + 2;
        return;
    }
    if cx.is(e, "times")
        && cx.is_any(
            e + 1,
            &[
                "as", "more", "less", "higher", "lower", "larger", "bigger", "greater", "smaller",
                "faster", "slower", "the", "that", "what", "its", "their", "his", "her", "our",
                "longer", "shorter", "heavier", "cheaper", "costlier", "likelier", "likely",
                "over", "above", "below", "worse", "better", "stronger", "richer",
            ],
        )
    {
        q.kind = FigureKind::Multiplier;
        q.end = e + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::lexer::tokenize;

    fn q(text: &str, i: usize) -> Q {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let cx = Ctx { text, toks: &toks };
        match read(&cx, i, 0) {
            Read::Q(q) => q,
            _ => panic!("no quantity in {text:?}"),
        }
    }

    #[test]
    fn attaches_scales_currencies_and_units() {
        let m = q("$2.3bn", 1);
        assert_eq!(
            (m.kind, m.value, m.unit.as_deref()),
            (FigureKind::Money, Some(2.3e9), Some("USD"))
        );
        let m = q("420 million finnish markka", 0);
        assert_eq!((m.value, m.unit.as_deref()), (Some(420e6), Some("FIM")));
        let d = q("6 feet 2 inches", 0);
        assert!((d.value.unwrap() - (6.0 + 2.0 / 12.0)).abs() < 1e-12);
        let p = q("12 per cent", 0);
        assert_eq!(p.kind, FigureKind::Percent);
        let c = q("3 dollars 50 cents", 0);
        assert_eq!(c.value, Some(3.5));
        let k = q("3km", 0);
        assert_eq!(k.unit.as_deref(), Some("km"));
    }

    #[test]
    fn tells_million_from_metre() {
        assert_eq!(q("1.2m people", 0).value, Some(1.2e6));
        assert_eq!(q("1.8m tall", 0).unit.as_deref(), Some("m"));
    }
}
