//! What the words around a predicate say of its class when the verb alone
//! does not: "taken to the hospital" is an injury, "in critical condition"
//! too, "pronounced dead" a death, "opened fire" and "heard 30 shots"
//! shots fired, "eight years in prison" a sentence, "a $5,000 bond" a
//! release, "a reward of $1,000" a payment. Applied after the predicate
//! rules (`predicate.rs`), only where they found no class or `other`.

use crate::claim::cues;
use crate::claim::frame::coordinate::number_token;
use crate::claim::frame::model::{HeadClass, Polarity, Predicate, PredicateClass, Voice};
use crate::claim::frame::predicate::{Found, past_form};
use crate::claim::frame::words::{self, head_class};
use crate::claim::reader::Reader;
use crate::figure::FigureKind;
use crate::text::{NounClass, Pos, Token, is_body_part, noun_senses};

use PredicateClass as P;

/// How far after a verb a destination ("to area hospitals") may lie.
const DESTINATION_REACH: usize = 16;

/// Verbs that move or treat a person: with a hospital as the place, the
/// person was hurt.
fn moves_to_care(lemma: &str) -> bool {
    moves_to(lemma) || cared_for(lemma) || lemma == "remain"
}

/// Verbs of care ("treated", "admitted"): the people treated are some of
/// the hurt (others were killed, went elsewhere, or refused care), not
/// their count.
pub(super) fn cared_for(lemma: &str) -> bool {
    matches!(lemma, "treat" | "admit")
}

/// Verbs that move a person to care ("taken", "rushed", "sent", "put
/// three women in the hospital"): the
/// people moved are some of the hurt (others went on their own, or were
/// treated at the scene), not their count.
pub(super) fn moves_to(lemma: &str) -> bool {
    matches!(
        lemma,
        "transport"
            | "take"
            | "send"
            | "rush"
            | "carry"
            | "bring"
            | "airlift"
            | "fly"
            | "drive"
            | "transfer"
            | "go"
            | "put"
            | "land"
    )
}

/// Words for where the hurt are cared for.
fn place_of_care(lower: &str) -> bool {
    matches!(
        lower,
        "hospital" | "hospitals" | "hospitalized" | "hospitalised" | "trauma" | "infirmary"
    )
}

/// Whether the word at token `i` makes a length of time before it a
/// punishment ("eight years in prison", "three years' probation", "480
/// hours of community service", with `hours` "200 hours of public
/// service"; not "43 years of service" nor "30 years of public service",
/// a career).
pub(super) fn punishment(tokens: &[Token<'_>], i: usize, hours: bool) -> bool {
    match tokens[i].lower() {
        "prison" | "jail" | "probation" | "incarceration" | "imprisonment" => true,
        "service" => i.checked_sub(1).is_some_and(|p| match tokens[p].lower() {
            "community" => true,
            "public" => hours,
            _ => false,
        }),
        _ => false,
    }
}

/// Things fired: a head or object among these makes shooting firing.
pub(super) fn ammunition(lemma: &str) -> bool {
    matches!(
        lemma,
        "shot" | "round" | "bullet" | "gunshot" | "fire" | "gunfire" | "volley" | "weapon" | "gun"
    )
}

/// What a predicate becomes by the words around it: the class it takes, or
/// `None` to keep it.
pub(super) struct Around<'p> {
    /// The predicate found by the rules, if any.
    pub(super) predicate: Option<&'p Predicate>,
    /// Its token, if it has one.
    pub(super) at: Option<usize>,
    /// The frame's head lemma.
    pub(super) head: Option<&'p str>,
    /// The figure's kind.
    pub(super) kind: FigureKind,
}

