//! When a claim's count holds: its time window read into typed parts
//! (years, months, weekdays, seasons, "this"/"last" units, a start, a time
//! before the story's own), by the claim stage, so that alignment compares
//! windows without reading their words again.

use crate::claim::Period;
use crate::text::{WordTable, each_word};

/// The time a claim's count holds for, read from its window by the claim
/// stage: the years, months, weekdays and seasons it names, "this" / "last"
/// / "next" units, whether it is the start of something or a time before
/// the story's own, and whether it is a bound a count runs from or to.
/// When a claim states no window, the years its sentence names stand in
/// ([`TimeWindow::in_sentence`]): those of the figure's own clause, or of
/// a phrase the sentence opens with ("In 2019, ..."; not "Parliament
/// passed the act in 1994, and 19 provinces now have one").
///
/// Alignment compares two claims' windows with [`TimeWindow::clashes`]
/// ("in March" vs "in October") and [`TimeWindow::shares`] ("on Saturday"
/// and "Saturday night"), never reading their words again.
///
/// ```
/// let doc = factdiff::Document::new("log", "Crews rescued 40 sailors in March.");
/// let c = factdiff::claims(&doc).next().unwrap();
/// let when = c.when.as_deref().unwrap();
/// assert!(when.is_stated());
/// assert_eq!(when.months(), &[3]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[allow(clippy::struct_excessive_bools)] // independent facts of a window
pub struct TimeWindow {
    years: Vec<u32>,
    /// 1 January .. 12 December.
    months: Vec<u8>,
    /// 1 Monday .. 7 Sunday.
    weekdays: Vec<u8>,
    /// 1 spring, 2 summer, 3 autumn, 4 winter.
    seasons: Vec<u8>,
    /// (unit, offset): unit 0 day, 1 week, 2 month, 3 year; offset -1 last,
    /// 0 this, 1 next.
    relative: Vec<(u8, i8)>,
    /// The window is the start of something ("the first week", "the early
    /// days").
    start: bool,
    /// The window is a time before the story's own ("three years ago",
    /// "six months before that", "a week earlier").
    earlier: bool,
    /// The window is a point a rate runs from or a count runs to ("since
    /// Monday", "as of Friday", "by June"), not when the count happened.
    bound: bool,
    /// Read from a window the claim states, not from the years of its
    /// sentence.
    stated: bool,
}

/// The first words of a window that make it a bound ("since Monday").
const BOUNDS: &[&str] = &["as", "by", "from", "since", "through", "until"];

const MONTHS: &[(&str, u8)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

const WEEKDAYS: &[(&str, u8)] = &[
    ("fri", 5),
    ("friday", 5),
    ("mon", 1),
    ("monday", 1),
    ("sat", 6),
    ("saturday", 6),
    ("sun", 7),
    ("sunday", 7),
    ("thu", 4),
    ("thurs", 4),
    ("thursday", 4),
    ("tue", 2),
    ("tues", 2),
    ("tuesday", 2),
    ("wed", 3),
    ("wednesday", 3),
];

/// The number of a month named in full or abbreviated ("sept": 9), from
/// [`MONTHS`] (sorted, so searched by halves).
pub(crate) fn month_number(lower: &str) -> Option<u8> {
    MONTHS
        .binary_search_by(|&(w, _)| w.cmp(lower))
        .ok()
        .map(|i| MONTHS[i].1)
}

/// Seasons and the months they cover (northern hemisphere, as news in
/// English mostly means).
const SEASONS: &[(&str, u8, [u8; 3])] = &[
    ("autumn", 3, [9, 10, 11]),
    ("fall", 3, [9, 10, 11]),
    ("spring", 1, [3, 4, 5]),
    ("summer", 2, [6, 7, 8]),
    ("winter", 4, [12, 1, 2]),
];

/// What a word of a window says about time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TimeWord {
    /// The start of something: "first", "early"...
    Start,
    Weekend,
    Month(u8),
    Weekday(u8),
    Season(u8),
    Year(u32),
    /// A unit (0 day, 1 week, 2 month, 3 year) and the offset the word
    /// itself gives ("yesterday"), if any.
    Unit(u8, Option<i8>),
    /// The offset a word gives the unit after it: "this" 0, "last" -1,
    /// "next" 1.
    Offset(i8),
}

