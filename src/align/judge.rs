//! Verdicts on numbers: [`judge`], [`Judgement`], [`Tolerances`], and the
//! [`Quantity`] view of a claim that makes rates, multipliers, units and
//! bounds comparable.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::align::model::Verdict;
use crate::align::normalize::WindowSig;
use crate::claim::{Claim, Modality, Period};
use crate::figure::{Figure, FigureKind};

/// How far apart two figures may be and still agree.
///
/// - `exact`: the relative difference allowed between two unhedged
///   figures, for rounding after conversion (2.75 in = 69.85 mm against
///   "70 millimeters" differ by 0.2%). Default 0.5%.
/// - `hedge`: how far a hedged figure ("about 1,200", "nearly 10,000",
///   a baseline implied by "triple") reaches either side of its value
///   (only below it for "nearly"/"almost", which assert an upper bound).
///   Default 5%.
///
/// ```
/// use factdiff::Tolerances;
/// let t = Tolerances::default();
/// assert_eq!((t.exact, t.hedge), (0.005, 0.05));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Tolerances {
    /// Relative difference allowed between unhedged figures.
    pub exact: f64,
    /// Relative reach of a hedged figure.
    pub hedge: f64,
}

impl Default for Tolerances {
    fn default() -> Tolerances {
        Tolerances {
            exact: 0.005,
            hedge: 0.05,
        }
    }
}

impl Tolerances {
    /// Tolerances with the given exact and hedge reach (fractions, not
    /// percents). Values are not checked here;
    /// [`ComparerBuilder`](crate::ComparerBuilder) validates them.
    ///
    /// ```
    /// use factdiff::Tolerances;
    /// let t = Tolerances::new(0.001, 0.1);
    /// assert_eq!(t.hedge, 0.1);
    /// ```
    #[must_use]
    pub const fn new(exact: f64, hedge: f64) -> Tolerances {
        Tolerances { exact, hedge }
    }
}

/// The outcome of [`judge`]: a verdict on the numbers (or none, when the
/// figures cannot be compared) and the arithmetic that led to it.
///
/// ```
/// use factdiff::{Claim, Span, Tolerances, Verdict, judge};
///
/// let a = factdiff::figures("Crews evacuated 1,240 people.").next().unwrap();
/// let b = factdiff::figures("About 1,200 people left.").next().unwrap();
/// let a = Claim::new("x", 0, 0, Span::new(0, 28), "Crews evacuated 1,240 people.", a);
/// let b = Claim::new("y", 0, 0, Span::new(0, 24), "About 1,200 people left.", b);
/// let j = judge(&a, &b, &Tolerances::default());
/// assert_eq!(j.verdict, Some(Verdict::Agree));
/// assert!(j.explanation.contains("within 5%"), "{}", j.explanation);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Judgement {
    /// `Agree` or `Conflict`, or `None` when the figures cannot be
    /// compared (percent against count, a rate against a total of unknown
    /// length, different currencies, a negated figure, no value at all).
    pub verdict: Option<Verdict>,
    /// The arithmetic, e.g. `7,300 in the first week ≈ 1,042.86/day,
    /// within 5% of about 1,000/day implied by "triple" (3,000 a day ÷ 3)`,
    /// or why the figures cannot be compared.
    pub explanation: String,
    /// The relative difference between the central values after
    /// conversion, relative to the smaller one, when both have one.
    pub difference: Option<f64>,
}

/// What a figure is compared as: two quantities are comparable only
/// within one family (and, for measurements, one dimension).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Family {
    /// A number of things, or the baseline a multiplier implies.
    Count,
    /// A percentage.
    Percent,
    /// Percentage points.
    Points,
    /// Money; the currency is checked separately.
    Money,
    /// A measurement in the dimension of this base unit (or, for unknown
    /// units, the unit itself).
    Measure(Cow<'static, str>),
    /// A bare multiplier ("triple"), compared only with other multipliers.
    Factor,
    /// Paired counts ("passed 221-204"), compared only with other tallies,
    /// side by side.
    Tally,
}

impl Family {
    pub(crate) fn key(&self) -> Cow<'static, str> {
        match self {
            Family::Count => "count".into(),
            Family::Percent => "percent".into(),
            Family::Points => "points".into(),
            Family::Money => "money".into(),
            Family::Measure(u) => format!("measurement:{u}").into(),
            Family::Factor => "multiplier".into(),
            Family::Tally => "tally".into(),
        }
    }
}

