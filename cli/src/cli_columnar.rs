//! The command line's bridge to other engines: `factdiff align` (claims in,
//! findings out, whole or one partition at a time) and the Arrow and
//! Parquet outputs of `factdiff claims`.

use std::fs;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use factdiff::{Comparer, Finding, KeyedClaim, PartitionAligner};

/// Claim input formats, told apart by their first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InputFormat {
    /// JSON Lines: one claim object per line, as `factdiff claims --format
    /// json` writes them, optionally with `block_key` and
    /// `doc_credits_outlet`.
    JsonLines,
    /// An Arrow IPC stream (starts with the continuation marker).
    ArrowStream,
    /// An Arrow IPC file (starts with `ARROW1`).
    ArrowFile,
    /// A Parquet file (starts with `PAR1`).
    Parquet,
}

impl InputFormat {
    fn sniff(head: &[u8]) -> InputFormat {
        if head.starts_with(&[0xff, 0xff, 0xff, 0xff]) {
            InputFormat::ArrowStream
        } else if head.starts_with(b"ARROW1") {
            InputFormat::ArrowFile
        } else if head.starts_with(b"PAR1") {
            InputFormat::Parquet
        } else {
            InputFormat::JsonLines
        }
    }
}

/// One claim line of JSON Lines input.
#[derive(serde::Deserialize)]
struct ClaimLine {
    #[serde(flatten)]
    claim: factdiff::Claim,
    #[serde(default)]
    block_key: Option<String>,
    #[serde(default)]
    doc_credits_outlet: bool,
}

/// Where findings go as claims are read.
type Sink<'a> = dyn FnMut(KeyedClaim) -> Result<(), String> + 'a;

/// Reads the claims of one input (`-` is standard input) and hands each
/// to `sink`, in input order. Errors name the input (and the line, for
/// JSON Lines).
fn read_claims(path: &Path, sink: &mut Sink<'_>) -> Result<(), String> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let open_error = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => format!("{name}: no such file"),
        io::ErrorKind::IsADirectory => format!("{name}: is a directory, not a file"),
        _ => format!("{name}: cannot read: {e}"),
    };
    let mut reader: BufReader<Box<dyn Read>> = if path.as_os_str() == "-" {
        BufReader::with_capacity(1 << 16, Box::new(io::stdin()))
    } else {
        if path.is_dir() {
            return Err(format!("{name}: is a directory, not a file"));
        }
        BufReader::with_capacity(1 << 16, Box::new(fs::File::open(path).map_err(open_error)?))
    };
    let head = reader.fill_buf().map_err(open_error)?.to_vec();
    match InputFormat::sniff(&head) {
        InputFormat::JsonLines => read_json_lines(reader, &name, sink),
        format => read_columnar(reader, path, &name, format, sink),
    }
}

fn read_json_lines(reader: impl BufRead, name: &str, sink: &mut Sink<'_>) -> Result<(), String> {
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("{name}: cannot read: {e}"))?;
        let line = std::str::from_utf8(&line)
            .map_err(|e| format!("{name}:{}: not valid UTF-8: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: ClaimLine = serde_json::from_str(line)
            .map_err(|e| format!("{name}:{}: not a claim: {e}", n + 1))?;
        let keyed = KeyedClaim::with_key(parsed.claim, parsed.block_key, parsed.doc_credits_outlet);
        sink(keyed).map_err(|e| format!("{name}:{}: {e}", n + 1))?;
    }
    Ok(())
}