/// The words of [`TimeWord`] other than years.
const TIME_WORDS: &[(&str, TimeWord)] = &[
    ("first", TimeWord::Start),
    ("early", TimeWord::Start),
    ("earliest", TimeWord::Start),
    ("initial", TimeWord::Start),
    ("opening", TimeWord::Start),
    ("beginning", TimeWord::Start),
    ("start", TimeWord::Start),
    ("weekend", TimeWord::Weekend),
    ("day", TimeWord::Unit(0, None)),
    ("today", TimeWord::Unit(0, Some(0))),
    ("yesterday", TimeWord::Unit(0, Some(-1))),
    ("tomorrow", TimeWord::Unit(0, Some(1))),
    ("week", TimeWord::Unit(1, None)),
    ("month", TimeWord::Unit(2, None)),
    ("year", TimeWord::Unit(3, None)),
    ("this", TimeWord::Offset(0)),
    ("current", TimeWord::Offset(0)),
    ("last", TimeWord::Offset(-1)),
    ("previous", TimeWord::Offset(-1)),
    ("past", TimeWord::Offset(-1)),
    ("next", TimeWord::Offset(1)),
    ("coming", TimeWord::Offset(1)),
];

/// Months, weekdays, seasons and [`TIME_WORDS`], by hash.
fn time_words() -> &'static WordTable<TimeWord> {
    static TABLE: std::sync::OnceLock<WordTable<TimeWord>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        WordTable::new(
            MONTHS
                .iter()
                .map(|&(w, m)| (w, TimeWord::Month(m)))
                .chain(WEEKDAYS.iter().map(|&(w, d)| (w, TimeWord::Weekday(d))))
                .chain(SEASONS.iter().map(|&(w, s, _)| (w, TimeWord::Season(s))))
                .chain(TIME_WORDS.iter().copied()),
        )
    })
}

/// A four-digit year between 1800 and 2200.
fn year(w: &str) -> Option<u32> {
    let y: u32 = w.parse().ok()?;
    (w.len() == 4 && (1800..=2200).contains(&y)).then_some(y)
}

impl TimeWindow {
    /// Reads a window's words ("since Jan. 5", "over the weekend", "three
    /// years ago"); words that name no time are passed over.
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// let w = TimeWindow::read("last week");
    /// assert!(w.clashes(&TimeWindow::read("this week")));
    /// assert!(TimeWindow::read("since Monday").is_bound());
    /// ```
    #[must_use]
    pub fn read(window: &str) -> TimeWindow {
        let mut sig = TimeWindow {
            stated: true,
            ..TimeWindow::default()
        };
        let opener = window.split_whitespace().next().unwrap_or_default();
        sig.bound = BOUNDS.iter().any(|b| opener.eq_ignore_ascii_case(b));
        // The offset the previous word gives a unit ("last" week).
        let mut previous: Option<i8> = None;
        each_word(window, |word| {
            let what = if word.digit {
                year(word.text).map(TimeWord::Year)
            } else {
                time_words().get(word)
            };
            match what {
                Some(TimeWord::Start) => sig.start = true,
                // Saturday and Sunday.
                Some(TimeWord::Weekend) => sig.weekdays.extend([6, 7]),
                Some(TimeWord::Month(m)) => sig.months.push(m),
                Some(TimeWord::Weekday(d)) => sig.weekdays.push(d),
                Some(TimeWord::Season(s)) => sig.seasons.push(s),
                Some(TimeWord::Year(y)) => sig.years.push(y),
                Some(TimeWord::Unit(unit, fixed)) => {
                    if let Some(offset) = fixed.or(previous) {
                        sig.relative.push((unit, offset));
                    }
                }
                Some(TimeWord::Offset(_)) | None => {}
            }
            previous = match what {
                Some(TimeWord::Offset(o)) => Some(o),
                _ => None,
            };
        });
        // "three years ago", "a week earlier", "six months before that";
        // not "earlier this week".
        let lower = window.to_lowercase();
        sig.earlier = lower.split_whitespace().any(|w| w == "ago")
            || lower.ends_with(" earlier")
            || lower.ends_with(" before that");
        for v in [&mut sig.months, &mut sig.weekdays, &mut sig.seasons] {
            v.sort_unstable();
            v.dedup();
        }
        sig.years.sort_unstable();
        sig.years.dedup();
        sig.relative.sort_unstable();
        sig.relative.dedup();
        sig
    }

    /// The years a sentence names, as a window: the fallback for claims
    /// whose window was not found ("In 2019, the system carried 41 million
    /// trips a year"). A page's stamp ("(Published Sunday, May 31,
    /// 2015)", "Updated: Monday, Oct. 6, 2014") dates the page, not the
    /// count.
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// let w = TimeWindow::in_sentence("In 2019, the line carried 41 million riders.");
    /// assert_eq!(w.years(), &[2019]);
    /// assert!(!w.is_stated());
    /// ```
    #[must_use]
    pub fn in_sentence(text: &str) -> TimeWindow {
        TimeWindow::of_years(years_at(text).into_iter().map(|(_, y)| y))
    }

