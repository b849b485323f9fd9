//! Quotations: which marks open one, where it closes (so that no boundary
//! is made inside it), and whether a free-standing mark closes the sentence
//! before it.

use super::{QUOTE_LIMIT, Scanner, back};
use crate::segment::chars::{char_at, char_before, is_opener, is_terminator};
use crate::text::floor_char_boundary;

/// The quotation marks that can open a protected quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quote {
    Straight,
    Single,
    DoubleSingle,
    Backtick,
    DoubleBacktick,
    Curly,
    CurlySingle,
    Guillemet,
    Low,
    Corner,
    WhiteCorner,
}

impl Quote {
    pub(super) const COUNT: usize = 11;

    fn index(self) -> usize {
        self as usize
    }

    /// Marks written with two characters: ``` `` ``` and `''`.
    fn is_double_width(self) -> bool {
        matches!(self, Quote::DoubleBacktick | Quote::DoubleSingle)
    }
}

impl Scanner<'_> {
    /// Whether a free-standing quotation mark `token` at `k` closes the
    /// sentence before it (rather than opening the next one).
    pub(super) fn quote_closes(
        &self,
        start: usize,
        k: usize,
        token: &str,
        block_end: usize,
    ) -> bool {
        let double = token.len() >= 2 || token == "\"" || token == "”";
        let count = quote_marks(
            &self.text[back(self.text, start, k, 2 * QUOTE_LIMIT)..k],
            double,
        );
        if count % 2 == 1 {
            return true;
        }
        if count > 0 {
            return false;
        }
        // No quotation so far: a mark that nothing later closes must close
        // this sentence.
        let after = k + token.len();
        let limit = floor_char_boundary(self.text, (after + QUOTE_LIMIT).min(block_end));
        quote_marks(&self.text[after..limit], double) == 0
    }

    /// Whether the mark `c` at `i` opens a quotation: it follows a space,
    /// an opening bracket or the start of the sentence, and a word follows.
    pub(super) fn opening_quote(&self, start: usize, i: usize, c: char) -> Option<Quote> {
        let quote = match c {
            '"' => Quote::Straight,
            '\'' if self.bytes.get(i + 1) == Some(&b'\'') => Quote::DoubleSingle,
            '\'' if contraction_follows(&self.text[i + 1..]) => return None,
            '\'' => Quote::Single,
            '`' if self.bytes.get(i + 1) == Some(&b'`') => Quote::DoubleBacktick,
            '`' => Quote::Backtick,
            '“' => Quote::Curly,
            '‘' => Quote::CurlySingle,
            '«' => Quote::Guillemet,
            '„' => Quote::Low,
            '「' => Quote::Corner,
            '『' => Quote::WhiteCorner,
            _ => return None,
        };
        let before_ok = i == start
            || char_before(self.text, i)
                .is_some_and(|b| b.is_whitespace() || matches!(b, '(' | '[' | '{' | '—' | '–'));
        if !before_ok {
            return None;
        }
        let open_len = if quote.is_double_width() {
            2
        } else {
            c.len_utf8()
        };
        let after = char_at(self.text, i + open_len)?;
        let after_ok = if after.is_whitespace() {
            // A detached mark ("' No, they'll ...", "'' ... what") opens
            // only straight quotes.
            matches!(
                quote,
                Quote::Straight | Quote::Single | Quote::Backtick | Quote::DoubleSingle
            ) && {
                let rest = &self.text[i + open_len + after.len_utf8()..];
                rest.starts_with(char::is_uppercase) || rest.starts_with("...")
            }
        } else {
            after.is_alphabetic() || is_opener(after) || after == '.' && quote != Quote::Single
        };
        after_ok.then_some(quote)
    }

    /// Skips a quotation opened at `i` when its closing mark is near: no
    /// boundary is made inside it. Returns where the scan resumes: at the
    /// terminal punctuation before the closing mark, if any, so that the
    /// boundary after the quotation is still decided.
    pub(super) fn skip_quotation(&mut self, quote: Quote, i: usize, block_end: usize) -> usize {
        let open_len = if quote.is_double_width() {
            2
        } else {
            char_at(self.text, i).map_or(1, char::len_utf8)
        };
        let from = (i + open_len).max(self.no_closer_until[quote.index()]);
        let limit = (i + QUOTE_LIMIT).min(block_end);
        let Some(close) = self.find_closer(quote, from, limit) else {
            self.no_closer_until[quote.index()] = limit;
            return i + open_len;
        };
        // Resume at the terminal punctuation right before the mark
        // ("great.'", "Boursier . '").
        let mut t = close;
        let mut found = None;
        while t > i + open_len {
            match char_before(self.text, t) {
                Some(c) if is_terminator(c) => {
                    t -= c.len_utf8();
                    found = Some(t);
                }
                Some(c) if c.is_whitespace() && found.is_none() => t -= c.len_utf8(),
                _ => break,
            }
        }
        found.unwrap_or(close + self.closer_len(quote, close))
    }

    fn closer_len(&self, quote: Quote, close: usize) -> usize {
        if quote.is_double_width() {
            2
        } else {
            char_at(self.text, close).map_or(1, char::len_utf8)
        }
    }

    /// The position of the mark closing `quote` in `[from, limit)`.
    fn find_closer(&self, quote: Quote, from: usize, limit: usize) -> Option<usize> {
        let mut k = from;
        while k < limit {
            let Some(c) = char_at(self.text, k) else {
                k += 1;
                continue;
            };
            let hit = match quote {
                Quote::Straight => c == '"',
                Quote::Single | Quote::Backtick => {
                    c == '\'' || quote == Quote::Backtick && c == '`'
                }
                Quote::DoubleBacktick | Quote::DoubleSingle => {
                    c == '\'' && self.bytes.get(k + 1) == Some(&b'\'')
                }
                Quote::Curly | Quote::Low => c == '”' || quote == Quote::Low && c == '“',
                Quote::CurlySingle => c == '’',
                Quote::Guillemet => c == '»',
                Quote::Corner => c == '」',
                Quote::WhiteCorner => c == '』',
            };
            if hit && self.valid_closer(quote, k, c) {
                return Some(k);
            }
            k += c.len_utf8();
        }
        None
    }

    /// A closing mark is not an apostrophe inside a word ("don't", "We’ve"),
    /// and a straight single mark must follow punctuation or precede it,
    /// so that "the kids' toys" closes nothing.
    fn valid_closer(&self, quote: Quote, k: usize, c: char) -> bool {
        let before = char_before(self.text, k);
        let after = char_at(self.text, k + self.closer_len(quote, k));
        let letter_after = after.is_some_and(char::is_alphanumeric);
        match quote {
            Quote::Single
            | Quote::Backtick
            | Quote::CurlySingle
            | Quote::DoubleBacktick
            | Quote::DoubleSingle => {
                if letter_after {
                    return false;
                }
                let punct_before = before.is_some_and(|b| {
                    b.is_ascii_punctuation() && b != '\''
                        || is_terminator(b)
                        || matches!(b, '—' | '–')
                });
                let punct_after =
                    after.is_none_or(|a| matches!(a, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
                let detached = before.is_some_and(char::is_whitespace)
                    && k >= 2
                    && char_before(self.text, k - 1)
                        .is_some_and(|b| b.is_ascii_punctuation() || is_terminator(b));
                c == '`' || punct_before || punct_after || detached || quote.is_double_width()
            }
            Quote::Straight => !letter_after,
            _ => true,
        }
    }
}

/// Whether `rest` (the text after a `'`) starts with a contraction or
/// possessive ending ("'s", "'re", "'ll"): then the mark is an apostrophe.
fn contraction_follows(rest: &str) -> bool {
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    matches!(
        &rest[..word_len],
        "s" | "t" | "re" | "ve" | "ll" | "d" | "m" | "S" | "T" | "RE" | "VE" | "LL" | "D" | "M"
    )
}

/// Counts the quotation marks of one family in `text`, apostrophes inside
/// words left out. `double` counts straight and curly double marks and
/// doubled single marks or backticks;
/// otherwise single marks.
fn quote_marks(text: &str, double: bool) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut prev = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        match c {
            '"' | '“' | '”' if double => count += 1,
            '\'' | '`' if bytes.get(i + 1) == Some(&(c as u8)) => {
                if double {
                    count += 1;
                }
                chars.next();
            }
            '\'' | '`' | '‘' | '’'
                if !(double || prev.is_alphanumeric() && next.is_alphanumeric()) =>
            {
                count += 1;
            }
            _ => {}
        }
        prev = c;
    }
    count
}
