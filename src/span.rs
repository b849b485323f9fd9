//! Half-open byte ranges into a document's original text.

use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `[start, end)` into a document's original text.
///
/// Every sentence, figure and claim in factdiff carries a `Span`. Spans that
/// factdiff hands out always lie on UTF-8 character boundaries of the text
/// they were made from, so slicing that text with them never panics:
///
/// ```
/// use factdiff::Span;
///
/// let text = "Crews cleared 1,200 tonnes of débris.";
/// let span = Span::new(14, 19);
/// assert_eq!(&text[span], "1,200");
/// assert_eq!(span.len(), 5);
/// assert_eq!(span.range(), 14..19);
/// ```
///
/// With the `serde` feature a span is `{"start": 14, "end": 19}`; reading
/// one back checks `start <= end`, as [`Span::new`] does:
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use factdiff::Span;
/// let span: Span = serde_json::from_str(r#"{"start": 3, "end": 7}"#).unwrap();
/// assert_eq!(span, Span::new(3, 7));
/// let err = serde_json::from_str::<Span>(r#"{"start": 9, "end": 7}"#).unwrap_err();
/// assert!(err.to_string().contains("start 9 is after end 7"));
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawSpan"))]
pub struct Span {
    /// The first byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

/// A span as read, before its check.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
}

#[cfg(feature = "serde")]
impl TryFrom<RawSpan> for Span {
    type Error = String;

    fn try_from(raw: RawSpan) -> Result<Span, String> {
        if raw.start > raw.end {
            Err(format!(
                "a span's start {} is after end {}",
                raw.start, raw.end
            ))
        } else {
            Ok(Span::new(raw.start, raw.end))
        }
    }
}

impl Span {
    /// Makes a span from `start` to `end`.
    ///
    /// # Panics
    ///
    /// Panics if `start > end`: such a span would name no text at all, and
    /// making one is a bug in the caller.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert_eq!(Span::new(3, 7).len(), 4);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start must not exceed its end");
        Span { start, end }
    }

    /// The number of bytes the span covers.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert_eq!(Span::new(10, 12).len(), 2);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert!(Span::new(5, 5).is_empty());
    /// assert!(!Span::new(5, 6).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`, for slicing and for APIs that want one.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert_eq!(&"abcdef"[Span::new(1, 3).range()], "bc");
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Moves the span `offset` bytes to the right, e.g. from sentence-relative
    /// to document-relative offsets.
    ///
    /// ```
    /// use factdiff::Span;
    /// assert_eq!(Span::new(2, 4).offset(10), Span::new(12, 14));
    /// ```
    #[must_use]
    pub const fn offset(self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn orders_by_start_then_end() {
        let mut spans = vec![Span::new(4, 9), Span::new(0, 3), Span::new(4, 6)];
        spans.sort();
        assert_eq!(
            spans,
            vec![Span::new(0, 3), Span::new(4, 6), Span::new(4, 9)]
        );
    }

    #[test]
    fn displays_as_a_range() {
        assert_eq!(Span::new(3, 8).to_string(), "3..8");
    }

    #[test]
    #[should_panic(expected = "span start must not exceed its end")]
    fn rejects_reversed_bounds() {
        let _ = Span::new(5, 2);
    }
}
