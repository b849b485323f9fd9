//! A sentence's tokens as the claim rules read them: the tokens a figure
//! covers, clause bounds, names.

use crate::Span;
use crate::claim::cues;
use crate::claim::lexicon::Lexicon;
use crate::text::Token;

/// How far (in tokens) the rules look from a figure: the words of its noun
/// phrase, to a verb, within its clause, to a modality cue.
pub(super) const NOUN_PHRASE: usize = 5;
pub(super) const VERB_REACH: usize = 5;
pub(super) const CLAUSE_REACH: usize = 10;
pub(super) const CUE_REACH: usize = 12;

/// How far before a figure a negation reaches ("never met its quota of 3,000").
pub(super) const NEGATION_REACH: usize = 5;

/// Reads the tokens of one sentence around its figures.
pub(super) struct Reader<'a, 's> {
    pub(super) lexicon: &'a Lexicon,
    pub(super) tokens: &'a [Token<'s>],
    pub(super) text: &'s str,
    /// [`clause_breaks`] of `tokens`, worked out once per sentence: the
    /// rules ask again and again.
    pub(super) breaks: &'a [bool],
    /// Whether the sentence is a headline in title case ("Gunman Kills 3
    /// at Dalvor Mall"), where a capital letter is no sign of a name.
    pub(super) headline: bool,
}

/// Whether a sentence's tokens are a headline in title case
/// ([`crate::text::title_case`]).
pub(super) fn title_case(tokens: &[Token<'_>]) -> bool {
    crate::text::title_case(
        tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.text().len(), t.capitalised())),
    )
}