    /// A window of the years a sentence names (not stated).
    pub(crate) fn of_years(years: impl IntoIterator<Item = u32>) -> TimeWindow {
        let mut sig = TimeWindow {
            years: years.into_iter().collect(),
            ..TimeWindow::default()
        };
        sig.years.sort_unstable();
        sig.years.dedup();
        sig
    }

    /// The years named, ascending.
    ///
    /// ```
    /// let w = factdiff::TimeWindow::read("between 2019 and 2021");
    /// assert_eq!(w.years(), &[2019, 2021]);
    /// ```
    #[must_use]
    pub fn years(&self) -> &[u32] {
        &self.years
    }

    /// The months named (1 January .. 12 December), ascending.
    ///
    /// ```
    /// let w = factdiff::TimeWindow::read("by Sept. 30");
    /// assert_eq!(w.months(), &[9]);
    /// ```
    #[must_use]
    pub fn months(&self) -> &[u8] {
        &self.months
    }

    /// The weekdays named (1 Monday .. 7 Sunday), ascending; a weekend is
    /// Saturday and Sunday.
    ///
    /// ```
    /// let w = factdiff::TimeWindow::read("over the weekend");
    /// assert_eq!(w.weekdays(), &[6, 7]);
    /// ```
    #[must_use]
    pub fn weekdays(&self) -> &[u8] {
        &self.weekdays
    }

    /// Whether the window is the start of something ("in the first week",
    /// "in the early days").
    ///
    /// ```
    /// assert!(factdiff::TimeWindow::read("in the first week").is_start());
    /// ```
    #[must_use]
    pub fn is_start(&self) -> bool {
        self.start
    }

    /// Whether the window is a point a rate runs from or a count runs to
    /// ("since Monday", "as of Friday", "by June"), not when the count
    /// happened ("on Monday").
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// assert!(TimeWindow::read("as of Friday").is_bound());
    /// assert!(!TimeWindow::read("on Friday").is_bound());
    /// ```
    #[must_use]
    pub fn is_bound(&self) -> bool {
        self.bound
    }

    /// Whether the window was read from one the claim states, not from the
    /// years its sentence names.
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// assert!(TimeWindow::read("in 2019").is_stated());
    /// assert!(!TimeWindow::in_sentence("In 2019, ...").is_stated());
    /// ```
    #[must_use]
    pub fn is_stated(&self) -> bool {
        self.stated
    }

    /// Whether the window is the current period so far ("this year" for a
    /// yearly figure): a count to date.
    ///
    /// ```
    /// use factdiff::{Period, TimeWindow};
    /// assert!(TimeWindow::read("so far this year").is_to_date(Period::Year));
    /// assert!(!TimeWindow::read("last year").is_to_date(Period::Year));
    /// ```
    #[must_use]
    pub fn is_to_date(&self, period: Period) -> bool {
        let unit = match period {
            Period::Day => 0,
            Period::Week => 1,
            Period::Month => 2,
            Period::Year => 3,
        };
        self.relative.contains(&(unit, 0))
    }

    /// Whether the window names one day ("on Sunday", "early Sunday",
    /// "yesterday", "last night").
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// assert!(TimeWindow::read("early Sunday").names_a_day());
    /// assert!(!TimeWindow::read("in March").names_a_day());
    /// ```
    #[must_use]
    pub fn names_a_day(&self) -> bool {
        !self.weekdays.is_empty() || self.relative.iter().any(|&(unit, _)| unit == 0)
    }

    /// Whether the window is stated and spans a month or more, naming no
    /// day: "in November", "this year", "last summer", "in 2016".
    pub(crate) fn spans_months(&self) -> bool {
        self.stated
            && !self.names_a_day()
            && (!self.months.is_empty()
                || !self.seasons.is_empty()
                || !self.years.is_empty()
                || self.relative.iter().any(|&(unit, _)| unit >= 2))
    }

