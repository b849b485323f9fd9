//! The sentence rules: where, inside one block of text, a sentence ends.
//!
//! A block is a stretch of text with no paragraph break in it (see
//! `lines.rs`). Inside a block, [`Scanner::sentence_end`] walks from a
//! sentence's first byte to the first boundary. Every backward or forward
//! look is bounded by a constant, and quotation searches are memoised, so
//! splitting is linear in the input whatever it holds.
//!
//! The rules are split by what they read: `terminal` (the run of terminal
//! punctuation at a boundary, and what after it still belongs to the
//! sentence), `period` (the tokens either side of a boundary, and the rule
//! for a single period), `quotes` (quotations kept whole) and `lists` (list
//! markers, and the next item of a list). The scanning loop is here.

mod lists;
mod period;
mod quotes;
mod terminal;

pub(crate) use self::lists::list_marker;
use self::quotes::Quote;
use self::terminal::ellipsis_ends;
use super::Config;
use super::chars::{char_at, is_terminator};
use crate::text::floor_char_boundary;

/// How far back or forward a token may reach before it is taken as "long"
/// (a URL, a run of symbols): such a token is never an abbreviation.
const TOKEN_LIMIT: usize = 64;
/// How far a quotation may reach and still keep its sentences together.
const QUOTE_LIMIT: usize = 1000;
/// How far back the start of the current clause is looked for.
const CLAUSE_LIMIT: usize = 300;
/// How far ahead the next item of an inline list ("• 9. … • 10. …") is
/// looked for.
const ITEM_LIMIT: usize = 1000;

/// Bytes that can start something the rules care about.
const fn interesting_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'`' as usize] = true;
    // Lead bytes of the non-ASCII terminators, quotes and bullets we know.
    table[0xC2] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    table
}
static INTERESTING: [bool; 256] = interesting_bytes();

/// What kind of token follows a candidate boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next<'t> {
    /// Nothing: the block ends.
    End,
    /// A lower-case word: the sentence goes on.
    Lower,
    /// A digit; `list` says whether it is a list marker ("2. ", "3) ").
    Digit { list: bool },
    /// A capitalised word (or a letter of a caseless script, or a symbol
    /// such as `$`); `word` is its letters, `initial` whether a `.` follows
    /// a one-letter word ("A. Smith").
    Upper { word: &'t str, initial: bool },
    /// A bullet or list marker starting a new item.
    Item,
    /// Punctuation that continues the sentence (`,`, `;`, `—`, ...).
    Punct,
}

/// Quotation searches remembered between sentences of one text.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Memo([usize; Quote::COUNT]);

/// Finds sentence ends in one text.
pub(crate) struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    config: &'a Config,
    /// For each opening quotation mark: the position up to which a search
    /// already found no closing mark, so no later search repeats the work.
    no_closer_until: [usize; Quote::COUNT],
}

impl<'a> Scanner<'a> {
    /// A scanner over `text`; `memo` carries quotation searches over from
    /// the previous sentence (start with [`Memo::default`]).
    pub(crate) fn new(text: &'a str, config: &'a Config, memo: Memo) -> Scanner<'a> {
        Scanner {
            text,
            bytes: text.as_bytes(),
            config,
            no_closer_until: memo.0,
        }
    }

    /// What the scanner learnt about quotations, for the next sentence.
    pub(crate) fn memo(&self) -> Memo {
        Memo(self.no_closer_until)
    }

    /// Where the sentence starting at `start` ends, at most `block_end`.
    /// Always returns a position greater than `start` (when `start <
    /// block_end`) and on a char boundary.
    pub(crate) fn sentence_end(&mut self, start: usize, block_end: usize) -> usize {
        let marker = list_marker(self.text, start, block_end);
        let body = marker.as_ref().map_or(start, |m| m.body);
        // The next item in sequence, when near, ends the sentence at the
        // latest: find it first, so that a long line of items is not
        // scanned to its end once per item.
        let window = floor_char_boundary(self.text, (body + ITEM_LIMIT).min(block_end));
        let stop = marker
            .as_ref()
            .and_then(|m| self.next_item(m, body, window))
            .unwrap_or(block_end);
        let end = self.scan(start, body, stop, block_end).min(stop);
        if end > start { end } else { block_end }
    }

    /// The first boundary after `from` decided at a position before `stop`,
    /// or `stop`.
    fn scan(&mut self, start: usize, from: usize, stop: usize, block_end: usize) -> usize {
        let mut i = from;
        while i < stop {
            let b = self.bytes[i];
            if !INTERESTING[b as usize] {
                i += 1;
                continue;
            }
            let Some(c) = char_at(self.text, i) else {
                i += 1;
                continue;
            };
            if is_terminator(c) {
                match self.at_terminator(start, i, block_end) {
                    Ok(boundary) => return boundary,
                    Err(resume) => i = resume.max(i + c.len_utf8()),
                }
            } else if let Some(quote) = self.opening_quote(start, i, c) {
                i = self.skip_quotation(quote, i, block_end);
            } else {
                i += c.len_utf8();
            }
        }
        stop
    }

    /// Decides the terminator at `j`: `Ok(boundary)` ends the sentence,
    /// `Err(resume)` continues the scan from `resume`.
    fn at_terminator(&mut self, start: usize, j: usize, block_end: usize) -> Result<usize, usize> {
        if let Some(result) = self.spaced_ellipsis(start, j, block_end) {
            return result;
        }
        let run = self.run(j, block_end);
        if run.cjk || run.end >= block_end {
            return Ok(run.end.min(block_end).max(j + 1));
        }
        match char_at(self.text, run.end) {
            Some(c) if !c.is_whitespace() => {
                return if self.splits_without_space(start, j, &run) {
                    Ok(run.end)
                } else {
                    Err(run.end)
                };
            }
            _ => {}
        }
        let (end, k) = self.absorb_detached(start, run.end, block_end);
        let next = self.next_token(k, block_end);
        if next == Next::End {
            return Ok(block_end);
        }
        let decision = if run.ellipsis {
            ellipsis_ends(next) && self.has_word_before(start, j)
        } else if run.strong {
            matches!(
                next,
                Next::Upper { .. } | Next::Item | Next::Digit { list: true }
            )
        } else {
            self.period_ends(start, j, next)
        };
        if decision { Ok(end) } else { Err(end) }
    }
}

/// The first non-whitespace position at or after `i`, at most `end`.
fn skip_whitespace(text: &str, i: usize, end: usize) -> usize {
    text[i..end]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(end, |(n, _)| i + n)
}

/// The end of the whitespace-delimited token at `i`, at most `end`.
fn token_end(text: &str, i: usize, end: usize) -> usize {
    let end = floor_char_boundary(text, end);
    text[i..end]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(end, |(n, _)| i + n)
}

/// The char boundary at most `limit` bytes before `j` (and not before
/// `start`, a char boundary): where a bounded backward look begins.
fn back(text: &str, start: usize, j: usize, limit: usize) -> usize {
    start.max(floor_char_boundary(text, j.saturating_sub(limit)))
}