impl Reader<'_, '_> {
    /// The predicate the words around the figure at tokens `[a, b)` give
    /// (see the module's rules), when the rules found none or one of no
    /// known class. `end` is the clause's end.
    pub(super) fn outcome(
        &self,
        on: &Around<'_>,
        (a, b): (usize, usize),
        end: usize,
    ) -> Option<Predicate> {
        let class = on.predicate.map(|p| p.class);
        if let Some(p) = self.gunfire(on, a) {
            return Some(p);
        }
        if let Some(p) = self.poll_share(on) {
            return Some(p);
        }
        // "Both boys were released from the hospital": sent home, not
        // freed.
        if class == Some(P::Release)
            && let (Some(p), Some(at)) = (on.predicate, on.at)
            && self.word(at + 1).is_some_and(|t| t.lower() == "from")
            && self.care_near(at + 2, end.min(at + 5))
        {
            return Some(Predicate {
                class: P::Other,
                ..p.clone()
            });
        }
        if class.is_some_and(|c| c != P::Other) {
            return None;
        }
        // "the deportation of all 11 million", "the arrest of 12
        // protesters": the event noun the count is the object of.
        // (Money has its own nouns: "a budget of $310 million" is what
        // is proposed, not spent.)
        if on.kind != FigureKind::Money
            && let Some(p) = self.event_of(a, on.head)
        {
            return Some(p);
        }
        if let Some(at) = on.at {
            if let Some(p) = self.after_verb(on, at, a) {
                return Some(p);
            }
        } else if on.head.is_none_or(words::is_person_head) {
            // "sending three riders to the hospital", "two others in
            // critical condition"
            if self.care_near(b, end) || self.condition_near(b, end) {
                return Some(Predicate::new("hospitalize", P::Injure, Voice::Nominal));
            }
            // "two suspects in custody"
            let custody = (b..end.min(b + 5)).any(|i| {
                self.tokens[i].lower() == "custody"
                    && i > 0
                    && matches!(self.tokens[i - 1].lower(), "in" | "into" | "police")
            });
            if custody {
                return Some(Predicate::new("custody", P::Arrest, Voice::Nominal));
            }
        }
        if on.kind == FigureKind::Measurement
            && on
                .head
                .is_some_and(|h| matches!(h, "year" | "month" | "day" | "hour" | "week"))
            && (b..(b + 4).min(end)).any(|i| punishment(self.tokens, i, on.head == Some("hour")))
        {
            return Some(Predicate::new("sentence", P::Sentence, Voice::Nominal));
        }
        if on.kind == FigureKind::Money {
            return self.money_event(a, b, end);
        }
        None
    }

    /// Shots fired: "heard 30 shots", "five rounds were shot", "two men
    /// opened fire", "fired their weapons", "shot at the car"; people hit in
    /// a shooting: "hitting all five", "striking four people".
    fn gunfire(&self, on: &Around<'_>, a: usize) -> Option<Predicate> {
        let class = on.predicate.map(|p| p.class);
        let lemma = on.predicate.map_or("", |p| p.lemma.as_str());
        // ("[one] shot in the chest" reads "shot" as the head: a person's
        // wound, no round.)
        let passive = on.predicate.is_some_and(|p| p.voice == Voice::Passive);
        // ("seven gunshots": the shots are the event's own noun.)
        let nominal = on.predicate.is_some_and(|p| p.voice == Voice::Nominal);
        let shot_as =
            matches!(class, Some(P::Shoot)) && (passive || nominal) && on.head != Some("shot")
                || nominal && lemma == "gunshot";
        // A "shot" is a gunshot when heard or fired ("600 flu shots a day"
        // are doses).
        let fired = on.head.is_some_and(|h| {
            ammunition(h)
                && (h != "shot" || matches!(lemma, "hear" | "fire" | "shoot" | "ring" | "gunshot"))
        });
        if fired && (matches!(class, None | Some(P::Other)) || shot_as) {
            return Some(Predicate::new(
                if lemma.is_empty() { "fire" } else { lemma },
                P::Fire,
                on.predicate.map_or(Voice::Nominal, |p| p.voice),
            ));
        }
        if let (Some(p), Some(at)) = (on.predicate, on.at)
            && let Some(found) = self.fire_after(at, &p.lemma, a)
        {
            return Some(Predicate::new(found, P::Fire, p.voice));
        }
        let weak = class.is_none_or(|c| c == P::Other);
        if weak
            && matches!(lemma, "hit" | "strike")
            && on.head.is_none_or(words::is_person_head)
            && self.gunfire_sentence()
        {
            let voice = on.predicate.map_or(Voice::Active, |p| p.voice);
            return Some(Predicate::new(lemma, P::Shoot, voice));
        }
        None
    }

