//! The word lexicon: every lowercase word the recogniser cares about, with
//! its roles (number word, ordinal, scale, multiplier, unit, currency, and
//! context flags), in one hash map built once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::currency::{self, Currency};
use super::unit::{self, Unit};

/// The place a cardinal word takes in a spelled-out number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Card {
    Zero,
    /// 1 to 9.
    Unit(u8),
    /// 10 to 19.
    Teen(u8),
    /// 20, 30, ..., 90.
    Tens(u8),
    Hundred,
    Dozen,
    /// 1e3 and up, including lakh (1e5) and crore (1e7).
    Scale(f64),
}

impl Card {
    /// The value of the word alone.
    pub fn value(self) -> f64 {
        match self {
            Card::Zero => 0.0,
            Card::Unit(n) | Card::Teen(n) | Card::Tens(n) => f64::from(n),
            Card::Hundred => 100.0,
            Card::Dozen => 12.0,
            Card::Scale(s) => s,
        }
    }
}

/// How a multiplier word is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MultForm {
    /// `double`, `triple`: a verb or an adjective; needs context.
    Base,
    /// `doubled`, `tripling`, `halved`: always a multiplier.
    Inflected,
    /// `doubles`, `triples`: a verb or a plural noun; needs context.
    ThirdPerson,
    /// `twice`, `thrice`, `threefold`.
    Adverb,
}

/// Everything known about one lowercase word.
#[derive(Debug, Default)]
pub(super) struct Entry {
    pub card: Option<Card>,
    /// A plural scale word (`hundreds`, `millions`, `dozens`).
    pub plural: bool,
    /// An ordinal: the cardinal it ranks, and whether it is plural (`fifths`).
    pub ord: Option<(Card, bool)>,
    /// Multiplies digits written before it (`k`, `bn`, `mln`).
    pub suffix_scale: Option<f64>,
    pub mult: Option<(f64, MultForm)>,
    pub unit: Option<&'static Unit>,
    pub currency: Option<Currency>,
    pub flags: u32,
}

impl Entry {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

/// Month names and abbreviations.
pub(super) const MONTH: u32 = 1;
/// Month names that are also common words (`march`, `may`): months only
/// when capitalised.
pub(super) const MONTH_AMBIGUOUS: u32 = 1 << 1;
pub(super) const WEEKDAY: u32 = 1 << 2;
/// `percent`, `percentage`, `pct`.
pub(super) const PERCENT: u32 = 1 << 3;
/// Nouns that make the number after them a name or number of a thing:
/// `Title 42`, `Section 4`, `Route 66`, `Form 10`.
pub(super) const IDENT_NOUN: u32 = 1 << 4;
/// Words after which a four-digit number is a year: `in`, `since`, `fiscal`.
pub(super) const YEAR_CONTEXT: u32 = 1 << 5;
/// Verbs of change: `rose from 10 to 20` is two figures, not a range.
pub(super) const CHANGE: u32 = 1 << 6;
/// `aged`, `age`, `ages`.
pub(super) const AGE: u32 = 1 << 7;
/// Determiners and possessives (`the`, `its`, `what`).
pub(super) const DETERMINER: u32 = 1 << 8;
/// Adjectives of size after a length (`tall`, `high`, `deep`).
pub(super) const DIMENSION_ADJ: u32 = 1 << 9;
/// `minus`, `negative`.
pub(super) const NEGATIVE: u32 = 1 << 10;
/// Plural count nouns without a final `s` (`people`, `children`).
pub(super) const COUNT_NOUN: u32 = 1 << 11;
/// Words that are identifiers only before a spelled-out number or when
/// capitalised (`day one`, `Day 3`, `version two`).
pub(super) const IDENT_WORD_ONLY: u32 = 1 << 12;
/// Words that may start a figure without being number words: `a`, `an`,
/// `half`, `quarter`, `point`, `per`, `tens`, `couple`, `pair`, `several`,
/// `few`.
pub(super) const STARTER: u32 = 1 << 14;
/// Marks a time of day after a number: `am`, `pm`, `o'clock`, time zones.
pub(super) const TIME_OF_DAY: u32 = 1 << 13;
/// Verbs of calling a number: `call`, `dialed`, `texting`.
pub(super) const DIAL: u32 = 1 << 15;

#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map = HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>;

/// The lexicon keyed by the words' bytes, so that a word lowercased on
/// the stack is looked up without checking it is UTF-8 again.
type ByteMap = HashMap<&'static [u8], Entry, BuildHasherDefault<Fnv>>;

static LEXICON: LazyLock<ByteMap> = LazyLock::new(|| {
    build()
        .into_iter()
        .map(|(word, entry)| (word.as_bytes(), entry))
        .collect()
});

/// Looks up a lowercase word.
pub(super) fn lookup(word: &str) -> Option<&'static Entry> {
    LEXICON.get(word.as_bytes())
}

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

