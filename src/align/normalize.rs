//! Text normalisation for alignment: the sentence context as a sorted token
//! key, the sentence as an ordered token sequence (for syndication), names
//! as token sets.
//!
//! Words are the crate tokenizer's (`crate::text`), lemmatized as nouns;
//! they are hashed to `u32` (FNV-1a) so that comparing two contexts never
//! touches strings again; the hash is fixed, so results do not depend on
//! the process or the platform.

use crate::hash::FastSet;
use crate::text::{Word, WordTable, each_word, hash_word as hash_token, noun_lemma_key};

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

/// A name (place, subject, attribution) as a sorted set of hashed tokens,
/// stopwords, titles and numbers dropped.
pub(crate) fn name_tokens(name: Option<&str>, scratch: &mut Scratch) -> Box<[u32]> {
    const TITLES: &[&str] = &[
        "dr", "gov", "mr", "mrs", "ms", "sen", "rep", "sheriff", "mayor",
    ];
    let Some(name) = name else {
        return Box::default();
    };
    let toks = &mut scratch.tokens;
    toks.clear();
    // `LA`, `PG`, `L.A.`: initials stand for words the other name may
    // spell out.
    let acronym = name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (w.len() >= 2 || name.contains('.'))
            && w.len() <= 4
            && !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_uppercase())
    });
    each_word(name, |word| {
        // Neither a stopword nor a number, nor a title.
        if classify(word) == Class::Word && !TITLES.contains(&word.text) {
            toks.push(noun_lemma_key(word.text, word.hash));
        }
    });
    // The White House and the administration speak for the president:
    // "the White House called for $4 billion", "the president wants $4
    // billion".
    let executive = [
        "White House",
        "white house",
        "administration",
        "Administration",
    ]
    .iter()
    .any(|w| name.contains(w));
    if executive {
        toks.push(noun_lemma_key("president", hash_token("president")));
    }
    if acronym && !toks.is_empty() {
        toks.push(ACRONYM);
    }
    toks.sort_unstable();
    toks.dedup();
    Box::from(toks.as_slice())
}

/// How two names relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameMatch {
    /// At least one side states none.
    Unknown,
    /// The same tokens.
    Same,
    /// Some tokens shared ("Kellan Area Transit" / "the transit agency").
    Overlap,
    /// No token shared ("Eastgate" / "Larch County").
    Different,
}

/// Names are told apart by their distinctive words: two names whose
/// distinctive words are all different name different things even when
/// they share a word for the kind of thing ("Dalvor County" / "Brenna
/// County", "Pikeford Area Transit" / "Dorworth Area Transit"). A name made
/// of kind words only ("the transit agency", "the county") names nothing
/// in particular and overlaps any name sharing one of them.
pub(crate) fn name_match(a: &[u32], b: &[u32]) -> NameMatch {
    let initials = a.contains(&ACRONYM) || b.contains(&ACRONYM);
    let (a, b) = (without_acronym(a), without_acronym(b));
    if a.is_empty() || b.is_empty() {
        NameMatch::Unknown
    } else if a == b {
        NameMatch::Same
    } else if !initials && distinct_names(a, b) {
        NameMatch::Different
    } else if sorted_intersects(a, b) {
        NameMatch::Overlap
    } else {
        NameMatch::Different
    }
}

/// The token [`name_tokens`] adds to a name written with initials (`LA
/// County`): such a name is not told apart by its distinctive words, which
/// the initials may stand for. Greater than every word's key, so that it
/// sorts last.
const ACRONYM: u32 = u32::MAX;

/// A name's tokens without the initials marker (it sorts last).
fn without_acronym(x: &[u32]) -> &[u32] {
    match x.last() {
        Some(&ACRONYM) => &x[..x.len() - 1],
        _ => x,
    }
}

/// Whether both names have distinctive words and share none of them.
fn distinct_names(a: &[u32], b: &[u32]) -> bool {
    let kinds = kind_words();
    let distinctive =
        |x: &[u32]| -> Vec<u32> { x.iter().copied().filter(|t| !kinds.contains(t)).collect() };
    let (da, db) = (distinctive(a), distinctive(b));
    !da.is_empty() && !db.is_empty() && !sorted_intersects(&da, &db)
}

