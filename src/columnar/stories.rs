//! Story separation as record batches: document sketches in one pass
//! (where the documents lie), the grouping in another (where the sketches
//! are gathered), and the assignment joined back onto the documents.

use std::sync::{Arc, OnceLock};

use arrow_array::builder::{BinaryBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use rayon::prelude::*;

use super::columns::{Columns, arrow_error, fits};
use super::documents_from_batch;
use crate::{DocumentSketch, Error, StorySeparator};

/// The schema of sketch batches: `id` Utf8 and `sketch` Binary (the bytes
/// of [`DocumentSketch::to_bytes`]).
///
/// ```
/// let schema = factdiff::columnar::sketch_schema();
/// assert_eq!(schema.field(1).name(), "sketch");
/// ```
#[must_use]
pub fn sketch_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            Arc::new(Schema::new(vec![
                Field::new("id", DataType::Utf8, false),
                Field::new("sketch", DataType::Binary, false),
            ]))
        })
        .clone()
}

/// The schema of story batches, one row per document: `doc`, `story`,
/// `source` (the original a copy counts as, else the document itself) and
/// `title` (the story's), all Utf8.
///
/// ```
/// let schema = factdiff::columnar::story_schema();
/// assert_eq!(schema.fields().len(), 4);
/// ```
#[must_use]
pub fn story_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let f = |name: &str| Field::new(name, DataType::Utf8, false);
            Arc::new(Schema::new(vec![
                f("doc"),
                f("story"),
                f("source"),
                f("title"),
            ]))
        })
        .clone()
}

/// Sketches a batch of documents (as
/// [`documents_from_batch`](super::documents_from_batch) reads them, with
/// their stories and dates), in parallel: one row of [`sketch_schema`] per
/// document.
///
/// # Errors
///
/// As `documents_from_batch`, and when the batch cannot be built.
///
/// ```
/// use factdiff::{Document, StorySeparator, columnar};
/// let docs = columnar::documents_to_batch(&[Document::new("a", "Crews fixed 40 bridges.")])?;
/// let sketches = columnar::sketch_batch(&StorySeparator::default(), &docs)?;
/// assert_eq!(sketches.num_rows(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn sketch_batch(separator: &StorySeparator, docs: &RecordBatch) -> Result<RecordBatch, Error> {
    let docs = documents_from_batch(docs)?;
    let sketches: Vec<(String, Vec<u8>)> = docs
        .par_iter()
        .map(|d| (d.id.clone(), separator.sketch(d).to_bytes()))
        .collect();
    fits("sketch", sketches.iter().map(|(_, b)| b.len()).sum())?;
    let mut id = StringBuilder::new();
    let mut sketch = BinaryBuilder::new();
    for (i, b) in &sketches {
        id.append_value(i);
        sketch.append_value(b);
    }
    let columns: Vec<ArrayRef> = vec![Arc::new(id.finish()), Arc::new(sketch.finish())];
    RecordBatch::try_new(sketch_schema(), columns).map_err(arrow_error)
}

