//! Function words of the figure's noun phrase and clause: what ends a
//! noun phrase, determiners, modifiers of a figure, appositive and
//! partitive links, relative pronouns and subordinators.

/// Words that end a figure's noun phrase: prepositions, determiners,
/// auxiliaries, conjunctions, pronouns.
pub(crate) fn ends_noun_phrase(lower: &str) -> bool {
    preposition(lower)
        || determiner_word(lower)
        || auxiliary(lower)
        || pronoun_word(lower)
        || clause_word(lower)
}

/// Present participles that work as prepositions ("including two
/// children", "according to police", "following the crash").
pub(crate) fn preposition_participle(lower: &str) -> bool {
    matches!(
        lower,
        "including"
            | "excluding"
            | "according"
            | "following"
            | "regarding"
            | "concerning"
            | "considering"
            | "pending"
            | "notwithstanding"
    )
}

/// Prepositions (and `than`, `as`) that end a figure's noun phrase.
fn preposition(lower: &str) -> bool {
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
            | "inside"
            | "outside"
            | "behind"
            | "beside"
            | "throughout"
    )
}

/// Determiners and possessives that end a figure's noun phrase: more
/// than [`determiner`] allows before a multiplier's object (`these`,
/// `those`, `each`, `every`).
fn determiner_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
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
            | "each"
            | "every"
    )
}

/// Auxiliary and modal verbs that end a figure's noun phrase.
fn auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
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
    )
}

/// Pronouns (personal, relative, interrogative) and `where`, which end a
/// figure's noun phrase.
fn pronoun_word(lower: &str) -> bool {
    matches!(
        lower,
        "who" | "which" | "what" | "it" | "they" | "we" | "he" | "she" | "whose" | "where"
    )
}

/// Conjunctions, negations and the adverbs `annually` and `even`, which
/// end a figure's noun phrase.
fn clause_word(lower: &str) -> bool {
    matches!(
        lower,
        "and"
            | "or"
            | "but"
            | "annually"
            | "if"
            | "when"
            | "while"
            | "because"
            | "so"
            | "not"
            | "no"
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

/// Relative pronouns that open a relative clause ("the chief, who took
/// office in May, said ...").
pub(crate) fn relative_pronoun(lower: &str) -> bool {
    matches!(lower, "who" | "which" | "whose" | "whom" | "where")
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
