//! Cutting a run of text too long to read whole into bounded pieces,
//! between words where it can: how every stage keeps its work and memory
//! per sentence or line bounded, whatever the input's shape.

/// Where the first piece of `text[start..end]` ends when that run, after
/// leading whitespace, is longer than `max` bytes: after the last space in
/// the piece's last quarter, else on the last char boundary before the
/// limit. `None` when the run fits. `max` must be at least 16.
pub(crate) fn piece_end(text: &str, start: usize, end: usize, max: usize) -> Option<usize> {
    let start = start
        + text[start..end]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(end - start);
    if end - start <= max {
        return None;
    }
    let limit = floor_char_boundary(text, start + max);
    let quarter = ceil_char_boundary(text, limit - max / 4);
    let cut = text[quarter..limit]
        .rfind(char::is_whitespace)
        .map_or(limit, |i| quarter + i);
    Some(cut.min(end))
}

/// The largest char boundary of `text` at or before `i` (its length when
/// `i` is past it).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i` (its length when
/// `i` is past it).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `text` in consecutive pieces of at most `max` bytes after each piece's
/// leading whitespace (see [`piece_end`]); one piece when it fits.
pub(crate) fn pieces(text: &str, max: usize) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = piece_end(text, at, text.len(), max).unwrap_or(text.len());
        let piece = &text[at..end];
        at = end;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_piece() {
        assert_eq!(pieces("seven boats sailed", 20).count(), 1);
        assert_eq!(piece_end("seven boats sailed", 0, 18, 20), None);
    }

    #[test]
    fn long_text_is_cut_between_words_and_kept_whole() {
        let text = "the harbour master counted boats ".repeat(40);
        let parts: Vec<&str> = pieces(&text, 100).collect();
        assert!(parts.len() > 10);
        assert_eq!(parts.concat(), text);
        for p in &parts {
            assert!(p.len() <= 100, "{} bytes", p.len());
        }
        for p in &parts[1..] {
            assert!(p.starts_with(' '), "cut before a space: {p:?}");
        }
    }

    #[test]
    fn text_without_spaces_is_cut_on_char_boundaries() {
        let text = "é".repeat(100);
        let parts: Vec<&str> = pieces(&text, 17).collect();
        assert_eq!(parts.concat(), text);
        assert!(parts.iter().all(|p| p.len() <= 17 && !p.is_empty()));
    }
}
