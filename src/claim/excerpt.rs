//! A claim's context: its sentence when short, else a bounded excerpt
//! around the figure, so that what a claim carries stays linear in the
//! input however long its sentence and however many figures it holds.

use crate::Span;
use crate::text::{ceil_char_boundary, floor_char_boundary};

/// The most bytes of its sentence a claim carries as context (the figure
/// itself excepted, when it alone is longer).
pub(crate) const CONTEXT_MAX: usize = 300;

/// How far a cut may move inward to fall between words.
const SNAP: usize = 40;

/// The span, relative to `sentence`, of the context of the figure at
/// `figure` (also relative): the whole sentence when it is at most
/// [`CONTEXT_MAX`] bytes, else about that many bytes around the figure,
/// the room one side does not use given to the other, cut between words
/// where a space lies near the limit and always on char boundaries.
pub(crate) fn excerpt(sentence: &str, figure: Span) -> Span {
    let len = sentence.len();
    if len <= CONTEXT_MAX {
        return Span::new(0, len);
    }
    let fs = floor_char_boundary(sentence, figure.start.min(len));
    let fe = ceil_char_boundary(sentence, figure.end.clamp(fs, len));
    let room = CONTEXT_MAX.saturating_sub(fe - fs);
    let half = room / 2;
    let before = fs.min(half + half.saturating_sub(len - fe));
    let after = (room - before).min(len - fe);
    let mut start = ceil_char_boundary(sentence, fs - before);
    let mut end = floor_char_boundary(sentence, fe + after);
    let at_word_start = |i: usize| sentence[..i].ends_with(char::is_whitespace);
    if start > 0 && !at_word_start(start) {
        // Move the cut forward past the first space near it.
        let near = &sentence[start..floor_char_boundary(sentence, (start + SNAP).min(fs))];
        if let Some(i) = near.find(char::is_whitespace) {
            start = ceil_char_boundary(sentence, start + i + 1);
        }
    }
    if end < len && !sentence[end..].starts_with(char::is_whitespace) {
        // Move the cut back to the last space near it.
        let from = ceil_char_boundary(sentence, end.saturating_sub(SNAP).max(fe));
        if let Some(i) = sentence[from..end].rfind(char::is_whitespace) {
            end = from + i;
        }
    }
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut<'s>(sentence: &'s str, figure: &str) -> &'s str {
        let at = sentence.find(figure).expect("figure in sentence");
        &sentence[excerpt(sentence, Span::new(at, at + figure.len()))]
    }

    #[test]
    fn a_short_sentence_is_its_own_context() {
        let s = "Volunteers planted 4,000 oaks along the river on Sunday.";
        assert_eq!(cut(s, "4,000"), s);
    }

    #[test]
    fn a_long_sentence_is_cut_around_the_figure_between_words() {
        let filler = "the council heard from residents about the bridge ".repeat(8);
        let s = format!("{filler}and crews will close 14 lanes next week, {filler}");
        let c = cut(&s, "14 lanes");
        assert!(c.len() <= CONTEXT_MAX, "{} bytes", c.len());
        assert!(c.len() >= CONTEXT_MAX - 2 * SNAP, "{} bytes", c.len());
        assert!(c.contains("crews will close 14 lanes next week"));
        assert!(!c.starts_with(' ') && !c.ends_with(' '));
        let words: Vec<&str> = s.split_whitespace().collect();
        for w in c.split_whitespace() {
            assert!(words.contains(&w), "{w:?} is a whole word of the sentence");
        }
    }

    #[test]
    fn room_one_side_does_not_use_goes_to_the_other() {
        let s = format!(
            "Crews counted 12 boats {}",
            "at the pier and more ".repeat(30)
        );
        let c = cut(&s, "12");
        assert!(c.starts_with("Crews counted 12"));
        assert!(c.len() > CONTEXT_MAX - SNAP, "{} bytes", c.len());
    }

    #[test]
    fn a_cut_already_between_words_stays() {
        // The bound falls exactly at a word's start: no word is lost.
        let s = format!("x {}1,234,567 {}", "abcd ".repeat(100), "abcd ".repeat(100));
        let at = s.find("1,234,567").expect("figure");
        let span = excerpt(&s, Span::new(at, at + 9));
        assert_eq!(span.len(), CONTEXT_MAX - 1, "{:?}", &s[span]);
        assert!(s[..span.start].ends_with(' '));
    }

    #[test]
    fn cuts_fall_on_char_boundaries_without_spaces() {
        let s = format!("{}99{}", "é".repeat(400), "ü".repeat(400));
        let at = s.find("99").expect("figure");
        let span = excerpt(&s, Span::new(at, at + 2));
        assert!(s.get(span.range()).is_some_and(|c| c.contains("99")));
        assert!(span.len() <= CONTEXT_MAX);
    }

    #[test]
    fn a_figure_longer_than_the_bound_is_kept_whole() {
        let figure = "1".repeat(CONTEXT_MAX + 20);
        let s = format!("{} {figure} {}", "a ".repeat(200), "b ".repeat(200));
        assert_eq!(cut(&s, &figure), figure);
    }
}
