//! The tokenizer: words and punctuation with byte spans into the text
//! given, each word lower-cased and lemmatized as a noun and as a verb.
//!
//! A word is a run of letters and digits, joined across an apostrophe or a
//! hyphen followed by a letter or digit ("don't", "state-run", "six-hour"),
//! and across a comma or period between digits ("1,240", "3.5"). Every other
//! character but white space is a token of its own.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::Span;
use crate::text::lemma::{self, LemmaRef, Lemmatized, Pos};
use crate::text::tables::{FNV_OFFSET, HashBits, TABLES, WordHasher, WordSet, fnv_step, hash_word};

/// One token of a text: a word, or a single punctuation character.
///
/// ```
/// use factdiff::{Pos, tokenize};
/// let text = "Six people were shot in Dalvor's east end.";
/// let tokens = tokenize(text);
/// assert_eq!(tokens[1].text(), "people");
/// assert_eq!(tokens[1].lemma(Pos::Noun), "person");
/// assert_eq!(tokens[3].lemma(Pos::Verb), "shoot");
/// assert_eq!(&text[tokens[5].span()], "Dalvor's");
/// assert!(tokens.last().unwrap().is('.'));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'s> {
    span: Span,
    text: &'s str,
    lower: Cow<'s, str>,
    /// [`hash_word`] of `lower`.
    hash: u32,
    /// The noun and verb lemmas, worked out when first asked for: the
    /// rules read few of a sentence's words.
    lemmas: OnceLock<(Lemmatized, Lemmatized)>,
    word: bool,
    digit: bool,
}

impl<'s> Token<'s> {
    /// The token's byte span in the text that was tokenized.
    ///
    /// ```
    /// let t = factdiff::tokenize("  Crews  ");
    /// assert_eq!(t[0].span(), factdiff::Span::new(2, 7));
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The surface text.
    ///
    /// ```
    /// assert_eq!(factdiff::tokenize("1,240 people")[0].text(), "1,240");
    /// ```
    #[must_use]
    pub fn text(&self) -> &'s str {
        self.text
    }

    /// The lower-case form (empty for punctuation).
    ///
    /// ```
    /// assert_eq!(factdiff::tokenize("ICE")[0].lower(), "ice");
    /// ```
    #[must_use]
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The lemma as a noun or as a verb (empty for punctuation).
    ///
    /// ```
    /// use factdiff::{Pos, tokenize};
    /// let t = tokenize("hiring");
    /// assert_eq!(t[0].lemma(Pos::Noun), "hiring");
    /// assert_eq!(t[0].lemma(Pos::Verb), "hire");
    /// ```
    #[must_use]
    pub fn lemma(&self, pos: Pos) -> &str {
        let (noun, verb) = self.lemmas();
        match pos {
            Pos::Noun => noun.lemma.of(&self.lower),
            Pos::Verb => verb.lemma.of(&self.lower),
        }
    }

    /// The noun and verb lemmas, worked out on first use.
    fn lemmas(&self) -> (Lemmatized, Lemmatized) {
        *self.lemmas.get_or_init(|| {
            if self.word && !self.digit {
                lemma::both(&self.lower, self.hash)
            } else {
                let same = Lemmatized {
                    lemma: LemmaRef::Prefix(self.lower.len()),
                    known: false,
                };
                (same, same)
            }
        })
    }

    /// Whether WordNet knows the word as a form of a noun ("officers",
    /// "people", "shot").
    ///
    /// ```
    /// let t = factdiff::tokenize("officers killed");
    /// assert!(t[0].is_noun() && !t[1].is_noun());
    /// ```
    #[must_use]
    pub fn is_noun(&self) -> bool {
        self.lemmas().0.known
    }

    /// Whether WordNet knows the word as a form of a verb ("killed",
    /// "shot", "fled").
    ///
    /// ```
    /// let t = factdiff::tokenize("teenagers killed");
    /// assert!(t[1].is_verb() && !t[0].is_verb());
    /// ```
    #[must_use]
    pub fn is_verb(&self) -> bool {
        self.lemmas().1.known
    }

    /// Whether the token is a word (letters or digits), not punctuation.
    ///
    /// ```
    /// let t = factdiff::tokenize("12 (est.)");
    /// assert!(t[0].is_word() && !t[1].is_word());
    /// ```
    #[must_use]
    pub fn is_word(&self) -> bool {
        self.word
    }

    /// Whether the word has an ASCII digit ("1,240", "3rd", "covid-19").
    ///
    /// ```
    /// assert!(factdiff::tokenize("3rd")[0].has_digit());
    /// ```
    #[must_use]
    pub fn has_digit(&self) -> bool {
        self.digit
    }

    /// Whether the token is the punctuation character `c`.
    ///
    /// ```
    /// assert!(factdiff::tokenize("—")[0].is('—'));
    /// ```
    #[must_use]
    pub fn is(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// Whether the word starts with an upper-case letter.
    ///
    /// ```
    /// assert!(factdiff::tokenize("Dalvor")[0].capitalised());
    /// ```
    #[must_use]
    pub fn capitalised(&self) -> bool {
        self.word && self.text.starts_with(char::is_uppercase)
    }

    /// Whether the word is a plural noun form: a noun whose noun lemma is
    /// not itself ("officers", "people", "children").
    ///
    /// ```
    /// let t = factdiff::tokenize("officers officer people");
    /// assert!(t[0].is_plural() && !t[1].is_plural() && t[2].is_plural());
    /// ```
    #[must_use]
    pub fn is_plural(&self) -> bool {
        let (noun, _) = self.lemmas();
        noun.known && noun.lemma != LemmaRef::Prefix(self.lower.len())
    }
}

