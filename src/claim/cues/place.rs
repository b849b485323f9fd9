//! Place words: modifiers and adverbs of place, place nouns that go with a
//! proper name, and the nouns that end a jurisdiction's name.

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
