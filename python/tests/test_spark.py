"""End-to-end checks of the factdiff Python package and its Spark job.

Run from anywhere, with the package, pyarrow and pyspark installed::

    python python/tests/test_spark.py          # plain asserts, a summary
    python -m pytest python/tests/test_spark.py  # or under pytest

Three parts:

(a) unit checks of ``extract_claims`` / ``align_partition`` on a few
    fictional news sentences written for this test, including that an
    unsorted partition raises ``ValueError``;
(b) PySpark ``local[2]`` over the bundled corpus ``data/corpus/*.txt``
    (id = file stem): its findings must equal those of
    ``factdiff compare --format json data/corpus/*.txt``;
(c) the same over a generated corpus (``examples/generate_corpus.rs``,
    about 2,000 stories of ten kinds): Spark over ``$FACTDIFF_GEN_JSONL``
    against ``factdiff compare --recursive --format json $FACTDIFF_GEN_TXT``.
    Skipped with a notice when those are unset, unless ``$CI`` is set: then
    it fails;
(d) stories: the fixture of same-type events (two quakes, three shootings
    on one day, two House votes; JSON Lines with dates) with the bundled
    corpus given stories of its own: Spark's stories (``factdiff.spark.stories``)
    equal ``factdiff stories``, and its findings ``factdiff compare``'s,
    with ``story_mode`` auto and one.

Environment: ``FACTDIFF_BIN`` (default ``target/release/factdiff`` under
the repository root), ``FACTDIFF_GEN_TXT``, ``FACTDIFF_GEN_JSONL``,
``FACTDIFF_SPARK_PARTITIONS`` (default 8), ``CI``.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import pyarrow as pa

import factdiff
import factdiff.spark as fspark

REPO = Path(__file__).resolve().parents[2]
FACTDIFF_BIN = Path(os.environ.get("FACTDIFF_BIN", REPO / "target" / "release" / "factdiff"))
PARTITIONS = int(os.environ.get("FACTDIFF_SPARK_PARTITIONS", "8"))
IN_CI = bool(os.environ.get("CI"))

# Fictional articles written for these checks: two outlets disagree on an
# evacuation count, agree on a hedged rainfall figure, and one credits the
# other.
ARTICLES = {
    "harbor-gazette": (
        "Storm Floods Port Ellery\n"
        "PORT ELLERY — Deputies evacuated 1,240 residents from the low streets on "
        "Sunday, the county sheriff said. About 180 millimeters of rain fell in two days. "
        "Crews cleared 35 tons of debris from the harbor road."
    ),
    "coast-ledger": (
        "Port Ellery Drains After Storm\n"
        "Deputies evacuated 1,420 residents from the low streets on Sunday, the county "
        "sheriff said. Nearly 180 millimeters of rain fell in two days, forecasters said.\n"
        "The Harbor Gazette contributed to this report."
    ),
    "valley-wire": (
        "Mayor Hana Ostrow, 52, said the town would reopen Route 9 by Friday. "
        "The council met at 7 p.m. on March 3, 2024."
    ),
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def finding_key(f: dict) -> tuple:
    """A finding as a hashable tuple, the fields of ``compare --format json``."""
    return (
        f["verdict"],
        tuple(f["claims"]),
        tuple(tuple(side) for side in f["sides"]),
        tuple(f["copies"]),
        bool(f["syndicated"]),
        f["explanation"],
        float(f["score"]),
        f.get("story"),
    )


def run_cli(args: list[str]) -> dict:
    """Runs ``factdiff ARGS`` (JSON output) and returns the parsed report."""
    if not FACTDIFF_BIN.exists():
        raise AssertionError(
            f"{FACTDIFF_BIN} is missing: build it with `cargo build --release` "
            "or set FACTDIFF_BIN"
        )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [str(FACTDIFF_BIN), *args, "--output", str(out)],
            check=True,
            timeout=1800,
        )
        with out.open("rb") as f:
            return json.load(f)


def documents_batch(articles: dict[str, str]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {
            "id": list(articles),
            "text": list(articles.values()),
            "story": [None] * len(articles),
            "date": [None] * len(articles),
        },
        schema=factdiff.document_schema(),
    )


def labelled_batch(articles: dict[str, str]) -> pa.RecordBatch:
    """The documents with the story and source story separation gives them."""
    docs = documents_batch(articles)
    stories = factdiff.assign_stories([factdiff.sketch_documents(docs)]).to_pylist()
    by_doc = {r["doc"]: r for r in stories}
    ids = docs.column("id").to_pylist()
    return pa.RecordBatch.from_pydict(
        {
            "id": ids,
            "text": docs.column("text").to_pylist(),
            "story": [by_doc[i]["story"] for i in ids],
            "source": [by_doc[i]["source"] for i in ids],
        }
    )


def align_all(claims: pa.RecordBatch, chunk: int | None = None, **settings) -> list[dict]:
    """Sorts claims, feeds them in chunks of ``chunk`` rows, returns findings."""
    ordered = factdiff.sort_claims(claims)
    if chunk is None:
        batches = [ordered]
    else:
        batches = [ordered.slice(i, chunk) for i in range(0, ordered.num_rows, chunk)]
    found = []
    for batch in factdiff.align_partition(batches, **settings):
        assert batch.schema == factdiff.finding_schema(), batch.schema
        assert batch.num_rows > 0
        found.extend(batch.to_pylist())
    return found


# ---------------------------------------------------------------------------
# (a) Unit checks
# ---------------------------------------------------------------------------


def test_schemas_and_ddl():
    assert fspark.ddl_of(factdiff.claim_schema()) == fspark.CLAIM_SCHEMA_DDL
    assert fspark.ddl_of(factdiff.finding_schema()) == fspark.FINDING_SCHEMA_DDL
    assert fspark.ddl_of(factdiff.document_schema()) == fspark.DOCUMENT_SCHEMA_DDL
    assert fspark.ddl_of(factdiff.sketch_schema()) == fspark.SKETCH_SCHEMA_DDL
    assert fspark.ddl_of(factdiff.story_schema()) == fspark.STORY_SCHEMA_DDL
    assert factdiff.finding_schema().names == [
        "verdict", "claims", "score", "explanation", "sides", "copies", "syndicated", "story",
        "reasons",
    ]
    assert tuple(factdiff.SORT_COLUMNS) == ("block_key", "doc", "sentence", "start", "end", "id")


def test_extract_claims():
    claims = factdiff.extract_claims(documents_batch(ARTICLES))
    assert claims.schema == factdiff.claim_schema()
    rows = claims.to_pylist()
    docs = {r["doc"] for r in rows}
    assert {"harbor-gazette", "coast-ledger"} <= docs, docs
    # Ages, times, addresses and route numbers are not claims.
    assert "valley-wire" not in docs, [r["text"] for r in rows if r["doc"] == "valley-wire"]
    evac = [r for r in rows if r["value"] in (1240.0, 1420.0)]
    assert len(evac) == 2 and len({r["block_key"] for r in evac}) == 1, evac
    assert all(r["id"].startswith(r["doc"] + "#") for r in rows)
    text = ARTICLES[evac[0]["doc"]].encode()
    assert text[evac[0]["start"]:evac[0]["end"]].decode() == evac[0]["text"]
    credits = {r["doc"]: r["doc_credits_outlet"] for r in rows}
    assert credits == {"harbor-gazette": False, "coast-ledger": True}, credits
    # Other string layouts, extra columns, a Table, and an empty batch.
    large = pa.RecordBatch.from_pydict(
        {
            "n": [1, 2, 3],
            "text": pa.array(list(ARTICLES.values()), pa.large_string()),
            "id": pa.array(list(ARTICLES), pa.large_string()),
        }
    )
    assert factdiff.extract_claims(large).equals(claims)
    table = pa.Table.from_batches([documents_batch(ARTICLES)] * 2)
    assert factdiff.extract_claims(table).num_rows == 2 * claims.num_rows
    empty = factdiff.extract_claims(documents_batch({}))
    assert empty.num_rows == 0 and empty.schema == factdiff.claim_schema()


def test_extract_errors_and_lexicon():
    bad = pa.RecordBatch.from_pydict({"id": ["a"], "body": ["Police made 40 arrests."]})
    try:
        factdiff.extract_claims(bad)
    except ValueError as e:
        assert str(e) == 'arrow: no column "text"', str(e)
    else:
        raise AssertionError("a batch without `text` was accepted")
    nulls = pa.RecordBatch.from_pydict({"id": ["a", None], "text": ["x", "y"]})
    try:
        factdiff.extract_claims(nulls)
    except ValueError as e:
        assert "null" in str(e), str(e)
    else:
        raise AssertionError("a null id was accepted")
    # The lexicon the CLI reads, given as JSON text, gives the same claims.
    lexicon = (REPO / "data" / "lexicon.json").read_text(encoding="utf-8")
    docs = documents_batch(ARTICLES)
    assert factdiff.extract_claims(docs, lexicon).equals(factdiff.extract_claims(docs))
    try:
        factdiff.Extractor("{not json")
    except ValueError:
        pass
    else:
        raise AssertionError("a broken lexicon was accepted")


def test_align_partition_matches_cli():
    claims = factdiff.extract_claims(labelled_batch(ARTICLES))
    found = align_all(claims)
    verdicts = collections.Counter(f["verdict"] for f in found)
    assert verdicts["conflict"] >= 1 and verdicts["agree"] >= 1, found
    conflict = next(f for f in found if f["verdict"] == "conflict")
    assert set(conflict["claims"]) == {
        r["id"] for r in claims.to_pylist() if r["value"] in (1240.0, 1420.0)
    }, conflict
    # Any chunking gives the same findings.
    for chunk in (1, 2, 5):
        assert [finding_key(f) for f in align_all(claims, chunk)] == [
            finding_key(f) for f in found
        ]
    # And they are the CLI's findings for the same texts.
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for doc, text in ARTICLES.items():
            p = Path(tmp) / f"{doc}.txt"
            p.write_bytes(text.encode())
            paths.append(str(p))
        report = run_cli(["compare", "--format", "json", *paths])
    assert collections.Counter(map(finding_key, report["findings"])) == collections.Counter(
        map(finding_key, found)
    ), (report["findings"], found)
    # Settings reach the comparer: a min score of 1 groups nothing.
    assert align_all(claims, min_score=1.0) == []


def test_unsorted_partition_raises():
    claims = factdiff.extract_claims(documents_batch(ARTICLES))
    ordered = factdiff.sort_claims(claims)
    backwards = ordered.take(pa.array(range(ordered.num_rows - 1, -1, -1)))
    try:
        list(factdiff.align_partition([backwards]))
    except ValueError as e:
        assert "not sorted" in str(e), str(e)
    else:
        raise AssertionError("an unsorted partition was accepted")
    # Sorted batches that are out of order with each other: the same.
    half = ordered.num_rows // 2
    try:
        list(factdiff.align_partition([ordered.slice(half), ordered.slice(0, half)]))
    except ValueError as e:
        assert "not sorted" in str(e), str(e)
    else:
        raise AssertionError("batches out of order were accepted")
    # A failed Aligner stays failed.
    aligner = factdiff.Aligner()
    try:
        aligner.push(backwards)
    except ValueError:
        pass
    for call in (lambda: aligner.push(ordered), aligner.finish):
        try:
            call()
        except ValueError as e:
            assert "cannot be used again" in str(e), str(e)
        else:
            raise AssertionError("a failed Aligner was used again")


def test_aligner_settings_and_bad_input():
    for settings in ({"min_score": 3.0}, {"hedge_tolerance": 1.0}, {"hedge_tolerance": -0.1}):
        try:
            factdiff.Aligner(**settings)
        except ValueError:
            pass
        else:
            raise AssertionError(f"{settings} was accepted")
    aligner = factdiff.Aligner(min_score=0.5, hedge_tolerance=0.1, max_block=1000)
    try:
        aligner.push(documents_batch(ARTICLES))
    except ValueError as e:
        assert str(e) == 'arrow: no column "doc"', str(e)
    else:
        raise AssertionError("documents were taken for claims")
    empty = factdiff.Aligner().finish()
    assert empty.num_rows == 0 and empty.schema == factdiff.finding_schema()


UNIT_TESTS = [
    test_schemas_and_ddl,
    test_extract_claims,
    test_extract_errors_and_lexicon,
    test_align_partition_matches_cli,
    test_unsorted_partition_raises,
    test_aligner_settings_and_bad_input,
]


# ---------------------------------------------------------------------------
# (b), (c) Spark against the single-node CLI
# ---------------------------------------------------------------------------

_SPARK = None


def spark_session():
    """One local[2] SparkSession for the whole run."""
    global _SPARK
    if _SPARK is None:
        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
        # Loopback only: a local[2] test talks to nothing else.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark.sql import SparkSession

        t = time.perf_counter()
        _SPARK = (
            SparkSession.builder.master("local[2]")
            .appName("factdiff-test")
            .config("spark.sql.shuffle.partitions", str(PARTITIONS))
            .config("spark.driver.memory", "2g")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            # Several Arrow batches per partition: alignment streams across them.
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2000")
            .getOrCreate()
        )
        _SPARK.sparkContext.setLogLevel("ERROR")
        print(f"  spark {_SPARK.version} local[2] started in {time.perf_counter() - t:.1f}s")
    return _SPARK


def to_rows(df) -> list[dict]:
    """A DataFrame's rows as dicts, through Arrow where Spark has it."""
    if hasattr(df, "toArrow"):  # Spark >= 4.0
        return df.toArrow().to_pylist()
    return [r.asDict(recursive=True) for r in df.collect()]


