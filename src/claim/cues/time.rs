//! Time words: periods of a rate, weekdays and months, and the words that
//! open or continue a time window.

use crate::text::Token;

/// The period a rate unit names ("a day", "daily").
pub(crate) fn period_word(lower: &str) -> Option<crate::claim::Period> {
    use crate::claim::Period;
    Some(match lower {
        "day" | "night" | "daily" | "nightly" | "24-hour" | "single-day" | "one-day" => Period::Day,
        "week" | "weekly" | "week's" => Period::Week,
        "month" | "monthly" => Period::Month,
        "year" | "yearly" | "annually" | "annual" | "annum" | "year's" => Period::Year,
        _ => return None,
    })
}

/// Weekday names: a window "on Saturday" is one day long.
pub(crate) fn weekday(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// Month names and their abbreviations (the table a window's months are
/// read from).
pub(crate) fn month(lower: &str) -> bool {
    crate::claim::when::month_number(lower).is_some()
}

/// Whether the number at token `k` is part of a date, not a count: after
/// a month ("the Sept. 11 attacks", "September 11") or on either side of
/// a slash ("the 9/11 attacks").
pub(crate) fn day_of_date(tokens: &[Token<'_>], k: usize) -> bool {
    if tokens.get(k + 1).is_some_and(|t| t.is('/')) {
        return true;
    }
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    if tokens[p].is('/') {
        return true;
    }
    let p = if tokens[p].is('.') && p > 0 { p - 1 } else { p };
    month(tokens[p].lower())
}

/// Words after "a day", "a year" that make it a point in time, not a rate
/// ("a year ago", "a week earlier").
pub(crate) fn relative_time(lower: &str) -> bool {
    matches!(lower, "ago" | "earlier" | "later" | "prior" | "back")
}

/// Words of a window that make it a stretch of time without naming a
/// period ("over the weekend", "in the first 100 days", "throughout the
/// summer").
pub(crate) fn time_span(lower: &str) -> bool {
    matches!(
        lower,
        "weekend"
            | "morning"
            | "evening"
            | "night"
            | "afternoon"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "hour"
            | "hours"
            | "quarter"
            | "season"
            | "spring"
            | "summer"
            | "fall"
            | "winter"
    )
}

/// Small numbers in words, as they count units in a window ("in two
/// weeks", "over the past several months").
pub(crate) fn number_word(lower: &str) -> bool {
    matches!(
        lower,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "few"
            | "several"
            | "many"
    )
}

/// Words that open a time window ("since January 20", "in the first week").
pub(crate) fn window_opener(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "over"
            | "by"
            | "during"
            | "this"
            | "last"
            | "on"
            | "early"
            | "late"
            | "through"
            | "until"
            | "throughout"
            | "within"
            | "past"
            | "as"
    )
}

/// Words that may continue a time window.
pub(crate) fn window_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "first"
            | "last"
            | "past"
            | "next"
            | "just"
            | "single"
            | "of"
            | "a"
            | "an"
            | "all"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "quarter"
            | "fiscal"
            | "end"
            | "start"
            | "beginning"
            | "hours"
            | "hour"
            | "early"
            | "late"
            | "this"
            | "same"
            | "period"
            | "season"
            | "fall"
            | "spring"
            | "summer"
            | "winter"
            | "term"
    ) || weekday(lower)
        || month(lower)
        || period_word(lower).is_some()
}
