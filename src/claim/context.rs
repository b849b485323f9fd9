//! Modality (target, projection, negation), an earlier account, a link to
//! another article, a sum of several incidents, and timing (rate, window)
//! of a figure, from cues in its clause and sentence.

use crate::Span;
use crate::claim::Period;
use crate::claim::cues::{self, Cue};
use crate::claim::frame;
use crate::claim::reader::{
    CLAUSE_REACH, CUE_REACH, NEGATION_REACH, NOUN_PHRASE, Reader, is_auxiliary, joins_clauses,
};
use crate::text::{Pos, Token};

/// Plural nouns of incidents, which with a count or a word of number
/// before them say several incidents ("in two shootings"), and their
/// singular (a figure's head, when it counts the incidents).
pub(super) fn incidents(lower: &str) -> Option<&'static str> {
    INCIDENTS
        .iter()
        .find(|(plural, _)| *plural == lower)
        .map(|&(_, one)| one)
}

/// Whether a lemma is the singular of an incident noun ("shooting",
/// "crash"): a head that counts incidents.
pub(super) fn incident(lemma: &str) -> bool {
    INCIDENTS.iter().any(|&(_, one)| one == lemma)
}

/// The stems incident nouns share in the singular and the plural
/// ("shooting", "robber" of "robbery" and "robberies"), in the order of
/// `INCIDENTS`.
pub(super) fn incident_stems() -> impl Iterator<Item = &'static str> {
    INCIDENTS.iter().map(|&(plural, one)| {
        let shared = plural
            .bytes()
            .zip(one.bytes())
            .take_while(|(x, y)| x == y)
            .count();
        &one[..shared]
    })
}

/// Incident nouns, plural and singular.
const INCIDENTS: &[(&str, &str)] = &[
    ("shootings", "shooting"),
    ("stabbings", "stabbing"),
    ("attacks", "attack"),
    ("incidents", "incident"),
    ("homicides", "homicide"),
    ("killings", "killing"),
    ("crashes", "crash"),
    ("robberies", "robbery"),
    ("carjackings", "carjacking"),
    ("burglaries", "burglary"),
    ("bombings", "bombing"),
];

/// Plural nouns of the places an incident happens at: a count spread
/// over several of them ("killed four people in two villages", "shots
/// fired at three locations") sums the incidents there.
fn places(lower: &str) -> bool {
    matches!(
        lower,
        "locations"
            | "places"
            | "sites"
            | "scenes"
            | "villages"
            | "towns"
            | "cities"
            | "neighborhoods"
            | "neighbourhoods"
            | "counties"
            | "states"
    )
}

/// Words before an incident noun that make it several ("four separate
/// shootings", "weekend shootings", "a pair of attacks").
fn several(lower: &str) -> bool {
    cues::number_word(lower)
        || lower.bytes().all(|c| c.is_ascii_digit())
        || matches!(
            lower,
            "separate"
                | "multiple"
                | "unrelated"
                | "different"
                | "weekend"
                | "overnight"
                | "pair"
                | "string"
                | "series"
                | "spate"
                | "rash"
                | "wave"
        )
}

/// Whether a sentence is a link to another article, a label in capitals
/// before a colon ("RELATED: 4 found dead ...", "PREVIOUS STORY: ...",
/// "READ MORE: ..."): its figures are that article's, an earlier account
/// or another event.
pub(super) fn linked_article(tokens: &[Token<'_>]) -> bool {
    let Some(colon) = tokens.iter().take(4).position(|t| t.is(':')) else {
        return false;
    };
    let label = &tokens[..colon];
    !label.is_empty()
        && label.iter().all(|t| {
            t.is_word()
                && t.text()
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase())
        })
        && matches!(
            label
                .iter()
                .map(Token::lower)
                .collect::<Vec<_>>()
                .as_slice(),
            ["related" | "previously" | "story" | "more", ..]
                | ["previous", "story"]
                | ["read", "more"]
                | ["see" | "also", "also" | "read"]
        )
}