    /// Whether the window names no time at all ("during the standoff").
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// assert!(TimeWindow::read("during the standoff").is_empty());
    /// assert!(!TimeWindow::read("in the first week").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
            && self.months.is_empty()
            && self.weekdays.is_empty()
            && self.seasons.is_empty()
            && self.relative.is_empty()
            && !self.start
            && !self.earlier
    }

    /// Whether the window is a time before the story's own ("three years
    /// ago", "six months before that", "a week earlier"; not "earlier
    /// this week").
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// assert!(TimeWindow::read("three years ago").is_earlier());
    /// assert!(!TimeWindow::read("earlier this week").is_earlier());
    /// ```
    #[must_use]
    pub fn is_earlier(&self) -> bool {
        self.earlier
    }

    /// Whether the two windows name different times: different years,
    /// months, weekdays or seasons, a month outside a season, this year
    /// against last year, or a year named on one side only (which year the
    /// other means, the text does not say; a year named in news is mostly
    /// not the present).
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// let march = TimeWindow::read("in March");
    /// assert!(march.clashes(&TimeWindow::read("in October")));
    /// assert!(!march.clashes(&TimeWindow::read("by the end of March")));
    /// ```
    #[must_use]
    pub fn clashes(&self, other: &TimeWindow) -> bool {
        fn disjoint<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
        }
        if disjoint(&self.years, &other.years)
            || disjoint(&self.months, &other.months)
            || disjoint(&self.weekdays, &other.weekdays)
            || disjoint(&self.seasons, &other.seasons)
        {
            return true;
        }
        for (a, b) in [(self, other), (other, self)] {
            if !a.years.is_empty() && b.years.is_empty() {
                return true;
            }
            if !a.seasons.is_empty() && !b.months.is_empty() {
                let covered = a.seasons.iter().any(|s| {
                    SEASONS
                        .iter()
                        .filter(|(_, id, _)| id == s)
                        .any(|(_, _, months)| b.months.iter().any(|m| months.contains(m)))
                });
                if !covered {
                    return true;
                }
            }
        }
        self.relative.iter().any(|&(unit, off)| {
            let same_unit: Vec<i8> = other
                .relative
                .iter()
                .filter(|(u, _)| *u == unit)
                .map(|(_, o)| *o)
                .collect();
            !same_unit.is_empty() && !same_unit.contains(&off)
        })
    }

    /// Whether the two windows share a named time (same month, weekday,
    /// "this"/"last" unit, or both a start).
    ///
    /// ```
    /// use factdiff::TimeWindow;
    /// let weekend = TimeWindow::read("over the weekend");
    /// assert!(weekend.shares(&TimeWindow::read("on Saturday")));
    /// ```
    #[must_use]
    pub fn shares(&self, other: &TimeWindow) -> bool {
        fn common<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            a.iter().any(|x| b.contains(x))
        }
        common(&self.years, &other.years)
            || common(&self.months, &other.months)
            || common(&self.weekdays, &other.weekdays)
            || common(&self.seasons, &other.seasons)
            || common(&self.relative, &other.relative)
            || (self.start && other.start)
    }
}

/// The years a text names, as [`TimeWindow::in_sentence`] reads them,
/// with their byte offsets: runs of exactly four ASCII digits, found on
/// bytes in one pass (no other byte of UTF-8 text is an ASCII digit), that
/// make a year and stand in no page's stamp.
pub(crate) fn years_at(text: &str) -> Vec<(usize, u32)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut run) = (0, 0);
    for end in 0..=bytes.len() {
        if bytes.get(end).is_some_and(u8::is_ascii_digit) {
            if run == 0 {
                start = end;
            }
            run += 1;
            continue;
        }
        if run == 4
            && !stamped(bytes.get(..start).unwrap_or_default())
            && !attributive(bytes.get(..start).unwrap_or_default())
            && let Some(y) = text.get(start..end).and_then(year)
        {
            out.push((start, y));
        }
        run = 0;
    }
    out
}

/// Whether the text before a year ends with "the": the year names which
/// thing ("the 2012 GOP primary field", "the 2001 attacks"), not when the
/// count holds.
fn attributive(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii_end();
    trimmed.len() < before.len()
        && trimmed.len() >= 3
        && trimmed[trimmed.len() - 3..].eq_ignore_ascii_case(b"the")
        && trimmed
            .len()
            .checked_sub(4)
            .is_none_or(|i| !trimmed[i].is_ascii_alphanumeric())
}

