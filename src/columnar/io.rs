//! Arrow IPC streams and files, and Parquet files: writing batches, and
//! reading them with the readers' panics turned into errors.

use std::io::{Read, Write};

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::columns::arrow_error;
#[cfg(feature = "parquet")]
use super::schema::BATCH_ROWS;
use crate::Error;

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
/// (see [the module docs](super#malformed-input)).
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