impl Reader<'_, '_> {
    /// Whether the count at tokens `[a, b)` says it includes the one who
    /// did it: "including" (or "counting") after it, before any other
    /// figure of the sentence, heads a phrase whose first noun names a
    /// perpetrator ("four people are dead, including the attacker", "three
    /// fatalities, including the shooter", "including shooter Dale
    /// Ostrow", "including the suspected gunman"); not "not including the
    /// gunman", nor "including a woman the gunman had dated".
    pub(super) fn with_perpetrator(&self, (_, b): (usize, usize)) -> bool {
        let end = self.tokens.len().min(b + 14);
        for i in b..end {
            let t = &self.tokens[i];
            // Another figure's "including" is its own.
            if self.breaks(i) || t.has_digit() || cues::number_word(t.lower()) {
                return false;
            }
            if matches!(t.lower(), "including" | "counting") {
                let denied = i > 0 && matches!(self.lower(i - 1), "not" | "without" | "excluding");
                let first_noun = (i + 1..self.tokens.len().min(i + 5))
                    .take_while(|&k| self.tokens[k].is_word())
                    .find(|&k| self.tokens[k].is_noun() && !self.lower(k).ends_with("ed"));
                return !denied
                    && first_noun
                        .is_some_and(|k| frame::perpetrator(self.tokens[k].lemma(Pos::Noun)));
            }
        }
        false
    }

    /// Whether the figure at tokens `[a, b)` sums several incidents: its
    /// sentence names them ("2 dead, 4 hurt in 3 shootings", "two were
    /// slain in four separate shootings", "Weekend Shootings", "a pair of
    /// attacks") or their places ("in two villages", "at three
    /// locations"), or spreads the count over an area ("six shot
    /// throughout Brooklyn", "across the city"). `head` is the figure's own
    /// head: a count of the incidents or places ("two shootings", "two
    /// shootings at two locations", "three towns") is no sum.
    pub(super) fn several_events(&self, (a, b): (usize, usize), head: Option<&str>) -> bool {
        let n = self.tokens.len();
        // An area spreads the figure's own assertion ("six shot throughout
        // Brooklyn"), not one after its attribution ("..., officials said,
        // spreading fear across the region").
        let said_before = |i: usize| {
            (b..i).any(|k| {
                self.tokens[k].is_word()
                    && matches!(self.tokens[k].lower(), "said" | "says" | "say" | "told")
            })
        };
        (0..n).filter(|i| !(a..b).contains(i)).any(|i| {
            let t = &self.tokens[i];
            if !t.is_word() {
                return false;
            }
            let lower = t.lower();
            if matches!(lower, "throughout" | "across") && said_before(i) {
                return false;
            }
            if lower == "throughout"
                || lower == "across"
                    && self.tokens.get(i + 2).is_some_and(|w| {
                        matches!(
                            w.lower(),
                            "city" | "region" | "county" | "state" | "country"
                        )
                    })
            {
                return true;
            }
            let several_at = |reach: usize| {
                (i.saturating_sub(reach)..i).filter(|&j| {
                    self.tokens[j].is_word()
                        && several(self.tokens[j].lower())
                        && !cues::day_of_date(self.tokens, j)
                })
            };
            if incidents(lower).is_some_and(|one| head != Some(one)) {
                return several_at(3).next().is_some();
            }
            // Places where it happened ("in two upstate Harlow villages",
            // "at separate scenes"), not places counted or described ("the
            // 10 cities", "one of eight cities", "four active crime scenes").
            places(lower)
                && head != Some(t.lemma(Pos::Noun))
                && !head.is_some_and(|h| INCIDENTS.iter().any(|&(_, one)| one == h))
                && several_at(4)
                    .any(|j| j > 0 && matches!(self.tokens[j - 1].lower(), "in" | "at" | "across"))
        })
    }