/// A claim's figure made comparable: values in base units, the period it
/// counts over, and whether it came from a multiplier's baseline.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quantity {
    pub family: Family,
    /// Currency (money) or unit symbol (measurements), for checks and
    /// display.
    pub unit: Option<Cow<'static, str>>,
    pub value: Option<f64>,
    /// The second side of a tally (`value` is the first).
    pub second: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    pub period: Option<Period>,
    /// Implied by a multiplier and the figure it multiplies.
    pub baseline: bool,
    pub negated: bool,
}

fn finite(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite())
}

/// `x` in the base unit of the figure's dimension.
fn to_base(figure: &Figure, x: f64) -> Option<(f64, &'static str)> {
    let mut f = figure.clone();
    f.value = Some(x);
    f.low = None;
    f.high = None;
    f.in_base_unit()
}

impl Quantity {
    pub(crate) fn of(claim: &Claim) -> Quantity {
        let window = claim.window.as_deref().map(|w| WindowSig::parse(Some(w)));
        Quantity::with_window(claim, window.as_ref())
    }

    /// [`Quantity::of`] with the claim's window already parsed (`None`
    /// when the claim states none).
    pub(crate) fn with_window(claim: &Claim, window: Option<&WindowSig>) -> Quantity {
        let f = &claim.figure;
        let mut q = Quantity {
            family: Family::Count,
            unit: f.unit.clone(),
            value: finite(f.value),
            second: None,
            low: finite(f.low),
            high: finite(f.high),
            approx: f.approx,
            period: claim.period,
            baseline: false,
            negated: claim.negated,
        };
        match f.kind {
            FigureKind::Count => {}
            FigureKind::Percent => {
                q.family = if f.unit.as_deref() == Some("pp") {
                    Family::Points
                } else {
                    Family::Percent
                };
                // A percentage is a ratio, not a count over time: there is
                // nothing to convert between periods.
                q.period = None;
            }
            FigureKind::Money => {
                q.family = Family::Money;
                // `45 cents` is compared as 0.45 USD
                if f.unit.as_deref().is_some_and(|u| u.contains('/'))
                    && let Some((v, code)) = f.in_main_unit()
                {
                    q.value = finite(Some(v));
                    let k = f.value.filter(|x| *x != 0.0).map_or(1.0, |x| v / x);
                    q.low = q.low.map(|x| x * k);
                    q.high = q.high.map(|x| x * k);
                    q.unit = Some(Cow::Owned(code.to_string()));
                }
            }
            FigureKind::Tally => {
                q.family = Family::Tally;
                // A tally is a result, not a count over time.
                q.period = None;
                let sides = f.sides.as_deref();
                q.value = finite(sides.map(|[a, _]| a.count)).or(q.value);
                q.second = finite(sides.map(|[_, b]| b.count));
                q.low = None;
                q.high = None;
            }
            FigureKind::Multiplier => {
                if let Some(b) = claim.baseline.as_ref().filter(|b| b.value.is_finite()) {
                    // A multiplier word is a round figure: the baseline it
                    // implies is as hedged as "about".
                    q.value = Some(b.value);
                    q.low = None;
                    q.high = None;
                    q.approx = true;
                    q.period = b.period;
                    q.baseline = true;
                    q.unit = None;
                } else {
                    q.family = Family::Factor;
                }
            }
            FigureKind::Measurement => {
                let base = [f.value, f.low, f.high]
                    .iter()
                    .flatten()
                    .find_map(|&x| to_base(f, x));
                if let Some((_, sym)) = base {
                    q.family = Family::Measure(sym.into());
                    q.value = q.value.and_then(|x| to_base(f, x)).map(|(v, _)| v);
                    q.low = q.low.and_then(|x| to_base(f, x)).map(|(v, _)| v);
                    q.high = q.high.and_then(|x| to_base(f, x)).map(|(v, _)| v);
                    q.unit = Some(sym.into());
                } else {
                    let raw = f.unit.clone().unwrap_or(Cow::Borrowed(""));
                    q.family = Family::Measure(raw);
                }
            }
        }
        // "this year", "this month": a count to date, not over a whole
        // period, so not a rate to convert.
        if let Some(p) = q
            .period
            .filter(|_| !q.baseline && claim.modality == Modality::Reported)
            && window.is_some_and(|w| w.is_to_date(p))
        {
            q.period = None;
        }
        q
    }

