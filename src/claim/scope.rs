//! Place and actor of a figure: "in/across" + a name, "nationwide", a
//! jurisdiction acting.

use crate::Span;
use crate::claim::PredicateClass;
use crate::claim::attribution::noun_phrase_before;
use crate::claim::cues;
use crate::claim::frame;
use crate::claim::reader::{CLAUSE_REACH, Reader, is_auxiliary, span_text};
use crate::text::{NounClass, Pos, Token, is_body_part, noun_senses};

/// Where and by whom: the place (and its span in the sentence, when this
/// sentence names it) and the subject of a claim.
#[derive(Clone, Debug, Default)]
pub(super) struct Scope {
    pub(super) place: Option<String>,
    pub(super) place_span: Option<Span>,
    pub(super) subject: Option<String>,
    /// Whether the subject is one the figure happened to ("Ray Fenn
    /// was shot twice"), not an actor who may also be its source.
    pub(super) patient: bool,
}

/// The place and subject of the claim at tokens `range`.
pub(super) fn scope(
    reader: &Reader<'_, '_>,
    range: (usize, usize),
    recent_places: &[String],
) -> Scope {
    let here = reader.place(range);
    let place_span = here.as_ref().and_then(|(_, span)| *span);
    let mut place = here.map(|(name, _)| name).or_else(|| {
        // "The line now carries 12,000 riders" after "Service on the
        // Eastside line ...": a definite noun names the place the previous
        // sentence did.
        let noun = reader.definite_place_noun(range)?;
        recent_places
            .iter()
            .rev()
            .find(|p| p.to_lowercase().ends_with(noun))
            .cloned()
    });
    let actor = reader.actor(range);
    let acting = actor
        .clone()
        .filter(|(_, reports)| !reports)
        .map(|(name, _)| name);
    let patient = acting.is_none().then(|| reader.patient(range)).flatten();
    let is_patient = patient.is_some();
    let subject = acting.or(patient);
    if place.is_none() {
        // "Larch County has confirmed 37 cases": a jurisdiction acting is
        // also the place the count is about.
        place = actor.map(|(name, _)| name).filter(|s| {
            s.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && cues::jurisdiction(&w.to_lowercase())
            }) && !s.starts_with("The ")
        });
    }
    Scope {
        place,
        place_span,
        subject,
        patient: is_patient,
    }
}

impl Reader<'_, '_> {
    /// "in/across/throughout" + a proper name, or "nationwide", near the
    /// figure in its clause.
    pub(super) fn place(&self, (a, b): (usize, usize)) -> Option<(String, Option<Span>)> {
        let end = self.clause_end(b).min(b + CLAUSE_REACH);
        let start = self.clause_start(a, 0).max(a.saturating_sub(CLAUSE_REACH));
        let fronted = self.fronted(a).filter(|&f| f < start);
        // A locative opening the sentence ("On the Eastside line (Route 62),
        // which ..., ridership is back to 12,000") scopes all of it.
        let opening = (start > 0).then_some(0);
        // A participle's clause after a comma ("collided on Highway 14,
        // killing two people") tells of the same event as the clause it
        // follows, and happened where that one did.
        let main = self
            .participle_after_comma(start)
            .then(|| self.clause_start(start.saturating_sub(1), 0))
            .filter(|&m| m < start);
        let main = main.map_or(0..0, |m| m..start - 1);
        for i in (b..end)
            .chain((start..a).rev())
            .chain(main.rev())
            .chain(fronted)
            .chain(opening)
        {
            let t = &self.tokens[i];
            let lower = t.lower();
            if cues::place_adverb(lower) {
                return Some((lower.to_string(), Some(t.span())));
            }
            if matches!(lower, "on" | "along")
                && let Some((name, span)) = self.named_place_at(i + 1)
            {
                return Some((name, Some(span)));
            }
            if matches!(lower, "in" | "across" | "throughout" | "inside") {
                let mut j = i + 1;
                if self.tokens.get(j).is_some_and(|t| t.lower() == "the") {
                    j += 1;
                }
                // "in downtown Portland", "across rural Oregon"
                let from = j;
                if self
                    .tokens
                    .get(j)
                    .is_some_and(|t| cues::place_modifier(t.lower()))
                {
                    j += 1;
                }
                // ("Five Injured in Shooting at ...", "in D.C. Nightclub
                // Shooting": a headline's capital on an event is no name.)
                let event = |k: &usize| {
                    frame::event_noun(self.tokens[*k].lemma(Pos::Noun)).is_some_and(|(c, _)| {
                        matches!(
                            c,
                            PredicateClass::Die | PredicateClass::Injure | PredicateClass::Shoot
                        )
                    })
                };
                let name = self
                    .proper_name(j)
                    .map(|(_, to)| (j..to).find(event).unwrap_or(to))
                    .filter(|&to| to > j && !self.common_in_headline(j, to));
                if let Some(to) = name {
                    return Some((
                        span_text(self.tokens, self.text, from, to),
                        Some(self.tokens_span(from, to)),
                    ));
                }
            }
        }
        None
    }

