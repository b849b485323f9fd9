//! Claims, findings and documents as Apache Arrow record batches (feature
//! `arrow`): the exchange format of distributed engines such as Spark
//! (`mapInArrow`), Ray, Dask and `DuckDB`, written and read as Arrow IPC
//! streams and (feature `parquet`) Parquet files.
//!
//! # Schemas
//!
//! Integers are `Int64` and strings `Utf8` (engines such as Spark have no
//! unsigned types); columns marked `?` are nullable. Readers also accept
//! `LargeUtf8` and `Utf8View` strings and `Int32` integers.
//!
//! **Claims** ([`claim_schema`]): the claim fields of `factdiff claims
//! --format json`, then what partition-wise alignment needs.
//!
//! | column | type | meaning |
//! |---|---|---|
//! | `id`, `doc` | Utf8 | claim id (`doc#n`), document id |
//! | `sentence` | Int64 | index of the claim's sentence |
//! | `start`, `end` | Int64 | byte span of the figure in the document |
//! | `text` | Utf8 | the figure's surface text |
//! | `kind` | Utf8 | `count`, `percent`, `multiplier`, `money`, `measurement`, `tally` |
//! | `value`, `low`, `high` | Float64? | central value and bounds |
//! | `approx` | Boolean | hedged wording |
//! | `unit`, `measure`, `period` | Utf8? | as in the JSON contract |
//! | `modality` | Utf8 | `reported`, `target`, `projection` |
//! | `attribution`, `place`, `subject`, `window` | Utf8? | as in the JSON contract |
//! | `context` | Utf8 | the figure with its surroundings, at most about 300 bytes of its sentence ([`Claim::context`](crate::Claim::context)) |
//! | `context_start`, `context_end` | Int64 | byte span of the context |
//! | `negated` | Boolean | the sentence denies the figure |
//! | `sentence_start`, `sentence_end` | Int64 | byte span of the sentence |
//! | `baseline_value` | Float64? | a multiplier's baseline figure |
//! | `baseline_period` | Utf8? | its period |
//! | `baseline_start`, `baseline_end` | Int64? | its span |
//! | `tally_first`, `tally_second` | Float64? | a tally's two sides (the JSON `sides`) |
//! | `tally_first_label`, `tally_second_label` | Utf8? | their labels, when stated |
//! | `block_key` | Utf8 | [`block_key`](crate::align::block_key) as text: partition and sort by it |
//! | `doc_credits_outlet` | Boolean | the document credits another outlet ([`Document::credits_another_outlet`]) |
//! | `story` | Utf8? | the story of the claim's document ([`Claim::story`](crate::Claim::story)) |
//! | `source` | Utf8? | the original a copied document counts as ([`Claim::source`](crate::Claim::source)) |
//! | `frame` | Utf8 | the claim's [`Frame`](crate::Frame), as the `frame` object of the JSON contract |
//! | `superseded` | Boolean | an earlier account a later count may have replaced ([`Claim::superseded`](crate::Claim::superseded)); batches without the column read `false` |
//! | `several_events` | Boolean | the figure sums several incidents ([`Claim::several_events`](crate::Claim::several_events)); batches without the column read `false` |
//! | `with_perpetrator` | Boolean | the count includes the perpetrator ([`Claim::with_perpetrator`](crate::Claim::with_perpetrator)); batches without the column read `false` |
//!
//! On reading, `block_key`, `doc_credits_outlet`, `story`, `source` and
//! `frame` may be missing: the key is then worked out from the claim, the
//! flag is false, the story and source null and the frame empty; so may
//! the `tally_` columns (batches written before tallies existed): no sides.
//!
//! **Findings** ([`finding_schema`]): `verdict` Utf8, `claims`
//! `List<Utf8>`, `score` Float64, `explanation` Utf8, `sides`
//! `List<List<Utf8>>`, `copies` `List<Utf8>`, `syndicated` Boolean, `story` Utf8?,
//! `reasons` Utf8 (the reasons as JSON; both may be missing on reading) — the fields of a finding in
//! `factdiff compare --format json`.
//!
//! **Documents** ([`document_schema`]): `id` Utf8, `text` Utf8, `story`
//! Utf8? and `date` Utf8? (`YYYY-MM-DD`); on reading the last two may be
//! missing.
//!
//! **Stories**: [`sketch_batch`] turns documents into [`sketch_schema`]
//! rows (`id`, `sketch` Binary: what story separation needs, no text) where
//! the documents lie; [`assign_batches`] groups all the sketches at once
//! into [`story_schema`] rows (`doc`, `story`, `source`, `title`), the
//! stories of [`StorySeparator::separate`](crate::StorySeparator::separate).
//! Joined back onto the documents as `story` and `source` columns, they
//! label the claims [`extract_batch`] gives.
//!
//! # Malformed input
//!
//! [`read_ipc_stream`], [`read_ipc_file`] and `read_parquet` turn malformed input into
//! errors, including the inputs on which the Arrow and Parquet readers
//! panic (the panic is caught; the panic hook still runs). A stream whose
//! framing claims an absurd length can still make the Arrow reader ask
//! for more memory than there is, which aborts the process: read streams
//! from untrusted sources in a process you can lose.
//!
//! ```
//! use factdiff::{ClaimExtractor, Comparer, columnar};
//! # fn main() -> Result<(), factdiff::Error> {
//! let docs = columnar::documents_to_batch(&[
//!     factdiff::Document::new("tribune", "Deputies evacuated 1,240 residents on Sunday."),
//!     factdiff::Document::new("courier", "Deputies evacuated 1,420 residents on Sunday."),
//! ])?;
//! let claims = columnar::extract_batch(&ClaimExtractor::default(), &docs)?;
//! assert_eq!(claims.num_rows(), 2);
//!
//! // One partition holding every block, sorted as an engine would sort it.
//! let mut keyed = columnar::claims_from_batch(&claims)?;
//! keyed.sort_by(factdiff::KeyedClaim::partition_order);
//! let comparer = Comparer::default();
//! let mut aligner = comparer.partition_aligner();
//! let mut findings = aligner.push_batch(&columnar::claims_to_batch(&keyed)?)?;
//! findings.extend(aligner.finish());
//! let batch = columnar::findings_to_batch(&findings)?;
//! assert_eq!(batch.num_rows(), 1);
//! assert_eq!(columnar::findings_from_batch(&batch)?, findings);
//! # Ok(()) }
//! ```

