//! Properties of figure recognition on generated input: it never panics,
//! its spans are well-formed, its bounds are ordered, and numbers written
//! out in many ways read back as the same number.

use factdiff::{Figure, FigureKind, Span, figures, figures_in};
use proptest::prelude::*;

/// Words and symbols numbers are written with, and the words around them.
const PIECES: &[&str] = &[
    "one", "two", "twenty", "hundred", "thousand", "million", "bn", "k", "m", "km", "and", "a",
    "an", "half", "third", "thirds", "quarter", "fifth", "first", "more", "than", "between", "to",
    "from", "about", "nearly", "at", "least", "percent", "per", "cent", "dollars", "USD", "US",
    "feet", "year", "old", "aged", "Title", "Section", "Jan", "May", "times", "triple", "tripled",
    "twice", "dozens", "millions", "upon", "of", "the", "point", "over", "minus", "st", "th", "s",
    "x", "@", "www", "com", "up", "×", "⁻", "¹¹", "⁶", "⁄", "³", "₁₆", "^", "p", "cents", "pence",
    "yeas", "nays", "votes", "voted", "for", "against", "won", "block", "Street", "Mile", "Road",
    "US", "A", "sub", "Hz", "min", "911", "tenths", "tens", "call", "kr", "[", "]", "Image", "Jr",
    ";", "older",
];

