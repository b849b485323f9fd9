//! The frame rules over a sentence's tokens (stories-and-frames.md §2):
//!
//! - **head**: number + modifiers + noun, the last noun of the run, which
//!   ends after a plural ("14 state troopers", "three officers killed");
//!   "N of the X"; a currency makes money the head; a measurement's unit
//!   ("six-hour", "15 years"), or what it measures ("70 mm of rain", but
//!   "three days of talks" counts days); "the death toll rose to N" counts
//!   people who died; a label names a bare count ("Arrests: 12"); a noun
//!   joined to the number counts ("a four-term senator"); "N others" are
//!   people, or the things counted before them; a tally counts votes; an
//!   age noun counts children, teens or people ("two 4-year-olds"), but
//!   "two 4-year-old girls" counts girls; gunshots are shots.
//! - **predicate**: a verb just left of the figure, its object the counted
//!   thing ("killed at least 12"); an auxiliary + participle after the head
//!   (passive: "were shot"), a bare participle (reduced passive: "three
//!   officers killed"), or a finite verb (active: "12 inmates died"); a
//!   state word ("five dead"); a participle modifier ("860 damaged
//!   homes"); else the event a head noun names ("7,300 arrests"). Verbs of
//!   saying, wanting and counting are not the event.
//! - **relation**: "more", "another", "additional", "of other" →
//!   increment; "of the", "of those", "of Dalvor's", "including", "among
//!   them", "of whom" → subset, but "dozens of people" names no whole, "all
//!   five of the victims" is the whole and "among five people" the whole
//!   too; "Of the victims, three ..." → subset; counts of different
//!   people coordinated ("one woman and four men") are parts → subset, and
//!   so is a count the rest of its group follows ("one died, the other two
//!   ..."), and a bare count of an earlier group ("three men were hurt —
//!   one hit in the shoulder, and two in the knee"), but not the dead among
//!   the hurt ("four people shot, two dead": all the dead); a percentage
//!   or a fraction of something → share. "Other" is none: "killed two and
//!   injured 19 others" counts all the injured. (The relation rules are in
//!   `relation.rs`.)
//! - **no predicate** for a figure that only describes ("a two-hour
//!   briefing", "seven miles southwest": `attribute.rs`); a verb left out
//!   is taken from the earlier part ("one hit in the shoulder, and two in
//!   the knee": `ellipsis.rs`).
//! - **purpose** (money): "$X for/on/in NP", "$X to VERB NP", "NP ... cost
//!   $X", "NP budget of $X", a noun right after the amount.
//! - **described**: the noun a figure joined to its own noun describes
//!   ("a four-term alderman", "a three-day farm summit"; the first
//!   person of the phrase, else its last noun).
//!
//! Where only a parse could decide, the rules leave the part empty.

use crate::claim::cues;
use crate::claim::frame::coordinate::number_token;
use crate::claim::frame::head::{coined_plural, implied_head_class, set_head};
use crate::claim::frame::model::{
    Frame, FrameSpans, HeadClass, Polarity, Predicate, PredicateClass, Relation, Voice,
};
use crate::claim::frame::outcome::Around;
use crate::claim::frame::predicate::{Resolved, past_form};
use crate::claim::frame::words;
use crate::claim::reader::{NOUN_PHRASE, Reader};
use crate::figure::{Figure, FigureKind};
use crate::text::{NounClass, Pos, Token, VOTE_SIDES, noun_senses, strip_possessive};

