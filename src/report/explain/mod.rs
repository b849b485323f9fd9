//! Explanations in English: a finding's [`Reason`]s rendered as the one
//! sentence of its `explanation`, and the numbers in them written for
//! people (`1,042.86`, `14.5%`).

use std::fmt::Write as _;

use crate::align::{
    Arithmetic, Compared, ComparedFigure, Incomparable, Reason, SharedField, Verdict,
};
use crate::claim::Period;

/// The explanation of a finding: `count` claims (agree) or sides
/// (conflict), and its reasons, as one sentence.
pub(crate) fn explanation(verdict: Verdict, count: usize, reasons: &[Reason]) -> String {
    let mut s = String::with_capacity(128 + 96 * reasons.len().min(8));
    let _ = write!(s, "{count} ");
    s.push_str(match verdict {
        Verdict::Agree => "claims share ",
        Verdict::Conflict => "sides disagree on ",
    });
    shared(&mut s, reasons);
    let mut first = true;
    for r in reasons {
        match r {
            Reason::Compared(c) => {
                s.push_str(if first { ": " } else { "; " });
                first = false;
                compared(&mut s, c);
            }
            Reason::MoreComparisons { count } => {
                let _ = write!(s, "; and {count} more");
            }
            _ => {}
        }
    }
    for r in reasons {
        match r {
            Reason::SyndicatedCopies { claims } if !claims.is_empty() => {
                s.push_str("; ");
                s.push_str(&claims.join(", "));
                let one = claims.len() == 1;
                s.push_str(if one { " is" } else { " are" });
                s.push_str(" a syndicated copy of another claim's sentence and ");
                s.push_str(if one { "counts" } else { "count" });
                s.push_str(" once");
            }
            Reason::Repeats { count } => {
                let _ = write!(s, "; {count} ");
                s.push_str(if *count == 1 {
                    "repeat of these claims (the same sentence, or the same figure from the \
                     same source) counts once"
                } else {
                    "repeats of these claims (the same sentence, or the same figure from the \
                     same source) count once"
                });
            }
            _ => {}
        }
    }
    s.push('.');
    s
}

/// The shared fields and the modality: `measure arrests, period day and a
/// reported figure`.
fn shared(s: &mut String, reasons: &[Reason]) {
    let mut parts: Vec<[&str; 3]> = Vec::with_capacity(8);
    for r in reasons {
        match r {
            Reason::Shared {
                field: SharedField::Thing,
                value,
            } => parts.push(["thing counted", " ", value]),
            Reason::Shared { field, value } => parts.push([field.as_str(), " ", value]),
            Reason::PeriodsConverted => parts.push(["periods converted", "", ""]),
            Reason::Modality { modality } => parts.push(["a ", modality.as_str(), " figure"]),
            _ => {}
        }
    }
    let n = parts.len();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == n && n > 1 {
            s.push_str(" and ");
        } else if i > 0 {
            s.push_str(", ");
        }
        for piece in part {
            s.push_str(piece);
        }
    }
}

/// A comparison's arithmetic: `37 vs 43 on Tuesday: 16.2% apart, beyond
/// the 0.5% rounding allowance`.
pub(crate) fn compared(s: &mut String, c: &Compared) {
    match &c.arithmetic {
        Arithmetic::NotCompared { why } => {
            s.push_str("not compared: ");
            s.push_str(incomparable(*why));
        }
        a @ (Arithmetic::WithinBounds { .. }
        | Arithmetic::Equal
        | Arithmetic::WithinHedge { .. }
        | Arithmetic::WithinRounding { .. }) => consistent(s, &c.left, &c.right, a),
        a @ (Arithmetic::CountsDiffer { .. }
        | Arithmetic::OutsideBounds { .. }
        | Arithmetic::BeyondHedge { .. }
        | Arithmetic::BeyondRounding { .. }) => inconsistent(s, &c.left, &c.right, a),
    }
}