use std::borrow::Cow;
use std::io::{Read, Write};
use std::sync::{Arc, OnceLock};

use arrow_array::builder::{
    BooleanBuilder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use rayon::prelude::*;

mod stories;

pub use stories::{assign_batches, sketch_batch, sketch_schema, story_schema};

use crate::align::PartitionAligner;
use crate::{
    Baseline, Claim, ClaimExtractor, Document, Error, Figure, FigureKind, Finding, KeyedClaim,
    Modality, Period, Span, TallySide, Verdict,
};

/// Rows per record batch the writers here make.
pub const BATCH_ROWS: usize = 8192;

/// The schema of claim batches (see the [module docs](self)).
///
/// ```
/// let schema = factdiff::columnar::claim_schema();
/// assert_eq!(schema.field(0).name(), "id");
/// assert!(schema.field_with_name("block_key").is_ok());
/// ```
#[must_use]
pub fn claim_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let f = |name: &str, t: DataType, nullable: bool| Field::new(name, t, nullable);
            Arc::new(Schema::new(vec![
                f("id", DataType::Utf8, false),
                f("doc", DataType::Utf8, false),
                f("sentence", DataType::Int64, false),
                f("start", DataType::Int64, false),
                f("end", DataType::Int64, false),
                f("text", DataType::Utf8, false),
                f("kind", DataType::Utf8, false),
                f("value", DataType::Float64, true),
                f("low", DataType::Float64, true),
                f("high", DataType::Float64, true),
                f("approx", DataType::Boolean, false),
                f("unit", DataType::Utf8, true),
                f("measure", DataType::Utf8, true),
                f("period", DataType::Utf8, true),
                f("modality", DataType::Utf8, false),
                f("attribution", DataType::Utf8, true),
                f("place", DataType::Utf8, true),
                f("subject", DataType::Utf8, true),
                f("window", DataType::Utf8, true),
                f("context", DataType::Utf8, false),
                f("context_start", DataType::Int64, false),
                f("context_end", DataType::Int64, false),
                f("negated", DataType::Boolean, false),
                f("sentence_start", DataType::Int64, false),
                f("sentence_end", DataType::Int64, false),
                f("baseline_value", DataType::Float64, true),
                f("baseline_period", DataType::Utf8, true),
                f("baseline_start", DataType::Int64, true),
                f("baseline_end", DataType::Int64, true),
                f("tally_first", DataType::Float64, true),
                f("tally_first_label", DataType::Utf8, true),
                f("tally_second", DataType::Float64, true),
                f("tally_second_label", DataType::Utf8, true),
                f("block_key", DataType::Utf8, false),
                f("doc_credits_outlet", DataType::Boolean, false),
                f("story", DataType::Utf8, true),
                f("source", DataType::Utf8, true),
                f("frame", DataType::Utf8, false),
                f("superseded", DataType::Boolean, false),
                f("several_events", DataType::Boolean, false),
                f("with_perpetrator", DataType::Boolean, false),
            ]))
        })
        .clone()
}

/// The schema of finding batches (see the [module docs](self)).
///
/// ```
/// let schema = factdiff::columnar::finding_schema();
/// assert_eq!(schema.fields().len(), 9);
/// ```
#[must_use]
pub fn finding_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let list = || DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)));
            Arc::new(Schema::new(vec![
                Field::new("verdict", DataType::Utf8, false),
                Field::new("claims", list(), false),
                Field::new("score", DataType::Float64, false),
                Field::new("explanation", DataType::Utf8, false),
                Field::new(
                    "sides",
                    DataType::List(Arc::new(Field::new_list_field(list(), true))),
                    false,
                ),
                Field::new("copies", list(), false),
                Field::new("syndicated", DataType::Boolean, false),
                Field::new("story", DataType::Utf8, true),
                Field::new("reasons", DataType::Utf8, false),
            ]))
        })
        .clone()
}

/// The schema of document batches: `id` and `text`, and the nullable
/// `story` (given stories) and `date` (`YYYY-MM-DD`), all Utf8.
///
/// ```
/// assert_eq!(factdiff::columnar::document_schema().fields().len(), 4);
/// ```
#[must_use]
pub fn document_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            Arc::new(Schema::new(vec![
                Field::new("id", DataType::Utf8, false),
                Field::new("text", DataType::Utf8, false),
                Field::new("story", DataType::Utf8, true),
                Field::new("date", DataType::Utf8, true),
            ]))
        })
        .clone()
}

/// The most bytes one string column of a batch can hold (Arrow's `Utf8`
/// offsets are 32-bit).
const MAX_COLUMN_BYTES: usize = i32::MAX as usize;

/// An error when a string column of `bytes` bytes would overflow a batch
/// (the Arrow builders panic instead).
fn fits(column: &str, bytes: usize) -> Result<(), Error> {
    if bytes > MAX_COLUMN_BYTES {
        return Err(Error::columnar(format!(
            "column {column:?} would hold {bytes} bytes, more than a batch can \
             (2 GiB): make smaller batches"
        )));
    }
    Ok(())
}

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

