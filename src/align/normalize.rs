//! Text normalisation for alignment: the sentence context as a sorted token
//! key, the sentence as an ordered token sequence (for syndication), names
//! as token sets, and time windows as signatures.
//!
//! Tokens are hashed to `u32` (FNV-1a) so that comparing two contexts never
//! touches strings again; the hash is fixed, so results do not depend on
//! the process or the platform.

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

/// FNV-1a, 32 bits: a fixed, fast hash for short tokens.
pub(crate) fn hash_token(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Calls `f` with each lowercase alphanumeric word of `text`, allocating
/// once for the whole text rather than once per word.
fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let lower = text.to_lowercase();
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        f(w);
    }
}

/// A light plural strip so that "shots"/"shot" and "cases"/"case" meet.
fn stem(word: &str) -> &str {
    if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// What a word is to the context key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Stop,
    Number,
}

/// Stopwords and number words by hash, for a lookup without string
/// comparisons (a hash match is confirmed on the string).
fn classes() -> &'static [(u32, &'static str, Class)] {
    static TABLE: std::sync::OnceLock<Vec<(u32, &'static str, Class)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(u32, &'static str, Class)> = STOPWORDS
            .iter()
            .map(|w| (hash_token(w), *w, Class::Stop))
            .chain(
                NUMBER_WORDS
                    .iter()
                    .map(|w| (hash_token(w), *w, Class::Number)),
            )
            .collect();
        t.sort_unstable_by_key(|e| e.0);
        t
    })
}

fn classify(w: &str, h: u32) -> Class {
    if w.bytes().any(|b| b.is_ascii_digit()) {
        return Class::Number;
    }
    let table = classes();
    let mut i = table.partition_point(|e| e.0 < h);
    while let Some(&(eh, ew, class)) = table.get(i) {
        if eh != h {
            break;
        }
        if ew == w {
            return class;
        }
        i += 1;
    }
    Class::Word
}

fn is_stopword(w: &str) -> bool {
    classify(w, hash_token(w)) == Class::Stop
}

fn is_number(w: &str) -> bool {
    classify(w, hash_token(w)) == Class::Number
}

/// A sentence's two keys, from one pass over its words:
///
/// - the normalised context: lowercased, numbers masked, stopwords and
///   one-letter words dropped, light-stemmed, hashed, deduplicated and
///   sorted (by the fixed hash, as canonical as sorting the strings and
///   cheaper). Two sentences that say the same thing in another order get
///   the same key;
/// - the words as written, lowercased, in order, numbers kept: near
///   identical sequences across documents are syndicated copies.
pub(crate) fn sentence_keys(text: &str) -> (Vec<u32>, Vec<u32>) {
    // About one word per six bytes of news text.
    let mut context: Vec<u32> = Vec::with_capacity(text.len() / 6);
    let mut ordered: Vec<u32> = Vec::with_capacity(text.len() / 5);
    let number = hash_token(NUMBER);
    each_word(text, |w| {
        let h = hash_token(w);
        ordered.push(h);
        match classify(w, h) {
            Class::Number => context.push(number),
            Class::Stop => {}
            Class::Word => {
                if w.chars().nth(1).is_some() {
                    let stemmed = stem(w);
                    context.push(if stemmed.len() == w.len() {
                        h
                    } else {
                        hash_token(stemmed)
                    });
                }
            }
        }
    });
    context.sort_unstable();
    context.dedup();
    (context, ordered)
}

/// The normalised context key of a sentence (see [`sentence_keys`]).
#[cfg(test)]
pub(crate) fn context_key(text: &str) -> Vec<u32> {
    sentence_keys(text).0
}

