//! The lemmatizer: WordNet's morphy over the generated tables — irregular
//! forms first, then the regular suffix rules, a candidate counting only
//! when the tables know it as a lemma of that part of speech, the first rule
//! first ("doses" → "dose", not "dos"). A noun's plural gives its singular
//! even when WordNet lists the plural too ("troops" → "troop"); a verb that
//! is a lemma stays one ("seed", not "see"). Words the tables do not know
//! lose a regular inflection by rule ("rideshares" → "rideshare").

use crate::text::classes::{NounClass, NounSenses, VerbSenses};
use crate::text::tables::{TABLES, WordInfo, WordSet, hash_word};

/// A part of speech, for [`lemma`].
///
/// ```
/// use factdiff::{Pos, lemma};
/// assert_eq!(lemma("shot", Pos::Noun), "shot");
/// assert_eq!(lemma("shot", Pos::Verb), "shoot");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pos {
    /// A noun: "children" → "child", "people" → "person".
    Noun,
    /// A verb: "fled" → "flee", "hiring" → "hire".
    Verb,
}

/// A lemma as a reference: into the tables, or a prefix of the
/// lower-case word it was made from. No allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LemmaRef {
    /// A lemma of the tables.
    Table(&'static str),
    /// The first `n` bytes of the lower-case word.
    Prefix(usize),
}

impl LemmaRef {
    /// The lemma as text, given the lower-case word it was made from.
    pub(crate) fn of(self, lower: &str) -> &str {
        match self {
            LemmaRef::Table(s) => s,
            LemmaRef::Prefix(n) => lower.get(..n).unwrap_or(lower),
        }
    }
}

/// A lemma and whether the tables know it as a word of its part of speech
/// (a known noun, a known verb), not a guess by rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lemmatized {
    pub(crate) lemma: LemmaRef,
    pub(crate) known: bool,
}

const NOUN_RULES: [(&str, &str); 8] = [
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];

const VERB_RULES: [(&str, &str); 8] = [
    ("s", ""),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];

/// The lemma of a word as a noun or a verb, lower case. Irregular forms
/// come from WordNet's exception lists ("children" → "child", "shot" →
/// "shoot", "fled" → "flee"); "people" is "person". A possessive is
/// dropped ("agency's" → "agency").
///
/// ```
/// use factdiff::{Pos, lemma};
/// assert_eq!(lemma("Children", Pos::Noun), "child");
/// assert_eq!(lemma("women", Pos::Noun), "woman");
/// assert_eq!(lemma("people", Pos::Noun), "person");
/// assert_eq!(lemma("injuries", Pos::Noun), "injury");
/// assert_eq!(lemma("fled", Pos::Verb), "flee");
/// assert_eq!(lemma("hiring", Pos::Verb), "hire");
/// assert_eq!(lemma("hit", Pos::Verb), "hit");
/// ```
#[must_use]
pub fn lemma(word: &str, pos: Pos) -> String {
    let lower = word.to_lowercase();
    let h = hash_word(&lower);
    let found = match pos {
        Pos::Noun => noun(&lower, h),
        Pos::Verb => verb(&lower, h),
    };
    found.lemma.of(&lower).to_string()
}

/// What WordNet says of a noun lemma (lower case): the classes of its first
/// sense and of all senses; `None` for a word it does not know as a noun.
///
/// ```
/// use factdiff::{NounClass, noun_senses};
/// assert!(noun_senses("dollar").unwrap().first.contains(NounClass::UNDER_MONEY));
/// assert!(noun_senses("qwzx").is_none());
/// ```
#[must_use]
pub fn noun_senses(lemma: &str) -> Option<NounSenses> {
    let (first, all) = TABLES.lookup(lemma)?.noun?;
    Some(NounSenses { first, all })
}

/// What WordNet says of a verb lemma (lower case); `None` for a word it
/// does not know as a verb.
///
/// ```
/// use factdiff::{VerbClass, verb_senses};
/// assert!(verb_senses("kill").is_some());
/// assert!(verb_senses("teenager").is_none());
/// ```
#[must_use]
pub fn verb_senses(lemma: &str) -> Option<VerbSenses> {
    let (first, all) = TABLES.lookup(lemma)?.verb?;
    Some(VerbSenses { first, all })
}