/// A set of lower-case word forms that tokens are checked against by the
/// hash each carries: most tokens are ruled out by one bit ([`HashBits`]),
/// before the set is probed.
#[derive(Clone, Debug)]
pub(crate) struct FormSet {
    words: WordSet,
    bits: HashBits,
}

impl FormSet {
    /// The set of `words` (lower case).
    pub(crate) fn new(words: WordSet) -> FormSet {
        let bits = HashBits::of(words.iter().map(String::as_str));
        FormSet { words, bits }
    }

    /// Whether the token's lower-case form is in the set.
    pub(crate) fn holds(&self, t: &Token<'_>) -> bool {
        self.bits.may_hold(t.hash) && self.words.contains(t.lower())
    }
}

/// Splits a text into tokens (see [`Token`]); spans index `text`.
///
/// ```
/// let words: Vec<_> = factdiff::tokenize("Crews moved 1,240 people, 3.5% of them.")
///     .iter()
///     .map(|t| t.text())
///     .collect();
/// assert_eq!(words, ["Crews", "moved", "1,240", "people", ",", "3.5", "%", "of", "them", "."]);
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    scan(text, |span, word| {
        let surface = &text[span];
        let (lower, hash, digit) = if word {
            lower_hash(surface)
        } else {
            (Cow::Borrowed(""), FNV_OFFSET, false)
        };
        tokens.push(Token {
            span,
            text: surface,
            lower,
            hash,
            lemmas: OnceLock::new(),
            word,
            digit,
        });
    });
    tokens
}

