//! The measure rules: the noun or verb that says what a figure counts, by
//! the lexicon's words (see `extract.rs` for the order of the rules).

use crate::Span;
use crate::claim::cues;
use crate::claim::lexicon::{Entry, Role};
use crate::claim::reader::{CLAUSE_REACH, NOUN_PHRASE, Reader, VERB_REACH};
use crate::figure::{Figure, FigureKind};
use crate::text::Pos;

/// Which rule found a measure (see [`Reader::measure`]): the frame may
/// overrule some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Evidence {
    /// A measure noun heads the figure's phrase.
    Noun,
    /// A measure verb governs the figure.
    Verb,
    /// A multi-word cue ("from their homes").
    Phrase,
    /// A people word's default measure ("6,000 agents").
    People,
    /// A larger group on the left ("arrests of gang members, including 50").
    Group,
    /// A noun later in the clause ("320 people slept on cots").
    Clause,
}

/// The head of a figure's noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NounHead {
    /// A measure noun: decides the measure.
    Noun(usize),
    /// A people word with a default measure.
    People(usize),
    /// A generic noun: the measure comes from elsewhere.
    Entity,
}

/// The noun phrase after a figure.
#[derive(Clone, Copy, Debug)]
pub(super) struct Phrase {
    head: Option<NounHead>,
    /// One past its last token.
    end: usize,
    /// It is a free relative ("what agents were arresting").
    relative: bool,
    /// Its head is a multi-word noun of the lexicon ("flu shots").
    compound: bool,
}

impl Reader<'_, '_> {
    /// A lexicon entry for token `i`, preferring `roles` in order.
    pub(super) fn entry(&self, i: usize, kind: FigureKind, roles: &[Role]) -> Option<Entry> {
        let t = &self.tokens[i];
        if !t.is_word() || !self.lexicon.may_match(t) {
            return None;
        }
        // A capitalised word inside the sentence is a name ("in March",
        // "Crest Road"), not a verb; a participle after a determiner is an
        // adjective ("the flooded basement", "a damaged bridge").
        let name = i > 0 && t.capitalised();
        let adjective = i > 0 && cues::attributive_determiner(self.lower(i - 1));
        roles
            .iter()
            .filter(|role| !((name || adjective) && **role == Role::Verb))
            .find_map(|role| {
                self.lexicon
                    .lookup(t.lemma(role.pos()), kind)
                    .find(|e| e.role == *role)
            })
    }

    /// A phrase of the lexicon starting at token `i`, and its end.
    pub(super) fn phrase_at(
        &self,
        i: usize,
        kind: FigureKind,
        end: usize,
    ) -> Option<(Entry, usize)> {
        if !self
            .tokens
            .get(i)
            .is_some_and(|t| self.lexicon.may_match(t))
        {
            return None;
        }
        self.lexicon.phrases().iter().find_map(|p| {
            let n = p.words.len();
            (i + n <= end
                && self.lexicon.fits(p.entry.measure, kind)
                && p.words
                    .iter()
                    .zip(&self.tokens[i..i + n])
                    .all(|(w, t)| w.matches(t)))
            .then_some((p.entry, i + n))
        })
    }

    /// The measure of a multi-word noun of the lexicon heading the
    /// figure's phrase ("4,000 flu shots"), if one does (and, for a share,
    /// no measure verb follows it).
    pub(super) fn compound(&self, figure: &Figure, b: usize) -> Option<usize> {
        let kind = figure.kind;
        let end = self.clause_end(b);
        let phrase = self.noun_phrase(kind, b, end);
        match phrase.head {
            Some(NounHead::Noun(m))
                if phrase.compound
                    && (kind != FigureKind::Percent
                        || self.verb_after(kind, phrase.end, end).is_none()) =>
            {
                Some(m)
            }
            _ => None,
        }
    }

    /// The measure of the noun of the lexicon heading the phrase of the
    /// amount ending at token `b`, if one does ("$90,000 bonds", "her
    /// $60,000 bail"): what the money is.
    pub(super) fn money_noun(&self, b: usize) -> Option<usize> {
        let end = self.clause_end(b);
        match self.noun_phrase(FigureKind::Money, b, end).head {
            Some(NounHead::Noun(m)) => Some(m),
            _ => None,
        }
    }

