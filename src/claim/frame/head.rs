//! The head rules of a frame (see `read.rs`): what a figure counts — the
//! noun after it, a measurement's unit, a label's noun ("Arrests: 12"), a
//! noun joined to the number ("a four-term senator"), what "others" stands
//! for — and the head class the event implies where no noun says.

use crate::claim::cues;
use crate::claim::frame::attribute::hyphen_joined;
use crate::claim::frame::model::{Frame, FrameSpans, HeadClass, PredicateClass};
use crate::claim::frame::predicate::auxiliary;
use crate::claim::frame::read::HeadPhrase;
use crate::claim::frame::words::{self, head_class};
use crate::claim::reader::Reader;
use crate::figure::{Figure, FigureKind};
use crate::text::{Pos, Token, noun_senses};

impl Reader<'_, '_> {
    /// The frame's head (see the module's rules): money is dollars, a
    /// tally votes; else the head phrase's noun, a measurement's unit, a
    /// label's noun, the people of a toll, or "percent".
    pub(super) fn head(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        figure: &Figure,
        (a, b): (usize, usize),
        np: &HeadPhrase,
        toll: bool,
    ) {
        let kind = figure.kind;
        let head_token = match kind {
            // "15 years", "a six-hour standoff": the unit; "70 mm of rain":
            // what it measures, but "three days of talks" counts days.
            FigureKind::Measurement => {
                let unit = self.unit_token(a, b);
                let time = unit
                    .is_some_and(|u| head_class(&unit_lemma(&self.tokens[u])) == HeadClass::Time);
                np.head.filter(|_| np.of && !time).or(unit)
            }
            // "a four-term senator", "a 10-round magazine": the noun the
            // number is joined to is what it counts.
            FigureKind::Count if self.joined_unit(figure, b) => Some(b - 1),
            // "Vehicle thefts: 31": a label names what a bare count counts
            // (a capital after it starts the next label or line); a verb
            // or a state after the count makes the label a heading
            // ("SOURCES: 2 detained", "Dalvor Shooting: 3 dead").
            FigureKind::Count => np
                .head
                .filter(|&h| !self.tokens[h].capitalised())
                .or_else(|| {
                    let predicated = self.word(b).is_some_and(|t| {
                        t.is_verb() && !t.is_noun() || words::state_word(t.lower()).is_some()
                    });
                    self.label_before(a).filter(|_| !predicated)
                })
                .or(np.head),
            _ => np.head,
        };
        if kind == FigureKind::Money {
            frame.head = Some("dollar".to_string());
            frame.head_class = Some(HeadClass::Money);
        } else if kind == FigureKind::Tally {
            // "passed 97-1", "a 5-4 ruling": votes on each side.
            frame.head = Some("vote".to_string());
            frame.head_class = Some(HeadClass::Vote);
        } else if let Some(h) = head_token.filter(|&h| self.tokens[h].lower() == "others") {
            // "five others were hurt": people, unless the sentence counted
            // other things before ("three homes burned and 12 others").
            let lemma = self.antecedent(a).unwrap_or_else(|| "person".to_string());
            set_head(frame, lemma);
            spans.head = Some(self.tokens[h].span());
        } else if let Some(h) = head_token {
            let t = &self.tokens[h];
            let lemma = words::age_head(t.lower()).map_or_else(|| unit_lemma(t), str::to_string);
            // "seven gunshots were fired": shots.
            let lemma = if lemma == "gunshot" {
                "shot".to_string()
            } else {
                lemma
            };
            if !not_a_head(&lemma, kind) {
                set_head(frame, lemma);
                spans.head = Some(t.span());
            }
        } else if toll {
            frame.head = Some("person".to_string());
            frame.head_class = Some(HeadClass::Person);
        } else if kind == FigureKind::Percent {
            frame.head = Some("percent".to_string());
            frame.head_class = Some(HeadClass::Other);
        }
    }

