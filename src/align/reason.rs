//! Why a finding was made, as data: [`Reason`] and the figures and
//! arithmetic of a comparison ([`Compared`]). Alignment writes no English;
//! the report renders these as the `explanation` of a finding.

use crate::claim::{Modality, Period};

/// One reason of a [`Finding`](crate::Finding): a field its claims share,
/// a comparison of two of its figures, or a note on its copies.
///
/// A finding's `reasons` come in this order: the shared fields (and
/// [`PeriodsConverted`](Reason::PeriodsConverted)), the modality, the
/// comparisons, then the notes on copies and repeats.
///
/// ```
/// use factdiff::{Comparer, Document, Reason, SharedField};
/// let report = Comparer::default().compare(&[
///     Document::new("a", "Deputies evacuated 1,240 residents of Mill Creek."),
///     Document::new("b", "Deputies evacuated 1,420 residents of Mill Creek."),
/// ]);
/// let reasons = &report.findings[0].reasons;
/// assert!(reasons.iter().any(|r| matches!(
///     r,
///     Reason::Shared { field: SharedField::Measure, value } if value == "displaced"
/// )));
/// assert!(reasons.iter().any(|r| matches!(r, Reason::Compared(_))));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// Every claim that states the field states this value (at least two
    /// do).
    Shared {
        /// Which field.
        field: SharedField,
        /// Its value, as the first claim words it.
        value: String,
    },
    /// Every claim states a period, not all the same: the figures were
    /// converted to the shorter one to be compared.
    PeriodsConverted,
    /// The claims' modality (a reported count, a target, a projection).
    Modality {
        /// The modality.
        modality: Modality,
    },
    /// Two figures of the finding compared on their numbers.
    Compared(Box<Compared>),
    /// More comparisons than the explanation shows (it shows four).
    MoreComparisons {
        /// How many more.
        count: usize,
    },
    /// Claims whose sentence is a near-identical copy of another claim's
    /// sentence (syndicated wire copy): they count once.
    SyndicatedCopies {
        /// The copies' claim ids.
        claims: Vec<String>,
    },
    /// Claims that repeat another claim of the finding (the same sentence
    /// elsewhere, or the same figure for the same quantity from the same
    /// source): they count once.
    Repeats {
        /// How many.
        count: usize,
    },
}

/// A field a finding's claims share.
///
/// ```
/// assert_eq!(factdiff::SharedField::Place.as_str(), "place");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SharedField {
    /// The measure (what is counted).
    Measure,
    /// The period of a rate or window.
    Period,
    /// The place the figures are about.
    Place,
    /// The actor or group.
    Subject,
    /// Who gives the figure.
    Source,
    /// A named time window.
    Window,
    /// The thing the figures count: their frames' head lemma ("officer"),
    /// when no measure names it for every claim.
    Thing,
    /// What happened to it: their frames' predicate lemma ("release").
    Event,
    /// What it is for: their frames' purpose ("bridge" in "$48.6 million
    /// for the bridge" and "the bridge will cost $49 million").
    Purpose,
}

impl SharedField {
    /// The field's name, as serialised.
    ///
    /// ```
    /// assert_eq!(factdiff::SharedField::Measure.as_str(), "measure");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SharedField::Measure => "measure",
            SharedField::Period => "period",
            SharedField::Place => "place",
            SharedField::Subject => "subject",
            SharedField::Source => "source",
            SharedField::Window => "window",
            SharedField::Thing => "thing",
            SharedField::Event => "event",
            SharedField::Purpose => "purpose",
        }
    }
}

/// Two figures compared: each as the text gives it and as compared, and
/// the arithmetic of the verdict.
///
/// ```
/// use factdiff::align::{Tolerances, judge};
/// use factdiff::{Arithmetic, Claim, Period, Span};
/// let claim = |doc: &str, text: &str, period| {
///     let f = factdiff::figures(text).next().unwrap();
///     let mut c = Claim::new(doc, 0, 0, Span::new(0, text.len()), text, f);
///     c.period = Some(period);
///     c
/// };
/// let j = judge(
///     &claim("a", "Agents made 3,000 arrests a day.", Period::Day),
///     &claim("b", "Agents made 21,000 arrests a week.", Period::Week),
///     &Tolerances::default(),
/// );
/// let right = &j.compared.right;
/// assert_eq!(right.text, "21,000");
/// assert_eq!(right.converted.as_ref().map(|c| c.value), Some(3000.0));
/// assert_eq!(j.compared.arithmetic, Arithmetic::Equal);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Compared {
    /// The first figure.
    pub left: ComparedFigure,
    /// The second figure.
    pub right: ComparedFigure,
    /// How they compare.
    pub arithmetic: Arithmetic,
}