/// What the words after a figure hold.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct HeadPhrase {
    /// The head noun's token.
    pub(super) head: Option<usize>,
    /// One past the phrase's last token.
    pub(super) end: usize,
    /// A relation word inside it ("more", "other", "of").
    pub(super) relation: Option<(Relation, usize)>,
    /// A participle before the head ("860 damaged homes").
    pub(super) modifier: Option<usize>,
    /// A state word ("five dead", "two people injured").
    pub(super) state: Option<usize>,
    /// "of those" + a participle ("two of those killed").
    pub(super) those: Option<usize>,
    /// The figure is followed by "of" ("87% of voters", "70 mm of rain").
    pub(super) of: bool,
    /// The figure counts more than one: a singular participle after it is
    /// a verb ("Five shot in Dalvor"), not the head.
    pub(super) plural: bool,
    /// The figure counts one: a verb's -s form after its head is the
    /// verb ("one person remains"), not a plural noun.
    pub(super) one: bool,
    /// An event noun before a person head ("gunshot victims").
    pub(super) event_modifier: Option<usize>,
}

/// What a word read by [`Reader::run_lead`] makes of a noun run.
enum RunStep {
    /// The word modifies what follows or is part of a name: the run goes
    /// on at this token, the word counted.
    On(usize),
    /// The word ends the run.
    End,
}

/// Makes a share said where a poll is the topic a poll's share ("In the
/// poll, Tessin leads with 21 percent", "Hadley earned 10 percent",
/// "followed by Marsh (14 percent)"), unless its verb says another
/// event ("rose 5 percent"). Whether it did.
pub(in crate::claim) fn poll_share(frame: &mut Frame) -> bool {
    let loose = frame.predicate.as_ref().is_none_or(|p| {
        matches!(
            p.class,
            PredicateClass::Other | PredicateClass::Win | PredicateClass::Raise
        )
    });
    if !loose || frame.relation != Relation::Share {
        return false;
    }
    frame.predicate = Some(match frame.predicate.take() {
        Some(p) => Predicate {
            class: PredicateClass::Poll,
            polarity: Polarity::Neutral,
            ..p
        },
        None => Predicate::new("poll", PredicateClass::Poll, Voice::Nominal),
    });
    frame.head_class = Some(HeadClass::Vote);
    true
}

impl Reader<'_, '_> {
    /// The frame of the figure covering tokens `[a, b)`, spans relative to
    /// the sentence.
    pub(in crate::claim) fn frame(&self, figure: &Figure, (a, b): (usize, usize)) -> Frame {
        let kind = figure.kind;
        let end = self.clause_end(b);
        let plural = figure.value.is_some_and(|v| v > 1.0);
        let one = kind == FigureKind::Count && figure.value == Some(1.0);
        let np = self.head_phrase(kind, b, end, plural, one);
        let mut frame = Frame::default();
        let mut spans = FrameSpans::default();

        let toll = self.toll_before(a);
        self.head(&mut frame, &mut spans, figure, (a, b), &np, toll.is_some());
        self.total_of_earlier(&mut frame, figure, a);
        self.whole_named_before(&mut frame, figure, a);

        // Predicate (a toll's people die whatever verb moves it: see
        // `assign_predicate`).
        let after = self.coordinated_after(&np, end, kind);
        let pair = self.named_pair_end(a, end);
        let words_after = Self::verb_side(kind, b, np, after.as_ref(), pair);
        // "a two-hour briefing", "seven miles southwest", "a family of
        // three": no event of its own.
        let describing = self.describing(figure, (a, b));
        let found = self
            .predicate(kind, a, &words_after, end, frame.head.as_deref())
            .filter(|r| describing.leaves(r));
        let predicate_at = self.assign_predicate(&mut frame, &mut spans, kind, found, toll);

        // The words around the predicate: "taken to the hospital",
        // "opened fire", "eight years in prison", "a $5,000 bond".
        let around = Around {
            predicate: frame.predicate.as_ref(),
            at: predicate_at,
            head: frame.head.as_deref(),
            kind,
        };
        if !describing.describes
            && let Some(p) = self.outcome(&around, (a, b), end)
        {
            frame.predicate = Some(p);
        }
        self.event_victims(&mut frame, &mut spans, figure, (a, b));
        self.vote_of_one(&mut frame, &mut spans, figure, (a, b));
        implied_head_class(&mut frame);
        self.frequency_head(&mut frame, &mut spans, figure, (a, b));
        self.those_named(&mut frame, figure, (a, b));
        self.relation(&mut frame, &mut spans, figure, (a, b), &np);
        // "one woman and three men": each a part of the group.
        // "three men were hurt — one hit in the shoulder": one of the men.
        let whole = frame
            .head
            .is_none()
            .then(|| self.part_of_earlier(a, figure.value))
            .flatten();
        if let Some(h) = whole {
            let lemma = self.tokens[h].lemma(Pos::Noun).to_string();
            set_head(&mut frame, lemma);
        }
        // (A count of the dead among the hurt is all the dead: "Four
        // people shot, two dead".)
        let died = frame.predicate_class() == Some(PredicateClass::Die);
        let parted = whole.is_some() && !died
            || after.is_some()
            || self.coordinated_before(a, np.head).is_some();
        if parted && frame.relation == Relation::Total {
            frame.relation = Relation::Subset;
        }
        self.part_of_the_hurt(&mut frame, &mut spans, (a, b), predicate_at);
        self.both_named(&mut frame, &mut spans, a, pair.is_some());
        self.described_thing(&mut frame, &mut spans, b, &describing);
        // Purpose.
        if kind == FigureKind::Money
            && let Some(p) = self.purpose((a, b), &np, end)
        {
            let t = &self.tokens[p];
            frame.purpose = Some(t.lemma(Pos::Noun).to_string());
            spans.purpose = Some(t.span());
        } else if let Some(p) = self.vote_purpose(&np, b) {
            let t = &self.tokens[p];
            frame.purpose = Some(t.lemma(Pos::Verb).to_string());
            spans.purpose = Some(t.span());
        }
        frame.spans = spans;
        frame
    }