/// A name (place, subject, attribution) as a sorted set of hashed tokens,
/// stopwords, titles and numbers dropped.
pub(crate) fn name_tokens(name: Option<&str>) -> Vec<u32> {
    const TITLES: &[&str] = &[
        "dr", "gov", "mr", "mrs", "ms", "sen", "rep", "sheriff", "mayor",
    ];
    let Some(name) = name else {
        return Vec::new();
    };
    let mut toks: Vec<u32> = Vec::new();
    each_word(name, |w| {
        if !is_stopword(w) && !TITLES.contains(&w) && !is_number(w) {
            toks.push(hash_token(stem(w)));
        }
    });
    toks.sort_unstable();
    toks.dedup();
    toks
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

pub(crate) fn name_match(a: &[u32], b: &[u32]) -> NameMatch {
    if a.is_empty() || b.is_empty() {
        NameMatch::Unknown
    } else if a == b {
        NameMatch::Same
    } else if sorted_intersects(a, b) {
        NameMatch::Overlap
    } else {
        NameMatch::Different
    }
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
pub(crate) fn token_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a == b {
        return 1.0;
    }
    let longest = a.len().max(b.len());
    let (ta, tb) = (Toks(a), Toks(b));
    let lev = 1.0 - strsim::generic_levenshtein(&ta, &tb) as f64 / longest as f64;
    let jw = strsim::generic_jaro_winkler(&ta, &tb);
    f64::midpoint(lev, jw).clamp(0.0, 1.0)
}

/// An upper bound of [`token_similarity`] for two sorted, deduplicated
/// token keys, from the number of tokens they share (a linear merge, no
/// allocation): Levenshtein similarity is at most `common / longest`, and
/// Jaro counts at most `common` matches.
pub(crate) fn similarity_bound(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let shared = common as f64;
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

/// Normalised Levenshtein similarity of two ordered token sequences.
pub(crate) fn sequence_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a == b {
        return 1.0;
    }
    let longest = a.len().max(b.len());
    1.0 - strsim::generic_levenshtein(&Toks(a), &Toks(b)) as f64 / longest as f64
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

/// The time references a window names, by category, for telling windows
/// apart ("in March" vs "in October", "in 2019" vs "this year").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct WindowSig {
    years: Vec<u32>,
    months: Vec<u8>,
    weekdays: Vec<u8>,
    seasons: Vec<u8>,
    /// (unit, offset): unit 0 day, 1 week, 2 month, 3 year; offset -1 last,
    /// 0 this, 1 next.
    relative: Vec<(u8, i8)>,
    /// The window is the start of something ("the first week", "the early
    /// days").
    start: bool,
}

const MONTHS: &[(&str, u8)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

const WEEKDAYS: &[(&str, u8)] = &[
    ("fri", 5),
    ("friday", 5),
    ("mon", 1),
    ("monday", 1),
    ("sat", 6),
    ("saturday", 6),
    ("sun", 7),
    ("sunday", 7),
    ("thu", 4),
    ("thurs", 4),
    ("thursday", 4),
    ("tue", 2),
    ("tues", 2),
    ("tuesday", 2),
    ("wed", 3),
    ("wednesday", 3),
];

/// Seasons and the months they cover (northern hemisphere, as news in
/// English mostly means).
const SEASONS: &[(&str, u8, [u8; 3])] = &[
    ("autumn", 3, [9, 10, 11]),
    ("fall", 3, [9, 10, 11]),
    ("spring", 1, [3, 4, 5]),
    ("summer", 2, [6, 7, 8]),
    ("winter", 4, [12, 1, 2]),
];

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(w))
        .ok()
        .map(|i| table[i].1)
}

/// A four-digit year between 1800 and 2200.
fn year(w: &str) -> Option<u32> {
    let y: u32 = w.parse().ok()?;
    (w.len() == 4 && (1800..=2200).contains(&y)).then_some(y)
}

impl WindowSig {
    pub(crate) fn parse(window: Option<&str>) -> WindowSig {
        let mut sig = WindowSig::default();
        let Some(window) = window else {
            return sig;
        };
        let lower = window.to_lowercase();
        let ws: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (i, &w) in ws.iter().enumerate() {
            if matches!(
                w,
                "first" | "early" | "earliest" | "initial" | "opening" | "beginning" | "start"
            ) {
                sig.start = true;
            }
            if w == "weekend" {
                // Saturday and Sunday.
                sig.weekdays.extend([6, 7]);
            }
            if let Some(m) = lookup(MONTHS, w) {
                sig.months.push(m);
            } else if let Some(d) = lookup(WEEKDAYS, w) {
                sig.weekdays.push(d);
            } else if let Some(&(_, s, _)) = SEASONS.iter().find(|(k, _, _)| *k == w) {
                sig.seasons.push(s);
            } else if let Some(y) = year(w) {
                sig.years.push(y);
            } else if let Some(unit) = match w {
                "day" | "today" | "yesterday" | "tomorrow" => Some(0u8),
                "week" => Some(1),
                "month" => Some(2),
                "year" => Some(3),
                _ => None,
            } {
                let offset = match w {
                    "today" => Some(0),
                    "yesterday" => Some(-1),
                    "tomorrow" => Some(1),
                    _ => match i.checked_sub(1).and_then(|p| ws.get(p)).copied() {
                        Some("this" | "current") => Some(0),
                        Some("last" | "previous" | "past") => Some(-1),
                        Some("next" | "coming") => Some(1),
                        _ => None,
                    },
                };
                if let Some(offset) = offset {
                    sig.relative.push((unit, offset));
                }
            }
        }
        for v in [&mut sig.months, &mut sig.weekdays, &mut sig.seasons] {
            v.sort_unstable();
            v.dedup();
        }
        sig.years.sort_unstable();
        sig.years.dedup();
        sig.relative.sort_unstable();
        sig.relative.dedup();
        sig
    }

    /// The years a sentence names, as a window: the fallback for claims
    /// whose window was not found ("In 2019, the system carried 41 million
    /// trips a year").
    pub(crate) fn years_in(text: &str) -> WindowSig {
        let mut sig = WindowSig::default();
        // Only digits make years: skip the lowercasing for texts without.
        if text.bytes().any(|b| b.is_ascii_digit()) {
            for w in text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
            {
                if let Some(y) = year(w) {
                    sig.years.push(y);
                }
            }
        }
        sig.years.sort_unstable();
        sig.years.dedup();
        sig
    }

