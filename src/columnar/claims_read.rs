//! Reading claims back from record batches, older layouts included, and
//! aligning a partition batch by batch.

use std::borrow::Cow;

use arrow_array::RecordBatch;

use super::columns::{Bools, Columns, Floats, Ints, Strings};
use crate::align::PartitionAligner;
use crate::{
    Baseline, Claim, Error, Figure, FigureKind, Finding, KeyedClaim, Modality, Period, Span,
    TallySide,
};

/// The keyed claims of a batch of [`claim_schema`](super::claim_schema) (columns may come in any
/// order; extra columns are ignored; `block_key`, `doc_credits_outlet` and
/// `frame` may be missing).
///
/// # Errors
///
/// [`ErrorKind::Columnar`](crate::ErrorKind::Columnar) naming the column and
/// row: a missing column, a column of the wrong type, a null where a value
/// is required, an unknown `kind`, `period` or `modality`, a negative
/// offset, or a span whose start is after its end.
///
/// ```
/// use factdiff::{Document, KeyedClaim, columnar};
/// let doc = Document::new("a", "Police made 40 arrests.");
/// let keyed = KeyedClaim::of_document(&doc, factdiff::claims(&doc));
/// let batch = columnar::claims_to_batch(&keyed)?;
/// assert_eq!(columnar::claims_from_batch(&batch)?, keyed);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn claims_from_batch(batch: &RecordBatch) -> Result<Vec<KeyedClaim>, Error> {
    let cols = Columns(batch);
    let id = cols.strings("id")?;
    let doc = cols.strings("doc")?;
    let sentence = cols.ints("sentence")?;
    let figures = FigureColumns::of(&cols)?;
    let measure = cols.strings("measure")?;
    let period = cols.strings("period")?;
    let modality = cols.strings("modality")?;
    let attribution = cols.strings("attribution")?;
    let place = cols.strings("place")?;
    let subject = cols.strings("subject")?;
    let window = cols.strings("window")?;
    let contexts = Contexts::of(&cols)?;
    let negated = cols.bools("negated")?;
    let agree_only = AgreeOnly {
        superseded: cols.optional_bools("superseded")?,
        several_events: cols.optional_bools("several_events")?,
        with_perpetrator: cols.optional_bools("with_perpetrator")?,
        among_incidents: cols.optional_bools("among_incidents")?,
    };
    let sentence_start = cols.ints("sentence_start")?;
    let sentence_end = cols.ints("sentence_end")?;
    let baselines = Baselines {
        value: cols.floats("baseline_value")?,
        period: cols.strings("baseline_period")?,
        start: cols.ints("baseline_start")?,
        end: cols.ints("baseline_end")?,
    };
    let block_key = cols.optional_strings("block_key")?;
    let credits = cols.optional_bools("doc_credits_outlet")?;
    let optional =
        |c: &Option<Strings<'_>>, r: usize| c.as_ref().and_then(|c| c.get(r)).map(str::to_string);
    let (story, source) = (
        cols.optional_strings("story")?,
        cols.optional_strings("source")?,
    );
    let frames = cols.optional_strings("frame")?;
    (0..batch.num_rows())
        .map(|r| {
            let sentence_span = span(&sentence_start, &sentence_end, r)?;
            let figure = figures.row(r)?;
            let (context, context_span) = contexts.row(r, sentence_span, figure.span)?;
            let [
                superseded,
                several_events,
                with_perpetrator,
                among_incidents,
            ] = agree_only.row(r)?;
            let mut claim = Claim {
                id: id.required(r)?.to_string(),
                doc: doc.required(r)?.to_string(),
                story: optional(&story, r),
                source: optional(&source, r),
                sentence: sentence.offset(r)?,
                sentence_span,
                context,
                context_span,
                figure,
                measure: measure.get(r).map(str::to_string),
                period: period.get(r).map(|p| parse_period(p, r)).transpose()?,
                window: None,
                when: None,
                modality: parse_modality(modality.required(r)?, r)?,
                negated: negated.required(r)?,
                superseded,
                several_events,
                among_incidents,
                with_perpetrator,
                attribution: attribution.get(r).map(str::to_string),
                place: place.get(r).map(str::to_string),
                subject: subject.get(r).map(str::to_string),
                baseline: baselines.row(r)?,
                frame: frame(frames.as_ref(), r)?,
            };
            claim.set_window(window.get(r).map(str::to_string));
            Ok(KeyedClaim::with_key(
                claim,
                optional(&block_key, r),
                flag(credits.as_ref(), r)?,
            ))
        })
        .collect()
}