/// A word's lower-case form, its [`hash_word`], and whether it has an ASCII
/// digit. Borrows when the word is lower case already.
fn lower_hash(word: &str) -> (Cow<'_, str>, u32, bool) {
    let (mut h, mut upper, mut digit) = (FNV_OFFSET, false, false);
    if word.is_ascii() {
        for b in word.bytes() {
            upper |= b.is_ascii_uppercase();
            digit |= b.is_ascii_digit();
            h = fnv_step(h, b.to_ascii_lowercase());
        }
        let lower = if upper {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        return (lower, h, digit);
    }
    let lower = word.to_lowercase();
    let h = hash_word(&lower);
    digit = lower.bytes().any(|b| b.is_ascii_digit());
    (Cow::Owned(lower), h, digit)
}

/// Whether words are a headline in title case, given each word's length
/// in bytes and whether it is capitalised: at least three words of four
/// letters or more, seven in ten of them capitalised. One test for every
/// stage that must not take a headline's capitals for names.
pub(crate) fn title_case(words: impl IntoIterator<Item = (usize, bool)>) -> bool {
    let (mut long, mut caps) = (0, 0);
    for (len, capitalised) in words {
        if len >= 4 {
            long += 1;
            caps += usize::from(capitalised);
        }
    }
    long >= 3 && caps * 10 >= long * 7
}

/// A lower-case word of a text, with its [`hash_word`], for callers that
/// only need words ([`each_word`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    /// The lower-case form.
    pub(crate) text: &'a str,
    /// [`hash_word`] of `text`.
    pub(crate) hash: u32,
    /// Whether it has an ASCII digit.
    pub(crate) digit: bool,
}

