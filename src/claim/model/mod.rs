//! The claim types: [`Claim`], [`Period`], [`Modality`], [`Baseline`].

mod fields;
#[cfg(all(test, feature = "serde"))]
mod tests;
#[cfg(feature = "serde")]
mod wire;

use crate::Span;
use crate::claim::excerpt::excerpt;
use crate::claim::{Frame, TimeWindow};
use crate::figure::{Figure, FigureKind};
pub use fields::{Baseline, Modality, Period};
#[cfg(feature = "arrow")]
pub(crate) use wire::stored_context;

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
    /// The rate or window length, when stated (for a headline's figure
    /// that its lead repeats, as the lead states it when the headline
    /// does not).
    pub period: Option<Period>,
    /// A named time window, when stated ("since January 20"; a headline's
    /// figure that its lead repeats takes the lead's when it states
    /// none). Set it with
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
    /// Whether the figure's document tells several separate incidents (a
    /// roundup: "two were killed in three separate shootings", "in an
    /// unrelated attack, ...") and the figure neither sums nor counts them:
    /// it may be any one incident's, so it may agree with another source's
    /// count, never conflict with it.
    pub among_incidents: bool,
    /// Whether the count says it includes the one who did it ("three
    /// dead, including the gunman", "six people were hurt, including
    /// the attacker"): it may agree with a count that does not say so,
    /// never conflict with it (that count may leave the perpetrator out).
    pub with_perpetrator: bool,
    /// Who asserts the claim, when the text says.
    pub attribution: Option<String>,
    /// The place the count is about, when stated (a headline's figure
    /// that its lead repeats takes the lead's when it names none).
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
            among_incidents: false,
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