    /// "a triple homicide", "a quadruple shooting": the victims of the
    /// event the noun names.
    fn event_victims(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        figure: &Figure,
        (a, b): (usize, usize),
    ) {
        if let Some((at, class)) = self.victims_of(figure, (a, b)) {
            frame.head = None;
            frame.head_class = Some(HeadClass::Person);
            spans.head = None;
            let t = &self.tokens[at];
            frame.predicate = Some(Predicate::new(t.lemma(Pos::Noun), class, Voice::Nominal));
            spans.predicate = Some(t.span());
        }
    }

    /// "the lone \"no\" vote", "was the lone opposition": one vote, cast
    /// (the figure reader counts `lone` and `sole` only before a word for
    /// a vote; the word after the side's words is the vote).
    fn vote_of_one(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        figure: &Figure,
        (a, b): (usize, usize),
    ) {
        let lone = matches!(self.tokens[a].lower(), "lone" | "sole");
        if figure.kind != FigureKind::Count || b != a + 1 || !lone {
            return;
        }
        let Some(t) = self
            .tokens
            .get(b..)
            .into_iter()
            .flatten()
            .take(5)
            .find(|t| t.is_word() && !VOTE_SIDES.contains(&t.lower()))
        else {
            return;
        };
        frame.head = Some("vote".to_string());
        frame.head_class = Some(HeadClass::Vote);
        spans.head = Some(t.span());
        frame.predicate = Some(Predicate::new("vote", PredicateClass::Vote, Voice::Nominal));
        spans.predicate = Some(t.span());
    }

    /// "Both were taken to the hospital", "rushed both victims": the two
    /// already named (`pair`: a pair of names just before), who may be a
    /// part of a larger count.
    fn both_named(&self, frame: &mut Frame, spans: &mut FrameSpans, a: usize, pair: bool) {
        if pair {
            // The two named are people, and all of those named.
            frame.head_class = Some(HeadClass::Person);
        } else if frame.relation == Relation::Total
            && self.tokens[a].lower() == "both"
            && frame.head_class.is_none_or(|c| c == HeadClass::Person)
        {
            frame.relation = Relation::Subset;
            spans.relation = Some(self.tokens[a].span());
        }
    }

