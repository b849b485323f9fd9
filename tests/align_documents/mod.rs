//! One-sentence fictional reports of one story, read whole (figures,
//! claims, frames) and aligned: the frame tests' input.

use factdiff::{Comparer, Report};

/// Findings of a few one-sentence fictional reports, all of one story.
pub fn frame_findings(texts: &[(&str, &str)]) -> Report {
    let docs: Vec<factdiff::Document> = texts
        .iter()
        .map(|(id, t)| factdiff::Document::new(*id, *t).with_story("kestrel-shooting"))
        .collect();
    Comparer::default().compare(&docs)
}

/// Findings of two one-sentence reports, `gazette#0` and `times#0`, of
/// one story (see [`frame_findings`]).
pub fn gazette_and_times(gazette: &str, times: &str) -> Report {
    frame_findings(&[("gazette", gazette), ("times", times)])
}