/// The arithmetic of figures that agree: `40 = 40`, `1,200 ≈ 1,204
/// (0.3% apart, within the 0.5% rounding allowance)` (the other kinds,
/// which [`compared`] never passes, write nothing).
fn consistent(s: &mut String, left: &ComparedFigure, right: &ComparedFigure, a: &Arithmetic) {
    match a {
        Arithmetic::WithinBounds { .. } => {
            figure(s, left);
            s.push_str(" and ");
            figure(s, right);
            s.push_str(" are consistent: the value lies within the stated bounds");
        }
        Arithmetic::Equal => {
            figure(s, left);
            s.push_str(" = ");
            figure(s, right);
        }
        Arithmetic::WithinHedge {
            apart: gap,
            allowance,
        } => {
            figure(s, left);
            s.push_str(", within ");
            push_pct(s, *allowance);
            s.push_str(" of ");
            figure(s, right);
            s.push_str(" (");
            push_apart(s, *gap);
            s.push(')');
        }
        Arithmetic::WithinRounding {
            apart: gap,
            allowance,
        } => {
            figure(s, left);
            s.push_str(" ≈ ");
            figure(s, right);
            s.push_str(" (");
            push_apart(s, *gap);
            s.push_str(", within the ");
            push_pct(s, *allowance);
            s.push_str(" rounding allowance)");
        }
        _ => {}
    }
}

/// The arithmetic of figures that differ: `37 vs 43: 16.2% apart, beyond
/// the 0.5% rounding allowance` (the other kinds, which [`compared`]
/// never passes, write nothing).
fn inconsistent(s: &mut String, left: &ComparedFigure, right: &ComparedFigure, a: &Arithmetic) {
    match a {
        Arithmetic::CountsDiffer { apart: gap } => {
            versus(s, left, right);
            s.push_str(": the counts differ (");
            push_apart(s, *gap);
            s.push_str("); votes are counted, not rounded");
        }
        Arithmetic::OutsideBounds { apart: gap } => {
            versus(s, left, right);
            s.push_str(": the value falls outside the stated bounds (");
            push_apart(s, *gap);
            s.push(')');
        }
        Arithmetic::BeyondHedge {
            apart: gap,
            allowance,
        }
        | Arithmetic::BeyondRounding {
            apart: gap,
            allowance,
        } => {
            versus(s, left, right);
            s.push_str(": ");
            push_apart(s, *gap);
            s.push_str(", beyond the ");
            push_pct(s, *allowance);
            s.push_str(if matches!(a, Arithmetic::BeyondHedge { .. }) {
                " a hedge allows"
            } else {
                " rounding allowance"
            });
        }
        _ => {}
    }
}

/// `16.2% apart`, when the difference is known.
fn push_apart(s: &mut String, difference: Option<f64>) {
    if let Some(x) = difference {
        push_pct(s, x);
        s.push_str(" apart");
    }
}

fn versus(s: &mut String, a: &ComparedFigure, b: &ComparedFigure) {
    figure(s, a);
    s.push_str(" vs ");
    figure(s, b);
}

/// Why two figures cannot be compared, in words.
fn incomparable(why: Incomparable) -> &'static str {
    match why {
        Incomparable::Negated => "a negated figure asserts no value",
        Incomparable::Percentage => "a percentage is not compared with another kind of figure",
        Incomparable::Multiplier => {
            "a multiplier with no stated baseline is compared only with multipliers"
        }
        Incomparable::Tally => "a tally is compared only with another tally",
        Incomparable::Currencies => "different currencies",
        Incomparable::Periods => {
            "one figure counts over a stated period, the other over an unstated one"
        }
        Incomparable::NoValue => "a figure gives no value to compare",
        Incomparable::OneSide => "a tally gives only one side",
        _ => "the figures are of different kinds or dimensions",
    }
}

