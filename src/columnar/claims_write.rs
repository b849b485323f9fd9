//! Writing claims as record batches: extraction from a batch of documents,
//! and keyed claims as batches of [`claim_schema`], in chunks or whole.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use rayon::prelude::*;

use super::columns::{Columns, arrow_error, fits};
use super::documents::documents_from_batch;
use super::schema::{BATCH_ROWS, claim_schema};
use crate::{ClaimExtractor, Error, KeyedClaim, Period};

/// Keyed claims as batches of at most [`BATCH_ROWS`] rows and at most
/// 1 GiB of text, so that no string column overflows (a claim carries its
/// whole sentence, and a run-on sentence can be long).
///
/// # Errors
///
/// As [`claims_to_batch`] (a single claim whose sentence passes 2 GiB).
///
/// ```
/// use factdiff::{Document, KeyedClaim, columnar};
/// let doc = Document::new("a", "Police made 40 arrests. Fires burned 9 homes.");
/// let batches = columnar::claim_batches(&KeyedClaim::of_document(&doc, factdiff::claims(&doc)))?;
/// assert_eq!(batches.iter().map(|b| b.num_rows()).sum::<usize>(), 2);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn claim_batches(claims: &[KeyedClaim]) -> Result<Vec<RecordBatch>, Error> {
    const MAX_BYTES: usize = 1 << 30;
    let mut batches = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, k) in claims.iter().enumerate() {
        let size = k.claim.context.len() + k.claim.figure.text.len() + k.claim.id.len();
        if i > start && (i - start == BATCH_ROWS || bytes + size > MAX_BYTES) {
            batches.push(claims_to_batch(&claims[start..i])?);
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    if start < claims.len() {
        batches.push(claims_to_batch(&claims[start..])?);
    }
    Ok(batches)
}

/// A byte offset or index as an `Int64`.
fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Extracts the claims of a batch of documents (as
/// [`documents_from_batch`] reads them) into a batch of [`claim_schema`],
/// keyed for partition-wise alignment. Documents are processed in
/// parallel; claims come in document order. A document's `story` labels
/// its claims, and an optional string column `source` (what
/// [`assign_batches`](super::assign_batches) gives: the original a copy counts as) their source.
///
/// # Errors
///
/// As [`documents_from_batch`], and when the claim batch cannot be built.
///
/// ```
/// use factdiff::{ClaimExtractor, Document, columnar};
/// let docs = columnar::documents_to_batch(&[Document::new("a", "Police made 40 arrests.")])?;
/// let claims = columnar::extract_batch(&ClaimExtractor::default(), &docs)?;
/// assert_eq!(claims.num_rows(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn extract_batch(extractor: &ClaimExtractor, docs: &RecordBatch) -> Result<RecordBatch, Error> {
    let sources = Columns(docs).optional_strings("source")?;
    let sources: Vec<Option<String>> = (0..docs.num_rows())
        .map(|r| sources.as_ref().and_then(|c| c.get(r)).map(str::to_string))
        .collect();
    let docs = documents_from_batch(docs)?;
    let keyed: Vec<KeyedClaim> = docs
        .par_iter()
        .zip(sources.par_iter())
        .flat_map_iter(|(d, source)| {
            let mut claims = extractor.extract(d);
            for c in &mut claims {
                c.source = source.clone().filter(|s| *s != d.id);
            }
            KeyedClaim::of_document(d, claims)
        })
        .collect();
    claims_to_batch(&keyed)
}

/// Keyed claims as one batch of [`claim_schema`].
///
/// # Errors
///
/// When the batch cannot be built (string columns over the Arrow limit of
/// 2 GiB per batch: write in chunks of [`BATCH_ROWS`]).
///
/// ```
/// use factdiff::{Document, KeyedClaim, columnar};
/// let doc = Document::new("a", "Police made 40 arrests.");
/// let batch = columnar::claims_to_batch(&KeyedClaim::of_document(&doc, factdiff::claims(&doc)))?;
/// assert_eq!(batch.num_rows(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn claims_to_batch(claims: &[KeyedClaim]) -> Result<RecordBatch, Error> {
    claim_strings_fit(claims)?;
    let frame = frame_column(claims)?;
    let mut columns: Vec<ArrayRef> = Vec::with_capacity(claim_schema().fields().len());
    columns.extend(figure_columns(claims));
    columns.extend(reading_columns(claims));
    columns.extend(sentence_columns(claims));
    columns.extend(baseline_columns(claims));
    columns.extend(tally_columns(claims));
    columns.extend(trailing_columns(claims, frame));
    RecordBatch::try_new(claim_schema(), columns).map_err(arrow_error)
}

