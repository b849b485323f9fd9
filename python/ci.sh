#!/usr/bin/env bash
# CI for the Python package and the Spark job (python/): from a clean
# checkout with CPython 3.11 and cargo, with or without a JVM.
#
#   bash python/ci.sh
#
# 1. Java 17 (Debian's openjdk-17-jre-headless) when `java` is missing;
# 2. a venv in target/pyvenv with python/requirements-ci.txt, reused while
#    that file and the interpreter are unchanged;
# 3. rustfmt and clippy on the extension crate, then the wheel
#    (maturin build --release), installed into the venv;
# 4. target/release/factdiff (and the corpus generator example);
# 5. a generated corpus of $FACTDIFF_GEN_ARTICLES (default 10000) articles,
#    as .txt files and as JSON Lines (examples/generate_corpus.rs);
# 6. python/tests/test_spark.py: unit checks, then Spark local[2] against
#    the single-node CLI on the bundled and the generated corpus.
#
# Idempotent: a second run reuses the venv and cargo's incremental builds.
# Each stage is timed; the times are printed at the end.
#
# Environment: PYTHON (default python3.11, else python3), CI (when set, the
# generated-corpus check may not be skipped), FACTDIFF_GEN_ARTICLES,
# FACTDIFF_SPARK_PARTITIONS (default 8), CARGO_TARGET_DIR (default target/).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export CARGO_TERM_COLOR=never
# The root's target directory: after the root CI's `cargo run --release`
# and `cargo bench --no-run`, the CLI and the generator cost seconds here,
# and no second target directory fills the disk.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
VENV="$ROOT/target/pyvenv"
REQUIREMENTS="$ROOT/python/requirements-ci.txt"
WHEELS="$CARGO_TARGET_DIR/python-wheels"
ARTICLES="${FACTDIFF_GEN_ARTICLES:-10000}"
CORPUS="$CARGO_TARGET_DIR/gen-corpus-$ARTICLES"

# ---------------------------------------------------------------- timing
TIMES=""
STAGE=""
STAGE_START=0
RUN_START=$(date +%s.%N)
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
end_stage() {
  if [ -n "$STAGE" ]; then
    TIMES+="$(printf '  %-32s %8ss' "$STAGE" "$(elapsed "$STAGE_START")")"$'\n'
    STAGE=""
  fi
}
stage() {
  end_stage
  STAGE="$1"
  STAGE_START=$(date +%s.%N)
  echo "== python: $1"
}
report() {
  local status=$?
  end_stage
  echo "== python: stage times"
  printf '%s' "$TIMES"
  printf '  %-32s %8ss\n' "total" "$(elapsed "$RUN_START")"
  [ "$status" -eq 0 ] || echo "python/ci.sh FAILED (exit $status)"
}
trap report EXIT

# ------------------------------------------------------------------ java
stage "java"
java_major() {
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  echo "installing openjdk-17-jre-headless (pyspark 4 needs Java 17 or newer)"
  # Slim Debian images lack the man directory the JRE's postinst links into.
  mkdir -p /usr/share/man/man1
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    openjdk-17-jre-headless >/dev/null
  JAVA_17="$(ls -d /usr/lib/jvm/java-17-openjdk-* | head -n 1)"
  export JAVA_HOME="$JAVA_17"
  export PATH="$JAVA_HOME/bin:$PATH"
fi
java -version 2>&1 | head -n 1

# ------------------------------------------------------------------ venv
stage "venv (pip install)"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "pyspark 4.3 needs Python 3.11 or newer, got " + sys.version'
WANT="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1) $("$PYTHON" -c 'import sys; print(sys.version.split()[0], sys.executable)')"
if [ -x "$VENV/bin/python" ] && [ "$(cat "$VENV/.factdiff-requirements" 2>/dev/null)" = "$WANT" ]; then
  echo "reusing $VENV"
else
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --progress-bar off \
    -r "$REQUIREMENTS"
  # Written last: an interrupted install is redone on the next run.
  echo "$WANT" >"$VENV/.factdiff-requirements"
fi
"$VENV/bin/python" -c 'import pyspark, pyarrow; print("pyspark", pyspark.__version__, "pyarrow", pyarrow.__version__)'

# ------------------------------------------------------------------ lint
stage "lint (rustfmt, clippy)"
cargo fmt --manifest-path python/Cargo.toml -- --check
cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

# ----------------------------------------------------------------- wheel
stage "wheel (maturin build)"
rm -rf "$WHEELS"
"$VENV/bin/maturin" build --release --manifest-path python/Cargo.toml \
  --interpreter "$VENV/bin/python" --out "$WHEELS"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
  --no-deps "$WHEELS"/factdiff-*.whl

# ------------------------------------------------------------------- CLI
stage "factdiff CLI (cargo build)"
# Separate invocations: the binary alone reuses what the root CI's
# `cargo run --release` built; the example alone adds only itself once
# `cargo bench --no-run` has built the dev-dependencies.
cargo build --release -p factdiff-cli
export FACTDIFF_BIN="$CARGO_TARGET_DIR/release/factdiff"
GENERATOR=""
if [ -f examples/generate_corpus.rs ]; then
  cargo build --release --example generate_corpus
  GENERATOR="$CARGO_TARGET_DIR/release/examples/generate_corpus"
fi

# ---------------------------------------------------------------- corpus
stage "generated corpus"
if [ -n "$GENERATOR" ]; then
  # Deterministic: made again only when the generator binary or the size
  # changed since the last complete run.
  STAMP="$(sha256sum "$GENERATOR" | cut -d' ' -f1) $ARTICLES"
  if [ "$(cat "$CORPUS/.stamp" 2>/dev/null)" = "$STAMP" ]; then
    echo "reusing $CORPUS"
  else
    rm -rf "$CORPUS"
    "$GENERATOR" --articles "$ARTICLES" --format txt --out "$CORPUS/txt"
    "$GENERATOR" --articles "$ARTICLES" --format jsonl --out "$CORPUS/corpus.jsonl"
    echo "$STAMP" >"$CORPUS/.stamp"
  fi
  export FACTDIFF_GEN_TXT="$CORPUS/txt"
  export FACTDIFF_GEN_JSONL="$CORPUS/corpus.jsonl"
else
  echo "examples/generate_corpus.rs is missing: the generated-corpus check cannot run"
fi

# ------------------------------------------------------------------ test
stage "test (python/tests/test_spark.py)"
"$VENV/bin/python" python/tests/test_spark.py