    /// The head phrase whose end the predicate is read after: none of
    /// a length ("a six-hour standoff ended": the standoff ended, not the
    /// hours); the last part's `after` it ("one woman and three men were
    /// shot": the verb after the last part is the first's too); the two
    /// named after "both" ending at `pair` ("both the male and the boy
    /// have serious injuries"); else the figure's own, `np` (the figure
    /// ends at token `b`).
    fn verb_side(
        kind: FigureKind,
        b: usize,
        np: HeadPhrase,
        after: Option<&HeadPhrase>,
        pair: Option<usize>,
    ) -> HeadPhrase {
        if kind == FigureKind::Measurement && !np.of && np.head.is_some() {
            HeadPhrase {
                end: b,
                ..HeadPhrase::default()
            }
        } else if let Some(end) = after.map(|next| next.end).or(pair) {
            HeadPhrase { end, ..np }
        } else {
            np
        }
    }

    /// The event noun and its class when the figure at tokens `[a, b)` is
    /// a multiplier word counting its victims ("a triple homicide": three
    /// dead; "a double shooting": two shot).
    fn victims_of(
        &self,
        figure: &Figure,
        (a, b): (usize, usize),
    ) -> Option<(usize, PredicateClass)> {
        let multiple = matches!(
            self.tokens[a].lower(),
            "double" | "triple" | "quadruple" | "quintuple"
        );
        if figure.kind != FigureKind::Count || b != a + 1 || !multiple {
            return None;
        }
        let noun = self.word(b)?;
        let (class, _) = words::event_noun(noun.lemma(Pos::Noun))?;
        matches!(class, PredicateClass::Die | PredicateClass::Shoot).then_some((b, class))
    }

    /// Puts the predicate found in the frame: the people of a toll die
    /// ("the death toll rose to 12"); a change's subject is the head ("flu
    /// deaths climbed to 44" counts deaths); a tally of no known event is a
    /// vote. The predicate's token, when a verb was found.
    fn assign_predicate(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        kind: FigureKind,
        found: Option<Resolved>,
        toll: Option<usize>,
    ) -> Option<usize> {
        // "Sales fell 12%", "flu deaths climbed to 44": what changed is
        // the subject of the verb.
        let subject = found
            .as_ref()
            .filter(|r| r.class == PredicateClass::Change && r.found.voice == Voice::Active)
            .filter(|_| toll.is_none())
            .filter(|_| frame.head.is_none() || frame.head.as_deref() == Some("percent"))
            .and_then(|r| self.subject_before(r.found.at));
        if let Some(h) = subject {
            let t = &self.tokens[h];
            let lemma = t.lemma(Pos::Noun).to_string();
            set_head(frame, lemma);
            spans.head = Some(t.span());
        }
        let toll = toll.filter(|_| {
            found
                .as_ref()
                .is_none_or(|r| matches!(r.class, PredicateClass::Change | PredicateClass::Other))
        });
        let mut predicate_at = None;
        if let Some(t) = toll {
            spans.predicate = Some(self.tokens[t].span());
            frame.predicate = Some(Predicate::new("die", PredicateClass::Die, Voice::Nominal));
        } else if let Some((h, (class, polarity))) =
            subject.and_then(|h| words::event_noun(self.tokens[h].lemma(Pos::Noun)).map(|c| (h, c)))
        {
            // "flu deaths climbed to 44" counts deaths.
            let t = &self.tokens[h];
            spans.predicate = Some(t.span());
            frame.predicate = Some(Predicate {
                polarity,
                ..Predicate::new(t.lemma(Pos::Noun), class, Voice::Nominal)
            });
        } else if let Some(r) = found {
            predicate_at = Some(r.found.at);
            spans.predicate = Some(self.tokens_span(r.found.at, r.found.to));
            frame.predicate = Some(Predicate {
                lemma: r.lemma,
                class: r.class,
                voice: r.found.voice,
                polarity: r.polarity,
            });
        }
        // "the tally stood at 61-38", "followed a 61-38 vote": a tally is a
        // vote's count.
        if kind == FigureKind::Tally
            && frame
                .predicate_class()
                .is_none_or(|c| c == PredicateClass::Other)
        {
            predicate_at = None;
            frame.predicate = Some(Predicate::new("vote", PredicateClass::Vote, Voice::Nominal));
        }
        predicate_at
    }

