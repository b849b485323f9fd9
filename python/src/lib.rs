//! Python bindings of factdiff: documents, claims and findings as
//! `pyarrow.RecordBatch`es, the unit of exchange of Spark's `mapInArrow`
//! (and of Ray, Dask, `DuckDB` and Polars).
//!
//! The module is `factdiff._factdiff`; the Python package `factdiff` wraps
//! it (`factdiff.extract_claims`, `factdiff.align_partition`,
//! `factdiff.spark.compare`). Batches cross the language boundary through
//! the Arrow C data interface without copying the column buffers, and
//! every call releases the GIL while Rust works, so that other Python
//! threads keep running meanwhile.
//!
//! The schemas are those of `factdiff::columnar` (see `claim_schema`,
//! `finding_schema` and `document_schema` below).
#![forbid(unsafe_code)]

use std::sync::OnceLock;

use arrow_array::RecordBatch;
use arrow_pyarrow::PyArrowType;
use arrow_schema::Schema;
use factdiff::{ClaimExtractor, Comparer, Lexicon, PartitionAligner, StorySeparator, columnar};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// A factdiff error as a Python `ValueError` carrying factdiff's message
/// and each of its causes.
fn value_error(e: &factdiff::Error) -> PyErr {
    let mut message = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        message = format!("{message}: {c}");
        cause = c.source();
    }
    PyValueError::new_err(message)
}

/// The extractor with the default lexicon, built once per process.
fn default_extractor() -> &'static ClaimExtractor {
    static EXTRACTOR: OnceLock<ClaimExtractor> = OnceLock::new();
    EXTRACTOR.get_or_init(ClaimExtractor::default)
}

/// Extracts the claims of a batch of documents with the default lexicon.
///
/// `batch` is a `pyarrow.RecordBatch` with string columns `id` and `text`
/// (`string`, `large_string` or `string_view`; other columns are
/// ignored). Returns a `pyarrow.RecordBatch` of `claim_schema()`: one row
/// per claim, in document order, each keyed by `block_key` for
/// partition-wise alignment. Documents are processed in parallel on
/// factdiff's thread pool, with the GIL released.
///
/// Raises `ValueError` (factdiff's message) for a missing column, a column
/// of the wrong type or a null id or text.
#[pyfunction]
fn extract_claims(
    py: Python<'_>,
    batch: PyArrowType<RecordBatch>,
) -> PyResult<PyArrowType<RecordBatch>> {
    let docs = batch.0;
    py.detach(|| columnar::extract_batch(default_extractor(), &docs))
        .map(PyArrowType)
        .map_err(|e| value_error(&e))
}

/// A claim extractor with its own measure lexicon.
///
/// `lexicon` is the JSON text of a lexicon (the format of factdiff's
/// `data/lexicon.json`, what `factdiff compare --lexicon FILE` reads), or
/// `None` for the default lexicon. The JSON text rather than a path, so
/// that an engine can ship it to its workers inside a closure. Raises
/// `ValueError` for a lexicon factdiff rejects.
#[pyclass(module = "factdiff._factdiff", frozen)]
struct Extractor {
    extractor: ClaimExtractor,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (lexicon=None))]
    fn new(lexicon: Option<&str>) -> PyResult<Extractor> {
        let extractor = match lexicon {
            None => ClaimExtractor::default(),
            Some(json) => {
                ClaimExtractor::new(Lexicon::from_json(json).map_err(|e| value_error(&e))?)
            }
        };
        Ok(Extractor { extractor })
    }

    /// Extracts the claims of a batch of documents, as `extract_claims`
    /// does, with this extractor's lexicon.
    fn extract(
        &self,
        py: Python<'_>,
        batch: PyArrowType<RecordBatch>,
    ) -> PyResult<PyArrowType<RecordBatch>> {
        let docs = batch.0;
        let extractor = &self.extractor;
        py.detach(|| columnar::extract_batch(extractor, &docs))
            .map(PyArrowType)
            .map_err(|e| value_error(&e))
    }
}

