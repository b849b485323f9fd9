//! A figure as a part of a group (stories-and-frames.md §2): the rest of a
//! group already named ("the other five"), a count the rest follows ("one
//! died, the other two ..."), others besides someone named ("a night
//! guard and two others"), and the parts of the hurt (moved to care, in
//! one condition, found at a scene, died at a place).

use crate::claim::cues;
use crate::claim::frame::coordinate::number_token;
use crate::claim::frame::model::{Frame, FrameSpans, Predicate, PredicateClass, Relation, Voice};
use crate::claim::frame::outcome;
use crate::claim::frame::predicate::{Against, Resolved, auxiliary, past_form};
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::text::{Pos, Token};

impl Reader<'_, '_> {
    /// The verb of a part ("One of the three men shot on Friday has
    /// died"): after a partitive head phrase, the participle or state word
    /// after the whole (`right`, `np.state`) is the whole's, and the
    /// clause's own verb after it the part's ("One of the four men injured
    /// in the brawl was charged"). Only a verb of a known class.
    pub(super) fn part_verb(
        &self,
        np: &HeadPhrase,
        right: Option<&Resolved>,
        end: usize,
        on: Against<'_>,
    ) -> Option<Resolved> {
        if !matches!(np.relation, Some((Relation::Subset, _))) || np.those.is_some() {
            return None;
        }
        let from = match (right, np.state) {
            (_, Some(s)) => s + 1,
            (Some(r), None) => r.found.to,
            (None, None) => np.end,
        };
        let reduced = np.state.is_some() || right.is_none_or(|r| self.reduced(np.end, r.found.at));
        reduced
            .then(|| self.main_verb_after(from, end))
            .flatten()
            .map(|f| self.resolved(f, on))
            .filter(Resolved::specific)
    }

    /// Whether the figure starting at token `a` is the whole of a part
    /// counted just before it: "one of the five", "two of their 12".
    pub(super) fn whole_of_part(&self, a: usize) -> bool {
        let mut of = a;
        if of > 0 && cues::determiner(self.tokens[of - 1].lower()) {
            of -= 1;
        }
        of >= 2
            && self.tokens[of - 1].lower() == "of"
            && (number_token(&self.tokens[of - 2])
                || matches!(
                    self.tokens[of - 2].lower(),
                    "some" | "several" | "most" | "many" | "none"
                ))
    }

    /// Whether the verb at token `v`, after a head phrase ending at
    /// `from`, is a participle of its own with no auxiliary: a reduced
    /// relative ("the three men shot on Friday").
    pub(super) fn reduced(&self, from: usize, v: usize) -> bool {
        past_form(&self.tokens[v]) && !(from..v).any(|k| auxiliary(self.tokens[k].lower()))
    }

