//! The tokens either side of a boundary, and the rule for a single period:
//! what follows (a lower-case word, a digit, a capitalised word, a list
//! item) and what precedes it (a number, an initial, an abbreviation or an
//! ordinary word) decide whether the period ends the sentence.

use super::terminal::Run;
use super::{
    CLAUSE_LIMIT, Next, Scanner, TOKEN_LIMIT, back, list_marker, skip_whitespace, token_end,
};
use crate::segment::chars::{
    char_at, char_before, is_bullet, is_closer, is_inline_bullet, is_opener,
};
use crate::segment::lexicon::{self, AbbrevClass};

/// How the token before a period behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prev {
    Ordinary,
    Number,
    Initial,
    Abbrev(AbbrevClass),
}

impl<'a> Scanner<'a> {
    /// Reads the token at `k` for the boundary decision.
    pub(super) fn next_token(&self, k: usize, block_end: usize) -> Next<'a> {
        if k >= block_end {
            return Next::End;
        }
        // Lettered markers ("b. The") are left to the list rule: "a. m. The"
        // shows a lone letter is as often an abbreviation.
        let first = char_at(self.text, k).unwrap_or(' ');
        if is_bullet(first) && !is_inline_bullet(first) && !at_line_start(self.text, k) {
            // Inside a line a dash is punctuation, not a bullet: the dateline
            // "SALEM, Ore. — The" and the attribution "“Go.” — Ana" go on.
            return Next::Punct;
        }
        if !first.is_ascii_lowercase() && list_marker(self.text, k, block_end).is_some() {
            return if first.is_ascii_digit() {
                Next::Digit { list: true }
            } else {
                Next::Item
            };
        }
        let mut i = k;
        let mut c = char_at(self.text, i).unwrap_or(' ');
        // Look through opening quotes and brackets: `“We` starts with `W`.
        while is_opener(c) && i < block_end {
            i += c.len_utf8();
            c = match char_at(self.text, i) {
                Some(c) if !c.is_whitespace() => c,
                Some(_) if i + 1 < block_end && matches!(self.bytes[i - 1], b'\'' | b'"') => {
                    // A detached quotation mark: "'' Why did".
                    i = skip_whitespace(self.text, i, block_end);
                    char_at(self.text, i).unwrap_or(' ')
                }
                _ => return Next::Punct,
            };
        }
        if c.is_lowercase() {
            Next::Lower
        } else if c.is_ascii_digit() {
            Next::Digit { list: false }
        } else if c.is_alphabetic() || matches!(c, '$' | '€' | '£' | '¥' | '#' | '@') {
            let word_end = self.text[i..block_end]
                .char_indices()
                .find(|&(_, ch)| !(ch.is_alphabetic() || ch == '\'' || ch == '’'))
                .map_or(block_end, |(n, _)| i + n);
            let word = &self.text[i..word_end];
            let initial = word.chars().count() == 1 && self.bytes.get(word_end) == Some(&b'.');
            Next::Upper { word, initial }
        } else if is_bullet(c) {
            Next::Item
        } else {
            Next::Punct
        }
    }

    /// The rule for a single period followed by whitespace and `next`.
    pub(super) fn period_ends(&self, start: usize, j: usize, next: Next<'_>) -> bool {
        let prev = self.prev_class(start, j);
        match next {
            Next::End | Next::Item => true,
            // "by Sept. 30. The", "Pump Station No. 3. It": a number after
            // such an abbreviation completes it rather than starting a list.
            Next::Digit { list: true } => !matches!(
                prev,
                Prev::Abbrev(AbbrevClass::General | AbbrevClass::Title)
            ),
            Next::Lower | Next::Punct => false,
            Next::Digit { list: false } => match prev {
                // "... before dinner. 7 a.m. is": a word, then a number.
                Prev::Ordinary => self.plain_word_before(start, j) && !self.in_brackets(start, j),
                // "7 p.m. 7 a.m. is ...": a time is complete after its number.
                Prev::Abbrev(AbbrevClass::Closing) => {
                    self.after_number(start, self.token_start(start, j)) && !self.fronted(start, j)
                }
                _ => false,
            },
            Next::Upper { word, initial } => {
                let starter = lexicon::sentence_starter(word) && !initial;
                match prev {
                    Prev::Ordinary | Prev::Number => true,
                    Prev::Initial | Prev::Abbrev(AbbrevClass::General | AbbrevClass::Title) => {
                        starter
                    }
                    Prev::Abbrev(AbbrevClass::Closing | AbbrevClass::Unit) => {
                        // A time is followed by its day: "at 3 a.m. Sunday".
                        let dated = lexicon::date_word(word) && self.time_before(start, j);
                        starter || !dated && !self.fronted(start, j)
                    }
                }
            }
        }
    }

    /// Whether the token before `j` is a plain word of two or more letters
    /// ("dinner", not "N°" or "x2").
    fn plain_word_before(&self, start: usize, j: usize) -> bool {
        let token = &self.text[self.token_start(start, j)..j];
        let token = token.trim_start_matches(|c: char| is_opener(c));
        token.chars().count() >= 2 && token.chars().all(char::is_alphabetic)
    }

    /// Whether an opening bracket before `j` in the sentence is still open
    /// ("[page. 42]", "(see. section 4.2)").
    fn in_brackets(&self, start: usize, j: usize) -> bool {
        let floor = back(self.text, start, j, CLAUSE_LIMIT);
        let mut depth = 0i32;
        for c in self.text[floor..j].chars() {
            match c {
                '(' | '[' | '{' | '（' => depth += 1,
                ')' | ']' | '}' | '）' => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// Whether a period directly followed by a letter ends a sentence
    /// ("world.Today", "1,000.That"), as in text that lost its spaces.
    pub(super) fn splits_without_space(&self, start: usize, j: usize, run: &Run) -> bool {
        if run.ellipsis || run.end >= self.bytes.len() {
            return false;
        }
        let rest = &self.text[run.end..];
        let mut chars = rest.char_indices();
        let Some((_, first)) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            return false;
        }
        // A word of at least two letters, the second lower-case, ending at
        // a space or punctuation: "Today", not "Bg5" or "D.".
        let mut letters = 1;
        let mut word_end = rest.len();
        for (n, c) in chars {
            if c.is_alphabetic() {
                if letters == 1 && !c.is_lowercase() {
                    return false;
                }
                letters += 1;
            } else {
                if c.is_alphanumeric() || c == '@' || c == '/' {
                    return false;
                }
                word_end = n;
                break;
            }
        }
        if letters < 2 {
            return false;
        }
        // Not inside an address: "Jane.Doe@example.com".
        let token_end = token_end(
            self.text,
            run.end,
            self.text.len().min(run.end + 4 * TOKEN_LIMIT),
        );
        let token = &self.text[run.end..token_end];
        let _ = word_end;
        if token.contains('@') || token.contains("://") {
            return false;
        }
        // A word in CamelCase before the period names a site or product
        // ("BorderSecurity.News"), not the end of a sentence.
        let before = &self.text[self.token_start(start, j)..j];
        let camel = before
            .chars()
            .zip(before.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
        if camel && !run.strong {
            return false;
        }
        run.strong || matches!(self.prev_class(start, j), Prev::Ordinary | Prev::Number)
    }

    /// Where the token ending at `j` starts (not before `start`).
    fn token_start(&self, start: usize, j: usize) -> usize {
        let floor = back(self.text, start, j, TOKEN_LIMIT);
        self.text[floor..j]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(floor, |(n, c)| floor + n + c.len_utf8())
    }

    /// Classifies the token before the period at `j`.
    fn prev_class(&self, start: usize, j: usize) -> Prev {
        let mut end = j;
        // A detached period ("filming .", "Baroness '' ."): the word before.
        while end > start {
            match char_before(self.text, end) {
                Some(c) if c.is_whitespace() || is_closer(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
        let begin = self.token_start(start, end);
        if begin == back(self.text, start, end, TOKEN_LIMIT) && begin > start {
            return Prev::Ordinary; // longer than any abbreviation
        }
        let token = &self.text[begin..end];
        if token.contains("://") || token.contains('@') || token.starts_with("www.") {
            return Prev::Ordinary;
        }
        let token = token.rsplit('/').next().unwrap_or(token);
        let core = token.trim_start_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            return Prev::Ordinary;
        }
        if core
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            || core.starts_with(|c: char| c.is_ascii_digit())
                && core
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .chars()
                    .all(|c| !c.is_alphabetic())
        {
            return Prev::Number;
        }
        // "7a.m" reads as "a.m".
        let core = core.trim_start_matches(|c: char| c.is_ascii_digit());
        let mut chars = core.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return if c.is_uppercase() {
                Prev::Initial
            } else if c.is_alphabetic() {
                Prev::Abbrev(AbbrevClass::General)
            } else {
                Prev::Ordinary
            };
        }
        if core.len() > 16 || !core.is_ascii() {
            // Only user-added abbreviations can be this long or non-ASCII;
            // they are stored lower-cased.
            return self
                .config
                .lookup(&core.to_lowercase())
                .map_or(Prev::Ordinary, Prev::Abbrev);
        }
        let mut buf = [0u8; 16];
        let lower = &mut buf[..core.len()];
        lower.copy_from_slice(core.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or("");
        if let Some(class) = self.config.lookup(lower) {
            return Prev::Abbrev(class);
        }
        if lexicon::unit(lower) && self.after_number(start, begin) {
            return Prev::Abbrev(AbbrevClass::Unit);
        }
        let capitalised = core.starts_with(|c: char| c.is_ascii_uppercase());
        if let Some(class) = lexicon::abbreviation(lower, capitalised) {
            return Prev::Abbrev(class);
        }
        if core.contains('.') && core.split('.').all(|part| (1..=2).contains(&part.len())) {
            return Prev::Abbrev(AbbrevClass::General); // "P.D.T", "N.E"
        }
        Prev::Ordinary
    }

    /// Whether the token before the period at `j` is a time of day ("a.m",
    /// "7p.m").
    fn time_before(&self, start: usize, j: usize) -> bool {
        let token = &self.text[self.token_start(start, j)..j];
        let token = token.trim_start_matches(|c: char| c.is_ascii_digit());
        token.eq_ignore_ascii_case("a.m") || token.eq_ignore_ascii_case("p.m")
    }

    /// Whether the token before `begin` is a number or a unit ("5 sq.").
    fn after_number(&self, start: usize, begin: usize) -> bool {
        let end = self.text[start..begin].trim_end().len() + start;
        if end <= start {
            return false;
        }
        let from = self.token_start(start, end);
        let token = &self.text[from..end];
        token.starts_with(|c: char| c.is_ascii_digit())
            || lexicon::unit(&token.trim_end_matches('.').to_ascii_lowercase())
    }

    /// Whether the clause holding `j` opens with a preposition ("At 5 a.m.",
    /// "On Jan. 5; at 6 a.m."), so a closing abbreviation does not end it.
    fn fronted(&self, start: usize, j: usize) -> bool {
        let floor = back(self.text, start, j, CLAUSE_LIMIT);
        let before = &self.text[floor..j];
        let separator = before
            .char_indices()
            .rev()
            .find(|&(n, c)| {
                c == ';' || c == ':' && before[n + 1..].starts_with(char::is_whitespace)
            })
            .map(|(n, _)| n);
        let clause_start = match separator {
            Some(n) => floor + n + 1,
            None if floor == start => start,
            None => return false,
        };
        let clause = &self.text[clause_start..j];
        let first = clause
            .split(|c: char| c.is_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| !w.is_empty())
            .unwrap_or("");
        lexicon::fronting_preposition(&first.to_ascii_lowercase())
    }
}

/// Whether only whitespace lies between the start of the line and `i`.
fn at_line_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .rev()
        .find(|&c| !c.is_whitespace() || matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
        .is_none_or(char::is_whitespace)
}