/// Aligns one partition of claims, block by block, in bounded memory.
///
/// Feed it the claim batches of a partition (`claim_schema()`; only the
/// columns factdiff reads are needed, in any order) sorted by
/// `block_key, doc, sentence, start, end, id`, strings compared as bytes,
/// as Spark's `sortWithinPartitions` sorts them. `push` returns the
/// findings of the blocks the batch closes, `finish` those of the last
/// blocks; together they are the findings `factdiff compare` gives for the
/// partition's blocks. Memory is bounded by `max_block` claims (plus the
/// few thousand claims of small blocks aligned together).
///
/// `min_score` (0 to 1), `hedge_tolerance` (0 to 1, exclusive; the CLI's
/// `--tolerance`) and `max_block` are the settings of the same names of
/// `factdiff compare`; `None` keeps factdiff's default. Raises
/// `ValueError` for a setting out of range.
///
/// An unsorted input raises `ValueError` (a batch out of order is rejected
/// whole); the aligner then refuses every further call with `ValueError`,
/// so that a broken partition cannot pass for a complete one: make a new
/// one.
#[pyclass(module = "factdiff._factdiff")]
struct Aligner {
    aligner: PartitionAligner,
    /// Why the aligner can no longer be used, after a failed `push`.
    broken: Option<String>,
}

impl Aligner {
    fn usable(&self) -> PyResult<()> {
        match &self.broken {
            None => Ok(()),
            Some(why) => Err(PyValueError::new_err(format!(
                "this Aligner failed earlier and cannot be used again ({why})"
            ))),
        }
    }
}

#[pymethods]
impl Aligner {
    #[new]
    #[pyo3(signature = (min_score=None, hedge_tolerance=None, max_block=None))]
    fn new(
        min_score: Option<f64>,
        hedge_tolerance: Option<f64>,
        max_block: Option<usize>,
    ) -> PyResult<Aligner> {
        let mut builder = Comparer::builder();
        if let Some(score) = min_score {
            builder.min_score(score);
        }
        if let Some(fraction) = hedge_tolerance {
            builder.hedge_tolerance(fraction);
        }
        if let Some(claims) = max_block {
            builder.max_block(claims);
        }
        let comparer = builder.build().map_err(|e| value_error(&e))?;
        Ok(Aligner {
            aligner: comparer.partition_aligner(),
            broken: None,
        })
    }

    /// Reads the next sorted batch of claims; returns a
    /// `pyarrow.RecordBatch` of `finding_schema()` with the findings of the
    /// blocks it closes (often 0 rows). The GIL is released meanwhile.
    ///
    /// Raises `ValueError` for a batch factdiff cannot read (naming the
    /// column and row) or a claim out of order.
    fn push(
        &mut self,
        py: Python<'_>,
        batch: PyArrowType<RecordBatch>,
    ) -> PyResult<PyArrowType<RecordBatch>> {
        self.usable()?;
        let claims = batch.0;
        let aligner = &mut self.aligner;
        let result = py.detach(|| {
            aligner
                .push_batch(&claims)
                .and_then(|findings| columnar::findings_to_batch(&findings))
        });
        match result {
            Ok(findings) => Ok(PyArrowType(findings)),
            Err(e) => {
                let err = value_error(&e);
                self.broken = Some(e.to_string());
                Err(err)
            }
        }
    }

    /// Aligns what is left and returns the findings of the last blocks as a
    /// `pyarrow.RecordBatch` of `finding_schema()`. The aligner can then
    /// read another sorted stream.
    fn finish(&mut self, py: Python<'_>) -> PyResult<PyArrowType<RecordBatch>> {
        self.usable()?;
        let aligner = &mut self.aligner;
        py.detach(|| columnar::findings_to_batch(&aligner.finish()))
            .map(PyArrowType)
            .map_err(|e| value_error(&e))
    }
}