/// An Arrow error as the crate's error.
fn arrow_error(e: impl std::fmt::Display) -> Error {
    Error::columnar(format!("{e}"))
}

/// A byte offset or index as an `Int64`.
fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Documents as one batch of [`document_schema`].
///
/// # Errors
///
/// When the batch cannot be built (text columns over the Arrow limit of
/// 2 GiB per batch).
///
/// ```
/// let batch = factdiff::columnar::documents_to_batch(&[factdiff::Document::new("a", "Text.")])?;
/// assert_eq!(batch.num_rows(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn documents_to_batch(docs: &[Document]) -> Result<RecordBatch, Error> {
    fits("text", docs.iter().map(|d| d.text.len()).sum())?;
    let mut id = StringBuilder::new();
    let mut text = StringBuilder::new();
    let mut story = StringBuilder::new();
    let mut date = StringBuilder::new();
    for d in docs {
        id.append_value(&d.id);
        text.append_value(&d.text);
        story.append_option(d.story.as_deref());
        date.append_option(d.date.map(|x| x.to_string()));
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(id.finish()),
        Arc::new(text.finish()),
        Arc::new(story.finish()),
        Arc::new(date.finish()),
    ];
    RecordBatch::try_new(document_schema(), columns).map_err(arrow_error)
}

/// The documents of a batch with string columns `id` and `text`, and
/// optionally `story` and `date` (`YYYY-MM-DD`; nulls for none); other
/// columns are ignored.
///
/// # Errors
///
/// [`ErrorKind::Columnar`](crate::ErrorKind::Columnar) naming a missing
/// column, a column of the wrong type, a null id or text, an empty story
/// or a bad date, with the row.
///
/// ```
/// use factdiff::{Document, columnar};
/// let batch = columnar::documents_to_batch(&[Document::new("a", "Text.")])?;
/// assert_eq!(columnar::documents_from_batch(&batch)?, [Document::new("a", "Text.")]);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn documents_from_batch(batch: &RecordBatch) -> Result<Vec<Document>, Error> {
    let cols = Columns(batch);
    let id = cols.strings("id")?;
    let text = cols.strings("text")?;
    let story = cols.optional_strings("story")?;
    let date = cols.optional_strings("date")?;
    (0..batch.num_rows())
        .map(|r| {
            let mut doc = Document::new(id.required(r)?, text.required(r)?);
            if let Some(s) = story.as_ref().and_then(|c| c.get(r)) {
                if s.is_empty() {
                    return Err(Error::columnar(format!(
                        "row {r}: column \"story\": an empty story"
                    )));
                }
                doc.story = Some(s.to_string());
            }
            if let Some(d) = date.as_ref().and_then(|c| c.get(r)) {
                let parsed = d.parse().map_err(|e: Error| {
                    Error::columnar(format!("row {r}: column \"date\": {e}"))
                })?;
                doc.date = Some(parsed);
            }
            Ok(doc)
        })
        .collect()
}

/// Extracts the claims of a batch of documents (as
/// [`documents_from_batch`] reads them) into a batch of [`claim_schema`],
/// keyed for partition-wise alignment. Documents are processed in
/// parallel; claims come in document order. A document's `story` labels
/// its claims, and an optional string column `source` (what
/// [`assign_batches`] gives: the original a copy counts as) their source.
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
    let n = claims.len();
    let strings = || StringBuilder::with_capacity(n, n * 8);
    let (mut id, mut doc, mut text, mut kind) = (strings(), strings(), strings(), strings());
    let (mut unit, mut measure, mut period, mut modality) =
        (strings(), strings(), strings(), strings());
    let (mut attribution, mut place, mut subject, mut window) =
        (strings(), strings(), strings(), strings());
    let (mut context, mut baseline_period) = (StringBuilder::with_capacity(n, n * 128), strings());
    let ints = || Int64Builder::with_capacity(n);
    let (mut sentence, mut start, mut end) = (ints(), ints(), ints());
    let (mut sentence_start, mut sentence_end) = (ints(), ints());
    let (mut context_start, mut context_end) = (ints(), ints());
    let (mut baseline_start, mut baseline_end) = (ints(), ints());
    let floats = || Float64Builder::with_capacity(n);
    let (mut value, mut low, mut high, mut baseline_value) =
        (floats(), floats(), floats(), floats());
    let bools = || BooleanBuilder::with_capacity(n);
    let (mut approx, mut negated) = (bools(), bools());
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
        measure.append_option(c.measure.as_deref());
        period.append_option(c.period.map(Period::as_str));
        modality.append_value(c.modality.as_str());
        attribution.append_option(c.attribution.as_deref());
        place.append_option(c.place.as_deref());
        subject.append_option(c.subject.as_deref());
        window.append_option(c.window.as_deref());
        context.append_value(&c.context);
        context_start.append_value(int(c.context_span.start));
        context_end.append_value(int(c.context_span.end));
        negated.append_value(c.negated);
        sentence_start.append_value(int(c.sentence_span.start));
        sentence_end.append_value(int(c.sentence_span.end));
        let b = c.baseline.as_ref();
        baseline_value.append_option(b.map(|b| b.value));
        baseline_period.append_option(b.and_then(|b| b.period).map(Period::as_str));
        baseline_start.append_option(b.map(|b| int(b.from.start)));
        baseline_end.append_option(b.map(|b| int(b.from.end)));
    }
    let mut columns: Vec<ArrayRef> = vec![
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
        Arc::new(measure.finish()),
        Arc::new(period.finish()),
        Arc::new(modality.finish()),
        Arc::new(attribution.finish()),
        Arc::new(place.finish()),
        Arc::new(subject.finish()),
        Arc::new(window.finish()),
        Arc::new(context.finish()),
        Arc::new(context_start.finish()),
        Arc::new(context_end.finish()),
        Arc::new(negated.finish()),
        Arc::new(sentence_start.finish()),
        Arc::new(sentence_end.finish()),
        Arc::new(baseline_value.finish()),
        Arc::new(baseline_period.finish()),
        Arc::new(baseline_start.finish()),
        Arc::new(baseline_end.finish()),
    ];
    columns.extend(tally_columns(claims));
    columns.extend(trailing_columns(claims, frame));
    RecordBatch::try_new(claim_schema(), columns).map_err(arrow_error)
}

