//! Text normalisation for alignment: the sentence context as a sorted token
//! key, the sentence as an ordered token sequence (for syndication), names
//! as token sets.
//!
//! Words are the crate tokenizer's (`crate::text`), lemmatized as nouns;
//! they are hashed to `u32` (FNV-1a) so that comparing two contexts never
//! touches strings again; the hash is fixed, so results do not depend on
//! the process or the platform.

mod names;
mod similarity;

use crate::text::{Word, WordTable, each_word, hash_word as hash_token, noun_lemma_key};
pub(crate) use names::{NameMatch, name_match, name_tokens};
pub(crate) use similarity::{Overlap, sequence_similarity, sequence_similarity_bound};

/// Words that carry no information about *which* quantity a sentence
/// speaks of. Hedges ("about", "over") are here too: they matter to the
/// verdict, which reads them from the figure, not to the grouping.
const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "almost", "also", "among", "an",
    "and", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "down", "during", "each",
    "even", "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "just", "least", "less", "like", "many", "may", "might",
    "more", "most", "much", "nearly", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
    "or", "other", "our", "out", "over", "per", "roughly", "said", "say", "says", "she", "should",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "will",
    "with", "would", "you", "your",
];

/// Number words, masked like digits: the figure is what is judged, not
/// what groups.
const NUMBER_WORDS: &[&str] = &[
    "billion",
    "billions",
    "double",
    "doubled",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourfold",
    "fourteen",
    "half",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "quadruple",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "threefold",
    "trillion",
    "triple",
    "tripled",
    "twelve",
    "twenty",
    "twice",
    "two",
    "twofold",
];

/// The token that stands for every number.
const NUMBER: &str = "#";

/// What a word is to the context key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Stop,
    Number,
}

/// Stopwords and number words.
fn classes() -> &'static WordTable<Class> {
    static TABLE: std::sync::OnceLock<WordTable<Class>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        WordTable::new(
            STOPWORDS
                .iter()
                .map(|w| (*w, Class::Stop))
                .chain(NUMBER_WORDS.iter().map(|w| (*w, Class::Number))),
        )
    })
}

fn classify(word: Word<'_>) -> Class {
    if word.digit {
        return Class::Number;
    }
    classes().get(word).unwrap_or(Class::Word)
}

/// A sentence's keys, from one pass over its words (see [`SentenceKeys`]).
///
/// - the normalised context: lowercased, numbers masked, stopwords and
///   one-letter words dropped, lemmatized as nouns, hashed, deduplicated and
///   sorted (by the fixed hash, as canonical as sorting the strings and
///   cheaper). Two sentences that say the same thing in another order get
///   the same key;
/// - the words as written, lowercased, in order, numbers kept: near
///   identical sequences across documents are syndicated copies.
///
/// `scratch` is working space, reused from sentence to sentence.
pub(crate) fn sentence_keys(text: &str, scratch: &mut Scratch) -> SentenceKeys {
    let Scratch {
        words: ordered,
        tokens: context,
    } = scratch;
    ordered.clear();
    context.clear();
    let mut bag = 0u64;
    let number = hash_token(NUMBER);
    each_word(text, |word| {
        let (w, h) = (word.text, word.hash);
        ordered.push(h);
        bag |= bag_bit(h);
        match classify(word) {
            Class::Number => context.push(number),
            Class::Stop => {}
            Class::Word => {
                if w.chars().nth(1).is_some() {
                    context.push(noun_lemma_key(w, h));
                }
            }
        }
    });
    context.sort_unstable();
    context.dedup();
    // One allocation of the exact size.
    let mut tokens: Vec<u32> = Vec::with_capacity(ordered.len() + context.len());
    tokens.extend_from_slice(ordered);
    tokens.extend_from_slice(context);
    SentenceKeys {
        tokens: tokens.into_boxed_slice(),
        words: ordered.len(),
        bag,
    }
}

/// Working space for [`sentence_keys`] and [`name_tokens`], reused from
/// claim to claim.
#[derive(Default)]
pub(crate) struct Scratch {
    words: Vec<u32>,
    tokens: Vec<u32>,
}

/// The bit of a token in a sentence's bag of words.
fn bag_bit(h: u32) -> u64 {
    1u64 << (h.wrapping_mul(0x9e37_79b9) >> 26)
}

/// A sentence's token keys, in one allocation: the ordered words, then
/// the sorted context; and the bag of its words as 64 bits, for a cheap
/// bound on how alike two word sequences are
/// ([`sequence_similarity_bound`]).
#[derive(Debug, Default)]
pub(crate) struct SentenceKeys {
    tokens: Box<[u32]>,
    /// How many of `tokens` are the ordered words.
    words: usize,
    bag: u64,
}

impl SentenceKeys {
    /// The normalised context: sorted, deduplicated tokens.
    pub(crate) fn context(&self) -> &[u32] {
        self.tokens.get(self.words..).unwrap_or_default()
    }

    /// The words in order.
    pub(crate) fn ordered(&self) -> &[u32] {
        self.tokens.get(..self.words).unwrap_or_default()
    }
}

/// The normalised context key of a sentence (see [`sentence_keys`]).
#[cfg(test)]
pub(crate) fn context_key(text: &str) -> Vec<u32> {
    sentence_keys(text, &mut Scratch::default())
        .context()
        .to_vec()
}

#[cfg(test)]
mod tests;
