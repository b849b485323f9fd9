//! Documents as record batches and back.

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::{ArrayRef, RecordBatch};

use super::columns::{Columns, arrow_error, fits};
use super::schema::document_schema;
use crate::{Document, Error};

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