/// Whether a noun lemma (lower case) names a person or people in its first
/// sense: *officer*, *teen*, *victim*, *man* and *person* itself (WordNet's
/// hyponym closure of *person*, and of *people*: *the dead*). Not *shot*,
/// whose first sense is the act of firing, though one sense is a marksman.
///
/// ```
/// use factdiff::is_person;
/// for w in ["person", "officer", "trooper", "teen", "child", "victim", "man", "resident"] {
///     assert!(is_person(w), "{w}");
/// }
/// for w in ["shot", "dose", "home", "hour", "dollar", "police"] {
///     assert!(!is_person(w), "{w}");
/// }
/// ```
#[must_use]
pub fn is_person(lemma: &str) -> bool {
    noun_senses(lemma).is_some_and(|s| s.first.contains(NounClass::UNDER_PERSON))
}

/// People whose first WordNet sense is something else (an animal, a
/// quality, a mineral, a marble, a device): "the male and the boy", "a
/// juvenile", "17,000 fans".
pub(crate) const PERSON_WORDS: &[&str] = &[
    "fan",
    "male",
    "female",
    "juvenile",
    "minor",
    "shooter",
    "gunman",
    "justice",
    "assailant",
];

/// Whether a noun lemma names a person: [`is_person`], or one of the
/// words news uses for people whose first sense is another thing.
pub(crate) fn is_person_word(lemma: &str) -> bool {
    is_person(lemma) || PERSON_WORDS.contains(&lemma)
}

/// Whether a noun lemma names a part of the body ("leg", "foot",
/// "chest"): WordNet's first sense is one. One test for the figure stage
/// ("shot in both feet") and the claim stage ("two in the leg").
pub(crate) fn is_body_part(lemma: &str) -> bool {
    noun_senses(lemma).is_some_and(|s| s.first.contains(NounClass::BODY))
}

/// Words that say which side a vote took ("no", "dissenting"), as they
/// stand between `lone` and the word for the vote (`the lone "no"
/// vote`). One list for the figure stage (which counts a lone vote) and
/// the claim stage (which finds the vote's word).
pub(crate) const VOTE_SIDES: &[&str] = &["no", "dissenting", "opposing", "negative"];

/// Every lower-case form the lemmatizer maps to one of `lemmas`, as a noun
/// or as a verb: the lemma, its regular inflections, its irregular forms
/// ("said" for "say"). For checking a word against a short list of lemmas
/// without lemmatizing it first: a word not in the set has none of them
/// as a lemma.
pub(crate) fn inflections(lemmas: &[&str]) -> WordSet {
    let mut sorted = lemmas.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let listed = |l: &str| sorted.binary_search(&l).is_ok();
    let mut forms: Vec<String> = TABLES.irregular_forms(listed).map(str::to_string).collect();
    for &l in &sorted {
        let stem_e = l.strip_suffix('e');
        let stem_y = l.strip_suffix('y');
        let last = l.chars().last().map(String::from).unwrap_or_default();
        for suffix in ["", "s", "es", "ed", "d", "ing", "'s", "’s"] {
            forms.push(format!("{l}{suffix}"));
        }
        if let Some(stem) = stem_e {
            forms.push(format!("{stem}ing"));
        }
        if let Some(stem) = stem_y {
            forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
        }
        forms.extend([format!("{l}{last}ed"), format!("{l}{last}ing")]);
    }
    forms
        .into_iter()
        .filter(|form| {
            let (noun, verb) = both(form, hash_word(form));
            listed(noun.lemma.of(form)) || listed(verb.lemma.of(form))
        })
        .collect()
}

/// "agency's" → "agency", "officers'" → "officers"; a word that is no
/// possessor as it is.
pub(crate) fn strip_possessive(lower: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if lower.len() > suffix.len() + 1
            && let Some(base) = lower.strip_suffix(suffix)
        {
            return base;
        }
    }
    lower
}