    /// What a frequency counts ("was shot twice", "responded to the block
    /// 17 times", "separated them twice"): the times the event happened,
    /// not those it happened to. Shots at someone are counted as shots
    /// ("hit once in the arm", "fired three times"); any other event by its
    /// times ("time" the head when the word is there). Only where no noun
    /// heads the figure.
    pub(super) fn frequency_head(
        &self,
        frame: &mut Frame,
        spans: &mut FrameSpans,
        figure: &Figure,
        (a, b): (usize, usize),
    ) {
        if frame.head.is_some() || !self.frequency(figure, (a, b)) {
            return;
        }
        let times = [b, b - 1]
            .into_iter()
            .find(|&i| self.word(i).is_some_and(|t| t.lower() == "times"));
        let shots = frame
            .predicate_class()
            .is_some_and(|c| matches!(c, PredicateClass::Shoot | PredicateClass::Fire));
        if shots {
            frame.head = Some("shot".to_string());
            frame.head_class = Some(HeadClass::Weapon);
        } else {
            frame.head = times.map(|_| "time".to_string());
            frame.head_class = Some(HeadClass::Event);
        }
        spans.head = times.map(|t| self.tokens[t].span());
    }

    /// What a running total counts ("11 new cases this week, bringing the
    /// outbreak total to 142", "raising the count to 40"): the last
    /// counted plural noun before it in the sentence. Only where no noun
    /// heads the figure, right after "total", "count", "tally" or "number"
    /// and "to".
    pub(super) fn total_of_earlier(&self, frame: &mut Frame, figure: &Figure, a: usize) {
        let running = a >= 2
            && self.tokens[a - 1].lower() == "to"
            && matches!(
                self.tokens[a - 2].lower(),
                "total" | "count" | "tally" | "number"
            );
        if frame.head.is_some() || figure.kind != FigureKind::Count || !running {
            return;
        }
        let counted = (1..a - 2).rev().find(|&i| {
            let t = &self.tokens[i];
            t.is_word()
                && t.is_noun()
                && t.is_plural()
                && (i.saturating_sub(4)..i).any(|j| {
                    let n = &self.tokens[j];
                    n.has_digit() || cues::number_word(n.lower())
                })
        });
        if let Some(i) = counted {
            let lemma = self.tokens[i].lemma(Pos::Noun).to_string();
            set_head(frame, lemma);
        }
    }

    /// What a count after "a crowd of", "a population of", "a workforce
    /// of" counts, with no noun after it: the noun before "of", when a
    /// measure counts it and it names no event ("the death of six" counts
    /// the dead).
    pub(super) fn whole_named_before(&self, frame: &mut Frame, figure: &Figure, a: usize) {
        if frame.head.is_some() || figure.kind != FigureKind::Count || a < 3 {
            return;
        }
        let (det, noun, of) = (
            &self.tokens[a - 3],
            &self.tokens[a - 2],
            &self.tokens[a - 1],
        );
        let named = of.lower() == "of"
            && matches!(det.lower(), "a" | "an" | "the")
            && noun.is_word()
            && !noun.is_plural()
            // ("the death of six" counts the dead.)
            && words::event_noun(noun.lemma(Pos::Noun)).is_none()
            && self.lexicon.has_noun(noun.lemma(Pos::Noun));
        if named {
            let lemma = noun.lemma(Pos::Noun).to_string();
            set_head(frame, lemma);
        }
    }

    /// What a definite count standing alone as its clause's subject
    /// stands for: "the two argued", "both were cousins", "all four were
    /// released", "as the two drove off": those named before,
    /// people, unless the sentence counted things before ("three homes
    /// burned and both were insured"). Only with no head and a
    /// verb right after; the head itself stays unsaid.
    pub(super) fn those_named(&self, frame: &mut Frame, figure: &Figure, (a, b): (usize, usize)) {
        if frame.head.is_some() || frame.head_class.is_some() || figure.kind != FigureKind::Count {
            return;
        }
        let first = self.tokens[a].lower();
        let definite = first == "both"
            || first == "all"
            || a > 0 && matches!(self.tokens[a - 1].lower(), "the" | "all");
        let verb_next = self.word(b).is_some_and(|t| {
            // ("left": a noun too, but an inflected verb here.)
            let inflected = t.lemma(Pos::Verb) != t.lower();
            t.is_verb() && (!t.is_noun() || inflected) || auxiliary(t.lower())
        });
        if !(definite && verb_next) {
            return;
        }
        if self.antecedent(a).is_none() {
            frame.head_class = Some(HeadClass::Person);
        }
    }

