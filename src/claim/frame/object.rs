//! The verb whose object a figure is: left of it ("killed 12", "fined
//! the firm $250,000", "laid off 400"), or before the "for" of a price, a
//! length or a time ("ran after the driver on foot for half a mile").

use crate::claim::cues;
use crate::claim::frame::coordinate::number_token;
use crate::claim::frame::model::{HeadClass, Voice};
use crate::claim::frame::predicate::{Against, Found, Resolved, auxiliary, past_form};
use crate::claim::frame::words;
use crate::claim::reader::{Reader, VERB_REACH};
use crate::figure::FigureKind;
use crate::text::Pos;

/// How far before "for" or "by" its verb may stand ("ran after the
/// driver on foot for half a mile").
const FOR_REACH: usize = 6;

/// How far back a list of objects set apart by semicolons may reach, in
/// tokens.
const LIST_REACH: usize = 60;

/// How far before a list's first semicolon its verb may stand (the first
/// item's length), in tokens.
const ITEM_REACH: usize = 8;

/// What a word is to a reading across a coordinator before a figure (see
/// [`Reader::across`]).
enum Across {
    /// A word of the other object: read on.
    Skip,
    /// A word of a single other object: read on, now bare noun phrase only.
    Item,
    /// The other conjunct is no object: no verb.
    Stop,
    /// Read the word as any other.
    Read,
}

impl Reader<'_, '_> {
    /// The verb left of the figure at token `a` (its head phrase ending at
    /// `np_end`) whose object it is, or, for a price, a length or a
    /// distance, the verb before its "for", for a share the one before its
    /// "by", or the verb of a list of objects the figure ends ("injured
    /// the driver; a clerk; and two guards"); whether it is next to the
    /// figure, and whether a coordinator lies between (see
    /// [`Reader::object_verb`]).
    pub(super) fn left_verb(
        &self,
        kind: FigureKind,
        a: usize,
        np_end: usize,
        on: Against<'_>,
    ) -> Option<(Resolved, bool, bool)> {
        // "asked six times": what was done so often, a verb of asking or
        // saying too.
        let frequency = on.head == Some("time")
            || (a..=np_end).any(|i| self.word(i).is_some_and(|t| t.lower() == "times"));
        self.object_verb(a, on, frequency)
            // "officers set up a perimeter and two dogs were called": across
            // "and", a figure that a verb follows is that verb's subject.
            .filter(|&(_, _, crossed)| !crossed || !self.verb_follows(np_end))
            .or_else(|| {
                // A price, a length or a distance, not a reason ("arrested
                // for 3 robberies"); a margin ("won three years ago by 28
                // percentage points"), not an agent.
                let prepositions: &[&str] = match kind {
                    FigureKind::Money => &["for"],
                    // "will repave the road within a month"
                    FigureKind::Measurement => &["for", "within"],
                    FigureKind::Percent => &["by"],
                    _ => return None,
                };
                self.verb_before(a, prepositions).map(|f| (f, false, false))
            })
            .or_else(|| self.listed_object_verb(a).map(|f| (f, true, true)))
            .map(|(f, near, crossed)| (self.resolved(f, on), near, crossed))
    }