    /// The measure of the figure covering tokens `[a, b)`.
    pub(super) fn measure(
        &self,
        figure: &Figure,
        (a, b): (usize, usize),
    ) -> Option<(usize, Evidence)> {
        let kind = figure.kind;
        let end = self.clause_end(b);
        // 1. The noun phrase the figure quantifies.
        let phrase = self.noun_phrase(kind, b, end);
        if let Some(NounHead::Noun(m)) = phrase.head {
            let verb_after = (kind == FigureKind::Percent)
                .then(|| self.verb_after(kind, phrase.end, end))
                .flatten();
            return Some((verb_after.unwrap_or(m), Evidence::Noun));
        }
        // A multiplier over "what agents were arresting": the verb decides.
        if phrase.relative {
            return self
                .verb_after(kind, phrase.end, end)
                .map(|m| (m, Evidence::Verb));
        }
        // 2. Multi-word cues near the figure.
        if let Some(m) = self.phrase_near(kind, a, phrase.end, end) {
            return Some((m, Evidence::Phrase));
        }
        // 3. The verb governing the figure, nearest first.
        let left = self.left_entry(kind, a);
        // "questioned dozens of guests who attended the wedding": a
        // relative clause says which people, not what the count is of.
        let object = a > 0 && {
            let t = &self.tokens[a - 1];
            // ("Police estimated 300": a name is no verb.)
            t.is_verb() && !t.capitalised() && (!t.is_noun() || t.lower().ends_with("ed"))
        };
        let relative = self
            .tokens
            .get(phrase.end)
            .is_some_and(|t| cues::relative_pronoun(t.lower()));
        let right = (!(object && relative))
            .then(|| self.verb_after(kind, phrase.end, end))
            .flatten();
        let verb = left
            .filter(|(_, d)| *d <= 1)
            .map(|(m, _)| m)
            .or(right)
            .or(left.map(|(m, _)| m));
        if let Some(m) = verb {
            return Some((m, Evidence::Verb));
        }
        // 3b. What a clause's subject was put at: "Attendance for the
        // opener was announced at 17,450".
        if phrase.head.is_none()
            && let Some(m) = self.subject_put_at(kind, a)
        {
            return Some((m, Evidence::Clause));
        }
        // 4. A noun or people word that belongs to a measure by default.
        if let Some(NounHead::People(m)) = phrase.head {
            return Some((m, Evidence::People));
        }
        // 5. A larger group on the left: "arrests of gang members, including 50".
        if matches!(phrase.head, Some(NounHead::Entity) | None)
            && self.partitive_before(a, b)
            && let Some(m) = self.noun_left(kind, a)
        {
            return Some((m, Evidence::Group));
        }
        // 6. A noun later in the clause: "320 people slept on cots".
        if phrase.head.is_some()
            && let Some(m) = self.noun_in_clause(kind, phrase.end, end)
        {
            return Some((m, Evidence::Clause));
        }
        // 7. A tally with no cue ("passed it 221-204") counts what the
        // lexicon names for tallies (the votes of a vote).
        if kind == FigureKind::Tally {
            return self
                .lexicon
                .first_naming(kind)
                .map(|m| (m, Evidence::Clause));
        }
        None
    }

    /// Reads the noun phrase after a figure.
    pub(super) fn noun_phrase(&self, kind: FigureKind, b: usize, end: usize) -> Phrase {
        let mut phrase = Phrase {
            head: None,
            end: b,
            relative: false,
            compound: false,
        };
        let mut i = b;
        let mut words = 0;
        let mut first = true;
        while i < end && words < NOUN_PHRASE {
            let t = &self.tokens[i];
            if !t.is_word() {
                break;
            }
            let lower = t.lower();
            if kind == FigureKind::Multiplier && first && lower == "what" {
                phrase.relative = true;
                phrase.end = i + 1;
                return phrase;
            }
            let skip_determiner =
                kind == FigureKind::Multiplier && first && cues::determiner(lower);
            let partitive_of = lower == "of" && (first || kind == FigureKind::Measurement);
            if skip_determiner || partitive_of {
                i += 1;
                continue;
            }
            if lower == "them" || lower == "those" {
                phrase.head = Some(NounHead::Entity);
                phrase.end = i + 1;
                return phrase;
            }
            if cues::ends_noun_phrase(lower) {
                break;
            }
            first = false;
            phrase.end = i + 1;
            // A multi-word noun: "double the state's police force".
            if let Some((e, to)) = self
                .phrase_at(i, kind, end)
                .filter(|(e, _)| e.role == Role::Noun)
            {
                phrase.head = Some(NounHead::Noun(e.measure));
                phrase.end = to;
                phrase.compound = true;
                return phrase;
            }
            if let Some(e) = self.entry(i, kind, &[Role::Noun, Role::People]) {
                phrase.head = Some(if e.role == Role::Noun {
                    NounHead::Noun(e.measure)
                } else {
                    NounHead::People(e.measure)
                });
                // A compound keeps the last noun: "bus operators", "relief package".
                if i + 1 < end
                    && self.tokens[i + 1].is_word()
                    && let Some(next) = self.entry(i + 1, kind, &[Role::Noun, Role::People])
                {
                    phrase.head = Some(if next.role == Role::Noun {
                        NounHead::Noun(next.measure)
                    } else {
                        NounHead::People(next.measure)
                    });
                    phrase.end = i + 2;
                }
                return phrase;
            }
            if self.lexicon.may_match(t) && self.lexicon.is_entity(t.lemma(Pos::Noun)) {
                phrase.head = Some(NounHead::Entity);
                return phrase;
            }
            // A measure verb ends the noun phrase: "12 inmates died".
            if self.entry(i, kind, &[Role::Verb]).is_some() {
                phrase.end = i;
                break;
            }
            if cues::transparent_noun(lower) {
                phrase.head = None;
            }
            words += 1;
            i += 1;
        }
        phrase
    }