    /// The modality the comparison uses: a multiplier's baseline is what
    /// was (reported), whatever the sentence demands of the future.
    pub(crate) fn modality(&self, claim: &Claim) -> Modality {
        if self.baseline {
            Modality::Reported
        } else {
            claim.modality
        }
    }

    fn central(&self) -> Option<f64> {
        self.value.or(self.low).or(self.high)
    }

    /// The values the figure asserts, scaled by `k`: a point, a hedged
    /// neighbourhood, a bound or a range.
    fn interval(&self, k: f64, tol: &Tolerances) -> Option<(f64, f64)> {
        let t = if self.approx { tol.hedge.max(0.0) } else { 0.0 };
        let (lo, hi) = match (self.low, self.high) {
            (None, None) => {
                let v = self.value? * k;
                (v - v.abs() * t, v + v.abs() * t)
            }
            (Some(l), None) => {
                let l = l * k;
                (
                    l,
                    if self.approx {
                        l + l.abs() * t
                    } else {
                        f64::INFINITY
                    },
                )
            }
            (None, Some(h)) => {
                let h = h * k;
                (
                    if self.approx {
                        h - h.abs() * t
                    } else {
                        f64::NEG_INFINITY
                    },
                    h,
                )
            }
            (Some(l), Some(h)) => {
                let (l, h) = (l * k, h * k);
                (l - l.abs() * t, h + h.abs() * t)
            }
        };
        (lo <= hi).then_some((lo, hi))
    }
}

/// Why two quantities cannot be compared, or `Ok`.
pub(crate) fn comparable(a: &Quantity, b: &Quantity) -> Result<(), &'static str> {
    if a.negated || b.negated {
        return Err("a negated figure asserts no value");
    }
    if a.family != b.family {
        return Err(match (&a.family, &b.family) {
            (Family::Percent | Family::Points, _) | (_, Family::Percent | Family::Points) => {
                "a percentage is not compared with another kind of figure"
            }
            (Family::Factor, _) | (_, Family::Factor) => {
                "a multiplier with no stated baseline is compared only with multipliers"
            }
            (Family::Tally, _) | (_, Family::Tally) => {
                "a tally is compared only with another tally"
            }
            _ => "the figures are of different kinds or dimensions",
        });
    }
    if a.family == Family::Money
        && let (Some(x), Some(y)) = (&a.unit, &b.unit)
        && x != y
    {
        return Err("different currencies");
    }
    if a.family != Family::Factor && a.period.is_some() != b.period.is_some() {
        return Err("one figure counts over a stated period, the other over an unstated one");
    }
    if a.central().is_none() || b.central().is_none() {
        return Err("a figure gives no value to compare");
    }
    if a.family == Family::Tally && (a.second.is_none() || b.second.is_none()) {
        return Err("a tally gives only one side");
    }
    Ok(())
}

/// The numeric core of [`judge`]: the verdict, the scale factors applied
/// to each side and the common period, with no text built.
pub(crate) struct Outcome {
    pub verdict: Verdict,
    pub ka: f64,
    pub kb: f64,
    pub period: Option<Period>,
    pub difference: Option<f64>,
}

pub(crate) fn decide(a: &Quantity, b: &Quantity, tol: &Tolerances) -> Option<Outcome> {
    comparable(a, b).ok()?;
    if a.family == Family::Tally {
        return decide_tally(a, b, tol);
    }
    // Rates and windows meet at the shorter period ("7,300 a week" is
    // compared per day with "1,000 a day").
    let (period, ka, kb) = match (a.period, b.period) {
        (Some(pa), Some(pb)) if a.family != Family::Factor => {
            let p = if pa.days() <= pb.days() { pa } else { pb };
            (Some(p), p.days() / pa.days(), p.days() / pb.days())
        }
        _ => (a.period.or(b.period), 1.0, 1.0),
    };
    let (alo, ahi) = a.interval(ka, tol)?;
    let (blo, bhi) = b.interval(kb, tol)?;
    let ca = a.central()? * ka;
    let cb = b.central()? * kb;
    let scale = ca.abs().max(cb.abs());
    let gap = (blo - ahi).max(alo - bhi).max(0.0);
    let verdict = if gap <= tol.exact.max(0.0) * scale {
        Verdict::Agree
    } else {
        Verdict::Conflict
    };
    let small = ca.abs().min(cb.abs());
    let difference = if scale == 0.0 {
        Some(0.0)
    } else {
        Some((ca - cb).abs() / if small > 0.0 { small } else { scale })
    };
    Some(Outcome {
        verdict,
        ka,
        kb,
        period,
        difference,
    })
}

