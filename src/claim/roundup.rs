//! Roundups: documents that tell several separate incidents ("Two people
//! were killed and five hurt in four separate shootings overnight", "In
//! an unrelated shooting, ..."). A count in such a document that neither
//! sums nor counts them may be any one incident's, so it may agree with
//! another source's count, never conflict with it
//! ([`Claim::among_incidents`]).
//!
//! The document is scanned once, before its first claim is handed out:
//! an automaton finds the incident nouns, and the crate's tokenizer reads
//! the few words around each.
//!
//! [`Claim::among_incidents`]: crate::Claim::among_incidents

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::claim::Claim;
use crate::claim::context::{incident, incident_stems, incidents};
use crate::claim::cues;
use crate::claim::frame::incident_noun;
use crate::text::{Token, tokenize};

/// The stems of the incident nouns (`context::incident_stems`) in lower
/// case, capitalised and in capitals: spelled out rather than matched in
/// any case, which keeps the automaton's fast prefilter (the scan reads
/// every byte of every document).
static NOUNS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let forms = incident_stems().flat_map(|stem| {
        let mut capitalised = stem.to_string();
        capitalised[..1].make_ascii_uppercase();
        [stem.to_string(), capitalised, stem.to_ascii_uppercase()]
    });
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(forms)
        .ok()
});

/// How many bytes before and after an incident noun are read.
const REACH: usize = 48;

/// Whether `claim`, of a document that is a roundup or not (`roundup`),
/// is one of its incidents' counts: not a sum of them ("five hurt in
/// three shootings") nor a count of the incidents ("three separate
/// shootings").
pub(crate) fn among_incidents(roundup: bool, claim: &Claim) -> bool {
    roundup
        && !claim.several_events
        && !claim
            .frame
            .head
            .as_deref()
            .is_some_and(|h| incident(h) || incident_noun(h))
}

/// Whether `text` tells several separate incidents: an incident noun
/// after "separate" or "unrelated" ("in a separate shooting", "two
/// unrelated attacks"), or a plural one counted ("four shootings", "a
/// pair of stabbings", "three separate incidents") that is no tally of a
/// longer time ("the city's 41 shootings this year": other incidents told
/// for comparison, not told here). Counts of homicides and killings are
/// left out: a city's toll of them is told in most reports of one.
pub(crate) fn tells_several_incidents(text: &str) -> bool {
    let Some(nouns) = NOUNS.as_ref() else {
        return false;
    };
    nouns.find_iter(text).any(|m| {
        // Most mentions are of one incident ("the shooting"): only a
        // plural or a word of separation before it is read further.
        if !plural(text, m.end()) && !set_apart(text, m.start()) {
            return false;
        }
        let from = floor_boundary(text, m.start().saturating_sub(REACH));
        let to = ceil_boundary(text, (m.end() + REACH).min(text.len()));
        let tokens = tokenize(&text[from..to]);
        tokens
            .iter()
            .position(|t| t.span().start + from == m.start())
            .is_some_and(|i| several_told(&tokens, i))
    })
}

/// Whether the word whose letters run on from byte `end` ends in "s"
/// ("shootings", "robberies").
fn plural(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end..];
    let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    letters > 0 && rest[letters - 1].eq_ignore_ascii_case(&b's')
}

/// Whether "separate" or "unrelated" ends right before byte `start`
/// (spaces between).
fn set_apart(text: &str, start: usize) -> bool {
    let before = text.as_bytes()[..start].trim_ascii_end();
    [b"separate".as_slice(), b"unrelated"].iter().any(|w| {
        before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    })
}

/// Whether the incident noun at token `i` is one of several told.
fn several_told(tokens: &[Token<'_>], i: usize) -> bool {
    let noun = tokens[i].lower();
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(Token::lower);
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    if matches!(word(before), Some("separate" | "unrelated")) {
        return true;
    }
    let Some(one) = incidents(noun) else {
        return false;
    };
    if matches!(one, "homicide" | "killing") || tally_after(tokens, i + 1) {
        return false;
    }
    // "four separate shootings", "five weekend shootings"
    let count_at = if matches!(
        word(before),
        Some("separate" | "different" | "unrelated" | "overnight" | "weekend")
    ) {
        before.checked_sub(1)
    } else {
        Some(before)
    };
    count_at.is_some_and(|k| counted(tokens, k))
}

/// Whether token `k` counts several: a number word, a number from 2 to
/// 99 that is no part of a date ("the Sept. 11 attacks", "the 9/11
/// attacks"), "several", or "pair", "series", "string", "spate" or
/// "rash" before "of".
fn counted(tokens: &[Token<'_>], k: usize) -> bool {
    let t = &tokens[k];
    let lower = t.lower();
    let digits = !lower.is_empty() && lower.len() <= 2 && lower.bytes().all(|c| c.is_ascii_digit());
    if digits {
        return lower.parse::<u8>().is_ok_and(|n| n >= 2) && !cues::day_of_date(tokens, k);
    }
    if lower == "of" {
        return k > 0
            && matches!(
                tokens[k - 1].lower(),
                "pair" | "series" | "string" | "spate" | "rash"
            );
    }
    t.is_word() && (cues::number_word(lower) || lower == "several")
}

/// Whether the words from token `k` date a count to a longer time ("this
/// year", "so far", "since January", "last month", "in 2016").
fn tally_after(tokens: &[Token<'_>], k: usize) -> bool {
    let lower = |k: usize| tokens.get(k).map_or("", Token::lower);
    match lower(k) {
        "this" | "so" | "since" | "last" | "year" | "annually" => true,
        "in" => {
            let next = lower(k + 1);
            next.len() == 4 && next.bytes().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The largest character boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::tells_several_incidents;

    #[test]
    fn roundups_name_several_incidents() {
        for text in [
            "Two men were hurt in three separate shootings on the east side overnight.",
            "In an unrelated shooting, a woman was grazed on Pell Street.",
            "Police are looking into a pair of stabbings near the Dunmore depot.",
            "FIVE SHOOTINGS OVER THE WEEKEND LEAVE TWO DEAD",
            "Crews answered 4 crashes on Route 9 after the sleet began.",
            "Detectives linked two robberies on Ash Lane to one crew.",
            "Deputies tied three burglaries on Fenn Road to one man.",
            "The second attack came an hour later. Officers said the two attacks were linked.",
        ] {
            assert!(tells_several_incidents(text), "{text}");
        }
    }

    #[test]
    fn one_incident_and_tallies_are_no_roundup() {
        for text in [
            "Four people were wounded at a Dunmore block party late Saturday.",
            "It was the city's 41st shooting this year.",
            "The city has recorded 41 shootings this year, police said.",
            "There have been 12 homicides in Tessaly so far.",
            "Three killings in the county remain unsolved.",
            "The memorial marks the Sept. 11 attacks.",
            "Relatives may now sue over the 9/11 attacks, a court ruled.",
            "That shooting, the club's second, left one attacker on the run.",
            "",
            "é shootings ü",
        ] {
            assert!(!tells_several_incidents(text), "{text}");
        }
    }
}