    /// Whether the clause starting at token `start` opens with a present
    /// participle right after a comma (", killing two people"), not one
    /// that works as a preposition (", including two children", ",
    /// according to police").
    fn participle_after_comma(&self, start: usize) -> bool {
        start > 0
            && self.tokens[start - 1].is(',')
            && self.tokens.get(start).is_some_and(|t| {
                let lower = t.lower();
                t.is_verb()
                    && !t.capitalised()
                    && lower.ends_with("ing")
                    && !cues::preposition_participle(lower)
            })
    }

    /// Whether tokens `[j, to)`, capitalised in a title-case headline,
    /// are common words rather than a name: the first is a number or a
    /// time ("in Five Attempted Murders", "in Weekend Shootings") and the
    /// run does not end in a place noun. (WordNet's tables here hold no
    /// place names, so a word's other senses cannot tell "Chicago" from
    /// "Custody".)
    fn common_in_headline(&self, j: usize, to: usize) -> bool {
        let first = &self.tokens[j];
        self.headline
            && !cues::place_noun(self.tokens[to - 1].lower())
            && (cues::number_word(first.lower())
                || noun_senses(first.lemma(Pos::Noun))
                    .is_some_and(|s| s.first.contains(NounClass::TIME)))
    }

    /// "(the) Eastside line", "Main Street": a proper name followed by a
    /// place noun, from token `i`.
    pub(super) fn named_place_at(&self, i: usize) -> Option<(String, Span)> {
        let j = if self.tokens.get(i).is_some_and(|t| t.lower() == "the") {
            i + 1
        } else {
            i
        };
        let (from, to) = self.proper_name(j)?;
        let noun = self.tokens.get(to);
        let to = if noun.is_some_and(|n| cues::place_noun(n.lower())) {
            to + 1
        } else if cues::place_noun(self.tokens[to - 1].lower()) {
            // A place noun alone names a place only with its number
            // ("Highway 14", "Route 62"): "Highway" is no place.
            if to - from == 1 {
                noun.filter(|n| n.is_word() && n.has_digit())?;
                to + 1
            } else {
                to
            }
        } else {
            return None;
        };
        Some((
            span_text(self.tokens, self.text, from, to),
            self.tokens_span(from, to),
        ))
    }

    /// Every "Name + place noun" of the sentence, for later sentences that
    /// refer back to one ("the line").
    pub(super) fn named_places(&self) -> Vec<String> {
        (0..self.tokens.len())
            .filter(|&i| i == 0 || !self.tokens[i - 1].capitalised())
            .filter_map(|i| self.named_place_at(i).map(|(name, _)| name))
            .collect()
    }

    /// "the line", "the route" in the figure's clause before it: a definite
    /// place noun that refers back to a named place.
    pub(super) fn definite_place_noun(&self, (a, _): (usize, usize)) -> Option<&str> {
        let start = self.clause_start(a, 0);
        (start..a.saturating_sub(1)).find_map(|i| {
            let noun = self.tokens[i + 1].lower();
            (self.tokens[i].lower() == "the" && cues::place_noun(noun)).then_some(noun)
        })
    }

    /// Whether the figure at token `a` is the object of another's event
    /// than the actor's, whose phrase ends at `end` and whose verb is at
    /// `verb`: a gerund after a preposition ("police arrested a man
    /// accused of shooting five", "have arrested a suspect for killing
    /// two"), the actor's verb active with its own object or a participle
    /// naming the other ("suspected of") before the preposition. Not a
    /// passive's subject, who is the doer ("Holmes was convicted of
    /// killing 12"), nor the actor's own gerund ("Officers, after
    /// searching 12 homes, ...").
    fn actor_of_another(&self, (end, verb): (usize, usize), a: usize) -> bool {
        let passive = (end..a.min(end + 4)).any(|i| frame::passive_auxiliary(self.lower(i)));
        let gerund = (end + 1..a).find(|&i| {
            self.lower(i).ends_with("ing")
                && self.tokens[i].is_verb()
                && matches!(
                    self.lower(i - 1),
                    "of" | "for" | "in" | "with" | "after" | "before"
                )
        });
        let Some(g) = gerund.filter(|_| !passive && verb < a) else {
            return false;
        };
        let preposition = g - 1;
        let object = (verb + 1..preposition).any(|i| self.tokens[i].is_noun());
        let naming = preposition > 0
            && matches!(
                self.lower(preposition - 1),
                "accused"
                    | "suspected"
                    | "charged"
                    | "convicted"
                    | "wanted"
                    | "arrested"
                    | "jailed"
            );
        self.tokens[verb].is_verb() && object || naming
    }

