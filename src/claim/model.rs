//! The claim types: [`Claim`], [`Period`], [`Modality`], [`Baseline`].

use std::fmt;

use crate::Span;
use crate::claim::excerpt::excerpt;
use crate::claim::{Frame, TimeWindow};
#[cfg(feature = "serde")]
use crate::figure::TallySide;
use crate::figure::{Figure, FigureKind};

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

/// One figure in one sentence, with what it counts.
///
/// A claim pairs a [`Figure`] with the context alignment needs: the
/// `measure` (what is counted, an id from the [`Lexicon`](crate::Lexicon)),
/// the `period` of a rate or window, the `modality`, who asserts it, where
/// and about whom. Spans are byte offsets into the document.
///
/// ```
/// use factdiff::{Claim, Figure, FigureKind, Modality, Span};
///
/// let figure = factdiff::figures("Crews rescued 12 people.").next().unwrap();
/// let claim = Claim::new("wire", 0, 0, Span::new(0, 24), "Crews rescued 12 people.", figure);
/// assert_eq!(claim.id, "wire#0");
/// assert_eq!(claim.figure.value, Some(12.0));
/// assert_eq!(claim.modality, Modality::Reported);
/// assert!(claim.measure.is_none());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[allow(clippy::struct_excessive_bools)] // independent facts of a claim
pub struct Claim {
    /// Unique in a run and stable for the same input: `"doc#n"`, `n`
    /// counting the document's claims from 0.
    pub id: String,
    /// The document id.
    pub doc: String,
    /// The story (event) of the claim's document, once known: given with
    /// the document or found by story separation. Claims of different
    /// stories are never compared; claims without one are compared as
    /// one story.
    pub story: Option<String>,
    /// The independent source the claim counts as, when its document is a
    /// near-identical copy of another (a syndicated article): the
    /// original's id. `None` means the document itself.
    pub source: Option<String>,
    /// The index of the sentence holding the figure.
    pub sentence: usize,
    /// The sentence's byte span in the document.
    pub sentence_span: Span,
    /// The figure with its surroundings: the whole sentence when it is at
    /// most 300 bytes, else about 300 bytes of it around the figure, cut
    /// between words where it can and always on char boundaries. Bounded
    /// so that a claim's size does not grow with its sentence; the whole
    /// sentence is the document's text at [`sentence_span`](Claim::sentence_span).
    pub context: String,
    /// The context's span in the document, within the sentence's.
    pub context_span: Span,
    /// The figure, its span in document offsets.
    pub figure: Figure,
    /// What is counted, as a measure id of the lexicon, or `None`.
    pub measure: Option<String>,
    /// The rate or window length, when stated.
    pub period: Option<Period>,
    /// A named time window, when stated ("since January 20"). Set it with
    /// [`Claim::set_window`], which keeps [`when`](Claim::when) in step.
    pub window: Option<String>,
    /// The window read into typed parts (years, months, weekdays, "this" /
    /// "last" units, ...), or, when no window is stated, the years the
    /// context names in the figure's own clause (or in a phrase the
    /// sentence opens with); `None` when neither names a time. Set by the claim
    /// stage and by [`Claim::set_window`]. Alignment compares claims' times
    /// on this, never on their words. Boxed, as most claims have none.
    pub when: Option<Box<TimeWindow>>,
    /// Reported, target or projection.
    pub modality: Modality,
    /// Whether the figure is negated or denied ("did not reach 3,000").
    pub negated: bool,
    /// Whether the sentence gives the figure as an earlier account that a
    /// later count may have replaced ("police initially said six",
    /// "authorities said earlier that four"), or as another article's (a
    /// link: "RELATED: 4 found dead ...", "PREVIOUS STORY: ..."): it may
    /// agree with other claims, never conflict with them.
    pub superseded: bool,
    /// Whether the figure sums several incidents ("2 dead, 4 hurt in 3
    /// shootings", "six shot in shootings throughout Brooklyn"): it may
    /// agree with a count of one incident, never conflict with it.
    pub several_events: bool,
    /// Whether the count says it includes the one who did it ("three
    /// dead, including the gunman", "six people were hurt, including
    /// the attacker"): it may agree with a count that does not say so,
    /// never conflict with it (that count may leave the perpetrator out).
    pub with_perpetrator: bool,
    /// Who asserts the claim, when the text says.
    pub attribution: Option<String>,
    /// The place the count is about, when stated.
    pub place: Option<String>,
    /// The actor or group, when stated.
    pub subject: Option<String>,
    /// For a multiplier applied to a figure stated in the same sentence:
    /// the baseline that figure implies.
    pub baseline: Option<Baseline>,
    /// What the figure counts, part by part: head, predicate, relation,
    /// place, purpose, what it describes, with their spans in the
    /// document. Boxed: a claim stays small to move, sort and copy
    /// (alignment does all three).
    pub frame: Box<Frame>,
}