#: compare()'s settings and the CLI flags that say the same.
CLI_FLAGS = {"min_score": "--min-score", "hedge_tolerance": "--tolerance", "max_block": "--max-block"}


def spark_vs_cli(
    label: str,
    df_docs,
    cli_args: list[str],
    partitions: int = PARTITIONS,
    check_claims: bool = True,
    **settings,
) -> tuple[int, int]:
    """Runs the Spark job and the CLI; asserts identical findings; prints;
    returns the numbers of claims and findings."""
    if settings:
        label += " " + ", ".join(f"{k}={Path(v).name if k == 'lexicon_path' else v}" for k, v in settings.items())
    lexicon_path = settings.pop("lexicon_path", None)
    flags = [x for k, v in settings.items() for x in (CLI_FLAGS[k], str(v))]
    if lexicon_path is not None:
        flags += ["--lexicon", str(lexicon_path)]
        settings["lexicon"] = Path(lexicon_path).read_text(encoding="utf-8")
    t = time.perf_counter()
    report = run_cli(["compare", "--format", "json", *flags, *cli_args])
    t_cli = time.perf_counter() - t

    t = time.perf_counter()
    n_docs = df_docs.count()
    if check_claims:
        claims_df = fspark.claims(df_docs, lexicon=settings.get("lexicon")).select("id")
        claim_ids = [r["id"] for r in to_rows(claims_df)]
    else:
        claim_ids = [c["id"] for c in report["claims"]]
    t_claims = time.perf_counter() - t

    t = time.perf_counter()
    findings = to_rows(fspark.compare(df_docs, partitions=partitions, **settings))
    t_spark = time.perf_counter() - t

    cli_findings = collections.Counter(map(finding_key, report["findings"]))
    spark_findings = collections.Counter(map(finding_key, findings))
    verdicts = collections.Counter(f["verdict"] for f in findings)
    print(
        f"  {label}: {n_docs} documents, {len(claim_ids)} claims, "
        f"{len(findings)} findings ({', '.join(f'{v} {n}' for v, n in sorted(verdicts.items()))})"
    )
    print(
        f"  {label}: single-node CLI {t_cli:.1f}s; spark claims {t_claims:.1f}s, "
        f"spark compare {t_spark:.1f}s ({partitions} partitions)"
    )
    assert n_docs == len(report["documents"]), (n_docs, len(report["documents"]))
    cli_claim_ids = [c["id"] for c in report["claims"]]
    assert sorted(claim_ids) == sorted(cli_claim_ids), (
        f"claims differ: {len(claim_ids)} in spark, {len(cli_claim_ids)} single-node"
    )
    if spark_findings != cli_findings:
        only_spark = list((spark_findings - cli_findings).elements())[:3]
        only_cli = list((cli_findings - spark_findings).elements())[:3]
        raise AssertionError(
            f"findings differ: {sum(spark_findings.values())} in spark, "
            f"{sum(cli_findings.values())} single-node; only in spark: {only_spark}; "
            f"only single-node: {only_cli}"
        )
    assert findings, "no findings at all"
    print(f"  {label}: spark == single-node: {len(findings)} findings identical")
    return len(claim_ids), len(findings)