/// The story separator with the default settings, built once per process.
fn default_separator() -> &'static StorySeparator {
    static SEPARATOR: OnceLock<StorySeparator> = OnceLock::new();
    SEPARATOR.get_or_init(StorySeparator::default)
}

/// Sketches a batch of documents for story separation: one row per
/// document of `sketch_schema()` (`id`, and `sketch`: the bytes story
/// separation needs, no text), in parallel with the GIL released. The
/// documents' optional `story` and `date` columns are kept in the sketch.
///
/// Raises `ValueError` (factdiff's message) for a missing column, a column
/// of the wrong type, a null id or text, an empty story or a bad date.
#[pyfunction]
fn sketch_documents(
    py: Python<'_>,
    batch: PyArrowType<RecordBatch>,
) -> PyResult<PyArrowType<RecordBatch>> {
    let docs = batch.0;
    py.detach(|| columnar::sketch_batch(default_separator(), &docs))
        .map(PyArrowType)
        .map_err(|e| value_error(&e))
}

/// Groups sketched documents into stories: every sketch of `batches`
/// (`sketch_schema()`) at once, as `factdiff stories` groups the
/// documents (or all in one story `"all"` with `one_story=True`). Returns
/// one batch of `story_schema()`: `doc`, `story`, `source` (the original a
/// copied document counts as), `title`, one row per document, by id.
///
/// Raises `ValueError` for a batch factdiff cannot read.
#[pyfunction]
#[pyo3(signature = (batches, one_story=false))]
fn assign_stories(
    py: Python<'_>,
    batches: Vec<PyArrowType<RecordBatch>>,
    one_story: bool,
) -> PyResult<PyArrowType<RecordBatch>> {
    let batches: Vec<RecordBatch> = batches.into_iter().map(|b| b.0).collect();
    py.detach(|| columnar::assign_batches(default_separator(), &batches, one_story))
        .map(PyArrowType)
        .map_err(|e| value_error(&e))
}

/// The `pyarrow.Schema` of sketch batches: `id` (string), `sketch` (binary).
#[pyfunction]
fn sketch_schema() -> PyArrowType<Schema> {
    PyArrowType(columnar::sketch_schema().as_ref().clone())
}

/// The `pyarrow.Schema` of story batches: `doc`, `story`, `source`, `title`.
#[pyfunction]
fn story_schema() -> PyArrowType<Schema> {
    PyArrowType(columnar::story_schema().as_ref().clone())
}

/// The `pyarrow.Schema` of claim batches (`factdiff::columnar::claim_schema`).
#[pyfunction]
fn claim_schema() -> PyArrowType<Schema> {
    PyArrowType(columnar::claim_schema().as_ref().clone())
}

/// The `pyarrow.Schema` of finding batches: `verdict`, `claims`, `score`,
/// `explanation`, `sides`, `copies`, `syndicated`, `story`, as in
/// `factdiff compare --format json`.
#[pyfunction]
fn finding_schema() -> PyArrowType<Schema> {
    PyArrowType(columnar::finding_schema().as_ref().clone())
}

/// The `pyarrow.Schema` of document batches: `id` and `text`, and the
/// nullable `story` and `date` (`YYYY-MM-DD`), all strings.
#[pyfunction]
fn document_schema() -> PyArrowType<Schema> {
    PyArrowType(columnar::document_schema().as_ref().clone())
}

/// factdiff's Rust core: claims and findings as `pyarrow.RecordBatch`es.
///
/// Use the `factdiff` package rather than this module directly.
#[pymodule]
mod _factdiff {
    #[pymodule_export]
    use super::{
        Aligner, Extractor, assign_stories, claim_schema, document_schema, extract_claims,
        finding_schema, sketch_documents, sketch_schema, story_schema,
    };

    /// Adds the version of the factdiff crate the module was built from.
    #[pymodule_init]
    fn init(m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        use pyo3::types::PyModuleMethods;
        m.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
