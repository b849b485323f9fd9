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
use factdiff::{Document, sentences};

/// Compare the figures different texts give for the same thing.
#[derive(Parser, Debug)]
#[command(name = "factdiff", version, about, long_about = None)]
#[command(after_help = "Examples:\n  factdiff sentences data/corpus/*.txt\n  \
                        factdiff sentences --format json article.txt\n  \
                        cat article.txt | factdiff sentences -")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Split documents into sentences.
    Sentences {
        /// Output format: `text` for people, `json` for JSON Lines.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factdiff: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<(), String> {
    match &cli.command {
        Command::Sentences { format, files } => {
            // Load everything first: a bad file must leave stdout empty.
            let docs = load(files)?;
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write_sentences(&mut out, &docs, *format).or_else(ignore_broken_pipe)
        }
    }
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
fn ignore_broken_pipe(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("cannot write output: {e}"))
    }
}