def test_spark_bundled_corpus():
    spark = spark_session()
    paths = sorted((REPO / "data" / "corpus").glob("*.txt"))
    assert len(paths) >= 2, paths
    # Bytes decoded as they are: no newline translation, as the CLI reads them.
    rows = [(p.stem, p.read_bytes().decode("utf-8"), None, None) for p in paths]
    df = spark.createDataFrame(rows, fspark.DOCUMENT_SCHEMA_DDL)
    files = [str(p) for p in paths]
    _, findings = spark_vs_cli("bundled corpus", df, files)
    # Any number of partitions gives the same findings, and the settings
    # reach the executors: max_block=5 cuts blocks into chunks.
    spark_vs_cli("bundled corpus", df, files, partitions=1, check_claims=False)
    spark_vs_cli(
        "bundled corpus", df, files, partitions=3, check_claims=False,
        min_score=0.5, hedge_tolerance=0.1, max_block=5,
    )
    # A lexicon of its own (the default one less two measures) reaches the
    # executors as --lexicon reaches the CLI.
    lexicon = json.loads((REPO / "data" / "lexicon.json").read_text(encoding="utf-8"))
    lexicon["measures"] = [m for m in lexicon["measures"] if m["id"] not in ("doses", "cases")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "small-lexicon.json"
        path.write_text(json.dumps(lexicon), encoding="utf-8")
        _, fewer = spark_vs_cli("bundled corpus", df, files, lexicon_path=path)
    # Claims about doses and cases lose their measure and find no partner.
    assert 0 < fewer < findings, (fewer, findings)


class Skipped(Exception):
    """A check that could not run here."""


def test_spark_generated_corpus():
    txt, jsonl = os.environ.get("FACTDIFF_GEN_TXT"), os.environ.get("FACTDIFF_GEN_JSONL")
    if not (txt and jsonl):
        message = (
            "generated corpus: FACTDIFF_GEN_TXT and FACTDIFF_GEN_JSONL are unset "
            "(python/ci.sh generates them with examples/generate_corpus.rs)"
        )
        if IN_CI:
            raise AssertionError(message + ", and CI is set")
        raise Skipped(message)
    spark = spark_session()
    df = spark.read.schema("id STRING, text STRING").json(jsonl)
    n_files = sum(1 for _ in Path(txt).rglob("*.txt"))
    print(f"  generated corpus: {n_files} .txt files in {txt}, JSON Lines {jsonl}")
    if n_files < 10_000:
        message = f"generated corpus has {n_files} articles, fewer than 10,000"
        if IN_CI:
            raise AssertionError(message)
        print(f"  NOTICE: {message}")
    spark_vs_cli("generated corpus", df, ["--recursive", txt])
    # Blocks cut into chunks of 50 claims, spread over partitions.
    spark_vs_cli("generated corpus", df, ["--recursive", txt], check_claims=False, max_block=50)


def test_spark_stories():
    """Stories on Spark: same-type events and given stories, as single-node."""
    spark = spark_session()
    fixture = REPO / "tests" / "data" / "same_type_events.jsonl"
    docs = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines() if line]
    for p in sorted((REPO / "data" / "corpus").glob("*.txt")):
        # The bundled corpus with stories given: its file names say them.
        story = "given-" + p.stem.rsplit("-", 1)[0]
        docs.append({"id": p.stem, "text": p.read_bytes().decode("utf-8"), "story": story})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        rows = [(d["id"], d["text"], d.get("story"), d.get("date")) for d in docs]
        df = spark.createDataFrame(rows, fspark.DOCUMENT_SCHEMA_DDL)
        cli = subprocess.run(
            [str(FACTDIFF_BIN), "stories", "--format", "json", str(path)],
            check=True, capture_output=True, text=True,
        ).stdout
        want = {}
        for line in cli.splitlines():
            s = json.loads(line)
            for d in s["docs"]:
                want[d] = s["story"]
        got = {r["doc"]: r["story"] for r in to_rows(fspark.stories(df))}
        assert got == want, (got, want)
        kinds = {want[d["id"]] for d in docs}
        print(f"  stories: {len(docs)} documents, {len(kinds)} stories, spark == single-node")
        spark_vs_cli("stories (auto)", df, [str(path)], partitions=3, check_claims=False)
        report = run_cli(["compare", "--format", "json", "--stories", "one", str(path)])
        one = to_rows(fspark.compare(df, story_mode="one", partitions=2))
        assert collections.Counter(map(finding_key, one)) == collections.Counter(
            map(finding_key, report["findings"])
        ), "story_mode one differs from --stories one"
        print(f"  stories (one): {len(one)} findings, spark == single-node")


