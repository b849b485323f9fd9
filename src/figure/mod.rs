//! Figure recognition: every number a reader would call a figure, parsed
//! to a value, bounds, a kind and a unit — and nothing else.
//!
//! # What counts as a figure
//!
//! - **Digits**: `7,300`, `1 000 000` (space, thin space or no-break space
//!   between groups), `12,34,567`, `1.111,11`, `4.8`, `-5`, `3/4`, `2 1/4`,
//!   `½`, `3⁄16` and `³⁄₁₆` (fraction slash), `1e10`, `6.674×10⁻¹¹`,
//!   `6.02 x 10^23`, `10⁶`, with scale suffixes `3k`, `10M`, `1.2bn`,
//!   `2mil`. `m` glued to digits is million before a counted noun, a
//!   capitalised plural or a currency (`48m subscribers`, `48m Americans`,
//!   `48m euros`) and metres otherwise (`a 48m drop`, `48m tall`, `the 100m
//!   hurdles`).
//! - **Number words**: `one` … `ninety-nine`, `hundred`, `thousand`,
//!   `million`, `billion`, `trillion`, `lakh`, `crore`, `dozen`, in
//!   compounds (`two thousand three hundred`, `1.5 million`, `a million`,
//!   `hundred thousand`, `half a million`, `a dozen`) and fractions
//!   (`one-third`, `two-thirds`, `a quarter of`, `three quarters`); `and`
//!   before a proper fraction makes a mixed number (`two hundred and
//!   fifty-four hundredths` is 200.54), before an improper one it belongs
//!   to the numerator (`one hundred and thirty fifths` is 26).
//! - **Percentages** (`45%`, `45 percent`, `45 per cent`); percentage
//!   points have the unit `pp`.
//! - **Multipliers**: `double`, `triple`, `quadruple` in every inflection
//!   (`tripled`, `tripling`), `halve`, `twice`, `threefold`, `3x`,
//!   `3 times more`, and `half` (0.5).
//! - **Money**: `$`, `€`, `£`, `¥` and other symbols before or after,
//!   `US$`, `$US`, `A$`, `$A`, `C$`, `HK$`, ISO codes (`USD 5`, `5 EUR`),
//!   names (`dollars`, `euros`, `Swiss francs`, `kr`), scales (`$45
//!   billion` is 45e9 `USD`), a sign before or after the symbol (`-$12.3bn`,
//!   `$-12.3bn`). Minor units keep the unit written: `45 cents` is 45
//!   `USD/100` (cents with no currency named are US cents, as `$` is US
//!   dollars), `218p` and `30 pence` are `GBP/100`, `50 euro cents`
//!   `EUR/100`; [`Figure::in_main_unit`] gives 0.45 `USD`.
//! - **Measurements** with a unit (`4.6 m`, `15 feet`, `3-inch`, `12 km/h`,
//!   `40 °C`, `2 hours`, `5min`, `144Hz`, `magnitude 7.8`): the value stays
//!   in the unit written and `unit` is its canonical symbol (`m`, `ft`,
//!   `km/h`, `°C`, `h`, `min`, `Hz`, `magnitude`); [`Figure::in_base_unit`]
//!   converts to SI-style base units for comparison.
//! - **Ranges**: `2,000-3,000`, `2,000–3,000`, `between 10 and 20`,
//!   `from 12.5 to 13.0 mm`, `10 to 20`, `20~100`, `$10-$20`, `2 to 3
//!   million`, `$20 to $25 billion`, `€2-3bn` (a unit or scale written once
//!   serves both ends), `0-to-100-km/h`, `10-to-15-minute`: `low` and
//!   `high`, no `value`. A change is two figures (`rose from 12.5 to 13.0
//!   mm`), the first taking the unit and scale of the second (12.5 mm).
//!   `sub-500` is a ceiling.
//! - **Vague quantities**: `dozens`, `hundreds`, `thousands`, `millions`,
//!   `tens of thousands`, `hundreds of millions`, `several hundred`, `a
//!   few thousand`: bounds and no `value`. The floor is the scale itself
//!   (`millions` ≥ 1,000,000, since writers use the plural loosely); the
//!   ceiling is just below the next word up, which a writer would have
//!   used (`dozens` < 100 for `hundreds`, `thousands` < 10,000 and `tens
//!   of thousands` < 100,000). Doubled phrases (`Millions upon Millions`,
//!   `thousands and thousands`) assert twice the floor and no ceiling.
//! - **Tallies** ([`FigureKind::Tally`]): two counts set against each
//!   other by a vote or a ruling: `the House passed it 221-204`, `a 5-4
//!   ruling`, `approved 30 to 24`, `by 310 votes to 250`, `221 yeas to 204
//!   nays`, `30 for, 24 against`. A pair of whole numbers joined by a dash
//!   or `to` is a tally when the words before it in its clause speak of
//!   voting or deciding (`voted`, `passed`, `approved`, `ruled`, `by a
//!   vote of`) or a tally noun follows (`vote`, `ruling`, `decision`,
//!   `margin`, `split`); labelled sides (`yeas`/`nays`, `ayes`/`noes`,
//!   `for`/`against`, `in favor`/`opposed`) make a tally anywhere. `value`
//!   is the first side, `low` and `high` are unset, [`Figure::sides`] holds
//!   both counts and their labels. After a word of sport (`won`, `beat`,
//!   `game`, `season`, `led`) and none of voting or elections (`won the
//!   primary 52,310 to 48,775` is a tally) the pair is a score, which is
//!   no figure (pairs above 300 are no scores); after neither, two numbers
//!   stay a range or two figures.
//! - **Counts of people said without a number**: `both victims`, `both of
//!   the deputies`, `Both were treated` (2); `one of the gunmen`, `one of
//!   them`, `one of two brothers` (1); a multiplier before an event with
//!   victims: `a triple homicide`, `a double shooting` (3, 2). Only when
//!   people are counted: `both sides`, `Wren and Hale, both Republicans`,
//!   `one of the worst storms`, `a double negative` are no figures.
//!
//! # Bounds and hedges
//!
//! The words around a number become part of the figure's text and set its
//! fields. `value` keeps the number itself (`over 660,000` has value
//! 660,000 and low 660,000).
//!
//! | wording | `low` | `high` | `approx` |
//! |---|---|---|---|
//! | at least, more than, over, above, upwards of, exceeding, in excess of, no less than, no fewer than, a minimum of, `>`, `≥`, … or more, … and above, `50+` | n | | |
//! | just over, just above | n | | yes |
//! | up to, fewer than, less than, below, under, `sub-`, no more than, at most, as many as, a maximum of, `<`, `≤`, … or less, … or fewer | | n | |
//! | nearly, almost, approaching, just under, just below | | n | yes |
//! | about, around, roughly, some, approximately, an estimated, close to, circa, `~`, … or so, … give or take | | | yes |
//! | exactly, precisely, equal to | | | |
//!
//! `over` and `under` before a duration (`over 3 years`) name a period as
//! often as a bound, so they are left out of the figure there.
//!
//! # What is not a figure
//!
//! Years (`in 1998`, `fiscal 2026`, `the 2024 election`, `2016 campaign
//! finance rules`, `since at least 2015`; but `2000 people` is a count),
//! year ranges (`2012–13`), decades (`the 1990s`), dates (`February 7`,
//! `Jan. 20, 2025`, `7/2/2025`, `2025-02-07`, `the 9/12 rally`), times
//! (`10 a.m.`, `3:30`, `24/7`, `around 10 Saturday night`), ordinals
//! (`21st`, `second`, `twenty-fifth`), ages (`5-year-old`, `aged 34`, `34
//! years old`, `65 and older`, `Jane Roe, 34,`, `Ada Brook, 35; Tom Vale,
//! 41.`, `a girl, 6`), identifiers (`Executive Order 14159`, `287(g)`,
//! `H.R. 1`, `Title 42`, `Section 4`, `nrs. 22, 24`, `COVID-19`, `Route
//! 66`, `Boeing 737`, `ABC 6`, `Regional One`, `Three Rivers`, `7-Eleven`, `Form I-9`,
//! `Image 14 of 32`, citation marks `[12]`, ZIP codes), phone numbers
//! (`555-1234`, `(612) 555-0178`, `901-528-CASH`, `call 911`, `text TIP to
//! 274637`), street addresses (`4522 Mill Road`, `861 W. 36th Street`,
//! `the 3900 block of Larch Avenue`, `at 2314 Marble.`, `7 Mile Road`),
//! list markers (`1.` at the start of a line), rate bases (`per 100,000
//! residents`), digits in URLs, e-mail
//! addresses, @handles and #tags, labels after a web address, sports
//! scores (`won 3-2`, `the Owls 24-17`), video resolutions (`1080p`), and
//! idioms (`number one`, `day one`, `one of the best`, `the one who`,
//! `one another`, `one-time`). When in doubt the recogniser leaves a number
//! out: a wrong figure makes a false conflict later.
//!
//! ## Why these stay out
//!
//! Each exclusion rests on what a reader of news would call a figure: an
//! amount of something the story is about, which another outlet could
//! state differently.
//!
//! - **Dates, times and years** place the story in time; they are not
//!   amounts. A length of time is a figure (`for 3 years`, `36 hours`),
//!   and so is a count written with a year's digits before a plural
//!   (`2000 people`).
//! - **Ordinals** rank (`the third-largest`, `the 21st`); the amount a
//!   rank implies is rarely what is reported. The exception a reader
//!   would make, a running count written as a rank (`the city's 300th
//!   homicide this year`), is left out too: ranks outnumber such counts
//!   by far in news text, and a missed figure costs less than a false
//!   conflict.
//! - **Ages** describe a person, like a name: `a 34-year-old` is who, not
//!   how many. Two outlets that give a victim different ages disagree on
//!   a fact, but not on a figure of the story; that check is not made.
//! - **`one of the`**, **`the one who`** and the like select or point
//!   rather than count; `one of the 12 victims` keeps its 12. A member of
//!   a set of people is the exception: `one of the intruders died` is a
//!   count outlets give (`one`, against `two of the intruders died`).
//! - **Identifiers, phone numbers and addresses** name or locate things.
//! - **Sports scores** are results of a game, reported only in sport; a
//!   vote's tally is kept (its kind `tally` keeps it apart from counts).

