//! Counts said without a number word, or with one that usually is not a
//! count: `both victims` (2), `shot in both feet` (2), `one of the
//! suspects` (1, against the idiom `one of the best`), `a triple homicide`
//! (3 dead), `the lone dissent` (a vote of 1).
//!
//! Each needs the counted thing in view, since the same words mostly say
//! something else: `both sides`, `both parties`, `Long and Bosma, both
//! Republicans`, `one of the most influential`, `a double negative`.

use super::ctx::Ctx;
use crate::text::{Pos, VOTE_SIDES, is_body_part, is_person, is_person_word, lemma};

/// Words that, after `of`, only point at the people counted: `one of the
/// victims`, `one of his two sons`, `both of these men`.
/// Not `my` or `our`: `one of my officers` is a speaker picking out one of
/// their own people (often in a hypothesis), not a count of the story.
const POINTERS: &[&str] = &["the", "his", "her", "their", "its", "these"];

/// Event nouns a multiplier word before counts the victims of: `a double
/// murder` (2 dead), `a quadruple shooting` (4 shot).
const VICTIM_EVENTS: &[&str] = &[
    "homicide",
    "homicides",
    "murder",
    "murders",
    "killing",
    "killings",
    "slaying",
    "slayings",
    "shooting",
    "shootings",
    "stabbing",
    "stabbings",
];

/// Whether the words from token `j` name people, as the thing a count
/// before them counts: optional pointers (`the`, `his`, a number), at most
/// three modifiers, then a plural noun whose first sense is a person
/// (`victims`, `detectives`, `children`, `female occupants`). A
/// superlative on the way (`the most`, `the few`, `the biggest`) or
/// `those` (`one of those who`) makes it an idiom, not a count.
pub(super) fn names_people(cx: &Ctx<'_>, mut j: usize) -> bool {
    while cx.is_any(j, POINTERS) || cx.is_num(j) || cx.lex(j).is_some_and(|l| l.card.is_some()) {
        j += 1;
    }
    for k in j..j + 4 {
        if !cx.is_word(k) {
            return false;
        }
        let w = cx.s(k).to_ascii_lowercase();
        let superlative = w.len() > 5 && w.ends_with("est")
            || matches!(
                w.as_str(),
                "most" | "least" | "best" | "worst" | "few" | "many" | "top" | "first" | "last"
            );
        if superlative || matches!(w.as_str(), "those" | "my" | "our") {
            return false;
        }
        // The first plural noun is what is counted: people, or not.
        let lemma = lemma(&w, Pos::Noun);
        if lemma != w {
            // `both Democrats and Republicans`: two groups, not two people.
            return is_person(&lemma) && !cx.is_any(k + 1, &["and", "or"]);
        }
    }
    false
}

/// `one of them`, `one of the intruders`, `one of two girls`: `one`
/// counting a member of a set of people, at token `f`, `of` at `f + 1`.
/// Not `not one of`, nor `one of those who` (an idiom of kind).
pub(super) fn one_of_people(cx: &Ctx<'_>, f: usize) -> bool {
    let of = f + 1;
    if !cx.is(of, "of") || (f > 0 && cx.is(f - 1, "not")) {
        return false;
    }
    cx.is(of + 1, "them") || names_people(cx, of + 1)
}

/// `once` at token `i` as a count of how often, in a list after another
/// (`hit twice in the knee and once in the arm`, `struck three times in
/// the back, once in the neck`, `twice in one hand, once in the other`): a
/// part of the body follows ("in the arm", "in the other"), and a count
/// of how often stands a few words before in the sentence. Not `once
/// again`, `once a week`, nor "once" as "as soon as" (`once in custody
/// she confessed`).
pub(super) fn once_listed(cx: &Ctx<'_>, i: usize) -> bool {
    let often = |k: usize| {
        cx.is_any(k, &["twice", "thrice"])
            || cx.is(k, "times")
                && k > 0
                && (cx.is_num(k - 1) || cx.lex(k - 1).is_some_and(|l| l.card.is_some()))
    };
    let before = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !matches!(cx.punct(k), Some('.' | ';' | '!' | '?')))
        .any(often);
    before && cx.is_any(i + 1, &["in", "on", "to", "through"]) && body_part_at(cx, i + 2)
}