impl Compared {
    /// Whether two comparisons say the same of their figures (whichever
    /// claims they are): an explanation shows such comparisons once.
    pub(crate) fn same_figures(&self, other: &Compared) -> bool {
        self.left.same_as(&other.left)
            && self.right.same_as(&other.right)
            && self.arithmetic == other.arithmetic
    }
}

/// One figure of a [`Compared`]: as the text gives it, and as compared
/// when that differs (another period, another unit, a multiplier's
/// baseline).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ComparedFigure {
    /// The claim's id.
    pub claim: String,
    /// The figure's surface text.
    pub text: String,
    /// The claim's named window ("in the first week"), when stated.
    pub window: Option<String>,
    /// The figure's own period ("a day"), when it has one and no window.
    pub period: Option<Period>,
    /// The value compared, when it differs from the text's (converted to
    /// another period or unit).
    pub converted: Option<Converted>,
    /// For a multiplier, the baseline it implies.
    pub implied: Option<Implied>,
}

impl ComparedFigure {
    fn same_as(&self, other: &ComparedFigure) -> bool {
        self.text == other.text
            && self.window == other.window
            && self.period == other.period
            && self.converted == other.converted
            && self.implied == other.implied
    }
}

/// A value as compared: after conversion to a common period or unit.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Converted {
    /// The value.
    pub value: f64,
    /// Its unit (`%`, `pp`, a unit symbol), when it has one.
    pub unit: Option<String>,
    /// The period the value is per, when a rate.
    pub per: Option<Period>,
}

/// The baseline a multiplier implies: "triple what agents were arresting"
/// with "3,000 a day" stated implies about 1,000 a day.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Implied {
    /// The implied value, as compared.
    pub value: Option<f64>,
    /// Its unit, when it has one.
    pub unit: Option<String>,
    /// The period it is per, when a rate.
    pub per: Option<Period>,
    /// The figure the sentence states ("3,000").
    pub stated: Option<String>,
    /// That figure's period.
    pub stated_period: Option<Period>,
    /// The multiplier's factor (3 for "triple").
    pub factor: Option<f64>,
}

/// How two figures compare: the verdict's arithmetic, with the relative
/// difference (`apart`, a fraction of the smaller value) and the tolerance
/// applied (`allowance`, a fraction).
///
/// ```
/// use factdiff::Arithmetic;
/// let a = Arithmetic::BeyondRounding { apart: Some(0.145), allowance: 0.005 };
/// assert!(matches!(a, Arithmetic::BeyondRounding { .. }));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "outcome", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Arithmetic {
    /// Equal values.
    Equal,
    /// One value lies within the bounds the other states.
    WithinBounds {
        /// The relative difference of the central values.
        apart: Option<f64>,
    },
    /// Within what a hedge ("about") allows.
    WithinHedge {
        /// The relative difference.
        apart: Option<f64>,
        /// The hedge tolerance.
        allowance: f64,
    },
    /// Within the rounding allowance of unhedged figures.
    WithinRounding {
        /// The relative difference.
        apart: Option<f64>,
        /// The exact tolerance.
        allowance: f64,
    },
    /// Two tallies whose counts differ (votes are counted, not rounded).
    CountsDiffer {
        /// The largest relative difference of a side.
        apart: Option<f64>,
    },
    /// A value outside the bounds the other states.
    OutsideBounds {
        /// The relative difference.
        apart: Option<f64>,
    },
    /// Further apart than a hedge allows.
    BeyondHedge {
        /// The relative difference.
        apart: Option<f64>,
        /// The hedge tolerance.
        allowance: f64,
    },
    /// Further apart than rounding allows.
    BeyondRounding {
        /// The relative difference.
        apart: Option<f64>,
        /// The exact tolerance.
        allowance: f64,
    },
    /// The figures cannot be compared.
    NotCompared {
        /// Why.
        why: Incomparable,
    },
}

/// Why two figures cannot be compared.
///
/// ```
/// assert_ne!(factdiff::Incomparable::Negated, factdiff::Incomparable::Currencies);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Incomparable {
    /// A negated figure asserts no value.
    Negated,
    /// A percentage against another kind of figure.
    Percentage,
    /// A multiplier with no stated baseline against a figure that is not a
    /// multiplier.
    Multiplier,
    /// A tally against a figure that is not a tally.
    Tally,
    /// Figures of different kinds or dimensions.
    Kinds,
    /// Money in different currencies.
    Currencies,
    /// One figure counts over a stated period, the other over none.
    Periods,
    /// A figure gives no value.
    NoValue,
    /// A tally gives only one side.
    OneSide,
}