SPARK_TESTS = [test_spark_bundled_corpus, test_spark_generated_corpus, test_spark_stories]


# ---------------------------------------------------------------------------
# Runner
# ---------------------------------------------------------------------------


def main() -> int:
    passed = failed = skipped = 0
    start = time.perf_counter()
    print(f"factdiff {factdiff.__version__}, pyarrow {pa.__version__}, CLI {FACTDIFF_BIN}")
    for test in UNIT_TESTS + SPARK_TESTS:
        t = time.perf_counter()
        print(f"{test.__name__} ...")
        try:
            test()
        except Skipped as s:
            skipped += 1
            print(f"SKIP {test.__name__}: {s}")
        except Exception:  # noqa: BLE001 - report every failure, go on
            failed += 1
            traceback.print_exc()
            print(f"FAIL {test.__name__} ({time.perf_counter() - t:.1f}s)")
        else:
            passed += 1
            print(f"ok   {test.__name__} ({time.perf_counter() - t:.1f}s)")
    if _SPARK is not None:
        _SPARK.stop()
    print(f"total {time.perf_counter() - start:.1f}s")
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


# pytest collects the test_* functions; a skip becomes pytest's skip.
try:  # pragma: no cover - only under pytest
    import pytest

    _raw_generated = test_spark_generated_corpus

    def test_spark_generated_corpus():  # noqa: F811
        try:
            _raw_generated()
        except Skipped as s:
            pytest.skip(str(s))

    SPARK_TESTS[1] = _raw_generated  # main() runs the raw function
except ImportError:
    pass


if __name__ == "__main__":
    sys.exit(main())