/// The first columns of [`claim_schema`]: the claim's id, document and
/// sentence, and its figure (`start` to `unit`).
fn figure_columns(claims: &[KeyedClaim]) -> [ArrayRef; 12] {
    let n = claims.len();
    let strings = || StringBuilder::with_capacity(n, n * 8);
    let (mut id, mut doc, mut text, mut kind, mut unit) =
        (strings(), strings(), strings(), strings(), strings());
    let ints = || Int64Builder::with_capacity(n);
    let (mut sentence, mut start, mut end) = (ints(), ints(), ints());
    let floats = || Float64Builder::with_capacity(n);
    let (mut value, mut low, mut high) = (floats(), floats(), floats());
    let mut approx = BooleanBuilder::with_capacity(n);
    for k in claims {
        let c = &k.claim;
        id.append_value(&c.id);
        doc.append_value(&c.doc);
        sentence.append_value(int(c.sentence));
        start.append_value(int(c.figure.span.start));
        end.append_value(int(c.figure.span.end));
        text.append_value(&c.figure.text);
        kind.append_value(c.figure.kind.as_str());
        value.append_option(c.figure.value);
        low.append_option(c.figure.low);
        high.append_option(c.figure.high);
        approx.append_value(c.figure.approx);
        unit.append_option(c.figure.unit.as_deref());
    }
    [
        Arc::new(id.finish()),
        Arc::new(doc.finish()),
        Arc::new(sentence.finish()),
        Arc::new(start.finish()),
        Arc::new(end.finish()),
        Arc::new(text.finish()),
        Arc::new(kind.finish()),
        Arc::new(value.finish()),
        Arc::new(low.finish()),
        Arc::new(high.finish()),
        Arc::new(approx.finish()),
        Arc::new(unit.finish()),
    ]
}

/// The columns of what the claim stage read around the figure: `measure`
/// to `window`.
fn reading_columns(claims: &[KeyedClaim]) -> [ArrayRef; 7] {
    let n = claims.len();
    let strings = || StringBuilder::with_capacity(n, n * 8);
    let (mut measure, mut period, mut modality) = (strings(), strings(), strings());
    let (mut attribution, mut place, mut subject, mut window) =
        (strings(), strings(), strings(), strings());
    for k in claims {
        let c = &k.claim;
        measure.append_option(c.measure.as_deref());
        period.append_option(c.period.map(Period::as_str));
        modality.append_value(c.modality.as_str());
        attribution.append_option(c.attribution.as_deref());
        place.append_option(c.place.as_deref());
        subject.append_option(c.subject.as_deref());
        window.append_option(c.window.as_deref());
    }
    [
        Arc::new(measure.finish()),
        Arc::new(period.finish()),
        Arc::new(modality.finish()),
        Arc::new(attribution.finish()),
        Arc::new(place.finish()),
        Arc::new(subject.finish()),
        Arc::new(window.finish()),
    ]
}

/// The columns of the claim's context and sentence: `context` to
/// `sentence_end`.
fn sentence_columns(claims: &[KeyedClaim]) -> [ArrayRef; 6] {
    let n = claims.len();
    let mut context = StringBuilder::with_capacity(n, n * 128);
    let ints = || Int64Builder::with_capacity(n);
    let (mut context_start, mut context_end) = (ints(), ints());
    let (mut sentence_start, mut sentence_end) = (ints(), ints());
    let mut negated = BooleanBuilder::with_capacity(n);
    for k in claims {
        let c = &k.claim;
        context.append_value(&c.context);
        context_start.append_value(int(c.context_span.start));
        context_end.append_value(int(c.context_span.end));
        negated.append_value(c.negated);
        sentence_start.append_value(int(c.sentence_span.start));
        sentence_end.append_value(int(c.sentence_span.end));
    }
    [
        Arc::new(context.finish()),
        Arc::new(context_start.finish()),
        Arc::new(context_end.finish()),
        Arc::new(negated.finish()),
        Arc::new(sentence_start.finish()),
        Arc::new(sentence_end.finish()),
    ]
}

