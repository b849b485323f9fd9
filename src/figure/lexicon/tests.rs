//! Unit tests of the word lexicon.

use super::measures::{CURRENCY_WORDS, SHARED_CURRENCY};
use super::*;
use crate::figure::currency;

#[test]
fn knows_number_words_and_roles() {
    assert_eq!(lookup("seventy").and_then(|e| e.card), Some(Card::Tens(70)));
    assert_eq!(
        lookup_raw("Million").and_then(|e| e.card),
        Some(Card::Scale(1e6))
    );
    assert!(lookup("millions").is_some_and(|e| e.plural));
    assert_eq!(
        lookup("fifths").and_then(|e| e.ord),
        Some((Card::Unit(5), true))
    );
    assert_eq!(
        lookup("tripled").and_then(|e| e.mult),
        Some((3.0, MultForm::Inflected))
    );
    assert_eq!(lookup("km").and_then(|e| e.unit).map(|u| u.sym), Some("km"));
    assert!(lookup("march").is_some_and(|e| e.has(MONTH) && e.has(MONTH_AMBIGUOUS)));
    assert!(lookup_raw("zebra").is_none());
}

#[test]
fn lists_every_shared_currency() {
    for w in SHARED_CURRENCY {
        if w != "pound" {
            assert!(currency::word(w).is_some_and(|c| c.iso.is_none()), "{w}");
        }
    }
    for w in CURRENCY_WORDS {
        assert!(currency::word(w).is_some(), "{w}");
    }
}