    /// Whether the window is the current period so far ("this year" for a
    /// yearly figure): a count to date.
    pub(crate) fn is_to_date(&self, period: crate::claim::Period) -> bool {
        use crate::claim::Period;
        let unit = match period {
            Period::Day => 0,
            Period::Week => 1,
            Period::Month => 2,
            Period::Year => 3,
        };
        self.relative.contains(&(unit, 0))
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.years.is_empty()
            && self.months.is_empty()
            && self.weekdays.is_empty()
            && self.seasons.is_empty()
            && self.relative.is_empty()
            && !self.start
    }

    /// Whether the two windows name different times: different years,
    /// months, weekdays or seasons, a month outside a season, this year
    /// against last year, or a year named on one side only (which year the
    /// other means, the text does not say; a year named in news is mostly
    /// not the present).
    pub(crate) fn clashes(&self, other: &WindowSig) -> bool {
        fn disjoint<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
        }
        if disjoint(&self.years, &other.years)
            || disjoint(&self.months, &other.months)
            || disjoint(&self.weekdays, &other.weekdays)
            || disjoint(&self.seasons, &other.seasons)
        {
            return true;
        }
        for (a, b) in [(self, other), (other, self)] {
            if !a.years.is_empty() && b.years.is_empty() {
                return true;
            }
            if !a.seasons.is_empty() && !b.months.is_empty() {
                let covered = a.seasons.iter().any(|s| {
                    SEASONS
                        .iter()
                        .filter(|(_, id, _)| id == s)
                        .any(|(_, _, months)| b.months.iter().any(|m| months.contains(m)))
                });
                if !covered {
                    return true;
                }
            }
        }
        self.relative.iter().any(|&(unit, off)| {
            let same_unit: Vec<i8> = other
                .relative
                .iter()
                .filter(|(u, _)| *u == unit)
                .map(|(_, o)| *o)
                .collect();
            !same_unit.is_empty() && !same_unit.contains(&off)
        })
    }

    /// Whether the two windows share a named time (same month, weekday...).
    pub(crate) fn shares(&self, other: &WindowSig) -> bool {
        fn common<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            a.iter().any(|x| b.contains(x))
        }
        common(&self.years, &other.years)
            || common(&self.months, &other.months)
            || common(&self.weekdays, &other.weekdays)
            || common(&self.seasons, &other.seasons)
            || common(&self.relative, &other.relative)
            || (self.start && other.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(NUMBER_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(WEEKDAYS.windows(2).all(|w| w[0].0 < w[1].0));
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
        let a = name_tokens(Some("Kellan Area Transit"));
        let b = name_tokens(Some("the transit agency"));
        let c = name_tokens(Some("Eastgate"));
        assert_eq!(name_match(&a, &b), NameMatch::Overlap);
        assert_eq!(name_match(&a, &c), NameMatch::Different);
        assert_eq!(name_match(&a, &a), NameMatch::Same);
        assert_eq!(name_match(&a, &[]), NameMatch::Unknown);
        assert_eq!(
            name_match(
                &name_tokens(Some("Dr. Anika Sorensen")),
                &name_tokens(Some("Sorensen"))
            ),
            NameMatch::Overlap
        );
    }

    #[test]
    fn windows_clash_on_named_times() {
        let w = |s: &str| WindowSig::parse(Some(s));
        assert!(w("in March").clashes(&w("in October")));
        assert!(!w("in March").clashes(&w("by the end of March")));
        assert!(!w("since Jan. 5").clashes(&w("this year")));
        assert!(!w("since Jan. 5").clashes(&w("since January")));
        assert!(w("in 2019").clashes(&w("in March")));
        assert!(w("in 2025").clashes(&w("this year")));
        assert!(w("this year").clashes(&w("last year")));
        assert!(w("in the fall").clashes(&w("in March")));
        assert!(!w("in the fall").clashes(&w("in October")));
        assert!(!w("by Sept. 30").clashes(&w("by September")));
        assert!(!w("early Sunday").clashes(&WindowSig::parse(None)));
        assert!(w("on Saturday").shares(&w("Saturday night")));
        assert!(w("in the early days").shares(&w("in just the first week")));
        assert!(w("over the weekend").shares(&w("Over the weekend")));
        assert!(w("over the weekend").shares(&w("on Saturday")));
        assert!(w("over the weekend").clashes(&w("on Tuesday")));
        assert!(w("in 2019").clashes(&WindowSig::default()));
        assert!(w("so far this year").is_to_date(crate::claim::Period::Year));
        assert!(!w("last year").is_to_date(crate::claim::Period::Year));
        assert!(WindowSig::years_in("In 2019, before 2028, riders").clashes(&w("in March")));
        assert!(WindowSig::years_in("No year here").is_empty());
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
}
