//! The flat wire form of a claim (`cli-contract.md`): [`Claim`]'s serde
//! impls by way of a flat record, and reading a stored context back.

use super::{Baseline, Claim, ELLIPSIS, Modality, Period};
use crate::Span;
use crate::claim::Frame;
use crate::claim::excerpt::excerpt;
use crate::figure::{Figure, FigureKind, TallySide};

/// The flat wire form of a claim, as `cli-contract.md` defines it: the
/// figure's fields inline, offsets as `start`/`end`.
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
    among_incidents: bool,
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
/// `among_incidents`, `with_perpetrator`, `sentence_start`, `sentence_end`, (for multipliers) `baseline`, (for
/// tallies) `sides`, `story` and (for a copied document) `source`, and the
/// `frame` object (`head`, `head_class`, `predicate` {`lemma`, `class`,
/// `voice`, `polarity`}, `relation`, `place`, `purpose`, `described`, `spans`; JSON
/// without it reads as an empty frame).
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
            among_incidents: self.among_incidents,
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
            among_incidents: r.among_incidents,
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
