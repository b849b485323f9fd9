//! Unit tests of the cue lists: inflected forms reach their lemmas.

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
