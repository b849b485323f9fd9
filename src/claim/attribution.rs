//! Who asserts a sentence's claims: "according to X", a speaker next to a
//! verb of saying, a pronoun resolved to the last named speaker.

use crate::claim::cues;
use crate::claim::reader::{is_auxiliary, span_text};
use crate::text::Token;

/// A source a sentence names: who, and the token index of the verb (or of
/// "according") that names them.
#[derive(Clone, Debug)]
pub(super) struct Source {
    pub(super) name: String,
    at: usize,
    pub(super) strength: cues::Source,
}

/// The sources a sentence names: "according to X", a speaker next to a
/// verb of saying ("Brenner said", "said Tal Brenner"), the subject of a verb of
/// reporting or wanting ("the administration reported", "the state
/// wants"). Pronouns resolve to `last`, the previous named speaker.
pub(super) fn sources(tokens: &[Token<'_>], text: &str, last: Option<&str>) -> Vec<Source> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        if t.lower() == "according" && tokens.get(i + 1).is_some_and(|n| n.lower() == "to") {
            found.extend(according_to(tokens, text, i));
            continue;
        }
        let Some(strength) = source_verb_at(tokens, i) else {
            continue;
        };
        found.extend(speaker(tokens, text, i, strength, last));
    }
    found
}