#[allow(clippy::too_many_lines)]
fn build() -> Map {
    let mut m = Map::default();
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
    for (w, u) in unit::WORDS {
        m.entry(*w).or_default().unit = Some(*u);
    }
    for w in CURRENCY_WORDS.iter().chain(&SHARED_CURRENCY) {
        m.entry(w).or_default().currency = currency::word(w);
    }
    let mut flag = |words: &[&'static str], f: u32| {
        for w in words {
            m.entry(*w).or_default().flags |= f;
        }
    };
    flag(
        &[
            "january",
            "jan",
            "february",
            "feb",
            "april",
            "apr",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sep",
            "sept",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
            "march",
            "mar",
            "may",
        ],
        MONTH,
    );
    flag(
        &["march", "may", "mar", "jan", "jun", "dec", "sep"],
        MONTH_AMBIGUOUS,
    );
    flag(
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
        WEEKDAY,
    );
    flag(
        &["percent", "percents", "percentage", "pct", "perc"],
        PERCENT,
    );
    flag(
        &[
            "order",
            "title",
            "section",
            "sec",
            "article",
            "art",
            "chapter",
            "ch",
            "route",
            "highway",
            "interstate",
            "hwy",
            "form",
            "flight",
            "room",
            "apartment",
            "apt",
            "suite",
            "building",
            "gate",
            "terminal",
            "platform",
            "page",
            "pages",
            "p",
            "pp",
            "no",
            "nos",
            "nr",
            "nrs",
            "number",
            "vol",
            "volume",
            "issue",
            "episode",
            "ep",
            "season",
            "part",
            "phase",
            "stage",
            "level",
            "grade",
            "class",
            "category",
            "tier",
            "type",
            "model",
            "version",
            "rule",
            "amendment",
            "proposition",
            "prop",
            "measure",
            "bill",
            "resolution",
            "docket",
            "exhibit",
            "figure",
            "fig",
            "table",
            "appendix",
            "item",
            "lot",
            "district",
            "ward",
            "precinct",
            "zone",
            "sector",
            "channel",
            "pier",
            "seat",
            "boeing",
            "airbus",
            "apollo",
            "windows",
            "iphone",
            "galaxy",
            "pixel",
            "xbox",
            "playstation",
            "clause",
            "paragraph",
            "para",
            "subsection",
            "schedule",
            "annex",
            "exit",
            "studio",
            "act",
            "code",
            "regulation",
            "directive",
            "unit",
            "book",
            "verse",
            "psalm",
            "op",
            "opus",
            "track",
            "line",
            "bus",
            "chapters",
            "sections",
            "articles",
            "titles",
            "level",
            "pier",
            "hangar",
            "box",
            "image",
            "photo",
            "slide",
            "picture",
        ],
        IDENT_NOUN,
    );
    flag(
        &[
            "day", "week", "year", "month", "round", "game", "match", "lap", "act", "scene",
        ],
        IDENT_WORD_ONLY,
    );
    flag(
        &[
            "in",
            "since",
            "during",
            "until",
            "till",
            "by",
            "from",
            "of",
            "before",
            "after",
            "fiscal",
            "fy",
            "year",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "early",
            "late",
            "mid",
            "circa",
            "through",
            "between",
            "to",
            "and",
            "or",
            "election",
            "census",
            "cycle",
            "class",
            "season",
            "vintage",
            "model",
            "budget",
            "calendar",
            "academic",
            "school",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "the",
            "this",
            "that",
            "its",
            "their",
            "his",
            "her",
            "our",
            "whose",
            "than",
            "'s",
            "s",
            "year's",
            "back",
            "around",
            "as",
            "at",
        ],
        YEAR_CONTEXT,
    );
    flag(
        &[
            "rose",
            "rise",
            "rises",
            "rising",
            "risen",
            "fell",
            "fall",
            "falls",
            "falling",
            "fallen",
            "increased",
            "increase",
            "increases",
            "increasing",
            "decreased",
            "decrease",
            "decreases",
            "decreasing",
            "grew",
            "grow",
            "grows",
            "growing",
            "grown",
            "dropped",
            "drop",
            "drops",
            "dropping",
            "jumped",
            "jump",
            "jumps",
            "climbed",
            "climb",
            "climbs",
            "declined",
            "decline",
            "declines",
            "went",
            "go",
            "goes",
            "up",
            "down",
            "cut",
            "cuts",
            "raised",
            "raise",
            "reduced",
            "reduce",
            "expanded",
            "expand",
            "slid",
            "slipped",
            "surged",
            "soared",
            "plunged",
            "plummeted",
            "tumbled",
            "sank",
            "shrank",
            "swelled",
            "moved",
            "changed",
            "lowered",
            "boosted",
            "hiked",
            "trimmed",
            "slashed",
            "revised",
            "improved",
            "widened",
            "narrowed",
            "doubled",
            "tripled",
            "halved",
            "ballooned",
            "spiked",
            "dipped",
            "edged",
            "inched",
            "advanced",
            "gained",
            "lost",
        ],
        CHANGE,
    );
    flag(&["aged", "age", "ages", "ageing", "aging"], AGE);
    flag(
        &[
            "a", "an", "half", "quarter", "quarters", "point", "per", "tens", "couple", "pair",
            "several", "few", "both",
        ],
        STARTER,
    );
    flag(
        &[
            "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
            "these", "those", "what", "whatever", "it", "them", "him", "us", "current", "last",
        ],
        DETERMINER,
    );
    flag(
        &[
            "tall",
            "high",
            "long",
            "wide",
            "deep",
            "thick",
            "away",
            "apart",
            "across",
            "above",
            "below",
            "under",
            "underground",
            "offshore",
            "inland",
            "north",
            "south",
            "east",
            "west",
            "downstream",
            "upstream",
            "by",
            "x",
        ],
        DIMENSION_ADJ,
    );
    flag(&["minus", "negative"], NEGATIVE);
    flag(
        &[
            "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
            "dialling", "text", "texts", "texted", "texting", "phone", "phoned",
        ],
        DIAL,
    );
    flag(
        &[
            "people",
            "children",
            "men",
            "women",
            "police",
            "staff",
            "personnel",
            "troops",
            "cattle",
            "sheep",
            "fish",
            "deer",
            "aircraft",
            "livestock",
            "persons",
            "adults",
            "youth",
            "faculty",
            "crew",
            "militia",
            "infantry",
            "clergy",
            "poultry",
            "swine",
        ],
        COUNT_NOUN,
    );
    flag(
        &[
            "am", "pm", "a.m", "p.m", "o'clock", "oclock", "gmt", "utc", "est", "edt", "pst",
            "pdt", "cet", "bst", "et", "pt", "ct", "mt", "hrs",
        ],
        TIME_OF_DAY,
    );
    m
}