/// A value with its unit and period: `1,042.86/day`, `7.5 m`, `12%`.
fn shown(s: &mut String, value: f64, unit: Option<&str>, per_period: Option<Period>) {
    push_num(s, value);
    match unit {
        Some("%") => s.push('%'),
        Some(u) => {
            s.push(' ');
            s.push_str(u);
        }
        None => {}
    }
    if let Some(p) = per_period {
        s.push_str(per(p));
    }
}

/// The figure as the text gives it, then as compared when that differs:
/// `7,300 in the first week ≈ 1,042.86/day`, `24.6 feet ≈ 7.5 m`, `about
/// 1,000/day implied by "triple" (3,000 a day ÷ 3)`.
fn figure(s: &mut String, f: &ComparedFigure) {
    let text = if f.text.is_empty() {
        "the figure"
    } else {
        &f.text
    };
    if let Some(i) = &f.implied {
        s.push_str("about ");
        match i.value {
            Some(v) => shown(s, v, i.unit.as_deref(), i.per),
            None => s.push('?'),
        }
        s.push_str(" implied by \"");
        s.push_str(text);
        s.push('"');
        if let Some(stated) = &i.stated {
            s.push_str(" (");
            s.push_str(stated);
            if let Some(p) = i.stated_period {
                s.push_str(" a ");
                s.push_str(p.as_str());
            }
            s.push_str(" ÷ ");
            match i.factor {
                Some(x) => push_num(s, x),
                None => s.push('?'),
            }
            s.push(')');
        }
        return;
    }
    s.push_str(text);
    if let Some(w) = &f.window {
        s.push(' ');
        s.push_str(w);
    } else if let Some(p) = f.period {
        s.push_str(" a ");
        s.push_str(p.as_str());
    }
    if let Some(c) = &f.converted {
        s.push_str(" ≈ ");
        shown(s, c.value, c.unit.as_deref(), c.per);
    }
}

fn per(p: Period) -> &'static str {
    match p {
        Period::Day => "/day",
        Period::Week => "/week",
        Period::Month => "/month",
        Period::Year => "/year",
    }
}

/// A short text written on the stack (a formatted number), on the heap
/// only past 64 bytes.
struct StackText {
    bytes: [u8; 64],
    len: usize,
    heap: String,
}

impl StackText {
    fn new() -> StackText {
        StackText {
            bytes: [0; 64],
            len: 0,
            heap: String::new(),
        }
    }

    fn as_str(&self) -> &str {
        if self.heap.is_empty() {
            // Only whole `str`s are copied in: always UTF-8.
            self.bytes
                .get(..self.len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default()
        } else {
            &self.heap
        }
    }
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, piece: &str) -> std::fmt::Result {
        if self.heap.is_empty() {
            if let Some(dst) = self.bytes.get_mut(self.len..self.len + piece.len()) {
                dst.copy_from_slice(piece.as_bytes());
                self.len += piece.len();
                return Ok(());
            }
            let start = self.as_str().to_string();
            self.heap = start;
        }
        self.heap.push_str(piece);
        Ok(())
    }
}

/// Whether `x` is a whole number small enough for `u64` and not zero
/// (whose sign `{:.N}` keeps): `{:.N}` writes its digits, then only
/// zeros, which both [`push_num`] and [`push_pct`] trim; writing it as an
/// integer skips the exact float formatting.
fn is_integer(x: f64) -> bool {
    x.fract() == 0.0 && x != 0.0 && x.abs() < 1e15
}

/// The digits of `x`, a whole number (see [`is_integer`]), with its sign.
fn push_integer(buf: &mut StackText, x: f64) -> &str {
    if x < 0.0 {
        let _ = buf.write_str("-");
    }
    // Exact: `x` is a whole number below 2^53.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let digits = x.abs() as u64;
    let _ = write!(buf, "{digits}");
    buf.as_str()
}

