//! The word lexicon: every lowercase word the recogniser cares about, with
//! its roles (number word, ordinal, scale, multiplier, unit, currency, and
//! context flags), in one hash map built once.

mod context;
mod measures;
mod numbers;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::currency::Currency;
use super::unit::Unit;

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

/// The lexicon's hasher: FNV-1a over the bytes written (a word and the
/// byte that ends it, for the maps keyed by words), or a `u64` written
/// alone passed on as a hash worked out before (the [`fnv`] of a word,
/// computed in the pass that lowercases it).
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let h = if self.0 == 0 { fnv(&[]) } else { self.0 };
        self.0 = bytes.iter().fold(h, |h, &b| fnv_step(h, b));
    }
    fn write_u64(&mut self, h: u64) {
        self.0 = h;
    }
}

type Map = HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>;

/// 64-bit FNV-1a of a word's bytes.
fn fnv(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| fnv_step(h, b))
}

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// The lexicon keyed by the [`fnv`] of each word, with the word's bytes to
/// check a match against: a word lowercased on the stack is hashed in the
/// same pass and looked up without being hashed again, nor checked to be
/// UTF-8.
type ByteMap = HashMap<u64, (&'static [u8], Entry), BuildHasherDefault<Fnv>>;

static LEXICON: LazyLock<ByteMap> = LazyLock::new(|| {
    let mut map = ByteMap::default();
    for (word, entry) in build() {
        let clash = map.insert(fnv(word.as_bytes()), (word.as_bytes(), entry));
        assert!(clash.is_none(), "two words of the lexicon share a hash");
    }
    map
});

/// The entry of the word whose bytes are `word` and whose [`fnv`] is `h`.
fn get(word: &[u8], h: u64) -> Option<&'static Entry> {
    LEXICON
        .get(&h)
        .filter(|(w, _)| *w == word)
        .map(|(_, entry)| entry)
}

/// Looks up a lowercase word.
pub(super) fn lookup(word: &str) -> Option<&'static Entry> {
    get(word.as_bytes(), fnv(word.as_bytes()))
}

/// Builds the lexicon, one word family after another: each sets its own
/// fields or flags of an entry, and the families come in the order the
/// words have always been added in.
fn build() -> Map {
    let mut m = Map::default();
    numbers::cardinals(&mut m);
    numbers::plural_scales(&mut m);
    numbers::ordinals(&mut m);
    numbers::suffix_scales(&mut m);
    numbers::multipliers(&mut m);
    measures::units(&mut m);
    measures::currencies(&mut m);
    context::flag_words(&mut m);
    m
}

/// Looks up a word as written, lowercasing ASCII letters on the stack.
/// Words longer than 24 bytes are never in the lexicon.
pub(super) fn lookup_raw(word: &str) -> Option<&'static Entry> {
    let bytes = word.as_bytes();
    if bytes.len() > 24 {
        return None;
    }
    if bytes.is_ascii() {
        let mut buf = [0u8; 24];
        let mut h = fnv(&[]);
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
            h = fnv_step(h, *d);
        }
        get(&buf[..bytes.len()], h)
    } else {
        lookup(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests;