/// The columns of [`claim_schema`] after the tallies: `block_key`,
/// `doc_credits_outlet`, `story`, `source`, the `frame` column given,
/// `superseded`, `several_events` and `with_perpetrator`.
fn trailing_columns(claims: &[KeyedClaim], frame: ArrayRef) -> [ArrayRef; 8] {
    let n = claims.len();
    let strings = || StringBuilder::with_capacity(n, n * 8);
    let (mut block_key, mut story, mut source) = (strings(), strings(), strings());
    let (mut credits, mut superseded, mut several, mut perpetrator) = (
        BooleanBuilder::with_capacity(n),
        BooleanBuilder::with_capacity(n),
        BooleanBuilder::with_capacity(n),
        BooleanBuilder::with_capacity(n),
    );
    for k in claims {
        block_key.append_value(&k.block_key);
        credits.append_value(k.doc_credits_outlet);
        story.append_option(k.claim.story.as_deref());
        source.append_option(k.claim.source.as_deref());
        superseded.append_value(k.claim.superseded);
        several.append_value(k.claim.several_events);
        perpetrator.append_value(k.claim.with_perpetrator);
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

/// The keyed claims of a batch of [`claim_schema`] (columns may come in any
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
            let (superseded, several_events, with_perpetrator) = agree_only.row(r)?;
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
}

impl AgreeOnly<'_> {
    /// `(superseded, several_events, with_perpetrator)` of row `r`.
    fn row(&self, r: usize) -> Result<(bool, bool, bool), Error> {
        Ok((
            flag(self.superseded.as_ref(), r)?,
            flag(self.several_events.as_ref(), r)?,
            flag(self.with_perpetrator.as_ref(), r)?,
        ))
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

/// Findings as one batch of [`finding_schema`].
///
/// # Errors
///
/// When the batch cannot be built (string columns over the Arrow limit).
///
/// ```
/// let batch = factdiff::columnar::findings_to_batch(&[])?;
/// assert_eq!(batch.num_rows(), 0);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn findings_to_batch(findings: &[Finding]) -> Result<RecordBatch, Error> {
    fits(
        "explanation",
        findings.iter().map(|f| f.explanation.len()).sum(),
    )?;
    fits(
        "claims",
        findings
            .iter()
            .flat_map(|f| &f.claims)
            .map(String::len)
            .sum(),
    )?;
    let mut verdict = StringBuilder::new();
    let mut claims = ListBuilder::new(StringBuilder::new());
    let mut score = Float64Builder::with_capacity(findings.len());
    let mut explanation = StringBuilder::new();
    let mut sides = ListBuilder::new(ListBuilder::new(StringBuilder::new()));
    let mut copies = ListBuilder::new(StringBuilder::new());
    let mut syndicated = BooleanBuilder::with_capacity(findings.len());
    let mut story = StringBuilder::new();
    let mut reasons = StringBuilder::new();
    for f in findings {
        verdict.append_value(f.verdict.as_str());
        for c in &f.claims {
            claims.values().append_value(c);
        }
        claims.append(true);
        score.append_value(f.score);
        explanation.append_value(&f.explanation);
        for side in &f.sides {
            for c in side {
                sides.values().values().append_value(c);
            }
            sides.values().append(true);
        }
        sides.append(true);
        for c in &f.copies {
            copies.values().append_value(c);
        }
        copies.append(true);
        syndicated.append_value(f.syndicated);
        story.append_option(f.story.as_deref());
        reasons.append_value(serde_json::to_string(&f.reasons).map_err(arrow_error)?);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(verdict.finish()),
        Arc::new(claims.finish()),
        Arc::new(score.finish()),
        Arc::new(explanation.finish()),
        Arc::new(sides.finish()),
        Arc::new(copies.finish()),
        Arc::new(syndicated.finish()),
        Arc::new(story.finish()),
        Arc::new(reasons.finish()),
    ];
    RecordBatch::try_new(finding_schema(), columns).map_err(arrow_error)
}

/// The findings of a batch of [`finding_schema`].
///
/// # Errors
///
/// [`ErrorKind::Columnar`](crate::ErrorKind::Columnar) naming a missing or
/// mistyped column, a null, or an unknown verdict.
///
/// ```
/// use factdiff::columnar;
/// let batch = columnar::findings_to_batch(&[])?;
/// assert!(columnar::findings_from_batch(&batch)?.is_empty());
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn findings_from_batch(batch: &RecordBatch) -> Result<Vec<Finding>, Error> {
    let cols = Columns(batch);
    let verdict = cols.strings("verdict")?;
    let claims = cols.string_lists("claims")?;
    let score = cols.floats("score")?;
    let explanation = cols.strings("explanation")?;
    let sides = cols.column("sides")?;
    let sides = sides
        .as_list_opt::<i32>()
        .ok_or_else(|| cols.wrong_type("sides", "List<List<Utf8>>"))?;
    let copies = cols.string_lists("copies")?;
    let syndicated = cols.bools("syndicated")?;
    let story = cols.optional_strings("story")?;
    let reasons = cols.optional_strings("reasons")?;
    (0..batch.num_rows())
        .map(|r| {
            let verdict = match verdict.required(r)? {
                "agree" => Verdict::Agree,
                "conflict" => Verdict::Conflict,
                other => {
                    return Err(Error::columnar(format!(
                        "row {r}: unknown verdict {other:?}"
                    )));
                }
            };
            let side_lists = sides.value(r);
            let side_lists = side_lists
                .as_list_opt::<i32>()
                .ok_or_else(|| cols.wrong_type("sides", "List<List<Utf8>>"))?;
            let sides = (0..side_lists.len())
                .map(|s| string_list(&side_lists.value(s), "sides", r))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Finding {
                verdict,
                claims: string_list(&claims.value(r), "claims", r)?,
                score: score.get(r).unwrap_or(0.0),
                explanation: explanation.required(r)?.to_string(),
                sides,
                copies: string_list(&copies.value(r), "copies", r)?,
                syndicated: syndicated.required(r)?,
                story: story.as_ref().and_then(|c| c.get(r)).map(str::to_string),
                reasons: match reasons.as_ref().and_then(|c| c.get(r)) {
                    Some(json) => serde_json::from_str(json).map_err(|e| {
                        Error::columnar(format!("row {r}: column \"reasons\": {e}"))
                    })?,
                    None => Vec::new(),
                },
            })
        })
        .collect()
}