/// Whether the text before a year ends inside a page's stamp: "Published",
/// "Posted" or "Updated" within the last few words, with no closing
/// parenthesis or line end since.
fn stamped(before: &[u8]) -> bool {
    const REACH: usize = 40;
    let tail = &before[before.len().saturating_sub(REACH)..];
    [&b"Published"[..], b"Posted", b"Updated"]
        .iter()
        .any(|word| {
            tail.windows(word.len())
                .rposition(|w| w == *word)
                .is_some_and(|at| !tail[at..].iter().any(|&c| matches!(c, b')' | b'\n')))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_clash_on_named_times() {
        let w = |s: &str| TimeWindow::read(s);
        assert!(w("in March").clashes(&w("in October")));
        assert!(!w("in March").clashes(&w("by the end of March")));
        assert!(!w("since Jan. 5").clashes(&w("this year")));
        assert!(!w("since Jan. 5").clashes(&w("since January")));
        assert!(w("in 2019").clashes(&w("in March")));
        assert!(w("in 2025").clashes(&w("this year")));
        assert!(w("this year").clashes(&w("last year")));
        assert!(w("in the fall").clashes(&w("in March")));
        assert!(!w("in the fall").clashes(&w("in October")));
        assert!(!w("by Sept. 30").clashes(&w("by September")));
        assert!(!w("early Sunday").clashes(&TimeWindow::default()));
        assert!(w("on Saturday").shares(&w("Saturday night")));
        assert!(w("in the early days").shares(&w("in just the first week")));
        assert!(w("over the weekend").shares(&w("Over the weekend")));
        assert!(w("over the weekend").shares(&w("on Saturday")));
        assert!(w("over the weekend").clashes(&w("on Tuesday")));
        assert!(w("in 2019").clashes(&TimeWindow::default()));
        assert!(w("so far this year").is_to_date(Period::Year));
        assert!(!w("last year").is_to_date(Period::Year));
        assert!(TimeWindow::in_sentence("In 2019, before 2028, riders").clashes(&w("in March")));
        assert!(TimeWindow::in_sentence("No year here").is_empty());
        // A time before the story's own.
        assert!(w("three years ago").is_earlier() && !w("three years ago").is_empty());
        assert!(w("Six months before that").is_earlier());
        assert!(w("a week earlier").is_earlier());
        assert!(!w("earlier this week").is_earlier());
        assert!(!w("on Saturday").is_earlier());
        // Bounds a count runs from or to, whatever the case of the opener.
        for bound in [
            "since Monday",
            "As of Friday",
            "by June",
            "until noon",
            "through May",
        ] {
            assert!(w(bound).is_bound(), "{bound}");
        }
        for when in ["on Monday", "in June", "Sunday", "as", ""] {
            assert_eq!(w(when).is_bound(), when == "as", "{when}");
        }
    }

    #[test]
    fn years_are_runs_of_four_digits() {
        for text in [
            "In 2019, before 2028, riders",
            "x1999y 20190 1800 2201 2200",
            "2000",
            "",
        ] {
            let expected: Vec<u32> = {
                let mut ys: Vec<u32> = text
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|w| w.len() == 4)
                    .filter_map(year)
                    .collect();
                ys.sort_unstable();
                ys.dedup();
                ys
            };
            assert_eq!(TimeWindow::in_sentence(text).years, expected, "{text}");
        }
    }

    #[test]
    fn a_year_after_the_names_which_not_when() {
        for (text, years) in [
            (
                "Tessin leads the 2030 mayoral primary field at 21 percent.",
                &[][..],
            ),
            ("The 2001 attacks killed nearly 3,000 people.", &[]),
            ("In 2019, riders took 41 million trips.", &[2019]),
            ("There were 762 murders in 2016.", &[2016]),
            ("Killed July 23, 2015, in the theater.", &[2015]),
            ("Lathe 2019 sales rose.", &[2019]),
        ] {
            assert_eq!(TimeWindow::in_sentence(text).years(), years, "{text}");
        }
    }

    #[test]
    fn months_are_found_by_name_or_abbreviation() {
        for (word, number) in [("january", Some(1)), ("sept", Some(9)), ("may", Some(5))] {
            assert_eq!(month_number(word), number, "{word}");
        }
        for word in ["mayor", "ja", "", "decembers"] {
            assert_eq!(month_number(word), None, "{word}");
        }
        assert!(MONTHS.iter().all(|&(w, n)| month_number(w) == Some(n)));
    }

    #[test]
    fn time_words_are_each_entered_once() {
        assert!(MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(WEEKDAYS.windows(2).all(|w| w[0].0 < w[1].0));
        let mut words: Vec<&str> = MONTHS
            .iter()
            .map(|m| m.0)
            .chain(WEEKDAYS.iter().map(|d| d.0))
            .chain(SEASONS.iter().map(|s| s.0))
            .chain(TIME_WORDS.iter().map(|t| t.0))
            .collect();
        words.sort_unstable();
        assert!(words.windows(2).all(|w| w[0] != w[1]));
    }
}
