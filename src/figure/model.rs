//! The figure types: [`Figure`] and [`FigureKind`].

use std::borrow::Cow;
use std::fmt;

use crate::Span;

use super::unit;

/// What sort of quantity a [`Figure`] is.
///
/// Serialised in lowercase (`"count"`, `"percent"`, ...), as in the
/// `kind` field of the command line's JSON output.
///
/// ```
/// use factdiff::{FigureKind, figures};
///
/// let kinds: Vec<FigureKind> =
///     figures("Fares rose 12% to $4.50 for 3 km.").map(|f| f.kind).collect();
/// assert_eq!(kinds, [FigureKind::Percent, FigureKind::Money, FigureKind::Measurement]);
/// assert_eq!(FigureKind::Multiplier.to_string(), "multiplier");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum FigureKind {
    /// A number of things: `7,300`, `a million`, `dozens`.
    Count,
    /// A percentage (`45%`, `45 per cent`) or, with unit `pp`, percentage
    /// points.
    Percent,
    /// A factor applied to another quantity: `triple` (3), `twice` (2),
    /// `threefold` (3), `half` (0.5).
    Multiplier,
    /// An amount of money; the unit is the ISO 4217 code when known.
    Money,
    /// A quantity with a physical unit or scale: `4.6 m`, `magnitude 7.8`.
    Measurement,
    /// Paired counts, such as a vote: `passed 221-204`, `a 5-4 ruling`,
    /// `310 votes to 250`. `value` is the first side, `low` and `high` are
    /// unset, and [`Figure::sides`] holds both counts with their labels.
    Tally,
}

impl FigureKind {
    /// The kind's lowercase name, as serialised.
    ///
    /// ```
    /// use factdiff::FigureKind;
    /// assert_eq!(FigureKind::Money.as_str(), "money");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Multiplier => "multiplier",
            FigureKind::Money => "money",
            FigureKind::Measurement => "measurement",
            FigureKind::Tally => "tally",
        }
    }
}

impl fmt::Display for FigureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One side of a [`FigureKind::Tally`]: a count and, when the text names
/// it, the side's label as written in lowercase (`yeas`, `nays`, `ayes`,
/// `noes`, `for`, `against`, `in favor`, `opposed`).
///
/// ```
/// use factdiff::{FigureKind, figures};
///
/// let f = figures("The bill passed 221 yeas to 204 nays.").next().unwrap();
/// assert_eq!(f.kind, FigureKind::Tally);
/// let [yes, no] = f.sides.as_deref().unwrap();
/// assert_eq!((yes.count, yes.label.as_deref()), (221.0, Some("yeas")));
/// assert_eq!((no.count, no.label.as_deref()), (204.0, Some("nays")));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TallySide {
    /// The side's count.
    pub count: f64,
    /// The side's label, when stated.
    #[cfg_attr(feature = "serde", serde(default))]
    pub label: Option<Cow<'static, str>>,
}

/// One figure found in a text: where it is, what it says, and what it is
/// worth.
///
/// `span` is a half-open byte range into the text that was searched (the
/// document, when found with [`figures_in`](crate::figures_in)), always on
/// character boundaries, and `text` is exactly that slice: qualifiers
/// included (`"Over 660,000"`, `"about $15 billion"`).
///
/// `value` is the figure's central value normalised to its unit (7300 for
/// `7,300`, 45e9 for `$45 billion`, 150 for `150%`, 3 for `triple`);
/// `None` when the wording gives no central value (a range, `Millions
/// upon Millions`). `low` and `high` are the bounds the wording asserts
/// (`at least 688` gives `low` 688), `approx` says the wording hedges
/// (`about`, `nearly`), and `unit` is the canonical unit of a measurement
/// (`km`, `ft`, `°C`, `magnitude`), the ISO code of a currency (`USD`), the
/// code and divisor of a currency's minor unit as written (`USD/100` for
/// `45 cents`, `GBP/100` for `218p`), or `pp` for percentage points.
/// `sides` holds the two counts of a [`FigureKind::Tally`] (`None` for
/// every other kind).
///
/// ```
/// use factdiff::{FigureKind, figures};
///
/// let f = figures("Officials said about $15 billion was spent.").next().unwrap();
/// assert_eq!(f.text, "about $15 billion");
/// assert_eq!(f.kind, FigureKind::Money);
/// assert_eq!(f.value, Some(15e9));
/// assert!(f.approx);
/// assert_eq!(f.unit.as_deref(), Some("USD"));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Figure {
    /// Byte span of the surface text, qualifiers included.
    pub span: Span,
    /// The surface text, `&text[span]`.
    pub text: String,
    /// What sort of quantity this is.
    pub kind: FigureKind,
    /// The normalised central value, if the wording gives one.
    pub value: Option<f64>,
    /// The lower bound the wording asserts, if any.
    pub low: Option<f64>,
    /// The upper bound the wording asserts, if any.
    pub high: Option<f64>,
    /// Whether the wording hedges the figure (`about`, `nearly`, `some`).
    pub approx: bool,
    /// Canonical unit (measurements), ISO currency or minor unit (money),
    /// `pp` (percentage points), or `None`.
    pub unit: Option<Cow<'static, str>>,
    /// The two sides of a tally, first as written first.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub sides: Option<Box<[TallySide; 2]>>,
}