impl Claim {
    /// A claim with only its figure and place in the text: `figure.span`
    /// and `sentence_span` are document offsets, `sentence_text` the
    /// sentence, from which the [`context`](Claim::context) is cut. The
    /// fields read from the context start empty (`measure: None`,
    /// `modality: Reported`, `when: None`, ...); [`Claim::set_window`]
    /// dates it.
    ///
    /// ```
    /// use factdiff::{Claim, Span};
    /// let f = factdiff::figures("7 boats").next().unwrap();
    /// let c = Claim::new("log", 3, 1, Span::new(10, 17), "7 boats", f);
    /// assert_eq!(c.id, "log#3");
    /// assert_eq!(c.sentence, 1);
    /// ```
    #[must_use]
    pub fn new(
        doc: &str,
        n: usize,
        sentence: usize,
        sentence_span: Span,
        sentence_text: &str,
        figure: Figure,
    ) -> Claim {
        let at = Span::new(
            figure.span.start.saturating_sub(sentence_span.start),
            figure.span.end.saturating_sub(sentence_span.start),
        );
        let context = excerpt(sentence_text, at);
        Claim {
            id: format!("{doc}#{n}"),
            doc: doc.to_string(),
            story: None,
            source: None,
            sentence,
            sentence_span,
            context: sentence_text[context].to_string(),
            context_span: context.offset(sentence_span.start),
            figure,
            measure: None,
            period: None,
            window: None,
            when: None,
            modality: Modality::Reported,
            negated: false,
            superseded: false,
            several_events: false,
            with_perpetrator: false,
            attribution: None,
            place: None,
            subject: None,
            baseline: None,
            frame: Box::default(),
        }
    }

    /// Sets the claim's [`window`](Claim::window) and reads it into
    /// [`when`](Claim::when); with no window, `when` holds the years the
    /// claim's context names, if any.
    ///
    /// ```
    /// use factdiff::{Claim, Span};
    /// let text = "In 2019, crews rescued 40 sailors.";
    /// let f = factdiff::figures(text).find(|f| f.text == "40").unwrap();
    /// let mut c = Claim::new("log", 0, 0, Span::new(0, text.len()), text, f);
    /// assert!(c.when.is_none());
    /// c.set_window(None);
    /// assert_eq!(c.when.as_deref().unwrap().years(), &[2019]);
    /// c.set_window(Some("in March".to_string()));
    /// assert_eq!(c.when.as_deref().unwrap().months(), &[3]);
    /// assert!(c.when.as_deref().unwrap().is_stated());
    /// ```
    pub fn set_window(&mut self, window: Option<String>) {
        self.date(window, TimeWindow::in_sentence);
    }

    /// [`Claim::set_window`] with the years of the claim's context found
    /// by `years` (given the context) when no window is stated.
    pub(crate) fn date(&mut self, window: Option<String>, years: impl FnOnce(&str) -> TimeWindow) {
        let when = match window.as_deref() {
            Some(w) => TimeWindow::read(w),
            None => years(&self.context),
        };
        self.when = (when.is_stated() || !when.is_empty()).then(|| Box::new(when));
        self.window = window;
    }

