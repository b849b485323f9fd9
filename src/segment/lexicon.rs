//! Word lists the sentence rules consult: abbreviations by how they behave
//! before a capitalised word, common sentence starters, and the function
//! words a wrapped line can end with.
//!
//! All lookups take an ASCII-lowercased token without its final period
//! (`"u.s"`, `"dr"`, `"ph.d"`).

/// How an abbreviation behaves when a capitalised word follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// A title before a name ("Dr.", "Sen.", "Mt."): a capitalised word after
    /// it is almost always the name, so only a sentence starter ends a sentence.
    Title,
    /// An abbreviation used mid-phrase as often as at the end ("U.S.",
    /// "Inc.", "Jan.", "e.g."): a sentence ends only before a sentence starter.
    General,
    /// An abbreviation that closes a phrase ("a.m.", "B.C.", "Ph.D."): a
    /// capitalised word after it starts a new sentence, unless the clause
    /// opened with a preposition ("At 5 a.m. Mr. Smith left").
    Closing,
    /// A unit after a number ("5 lb.", "6 in."): like `Closing`, but a number
    /// after it continues the measure ("5 ft. 6 in.").
    Unit,
}

/// Looks up a lowercased token. `capitalised` says whether the original
/// token began with an upper-case letter: month, weekday and state
/// abbreviations only count in that form ("Wash." but not "wash.").
pub(crate) fn abbreviation(lower: &str, capitalised: bool) -> Option<AbbrevClass> {
    if let Some(class) = case_insensitive(lower) {
        return Some(class);
    }
    if capitalised && capitalised_only(lower) {
        return Some(AbbrevClass::General);
    }
    None
}

fn case_insensitive(lower: &str) -> Option<AbbrevClass> {
    use AbbrevClass::{Closing, General, Title};
    let class = match lower {
        // Titles and name prefixes.
        "mr" | "mrs" | "ms" | "mx" | "messrs" | "mme" | "mlle" | "dr" | "drs" | "prof" | "sen"
        | "sens" | "rep" | "reps" | "gov" | "govs" | "lt" | "gen" | "gens" | "col" | "capt"
        | "cpt" | "sgt" | "cmdr" | "cdr" | "adm" | "maj" | "brig" | "cpl" | "pvt" | "pres"
        | "rev" | "hon" | "fr" | "msgr" | "st" | "ste" | "mt" | "ft" | "supt" | "det" | "insp"
        | "atty" | "amb" | "gov't" | "lieut" | "comdr" | "sr" | "sra" | "srta" => Title,
        // Time, era and degree abbreviations close a phrase.
        "a.m" | "p.m" | "b.c" | "a.d" | "b.c.e" | "c.e" | "ph.d" | "m.d" | "m.b.a" | "ll.m"
        | "ll.b" | "ll.d" | "j.d" | "d.d.s" | "b.a" | "m.a" | "b.s" | "m.s" | "b.sc" | "m.sc"
        | "d.phil" | "ed.d" | "r.n" | "jr" | "esq" => Closing,
        // Companies, references, Latin, places and miscellany.
        "inc" | "co" | "corp" | "ltd" | "bros" | "assn" | "assoc" | "dept" | "univ" | "inst"
        | "est" | "approx" | "etc" | "vs" | "v" | "al" | "cf" | "ca" | "ave" | "blvd" | "rd"
        | "hwy" | "pkwy" | "no" | "nos" | "vol" | "vols" | "p" | "pp" | "fig" | "figs" | "ch"
        | "chap" | "art" | "sec" | "secs" | "para" | "ed" | "eds" | "op" | "ibid" | "max"
        | "misc" | "ref" | "tel" | "ext" | "dist" | "div" | "intl" | "natl" | "govt" | "mfg"
        | "pct" | "e.g" | "i.e" | "n.b" | "u.s" | "u.s.a" | "u.k" | "u.n" | "e.u" | "d.c"
        | "n.y" | "l.a" | "a.k.a" | "r.s.v.p" | "viz" | "nr" | "dep" | "mgr" | "asst" | "dir" => {
            General
        }
        _ => return None,
    };
    Some(class)
}

fn capitalised_only(lower: &str) -> bool {
    matches!(
        lower,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "ala"
            | "ariz"
            | "ark"
            | "calif"
            | "colo"
            | "conn"
            | "del"
            | "fla"
            | "ga"
            | "ill"
            | "ind"
            | "kan"
            | "kans"
            | "ky"
            | "la"
            | "md"
            | "mass"
            | "mich"
            | "minn"
            | "miss"
            | "mo"
            | "mont"
            | "neb"
            | "nebr"
            | "nev"
            | "okla"
            | "ore"
            | "oreg"
            | "pa"
            | "penn"
            | "tenn"
            | "tex"
            | "va"
            | "vt"
            | "wash"
            | "wis"
            | "wisc"
            | "wyo"
            | "alta"
            | "ont"
            | "que"
            | "sask"
            | "man"
    )
}

/// Units that are abbreviations only right after a number ("5 ft.", "8 oz.").
pub(crate) fn unit(lower: &str) -> bool {
    matches!(
        lower,
        "lb" | "lbs"
            | "oz"
            | "ft"
            | "in"
            | "mi"
            | "yd"
            | "yds"
            | "gal"
            | "qt"
            | "pt"
            | "sq"
            | "fl"
            | "cu"
            | "hr"
            | "hrs"
            | "min"
            | "mins"
            | "sec"
            | "secs"
            | "mo"
            | "mos"
            | "yr"
            | "yrs"
            | "wk"
            | "wks"
            | "tbsp"
            | "tsp"
            | "doz"
            | "cal"
    )
}