/// The span in columns `starts` and `ends` at `row`, checked.
fn span(starts: &Ints<'_>, ends: &Ints<'_>, row: usize) -> Result<Span, Error> {
    let (start, end) = (starts.offset(row)?, ends.offset(row)?);
    if start > end {
        return Err(Error::columnar(format!(
            "row {row}: column {:?}: start {start} is after end {end}",
            starts.name
        )));
    }
    Ok(Span::new(start, end))
}

/// The `context` columns of a claim batch, or the `sentence_text` of a
/// batch written before claims carried a context.
struct Contexts<'b> {
    text: Option<Strings<'b>>,
    span: Option<(Ints<'b>, Ints<'b>)>,
    sentence_text: Option<Strings<'b>>,
}

impl<'b> Contexts<'b> {
    fn of(cols: &Columns<'b>) -> Result<Contexts<'b>, Error> {
        Ok(Contexts {
            text: cols.optional_strings("context")?,
            span: cols
                .optional_ints("context_start")?
                .zip(cols.optional_ints("context_end")?),
            sentence_text: cols.optional_strings("sentence_text")?,
        })
    }

    /// The context of row `r`, whose sentence and figure lie at `sentence`
    /// and `figure`.
    fn row(&self, r: usize, sentence: Span, figure: Span) -> Result<(String, Span), Error> {
        let stored = match (&self.text, &self.span) {
            (Some(text), Some((start, end))) => {
                Some((text.required(r)?.to_string(), span(start, end, r)?))
            }
            _ => None,
        };
        let whole = self.sentence_text.as_ref().and_then(|t| t.get(r));
        crate::claim::stored_context(stored, whole, sentence, figure)
            .map_err(|e| Error::columnar(format!("row {r}: {e}")))
    }
}

/// The `baseline_` columns of a claim batch.
struct Baselines<'b> {
    value: Floats<'b>,
    period: Strings<'b>,
    start: Ints<'b>,
    end: Ints<'b>,
}

impl Baselines<'_> {
    /// The baseline of row `r`, when it has one.
    fn row(&self, r: usize) -> Result<Option<Baseline>, Error> {
        let Some(value) = self.value.get(r) else {
            return Ok(None);
        };
        Ok(Some(Baseline {
            value,
            period: self.period.get(r).map(|p| parse_period(p, r)).transpose()?,
            from: span(&self.start, &self.end, r)?,
        }))
    }
}

/// A flag column older batches may lack: `false` there.
fn flag(column: Option<&Bools<'_>>, r: usize) -> Result<bool, Error> {
    column.map_or(Ok(false), |c| c.required(r))
}

/// The frame of row `r`: the `frame` column's JSON, or an empty frame
/// where the column is missing or null.
fn frame(frames: Option<&Strings<'_>>, r: usize) -> Result<Box<crate::Frame>, Error> {
    match frames.and_then(|f| f.get(r)) {
        Some(json) => serde_json::from_str(json)
            .map_err(|e| Error::columnar(format!("row {r}: column \"frame\": {e}"))),
        None => Ok(Box::default()),
    }
}

/// The flag columns of claims that may agree but never conflict, each
/// optional (older batches lack them).
struct AgreeOnly<'b> {
    superseded: Option<Bools<'b>>,
    several_events: Option<Bools<'b>>,
    with_perpetrator: Option<Bools<'b>>,
    among_incidents: Option<Bools<'b>>,
}

impl AgreeOnly<'_> {
    /// `[superseded, several_events, with_perpetrator, among_incidents]`
    /// of row `r`.
    fn row(&self, r: usize) -> Result<[bool; 4], Error> {
        Ok([
            flag(self.superseded.as_ref(), r)?,
            flag(self.several_events.as_ref(), r)?,
            flag(self.with_perpetrator.as_ref(), r)?,
            flag(self.among_incidents.as_ref(), r)?,
        ])
    }
}

/// The columns of a claim batch that hold its figure.
struct FigureColumns<'b> {
    start: Ints<'b>,
    end: Ints<'b>,
    text: Strings<'b>,
    kind: Strings<'b>,
    value: Floats<'b>,
    low: Floats<'b>,
    high: Floats<'b>,
    approx: Bools<'b>,
    unit: Strings<'b>,
    tally: Tallies<'b>,
}

