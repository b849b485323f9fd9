//! Helpers shared by the integration tests: finding `../shared`, reading
//! its JSON Lines suites, and finding the built examples.
#![allow(dead_code)]

use std::path::PathBuf;

/// The path of `rel` inside `../shared`, or `None` (with a notice) when the
/// folder is absent outside CI.
///
/// # Panics
///
/// When `../shared` is missing and the `CI` environment variable is set:
/// CI must always measure the suites.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(rel);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing, and CI is set: the accuracy suites must run in CI",
        path.display()
    );
    eprintln!(
        "notice: {} not found; skipping (clone the shared folder beside the crate to run it)",
        path.display()
    );
    None
}

/// Reads a JSON Lines file into values.
pub fn read_jsonl(path: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// Collapses every run of whitespace into one space.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The path of a built example: `target/<profile>/examples/<name>`.
pub fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    let path = profile_dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is not built: run the tests with `cargo test`",
        path.display()
    );
    path
}
