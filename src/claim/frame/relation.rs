//! The relation rules of a frame (see `read.rs`): how the figure stands
//! to the whole it is counted against — a total, an increment ("another
//! 12", "five more"), a subset ("including three children", "two of those
//! killed", "the first two", the rest of a group) or a share ("two-thirds
//! of the Senate", a percentage).

use crate::claim::cues;
use crate::claim::frame::model::{Frame, FrameSpans, PredicateClass, Relation};
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::figure::{Figure, FigureKind};
use crate::text::Token;

impl Reader<'_, '_> {
    /// The frame's relation: a relation word before the figure or in its
    /// head phrase; "all"/"both" make a partitive whole; a fraction "of"
    /// something and a percentage (not a change) are shares.
    pub(super) fn relation(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        figure: &Figure,
        (a, b): (usize, usize),
        np: &HeadPhrase,
    ) {
        let kind = figure.kind;
        let relation = self
            .relation_before(a)
            .or_else(|| {
                (kind == FigureKind::Count)
                    .then(|| self.listed_after_including(a))
                    .flatten()
            })
            .or_else(|| {
                (kind == FigureKind::Count)
                    .then(|| self.first_of(a))
                    .flatten()
                    .map(|at| (Relation::Subset, at))
            })
            .or_else(|| self.remainder((a, b)).map(|at| (Relation::Subset, at)))
            .or(np.relation)
            .or_else(|| self.rest_after(b).map(|at| (Relation::Subset, at)))
            .or_else(|| self.besides((a, b)).map(|at| (Relation::Subset, at)))
            .or_else(|| self.one_and_one((a, b)).map(|at| (Relation::Subset, at)))
            .or_else(|| {
                (kind == FigureKind::Count)
                    .then(|| {
                        self.along_with(a, np, self.tokens.len())
                            .or_else(|| self.as_well(np, self.tokens.len()))
                    })
                    .flatten()
                    .map(|at| (Relation::Subset, at))
            });
        // "killed two people before killing himself": the others.
        let relation = relation.or_else(|| {
            (frame.predicate_class() == Some(PredicateClass::Die))
                .then(|| self.own_death_after((a, b)))
                .flatten()
                .map(|at| (Relation::Subset, at))
        });
        // "a deckhand drowned and nine more were hurt": besides those of
        // another event, the whole of its own.
        let relation = relation.filter(|&(r, _)| {
            r != Relation::Increment || !self.besides_another_event(a, frame.predicate_class())
        });
        if let Some((r, at)) = relation {
            frame.relation = r;
            spans.relation = Some(self.tokens[at].span());
        }
        // "all five of the victims", "both of them": the whole.
        if frame.relation == Relation::Subset
            && (a.saturating_sub(1)..b).any(|i| matches!(self.tokens[i].lower(), "all" | "both"))
        {
            frame.relation = Relation::Total;
            spans.relation = None;
        }
        // "two-thirds of the Senate", "half of the homes": a share.
        let fraction = figure.value.is_some_and(|v| v > 0.0 && v < 1.0);
        if np.of && fraction && matches!(kind, FigureKind::Count | FigureKind::Multiplier) {
            frame.relation = Relation::Share;
        }
        let change = frame.predicate_class() == Some(PredicateClass::Change);
        if kind == FigureKind::Percent && !change {
            frame.relation = Relation::Share;
        }
    }

    /// Whether "more" or "another" at a count whose event is of class
    /// `own` (before token `a`) adds to those of another event told before
    /// it in the sentence, and to none of its own: "a deckhand drowned and
    /// nine more were hurt", "left two dead and another four injured" (the
    /// nine and the four are all the hurt), not "two were hurt Friday and
    /// five more Saturday". Being shot and being hurt are one event here:
    /// "five were shot and two more wounded" keeps its increment.
    fn besides_another_event(&self, a: usize, own: Option<PredicateClass>) -> bool {
        use PredicateClass as P;
        let family = |c: P| match c {
            P::Shoot | P::Injure => P::Injure,
            c => c,
        };
        let Some(own) = own.filter(|&c| c != P::Other).map(family) else {
            return false;
        };
        let mut other = false;
        for t in &self.tokens[..a] {
            if !t.is_word() {
                continue;
            }
            let class = words::state_word(t.lower()).or_else(|| {
                t.is_verb()
                    .then(|| words::verb_class(t.lemma(crate::text::Pos::Verb)).map(|(c, _)| c))
                    .flatten()
            });
            match class.filter(|&c| c != P::Other).map(family) {
                Some(c) if c == own => return false,
                Some(_) => other = true,
                None => {}
            }
        }
        other
    }