    /// The person a count of times happened to, named as the subject of
    /// its verb: "Ray Fenn, 28, was shot twice", "Ana Reyes was hit
    /// three times". The figure at `a..b` is "once", "twice", "thrice" or
    /// a number before "times"; before it a verb group (a participle with
    /// its auxiliary), an age set off by commas, then a name of two
    /// capitalised words or more. Each victim's count is their own.
    fn patient(&self, (a, b): (usize, usize)) -> Option<String> {
        let times = self.tokens[a..b]
            .iter()
            .any(|t| matches!(t.lower(), "once" | "twice" | "thrice"))
            || self.tokens.get(b).is_some_and(|t| t.lower() == "times");
        if !times {
            return None;
        }
        let mut i = self.before_where_hit(a);
        let mut verbs = 0;
        while i > 0 && verbs < 3 {
            let t = &self.tokens[i - 1];
            if !(t.is_verb() || is_auxiliary(t.lower()) || t.lower().ends_with("ly")) {
                break;
            }
            i -= 1;
            verbs += 1;
        }
        if verbs == 0 {
            return None;
        }
        // ", 28,"
        if i >= 3
            && self.tokens[i - 1].is(',')
            && self.tokens[i - 2]
                .text()
                .bytes()
                .all(|c| c.is_ascii_digit())
            && self.tokens[i - 3].is(',')
        {
            i -= 3;
        }
        let end = i;
        while i > 0 && self.tokens[i - 1].is_word() && self.tokens[i - 1].capitalised() {
            i -= 1;
        }
        (end - i >= 2).then(|| span_text(self.tokens, self.text, i, end))
    }

    /// Where to look left of the count of times at token `a` for its verb:
    /// past where the body was hit, told first ("Ray Fenn, 40, shot in
    /// his left hip, twice in the leg"), and past earlier counts of times
    /// in the list ("hit twice in the left arm, once in the other", "twice in
    /// the knee and once in the arm"): a phrase from "in" to a comma or
    /// "and" right before the count that names a part of the body (not
    /// "arrested in Chicago, twice").
    fn before_where_hit(&self, a: usize) -> usize {
        let mut at = a;
        // Each step passes one item of the list.
        for _ in 0..4 {
            match self.item_before(at) {
                Some(next) => at = next,
                None => break,
            }
        }
        at
    }

    /// One step of [`Reader::before_where_hit`]: the start of the item
    /// "(twice) in <part of the body>" that ends, with a comma or "and",
    /// right before token `a`, when a verb or another count of times is
    /// right before it.
    fn item_before(&self, a: usize) -> Option<usize> {
        let sep = a.checked_sub(1)?;
        if !(self.tokens[sep].is(',') || self.tokens[sep].lower() == "and") {
            return None;
        }
        // The words before the separator, at most six.
        let from = (sep.saturating_sub(6)..sep)
            .rev()
            .take_while(|&i| self.tokens[i].is_word())
            .last()?;
        let words = from..sep;
        let body = words.clone().any(|i| {
            is_body_part(self.tokens[i].lemma(Pos::Noun)) || self.tokens[i].lower() == "other"
        });
        let at = words.rev().find(|&i| self.tokens[i].lower() == "in")?;
        if !body || at == 0 {
            return None;
        }
        let before = &self.tokens[at - 1];
        if before.is_verb() {
            return Some(at);
        }
        // "twice in the left arm", "three times in the chest"
        let often = [at.checked_sub(1), at.checked_sub(2)]
            .into_iter()
            .flatten()
            .find(|&s| self.times_end(s) == Some(at))?;
        (often > 0 && (self.tokens[often - 1].is_verb() || self.tokens[often - 1].is(',')))
            .then_some(often)
    }

    /// Where an actor whose noun phrase runs from token `from` to `end`
    /// ends, before the figure at token `a`: at `end`; or, for a name
    /// before a common noun it modifies ("the Dunmore primary field",
    /// "Eastgate shootings"), after that noun when an active verb follows
    /// ("The Coast Guard crew rescued 14"; not "A Dunmore man was killed
    /// and four ..."), else nowhere. After an article the noun may also be
    /// a verb ("a national Ledger/KTV poll").
    fn actor_end(&self, from: usize, end: usize, a: usize) -> Option<usize> {
        let article = |i: usize| matches!(self.lower(i), "the" | "a" | "an");
        let determined = (from.saturating_sub(4)..=from).rev().any(|i| {
            let between = self.tokens.get(i + 1..from).unwrap_or_default();
            article(i) && !between.iter().any(Token::is_verb)
        });
        // ("Ledger/KTV poll": names joined by a slash are one.)
        let mut next = end;
        while self.tokens.get(next).is_some_and(|t| t.is('/'))
            && self.tokens.get(next + 1).is_some_and(Token::capitalised)
        {
            next += 2;
        }
        let attributive = self
            .tokens
            .get(next)
            .is_some_and(|t| Self::modified_noun(t, determined));
        if !attributive {
            return Some(end);
        }
        self.tokens
            .get(next + 1)
            .filter(|t| {
                let inflected = t.lemma(Pos::Verb) != t.lower();
                let being = t.lemma(Pos::Verb) == "be" || is_auxiliary(t.lower());
                t.is_verb() && (!t.is_noun() || inflected) && !being && next + 1 < a
            })
            .map(|_| next + 1)
    }