/// The source "according to" at token `i` names: the words after "to",
/// at most eight, with their apostrophes ("according to the harbour
/// master's log"); none when no word follows.
fn according_to(tokens: &[Token<'_>], text: &str, i: usize) -> Option<Source> {
    let from = i + 2;
    let mut to = from;
    while to < tokens.len()
        && to - from < 8
        && (tokens[to].is_word() || tokens[to].is('’') || tokens[to].is('\''))
    {
        to += 1;
    }
    (to > from).then(|| Source {
        name: span_text(tokens, text, from, to),
        at: i,
        strength: cues::Source::Saying,
    })
}

/// Whether the word at token `i` is a verb that names a source, and of
/// which kind: "said" and "reported" are; "the report" (a noun after an
/// article), "records" in "dock records show" (a noun before a verb of
/// its kind) and "March" (a name) are not.
fn source_verb_at(tokens: &[Token<'_>], i: usize) -> Option<cues::Source> {
    let t = &tokens[i];
    // "state" and "states" are nouns far more often than "stated".
    if matches!(
        t.lower(),
        "state" | "states" | "note" | "notes" | "add" | "post" | "posts"
    ) {
        return None;
    }
    let strength = cues::source_verb(t)?;
    // After an article it is a noun: "the plan", "a report", "the count".
    if i > 0 && cues::attributive_determiner(tokens[i - 1].lower()) {
        return None;
    }
    // A reporting word that is not in the past tense is as often a
    // noun ("court records show", "the data list"): it counts only
    // when no other verb of its kind follows at once.
    let next_is_verb = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && cues::source_verb(n).is_some());
    if strength == cues::Source::Reporting && !t.lower().ends_with("ed") && next_is_verb {
        return None;
    }
    if t.capitalised() && i > 0 {
        return None; // "March", "Order": a name, not a verb
    }
    Some(strength)
}

/// Who speaks through the verb at token `i`, of kind `strength`: the name
/// after an inverted verb of saying ("..., said harbour master Ines
/// Varga"), else the name or actor before it ("the ferry company
/// reported"), a pronoun standing for `last` ("she added"), or, for a
/// verb of saying, a noun with an article ("a deckhand said").
fn speaker(
    tokens: &[Token<'_>],
    text: &str,
    i: usize,
    strength: cues::Source,
    last: Option<&str>,
) -> Option<Source> {
    // "..., said Tal Brenner", "said county health officer Dr. Anika Sorensen"
    let inverted = strength == cues::Source::Saying
        && (i == 0 || !tokens[i - 1].is_word())
        && noun_phrase_after(tokens, i + 1).is_some();
    if inverted && let Some((from, to)) = noun_phrase_after(tokens, i + 1) {
        return Some(Source {
            name: span_text(tokens, text, from, to),
            at: i,
            strength,
        });
    }
    // "Brenner said", "the administration reported", "Okafor demanded"
    let end = speaker_end(tokens, i);
    // "he said", "She added": the last named speaker.
    if end > 0 && cues::pronoun(tokens[end - 1].lower()) {
        return last.map(|last| Source {
            name: last.to_string(),
            at: i,
            strength,
        });
    }
    let from = noun_phrase_before(tokens, end, true).or_else(|| {
        // "the coroner's deputy wrote": whoever says is a speaker.
        (strength == cues::Source::Saying)
            .then(|| determined_noun_before(tokens, end))
            .flatten()
    })?;
    Some(Source {
        name: span_text(tokens, text, from, end),
        at: i,
        strength,
    })
}

/// Where the speaker of the verb at token `i` ends, when it stands
/// before the verb: before the verb's auxiliaries ("the mayor has
/// said") and before a parenthesis about the speaker ("The mayor, who
/// opened the bridge, said").
fn speaker_end(tokens: &[Token<'_>], i: usize) -> usize {
    let mut end = i;
    while end > 0 && is_auxiliary(tokens[end - 1].lower()) {
        end -= 1;
    }
    // "The chief, who took office in May, said", "Carla Diaz, an
    // organizer, said": the speaker stands before the parenthesis.
    if end > 1 && tokens[end - 1].is(',') {
        let open = (end.saturating_sub(16)..end - 1)
            .rev()
            .find(|&k| tokens[k].is(','))
            .filter(|&k| {
                tokens.get(k + 1).is_some_and(|t| {
                    matches!(t.lower(), "who" | "which" | "whose" | "the" | "a" | "an")
                })
            });
        if let Some(k) = open {
            end = k;
        }
    }
    end
}

/// The source of the claim at tokens `[a, b)`: the nearest source of the
/// strongest kind. `sources` must be sorted by strength, then position
/// (see [`by_strength`]): the look-up is two binary searches, so many
/// figures in a sentence naming many speakers cost no more than each alone.
pub(super) fn source_for(sources: &[Source], (a, b): (usize, usize)) -> Option<String> {
    let strongest = sources.first()?.strength;
    let same = &sources[..sources.partition_point(|s| s.strength == strongest)];
    let first_after = same.partition_point(|s| s.at < a);
    let before = first_after
        .checked_sub(1)
        .map(|last| (a - same[last].at, &same[last]));
    let after = same.get(first_after).map(|s| (s.at.saturating_sub(b), s));
    let nearest = match (before, after) {
        (Some(near), Some(far)) => Some(if far.0 < near.0 { far } else { near }),
        (one, other) => one.or(other),
    };
    nearest.map(|(_, s)| s.name.clone())
}

/// Sorts sources for [`source_for`]: strongest first, then in text order.
pub(super) fn by_strength(mut sources: Vec<Source>) -> Vec<Source> {
    sources.sort_by_key(|s| (s.strength, s.at));
    sources
}

/// Whether token `i` can be part of a speaker's or actor's name: a
/// capitalised word, an actor noun ("officials"), "of", a possessive, or
/// the period of a title ("Gov.").
pub(super) fn name_part(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    if t.is_word() {
        return t.capitalised() || cues::actor_noun(t.lower()) || t.lower() == "of";
    }
    t.is('.') && i > 0 && tokens[i - 1].capitalised() && tokens[i - 1].text().len() <= 4
}

/// The start of a name or actor phrase ending at `end` ("the
/// administration", "county assessors", "Transport Secretary Lena
/// Okafor"): its head must be a capitalised word or an actor noun; lowercase
/// modifiers ("county", "state health") are taken in before an actor noun.
pub(super) fn noun_phrase_before(tokens: &[Token<'_>], end: usize, speaker: bool) -> Option<usize> {
    if end == 0 || !name_part(tokens, end - 1) || tokens[end - 1].lower() == "of" {
        return None;
    }
    let mut from = end;
    while from > 0 && end - from < 8 {
        let i = from - 1;
        let t = &tokens[i];
        let modifier = t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower())
            && cues::actor_noun(tokens[end - 1].lower());
        if name_part(tokens, i) || modifier || t.is('’') || t.is('\'') {
            from = i;
        } else {
            break;
        }
    }
    while from < end && (tokens[from].lower() == "of" || !tokens[from].is_word()) {
        from += 1;
    }
    if from > 0 && matches!(tokens[from - 1].lower(), "the" | "a" | "an") {
        from -= 1;
    }
    let t = &tokens[from];
    // A lone sentence-initial word ("Crews", "Clinics") names no one in
    // particular unless it is an actor noun.
    // particular unless it is an actor noun; before a verb of saying it
    // does ("Brenner said").
    if !speaker
        && end - from == 1
        && from == 0
        && !cues::actor_noun(t.lower())
        && !t.text().chars().all(|c| c.is_ascii_uppercase())
    {
        return None;
    }
    (from < end).then_some(from)
}

/// The start of a common noun phrase with an article ending at `end`
/// ("the coroner's deputy", "a witness"): up to three lower-case words
/// after "the", "a" or "an".
pub(super) fn determined_noun_before(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    let mut from = end;
    while from > 0 && end - from < 3 {
        let t = &tokens[from - 1];
        if t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower())
        {
            from -= 1;
        } else {
            break;
        }
    }
    (from < end && from > 0 && matches!(tokens[from - 1].lower(), "the" | "a" | "an"))
        .then(|| from - 1)
}

/// A name or actor phrase starting at `from` (after an inverted verb of
/// saying): `[from, to)`.
pub(super) fn noun_phrase_after(tokens: &[Token<'_>], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    if tokens.get(i).is_some_and(|t| t.lower() == "the") {
        i += 1;
    }
    let mut last_head = None;
    let mut j = i;
    while j < tokens.len() && j - i < 8 {
        let t = &tokens[j];
        if name_part(tokens, j) {
            if t.is_word() && t.lower() != "of" {
                last_head = Some(j + 1);
            }
        } else if !(t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower()))
        {
            break;
        }
        j += 1;
    }
    last_head.map(|to| (from, to))
}