    /// The window the claim states, read ([`when`](Claim::when) when it
    /// is not the years of the sentence).
    pub(crate) fn stated_window(&self) -> Option<&TimeWindow> {
        self.when.as_deref().filter(|w| w.is_stated())
    }

    /// The figure's span in the document.
    ///
    /// ```
    /// use factdiff::{Claim, Span};
    /// let f = factdiff::figures("7 boats").next().unwrap();
    /// let c = Claim::new("log", 0, 0, Span::new(0, 7), "7 boats", f);
    /// assert_eq!(c.span(), Span::new(0, 1));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.figure.span
    }

    /// The independent source the claim counts as: its
    /// [`source`](Claim::source) when its document copies another, else
    /// its document.
    ///
    /// ```
    /// use factdiff::{Claim, Span};
    /// let f = factdiff::figures("7 boats").next().unwrap();
    /// let mut c = Claim::new("copy", 0, 0, Span::new(0, 7), "7 boats", f);
    /// assert_eq!(c.source_doc(), "copy");
    /// c.source = Some("wire".into());
    /// assert_eq!(c.source_doc(), "wire");
    /// ```
    #[must_use]
    pub fn source_doc(&self) -> &str {
        self.source.as_deref().unwrap_or(&self.doc)
    }

    /// Whether the context was cut before and after: it starts after the
    /// sentence does, or ends before it.
    ///
    /// ```
    /// use factdiff::{Document, claims};
    /// let long = format!("Crews cleared 40 roads {}.", "and many more lanes ".repeat(30));
    /// let c = &claims(&Document::new("d", long.as_str())).next().unwrap();
    /// assert_eq!(c.context_cut(), (false, true));
    /// ```
    #[must_use]
    pub fn context_cut(&self) -> (bool, bool) {
        (
            self.context_span.start > self.sentence_span.start,
            self.context_span.end < self.sentence_span.end,
        )
    }

    /// The context as the wire format gives it: an ellipsis `…` marks each
    /// cut.
    ///
    /// ```
    /// use factdiff::{Document, claims};
    /// let long = format!("Crews cleared 40 roads {}.", "and many more lanes ".repeat(30));
    /// let c = &claims(&Document::new("d", long.as_str())).next().unwrap();
    /// assert!(c.context_marked().starts_with("Crews cleared 40 roads"));
    /// assert!(c.context_marked().ends_with('…'));
    /// ```
    #[must_use]
    pub fn context_marked(&self) -> String {
        let (before, after) = self.context_cut();
        let mark = |cut: bool| if cut { ELLIPSIS } else { "" };
        format!("{}{}{}", mark(before), self.context, mark(after))
    }

    /// The document's text at `span` when the context holds it.
    ///
    /// ```
    /// use factdiff::{Document, Span, claims};
    /// let c = &claims(&Document::new("d", "Crews cleared 40 roads.")).next().unwrap();
    /// assert_eq!(c.text_at(c.figure.span), Some("40"));
    /// assert_eq!(c.text_at(Span::new(90, 95)), None);
    /// ```
    #[must_use]
    pub fn text_at(&self, span: Span) -> Option<&str> {
        let start = span.start.checked_sub(self.context_span.start)?;
        let end = span.end.checked_sub(self.context_span.start)?;
        self.context.get(start..end)
    }

    /// The context in three parts: before the figure, the figure, after
    /// it (`None` when the figure is not in the context, as in a claim
    /// built by hand with unrelated spans).
    ///
    /// ```
    /// use factdiff::{Document, claims};
    /// let c = &claims(&Document::new("d", "Crews cleared 40 roads.")).next().unwrap();
    /// assert_eq!(c.context_parts(), Some(("Crews cleared ", "40", " roads.")));
    /// ```
    #[must_use]
    pub fn context_parts(&self) -> Option<(&str, &str, &str)> {
        let start = self
            .figure
            .span
            .start
            .checked_sub(self.context_span.start)?;
        let end = self.figure.span.end.checked_sub(self.context_span.start)?;
        Some((
            self.context.get(..start)?,
            self.context.get(start..end)?,
            self.context.get(end..)?,
        ))
    }

    /// The figure's kind.
    ///
    /// ```
    /// use factdiff::{Claim, FigureKind, Span};
    /// let f = factdiff::figures("12%").next().unwrap();
    /// let c = Claim::new("log", 0, 0, Span::new(0, 3), "12%", f);
    /// assert_eq!(c.kind(), FigureKind::Percent);
    /// ```
    #[must_use]
    pub fn kind(&self) -> FigureKind {
        self.figure.kind
    }
}

