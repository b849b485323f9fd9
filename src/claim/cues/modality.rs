//! Modality cues and speech verbs: targets, projections and negations,
//! earlier accounts, contrast, and the verbs and nouns that name who
//! asserts a sentence's claims.

use std::sync::LazyLock;

use crate::text::{FormSet, Pos, Token, inflections};

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
static CUE_FORMS: LazyLock<FormSet> = LazyLock::new(|| {
    let all: Vec<&str> = [TARGET, PROJECTION, NEGATION].concat();
    FormSet::new(inflections(&all))
});

/// The modality cue a word gives, if any, by its verb lemma or its noun
/// lemma ("hopes", "hoped" and "hoping" give "hope"; "goals" gives "goal").
pub(crate) fn modality_cue(t: &Token<'_>) -> Option<Cue> {
    if !CUE_FORMS.holds(t) {
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
pub(super) const EARLIER_CUES: &[&str] = &["initially", "originally", "earlier", "previously"];

/// Adjectives of an early report ("initial reports", "preliminary
/// figures").
pub(crate) fn early_report(lower: &str) -> bool {
    EARLY_REPORTS.contains(&lower)
}

/// See [`early_report`].
pub(super) const EARLY_REPORTS: &[&str] = &["initial", "early", "earlier", "preliminary"];

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
static SOURCE_FORMS: LazyLock<FormSet> = LazyLock::new(|| {
    let all: Vec<&str> = [SAYING, REPORTING, WANTING].concat();
    FormSet::new(inflections(&all))
});

/// Whether a word, by its verb lemma, names who asserts the sentence's
/// claims ("wrote" gives "write", "tallied" gives "tally").
pub(crate) fn source_verb(t: &Token<'_>) -> Option<Source> {
    if !SOURCE_FORMS.holds(t) {
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
