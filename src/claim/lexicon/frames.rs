//! What a measure says of frames (its predicate classes, its verbs, the
//! things its nouns name), and the measure a frame names: [`Lexicon::classify`].

use std::collections::HashSet;

use super::{Entry, Lexicon, Measure, Role};
use crate::claim::frame::{
    Frame, HeadClass, Predicate, PredicateClass, Voice, happens_to_people, head_class,
    incident_noun, turned,
};
use crate::error::Error;
use crate::figure::FigureKind;
use crate::text::{Pos, is_body_part, lemma};

impl Lexicon {
    /// The measure a frame names, for a figure of `kind`: the measure
    /// whose nouns hold the frame's head ("7,300 arrests") or, for money,
    /// its purpose ("a $3,000 signing bonus"), else one whose
    /// predicate classes or verbs hold its predicate ("six people were
    /// shot": `people_shot`), else one whose people words hold the head when
    /// nothing happened to it ("6,000 agents": `workforce`). A measure never
    /// takes a frame whose verb is of a class it does not list: "crews
    /// built 300 homes" is not `homes_damaged`, "14 troopers were sent" not
    /// `workforce`; a measure of things (guns, vehicles, buildings,
    /// documents) does not take people through its verb: "two men opened
    /// fire" is not `shots_fired`. `None` when no measure fits.
    ///
    /// ```
    /// use factdiff::{Document, FigureKind, Lexicon, claims};
    ///
    /// let lexicon = Lexicon::default();
    /// let shot = &claims(&Document::new("a", "Six people were shot.")).next().unwrap();
    /// assert_eq!(lexicon.classify(&shot.frame, FigureKind::Count), Some("people_shot"));
    /// let built = &claims(&Document::new("b", "Crews built 300 homes.")).next().unwrap();
    /// assert_eq!(lexicon.classify(&built.frame, FigureKind::Count), Some("homes_built"));
    /// ```
    #[must_use]
    pub fn classify(&self, frame: &Frame, kind: FigureKind) -> Option<&str> {
        self.classify_index(frame, kind).map(|m| self.id(m))
    }

