//! A verb left out after its first use: "one hit in the shoulder, and two
//! in the knee", "shot in the left hip, twice in the arm and once in the
//! thigh". A figure with no verb of its own, followed by where on the body,
//! takes the verb of harm an earlier part of its sentence used the same
//! way; a count of body parts after "in" takes the verb before it ("shot
//! in both feet").

use crate::claim::cues;
use crate::claim::frame::model::{PredicateClass, Voice};
use crate::claim::frame::predicate::{Against, Found, Resolved, past_form};
use crate::claim::reader::Reader;
use crate::text::{Pos, is_body_part};

/// How far back the verb may be, in tokens.
const ELLIPSIS_REACH: usize = 24;

impl Reader<'_, '_> {
    /// The verb of harm left out before "in" + a part of the body after
    /// the figure ending at token `b`, from the earlier part of the
    /// sentence before the figure at `a` ("hit in the shoulder"); or, for a
    /// count of body parts after "in", the verb right before it ("shot in
    /// both feet").
    pub(super) fn elided_verb(&self, a: usize, b: usize, on: Against<'_>) -> Option<Resolved> {
        // "shot in both feet": the parts of the body the verb hit.
        if a >= 2 && self.body_part_after(a - 1) {
            let t = &self.tokens[a - 2];
            let hit = (t.is_verb() && past_form(t))
                .then(|| self.resolved(Found::at(a - 2, Voice::Passive), on))
                .filter(harm);
            if hit.is_some() {
                return hit;
            }
        }
        if !self.body_part_after(b) && !self.other_part_after(b, a) {
            return None;
        }
        (a.saturating_sub(ELLIPSIS_REACH)..a)
            .rev()
            .filter(|&v| {
                let t = &self.tokens[v];
                // "shot in the back", "shot twice in the left arm", "hit four
                // times in the chest"
                let at = self.times_end(v + 1).unwrap_or(v + 1);
                t.is_verb() && past_form(t) && self.body_part_after(at)
            })
            .map(|v| self.resolved(Found::at(v, Voice::Passive), on))
            .find(harm)
    }

    /// Whether token `i` opens "in the other", the other of a part of the
    /// body named before the figure at `a` ("twice in the left arm, once
    /// in the other").
    fn other_part_after(&self, i: usize, a: usize) -> bool {
        let other = self.word(i).is_some_and(|t| t.lower() == "in")
            && self.word(i + 1).is_some_and(|t| t.lower() == "the")
            && self.word(i + 2).is_some_and(|t| t.lower() == "other");
        other && (a.saturating_sub(ELLIPSIS_REACH)..a).any(|j| self.body_part_after(j))
    }

    /// Whether token `i` opens "in" + a part of the body: "in the leg", "in
    /// her left hip", "in one arm"; not a place named after one ("in
    /// the back of the bus").
    fn body_part_after(&self, i: usize) -> bool {
        if self.word(i).is_none_or(|t| t.lower() != "in") {
            return false;
        }
        let part = (i + 1..i + 5).find(|&j| {
            self.word(j).is_none_or(|t| {
                let lower = t.lower();
                !cues::attributive_determiner(lower)
                    && !matches!(
                        lower,
                        "one" | "each" | "both" | "two" | "right" | "left" | "upper" | "lower"
                    )
            })
        });
        part.is_some_and(|j| {
            self.word(j)
                .is_some_and(|t| is_body_part(t.lemma(Pos::Noun)))
                && self.word(j + 1).is_none_or(|t| t.lower() != "of")
        })
    }
}

/// Whether a verb found does harm to the body.
fn harm(r: &Resolved) -> bool {
    matches!(r.class, PredicateClass::Shoot | PredicateClass::Injure)
}