/// The token keys of words that say what kind of place or body a name
/// is, not which one.
fn kind_words() -> &'static FastSet<u32> {
    const WORDS: &[&str] = &[
        "county",
        "city",
        "town",
        "village",
        "borough",
        "township",
        "parish",
        "state",
        "province",
        "district",
        "region",
        "area",
        "metro",
        "island",
        "valley",
        "port",
        "department",
        "agency",
        "office",
        "authority",
        "board",
        "council",
        "commission",
        "committee",
        "ministry",
        "bureau",
        "service",
        "police",
        "sheriff",
        "fire",
        "transit",
        "union",
        "local",
        "workers",
        "school",
        "schools",
        "hospital",
        "health",
        "company",
        "group",
        "association",
        "coalition",
        "federal",
        "national",
        "regional",
        "public",
    ];
    static SET: std::sync::OnceLock<FastSet<u32>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        WORDS
            .iter()
            .map(|w| noun_lemma_key(w, hash_token(w)))
            .collect()
    })
}

fn sorted_intersects(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Similarity in `[0, 1]` of two token sequences: the mean of strsim's
/// normalised Levenshtein and Jaro–Winkler, both over tokens (not
/// characters, see design.md on `sorensen_dice`).
///
/// The numbers are strsim's (`generic_levenshtein`, `generic_jaro_winkler`;
/// the tests check equality on random sequences), but for the sorted,
/// deduplicated context keys pair scoring compares they are worked out
/// here without strsim's per-call allocations and generic iteration,
/// which made up half of the cost of scoring a candidate pair:
/// Levenshtein bit-parallel ([`levenshtein`]), and Jaro by one merge,
/// since two sorted sets of distinct tokens match each token at most once
/// and never transpose. Other sequences go to strsim.
#[cfg(test)]
pub(crate) fn token_similarity(a: &[u32], b: &[u32]) -> f64 {
    Overlap::of(a, b).similarity()
}

/// An upper bound of [`token_similarity`] for two sorted, deduplicated
/// token keys (see [`Overlap::bound`]).
#[cfg(test)]
pub(crate) fn similarity_bound(a: &[u32], b: &[u32]) -> f64 {
    Overlap::of(a, b).bound()
}

/// What one merge of two sorted token keys tells about their similarity:
/// the tokens they share, and for sets how many of those sit close enough
/// for Jaro to match them. Pair scoring asks for [`Overlap::bound`]
/// first, and for the exact [`Overlap::similarity`] only when the bound
/// leaves the pair in play.
pub(crate) struct Overlap<'a> {
    a: &'a [u32],
    b: &'a [u32],
    /// Both are sorted sets (context keys always are).
    sets: bool,
    common: usize,
    /// Shared tokens at most `max(len) / 2 - 1` positions apart.
    near: usize,
}

