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
//! | `among_incidents` | Boolean | the figure is one of several incidents its document tells ([`Claim::among_incidents`](crate::Claim::among_incidents)); batches without the column read `false` |
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

mod claims_read;
mod claims_write;
mod columns;
mod documents;
mod findings;
mod io;
mod schema;
mod stories;
#[cfg(test)]
mod tests;

pub use claims_read::claims_from_batch;
pub use claims_write::{claim_batches, claims_to_batch, extract_batch};
pub use documents::{documents_from_batch, documents_to_batch};
pub use findings::{findings_from_batch, findings_to_batch};
pub use io::{in_guarded_read, read_ipc_file, read_ipc_stream, write_ipc_stream};
#[cfg(feature = "parquet")]
pub use io::{read_parquet, write_parquet};
pub use schema::{BATCH_ROWS, claim_schema, document_schema, finding_schema};
pub use stories::{assign_batches, sketch_batch, sketch_schema, story_schema};

// For the links of the module docs above (only they name it here).
#[cfg(doc)]
use crate::Document;
