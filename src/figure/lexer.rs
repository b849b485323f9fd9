//! Splits text into the tokens figure recognition works on: words, digit
//! literals, punctuation, and spans to skip (URLs, e-mail addresses,
//! @handles, #tags, domain names), each with its byte span.

use super::lexicon::{Entry, lookup_raw};
use super::literal::{self, Lit};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind {
    /// Letters (and `_`), never digits.
    Word,
    /// A digit literal.
    Num(Lit),
    /// One character that is neither a letter, a digit nor a space.
    Punct(char),
    /// A URL, e-mail address, @handle, #tag or domain name.
    Skip,
}

/// One token and its place in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
    /// The first token of its line.
    pub line_start: bool,
    /// The lexicon entry of a word.
    pub lex: Option<&'static Entry>,
}

impl Tok {
    pub fn lit(&self) -> Option<&Lit> {
        match &self.kind {
            Kind::Num(l) => Some(l),
            _ => None,
        }
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
}

/// Domain endings that make `word.ending` a web address. English words
/// (`in`, `it`, `me`, `to`) are left out on purpose.
const TLDS: [&str; 27] = [
    "com", "org", "net", "gov", "edu", "io", "co", "uk", "news", "info", "biz", "tv", "ly", "gl",
    "int", "mil", "eu", "ca", "de", "fr", "au", "ru", "cn", "jp", "mx", "br", "es",
];

/// Tokenizes `text` into `out` (cleared first).
pub(super) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    // About a token per five bytes of prose: room for a sentence's tokens
    // at once, rather than growing the vector token by token (bounded, for
    // a chunk with no line break).
    out.reserve((text.len() / 4).min(4096));
    let b = text.as_bytes();
    let mut lx = Lexer {
        text,
        out,
        ws: true,
        nl: true,
        chunk: 0,
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c == b'\n' || c == b'\r' {
                lx.space(true);
                i += 1;
            } else if c.is_ascii_whitespace() {
                lx.space(false);
                i += 1;
            } else if c.is_ascii_digit()
                || (c == b'.'
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
            {
                let after_list = i >= 2 && b[i - 1] == b',' && b[i - 2].is_ascii_digit();
                let (lit, end) = literal::scan(text, i, after_list);
                lx.push(i, end, Kind::Num(lit));
                i = end;
            } else if c.is_ascii_alphabetic() || c == b'_' {
                let end = word_end(text, i);
                if text[i..end].eq_ignore_ascii_case("www") && b.get(end) == Some(&b'.') {
                    i = lx.skip(i);
                } else {
                    lx.push(i, end, Kind::Word);
                    i = end;
                }
            } else {
                i = lx.punct(i, c);
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let len = ch.len_utf8();
            if ch.is_whitespace() {
                lx.space(matches!(ch, '\u{2028}' | '\u{2029}' | '\u{85}'));
                i += len;
            } else if ch.is_alphabetic() {
                let end = word_end(text, i);
                lx.push(i, end, Kind::Word);
                i = end;
            } else if let Some((f, end)) = literal::vulgar(ch)
                .map(|f| (f, i + len))
                .or_else(|| literal::super_fraction(text, i))
            {
                // `½`, `³⁄₁₆`
                let lit = Lit {
                    value: f,
                    int_digits: 0,
                    grouped: false,
                    decimal: false,
                    fraction: true,
                    slash: None,
                    exponent: false,
                    lead_zero: false,
                    ident: false,
                };
                lx.push(i, end, Kind::Num(lit));
                i = end;
            } else {
                lx.push(i, i + len, Kind::Punct(ch));
                i += len;
            }
        }
    }
}

struct Lexer<'t, 'o> {
    text: &'t str,
    out: &'o mut Vec<Tok>,
    /// Whitespace since the last token.
    ws: bool,
    /// A line break since the last token.
    nl: bool,
    /// Index of the first token after the last whitespace.
    chunk: usize,
}

impl Lexer<'_, '_> {
    fn space(&mut self, newline: bool) {
        self.ws = true;
        self.nl |= newline;
        self.chunk = self.out.len();
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        let lex = if kind == Kind::Word {
            lookup_raw(&self.text[start..end])
        } else {
            None
        };
        self.out.push(Tok {
            start,
            end,
            kind,
            glued: !self.ws,
            line_start: self.nl,
            lex,
        });
        self.ws = false;
        self.nl = false;
    }

