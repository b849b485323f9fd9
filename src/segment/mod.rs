//! Sentence splitting (stub, being written).
use crate::Span;

/// A sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// Byte span in the original text.
    pub span: Span,
    /// The sentence text, `&text[span]`.
    pub text: &'a str,
}
/// Iterator over sentences.
pub struct Sentences<'a> {
    text: &'a str,
    done: bool,
}
impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;
    fn next(&mut self) -> Option<Sentence<'a>> {
        if self.done || self.text.trim().is_empty() {
            return None;
        }
        self.done = true;
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        Some(Sentence { span: Span::new(start, end), text: &self.text[start..end] })
    }
}
/// Segmenter.
#[derive(Clone, Debug, Default)]
pub struct Segmenter;
/// Builder.
#[derive(Clone, Debug, Default)]
pub struct SegmenterBuilder;
/// Splits text into sentences.
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, done: false }
}