    /// The nearest modality cue in the figure's clause, and whether a
    /// negation is near.
    pub(super) fn modality(&self, (a, b): (usize, usize)) -> (Option<Cue>, bool) {
        let clause = self.clause_start(a, 1);
        let (mut cue, negated) = self.cue_before(a, clause);
        // A modal after the figure's noun phrase, the figure its subject:
        // "2,000 workers could lose their jobs".
        cue = cue.or(self.modal_after(b));
        // An item of a list of goals: "the plan calls for hiring 300
        // officers; adding 40 buses; and cutting fares 10 percent".
        if cue.is_none() && self.listed_goal(a, clause) {
            cue = Some(Cue::Target);
        }
        // A goal named right after the figure: "the 500 operators it has
        // promised", "the 95% that officials say is needed".
        if cue.is_none() && self.goal_after(b) {
            cue = Some(Cue::Target);
        }
        (cue, negated)
    }

    /// Whether token `i` opens a relative clause before the figure at token
    /// `a` whose verb, right after the pronoun, is inflected ("that
    /// raises", "which pays", "who killed"): not "that number", "that
    /// plan", "that officers".
    fn relative_clause_at(&self, i: usize, a: usize) -> bool {
        let pronoun = self.lower(i);
        if !matches!(pronoun, "that" | "which" | "who") || i + 1 >= a {
            return false;
        }
        let verb = &self.tokens[i + 1];
        let lower = verb.lower();
        // After "that", a plural noun in -s may be the subject of a
        // reported clause ("recommended that officers take"), so only
        // -es and -ed count there; "which" is no conjunction.
        let third_person = if pronoun == "which" {
            lower.ends_with('s') && !lower.ends_with("ss")
        } else {
            lower.ends_with("es")
        };
        verb.is_verb() && (third_person || lower.ends_with("ed"))
    }

    /// The nearest modality cue before the figure at token `a`, in its
    /// clause (from token `clause`) and not across "but" ("the council
    /// plans to open 3 shelters"), and whether a negation is near ("did
    /// not reach 40 sailings").
    fn cue_before(&self, a: usize, clause: usize) -> (Option<Cue>, bool) {
        let start = clause.max(a.saturating_sub(CUE_REACH));
        let mut cue = None;
        let mut negated = false;
        // "police did not say if the four people hurt were at the bar":
        // a negation before "if" or "whether" denies the saying or the
        // knowing, not the figure of the question.
        let mut asked = false;
        for i in (start..a).rev() {
            let t = &self.tokens[i];
            if !t.is_word() {
                continue;
            }
            asked |= matches!(t.lower(), "if" | "whether");
            // "but", "although": what comes before is another assertion
            // ("wants to hire 10,000, but has hired 312"); not in "not only
            // ... but also".
            let also = self.tokens.get(i + 1).is_some_and(|n| n.lower() == "also");
            if cues::contrast(t.lower()) && !also {
                break;
            }
            // "seeking a teenager in connection with a quadruple stabbing",
            // "a woman is wanted in connection with the triple killing": the
            // figure names a past event, not what is wanted.
            if t.lower() == "with"
                && i >= 2
                && self.lower(i - 1) == "connection"
                && self.lower(i - 2) == "in"
            {
                break;
            }
            // A relative clause whose verb is inflected ("renew a levy that
            // raises $4.2 million", "a fund which paid 40 claims"): its own
            // tense, not the goal or plan of the clause it hangs on.
            if self.relative_clause_at(i, a) {
                break;
            }
            match self.cue_at(i, a) {
                Some(Cue::Negation) if a - i <= NEGATION_REACH && !asked => negated = true,
                Some(Cue::Negation) | None => {}
                Some(c) if cue.is_none() => cue = Some(c),
                Some(_) => {}
            }
        }
        (cue, negated)
    }