#[cfg(feature = "arrow")]
fn read_columnar(
    reader: BufReader<Box<dyn Read>>,
    path: &Path,
    name: &str,
    format: InputFormat,
    sink: &mut Sink<'_>,
) -> Result<(), String> {
    use factdiff::columnar;
    let fail = |e: factdiff::Error| format!("{name}: {e}");
    let mut each = |batch: Result<arrow_array::RecordBatch, factdiff::Error>| {
        for keyed in columnar::claims_from_batch(&batch.map_err(fail)?).map_err(fail)? {
            sink(keyed).map_err(|e| format!("{name}: {e}"))?;
        }
        Ok::<(), String>(())
    };
    match format {
        InputFormat::ArrowStream => {
            for batch in columnar::read_ipc_stream(reader).map_err(fail)? {
                each(batch)?;
            }
        }
        InputFormat::ArrowFile | InputFormat::Parquet if path.as_os_str() == "-" => {
            return Err(format!(
                "{name}: an Arrow or Parquet file needs a path (standard input takes an Arrow IPC stream or JSON Lines)"
            ));
        }
        InputFormat::ArrowFile => {
            drop(reader);
            let file = fs::File::open(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
            for batch in columnar::read_ipc_file(file).map_err(fail)? {
                each(batch)?;
            }
        }
        #[cfg(feature = "parquet")]
        InputFormat::Parquet => {
            drop(reader);
            let file = fs::File::open(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
            for batch in columnar::read_parquet(file).map_err(fail)? {
                each(batch)?;
            }
        }
        #[cfg(not(feature = "parquet"))]
        InputFormat::Parquet => return Err(format!("{name}: {NO_PARQUET}")),
        InputFormat::JsonLines => unreachable!("JSON Lines is read by read_json_lines"),
    }
    Ok(())
}

#[cfg(not(feature = "arrow"))]
fn read_columnar(
    _reader: BufReader<Box<dyn Read>>,
    _path: &Path,
    name: &str,
    _format: InputFormat,
    _sink: &mut Sink<'_>,
) -> Result<(), String> {
    Err(format!(
        "{name}: Arrow or Parquet input needs factdiff built with the `arrow` feature \
         (cargo install factdiff-cli --features arrow)"
    ))
}

/// How `factdiff align` writes findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AlignFormat {
    /// JSON Lines: one finding object per line, as in `compare --format json`.
    Jsonl,
    /// An Arrow IPC stream of finding batches (feature `arrow`).
    Arrow,
}

/// `factdiff align`: the findings of claims read from `inputs`, with
/// `comparer`'s settings. With `partition`, the inputs (taken as one
/// stream) must be sorted by block key and claim order and are aligned a
/// block at a time; otherwise every claim is read, sorted and aligned.
pub fn align(
    comparer: &Comparer,
    partition: bool,
    inputs: &[PathBuf],
) -> Result<Vec<Finding>, String> {
    let default = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() {
        &default[..]
    } else {
        inputs
    };
    if partition {
        let mut aligner: PartitionAligner = comparer.partition_aligner();
        let mut findings = Vec::new();
        for path in inputs {
            read_claims(path, &mut |keyed| {
                findings.extend(aligner.push(keyed).map_err(|e| crate::describe(&e))?);
                Ok(())
            })?;
        }
        findings.extend(aligner.finish());
        return Ok(findings);
    }
    let mut all = Vec::new();
    for path in inputs {
        read_claims(path, &mut |keyed| {
            all.push(keyed);
            Ok(())
        })?;
    }
    let mut ids = std::collections::HashSet::new();
    if let Some(k) = all.iter().find(|k| !ids.insert(k.claim.id.as_str())) {
        return Err(format!("claim {} is given twice", k.claim.id));
    }
    drop(ids);
    Ok(comparer.align_keyed(all))
}

/// Writes findings as `format` says.
pub fn write_findings(
    out: &mut (impl Write + Send),
    findings: &[Finding],
    format: AlignFormat,
) -> Result<(), String> {
    match format {
        AlignFormat::Jsonl => {
            let mut write = || -> io::Result<()> {
                for f in findings {
                    serde_json::to_writer(&mut *out, f)?;
                    out.write_all(b"\n")?;
                }
                out.flush()
            };
            write().or_else(crate::ignore_broken_pipe)
        }
        AlignFormat::Arrow => write_findings_arrow(out, findings),
    }
}

#[cfg(feature = "arrow")]
fn write_findings_arrow(out: &mut (impl Write + Send), findings: &[Finding]) -> Result<(), String> {
    use factdiff::columnar;
    let batches = findings
        .chunks(columnar::BATCH_ROWS)
        .map(columnar::findings_to_batch)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| crate::describe(&e))?;
    let mut watch = PipeWatch::new(out);
    let written = columnar::write_ipc_stream(&mut watch, &columnar::finding_schema(), batches);
    watch.result(written)
}