// Parsed numbers are compared with the exact values they were read from
// (`1000`, a scale of `1.0`, a numerator of `2`), never with computed
// results; token indices (`i`, `j`, `k`, `e`, `f`, `p`) are this module's
// vocabulary.
#![allow(clippy::float_cmp, clippy::many_single_char_names)]

mod cardinal;
mod ctx;
mod currency;
mod exclude;
mod hedge;
mod implicit;
mod iter;
mod lexer;
mod lexicon;
mod literal;
mod model;
mod money;
mod quantity;
mod range;
mod scan;
mod tally;
mod unit;

pub use self::iter::Figures;
pub use self::model::{Figure, FigureKind, TallySide};

use crate::Span;

/// The value of a lowercase word that spells a number from one to
/// nineteen ("four", "sixteen"), from the recogniser's word lexicon.
pub(crate) fn small_number_word(lower: &str) -> Option<u8> {
    match lexicon::lookup(lower)?.card? {
        lexicon::Card::Unit(n) | lexicon::Card::Teen(n) => Some(n),
        _ => None,
    }
}

/// Whether a lowercase word spells a number or a scale ("two", "dozen",
/// "hundreds", "million"), from the recogniser's word lexicon.
pub(crate) fn number_word(lower: &str) -> bool {
    lexicon::lookup(lower).is_some_and(|e| e.card.is_some())
}