    /// [`Lexicon::classify`], as the measure's index.
    pub(crate) fn classify_index(&self, frame: &Frame, kind: FigureKind) -> Option<usize> {
        let reading = self.read_frame(frame, kind);
        let mut best: Option<(u8, usize)> = None;
        for m in 0..self.inner.measures.len() {
            if !self.fits(m, kind) {
                continue;
            }
            let Some(score) = self.score(&reading, m) else {
                continue;
            };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, m));
            }
        }
        best.map(|(_, m)| m)
    }

    /// What [`Lexicon::classify_index`] reads of a frame once, before it
    /// scores the measures.
    fn read_frame<'a>(&'a self, frame: &'a Frame, kind: FigureKind) -> Reading<'a> {
        let head = frame.head.as_deref();
        let predicate = frame.predicate.as_ref();
        let verbal = predicate.filter(|p| p.voice != Voice::Nominal);
        // A verb of a known class names the event: a measure that does not
        // list it is another event's. Changes ("rose to") and unknown
        // events say nothing of which.
        let blocking = verbal
            .is_some_and(|p| !matches!(p.class, PredicateClass::Other | PredicateClass::Change));
        // The entries of the head and the purpose, looked up once.
        let entries = |word: Option<&str>| -> &[Entry] {
            word.and_then(|w| self.inner.words.get(w))
                .map_or(&[], Vec::as_slice)
        };
        // (Only money's purpose is a noun: votes are needed to do something.)
        let purpose = frame
            .purpose
            .as_deref()
            .filter(|_| kind == FigureKind::Money);
        let (of_head, of_purpose) = (entries(head), entries(purpose));
        // An incident noun as the head counts incidents: only a measure
        // that lists the noun counts them; neither the noun's class nor a
        // verb it is the subject of names one ("three shootings" are no
        // people shot; "three shootings killed five people" counts no
        // deaths).
        let incidents = head.is_some_and(incident_noun);
        // Parts of the body ("shot in both feet") are no people: only a
        // measure that lists the noun counts them.
        let body = head.is_some_and(is_body_part);
        Reading {
            frame,
            kind,
            predicate,
            verbal,
            blocking,
            of_head,
            of_purpose,
            incidents,
            body,
        }
    }

    /// How well measure `m` names the frame read: the higher the better;
    /// `None` when it cannot name it.
    fn score(&self, r: &Reading<'_>, m: usize) -> Option<u8> {
        let Reading {
            frame,
            kind,
            predicate,
            verbal,
            blocking,
            of_head,
            of_purpose,
            incidents,
            body,
        } = *r;
        let has = |es: &[Entry], m: usize, role: Role| {
            es.iter().any(|e| e.measure == m && e.role == role)
        };
        let tables = &self.inner.frames[m];
        let classes = &tables.predicates;
        // ("the suspect fled" is no evacuation.)
        let by_lemma = predicate.is_some_and(|p| tables.verbs.contains(&p.lemma) && !turned(p));
        let by_class = !incidents && predicate.is_some_and(|p| classes.contains(&p.class));
        let listed = by_lemma || by_class;
        let declared = !classes.is_empty();
        // Money counts dollars; what they are for names the measure
        // ("a $3,000 signing bonus").
        let noun = has(of_head, m, Role::Noun) || has(of_purpose, m, Role::Noun);
        // A verb of a known class the measure does not list names another
        // event; a verb of no class names none, so a noun the measure
        // lists still names it ("holds 31 of the 60 seats", "9 of the 12
        // shots came from", "receiving $80,000 in contributions").
        if verbal.is_some() && !listed && (blocking || declared && !noun) {
            return None;
        }
        // For a share the verb decides: "3.5% of trips were canceled"
        // counts cancellations.
        let share = frame.relation == crate::claim::Relation::Share;
        // A measure of things ("homes_damaged") does not take another
        // kind of thing through its verb: "18 vehicles were damaged".
        let things = &tables.things;
        let other_thing = kind != FigureKind::Money
            && !things.is_empty()
            && frame
                .head_class
                .is_some_and(|c| thing(c) && !things.contains(&c));
        // Nor people, when it counts things only: "two men opened
        // fire" counts shooters, not `shots_fired`.
        let people_for_things = kind != FigureKind::Money
            && tables.things_only()
            && frame.head_class == Some(HeadClass::Person);
        // Nor things, when it counts what happens to people: "crews
        // removed 40 cars" deports no one.
        let things_for_people = kind != FigureKind::Money
            && tables.people_only()
            && frame.head_class.is_some_and(thing);
        // Nor, when it counts its nouns or its people (votes or voters,
        // hires or officers), a head of another kind through its verb:
        // "adopted 14 amendments" casts no votes, "hired two firms" no
        // staff.
        let other_kind = kind == FigureKind::Count
            && tables.people
            && frame.head.is_some()
            && frame.head_class != Some(HeadClass::Person)
            && !has(of_head, m, Role::People);
        if !noun
            && (other_thing
                || people_for_things
                || things_for_people
                || other_kind
                || body
                || incidents)
        {
            return None;
        }
        let score = if share && listed && verbal.is_some() {
            9 + u8::from(by_lemma)
        } else if noun {
            6 + 2 * u8::from(listed) + u8::from(by_lemma)
        } else if listed {
            4 + u8::from(by_lemma)
        } else if verbal.is_none() && has(of_head, m, Role::People) {
            2
        } else {
            return None;
        };
        Some(score)
    }

    /// Whether measure `m` counts things only (guns, buildings, vehicles,
    /// documents: `doses`, `homes_damaged`), never people.
    pub(crate) fn things_only(&self, m: usize) -> bool {
        self.inner.frames[m].things_only()
    }

    /// Whether measure `m` counts what happens to people only (`deaths`,
    /// `deportations`), never things.
    pub(crate) fn people_only(&self, m: usize) -> bool {
        self.inner.frames[m].people_only()
    }

    /// Whether a verb lemma is a verb of some measure.
    pub(crate) fn has_verb(&self, lemma: &str) -> bool {
        self.inner.frames.iter().any(|f| f.verbs.contains(lemma))
    }

    /// Whether a noun lemma names what some measure counts ("crowd",
    /// "population").
    pub(crate) fn has_noun(&self, lemma: &str) -> bool {
        self.inner
            .words
            .get(lemma)
            .is_some_and(|es| es.iter().any(|e| e.role == Role::Noun))
    }
}

