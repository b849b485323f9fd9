//! What money is for: "$X for/on/in NP", "$X to VERB NP", a noun right
//! after the amount, the subject of "cost", "NP budget of $X"; and what
//! votes are needed for ("60 votes to end debate").

use crate::claim::cues;
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::text::{Pos, Token};

/// Nouns for money itself, which say what it is for only through what
/// goes with them ("infrastructure spending", "funding for the levee").
const MONEY_WORDS: &[&str] = &[
    "cash",
    "expenditure",
    "financing",
    "fund",
    "funding",
    "money",
    "outlay",
    "spending",
];

impl Reader<'_, '_> {
    /// What money is for: "for/on/in/toward NP", "to VERB NP", a noun right
    /// after the amount, the subject of "cost", "NP budget of $X".
    pub(super) fn purpose(
        &self,
        (a, b): (usize, usize),
        np: &HeadPhrase,
        end: usize,
    ) -> Option<usize> {
        if let Some(h) = np.head {
            let lemma = self.tokens[h].lemma(Pos::Noun);
            if !matches!(lemma, "dollar" | "cent" | "euro" | "pound") {
                return Some(h);
            }
        }
        let i = np.end.max(b);
        match self.word(i).map(Token::lower) {
            Some("for" | "on" | "in" | "toward" | "towards") => {
                return self.noun_after(i + 1, end).map(|h| self.past_money(h, end));
            }
            Some("to") => {
                let v = i + 1;
                // "to build the bridge", "to the valley"
                let next = if self.word(v).is_some_and(Token::is_verb) {
                    v + 1
                } else {
                    v
                };
                return self.noun_after(next, end);
            }
            _ => {}
        }
        self.cost_subject(a).or_else(|| self.budget_of(a))
    }

    /// What a number of votes is needed for: the verb after "to", right
    /// after the votes or after "necessary", "needed" or "required" ("60
    /// votes to end debate", "the 41 votes necessary to block it").
    pub(super) fn vote_purpose(&self, np: &HeadPhrase, b: usize) -> Option<usize> {
        let h = np.head?;
        if self.tokens[h].lemma(Pos::Noun) != "vote" {
            return None;
        }
        let mut i = np.end.max(b);
        if self
            .word(i)
            .is_some_and(|t| matches!(t.lower(), "necessary" | "needed" | "required"))
        {
            i += 1;
        }
        let verb = self.word(i + 1).is_some_and(Token::is_verb);
        (self.word(i).is_some_and(|t| t.lower() == "to") && verb).then_some(i + 1)
    }

    /// What a noun of money itself says the money is for ("$60 billion in
    /// infrastructure spending": infrastructure; "$4 billion in funding
    /// for the levee": the levee); the noun `h` itself when it is no word for
    /// money, or says no more.
    fn past_money(&self, h: usize, end: usize) -> usize {
        if !MONEY_WORDS.contains(&self.tokens[h].lemma(Pos::Noun)) {
            return h;
        }
        // "infrastructure spending", "flood defence funding"
        if let Some(m) = h.checked_sub(1).filter(|&m| {
            let t = &self.tokens[m];
            t.is_word() && t.is_noun() && !t.capitalised() && !cues::ends_noun_phrase(t.lower())
        }) {
            return m;
        }
        // "funding for the levee"
        match self.word(h + 1).map(Token::lower) {
            Some("for" | "on" | "toward" | "towards") => self.noun_after(h + 2, end).unwrap_or(h),
            _ => h,
        }
    }

    /// "the bridge is expected to cost $2.3 billion": the subject of "cost"
    /// just before the figure.
    fn cost_subject(&self, a: usize) -> Option<usize> {
        let start = self.clause_start(a, 0);
        let v = a.checked_sub(1).filter(|&v| v >= start)?;
        if self.tokens[v].lemma(Pos::Verb) != "cost" {
            return None;
        }
        let mut i = v;
        while i > start {
            i -= 1;
            let t = &self.tokens[i];
            if !t.is_word() {
                return None;
            }
            let lower = t.lower();
            if words::verb_filler(lower) || words::passive_auxiliary(lower) {
                continue;
            }
            return t.is_noun().then_some(i);
        }
        None
    }

    /// "the bridge budget of $2.3 billion": the noun before a budget word.
    fn budget_of(&self, a: usize) -> Option<usize> {
        let of = a.checked_sub(1)?;
        let budget = of.checked_sub(1)?;
        let start = self.clause_start(a, 0);
        if of < start + 1 || self.tokens[of].lower() != "of" {
            return None;
        }
        let word = self.tokens[budget].lemma(Pos::Noun);
        if !matches!(
            word,
            "budget" | "funding" | "cost" | "price" | "grant" | "fund" | "bond" | "loan"
        ) {
            return None;
        }
        let before = budget.checked_sub(1).filter(|&p| p >= start);
        Some(
            before
                .filter(|&p| {
                    self.tokens[p].is_noun() && !cues::ends_noun_phrase(self.tokens[p].lower())
                })
                .unwrap_or(budget),
        )
    }
}