/// Whether the words from token `k` name a part of the body, past a
/// pointer or a side ("the thigh", "his left arm", "the other").
fn body_part_at(cx: &Ctx<'_>, k: usize) -> bool {
    (k..k + 4)
        .find(|&j| {
            !cx.is_any(j, POINTERS) && !cx.is_any(j, &["left", "right", "upper", "lower", "one"])
        })
        .is_some_and(|j| cx.is(j, "other") || is_body_part(&lemma(cx.s(j), Pos::Noun)))
}

/// `both victims`, `both of the detectives`, `Both were treated`,
/// `shot both of them`: two people, at token `i`, or two parts of the
/// body hurt (`shot in both feet`). Not `both sides`, nor an appositive
/// (`Long and Bosma, both Republicans`), nor `both Democrats and
/// Republicans`.
pub(super) fn both_people(cx: &Ctx<'_>, i: usize) -> bool {
    // Not an appositive, nor a predicate: "Wren and Hale, both
    // Republicans", "the officers, who are both deputies".
    let predicative = i > 0 && cx.is_any(i - 1, &["are", "were", "is", "was", "be", "been"]);
    if !cx.is(i, "both") || (i > 0 && cx.is_punct(i - 1, ',')) || predicative {
        return false;
    }
    let next = if cx.is(i + 1, "of") { i + 2 } else { i + 1 };
    // `Both were treated and released`, `both face charges`: the pronoun
    // as the subject of a state or a charge.
    let pronoun = next == i + 1
        && cx.is_any(
            next,
            &["are", "were", "remain", "remained", "face", "faced", "died"],
        );
    pronoun
        || names_people(cx, next)
        || two_named(cx, next)
        || both_body_parts(cx, i)
        || both_harmed(cx, i)
}

/// `shot both of them`, `killed both of them`: the two a verb of harm
/// took as its object (not `saw both of them`, `both of them said`).
fn both_harmed(cx: &Ctx<'_>, i: usize) -> bool {
    i > 0
        && cx.is(i + 1, "of")
        && cx.is(i + 2, "them")
        && (cx.is_any(i - 1, HARMED) || cx.is_any(i - 1, &["killed", "murdered"]))
}

/// Whether the words from token `j` name two people one by one: `the woman
/// and the three-year-old girl`, `the driver and his son` (after `both`).
fn two_named(cx: &Ctx<'_>, j: usize) -> bool {
    // A person noun within a few words from `k`, after pointers and
    // modifiers; where it ends.
    let person_at = |k: usize| {
        let mut k = k;
        while cx.is_any(k, POINTERS) || cx.is_any(k, &["a", "an"]) {
            k += 1;
        }
        // ("the three-year-old girl": a hyphened age is one modifier)
        (k..k + 6)
            .take_while(|&m| cx.is_word(m) || cx.is_dash(m))
            .find_map(|m| {
                let w = cx.s(m).to_ascii_lowercase();
                (is_person_word(&w) && lemma(&w, Pos::Noun) == w).then_some(m + 1)
            })
    };
    cx.is_any(j, POINTERS)
        && person_at(j).is_some_and(|e| cx.is(e, "and") && person_at(e + 1).is_some())
}

/// Verbs of harm a count of body parts follows (`shot in both legs`).
const HARMED: &[&str] = &[
    "shot", "wounded", "hit", "struck", "injured", "stabbed", "burned", "hurt", "grazed", "cut",
];

/// `shot in both feet`, `wounded in both legs`: after a verb of harm and
/// `in`, the parts of the body hurt (not `raised both hands`, `held the
/// rifle in both hands`, `in both chambers`).
fn both_body_parts(cx: &Ctx<'_>, i: usize) -> bool {
    if i < 2 || !cx.is(i - 1, "in") || !cx.is_word(i + 1) || !cx.is_any(i - 2, HARMED) {
        return false;
    }
    let w = cx.s(i + 1).to_ascii_lowercase();
    let lemma = lemma(&w, Pos::Noun);
    lemma != w && is_body_part(&lemma)
}

/// Words for a side's vote that `lone` or `sole` may count (`the lone
/// dissent`).
const VOTE_NOUNS: &[&str] = &[
    "vote",
    "dissent",
    "dissenter",
    "opposition",
    "holdout",
    "nay",
    "abstention",
];