    pub(super) fn word(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i).filter(|t| t.is_word())
    }

    /// Reads the words after a figure (see [`HeadPhrase`]) that counts
    /// more than one (`plural`), one (`one`), or neither is known.
    pub(super) fn head_phrase(
        &self,
        kind: FigureKind,
        b: usize,
        end: usize,
        plural: bool,
        one: bool,
    ) -> HeadPhrase {
        let mut np = HeadPhrase {
            end: b,
            plural,
            one,
            ..HeadPhrase::default()
        };
        let mut i = b;
        // "five more people", "three other people", "12 additional officers"
        while let Some(t) = self.word(i).filter(|_| i < end) {
            let lower = t.lower();
            if words::increment_after(lower) {
                np.relation = Some((Relation::Increment, i));
            } else if lower == "others" {
                // "five others were hurt": "others" is the head.
                np.head = Some(i);
            } else if lower != "other" {
                // "injured 19 others": besides those named, the whole count
                // of its own event, no part of another.
                break;
            }
            i += 1;
            np.end = i;
        }
        // "30 or 40 members", "three to five years": a range read as two
        // figures counts what follows the second.
        if i == b
            && self
                .word(i)
                .is_some_and(|t| matches!(t.lower(), "or" | "to"))
            && self.tokens.get(i + 1).is_some_and(number_token)
        {
            i += 2;
        }
        // "triple its workforce"
        if kind == FigureKind::Multiplier
            && self.word(i).is_some_and(|t| cues::determiner(t.lower()))
        {
            i += 1;
        }
        // "two of those killed", "three of the officers", "87% of voters"
        if i < end && self.word(i).is_some_and(|t| t.lower() == "of") {
            // "one of the advocates": the whole is many.
            np.one = false;
            match self.of_phrase(&mut np, kind, i) {
                Some(next) => i = next,
                None => return np,
            }
        }
        self.noun_run(&mut np, i, end);
        self.among_those(&mut np);
        // "two people dead", "12 residents missing"
        if np.state.is_none()
            && np.head.is_some()
            && np.end < end
            && self
                .word(np.end)
                .is_some_and(|t| words::state_word(t.lower()).is_some())
        {
            np.state = Some(np.end);
        }
        np
    }

    /// "one person among those shot": a part of those the participle
    /// names, as in "one of those shot".
    fn among_those(&self, np: &mut HeadPhrase) {
        if np.head.is_some()
            && np.relation.is_none()
            && self.word(np.end).is_some_and(|t| t.lower() == "among")
            && self.word(np.end + 1).is_some_and(|t| t.lower() == "those")
            && self.tokens.get(np.end + 2).is_some_and(past_form)
        {
            np.relation = Some((Relation::Subset, np.end));
            np.those = Some(np.end + 2);
            np.end += 3;
        }
    }

    /// The words from "of" at token `i` after a figure: the relation
    /// they set, and where the head noun may start (`None` when a pronoun
    /// ends the phrase: "of them", "of those killed").
    fn of_phrase(&self, np: &mut HeadPhrase, kind: FigureKind, mut i: usize) -> Option<usize> {
        np.of = true;
        // "70 mm of rain", "87% of voters", "$75 million of the stadium":
        // what is measured, a share, what money is for; "dozens of
        // people": what is counted, no part of a named whole.
        if !matches!(
            kind,
            FigureKind::Measurement | FigureKind::Percent | FigureKind::Money
        ) && self.partitive(i + 1)
        {
            np.relation = Some((Relation::Subset, i));
        } else if self.word(i + 1).is_some_and(|t| t.lower() == "other") {
            // "dozens of other lawmakers": besides those named.
            np.relation = Some((Relation::Increment, i + 1));
        }
        i += 1;
        np.end = i;
        match self.word(i).map(Token::lower) {
            // "of those victims", "of these elements": a demonstrative
            // before a plural noun, the head.
            Some("those" | "these") if self.word(i + 1).is_some_and(Token::is_plural) => {
                Some(i + 1)
            }
            Some("them" | "whom" | "us" | "these") => {
                np.end = i + 1;
                None
            }
            Some("those") => {
                np.end = i + 1;
                np.those = Some(i + 1).filter(|&v| self.tokens.get(v).is_some_and(past_form));
                None
            }
            Some(w) if cues::attributive_determiner(w) => Some(i + 1),
            _ => Some(i),
        }
    }

    /// Whether the words from token `i`, after "N of", name a whole the
    /// figure is part of: a determiner or pronoun ("of the officers", "of
    /// those killed", "of them"), a number ("of the 19"), a possessor ("of
    /// Dalvor's players"). Not a bare noun ("dozens of people").
    pub(super) fn partitive(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        let lower = t.lower();
        cues::attributive_determiner(lower)
            || matches!(
                lower,
                "those" | "these" | "them" | "whom" | "us" | "which" | "whose"
            )
            || t.has_digit()
            || cues::number_word(lower)
            // "of Dalvor's players" (not "of people's homes": a named
            // owner makes a whole).
            || t.capitalised() && possessive(t)
    }

    /// Whether a name starts at token `i` and ends its phrase: capitalised
    /// words, then none that is a noun ("Lindqvist Arena,", not "Afghan
    /// soldiers"), outside a headline.
    fn name_follows(&self, i: usize) -> bool {
        // (A headline capitalises every word.)
        if self.headline {
            return false;
        }
        let mut j = i;
        while self.word(j).is_some_and(Token::capitalised) {
            j += 1;
        }
        j > i && self.word(j).is_none_or(|t| !t.is_noun())
    }

    /// The run of modifiers and nouns from token `i`: its last noun is the
    /// head; a plural ends it.
    pub(super) fn noun_run(&self, np: &mut HeadPhrase, mut i: usize, end: usize) {
        let mut words = 0;
        while i < end && words < NOUN_PHRASE {
            let Some(t) = self.word(i) else {
                break;
            };
            match self.run_lead(np, t, i, end) {
                Some(RunStep::On(next)) => {
                    i = next;
                    words += 1;
                    continue;
                }
                Some(RunStep::End) => break,
                None => {}
            }
            if self.ends_run(np, t, i, end) {
                break;
            }
            // "3 bandmates": a plural the tables do not know heads a
            // plural count.
            let coined = np.plural && np.head.is_none() && coined_plural(t);
            let noun = t.is_noun() || coined;
            if past_form(t) && !noun {
                // "860 damaged homes", but "three officers killed" and
                // "17,450 packed Lindqvist Arena" (a name, its object).
                if np.head.is_none() && self.noun_follows(i, end) && !self.name_follows(i + 1) {
                    np.modifier = Some(i);
                    i += 1;
                    words += 1;
                    continue;
                }
                break;
            }
            if noun {
                if !self.take_noun(np, i, end) || t.is_plural() || coined {
                    break;
                }
            } else if !t.capitalised() && !self.noun_follows(i, end) {
                break;
            }
            words += 1;
            i += 1;
        }
    }

    /// What a word of a noun run at token `i` makes of the run before its
    /// stops are tested: an initial of a name, an age ("4-year-old"), a
    /// state word or a date before a noun goes on past it; an age noun or
    /// a state word ends it, setting the head or the state. `None` for any
    /// other word.
    fn run_lead(
        &self,
        np: &mut HeadPhrase,
        t: &Token<'_>,
        i: usize,
        end: usize,
    ) -> Option<RunStep> {
        let lower = t.lower();
        // "of the man's cousins", "of Dana's cousins": a possessor after
        // "of" or a determiner is no head, the noun it owns is; right
        // after the figure it is what is counted ("five people's lives").
        let owner = i > 0
            && self
                .word(i - 1)
                .is_some_and(|p| p.lower() == "of" || cues::attributive_determiner(p.lower()));
        if owner && possessive(t) && self.noun_follows(i, end) {
            return Some(RunStep::On(i + 1));
        }
        // "U.S. Capitol Police officers": an initial is part of a name.
        if t.text().len() == 1
            && t.capitalised()
            && self.tokens.get(i + 1).is_some_and(|d| d.is('.'))
            && self.word(i + 2).is_some()
        {
            return Some(RunStep::On(i + 2));
        }
        // "two 4-year-olds"; "two 4-year-old girls" counts girls.
        if words::age_head(lower).is_some() {
            if lower.ends_with("old") && self.noun_follows(i, end) {
                return Some(RunStep::On(i + 1));
            }
            np.head = Some(i);
            np.end = i + 1;
            return Some(RunStep::End);
        }
        if words::state_word(lower).is_some() {
            // (In a headline's capitals the state is said of the count:
            // "3 Hurt Harlow Barbershop Shooting".)
            let headline = t.capitalised() && self.word(i + 1).is_some_and(Token::capitalised);
            if np.head.is_none() && !headline && self.noun_follows(i, end) {
                // "two deceased persons", "three injured workers"
                np.modifier.get_or_insert(i);
                return Some(RunStep::On(i + 1));
            }
            np.state = Some(i);
            np.end = np.end.max(i + 1);
            return Some(RunStep::End);
        }
        // "the 14 Oct. 3 marchers", "four May 2 detainees": a
        // date before a noun names which, not the head.
        if np.head.is_none()
            && t.capitalised()
            && cues::month(lower)
            && let Some(next) = self.date_modifier_end(i, end)
        {
            return Some(RunStep::On(next));
        }
        None
    }

    /// Whether the word at token `i` ends a noun run: a word that ends a
    /// noun phrase, "of" after the head, a window opener, a weekday, a
    /// capitalised month past the first token, or "face(s)" before a charge.
    fn ends_run(&self, np: &HeadPhrase, t: &Token<'_>, i: usize, end: usize) -> bool {
        let lower = t.lower();
        // "one count of arson": the head is found, "of" adds to it.
        if cues::ends_noun_phrase(lower)
            || (lower == "of" && np.head.is_some())
            || cues::window_opener(lower)
            || cues::weekday(lower)
            || (i > 0 && cues::month(lower) && t.capitalised())
        {
            return true;
        }
        // "Both face charges", "two face first-degree murder
        // charges": the verb of the accused, not a noun before one.
        np.head.is_none() && self.faces_charges(i, end)
    }

    /// After a month at token `i`, the end of its day ("Oct. 3", "May 2")
    /// when a noun follows it ("Oct. 3 marchers").
    fn date_modifier_end(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i + 1;
        if self.tokens.get(j).is_some_and(|t| t.is('.')) {
            j += 1;
        }
        let day = self.tokens.get(j)?;
        let digits = day.text();
        let is_day = digits.len() <= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
        (is_day && j + 1 < end && self.word(j + 1).is_some_and(Token::is_noun)).then_some(j + 1)
    }

    /// Takes the noun at token `i` as the head phrase's head, unless it is
    /// a verb after the head: "a man shot" (a person's predicate), "Five
    /// shot in Dalvor" (a singular participle after a plural count).
    /// Whether it was taken.
    fn take_noun(&self, np: &mut HeadPhrase, i: usize, end: usize) -> bool {
        let t = &self.tokens[i];
        // ("six others shot": "others" are people too.)
        let person = np.head.is_some_and(|h| {
            let head = &self.tokens[h];
            head.lower() == "others" || words::is_person_head(head.lemma(Pos::Noun))
        });
        if person && past_form(t) {
            return false;
        }
        // "one person remains in critical condition": after a singular
        // head, a verb's -s form is its verb, no plural noun.
        if np.head.is_some()
            && np.one
            && t.is_verb()
            && t.lower().strip_suffix('s') == Some(t.lemma(Pos::Verb))
        {
            return false;
        }
        // "1 shot dead", "one shot to death", "one shot and killed": a
        // participle before its outcome.
        let outcome_next = self.to_death_at(i + 1)
            || self.word(i + 1).is_some_and(|n| {
                let lower = n.lower();
                words::state_word(lower).is_some()
                    || lower == "and"
                        && self
                            .word(i + 2)
                            .is_some_and(|v| past_form(v) && !v.is_noun())
            });
        // "one shot in the chest": a participle before a part of the body.
        let in_body = self.word(i + 1).is_some_and(|n| n.lower() == "in")
            && self
                .noun_after(i + 2, end.min(i + 6))
                .and_then(|n| noun_senses(self.tokens[n].lemma(Pos::Noun)))
                .is_some_and(|s| s.all.contains(NounClass::BODY));
        if np.head.is_none()
            && past_form(t)
            && (outcome_next || (np.plural || in_body) && !self.noun_follows(i, end))
        {
            return false;
        }
        // "gunshot victims": the event a person went through.
        if let Some(h) = np.head
            && words::event_noun(self.tokens[h].lemma(Pos::Noun)).is_some()
        {
            np.event_modifier = Some(h);
        }
        np.head = Some(i);
        np.end = i + 1;
        true
    }

    /// Whether token `i` is "face(s)" with a charge for its object within
    /// the next few words ("face charges", "faces a charge of murder",
    /// "face first-degree murder charges").
    pub(super) fn faces_charges(&self, i: usize, end: usize) -> bool {
        matches!(self.tokens[i].lower(), "face" | "faces")
            && (i + 1..end.min(i + 5))
                .map_while(|j| self.word(j))
                .any(|n| n.is_noun() && words::charge_word(n.lemma(Pos::Noun)))
    }

    /// Whether a noun comes within the next few words (a modifier's head).
    pub(super) fn noun_follows(&self, i: usize, end: usize) -> bool {
        (i + 1..end.min(i + 4))
            .map_while(|j| self.word(j))
            .take_while(|t| !cues::ends_noun_phrase(t.lower()))
            .any(Token::is_noun)
    }

    /// The lower-case noun just before the verb at token `v` (auxiliaries
    /// and adverbs skipped): its subject ("sales" in "sales fell 12%").
    fn subject_before(&self, v: usize) -> Option<usize> {
        let start = self.clause_start(v, 0);
        let mut i = v;
        while i > start {
            i -= 1;
            let t = self.word(i)?;
            if words::verb_filler(t.lower()) || words::passive_auxiliary(t.lower()) {
                continue;
            }
            // A capital starts the sentence or a name ("Tallis Foods").
            let name = t.capitalised() && i > 0;
            return (t.is_noun() && !name && !cues::ends_noun_phrase(t.lower())).then_some(i);
        }
        None
    }

    /// "the death toll rose to 12", "a toll of 12": the "toll" token.
    fn toll_before(&self, a: usize) -> Option<usize> {
        let start = self.clause_start(a, 0).max(a.saturating_sub(6));
        (start..a).find(|&i| self.tokens[i].lower() == "toll")
    }

    /// The head noun of a noun phrase from token `i` (determiners and
    /// modifiers skipped), before `end`.
    pub(super) fn noun_after(&self, i: usize, end: usize) -> Option<usize> {
        let mut np = HeadPhrase::default();
        let mut j = i;
        while self
            .word(j)
            .is_some_and(|t| cues::attributive_determiner(t.lower()) || t.lower() == "those")
        {
            j += 1;
        }
        self.noun_run(&mut np, j, end);
        np.head
    }
}

/// Whether a word is a possessor ("Dana's", "the man's"), as the
/// lemmatizer reads one ([`strip_possessive`]).
fn possessive(t: &Token<'_>) -> bool {
    strip_possessive(t.lower()).len() < t.lower().len()
}
