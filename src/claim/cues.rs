//! Closed word lists of the claim rules: function words, modality cues,
//! speech verbs, time words. Everything here is a property of English, not
//! of a domain; domain vocabulary lives in the lexicon.

use std::sync::LazyLock;

use crate::text::{Pos, Token, WordSet, inflections};

/// Words that end a figure's noun phrase: prepositions, determiners,
/// auxiliaries, conjunctions, pronouns.
pub(crate) fn ends_noun_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "on"
            | "for"
            | "from"
            | "by"
            | "with"
            | "to"
            | "into"
            | "during"
            | "over"
            | "since"
            | "per"
            | "across"
            | "than"
            | "as"
            | "a"
            | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "and"
            | "or"
            | "but"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "who"
            | "which"
            | "what"
            | "it"
            | "they"
            | "we"
            | "he"
            | "she"
            | "each"
            | "every"
            | "annually"
            | "under"
            | "after"
            | "before"
            | "until"
            | "through"
            | "toward"
            | "towards"
            | "against"
            | "among"
            | "between"
            | "if"
            | "when"
            | "while"
            | "because"
            | "so"
            | "not"
            | "no"
            | "whose"
            | "where"
            | "inside"
            | "outside"
            | "behind"
            | "beside"
            | "throughout"
            | "even"
    )
}

/// Determiners a multiplier's object may start with ("triple its workforce").
pub(crate) fn determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "its" | "their" | "his" | "her" | "our" | "a" | "an" | "this" | "that"
    )
}

/// Determiners before which a participle is an adjective, not a verb
/// ("the flooded basement", "their damaged homes"). Not "those" or
/// "these", which stand alone before a verb ("14 of those arrested").
pub(crate) fn attributive_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
    )
}

/// Words that may stand between a coordinator and a figure without
/// making a predicate of their own ("and another 12", "or about 300").
pub(crate) fn figure_modifier(lower: &str) -> bool {
    determiner(lower)
        || matches!(
            lower,
            "another"
                | "more"
                | "some"
                | "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "around"
                | "over"
                | "at"
                | "least"
                | "most"
                | "up"
                | "to"
                | "also"
                | "then"
                | "still"
                | "only"
                | "just"
        )
}

/// Nouns that only stand for another quantity: "double the pace",
/// "triple the number of".
pub(crate) fn transparent_noun(lower: &str) -> bool {
    matches!(
        lower,
        "pace"
            | "rate"
            | "number"
            | "numbers"
            | "level"
            | "levels"
            | "amount"
            | "total"
            | "figure"
            | "size"
            | "count"
            | "tally"
            | "average"
            | "share"
            | "proportion"
            | "percentage"
    )
}

/// Words between two figures that make the second an apposition of the
/// first ("..., down from 9%", "— triple what", "or about 12 a week",
/// "45 officers, not 60").
pub(crate) fn appositive_link(lower: &str) -> bool {
    matches!(
        lower,
        "not"
            | "down"
            | "up"
            | "from"
            | "compared"
            | "with"
            | "to"
            | "versus"
            | "vs"
            | "or"
            | "still"
            | "short"
            | "of"
            | "the"
            | "well"
            | "against"
            | "roughly"
            | "about"
            | "nearly"
            | "almost"
            | "some"
            | "around"
            | "just"
    )
}

/// Words that link a figure to a larger group on its left ("including 50",
/// "14 of them", "among them 3").
pub(crate) fn partitive(lower: &str) -> bool {
    matches!(
        lower,
        "including" | "among" | "of" | "them" | "those" | "which" | "whom"
    )
}

/// Where a modality cue points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Target,
    Projection,
    Negation,
}

/// Lemmas of target cues: goals, plans, demands.
const TARGET: &[&str] = &[
    "goal",
    "target",
    "quota",
    "plan",
    "aim",
    "want",
    "seek",
    "demand",
    "promise",
    "pledge",
    "vow",
    "order",
    "mandate",
    "intend",
    "intent",
    "must",
    "need",
    "require",
    "call",
    "ask",
    "recommend",
    "propose",
    "push",
    "hope",
    "objective",
    "benchmark",
    "threshold",
    "ambition",
];

/// Lemmas of projection cues.
const PROJECTION: &[&str] = &[
    "could",
    "may",
    "might",
    "will",
    "would",
    "expect",
    "forecast",
    "project",
    "predict",
    "likely",
    "anticipate",
    "estimate",
    "potentially",
    "possibly",
];

/// Lemmas of negation cues.
const NEGATION: &[&str] = &[
    "not", "n't", "never", "deny", "fail", "no", "neither", "nor",
];