    /// "Okafor garnered 11 percent", "21 percent of voters surveyed": a
    /// candidate's share in a sentence about a poll.
    fn poll_share(&self, on: &Around<'_>) -> Option<Predicate> {
        let class = on.predicate.map(|p| p.class);
        let lemma = on.predicate.map_or("", |p| p.lemma.as_str());
        let taken = matches!(
            lemma,
            "" | "earn"
                | "garner"
                | "get"
                | "receive"
                | "win"
                | "take"
                | "draw"
                | "lead"
                | "finish"
                | "tie"
                | "capture"
                | "cite"
                | "survey"
                | "poll"
        );
        (on.kind == FigureKind::Percent
            && matches!(class, None | Some(P::Other | P::Win | P::Raise | P::Charge))
            && taken
            && self.poll_sentence())
        .then(|| {
            let lemma = if lemma.is_empty() { "poll" } else { lemma };
            Predicate::new(lemma, P::Poll, Voice::Active)
        })
    }

    /// What the words after a verb of no known class at token `at` make
    /// it: "pronounced dead", "taken to the hospital", "suffered injuries",
    /// "took two people into custody", "are recovering".
    fn after_verb(&self, on: &Around<'_>, at: usize, a: usize) -> Option<Predicate> {
        let lemma = on.predicate.map_or("", |p| p.lemma.as_str());
        // "pronounced dead", "found wounded", "listed as injured"
        let next = (at + 1..(at + 3).min(self.tokens.len()))
            .filter_map(|i| self.word(i))
            .find(|t| !matches!(t.lower(), "as" | "critically" | "fatally" | "seriously"));
        if let Some(c) = next.and_then(|t| words::state_word(t.lower())) {
            return Some(Predicate::new(lemma, c, Voice::Passive));
        }
        let person = on.head.is_none_or(words::is_person_head);
        // (The verb may lie past the figure's clause: "Three others,
        // including a child, were taken to hospitals".)
        let verb_clause = self.clause_end(at + 1);
        if person && moves_to_care(lemma) && self.care_near(at + 1, verb_clause) {
            return Some(Predicate::new(lemma, P::Injure, Voice::Passive));
        }
        // "Medics initially took two men and a woman from the scene": medics
        // move the hurt.
        if person && moves_to(lemma) && self.medics_before(at) {
            return Some(Predicate::new(lemma, P::Injure, Voice::Active));
        }
        // "suffered non-life-threatening injuries"
        let wounds = (at + 1..verb_clause.min(at + 6))
            .any(|i| matches!(self.tokens[i].lemma(Pos::Noun), "injury" | "wound"));
        if matches!(lemma, "suffer" | "sustain") && wounds {
            return Some(Predicate::new(lemma, P::Injure, Voice::Active));
        }
        // "were treated for heat exhaustion", "treated for minor burns":
        // care for a condition is care for the hurt.
        if person && cared_for(lemma) && self.for_a_condition(at + 1, verb_clause) {
            return Some(Predicate::new(lemma, P::Injure, Voice::Passive));
        }
        // "took two people into custody", "took two others in the van, a man
        // and a woman, into custody"
        let reach = (at + DESTINATION_REACH).min(self.tokens.len());
        let custody = (at + 1..reach)
            .take_while(|&i| !self.breaks(i) || self.tokens[i].is(','))
            .any(|i| self.lower(i) == "custody" && i > 0 && self.lower(i - 1) == "into");
        if lemma == "take" && custody {
            return Some(Predicate::new(
                "take into custody",
                P::Arrest,
                Voice::Active,
            ));
        }
        // "are recovering": a person's recovery follows a wound.
        (person && lemma == "recover" && at > a)
            .then(|| Predicate::new(lemma, P::Injure, Voice::Active))
    }

