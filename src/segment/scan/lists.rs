//! List markers (bullets, and numbers or letters with `.`, `)` or `.)`) at
//! the start of a sentence or line, and the next item of an inline list.

use super::{Scanner, skip_whitespace};
use crate::segment::chars::{char_at, char_before, is_bullet, is_inline_bullet};

impl Scanner<'_> {
    /// The position where the next list item starts inside the sentence
    /// `[body, end)`, when the sentence opened with a marker and the next
    /// marker in sequence follows on the same line.
    pub(super) fn next_item(&self, marker: &Marker, body: usize, end: usize) -> Option<usize> {
        let mut buf = String::new();
        let pattern: &str = match marker.next {
            NextItem::None => return None,
            NextItem::Bullet(c) => {
                buf.push(c);
                &buf
            }
            NextItem::Number(n, style) => {
                buf = format!("{n}{}", style.as_str());
                &buf
            }
            NextItem::Letter(b, style) => {
                buf.push(char::from(b));
                buf.push_str(style.as_str());
                &buf
            }
        };
        let hay = &self.text[body..end];
        let mut from = 0;
        while let Some(n) = hay[from..].find(pattern) {
            let at = body + from + n;
            let before_ws = char_before(self.text, at).is_some_and(char::is_whitespace);
            let after = char_at(self.text, at + pattern.len());
            let after_ok = match marker.next {
                NextItem::Bullet(_) => true,
                _ => after.is_some_and(char::is_whitespace),
            };
            if before_ws && after_ok {
                return Some(at);
            }
            from += n + pattern.len();
        }
        None
    }
}

/// How a numbered list marker is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerStyle {
    Dot,
    Paren,
    DotParen,
}

impl MarkerStyle {
    fn as_str(self) -> &'static str {
        match self {
            MarkerStyle::Dot => ".",
            MarkerStyle::Paren => ")",
            MarkerStyle::DotParen => ".)",
        }
    }
}

/// The marker expected to start the next item of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NextItem {
    None,
    Bullet(char),
    Number(u32, MarkerStyle),
    Letter(u8, MarkerStyle),
}

/// A list marker at the start of a sentence or line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Where the item's text starts.
    pub(crate) body: usize,
    /// The marker the next item would carry.
    pub(crate) next: NextItem,
}

/// Reads a list marker at `start`: a bullet (`-`, `•`, ...), a number or
/// letter with `.`, `)` or `.)`, or both ("• 9. "). Returns `None` when
/// there is none.
pub(crate) fn list_marker(text: &str, start: usize, end: usize) -> Option<Marker> {
    let mut i = start;
    let mut bullet = None;
    let first = char_at(text, i)?;
    if is_bullet(first) {
        let after = char_at(text, i + first.len_utf8());
        let spaced = after.is_some_and(char::is_whitespace);
        let inline = is_inline_bullet(first);
        if spaced || inline && after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            bullet = Some(first);
            i = skip_whitespace(text, i + first.len_utf8(), end);
        } else {
            return None;
        }
    }
    let numbered = numbered_marker(text, i, end);
    let body = match numbered {
        Some((after, _)) => skip_whitespace(text, after, end),
        None if bullet.is_some() => i,
        None => return None,
    };
    let next = match (bullet, numbered) {
        (Some(c), _) if is_inline_bullet(c) => NextItem::Bullet(c),
        (None, Some((_, next))) => next,
        _ => NextItem::None,
    };
    Some(Marker { body, next })
}

/// A number (1–3 digits) or lower-case letter followed by `.`, `)` or `.)`
/// and whitespace. Returns the end of the marker and the next marker.
fn numbered_marker(text: &str, i: usize, end: usize) -> Option<(usize, NextItem)> {
    let bytes = text.as_bytes();
    let mut k = i;
    while k < end && k < i + 3 && bytes[k].is_ascii_digit() {
        k += 1;
    }
    let digits = k - i;
    let letter = digits == 0 && k < end && bytes[k].is_ascii_lowercase();
    if letter {
        k += 1;
    } else if digits == 0 || k < end && bytes[k].is_ascii_digit() {
        return None;
    }
    let style = if text[k..end].starts_with(".)") {
        MarkerStyle::DotParen
    } else if text[k..end].starts_with('.') {
        MarkerStyle::Dot
    } else if text[k..end].starts_with(')') {
        MarkerStyle::Paren
    } else {
        return None;
    };
    let after = k + style.as_str().len();
    // A marker introduces an item on its own line or block: "Sept. 30." at
    // the end of a paragraph is a date, not an empty item "30.".
    if !char_at(text, after).is_some_and(char::is_whitespace)
        || skip_whitespace(text, after, end) >= end
    {
        return None;
    }
    if letter {
        // A lone letter before a period is an initial or abbreviation as
        // often as a marker; only "a." to "z." followed by a capital count.
        let next_char = char_at(text, skip_whitespace(text, after, end))?;
        if !next_char.is_uppercase() {
            return None;
        }
        let b = bytes[i];
        return Some((
            after,
            if b < b'z' {
                NextItem::Letter(b + 1, style)
            } else {
                NextItem::None
            },
        ));
    }
    let n: u32 = text[i..i + digits].parse().ok()?;
    Some((after, NextItem::Number(n + 1, style)))
}
