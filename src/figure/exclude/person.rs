//! Ages: the number of years a person has lived is no figure.

use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::lexicon::{AGE, MONTH, WEEKDAY};
use crate::figure::quantity::Q;
use crate::figure::unit::Dim;

/// Ages: `5-year-old`, `34 years old`, `aged 34`, `age 87`, `87 yo`,
/// `ninety five years of age`, `Jane Roe, 34,`.
pub(super) fn age(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    if f > 0 && cx.flag(f - 1, AGE) && matches!(q.kind, FigureKind::Count | FigureKind::Measurement)
    {
        let mut end = q.end;
        // ages 5 to 12, aged 18-24
        if (cx.is(end, "to") || cx.is_dash(end) || cx.is(end, "and")) && cx.is_num(end + 1) {
            end += 2;
        }
        return Some(end);
    }
    let e = q.end;
    let time_unit = q.munit.is_some_and(|u| u.dim == Dim::Time);
    if time_unit {
        if cx.is(e, "old") {
            return Some(e + 1);
        }
        if cx.is_dash(e) && cx.is(e + 1, "old") {
            return Some(e + 2);
        }
        if cx.is(e, "of") && cx.is(e + 1, "age") {
            return Some(e + 2);
        }
        if cx.is(e, "ago") {
            return Some(e + 1);
        }
    }
    if q.kind == FigureKind::Count && (cx.is(e, "yo") || cx.is(e, "y/o")) {
        return Some(e + 1);
    }
    // `Jane Roe, 34, of Denver`
    let after_name = q.bare_int()
        && f > 1
        && cx.is_punct(f - 1, ',')
        && cx.capitalised(f - 2)
        && q.value.is_some_and(|v| (1.0..=120.0).contains(&v))
        && cx.lex(f - 2).is_none_or(|l| l.flags & MONTH == 0);
    if after_name && cx.is_punct(e, ',') {
        return Some(e + 1);
    }
    // `..., said Jane Roe, 34.`: the name of someone quoted, at the end of
    // the sentence.
    if after_name
        && cx.is_punct(e, '.')
        && (cx.tok(e + 1).is_none() || cx.line_start(e + 1) || cx.capitalised(e + 1))
    {
        // The name: up to four capitalised words and initials (`Farah J.
        // Sandley`, `Mary Ann Sandley`), after a verb of saying.
        let saying = ["said", "says", "told", "added"];
        let mut k = f - 2;
        let mut words = 1;
        while k > 0 && words < 4 {
            if k > 1 && cx.is_punct(k - 1, '.') && cx.capitalised(k - 2) && cx.s(k - 2).len() == 1 {
                k -= 2;
            } else if cx.capitalised(k - 1) && !cx.is_any(k - 1, &saying) {
                k -= 1;
            } else {
                break;
            }
            words += 1;
        }
        let weekday = cx.lex(f - 2).is_some_and(|l| l.flags & WEEKDAY != 0);
        if !weekday && k > 0 && cx.is_any(k - 1, &saying) {
            return Some(e);
        }
    }
    None
}