    /// A measure verb in the few tokens after the noun phrase ("7,300
    /// immigrants arrested", "1,240 residents were evacuated").
    ///
    /// A verb right after "and", "but" or "or" heads a second predicate
    /// whose subject is not the figure: "left 5,000 people homeless and
    /// killed 3".
    pub(super) fn verb_after(&self, kind: FigureKind, from: usize, end: usize) -> Option<usize> {
        for i in from..end.min(from + VERB_REACH) {
            if let Some((e, _)) = self.phrase_at(i, kind, end) {
                return Some(e.measure);
            }
            if let Some(e) = self.entry(i, kind, &[Role::Verb]) {
                return Some(e.measure);
            }
            let coordinated = matches!(self.lower(i), "and" | "but" | "or")
                && i + 1 < end
                && self.entry(i + 1, kind, &[Role::Verb]).is_some();
            if coordinated {
                return None;
            }
        }
        None
    }

    /// The nearest measure noun or verb on the figure's left within its
    /// clause, with its distance in words.
    ///
    /// A coordinator with a word of its own before the figure starts
    /// another predicate: in "arrested 40 people and interviewed 3
    /// witnesses", "arrested" does not govern 3 (but it does in "arrested
    /// 40 men and 12 women").
    pub(super) fn left_entry(&self, kind: FigureKind, a: usize) -> Option<(usize, usize)> {
        let start = self.clause_start(a, 0);
        let mut distance = 0;
        let mut own_word = false;
        for i in (start..a).rev() {
            if !self.tokens[i].is_word() {
                continue;
            }
            if distance >= VERB_REACH {
                break;
            }
            let lower = self.lower(i);
            if matches!(lower, "and" | "or" | "but") {
                if own_word {
                    return None;
                }
            } else if !cues::figure_modifier(lower) {
                own_word = true;
            }
            if let Some(e) = self.entry(i, kind, &[Role::Verb, Role::Noun]) {
                // "for deportation": a purpose, not what is counted.
                if i == 0 || self.lower(i - 1) != "for" {
                    return Some((e.measure, distance));
                }
            }
            distance += 1;
        }
        None
    }

    /// The measure the subject of the figure's clause names when the
    /// figure is what the subject was put at: a form of "be", a verb, then
    /// "at" before the figure ("Attendance for the opener was announced at
    /// 17,450", "Damage to the pier was estimated at $2 million"). The
    /// subject is the last noun before the words that end its phrase (a
    /// preposition), reached past a verb's usual reach.
    fn subject_put_at(&self, kind: FigureKind, a: usize) -> Option<usize> {
        let start = self.clause_start(a, 0);
        let before = |i: usize| (start..i).rev().find(|&j| self.tokens[j].is_word());
        let at = before(a).filter(|&i| self.lower(i) == "at")?;
        let verb = before(at).filter(|&i| self.tokens[i].is_verb())?;
        let be =
            before(verb).filter(|&i| matches!(self.lower(i), "was" | "were" | "is" | "are"))?;
        let mut head = None;
        for j in start..be {
            let t = &self.tokens[j];
            if !t.is_word() {
                continue;
            }
            if head.is_some() && cues::ends_noun_phrase(t.lower()) {
                break;
            }
            if t.is_noun() {
                head = Some(j);
            }
        }
        self.entry(head?, kind, &[Role::Noun]).map(|e| e.measure)
    }

    /// A multi-word cue just before the figure or just after its noun
    /// phrase. After the noun phrase, a measure verb that comes first is
    /// nearer and wins: "12 inmates died in custody" counts deaths.
    pub(super) fn phrase_near(
        &self,
        kind: FigureKind,
        a: usize,
        from: usize,
        end: usize,
    ) -> Option<usize> {
        let start = self.clause_start(a, 0).max(a.saturating_sub(4));
        if let Some(m) = (start..a).find_map(|i| self.phrase_at(i, kind, a).map(|(e, _)| e.measure))
        {
            return Some(m);
        }
        for i in from..end.min(from + VERB_REACH) {
            if let Some((e, _)) = self.phrase_at(i, kind, end) {
                return Some(e.measure);
            }
            if self.entry(i, kind, &[Role::Verb]).is_some() {
                return None;
            }
        }
        None
    }

