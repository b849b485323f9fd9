//! [`Date`]: a calendar day, for the publication date of a document.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A day of the proleptic Gregorian calendar, as a publication date.
///
/// Parsed from ISO 8601 (`2014-02-15`, also with a time after it:
/// `2014-02-15T08:30:00Z`, whose time is ignored) and shown the same way.
/// Dates compare in calendar order, and [`days_between`](Date::days_between)
/// gives the distance story separation weighs.
///
/// ```
/// use factdiff::Date;
/// # fn main() -> Result<(), factdiff::Error> {
/// let a: Date = "2014-02-15".parse()?;
/// let b = Date::new(2014, 3, 1).unwrap();
/// assert_eq!(a.days_between(b), 14);
/// assert!(a < b);
/// assert_eq!(b.to_string(), "2014-03-01");
/// assert!("2014-02-30".parse::<Date>().is_err());
/// # Ok(()) }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01 (negative before it).
    days: i32,
}

impl Date {
    /// The date of `year`-`month`-`day`, or `None` when there is no such
    /// day (February 30th, month 13) or the year is outside 1–9999.
    ///
    /// ```
    /// use factdiff::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// ```
    #[must_use]
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// The year, month and day.
    ///
    /// ```
    /// let d = factdiff::Date::new(2011, 4, 7).unwrap();
    /// assert_eq!(d.ymd(), (2011, 4, 7));
    /// ```
    #[must_use]
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// How many days lie between two dates, whichever comes first.
    ///
    /// ```
    /// use factdiff::Date;
    /// let (a, b) = (Date::new(2020, 12, 31).unwrap(), Date::new(2021, 1, 2).unwrap());
    /// assert_eq!((a.days_between(b), b.days_between(a)), (2, 2));
    /// ```
    #[must_use]
    pub fn days_between(self, other: Date) -> u32 {
        self.days.abs_diff(other.days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and a
    /// time, which is ignored.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::value("date", "YYYY-MM-DD", s);
        let day = match s.get(10..) {
            Some(rest) if rest.is_empty() || rest.starts_with(['T', 't', ' ']) => &s[..10],
            _ => return Err(bad()),
        };
        let bytes = day.as_bytes();
        if bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &day[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(bad());
        };
        let year = i32::try_from(year).map_err(|_| bad())?;
        Date::new(year, month, day).ok_or_else(bad)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` and `civil_from_days`: exact for
// every date of the proleptic Gregorian calendar.
#[allow(clippy::cast_possible_wrap)] // month and day are at most 31
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[allow(clippy::cast_sign_loss)] // month and day are positive by construction
fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_day_round_trips() {
        let mut previous: Option<Date> = None;
        for y in [1, 1899, 1900, 1970, 1999, 2000, 2024, 9999] {
            for m in 1..=12 {
                for d in 1..=days_in_month(y, m) {
                    let date = Date::new(y, m, d).unwrap();
                    assert_eq!(date.ymd(), (y, m, d));
                    assert_eq!(date.to_string().parse::<Date>().unwrap(), date);
                    if let Some(p) = previous
                        && p.ymd().0 == y
                    {
                        assert_eq!(p.days_between(date), 1);
                    }
                    previous = Some(date);
                }
            }
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days, 0);
    }

    #[test]
    fn bad_dates_are_errors_naming_the_text() {
        for bad in [
            "",
            "2014",
            "2014-2-15",
            "2014-02-15x",
            "2014/02/15",
            "+014-02-15",
            "2014-00-10",
            "0000-01-01",
            "2014-02-29",
            "２０１４-02-15",
            "2014-02-1é",
        ] {
            let err = bad.parse::<Date>().unwrap_err();
            assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
        }
        assert_eq!(
            "2014-02-15T23:59:00Z".parse::<Date>().unwrap().to_string(),
            "2014-02-15"
        );
    }
}
