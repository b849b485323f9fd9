//! The number words: cardinals (`seven`, `hundred`, `million`, `lakh`),
//! plural scales (`millions`), ordinals (`fifth`, `fifths`), scale
//! suffixes after digits (`k`, `bn`) and multipliers (`doubled`, `twice`).

use super::{Card, Map, MultForm};

const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
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
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNIT_ORDS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const TEEN_ORDS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// Cardinal words: zero, one to ninety, `hundred`, `dozen` and the scales.
pub(super) fn cardinals(m: &mut Map) {
    let mut card = |w: &'static str, c: Card| m.entry(w).or_default().card = Some(c);
    card("zero", Card::Zero);
    card("nought", Card::Zero);
    card("naught", Card::Zero);
    for (n, w) in (1u8..).zip(UNITS) {
        card(w, Card::Unit(n));
    }
    for (n, w) in (10u8..).zip(TEENS) {
        card(w, Card::Teen(n));
    }
    for (n, w) in (2u8..).zip(TENS) {
        card(w, Card::Tens(n * 10));
    }
    card("hundred", Card::Hundred);
    card("dozen", Card::Dozen);
    for (w, s) in [
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("quadrillion", 1e15),
        ("lakh", 1e5),
        ("lac", 1e5),
        ("lkh", 1e5),
        ("crore", 1e7),
        ("koti", 1e7),
        ("krore", 1e7),
        ("cr", 1e7),
    ] {
        card(w, Card::Scale(s));
    }
}

/// Plural scale words (`hundreds`, `millions`, `dozens`).
pub(super) fn plural_scales(m: &mut Map) {
    for (w, c) in [
        ("hundreds", Card::Hundred),
        ("dozens", Card::Dozen),
        ("dzs", Card::Dozen),
        ("dozs", Card::Dozen),
        ("thousands", Card::Scale(1e3)),
        ("millions", Card::Scale(1e6)),
        ("billions", Card::Scale(1e9)),
        ("trillions", Card::Scale(1e12)),
        ("lakhs", Card::Scale(1e5)),
        ("lacs", Card::Scale(1e5)),
        ("lkhs", Card::Scale(1e5)),
        ("crores", Card::Scale(1e7)),
        ("krores", Card::Scale(1e7)),
    ] {
        let e = m.entry(w).or_default();
        e.card = Some(c);
        e.plural = true;
    }
}

/// Ordinals (`first`, `twentieth`, `millionth`) and plural ordinals, the
/// words of fractions (`thirds`, `fifths`).
pub(super) fn ordinals(m: &mut Map) {
    let mut ord = |w: &'static str, c: Card, plural: bool| {
        m.entry(w).or_default().ord = Some((c, plural));
    };
    for (n, w) in (1u8..).zip(UNIT_ORDS) {
        ord(w, Card::Unit(n), false);
    }
    for (n, w) in (10u8..).zip(TEEN_ORDS) {
        ord(w, Card::Teen(n), false);
    }
    for (n, w) in (2u8..).zip(TENS_ORDS) {
        ord(w, Card::Tens(n * 10), false);
    }
    ord("hundredth", Card::Hundred, false);
    ord("thousandth", Card::Scale(1e3), false);
    ord("millionth", Card::Scale(1e6), false);
    ord("billionth", Card::Scale(1e9), false);
    ord("trillionth", Card::Scale(1e12), false);
    for (w, c) in [
        ("firsts", Card::Unit(1)),
        ("thirds", Card::Unit(3)),
        ("fourths", Card::Unit(4)),
        ("fifths", Card::Unit(5)),
        ("sixths", Card::Unit(6)),
        ("sevenths", Card::Unit(7)),
        ("eighths", Card::Unit(8)),
        ("ninths", Card::Unit(9)),
        ("tenths", Card::Teen(10)),
        ("elevenths", Card::Teen(11)),
        ("twelfths", Card::Teen(12)),
        ("thirteenths", Card::Teen(13)),
        ("fifteenths", Card::Teen(15)),
        ("sixteenths", Card::Teen(16)),
        ("twentieths", Card::Tens(20)),
        ("thirtieths", Card::Tens(30)),
        ("fiftieths", Card::Tens(50)),
        ("hundredths", Card::Hundred),
        ("thousandths", Card::Scale(1e3)),
        ("millionths", Card::Scale(1e6)),
        ("billionths", Card::Scale(1e9)),
        ("trillionths", Card::Scale(1e12)),
    ] {
        ord(w, c, true);
    }
}

/// Abbreviations that multiply digits written before them (`5k`, `$2bn`).
pub(super) fn suffix_scales(m: &mut Map) {
    for (w, s) in [
        ("k", 1e3),
        ("thousand", 1e3),
        ("mn", 1e6),
        ("mln", 1e6),
        ("mil", 1e6),
        ("bn", 1e9),
        ("bln", 1e9),
        ("bil", 1e9),
        ("b", 1e9),
        ("tn", 1e12),
        ("tln", 1e12),
        ("tr", 1e12),
        ("cr", 1e7),
    ] {
        m.entry(w).or_default().suffix_scale = Some(s);
    }
}

/// Multiplier words: `double` and its forms, `twice`, `threefold`, `halved`.
pub(super) fn multipliers(m: &mut Map) {
    for (stem, n) in [
        ("doubl", 2.0),
        ("tripl", 3.0),
        ("quadrupl", 4.0),
        ("quintupl", 5.0),
    ] {
        let (base, s, d, ing) = match stem {
            "doubl" => ("double", "doubles", "doubled", "doubling"),
            "tripl" => ("triple", "triples", "tripled", "tripling"),
            "quadrupl" => ("quadruple", "quadruples", "quadrupled", "quadrupling"),
            _ => ("quintuple", "quintuples", "quintupled", "quintupling"),
        };
        m.entry(base).or_default().mult = Some((n, MultForm::Base));
        m.entry(s).or_default().mult = Some((n, MultForm::ThirdPerson));
        m.entry(d).or_default().mult = Some((n, MultForm::Inflected));
        m.entry(ing).or_default().mult = Some((n, MultForm::Inflected));
    }
    for (w, n, form) in [
        ("twice", 2.0, MultForm::Adverb),
        ("thrice", 3.0, MultForm::Adverb),
        // Only in a list of how often (see `implicit::once_listed`).
        ("once", 1.0, MultForm::Adverb),
        ("twofold", 2.0, MultForm::Adverb),
        ("threefold", 3.0, MultForm::Adverb),
        ("fourfold", 4.0, MultForm::Adverb),
        ("fivefold", 5.0, MultForm::Adverb),
        ("sixfold", 6.0, MultForm::Adverb),
        ("sevenfold", 7.0, MultForm::Adverb),
        ("eightfold", 8.0, MultForm::Adverb),
        ("ninefold", 9.0, MultForm::Adverb),
        ("tenfold", 10.0, MultForm::Adverb),
        ("hundredfold", 100.0, MultForm::Adverb),
        ("thousandfold", 1000.0, MultForm::Adverb),
        ("halve", 0.5, MultForm::Base),
        ("halved", 0.5, MultForm::Inflected),
        ("halving", 0.5, MultForm::Inflected),
    ] {
        m.entry(w).or_default().mult = Some((n, form));
    }
}
