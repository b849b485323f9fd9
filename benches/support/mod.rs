//! The corpus the benchmarks share: the bundled example articles in
//! `data/corpus`, repeated until the text passes a size.
#![allow(dead_code)]

use std::path::Path;

/// The bundled articles concatenated (blank line between), repeated until
/// the text holds at least `min_bytes` bytes.
///
/// # Panics
///
/// When `data/corpus` holds no `.txt` file: the benches need the corpus.
pub fn news_corpus(min_bytes: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {}", dir.display());
    let articles: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article"))
        .collect();
    let mut text = String::with_capacity(min_bytes + 8192);
    while text.len() < min_bytes {
        for article in &articles {
            text.push_str(article);
            text.push_str("\n\n");
        }
    }
    text
}