/// Two tallies agree when both sides are equal: votes are counted, not
/// rounded or converted, so no tolerance applies (a hedged tally, `about
/// 220-200`, reaches `tol.hedge`). The difference is that of the side
/// that differs most.
fn decide_tally(a: &Quantity, b: &Quantity, tol: &Tolerances) -> Option<Outcome> {
    let sides = [(a.value?, b.value?), (a.second?, b.second?)];
    let reach = if a.approx || b.approx {
        tol.hedge.max(0.0)
    } else {
        0.0
    };
    let mut agree = true;
    let mut difference: f64 = 0.0;
    for (x, y) in sides {
        let scale = x.abs().max(y.abs());
        agree &= (x - y).abs() <= reach * scale;
        let small = x.abs().min(y.abs());
        if scale > 0.0 {
            difference = difference.max((x - y).abs() / if small > 0.0 { small } else { scale });
        }
    }
    Some(Outcome {
        verdict: if agree {
            Verdict::Agree
        } else {
            Verdict::Conflict
        },
        ka: 1.0,
        kb: 1.0,
        period: None,
        difference: Some(difference),
    })
}

/// Judges two claims on their numbers alone: are the figures compatible
/// once periods, multipliers, units and bounds are worked out?
///
/// Text plays no part here (that is [`score_pair`](crate::score_pair)'s
/// job): call this on claims already known to speak of the same quantity.
/// The rules, with [`Tolerances`] `t`:
///
/// - **kinds**: counts with counts (and with multipliers that state a
///   baseline), percentages with percentages, money with money of the same
///   currency (minor units such as `45 cents` converted to the main
///   unit), measurements of one dimension (converted to base units), bare
///   multipliers with bare multipliers (their factors), tallies with
///   tallies (both sides equal: votes are counted, not rounded). Anything
///   else, or a negated figure, gives no verdict.
/// - **periods**: two rates or windows are converted to the shorter period
///   (`Period::days`); a figure with a period against one without gives no
///   verdict.
/// - **values**: an unhedged figure is a point, a hedged one reaches
///   `t.hedge` either side (below only, for "nearly"), a bound or range is
///   an interval; the figures agree when the two sets come within
///   `t.exact` (relative) of each other.
///
/// Never panics, whatever the claims hold (NaN, infinities, empty
/// bounds).
///
/// ```
/// use factdiff::{Claim, Period, Span, Tolerances, Verdict, judge};
///
/// let claim = |doc: &str, text: &str, period| {
///     let f = factdiff::figures(text).next().unwrap();
///     let mut c = Claim::new(doc, 0, 0, Span::new(0, text.len()), text, f);
///     c.period = Some(period);
///     c
/// };
/// let day = claim("a", "Agents made 3,000 arrests a day.", Period::Day);
/// let week = claim("b", "Agents made 21,000 arrests a week.", Period::Week);
/// let j = judge(&day, &week, &Tolerances::default());
/// assert_eq!(j.verdict, Some(Verdict::Agree));
/// assert!(j.explanation.contains("3,000/day"), "{}", j.explanation);
/// ```
pub fn judge(a: &Claim, b: &Claim, tolerances: &Tolerances) -> Judgement {
    let (qa, qb) = (Quantity::of(a), Quantity::of(b));
    judge_quantities(a, &qa, b, &qb, tolerances)
}

pub(crate) fn judge_quantities(
    a: &Claim,
    qa: &Quantity,
    b: &Claim,
    qb: &Quantity,
    tol: &Tolerances,
) -> Judgement {
    let mut explanation = String::new();
    let allowances = Allowances::new(tol);
    let (verdict, difference) = explain(&mut explanation, a, qa, b, qb, tol, &allowances);
    Judgement {
        verdict,
        explanation,
        difference,
    }
}

/// The tolerances as explanations show them (`5%`, `0.5%`), worked out
/// once per comparison rather than once per pair.
pub(crate) struct Allowances {
    hedge: String,
    exact: String,
}

impl Allowances {
    pub(crate) fn new(tol: &Tolerances) -> Allowances {
        let pct = |x: f64| {
            let mut s = String::new();
            push_pct(&mut s, x);
            s
        };
        Allowances {
            hedge: pct(tol.hedge),
            exact: pct(tol.exact),
        }
    }
}

