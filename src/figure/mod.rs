//! Figure recognition: every number a reader would call a figure, parsed
//! to a value, bounds, a kind and a unit — and nothing else.
//!
//! # What counts as a figure
//!
//! - **Digits**: `7,300`, `1 000 000` (space, thin space or no-break space
//!   between groups), `12,34,567`, `1.111,11`, `4.8`, `-5`, `3/4`, `2 1/4`,
//!   `½`, `1e10`, with scale suffixes `3k`, `10M`, `1.2bn`, `2mil`.
//! - **Number words**: `one` … `ninety-nine`, `hundred`, `thousand`,
//!   `million`, `billion`, `trillion`, `lakh`, `crore`, `dozen`, in
//!   compounds (`two thousand three hundred`, `1.5 million`, `a million`,
//!   `half a million`, `a dozen`) and fractions (`one-third`,
//!   `two-thirds`, `a quarter of`, `three quarters`).
//! - **Percentages** (`45%`, `45 percent`, `45 per cent`); percentage
//!   points have the unit `pp`.
//! - **Multipliers**: `double`, `triple`, `quadruple` in every inflection
//!   (`tripled`, `tripling`), `halve`, `twice`, `threefold`, `3x`,
//!   `3 times more`, and `half` (0.5).
//! - **Money**: `$`, `€`, `£`, `¥` and other symbols before or after,
//!   `US$`, `C$`, ISO codes (`USD 5`, `5 EUR`), names (`dollars`, `euros`,
//!   `Swiss francs`), scales (`$45 billion` is 45e9 `USD`), cents.
//! - **Measurements** with a unit (`4.6 m`, `15 feet`, `3-inch`, `12 km/h`,
//!   `40 °C`, `2 hours`, `magnitude 7.8`): the value stays in the unit
//!   written and `unit` is its canonical symbol (`m`, `ft`, `km/h`, `°C`,
//!   `h`, `magnitude`); [`Figure::in_base_unit`] converts to SI-style base
//!   units for comparison.
//! - **Ranges**: `2,000-3,000`, `2,000–3,000`, `between 10 and 20`,
//!   `from 10 to 20`, `10 to 20`, `20~100`, `$10-$20`, `2 to 3 million`:
//!   `low` and `high`, no `value`.
//! - **Vague quantities**: `dozens`, `hundreds`, `thousands`, `millions`,
//!   `tens of thousands`, `hundreds of thousands`, `several hundred`: a
//!   `low` bound and no `value`. The bound is the scale itself (`millions`
//!   ≥ 1,000,000, since writers use the plural loosely); doubled phrases
//!   (`Millions upon Millions`, `thousands and thousands`) assert twice
//!   that.
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
//! | up to, fewer than, less than, below, under, no more than, at most, as many as, a maximum of, `<`, `≤`, … or less, … or fewer | | n | |
//! | nearly, almost, approaching, just under, just below | | n | yes |
//! | about, around, roughly, some, approximately, an estimated, close to, circa, `~`, … or so, … give or take | | | yes |
//! | exactly, precisely, equal to | | | |
//!
//! `over` and `under` before a duration (`over 3 years`) name a period as
//! often as a bound, so they are left out of the figure there.
//!
//! # What is not a figure
//!
//! Years (`in 1998`, `fiscal 2026`, `the 2024 election`; but `2000 people`
//! is a count), year ranges (`2012–13`), decades (`the 1990s`), dates
//! (`February 7`, `Jan. 20, 2025`, `7/2/2025`, `2025-02-07`), times
//! (`10 a.m.`, `3:30`, `24/7`), ordinals (`21st`, `second`,
//! `twenty-fifth`), ages (`5-year-old`, `aged 34`, `34 years old`,
//! `Jane Roe, 34,`), identifiers (`Executive Order 14159`, `287(g)`,
//! `H.R. 1`, `Title 42`, `Section 4`, `COVID-19`, `Route 66`, `Boeing 737`,
//! `Form I-9`, ZIP codes, phone numbers), list markers (`1.` at the start of
//! a line), digits in URLs, e-mail addresses, @handles and #tags, labels
//! after a web address, scores (`won 3-2`), and idioms (`number one`,
//! `day one`, `one of the`, `the one who`, `one another`, `one-time`).
//! When in doubt the recogniser leaves a number out: a wrong figure makes a
//! false conflict later.

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
mod iter;
mod lexer;
mod lexicon;
mod literal;
mod model;
mod quantity;
mod range;
mod scan;
mod tally;
mod unit;

pub use self::iter::Figures;
pub use self::model::{Figure, FigureKind, TallySide};

use crate::Span;

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