    /// Whether the figure is introduced as part of a group on its left
    /// ("including 50", "14 of them").
    pub(super) fn partitive_before(&self, a: usize, b: usize) -> bool {
        let before = (0..a)
            .rev()
            .find(|&i| self.tokens[i].is_word())
            .map(|i| self.lower(i));
        let after = (b < self.tokens.len()).then(|| self.lower(b));
        before.is_some_and(cues::partitive)
            || a > 0 && self.tokens[a - 1].is(',') && after.is_some_and(|w| w == "of")
    }

    /// The nearest measure noun left of the figure, across one comma.
    pub(super) fn noun_left(&self, kind: FigureKind, a: usize) -> Option<usize> {
        let start = self.clause_start(a, 1).max(a.saturating_sub(CLAUSE_REACH));
        (start..a)
            .rev()
            .find_map(|i| self.entry(i, kind, &[Role::Noun]).map(|e| e.measure))
    }

    /// A measure noun later in the figure's clause, not a purpose ("for
    /// deportation").
    pub(super) fn noun_in_clause(
        &self,
        kind: FigureKind,
        from: usize,
        end: usize,
    ) -> Option<usize> {
        (from..end.min(from + CLAUSE_REACH)).find_map(|i| {
            if i > 0 && self.lower(i - 1) == "for" {
                return None;
            }
            self.entry(i, kind, &[Role::Noun]).map(|e| e.measure)
        })
    }

    /// Whether a multiplier's object is a pronoun pointing back ("double
    /// that", "triple it").
    pub(super) fn anaphor(&self, figure: &Figure, (_, b): (usize, usize)) -> bool {
        figure.kind == FigureKind::Multiplier
            && self.tokens.get(b).is_some_and(|t| {
                matches!(t.lower(), "that" | "it" | "this")
                    && self.tokens.get(b + 1).is_none_or(|n| !n.is_word())
            })
    }

    /// Whether the figure stands alone as a noun phrase ("409,000 is a
    /// stretch"), so that it may refer to the previous sentence's topic.
    pub(super) fn bare(&self, (a, b): (usize, usize)) -> bool {
        // The figure is the subject of a verb ("409,000 is a stretch"), not
        // a figure closing its sentence, nor the object of "of" ("a crew
        // of four was driving back": a size, no count of the topic) but
        // for "a total of", "the number of".
        let of = a > 1
            && self.tokens[a - 1].lower() == "of"
            && !matches!(self.tokens[a - 2].lower(), "total" | "number");
        !of && self.tokens.get(b).is_some_and(|t| {
            t.is_word()
                && matches!(
                    t.lower(),
                    "is" | "was" | "are" | "were" | "will" | "would" | "has" | "had" | "have"
                )
        })
    }

    /// Whether a multiplier at `range` is a frequency adverb: "shot
    /// twice", "fired three times", "had twice exchanged fire" say how
    /// often an event happened, not a quantity a measure names (not
    /// "twice as many", "three times the rate", "three times more").
    pub(super) fn frequency(&self, figure: &Figure, (a, b): (usize, usize)) -> bool {
        if b <= a {
            return false;
        }
        let last = self.tokens[b - 1].lower();
        // "three times": the figure is "three", "times" follows it.
        let times = figure.kind == FigureKind::Count
            && self.tokens.get(b).is_some_and(|t| t.lower() == "times");
        let adverb = figure.kind == FigureKind::Multiplier
            && (b - a == 1 && matches!(last, "once" | "twice" | "thrice") || last == "times");
        let after = if times { b + 1 } else { b };
        let ratio = self.tokens.get(after).is_some_and(|t| {
            let lower = t.lower();
            t.is_word()
                && (cues::determiner(lower)
                    || matches!(
                        lower,
                        "as" | "more"
                            | "less"
                            | "fewer"
                            | "many"
                            | "much"
                            | "what"
                            | "those"
                            | "higher"
                            | "lower"
                            | "larger"
                            | "bigger"
                            | "greater"
                            | "faster"
                            | "over"
                    ))
        });
        (adverb || times) && !ratio
    }

    /// Whether the figure at `range` stands in apposition to the figure at
    /// `prev` (the previous figure of the sentence): only a comma or dash
    /// and linking words ("down from", "or about", "still short of the")
    /// lie between them, after the previous figure's own phrase.
    pub(super) fn appositive(&self, prev: Span, (a, _): (usize, usize)) -> bool {
        let (_, pb) = self.token_range(prev);
        if pb > a {
            return false;
        }
        // Walk back from the figure over linking words to a separator.
        let mut i = a;
        while i > pb {
            let t = &self.tokens[i - 1];
            if t.is(',') || t.is('—') || t.is('–') || t.is('(') || t.is(';') {
                return true;
            }
            if !(t.is_word() && cues::appositive_link(t.lower())) {
                return false;
            }
            i -= 1;
        }
        false
    }
}
