"""factdiff on Spark: the findings of ``factdiff compare``, computed at scale.

The job is a story pass, then two ``mapInArrow`` stages around one
shuffle::

    docs (id, text, story?, date?)
      -> mapInArrow(sketch)                    one sketch per document (no text)
      -> toArrow() on the driver, assign       stories: doc, story, source, title
      -> join onto the documents (broadcast)   docs + story, source
      -> mapInArrow(extract)                   claims, keyed by block_key
      -> repartition(n, "block_key")           every block in one partition
      -> sortWithinPartitions(block_key, doc, sentence, start, end, id)
      -> mapInArrow(align)                     findings, block by block

The story leads the block key, and claims with different block keys are
never compared, so once a block's claims sit together, sorted, in one
partition, each partition is aligned on its own in bounded memory
(:func:`factdiff.align_partition`), and the union of the partitions'
findings is exactly the single-node report's findings, whatever ``n`` is.
The stories are those of ``factdiff stories``: the grouping runs once, on
the driver, over every document's sketch (a few bytes per word). Batches
cross between the JVM, Python and Rust as Arrow, without row-by-row
conversion.

Needs Spark 3.3 or newer (``mapInArrow``), pyarrow on the driver and the
executors, and this package installed on the executors (see the package's
README for ``spark-submit``).

Example::

    from pyspark.sql import SparkSession
    import factdiff.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    docs = spark.read.schema("id string, text string").json("articles.jsonl")
    findings = factdiff.spark.compare(docs, partitions=8)
    findings.groupBy("verdict").count().show()
    findings.write.mode("overwrite").parquet("findings.parquet")

    stories = factdiff.spark.stories(docs) # doc, story, source, title
    claims = factdiff.spark.claims(docs)   # the extraction step alone
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

import pyarrow as pa

from . import SORT_COLUMNS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pyspark.sql import DataFrame

__all__ = [
    "CLAIM_SCHEMA_DDL",
    "DOCUMENT_SCHEMA_DDL",
    "FINDING_SCHEMA_DDL",
    "SKETCH_SCHEMA_DDL",
    "SORT_COLUMNS",
    "STORY_SCHEMA_DDL",
    "claims",
    "compare",
    "ddl_of",
    "stories",
]

#: The Spark schema of documents: what :func:`compare` reads (``story``
#: and ``date`` may be missing).
DOCUMENT_SCHEMA_DDL = (
    "`id` STRING NOT NULL, `text` STRING NOT NULL, `story` STRING, `date` STRING"
)

#: The Spark schema of document sketches: :func:`factdiff.sketch_schema`.
SKETCH_SCHEMA_DDL = "`id` STRING NOT NULL, `sketch` BINARY NOT NULL"

#: The Spark schema of stories: :func:`factdiff.story_schema`.
STORY_SCHEMA_DDL = (
    "`doc` STRING NOT NULL, `story` STRING NOT NULL, `source` STRING NOT NULL, "
    "`title` STRING NOT NULL"
)

#: The Spark schema of claims: :func:`factdiff.claim_schema` (Arrow int64
#: is BIGINT, float64 DOUBLE, bool BOOLEAN, utf8 STRING; NOT NULL where the
#: Arrow field is not nullable).
CLAIM_SCHEMA_DDL = ", ".join(
    [
        "`id` STRING NOT NULL",
        "`doc` STRING NOT NULL",
        "`sentence` BIGINT NOT NULL",
        "`start` BIGINT NOT NULL",
        "`end` BIGINT NOT NULL",
        "`text` STRING NOT NULL",
        "`kind` STRING NOT NULL",
        "`value` DOUBLE",
        "`low` DOUBLE",
        "`high` DOUBLE",
        "`approx` BOOLEAN NOT NULL",
        "`unit` STRING",
        "`measure` STRING",
        "`period` STRING",
        "`modality` STRING NOT NULL",
        "`attribution` STRING",
        "`place` STRING",
        "`subject` STRING",
        "`window` STRING",
        "`context` STRING NOT NULL",
        "`context_start` BIGINT NOT NULL",
        "`context_end` BIGINT NOT NULL",
        "`negated` BOOLEAN NOT NULL",
        "`sentence_start` BIGINT NOT NULL",
        "`sentence_end` BIGINT NOT NULL",
        "`baseline_value` DOUBLE",
        "`baseline_period` STRING",
        "`baseline_start` BIGINT",
        "`baseline_end` BIGINT",
        "`tally_first` DOUBLE",
        "`tally_first_label` STRING",
        "`tally_second` DOUBLE",
        "`tally_second_label` STRING",
        "`block_key` STRING NOT NULL",
        "`doc_credits_outlet` BOOLEAN NOT NULL",
        "`story` STRING",
        "`source` STRING",
        "`frame` STRING NOT NULL",
        "`superseded` BOOLEAN NOT NULL",
        "`several_events` BOOLEAN NOT NULL",
        "`with_perpetrator` BOOLEAN NOT NULL",
        "`among_incidents` BOOLEAN NOT NULL",
    ]
)

#: The Spark schema of findings: :func:`factdiff.finding_schema`, the
#: fields of a finding in ``factdiff compare --format json``.
FINDING_SCHEMA_DDL = ", ".join(
    [
        "`verdict` STRING NOT NULL",
        "`claims` ARRAY<STRING> NOT NULL",
        "`score` DOUBLE NOT NULL",
        "`explanation` STRING NOT NULL",
        "`sides` ARRAY<ARRAY<STRING>> NOT NULL",
        "`copies` ARRAY<STRING> NOT NULL",
        "`syndicated` BOOLEAN NOT NULL",
        "`story` STRING",
        "`reasons` STRING NOT NULL",
    ]
)


def ddl_of(schema: pa.Schema) -> str:
    """The Spark DDL of an Arrow schema of factdiff's types.

    Maps int64/int32 to BIGINT/INT, float64 to DOUBLE, bool to BOOLEAN,
    (large_)utf8 to STRING and lists to ARRAY, with NOT NULL for fields
    that are not nullable. The constants of this module are the DDL of the
    Rust schemas; the tests check them with this function.
    """

    def type_of(t: pa.DataType) -> str:
        if pa.types.is_int64(t):
            return "BIGINT"
        if pa.types.is_int32(t):
            return "INT"
        if pa.types.is_float64(t):
            return "DOUBLE"
        if pa.types.is_boolean(t):
            return "BOOLEAN"
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            return "STRING"
        if pa.types.is_binary(t) or pa.types.is_large_binary(t):
            return "BINARY"
        if pa.types.is_list(t) or pa.types.is_large_list(t):
            return f"ARRAY<{type_of(t.value_type)}>"
        raise TypeError(f"no Spark DDL for Arrow type {t}")

    return ", ".join(
        f"`{f.name}` {type_of(f.type)}" + ("" if f.nullable else " NOT NULL")
        for f in schema
    )


def claims(df_docs: "DataFrame", *, lexicon: Optional[str] = None) -> "DataFrame":
    """The claims of a DataFrame of documents (the extraction step alone).

    Args:
        df_docs: a DataFrame with string columns ``id`` and ``text`` (other
            columns are dropped). Ids should be unique: claim ids are
            ``<doc id>#<n>``.
        lexicon: the JSON text of a measure lexicon (``factdiff compare
            --lexicon``), shipped to the executors with the task; ``None``
            for the default lexicon.

    Returns:
        A DataFrame of :data:`CLAIM_SCHEMA_DDL`, with the partitioning of
        ``df_docs``.

    Raises:
        ValueError: a lexicon factdiff rejects (checked on the driver).
    """
    if lexicon is not None:
        from factdiff import Extractor

        Extractor(lexicon)  # a bad lexicon fails here, on the driver

    def extract(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        # Imported here: this runs in the executors' Python workers, once
        # per partition.
        import factdiff

        run = factdiff.extract_claims if lexicon is None else factdiff.Extractor(lexicon).extract
        for batch in batches:
            if batch.num_rows:
                found = run(batch)
                if found.num_rows:
                    yield found

    columns = [c for c in ("id", "text", "story", "date", "source") if c in df_docs.columns]
    return df_docs.select(*columns).mapInArrow(extract, CLAIM_SCHEMA_DDL)


def stories(df_docs: "DataFrame", *, one_story: bool = False) -> "DataFrame":
    """The stories of a DataFrame of documents, as ``factdiff stories``.

    Each partition's documents are sketched in ``mapInArrow`` (the texts
    stay where they are); the sketches (a few bytes per word) are gathered
    on the driver and grouped at once (:func:`factdiff.assign_stories`),
    so the stories are exactly those of ``factdiff stories`` (or
    ``factdiff compare``) over the same documents.

    Args:
        df_docs: a DataFrame with string columns ``id`` and ``text``, and
            optionally ``story`` (given stories are kept) and ``date``
            (``YYYY-MM-DD``).
        one_story: every document in one story ``"all"``
            (``factdiff compare --stories one``).

    Returns:
        A DataFrame of :data:`STORY_SCHEMA_DDL`: ``doc``, ``story``,
        ``source`` (the original a copied document counts as), ``title``;
        one row per document.
    """
    import factdiff

    def sketch(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import factdiff as fd

        for batch in batches:
            if batch.num_rows:
                yield fd.sketch_documents(batch)

    columns = [c for c in ("id", "text", "story", "date") if c in df_docs.columns]
    gathered = df_docs.select(*columns).mapInArrow(sketch, SKETCH_SCHEMA_DDL).toArrow()
    assigned = factdiff.assign_stories(gathered.to_batches(), one_story=one_story)
    spark = df_docs.sparkSession
    return spark.createDataFrame(pa.Table.from_batches([assigned]))


def compare(
    df_docs: "DataFrame",
    *,
    story_mode: str = "auto",
    partitions: Optional[int] = None,
    min_score: Optional[float] = None,
    hedge_tolerance: Optional[float] = None,
    max_block: Optional[int] = None,
    lexicon: Optional[str] = None,
) -> "DataFrame":
    """The findings of a DataFrame of documents, as ``factdiff compare``.

    Groups the documents into stories (:func:`stories`), labels them with
    their story and source, extracts the claims (:func:`claims`), shuffles
    them by ``block_key`` (which the story leads) into ``partitions``
    partitions, sorts each partition by
    :data:`SORT_COLUMNS` and aligns each on its own with
    :func:`factdiff.align_partition`. With the same settings the rows are
    exactly the findings of ``factdiff compare`` over the same documents
    (in another order), whatever the number of partitions.

    Args:
        df_docs: a DataFrame with string columns ``id`` and ``text``, and
            optionally ``story`` and ``date``.
        story_mode: ``"auto"`` (the default: stories separated) or
            ``"one"`` (every document one story), as ``factdiff compare
            --stories``.
        partitions: partitions of the shuffle; ``None`` for
            ``spark.sql.shuffle.partitions``.
        min_score: ``factdiff compare --min-score``; ``None`` for the
            default.
        hedge_tolerance: ``factdiff compare --tolerance``; ``None`` for
            the default.
        max_block: ``factdiff compare --max-block``; ``None`` for the
            default.
        lexicon: the JSON text of a measure lexicon (``--lexicon``);
            ``None`` for the default.

    Returns:
        A DataFrame of :data:`FINDING_SCHEMA_DDL`: ``verdict``, ``claims``,
        ``score``, ``explanation``, ``sides``, ``copies``, ``syndicated``,
        ``story``.

    Raises:
        ValueError: a setting out of range (checked here, on the driver,
            before any task runs).
    """
    from factdiff import Aligner

    if story_mode not in ("auto", "one"):
        raise ValueError(f"story_mode must be 'auto' or 'one', got {story_mode!r}")
    # Fail on the driver, not in a task, for a bad setting.
    Aligner(min_score=min_score, hedge_tolerance=hedge_tolerance, max_block=max_block)
    if partitions is None:
        spark = df_docs.sparkSession
        partitions = int(spark.conf.get("spark.sql.shuffle.partitions"))
    settings = {
        "min_score": min_score,
        "hedge_tolerance": hedge_tolerance,
        "max_block": max_block,
    }

    def align(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        # One call per partition, in the executors' Python workers.
        from factdiff import align_partition

        yield from align_partition(batches, **settings)

    from pyspark.sql.functions import broadcast

    assigned = stories(df_docs, one_story=story_mode == "one").select(
        "doc", "story", "source"
    )
    base = df_docs.select("id", "text", *[c for c in ("date",) if c in df_docs.columns])
    labelled = base.join(broadcast(assigned), base["id"] == assigned["doc"]).drop("doc")
    return (
        claims(labelled, lexicon=lexicon)
        .repartition(partitions, "block_key")
        .sortWithinPartitions(*SORT_COLUMNS)
        .mapInArrow(align, FINDING_SCHEMA_DDL)
    )
