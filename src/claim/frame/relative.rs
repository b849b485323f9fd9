//! Object relatives: the counted thing is the object of a clause right
//! after its head phrase ("14 measures that the mayor can order", "nine
//! orders she signed without the council", "two men detectives are trying
//! to interview"). Subject relatives ("three women who were visiting") are
//! read with the subject's verb (`predicate.rs`).

use crate::claim::cues;
use crate::claim::frame::model::Voice;
use crate::claim::frame::predicate::{Found, past_form};
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::text::Pos;

/// How many words the relative's own subject may take ("the president",
/// "Chattanooga police").
const SUBJECT_WORDS: usize = 3;

/// How many auxiliaries, modals and verbs of trying may stand between the
/// relative's subject and its verb ("are trying to", "can").
const LINK_WORDS: usize = 4;

/// Pronouns that may be a relative clause's subject.
fn subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i" | "you")
}

impl Reader<'_, '_> {
    /// The verb of an object relative right after a head phrase ending at
    /// `from`: "that" or "which" (or nothing), a short subject (a pronoun,
    /// or a determiner and nouns or names), auxiliaries, then a verb
    /// whose object is missing: the head. Not a verb of being, saying or
    /// amount ("two men police said were shot": the event is told later),
    /// nor one followed by an object of its own.
    pub(super) fn object_relative(&self, from: usize, end: usize) -> Option<Found> {
        let mut i = from;
        if self
            .word(i)
            .is_some_and(|t| matches!(t.lower(), "that" | "which" | "whom"))
        {
            i += 1;
        }
        i = self.relative_subject(i, end)?;
        let (mut links, mut auxiliary) = (0, false);
        while i < end && links < LINK_WORDS {
            let t = self.word(i)?;
            let lower = t.lower();
            if words::passive_auxiliary(lower) {
                // A form of "be" makes a passive or an -ing form: no gap
                // ("are trying to question" aside).
                auxiliary |= !matches!(lower, "has" | "have" | "had") && !self.trying_to(i + 1);
                i += 1;
            } else if cues::modal(lower) || words::verb_filler(lower) {
                i += 1;
            } else if self.trying_to(i) {
                i += 2;
            } else {
                break;
            }
            links += 1;
        }
        let t = self.word(i).filter(|_| i < end)?;
        let lemma = t.lemma(Pos::Verb);
        let inflected = past_form(t) || lemma != t.lower();
        // (A passive or a verb that takes no object has no gap: "the three
        // weeks the bridge was closed", "30 seconds they ran back".)
        if !t.is_verb()
            || t.lower().ends_with("ing")
            || !(inflected || links > 0)
            || auxiliary
            || words::intransitive(lemma)
            || words::not_an_event(lemma)
        {
            return None;
        }
        // The gap: no object of its own after the verb.
        let object = self.word(i + 1).is_some_and(|n| {
            cues::attributive_determiner(n.lower())
                || n.has_digit()
                || n.is_noun() && !n.is_verb() && !cues::ends_noun_phrase(n.lower())
        });
        (!object).then_some(Found::at(i, Voice::Active))
    }

    /// Whether token `i` is a verb of trying or wanting before "to"
    /// ("trying to question").
    fn trying_to(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|v| matches!(v.lemma(Pos::Verb), "try" | "attempt" | "want" | "hope"))
            && self.word(i + 1).is_some_and(|n| n.lower() == "to")
    }

    /// Where a relative clause's subject starting at `i` ends: after a
    /// subject pronoun, or after a determiner and up to a few nouns or
    /// names. `None` when none starts there.
    fn relative_subject(&self, i: usize, end: usize) -> Option<usize> {
        let first = self.word(i).filter(|_| i < end)?;
        if subject_pronoun(first.lower()) {
            return Some(i + 1);
        }
        let determiner = matches!(first.lower(), "the" | "a" | "an" | "his" | "her");
        let start = i + usize::from(determiner);
        let mut j = start;
        while j < end && j < start + SUBJECT_WORDS {
            let Some(t) = self.word(j) else { break };
            let noun = t.is_noun() && !past_form(t) && !t.lower().ends_with("ing");
            if !(noun || t.capitalised()) || cues::ends_noun_phrase(t.lower()) {
                break;
            }
            j += 1;
        }
        // With no determiner, a plural or a name ("investigators",
        // "Chattanooga police"): a singular noun is more often the noun a
        // figure describes ("a six-hour standoff ended").
        let last = self.word(j.checked_sub(1)?)?;
        let bare_ok = determiner || last.is_plural() || last.capitalised();
        (j > start && bare_ok).then_some(j)
    }
}