/// A candidate lemma `stem + rep`, when the tables know it.
fn candidate(stem: &str, rep: &str, noun: bool) -> Option<&'static str> {
    let info = TABLES.get_joined(stem, rep)?;
    let known = if noun {
        info.noun.is_some()
    } else {
        info.verb.is_some()
    };
    known.then_some(info.word)
}

/// The first lemma the tables know for `base` under `rules`, in order.
fn morphy(base: &str, rules: &[(&str, &str)], noun: bool) -> Option<LemmaRef> {
    rules.iter().find_map(|(suffix, rep)| {
        let stem = base.strip_suffix(suffix)?;
        // "bed" is not "be" + "ed".
        if stem.len() < 2 {
            return None;
        }
        let found = candidate(stem, rep, noun)?;
        Some(if base.starts_with(found) {
            LemmaRef::Prefix(found.len())
        } else {
            LemmaRef::Table(found)
        })
    })
}

/// The noun and verb lemmas of a lower-case word whose [`hash_word`] is
/// `h`, with one look-up of the word itself.
pub(crate) fn both(lower: &str, h: u32) -> (Lemmatized, Lemmatized) {
    let info = TABLES.get(lower, h);
    let base = strip_possessive(lower);
    let noun_info = if base.len() == lower.len() {
        info
    } else {
        TABLES.lookup(base)
    };
    (noun_of(base, noun_info), verb_of(lower, info))
}

/// The noun lemma of a lower-case word whose [`hash_word`] is `h`.
pub(crate) fn noun(lower: &str, h: u32) -> Lemmatized {
    let base = strip_possessive(lower);
    let info = if base.len() == lower.len() {
        TABLES.get(base, h)
    } else {
        TABLES.lookup(base)
    };
    noun_of(base, info)
}

/// The verb lemma of a lower-case word whose [`hash_word`] is `h`.
pub(crate) fn verb(lower: &str, h: u32) -> Lemmatized {
    verb_of(lower, TABLES.get(lower, h))
}

/// The noun lemma of `base` (possessive dropped), given what the tables
/// know of it.
fn noun_of(base: &str, info: Option<&WordInfo>) -> Lemmatized {
    if let Some(l) = info.and_then(|i| i.noun_exc) {
        return Lemmatized {
            lemma: LemmaRef::Table(l),
            known: true,
        };
    }
    // Only words ending in "s" or "men" are regular plurals.
    let inflected = base.ends_with('s') || base.ends_with("men");
    // A plural the rules undo wins over a plural WordNet lists as a lemma
    // of its own ("troops" → "troop", "sales" → "sale"), so that both
    // numbers meet.
    if inflected && let Some(lemma) = morphy(base, &NOUN_RULES, true) {
        return Lemmatized { lemma, known: true };
    }
    if info.is_some_and(|i| i.noun.is_some()) {
        return Lemmatized {
            lemma: LemmaRef::Prefix(base.len()),
            known: true,
        };
    }
    // Unknown: drop a plural "s" ("ss", "us", "is" are not plurals).
    let n = base.len();
    let plural = n > 3
        && base.ends_with('s')
        && !base.ends_with("ss")
        && !base.ends_with("us")
        && !base.ends_with("is");
    Lemmatized {
        lemma: LemmaRef::Prefix(if plural { n - 1 } else { n }),
        known: false,
    }
}

/// The verb lemma of `lower`, given what the tables know of it.
fn verb_of(lower: &str, info: Option<&WordInfo>) -> Lemmatized {
    if let Some(l) = info.and_then(|i| i.verb_exc) {
        return Lemmatized {
            lemma: LemmaRef::Table(l),
            known: true,
        };
    }
    // A verb that is a lemma itself stays one: "seed" is not "see" + "ed".
    if info.is_some_and(|i| i.verb.is_some()) {
        return Lemmatized {
            lemma: LemmaRef::Prefix(lower.len()),
            known: true,
        };
    }
    let inflected = lower.ends_with('s') || lower.ends_with("ed") || lower.ends_with("ing");
    if inflected && let Some(lemma) = morphy(lower, &VERB_RULES, false) {
        return Lemmatized { lemma, known: true };
    }
    Lemmatized {
        lemma: LemmaRef::Prefix(unknown_verb_stem(lower)),
        known: false,
    }
}

