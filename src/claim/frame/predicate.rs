//! The predicate rules: which verb, state word or event noun says what
//! happened to the counted thing, with its voice and class (see `read.rs`
//! for the order; the verb left of the figure is read in `object.rs`, an
//! object relative after the head in `relative.rs`).

use crate::claim::cues;
use crate::claim::frame::coordinate::number_token;
use crate::claim::frame::model::{Polarity, PredicateClass, Voice};
use crate::claim::frame::outcome::Outcome;
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words;
use crate::claim::reader::{Reader, VERB_REACH};
use crate::figure::FigureKind;
use crate::text::{Pos, Token};

/// A predicate found, before its class is resolved against the head.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    /// The token of the verb (or state word, or event noun).
    pub(super) at: usize,
    /// One past the last token (a particle included).
    pub(super) to: usize,
    pub(super) voice: Voice,
    /// The phrasal verb it forms with a particle ("lay off").
    pub(super) phrasal: Option<&'static str>,
    /// A noun after an active verb whose subject is the head ("lost their
    /// jobs").
    pub(super) object: Option<usize>,
}

/// A past participle that looks like its base form ("were hit", "400 jobs
/// cut").
fn same_form_participle(lower: &str) -> bool {
    matches!(
        lower,
        "cut"
            | "hit"
            | "hurt"
            | "shed"
            | "shut"
            | "put"
            | "set"
            | "spread"
            | "split"
            | "quit"
            | "cost"
            | "let"
            | "beat"
            | "bid"
    )
}

/// An auxiliary of the passive or the perfect ("was", "were", "has",
/// "had").
pub(super) fn auxiliary(lower: &str) -> bool {
    words::passive_auxiliary(lower) || matches!(lower, "has" | "have" | "had")
}

/// Verbs of belief and report that raise the subject of what follows "to
/// be" ("five were believed to be shot", "two are thought to have died").
fn raising(lemma: &str) -> bool {
    matches!(
        lemma,
        "believe" | "think" | "say" | "report" | "know" | "fear" | "presume" | "understand"
    )
}

/// Verbs whose subject is the subject of the verb after "to" ("two
/// deputies tried to halt the van", "40 workers agreed to return"):
/// the event is that verb.
fn control(lemma: &str) -> bool {
    matches!(
        lemma,
        "try"
            | "attempt"
            | "want"
            | "plan"
            | "seek"
            | "aim"
            | "hope"
            | "intend"
            | "need"
            | "agree"
            | "decide"
            | "promise"
            | "pledge"
            | "vow"
            | "expect"
            | "begin"
            | "start"
            | "continue"
            | "manage"
    )
}

/// Verbs of beginning and going on, whose -ing complement is the event
/// ("began arguing", "kept firing").
fn aspectual(lemma: &str) -> bool {
    matches!(lemma, "begin" | "start" | "continue" | "keep" | "resume")
}

/// Whether a token is an inflected verb form that can be a participle
/// ("killed", "shot", "fled", "wounded"), not a plural noun or an -ing
/// form.
pub(super) fn past_form(t: &Token<'_>) -> bool {
    if !t.is_word() || !t.is_verb() || t.is_plural() {
        return false;
    }
    let lower = t.lower();
    if lower.ends_with("ing") {
        return false;
    }
    let lemma = t.lemma(Pos::Verb);
    lemma != lower && !(lower.ends_with('s') && lower.len() == lemma.len() + 1)
        || same_form_participle(lower)
}

impl Found {
    /// A one-token predicate at `at`.
    pub(super) fn at(at: usize, voice: Voice) -> Found {
        Found {
            at,
            to: at + 1,
            voice,
            phrasal: None,
            object: None,
        }
    }
}

/// What a predicate's class is resolved against: the head, and whether the
/// figure is money or a share.
#[derive(Clone, Copy)]
pub(super) struct Against<'h> {
    pub(super) head: Option<&'h str>,
    pub(super) money: bool,
    pub(super) share: bool,
}

