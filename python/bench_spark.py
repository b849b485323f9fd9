"""Benchmark: single-node ``factdiff compare`` against the Spark job.

For generated corpora sized to give about 10k, 100k and 1M claims, runs

* the CLI: ``factdiff compare --recursive --format json --output F DIR``
  (wall time, and peak RSS of the process from ``wait4``), and
* Spark ``local[2]``: ``factdiff.spark.compare`` over the same corpus as
  JSON Lines, findings written as Parquet (wall time; peak RSS of the JVM
  from ``/proc/<pid>/status`` VmHWM, and the peak of the Python workers'
  summed RSS, sampled every 0.1 s),

checks that both give the same number of findings, and prints a markdown
table with Spark's overhead per million claims. Not run in CI::

    python python/bench_spark.py                  # 10k, 100k claims
    python python/bench_spark.py 10000 100000 1000000

Needs the package installed (python/ci.sh builds it into target/pyvenv),
``target/release/factdiff`` and ``target/release/examples/generate_corpus``
(``cargo build --release --bin factdiff --example generate_corpus``).
Environment: FACTDIFF_BIN, FACTDIFF_GENERATOR, FACTDIFF_BENCH_DIR (default
target/bench-spark), FACTDIFF_SPARK_PARTITIONS (default 8),
FACTDIFF_SPARK_MEMORY (driver memory, default 4g).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa

import factdiff

REPO = Path(__file__).resolve().parents[1]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
FACTDIFF_BIN = Path(os.environ.get("FACTDIFF_BIN", TARGET / "release" / "factdiff"))
GENERATOR = Path(
    os.environ.get("FACTDIFF_GENERATOR", TARGET / "release" / "examples" / "generate_corpus")
)
WORK = Path(os.environ.get("FACTDIFF_BENCH_DIR", TARGET / "bench-spark"))
PARTITIONS = int(os.environ.get("FACTDIFF_SPARK_PARTITIONS", "8"))
MEMORY = os.environ.get("FACTDIFF_SPARK_MEMORY", "4g")


def generate(articles: int, fmt: str, out: Path) -> None:
    if out.exists():
        return
    tmp = out.with_name(out.name + ".tmp")
    if tmp.is_dir():
        shutil.rmtree(tmp)
    elif tmp.exists():
        tmp.unlink()
    subprocess.run(
        [str(GENERATOR), "--articles", str(articles), "--format", fmt, "--out", str(tmp)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    tmp.rename(out)


def claims_per_article(sample: int = 2000) -> float:
    """Claims per generated article, measured on a sample."""
    path = WORK / f"sample-{sample}.jsonl"
    WORK.mkdir(parents=True, exist_ok=True)
    generate(sample, "jsonl", path)
    import pyarrow.json as pj

    docs = pj.read_json(path)
    claims = factdiff.extract_claims(docs)
    return claims.num_rows / docs.num_rows


def run_cli(txt: Path, out: Path) -> tuple[float, int, int, int]:
    """CLI wall seconds, peak RSS bytes, claims, findings."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(FACTDIFF_BIN), "compare", "--recursive", "--format", "json", "--output", str(out), str(txt)]
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"factdiff compare exited {proc.returncode}")
    # Keys of claim and finding objects only (documents carry counts).
    claims = count_in_file(out, b'"modality"')
    findings = count_in_file(out, b'"verdict"')
    return seconds, usage.ru_maxrss * 1024, claims, findings


def count_in_file(path: Path, needle: bytes) -> int:
    """Occurrences of ``needle`` in a file, read in chunks (a key in JSON
    output cannot occur inside a string value, where quotes are escaped)."""
    n, tail = 0, b""
    with path.open("rb") as f:
        while chunk := f.read(1 << 24):
            data = tail + chunk
            n += data.count(needle)
            tail = data[-(len(needle) - 1):]
            n -= tail.count(needle)
    return n