/// The length of an unknown verb's stem: "-ing", "-ed", "-es", "-s" off,
/// a doubled consonant undone ("livestreamed" → "livestream").
fn unknown_verb_stem(w: &str) -> usize {
    let b = w.as_bytes();
    let n = b.len();
    let sibilant_es = w.ends_with("es")
        && (w[..n - 2].ends_with(['s', 'x', 'z'])
            || w[..n - 2].ends_with("ch")
            || w[..n - 2].ends_with("sh"));
    let (mut len, tense) = if n > 5 && w.ends_with("ing") {
        (n - 3, true)
    } else if n > 4 && w.ends_with("ed") {
        (n - 2, true)
    } else if n > 4 && sibilant_es {
        (n - 2, false)
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        (n - 1, false)
    } else {
        (n, false)
    };
    // "stopped" → "stop", but "staffs" → "staff".
    if tense
        && len >= 3
        && b[len - 1] == b[len - 2]
        && !matches!(b[len - 1], b'l' | b's' | b'z' | b'e' | b'o')
        && b[len - 1].is_ascii_alphabetic()
    {
        len -= 1;
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_and_regular_forms() {
        for (word, pos, want) in [
            ("shot", Pos::Verb, "shoot"),
            ("fled", Pos::Verb, "flee"),
            ("children", Pos::Noun, "child"),
            ("people", Pos::Noun, "person"),
            ("women", Pos::Noun, "woman"),
            ("men", Pos::Noun, "man"),
            ("officers", Pos::Noun, "officer"),
            ("troopers", Pos::Noun, "trooper"),
            ("deputies", Pos::Noun, "deputy"),
            ("injuries", Pos::Noun, "injury"),
            ("glasses", Pos::Noun, "glass"),
            ("doses", Pos::Noun, "dose"),
            ("taxes", Pos::Noun, "tax"),
            ("troops", Pos::Noun, "troop"),
            ("seed", Pos::Verb, "seed"),
            ("hoped", Pos::Verb, "hope"),
            ("founded", Pos::Verb, "found"),
            ("news", Pos::Noun, "news"),
            ("agency's", Pos::Noun, "agency"),
            ("killed", Pos::Verb, "kill"),
            ("died", Pos::Verb, "die"),
            ("wounded", Pos::Verb, "wound"),
            ("wound", Pos::Verb, "wound"),
            ("stopped", Pos::Verb, "stop"),
            ("planned", Pos::Verb, "plan"),
            ("hiring", Pos::Verb, "hire"),
            ("evacuated", Pos::Verb, "evacuate"),
            ("spent", Pos::Verb, "spend"),
            ("laid", Pos::Verb, "lay"),
            ("bed", Pos::Verb, "bed"),
            ("livestreamed", Pos::Verb, "livestream"),
            ("rideshares", Pos::Noun, "rideshare"),
            ("was", Pos::Noun, "was"),
        ] {
            assert_eq!(lemma(word, pos), want, "{word} {pos:?}");
        }
    }

    #[test]
    fn inflections_are_the_forms_of_their_lemmas() {
        let set = inflections(&["say", "hope", "tally", "plan", "write"]);
        for w in [
            "say", "says", "said", "saying", "hope", "hoped", "hoping", "tallied", "tallies",
            "planned", "planning", "wrote", "written", "writes",
        ] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["sad", "hop", "plane", "writer"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for w in [
            "",
            "'",
            "’s",
            "s",
            "ies",
            "ed",
            "ing",
            "ésés",
            "日本s",
            "a’’",
            &"x".repeat(200),
        ] {
            let _ = lemma(w, Pos::Noun);
            let _ = lemma(w, Pos::Verb);
        }
    }
}