impl<'a> Overlap<'a> {
    /// The overlap of two sentences' context keys, sorted sets by
    /// construction.
    pub(crate) fn of_contexts(a: &'a SentenceKeys, b: &'a SentenceKeys) -> Overlap<'a> {
        debug_assert!(is_set(a.context()) && is_set(b.context()));
        Overlap::merge(a.context(), b.context(), true)
    }

    /// The overlap of two token sequences.
    #[cfg(test)]
    pub(crate) fn of(a: &'a [u32], b: &'a [u32]) -> Overlap<'a> {
        Overlap::merge(a, b, is_set(a) && is_set(b))
    }

    fn merge(a: &'a [u32], b: &'a [u32], sets: bool) -> Overlap<'a> {
        let reach = (a.len().max(b.len()) / 2).saturating_sub(1);
        let (mut i, mut j, mut common, mut near) = (0, 0, 0usize, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    near += usize::from(i.abs_diff(j) <= reach);
                    i += 1;
                    j += 1;
                }
            }
        }
        Overlap {
            a,
            b,
            sets,
            common,
            near,
        }
    }

    /// An upper bound of [`Overlap::similarity`] for two sorted,
    /// deduplicated token keys, from the number of tokens they share:
    /// Levenshtein similarity is at most `common / longest`, and Jaro
    /// counts at most `common` matches.
    pub(crate) fn bound(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        if self.common == 0 {
            return 0.0;
        }
        let shared = self.common as f64;
        let (la, lb) = (a.len() as f64, b.len() as f64);
        let lev = shared / la.max(lb);
        let jaro = ((shared / la + shared / lb + 1.0) / 3.0).min(1.0);
        let jw = if jaro > 0.7 {
            jaro + 0.4 * (1.0 - jaro)
        } else {
            jaro
        };
        f64::midpoint(lev, jw).clamp(0.0, 1.0)
    }

    /// The similarity in `[0, 1]`: see [`token_similarity`].
    pub(crate) fn similarity(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let equal = if self.sets {
            self.common == a.len() && a.len() == b.len()
        } else {
            a == b
        };
        if equal {
            return 1.0;
        }
        let longest = a.len().max(b.len());
        let lev = 1.0 - distance(a, b, self.sets) as f64 / longest as f64;
        let jw = if self.sets {
            self.sorted_jaro_winkler()
        } else {
            strsim::generic_jaro_winkler(&Toks(a), &Toks(b))
        };
        f64::midpoint(lev, jw).clamp(0.0, 1.0)
    }

    /// strsim's `generic_jaro_winkler` for two sorted sets of tokens.
    ///
    /// strsim's Jaro flags, for each token of `a` in turn, the first
    /// unflagged equal token of `b` within `max(len) / 2 - 1` positions. In
    /// sets, a token has at most one equal token on the other side, so the
    /// matches are the shared tokens that close ([`Overlap::near`]); both
    /// sides list the matches in ascending order, so none is transposed.
    /// The arithmetic is strsim's, operation for operation, for
    /// bit-identical results.
    fn sorted_jaro_winkler(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        let (la, lb) = (a.len(), b.len());
        if la == 0 && lb == 0 {
            return 1.0;
        }
        if la == 0 || lb == 0 || self.near == 0 {
            return 0.0;
        }
        let m = self.near as f64;
        // strsim's third term, (matches - transpositions) / matches, is
        // exactly 1 with no transpositions.
        let jaro = ((m / la as f64) + (m / lb as f64) + 1.0) / 3.0;
        if jaro > 0.7 {
            let prefix = a.iter().take(4).zip(b).take_while(|(x, y)| x == y).count();
            jaro + 0.1 * prefix as f64 * (1.0 - jaro)
        } else {
            jaro
        }
    }
}

/// Whether the tokens are strictly ascending: a sorted set.
fn is_set(a: &[u32]) -> bool {
    a.windows(2).all(|w| w[0] < w[1])
}

/// The Levenshtein distance of two token sequences: strsim's
/// `generic_levenshtein`, computed with Myers' bit-parallel algorithm
/// (Hyyrö's formulation) when the shorter sequence has at most 64 tokens,
/// which sentences nearly always have: one pass of a few word operations
/// per token of the longer sequence, no allocation, against strsim's
/// allocated row and a cell-by-cell loop. Longer sequences go to strsim.
fn levenshtein(a: &[u32], b: &[u32]) -> usize {
    distance(a, b, is_set(a) && is_set(b))
}

/// [`levenshtein`], told whether both sequences are sorted sets.
fn distance(a: &[u32], b: &[u32], sets: bool) -> usize {
    // The shorter is the pattern, one bit per token; the longer, the text.
    let (pattern, text) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let len = pattern.len();
    if len == 0 {
        return text.len();
    }
    if len > 64 {
        return strsim::generic_levenshtein(&Toks(a), &Toks(b));
    }
    let last = 1u64 << (len - 1);
    let (mut vp, mut vn) = (!0u64, 0u64);
    let mut dist = len;
    let mut at = 0;
    for &token in text {
        // Where `token` occurs in the pattern: for two sets, one merge step
        // finds the single position; otherwise every position is checked.
        let eq = if sets {
            while at < len && pattern[at] < token {
                at += 1;
            }
            if at < len && pattern[at] == token {
                1u64 << at
            } else {
                0
            }
        } else {
            pattern
                .iter()
                .enumerate()
                .fold(0u64, |mask, (i, &x)| mask | (u64::from(x == token) << i))
        };
        let d0 = (((eq & vp).wrapping_add(vp)) ^ vp) | eq | vn;
        let mut hp = vn | !(d0 | vp);
        let mut hn = d0 & vp;
        if hp & last != 0 {
            dist += 1;
        } else if hn & last != 0 {
            dist = dist.saturating_sub(1);
        }
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | !(d0 | hp);
        vn = hp & d0;
    }
    dist
}