/// The `baseline_` columns: a multiplier's baseline figure, null for other
/// claims.
fn baseline_columns(claims: &[KeyedClaim]) -> [ArrayRef; 4] {
    let n = claims.len();
    let mut value = Float64Builder::with_capacity(n);
    let mut period = StringBuilder::with_capacity(n, n * 8);
    let (mut start, mut end) = (
        Int64Builder::with_capacity(n),
        Int64Builder::with_capacity(n),
    );
    for k in claims {
        let b = k.claim.baseline.as_ref();
        value.append_option(b.map(|b| b.value));
        period.append_option(b.and_then(|b| b.period).map(Period::as_str));
        start.append_option(b.map(|b| int(b.from.start)));
        end.append_option(b.map(|b| int(b.from.end)));
    }
    [
        Arc::new(value.finish()),
        Arc::new(period.finish()),
        Arc::new(start.finish()),
        Arc::new(end.finish()),
    ]
}

/// The columns of [`claim_schema`] after the tallies: `block_key`,
/// `doc_credits_outlet`, `story`, `source`, the `frame` column given,
/// `superseded`, `several_events`, `with_perpetrator` and
/// `among_incidents`.
fn trailing_columns(claims: &[KeyedClaim], frame: ArrayRef) -> [ArrayRef; 9] {
    let n = claims.len();
    let strings = || StringBuilder::with_capacity(n, n * 8);
    let (mut block_key, mut story, mut source) = (strings(), strings(), strings());
    let flags = || BooleanBuilder::with_capacity(n);
    let (mut credits, mut superseded, mut several, mut perpetrator, mut among) =
        (flags(), flags(), flags(), flags(), flags());
    for k in claims {
        block_key.append_value(&k.block_key);
        credits.append_value(k.doc_credits_outlet);
        story.append_option(k.claim.story.as_deref());
        source.append_option(k.claim.source.as_deref());
        superseded.append_value(k.claim.superseded);
        several.append_value(k.claim.several_events);
        perpetrator.append_value(k.claim.with_perpetrator);
        among.append_value(k.claim.among_incidents);
    }
    [
        Arc::new(block_key.finish()),
        Arc::new(credits.finish()),
        Arc::new(story.finish()),
        Arc::new(source.finish()),
        frame,
        Arc::new(superseded.finish()),
        Arc::new(several.finish()),
        Arc::new(perpetrator.finish()),
        Arc::new(among.finish()),
    ]
}

/// The `tally_` columns of [`claim_schema`]: a tally's two counts and
/// labels, null for other figures.
fn tally_columns(claims: &[KeyedClaim]) -> [ArrayRef; 4] {
    let n = claims.len();
    let (mut first, mut second) = (
        Float64Builder::with_capacity(n),
        Float64Builder::with_capacity(n),
    );
    let (mut first_label, mut second_label) = (
        StringBuilder::with_capacity(n, 0),
        StringBuilder::with_capacity(n, 0),
    );
    for k in claims {
        let sides = k.claim.figure.sides.as_deref();
        first.append_option(sides.map(|[a, _]| a.count));
        first_label.append_option(sides.and_then(|[a, _]| a.label.as_deref()));
        second.append_option(sides.map(|[_, b]| b.count));
        second_label.append_option(sides.and_then(|[_, b]| b.label.as_deref()));
    }
    [
        Arc::new(first.finish()),
        Arc::new(first_label.finish()),
        Arc::new(second.finish()),
        Arc::new(second_label.finish()),
    ]
}

/// An error when the long string columns of `claims` would overflow a
/// batch.
fn claim_strings_fit(claims: &[KeyedClaim]) -> Result<(), Error> {
    let total = |len: fn(&KeyedClaim) -> usize| claims.iter().map(len).sum::<usize>();
    fits("context", total(|k| k.claim.context.len()))?;
    fits("text", total(|k| k.claim.figure.text.len()))?;
    fits("id", total(|k| k.claim.id.len()))?;
    fits(
        "window",
        total(|k| k.claim.window.as_ref().map_or(0, String::len)),
    )
}

/// The `frame` column: each claim's frame as JSON, one column for a nested
/// value that will grow.
fn frame_column(claims: &[KeyedClaim]) -> Result<ArrayRef, Error> {
    let frames = claims
        .iter()
        .map(|k| serde_json::to_string(&k.claim.frame))
        .collect::<Result<Vec<String>, _>>()
        .map_err(|e| Error::columnar(format!("column \"frame\": {e}")))?;
    let bytes = frames.iter().map(String::len).sum();
    fits("frame", bytes)?;
    let mut column = StringBuilder::with_capacity(frames.len(), bytes);
    for f in &frames {
        column.append_value(f);
    }
    Ok(Arc::new(column.finish()))
}
