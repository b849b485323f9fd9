"""factdiff from Python: numeric claims and agree/conflict findings as Arrow.

factdiff splits news texts into sentences, extracts their numeric claims
("7,300 arrests in the first week") and lines up the claims about the same
quantity across documents into *findings*: the sources agree or conflict,
with the arithmetic shown. This package binds factdiff's Rust core, with
``pyarrow.RecordBatch`` as the unit of exchange, so that it plugs into
Spark's ``mapInArrow`` (see :mod:`factdiff.spark`), Ray, Dask, DuckDB or
Polars without copying.

The pipeline has three steps:

0. Stories (events): :func:`sketch_documents` sketches each batch of
   documents where it lies, and :func:`assign_stories` groups every
   sketch at once into stories (one row per document: ``doc``, ``story``,
   ``source``, ``title``). Claims of different stories are never
   compared; joined back onto the documents as ``story`` and ``source``
   columns, they label the claims.
1. :func:`extract_claims` turns a batch of documents (string columns
   ``id`` and ``text``) into a batch of claims, each keyed by
   ``block_key``. Claims with different block keys are never compared.
2. :func:`align_partition` reads the claims of one partition *sorted by*
   ``block_key, doc, sentence, start, end, id`` and yields the findings,
   block by block, in bounded memory. Shuffle the claims by ``block_key``,
   sort each partition, align each partition on its own: the union of the
   partitions' findings is exactly what ``factdiff compare`` reports for
   the whole corpus.

Example (a single partition holding everything)::

    import pyarrow as pa
    import factdiff

    docs = pa.RecordBatch.from_pydict({
        "id": ["tribune", "courier"],
        "text": ["Deputies evacuated 1,240 residents on Sunday.",
                 "Deputies evacuated 1,420 residents on Sunday."],
    })
    claims = factdiff.extract_claims(docs)
    ordered = factdiff.sort_claims(claims)
    for findings in factdiff.align_partition([ordered]):
        for f in findings.to_pylist():
            print(f["verdict"], f["claims"], f["explanation"])
    # conflict ['courier#0', 'tribune#0'] 2 sides disagree on measure displaced, ...

Schemas: :func:`claim_schema`, :func:`finding_schema`,
:func:`document_schema` (the ``factdiff::columnar`` schemas of the Rust
crate; integers are int64, strings utf8).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

import pyarrow as pa

from . import _factdiff
from ._factdiff import (
    Aligner,
    Extractor,
    assign_stories,
    claim_schema,
    document_schema,
    finding_schema,
    sketch_documents,
    sketch_schema,
    story_schema,
)

__all__ = [
    "Aligner",
    "Extractor",
    "SORT_COLUMNS",
    "align_partition",
    "assign_stories",
    "claim_schema",
    "document_schema",
    "extract_claims",
    "finding_schema",
    "sketch_documents",
    "sketch_schema",
    "sort_claims",
    "story_schema",
]

__version__: str = _factdiff.__version__

#: The order :class:`Aligner` and :func:`align_partition` read claims in:
#: within a partition, sort by these columns, ascending, strings compared
#: as bytes (UTF-8), as Spark's ``sortWithinPartitions`` does.
SORT_COLUMNS = ("block_key", "doc", "sentence", "start", "end", "id")


def extract_claims(
    batch: pa.RecordBatch, lexicon: Optional[str] = None
) -> pa.RecordBatch:
    """Extracts the claims of a batch of documents.

    Args:
        batch: a ``pyarrow.RecordBatch`` with string columns ``id`` (the
            document id, as ``factdiff compare`` takes it from the file
            name without extension) and ``text``, and optionally
            ``story``, ``date`` and ``source`` (what
            :func:`assign_stories` gives; they label the claims); other
            columns are ignored. A ``pyarrow.Table`` is accepted too.
        lexicon: the JSON text of a measure lexicon (the format of
            factdiff's ``data/lexicon.json``, as ``factdiff compare
            --lexicon`` reads it), or ``None`` for the default lexicon.

    Returns:
        A ``pyarrow.RecordBatch`` of :func:`claim_schema`, one row per
        claim, in document order (for a ``Table``: its batches' claims
        concatenated).

    Raises:
        ValueError: a missing column, a column of the wrong type, a null
            id or text, or a lexicon factdiff rejects (factdiff's message).
    """
    if isinstance(batch, pa.Table):
        parts = [extract_claims(b, lexicon) for b in batch.to_batches()]
        return _one_batch(pa.Table.from_batches(parts, schema=claim_schema()))
    if lexicon is None:
        return _factdiff.extract_claims(batch)
    return Extractor(lexicon).extract(batch)


def sort_claims(claims: Union[pa.RecordBatch, pa.Table]) -> pa.RecordBatch:
    """Sorts claims in the order :func:`align_partition` reads them.

    For a partition small enough to sort in memory (an engine sorts its
    partitions itself): by :data:`SORT_COLUMNS`, ascending. Arrow compares
    strings as bytes, which is the order factdiff needs.

    Args:
        claims: a batch or table of :func:`claim_schema`.

    Returns:
        One ``pyarrow.RecordBatch`` holding the sorted claims.
    """
    table = claims if isinstance(claims, pa.Table) else pa.Table.from_batches([claims])
    order = [(c, "ascending") for c in SORT_COLUMNS]
    return _one_batch(table.sort_by(order))


def _one_batch(table: pa.Table) -> pa.RecordBatch:
    """The rows of ``table`` as one record batch."""
    batches = table.combine_chunks().to_batches()
    if not batches:
        return pa.RecordBatch.from_pylist([], schema=table.schema)
    return batches[0]


def align_partition(
    batches: Iterable[pa.RecordBatch],
    *,
    min_score: Optional[float] = None,
    hedge_tolerance: Optional[float] = None,
    max_block: Optional[int] = None,
) -> Iterator[pa.RecordBatch]:
    """Aligns one partition of sorted claims; yields batches of findings.

    A generator over one :class:`Aligner`: it holds at most one input
    batch and the claims of the open blocks, never the whole partition, so
    it suits Spark's ``mapInArrow`` (one call per partition) and any other
    stream of batches.

    Args:
        batches: claim batches (:func:`claim_schema`; columns in any order)
            sorted by :data:`SORT_COLUMNS` across the whole stream.
        min_score: smallest pair score (0 to 1) for two claims to be
            grouped (``factdiff compare --min-score``); ``None`` for the
            default.
        hedge_tolerance: relative tolerance (0 to 1) for hedged figures
            (``factdiff compare --tolerance``); ``None`` for the default.
        max_block: the most claims aligned together as one block
            (``factdiff compare --max-block``); ``None`` for the default.

    Yields:
        ``pyarrow.RecordBatch``es of :func:`finding_schema`, none empty.
        With the same settings, the findings of all partitions together are
        those of ``factdiff compare`` over all the documents.

    Raises:
        ValueError: a batch factdiff cannot read, a claim out of order
            (the input is not sorted), or a setting out of range.
    """
    aligner = Aligner(
        min_score=min_score, hedge_tolerance=hedge_tolerance, max_block=max_block
    )
    for batch in batches:
        findings = aligner.push(batch)
        if findings.num_rows:
            yield findings
    findings = aligner.finish()
    if findings.num_rows:
        yield findings