impl<'b> FigureColumns<'b> {
    fn of(cols: &Columns<'b>) -> Result<FigureColumns<'b>, Error> {
        Ok(FigureColumns {
            start: cols.ints("start")?,
            end: cols.ints("end")?,
            text: cols.strings("text")?,
            kind: cols.strings("kind")?,
            value: cols.floats("value")?,
            low: cols.floats("low")?,
            high: cols.floats("high")?,
            approx: cols.bools("approx")?,
            unit: cols.strings("unit")?,
            tally: Tallies {
                first: cols.optional_floats("tally_first")?,
                first_label: cols.optional_strings("tally_first_label")?,
                second: cols.optional_floats("tally_second")?,
                second_label: cols.optional_strings("tally_second_label")?,
            },
        })
    }

    /// The figure of row `r`.
    fn row(&self, r: usize) -> Result<Figure, Error> {
        Ok(Figure {
            span: span(&self.start, &self.end, r)?,
            text: self.text.required(r)?.to_string(),
            kind: parse_kind(self.kind.required(r)?, r)?,
            value: self.value.get(r),
            low: self.low.get(r),
            high: self.high.get(r),
            approx: self.approx.required(r)?,
            unit: self.unit.get(r).map(|u| Cow::Owned(u.to_string())),
            sides: self.tally.sides(r),
        })
    }
}

/// The optional `tally_` columns of a claim batch.
struct Tallies<'b> {
    first: Option<Floats<'b>>,
    first_label: Option<Strings<'b>>,
    second: Option<Floats<'b>>,
    second_label: Option<Strings<'b>>,
}

impl Tallies<'_> {
    /// The sides of row `r`: both counts given, or none.
    fn sides(&self, r: usize) -> Option<Box<[TallySide; 2]>> {
        let count = |c: &Option<Floats<'_>>| c.as_ref().and_then(|c| c.get(r));
        let label = |c: &Option<Strings<'_>>| {
            c.as_ref()
                .and_then(|c| c.get(r))
                .map(|l| Cow::Owned(l.to_string()))
        };
        let (a, b) = (count(&self.first)?, count(&self.second)?);
        Some(Box::new([
            TallySide {
                count: a,
                label: label(&self.first_label),
            },
            TallySide {
                count: b,
                label: label(&self.second_label),
            },
        ]))
    }
}

fn parse_kind(s: &str, row: usize) -> Result<FigureKind, Error> {
    [
        FigureKind::Count,
        FigureKind::Percent,
        FigureKind::Multiplier,
        FigureKind::Money,
        FigureKind::Measurement,
        FigureKind::Tally,
    ]
    .into_iter()
    .find(|k| k.as_str() == s)
    .ok_or_else(|| Error::columnar(format!("row {row}: unknown kind {s:?}")))
}

fn parse_period(s: &str, row: usize) -> Result<Period, Error> {
    [Period::Day, Period::Week, Period::Month, Period::Year]
        .into_iter()
        .find(|p| p.as_str() == s)
        .ok_or_else(|| Error::columnar(format!("row {row}: unknown period {s:?}")))
}

fn parse_modality(s: &str, row: usize) -> Result<Modality, Error> {
    [Modality::Reported, Modality::Target, Modality::Projection]
        .into_iter()
        .find(|m| m.as_str() == s)
        .ok_or_else(|| Error::columnar(format!("row {row}: unknown modality {s:?}")))
}

impl PartitionAligner {
    /// Reads a batch of claims ([`claims_from_batch`]) and returns the
    /// findings of the blocks it closes (feature `arrow`).
    ///
    /// # Errors
    ///
    /// As [`claims_from_batch`] and [`push`](PartitionAligner::push); a
    /// batch with a claim out of order is rejected whole, leaving the
    /// aligner as it was.
    ///
    /// ```
    /// use factdiff::{Comparer, Document, KeyedClaim, columnar};
    /// let doc = Document::new("a", "Police made 40 arrests.");
    /// let batch = columnar::claims_to_batch(&KeyedClaim::of_document(&doc, factdiff::claims(&doc)))?;
    /// let comparer = Comparer::default();
    /// let mut aligner = comparer.partition_aligner();
    /// assert!(aligner.push_batch(&batch)?.is_empty());
    /// assert!(aligner.finish().is_empty());
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    pub fn push_batch(&mut self, batch: &RecordBatch) -> Result<Vec<Finding>, Error> {
        let claims = claims_from_batch(batch)?;
        // The whole batch is checked first, so that a rejected batch leaves
        // the aligner as it was (no findings lost, none half made).
        let read = self.read();
        if let Some(e) = claims.first().and_then(|c| self.order_error(c, read)) {
            return Err(e);
        }
        for (n, pair) in claims.windows(2).enumerate() {
            if KeyedClaim::partition_order(&pair[0], &pair[1]) != std::cmp::Ordering::Less {
                return Err(crate::align::out_of_order(
                    &pair[1].claim,
                    read + n as u64 + 1,
                ));
            }
        }
        let mut findings = Vec::new();
        for keyed in claims {
            findings.extend(self.push(keyed)?);
        }
        Ok(findings)
    }
}