/// An upper bound of [`sequence_similarity`] of two sentences' words,
/// from their bags: a word edit adds or removes at most one word of each
/// sentence's set of words, so at least half the words in one set only
/// are edits, and each bit set in one bag only stands for a word in one
/// set only.
pub(crate) fn sequence_similarity_bound(a: &SentenceKeys, b: &SentenceKeys) -> f64 {
    let longest = a.words.max(b.words);
    if longest == 0 {
        return 1.0;
    }
    let edits = (a.bag ^ b.bag).count_ones().div_ceil(2);
    1.0 - f64::from(edits) / longest as f64
}

/// Normalised Levenshtein similarity of two ordered token sequences
/// (strsim's distance, see [`levenshtein`]).
pub(crate) fn sequence_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a == b {
        return 1.0;
    }
    let longest = a.len().max(b.len());
    1.0 - levenshtein(a, b) as f64 / longest as f64
}

/// A token slice that strsim's generic functions can iterate by reference.
struct Toks<'a>(&'a [u32]);

impl<'a> IntoIterator for &Toks<'a> {
    type Item = &'a u32;
    type IntoIter = std::slice::Iter<'a, u32>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(name: Option<&str>) -> Box<[u32]> {
        name_tokens(name, &mut Scratch::default())
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(NUMBER_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn context_masks_numbers_and_ignores_order() {
        let a = context_key("Crews rescued 40 sailors off the coast.");
        let b = context_key("Off the coast, crews rescued forty sailors");
        assert_eq!(a, b);
        assert_ne!(a, context_key("Crews rescued 40 hikers off the coast."));
    }

    #[test]
    fn names_compare_by_tokens() {
        let a = names(Some("Kellan Area Transit"));
        let b = names(Some("the transit agency"));
        let c = names(Some("Eastgate"));
        assert_eq!(name_match(&a, &b), NameMatch::Overlap);
        assert_eq!(name_match(&a, &c), NameMatch::Different);
        assert_eq!(name_match(&a, &a), NameMatch::Same);
        assert_eq!(name_match(&a, &[]), NameMatch::Unknown);
        assert_eq!(
            name_match(&names(Some("Dr. Anika Sorensen")), &names(Some("Sorensen"))),
            NameMatch::Overlap
        );
    }

    #[test]
    fn names_differ_by_their_distinctive_words() {
        let m = |a: &str, b: &str| name_match(&names(Some(a)), &names(Some(b)));
        assert_eq!(m("Dalvor County", "Brenna County"), NameMatch::Different);
        assert_eq!(
            m("Pikeford Area Transit", "Dorworth Area Transit"),
            NameMatch::Different
        );
        assert_eq!(
            m("Talarbury police", "Stanmore police"),
            NameMatch::Different
        );
        // A name of kind words only is no particular one.
        assert_eq!(m("Dalvor County", "the county"), NameMatch::Overlap);
        assert_eq!(
            m("Kellan Area Transit", "the transit agency"),
            NameMatch::Overlap
        );
        // A shared distinctive word keeps them together.
        assert_eq!(m("Larch County", "Larch County Health"), NameMatch::Overlap);
        assert_eq!(m("Larch", "Larch County"), NameMatch::Overlap);
        // Initials may stand for the other name's words.
        assert_eq!(m("LA County", "Los Angeles County"), NameMatch::Overlap);
        assert_eq!(m("PG County", "Prince George's County"), NameMatch::Overlap);
        assert_eq!(m("LA County", "LA County"), NameMatch::Same);
    }

    #[test]
    fn the_bound_is_an_upper_bound() {
        let texts = [
            "Officials counted 860 damaged homes by Sunday evening.",
            "Assessors marked 860 homes as damaged.",
            "County assessors had counted 860 damaged homes by Sunday evening, most of them low.",
            "The storm dropped rain at the airport on Saturday.",
            "",
            "homes",
        ];
        for x in texts {
            for y in texts {
                let (a, b) = (context_key(x), context_key(y));
                assert!(
                    token_similarity(&a, &b) <= similarity_bound(&a, &b) + 1e-12,
                    "{x} / {y}"
                );
            }
        }
    }

    #[test]
    fn similarity_is_bounded() {
        let a = context_key("Officials counted 860 damaged homes by Sunday evening.");
        let b = context_key("Assessors marked 860 homes as damaged.");
        let s = token_similarity(&a, &b);
        assert!((0.0..=1.0).contains(&s));
        assert!((token_similarity(&a, &a) - 1.0).abs() < 1e-12);
        assert!((token_similarity(&[], &[]) - 1.0).abs() < 1e-12);
        assert!(token_similarity(&a, &[]) <= 0.5);
    }

    /// A fixed pseudo-random sequence (xorshift64*) for the equivalence
    /// checks below.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
        }