    /// Some of the hurt: "Two men were taken to Mercy Hospital", "three
    /// gunshot victims were rushed to hospitals" (moved to care; others
    /// went on their own, or were treated where they fell), "One victim is
    /// listed in critical condition" (in one condition), "shot in the left
    /// leg" (a wound placed on the body), "found three people shot" (what
    /// was found at one place): the count is a part. People moved
    /// to care are read by the move, whatever hurt them. `predicate_at`
    /// is the predicate's token.
    pub(super) fn part_of_the_hurt(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        (a, b): (usize, usize),
        predicate_at: Option<usize>,
    ) {
        let injured = frame
            .predicate
            .as_ref()
            .filter(|p| p.class == PredicateClass::Injure);
        let hurt = frame
            .predicate
            .as_ref()
            .filter(|p| matches!(p.class, PredicateClass::Injure | PredicateClass::Shoot));
        let moved_by = hurt.and_then(|p| {
            let verb_at = predicate_at.filter(|_| p.voice != Voice::Nominal);
            self.moved_to_care((a, b), verb_at)
        });
        // ("the other two victims in the hospital", "one is still in the
        // hospital": people said to be in care, no verb naming it.)
        let in_care = |p: &Predicate| p.voice == Voice::Nominal && p.lemma == "hospitalize";
        let moved = moved_by.is_some()
            || injured.is_some_and(|p| {
                outcome::moves_to(&p.lemma) || outcome::cared_for(&p.lemma) || in_care(p)
            });
        let in_condition = injured.is_some() && self.condition_near(b, self.clause_end(b));
        // "two teens were each shot in the right foot": where the wounds
        // are is said of some of the hurt (the figure the verb's subject:
        // "shot twice in the leg" says how often).
        let site = hurt.is_some() && predicate_at.is_some_and(|p| p >= b && self.wound_site(p));
        let shot = hurt.is_some_and(|p| p.class == PredicateClass::Shoot);
        // "officers found three people shot", "arrived to find two men
        // dead": what was found at one place (others may have gone on
        // their own, or been found elsewhere); "identified two victims",
        // "the names of three people hurt": those named so far.
        let found = (hurt.is_some() || frame.predicate_class() == Some(PredicateClass::Die))
            && a > 0
            && self.tokens[a - 1].is_word()
            && (matches!(
                self.tokens[a - 1].lemma(Pos::Verb),
                "find" | "locate" | "discover" | "identify" | "name"
            ) || a > 1
                && self.tokens[a - 1].lower() == "of"
                && matches!(self.tokens[a - 2].lower(), "names" | "identities"));
        // "two died and four others were shot", "then shot three
        // other people", "killed his wife and four others": the others are
        // set against people who were shot or killed too ("killed two and
        // injured 19 others" counts all the injured).
        let others = (shot || frame.predicate_class() == Some(PredicateClass::Die))
            && self.others_after(b).is_some();
        // "One died at the scene", "was pronounced dead at the hospital":
        // those who died there.
        let died_there = frame.predicate_class() == Some(PredicateClass::Die)
            && predicate_at.is_some_and(|p| self.death_place_near(p + 1, self.clause_end(p)));
        if frame.relation == Relation::Total
            && (moved || in_condition || site || found || others || died_there)
        {
            frame.relation = Relation::Subset;
        }
        // "Three gunshot victims were taken to Mercy Hospital", "three
        // people who had been hurt were rushed to hospitals": what the
        // clause says of them is their move to care, as in "three of the
        // victims were taken to Mercy Hospital" — the hurt, whatever its
        // cause.
        if let Some(v) = moved_by.filter(|_| shot) {
            // (The people undergo the move, as the object of "rushed
            // three victims" or the subject of "were taken".)
            let t = &self.tokens[v];
            frame.predicate = Some(Predicate::new(
                t.lemma(Pos::Verb),
                PredicateClass::Injure,
                Voice::Passive,
            ));
            spans.predicate = Some(t.span());
        }
    }

    /// The token that makes the figure at tokens `[a, b)` the rest of a
    /// group already named, a part of it: "the other five", "the remaining
    /// three", "the six others" ("the" or a possessive before; "five
    /// other people", with no determiner, is a count of its own).
    pub(super) fn remainder(&self, (a, b): (usize, usize)) -> Option<usize> {
        let definite = |i: usize| {
            self.word(i)
                .is_some_and(|t| matches!(t.lower(), "the" | "their" | "its" | "his" | "her"))
        };
        let rest = |i: usize| {
            self.word(i)
                .is_some_and(|t| matches!(t.lower(), "other" | "others" | "remaining"))
        };
        let before = a
            .checked_sub(1)
            .filter(|&o| rest(o) && o > 0 && definite(o - 1));
        let after = (a > 0 && definite(a - 1) && rest(b)).then_some(b);
        before.or(after)
    }

    /// The token after the figure ending at token `b` that names the rest
    /// of its group, making the figure a part too: "One victim died, while
    /// the other two remain in critical condition", "one was pronounced
    /// dead and the others were taken to the hospital". Only when no other
    /// figure comes between ("Five were shot, one died and the other four
    /// ..." makes "one" the part, not "five").
    pub(super) fn rest_after(&self, b: usize) -> Option<usize> {
        let mut i = b;
        while i + 1 < self.tokens.len() {
            let t = &self.tokens[i];
            if number_token(t) {
                return None;
            }
            if t.lower() == "the" {
                let next = self.word(i + 1)?;
                let after = self.word(i + 2);
                let rest = match next.lower() {
                    "others" | "rest" | "remaining" => true,
                    // "the other two", "the other was", "the other victim"
                    "other" => after.is_some_and(|w| {
                        number_token(w)
                            || w.is_verb() && !w.is_noun()
                            || words::is_person_head(w.lemma(Pos::Noun))
                    }),
                    _ => false,
                };
                if rest {
                    return Some(i + 1);
                }
            }
            i += 1;
        }
        None
    }