    /// Whether a name's next word `t` is a common noun it modifies ("a
    /// Harlow deputy", "the Dunmore primary field"): not a verb, unless
    /// an article before the name (`determined`) makes the phrase a noun
    /// phrase ("a national Ledger/KTV poll") and the word is no present
    /// tense ("The Coast Guard rescues 14"); not a time ("Mayor Ann Lowe
    /// yesterday signed"), an auxiliary or a word ending a noun phrase.
    fn modified_noun(t: &Token<'_>, determined: bool) -> bool {
        let lower = t.lower();
        let verb_ok = !t.is_verb() || determined && !lower.ends_with('s');
        t.is_word()
            && !t.capitalised()
            && t.is_noun()
            && verb_ok
            && !cues::ends_noun_phrase(lower)
            && !is_auxiliary(lower)
            && !cues::weekday(lower)
    }

    /// Whether the coordinator at token `i` follows a figure ("3 percent
    /// and", "12 seats, and"): it then starts a clause of its own.
    fn after_figure(&self, i: usize) -> bool {
        let mut k = i;
        if k > 0 && self.tokens[k - 1].is(',') {
            k -= 1;
        }
        let Some(last) = k.checked_sub(1) else {
            return false;
        };
        let unit = matches!(
            self.lower(last),
            "percent" | "%" | "points" | "votes" | "seats"
        );
        self.tokens[last].has_digit() || unit && last > 0 && self.tokens[last - 1].has_digit()
    }

    /// The actor of the figure's clause: the last name or actor phrase
    /// before the figure that is not the object of a preposition ("county
    /// assessors had marked 860", "Gov. Elaine Marsh signed a $45
    /// million"), when it is an organisation, a person or an actor noun.
    /// The clause's actor, and whether it only reports the figure (its
    /// verb is one of reporting: "the dashboard listed 43", "Larch County
    /// has confirmed 37"): then it is a source, not the subject counted.
    pub(super) fn actor(&self, (a, _): (usize, usize)) -> Option<(String, bool)> {
        let start = self.clause_start(a, 0);
        let mut best = None;
        let mut end = a;
        while end > start {
            if let Some(from) = noun_phrase_before(self.tokens, end, false).filter(|&f| f >= start)
            {
                // After a preposition or a coordinator of nouns
                // ("deputies and volunteers had evacuated 1,420"), not
                // after "and" that ends a clause of its own figure ("won 3
                // percent and Gov. Ron Bard received 1 percent").
                let next_clause = from > 1
                    && matches!(self.lower(from - 1), "and" | "or" | "but")
                    && self.after_figure(from - 1);
                let preposition = from > 0
                    && cues::ends_noun_phrase(self.lower(from - 1))
                    && !matches!(self.lower(from - 1), "the" | "a" | "an")
                    && !next_clause;
                let words: Vec<&Token<'_>> = self.tokens[from..end]
                    .iter()
                    .filter(|t| t.is_word())
                    .collect();
                let head = words.last().map(|t| t.lower()).unwrap_or_default();
                let named = words.iter().filter(|t| t.capitalised()).count() >= 2
                    || cues::actor_noun(head)
                    || words.len() == 1
                        && words[0].text().len() >= 2
                        && words[0].text().chars().all(|c| c.is_ascii_uppercase());
                let timely = words
                    .iter()
                    .any(|t| cues::month(t.lower()) || cues::weekday(t.lower()));
                let stop = self.actor_end(from, end, a);
                if named
                    && !preposition
                    && !timely
                    && let Some(end) = stop
                {
                    let mut verb = end;
                    while verb < a && is_auxiliary(self.lower(verb)) {
                        verb += 1;
                    }
                    let reports = self.actor_of_another((end, verb), a)
                        || verb < a
                            && self.tokens[verb].is_word()
                            && cues::only_reports(&self.tokens[verb]);
                    best = Some((span_text(self.tokens, self.text, from, end), reports));
                    break;
                }
                end = from;
            } else {
                end -= 1;
            }
        }
        best
    }
}
