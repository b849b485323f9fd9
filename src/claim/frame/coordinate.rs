//! Counts of people coordinated as the parts of one group: "one woman and
//! three men were shot", "two males and two females". Each count is a part
//! of the group (a subset), and the first shares the verb after the last.
//! A bare count set off after a larger count of people counts the same
//! people: "three men were hurt — one hit in the shoulder" (one man). (It is
//! a part of them too, but read as a subset it met other subsets of the
//! same measure in alignment, which does not compare their heads: left a
//! total.)

use crate::claim::cues;
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words;
use crate::claim::reader::Reader;
use crate::figure::FigureKind;
use crate::text::{Pos, Token};

/// Whether a token spells or writes a number ("4", "1,200", "four", "one").
pub(super) fn number_token(t: &Token<'_>) -> bool {
    t.is_word() && (t.has_digit() && t.lower().bytes().all(|c| c.is_ascii_digit() || c == b','))
        || cues::number_word(t.lower()) && t.lower() != "few"
        || t.lower() == "one"
}

/// The value a number token spells or writes ("4", "1,200", "four").
fn number_value(t: &Token<'_>) -> Option<f64> {
    if !number_token(t) {
        return None;
    }
    let lower = t.lower();
    if t.has_digit() {
        return lower.replace(',', "").parse().ok();
    }
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ]
    .iter()
    .position(|w| *w == lower)
    .map(|p| (p + 1) as f64)
}

impl Reader<'_, '_> {
    /// The head phrase of a count coordinated after the one whose head
    /// phrase is `np` ("four men" after "one woman and"), when its head
    /// differs.
    pub(super) fn coordinated_after(
        &self,
        np: &HeadPhrase,
        end: usize,
        kind: FigureKind,
    ) -> Option<HeadPhrase> {
        let head = np.head?;
        let and = np.end;
        if np.state.is_some() || and + 2 >= end || self.word(and)?.lower() != "and" {
            return None;
        }
        if !number_token(self.tokens.get(and + 1)?) {
            return None;
        }
        let next = self.head_phrase(kind, and + 2, end, true, false);
        let other = next.head?;
        self.different_heads(head, other).then_some(next)
    }

    /// The head of a count coordinated before the figure at token `a`
    /// ("one woman" before "and four men"), when it differs from `head`.
    pub(super) fn coordinated_before(&self, a: usize, head: Option<usize>) -> Option<usize> {
        let head = head?;
        let and = a.checked_sub(1)?;
        if self.word(and)?.lower() != "and" {
            return None;
        }
        let from = and.saturating_sub(5);
        let n = (from..and).rev().find(|&i| number_token(&self.tokens[i]))?;
        let np = self.head_phrase(FigureKind::Count, n + 1, and, true, false);
        let other = np.head.filter(|_| np.end == and)?;
        self.different_heads(head, other).then_some(other)
    }

    /// The head of a larger count of people earlier in the sentence that
    /// the bare count at token `a` (no head of its own) is a part of, set
    /// off from it by a dash, colon or comma ("Three men were hurt — one
    /// hit in the shoulder, and two in the knee": men).
    pub(super) fn part_of_earlier(&self, a: usize, value: Option<f64>) -> Option<usize> {
        let value = value?;
        let set_off = |i: usize| {
            let t = &self.tokens[i];
            !t.is_word() && matches!(t.text(), "—" | "–" | "--" | "-" | ":" | ",")
        };
        let before = a.checked_sub(1)?;
        let after_and = self.word(before).is_some_and(|t| t.lower() == "and");
        if !(set_off(before) || after_and) {
            return None;
        }
        (0..before).rev().take(40).find_map(|i| {
            let whole = number_value(&self.tokens[i])?;
            let np = self.head_phrase(FigureKind::Count, i + 1, before, true, false);
            let head = np.head.filter(|&h| {
                let h = &self.tokens[h];
                h.is_plural() && words::is_person_head(h.lemma(Pos::Noun))
            })?;
            (whole > value && (np.end..=before).any(set_off)).then_some(head)
        })
    }

    /// After "both" at token `a`, where two people named one by one end
    /// ("both the woman and the three-year-old girl", "both the driver and
    /// his son"): the token after the second person's noun, within `end`.
    pub(super) fn named_pair_end(&self, a: usize, end: usize) -> Option<usize> {
        if self.tokens[a].lower() != "both" {
            return None;
        }
        // A singular person noun a few words after a determiner at `k`.
        let person_end = |k: usize| {
            let t = self.word(k)?;
            if !cues::determiner(t.lower()) {
                return None;
            }
            (k + 1..end.min(k + 6))
                .take_while(|&m| self.tokens[m].is_word() || self.tokens[m].is('-'))
                .find(|&m| {
                    let t = &self.tokens[m];
                    !t.is_plural() && words::is_person_head(t.lemma(Pos::Noun))
                })
                .map(|m| m + 1)
        };
        let and = person_end(a + 1)?;
        if self.word(and)?.lower() != "and" {
            return None;
        }
        person_end(and + 1)
    }

    /// Whether two head tokens name different kinds of person ("woman",
    /// "man"): the parts of a group of people. Different things ("nine
    /// values and 12 principles") are no parts of one whole.
    fn different_heads(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.tokens[a], &self.tokens[b]);
        let (x, y) = (x.lemma(Pos::Noun), y.lemma(Pos::Noun));
        x != y && words::is_person_head(x) && words::is_person_head(y)
    }
}
