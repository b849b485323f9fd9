//! The cue words a sentence is checked for before it is tokenized, found
//! in one pass over its text: most sentences hold none, and those pay for
//! neither tokens nor a search per word.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use super::modality::{EARLIER_CUES, EARLY_REPORTS};
use super::place::PLACE_NOUNS;

/// Words that name a poll or a survey, as written.
const POLL_WORDS: [&str; 5] = ["poll", "Poll", "POLL", "survey", "Survey"];

/// Words that may name a speaker ("said", "according").
const SPEAKER_WORDS: [&str; 9] = [
    "said",
    "says",
    "told",
    "according",
    "wrote",
    "stated",
    "added",
    "announced",
    "reported",
];

/// Which cue words a sentence's text holds, each a plain substring test:
/// a `true` says the words may be there, and the rules that read tokens
/// decide. The tests are case-sensitive, as the lists are written.
#[allow(clippy::struct_excessive_bools)] // independent facts of one text
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct SentenceCues {
    /// Names a poll or a survey.
    pub(crate) poll: bool,
    /// A place noun after a space ([`PLACE_NOUNS`]: " street", " county").
    pub(crate) place: bool,
    /// A verb of saying, or "according".
    pub(crate) speaker: bool,
    /// A word of an earlier account ("initially", "preliminary"),
    /// capitalised or not: all but its first letter is looked for.
    pub(crate) recount: bool,
}

/// Which of [`SentenceCues`]' fields a pattern sets.
#[derive(Clone, Copy)]
enum Group {
    Poll,
    Place,
    Speaker,
    Recount,
}

/// Every cue word, with the field it sets.
fn words() -> Vec<(&'static str, Group)> {
    let recount = EARLIER_CUES.iter().chain(EARLY_REPORTS).map(|w| &w[1..]);
    (POLL_WORDS.iter().map(|w| (*w, Group::Poll)))
        .chain(PLACE_NOUNS.iter().map(|w| (*w, Group::Place)))
        .chain(SPEAKER_WORDS.iter().map(|w| (*w, Group::Speaker)))
        .chain(recount.map(|w| (w, Group::Recount)))
        .collect()
}

/// The automaton of every cue word, and the field each pattern sets.
static CUES: LazyLock<(AhoCorasick, Vec<Group>)> = LazyLock::new(|| {
    let words = words();
    // Leftmost-first, which lets the search skip ahead to a likely start
    // byte instead of stepping through every byte.
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(words.iter().map(|(w, _)| w))
        .expect("the cue words are a small fixed list");
    (automaton, words.into_iter().map(|(_, g)| g).collect())
});

impl SentenceCues {
    /// The cue words `text` holds. The search goes on one byte after the
    /// start of each match, so that cues which overlap or nest are all
    /// found; at one start the first listed word wins, which loses nothing
    /// while no word of one field begins another field's word (a test
    /// holds the lists to that).
    pub(crate) fn of(text: &str) -> SentenceCues {
        let (automaton, groups) = &*CUES;
        let mut cues = SentenceCues::default();
        let mut at = 0;
        while let Some(m) = automaton.find(Input::new(text).span(at..text.len())) {
            at = m.start() + 1;
            match groups[m.pattern().as_usize()] {
                Group::Poll => cues.poll = true,
                Group::Place => cues.place = true,
                Group::Speaker => cues.speaker = true,
                Group::Recount => cues.recount = true,
            }
        }
        cues
    }
}

#[cfg(test)]
mod tests {
    use super::SentenceCues;

    #[test]
    fn finds_each_kind_of_cue_in_one_pass() {
        // " road" is looked for in lower case only.
        let cues = SentenceCues::of("Crews closed Harbor Road, a spokesman said.");
        assert_eq!(
            cues,
            SentenceCues {
                speaker: true,
                ..SentenceCues::default()
            }
        );
        let cues = SentenceCues::of("Crews closed the Harbor road after an initial survey.");
        assert!(cues.place && cues.poll && cues.recount && !cues.speaker);
        assert_eq!(SentenceCues::of(""), SentenceCues::default());
    }

    #[test]
    fn no_cue_word_begins_a_word_of_another_field() {
        let words = super::words();
        for (a, ga) in &words {
            for (b, gb) in &words {
                let same = std::mem::discriminant(ga) == std::mem::discriminant(gb);
                assert!(same || !b.starts_with(a), "{a:?} begins {b:?}");
            }
        }
    }

    #[test]
    fn overlapping_cues_are_all_found() {
        // "Preliminary" holds "reliminary", "polls" holds "poll" and
        // " countywide" holds " county": every cue is reported, though
        // matches overlap or nest.
        let cues = SentenceCues::of("Preliminary counts reported in the countywide polls");
        assert!(cues.recount && cues.speaker && cues.place && cues.poll);
        let cues = SentenceCues::of("Initially");
        assert!(cues.recount && !cues.poll);
    }
}