/// The strings of one list value.
fn string_list(values: &ArrayRef, column: &'static str, row: usize) -> Result<Vec<String>, Error> {
    let strings = Strings::of(values.as_ref(), column)?;
    (0..values.len())
        .map(|i| strings.required(i).map(str::to_string))
        .collect::<Result<_, _>>()
        .map_err(|_| Error::columnar(format!("row {row}: column {column}: a null in a list")))
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

/// Writes batches as one Arrow IPC stream (the format `factdiff align`
/// reads on standard input and Spark's `mapInArrow` speaks).
///
/// # Errors
///
/// The writer's I/O errors, and batches whose schema differs from
/// `schema`.
///
/// ```
/// use factdiff::columnar;
/// let mut bytes = Vec::new();
/// let batch = columnar::findings_to_batch(&[])?;
/// columnar::write_ipc_stream(&mut bytes, &columnar::finding_schema(), [batch])?;
/// let back: Vec<_> = columnar::read_ipc_stream(&bytes[..])?.collect::<Result<_, _>>()?;
/// assert_eq!(back.len(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn write_ipc_stream(
    writer: impl Write,
    schema: &SchemaRef,
    batches: impl IntoIterator<Item = RecordBatch>,
) -> Result<(), Error> {
    let mut w = arrow_ipc::writer::StreamWriter::try_new(writer, schema).map_err(arrow_error)?;
    for batch in batches {
        w.write(&batch).map_err(arrow_error)?;
    }
    w.finish().map_err(arrow_error)
}

thread_local! {
    /// Whether this thread is inside a [`guarded`] reader step.
    static READING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the current thread is inside one of this module's Arrow or
/// Parquet reader steps, where a panic of the reader is caught and becomes
/// an error: a panic hook can stay quiet for those and only those.
///
/// ```
/// assert!(!factdiff::columnar::in_guarded_read());
/// std::panic::set_hook(Box::new(|info| {
///     if !factdiff::columnar::in_guarded_read() {
///         eprintln!("{info}");
///     }
/// }));
/// # let _ = std::panic::take_hook();
/// ```
#[must_use]
pub fn in_guarded_read() -> bool {
    READING.with(std::cell::Cell::get)
}

/// Runs an Arrow or Parquet reader step, turning a panic into an error.
///
/// The Arrow IPC and Parquet readers still panic on some malformed inputs
/// (a buffer slice past the end of a message body, for one; cargo-fuzz
/// finds them in seconds), and factdiff never panics on input. The panic
/// hook still runs: a program that must stay quiet (the `factdiff` tool)
/// checks [`in_guarded_read`] in its hook.
fn guarded<T>(step: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    let outer = READING.with(|r| r.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(step));
    READING.with(|r| r.set(outer));
    result.unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the reader failed".to_string());
        Err(Error::columnar(format!("malformed input: {why}")))
    })
}

/// The batches of a reader, each step [`guarded`]; the first error ends
/// them (a reader that failed is not asked again).
fn guarded_batches<E: std::fmt::Display>(
    mut reader: impl Iterator<Item = Result<RecordBatch, E>>,
) -> impl Iterator<Item = Result<RecordBatch, Error>> {
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed {
            return None;
        }
        let next = guarded(|| reader.next().transpose().map_err(arrow_error)).transpose();
        failed = matches!(next, Some(Err(_)));
        next
    })
}

/// Reads an Arrow IPC stream: its batches, one at a time.
///
/// # Errors
///
/// When the stream's header cannot be read; each batch is a `Result` too.
/// Malformed input is an error, also where the Arrow reader would panic
/// (see [the module docs](self#malformed-input)).
///
/// ```
/// let err = factdiff::columnar::read_ipc_stream(&b"not arrow"[..]).err().unwrap();
/// assert!(err.to_string().starts_with("arrow:"));
/// ```
pub fn read_ipc_stream(
    reader: impl Read,
) -> Result<impl Iterator<Item = Result<RecordBatch, Error>>, Error> {
    let r =
        guarded(|| arrow_ipc::reader::StreamReader::try_new(reader, None).map_err(arrow_error))?;
    Ok(guarded_batches(r))
}

