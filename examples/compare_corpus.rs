//! The main job: compare the bundled corpus and print the report.
//!
//! `data/corpus/` holds three fictional stories — a river flood, a measles
//! vaccination drive and a transit agency's hiring push — each told by two
//! or three outlets. This example loads every `*.txt` file there (in file
//! name order), lets a default [`Comparer`] line up the claims that speak
//! of the same quantity, and prints the text report: each finding with its
//! verdict (`AGREE` or `CONFLICT`), the claims side by side with their
//! sentences, and the arithmetic behind the verdict.
//!
//! Run with `cargo run --example compare_corpus`. The command line does
//! the same with `factdiff compare data/corpus/*.txt`.

use std::path::Path;

use factdiff::{Comparer, Document};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");

    // Every `.txt` file, sorted so that the run is the same on every machine.
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(&corpus)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            paths.push(path);
        }
    }
    paths.sort();

    // A document's id is its file name without the extension.
    let docs = paths
        .iter()
        .map(Document::from_path)
        .collect::<Result<Vec<_>, _>>()?;

    let report = Comparer::default().compare(&docs);
    print!("{report}");
    Ok(())
}