    /// The modality cue the word at token `i` gives the figure at token
    /// `a` after it: a cue word ("plans", "could", "not"), unless it is a
    /// capitalised month ("in May") or "asks" or "calls" with no "to",
    /// "for" or "that" to follow; "told" with one to follow ("told the
    /// crews to clear 12 roads"), a target; a word in "n't", a negation.
    fn cue_at(&self, i: usize, a: usize) -> Option<Cue> {
        let t = &self.tokens[i];
        // "told X to", "asked for", "calls for": a demand; "Asked
        // about the 400 arrests" is a question.
        // Not when another verb takes over before the figure: "calling
        // for help and discovered two deceased persons".
        let to_follow = || {
            let between = &self.tokens[i + 1..a];
            let past = |t: &crate::text::Token<'_>| {
                t.is_verb()
                    && !t.lower().ends_with("ing")
                    && t.lemma(crate::text::Pos::Verb) != t.lower()
            };
            let another_verb = between
                .windows(2)
                .any(|w| w[0].lower() == "and" && past(&w[1]));
            !another_verb
                && between
                    .iter()
                    .take(5)
                    .any(|n| matches!(n.lower(), "to" | "for" | "that"))
        };
        let directive = t.lower() == "told" && to_follow();
        // A capitalised month inside the sentence is not a modal: "in May".
        let month = i > 0 && t.capitalised() && cues::month(t.lower());
        cues::modality_cue(t)
            .filter(|_| !month)
            .filter(|_| !self.ruling(i, a))
            .filter(|_| !cues::needs_complement(t) || to_follow())
            .or_else(|| directive.then_some(Cue::Target))
            .or_else(|| t.lower().ends_with("n't").then_some(Cue::Negation))
    }

    /// Whether the word at token `i` is an order that rules, made by a
    /// court or a board, not a demand: "ordered" with a punishment,
    /// payment or detention to follow before the figure at token `a`
    /// ("ordered her to pay $40,000", "was ordered held on $75,000
    /// bond", "ordered to serve 84 months"). What it orders is what was
    /// decided, a reported figure; "ordered crews to clear 300 homes" stays
    /// a demand.
    fn ruling(&self, i: usize, a: usize) -> bool {
        let ordered = matches!(self.lower(i), "ordered" | "orders" | "order");
        ordered
            && self
                .tokens
                .get(i + 1..a)
                .unwrap_or_default()
                .iter()
                .take(6)
                .any(|n| {
                    matches!(
                        n.lower(),
                        "pay"
                            | "repay"
                            | "serve"
                            | "held"
                            | "hold"
                            | "jailed"
                            | "detained"
                            | "forfeit"
                    )
                })
    }

    /// The cue of a modal in the noun phrase of the figure ending at token
    /// `b`, the figure its subject ("400 ferries could be retired").
    fn modal_after(&self, b: usize) -> Option<Cue> {
        let end = self.clause_end(b);
        let mut i = b;
        while i < end && i < b + NOUN_PHRASE && self.tokens[i].is_word() {
            let lower = self.lower(i);
            if cues::modal(lower) {
                return cues::modality_cue(&self.tokens[i]);
            }
            if cues::ends_noun_phrase(lower) {
                break;
            }
            i += 1;
        }
        None
    }

    /// Whether a target verb in the past ("promised", "needed", "sought")
    /// follows the figure ending at token `b`, within eight tokens of its
    /// clause and before "and", "or" or "but": "the 20 buses the council
    /// promised".
    fn goal_after(&self, b: usize) -> bool {
        let end = self.clause_end(b).min(b + 8);
        for i in b..end {
            let t = &self.tokens[i];
            // A verb after "and" is the subject's next deed, not the
            // figure's goal: "made 30 arrests and vowed more".
            if matches!(t.lower(), "and" | "or" | "but") {
                break;
            }
            // Only a verb: "promised", "needed"; not a noun ("an exclusion
            // order") that the figure merely sits beside. Or the adjective
            // "necessary" right after the counted noun, before what for:
            // "the 41 votes necessary to block it" (not "12 arrests, more
            // than necessary").
            let verb = t.lower().ends_with("ed") || t.lower() == "sought";
            let necessary = t.lower() == "necessary"
                && i <= b + 2
                && i > 0
                && self.tokens[i - 1].is_noun()
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.lower(), "to" | "for"));
            if t.is_word()
                && verb
                && cues::modality_cue(t) == Some(Cue::Target)
                && !self.subject_of(b, i)
                || necessary
            {
                return true;
            }
        }
        false
    }

    /// Whether the counted words from token `b` (right after a figure) are
    /// the subject of the verb at token `v`: only nouns and modifiers, then
    /// auxiliaries, between them ("76 patients have needed care": what
    /// they needed is not the count), not another subject with its
    /// article or pronoun ("the 20 buses the council promised").
    fn subject_of(&self, b: usize, v: usize) -> bool {
        let mut j = v;
        while j > b && is_auxiliary(self.lower(j - 1)) {
            j -= 1;
        }
        // "the 41 votes needed to stall it", "the seats required to pass
        // it": a participle saying what for, no verb of the count's own.
        let reduced = j == v
            && matches!(self.lower(v), "needed" | "required")
            && self.tokens.get(v + 1).is_some_and(|t| t.lower() == "to");
        !reduced
            && self.tokens[b..j].iter().all(|t| {
                t.is_word()
                    && !cues::attributive_determiner(t.lower())
                    && !matches!(t.lower(), "he" | "she" | "it" | "we" | "they" | "i" | "you")
                    && !t.capitalised()
            })
    }

    /// Whether the figure at token `a`, in a clause from token `clause`,
    /// is in an item of a list of goals set off by semicolons, each item
    /// opening with an -ing form, the first after a verb of wanting
    /// ("urged hiring more inspectors; reopening the depot; capping
    /// fares at 2 dollars").
    fn listed_goal(&self, a: usize, clause: usize) -> bool {
        let gerund = |i: usize| {
            let t = &self.tokens[i];
            t.is_word() && t.is_verb() && t.lower().ends_with("ing")
        };
        let mut start = clause;
        // ("; and restoring")
        let opens = |s: usize| {
            gerund(s) || matches!(self.lower(s), "and" | "or") && s + 1 < a && gerund(s + 1)
        };
        for _ in 0..8 {
            if start == 0 || start >= a || !opens(start) || !self.tokens[start - 1].is(';') {
                return false;
            }
            let before = self.clause_start(start - 1, 0);
            // The first item: the verb of wanting right before its -ing
            // form ("recommended requiring", "calls for hiring").
            let first = (before + 1..start - 1).find(|&i| gerund(i));
            if let Some(g) = first
                && (g.saturating_sub(2).max(before)..g)
                    .any(|k| cues::modality_cue(&self.tokens[k]) == Some(Cue::Target))
            {
                return true;
            }
            start = before;
        }
        false
    }

    /// Whether the sentence gives the figure as an earlier account that a
    /// later count may have replaced: a verb of saying or reporting with
    /// "initially", "originally", "earlier" or "previously" next to it
    /// ("police initially said six", "authorities said earlier that
    /// four", "the chief earlier had said"), or an early report as the
    /// subject ("initial reports put the toll at five"); nothing
    /// contrasting ("but", "now") between it and the figure, and, after
    /// the figure, set off by a comma. "As previously reported" confirms
    /// rather than revises.
    pub(super) fn earlier_account(&self, (a, b): (usize, usize)) -> bool {
        let cue_at =
            |k: usize| cues::earlier_cue(self.lower(k)) && (k == 0 || self.lower(k - 1) != "as");
        (0..self.tokens.len()).any(|i| {
            let t = &self.tokens[i];
            let account = if !t.is_word() || (a..b).contains(&i) {
                false
            } else if cues::source_verb(t).is_some() {
                let mut k = i;
                while k > 0 && is_auxiliary(self.lower(k - 1)) {
                    k -= 1;
                }
                (k > 0 && cue_at(k - 1)) || (i + 1 < self.tokens.len() && cue_at(i + 1))
            } else {
                cues::early_report(t.lower())
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| cues::report_noun(n.lower()))
            };
            let (from, to) = if i < a { (i, a) } else { (b, i) };
            // After the figure, only as an attribution set off by a comma
            // ("four were hurt, police initially said"), not a verb of
            // its own clause ("hurt in what was initially reported as a gas
            // leak").
            let set_off = i < a || (from..to).any(|k| self.tokens[k].is(','));
            account
                && set_off
                && !(from..to).any(|k| cues::contrast(self.lower(k)) || self.lower(k) == "now")
        })
    }

    /// A rate ("a day", "annually") or a window of known length ("in the
    /// first week", "on Saturday", "in 2025") in the figure's clause, and
    /// the window's words.
    ///
    /// The period and window of the figure's claim, and whether the period
    /// is a rate ("a day", "weekly") rather than the length of a window
    /// ("on Saturday").
    pub(super) fn timing(
        &self,
        (a, b): (usize, usize),
    ) -> ((Option<Period>, Option<String>), bool) {
        let end = self.clause_end(b).min(b + CLAUSE_REACH);
        let start = self.clause_start(a, 1).max(a.saturating_sub(8));
        // Not into a clause of its own before: "passed the act in 1994,
        // and 19 states have one".
        let start = (start..a)
            .rev()
            .find(|&i| joins_clauses(self.tokens, i))
            .map_or(start, |i| i + 2);
        let fronted = self.fronted(a).filter(|&f| f < start);
        // A rate: "a day", "per week", "each year", "daily" — not a point
        // in time ("a year ago", "a week earlier"), a length ("for a
        // year", "in a week") or another clause's ("... for 9 years as
        // she taught for a year").
        let own_end = self.before_subordinate(b, end);
        for i in (b..own_end).chain(start..a).chain(fronted) {
            let lower = self.lower(i);
            let length = i > 0
                && matches!(
                    self.lower(i - 1),
                    "for" | "in" | "within" | "over" | "during"
                );
            if matches!(lower, "a" | "an" | "per" | "each" | "every") && !length {
                let relative = self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|t| cues::relative_time(t.lower()));
                if let Some(p) = self
                    .tokens
                    .get(i + 1)
                    .and_then(|t| cues::period_word(t.lower()))
                    .filter(|_| !relative)
                {
                    return (
                        (
                            Some(p),
                            self.window((a, b), start, own_end, fronted).map(|(_, w)| w),
                        ),
                        true,
                    );
                }
            }
            if matches!(
                lower,
                "daily"
                    | "weekly"
                    | "monthly"
                    | "annually"
                    | "yearly"
                    | "nightly"
                    | "single-day"
                    | "one-day"
                    | "24-hour"
            ) {
                return (
                    (
                        cues::period_word(lower),
                        self.window((a, b), start, own_end, fronted).map(|(_, w)| w),
                    ),
                    true,
                );
            }
        }
        match self.window((a, b), start, own_end, fronted) {
            Some((period, text)) => ((period, Some(text)), false),
            None => ((None, None), false),
        }
    }

    /// Whether the figure's clause calls a sum yearly with an adjective
    /// ("annual salaries averaging $58,000", "a $3 million annual
    /// budget"): money so described is a rate, whatever else is annual
    /// ("the annual fair raised $40,000" raises it each year).
    pub(super) fn annual(&self, (a, b): (usize, usize)) -> bool {
        let end = self.clause_end(b).min(b + CLAUSE_REACH);
        let start = self.clause_start(a, 0).max(a.saturating_sub(CLAUSE_REACH));
        (start..a)
            .chain(b..end)
            .any(|i| matches!(self.lower(i), "annual" | "yearly"))
    }

    /// A time window after the figure (tokens `a..b`), up to token `end`
    /// where its clause stops giving its time (see `before_subordinate`),
    /// or before it from token `start` or in a phrase `fronted` before
    /// that, with the period its length names.
    fn window(
        &self,
        (a, b): (usize, usize),
        start: usize,
        end: usize,
        fronted: Option<usize>,
    ) -> Option<(Option<Period>, String)> {
        for i in (b..end).chain(start..a).chain(fronted) {
            let t = &self.tokens[i];
            if !t.is_word() || !cues::window_opener(t.lower()) {
                continue;
            }
            let limit = if i < a { a } else { end };
            if let Some((j, period)) = self.window_words(i, limit) {
                let span = Span::new(t.span().start, self.tokens[j - 1].span().end);
                let opener = t.lower();
                // "since", "by", "until" and "as of" name a point, not a
                // length ("as of Friday, 34 had died": a count to date).
                let period = if matches!(opener, "since" | "by" | "until" | "through" | "as") {
                    None
                } else {
                    period
                };
                return Some((period, self.text[span].to_string()));
            }
        }
        self.time_ago(b, end, start, a)
    }

    /// Where the figure's clause, from token `b` to token `end`, stops
    /// giving its time: at a subordinate clause after the figure ("12
    /// boats sank after the storm broke on Monday"), not at a time phrase
    /// ("12 boats sank after 2019", "since the spring").
    fn before_subordinate(&self, b: usize, end: usize) -> usize {
        // A subordinate clause after the figure ("since the outbreak was
        // identified in late December") has its own time words.
        (b..end)
            .find(|&i| {
                if !cues::subordinator(self.lower(i)) {
                    return false;
                }
                let mut j = i + 1;
                while self
                    .tokens
                    .get(j)
                    .is_some_and(|n| matches!(n.lower(), "the" | "a" | "an" | "its" | "their"))
                {
                    j += 1;
                }
                self.tokens.get(j).is_some_and(|n| {
                    let lower = n.lower();
                    let time_word = cues::window_word(lower)
                        && !matches!(lower, "the" | "a" | "an" | "of" | "this");
                    n.is_word() && !lower.starts_with(|c: char| c.is_ascii_digit()) && !time_word
                })
            })
            .unwrap_or(end)
    }

    /// The words after the window opener at token `i`, up to token
    /// `limit`, when they name a time ("in the first 100 days", "on
    /// Saturday", "since Jan. 20"): the token after them, and the period
    /// their length names (a year for "in 2021", none for "since March").
    fn window_words(&self, i: usize, limit: usize) -> Option<(usize, Option<Period>)> {
        let mut j = i + 1;
        let mut timed = false;
        let mut period = None;
        let mut count_word = false;
        while j < limit {
            let word = &self.tokens[j];
            // The period of an abbreviated month: "since Jan. 20".
            let abbreviation = word.is('.')
                && j + 1 < limit
                && cues::month(self.lower(j - 1))
                && self.tokens[j - 1].text().len() <= 4;
            if abbreviation {
                j += 1;
                continue;
            }
            if !word.is_word() {
                break;
            }
            let lower = word.lower();
            if lower.bytes().all(|c| c.is_ascii_digit()) {
                if lower.len() == 4 {
                    period = period.or(Some(Period::Year));
                    timed = true;
                } else {
                    count_word = true;
                }
            } else if cues::number_word(lower) {
                count_word = true;
            } else if cues::window_word(lower) {
                if let Some(p) = cues::period_word(lower) {
                    if !count_word {
                        period = Some(p);
                    }
                    timed = true;
                } else if cues::weekday(lower) {
                    period = Some(Period::Day);
                    timed = true;
                } else if cues::month(lower) || cues::time_span(lower) {
                    timed = true;
                }
                if lower == "of" && timed {
                    break;
                }
            } else {
                break;
            }
            j += 1;
        }
        timed.then_some((j, period))
    }

    /// A time before the story's own ("killing 12 three years ago", "six
    /// months before that, an attacker shot nine", "a week earlier"): a
    /// number or "a", a unit of time, then "ago", "earlier" or "before
    /// that", in the figure's clause. No period: it says when.
    fn time_ago(
        &self,
        b: usize,
        end: usize,
        start: usize,
        a: usize,
    ) -> Option<(Option<Period>, String)> {
        let unit = |i: usize| {
            let singular = self.lower(i).trim_end_matches('s');
            cues::period_word(singular).is_some()
                || matches!(singular, "decade" | "hour" | "minute")
        };
        let amount = |i: usize| {
            let lower = self.lower(i);
            lower == "a"
                || cues::number_word(lower)
                || !lower.is_empty() && lower.bytes().all(|c| c.is_ascii_digit())
        };
        (start..a).chain(b..end).find_map(|i| {
            let after = self.lower(i);
            let back = after == "ago"
                || after == "earlier"
                || after == "before" && self.tokens.get(i + 1).is_some_and(|t| t.lower() == "that");
            if !back || i < start + 2 || !unit(i - 1) || !amount(i - 2) {
                return None;
            }
            let to = if after == "before" { i + 1 } else { i };
            let span = Span::new(self.tokens[i - 2].span().start, self.tokens[to].span().end);
            Some((None, self.text[span].to_string()))
        })
    }
}