/// Reads an Arrow IPC file (the random-access format, starting with
/// `ARROW1`): its batches, one at a time.
///
/// # Errors
///
/// As [`read_ipc_stream`].
///
/// ```
/// let path = std::env::temp_dir().join("factdiff-doc-not.arrow");
/// std::fs::write(&path, "ARROW1 but not really").unwrap();
/// assert!(factdiff::columnar::read_ipc_file(std::fs::File::open(&path).unwrap()).is_err());
/// ```
pub fn read_ipc_file(
    file: std::fs::File,
) -> Result<impl Iterator<Item = Result<RecordBatch, Error>>, Error> {
    let r = guarded(|| {
        arrow_ipc::reader::FileReader::try_new(std::io::BufReader::new(file), None)
            .map_err(arrow_error)
    })?;
    Ok(guarded_batches(r))
}

/// Writes batches as one Parquet file (Snappy-compressed; feature
/// `parquet`).
///
/// # Errors
///
/// The writer's I/O errors, and batches whose schema differs from
/// `schema`.
///
/// ```
/// use factdiff::{Document, KeyedClaim, columnar};
/// let doc = Document::new("a", "Police made 40 arrests.");
/// let batch = columnar::claims_to_batch(&KeyedClaim::of_document(&doc, factdiff::claims(&doc)))?;
/// let path = std::env::temp_dir().join("factdiff-doc-claims.parquet");
/// columnar::write_parquet(std::fs::File::create(&path).unwrap(), &columnar::claim_schema(), [batch])?;
/// let back: Vec<_> = columnar::read_parquet(std::fs::File::open(&path).unwrap())?
///     .collect::<Result<_, _>>()?;
/// assert_eq!(columnar::claims_from_batch(&back[0])?.len(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
#[cfg(feature = "parquet")]
pub fn write_parquet(
    writer: impl Write + Send,
    schema: &SchemaRef,
    batches: impl IntoIterator<Item = RecordBatch>,
) -> Result<(), Error> {
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut w = parquet::arrow::ArrowWriter::try_new(writer, schema.clone(), Some(props))
        .map_err(arrow_error)?;
    for batch in batches {
        w.write(&batch).map_err(arrow_error)?;
    }
    w.close().map(drop).map_err(arrow_error)
}

/// Reads a Parquet file: its record batches, one at a time (feature
/// `parquet`).
///
/// # Errors
///
/// When the file's footer cannot be read; each batch is a `Result` too.
///
/// ```
/// let path = std::env::temp_dir().join("factdiff-doc-not.parquet");
/// std::fs::write(&path, "not parquet").unwrap();
/// assert!(factdiff::columnar::read_parquet(std::fs::File::open(&path).unwrap()).is_err());
/// ```
#[cfg(feature = "parquet")]
pub fn read_parquet(
    file: std::fs::File,
) -> Result<impl Iterator<Item = Result<RecordBatch, Error>>, Error> {
    let r = guarded(|| {
        parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
            .map_err(arrow_error)?
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(arrow_error)
    })?;
    Ok(guarded_batches(r))
}

/// Typed access to a batch's columns by name, with errors that name them.
struct Columns<'b>(&'b RecordBatch);

impl<'b> Columns<'b> {
    fn column(&self, name: &str) -> Result<&'b ArrayRef, Error> {
        self.0
            .column_by_name(name)
            .ok_or_else(|| Error::columnar(format!("no column {name:?}")))
    }

    fn wrong_type(&self, name: &str, want: &str) -> Error {
        let got = self
            .0
            .column_by_name(name)
            .map_or_else(String::new, |c| c.data_type().to_string());
        Error::columnar(format!("column {name:?} is {got}, not {want}"))
    }

    fn strings(&self, name: &'static str) -> Result<Strings<'b>, Error> {
        Strings::of(self.column(name)?.as_ref(), name)
    }

    fn optional_strings(&self, name: &'static str) -> Result<Option<Strings<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(c) => Strings::of(c.as_ref(), name).map(Some),
            None => Ok(None),
        }
    }

    fn optional_ints(&self, name: &'static str) -> Result<Option<Ints<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.ints(name).map(Some),
            None => Ok(None),
        }
    }

    fn ints(&self, name: &'static str) -> Result<Ints<'b>, Error> {
        let c = self.column(name)?;
        let array = match c.data_type() {
            DataType::Int64 => IntArray::I64(c.as_primitive::<Int64Type>()),
            DataType::Int32 => IntArray::I32(c.as_primitive::<Int32Type>()),
            _ => return Err(self.wrong_type(name, "Int64")),
        };
        Ok(Ints { name, array })
    }

    fn floats(&self, name: &'static str) -> Result<Floats<'b>, Error> {
        let c = self.column(name)?;
        c.as_primitive_opt::<Float64Type>()
            .map(Floats)
            .ok_or_else(|| self.wrong_type(name, "Float64"))
    }

    fn bools(&self, name: &'static str) -> Result<Bools<'b>, Error> {
        let c = self.column(name)?;
        c.as_boolean_opt()
            .map(|array| Bools { name, array })
            .ok_or_else(|| self.wrong_type(name, "Boolean"))
    }

    fn optional_floats(&self, name: &'static str) -> Result<Option<Floats<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.floats(name).map(Some),
            None => Ok(None),
        }
    }

    fn optional_bools(&self, name: &'static str) -> Result<Option<Bools<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.bools(name).map(Some),
            None => Ok(None),
        }
    }

    fn string_lists(
        &self,
        name: &'static str,
    ) -> Result<&'b arrow_array::GenericListArray<i32>, Error> {
        self.column(name)?
            .as_list_opt::<i32>()
            .ok_or_else(|| self.wrong_type(name, "List<Utf8>"))
    }
}

/// A string column of any of Arrow's three string layouts.
enum Strings<'b> {
    Small(&'b arrow_array::StringArray, &'static str),
    Large(&'b arrow_array::LargeStringArray, &'static str),
    View(&'b arrow_array::StringViewArray, &'static str),
}

