//! The small types a claim's fields hold: the [`Period`] of a rate or
//! window, the [`Modality`] of a claim, the [`Baseline`] a multiplier
//! implies.

use std::fmt;

use crate::Span;

/// The length of time a figure counts over: a rate ("3,000 a day") or a
/// window ("in the first week").
///
/// ```
/// use factdiff::Period;
/// assert_eq!(Period::Week.days(), 7.0);
/// assert_eq!(Period::Day.to_string(), "day");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Period {
    /// One day.
    Day,
    /// Seven days.
    Week,
    /// A month (30.4375 days, the Gregorian mean).
    Month,
    /// A year (365.25 days).
    Year,
}

impl Period {
    /// The period's length in days, for converting rates between periods.
    ///
    /// ```
    /// use factdiff::Period;
    /// // 3,000 a day is 21,000 a week.
    /// assert_eq!(3000.0 * Period::Week.days() / Period::Day.days(), 21000.0);
    /// ```
    #[must_use]
    pub const fn days(self) -> f64 {
        match self {
            Period::Day => 1.0,
            Period::Week => 7.0,
            Period::Month => 30.4375,
            Period::Year => 365.25,
        }
    }

    /// The period's name, as serialised.
    ///
    /// ```
    /// assert_eq!(factdiff::Period::Year.as_str(), "year");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a claim reports what happened, states a goal, or forecasts.
///
/// ```
/// use factdiff::Modality;
/// assert_eq!(Modality::default(), Modality::Reported);
/// assert_eq!(Modality::Target.to_string(), "target");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Modality {
    /// A count said to have happened.
    #[default]
    Reported,
    /// A goal, plan, quota or demand.
    Target,
    /// An estimate of what will or may happen.
    Projection,
}

impl Modality {
    /// The modality's name, as serialised.
    ///
    /// ```
    /// assert_eq!(factdiff::Modality::Projection.as_str(), "projection");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Modality::Reported => "reported",
            Modality::Target => "target",
            Modality::Projection => "projection",
        }
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The quantity a multiplier implies for what it multiplies, when the
/// sentence states the result: in "3,000 a day — triple what agents were
/// arresting", the baseline is 1,000 a day.
///
/// ```
/// use factdiff::{Baseline, Period, Span};
/// let b = Baseline::new(1000.0, Some(Period::Day), Span::new(40, 45));
/// assert_eq!(b.value * 3.0, 3000.0);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Baseline {
    /// The implied value of the baseline (the stated figure divided by the
    /// multiplier).
    pub value: f64,
    /// The period of the stated figure, which the baseline shares.
    pub period: Option<Period>,
    /// The span of the stated figure in the document.
    pub from: Span,
}

impl Baseline {
    /// The baseline `value` a multiplier implies, of the figure stated at
    /// `from`, over its `period`.
    ///
    /// ```
    /// use factdiff::{Baseline, Period, Span};
    /// let b = Baseline::new(1000.0, Some(Period::Day), Span::new(0, 11));
    /// assert_eq!(b.value, 1000.0);
    /// ```
    #[must_use]
    pub fn new(value: f64, period: Option<Period>, from: Span) -> Baseline {
        Baseline {
            value,
            period,
            from,
        }
    }
}
