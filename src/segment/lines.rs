//! Blocks: the stretches of text between paragraph breaks.
//!
//! A blank line always ends a block. A single line break ends one when the
//! line before it reads as a unit of its own — a headline, a byline, a list
//! item, a paragraph written on one line — and is taken as a space when it
//! only wraps a sentence ([`NewlinePolicy`] lets callers choose other
//! treatments).

use super::NewlinePolicy;
use super::chars::{char_at, is_latin_letter, is_terminator};
use super::lexicon;
use super::scan::list_marker;

/// A line longer than this many bytes is a paragraph of its own, not a
/// line of hard-wrapped text: a break after it ends the block.
const WRAP_WIDTH: usize = 100;
/// A line with no end punctuation and at least this many bytes reads as
/// wrapped prose when a lower-case line follows.
const SHORT_LINE: usize = 40;

/// One block: `[start, end)` and whether its letters are mostly non-Latin.
pub(crate) struct Block {
    pub(crate) end: usize,
    pub(crate) non_latin: bool,
}

/// The block starting at `start` (a non-whitespace position).
pub(crate) fn block_at(text: &str, start: usize, policy: NewlinePolicy) -> Block {
    let bytes = text.as_bytes();
    let mut line_start = start;
    let mut ascii = true;
    // Whether the current line carries on a sentence from the line before.
    let mut continued = false;
    let end = loop {
        let (line_end, next_start, hard) = line_end(text, line_start);
        ascii &= bytes[line_start..line_end].is_ascii();
        if hard || next_start >= text.len() {
            break line_end;
        }
        // Skip horizontal space: a line of only whitespace is a blank line.
        let next = next_start
            + text[next_start..]
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace() || is_line_break(c))
                .map_or(text.len() - next_start, |(n, _)| n);
        if next >= text.len() || char_at(text, next).is_some_and(is_line_break) {
            break line_end;
        }
        let joins = match policy {
            NewlinePolicy::Heuristic => wraps(text, line_start, line_end, next, continued),
            NewlinePolicy::Break => false,
            NewlinePolicy::Space => true,
        };
        if !joins {
            break line_end;
        }
        continued = !ends_sentence(text[line_start..line_end].trim());
        line_start = next_start;
    };
    let non_latin = !ascii && mostly_non_latin(&text[start..end]);
    Block { end, non_latin }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}'
    )
}

/// The end of the line starting at `from`, where the next one starts, and
/// whether the break is a paragraph separator (U+2029).
fn line_end(text: &str, from: usize) -> (usize, usize, bool) {
    let bytes = text.as_bytes();
    let mut i = from;
    // The bytes that may break a line: `\n`, `\r`, and the lead byte of
    // U+2028 and U+2029.
    while let Some(k) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[i..]) {
        i += k;
        match bytes[i] {
            b'\n' => return (i, i + 1, false),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => return (i, i + 1, false),
            0xE2 if text[i..].starts_with('\u{2028}') => return (i, i + 3, false),
            0xE2 if text[i..].starts_with('\u{2029}') => return (i, i + 3, true),
            _ => i += 1,
        }
    }
    (bytes.len(), bytes.len(), false)
}

/// Whether the line `[line_start, line_end)` continues on the line starting
/// at `next` (a non-whitespace position). `continued` says whether the line
/// itself carries on a sentence from the line before.
fn wraps(text: &str, line_start: usize, line_end: usize, next: usize, continued: bool) -> bool {
    let line = text[line_start..line_end].trim();
    let next_end = line_end_of(text, next);
    if list_marker(text, next, next_end).is_some() {
        return false;
    }
    let line_start_trimmed = line_start
        + (text[line_start..line_end].len() - text[line_start..line_end].trim_start().len());
    let next_char = char_at(text, next).unwrap_or(' ');
    if list_marker(text, line_start_trimmed, line_end).is_some() && !next_char.is_lowercase() {
        return false;
    }
    let last = line.chars().next_back().unwrap_or(' ');
    if ends_sentence(line) {
        // Long lines are paragraphs; short ones, and any line continued by a
        // lower-case word, may be wrapped prose, where the sentence rules
        // decide whether the period ends a sentence.
        return line.len() <= WRAP_WIDTH || next_char.is_lowercase();
    }
    if matches!(last, ',' | ';' | '-' | '(' | '&') {
        return true;
    }
    if continued && line.len() >= SHORT_LINE {
        // The middle of a wrapped paragraph, not a headline: a headline
        // never continues a sentence from the line before.
        return true;
    }
    let last_word = line
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    if last_word.len() <= 8
        && lexicon::function_word(&last_word.to_ascii_lowercase())
        && !title_case(line)
    {
        return true;
    }
    if next_char.is_lowercase() {
        // "features\ncontact manager" is a list; "It was a cold\nnight in the
        // city." a wrapped sentence.
        let next_line = &text[next..next_end];
        return next_line.contains(is_terminator) || line.len() >= SHORT_LINE;
    }
    false
}

/// Whether `line` (trimmed) ends with terminal punctuation, possibly inside
/// closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(|c: char| super::chars::is_closer(c))
        .ends_with(is_terminator)
}

/// Whether `line` is written in title case, as headlines are: every word
/// of four or more letters, the last word included, starts with a capital
/// ("Storm Damage Tops $45 Million, State Says"). A wrapped line of prose
/// has lower-case words.
fn title_case(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let last_capital = line
        .split_whitespace()
        .next_back()
        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    last_capital
        && words.all(|w| {
            w.chars().count() < 4
                || !w.starts_with(char::is_alphabetic)
                || w.starts_with(char::is_uppercase)
        })
}

fn line_end_of(text: &str, from: usize) -> usize {
    line_end(text, from).0
}

/// Whether most letters of `text` are outside the Latin script.
fn mostly_non_latin(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars() {
        if is_latin_letter(c) {
            latin += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
    }
    other > latin
}