/// `x` with `decimals` decimals, as `format!("{x:.decimals$}")` writes it.
///
/// For the non-negative numbers below 2^53 and the few decimals
/// explanations use, the digits are worked out in integers: `x` is
/// `m * 2^e` exactly, so `x * 10^decimals` is `m * 10^decimals * 2^e`,
/// which fits a `u128` and is rounded half to even, as the standard
/// formatting rounds the exact value (the tests check the two agree).
/// Anything else goes to `format!`.
fn fixed(buf: &mut StackText, x: f64, decimals: usize) -> &str {
    match fixed_digits(x, decimals) {
        Some(scaled) => {
            // `decimals` <= 5: the power is exact.
            let unit = 10u128.pow(u32::try_from(decimals).unwrap_or(0));
            let _ = write!(buf, "{}", scaled / unit);
            if decimals > 0 {
                let _ = write!(buf, ".{:0decimals$}", scaled % unit);
            }
        }
        None => {
            let _ = write!(buf, "{x:.decimals$}");
        }
    }
    buf.as_str()
}

/// `x * 10^decimals` rounded half to even, when `x` is finite, `+0 <= x <
/// 2^53` and `decimals <= 5`.
fn fixed_digits(x: f64, decimals: usize) -> Option<u128> {
    if !(x.is_finite() && x.is_sign_positive() && x < 9_007_199_254_740_992.0 && decimals <= 5) {
        return None;
    }
    let bits = x.to_bits();
    let exponent = i32::try_from((bits >> 52) & 0x7ff).ok()?;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent - 1075)
    };
    // Below 2^53 * 10^5 < 2^70.
    let scaled = u128::from(mantissa) * 10u128.pow(u32::try_from(decimals).ok()?);
    if exponent >= 0 {
        // x < 2^53 keeps the exponent below 1: at most `scaled` itself.
        return Some(scaled << exponent);
    }
    let shift = exponent.unsigned_abs();
    if shift >= 127 {
        // Less than half a unit of the last decimal: rounds to 0.
        return Some(0);
    }
    let whole = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    Some(if rest > half || (rest == half && whole & 1 == 1) {
        whole + 1
    } else {
        whole
    })
}

/// A percentage for people: `14.5%`, `0.2%`, `5%`.
#[cfg(test)]
fn pct(x: f64) -> String {
    let mut s = String::new();
    push_pct(&mut s, x);
    s
}

/// [`pct`], appended to `out`.
pub(crate) fn push_pct(out: &mut String, x: f64) {
    let v = x * 100.0;
    if !v.is_finite() {
        push_num(out, v);
        out.push('%');
        return;
    }
    let mut buf = StackText::new();
    let s = if is_integer(v) {
        push_integer(&mut buf, v)
    } else {
        fixed(&mut buf, v, if v.abs() >= 1.0 { 1 } else { 2 })
            .trim_end_matches('0')
            .trim_end_matches('.')
    };
    let int_len = s.split('.').next().map_or(0, str::len);
    if int_len > 3 {
        // Large percentages read better with separators: 4,900%.
        push_num(out, v.round());
    } else {
        out.push_str(s);
    }
    out.push('%');
}

/// A number for people: thousands separators, at most two decimals,
/// trailing zeros dropped (`1,042.86`, `69.85`, `7,300`).
#[cfg(test)]
fn num(x: f64) -> String {
    let mut s = String::new();
    push_num(&mut s, x);
    s
}

/// [`num`], appended to `out`.
pub(crate) fn push_num(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str(if x.is_nan() {
            "?"
        } else if x > 0.0 {
            "∞"
        } else {
            "-∞"
        });
        return;
    }
    let decimals = match x.abs() {
        a if a >= 1e6 => 0,
        a if a >= 100.0 => 2,
        a if a >= 1.0 => 3,
        _ => 5,
    };
    let mut buf = StackText::new();
    let s = if is_integer(x) {
        push_integer(&mut buf, x.abs())
    } else {
        fixed(&mut buf, x.abs(), decimals)
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = frac.trim_end_matches('0');
    if x < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
}

#[cfg(test)]
mod tests;
