//! The `factdiff` command-line tool: a thin layer over the library that
//! parses arguments, loads documents, and prints results in the formats of
//! `cli-contract.md`.
//!
//! Exit status: 0 when the run completed, 1 when `compare
//! --fail-on-conflict` found a conflict, 2 for bad input or usage (one
//! line on standard error naming the file and the reason, nothing on
//! standard output and no `--output` file).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use factdiff::{ClaimExtractor, Comparer, Verdict};

mod args;
mod cli_columnar;
mod input;
mod output;
mod write;

use args::{ClaimsFormat, Cli, ColorChoice, Command, CompareFormat, Format, IoArgs, Stories};
use cli_columnar::{AlignFormat, Columnar};
use input::{expand, load, load_lexicon, read_documents};
use output::{Output, Progress};
use write::{write_claims, write_sentences, write_stories};

/// How a run ended, when it did not fail.
enum Outcome {
    Done,
    ConflictsFound,
}

fn main() -> ExitCode {
    quiet_reader_panics();
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
            max_block,
            fail_on_conflict,
            stories,
            color,
            io: io_args,
            files,
        } => {
            let extractor = ClaimExtractor::new(load_lexicon(lexicon.as_deref())?);
            let settings = Settings {
                extractor: Some(extractor),
                stories: *stories,
                min_score: *min_score,
                tolerance: *tolerance,
                max_block: *max_block,
            };
            compare_command(settings, *format, *fail_on_conflict, *color, io_args, files)
        }
        Command::Sentences {
            format,
            io: io_args,
            files,
        } => {
            // Load everything first: a bad file must leave stdout empty.
            let docs = load(files, io_args)?;
            let mut out = Output::open(io_args.output.as_deref())?;
            write_sentences(&mut out, &docs, *format).or_else(ignore_broken_pipe)?;
            out.commit()?;
            Ok(Outcome::Done)
        }
        Command::Claims {
            format,
            lexicon,
            stories,
            io: io_args,
            files,
        } => claims_command(*format, lexicon.as_deref(), *stories, io_args, files),
        Command::Stories {
            format,
            io: io_args,
            files,
        } => stories_command(*format, io_args, files),
        Command::Align {
            partition,
            format,
            min_score,
            tolerance,
            max_block,
            output,
            files,
        } => {
            let settings = Settings {
                extractor: None,
                stories: Stories::Auto,
                min_score: *min_score,
                tolerance: *tolerance,
                max_block: *max_block,
            };
            align_command(settings, *partition, *format, output.as_deref(), files)
        }
    }
}

/// `factdiff compare`.
fn compare_command(
    settings: Settings,
    format: CompareFormat,
    fail_on_conflict: bool,
    color_choice: ColorChoice,
    io_args: &IoArgs,
    files: &[PathBuf],
) -> Result<Outcome, String> {
    let comparer = comparer(settings)?;
    let inputs = expand(files, io_args)?;
    let progress = Progress::start(inputs.len());
    let docs = read_documents(&inputs, io_args.jsonl, &progress)?;
    progress.comparing(docs.len());
    let report = comparer.compare(&docs);
    drop(progress);
    let colour = color_choice.enabled(io_args.output.as_deref());
    let mut out = Output::open(io_args.output.as_deref())?;
    let written = match format {
        CompareFormat::Text => report.write_text(&mut out, colour),
        CompareFormat::Json => report.write_json(&mut out).and_then(|()| out.flush()),
        CompareFormat::Jsonl => report.write_jsonl(&mut out).and_then(|()| out.flush()),
        CompareFormat::Html => report
            .write_html(&docs, &mut out)
            .and_then(|()| out.flush()),
    };
    written.or_else(ignore_broken_pipe)?;
    out.commit()?;
    if fail_on_conflict && report.count(Verdict::Conflict) > 0 {
        return Ok(Outcome::ConflictsFound);
    }
    Ok(Outcome::Done)
}

