//! Character classes the sentence rules use.

/// Ends a sentence: `.`, `?`, `!`, the ellipsis, `‼`, `⁇`, `⁈`, `⁉`, and
/// the full-width and ideographic stops of CJK text.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_cjk_terminator(c)
}

/// Full-width and ideographic stops: a sentence ends after them whatever
/// follows, as CJK text puts no space between sentences.
pub(crate) fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Closes a quotation or parenthesis; kept with the sentence it ends.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '］'
            | '｝'
    )
}

/// Opens a quotation or parenthesis.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '「'
            | '『'
            | '（'
            | '《'
            | '¿'
            | '¡'
    )
}

/// Bullet characters that start a list item.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '-' | '*'
            | '•'
            | '‣'
            | '◦'
            | '▪'
            | '▫'
            | '⁃'
            | '–'
            | '—'
            | '·'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▸'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '→'
    )
}

/// Bullets that mark an item even without a following space and that can
/// start a new item in the middle of a line ("• 9. The first item • 10. …").
/// Hyphens, asterisks and dashes are left out: inside a line they are
/// punctuation, not bullets.
pub(crate) fn is_inline_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '◦' | '▪' | '⁃' | '●' | '■' | '►' | '▸' | '➢' | '➤'
    )
}

/// Latin-script letters: ASCII, Latin-1, Latin Extended A/B and Additional.
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// The char starting at byte `i` of `text`, if `i` is in bounds and on a
/// char boundary.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i` of `text` (the one before `i`).
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}