    /// The verb left of the figure whose object the figure counts, whether
    /// it is next to it (only modifiers between), and whether a coordinator
    /// lies between ("killed 9 and 31 injured": the verb may be the other
    /// figure's). `None` when a verb of saying, wanting or amount or a
    /// light verb other than one of doing comes first ("said 12", "hope to
    /// hire 40", "totaled 12", "gets 16 years"; of a `frequency`, only one
    /// of being: "asked six times"; "made 120 arrests" gives "made", which
    /// the arrests outrank in [`Reader::predicate`]), or a preposition
    /// ("short of 500", "down from 9%": the figure is its object, not a
    /// verb's). Across "and" it reads past another object ("killed a
    /// farmer and two children"; see [`Reader::across`]). Money may follow
    /// an indirect object ("fined the firm $250,000").
    pub(super) fn object_verb(
        &self,
        a: usize,
        on: Against<'_>,
        frequency: bool,
    ) -> Option<(Found, bool, bool)> {
        let start = self.clause_start(a, 0);
        let (mut own_word, mut crossed, mut item) = (false, false, false);
        let mut coordinator = a;
        let mut words = 0;
        let mut i = a;
        while i > start && words < VERB_REACH {
            i -= 1;
            let t = &self.tokens[i];
            // (Past a quotation mark inside the clause: shot "three men".)
            if self.inner_quote(i) {
                continue;
            }
            if !t.is_word() {
                return None;
            }
            let lower = t.lower();
            if matches!(lower, "and" | "or" | "but") {
                if own_word {
                    return None;
                }
                crossed = true;
                coordinator = i;
                continue;
            }
            // "laid off 400", "brought on 312"
            if i > start
                && let Some(f) = self.phrasal_at(i)
            {
                return Some((f, !own_word, crossed));
            }
            // Across "and", another object's words before the shared verb.
            if crossed && !own_word {
                match self.across(i, self.tokens[coordinator].lower() == "and", item) {
                    Across::Skip => {
                        words += 1;
                        continue;
                    }
                    Across::Item => {
                        item = true;
                        words += 1;
                        continue;
                    }
                    Across::Stop => return None,
                    Across::Read => {}
                }
            }
            // "sentenced to 15 years", "grew by 5%", "crested at 25 feet"
            if cues::figure_modifier(lower) || words::verb_filler(lower) || lower == "by" {
                words += 1;
                continue;
            }
            if cues::ends_noun_phrase(lower) || cues::appositive_link(lower) {
                return None;
            }
            let across = crossed && !own_word;
            if let Some(take) = self.object_verb_at(i, (across, item), on, frequency) {
                return take.then(|| (Found::at(i, Voice::Active), !own_word, crossed));
            }
            if t.is_noun() || t.capitalised() {
                // Money follows the one it goes to or comes from: "fined
                // the firm $250,000".
                if !(on.money && words < 3) {
                    return None;
                }
            }
            own_word = true;
            words += 1;
        }
        None
    }

    /// The phrasal verb whose particle is token `i` (`i > 0`): "laid off",
    /// "brought on".
    fn phrasal_at(&self, i: usize) -> Option<Found> {
        let lower = self.tokens[i].lower();
        let verb = &self.tokens[i - 1];
        let p = (words::particle(lower) && verb.is_word())
            .then(|| words::phrasal(verb.lemma(Pos::Verb), lower))
            .flatten()?;
        Some(Found {
            to: i + 1,
            phrasal: Some(p),
            ..Found::at(i - 1, Voice::Active)
        })
    }

    /// Whether the verb at token `i` takes the figure after it as its
    /// object (`Some(true)`), stops the search (`Some(false)`: a noun
    /// `across` a coordinator, a verb of no event), or is no verb here
    /// (`None`). Of a `frequency` every verb but one of being takes it
    /// ("asked six times").
    fn object_verb_at(
        &self,
        i: usize,
        (across, item): (bool, bool),
        on: Against<'_>,
        frequency: bool,
    ) -> Option<bool> {
        if !self.verb_here(i) || self.object_of_verb(i) {
            return None;
        }
        if across && self.noun_across(i, item) {
            return Some(false);
        }
        let lemma = self.tokens[i].lemma(Pos::Verb);
        // A verb of doing says what was done when its object names no
        // event ("made one change", "performed 60 operations"; "made 120
        // arrests" keeps the noun's event, which says more). Not of money
        // ("made $40,000 in donations"), nor of people, whose state is in
        // the words after them ("made 3,000 people homeless"), nor the
        // other light verbs ("gets 16 years", "served two terms").
        let doing = !on.money && matches!(lemma, "make" | "perform" | "conduct");
        let people = on.head.is_some_and(words::is_person_head);
        Some(match words::no_event(lemma) {
            None => true,
            Some(words::NoEvent::Being) => false,
            Some(words::NoEvent::Light) => !people && (doing || frequency),
            Some(_) => frequency,
        })
    }

    /// What token `i` is to a reading across a coordinator before the
    /// figure (`and`: that coordinator is "and"; `item`: a single object's
    /// word was passed): "killed two soldiers and three civilians", "killed
    /// a farmer and two children", "saved himself and two deputies".
    fn across(&self, i: usize, and: bool, item: bool) -> Across {
        let t = &self.tokens[i];
        let lower = t.lower();
        if !item && (number_token(t) || t.is_noun() && t.is_plural()) {
            return Across::Skip;
        }
        if and && self.listed_object_word(i) {
            return Across::Item;
        }
        if !item {
            return Across::Read;
        }
        // A verb's particle may stand before a single object ("left
        // behind a wife"). The object is a bare noun phrase: "two were
        // pronounced dead in the yard and two others" lists no objects.
        let verb_particle = matches!(lower, "behind" | "out" | "away" | "up" | "off" | "down")
            && i > 0
            && self.tokens[i - 1].is_verb();
        if verb_particle {
            Across::Skip
        } else if cues::ends_noun_phrase(lower) && !cues::attributive_determiner(lower)
            || words::state_word(lower).is_some() && !past_form(t)
            || matches!(lower, "who" | "which")
        {
            Across::Stop
        } else {
            Across::Read
        }
    }