/// Every form of a cue lemma: a word outside it is no cue, found without
/// lemmatizing it (the rules ask of many words).
static CUE_FORMS: LazyLock<WordSet> = LazyLock::new(|| {
    let all: Vec<&str> = [TARGET, PROJECTION, NEGATION].concat();
    inflections(&all)
});

/// The modality cue a word gives, if any, by its verb lemma or its noun
/// lemma ("hopes", "hoped" and "hoping" give "hope"; "goals" gives "goal").
pub(crate) fn modality_cue(t: &Token<'_>) -> Option<Cue> {
    if !CUE_FORMS.contains(t.lower()) {
        return None;
    }
    modality_lemma(t.lemma(Pos::Verb)).or_else(|| modality_lemma(t.lemma(Pos::Noun)))
}

fn modality_lemma(lemma: &str) -> Option<Cue> {
    if TARGET.contains(&lemma) {
        Some(Cue::Target)
    } else if PROJECTION.contains(&lemma) {
        Some(Cue::Projection)
    } else if NEGATION.contains(&lemma) {
        Some(Cue::Negation)
    } else {
        None
    }
}

/// Modal verbs: after a figure's noun phrase they make it the subject of a
/// projection or a requirement ("2,000 workers could lose their jobs").
pub(crate) fn modal(lower: &str) -> bool {
    matches!(
        lower,
        "could" | "may" | "might" | "will" | "would" | "must" | "should"
    )
}

/// Target cues that are a demand only with a complement: "asked for 400",
/// "calls for 2,000 beds", "asked the city to hire 40" — not "asked about
/// the 400 arrests" or "called the 400 arrests a disgrace".
pub(crate) fn needs_complement(t: &Token<'_>) -> bool {
    matches!(t.lemma(Pos::Verb), "ask" | "call")
}

/// Adverbs that mark an account as an earlier one ("police initially
/// said", "said earlier").
pub(crate) fn earlier_cue(lower: &str) -> bool {
    EARLIER_CUES.contains(&lower)
}

/// See [`earlier_cue`].
const EARLIER_CUES: &[&str] = &["initially", "originally", "earlier", "previously"];

/// Adjectives of an early report ("initial reports", "preliminary
/// figures").
pub(crate) fn early_report(lower: &str) -> bool {
    EARLY_REPORTS.contains(&lower)
}

/// See [`early_report`].
const EARLY_REPORTS: &[&str] = &["initial", "early", "earlier", "preliminary"];

/// Whether a sentence's text may hold an earlier account: one of the
/// words of [`earlier_cue`] or [`early_report`], capitalised or not (all
/// but the first letter is looked for). Checked once per sentence, so
/// that sentences without one pay nothing per figure.
pub(crate) fn may_recount(text: &str) -> bool {
    EARLIER_CUES
        .iter()
        .chain(EARLY_REPORTS)
        .any(|w| text.contains(&w[1..]))
}

/// Nouns of a report that may give a count ("reports", "estimates").
pub(crate) fn report_noun(lower: &str) -> bool {
    matches!(
        lower,
        "report" | "reports" | "count" | "counts" | "estimate" | "estimates" | "figures" | "tally"
    )
}

/// Words that open a contrasting assertion; modality cues before them do
/// not reach a figure after them.
pub(crate) fn contrast(lower: &str) -> bool {
    matches!(
        lower,
        "but" | "yet" | "although" | "though" | "whereas" | "however"
    )
}

/// How strongly a verb names the source of a sentence's claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Source {
    /// Verbs of saying: "said", "told", "wrote".
    Saying,
    /// Verbs of reporting or counting: "reported", "confirmed", "listed",
    /// "demanded".
    Reporting,
    /// Verbs of wanting or planning: "wants", "plans", "seeks". Their
    /// subject owns a goal, but a reporting verb names the source first
    /// ("the mayor demanded that crews seek to clear ...").
    Wanting,
}

/// Lemmas of verbs of saying.
const SAYING: &[&str] = &[
    "say", "tell", "state", "write", "add", "note", "declare", "warn", "insist", "testify",
    "argue", "explain", "tweet", "post", "boast", "admit",
];

/// Lemmas of verbs of reporting or counting.
const REPORTING: &[&str] = &[
    "announce",
    "report",
    "claim",
    "estimate",
    "demand",
    "confirm",
    "predict",
    "acknowledge",
    "disclose",
    "reveal",
    "indicate",
    "show",
    "count",
    "record",
    "list",
    "tally",
    "forecast",
    "project",
    "mark",
    "put",
];

/// Lemmas of verbs of wanting or planning.
const WANTING: &[&str] = &[
    "want", "plan", "seek", "aim", "promise", "pledge", "vow", "order", "expect",
];