/// Words that commonly begin an English sentence. After an abbreviation, a
/// capitalised word from this list is taken as the start of a new sentence;
/// any other capitalised word is taken as a name continuing the phrase
/// ("the U.S. Government", "Mt. Fuji").
pub(crate) fn sentence_starter(word: &str) -> bool {
    determiner_starter(word)
        || pronoun_starter(word)
        || preposition_starter(word)
        || conjunction_starter(word)
        || wh_word_starter(word)
        || verb_starter(word)
        || connective_starter(word)
        || adverb_starter(word)
}

/// Determiners, quantifiers and possessives that begin a sentence.
fn determiner_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "All"
            | "An"
            | "Another"
            | "Any"
            | "Both"
            | "Each"
            | "Either"
            | "Every"
            | "Few"
            | "Her"
            | "His"
            | "Its"
            | "Many"
            | "Most"
            | "Much"
            | "My"
            | "Neither"
            | "No"
            | "Other"
            | "Our"
            | "Several"
            | "Some"
            | "Such"
            | "That"
            | "The"
            | "Their"
            | "These"
            | "This"
            | "Those"
            | "Your"
    )
}

/// Personal pronouns that begin a sentence.
fn pronoun_starter(word: &str) -> bool {
    matches!(word, "He" | "I" | "It" | "She" | "They" | "We" | "You")
}

/// Prepositions that begin a sentence (some also subordinators: "After",
/// "As", "Before", "Since", "Until").
fn preposition_starter(word: &str) -> bool {
    matches!(
        word,
        "After"
            | "Among"
            | "As"
            | "At"
            | "Before"
            | "By"
            | "Despite"
            | "During"
            | "For"
            | "From"
            | "In"
            | "Of"
            | "On"
            | "Since"
            | "To"
            | "Under"
            | "Unlike"
            | "Until"
            | "With"
            | "Without"
    )
}

/// Conjunctions and subordinators that begin a sentence.
fn conjunction_starter(word: &str) -> bool {
    matches!(
        word,
        "Although"
            | "And"
            | "Because"
            | "But"
            | "If"
            | "Nor"
            | "Once"
            | "Or"
            | "So"
            | "Though"
            | "Whether"
            | "While"
            | "Yet"
    )
}

/// Question and relative words that begin a sentence.
fn wh_word_starter(word: &str) -> bool {
    matches!(
        word,
        "How" | "What" | "When" | "Where" | "Which" | "Who" | "Why"
    )
}

/// Auxiliary and modal verbs (a question, an inversion) and the imperative
/// openers "Let" and "Please".
fn verb_starter(word: &str) -> bool {
    matches!(
        word,
        "Can"
            | "Could"
            | "Did"
            | "Do"
            | "Does"
            | "Had"
            | "Has"
            | "Have"
            | "Is"
            | "Let"
            | "Please"
            | "Should"
            | "Was"
            | "Were"
            | "Would"
    )
}

/// Connective adverbs that begin a sentence by linking it to the last.
fn connective_starter(word: &str) -> bool {
    matches!(
        word,
        "Also"
            | "Further"
            | "Furthermore"
            | "Hence"
            | "However"
            | "Indeed"
            | "Instead"
            | "Meanwhile"
            | "Moreover"
            | "Nevertheless"
            | "Therefore"
            | "Thus"
    )
}

/// Adverbs of time, place, focus and negation that begin a sentence.
fn adverb_starter(word: &str) -> bool {
    matches!(
        word,
        "Again"
            | "Earlier"
            | "Even"
            | "Here"
            | "Just"
            | "Later"
            | "Never"
            | "Next"
            | "Not"
            | "Now"
            | "Only"
            | "Perhaps"
            | "Still"
            | "Then"
            | "There"
            | "Today"
            | "Tomorrow"
            | "Yesterday"
    )
}

/// Day and month names, written out or abbreviated, as they follow a time
/// of day ("at 3 a.m. Sunday", "at 9 p.m. Jan. 5").
pub(crate) fn date_word(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
    )
}

/// Prepositions that open a fronted adverbial ("At 5 a.m.", "In 44 B.C."):
/// a clause that starts with one is not finished by a closing abbreviation.
pub(crate) fn fronting_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "at" | "on"
            | "in"
            | "by"
            | "around"
            | "about"
            | "after"
            | "before"
            | "until"
            | "till"
            | "from"
            | "since"
            | "during"
            | "near"
            | "circa"
            | "toward"
            | "towards"
            | "within"
            | "past"
    )
}

/// Words a line cannot end a sentence or headline with: a line break after
/// one is a wrap inside a sentence.
pub(crate) fn function_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "and"
            | "or"
            | "but"
            | "for"
            | "with"
            | "by"
            | "on"
            | "at"
            | "from"
            | "that"
            | "as"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "than"
            | "into"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "which"
            | "who"
            | "whose"
            | "this"
            | "these"
            | "those"
            | "said"
            | "says"
            | "will"
            | "would"
            | "could"
            | "should"
            | "not"
            | "about"
            | "over"
            | "under"
            | "after"
            | "before"
            | "per"
            | "if"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_differ_by_behaviour() {
        assert_eq!(abbreviation("dr", true), Some(AbbrevClass::Title));
        assert_eq!(abbreviation("u.s", true), Some(AbbrevClass::General));
        assert_eq!(abbreviation("p.m", false), Some(AbbrevClass::Closing));
        assert_eq!(abbreviation("harbor", false), None);
    }

    #[test]
    fn capitalised_only_entries_need_a_capital() {
        assert_eq!(abbreviation("wash", true), Some(AbbrevClass::General));
        assert_eq!(abbreviation("wash", false), None);
    }
}
