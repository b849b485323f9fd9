//! The words of a document as story separation reads them: lines, the
//! title and lead, content terms and names, each hashed to a 64-bit
//! feature id.

use crate::segment::lexicon::{AbbrevClass, abbreviation, sentence_starter};
use crate::text::{Pos, Token, pieces, tokenize};

/// A feature id: the 64-bit FNV-1a hash of a tagged word (`t:` a content
/// term, `n:` a name, `a:` an age), fixed across processes and platforms.
pub(crate) type Feature = u64;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over the bytes of `tag` then `word`.
pub(crate) fn feature(tag: &[u8], word: &str) -> Feature {
    let mut h = FNV_OFFSET;
    for &b in tag.iter().chain(word.as_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Function words and the words every news story uses: they tell no event
/// from another. Sorted, for binary search.
const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "also",
    "although",
    "among",
    "and",
    "another",
    "any",
    "are",
    "around",
    "asked",
    "away",
    "back",
    "became",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "call",
    "called",
    "came",
    "can",
    "cannot",
    "come",
    "could",
    "day",
    "days",
    "did",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "early",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "found",
    "from",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "goes",
    "going",
    "gone",
    "got",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "including",
    "into",
    "its",
    "itself",
    "just",
    "know",
    "known",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "makes",
    "many",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "near",
    "nearly",
    "need",
    "never",
    "new",
    "news",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "often",
    "once",
    "one",
    "only",
    "onto",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "part",
    "per",
    "put",
    "rather",
    "read",
    "really",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "see",
    "seen",
    "set",
    "several",
    "she",
    "should",
    "show",
    "since",
    "some",
    "something",
    "still",
    "such",
    "take",
    "taken",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "though",
    "three",
    "through",
    "time",
    "times",
    "today",
    "told",
    "too",
    "took",
    "toward",
    "two",
    "under",
    "until",
    "upon",
    "use",
    "used",
    "very",
    "want",
    "wanted",
    "was",
    "way",
    "week",
    "well",
    "went",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
];

/// Capitalised words that begin sentences or name days and months: not
/// names of anything an event happens to.
const NOT_NAMES: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "may",
    "monday",
    "mr",
    "mrs",
    "ms",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

pub(crate) fn is_stopword(lower: &str) -> bool {
    STOPWORDS.binary_search(&lower).is_ok()
}

fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.binary_search(&lower).is_ok()
}

/// Where in the document a line sits, which weighs its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Title,
    Lead,
    Body,
}

impl Part {
    pub(crate) fn weight(self) -> f32 {
        match self {
            Part::Title => 3.0,
            Part::Lead => 2.0,
            Part::Body => 1.0,
        }
    }
}

/// How many bytes after the title count as the lead.
const LEAD_BYTES: usize = 600;
/// A first line longer than this is a paragraph, not a headline.
const TITLE_MAX_BYTES: usize = 200;

/// The non-empty lines of `text`, trimmed, each with its part: the first
/// line is the title when it is short, the next [`LEAD_BYTES`] the lead.
/// The title comes as its [segments](title_segments): a site's name after
/// a dash or bar is then a line many documents share, and goes as
/// boilerplate.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (Part, &str)> {
    let mut seen_first = false;
    let mut lead_left = LEAD_BYTES;
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .flat_map(move |line| {
            let part = if !seen_first && line.len() <= TITLE_MAX_BYTES {
                Part::Title
            } else if lead_left > 0 {
                lead_left = lead_left.saturating_sub(line.len());
                Part::Lead
            } else {
                Part::Body
            };
            seen_first = true;
            let segments: Vec<&str> = if part == Part::Title {
                title_segments(line).collect()
            } else {
                vec![line]
            };
            segments.into_iter().map(move |s| (part, s))
        })
}

