//! The `factdiff` command-line tool: a thin layer over the library that
//! parses arguments, loads documents, and prints results in the formats of
//! `cli-contract.md`.
//!
//! Exit status: 0 when the run completed, 2 for bad input or usage (one
//! line on standard error naming the file and the reason, nothing on
//! standard output).

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use factdiff::{Claim, ClaimExtractor, Comparer, Document, Lexicon, Verdict, sentences};

/// Compare the figures different texts give for the same thing.
#[derive(Parser, Debug)]
#[command(name = "factdiff", version, about, long_about = None)]
#[command(after_help = "Examples:\n  factdiff compare data/corpus/*.txt\n  \
                        factdiff compare --format json --fail-on-conflict a.txt b.txt\n  \
                        factdiff sentences data/corpus/*.txt\n  \
                        factdiff claims --format json article.txt\n  \
                        factdiff claims --lexicon my-measures.json data/corpus/*.txt\n  \
                        cat article.txt | factdiff sentences -")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract claims from every file, line up those about the same
    /// quantity, and say whether the sources agree or conflict.
    Compare {
        /// Output format: `text` for people, `json` for one JSON document,
        /// `jsonl` for tagged JSON Lines (document, claim, finding).
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        /// A measure lexicon (JSON) to use instead of the default one.
        #[arg(long, value_name = "FILE")]
        lexicon: Option<PathBuf>,
        /// Smallest pair score (0 to 1) for two claims to be grouped.
        #[arg(long, value_name = "SCORE")]
        min_score: Option<f64>,
        /// Relative tolerance for hedged figures ("about 1,000"), 0 to 1.
        #[arg(long, value_name = "FRACTION")]
        tolerance: Option<f64>,
        /// Exit with status 1 when at least one conflict is found.
        #[arg(long)]
        fail_on_conflict: bool,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Split documents into sentences.
    Sentences {
        /// Output format: `text` for people, `json` for JSON Lines.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Find every numeric claim: the figure and what it counts.
    Claims {
        /// Output format: `text` for people, `json` for JSON Lines.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// A measure lexicon (JSON, the format of `data/lexicon.json`) to use
        /// instead of the default one.
        #[arg(long, value_name = "FILE")]
        lexicon: Option<PathBuf>,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CompareFormat {
    Text,
    Json,
    Jsonl,
}

/// How a run ended, when it did not fail.
enum Outcome {
    Done,
    ConflictsFound,
}

/// One sentence as `cli-contract.md` writes it.
#[derive(serde::Serialize)]
struct SentenceRecord<'a> {
    doc: &'a str,
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::ConflictsFound) => ExitCode::from(1),
        Err(message) => {
            eprintln!("factdiff: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<Outcome, String> {
    match &cli.command {
        Command::Compare {
            format,
            lexicon,
            min_score,
            tolerance,
            fail_on_conflict,
            files,
        } => {
            let mut builder = Comparer::builder();
            builder.extractor(ClaimExtractor::new(load_lexicon(lexicon.as_deref())?));
            if let Some(score) = min_score {
                builder.min_score(*score);
            }
            if let Some(fraction) = tolerance {
                builder.hedge_tolerance(*fraction);
            }
            let comparer = builder.build().map_err(|e| e.to_string())?;
            let docs = load(files)?;
            let report = comparer.compare(&docs);
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let written = match format {
                CompareFormat::Text => write!(out, "{report}").and_then(|()| out.flush()),
                CompareFormat::Json => report.write_json(&mut out).and_then(|()| out.flush()),
                CompareFormat::Jsonl => report.write_jsonl(&mut out).and_then(|()| out.flush()),
            };
            written.or_else(ignore_broken_pipe)?;
            if *fail_on_conflict && report.count(Verdict::Conflict) > 0 {
                return Ok(Outcome::ConflictsFound);
            }
            Ok(Outcome::Done)
        }
        Command::Sentences { format, files } => {
            // Load everything first: a bad file must leave stdout empty.
            let docs = load(files)?;
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write_sentences(&mut out, &docs, *format).or_else(ignore_broken_pipe)?;
            Ok(Outcome::Done)
        }
        Command::Claims {
            format,
            lexicon,
            files,
        } => {
            let lexicon = match lexicon {
                Some(path) => Lexicon::from_path(path).map_err(|e| e.to_string())?,
                None => Lexicon::default(),
            };
            let docs = load(files)?;
            let extractor = ClaimExtractor::new(lexicon);
            let claims: Vec<Claim> = docs.iter().flat_map(|d| extractor.extract(d)).collect();
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write_claims(&mut out, &claims, *format).or_else(ignore_broken_pipe)?;
            Ok(Outcome::Done)
        }
    }
}

fn load_lexicon(path: Option<&std::path::Path>) -> Result<Lexicon, String> {
    match path {
        Some(path) => Lexicon::from_path(path).map_err(|e| e.to_string()),
        None => Ok(Lexicon::default()),
    }
}

fn write_claims(out: &mut impl Write, claims: &[Claim], format: Format) -> io::Result<()> {
    for c in claims {
        match format {
            Format::Json => {
                serde_json::to_writer(&mut *out, c)?;
                writeln!(out)?;
            }
            Format::Text => {
                let opt = |v: Option<&str>| v.unwrap_or("-").to_string();
                let value = c
                    .figure
                    .value
                    .map_or_else(|| "-".to_string(), |v| v.to_string());
                writeln!(
                    out,
                    "{}\t{}\t{}\t{:?}\t{} {}{}\tmeasure={} period={} modality={}{} attribution={} place={}",
                    c.id,
                    c.sentence,
                    c.figure.span,
                    c.figure.text,
                    c.figure.kind,
                    value,
                    c.figure
                        .unit
                        .as_deref()
                        .map_or(String::new(), |u| format!(" {u}")),
                    opt(c.measure.as_deref()),
                    opt(c.period.map(factdiff::Period::as_str)),
                    c.modality,
                    if c.negated { " (negated)" } else { "" },
                    opt(c.attribution.as_deref()),
                    opt(c.place.as_deref()),
                )?;
            }
        }
    }
    out.flush()
}

fn load(files: &[PathBuf]) -> Result<Vec<Document>, String> {
    files
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                Document::from_reader("stdin", io::stdin().lock())
                    .map_err(|e| format!("<stdin>: {e}"))
            } else {
                Document::from_path(path).map_err(|e| e.to_string())
            }
        })
        .collect()
}

fn write_sentences(out: &mut impl Write, docs: &[Document], format: Format) -> io::Result<()> {
    for doc in docs {
        for (index, s) in sentences(&doc.text).enumerate() {
            match format {
                Format::Json => {
                    let record = SentenceRecord {
                        doc: &doc.id,
                        index,
                        start: s.span.start,
                        end: s.span.end,
                        text: s.text,
                    };
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
                Format::Text => {
                    writeln!(
                        out,
                        "{}\t{index}\t{}\t{}",
                        doc.id,
                        s.span,
                        escape_lines(s.text)
                    )?;
                }
            }
        }
    }
    out.flush()
}

/// Shows line breaks inside a sentence as `\n` so each sentence stays on
/// one output line.
fn escape_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.replace("\r\n", "\\n")
            .replace(['\n', '\r'], "\\n")
            .into()
    } else {
        text.into()
    }
}

/// A closed pipe (`factdiff ... | head`) is not an error.
#[allow(clippy::needless_pass_by_value)] // the shape `Result::or_else` calls
fn ignore_broken_pipe(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("cannot write output: {e}"))
    }
}