/// What marks a cut in a claim's context.
const ELLIPSIS: &str = "…";

/// The flat wire form of a claim, as `cli-contract.md` defines it: the
/// figure's fields inline, offsets as `start`/`end`.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[allow(clippy::struct_excessive_bools)] // the contract's flat flags
struct ClaimRecord {
    id: String,
    doc: String,
    sentence: usize,
    start: usize,
    end: usize,
    text: String,
    kind: FigureKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approx: bool,
    unit: Option<String>,
    measure: Option<String>,
    period: Option<Period>,
    modality: Modality,
    attribution: Option<String>,
    place: Option<String>,
    subject: Option<String>,
    window: Option<String>,
    /// Older files carry the whole sentence instead of a context.
    #[serde(default, skip_serializing)]
    sentence_text: Option<String>,
    #[serde(default)]
    context: Option<String>,
    #[serde(default)]
    context_start: Option<usize>,
    #[serde(default)]
    context_end: Option<usize>,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    superseded: bool,
    #[serde(default)]
    several_events: bool,
    #[serde(default)]
    with_perpetrator: bool,
    #[serde(default)]
    sentence_start: usize,
    #[serde(default)]
    sentence_end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    baseline: Option<Baseline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sides: Option<Box<[TallySide; 2]>>,
    #[serde(default)]
    story: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default)]
    frame: Box<Frame>,
}

/// Serialises a claim flat, as `cli-contract.md` specifies: `id`, `doc`,
/// `sentence`, `start`, `end`, `text`, `kind`, `value`, `low`, `high`,
/// `approx`, `unit`, `measure`, `period`, `modality`, `attribution`,
/// `place`, `subject`, `window`, `context` (cuts marked `…`), plus
/// `context_start`, `context_end`, `negated`, `superseded`, `several_events`,
/// `with_perpetrator`, `sentence_start`, `sentence_end`, (for multipliers) `baseline`, (for
/// tallies) `sides`, `story` and (for a copied document) `source`, and the
/// `frame` object (`head`, `head_class`, `predicate` {`lemma`, `class`,
/// `voice`, `polarity`}, `relation`, `place`, `purpose`, `described`, `spans`; JSON
/// without it reads as an empty frame).
#[cfg(feature = "serde")]
impl serde::Serialize for Claim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ClaimRecord {
            id: self.id.clone(),
            doc: self.doc.clone(),
            sentence: self.sentence,
            start: self.figure.span.start,
            end: self.figure.span.end,
            text: self.figure.text.clone(),
            kind: self.figure.kind,
            value: self.figure.value,
            low: self.figure.low,
            high: self.figure.high,
            approx: self.figure.approx,
            unit: self.figure.unit.as_deref().map(str::to_string),
            measure: self.measure.clone(),
            period: self.period,
            modality: self.modality,
            attribution: self.attribution.clone(),
            place: self.place.clone(),
            subject: self.subject.clone(),
            window: self.window.clone(),
            sentence_text: None,
            context: Some(self.context_marked()),
            context_start: Some(self.context_span.start),
            context_end: Some(self.context_span.end),
            negated: self.negated,
            superseded: self.superseded,
            several_events: self.several_events,
            with_perpetrator: self.with_perpetrator,
            sentence_start: self.sentence_span.start,
            sentence_end: self.sentence_span.end,
            baseline: self.baseline.clone(),
            sides: self.figure.sides.clone(),
            story: self.story.clone(),
            source: self.source.clone(),
            frame: self.frame.clone(),
        }
        .serialize(serializer)
    }
}