/// Text made of the pieces numbers are written with, to reach deep into
/// the recogniser.
fn numbery() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,7}",
        Just(",".to_string()),
        Just(".".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just("/".to_string()),
        Just("%".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just("½".to_string()),
        Just("\u{202f}".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(":".to_string()),
        Just("'".to_string()),
        prop::sample::select(PIECES.to_vec()).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_well_formed(text: &str, found: &[Figure], within: Span) {
    let mut last_end = within.start;
    for f in found {
        assert!(
            f.span.start >= last_end,
            "spans overlap or are out of order in {text:?}: {found:#?}"
        );
        assert!(f.span.start < f.span.end, "empty span in {text:?}");
        assert!(
            within.contains(f.span),
            "span {} outside {} in {text:?}",
            f.span,
            within
        );
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert_eq!(
            &text[f.span], f.text,
            "text does not match span in {text:?}"
        );
        last_end = f.span.end;
        for x in [f.value, f.low, f.high].into_iter().flatten() {
            assert!(x.is_finite(), "non-finite number in {text:?}: {f:?}");
        }
        if let (Some(l), Some(v)) = (f.low, f.value) {
            assert!(l <= v, "low above value in {text:?}: {f:?}");
        }
        if let (Some(v), Some(h)) = (f.value, f.high) {
            assert!(v <= h, "value above high in {text:?}: {f:?}");
        }
        if let (Some(l), Some(h)) = (f.low, f.high) {
            assert!(l <= h, "low above high in {text:?}: {f:?}");
        }
        assert!(
            f.value.is_some() || f.low.is_some() || f.high.is_some(),
            "figure without numbers: {f:?}"
        );
        // A tally, and only a tally, has two sides; its value is the first.
        assert_eq!(
            f.kind == FigureKind::Tally,
            f.sides.is_some(),
            "sides and kind disagree in {text:?}: {f:?}"
        );
        if let Some([a, b]) = f.sides.as_deref() {
            assert_eq!(f.value, Some(a.count), "{text:?}: {f:?}");
            assert!(f.low.is_none() && f.high.is_none(), "{text:?}: {f:?}");
            assert!(
                a.count.is_finite() && b.count.is_finite(),
                "{text:?}: {f:?}"
            );
        }
        if let Some((v, code)) = f.in_main_unit() {
            assert!(v.is_finite() && !code.is_empty(), "{text:?}: {f:?}");
        }
    }
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn any_string_is_fine(text in any::<String>()) {
        let found: Vec<Figure> = figures(&text).collect();
        check_well_formed(&text, &found, whole(&text));
    }

    #[test]
    fn numbery_strings_are_fine(text in numbery()) {
        let found: Vec<Figure> = figures(&text).collect();
        check_well_formed(&text, &found, whole(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn spans_in_a_part_stay_in_it(text in numbery(), a in 0usize..400, b in 0usize..400) {
        let (a, b) = (a.min(text.len()), b.min(text.len()));
        let span = Span::new(a.min(b), a.max(b));
        let found: Vec<Figure> = figures_in(&text, span).collect();
        if text.is_char_boundary(span.start) && text.is_char_boundary(span.end) {
            check_well_formed(&text, &found, span);
        } else {
            prop_assert!(found.is_empty());
        }
    }

    #[test]
    fn integers_with_separators_read_back(n in 0u64..1_000_000_000_000, sep in prop::sample::select(vec![",", " ", "\u{202f}", "\u{a0}"])) {
        let s = group(n, sep);
        let text = format!("Inspectors counted {s} crates at the depot.");
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        prop_assert_eq!(found[0].value, Some(n as f64));
        prop_assert_eq!(&found[0].text, &s);
    }

    #[test]
    fn decimals_read_back(whole_part in 0u64..100_000, frac in 1u32..1000) {
        let s = format!("{}.{frac:03}", group(whole_part, ","));
        let text = format!("The gauge read {s} at noon.");
        let want: f64 = format!("{whole_part}.{frac:03}").parse().unwrap();
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        prop_assert!((found[0].value.unwrap() - want).abs() <= 1e-9 * want.max(1.0));
    }

    #[test]
    fn scale_words_read_back(tenths in 1u64..10_000, scale in prop::sample::select(vec![("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)])) {
        let x = tenths as f64 / 10.0;
        let text = format!("Planners expect {x} {} visitors.", scale.0);
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        let v = found[0].value.unwrap();
        prop_assert!((v - x * scale.1).abs() <= 1e-9 * v.abs(), "{}: {}", text, v);
    }

    #[test]
    fn vote_tallies_read_back(yes in 0u32..1_000_000, no in 0u32..1_000_000, dash in prop::sample::select(vec!["-", "–", " to "])) {
        // Counts of a thousand and more with their separators: ungrouped,
        // `1843-1652` reads as years.
        let text = format!(
            "The assembly voted {}{dash}{} on the harbour bill.",
            group(u64::from(yes), ","),
            group(u64::from(no), ",")
        );
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        let f = &found[0];
        prop_assert_eq!(f.kind, FigureKind::Tally, "{}", text);
        let [a, b] = f.sides.as_deref().unwrap();
        prop_assert_eq!((a.count, b.count), (f64::from(yes), f64::from(no)));
    }

    #[test]
    fn minor_units_read_back(n in 1u32..1000, unit in prop::sample::select(vec![("cents", "USD"), ("pence", "GBP"), ("p", "GBP")])) {
        // `360p`, `720p`, `1080p`: video resolutions, not pence
        prop_assume!(unit.0 != "p" || ![144, 240, 360, 480, 540, 576, 720].contains(&n));
        let sep = if unit.0 == "p" { "" } else { " " };
        let text = format!("A loaf now costs {n}{sep}{} at the market.", unit.0);
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        let f = &found[0];
        prop_assert_eq!(f.value, Some(f64::from(n)));
        let (main, code) = f.in_main_unit().unwrap();
        prop_assert!((main - f64::from(n) / 100.0).abs() < 1e-12);
        prop_assert_eq!(code, unit.1);
    }

    #[test]
    fn spelled_numbers_read_back(n in 0u64..10_000_000_000) {
        let words = spell(n);
        let text = format!("Volunteers planted {words} saplings.");
        let found: Vec<Figure> = figures(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        prop_assert_eq!(found[0].value, Some(n as f64), "{}", text);
        prop_assert_eq!(&found[0].text, &words);
    }
}

/// `n` with thousands separators.
fn group(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// `n` in English words: `two thousand three hundred and forty-one`.
fn spell(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64, out: &mut Vec<String>) {
        let word = |k: u64| SMALL[usize::try_from(k).unwrap_or(0)];
        let (h, r) = (n / 100, n % 100);
        if h > 0 {
            out.push(format!("{} hundred", word(h)));
            if r > 0 {
                out.push("and".to_string());
            }
        }
        if r >= 20 {
            let t = TENS[usize::try_from(r / 10).unwrap_or(0)];
            out.push(if r % 10 == 0 {
                t.to_string()
            } else {
                format!("{t}-{}", word(r % 10))
            });
        } else if r > 0 {
            out.push(word(r).to_string());
        }
    }
    if n == 0 {
        return "zero".to_string();
    }
    let mut out = Vec::new();
    let mut rest = n;
    for (scale, name) in [
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1000, "thousand"),
    ] {
        if rest >= scale {
            below_thousand(rest / scale, &mut out);
            out.push(name.to_string());
            rest %= scale;
        }
    }
    below_thousand(rest, &mut out);
    out.join(" ")
}