/// The parts of a headline between the separators sites put before their
/// name (" - ", " | ", " — ", " – ", " :: "), trimmed, empty ones left out.
pub(crate) fn title_segments(line: &str) -> impl Iterator<Item = &str> {
    line.split(" - ")
        .flat_map(|s| s.split(" | "))
        .flat_map(|s| s.split(" — "))
        .flat_map(|s| s.split(" – "))
        .flat_map(|s| s.split(" :: "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The title of a document: its first line when that is short, else
/// nothing.
pub(crate) fn title(text: &str) -> Option<&str> {
    lines(text)
        .next()
        .and_then(|(part, line)| (part == Part::Title).then_some(line))
}

/// A headline without the segments that are boilerplate (a site's name
/// many headlines end with), its other segments joined by " - ".
pub(crate) fn clean_title(title: &str, boilerplate: &crate::hash::FastSet<u64>) -> String {
    let kept: Vec<&str> = title_segments(title)
        .filter(|s| !boilerplate.contains(&line_hash(s)))
        .collect();
    if kept.is_empty() {
        title.to_string()
    } else {
        kept.join(" - ")
    }
}

/// The hash of a line with case and runs of spaces folded, for finding
/// lines many documents share (boilerplate).
pub(crate) fn line_hash(line: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut space = false;
    for c in line.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            h = (h ^ u64::from(b' ')).wrapping_mul(FNV_PRIME);
            space = false;
        }
        for l in c.to_lowercase() {
            h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// One word of a line, with what story separation needs to know of it.
pub(crate) struct Word<'t, 's> {
    /// The crate's token for the word.
    pub token: &'t Token<'s>,
    /// Starts with a capital letter.
    pub capital: bool,
    /// The first word of a sentence (or of the line).
    pub initial: bool,
    /// The next word starts with a capital too (a multi-word name).
    pub capital_next: bool,
}

/// Punctuation after which the next word starts a sentence (or a quote, a
/// heading's tail).
fn ends_sentence(t: &Token<'_>) -> bool {
    ['.', '!', '?', ':', '"', '“', '”', '—']
        .iter()
        .any(|&c| t.is(c))
}

/// Whether a period after `t` may close an initial or an abbreviation
/// that runs on into a name ("D.C. Soundstage", "S. Flores", "Gov. Hale",
/// "St. Louis") rather than a sentence: the segmenter's list of titles
/// and mid-phrase abbreviations, and capital letters.
fn abbreviation_before(t: &Token<'_>) -> bool {
    if !t.is_word() {
        return false;
    }
    let lower = t.lower();
    let mut chars = lower.chars();
    if chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none() {
        return t.capitalised();
    }
    matches!(
        abbreviation(lower, t.capitalised()),
        Some(AbbrevClass::Title | AbbrevClass::General)
    )
}

/// Calls `f` with each word of `line` (the crate's tokenizer: letters,
/// digits, inner hyphens and apostrophes).
pub(crate) fn each_word(line: &str, mut f: impl FnMut(&Word<'_, '_>)) {
    // A line is read in bounded pieces: its tokens are held at once.
    let mut initial = true;
    for piece in pieces(line, PIECE) {
        initial = each_word_in(piece, initial, &mut f);
    }
}

/// The most bytes of a line tokenized at once.
const PIECE: usize = 4096;

/// [`each_word`] over one piece of a line whose first word is `initial`
/// or not; returns whether the next piece's first word is.
fn each_word_in(line: &str, mut initial: bool, f: &mut impl FnMut(&Word<'_, '_>)) -> bool {
    let tokens = tokenize(line);
    let mut pending: Option<(usize, bool)> = None;
    let mut broken = false;
    // A period after an abbreviation ends a sentence only before a
    // sentence starter, as the segmenter reads it.
    let mut soft = false;
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            let after_abbreviation = t.is('.') && i > 0 && abbreviation_before(&tokens[i - 1]);
            soft |= after_abbreviation;
            broken |= ends_sentence(t) && !after_abbreviation;
            continue;
        }
        broken |= std::mem::take(&mut soft) && sentence_starter(t.text());
        if let Some((prev, prev_initial)) = pending.take() {
            f(&Word {
                token: &tokens[prev],
                capital: tokens[prev].capitalised(),
                initial: prev_initial,
                capital_next: t.capitalised() && !broken,
            });
        }
        pending = Some((i, initial || broken));
        initial = false;
        broken = false;
    }
    if let Some((prev, prev_initial)) = pending {
        f(&Word {
            token: &tokens[prev],
            capital: tokens[prev].capitalised(),
            initial: prev_initial,
            capital_next: false,
        });
    }
    initial || broken
}

/// The features of one word, passed to `f` with whether each is a name:
/// its content term (the crate's lemma, lower case; stopwords and short
/// words left out), its name (a capitalised word that is not a sentence's
/// first word unless a capitalised word follows it) and, for
/// `N-year-old`, the age.
pub(crate) fn word_features(w: &Word<'_, '_>, mut f: impl FnMut(Feature, bool)) {
    let t = w.token;
    let lower = t.lower();
    if let Some(age) = lower.strip_suffix("-year-old")
        && age.bytes().all(|b| b.is_ascii_digit())
    {
        f(feature(b"a:", age), true);
        return;
    }
    if t.has_digit() || lower.chars().count() < 3 {
        return;
    }
    let stop = is_stopword(lower);
    if !stop {
        let lemma = if t.is_noun() {
            t.lemma(Pos::Noun)
        } else if t.is_verb() {
            t.lemma(Pos::Verb)
        } else {
            lower
        };
        f(feature(b"t:", lemma), false);
    }
    if w.capital && !stop && !is_not_name(lower) && (!w.initial || w.capital_next) {
        let name = lower.trim_end_matches("'s").trim_end_matches("’s");
        f(feature(b"n:", name), true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(NOT_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn words_know_capitals_and_sentence_starts() {
        let mut seen = Vec::new();
        each_word(
            "Police said Ona Brisk, 17-year-old, fled. Officers chased her.",
            |w| {
                seen.push((
                    w.token.text().to_string(),
                    w.capital,
                    w.initial,
                    w.capital_next,
                ));
            },
        );
        let texts: Vec<&str> = seen.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Police",
                "said",
                "Ona",
                "Brisk",
                "17-year-old",
                "fled",
                "Officers",
                "chased",
                "her"
            ]
        );
        assert!(seen[0].2 && !seen[0].3); // Police: initial, no capital next
        assert!(!seen[2].2 && seen[2].3); // Ona: a name going on
        assert!(seen[6].2); // Officers starts a sentence
    }

    #[test]
    fn a_period_after_an_initial_or_abbreviation_starts_no_sentence() {
        let initials = |line: &str| {
            let mut seen = Vec::new();
            each_word(line, |w| {
                if w.initial {
                    seen.push(w.token.text().to_string());
                }
            });
            seen
        };
        assert_eq!(
            initials("The club, D.C. Varnhall, shut on S. Orrin Street. Police came."),
            ["The", "Police"]
        );
        assert_eq!(
            initials("Gov. Tessa Hale and Lt. Brisk spoke. Crews left."),
            ["Gov", "Crews"]
        );
        assert_eq!(
            initials("Voters said no. Then Hale left."),
            ["Voters", "Then"]
        );
        assert_eq!(initials("Born in the U.S. She left."), ["Born", "She"]);
    }

    #[test]
    fn names_skip_sentence_starts_but_not_multiword_names() {
        let names = |line: &str| {
            let mut n = 0;
            each_word(line, |w| {
                word_features(w, |_, name| n += usize::from(name));
            });
            n
        };
        assert_eq!(names("Officers arrived."), 0);
        assert_eq!(names("Dalvor County deputies arrived."), 2);
        assert_eq!(names("Deputies came from Dalvor on Monday."), 1);
    }

    #[test]
    fn titles_are_short_first_lines() {
        assert_eq!(
            title("\n  Bridge Reopens \nText follows."),
            Some("Bridge Reopens")
        );
        assert_eq!(title(&"long ".repeat(60)), None);
        assert_eq!(title(""), None);
    }

    #[test]
    fn titles_come_as_segments() {
        let got: Vec<(Part, &str)> =
            lines("Ferry sinks off Orrin - Valley News 5 | Weather\nBody text.").collect();
        assert_eq!(
            got,
            [
                (Part::Title, "Ferry sinks off Orrin"),
                (Part::Title, "Valley News 5"),
                (Part::Title, "Weather"),
                (Part::Lead, "Body text.")
            ]
        );
    }

    #[test]
    fn line_hashes_fold_case_and_spaces() {
        assert_eq!(line_hash("Read  more at X"), line_hash("read more at x"));
        assert_ne!(line_hash("read more"), line_hash("readmore"));
    }
}