        fn tokens(&mut self) -> Vec<u32> {
            // Up to 80 tokens (past the 64 of the bit-parallel path), from
            // an alphabet small enough to repeat.
            let len = self.below(81);
            let alphabet = 1 + self.below(40);
            (0..len)
                .map(|_| u32::try_from(self.below(alphabet)).unwrap_or(0) * 7919)
                .collect()
        }
    }

    /// The similarity as strsim computes it, the reference.
    fn strsim_similarity(a: &[u32], b: &[u32]) -> f64 {
        if a.is_empty() && b.is_empty() || a == b {
            return 1.0;
        }
        let longest = a.len().max(b.len());
        let lev = 1.0 - strsim::generic_levenshtein(&Toks(a), &Toks(b)) as f64 / longest as f64;
        let jw = strsim::generic_jaro_winkler(&Toks(a), &Toks(b));
        f64::midpoint(lev, jw).clamp(0.0, 1.0)
    }

    #[test]
    fn similarities_are_strsims() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..4_000 {
            let (a, b) = (rng.tokens(), rng.tokens());
            let mut sets = (a.clone(), b.clone());
            for s in [&mut sets.0, &mut sets.1] {
                s.sort_unstable();
                s.dedup();
            }
            for (x, y) in [(&a, &b), (&sets.0, &sets.1), (&a, &a), (&sets.0, &sets.0)] {
                let lev = strsim::generic_levenshtein(&Toks(x), &Toks(y));
                assert_eq!(levenshtein(x, y), lev, "{x:?} / {y:?}");
                assert_eq!(
                    token_similarity(x, y).to_bits(),
                    strsim_similarity(x, y).to_bits(),
                    "{x:?} / {y:?}"
                );
                if is_set(x) && is_set(y) {
                    assert!(token_similarity(x, y) <= similarity_bound(x, y) + 1e-12);
                }
                if x != y {
                    let longest = x.len().max(y.len());
                    let expected = 1.0 - lev as f64 / longest as f64;
                    assert_eq!(sequence_similarity(x, y).to_bits(), expected.to_bits());
                }
            }
        }
    }

    #[test]
    fn the_bag_bounds_sequence_similarity() {
        const WORDS: &[&str] = &[
            "crews",
            "rescued",
            "40",
            "sailors",
            "off",
            "the",
            "coast",
            "on",
            "Tuesday",
            "said",
            "officials",
            "Barcorl",
            "county",
            "in",
            "a",
            "statement",
            "and",
        ];
        let mut rng = Rng(42);
        let mut scratch = Scratch::default();
        let mut sentence = |rng: &mut Rng| {
            let len = rng.below(30);
            let text: Vec<&str> = (0..len)
                .map(|_| WORDS[usize::try_from(rng.below(WORDS.len() as u64)).unwrap_or(0)])
                .collect();
            sentence_keys(&text.join(" "), &mut scratch)
        };
        for _ in 0..5_000 {
            let (a, b) = (sentence(&mut rng), sentence(&mut rng));
            let exact = sequence_similarity(a.ordered(), b.ordered());
            assert!(exact <= sequence_similarity_bound(&a, &b));
        }
    }

    #[test]
    fn word_tables_hold_each_word_once() {
        let mut words: Vec<&str> = STOPWORDS.iter().chain(NUMBER_WORDS).copied().collect();
        words.sort_unstable();
        assert!(words.windows(2).all(|w| w[0] != w[1]));
    }
}