/// For each token, whether it ends a clause: `;`, `:`, dashes, brackets,
/// quotes, and periods other than those of abbreviations ("Gov.",
/// "Feb.").
pub(super) fn clause_breaks(tokens: &[Token<'_>]) -> Vec<bool> {
    (0..tokens.len())
        .map(|i| {
            let t = &tokens[i];
            if t.is('.') && i > 0 {
                let prev = &tokens[i - 1];
                let abbreviation = prev.is_word()
                    && prev.text().len() <= 4
                    && prev.text().chars().all(char::is_alphabetic)
                    && (prev.capitalised() || prev.text().len() == 1);
                if abbreviation {
                    return false;
                }
            }
            clause_break(t) || is_quote(t) && !partial_quote(tokens, i)
        })
        .collect()
}

/// Whether the quotation mark at token `i` sets off a few words inside a
/// clause, not a clause of its own: a word on each side, the one before
/// no verb of saying ("he would \"repave the road\" soon", "shot
/// \"three people\" that night"; but "said \"three ...").
fn partial_quote(tokens: &[Token<'_>], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).is_some_and(Token::is_word);
    i > 0 && word(i - 1) && word(i + 1) && cues::source_verb(&tokens[i - 1]).is_none()
}

/// Whether the token ends a clause: `;`, `:`, dashes, brackets and
/// sentence-final punctuation. Commas are handled apart.
pub(super) fn clause_break(t: &Token<'_>) -> bool {
    !t.is_word()
        && matches!(
            t.text().chars().next(),
            Some(';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '.' | '?' | '!')
        )
}

pub(super) fn is_quote(t: &Token<'_>) -> bool {
    !t.is_word() && matches!(t.text(), "\"" | "“" | "”")
}

pub(super) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "previously"
            | "recently"
            | "publicly"
            | "will"
            | "would"
            | "still"
            | "now"
            | "repeatedly"
            | "already"
            | "then"
    )
}

/// The tokens `[a, b)` that `span` covers, by binary search (tokens are
/// in text order and do not overlap).
pub(super) fn token_range(tokens: &[Token<'_>], span: Span) -> (usize, usize) {
    let a = tokens.partition_point(|t| t.span().end <= span.start);
    let b = a + tokens[a..].partition_point(|t| t.span().start < span.end);
    (a, b)
}

pub(super) fn span_text(tokens: &[Token<'_>], text: &str, from: usize, to: usize) -> String {
    text[Span::new(tokens[from].span().start, tokens[to - 1].span().end)].to_string()
}

impl Reader<'_, '_> {
    /// The span of tokens `[from, to)` in the sentence.
    pub(super) fn tokens_span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.tokens[from].span().start,
            self.tokens[to.max(from + 1) - 1].span().end,
        )
    }

    /// The tokens `[a, b)` a figure covers.
    pub(super) fn token_range(&self, span: Span) -> (usize, usize) {
        token_range(self.tokens, span)
    }

    pub(super) fn lower(&self, i: usize) -> &str {
        self.tokens[i].lower()
    }

    /// One past a count of times that starts at token `i` ("twice",
    /// "thrice", "four times"), if one starts there.
    pub(super) fn times_end(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i).filter(|t| t.is_word())?;
        if matches!(t.lower(), "twice" | "thrice") {
            return Some(i + 1);
        }
        self.tokens
            .get(i + 1)
            .filter(|n| n.is_word() && n.lower() == "times")
            .map(|_| i + 2)
    }

    /// Whether token `i` ends a clause: `;`, `:`, dashes, brackets, and
    /// periods other than those of abbreviations ("Gov.", "Feb.").
    pub(super) fn breaks(&self, i: usize) -> bool {
        self.breaks[i]
    }

    /// Whether token `i` is a quotation mark inside a clause, setting off
    /// a few of its words (see [`clause_breaks`]).
    pub(super) fn inner_quote(&self, i: usize) -> bool {
        is_quote(&self.tokens[i]) && !self.breaks[i]
    }

    /// The first token of the clause holding token `a`, crossing at most
    /// `commas` commas.
    ///
    /// A relative clause set off by commas is not crossed: in "The chief,
    /// who took office in May, said officers made 120 arrests", the clause
    /// of 120 starts at "said".
    pub(super) fn clause_start(&self, a: usize, mut commas: usize) -> usize {
        let mut i = a;
        let mut own = None;
        while i > 0 {
            let t = &self.tokens[i - 1];
            if self.breaks(i - 1) {
                break;
            }
            if t.is(',') {
                if commas == 0 {
                    break;
                }
                own.get_or_insert(i);
                commas -= 1;
            }
            i -= 1;
        }
        match own {
            Some(own) if cues::relative_pronoun(self.lower(i)) => own,
            _ => i,
        }
    }

    /// One past the last token of the clause from `b` on.
    pub(super) fn clause_end(&self, b: usize) -> usize {
        (b..self.tokens.len())
            .find(|&i| self.breaks(i) || self.tokens[i].is(','))
            .unwrap_or(self.tokens.len())
    }

    /// The first token of a phrase fronted before the clause of token `a`
    /// and set off by a comma ("In Chicago, officers arrested 21", "By the
    /// end of the year, the agency ..."): it applies to the whole clause.
    pub(super) fn fronted(&self, a: usize) -> Option<usize> {
        let own = self.clause_start(a, 0);
        (own > 0 && self.tokens[own - 1].is(',')).then(|| self.clause_start(a, 1))
    }

    /// A run of capitalised words from token `i` (allowing "de", "of"
    /// inside), not a month, weekday or time word.
    pub(super) fn proper_name(&self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j < self.tokens.len() {
            let t = &self.tokens[j];
            let lower = t.lower();
            let name_word = t.capitalised() && !cues::month(lower) && !cues::weekday(lower);
            let particle = j > i
                && matches!(lower, "de" | "of" | "la" | "del")
                && self.tokens.get(j + 1).is_some_and(Token::capitalised);
            if !(name_word || particle) {
                break;
            }
            // "D.C.", "L.A.": an initial takes its period.
            let initial = t.text().len() == 1 && self.tokens.get(j + 1).is_some_and(|d| d.is('.'));
            j += if initial { 2 } else { 1 };
        }
        (j > i).then_some((i, j))
    }
}
