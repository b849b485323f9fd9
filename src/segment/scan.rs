//! The sentence rules: where, inside one block of text, a sentence ends.
//!
//! A block is a stretch of text with no paragraph break in it (see
//! `lines.rs`). Inside a block, [`Scanner::sentence_end`] walks from a
//! sentence's first byte to the first boundary. Every backward or forward
//! look is bounded by a constant, and quotation searches are memoised, so
//! splitting is linear in the input whatever it holds.

use super::Config;
use super::chars::{
    char_at, char_before, is_bullet, is_cjk_terminator, is_closer, is_inline_bullet, is_opener,
    is_terminator,
};
use super::lexicon::{self, AbbrevClass};
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

/// What the terminal punctuation at a candidate boundary was made of.
#[derive(Clone, Copy, Debug, Default)]
struct Run {
    /// One past the run: terminators, closing quotes and brackets, citations.
    end: usize,
    /// A `?`, `!` or similar was in it.
    strong: bool,
    /// It was an ellipsis (`...`, `…`, `. . .`).
    ellipsis: bool,
    /// It held a CJK stop, which ends a sentence whatever follows.
    cjk: bool,
}

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

/// How the token before a period behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prev {
    Ordinary,
    Number,
    Initial,
    Abbrev(AbbrevClass),
}

/// The quotation marks that can open a protected quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quote {
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
    const COUNT: usize = 11;

    fn index(self) -> usize {
        self as usize
    }

    /// Marks written with two characters: ``` `` ``` and `''`.
    fn is_double_width(self) -> bool {
        matches!(self, Quote::DoubleBacktick | Quote::DoubleSingle)
    }
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

    /// Terminal punctuation and closing marks from `j` on.
    fn run(&self, j: usize, block_end: usize) -> Run {
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
    fn spaced_ellipsis(
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
    fn has_word_before(&self, start: usize, j: usize) -> bool {
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
    fn absorb_detached(&self, start: usize, mut end: usize, block_end: usize) -> (usize, usize) {
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

    /// Whether a free-standing quotation mark `token` at `k` closes the
    /// sentence before it (rather than opening the next one).
    fn quote_closes(&self, start: usize, k: usize, token: &str, block_end: usize) -> bool {
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

    /// Reads the token at `k` for the boundary decision.
    fn next_token(&self, k: usize, block_end: usize) -> Next<'a> {
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
    fn period_ends(&self, start: usize, j: usize, next: Next<'_>) -> bool {
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
    fn splits_without_space(&self, start: usize, j: usize, run: &Run) -> bool {
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

    /// Whether the mark `c` at `i` opens a quotation: it follows a space,
    /// an opening bracket or the start of the sentence, and a word follows.
    fn opening_quote(&self, start: usize, i: usize, c: char) -> Option<Quote> {
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
    fn skip_quotation(&mut self, quote: Quote, i: usize, block_end: usize) -> usize {
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

    /// The position where the next list item starts inside the sentence
    /// `[body, end)`, when the sentence opened with a marker and the next
    /// marker in sequence follows on the same line.
    fn next_item(&self, marker: &Marker, body: usize, end: usize) -> Option<usize> {
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

/// Whether an ellipsis followed by `next` ends the sentence: a capitalised
/// word other than the pronoun "I" starts a new one.
fn ellipsis_ends(next: Next<'_>) -> bool {
    match next {
        Next::Upper { word, .. } => !matches!(
            word,
            "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "I'll" | "I’ll"
        ),
        Next::Item | Next::Digit { list: true } => true,
        _ => false,
    }
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

/// Whether only whitespace lies between the start of the line and `i`.
fn at_line_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .rev()
        .find(|&c| !c.is_whitespace() || matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
        .is_none_or(char::is_whitespace)
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
