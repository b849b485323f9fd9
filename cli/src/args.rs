//! The command line: the clap types of every command and option, and the
//! examples and exit codes `--help` shows.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factdiff::StoryMode;

use crate::cli_columnar::AlignFormat;

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
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
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
pub(crate) struct IoArgs {
    /// Read every `*.txt` file below a directory given as FILE.
    ///
    /// Files are read in sorted order; hidden entries and symlinked
    /// directories are skipped. Without `--recursive` a directory is an
    /// error.
    #[arg(short, long)]
    pub(crate) recursive: bool,
    /// Write to FILE instead of standard output.
    ///
    /// FILE appears (or is replaced) only when the run succeeds: the output
    /// is written to a temporary file beside it and renamed into place.
    /// `-` is standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Read every input as JSON Lines documents (`{"id", "text", "story"?,
    /// "date"?}` per line), standard input too. Files ending in `.jsonl` or
    /// `.ndjson` are read so without it.
    #[arg(long)]
    pub(crate) jsonl: bool,
}

/// How `compare` and `claims` tell stories apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Stories {
    /// Documents given a story (JSON Lines `story`) keep it; the others are
    /// grouped by story separation.
    Auto,
    /// Every input is about one story (a handful of one story's clippings).
    One,
}

impl Stories {
    pub(crate) fn mode(self) -> StoryMode {
        match self {
            Stories::Auto => StoryMode::Auto,
            Stories::One => StoryMode::One,
        }
    }
}

/// When `--color` colours the text report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// When standard output is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always, even into a file or a pipe, and whatever `NO_COLOR` says.
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ClaimsFormat {
    Text,
    Json,
    Arrow,
    Parquet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CompareFormat {
    Text,
    Json,
    Jsonl,
    Html,
}