    /// Whether "for" at token `from` names a condition before `end`: a
    /// noun whose first sense is a state in WordNet (injuries, burns, heat
    /// exhaustion, hypothermia), within a few words ("treated for minor
    /// burns", not "treated for free" or "treated for the first time").
    fn for_a_condition(&self, from: usize, end: usize) -> bool {
        if self.word(from).is_none_or(|t| t.lower() != "for") {
            return false;
        }
        (from + 1..end.min(from + 7))
            .map_while(|i| self.word(i))
            .any(|t| {
                noun_senses(t.lemma(Pos::Noun)).is_some_and(|s| s.first.contains(NounClass::STATE))
            })
    }

    /// Whether the subject right before the verb at `at` (adverbs
    /// between) are medics: paramedics, medics, responders, EMS, EMTs,
    /// ambulances.
    fn medics_before(&self, at: usize) -> bool {
        (at.saturating_sub(4)..at)
            .rev()
            .map_while(|i| self.word(i))
            .find(|t| !t.lower().ends_with("ly"))
            .is_some_and(|t| {
                matches!(
                    t.lemma(Pos::Noun),
                    "paramedic" | "medic" | "responder" | "ems" | "emt" | "ambulance"
                )
            })
    }

    /// "opened fire", "shot at", "exchanged gunfire", "fired their
    /// weapons" (the counted thing is the shooter, before the verb at
    /// `at`): the phrase's lemma.
    fn fire_after(&self, at: usize, lemma: &str, a: usize) -> Option<&'static str> {
        let next = self.word(at + 1).map(|t| t.lemma(Pos::Noun).to_string());
        let object = self.noun_after(at + 1, self.clause_end(at + 1).min(at + 5));
        let object = object.map(|o| self.tokens[o].lemma(Pos::Noun));
        match lemma {
            "open" if next.as_deref() == Some("fire") => Some("open fire"),
            // "shot at them", "shot at the car", not "shot at a party".
            "shoot" if next.as_deref() == Some("at") && self.target_at(at + 2) => Some("shoot at"),
            "exchange" | "fire" | "empty" | "discharge" if object.is_some_and(ammunition) => {
                Some(if lemma == "exchange" {
                    "exchange fire"
                } else {
                    "fire"
                })
            }
            "fire" if at > a && next.as_deref().is_none_or(|n| n != "at") => Some("fire"),
            _ => None,
        }
    }

    /// Whether the words from token `i`, after "shot at", name a target
    /// (a pronoun, a person, a vehicle or a building), not a place or an
    /// occasion.
    fn target_at(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        if matches!(
            t.lower(),
            "them" | "him" | "her" | "us" | "me" | "it" | "police" | "officers"
        ) {
            return true;
        }
        // ("shot at the apartments" is where they were hit.)
        self.noun_after(i, self.clause_end(i).min(i + 4))
            .is_some_and(|n| {
                let lemma = self.tokens[n].lemma(Pos::Noun);
                matches!(head_class(lemma), HeadClass::Person | HeadClass::Vehicle)
            })
    }

    /// Whether the people the figure at tokens `[a, b)` counts are moved
    /// to care (or treated there) in its clause, as the object of the
    /// moving verb ("took five people with stab wounds to the clinic") or
    /// its subject when their hurt is said apart from the clause's verb
    /// ("three gunshot victims were taken to Mercy Hospital", "three people
    /// who had been hurt were rushed to hospitals"). Not when the hurt is
    /// the clause's own verb, the move coordinated with it ("five were shot
    /// and taken to hospitals": all of them). `hurt_at` is the token of the
    /// hurt's verb, if any. Gives the moving verb's token.
    pub(super) fn moved_to_care(
        &self,
        (a, b): (usize, usize),
        hurt_at: Option<usize>,
    ) -> Option<usize> {
        let end = self.clause_end(b);
        let moves = |i: usize| {
            self.word(i).is_some_and(|t| {
                let lemma = t.lemma(Pos::Verb);
                t.is_verb() && (moves_to(lemma) || cared_for(lemma))
            }) && self.care_near(i + 1, self.clause_end(i + 1).max(end))
        };
        // The object: the verb just before the figure ("rushed three
        // victims", "transported all six").
        let start = self.clause_start(a, 0);
        let object = (start..a)
            .rev()
            .take(2)
            .find(|&i| self.word(i).is_some_and(Token::is_verb))
            .filter(|&i| moves(i));
        // The subject: the hurt said by a noun or in a relative clause.
        let apart = hurt_at
            .is_none_or(|h| (b..h).any(|k| matches!(self.lower(k), "who" | "that" | "which")));
        object.or_else(|| (b..end).find(|&i| apart && moves(i)))
    }

    /// Whether a part of the body follows the hurt's verb at token `at`
    /// ("shot in the left leg", "wounded in his arm", "each shot twice in
    /// the back"): where the wounds are tells of some of the hurt.
    pub(super) fn wound_site(&self, at: usize) -> bool {
        let end = self.clause_end(at + 1).min(at + 8);
        let Some(prep) = (at + 1..end).find(|&i| matches!(self.lower(i), "in" | "to")) else {
            return false;
        };
        (prep + 1..end.min(prep + 5))
            .take_while(|&i| self.word(i).is_some())
            .any(|i| {
                let t = &self.tokens[i];
                t.is_noun() && is_body_part(t.lemma(Pos::Noun))
            })
    }

    /// Whether a hospital ("area hospitals", "Tallis Medical Center") is
    /// named within reach after token `from`.
    fn care_near(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + DESTINATION_REACH)).any(|i| {
            let lower = self.tokens[i].lower();
            place_of_care(lower)
                || lower == "center" && i > 0 && self.tokens[i - 1].lower() == "medical"
        })
    }

    /// The event a noun before "of" names for the figure at token `a`
    /// ("the evacuation of 3,000 residents", "deportation of all 11
    /// million"), or a meeting of people before "with" or "of" ("held 22
    /// meetings with 229 organizations and 31 officials", "a survey of
    /// 1,000 adults"), or support "from" a count of lawmakers (the
    /// figure's `head`), their votes ("with support from 11 Republicans").
    fn event_of(&self, a: usize, head: Option<&str>) -> Option<Predicate> {
        let mut i = self.listed_from(a);
        while i > 0
            && self.word(i - 1).is_some_and(|t| {
                matches!(
                    t.lower(),
                    "all" | "the" | "some" | "nearly" | "about" | "almost"
                )
            })
        {
            i -= 1;
        }
        let of = i.checked_sub(1)?;
        let preposition = self.word(of)?.lower();
        let noun = self.word(of.checked_sub(1)?)?;
        let lemma = noun.lemma(Pos::Noun);
        match preposition {
            "with" | "of" if words::meeting(lemma) => {
                return Some(Predicate::new(
                    noun.lemma(Pos::Verb),
                    P::Other,
                    Voice::Nominal,
                ));
            }
            "from" if lemma == "support" && head.is_some_and(words::lawmaker) => {
                return Some(Predicate::new(lemma, P::Vote, Voice::Nominal));
            }
            "of" => {}
            _ => return None,
        }
        let (class, polarity) = words::event_noun(lemma)?;
        // ("a rise of 12%" is the change the figure measures.)
        (class != P::Change).then(|| Predicate {
            polarity,
            ..Predicate::new(lemma, class, Voice::Nominal)
        })
    }

    /// Where the list that the figure at token `a` ends starts: at the
    /// first count ("229 organizations and 31 officials": 229), across
    /// "and" and a few words that are no verbs; `a` when there is no such
    /// list.
    fn listed_from(&self, a: usize) -> usize {
        let Some(and) = a.checked_sub(1).filter(|&k| self.lower(k) == "and") else {
            return a;
        };
        (and.saturating_sub(5)..and)
            .rev()
            .take_while(|&k| self.word(k).is_some_and(|t| !t.is_verb() || t.is_noun()))
            .find(|&k| number_token(&self.tokens[k]))
            .unwrap_or(a)
    }

    /// Whether the sentence speaks of a poll ("in the poll", "voters
    /// surveyed", "respondents").
    fn poll_sentence(&self) -> bool {
        self.tokens.iter().any(|t| {
            matches!(
                t.lower(),
                "poll" | "polls" | "polled" | "polling" | "survey" | "surveyed" | "respondents"
            )
        })
    }

    /// Whether the sentence speaks of gunfire.
    fn gunfire_sentence(&self) -> bool {
        self.tokens.iter().any(|t| {
            matches!(
                t.lemma(Pos::Noun),
                "gun" | "gunfire" | "bullet" | "gunshot" | "shooting" | "shooter" | "gunman"
            ) || t.lemma(Pos::Verb) == "shoot"
        })
    }

    /// Whether "in critical condition" or the like follows within reach.
    pub(super) fn condition_near(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + DESTINATION_REACH)).any(|i| {
            let lower = self.tokens[i].lower();
            // "on life support"
            let life_support = lower == "support" && i > 0 && self.tokens[i - 1].lower() == "life";
            life_support
                || lower.starts_with("condition")
                    && (i.saturating_sub(3)..i).any(|j| {
                        matches!(
                            self.tokens[j].lower(),
                            "critical" | "serious" | "stable" | "grave" | "fair" | "guarded"
                        )
                    })
        })
    }

    /// Whether a place of death follows the predicate at token `from`
    /// before `end`: "at the scene", "on the scene", "at the hospital", "at
    /// a local hospital" ("one died at the scene": those who died there).
    pub(super) fn death_place_near(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + DESTINATION_REACH)).any(|i| {
            matches!(self.tokens[i].lower(), "scene" | "hospital")
                && (i.saturating_sub(3)..i).any(|j| matches!(self.tokens[j].lower(), "at" | "on"))
        })
    }

    /// The event a money figure's noun names: "a $5,000 bond", "bail of
    /// $10,000", "a reward of up to $2,500", "a fine of $500". A bond
    /// before another noun is a debt's ("through a bond sale", "a bond
    /// issue"), no bail.
    fn money_event(&self, a: usize, b: usize, end: usize) -> Option<Predicate> {
        let start = self.clause_start(a, 0).max(a.saturating_sub(4));
        (b..end.min(b + 4))
            .chain((start..a).rev())
            .filter_map(|i| Some((i, self.word(i)?)))
            .find_map(|(i, t)| {
                let lemma = t.lemma(Pos::Noun);
                let (class, polarity) = money_noun(lemma)?;
                let modifier = self.word(i + 1).is_some_and(|n| {
                    n.is_noun() && !n.is_verb() && !cues::ends_noun_phrase(n.lower())
                });
                if class == P::Release && modifier {
                    return None;
                }
                Some(Predicate {
                    polarity,
                    ..Predicate::new(lemma, class, Voice::Nominal)
                })
            })
    }
}