/// Every form of a source verb (see [`CUE_FORMS`]).
static SOURCE_FORMS: LazyLock<WordSet> = LazyLock::new(|| {
    let all: Vec<&str> = [SAYING, REPORTING, WANTING].concat();
    inflections(&all)
});

/// Whether a word, by its verb lemma, names who asserts the sentence's
/// claims ("wrote" gives "write", "tallied" gives "tally").
pub(crate) fn source_verb(t: &Token<'_>) -> Option<Source> {
    if !SOURCE_FORMS.contains(t.lower()) {
        return None;
    }
    let lemma = t.lemma(Pos::Verb);
    if SAYING.contains(&lemma) {
        Some(Source::Saying)
    } else if REPORTING.contains(&lemma) {
        Some(Source::Reporting)
    } else if WANTING.contains(&lemma) {
        Some(Source::Wanting)
    } else {
        None
    }
}

/// Lower-case nouns that can name a speaker or actor ("the administration
/// reported", "officials said").
pub(crate) fn actor_noun(lower: &str) -> bool {
    matches!(
        lower,
        "administration"
            | "agency"
            | "official"
            | "officials"
            | "police"
            | "department"
            | "government"
            | "authorities"
            | "authority"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "forecasters"
            | "assessors"
            | "commissioners"
            | "volunteers"
            | "sheriff"
            | "mayor"
            | "governor"
            | "president"
            | "secretary"
            | "director"
            | "ministry"
            | "office"
            | "bureau"
            | "service"
            | "council"
            | "board"
            | "organizers"
            | "organisers"
            | "researchers"
            | "analysts"
            | "experts"
            | "data"
            | "records"
            | "dashboard"
            | "statement"
            | "report"
            | "union"
            | "company"
            | "county"
            | "city"
            | "state"
            | "clinics"
            | "hospital"
            | "hospitals"
            | "school"
            | "district"
            | "prosecutors"
            | "court"
            | "judge"
            | "aide"
            | "aides"
            | "leaders"
            | "staff"
            | "workers"
            | "managers"
            | "manager"
            | "chief"
            | "commissioner"
            | "coordinator"
            | "coroner"
            | "examiner"
            | "auditor"
            | "warden"
            | "clerk"
            | "inspector"
            | "superintendent"
            | "prosecutor"
    )
}

/// Personal pronouns that point back to the last speaker.
pub(crate) fn pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they")
}

/// The period a rate unit names ("a day", "daily").
pub(crate) fn period_word(lower: &str) -> Option<crate::claim::Period> {
    use crate::claim::Period;
    Some(match lower {
        "day" | "night" | "daily" | "nightly" | "24-hour" | "single-day" | "one-day" => Period::Day,
        "week" | "weekly" | "week's" => Period::Week,
        "month" | "monthly" => Period::Month,
        "year" | "yearly" | "annually" | "annual" | "annum" | "year's" => Period::Year,
        _ => return None,
    })
}

/// Weekday names: a window "on Saturday" is one day long.
pub(crate) fn weekday(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// Month names and their abbreviations (the table a window's months are
/// read from).
pub(crate) fn month(lower: &str) -> bool {
    crate::claim::when::month_number(lower).is_some()
}

/// Words after "a day", "a year" that make it a point in time, not a rate
/// ("a year ago", "a week earlier").
pub(crate) fn relative_time(lower: &str) -> bool {
    matches!(lower, "ago" | "earlier" | "later" | "prior" | "back")
}

/// Words of a window that make it a stretch of time without naming a
/// period ("over the weekend", "in the first 100 days", "throughout the
/// summer").
pub(crate) fn time_span(lower: &str) -> bool {
    matches!(
        lower,
        "weekend"
            | "morning"
            | "evening"
            | "night"
            | "afternoon"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "hour"
            | "hours"
            | "quarter"
            | "season"
            | "spring"
            | "summer"
            | "fall"
            | "winter"
    )
}

/// Relative pronouns that open a relative clause ("the chief, who took
/// office in May, said ...").
pub(crate) fn relative_pronoun(lower: &str) -> bool {
    matches!(lower, "who" | "which" | "whose" | "whom" | "where")
}

/// Small numbers in words, as they count units in a window ("in two
/// weeks", "over the past several months").
pub(crate) fn number_word(lower: &str) -> bool {
    matches!(
        lower,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "few"
            | "several"
            | "many"
    )
}

/// Words that open a time window ("since January 20", "in the first week").
pub(crate) fn window_opener(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "over"
            | "by"
            | "during"
            | "this"
            | "last"
            | "on"
            | "early"
            | "late"
            | "through"
            | "until"
            | "throughout"
            | "within"
            | "past"
            | "as"
    )
}

