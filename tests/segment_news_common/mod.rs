//! Helpers shared by the `segment_news_*` tests: splitting a text into its
//! sentence texts and asserting what it splits into.
#![allow(dead_code)]

use factdiff::Segmenter;

/// The sentence texts of `text`, checking on the way that each one is the
/// slice of `text` its span names.
pub fn split(text: &str) -> Vec<&str> {
    split_with(&Segmenter::new(), text)
}

pub fn split_with<'t>(seg: &Segmenter, text: &'t str) -> Vec<&'t str> {
    seg.sentences(text)
        .map(|s| {
            assert_eq!(&text[s.span], s.text);
            s.text
        })
        .collect()
}

#[track_caller]
pub fn assert_split(text: &str, expected: &[&str]) {
    assert_eq!(split(text), expected, "splitting {text:?}");
}

/// Asserts that `text` is one sentence.
#[track_caller]
pub fn assert_whole(text: &str) {
    assert_split(text, &[text]);
}
