//! The schemas of claim, finding and document batches, and the batch size
//! the writers use.

use std::sync::{Arc, OnceLock};

use arrow_schema::{DataType, Field, Schema, SchemaRef};

/// Rows per record batch the writers here make.
pub const BATCH_ROWS: usize = 8192;

/// The schema of claim batches (see the [module docs](super)).
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
                f("among_incidents", DataType::Boolean, false),
            ]))
        })
        .clone()
}

/// The schema of finding batches (see the [module docs](super)).
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