/// Words that may continue a time window.
pub(crate) fn window_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "first"
            | "last"
            | "past"
            | "next"
            | "just"
            | "single"
            | "of"
            | "a"
            | "an"
            | "all"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "quarter"
            | "fiscal"
            | "end"
            | "start"
            | "beginning"
            | "hours"
            | "hour"
            | "early"
            | "late"
            | "this"
            | "same"
            | "period"
            | "season"
            | "fall"
            | "spring"
            | "summer"
            | "winter"
            | "term"
    ) || weekday(lower)
        || month(lower)
        || period_word(lower).is_some()
}

/// Lower-case words that may stand before a place name ("in downtown
/// Portland", "across rural Oregon").
pub(crate) fn place_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "downtown"
            | "uptown"
            | "midtown"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "rural"
            | "suburban"
            | "coastal"
            | "upstate"
            | "greater"
    )
}

/// Place words that need no name ("nationwide").
pub(crate) fn place_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "nationwide"
            | "statewide"
            | "citywide"
            | "countywide"
            | "worldwide"
            | "globally"
            | "nationally"
            | "countrywide"
    )
}

/// Nouns that name a place together with a proper name ("the Eastside
/// line", "Main Street"), as they appear in text.
pub(crate) const PLACE_NOUNS: [&str; 16] = [
    " line",
    " route",
    " street",
    " road",
    " avenue",
    " boulevard",
    " highway",
    " island",
    " coast",
    " river",
    " district",
    " neighborhood",
    " corridor",
    " campus",
    " county",
    " ward",
];

/// Whether a lower-case word is a place noun (see [`PLACE_NOUNS`]).
pub(crate) fn place_noun(lower: &str) -> bool {
    PLACE_NOUNS.iter().any(|n| &n[1..] == lower)
}

/// Words that open a subordinate clause ("since the outbreak began").
pub(crate) fn subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "since"
            | "when"
            | "after"
            | "before"
            | "while"
            | "because"
            | "until"
            | "as"
            | "that"
            | "which"
            | "who"
            | "where"
            | "whereas"
            | "although"
            | "though"
            | "once"
    )
}

/// Nouns that end the name of a jurisdiction ("Larch County", "Kellan
/// City"): an actor so named is also a place.
pub(crate) fn jurisdiction(lower: &str) -> bool {
    matches!(
        lower,
        "county"
            | "city"
            | "state"
            | "town"
            | "village"
            | "province"
            | "country"
            | "parish"
            | "borough"
            | "township"
            | "district"
            | "region"
            | "republic"
            | "kingdom"
    )
}

/// Verbs whose subject only passes a figure on — says, confirms, lists,
/// counts it — rather than doing what is counted.
pub(crate) fn only_reports(t: &Token<'_>) -> bool {
    source_verb(t) == Some(Source::Saying)
        || matches!(
            t.lemma(Pos::Verb),
            "report"
                | "confirm"
                | "announce"
                | "list"
                | "record"
                | "count"
                | "tally"
                | "show"
                | "estimate"
                | "disclose"
                | "reveal"
                | "indicate"
                | "claim"
        )
}

#[cfg(test)]
mod tests {
    use super::{Cue, Source, modality_cue, source_verb};
    use crate::text::tokenize;

    fn first<T>(word: &str, f: impl Fn(&crate::text::Token<'_>) -> T) -> T {
        f(&tokenize(word)[0])
    }

    /// The lists hold lemmas; every inflection of a listed word must reach
    /// its entry through the lemmatizer.
    #[test]
    fn inflected_cues_reach_their_lemmas() {
        for word in [
            "said",
            "says",
            "told",
            "wrote",
            "writes",
            "added",
            "stated",
            "testified",
            "argued",
            "admitted",
        ] {
            assert_eq!(first(word, source_verb), Some(Source::Saying), "{word}");
        }
        for word in [
            "reported",
            "tallied",
            "tallies",
            "announced",
            "disclosed",
            "confirmed",
        ] {
            assert_eq!(first(word, source_verb), Some(Source::Reporting), "{word}");
        }
        for word in [
            "hope", "hopes", "hoped", "hoping", "plans", "planned", "aims", "pledged", "requires",
            "promised", "ordered", "goals", "sought",
        ] {
            assert_eq!(first(word, modality_cue), Some(Cue::Target), "{word}");
        }
        for word in [
            "expected",
            "forecasts",
            "projected",
            "estimated",
            "anticipates",
        ] {
            assert_eq!(first(word, modality_cue), Some(Cue::Projection), "{word}");
        }
        for word in ["denied", "denies", "failed", "never"] {
            assert_eq!(first(word, modality_cue), Some(Cue::Negation), "{word}");
        }
    }
}
