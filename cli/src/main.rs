//! The `factdiff` command-line tool: a thin layer over the library that
//! parses arguments, loads documents, and prints results in the formats of
//! `cli-contract.md`.
//!
//! Exit status: 0 when the run completed, 1 when `compare
//! --fail-on-conflict` found a conflict, 2 for bad input or usage (one
//! line on standard error naming the file and the reason, nothing on
//! standard output and no `--output` file).

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factdiff::{
    Claim, ClaimExtractor, Comparer, Document, ErrorKind, KeyedClaim, Lexicon, StoryMode, Verdict,
    sentences,
};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

mod cli_columnar;

use cli_columnar::{AlignFormat, Columnar};

/// The exit codes, shown at the end of every `--help`.
macro_rules! exit_status_help {
    () => {
        "Exit status:\n  \
         0  the run completed (conflicts found or not)\n  \
         1  compare --fail-on-conflict found at least one conflict\n  \
         2  bad input or usage: one line on standard error naming the file and\n     \
            the reason; nothing on standard output, no --output file"
    };
}

/// `factdiff --help`: examples and exit codes.
const MAIN_HELP: &str = concat!(
    "Examples:\n  \
     factdiff compare data/corpus/*.txt\n  \
     factdiff compare --recursive --format json --output report.json articles/\n  \
     factdiff compare --format json --fail-on-conflict a.txt b.txt\n  \
     factdiff sentences data/corpus/*.txt\n  \
     factdiff claims --format json article.txt\n  \
     factdiff claims --lexicon my-measures.json data/corpus/*.txt\n  \
     factdiff stories --recursive articles/\n  \
     factdiff compare --stories one clippings/*.txt\n  \
     cat article.txt | factdiff sentences -\n\n\
     Files are UTF-8 text; a document's id is its file name without directory and\n\
     extension. Set NO_COLOR to turn colour off (--color always overrides it).\n\n",
    exit_status_help!()
);

/// `factdiff compare --help`: examples and exit codes.
const COMPARE_HELP: &str = concat!(
    "Examples:\n  \
     factdiff compare data/corpus/*.txt\n  \
     factdiff compare --recursive articles/     # every *.txt file below articles/\n  \
     factdiff compare --format json --output report.json a.txt b.txt\n  \
     factdiff compare --format html --output report.html data/corpus/*.txt\n  \
     factdiff compare --fail-on-conflict --color never a.txt b.txt     # in CI\n  \
     factdiff compare --tolerance 0.1 --min-score 0.7 a.txt b.txt\n\n\
     With more than 20 files and standard error on a terminal, a progress bar\n\
     shows on standard error; it is cleared before the report is written.\n\n",
    exit_status_help!()
);

/// `factdiff sentences --help`: examples and exit codes.
const SENTENCES_HELP: &str = concat!(
    "Examples:\n  \
     factdiff sentences article.txt\n  \
     factdiff sentences --format json --recursive articles/\n  \
     cat article.txt | factdiff sentences -\n\n",
    exit_status_help!()
);

/// `factdiff stories --help`: examples and exit codes.
const STORIES_HELP: &str = concat!(
    "Examples:\n  \
     factdiff stories --recursive articles/\n  \
     factdiff stories --format json feed.jsonl     # {\"id\", \"text\", \"story\"?, \"date\"?} per line\n\n\
     Documents given a story keep it; the others are grouped by their words,\n\
     names and dates (dates only come with JSON Lines input).\n\n",
    exit_status_help!()
);

/// `factdiff claims --help`: examples and exit codes.
const CLAIMS_HELP: &str = concat!(
    "Examples:\n  \
     factdiff claims article.txt\n  \
     factdiff claims --format json --output claims.jsonl data/corpus/*.txt\n  \
     factdiff claims --lexicon my-measures.json --recursive articles/\n\n",
    exit_status_help!()
);

/// `factdiff align --help`: examples and exit codes.
const ALIGN_HELP: &str = concat!(
    "Examples:\n  \
     factdiff claims --format json data/corpus/*.txt | factdiff align\n  \
     factdiff claims --format arrow a.txt b.txt | factdiff align --format arrow -o findings.arrow\n  \
     factdiff align --partition part-00007.arrow      # one block-key partition, sorted\n  \
     factdiff align claims.parquet\n\n\
     Input: JSON Lines claims (as `claims --format json` writes them, optionally with\n\
     `block_key` and `doc_credits_outlet`), an Arrow IPC stream, or (as a FILE) an Arrow IPC\n\
     or Parquet file, told apart by their first bytes; several inputs are read as one stream.\n\
     Without --partition every claim is read, then aligned: the findings are those of\n\
     `compare` on the same documents. With --partition the input must be sorted by\n\
     block_key, doc, sentence, start, end, id (strings as bytes), as an engine's\n\
     partition sorted within itself is; blocks are aligned as the stream passes them,\n\
     holding at most --max-block claims. Findings are written when the whole input has\n\
     been read, so a bad input leaves standard output empty.\n\n",
    exit_status_help!()
);