/// Whether a head class is of things a measure may count (vehicles,
/// buildings, guns, documents, places), not people, money or events.
pub(crate) fn thing(class: HeadClass) -> bool {
    matches!(
        class,
        HeadClass::Vehicle
            | HeadClass::Building
            | HeadClass::Weapon
            | HeadClass::Document
            | HeadClass::Place
    )
}

/// What a measure says of frames: its predicate classes, its verbs'
/// lemmas ("lay off" for "laid off"), and the classes of the things its
/// nouns name.
#[derive(Debug)]
pub(super) struct FrameTables {
    predicates: Vec<PredicateClass>,
    verbs: HashSet<String>,
    /// Building for "home"; events and other things left out.
    things: Vec<HeadClass>,
    /// Whether the measure names people ("people" words).
    people: bool,
}

impl FrameTables {
    /// Whether the measure's nouns name things only (guns, vehicles,
    /// buildings, documents) and it names no people.
    fn things_only(&self) -> bool {
        !self.things.is_empty()
            && !self.people
            && self.things.iter().all(|c| {
                matches!(
                    c,
                    HeadClass::Weapon
                        | HeadClass::Vehicle
                        | HeadClass::Building
                        | HeadClass::Document
                )
            })
    }

    /// Whether the measure counts what happens to people only: its
    /// events are all such ("deport", "die") and its nouns name people or
    /// events, no things.
    fn people_only(&self) -> bool {
        !self.predicates.is_empty()
            && self.things.iter().all(|&c| c == HeadClass::Person)
            && self.predicates.iter().all(|&c| happens_to_people(c))
    }

    pub(super) fn of(m: &Measure) -> Result<FrameTables, Error> {
        let unknown = |c: &String| {
            let expected: Vec<&str> = PredicateClass::ALL.iter().map(|p| p.as_str()).collect();
            Error::lexicon(
                None,
                format!(
                    "measure {:?} has unknown predicate class {c:?} (expected one of {})",
                    m.id,
                    expected.join(", ")
                ),
            )
        };
        let predicates = m
            .predicates
            .iter()
            .map(|c| PredicateClass::from_name(c).ok_or_else(|| unknown(c)))
            .collect::<Result<Vec<_>, _>>()?;
        let verbs = m
            .verbs
            .iter()
            .map(|v| {
                v.split_whitespace()
                    .map(|w| lemma(w, Pos::Verb))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut things: Vec<HeadClass> = m
            .nouns
            .iter()
            .filter(|n| !n.contains(' '))
            .map(|n| head_class(&lemma(n, Pos::Noun)))
            .filter(|c| !matches!(c, HeadClass::Event | HeadClass::Other))
            .collect();
        things.sort_unstable();
        things.dedup();
        Ok(FrameTables {
            predicates,
            verbs,
            things,
            people: !m.people.is_empty(),
        })
    }
}

/// What a frame offers every measure, read once by [`Lexicon::read_frame`].
#[derive(Clone, Copy)]
struct Reading<'a> {
    frame: &'a Frame,
    kind: FigureKind,
    predicate: Option<&'a Predicate>,
    /// The predicate, unless it is a noun.
    verbal: Option<&'a Predicate>,
    /// The verb is of a class that names the event.
    blocking: bool,
    /// The lexicon's entries for the head.
    of_head: &'a [Entry],
    /// The lexicon's entries for the purpose (money only).
    of_purpose: &'a [Entry],
    /// The head is its own incident noun.
    incidents: bool,
    /// The head is a part of the body.
    body: bool,
}
