//! Words and punctuation of one sentence, with byte spans, and the light
//! stemmer the lexicon matches with.

use crate::Span;

/// One token of a sentence: a word (letters, digits, inner apostrophes,
/// hyphens and periods) or a single punctuation character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token<'s> {
    /// Span relative to the sentence.
    pub(crate) span: Span,
    /// The surface text.
    pub(crate) text: &'s str,
    /// The lower-cased form.
    lower: String,
    /// The lower-cased, stemmed form (empty for punctuation).
    pub(crate) stem: String,
    /// Whether the token is a word (not punctuation).
    pub(crate) word: bool,
}

impl Token<'_> {
    /// Whether the token is the punctuation character `c`.
    pub(crate) fn is(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// The lower-cased surface text, for comparing with function words.
    pub(crate) fn lower(&self) -> &str {
        &self.lower
    }

    /// Whether the word starts with an upper-case letter.
    pub(crate) fn capitalised(&self) -> bool {
        self.word && self.text.starts_with(char::is_uppercase)
    }

    /// Whether the token ends a clause: `;`, `:`, dashes, brackets and
    /// sentence-final punctuation. Commas are handled apart.
    pub(crate) fn clause_break(&self) -> bool {
        !self.word
            && matches!(
                self.text.chars().next(),
                Some(';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '.' | '?' | '!')
            )
    }
}

/// Splits a sentence into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joins = matches!(d, '\'' | '’' | '-' | '.' | ',')
                    && text[j + d.len_utf8()..].starts_with(char::is_alphanumeric)
                    && (d != ',' || text[..j].ends_with(|p: char| p.is_ascii_digit()))
                    && (d != '.' || text[..j].ends_with(|p: char| p.is_ascii_digit()));
                if d.is_alphanumeric() || joins {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            let lower = word.to_lowercase();
            let stem = stem_lower(&lower);
            tokens.push(Token {
                span: Span::new(i, end),
                text: word,
                lower,
                stem,
                word: true,
            });
        } else {
            let end = i + c.len_utf8();
            tokens.push(Token {
                span: Span::new(i, end),
                text: &text[i..end],
                lower: String::new(),
                stem: String::new(),
                word: false,
            });
        }
    }
    tokens
}

/// A light English stemmer: lower-cases and strips possessives and the
/// regular inflections (`-s`, `-es`, `-ies`, `-ed`, `-ing`, a final `-e`),
/// so that "arrests", "arrested" and "arresting" all give "arrest" and
/// "hire", "hired", "hires" and "hiring" all give "hir". Irregular forms
/// are listed in the lexicon as they are.
pub(crate) fn stem(word: &str) -> String {
    stem_lower(&word.to_lowercase())
}

/// [`stem`] for a word already in lower case.
fn stem_lower(lower: &str) -> String {
    let mut w = lower.to_string();
    for suffix in ["'s", "’s", "'", "’"] {
        if w.len() > suffix.len() + 1 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    if !w.is_ascii() {
        return w;
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 5 && w.ends_with("ing") {
        w.truncate(n - 3);
        undouble(&mut w);
    } else if n > 4 && w.ends_with("ed") {
        w.truncate(n - 2);
        undouble(&mut w);
    } else if n > 4
        && w.ends_with("es")
        && (w[..n - 2].ends_with(['s', 'x', 'z'])
            || w[..n - 2].ends_with("ch")
            || w[..n - 2].ends_with("sh"))
    {
        w.truncate(n - 2);
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.truncate(n - 1);
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// "stopp" → "stop", "plann" → "plan"; "kill" and "pass" keep theirs.
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o')
        && !b"aeiou".contains(&b[n - 1])
    {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::{stem, tokenize};

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["arrest", "arrests", "arrested", "arresting"][..],
            &["hire", "hired", "hires", "hiring"],
            &["evacuate", "evacuated", "evacuating"],
            &["evacuee", "evacuees"],
            &["dose", "doses"],
            &["injury", "injuries"],
            &["plan", "plans", "planned", "planning"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.windows(2).all(|p| p[0] == p[1]),
                "{group:?} gave {stems:?}"
            );
        }
    }

    #[test]
    fn numbers_stay_one_token() {
        let t = tokenize("Crews moved 1,240 people, 3.5% of them, on Feb. 7.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Crews", "moved", "1,240", "people", ",", "3.5", "%", "of", "them", ",", "on",
                "Feb", ".", "7", "."
            ]
        );
    }
}