    /// The head noun of a label just before the figure: "Arrests: 12",
    /// "Burglaries per 1,000 homes: 14" (a rate's base after "per" is not
    /// what is counted). The label ends in its noun, right before the colon.
    fn label_before(&self, a: usize) -> Option<usize> {
        let colon = a.checked_sub(1)?;
        if !self.tokens[colon].is(':') {
            return None;
        }
        let from = (colon.saturating_sub(8)..colon)
            .rev()
            .take_while(|&i| self.tokens[i].is_word())
            .last()?;
        // A label names; it says nothing ("two women were hurt: one ...").
        let says = (from..colon).any(|i| {
            let lower = self.tokens[i].lower();
            lower != "per" && cues::ends_noun_phrase(lower)
        });
        if says {
            return None;
        }
        let cut = (from..colon)
            .find(|&i| self.tokens[i].lower() == "per")
            .unwrap_or(colon);
        let h = cut.checked_sub(1).filter(|&h| h >= from)?;
        let t = &self.tokens[h];
        (t.is_noun() && !t.has_digit() && !cues::ends_noun_phrase(t.lower())).then_some(h)
    }

    /// Whether the figure's last token joins it to a noun with a hyphen
    /// ("four-term", "10-round") past the figure's own text.
    fn joined_unit(&self, figure: &Figure, b: usize) -> bool {
        let Some(t) = b.checked_sub(1).map(|i| &self.tokens[i]) else {
            return false;
        };
        let end = t.span().end;
        let figure_end = figure.span.end;
        figure_end < end
            && hyphen_joined(t.text()).is_some_and(|(_, unit)| {
                let unit = crate::text::lemma(&unit.to_ascii_lowercase(), Pos::Noun);
                // ("two-dozen" is a number, not two dozens.)
                noun_senses(&unit).is_some() && !words_number(&unit) && unit != "dozen"
            })
            && !t.text().ends_with("old")
            && !t.text().ends_with("olds")
    }

    /// The head lemma of the last counted noun before token `a` in the
    /// sentence ("homes" in "three homes burned and 12 others"), if it
    /// is not a person: what "others" stands for.
    fn antecedent(&self, a: usize) -> Option<String> {
        (1..a).rev().find_map(|i| {
            let t = &self.tokens[i];
            let prev = &self.tokens[i - 1];
            let counted = prev.has_digit() || cues::number_word(prev.lower());
            (counted && t.is_word() && t.is_noun() && t.is_plural() && t.lower() != "others")
                .then(|| t.lemma(Pos::Noun).to_string())
                .filter(|l| head_class(l) != HeadClass::Person)
        })
    }

    /// The figure's unit word ("years" in "15 years", "hour" in "six-hour",
    /// "miles" in "70 miles per hour", "year" in "a year and a half").
    fn unit_token(&self, a: usize, b: usize) -> Option<usize> {
        let b = (a..b)
            .find(|&i| self.tokens[i].lower() == "per")
            .unwrap_or(b);
        (a..b).rev().find(|&u| {
            let t = &self.tokens[u];
            unit_word(t) && !matches!(t.lower(), "half" | "and" | "a" | "an")
        })
    }
}

/// Sets the frame's head to a noun lemma and its head class to the
/// lemma's: the two always go together.
pub(super) fn set_head(frame: &mut Frame, lemma: String) {
    frame.head_class = Some(head_class(&lemma));
    frame.head = Some(lemma);
}

