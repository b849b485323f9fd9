//! The terminal punctuation at a candidate boundary: runs of terminators
//! and closing marks, citations, spaced ellipses, and the tokens after
//! whitespace that still belong to the sentence just ended.

use super::{Next, Scanner, TOKEN_LIMIT, skip_whitespace, token_end};
use crate::segment::chars::{char_at, char_before, is_cjk_terminator, is_closer, is_terminator};

/// What the terminal punctuation at a candidate boundary was made of.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Run {
    /// One past the run: terminators, closing quotes and brackets, citations.
    pub(super) end: usize,
    /// A `?`, `!` or similar was in it.
    pub(super) strong: bool,
    /// It was an ellipsis (`...`, `…`, `. . .`).
    pub(super) ellipsis: bool,
    /// It held a CJK stop, which ends a sentence whatever follows.
    pub(super) cjk: bool,
}

impl Scanner<'_> {
    /// Terminal punctuation and closing marks from `j` on.
    pub(super) fn run(&self, j: usize, block_end: usize) -> Run {
        let mut run = Run {
            end: j,
            ..Run::default()
        };
        let mut dots = 0;
        while run.end < block_end {
            let Some(c) = char_at(self.text, run.end) else {
                break;
            };
            if is_terminator(c) {
                match c {
                    '.' => dots += 1,
                    '…' => run.ellipsis = true,
                    _ if is_cjk_terminator(c) => run.cjk = true,
                    _ => run.strong = true,
                }
            } else if c == '[' {
                match self.citation(run.end, block_end) {
                    Some(end) => {
                        run.end = end;
                        continue;
                    }
                    None => break,
                }
            } else if !is_closer(c) || !self.closes_here(run.end, c) {
                break;
            }
            run.end += c.len_utf8();
        }
        if dots >= 2 {
            run.ellipsis = true;
        }
        if run.strong && run.ellipsis {
            // "Happy!..." reads as an exclamation trailing off; the strong
            // mark decides.
            run.ellipsis = false;
        }
        run
    }

    /// Whether the closing mark `c` at `i` closes rather than being an
    /// apostrophe or an opening mark of the next word (`'s`, `'em`).
    fn closes_here(&self, i: usize, c: char) -> bool {
        if !matches!(c, '\'' | '’' | '`') {
            return true;
        }
        !char_at(self.text, i + c.len_utf8()).is_some_and(char::is_alphanumeric)
    }

    /// A citation such as `[1]`, `[2–11]` or `[7][8]` right after a
    /// terminator: returns its end.
    fn citation(&self, i: usize, block_end: usize) -> Option<usize> {
        let mut end = self.one_citation(i, block_end)?;
        while self.bytes.get(end) == Some(&b'[') {
            match self.one_citation(end, block_end) {
                Some(next) => end = next,
                None => break,
            }
        }
        Some(end)
    }

    fn one_citation(&self, i: usize, block_end: usize) -> Option<usize> {
        let limit = (i + 16).min(block_end);
        let mut k = i + 1;
        let mut digits = false;
        while k < limit {
            match self.bytes[k] {
                b'0'..=b'9' => digits = true,
                b',' | b'-' | b' ' => {}
                b']' => return digits.then_some(k + 1),
                0xE2 if self.text[k..].starts_with('–') => {
                    k += '–'.len_utf8();
                    continue;
                }
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// Handles `. . .` spaced ellipses. Returns `None` when `j` does not
    /// start one.
    pub(super) fn spaced_ellipsis(
        &self,
        start: usize,
        j: usize,
        block_end: usize,
    ) -> Option<Result<usize, usize>> {
        if self.bytes[j] != b'.' || !self.text[j..block_end].starts_with(". .") {
            return None;
        }
        if self.bytes.get(j + 3) == Some(&b'.') || j > 0 && self.bytes[j - 1] == b'.' {
            return None; // "... ." or ". ..": not a spaced ellipsis
        }
        let mut dots = 1;
        let mut last = j;
        while last + 2 < block_end && self.bytes[last + 1] == b' ' && self.bytes[last + 2] == b'.' {
            dots += 1;
            last += 2;
        }
        if dots < 3 {
            return None;
        }
        let attached = j > start && char_before(self.text, j).is_some_and(|c| !c.is_whitespace());
        let run = self.run(last, block_end);
        let (end, k) = if run.end < block_end
            && char_at(self.text, run.end).is_some_and(char::is_whitespace)
        {
            self.absorb_detached(start, run.end, block_end)
        } else {
            (run.end, run.end)
        };
        let next = if k == run.end && k < block_end {
            Next::Punct // something sticks to the ellipsis: not a boundary
        } else {
            self.next_token(k, block_end)
        };
        if next == Next::End {
            return Some(Ok(block_end));
        }
        let ends = ellipsis_ends(next);
        Some(if attached && dots >= 4 && ends {
            // "compounds. . . . The": the first dot ends the sentence and the
            // ellipsis opens the next one.
            Ok(j + 1)
        } else if ends && self.has_word_before(start, j) {
            Ok(end)
        } else {
            Err(end)
        })
    }

    /// Whether some letter or digit precedes `j` in the sentence.
    pub(super) fn has_word_before(&self, start: usize, j: usize) -> bool {
        self.text[start..j]
            .chars()
            .rev()
            .take(TOKEN_LIMIT)
            .any(char::is_alphanumeric)
    }

    /// After whitespace, takes in tokens that belong to the sentence just
    /// ended: stray terminators (`! ! !`, `. . .`), citations (`[1]`), and a
    /// detached closing quotation mark (`. ''`). Returns the new end of the
    /// sentence and the position of the next token.
    pub(super) fn absorb_detached(
        &self,
        start: usize,
        mut end: usize,
        block_end: usize,
    ) -> (usize, usize) {
        loop {
            let k = skip_whitespace(self.text, end, block_end);
            if k >= block_end {
                return (end, k);
            }
            let token_end = token_end(self.text, k, block_end);
            let token = &self.text[k..token_end];
            if token.len() > 16 {
                return (end, k);
            }
            let absorbed = if token.chars().all(is_terminator) {
                true
            } else if token.starts_with('[') {
                self.citation(k, block_end) == Some(token_end)
            } else if token
                .chars()
                .all(|c| matches!(c, '\'' | '"' | '`' | '”' | '’'))
            {
                self.quote_closes(start, k, token, block_end)
            } else {
                false
            };
            if !absorbed {
                return (end, k);
            }
            end = token_end;
        }
    }
}

/// Whether an ellipsis followed by `next` ends the sentence: a capitalised
/// word other than the pronoun "I" starts a new one.
pub(super) fn ellipsis_ends(next: Next<'_>) -> bool {
    match next {
        Next::Upper { word, .. } => !matches!(
            word,
            "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "I'll" | "I’ll"
        ),
        Next::Item | Next::Digit { list: true } => true,
        _ => false,
    }
}