/// A predicate with its lemma and class.
#[derive(Clone, Debug)]
pub(super) struct Resolved {
    pub(super) found: Found,
    pub(super) class: PredicateClass,
    pub(super) polarity: Polarity,
    pub(super) lemma: String,
}

impl Resolved {
    /// Whether its class is a known one (not `other`).
    pub(super) fn specific(&self) -> bool {
        self.class != PredicateClass::Other
    }
}

/// Whether a predicate was found and names a known event.
fn specific(r: Option<&Resolved>) -> bool {
    r.is_some_and(Resolved::specific)
}

impl Reader<'_, '_> {
    /// The predicate, by the rules' priority, with its class resolved
    /// against the head: (1) a verb just left whose class is known
    /// ("killed 12"); a part's own verb after its whole ("one of the
    /// three men shot on Friday has died", "one person among those shot
    /// was confirmed dead"); (2) a state word ("five dead") or the whole's
    /// participle ("two of those killed"); then, weighed in
    /// [`Reader::weighed`], (3) a verb after the head ("were shot"); (4) a
    /// participle before the head ("860 damaged homes"); (5) a verb further
    /// left; (6) the event a head noun names.
    pub(super) fn predicate(
        &self,
        kind: FigureKind,
        a: usize,
        np: &HeadPhrase,
        end: usize,
        head: Option<&str>,
    ) -> Option<Resolved> {
        let on = Against {
            head,
            money: kind == FigureKind::Money,
            share: kind == FigureKind::Percent,
        };
        let left = self.left_verb(kind, a, np.end, on);
        let (right, part_verb) = self.right_verb(kind, a, np, end, on);
        // Across "and" only when the figure has no event of its own
        // ("arrested 40 men and 12 women", not "killed 9 and 31 injured").
        let own = np.state.is_some() || np.those.is_some() || right.is_some();
        if let Some((r, true, crossed)) = &left
            && r.specific()
            && !(*crossed && own)
        {
            return Some(r.clone());
        }
        if part_verb.is_some() {
            return part_verb;
        }
        // "one person among those shot was confirmed dead": the part's
        // own verb of a known class after the whole's participle.
        if np.those.is_some() && specific(right.as_ref()) {
            return right;
        }
        if let Some(s) = np.state.or(np.those) {
            let voice = if np.state.is_some() {
                Voice::Nominal
            } else {
                Voice::Passive
            };
            return Some(self.resolved(Found::at(s, voice), on));
        }
        self.weighed(a, np, left, right, on)
    }

    /// The predicate when no verb of a known class settles it (see
    /// [`Reader::predicate`]): the event a head noun names, a verb after
    /// the head, a participle before it, or a verb further left, weighed
    /// against each other; last, a verb left out ("one hit in the shoulder,
    /// and two in the knee").
    fn weighed(
        &self,
        a: usize,
        np: &HeadPhrase,
        left: Option<(Resolved, bool, bool)>,
        right: Option<Resolved>,
        on: Against<'_>,
    ) -> Option<Resolved> {
        // "gunshot victims": the event before a person head, who suffered
        // it ("two shooting suspects" did it).
        let person_event = np.event_modifier.filter(|_| {
            on.head
                .is_some_and(|h| words::is_person_head(h) && !words::fugitive(h))
        });
        let nominal = np
            .head
            .filter(|&h| words::event_noun(self.tokens[h].lemma(Pos::Noun)).is_some())
            .or(person_event)
            .map(|h| self.resolved(Found::at(h, Voice::Nominal), on));
        // A state before the head says more than a verb of no known class
        // ("six injured people initially knew").
        let state_modifier = np
            .modifier
            .filter(|&m| words::state_word(self.tokens[m].lower()).is_some());
        // "shrapnel hit two girls playing outside": the -ing form only
        // says what they were doing; the verb whose object they are says
        // what happened to them (not one of finding: "found six victims
        // suffering from gunshot wounds").
        let ing_modifier = right
            .as_ref()
            .is_some_and(|r| !r.specific() && self.tokens[r.found.at].lower().ends_with("ing"));
        // "Detectives questioned dozens of guests who attended the wedding":
        // a relative clause says which people; the verb whose object they
        // are says what was done to them.
        let relative_clause = right.as_ref().is_some_and(|r| {
            !r.specific()
                && (np.end..r.found.at).any(|i| cues::relative_pronoun(self.tokens[i].lower()))
        });
        if (ing_modifier || relative_clause)
            && let Some((r, true, false)) = &left
            && !words::finding(&r.lemma)
            && !(relative_clause && self.tokens[r.found.at].capitalised())
        {
            return Some(r.clone());
        }
        // An event noun says more than a verb of no known class ("the raids
        // led to 300 arrests").
        if right.is_some()
            && (specific(right.as_ref()) || !specific(nominal.as_ref()))
            && (specific(right.as_ref()) || state_modifier.is_none())
        {
            return right;
        }
        if let Some(m) = np.modifier {
            // "860 damaged homes"; a state word: "two deceased persons".
            let voice = if words::state_word(self.tokens[m].lower()).is_some() {
                Voice::Nominal
            } else {
                Voice::Passive
            };
            let r = Some(self.resolved(Found::at(m, voice), on));
            if specific(r.as_ref()) {
                return r;
            }
        }
        match left {
            Some((r, _, _)) if r.specific() || !specific(nominal.as_ref()) => Some(r),
            _ => nominal,
        }
        // "one hit in the shoulder, and two in the knee"
        .or_else(|| self.elided_verb(a, np.end, on))
    }