impl<'b> Strings<'b> {
    fn of(array: &'b dyn Array, name: &'static str) -> Result<Strings<'b>, Error> {
        match array.data_type() {
            DataType::Utf8 => Ok(Strings::Small(array.as_string::<i32>(), name)),
            DataType::LargeUtf8 => Ok(Strings::Large(array.as_string::<i64>(), name)),
            DataType::Utf8View => Ok(Strings::View(array.as_string_view(), name)),
            other => Err(Error::columnar(format!(
                "column {name:?} is {other}, not Utf8"
            ))),
        }
    }

    fn get(&self, row: usize) -> Option<&'b str> {
        match self {
            Strings::Small(a, _) => a.is_valid(row).then(|| a.value(row)),
            Strings::Large(a, _) => a.is_valid(row).then(|| a.value(row)),
            Strings::View(a, _) => a.is_valid(row).then(|| a.value(row)),
        }
    }

    fn required(&self, row: usize) -> Result<&'b str, Error> {
        self.get(row).ok_or_else(|| {
            let (Strings::Small(_, name) | Strings::Large(_, name) | Strings::View(_, name)) = self;
            Error::columnar(format!("row {row}: column {name:?} is null"))
        })
    }
}

enum IntArray<'b> {
    I64(&'b arrow_array::Int64Array),
    I32(&'b arrow_array::Int32Array),
}

/// An integer column read as offsets.
struct Ints<'b> {
    name: &'static str,
    array: IntArray<'b>,
}

impl Ints<'_> {
    fn get(&self, row: usize) -> Option<i64> {
        match self.array {
            IntArray::I64(a) => a.is_valid(row).then(|| a.value(row)),
            IntArray::I32(a) => a.is_valid(row).then(|| i64::from(a.value(row))),
        }
    }

    /// The value as a `usize`: an error for null or negative.
    fn offset(&self, row: usize) -> Result<usize, Error> {
        let v = self
            .get(row)
            .ok_or_else(|| Error::columnar(format!("row {row}: column {:?} is null", self.name)))?;
        usize::try_from(v).map_err(|_| {
            Error::columnar(format!(
                "row {row}: column {:?} is negative ({v})",
                self.name
            ))
        })
    }
}

struct Floats<'b>(&'b arrow_array::Float64Array);

impl Floats<'_> {
    fn get(&self, row: usize) -> Option<f64> {
        self.0.is_valid(row).then(|| self.0.value(row))
    }
}

struct Bools<'b> {
    name: &'static str,
    array: &'b arrow_array::BooleanArray,
}