/// Whether a figure's unit symbol ("mi", "h") measures a distance or a
/// length of time, by which a thing can be placed.
pub(crate) fn placing_unit(symbol: &str) -> bool {
    unit::by_symbol(symbol).is_some_and(|u| matches!(u.dim, unit::Dim::Length | unit::Dim::Time))
}

/// The length in seconds of one of a duration unit ("h", "day", "year",
/// "decade"), by its symbol; `None` for a unit of another dimension.
pub(crate) fn duration_seconds(symbol: &str) -> Option<f64> {
    unit::by_symbol(symbol)
        .filter(|u| u.dim == unit::Dim::Time)
        .map(|u| u.factor)
}

/// Finds the figures in `text`, in order. Spans are byte offsets into
/// `text`.
///
/// Any `&str` is valid input; text holding no figure yields nothing.
///
/// ```
/// use factdiff::{FigureKind, figures};
///
/// let text = "Over 660,000 cases were flagged in 2025, and arrests may triple.";
/// let found: Vec<_> = figures(text).collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].text, "Over 660,000");
/// assert_eq!((found[0].value, found[0].low), (Some(660_000.0), Some(660_000.0)));
/// assert_eq!(&text[found[0].span], "Over 660,000");
/// assert_eq!((found[1].kind, found[1].value), (FigureKind::Multiplier, Some(3.0)));
/// ```
pub fn figures(text: &str) -> Figures<'_> {
    Figures::new(text, 0)
}

/// Finds the figures in the part `span` of `text` (a sentence, say), with
/// spans that are byte offsets into the whole `text`.
///
/// A span that is out of bounds or not on character boundaries yields
/// nothing.
///
/// ```
/// use factdiff::{Span, figures_in};
///
/// let doc = "Rain fell. Crews cleared 1,200 tonnes of mud.";
/// let sentence = Span::new(11, doc.len());
/// let f = figures_in(doc, sentence).next().unwrap();
/// assert_eq!(f.text, "1,200 tonnes");
/// assert_eq!(&doc[f.span], "1,200 tonnes");
/// assert_eq!(f.unit.as_deref(), Some("t"));
/// ```
pub fn figures_in(text: &str, span: Span) -> Figures<'_> {
    match text.get(span.range()) {
        Some(part) => Figures::new(part, span.start),
        None => Figures::new("", 0),
    }
}

#[cfg(test)]
mod tests;