    /// The verb after the head phrase `np` of the figure at token `a`
    /// whose subject (or, in an object relative, whose object) the head
    /// is, and, apart, the verb of a part told after its whole
    /// ([`Reader::part_verb`]), which the first already takes.
    fn right_verb(
        &self,
        kind: FigureKind,
        a: usize,
        np: &HeadPhrase,
        end: usize,
        on: Against<'_>,
    ) -> (Option<Resolved>, Option<Resolved>) {
        let subject = self.subject_verb(np.end, end).or_else(|| {
            // "Nine suspects, including two juveniles, were charged."
            let (from, to) = self.past_parenthetical(np.end)?;
            self.subject_verb(from, to)
        });
        // "14 measures that the mayor can order"; not after a figure
        // joined to its noun ("a silver four-door Honda pulled up") or a
        // length of time ("the three weeks the bridge was closed").
        let relative = (subject.is_none()
            && matches!(kind, FigureKind::Count | FigureKind::Money)
            && !self.tokens[a].text().contains('-'))
        .then(|| self.object_relative(np.end, end))
        .flatten();
        // "two men jumped from the van", "three hikers fell": people
        // counted who move; what changes by a count ("enrollment rose to
        // 1,200 students", "its 40,000 residents grew to 45,000") changes.
        let person = on.head.is_some_and(words::is_person_head) && !on.money && !on.share;
        let subject = subject.map(|f| match self.resolved(f, on) {
            r if r.class == PredicateClass::Change && person && !self.changed_to(r.found.to) => {
                Resolved {
                    class: PredicateClass::Other,
                    polarity: Polarity::Neutral,
                    ..r
                }
            }
            r => r,
        });
        let right = subject.or_else(|| relative.map(|f| self.resolved(f, on)));
        // "one of the four injured people was also shot": the verb after
        // the whole is its part's; the whole keeps only a participle of
        // its own ("two of the three men shot on Friday", "one of five
        // victims in the shooting").
        let right = right.filter(|r| {
            !self.whole_of_part(a)
                || self.reduced(np.end, r.found.at)
                || self.tokens[r.found.at].lower().ends_with("ing")
        });
        let part_verb = self.part_verb(np, right.as_ref(), end, on);
        let right = part_verb.clone().or(right);
        // "Four women walking to a concert were hurt": an -ing form right
        // after the head is a reduced relative, as is an object relative
        // ("two people he knew were shot"); the clause's verb after it,
        // of a known class, is the head's.
        let right = match right {
            Some(r)
                if !r.specific()
                    && (relative.is_some() || self.tokens[r.found.at].lower().ends_with("ing")) =>
            {
                self.main_verb_after(r.found.to, end)
                    .map(|f| self.resolved(f, on))
                    .filter(Resolved::specific)
                    .or(Some(r))
            }
            r => r,
        };
        (right, part_verb)
    }

