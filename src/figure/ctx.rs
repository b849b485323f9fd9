//! Read access to a tokenized text: token texts, lowercase comparisons and
//! lexicon entries by token index, all returning `None`/`false` past the
//! ends so that rules never index out of bounds.

use super::lexer::{Kind, Tok};
use super::lexicon::Entry;
use super::literal::Lit;

#[derive(Clone, Copy)]
pub(super) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> Ctx<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    /// The token's text.
    pub fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive; `w`
    /// lowercase).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && self.s(i).eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is one of the words.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.toks.get(i).is_some_and(Tok::is_word) && ws.iter().any(|w| self.is(i, w))
    }

    pub fn lex(&self, i: usize) -> Option<&'static Entry> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    pub fn flag(&self, i: usize, f: u32) -> bool {
        self.lex(i).is_some_and(|e| e.has(f))
    }

    pub fn lit(&self, i: usize) -> Option<&'a Lit> {
        self.toks.get(i).and_then(Tok::lit)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.lit(i).is_some()
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Tok::is_word)
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Punct(c)) => Some(c),
            _ => None,
        }
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c)
    }

    /// Token `i` follows token `i - 1` with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued) && i > 0
    }

    pub fn line_start(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.line_start)
    }

    /// A hyphen or dash character.
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‐' | '‑'))
    }

    /// A dash glued to the token before it, as a hyphen is (`5-`, `9-1`).
    pub fn hyphen_after(&self, i: usize) -> bool {
        self.is_dash(i) && self.glued(i)
    }

    /// A dash glued on both sides, joining the tokens around it into one
    /// word (`9-1-1`, `half-dozen`, `12-step`).
    pub fn hyphen_joins(&self, i: usize) -> bool {
        self.hyphen_after(i) && self.glued(i + 1)
    }

    /// Word starting with an upper-case letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Word written all in capitals (two letters or more).
    pub fn all_caps(&self, i: usize) -> bool {
        let s = self.s(i);
        self.is_word(i) && s.len() >= 2 && s.chars().all(char::is_uppercase)
    }

    /// Whether token `i` starts a sentence: first on its line, or after
    /// sentence-ending punctuation, an opening quote or a colon.
    pub fn sentence_start(&self, i: usize) -> bool {
        if self.line_start(i) {
            return true;
        }
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        matches!(
            self.punct(p),
            Some(
                '.' | '!'
                    | '?'
                    | ':'
                    | '"'
                    | '“'
                    | '‘'
                    | '('
                    | '['
                    | '«'
                    | '—'
                    | '–'
                    | '•'
                    | '-'
                    | '…'
            )
        )
    }
}