/// Groups every sketch of `batches` (of [`sketch_schema`]) into stories,
/// as [`StorySeparator::assign`] does, or into one story `"all"` when
/// `one_story` is set (as [`StorySeparator::one_story`]): one row of
/// [`story_schema`] per document, in id order. The same stories as
/// [`StorySeparator::separate`] of the documents.
///
/// # Errors
///
/// A missing or mistyped column, a null, or bytes that are not a sketch,
/// naming the row.
///
/// ```
/// use factdiff::{Document, StorySeparator, columnar};
/// let separator = StorySeparator::default();
/// let docs = [
///     Document::new("a", "Quake hits Dalvor\nA magnitude 6.1 quake shook Dalvor Valley."),
///     Document::new("b", "Dalvor Valley quake\nThe 6.1 quake shook Dalvor Valley."),
/// ];
/// let sketches = columnar::sketch_batch(&separator, &columnar::documents_to_batch(&docs)?)?;
/// let stories = columnar::assign_batches(&separator, &[sketches], false)?;
/// assert_eq!(stories.num_rows(), 2);
/// # Ok::<(), factdiff::Error>(())
/// ```
pub fn assign_batches(
    separator: &StorySeparator,
    batches: &[RecordBatch],
    one_story: bool,
) -> Result<RecordBatch, Error> {
    let mut sketches = Vec::new();
    for batch in batches {
        let cols = Columns(batch);
        let ids = cols.strings("id")?;
        let column = cols.column("sketch")?;
        let bytes = column
            .as_binary_opt::<i32>()
            .ok_or_else(|| cols.wrong_type("sketch", "Binary"))?;
        for r in 0..batch.num_rows() {
            let id = ids.required(r)?;
            if bytes.is_null(r) {
                return Err(Error::columnar(format!(
                    "row {r}: column \"sketch\" is null"
                )));
            }
            let sketch = DocumentSketch::from_bytes(bytes.value(r))
                .map_err(|e| Error::columnar(format!("row {r} ({id}): {e}")))?;
            sketches.push(sketch);
        }
    }
    let stories = if one_story {
        separator.one_story_of(sketches, "all")
    } else {
        separator.assign(sketches)
    };
    let mut rows: Vec<(&str, &str, &str, &str)> = stories
        .iter()
        .flat_map(|s| {
            s.docs.iter().map(|d| {
                let source = stories.source(d).unwrap_or(d);
                (d.as_str(), s.id.as_str(), source, s.title.as_str())
            })
        })
        .collect();
    rows.sort_unstable();
    let mut cols: [StringBuilder; 4] = std::array::from_fn(|_| StringBuilder::new());
    for (doc, story, source, title) in rows {
        cols[0].append_value(doc);
        cols[1].append_value(story);
        cols[2].append_value(source);
        cols[3].append_value(title);
    }
    let columns: Vec<ArrayRef> = cols
        .iter_mut()
        .map(|c| Arc::new(c.finish()) as ArrayRef)
        .collect();
    RecordBatch::try_new(story_schema(), columns).map_err(arrow_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, columnar::documents_to_batch};

    #[test]
    fn sketched_in_pieces_assigned_at_once_is_separate() {
        let text = "Quake hits Dalvor\nA magnitude 6.1 quake shook Dalvor Valley on Tuesday, \
                    cracking the Tessaly dam road, officials said.";
        let docs = vec![
            Document::new("a", text),
            Document::new(
                "b",
                format!("{text}\nThe Valley Wire contributed to this report."),
            ),
            Document::new(
                "c",
                "Council votes\nThe Brenna council passed its budget 7-2.",
            ),
            Document::new(
                "d",
                "Budget passes\nBrenna's council voted 7-2 for the budget.",
            )
            .with_story("brenna-budget"),
        ];
        let separator = StorySeparator::default();
        let mut batches = Vec::new();
        for chunk in docs.chunks(3) {
            batches.push(sketch_batch(&separator, &documents_to_batch(chunk).unwrap()).unwrap());
        }
        batches.reverse();
        let assigned = assign_batches(&separator, &batches, false).unwrap();
        let stories = separator.separate(&docs);
        let col = |i: usize| assigned.column(i).as_string::<i32>();
        for r in 0..assigned.num_rows() {
            let doc = col(0).value(r);
            assert_eq!(Some(col(1).value(r)), stories.story_id(doc));
            assert_eq!(Some(col(2).value(r)), stories.source(doc));
        }
        assert_eq!(col(2).value(1), "a", "b copies a");
        assert_eq!(col(1).value(3), "brenna-budget");
        let one = assign_batches(&separator, &batches, true).unwrap();
        assert!((0..4).all(|r| one.column(1).as_string::<i32>().value(r) == "all"));
    }
}