    /// The verb of the clause after a reduced relative ending before token
    /// `from` ("... shot on Friday [has died]", "... wounded in two
    /// shootings late Wednesday [has died]"): an auxiliary and its
    /// participle, or a verb that takes no object ("died"), within a
    /// dozen words of modifiers, not past a coordinator, a relative
    /// pronoun or a break. Its subject is the part, not the whole.
    pub(super) fn main_verb_after(&self, from: usize, end: usize) -> Option<Found> {
        let end = self.sentence_clause_end(from, end);
        for k in from..end.min(from + 12) {
            let t = self.word(k)?;
            let lower = t.lower();
            if matches!(
                lower,
                "and" | "or" | "but" | "who" | "whom" | "which" | "that" | "while"
            ) {
                return None;
            }
            if auxiliary(lower)
                || t.is_verb() && past_form(t) && words::intransitive(t.lemma(Pos::Verb))
            {
                return self.subject_verb(k, end);
            }
        }
        None
    }

    /// Where the clause of a subject ends when the subject's own phrase
    /// holds commas ("One of two girls, 8 and 6, badly hurt Tuesday
    /// has died"): the next break after `from` (or the sentence's end),
    /// never before `end`.
    fn sentence_clause_end(&self, from: usize, end: usize) -> usize {
        (from..self.tokens.len())
            .find(|&i| self.breaks(i))
            .unwrap_or(self.tokens.len())
            .max(end)
    }

    /// A found predicate with its lemma and its class, resolved against
    /// what it happened to.
    pub(super) fn resolved(&self, f: Found, on: Against<'_>) -> Resolved {
        let t = &self.tokens[f.at];
        let lemma = match f.phrasal {
            Some(p) => p.to_string(),
            None if f.voice == Voice::Nominal => t.lemma(Pos::Noun).to_string(),
            None => t.lemma(Pos::Verb).to_string(),
        };
        let object = f.object.map(|o| self.tokens[o].lemma(Pos::Noun));
        let base = if f.voice == Voice::Nominal {
            words::state_word(t.lower()).map(|c| (c, Polarity::Neutral))
        } else {
            None
        }
        .or_else(|| words::verb_class(&lemma))
        .or_else(|| words::event_noun(&lemma))
        .unwrap_or((PredicateClass::Other, Polarity::Neutral));
        let next = self.word(f.to).map(Token::lower);
        // ("fled the scene", "fled in a van": where from, or how.)
        let object = object.or_else(|| {
            if f.voice != Voice::Active || !matches!(lemma.as_str(), "flee" | "escape") {
                return None;
            }
            let from = f.to + usize::from(matches!(next, Some("in" | "on")));
            let after = self.noun_after(from, (from + 4).min(self.tokens.len()))?;
            Some(self.tokens[after].lemma(Pos::Noun))
        });
        let (class, polarity) =
            words::resolve(&lemma, base, on.head, object, next, on.money, on.share);
        Resolved {
            found: f,
            class,
            polarity,
            lemma,
        }
    }