/// A writer that notes when the reader has gone away (`factdiff ... |
/// head`): the Arrow and Parquet writers report it as their own error,
/// and a closed pipe is not a failure.
#[cfg(feature = "arrow")]
struct PipeWatch<'w, W> {
    inner: &'w mut W,
    closed: bool,
}

#[cfg(feature = "arrow")]
impl<'w, W: Write> PipeWatch<'w, W> {
    fn new(inner: &'w mut W) -> Self {
        PipeWatch {
            inner,
            closed: false,
        }
    }

    /// The outcome of writing through this watch.
    fn result(self, written: Result<(), factdiff::Error>) -> Result<(), String> {
        match written {
            Err(_) if self.closed => Ok(()),
            other => other.map_err(|e| crate::describe(&e)),
        }
    }

    fn watch<T>(&mut self, r: io::Result<T>) -> io::Result<T> {
        if r.as_ref()
            .is_err_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
        {
            self.closed = true;
        }
        r
    }
}

#[cfg(feature = "arrow")]
impl<W: Write> Write for PipeWatch<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.inner.write(buf);
        self.watch(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.inner.flush();
        self.watch(r)
    }
}

#[cfg(not(feature = "arrow"))]
fn write_findings_arrow(
    _out: &mut (impl Write + Send),
    _findings: &[Finding],
) -> Result<(), String> {
    Err(NO_ARROW.to_string())
}

/// The error for Parquet in a build without the feature.
#[cfg(all(feature = "arrow", not(feature = "parquet")))]
const NO_PARQUET: &str = "Parquet needs factdiff built with the `parquet` feature \
                          (cargo install factdiff-cli --features parquet)";

/// The error for a columnar format in a build without the feature.
#[cfg(not(feature = "arrow"))]
const NO_ARROW: &str = "--format arrow and parquet need factdiff built with the `arrow` feature \
                        (cargo install factdiff-cli --features arrow)";

/// Refuses binary output to a terminal.
pub fn binary_output_allowed(output: Option<&Path>) -> Result<(), String> {
    let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout && io::stdout().is_terminal() {
        return Err(
            "binary output (Arrow or Parquet) is not written to a terminal: use --output FILE or a pipe"
                .to_string(),
        );
    }
    Ok(())
}

/// The columnar formats of `factdiff claims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Columnar {
    /// An Arrow IPC stream.
    Arrow,
    /// A Parquet file.
    Parquet,
}

/// Writes the keyed claims of `docs` as an Arrow IPC stream or a Parquet
/// file, in batches of `BATCH_ROWS` claims.
#[cfg(feature = "arrow")]
pub fn write_claims_columnar(
    out: &mut (impl Write + Send),
    keyed: &[KeyedClaim],
    format: Columnar,
) -> Result<(), String> {
    use factdiff::columnar;
    let batches = columnar::claim_batches(keyed).map_err(|e| crate::describe(&e))?;
    let schema = columnar::claim_schema();
    let mut watch = PipeWatch::new(out);
    let written = match format {
        Columnar::Arrow => columnar::write_ipc_stream(&mut watch, &schema, batches),
        #[cfg(feature = "parquet")]
        Columnar::Parquet => columnar::write_parquet(&mut watch, &schema, batches),
        #[cfg(not(feature = "parquet"))]
        Columnar::Parquet => return Err(NO_PARQUET.to_string()),
    };
    watch.result(written)
}

#[cfg(not(feature = "arrow"))]
pub fn write_claims_columnar(
    _out: &mut (impl Write + Send),
    _keyed: &[KeyedClaim],
    _format: Columnar,
) -> Result<(), String> {
    Err(NO_ARROW.to_string())
}