/// `factdiff align`.
fn align_command(
    settings: Settings,
    partition: bool,
    format: AlignFormat,
    output: Option<&Path>,
    files: &[PathBuf],
) -> Result<Outcome, String> {
    if format == AlignFormat::Arrow {
        cli_columnar::binary_output_allowed(output)?;
    }
    let comparer = comparer(settings)?;
    let findings = cli_columnar::align(&comparer, partition, files)?;
    let mut out = Output::open(output)?;
    cli_columnar::write_findings(&mut out, &findings, format)?;
    out.commit()?;
    Ok(Outcome::Done)
}

/// `factdiff stories`.
fn stories_command(format: Format, io_args: &IoArgs, files: &[PathBuf]) -> Result<Outcome, String> {
    let docs = load(files, io_args)?;
    let stories = Comparer::default().stories(&docs);
    let mut out = Output::open(io_args.output.as_deref())?;
    write_stories(&mut out, &stories, format).or_else(ignore_broken_pipe)?;
    out.commit()?;
    Ok(Outcome::Done)
}

/// `factdiff claims`.
fn claims_command(
    format: ClaimsFormat,
    lexicon: Option<&Path>,
    stories: Stories,
    io_args: &IoArgs,
    files: &[PathBuf],
) -> Result<Outcome, String> {
    let lexicon = load_lexicon(lexicon)?;
    let columnar = match format {
        ClaimsFormat::Arrow => Some(Columnar::Arrow),
        ClaimsFormat::Parquet => Some(Columnar::Parquet),
        ClaimsFormat::Text | ClaimsFormat::Json => None,
    };
    if columnar.is_some() {
        cli_columnar::binary_output_allowed(io_args.output.as_deref())?;
    }
    let docs = load(files, io_args)?;
    let comparer = comparer(Settings {
        extractor: Some(ClaimExtractor::new(lexicon)),
        stories,
        min_score: None,
        tolerance: None,
        max_block: None,
    })?;
    // Labelled with their stories, as `compare` labels them, so that
    // `align` gives `compare`'s findings.
    let claims = comparer.keyed_claims(&docs);
    let mut out = Output::open(io_args.output.as_deref())?;
    if let Some(columnar) = columnar {
        cli_columnar::write_claims_columnar(&mut out, &claims, columnar)?;
    } else {
        let format = if format == ClaimsFormat::Json {
            Format::Json
        } else {
            Format::Text
        };
        write_claims(&mut out, &claims, format).or_else(ignore_broken_pipe)?;
    }
    out.commit()?;
    Ok(Outcome::Done)
}

/// Keeps panics raised inside the Arrow and Parquet readers off standard
/// error: `factdiff::columnar` catches them and reports the input as
/// malformed, in the one error line. Every other panic prints as usual.
#[cfg(feature = "arrow")]
fn quiet_reader_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !factdiff::columnar::in_guarded_read() {
            previous(info);
        }
    }));
}

/// Without the `arrow` feature there is no reader to quieten.
#[cfg(not(feature = "arrow"))]
fn quiet_reader_panics() {}

/// What the command line sets of a comparer.
struct Settings {
    extractor: Option<ClaimExtractor>,
    stories: Stories,
    min_score: Option<f64>,
    tolerance: Option<f64>,
    max_block: Option<usize>,
}

/// A comparer with the command line's settings.
fn comparer(settings: Settings) -> Result<Comparer, String> {
    let mut builder = Comparer::builder();
    if let Some(extractor) = settings.extractor {
        builder.extractor(extractor);
    }
    builder.stories(settings.stories.mode());
    if let Some(score) = settings.min_score {
        builder.min_score(score);
    }
    if let Some(fraction) = settings.tolerance {
        builder.hedge_tolerance(fraction);
    }
    if let Some(claims) = settings.max_block {
        builder.max_block(claims);
    }
    builder.build().map_err(|e| describe(&e))
}

/// An error's message and each of its causes, on one line
/// (`"a.txt: cannot read: Permission denied (os error 13)"`).
pub(crate) fn describe(e: &factdiff::Error) -> String {
    let mut line = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        line.push_str(": ");
        line.push_str(&c.to_string());
        cause = c.source();
    }
    line
}

/// A closed pipe (`factdiff ... | head`) is not an error.
#[allow(clippy::needless_pass_by_value)] // the shape `Result::or_else` calls
pub(crate) fn ignore_broken_pipe(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("cannot write output: {e}"))
    }
}
