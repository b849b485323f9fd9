//! A sentence's tokens as the claim rules read them: the tokens a figure
//! covers, clause bounds, names.

use crate::Span;
use crate::claim::cues;
use crate::claim::lexicon::Lexicon;
use crate::text::Token;

/// How far (in tokens) the rules look from a figure: the words of its noun
/// phrase, to a verb, within its clause, to a modality cue.
pub(super) const NOUN_PHRASE: usize = 5;
pub(super) const VERB_REACH: usize = 5;
pub(super) const CLAUSE_REACH: usize = 10;
pub(super) const CUE_REACH: usize = 12;

/// How far before a figure a negation reaches ("never met its quota of 3,000").
pub(super) const NEGATION_REACH: usize = 5;

/// Reads the tokens of one sentence around its figures.
pub(super) struct Reader<'a, 's> {
    pub(super) lexicon: &'a Lexicon,
    pub(super) tokens: &'a [Token<'s>],
    pub(super) text: &'s str,
    /// [`clause_breaks`] of `tokens`, worked out once per sentence: the
    /// rules ask again and again.
    pub(super) breaks: &'a [bool],
    /// Whether the sentence is a headline in title case ("Gunman Kills 3
    /// at Dalvor Mall"), where a capital letter is no sign of a name.
    pub(super) headline: bool,
}

/// Whether a sentence's tokens are a headline in title case
/// ([`crate::text::title_case`]).
pub(super) fn title_case(tokens: &[Token<'_>]) -> bool {
    crate::text::title_case(
        tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.text().len(), t.capitalised())),
    )
}

