//! Property tests for the sentence splitter on arbitrary text.
//!
//! Whatever the input — any Unicode string, punctuation and whitespace,
//! digits and marks, or pieces that exercise the splitter's special cases —
//! every segmenter configuration must hand out sentences whose spans are in
//! bounds, on char boundaries, ordered and disjoint, trimmed, non-empty,
//! free of blank lines, and that together cover every non-whitespace
//! character exactly once. Also checks the blank-line detector those
//! invariants rely on.
//!
//! Runs 10,000 cases per property when `CI` is set, 2,000 otherwise.

mod segment_props_common;

use proptest::prelude::*;
use segment_props_common::{check_all, config, has_blank_line};

// ---------------------------------------------------------------------------
// Arbitrary text.

/// Pieces that exercise the splitter's special cases, mixed with scripts,
/// marks and controls it must pass through untouched.
const ODD_PIECES: &[&str] = &[
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{0B}",
    "\u{0C}",
    "\u{A0}",
    "\u{3000}",
    "\u{200B}",
    "\u{200F}",
    "\u{200E}",
    "\u{202E}",
    "\u{FEFF}",
    "\u{0300}",
    "\u{0301}\u{0302}",
    "e\u{0301}",
    ".",
    "..",
    "...",
    ". . .",
    ". . . .",
    "…",
    "?",
    "!",
    "?!",
    "!!!",
    "‼",
    "⁉",
    "。",
    "！",
    "？",
    "｡",
    "؟",
    "।",
    "॥",
    "\"",
    "'",
    "''",
    "``",
    "`",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "「",
    "」",
    "『",
    "』",
    "（",
    "）",
    "(",
    ")",
    "[",
    "]",
    "[1]",
    "[2–4]",
    "{",
    "}",
    "-",
    "- ",
    "* ",
    "• ",
    "•",
    "◦ ",
    "— ",
    "–",
    "—",
    "1. ",
    "2) ",
    "a. ",
    "b) ",
    "9.) ",
    "a.m.",
    "p.m.",
    "U.S.",
    "e.g.",
    "i.e.",
    "etc.",
    "Dr.",
    "Mr.",
    "Gov.",
    "St.",
    "No.",
    "Jan.",
    "Wash.",
    "Insp.",
    "Cllr.",
    "Dépt.",
    "J.",
    "R.",
    "5 ft.",
    "$1.2",
    "3.14%",
    "2.0.1",
    "1,200",
    "https://example.test/a.b?c=d.",
    "www.example.test",
    "name@example.test",
    "@handle",
    "#tag",
    "Word",
    "word",
    "The",
    "It",
    "I",
    "said",
    "A",
    "don't",
    "kids'",
    "'s",
    "مرحبا",
    "بالعالم",
    "كيف الحال",
    "東京",
    "大阪は雨",
    "こんにちは",
    "ソウル",
    "서울",
    "नमस्ते",
    "भारत",
    "Αθήνα",
    "Москва",
    "שלום",
    "ไทย",
    "😀",
    "👍🏽",
    "👨\u{200D}👩\u{200D}👧",
    "🇺🇸",
    "🚨",
    "\u{10FFFF}",
    "\u{0}",
    "\u{7F}",
    "0",
    "42",
    "ß",
    "İ",
    "ǅ",
];

fn odd_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ODD_PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check_all(&text)?;
    }

    #[test]
    fn punctuation_and_whitespace(
        text in "[a-zA-Z .!?\"'“”‘’()\\[\\]\n\r\t…—–•-]{0,200}"
    ) {
        check_all(&text)?;
    }

    #[test]
    fn digits_and_marks(
        text in "[A-Za-z0-9 .,:;$%@/\n\u{0300}\u{200F}\u{A0}ابت東京。؟।]{0,200}"
    ) {
        check_all(&text)?;
    }

    #[test]
    fn special_pieces(text in odd_text()) {
        check_all(&text)?;
    }
}

#[test]
fn blank_line_detector_works() {
    assert!(has_blank_line("a\n\nb"));
    assert!(has_blank_line("a\r\n \r\nb"));
    assert!(has_blank_line("a\n\t\u{2028}b"));
    assert!(!has_blank_line("a\r\nb"));
    assert!(!has_blank_line("a\nb\nc"));
}