/// Compare the figures different texts give for the same thing.
#[derive(Parser, Debug)]
#[command(name = "factdiff", version, about, long_about = None)]
#[command(after_help = MAIN_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract claims from every file, line up those about the same
    /// quantity, and say whether the sources agree or conflict.
    #[command(after_help = COMPARE_HELP)]
    Compare {
        /// Output format: `text` for people, `json` for one JSON document,
        /// `jsonl` for tagged JSON Lines (document, claim, finding), `html`
        /// for one self-contained page (documents side by side).
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
        /// The most claims aligned together as one block; larger blocks are
        /// cut into chunks in claim order (default 250000).
        #[arg(long, value_name = "CLAIMS")]
        max_block: Option<usize>,
        /// Exit with status 1 when at least one conflict is found.
        #[arg(long)]
        fail_on_conflict: bool,
        /// `auto`: group the documents into stories (events) and compare
        /// claims only within one; `one`: every input is one story.
        #[arg(long, value_enum, value_name = "HOW", default_value_t = Stories::Auto)]
        stories: Stories,
        /// When to colour the verdict words of the text report.
        #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        #[command(flatten)]
        io: IoArgs,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Split documents into sentences.
    #[command(after_help = SENTENCES_HELP)]
    Sentences {
        /// Output format: `text` for people, `json` for JSON Lines.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        io: IoArgs,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Find every numeric claim: the figure and what it counts.
    #[command(after_help = CLAIMS_HELP)]
    Claims {
        /// Output format: `text` for people, `json` for JSON Lines, `arrow`
        /// for an Arrow IPC stream, `parquet` for a Parquet file (these two
        /// add `block_key` and `doc_credits_outlet` and need the `arrow`
        /// feature).
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
        format: ClaimsFormat,
        /// A measure lexicon (JSON, the format of `data/lexicon.json`) to use
        /// instead of the default one.
        #[arg(long, value_name = "FILE")]
        lexicon: Option<PathBuf>,
        /// `auto`: label each claim with the story separation finds for its
        /// document; `one`: every input is one story.
        #[arg(long, value_enum, value_name = "HOW", default_value_t = Stories::Auto)]
        stories: Stories,
        #[command(flatten)]
        io: IoArgs,
        /// Text files (UTF-8) to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Group documents into stories (events): which documents are about
    /// the same event, and which are copies of one article.
    #[command(after_help = STORIES_HELP)]
    Stories {
        /// Output format: `text` for people, `json` for JSON Lines (one
        /// `{"story", "title", "docs", "copies"}` object per story).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        io: IoArgs,
        /// Text files (UTF-8) or JSON Lines documents to read; `-` reads
        /// standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Align claims already extracted (by `factdiff claims` or an engine):
    /// the whole set, or one block-key partition at a time.
    #[command(after_help = ALIGN_HELP)]
    Align {
        /// Read one partition sorted by block key and claim order, and
        /// align it a block at a time in bounded memory.
        #[arg(long)]
        partition: bool,
        /// Output format: `jsonl` (one finding per line, as in `compare
        /// --format json`) or `arrow` (an Arrow IPC stream; `arrow`
        /// feature).
        #[arg(long, value_enum, default_value_t = AlignFormat::Jsonl)]
        format: AlignFormat,
        /// Smallest pair score (0 to 1) for two claims to be grouped.
        #[arg(long, value_name = "SCORE")]
        min_score: Option<f64>,
        /// Relative tolerance for hedged figures ("about 1,000"), 0 to 1.
        #[arg(long, value_name = "FRACTION")]
        tolerance: Option<f64>,
        /// The most claims aligned together as one block (default 250000).
        #[arg(long, value_name = "CLAIMS")]
        max_block: Option<usize>,
        /// Write to FILE instead of standard output (atomically: FILE
        /// appears only when the run succeeds).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Claim files; `-` (the default) reads standard input.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Where input comes from and output goes, shared by every command.
#[derive(Args, Debug)]
struct IoArgs {
    /// Read every `*.txt` file below a directory given as FILE.
    ///
    /// Files are read in sorted order; hidden entries and symlinked
    /// directories are skipped. Without `--recursive` a directory is an
    /// error.
    #[arg(short, long)]
    recursive: bool,
    /// Write to FILE instead of standard output.
    ///
    /// FILE appears (or is replaced) only when the run succeeds: the output
    /// is written to a temporary file beside it and renamed into place.
    /// `-` is standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Read every input as JSON Lines documents (`{"id", "text", "story"?,
    /// "date"?}` per line), standard input too. Files ending in `.jsonl` or
    /// `.ndjson` are read so without it.
    #[arg(long)]
    jsonl: bool,
}

/// How `compare` and `claims` tell stories apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Stories {
    /// Documents given a story (JSON Lines `story`) keep it; the others are
    /// grouped by story separation.
    Auto,
    /// Every input is about one story (a handful of one story's clippings).
    One,
}

impl Stories {
    fn mode(self) -> StoryMode {
        match self {
            Stories::Auto => StoryMode::Auto,
            Stories::One => StoryMode::One,
        }
    }
}

/// When `--color` colours the text report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// When standard output is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always, even into a file or a pipe, and whatever `NO_COLOR` says.
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ClaimsFormat {
    Text,
    Json,
    Arrow,
    Parquet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CompareFormat {
    Text,
    Json,
    Jsonl,
    Html,
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
            let comparer = comparer(settings)?;
            let inputs = expand(files, io_args)?;
            let progress = Progress::start(inputs.len());
            let docs = read_documents(&inputs, io_args.jsonl, &progress)?;
            progress.comparing(docs.len());
            let report = comparer.compare(&docs);
            drop(progress);
            let colour = color.enabled(io_args.output.as_deref());
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
            if *fail_on_conflict && report.count(Verdict::Conflict) > 0 {
                return Ok(Outcome::ConflictsFound);
            }
            Ok(Outcome::Done)
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
            if *format == AlignFormat::Arrow {
                cli_columnar::binary_output_allowed(output.as_deref())?;
            }
            let comparer = comparer(Settings {
                extractor: None,
                stories: Stories::Auto,
                min_score: *min_score,
                tolerance: *tolerance,
                max_block: *max_block,
            })?;
            let findings = cli_columnar::align(&comparer, *partition, files)?;
            let mut out = Output::open(output.as_deref())?;
            cli_columnar::write_findings(&mut out, &findings, *format)?;
            out.commit()?;
            Ok(Outcome::Done)
        }
    }
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

fn load_lexicon(path: Option<&std::path::Path>) -> Result<Lexicon, String> {
    match path {
        Some(path) => Lexicon::from_path(path).map_err(|e| describe(&e)),
        None => Ok(Lexicon::default()),
    }
}

/// A claim line of `factdiff claims --format json`: the claim's fields,
/// then what partition-wise alignment (`factdiff align`) needs.
#[derive(serde::Serialize)]
struct ClaimLine<'a> {
    #[serde(flatten)]
    claim: &'a Claim,
    block_key: &'a str,
    doc_credits_outlet: bool,
}

fn write_claims(out: &mut impl Write, claims: &[KeyedClaim], format: Format) -> io::Result<()> {
    for keyed in claims {
        let c = &keyed.claim;
        match format {
            Format::Json => {
                let line = ClaimLine {
                    claim: c,
                    block_key: &keyed.block_key,
                    doc_credits_outlet: keyed.doc_credits_outlet,
                };
                serde_json::to_writer(&mut *out, &line)?;
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
                    "{}\t{}\t{}\t{:?}\t{} {}{}\tmeasure={} period={} modality={}{}{}{}{} attribution={} place={}",
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
                    if c.superseded {
                        " (earlier account)"
                    } else {
                        ""
                    },
                    if c.several_events {
                        " (several incidents)"
                    } else {
                        ""
                    },
                    if c.with_perpetrator {
                        " (perpetrator included)"
                    } else {
                        ""
                    },
                    opt(c.attribution.as_deref()),
                    opt(c.place.as_deref()),
                )?;
            }
        }
    }
    out.flush()
}

/// Reads every input (directories expanded with `--recursive`).
fn load(files: &[PathBuf], io_args: &IoArgs) -> Result<Vec<Document>, String> {
    read_documents(&expand(files, io_args)?, io_args.jsonl, &Progress::off())
}

/// The files to read: `files` as given, except that with `--recursive` a
/// directory stands for every `*.txt` file below it, in sorted order (but
/// not the `--output` file, so that a second run does not read the first
/// run's report). Without `--recursive` a directory stays in the list, and
/// reading it gives the usual "is a directory" error.
fn expand(files: &[PathBuf], io_args: &IoArgs) -> Result<Vec<PathBuf>, String> {
    let output = io_args
        .output
        .as_deref()
        .and_then(|p| fs::canonicalize(p).ok());
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        if io_args.recursive && path.as_os_str() != "-" && path.is_dir() {
            let before = out.len();
            walk(path, output.as_deref(), &mut out)?;
            if out.len() == before {
                return Err(format!(
                    "{}: no .txt files in this directory",
                    path.display()
                ));
            }
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Appends the `*.txt` files below `dir` except `skip`, visiting entries in
/// name order. Hidden entries (`.git`, `.cache`) and symlinked directories
/// are skipped; the latter so that a link loop cannot make the walk endless.
fn walk(dir: &Path, skip: Option<&Path>, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let cannot = |e: io::Error| format!("{}: cannot read directory: {e}", dir.display());
    let mut entries = fs::read_dir(dir)
        .map_err(cannot)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(cannot)?;
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(cannot)?;
        if kind.is_dir() {
            walk(&path, skip, out)?;
        } else if path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
            && (kind.is_file() || path.is_file())
            && skip.is_none_or(|skip| fs::canonicalize(&path).is_ok_and(|p| p != skip))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads the inputs in order, `-` being standard input; the error names
/// the first input that cannot be read. A `.jsonl` or `.ndjson` file (any
/// input, with `--jsonl`) holds one document per line.
fn read_documents(
    inputs: &[PathBuf],
    jsonl: bool,
    progress: &Progress,
) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    let mut origins: Vec<(usize, &Path)> = Vec::new();
    for path in inputs {
        let stdin = path.as_os_str() == "-";
        let lines = jsonl
            || path.extension().is_some_and(|e| {
                e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson")
            });
        let read = if lines {
            let name = if stdin {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            };
            // Read whole first (UTF-8 checked, the usual errors), then
            // parsed line by line.
            let file = if stdin {
                Document::from_reader("<stdin>", io::stdin().lock())
            } else {
                Document::from_path(path)
            }
            .map_err(|e| describe(&e))?;
            Document::read_json_lines(&name, file.text.as_bytes()).map_err(|e| describe(&e))?
        } else if stdin {
            // Errors name `<stdin>`; the document's id is `stdin`.
            let doc =
                Document::from_reader("<stdin>", io::stdin().lock()).map_err(|e| describe(&e))?;
            vec![Document::new("stdin", doc.text)]
        } else {
            vec![Document::from_path(path).map_err(|e| match e.kind() {
                ErrorKind::IsDirectory { .. } => {
                    format!("{e} (use --recursive to read the .txt files in it)")
                }
                _ => describe(&e),
            })?]
        };
        origins.push((read.len(), path));
        docs.extend(read);
        progress.file_done();
    }
    unique_ids(&docs, &origins)?;
    Ok(docs)
}

/// Refuses two documents with the same id (`a/report.txt` and
/// `b/report.txt` are both `report`; two lines of a JSON Lines file with
/// one id): their claim ids would collide and findings could not say
/// which text they quote. `origins` gives, input by input, how many
/// documents it held.
fn unique_ids(docs: &[Document], origins: &[(usize, &Path)]) -> Result<(), String> {
    let name = |p: &Path| {
        if p.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            p.display().to_string()
        }
    };
    let mut seen: std::collections::HashMap<&str, &Path> = std::collections::HashMap::new();
    let mut at = 0;
    for &(count, path) in origins {
        for doc in docs.get(at..at + count).unwrap_or_default() {
            if let Some(first) = seen.insert(doc.id.as_str(), path) {
                return Err(format!(
                    "{}: same document id \"{}\" as {} (ids are file names without \
                     directory and extension, or the `id` of a JSON Lines document; rename one)",
                    name(path),
                    doc.id,
                    name(first)
                ));
            }
        }
        at += count;
    }
    Ok(())
}

/// A progress bar on standard error while `compare` reads and compares
/// many files, for people watching a terminal; it does nothing when there
/// are few files or standard error is not a terminal (a pipe, a log file,
/// CI), and it is cleared when dropped, before any output is written.
struct Progress(Option<ProgressBar>);

impl Progress {
    /// Runs of more files than this get a bar.
    const MIN_FILES: usize = 20;

    /// A bar for reading `files` files, when it is worth showing.
    fn start(files: usize) -> Progress {
        if files <= Self::MIN_FILES || !io::stderr().is_terminal() {
            return Progress::off();
        }
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(files).unwrap_or(u64::MAX)),
            ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            ProgressStyle::with_template("reading {pos}/{len} files [{bar:30}] {elapsed}")
                .map_or_else(
                    |_| ProgressStyle::default_bar(),
                    |s| s.progress_chars("=> "),
                ),
        );
        Progress(Some(bar))
    }

    /// No bar at all.
    fn off() -> Progress {
        Progress(None)
    }

    /// One more file read.
    fn file_done(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Reading is over: a spinner while the documents are compared.
    fn comparing(&self, docs: usize) {
        if let Some(bar) = &self.0 {
            bar.set_style(
                ProgressStyle::with_template("{spinner} comparing {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message(format!("{docs} documents"));
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Where a command writes: standard output, or with `--output FILE` a
/// temporary file beside FILE that [`Output::commit`] renames into place,
/// so that a run that fails leaves FILE as it was (dropping an uncommitted
/// `Output` deletes the temporary file).
struct Output {
    out: BufWriter<Sink>,
    pending: Option<Pending>,
}

/// The stream under an [`Output`].
enum Sink {
    Stdout(io::Stdout),
    File(fs::File),
}

/// A temporary file waiting to be renamed to its destination; deleted
/// when dropped unless disarmed.
struct Pending {
    temp: PathBuf,
    path: PathBuf,
    armed: bool,
}

impl Output {
    /// Standard output for `None` or `-`; otherwise a new temporary file in
    /// the directory of `path`.
    fn open(path: Option<&Path>) -> Result<Output, String> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                out: BufWriter::new(Sink::Stdout(io::stdout())),
                pending: None,
            });
        };
        let fail = |e: io::Error| format!("{}: cannot write: {e}", path.display());
        if path.is_dir() {
            return Err(format!("{}: is a directory, not a file", path.display()));
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let mut attempt = 0u32;
        let (file, temp) = loop {
            let temp = dir.join(format!(".{name}.{}.{attempt}.tmp", std::process::id()));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)
            {
                Ok(file) => break (file, temp),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(fail(e)),
            }
        };
        let pending = Pending {
            temp,
            path: path.to_path_buf(),
            armed: true,
        };
        // Replacing a file keeps its permissions.
        if let Ok(meta) = fs::metadata(path) {
            let _ = fs::set_permissions(&pending.temp, meta.permissions());
        }
        Ok(Output {
            out: BufWriter::new(Sink::File(file)),
            pending: Some(pending),
        })
    }

    /// Finishes the output: flushes standard output (a closed pipe is not
    /// an error), or flushes and syncs the temporary file and renames it
    /// to its destination.
    fn commit(self) -> Result<(), String> {
        let Output { out, pending } = self;
        let sink = match out.into_inner() {
            Ok(sink) => sink,
            Err(e) => {
                let e = e.into_error();
                return match &pending {
                    Some(p) => Err(format!("{}: cannot write: {e}", p.path.display())),
                    None => ignore_broken_pipe(e),
                };
            }
        };
        match (sink, pending) {
            (Sink::File(file), Some(mut p)) => {
                let fail = |e: io::Error| format!("{}: cannot write: {e}", p.path.display());
                file.sync_all().map_err(fail)?;
                drop(file);
                fs::rename(&p.temp, &p.path).map_err(fail)?;
                p.armed = false;
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::File(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::File(file) => file.flush(),
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

impl ColorChoice {
    /// Whether to colour output going to `output` (standard output when
    /// `None` or `-`).
    fn enabled(self, output: Option<&Path>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
                to_stdout && !no_color && !dumb && io::stdout().is_terminal()
            }
        }
    }
}

/// One story as `factdiff stories --format json` writes it.
#[derive(serde::Serialize)]
struct StoryRecord<'a> {
    story: &'a str,
    title: &'a str,
    docs: &'a [String],
    #[serde(skip_serializing_if = "<[Vec<String>]>::is_empty")]
    copies: &'a [Vec<String>],
}

fn write_stories(
    out: &mut impl Write,
    stories: &factdiff::Stories,
    format: Format,
) -> io::Result<()> {
    for story in stories {
        match format {
            Format::Json => {
                let record = StoryRecord {
                    story: &story.id,
                    title: &story.title,
                    docs: &story.docs,
                    copies: &story.copies,
                };
                serde_json::to_writer(&mut *out, &record)?;
                writeln!(out)?;
            }
            Format::Text => {
                writeln!(
                    out,
                    "{}\t{}\t{}",
                    story.id,
                    story.docs.join(" "),
                    escape_lines(&story.title)
                )?;
                for group in &story.copies {
                    writeln!(out, "\tcopies: {}", group.join(" "))?;
                }
            }
        }
    }
    out.flush()
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