/// Calls `f` with each word of `text` ([`tokenize`]'s words), lower-cased
/// and hashed, without allocating for ASCII words of up to 64 bytes.
#[inline]
pub(crate) fn each_word(text: &str, mut f: impl FnMut(Word<'_>)) {
    if text.is_ascii() {
        each_ascii_word(text, f);
        return;
    }
    scan(text, |span, word| {
        if word {
            let (lower, hash, digit) = lower_hash(&text[span]);
            f(Word {
                text: &lower,
                hash,
                digit,
            });
        }
    });
}

/// [`BYTES`] flags: a letter or digit; a digit; a capital; a joiner
/// inside words (`'`, `-`); a joiner between digits (`,`, `.`).
const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
const UPPER: u8 = 4;
const JOINS: u8 = 8;
const JOINS_DIGITS: u8 = 16;

/// The flags of each byte, for the ASCII word scanner.
const BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        // `b` < 128: the cast is exact.
        #[allow(clippy::cast_possible_truncation)]
        let c = b as u8;
        t[b] = match CLASS[b] {
            2 if c.is_ascii_digit() => ALNUM | DIGIT,
            2 if c.is_ascii_uppercase() => ALNUM | UPPER,
            2 => ALNUM,
            3 => JOINS,
            4 => JOINS_DIGITS,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// [`each_word`] for ASCII text (nearly all English news): the words
/// [`scan`] finds, lower-cased and hashed in one pass over the bytes; only
/// words with capitals are copied (to the stack, when short) to be
/// lower-cased.
#[inline]
fn each_ascii_word(text: &str, mut f: impl FnMut(Word<'_>)) {
    let bytes = text.as_bytes();
    let flags_of = |i: usize| bytes.get(i).map_or(0, |&b| BYTES[usize::from(b)]);
    let mut i = 0;
    loop {
        let Some(skip) = bytes.get(i..).and_then(|rest| {
            rest.iter()
                .position(|&b| BYTES[usize::from(b)] & ALNUM != 0)
        }) else {
            return;
        };
        let start = i + skip;
        let (mut hash, mut flags, mut end) = (FNV_OFFSET, 0u8, start);
        while let Some(&b) = bytes.get(end) {
            let c = BYTES[usize::from(b)];
            if c & ALNUM != 0 {
                flags |= c;
                // A capital's lower case is 0x20 above it: UPPER << 3.
                hash = fnv_step(hash, b | ((c & UPPER) << 3));
                end += 1;
                continue;
            }
            let joins = flags_of(end + 1) & ALNUM != 0
                && (c & JOINS != 0 || c & JOINS_DIGITS != 0 && bytes[end - 1].is_ascii_digit());
            if !joins {
                break;
            }
            hash = fnv_step(hash, b);
            end += 1;
        }
        i = end;
        let Some(word) = text.get(start..end) else {
            return;
        };
        let digit = flags & DIGIT != 0;
        if flags & UPPER == 0 {
            f(Word {
                text: word,
                hash,
                digit,
            });
        } else if word.len() <= 64 {
            let mut buf = [0u8; 64];
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            // ASCII stays UTF-8 when lower-cased: this never fails.
            if let Ok(lower) = std::str::from_utf8(buf) {
                f(Word {
                    text: lower,
                    hash,
                    digit,
                });
            }
        } else {
            f(Word {
                text: &word.to_ascii_lowercase(),
                hash,
                digit,
            });
        }
    }
}

/// The [`hash_word`] of the noun lemma of a lower-case word whose own
/// hash is `h`: the key alignment compares words by ("officers" and
/// "officer", "children" and "child" meet).
pub(crate) fn noun_lemma_key(lower: &str, h: u32) -> u32 {
    // Only a word ending in "s" or "men", or an irregular plural, has
    // another noun lemma: most words need no look-up.
    let regular = !lower.ends_with('s') && !lower.ends_with("men");
    if regular && !TABLES.may_be_irregular_plural(h) {
        return h;
    }
    // The others are few and recur from sentence to sentence: a small
    // memo per thread spares the tables' cache misses.
    thread_local! {
        static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
    }
    MEMO.with(|memo| {
        if let Some((word, key)) = memo.borrow().get(&h)
            && **word == *lower
        {
            return *key;
        }
        let l = lemma::noun(lower, h).lemma.of(lower);
        let key = if l == lower { h } else { hash_word(l) };
        let mut memo = memo.borrow_mut();
        if memo.len() >= 1 << 16 {
            memo.clear();
        }
        memo.insert(h, (lower.into(), key));
        key
    })
}

/// Noun lemma keys by word hash, with the word (a hash shared by two words
/// keeps the later).
type Memo = HashMap<u32, (Box<str>, u32), BuildHasherDefault<WordHasher>>;

/// Byte classes for the scanner: 0 other, 1 white space, 2 letter or digit,
/// 3 a joiner inside words (`'`, `-`), 4 a joiner between digits (`,`, `.`).
const CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        // `b` < 128: the cast is exact.
        #[allow(clippy::cast_possible_truncation)]
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            2
        } else if c.is_ascii_whitespace() {
            1
        } else if c == b'\'' || c == b'-' {
            3
        } else if c == b',' || c == b'.' {
            4
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The class of the character at byte `i` and its length in bytes.
fn class_at(text: &str, i: usize) -> (u8, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (CLASS[usize::from(b)], 1);
    }
    let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
        return (0, 1);
    };
    let class = if c.is_alphanumeric() {
        2
    } else if c.is_whitespace() {
        1
    } else if c == '’' {
        3
    } else {
        0
    };
    (class, c.len_utf8())
}

/// The tokenizer's one pass: calls `emit` with the span of each token and
/// whether it is a word.
pub(crate) fn scan(text: &str, mut emit: impl FnMut(Span, bool)) {
    let len = text.len();
    let mut at = 0;
    while at < len {
        let (class, width) = class_at(text, at);
        match class {
            1 => at += width,
            2 => {
                let end = word_end(text, at + width);
                emit(Span::new(at, end), true);
                at = end;
            }
            _ => {
                emit(Span::new(at, at + width), false);
                at += width;
            }
        }
    }
}

/// The end of the word whose letters run on at byte `end`: across letters
/// and digits, and across a joiner followed by one.
fn word_end(text: &str, mut end: usize) -> usize {
    let len = text.len();
    while end < len {
        let (class, width) = class_at(text, end);
        if class == 2 {
            end += width;
            continue;
        }
        let next_is_letter = || end + width < len && class_at(text, end + width).0 == 2;
        let joins = match class {
            3 => next_is_letter(),
            4 => text.as_bytes()[end - 1].is_ascii_digit() && next_is_letter(),
            _ => false,
        };
        if !joins {
            break;
        }
        end += width;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_set_holds_its_forms_whatever_their_case() {
        let set = FormSet::new(crate::text::inflections(&["warn", "tally"]));
        let t = tokenize("Warned tallied TALLIES warm tall the");
        let held: Vec<bool> = t.iter().map(|t| set.holds(t)).collect();
        assert_eq!(held, [true, true, true, false, false, false]);
        // The bits rule out most other words before the set is probed.
        let others = tokenize(include_str!("../../data/corpus/velder-flood-courier.txt"));
        let passed = others
            .iter()
            .filter(|t| set.bits.may_hold(t.hash) && !set.holds(t))
            .count();
        assert!(passed * 50 < others.len(), "{passed} of {}", others.len());
    }

    #[test]
    fn numbers_and_inner_punctuation_stay_one_token() {
        let t =
            tokenize("Crews moved 1,240 people, 3.5% of them, on Feb. 7 — don't state-run U.S.");
        let words: Vec<&str> = t.iter().map(Token::text).collect();
        assert_eq!(
            words,
            [
                "Crews",
                "moved",
                "1,240",
                "people",
                ",",
                "3.5",
                "%",
                "of",
                "them",
                ",",
                "on",
                "Feb",
                ".",
                "7",
                "—",
                "don't",
                "state-run",
                "U",
                ".",
                "S",
                "."
            ]
        );
    }

    #[test]
    fn spans_tile_the_non_space_text() {
        for text in [
            "",
            " ",
            "a",
            "é’s x’",
            "日本語 1.",
            "--a--",
            "1,,2",
            "a’’b",
            "x\u{301}y",
        ] {
            let t = tokenize(text);
            let joined: String = t.iter().map(Token::text).collect();
            let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, squeezed, "{text:?}");
            for tok in &t {
                assert_eq!(&text[tok.span()], tok.text());
            }
        }
    }

    #[test]
    fn words_are_the_tokenizers_words() {
        for text in [
            "Six PEOPLE were shot; 1,240 fled Dalvor’s flood-hit école.",
            "Six PEOPLE were shot; 1,240 fled Dalvor's flood-hit -school- 3.5.x a,1 '' don't U.S.A.",
            "",
            "-",
            "a",
        ] {
            words_match(text);
        }
        words_match(&"x".repeat(100));
    }

    fn words_match(text: &str) {
        let mut words = Vec::new();
        each_word(text, |w| words.push((w.text.to_string(), w.hash, w.digit)));
        let want: Vec<(String, u32, bool)> = tokenize(text)
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.lower().to_string(), hash_word(t.lower()), t.has_digit()))
            .collect();
        assert_eq!(words, want);
    }

    #[test]
    fn quick_noun_lemmas_are_the_lemmatizers() {
        for _ in 0..2 {
            for w in [
                "children",
                "people",
                "data",
                "feet",
                "officers",
                "women",
                "glasses",
                "news",
                "the",
                "said",
                "dalvor",
                "1,240",
                "agency's",
                "phenomena",
                "criteria",
            ] {
                let h = hash_word(w);
                let want = hash_word(lemma::noun(w, h).lemma.of(w));
                assert_eq!(noun_lemma_key(w, h), want, "{w}");
            }
        }
    }

    #[test]
    fn lemmas_by_part_of_speech() {
        let t = tokenize("Three officers were shot and 12 people fled.");
        assert_eq!(t[1].lemma(Pos::Noun), "officer");
        assert!(t[1].is_plural());
        assert_eq!(t[3].lemma(Pos::Verb), "shoot");
        assert_eq!(t[3].lemma(Pos::Noun), "shot");
        assert_eq!(t[6].lemma(Pos::Noun), "person");
        assert_eq!(t[7].lemma(Pos::Verb), "flee");
    }
}