/// Currency names and codes put in the lexicon (see `currency::word`).
const CURRENCY_WORDS: [&str; 95] = [
    "usd", "dollar", "dollars", "buck", "bucks", "eur", "euro", "euros", "gbp", "sterling", "quid",
    "jpy", "yen", "cny", "rmb", "yuan", "renminbi", "kuai", "chf", "cad", "aud", "nzd", "hkd",
    "sgd", "inr", "rupee", "rupees", "rs", "krw", "rub", "ruble", "rubles", "rouble", "roubles",
    "lira", "liras", "ils", "shekel", "shekels", "mxn", "brl", "reais", "zar", "sek", "kronor",
    "krona", "nok", "dkk", "pln", "zloty", "zlotys", "huf", "forint", "forints", "czk", "kwd",
    "lbp", "egp", "qar", "sar", "aed", "dirham", "dirhams", "bgn", "myr", "ringgit", "ringgits",
    "rm", "mnt", "tugrik", "tugriks", "uah", "hryvnia", "hryvnias", "thb", "baht", "idr", "rupiah",
    "vnd", "ngn", "naira", "kes", "pkr", "btc", "bitcoin", "bitcoins", "satoshi", "satoshis",
    "cent", "cents", "sen", "sens", "penny", "pennies", "pence",
];

/// Shared currency names (resolved only with a country adjective).
pub(super) const SHARED_CURRENCY: [&str; 19] = [
    "peso", "pesos", "franc", "francs", "dinar", "dinars", "riyal", "riyals", "rial", "rials",
    "krone", "kroner", "guilder", "guilders", "markka", "pesetas", "peseta", "pound", "kr",
];

/// Looks up a word as written, lowercasing ASCII letters on the stack.
/// Words longer than 24 bytes are never in the lexicon.
pub(super) fn lookup_raw(word: &str) -> Option<&'static Entry> {
    let bytes = word.as_bytes();
    if bytes.len() > 24 {
        return None;
    }
    if bytes.is_ascii() {
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        LEXICON.get(&buf[..bytes.len()])
    } else {
        lookup(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_number_words_and_roles() {
        assert_eq!(lookup("seventy").and_then(|e| e.card), Some(Card::Tens(70)));
        assert_eq!(
            lookup_raw("Million").and_then(|e| e.card),
            Some(Card::Scale(1e6))
        );
        assert!(lookup("millions").is_some_and(|e| e.plural));
        assert_eq!(
            lookup("fifths").and_then(|e| e.ord),
            Some((Card::Unit(5), true))
        );
        assert_eq!(
            lookup("tripled").and_then(|e| e.mult),
            Some((3.0, MultForm::Inflected))
        );
        assert_eq!(lookup("km").and_then(|e| e.unit).map(|u| u.sym), Some("km"));
        assert!(lookup("march").is_some_and(|e| e.has(MONTH) && e.has(MONTH_AMBIGUOUS)));
        assert!(lookup_raw("zebra").is_none());
    }

    #[test]
    fn lists_every_shared_currency() {
        for w in SHARED_CURRENCY {
            if w != "pound" {
                assert!(currency::word(w).is_some_and(|c| c.iso.is_none()), "{w}");
            }
        }
        for w in CURRENCY_WORDS {
            assert!(currency::word(w).is_some(), "{w}");
        }
    }
}