/// Whether a word the tables do not know is a coined plural noun
/// ("bandmates", "e-scooters"): lower case, letters and inner hyphens,
/// the regular plural ending, not an ending of other words ("-ss",
/// "-us", "-is", "-ous") nor one of the adverbs so spelled.
pub(super) fn coined_plural(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.is_word()
        && !t.is_noun()
        && !t.is_verb()
        && !t.capitalised()
        && lower.len() >= 4
        && lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e))
        && lower.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
        && !matches!(
            lower,
            "always"
                | "perhaps"
                | "afterwards"
                | "sometimes"
                | "towards"
                | "besides"
                | "nowadays"
                | "indoors"
                | "outdoors"
                | "overseas"
                | "whereas"
                | "unless"
                | "across"
                | "ours"
                | "yours"
                | "theirs"
                | "hers"
        )
}

/// Words that never head a counted phrase: what follows a count without
/// being the thing ("12 times", "12 percent", "two of the three").
fn not_a_head(lemma: &str, kind: FigureKind) -> bool {
    // "double the pace": a multiplier's transparent noun stands for
    // another quantity; after a count it is a thing ("12 counts").
    kind == FigureKind::Multiplier && cues::transparent_noun(lemma)
        // "two of the three": a number stands for what it counts.
        || cues::number_word(lemma)
        || matches!(
            lemma,
            "time" | "percent" | "percentage" | "per" | "cent" | "fold" | "way"
        )
}

/// Whether events of a class happen to people: killed, hurt, shot,
/// arrested, convicted, evacuated, rescued, deported.
pub(crate) fn happens_to_people(class: PredicateClass) -> bool {
    matches!(
        class,
        PredicateClass::Die
            | PredicateClass::Injure
            | PredicateClass::Shoot
            | PredicateClass::Arrest
            | PredicateClass::Convict
            | PredicateClass::Evacuate
            | PredicateClass::Rescue
            | PredicateClass::Deport
    )
}

/// The head class the event implies where the head does not say:
/// "killed two and injured 10" counts people; "Rivera garnered 31
/// percent" a share of the votes.
pub(super) fn implied_head_class(frame: &mut Frame) {
    // "killed two and injured 10": people, though no noun says so.
    if frame.head.is_none() && frame.predicate_class().is_some_and(happens_to_people) {
        frame.head_class = Some(HeadClass::Person);
    }
    // "Rivera garnered 31 percent": a share of the votes.
    if frame.head.as_deref() == Some("percent")
        && frame.predicate_class().is_some_and(|c| {
            matches!(
                c,
                PredicateClass::Poll | PredicateClass::Vote | PredicateClass::Win
            )
        })
    {
        frame.head_class = Some(HeadClass::Vote);
    }
}

/// The lemma of a head token: its noun lemma; for a hyphenated unit
/// ("six-hour"), the unit ("hour").
fn unit_lemma(t: &Token<'_>) -> String {
    let lemma = t.lemma(Pos::Noun);
    let lemma = match lemma.rsplit_once('-') {
        Some((first, last)) if first.chars().any(|c| c.is_ascii_digit()) || words_number(first) => {
            crate::text::lemma(last, Pos::Noun)
        }
        _ => lemma.to_string(),
    };
    // "nearly a decade", "half a century": years, told in tens or
    // hundreds (the figure's unit keeps the multiple), so that they meet
    // "eight years" and "100 years" as one thing counted.
    match lemma.as_str() {
        "decade" | "century" | "millennium" => "year".to_string(),
        _ => lemma,
    }
}

/// Whether a figure's token is its unit word ("six-hour", "years"), not a
/// number ("7.8", "1,240").
fn unit_word(t: &Token<'_>) -> bool {
    t.is_word()
        && (!t.has_digit()
            || t.lower()
                .rsplit_once('-')
                .is_some_and(|(_, u)| !u.is_empty() && !u.bytes().any(|c| c.is_ascii_digit())))
}

/// Whether a word spells a small number ("six" in "six-hour").
fn words_number(w: &str) -> bool {
    cues::number_word(w)
        || matches!(
            w,
            "one"
                | "thirteen"
                | "fourteen"
                | "fifteen"
                | "sixteen"
                | "seventeen"
                | "eighteen"
                | "nineteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "hundred"
        )
}
