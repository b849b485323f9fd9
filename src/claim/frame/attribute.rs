//! Figures that describe something rather than count what happened: a
//! measure joined to the noun it describes ("a two-hour briefing", "a
//! 15-round cap on magazines"), and a distance or a length of time that
//! places something ("some seven miles southwest", "less than 48 hours
//! after"). The verb of their sentence is not theirs: nothing was done to
//! the hours or the miles.

use crate::claim::cues;
use crate::claim::frame::model::{Frame, FrameSpans, HeadClass};
use crate::claim::frame::outcome::punishment;
use crate::claim::frame::predicate::{Resolved, past_form};
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::figure::{Figure, FigureKind, placing_unit};
use crate::text::{Pos, Token};

/// Whether a figure describes something rather than counting what
/// happened to it (see [`Reader::describing`]).
pub(super) struct Describing {
    /// It only describes: no event of its own.
    pub(super) describes: bool,
    /// It is joined by a hyphen to its own noun before the noun it
    /// describes ("a four-term alderman").
    joined: bool,
    /// The family or household it gives the size of: its members may
    /// still undergo an event of a known class.
    family: Option<usize>,
}

impl Describing {
    /// Whether a predicate found for the figure is its own: none of a
    /// description, only one of a known class for a family's members ("a
    /// family of four was rescued"; "a family of five was eating" says
    /// none).
    pub(super) fn leaves(&self, found: &Resolved) -> bool {
        !self.describes && (self.family.is_none() || found.specific())
    }
}

impl Reader<'_, '_> {
    /// How the figure covering tokens `[a, b)` describes something, if it
    /// does (see [`Describing`]).
    pub(super) fn describing(&self, figure: &Figure, (a, b): (usize, usize)) -> Describing {
        let kind = figure.kind;
        let shaped = matches!(kind, FigureKind::Count | FigureKind::Measurement) && 0 < b && a < b;
        let joined = shaped && self.describes_noun(b);
        Describing {
            describes: joined || shaped && self.places(figure, (a, b)),
            joined,
            family: (kind == FigureKind::Count)
                .then(|| self.family_of(a, b))
                .flatten(),
        }
    }

    /// Sets what the figure ending at token `b` describes: "a four-term
    /// alderman", or the family a count of members makes up (whose
    /// members are people).
    pub(super) fn described_thing(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        b: usize,
        describing: &Describing,
    ) {
        let thing = describing
            .joined
            .then(|| self.described(b))
            .flatten()
            .or(describing.family);
        if let Some(d) = thing {
            let t = &self.tokens[d];
            frame.described = Some(t.lemma(Pos::Noun).to_string());
            spans.described = Some(t.span());
        }
        if describing.family.is_some() && frame.head.is_none() {
            frame.head = Some("person".to_string());
            frame.head_class = Some(HeadClass::Person);
        }
    }

    /// Whether the measurement covering tokens `[a, b)` is a distance or
    /// a time before a word that places by it ("seven miles southwest",
    /// "two days later").
    fn places(&self, figure: &Figure, (a, b): (usize, usize)) -> bool {
        let next = self.word(b);
        figure.kind == FigureKind::Measurement
            && figure.unit.as_deref().is_some_and(placing_unit)
            && next.is_some_and(|t| {
                let lower = t.lower();
                placing(lower) || weak_placing(lower) && !self.object_before(a)
            })
    }

    /// The noun a figure ending at token `b` describes, joined by a hyphen
    /// to its own noun before it: "summit" in "a three-day farm summit",
    /// "knife" in "a 6-inch kitchen knife" (the last noun of the phrase),
    /// but the first person of it: "veteran" in "a 12-year veteran
    /// deputy", "mayor" in "the four-term mayor objects" (a verb the
    /// phrase would take for a noun).
    fn described(&self, b: usize) -> Option<usize> {
        let mut last = self.noun_after(b, self.clause_end(b))?;
        // A plural person before another noun modifies it: "a three-day
        // teachers strike" describes the strike.
        let person = |t: &Token<'_>| t.is_noun() && words::is_person_head(t.lemma(Pos::Noun));
        if person(&self.tokens[last])
            && self.tokens[last].is_plural()
            && self.word(last + 1).is_some_and(Token::is_noun)
        {
            last += 1;
        }
        (b..last)
            .find(|&i| person(&self.tokens[i]) && !self.tokens[i].is_plural())
            .or(Some(last))
    }