    /// After a parenthetical set off by commas or dashes right after the
    /// head phrase ("Nine suspects, including two juveniles, were
    /// charged"): where the clause goes on, and its end.
    fn past_parenthetical(&self, np_end: usize) -> Option<(usize, usize)> {
        // "Two of his cousins — Dale Ostrow and Kip Ostrow, both 18
        // — witnessed the shooting": set off by a pair of dashes.
        let dash = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| !t.is_word() && matches!(t.text(), "—" | "–" | "--"))
        };
        if dash(np_end) {
            let close = (np_end + 2..self.tokens.len().min(np_end + 20)).find(|&k| dash(k))?;
            return Some((close + 1, self.clause_end(close + 1)));
        }
        if !self.tokens.get(np_end)?.is(',') {
            return None;
        }
        let close = (np_end + 2..self.tokens.len().min(np_end + 12))
            .find(|&k| self.tokens[k].is(',') || self.breaks(k))?;
        if !self.tokens[close].is(',') {
            return None;
        }
        // A list inside it ("including two aides, a driver and a guard,
        // were hurt"): the comma before the verb closes it.
        let verb_follows = |k: usize| {
            self.word(k + 1).is_some_and(|n| {
                words::passive_auxiliary(n.lower()) || past_form(n) && !n.is_noun()
            })
        };
        let close = if verb_follows(close) {
            close
        } else {
            (close + 1..self.tokens.len().min(np_end + 30))
                .take_while(|&k| !self.breaks(k))
                .find(|&k| self.tokens[k].is(',') && verb_follows(k))
                .unwrap_or(close)
        };
        Some((close + 1, self.clause_end(close + 1)))
    }

    /// The verb after the head phrase whose subject the head is: passive
    /// ("were killed"), reduced passive ("officers killed"), or active ("12
    /// inmates died", "workers lost their jobs").
    pub(super) fn subject_verb(&self, from: usize, end: usize) -> Option<Found> {
        let mut i = from;
        let mut auxiliary = false;
        let mut modal = false;
        let mut pp = false;
        let mut to_event = false;
        let mut head_end = from;
        while i < end && i < from + VERB_REACH + 3 {
            let t = self.word(i)?;
            let lower = t.lower();
            if let Some(found) = self.got_away(i) {
                return Some(found);
            }
            if words::passive_auxiliary(lower) || matches!(lower, "remain" | "remains" | "remained")
            {
                auxiliary = true;
            } else if lower == "to" && !auxiliary && !to_event {
                // "$12 million to rebuild its seawall": a purpose, not what
                // happened to the figure's thing.
                return None;
            } else if i == from && matches!(lower, "there" | "here") {
                // "two neighbours there confirmed his account"
            } else if words::verb_filler(lower) || lower == "as" {
                modal |= cues::modal(lower) || lower == "to";
            } else if matches!(
                lower,
                "did" | "does" | "do" | "n't" | "didn't" | "didn’t" | "doesn't" | "doesn’t"
            ) {
                // "two senators did not vote"
                modal = true;
            } else if matches!(lower, "and" | "or" | "but") {
                return None;
            } else if self.word(i + 1).is_some_and(|n| n.lower() == "to")
                && (raising(t.lemma(Pos::Verb)) || control(t.lemma(Pos::Verb)))
            {
                // "were believed to be shot", "two deputies tried to halt
                // the van": the event is after "to".
                to_event = true;
            } else if aspectual(t.lemma(Pos::Verb))
                && self
                    .word(i + 1)
                    .is_some_and(|n| n.is_verb() && n.lower().ends_with("ing"))
            {
                // "the two groups began arguing": the event is the -ing form.
            } else if auxiliary && self.reported_event(i) {
                // "were reported killed", "were seen arguing", "was
                // confirmed dead": the event is the next word.
            } else if !pp
                && i == from
                && matches!(
                    lower,
                    "in" | "at" | "from" | "near" | "across" | "inside" | "of" | "under"
                )
            {
                // "12 people in Dalvor were killed": skip a short place;
                // "three groups of fans were brawling": a short complement.
                pp = true;
                i = self.complement_end(i + 1, end);
                // The verb right after the complement is right after the
                // head ("6 members of a family shot to death": reduced).
                head_end = i;
                continue;
            } else if let Some(found) = self.verb_at(i, head_end, auxiliary, modal, end) {
                return Some(found);
            } else if auxiliary && words::state_word(lower).is_some() {
                return Some(Found {
                    at: i,
                    to: i + 1,
                    voice: Voice::Nominal,
                    phrasal: None,
                    object: None,
                });
            } else {
                // "two men had minor injuries"
                return self.had_wounds(i);
            }
            i += 1;
        }
        None
    }

    /// Where a short complement after a head's preposition ends, from
    /// token `i`: names, articles and up to two nouns ("in Dalvor",
    /// "inside the apartment"), with an "of" and a number ("under the age
    /// of eight", "in the town of Ryde"), within `end`.
    fn complement_end(&self, mut i: usize, end: usize) -> usize {
        let mut nouns = 0;
        let mut of = false;
        while let Some(n) = self.word(i).filter(|_| i < end) {
            // "in the left side": a word between an article and a noun
            // modifies the noun, whatever else it may be.
            let modifier = i > 0
                && matches!(self.tokens[i - 1].lower(), "the" | "a" | "an")
                && self
                    .word(i + 1)
                    .is_some_and(|m| m.is_noun() && !past_form(m));
            if n.capitalised() || matches!(n.lower(), "the" | "a" | "an") || modifier {
                i += 1;
            } else if nouns > 0 && !of && n.lower() == "of" {
                of = true;
                i += 1;
            } else if of && number_token(n) {
                i += 1;
            } else if nouns < 2
                && n.is_noun()
                && !past_form(n)
                && !n.lower().ends_with("ing")
                && !cues::ends_noun_phrase(n.lower())
            {
                nouns += 1;
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// Whether "to", "from" or "by" and a number stand at token `i`
    /// ("grew to 45,000", "fell by 300").
    fn changed_to(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|t| matches!(t.lower(), "to" | "from" | "by"))
            && self.tokens.get(i + 1).is_some_and(number_token)
    }

    /// "get" at token `i` with a particle of motion after it, a verb of
    /// its own, not the auxiliary of a passive ("forty guys get
    /// together", "one suspect got out and ran").
    fn got_away(&self, i: usize) -> Option<Found> {
        let get = matches!(self.tokens[i].lower(), "get" | "gets" | "got" | "getting");
        let particle = self.word(i + 1).is_some_and(|n| {
            matches!(
                n.lower(),
                "together" | "out" | "away" | "off" | "inside" | "back"
            )
        });
        (get && particle).then(|| Found {
            to: i + 2,
            ..Found::at(i, Voice::Active)
        })
    }

    /// "had" (or "has", "have") right before token `i` whose object, a
    /// few modifiers on, is a wound ("two men had minor injuries", "both
    /// have serious, life-threatening injuries"): the verb, with the wound
    /// as its object.
    fn had_wounds(&self, i: usize) -> Option<Found> {
        // "had" among the fillers just before ("had only minor injuries"),
        // not in a relative clause ("two men who had minor injuries were
        // arrested": "arrested" is theirs).
        let have = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| words::verb_filler(self.tokens[k].lower()))
            .find(|&k| matches!(self.tokens[k].lower(), "had" | "has" | "have"))?;
        let relative = have
            .checked_sub(1)
            .is_some_and(|k| matches!(self.tokens[k].lower(), "who" | "that" | "which"));
        if relative {
            return None;
        }
        // The wound is the object itself, not a noun past a preposition
        // ("had lunch before the injury", "had a fight over injuries").
        let wound = (i..self.tokens.len().min(i + 8))
            .take_while(|&k| {
                let t = &self.tokens[k];
                let lower = t.lower();
                let preposition = cues::ends_noun_phrase(lower)
                    && !cues::attributive_determiner(lower)
                    || matches!(lower, "before" | "after" | "about" | "over" | "with");
                t.is(',') || !self.breaks(k) && (!t.is_verb() || t.is_noun()) && !preposition
            })
            .find(|&k| words::wound(self.tokens[k].lemma(Pos::Noun)))?;
        Some(Found {
            object: Some(wound),
            ..Found::at(have, Voice::Active)
        })
    }

    /// Whether the words at token `i` are "to death" ("shot to death").
    pub(super) fn to_death_at(&self, i: usize) -> bool {
        self.word(i).is_some_and(|n| n.lower() == "to")
            && self.word(i + 1).is_some_and(|n| n.lower() == "death")
    }

    /// Whether token `i` is a participle of a verb that is no event
    /// (reporting, seeing, confirming, finding) before the event itself: a
    /// participle, an -ing form or a state word ("reported [killed]",
    /// "seen [arguing]", "confirmed [dead]", "found [shot]").
    fn reported_event(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let lemma = t.lemma(Pos::Verb);
        // "was confirmed as being dead", "was believed to be dead"
        let next = match (self.word(i + 1), self.word(i + 2)) {
            (Some(a), Some(b))
                if matches!((a.lower(), b.lower()), ("as", "being") | ("to", "be")) =>
            {
                i + 3
            }
            _ => i + 1,
        };
        past_form(t)
            && (words::not_an_event(lemma) || words::finding(lemma))
            && self.word(next).is_some_and(|n| {
                n.is_verb() && (past_form(n) || n.lower().ends_with("ing"))
                    || words::state_word(n.lower()).is_some()
            })
    }

    /// The predicate at token `i` after a head phrase ending at `from`, if
    /// token `i` is a verb form that can be one.
    fn verb_at(
        &self,
        i: usize,
        from: usize,
        auxiliary: bool,
        modal: bool,
        end: usize,
    ) -> Option<Found> {
        let t = &self.tokens[i];
        if !t.is_verb() || t.is_plural() {
            return None;
        }
        let lower = t.lower();
        // "got out", "ran away": a particle, no verb.
        if words::particle(lower) || matches!(lower, "out" | "away" | "back" | "over") {
            return None;
        }
        let participle = past_form(t);
        let ing = lower.ends_with("ing");
        let inflected = participle || ing || t.lemma(Pos::Verb) != lower;
        // A base form is a verb after a modal or an auxiliary ("could
        // lose"), or a present tense of a known event right after the head
        // or of the lexicon ("40% of residents oppose", "4,000 tenants
        // live"); news reports in the past, and other
        // bare base forms after a head are more often adverbs or nouns.
        let lemma = t.lemma(Pos::Verb);
        let known = words::verb_class(lemma).is_some() || self.lexicon.has_verb(lemma);
        let base_ok = auxiliary
            || modal
            || i == from && (!t.is_noun() && known || self.faces_charges(i, end));
        if !(inflected || base_ok) {
            return None;
        }
        let lemma = t.lemma(Pos::Verb);
        // A verb of reporting, wanting or amount is no event of a passive
        // subject ("two were listed in critical condition") but is what an
        // active one did ("two neighbours confirmed his account").
        if words::no_event(lemma).is_some_and(|n| auxiliary || n.no_deed()) {
            return None;
        }
        let at = match self.outcome_of_shot(i, lemma) {
            Outcome::State(found) => return Some(found),
            Outcome::Verb(at) => at,
        };
        let lemma = self.tokens[at].lemma(Pos::Verb);
        let phrasal = self
            .word(at + 1)
            .and_then(|p| words::phrasal(lemma, p.lower()));
        let to = if phrasal.is_some() { at + 2 } else { at + 1 };
        let next = self.word(to);
        let object_follows = next.is_some_and(|n| {
            let lower = n.lower();
            cues::attributive_determiner(lower)
                || n.has_digit()
                || n.is_noun() && !cues::ends_noun_phrase(lower) && !words::particle(lower)
        });
        // "were shot"; "three officers killed" (reduced: no object follows,
        // and the verb takes one).
        let reduced =
            !auxiliary && !modal && i == from && !object_follows && !words::intransitive(lemma);
        let voice = if participle && (auxiliary || reduced) {
            Voice::Passive
        } else {
            Voice::Active
        };
        let object = (voice == Voice::Active && words::needs_object(lemma))
            .then(|| self.noun_after(to, end))
            .flatten();
        let phrasal = phrasal.or_else(|| self.phrase_after(lemma, to, end));
        Some(Found {
            at,
            to,
            voice,
            phrasal,
            object,
        })
    }

    /// A phrase the words from token `to` make of a verb: "were taken into
    /// custody", "were shot to death" (killed).
    fn phrase_after(&self, lemma: &str, to: usize, end: usize) -> Option<&'static str> {
        if lemma == "take" && (to..end.min(to + 3)).any(|j| self.tokens[j].lower() == "custody") {
            return Some("take into custody");
        }
        self.to_death_at(to)
            .then(|| words::to_death(lemma))
            .flatten()
    }
}