    /// The other "one" when the figure at tokens `[a, b)` is one of a pair
    /// of ones, each a part of a group: "one was flown to Tarn General,
    /// one was driven there", "One victim was found inside the car and one
    /// outside of it". The nearest number either side in the clause is
    /// the other "one", the second after a comma or "and", and each is
    /// followed by what a count of one is said with: a verb, a state, a
    /// place word, or the same noun ("One person was killed Saturday, one
    /// day after ..." and "one official said" are no pair; nor "one of").
    pub(super) fn one_and_one(&self, (a, b): (usize, usize)) -> Option<usize> {
        let noun_after = |i: usize| {
            self.word(i + 1)
                .filter(|n| n.is_noun())
                .map(|n| n.lemma(Pos::Noun))
        };
        let said = |i: usize| {
            self.word(i + 1).is_some_and(|n| {
                words::tells_event(n)
                    || matches!(
                        n.lower(),
                        "in" | "at" | "on" | "inside" | "outside" | "near" | "has" | "had"
                    )
            })
        };
        // The first of the pair may name its noun; the second is said
        // with a verb, a state or a place, or names the same noun.
        let pair = |first: usize, second: usize| {
            let one = |i: usize| self.tokens[i].lower() == "one";
            let after_comma = second > 0
                && (self.tokens[second - 1].is(',') || self.tokens[second - 1].lower() == "and");
            one(first)
                && one(second)
                && after_comma
                && (said(first) || noun_after(first).is_some())
                && (said(second)
                    || noun_after(second).is_some() && noun_after(second) == noun_after(first))
        };
        if b != a + 1 {
            return None;
        }
        let after = (b..self.tokens.len())
            .take_while(|&i| !self.breaks(i))
            .find(|&i| number_token(&self.tokens[i]))
            .filter(|&i| pair(a, i));
        let before = (0..a)
            .rev()
            .take_while(|&i| !self.breaks(i))
            .find(|&i| number_token(&self.tokens[i]))
            .filter(|&i| pair(i, a));
        after.or(before)
    }

    /// The "others" token when the figure at tokens `[a, b)` counts others
    /// besides someone just named: "wounding a night guard and two
    /// others", "a woman and three others were hurt" (not "killed two and
    /// injured 19 others", where a verb comes between, "one dead and five
    /// others hurt", a state, or "he and two other deputies").
    pub(super) fn besides(&self, (a, b): (usize, usize)) -> Option<usize> {
        let others = self.others_after(b)?;
        let named = a >= 2
            && self.tokens[a - 1].lower() == "and"
            && self.word(a - 2).is_some_and(|t| {
                t.is_noun()
                    && !number_token(t)
                    && words::state_word(t.lower()).is_none()
                    && !cues::pronoun(t.lower())
            });
        named.then_some(others)
    }

    /// The reflexive pronoun (or "life") when, after the figure at token
    /// `b`, its sentence says the one who killed took their own life
    /// ("killed two people before killing himself", "... then took his
    /// own life", "turned the gun on herself", "killed five relatives,
    /// then himself": the figure's own verb, `a` its first token): the
    /// figure counts the others, a part of the dead. Not when the one who
    /// killed is counted in ("three died, including the gunman, who shot
    /// himself").
    pub(super) fn own_death_after(&self, (a, b): (usize, usize)) -> Option<usize> {
        // The figure's own verb of killing, right before it.
        let killed = || {
            (a.saturating_sub(2)..a).any(|k| {
                matches!(self.tokens[k].lemma(Pos::Verb), "kill" | "shoot")
                    && !(k > 0 && self.tokens[k - 1].lower() == "to")
            })
        };
        let end = self.tokens.len().min(b + 30);
        (b..end)
            .take_while(|&i| {
                !matches!(
                    self.tokens[i].lower(),
                    "." | "?" | "!" | ";" | "including" | "among" | "counting"
                )
            })
            .find(|&i| {
                // The verb a few words before, done, not meant ("threatened
                // to kill himself").
                let verb_before = |verbs: &[&str]| {
                    (i.saturating_sub(4).max(b)..i).any(|k| {
                        verbs.contains(&self.tokens[k].lemma(Pos::Verb))
                            && !(k > 0 && self.tokens[k - 1].lower() == "to")
                    })
                };
                let prev = self.tokens[i - 1].lower();
                match self.tokens[i].lower() {
                    // "turned the gun on himself", not "turned himself in".
                    "himself" | "herself" if prev == "on" => verb_before(&["turn"]),
                    "himself" | "herself" => {
                        let elided = matches!(prev, "then" | "and" | "before") && killed();
                        (elided || verb_before(&["kill", "shoot"]))
                            && self.word(i + 1).is_none_or(|n| n.lower() != "in")
                    }
                    "life" => prev == "own" && verb_before(&["take", "end"]),
                    _ => false,
                }
            })
    }