/// Reads the flat form back (the inverse of `Serialize`). Files written
/// before claims carried a context give their `sentence_text`, cut here.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Claim {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Claim, D::Error> {
        use serde::de::Error as _;
        let r = ClaimRecord::deserialize(deserializer)?;
        if r.start > r.end || r.sentence_start > r.sentence_end {
            return Err(D::Error::custom("a span's start is after its end"));
        }
        let sentence_span = Span::new(r.sentence_start, r.sentence_end);
        let (context, context_span) = read_context(
            r.context,
            r.context_start.zip(r.context_end),
            r.sentence_text.as_deref(),
            sentence_span,
            Span::new(r.start, r.end),
        )
        .map_err(D::Error::custom)?;
        let mut claim = Claim {
            id: r.id,
            doc: r.doc,
            story: r.story,
            source: r.source,
            sentence: r.sentence,
            sentence_span,
            context,
            context_span,
            figure: Figure {
                span: Span::new(r.start, r.end),
                text: r.text,
                kind: r.kind,
                value: r.value,
                low: r.low,
                high: r.high,
                approx: r.approx,
                unit: r.unit.map(std::borrow::Cow::Owned),
                sides: r.sides,
            },
            measure: r.measure,
            period: r.period,
            window: None,
            when: None,
            modality: r.modality,
            negated: r.negated,
            superseded: r.superseded,
            several_events: r.several_events,
            with_perpetrator: r.with_perpetrator,
            attribution: r.attribution,
            place: r.place,
            subject: r.subject,
            baseline: r.baseline,
            frame: r.frame,
        };
        // The wire form carries the window's words; they are read here,
        // where the claim comes in, as the claim stage reads them.
        claim.set_window(r.window);
        Ok(claim)
    }
}

/// A claim's context from its wire form: the `context` with its cut marks
/// taken off (its span given, or the sentence's), or else an older file's
/// `sentence_text` cut around the figure.
#[cfg(feature = "serde")]
fn read_context(
    context: Option<String>,
    span: Option<(usize, usize)>,
    sentence_text: Option<&str>,
    sentence: Span,
    figure: Span,
) -> Result<(String, Span), &'static str> {
    let stored = context.map(|marked| {
        let span = span.map_or(sentence, |(a, b)| Span::new(a, b));
        let mut text = marked.as_str();
        if span.start > sentence.start {
            text = text.strip_prefix(ELLIPSIS).unwrap_or(text);
        }
        if span.end < sentence.end {
            text = text.strip_suffix(ELLIPSIS).unwrap_or(text);
        }
        (text.to_string(), span)
    });
    stored_context(stored, sentence_text, sentence, figure)
}