/// [`judge`]'s verdict and difference, its explanation appended to `s`
/// piece by piece (explanations are built for every finding, so they are
/// written without intermediate strings).
pub(crate) fn explain(
    s: &mut String,
    a: &Claim,
    qa: &Quantity,
    b: &Claim,
    qb: &Quantity,
    tol: &Tolerances,
    allowances: &Allowances,
) -> (Option<Verdict>, Option<f64>) {
    if let Err(why) = comparable(qa, qb) {
        s.push_str("not compared: ");
        s.push_str(why);
        return (None, None);
    }
    let Some(out) = decide(qa, qb, tol) else {
        s.push_str("not compared: a figure gives no usable value");
        return (None, None);
    };
    let da = |s: &mut String| describe(s, a, qa, out.ka, out.period);
    let db = |s: &mut String| describe(s, b, qb, out.kb, out.period);
    let hedged = qa.approx || qb.approx;
    let bounded = [qa, qb].iter().any(|q| q.low.is_some() || q.high.is_some());
    let diff = |s: &mut String| {
        if let Some(d) = out.difference {
            push_pct(s, d);
            s.push_str(" apart");
        }
    };
    match out.verdict {
        Verdict::Agree => {
            let equal = out.difference.is_some_and(|d| d == 0.0);
            da(s);
            if bounded {
                s.push_str(" and ");
                db(s);
                s.push_str(" are consistent: the value lies within the stated bounds");
            } else if equal {
                s.push_str(" = ");
                db(s);
            } else if hedged {
                s.push_str(", within ");
                s.push_str(&allowances.hedge);
                s.push_str(" of ");
                db(s);
                s.push_str(" (");
                diff(s);
                s.push(')');
            } else {
                s.push_str(" ≈ ");
                db(s);
                s.push_str(" (");
                diff(s);
                s.push_str(", within the ");
                s.push_str(&allowances.exact);
                s.push_str(" rounding allowance)");
            }
        }
        Verdict::Conflict => {
            da(s);
            s.push_str(" vs ");
            db(s);
            if qa.family == Family::Tally {
                s.push_str(": the counts differ (");
                diff(s);
                s.push_str("); votes are counted, not rounded");
            } else if bounded {
                s.push_str(": the value falls outside the stated bounds (");
                diff(s);
                s.push(')');
            } else {
                s.push_str(": ");
                diff(s);
                s.push_str(", beyond the ");
                if hedged {
                    s.push_str(&allowances.hedge);
                    s.push_str(" a hedge allows");
                } else {
                    s.push_str(&allowances.exact);
                    s.push_str(" rounding allowance");
                }
            }
        }
    }
    (Some(out.verdict), out.difference)
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
fn push_pct(out: &mut String, x: f64) {
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
fn push_num(out: &mut String, x: f64) {
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

fn per(p: Period) -> &'static str {
    match p {
        Period::Day => "/day",
        Period::Week => "/week",
        Period::Month => "/month",
        Period::Year => "/year",
    }
}

/// The figure as the text gives it, then as compared when that differs,
/// appended to `s`: `7,300 in the first week ≈ 1,042.86/day`,
/// `24.6 feet ≈ 7.5 m`, `about 1,000/day implied by "triple" (3,000 a day
/// ÷ 3)`.
fn describe(out: &mut String, c: &Claim, q: &Quantity, k: f64, period: Option<Period>) {
    let text = c.figure.text.trim();
    let text = if text.is_empty() { "the figure" } else { text };
    let (unit_sep, unit) = match &q.family {
        Family::Measure(_) => q.unit.as_deref().map_or(("", ""), |u| (" ", u)),
        Family::Percent => ("", "%"),
        Family::Points => ("", " pp"),
        _ => ("", ""),
    };
    let shown = |out: &mut String, x: f64| {
        push_num(out, x * k);
        out.push_str(unit_sep);
        out.push_str(unit);
        if let Some(p) = period.filter(|_| q.family != Family::Factor) {
            out.push_str(per(p));
        }
    };
    if q.baseline {
        out.push_str("about ");
        match q.value {
            Some(value) => shown(out, value),
            None => out.push('?'),
        }
        out.push_str(" implied by \"");
        out.push_str(text);
        out.push('"');
        if let Some((stated, stated_period)) = stated_figure(c) {
            out.push_str(" (");
            out.push_str(stated);
            if let Some(p) = stated_period {
                out.push_str(" a ");
                out.push_str(p.as_str());
            }
            out.push_str(" ÷ ");
            match c.figure.value {
                Some(factor) => push_num(out, factor),
                None => out.push('?'),
            }
            out.push(')');
        }
        return;
    }
    out.push_str(text);
    if let Some(w) = c.window.as_deref().filter(|w| !w.is_empty()) {
        out.push(' ');
        out.push_str(w);
    } else if let Some(p) = q.period.filter(|_| q.family != Family::Factor) {
        out.push_str(" a ");
        out.push_str(p.as_str());
    }
    let converted =
        matches!(q.family, Family::Measure(_)) && c.figure.unit.as_deref() != q.unit.as_deref();
    if ((k - 1.0).abs() > 1e-12 || converted)
        && let Some(value) = q.value.or(q.low).or(q.high)
    {
        out.push_str(" ≈ ");
        shown(out, value);
    }
}

/// The figure a multiplier's baseline was worked out from, and its period:
/// `3,000` and a day.
fn stated_figure(c: &Claim) -> Option<(&str, Option<Period>)> {
    let b = c.baseline.as_ref()?;
    let start = b.from.start.checked_sub(c.sentence_span.start)?;
    let end = b.from.end.checked_sub(c.sentence_span.start)?;
    let text = c.sentence_text.get(start..end)?.trim();
    if text.is_empty() {
        return None;
    }
    Some((text, b.period))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(num(7300.0), "7,300");
        assert_eq!(num(1042.857), "1,042.86");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-1234.5), "-1,234.5");
        assert_eq!(num(45e9), "45,000,000,000");
        assert_eq!(num(f64::NAN), "?");
        assert_eq!(pct(0.145), "14.5%");
        assert_eq!(pct(0.14516), "14.5%");
        assert_eq!(pct(0.002), "0.2%");
        assert_eq!(pct(49.0), "4,900%");
        assert_eq!(pct(0.05), "5%");
    }

    /// `num` as first written, with `format!` throughout: the reference.
    fn reference_num(x: f64) -> String {
        if !x.is_finite() {
            return num(x);
        }
        let decimals = match x.abs() {
            a if a >= 1e6 => 0,
            a if a >= 100.0 => 2,
            a if a >= 1.0 => 3,
            _ => 5,
        };
        let s = format!("{:.*}", decimals, x.abs());
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::new();
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
        out
    }

    /// `pct` as first written: the reference.
    fn reference_pct(x: f64) -> String {
        let v = x * 100.0;
        if !v.is_finite() {
            return format!("{}%", reference_num(v));
        }
        let s = if v.abs() >= 1.0 {
            format!("{v:.1}")
        } else {
            format!("{v:.2}")
        };
        let s = s.trim_end_matches('0').trim_end_matches('.');
        let int_len = s.split('.').next().map_or(0, str::len);
        if int_len > 3 {
            return format!("{}%", reference_num(v.round()));
        }
        format!("{s}%")
    }

    #[test]
    fn numbers_read_as_formatted() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            1.0,
            47.0,
            100.0,
            999.999_999,
            1e6,
            1e15,
            2e15,
            1e300,
            5e-7,
            f64::MAX,
            f64::MIN_POSITIVE,
            0.05,
            0.005,
            0.145,
            -3.0,
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for i in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let unit = (x >> 11) as f64 / (1u64 << 53) as f64;
            values.push(f64::from(i));
            values.push(f64::from(i) / 4.0);
            values.push(unit * 10f64.powi(i32::try_from(i % 20).unwrap_or(0) - 6));
            values.push(-unit * 1e4);
        }
        // Ties at every decimal position the formatting uses.
        for k in 0..2_000u32 {
            for scale in [
                0.5,
                0.25,
                0.125,
                0.0625,
                0.03125,
                0.015_625,
                0.000_015_258_789_062_5,
            ] {
                values.push(f64::from(k) + scale);
                values.push(f64::from(k) * scale);
            }
        }
        for v in &values {
            for decimals in 0..=5 {
                let mut buf = StackText::new();
                assert_eq!(
                    fixed(&mut buf, *v, decimals),
                    format!("{v:.decimals$}"),
                    "{v:e}"
                );
            }
        }
        for v in values {
            assert_eq!(num(v), reference_num(v), "{v:e}");
            assert_eq!(pct(v), reference_pct(v), "{v:e}");
            assert_eq!(pct(v / 100.0), reference_pct(v / 100.0), "{v:e}");
        }
    }
}