def status_kib(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(root: int) -> list[int]:
    """Pids below ``root`` in the process tree."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            out.append(child)
            stack.append(child)
    return out


def jvm_pid() -> int:
    """The pid of the JVM this driver started (a java process below us)."""
    for pid in descendants(os.getpid()):
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() == "java":
                    return pid
        except OSError:
            pass
    raise RuntimeError("no JVM below this process")


class Sampler(threading.Thread):
    """Samples the summed RSS of the JVM's Python workers."""

    def __init__(self, jvm: int):
        super().__init__(daemon=True)
        self.jvm, self.peak_workers, self.stop_flag = jvm, 0, threading.Event()

    def run(self) -> None:
        while not self.stop_flag.is_set():
            kib = sum(status_kib(p, "VmRSS") for p in descendants(self.jvm))
            self.peak_workers = max(self.peak_workers, kib * 1024)
            self.stop_flag.wait(0.1)


def spark_session():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("factdiff-bench")
        .config("spark.sql.shuffle.partitions", str(PARTITIONS))
        .config("spark.driver.memory", MEMORY)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_spark(spark, jsonl: Path, out: Path) -> tuple[float, int, int, int]:
    """Spark wall seconds, JVM peak RSS, Python workers' peak RSS, findings."""
    import factdiff.spark as fspark

    shutil.rmtree(out, ignore_errors=True)
    jvm = jvm_pid()
    sampler = Sampler(jvm)
    sampler.start()
    start = time.perf_counter()
    docs = spark.read.schema("id STRING, text STRING").json(str(jsonl))
    fspark.compare(docs, partitions=PARTITIONS).write.parquet(str(out))
    seconds = time.perf_counter() - start
    sampler.stop_flag.set()
    sampler.join()
    findings = spark.read.parquet(str(out)).count()
    return seconds, status_kib(jvm, "VmHWM") * 1024, sampler.peak_workers, findings


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f}"


def main(argv: list[str]) -> int:
    targets = [int(a) for a in argv] or [10_000, 100_000]
    for tool in (FACTDIFF_BIN, GENERATOR):
        if not tool.exists():
            print(f"{tool} is missing: cargo build --release --bin factdiff --example generate_corpus")
            return 2
    rate = claims_per_article()
    print(f"generated articles give {rate:.2f} claims each (measured on 2,000)")

    t = time.perf_counter()
    spark = spark_session()
    startup = time.perf_counter() - t
    print(f"spark {spark.version} local[2] started in {startup:.1f}s")
    # Warm-up (JIT, Python worker start) on the sample.
    import factdiff.spark as fspark

    warm = spark.read.schema("id STRING, text STRING").json(str(WORK / "sample-2000.jsonl"))
    fspark.compare(warm, partitions=PARTITIONS).write.format("noop").mode("overwrite").save()

    rows = []
    for target in targets:
        articles = max(1, round(target / rate))
        base = WORK / f"articles-{articles}"
        base.mkdir(parents=True, exist_ok=True)
        generate(articles, "txt", base / "txt")
        generate(articles, "jsonl", base / "corpus.jsonl")
        cli_s, cli_rss, claims, cli_findings = run_cli(base / "txt", base / "report.json")
        (base / "report.json").unlink()
        sp_s, jvm_rss, py_rss, sp_findings = run_spark(spark, base / "corpus.jsonl", base / "findings.parquet")
        shutil.rmtree(base / "findings.parquet", ignore_errors=True)
        if sp_findings != cli_findings:
            print(f"MISMATCH at {articles} articles: spark {sp_findings}, CLI {cli_findings} findings")
        overhead = (sp_s - cli_s) / claims * 1e6
        row = (target, articles, claims, cli_findings, cli_s, cli_rss, sp_s, jvm_rss, py_rss, overhead)
        rows.append(row)
        print(
            f"{target:>9,} claims: {articles:,} articles, CLI {cli_s:.1f}s {mib(cli_rss)} MiB; "
            f"spark {sp_s:.1f}s, JVM {mib(jvm_rss)} MiB + workers {mib(py_rss)} MiB",
            flush=True,
        )
    spark.stop()

    print()
    print(f"Spark local[2], {PARTITIONS} shuffle partitions, driver memory {MEMORY}; "
          f"session start-up {startup:.1f}s not included.")
    print()
    print("| target claims | articles | claims | findings | CLI s | CLI peak RSS MiB | Spark s "
          "| Spark JVM peak RSS MiB | Spark Python workers peak MiB | Spark / CLI | Spark − CLI s "
          "| overhead s per 1M claims |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for target, articles, claims, findings, cli_s, cli_rss, sp_s, jvm_rss, py_rss, overhead in rows:
        print(
            f"| {target:,} | {articles:,} | {claims:,} | {findings:,} | {cli_s:.1f} | {mib(cli_rss)} "
            f"| {sp_s:.1f} | {mib(jvm_rss)} | {mib(py_rss)} | {sp_s / cli_s:.1f}x | {sp_s - cli_s:.1f} "
            f"| {overhead:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