    /// A relation word just before the figure: "another 12", "including
    /// 50", "among them 3", "of whom 4"; a whole fronted before the clause:
    /// "Of the victims, three were children", also with no comma after a
    /// count ("of the three dead one was the gunman").
    fn relation_before(&self, a: usize) -> Option<(Relation, usize)> {
        if let Some(f) = self.fronted(a)
            && self.tokens[f].lower() == "of"
            && self.partitive(f + 1)
        {
            return Some((Relation::Subset, f));
        }
        if let Some(f) = self.counted_whole_before(a) {
            return Some((Relation::Subset, f));
        }
        let start = self.clause_start(a, 1);
        (start.max(a.saturating_sub(3))..a).rev().find_map(|i| {
            let lower = self.tokens[i].lower();
            if words::increment_before(lower) {
                Some((Relation::Increment, i))
            } else if words::subset_before(lower) && !(lower == "among" && i + 1 == a) {
                // "among five people shot": the five are the whole.
                Some((Relation::Subset, i))
            } else {
                None
            }
        })
    }

    /// "of the three dead" right before the figure at token `a`, a word or
    /// two after the count, opening its clause (after a comma, "and" or
    /// nothing): the whole it is part of. The token of "of". Not "in the
    /// wake of the two shootings 14 ...", nor a year ("of the 2020 season").
    fn counted_whole_before(&self, a: usize) -> Option<usize> {
        let count = |n: &Token<'_>| {
            let digits = n.text().len() < 4 && n.text().bytes().all(|c| c.is_ascii_digit());
            cues::number_word(n.lower()) || digits
        };
        // Words that describe the whole, no verb of a clause: "dead",
        // "injured", "people".
        let describing = |t: &Token<'_>| {
            t.is_word()
                && !t.has_digit()
                && (t.is_noun() || !t.is_verb() || words::state_word(t.lower()).is_some())
        };
        (a.saturating_sub(5)..a.saturating_sub(2)).find(|&i| {
            let opens = i == 0 || {
                let t = &self.tokens[i - 1];
                !t.is_word() || matches!(t.lower(), "and" | "but")
            };
            opens
                && self.tokens[i].lower() == "of"
                && matches!(self.tokens[i + 1].lower(), "the" | "those" | "these")
                && self.word(i + 2).is_some_and(count)
                && self.tokens[i + 3..a].iter().all(describing)
        })
    }

    /// "the first" or "the last" right before the count at token `a`
    /// ("the first three cashiers she robbed"): some of a larger whole, in order.
    /// The token of "first" or "last".
    fn first_of(&self, a: usize) -> Option<usize> {
        let at = a.checked_sub(1)?;
        (at > 0
            && matches!(self.tokens[at].lower(), "first" | "last")
            && self.tokens[at - 1].lower() == "the")
            .then_some(at)
    }

    /// "including" before a list the count at token `a` is a later item
    /// of ("Seven people, including two senators, two park rangers
    /// and an aide, were hurt"): every item is a part. The list holds
    /// words that are no verbs, numbers, commas and "and", a dozen tokens
    /// at most.
    fn listed_after_including(&self, a: usize) -> Option<(Relation, usize)> {
        // An item ends at a comma or "and"; "... and two (men) were
        // arrested" is a clause of its own.
        for t in self.tokens[a + 1..].iter().take(6) {
            if t.is(',') || matches!(t.lower(), "and" | "or") {
                break;
            }
            if !t.is_word() {
                return None;
            }
            if words::tells_event(t) {
                return None;
            }
        }
        let mut i = a;
        let mut commas = 0;
        while i > 0 && a - i < 12 {
            i -= 1;
            let t = &self.tokens[i];
            if self.breaks(i) {
                return None;
            }
            if t.is(',') {
                commas += 1;
                continue;
            }
            if !t.is_word() {
                return None;
            }
            let lower = t.lower();
            if lower == "including" {
                return (commas > 0).then_some((Relation::Subset, i));
            }
            // A verb, a state ("dead") or a pronoun subject ("the
            // charities they fund with grants") ends the list.
            if t.is_verb() && !t.is_noun()
                || words::state_word(lower).is_some()
                || matches!(
                    lower,
                    "who" | "which" | "that" | "but" | "they" | "he" | "she" | "we" | "it" | "i"
                )
            {
                return None;
            }
        }
        None
    }
}