impl Figure {
    /// A figure with its place, surface text, kind and central value; no
    /// bounds, hedge, unit or sides (set the public fields for those).
    /// Figures read from text come from [`figures`](crate::figures).
    ///
    /// ```
    /// use factdiff::{Figure, FigureKind, Span};
    /// let mut f = Figure::new(Span::new(0, 5), "4,000", FigureKind::Count, Some(4000.0));
    /// f.approx = true;
    /// assert_eq!(f.low, None);
    /// ```
    #[must_use]
    pub fn new(span: Span, text: &str, kind: FigureKind, value: Option<f64>) -> Figure {
        Figure {
            span,
            text: text.to_string(),
            kind,
            value,
            low: None,
            high: None,
            approx: false,
            unit: None,
            sides: None,
        }
    }

    /// The figure's central value converted to the base unit of its
    /// dimension, with that unit's symbol: metres, square metres, litres,
    /// kilograms, degrees Celsius, metres per second, seconds, bytes,
    /// joules, watts, degrees of angle or hertz. `None` for figures that
    /// are not measurements in a known unit, or have no central value.
    /// Months and years convert with their mean Gregorian lengths.
    ///
    /// ```
    /// use factdiff::figures;
    ///
    /// let f = figures("The surge reached 15 feet.").next().unwrap();
    /// assert_eq!(f.unit.as_deref(), Some("ft"));
    /// let (metres, unit) = f.in_base_unit().unwrap();
    /// assert!((metres - 4.572).abs() < 1e-9);
    /// assert_eq!(unit, "m");
    /// ```
    #[must_use]
    pub fn in_base_unit(&self) -> Option<(f64, &'static str)> {
        if self.kind != FigureKind::Measurement {
            return None;
        }
        let u = unit::by_symbol(self.unit.as_deref()?)?;
        Some((unit::to_base(self.value?, u), unit::base_symbol(u.dim)))
    }

    /// An amount of money in its currency's main unit, with the ISO code:
    /// `45 cents` (value 45, unit `USD/100`) is 0.45 `USD`, `218p` is 2.18
    /// `GBP`, and an amount in a main unit (`$2bn`) is returned as it is.
    /// `None` for figures that are not money, money of no known currency,
    /// or money with no central value.
    ///
    /// ```
    /// use factdiff::figures;
    ///
    /// let f = figures("A stamp now costs 45 cents.").next().unwrap();
    /// assert_eq!((f.value, f.unit.as_deref()), (Some(45.0), Some("USD/100")));
    /// assert_eq!(f.in_main_unit(), Some((0.45, "USD")));
    /// ```
    #[must_use]
    pub fn in_main_unit(&self) -> Option<(f64, &str)> {
        if self.kind != FigureKind::Money {
            return None;
        }
        let value = self.value?;
        let unit = self.unit.as_deref()?;
        match unit.split_once('/') {
            None => Some((value, unit)),
            Some((code, divisor)) => {
                let d: f64 = divisor.parse().ok().filter(|d: &f64| *d > 0.0)?;
                (!code.is_empty()).then_some((value / d, code))
            }
        }
    }

    /// Whether `x` is consistent with what the figure asserts: within
    /// `[low, high]` when bounds are given, otherwise equal to `value`.
    ///
    /// ```
    /// use factdiff::figures;
    ///
    /// let f = figures("at least 688 were held").next().unwrap();
    /// assert!(f.admits(700.0));
    /// assert!(!f.admits(600.0));
    /// ```
    #[must_use]
    pub fn admits(&self, x: f64) -> bool {
        match (self.low, self.high) {
            (None, None) => self.value == Some(x),
            (low, high) => low.is_none_or(|l| x >= l) && high.is_none_or(|h| x <= h),
        }
    }
}