    /// The family or household the bare count at tokens `[a, b)` gives the
    /// size of ("a family of five was eating supper", "a household of
    /// five"): a count of its members.
    fn family_of(&self, a: usize, b: usize) -> Option<usize> {
        let of = a
            .checked_sub(1)
            .filter(|&o| self.tokens[o].lower() == "of")?;
        // (One family: "the families of two officers" are the officers'.)
        let family = of
            .checked_sub(1)
            .filter(|&f| matches!(self.tokens[f].lower(), "family" | "household"))?;
        // The phrase ends at the count: a verb, a function word or a mark
        // follows ("a family of five was", not "of five children").
        let bare = self.tokens.get(b).is_none_or(|t| {
            !t.is_word() || cues::ends_noun_phrase(t.lower()) || t.is_verb() && !t.is_noun()
        });
        bare.then_some(family)
    }

    /// Whether the figure ending at token `b` is joined by a hyphen to its
    /// noun before another noun it describes ("a two-hour briefing"), not
    /// a punishment's length or an event's count, which are what they
    /// count ("a 10-year prison sentence", "a 12-count indictment", "a
    /// 90-day suspension").
    fn describes_noun(&self, b: usize) -> bool {
        joined(&self.tokens[b - 1])
            && self.word(b).is_some_and(|t| {
                let lower = t.lower();
                t.is_noun()
                    && !cues::ends_noun_phrase(lower)
                    && !punishment(self.tokens, b, false)
                    && !matches!(lower, "sentence" | "term" | "suspension" | "ban")
                    && words::event_noun(t.lemma(Pos::Noun)).is_none()
                    && !words::charge_word(t.lemma(Pos::Noun))
            })
    }

    /// Whether a verb before the figure at `a` takes it as object or
    /// complement ("served 10 years after", "sentenced to 15 years after",
    /// "jailed for 10 years after"; not "died 12 hours after", nor a
    /// passive right before it: "the arrests were made three days before").
    fn object_before(&self, a: usize) -> bool {
        let mut i = a;
        while i > 0
            && self
                .word(i - 1)
                .is_some_and(|t| matches!(t.lower(), "to" | "for"))
        {
            i -= 1;
        }
        // (Not a verb of giving, whose passive keeps its object: "was
        // handed 12 years after a short trial".)
        let passive = i == a
            && i >= 2
            && self.word(i - 1).is_some_and(|t| {
                past_form(t)
                    && !matches!(
                        t.lemma(Pos::Verb),
                        "give" | "hand" | "award" | "grant" | "offer" | "deny"
                    )
            })
            && self.word(i - 2).is_some_and(|t| words::be_form(t.lower()));
        !passive
            && i.checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|t| t.is_verb() && !words::intransitive(t.lemma(Pos::Verb)))
    }
}

/// The longest token read as a number joined to a word, in bytes.
const MAX_COMPOUND: usize = 48;

/// A token's text split at its last hyphen when a word of letters follows
/// it ("four-term": "four", "term"; "10-round"). A compound is short: a
/// run like "1,1,1,..." is one long token, never scanned.
pub(super) fn hyphen_joined(text: &str) -> Option<(&str, &str)> {
    (text.len() <= MAX_COMPOUND)
        .then(|| text.rsplit_once('-'))
        .flatten()
        .filter(|(_, unit)| !unit.is_empty() && unit.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// A token of a number joined by a hyphen to a word ("two-hour",
/// "10-round"), not an age ("4-year-old").
fn joined(t: &Token<'_>) -> bool {
    hyphen_joined(t.lower()).is_some_and(|(number, unit)| {
        !number.is_empty() && !matches!(unit, "old" | "olds") && !scale(unit)
    })
}

/// Words that make a number of a number ("60-plus", "two-dozen",
/// "three-hundred"), not a number of things.
fn scale(unit: &str) -> bool {
    crate::figure::number_word(unit) || matches!(unit, "plus" | "odd" | "some")
}

/// Words after a distance or a time that make it a place or a moment:
/// "three miles away", "two days later", "seven miles southwest".
fn placing(lower: &str) -> bool {
    matches!(
        lower,
        "away"
            | "ago"
            | "apart"
            | "earlier"
            | "later"
            | "removed"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "outside"
            | "inland"
            | "offshore"
    )
}

/// Words that place only when no verb takes the figure as its object:
/// "less than a mile from where", but "drove 300 miles from the city".
fn weak_placing(lower: &str) -> bool {
    matches!(lower, "after" | "before" | "from")
}