/// A claim's context as stored (Arrow columns, or the wire form with its
/// marks taken off): the context with its span, checked to fit (as long as
/// its span, within the sentence's); or else an older file's whole
/// `sentence_text`, cut around the figure as [`Claim::new`] cuts it.
#[cfg(feature = "serde")]
pub(crate) fn stored_context(
    context: Option<(String, Span)>,
    sentence_text: Option<&str>,
    sentence: Span,
    figure: Span,
) -> Result<(String, Span), &'static str> {
    if let Some((text, span)) = context {
        if span.start > span.end {
            return Err("a span's start is after its end");
        }
        if text.len() != span.len() {
            return Err("the context is not as long as its span");
        }
        if !sentence.is_empty() && !sentence.contains(span) {
            return Err("the context lies outside its sentence");
        }
        return Ok((text, span));
    }
    let whole = sentence_text.ok_or("a claim needs its context (or its sentence_text)")?;
    let at = Span::new(
        figure.start.saturating_sub(sentence.start),
        figure.end.saturating_sub(sentence.start),
    );
    let cut = excerpt(whole, at);
    Ok((whole[cut].to_string(), cut.offset(sentence.start)))
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;
    use crate::{Document, claims};

    #[test]
    fn wire_form_is_flat_and_round_trips() {
        let doc = Document::new(
            "wire",
            "Police arrested 42 people on Friday, the chief said.",
        );
        let claim = claims(&doc).next().unwrap();
        let json = serde_json::to_value(&claim).unwrap();
        assert_eq!(json["id"], "wire#0");
        assert_eq!(json["start"], 16);
        assert_eq!(json["text"], "42");
        assert_eq!(json["kind"], "count");
        assert_eq!(json["measure"], "arrests");
        assert_eq!(json["modality"], "reported");
        assert_eq!(json["period"], "day");
        let back: Claim = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, claim);
        assert!(json.get("sides").is_none(), "{json}");
        // The window's typed reading is the claim stage's, kept off the
        // wire and read again where a claim comes in.
        assert_eq!(json["window"], "on Friday");
        assert!(json.get("when").is_none(), "{json}");
        assert_eq!(
            back.when.as_deref().map(TimeWindow::weekdays),
            Some(&[5][..])
        );
    }

    #[test]
    fn a_claim_without_a_window_is_dated_by_its_sentences_years() {
        let doc = Document::new(
            "wire",
            "A 2019 report said crews rescued 40 sailors. Crews rescued 12 hikers.",
        );
        let found: Vec<Claim> = claims(&doc).collect();
        let rescued = |t: &str| found.iter().find(|c| c.figure.text == t).unwrap();
        let sailors = rescued("40").when.as_deref().unwrap();
        assert_eq!(sailors.years(), &[2019]);
        assert!(!sailors.is_stated());
        assert!(rescued("12").when.is_none());
        let mut hikers = rescued("12").clone();
        hikers.set_window(Some("last week".to_string()));
        assert!(hikers.when.as_deref().is_some_and(TimeWindow::is_stated));
        hikers.set_window(None);
        assert!(hikers.when.is_none());
    }

    #[test]
    fn a_tally_carries_its_sides_and_old_lines_read_without_them() {
        let doc = Document::new("wire", "The council approved the levy 30 for, 24 against.");
        let claim = claims(&doc).next().unwrap();
        let json = serde_json::to_value(&claim).unwrap();
        assert_eq!(json["kind"], "tally");
        assert_eq!(json["value"], 30.0);
        assert_eq!(
            json["sides"],
            serde_json::json!([{"count": 30.0, "label": "for"}, {"count": 24.0, "label": "against"}])
        );
        let back: Claim = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, claim);
        let mut old = json;
        old.as_object_mut().unwrap().remove("sides");
        let back: Claim = serde_json::from_value(old).unwrap();
        assert!(back.figure.sides.is_none());
    }

    #[test]
    fn a_long_sentence_gives_a_marked_context_and_older_lines_still_read() {
        let text = format!(
            "Crews cleared 40 roads {}.",
            "and many more lanes ".repeat(30)
        );
        let doc = Document::new("wire", text.as_str());
        let claim = claims(&doc).next().unwrap();
        let json = serde_json::to_value(&claim).unwrap();
        let marked = json["context"].as_str().unwrap();
        assert!(marked.starts_with("Crews cleared 40") && marked.ends_with('…'));
        assert!(json.get("sentence_text").is_none(), "{json}");
        assert_eq!(
            serde_json::from_value::<Claim>(json.clone()).unwrap(),
            claim
        );
        // A line written before contexts: the whole sentence, cut on reading.
        let mut old = json.clone();
        let fields = old.as_object_mut().unwrap();
        for key in ["context", "context_start", "context_end"] {
            fields.remove(key);
        }
        fields.insert("sentence_text".into(), text.clone().into());
        assert_eq!(serde_json::from_value::<Claim>(old.clone()).unwrap(), claim);
        // Neither: refused.
        old.as_object_mut().unwrap().remove("sentence_text");
        let err = serde_json::from_value::<Claim>(old)
            .unwrap_err()
            .to_string();
        assert!(err.contains("needs its context"), "{err}");
        // A context longer than its span: refused.
        let mut bad = json;
        bad["context_end"] = serde_json::json!(claim.context_span.end - 1);
        assert!(serde_json::from_value::<Claim>(bad).is_err());
    }
}