impl Bools<'_> {
    fn required(&self, row: usize) -> Result<bool, Error> {
        if self.array.is_valid(row) {
            Ok(self.array.value(row))
        } else {
            Err(Error::columnar(format!(
                "row {row}: column {:?} is null",
                self.name
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Comparer;

    fn keyed(docs: &[Document]) -> Vec<KeyedClaim> {
        Comparer::default().keyed_claims(docs)
    }

    #[test]
    fn claims_round_trip_through_ipc_and_parquet() {
        let docs = [
            Document::new(
                "harbor",
                "Rescuers pulled 14 people from the bay on Tuesday, the Coast Guard said. \
                 Officials hope to clear about 3,000 tons of debris a day. \
                 Fuel costs tripled to $4.2 million. The water rose 2.5 meters.",
            ),
            Document::new(
                "ledger",
                "Nearly 15 people were rescued from the bay, the Harbor Wire said.\n\
                 The Harbor Wire contributed to this report.",
            ),
            Document::new(
                "chamber",
                "The dredging bill passed 221 yeas to 204 nays; the Senate voted 52-48.",
            ),
        ];
        let keyed = keyed(&docs);
        assert!(keyed.len() >= 5, "{keyed:?}");
        let tallies: Vec<_> = keyed
            .iter()
            .filter_map(|k| k.claim.figure.sides.as_deref())
            .collect();
        assert_eq!(tallies.len(), 2, "{keyed:?}");
        assert_eq!(tallies[0][1].label.as_deref(), Some("nays"));
        assert!(
            keyed
                .iter()
                .any(|k| k.claim.baseline.is_some() || k.claim.period.is_some())
        );
        assert!(keyed.iter().any(|k| k.doc_credits_outlet));
        let batch = claims_to_batch(&keyed).unwrap();
        assert_eq!(claims_from_batch(&batch).unwrap(), keyed);

        let mut bytes = Vec::new();
        write_ipc_stream(&mut bytes, &claim_schema(), [batch.clone()]).unwrap();
        #[cfg(not(feature = "parquet"))]
        drop(batch);
        let back: Vec<RecordBatch> = read_ipc_stream(&bytes[..])
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(claims_from_batch(&back[0]).unwrap(), keyed);

        #[cfg(feature = "parquet")]
        {
            let path =
                std::env::temp_dir().join(format!("factdiff-unit-{}.parquet", std::process::id()));
            write_parquet(
                std::fs::File::create(&path).unwrap(),
                &claim_schema(),
                [batch],
            )
            .unwrap();
            let back: Vec<RecordBatch> = read_parquet(std::fs::File::open(&path).unwrap())
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            std::fs::remove_file(&path).ok();
            assert_eq!(claims_from_batch(&back[0]).unwrap(), keyed);
        }
    }

    #[test]
    fn findings_round_trip() {
        let docs = [
            Document::new("a", "Deputies evacuated 1,240 residents on Sunday."),
            Document::new("b", "Deputies evacuated 1,420 residents on Sunday."),
            Document::new("c", "Deputies evacuated 1,240 residents on Sunday."),
        ];
        let findings = Comparer::default().compare(&docs).findings;
        assert!(!findings.is_empty());
        let batch = findings_to_batch(&findings).unwrap();
        assert_eq!(findings_from_batch(&batch).unwrap(), findings);
    }

    #[test]
    fn missing_key_columns_are_worked_out() {
        let docs = [Document::new("a", "Police made 40 arrests.")];
        let keyed = keyed(&docs);
        let batch = claims_to_batch(&keyed).unwrap();
        let mut batch = batch;
        batch.remove_column(batch.schema().index_of("block_key").unwrap());
        batch.remove_column(batch.schema().index_of("doc_credits_outlet").unwrap());
        assert_eq!(claims_from_batch(&batch).unwrap(), keyed);
    }

    #[test]
    fn older_batches_with_the_whole_sentence_still_read() {
        let docs = [Document::new("a", "Police made 40 arrests.")];
        let keyed = keyed(&docs);
        let mut batch = claims_to_batch(&keyed).unwrap();
        for column in ["context", "context_start", "context_end"] {
            batch.remove_column(batch.schema().index_of(column).unwrap());
        }
        let mut fields: Vec<Field> = batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        fields.push(Field::new("sentence_text", DataType::Utf8, false));
        let mut columns = batch.columns().to_vec();
        columns.push(Arc::new(arrow_array::StringArray::from(vec![
            "Police made 40 arrests.",
        ])));
        let older = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap();
        assert_eq!(claims_from_batch(&older).unwrap(), keyed);
        // Neither a context nor the sentence: an error naming the row.
        let mut bare = older;
        bare.remove_column(bare.schema().index_of("sentence_text").unwrap());
        let err = claims_from_batch(&bare).unwrap_err().to_string();
        assert!(err.contains("row 0: a claim needs its context"), "{err}");
    }

    #[test]
    fn bad_batches_give_errors_naming_the_column() {
        let docs = documents_to_batch(&[Document::new("a", "Police made 40 arrests.")]).unwrap();
        let err = claims_from_batch(&docs).unwrap_err();
        assert_eq!(err.to_string(), "arrow: no column \"doc\"");
        let claims = extract_batch(&ClaimExtractor::default(), &docs).unwrap();
        let numbered = RecordBatch::try_new(
            Arc::new(Schema::new(vec![
                Field::new("id", DataType::Int64, false),
                Field::new("text", DataType::Utf8, false),
            ])),
            vec![
                Arc::new(arrow_array::Int64Array::from(vec![7])),
                Arc::new(arrow_array::StringArray::from(vec!["Text."])),
            ],
        )
        .unwrap();
        let err = documents_from_batch(&numbered).unwrap_err();
        assert_eq!(err.to_string(), "arrow: column \"id\" is Int64, not Utf8");
        // A span whose start is after its end.
        let mut columns = claims.columns().to_vec();
        let start = claims.schema().index_of("start").unwrap();
        columns[start] = Arc::new(arrow_array::Int64Array::from(vec![99]));
        let bad = RecordBatch::try_new(claims.schema(), columns).unwrap();
        let err = claims_from_batch(&bad).unwrap_err().to_string();
        assert!(
            err.starts_with("arrow: row 0: column \"start\": start 99 is after end"),
            "{err}"
        );
    }

    #[test]
    fn blocks_carry_over_between_batches() {
        // Two stories told by three outlets: blocks of two and three claims.
        let docs = [
            Document::new(
                "a",
                "Police made 40 arrests on Friday. Fires burned 9 homes.",
            ),
            Document::new(
                "b",
                "Officers made 40 arrests on Friday. Fire destroyed 11 homes.",
            ),
            Document::new(
                "c",
                "By Friday, 44 arrests had been made. Nine homes burned.",
            ),
        ];
        let comparer = Comparer::default();
        let mut expected = comparer.compare(&docs).findings;
        assert!(expected.len() >= 2, "{expected:?}");
        let mut keyed = keyed(&docs);
        keyed.sort_by(KeyedClaim::partition_order);
        // One claim per batch: every block spans several batches.
        let mut aligner = comparer.partition_aligner();
        let mut found = Vec::new();
        for k in keyed {
            found.extend(aligner.push_batch(&claims_to_batch(&[k]).unwrap()).unwrap());
        }
        found.extend(aligner.finish());
        let key = |f: &Finding| (f.claims.clone(), f.verdict);
        expected.sort_by_key(key);
        found.sort_by_key(key);
        assert_eq!(found, expected);
    }

    #[test]
    fn a_batch_out_of_order_is_rejected_whole() {
        let docs = [
            Document::new(
                "a",
                "Police made 40 arrests on Friday. Fires burned 9 homes.",
            ),
            Document::new(
                "b",
                "Officers made 40 arrests on Friday. Fire destroyed 11 homes.",
            ),
        ];
        let mut keyed = keyed(&docs);
        keyed.sort_by(KeyedClaim::partition_order);
        assert!(keyed.len() >= 4);
        let comparer = Comparer::default();
        let mut aligner = comparer.partition_aligner();
        aligner.push(keyed[0].clone()).unwrap();
        // The batch's own order is broken at its second claim: nothing of
        // it is taken.
        let bad = [keyed[1].clone(), keyed[0].clone(), keyed[2].clone()];
        let err = aligner
            .push_batch(&claims_to_batch(&bad).unwrap())
            .unwrap_err();
        assert!(err.to_string().contains("number 3 of the input"), "{err}");
        assert_eq!(aligner.pending(), 1);
        // The sorted rest is then accepted and gives the findings.
        let mut found = aligner
            .push_batch(&claims_to_batch(&keyed[1..]).unwrap())
            .unwrap();
        found.extend(aligner.finish());
        let mut expected = comparer.compare(&docs).findings;
        let key = |f: &Finding| (f.claims.clone(), f.verdict);
        expected.sort_by_key(key);
        found.sort_by_key(key);
        assert_eq!(found, expected);
    }
}