    /// Replaces the tokens since the last whitespace, and the text up to the
    /// next whitespace but for the punctuation that ends it, by one `Skip`
    /// token. Returns where to go on.
    fn skip(&mut self, at: usize) -> usize {
        let (start, glued, line_start) = match self.out.get(self.chunk) {
            Some(t) => (t.start, t.glued, t.line_start),
            None => (at, !self.ws, self.nl),
        };
        self.out.truncate(self.chunk);
        let end = self.text[at..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(self.text.len(), |(k, _)| at + k);
        // Punctuation ending the chunk ends the sentence or the clause,
        // not the address or the tag: `in #Harlow. 7 hurt`.
        let end = at
            + self.text[at..end]
                .trim_end_matches(['.', ',', ';', ':', '!', '?'])
                .len()
                .max(1);
        self.out.push(Tok {
            start,
            end,
            kind: Kind::Skip,
            glued,
            line_start,
            lex: None,
        });
        self.ws = false;
        self.nl = false;
        end
    }

    fn punct(&mut self, i: usize, c: u8) -> usize {
        let b = self.text.as_bytes();
        let next_word = b
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_');
        let glued_before = !self.ws && self.out.last().is_some_and(|t| t.end == i);
        match c {
            b':' if b[i + 1..].starts_with(b"//") => self.skip(i),
            b'@' if next_word => {
                if !glued_before {
                    self.chunk = self.out.len();
                }
                self.skip(i)
            }
            b'#' if next_word => {
                self.chunk = self.out.len();
                self.skip(i)
            }
            b'.' if glued_before && domain_ending(self.text, i + 1) => self.skip(i),
            _ => {
                self.push(i, i + 1, Kind::Punct(char::from(c)));
                i + 1
            }
        }
    }
}

/// Whether `text[at..]` starts with a domain ending followed by no letter.
fn domain_ending(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let n = b.get(at..).map_or(0, |s| {
        s.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    });
    if n == 0 || b.get(at + n).is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    let word = &text[at..at + n];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// End of the run of letters (and `_`) starting at `i`.
fn word_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len() {
        let c = b[j];
        if c < 0x80 {
            if c.is_ascii_alphabetic() || c == b'_' {
                j += 1;
            } else {
                break;
            }
        } else {
            let ch = text[j..].chars().next().unwrap_or(' ');
            if ch.is_alphabetic() || is_mark(ch) {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    j
}

/// Combining marks that continue a word (accents, Indic vowel signs).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0DFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        let mut v = Vec::new();
        tokenize(text, &mut v);
        v.iter()
            .map(|t| {
                let k = match t.kind {
                    Kind::Word => "w",
                    Kind::Num(_) => "n",
                    Kind::Punct(_) => "p",
                    Kind::Skip => "s",
                };
                (text[t.start..t.end].to_string(), k)
            })
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_glued_suffixes() {
        let k = kinds("It cost $2.3bn, about 7,300 km.");
        let texts: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "It", "cost", "$", "2.3", "bn", ",", "about", "7,300", "km", "."
            ]
        );
    }

    #[test]
    fn skips_urls_handles_and_domains() {
        let k =
            kinds("see https://x.org/a?b=30%25 and @jo_77 or Harbor.news 2, pic.twitter.com/9Zq");
        let skipped: Vec<&str> = k
            .iter()
            .filter(|(_, kind)| *kind == "s")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(
            skipped,
            [
                "https://x.org/a?b=30%25",
                "@jo_77",
                "Harbor.news",
                "pic.twitter.com/9Zq"
            ]
        );
    }

    #[test]
    fn a_skipped_chunk_leaves_the_sentence_punctuation_after_it() {
        let k = kinds("at a club in #Harlow. 7 hurt, see harlow.gov/news, or (@HarlowPD)");
        let skipped: Vec<&str> = k
            .iter()
            .filter(|(_, kind)| *kind == "s")
            .map(|(t, _)| t.as_str())
            .collect();
        // (A closing bracket stays: a tweet's `(@handle)` signature.)
        assert_eq!(skipped, ["#Harlow", "harlow.gov/news", "(@HarlowPD)"]);
        assert_eq!(
            crate::figures("at a club in #Harlow. 7 were hurt.").count(),
            1
        );
    }

    #[test]
    fn marks_line_starts_and_glue() {
        let mut v = Vec::new();
        tokenize("a\n 2.b", &mut v);
        assert!(v[1].line_start && !v[1].glued);
        assert!(v[2].glued);
    }
}