    /// Whether the verb form at token `i`, across a coordinator before the
    /// figure, is a noun or a modifier: a base form that is also a noun
    /// ("the next block a year and a half ago"), or, before a single
    /// object (`item`), a participle right before a noun ("2 counts of
    /// armed burglary and 1 count").
    fn noun_across(&self, i: usize, item: bool) -> bool {
        let t = &self.tokens[i];
        t.is_noun() && t.lemma(Pos::Verb) == t.lower()
            || item
                && past_form(t)
                && self
                    .word(i + 1)
                    .is_some_and(|n| n.is_noun() && !cues::ends_noun_phrase(n.lower()))
    }

    /// Whether token `i`, before an "and" that leads to a figure, may be
    /// a word of a single object listed before it: a noun, a name or a
    /// pronoun of the object ("himself"), not a verb or a state ("three
    /// residents dead and two others").
    fn listed_object_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let pronoun = matches!(
            t.lower(),
            "himself" | "herself" | "themselves" | "him" | "them" | "me" | "us"
        );
        pronoun
            || (t.is_noun() || t.capitalised())
                && !self.verb_here(i)
                && words::state_word(t.lower()).is_none()
                && !cues::ends_noun_phrase(t.lower())
    }

    /// The verb of a list of objects set apart by semicolons, of which the
    /// figure at token `a` opens the last ("injured the driver; Ana Reyes, a
    /// clerk; and two bank guards"): a verb in the past
    /// right before the first item, within a few words of its semicolon.
    fn listed_object_verb(&self, a: usize) -> Option<Found> {
        if a < 2 || self.tokens[a - 1].lower() != "and" || !self.tokens[a - 2].is(';') {
            return None;
        }
        let first = (a.saturating_sub(LIST_REACH)..a - 1)
            .rev()
            .take_while(|&i| !self.tokens[i].is(':'))
            .filter(|&i| self.tokens[i].is(';'))
            .last()?;
        let v = (first.saturating_sub(ITEM_REACH)..first)
            .rev()
            .take_while(|&i| !self.breaks(i) && !self.tokens[i].is(','))
            .find(|&i| self.tokens[i].is_verb() && past_form(&self.tokens[i]))?;
        let t = &self.tokens[v];
        (!words::passive_auxiliary(t.lower()) && !words::not_an_event(t.lemma(Pos::Verb)))
            .then(|| Found::at(v, Voice::Active))
    }

    /// Whether token `i`, a noun as well as a verb, is the object of the
    /// verb before it ("restored service to 18,000", "cut power to 40,000"):
    /// an inflected verb, not an auxiliary, comes just before it.
    fn object_of_verb(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let before_preposition = self.tokens.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower(),
                "to" | "for" | "from" | "in" | "on" | "at" | "into"
            )
        });
        if !t.is_noun() || t.lemma(Pos::Verb) != t.lower() || i == 0 || !before_preposition {
            return false;
        }
        let prev = &self.tokens[i - 1];
        let lower = prev.lower();
        prev.is_word()
            && prev.is_verb()
            && (past_form(prev) || lower.ends_with('s') && prev.lemma(Pos::Verb) != lower)
            && !words::passive_auxiliary(lower)
            && !words::verb_filler(lower)
    }

    /// The verb of a figure after one of `prepositions` ("for", "within",
    /// "by"), past the verb's object and a place, manner or time: "ran
    /// after the driver on foot for half a mile", "tutored the girl for two
    /// years", "bought it at a yard sale for $180", "won three years ago by
    /// 28 points", "will repave the road within a month". Not across a
    /// coordinator or a break, within a few words.
    fn verb_before(&self, a: usize, prepositions: &[&str]) -> Option<Found> {
        let f = a.checked_sub(1)?;
        if !prepositions.contains(&self.tokens[f].lower()) {
            return None;
        }
        let start = self.clause_start(a, 0);
        let mut i = f;
        while i > start && f - i < FOR_REACH {
            i -= 1;
            let t = &self.tokens[i];
            // (A quotation mark inside the clause is no break: "would
            // \"repave the road within a month\"".)
            if self.inner_quote(i) {
                continue;
            }
            if !t.is_word() || matches!(t.lower(), "and" | "or" | "but") {
                return None;
            }
            // A base form that is also a noun is the object's noun ("a
            // school nurse for two decades", "by Mike's side"), not
            // after "to", a modal or a subject pronoun ("to run the city
            // for 12 years", "made us vomit for four hours").
            let before = (0..i)
                .rev()
                .find(|&k| !self.inner_quote(k))
                .map(|k| self.tokens[k].lower());
            let infinitive = before.is_some_and(|before| {
                before == "to"
                    || cues::modal(before)
                    || matches!(before, "i" | "we" | "they" | "you" | "us" | "them")
            });
            let noun_form = t.is_noun() && t.lemma(Pos::Verb) == t.lower() && !infinitive;
            // "within a year" is a deadline to a verb yet to be done, in its
            // base form ("will repave the road within a month"); after one
            // done, a span ("two ferries sank within an hour", "they
            // rebuilt it within a year").
            let base = t.lemma(Pos::Verb) == t.lower();
            let deadline = self.tokens[f].lower() != "within" || infinitive && base;
            if self.verb_here(i) && !noun_form {
                if !deadline {
                    return None;
                }
                // "carried the district by 6 percent": a place carried is
                // won, though "carry" is a light verb.
                let object = (i + 1..f).rev().find(|&k| self.tokens[k].is_noun());
                let won = t.lemma(Pos::Verb) == "carry"
                    && object.is_some_and(|o| {
                        words::head_class(self.tokens[o].lemma(Pos::Noun)) == HeadClass::Place
                    });
                return (won || !words::not_an_event(t.lemma(Pos::Verb))).then(|| Found {
                    object: object.filter(|_| won),
                    ..Found::at(i, Voice::Active)
                });
            }
        }
        None
    }

    /// Whether a finite verb stands at token `i`, past adverbs: an
    /// auxiliary, a modal, a past form that is no noun, or a present form
    /// before its object ("two dogs were called", "two others fled", "40
    /// families still need shelter", "four remain in the hospital"); not a
    /// preposition or a time word that is also a verb ("two hikers near
    /// the pass", "her two boys last Friday").
    fn verb_follows(&self, mut i: usize) -> bool {
        while self
            .word(i)
            .is_some_and(|t| words::verb_filler(t.lower()) && !cues::modal(t.lower()))
        {
            i += 1;
        }
        let Some(t) = self.word(i) else {
            return false;
        };
        let lower = t.lower();
        let present = t.is_verb()
            && !lower.ends_with("ing")
            && !cues::ends_noun_phrase(lower)
            && !words::particle(lower)
            && !matches!(
                lower,
                "near"
                    | "like"
                    | "past"
                    | "around"
                    | "outside"
                    | "inside"
                    | "behind"
                    | "home"
                    | "last"
                    | "next"
            )
            && self.word(i + 1).is_some_and(|n| {
                cues::attributive_determiner(n.lower())
                    || n.is_noun() && !cues::ends_noun_phrase(n.lower())
            });
        words::passive_auxiliary(lower)
            || cues::modal(lower)
            || matches!(lower, "has" | "have" | "had" | "remain" | "remains")
            || past_form(t) && !t.is_noun()
            || present
    }

    /// Whether token `i` is a verb here: a verb form, not after a
    /// determiner ("a record 500"), not a name.
    fn verb_here(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        // After "is", "was": a base form is no verb ("is back to 12,000").
        let after_be =
            i > 0 && t.lemma(Pos::Verb) == t.lower() && words::be_form(self.tokens[i - 1].lower());
        // After a preposition, a base form that is a noun is the noun
        // ("charged with murder and three counts").
        let after_preposition = i > 0
            && t.is_noun()
            && t.lemma(Pos::Verb) == t.lower()
            && matches!(
                self.tokens[i - 1].lower(),
                "with" | "for" | "of" | "from" | "in" | "on" | "at" | "about" | "after" | "before"
            );
        // Right after a verb in the past, a noun in -s is its object, no
        // verb of the present ("paid parents $14,500", "gave workers
        // $900").
        let object_of_past = i > 0 && t.is_noun() && t.lower().ends_with('s') && {
            let v = &self.tokens[i - 1];
            v.is_verb() && past_form(v) && !auxiliary(v.lower())
        };
        t.is_word()
            && t.is_verb()
            && !after_be
            && !after_preposition
            && !object_of_past
            && !(i > 0 && t.capitalised() && !self.headline)
            && !(i > 0 && cues::attributive_determiner(self.tokens[i - 1].lower()))
    }
}