/// For each token, whether it ends a clause: `;`, `:`, dashes, brackets,
/// quotes, and periods other than those of abbreviations ("Gov.",
/// "Feb.").
pub(super) fn clause_breaks(tokens: &[Token<'_>]) -> Vec<bool> {
    (0..tokens.len())
        .map(|i| {
            let t = &tokens[i];
            if t.is('.') && i > 0 {
                let prev = &tokens[i - 1];
                let abbreviation = prev.is_word()
                    && prev.text().len() <= 4
                    && prev.text().chars().all(char::is_alphabetic)
                    && (prev.capitalised() || prev.text().len() == 1);
                if abbreviation {
                    return false;
                }
            }
            clause_break(t) || is_quote(t) && !partial_quote(tokens, i)
        })
        .collect()
}

/// Whether the quotation mark at token `i` sets off a few words inside a
/// clause, not a clause of its own: a word on each side, the one before
/// no verb of saying ("he would \"repave the road\" soon", "shot
/// \"three people\" that night"; but "said \"three ...").
fn partial_quote(tokens: &[Token<'_>], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).is_some_and(Token::is_word);
    i > 0 && word(i - 1) && word(i + 1) && cues::source_verb(&tokens[i - 1]).is_none()
}

/// Whether the token ends a clause: `;`, `:`, dashes, brackets and
/// sentence-final punctuation. Commas are handled apart.
pub(super) fn clause_break(t: &Token<'_>) -> bool {
    !t.is_word()
        && matches!(
            t.text().chars().next(),
            Some(';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '.' | '?' | '!')
        )
}

pub(super) fn is_quote(t: &Token<'_>) -> bool {
    !t.is_word() && matches!(t.text(), "\"" | "“" | "”")
}

pub(super) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "previously"
            | "recently"
            | "publicly"
            | "will"
            | "would"
            | "still"
            | "now"
            | "repeatedly"
            | "already"
            | "then"
    )
}

/// The tokens `[a, b)` that `span` covers, by binary search (tokens are
/// in text order and do not overlap).
pub(super) fn token_range(tokens: &[Token<'_>], span: Span) -> (usize, usize) {
    let a = tokens.partition_point(|t| t.span().end <= span.start);
    let b = a + tokens[a..].partition_point(|t| t.span().start < span.end);
    (a, b)
}

pub(super) fn span_text(tokens: &[Token<'_>], text: &str, from: usize, to: usize) -> String {
    text[Span::new(tokens[from].span().start, tokens[to - 1].span().end)].to_string()
}

/// Whether the year at token `year` of a sentence dates the figure at
/// token `figure`: they lie in one clause, or the year lies in a phrase
/// the sentence opens with before the figure ("In 2019, ..."; a dateline).
/// Two clauses are told apart by a semicolon, a dash, or a comma and a
/// conjunction before a clause with a subject of its own ("Congress
/// passed the law in 1994, and 19 states have one"); a comma and a
/// conjunction before a verb join two things one subject did ("killed 4
/// in 2019, and wounded 12").
pub(super) fn dates_figure(tokens: &[Token<'_>], year: usize, figure: usize) -> bool {
    let (a, b) = (year.min(figure), year.max(figure));
    let split = (a + 1..b.min(tokens.len()))
        .any(|i| dash_or_semicolon(&tokens[i]) || joins_clauses(tokens, i));
    !split || year < figure && opening(tokens, year)
}

/// Whether the comma at token `i` joins two clauses: a conjunction, a
/// subject of the second clause's own and a verb of the present follow
/// ("..., and 19 states now have one", "..., but the others are free");
/// not "..., and wounded 12", nor a list of things ("..., and two counts
/// of theft", "..., and 12 used trucks"), nor a clause told in the same
/// past ("..., and 12 more died": maybe the same year).
pub(super) fn joins_clauses(tokens: &[Token<'_>], i: usize) -> bool {
    const PHRASE_ENDS: &[&str] = &[
        "of", "in", "at", "on", "for", "from", "to", "with", "by", "and", "or",
    ];
    tokens[i].is(',')
        && tokens
            .get(i + 1)
            .is_some_and(|c| matches!(c.lower(), "and" | "but" | "while" | "whereas" | "yet"))
        && tokens.get(i + 2).is_some_and(own_subject)
        && tokens
            .get(i + 3..)
            .unwrap_or_default()
            .iter()
            .take(5)
            .take_while(|t| t.is_word() && !PHRASE_ENDS.contains(&t.lower()))
            .any(|t| present(t.lower()))
}

/// A word that shows a clause's verb in the present or future: a form of
/// "be" or "have", a modal, or an adverb of now ("now", "still").
fn present(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
            | "has"
            | "have"
            | "will"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "does"
            | "do"
            | "now"
            | "still"
    )
}

fn dash_or_semicolon(t: &Token<'_>) -> bool {
    t.is(';') || t.is('—') || t.is('–')
}

/// Whether a word can open a clause's subject: a number, a determiner, a
/// pronoun, a name, or a noun that is no verb.
fn own_subject(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.has_digit()
        || cues::number_word(lower)
        || cues::determiner(lower)
        || matches!(
            lower,
            "he" | "she" | "they" | "it" | "we" | "these" | "those" | "some"
        )
        || t.capitalised()
        || t.is_noun() && !t.is_verb()
}

/// Whether token `a` lies in a phrase the sentence opens with: the first
/// word is a preposition and no verb, semicolon or dash comes before `a`
/// ("In 2019, ...", "Since 2015 ..."; not "At least 40 died in 2019; ..."),
/// or the words up to the dash after `a` are a dateline, names and
/// numbers only ("DALVOR, Ont. (May 2, 2021) – ...").
fn opening(tokens: &[Token<'_>], a: usize) -> bool {
    let Some(first) = tokens.iter().position(Token::is_word) else {
        return false;
    };
    if first > a || tokens[first..a].iter().any(dash_or_semicolon) {
        return false;
    }
    let verb = |t: &Token<'_>| {
        let lower = t.lower();
        present(lower)
            || matches!(lower, "was" | "were" | "had" | "did")
            || t.is_verb() && !t.is_noun() && !t.capitalised()
            || lower.ends_with("ed") && t.is_verb()
    };
    let preposition = matches!(
        tokens[first].lower(),
        "in" | "by"
            | "since"
            | "during"
            | "through"
            | "throughout"
            | "until"
            | "before"
            | "after"
            | "as"
            | "from"
            | "for"
            | "between"
            | "over"
            | "at"
            | "on"
    ) && !tokens
        .get(first + 1..a)
        .unwrap_or_default()
        .iter()
        .any(verb);
    let dateline = || {
        (a..tokens.len())
            .find(|&i| dash_or_semicolon(&tokens[i]))
            .is_some_and(|end| {
                tokens[first..end]
                    .iter()
                    .all(|t| !t.is_word() || t.has_digit() || t.capitalised())
            })
    };
    preposition || dateline()
}

impl Reader<'_, '_> {
    /// The span of tokens `[from, to)` in the sentence.
    pub(super) fn tokens_span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.tokens[from].span().start,
            self.tokens[to.max(from + 1) - 1].span().end,
        )
    }

    /// The tokens `[a, b)` a figure covers.
    pub(super) fn token_range(&self, span: Span) -> (usize, usize) {
        token_range(self.tokens, span)
    }

    pub(super) fn lower(&self, i: usize) -> &str {
        self.tokens[i].lower()
    }

    /// One past a count of times that starts at token `i` ("twice",
    /// "thrice", "four times"), if one starts there.
    pub(super) fn times_end(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i).filter(|t| t.is_word())?;
        if matches!(t.lower(), "twice" | "thrice") {
            return Some(i + 1);
        }
        self.tokens
            .get(i + 1)
            .filter(|n| n.is_word() && n.lower() == "times")
            .map(|_| i + 2)
    }

    /// Whether token `i` ends a clause: `;`, `:`, dashes, brackets, and
    /// periods other than those of abbreviations ("Gov.", "Feb.").
    pub(super) fn breaks(&self, i: usize) -> bool {
        self.breaks[i]
    }

    /// Whether token `i` is a quotation mark inside a clause, setting off
    /// a few of its words (see [`clause_breaks`]).
    pub(super) fn inner_quote(&self, i: usize) -> bool {
        is_quote(&self.tokens[i]) && !self.breaks[i]
    }

    /// The first token of the clause holding token `a`, crossing at most
    /// `commas` commas.
    ///
    /// A relative clause set off by commas is not crossed: in "The chief,
    /// who took office in May, said officers made 120 arrests", the clause
    /// of 120 starts at "said".
    pub(super) fn clause_start(&self, a: usize, mut commas: usize) -> usize {
        let mut i = a;
        let mut own = None;
        while i > 0 {
            let t = &self.tokens[i - 1];
            if self.breaks(i - 1) {
                break;
            }
            if t.is(',') {
                if commas == 0 {
                    break;
                }
                own.get_or_insert(i);
                commas -= 1;
            }
            i -= 1;
        }
        match own {
            Some(own) if cues::relative_pronoun(self.lower(i)) => own,
            _ => i,
        }
    }

    /// One past the last token of the clause from `b` on.
    pub(super) fn clause_end(&self, b: usize) -> usize {
        (b..self.tokens.len())
            .find(|&i| self.breaks(i) || self.tokens[i].is(','))
            .unwrap_or(self.tokens.len())
    }

    /// The first token of a phrase fronted before the clause of token `a`
    /// and set off by a comma ("In Chicago, officers arrested 21", "By the
    /// end of the year, the agency ..."): it applies to the whole clause.
    pub(super) fn fronted(&self, a: usize) -> Option<usize> {
        let own = self.clause_start(a, 0);
        (own > 0 && self.tokens[own - 1].is(',')).then(|| self.clause_start(a, 1))
    }

    /// A run of capitalised words from token `i` (allowing "de", "of"
    /// inside), not a month, weekday or time word.
    pub(super) fn proper_name(&self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j < self.tokens.len() {
            let t = &self.tokens[j];
            let lower = t.lower();
            let name_word = t.capitalised() && !cues::month(lower) && !cues::weekday(lower);
            let particle = j > i
                && matches!(lower, "de" | "of" | "la" | "del")
                && self.tokens.get(j + 1).is_some_and(Token::capitalised);
            if !(name_word || particle) {
                break;
            }
            // "D.C.", "L.A.": an initial takes its period.
            let initial = t.text().len() == 1 && self.tokens.get(j + 1).is_some_and(|d| d.is('.'));
            j += if initial { 2 } else { 1 };
        }
        (j > i).then_some((i, j))
    }
}

#[cfg(test)]
mod tests {
    use crate::Document;

    /// The years that date each claim of `text`, by figure.
    fn years(text: &str) -> Vec<(String, Vec<u32>)> {
        let doc = Document::new("d", text);
        crate::claims(&doc)
            .map(|c| {
                let years = c.when.as_deref().map(|w| w.years().to_vec());
                (c.figure.text.clone(), years.unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn a_year_dates_the_figures_of_its_own_clause() {
        let got = years("Parliament passed the act in 1994, and 19 provinces now have one.");
        assert_eq!(got, [("19".to_string(), vec![])]);
        // A list of things is no second clause.
        let got = years("She faced one count of theft in 2015, and two counts of fraud.");
        assert_eq!(got[1], ("two".to_string(), vec![2015]));
        let got = years("Crews cleared 40 roads in 2019; 12 bridges stayed shut.");
        assert_eq!(got[1], ("12".to_string(), vec![]));
        // A dash sets off a remark: "the most since 1990" dates no count.
        let got = years("The blaze destroyed 31 homes — the most since 1990.");
        assert_eq!(got, [("31".to_string(), vec![])]);
    }

    #[test]
    fn a_year_still_dates_one_subjects_verbs_and_opening_phrases() {
        // One subject, two verbs: the year holds for both.
        let got = years("The storm flooded 40 homes in 2019, and damaged 12 more.");
        assert_eq!(got[1], ("12".to_string(), vec![2019]));
        // A phrase the sentence opens with holds for every clause.
        let got = years("In 2019, the league fined 40 clubs, and 12 of them appealed.");
        assert_eq!(got[1], ("12".to_string(), vec![2019]));
        // A dateline dates the sentence after its dash.
        let got = years("DALVOR, Ont. (May 2, 2021) – Officials said three barns burned.");
        assert_eq!(got, [("three".to_string(), vec![2021])]);
        // No clause break: the year holds.
        let got = years("The county hired 40 nurses in 2019 and 12 doctors.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(_, y)| y == &[2019]), "{got:?}");
        // A list of things, or a second clause told in the same past.
        let got = years("The county bought 40 buses in 2019, and 12 used trucks.");
        assert_eq!(got[1], ("12".to_string(), vec![2019]));
        let got = years("Floods killed 40 people in 2019, and 12 more died in landslides.");
        assert_eq!(got[1], ("12".to_string(), vec![2019]));
        // A year as the first word opens no phrase (and reads safely).
        let got = years("2019 saw 40 floods; 12 more came in 2020.");
        assert_eq!(got[1], ("12".to_string(), vec![2020]));
        // A verb before the year: no phrase the sentence opens with.
        let got = years("At least 40 people died in 2019; 12 more in 2020.");
        assert_eq!(got[1], ("12".to_string(), vec![2020]));
    }
}
