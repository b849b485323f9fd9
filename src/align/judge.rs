//! Verdicts on numbers: [`judge`], [`Judgement`], [`Tolerances`], and the
//! [`Quantity`] view of a claim that makes rates, multipliers, units and
//! bounds comparable.

use std::borrow::Cow;

use crate::align::model::Verdict;
use crate::align::reason::{
    Arithmetic, Compared, ComparedFigure, Converted, Implied, Incomparable,
};
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
/// use factdiff::align::Tolerances;
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
    /// use factdiff::align::Tolerances;
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
/// use factdiff::align::{Tolerances, judge};
/// use factdiff::{Claim, Span, Verdict};
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
    /// The comparison as data: each figure as the text gives it and as
    /// compared, and the arithmetic (what `explanation` says).
    pub compared: Compared,
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
    /// Whether this is a measurement of a physical dimension in a known
    /// unit ("12,400 acres", "128 meters"), not of time: its unit is how
    /// it was written, not what it counts ("about 5,000 hectares" is the
    /// same kind of quantity), while a span of time is as often one of
    /// several spans ("19 years on crews, 18 months as chief").
    pub(crate) fn physical(&self) -> bool {
        matches!(&self.family, Family::Measure(base) if base != "s") && self.unit.is_some()
    }

    pub(crate) fn of(claim: &Claim) -> Quantity {
        let window = claim.stated_window();
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
            FigureKind::Percent => q.percent(f),
            FigureKind::Money => q.money(f),
            FigureKind::Tally => q.tally(f),
            FigureKind::Multiplier => q.multiplier(claim),
            FigureKind::Measurement => q.measurement(f),
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

    /// A percentage, or percentage points (`pp`).
    fn percent(&mut self, f: &Figure) {
        self.family = if f.unit.as_deref() == Some("pp") {
            Family::Points
        } else {
            Family::Percent
        };
        // A percentage is a ratio, not a count over time: there is
        // nothing to convert between periods.
        self.period = None;
    }

    /// Money: a sum in cents or pence is compared in the main unit.
    fn money(&mut self, f: &Figure) {
        self.family = Family::Money;
        // `45 cents` is compared as 0.45 USD
        if f.unit.as_deref().is_some_and(|u| u.contains('/'))
            && let Some((v, code)) = f.in_main_unit()
        {
            self.value = finite(Some(v));
            let k = f.value.filter(|x| *x != 0.0).map_or(1.0, |x| v / x);
            self.low = self.low.map(|x| x * k);
            self.high = self.high.map(|x| x * k);
            self.unit = Some(Cow::Owned(code.to_string()));
        }
    }

    /// A tally: its two sides, no bounds.
    fn tally(&mut self, f: &Figure) {
        self.family = Family::Tally;
        // A tally is a result, not a count over time.
        self.period = None;
        let sides = f.sides.as_deref();
        self.value = finite(sides.map(|[a, _]| a.count)).or(self.value);
        self.second = finite(sides.map(|[_, b]| b.count));
        self.low = None;
        self.high = None;
    }

    /// A multiplier: the baseline it implies when one is known, else a
    /// factor.
    fn multiplier(&mut self, claim: &Claim) {
        if let Some(b) = claim.baseline.as_ref().filter(|b| b.value.is_finite()) {
            // A multiplier word is a round figure: the baseline it
            // implies is as hedged as "about".
            self.value = Some(b.value);
            self.low = None;
            self.high = None;
            self.approx = true;
            self.period = b.period;
            self.baseline = true;
            self.unit = None;
        } else {
            self.family = Family::Factor;
        }
    }

    /// A measurement: in its dimension's base unit when it has one.
    fn measurement(&mut self, f: &Figure) {
        let base = [f.value, f.low, f.high]
            .iter()
            .flatten()
            .find_map(|&x| to_base(f, x));
        if let Some((_, sym)) = base {
            self.family = Family::Measure(sym.into());
            self.value = self.value.and_then(|x| to_base(f, x)).map(|(v, _)| v);
            self.low = self.low.and_then(|x| to_base(f, x)).map(|(v, _)| v);
            self.high = self.high.and_then(|x| to_base(f, x)).map(|(v, _)| v);
            self.unit = Some(sym.into());
        } else {
            let raw = f.unit.clone().unwrap_or(Cow::Borrowed(""));
            self.family = Family::Measure(raw);
        }
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
pub(crate) fn comparable(a: &Quantity, b: &Quantity) -> Result<(), Incomparable> {
    if a.negated || b.negated {
        return Err(Incomparable::Negated);
    }
    if a.family != b.family {
        return Err(match (&a.family, &b.family) {
            (Family::Percent | Family::Points, _) | (_, Family::Percent | Family::Points) => {
                Incomparable::Percentage
            }
            (Family::Factor, _) | (_, Family::Factor) => Incomparable::Multiplier,
            (Family::Tally, _) | (_, Family::Tally) => Incomparable::Tally,
            _ => Incomparable::Kinds,
        });
    }
    if a.family == Family::Money
        && let (Some(x), Some(y)) = (&a.unit, &b.unit)
        && x != y
    {
        return Err(Incomparable::Currencies);
    }
    if a.family != Family::Factor && a.period.is_some() != b.period.is_some() {
        return Err(Incomparable::Periods);
    }
    // A count with a fraction ("12.7 deaths per 100,000 people") is a rate
    // or an average, another kind of figure than a count of whole things.
    let fraction = |q: &Quantity| !q.baseline && q.value.is_some_and(|v| v.fract() != 0.0);
    if a.family == Family::Count && fraction(a) != fraction(b) {
        return Err(Incomparable::Kinds);
    }
    if a.central().is_none() || b.central().is_none() {
        return Err(Incomparable::NoValue);
    }
    if a.family == Family::Tally && (a.second.is_none() || b.second.is_none()) {
        return Err(Incomparable::OneSide);
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
/// Text plays no part here (that is [`score_pair`](crate::align::score_pair)'s
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
/// use factdiff::align::{Tolerances, judge};
/// use factdiff::{Claim, Period, Span, Verdict};
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
    let (compared, verdict, difference) = compare(a, qa, b, qb, tol);
    let mut explanation = String::new();
    crate::report::compared(&mut explanation, &compared);
    Judgement {
        verdict,
        explanation,
        difference,
        compared,
    }
}

/// Two claims compared on their numbers, as data: each figure as the text
/// gives it and as compared, the arithmetic, the verdict and the
/// difference.
pub(crate) fn compare(
    a: &Claim,
    qa: &Quantity,
    b: &Claim,
    qb: &Quantity,
    tol: &Tolerances,
) -> (Compared, Option<Verdict>, Option<f64>) {
    let not_compared = |why| {
        (
            Compared {
                left: figure(a, qa, 1.0, None),
                right: figure(b, qb, 1.0, None),
                arithmetic: Arithmetic::NotCompared { why },
            },
            None,
            None,
        )
    };
    if let Err(why) = comparable(qa, qb) {
        return not_compared(why);
    }
    let Some(out) = decide(qa, qb, tol) else {
        return not_compared(Incomparable::NoValue);
    };
    let hedged = qa.approx || qb.approx;
    let bounded = [qa, qb].iter().any(|q| q.low.is_some() || q.high.is_some());
    let apart = out.difference;
    let arithmetic = match out.verdict {
        Verdict::Agree if bounded => Arithmetic::WithinBounds { apart },
        Verdict::Agree if apart.is_some_and(|d| d == 0.0) => Arithmetic::Equal,
        Verdict::Agree if hedged => Arithmetic::WithinHedge {
            apart,
            allowance: tol.hedge,
        },
        Verdict::Agree => Arithmetic::WithinRounding {
            apart,
            allowance: tol.exact,
        },
        Verdict::Conflict if qa.family == Family::Tally => Arithmetic::CountsDiffer { apart },
        Verdict::Conflict if bounded => Arithmetic::OutsideBounds { apart },
        Verdict::Conflict if hedged => Arithmetic::BeyondHedge {
            apart,
            allowance: tol.hedge,
        },
        Verdict::Conflict => Arithmetic::BeyondRounding {
            apart,
            allowance: tol.exact,
        },
    };
    let mut compared = Compared {
        left: figure(a, qa, out.ka, out.period),
        right: figure(b, qb, out.kb, out.period),
        arithmetic,
    };
    if [out.ka, out.kb].iter().all(|k| (k - 1.0).abs() <= 1e-12) {
        in_their_units(&mut compared, qa, qb, (a, b));
    }
    (compared, Some(out.verdict), out.difference)
}

/// A claim's duration unit and its length in seconds.
fn duration_unit(c: &Claim) -> Option<(&str, f64)> {
    let sym = c.figure.unit.as_deref()?;
    Some((sym, crate::figure::duration_seconds(sym)?))
}

/// Two measurements in one unit are shown as the texts give them ("12,400
/// acres and more than 12,000 acres"), not in base units; two durations
/// in different units in the smaller of the two, not in seconds: "a
/// decade ≈ 10 years = 10 years", "48 hours = two days ≈ 48 h" (the one
/// already in that unit as the text gives it).
fn in_their_units(compared: &mut Compared, qa: &Quantity, qb: &Quantity, (a, b): (&Claim, &Claim)) {
    let measured = matches!(qa.family, Family::Measure(_));
    if measured && a.figure.unit.is_some() && a.figure.unit == b.figure.unit {
        compared.left.converted = None;
        compared.right.converted = None;
        return;
    }
    let (Some(ua), Some(ub)) = (duration_unit(a), duration_unit(b)) else {
        return;
    };
    let (sym, seconds) = if ua.1 <= ub.1 { ua } else { ub };
    for (shown, q, own) in [
        (&mut compared.left, qa, ua.0),
        (&mut compared.right, qb, ub.0),
    ] {
        shown.converted = (own != sym).then(|| q.central()).flatten().map(|v| {
            let value = v / seconds;
            let plural = (value - 1.0).abs() > 1e-9
                && sym.bytes().all(|c| c.is_ascii_alphabetic())
                && sym.len() > 2;
            Converted {
                value,
                unit: Some(match (plural, sym) {
                    (true, "century") => "centuries".to_string(),
                    (true, _) => format!("{sym}s"),
                    (false, _) => sym.to_string(),
                }),
                per: None,
            }
        });
    }
}

/// The figure of `c` as the text gives it, and as compared when that
/// differs: scaled by `k` to the common `period`, in base units, or the
/// baseline a multiplier implies.
fn figure(c: &Claim, q: &Quantity, k: f64, period: Option<Period>) -> ComparedFigure {
    let unit = match &q.family {
        Family::Measure(_) => q.unit.as_deref().map(str::to_string),
        Family::Percent => Some("%".to_string()),
        Family::Points => Some("pp".to_string()),
        _ => None,
    };
    let per = period.filter(|_| q.family != Family::Factor);
    let text = c.figure.text.trim().to_string();
    if q.baseline {
        let stated = c.baseline.as_ref().and_then(|b| {
            let t = c.text_at(b.from)?.trim();
            (!t.is_empty()).then(|| (t.to_string(), b.period))
        });
        return ComparedFigure {
            claim: c.id.clone(),
            text,
            window: None,
            period: None,
            converted: None,
            implied: Some(Implied {
                value: q.value.map(|v| v * k),
                unit,
                per,
                factor: c.figure.value,
                stated_period: stated.as_ref().and_then(|s| s.1),
                stated: stated.map(|s| s.0),
            }),
        };
    }
    let window = c.window.clone().filter(|w| !w.is_empty());
    let own_period = q
        .period
        .filter(|_| q.family != Family::Factor && window.is_none());
    let unit_converted =
        matches!(q.family, Family::Measure(_)) && c.figure.unit.as_deref() != q.unit.as_deref();
    let converted = ((k - 1.0).abs() > 1e-12 || unit_converted)
        .then(|| q.value.or(q.low).or(q.high))
        .flatten()
        .map(|v| Converted {
            value: v * k,
            unit: unit.clone(),
            per,
        });
    ComparedFigure {
        claim: c.id.clone(),
        text,
        window,
        period: own_period,
        converted,
        implied: None,
    }
}