/// The event of a noun money is named by ("bail", "bond", "reward",
/// "fine").
fn money_noun(lemma: &str) -> Option<(PredicateClass, Polarity)> {
    Some(match lemma {
        "bail" | "bond" => (P::Release, Polarity::Neutral),
        "reward" | "fine" | "restitution" | "settlement" | "penalty" => (P::Pay, Polarity::Neutral),
        _ => return None,
    })
}

impl Reader<'_, '_> {
    /// What a verb of shooting at token `i` ends in: a state ("were shot
    /// dead", "1 shot dead"), or a second verb ("were shot and killed"; in
    /// a headline, "2 Teens Shot, Killed"); else the verb itself.
    pub(super) fn outcome_of_shot(&self, i: usize, lemma: &str) -> Outcome {
        let shoot = words::verb_class(lemma).is_some_and(|(c, _)| c == PredicateClass::Shoot);
        if shoot
            && self
                .word(i + 1)
                .is_some_and(|n| words::state_word(n.lower()) == Some(PredicateClass::Die))
        {
            return Outcome::State(Found::at(i + 1, Voice::Nominal));
        }
        if shoot
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.lower() == "and" || self.headline && n.is(','))
            && let Some(n) = self.tokens.get(i + 2).filter(|n| past_form(n))
            && words::verb_class(n.lemma(Pos::Verb))
                .is_some_and(|(c, _)| matches!(c, PredicateClass::Die | PredicateClass::Injure))
        {
            return Outcome::Verb(i + 2);
        }
        Outcome::Verb(i)
    }
}

/// What a verb of shooting ends in (see [`Reader::outcome_of_shot`]).
pub(super) enum Outcome {
    /// A state word, the predicate in its place.
    State(Found),
    /// The token of the verb that says the outcome (or of the verb itself).
    Verb(usize),
}
