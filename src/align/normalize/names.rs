//! Names (place, subject, attribution) as sorted sets of token keys, and
//! how two names relate: the same, overlapping or different.

use super::{Class, Scratch, classify};
use crate::hash::FastSet;
use crate::text::{each_word, hash_word as hash_token, noun_lemma_key};

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