    /// The first word of "along with", "as well as", "together with" or
    /// "in addition to" joining the figure's people to other people, up to
    /// token `end`: right after its head phrase `np` (past commas and a
    /// verb group), or right before the figure at token `a` ("two boys
    /// were hospitalized along with the girl", "a woman, along with two
    /// men"). Either way the figure counts a part of
    /// a larger group.
    pub(super) fn along_with(&self, a: usize, np: &HeadPhrase, end: usize) -> Option<usize> {
        // People joined to people only: "two suitcases as well as Hale",
        // "a handgun along with 18 rounds" join other things.
        if !np.head.is_some_and(|h| self.person_at(h)) {
            return None;
        }
        let np_end = np.end;
        // The length of the joining words from token `i`, if they start
        // there.
        let joins = |i: usize| -> Option<usize> {
            let w = |k: usize| self.word(k).map(Token::lower);
            match (w(i), w(i + 1), w(i + 2)) {
                (Some("along" | "together"), Some("with"), _) => Some(2),
                (Some("as"), Some("well"), Some("as"))
                | (Some("in"), Some("addition"), Some("to")) => Some(3),
                _ => None,
            }
        };
        // The joined words name people: "the female student", "two men".
        let joins_people = |i: usize| {
            joins(i).filter(|&n| {
                self.noun_after(i + n, end)
                    .is_some_and(|h| self.person_at(h) || self.tokens[h].capitalised())
                    || self.tokens.get(i + n).is_some_and(number_token)
            })
        };
        // After the phrase, past commas and a verb group only ("were
        // hospitalized along with").
        let mut i = np_end;
        while i < end.min(np_end + 5) {
            if joins_people(i).is_some() {
                return Some(i);
            }
            let t = &self.tokens[i];
            if !(t.is(',') || t.is_verb() || words::passive_auxiliary(t.lower())) {
                break;
            }
            i += 1;
        }
        // Right before the figure.
        [2, 3]
            .into_iter()
            .filter_map(|n| a.checked_sub(n))
            .find(|&i| joins_people(i).is_some_and(|n| i + n == a))
    }

    /// The "as well" or "too" that ends the clause of a count of people
    /// whose head phrase is `np` ("Four victims had stab
    /// wounds as well", "two bystanders were hit too"): they are counted
    /// besides others the story has named, a part of the whole. Not "as
    /// well as" (see [`Reader::along_with`]). The token of "well" or
    /// "too".
    pub(super) fn as_well(&self, np: &HeadPhrase, end: usize) -> Option<usize> {
        if !np.head.is_some_and(|h| self.person_at(h)) {
            return None;
        }
        let clause_end = self.clause_end(np.end).min(end);
        let last = (np.end..clause_end)
            .rev()
            .find(|&i| self.tokens[i].is_word())?;
        let lower = self.tokens[last].lower();
        let as_well = lower == "well" && last > 0 && self.tokens[last - 1].lower() == "as";
        (as_well || lower == "too").then_some(last)
    }

    /// Whether the noun at token `h` names a person ("students", "man").
    fn person_at(&self, h: usize) -> bool {
        words::is_person_head(self.tokens[h].lemma(Pos::Noun))
    }

    /// The "other" or "others" token among the two after the figure
    /// ending at token `b` ("three other people", "two others").
    fn others_after(&self, b: usize) -> Option<usize> {
        (b..(b + 2).min(self.tokens.len()))
            .find(|&i| matches!(self.tokens[i].lower(), "other" | "others"))
    }
}