/// `the lone "no" vote`, `the sole dissenter`, `was the lone opposition`:
/// a vote of one, at token `i` (`lone` or `sole`) after an article, the
/// word for the vote ending its noun phrase. Not `a lone gunman`, `the
/// sole survivor`, `the lone opposition candidate`.
pub(super) fn lone_vote(cx: &Ctx<'_>, i: usize) -> bool {
    if i == 0 || !cx.is_any(i - 1, &["the", "a"]) {
        return false;
    }
    // (Quotes and the side's word may come between: `the lone "no" vote`.)
    let Some(k) = (i + 1..i + 6).find(|&k| {
        let quote = matches!(cx.punct(k), Some('"' | '\'' | '“' | '”' | '‘' | '’'));
        !(quote || cx.is_any(k, VOTE_SIDES))
    }) else {
        return false;
    };
    // (`the lone opposition candidate` counts a candidate.)
    let ends = !cx.is_word(k + 1) || cx.is_any(k + 1, PHRASE_ENDS);
    cx.is_any(k, VOTE_NOUNS) && ends
}

/// Words after a noun that end its phrase: prepositions, conjunctions
/// and the verbs a lone vote takes (`the lone dissent came from`).
const PHRASE_ENDS: &[&str] = &[
    "in", "on", "at", "of", "from", "by", "for", "to", "against", "and", "or", "but", "was", "is",
    "came", "comes", "went", "belonged", "cast",
];

/// A multiplier word at token `i` before an event noun that has victims
/// (`a triple homicide`, `double shooting`): counts the victims.
pub(super) fn victim_multiple(cx: &Ctx<'_>, i: usize) -> bool {
    cx.is_any(i + 1, VICTIM_EVENTS) && !cx.is_dash(i + 1)
}

#[cfg(test)]
mod tests {
    use crate::figures;

    fn counts(s: &str) -> Vec<(String, Option<f64>)> {
        figures(s).map(|f| (f.text, f.value)).collect()
    }

    #[test]
    fn both_counts_two_people_only() {
        let two = |s: &str| (s.to_string(), Some(2.0));
        assert_eq!(counts("Both deputies were treated."), [two("Both")]);
        assert_eq!(
            counts("The truck struck both of the cyclists."),
            [two("both")]
        );
        assert_eq!(
            counts("Both were listed in stable condition."),
            [two("Both")]
        );
        // Parts of the body hurt, after "in".
        assert_eq!(counts("He was shot in both legs."), [two("both")]);
        // The two a verb of harm took.
        assert_eq!(counts("He stabbed both of them."), [two("both")]);
        assert_eq!(
            counts("Both the man and the young boy were hurt."),
            [two("Both")]
        );
        for s in [
            "The senator raised both hands.",
            "She held the rifle in both hands.",
            "Both the bill and the amendment passed.",
            "The bill passed in both chambers.",
            "Both sides claimed victory.",
            "Both sides have made their case.",
            "She was one of those pupils who helped.",
            "Members of both parties objected.",
            "Wren and Hale, both Republicans, voted no.",
            "The deputies, who are both marshals, were charged.",
            "Both farmers and ranchers complained.",
            "It cuts both ways.",
            "Police saw both of them leave.",
            "Both of them said no.",
        ] {
            assert!(counts(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn one_of_people_is_a_count_not_an_idiom() {
        let one = |s: &str| (s.to_string(), Some(1.0));
        assert_eq!(counts("One of the gunmen fled on foot."), [one("One")]);
        assert_eq!(counts("He wounded one of them."), [one("one")]);
        assert_eq!(
            counts("One of two brothers was hurt."),
            [one("One"), ("two".to_string(), Some(2.0))]
        );
        for s in [
            "It was one of the worst storms.",
            "She is one of the most gifted players.",
            "He was not one of the men arrested.",
            "It is one of the risks of the job.",
            "Sooner or later one of my deputies gets hurt.",
        ] {
            assert!(counts(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_lone_vote_is_one() {
        let one = |s: &str| (s.to_string(), Some(1.0));
        assert_eq!(
            counts("The lone \"no\" vote was cast by Sen. Ana Marsh."),
            [one("lone")]
        );
        assert_eq!(counts("Marsh was the lone opposition."), [one("lone")]);
        assert_eq!(
            counts("Marsh cast the sole dissenting vote."),
            [one("sole")]
        );
        for s in [
            "A lone gunman opened fire.",
            "She was the sole survivor.",
            "He is the sole owner of the mill.",
            "Marsh stood lone against the vote.",
            "Marsh was the lone opposition candidate.",
        ] {
            assert!(counts(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn multiples_of_an_event_count_its_victims() {
        assert_eq!(
            counts("Police are investigating a triple homicide."),
            [("triple".to_string(), Some(3.0))]
        );
        assert_eq!(
            counts("a double shooting on Elm Street"),
            [("double".to_string(), Some(2.0))]
        );
        assert!(counts("a rare double negative").is_empty());
    }
}
