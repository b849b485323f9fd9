//! Ages and families: the number of years a person has lived, or of
//! children a parent has ("a father of two"), describes the person; it is
//! no figure.

use crate::figure::FigureKind;
use crate::figure::ctx::Ctx;
use crate::figure::lexicon::{AGE, MONTH, WEEKDAY};
use crate::figure::literal::Lit;
use crate::figure::quantity::Q;
use crate::figure::unit::Dim;

/// Ages: `5-year-old`, `34 years old`, `aged 34`, `age 87`, `87 yo`,
/// `ninety five years of age`, `58 and older`, `Jane Roe, 34,`.
pub(super) fn age(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let after_age = said_age(cx, q);
    if after_age && matches!(q.kind, FigureKind::Count | FigureKind::Measurement) {
        let mut end = q.end;
        // ages 5 to 12, aged 18-24, ages 25, 26, and 33
        loop {
            let link = cx.is(end, "to") || cx.is_dash(end) || cx.is(end, "and");
            if link && cx.is_num(end + 1) {
                end += 2;
            } else if cx.is_punct(end, ',') && cx.is(end + 1, "and") && cx.is_num(end + 2) {
                end += 3;
            } else if cx.is_punct(end, ',') && cx.is_num(end + 1) && list_goes_on(cx, end + 2) {
                end += 2;
            } else {
                return Some(end);
            }
        }
    }
    // "17- to 28-years-old", "a 30- to 35-year-old woman"
    if q.kind == FigureKind::Count
        && cx.is_dash(q.end)
        && cx.is(q.end + 1, "to")
        && cx.is_num(q.end + 2)
        && (q.end + 3..q.end + 7).any(|k| cx.is_any(k, &["old", "olds"]))
    {
        return Some(q.end + 2);
    }
    let e = q.end;
    let time_unit = q.munit.is_some_and(|u| u.dim == Dim::Time);
    if time_unit {
        // `5-year-old`, `two 4-year-olds`, `the two year olds`
        if cx.is_any(e, &["old", "olds"]) {
            return Some(e + 1);
        }
        if cx.is_dash(e) && cx.is_any(e + 1, &["old", "olds"]) {
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
    // "were 8 and 11 years old", "ages 7, 9 or 11 years old": the first
    // numbers of a list of ages.
    if q.kind == FigureKind::Count && ages_follow(cx, e) {
        return Some(e);
    }
    // `58 and older`, `12 or younger`
    if q.kind == FigureKind::Count
        && cx.is_any(e, &["and", "or"])
        && cx.is_any(e + 1, &["older", "younger"])
    {
        return Some(e + 2);
    }
    after_name(cx, q).or_else(|| children(cx, q))
}

/// Whether a list of numbers from token `k` ends in "years old": only
/// numbers, commas, dashes, "and", "or" and "to" between.
fn ages_follow(cx: &Ctx<'_>, mut k: usize) -> bool {
    let mut numbers = 0;
    for _ in 0..8 {
        if cx.is_num(k) && cx.is_any(k + 1, &["years", "year"]) && cx.is(k + 2, "old") {
            return numbers > 0 || cx.is_any(k - 1, &["and", "or", "to"]) || cx.is_dash(k - 1);
        }
        if cx.is_num(k) {
            numbers += 1;
        } else if !(cx.is_any(k, &["and", "or", "to"]) || cx.is_dash(k) || cx.is_punct(k, ',')) {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether words before the number say it is an age: "aged 34",
/// "ranging in age from 15 to 29", "under the age of 14", "until he
/// turned 21", "younger than 14" (of a person: a bare number of years),
/// "Mr. Lewis, now 77,", "Ana Pell and Tom Vale, both 18 —", "when she was
/// about 16 and working".
fn said_age(cx: &Ctx<'_>, q: &Q) -> bool {
    let f = q.first;
    // A name ends at token `k`: one word opening its sentence
    // ("Chisler, now 21,"), two capitalised words or a titled one ("Mr.
    // Lewis"); not "Deaths in Texas, now 14,", nor a place after a
    // preposition ("in Larch County, now 14,").
    let name_ends = |k: usize| {
        cx.capitalised(k) && (k == 0 || !cx.is_word(k - 1))
            || k > 0
                && cx.capitalised(k)
                && (cx.capitalised(k - 1)
                    && !(k > 1 && cx.is_any(k - 2, &["in", "at", "from", "across", "of", "near"]))
                    || k > 1
                        && cx.is_punct(k - 1, '.')
                        && cx.is_any(k - 2, &["mr", "ms", "mrs", "dr"]))
    };
    // What may follow an age someone turns: "turned 21 in May", "turns
    // 18 next week", "turned 19 six days ago".
    let turned_ends = cx.punct(q.end).is_some()
        || cx.tok(q.end).is_none()
        || cx.is_num(q.end)
        || cx.is_any(
            q.end,
            &[
                "in", "on", "at", "next", "last", "this", "before", "after", "and", "years",
            ],
        );
    // "when she was about 16 and working as a waitress"
    // (Not a record: "he is 5 and 0 this season".)
    let years_ends = cx.punct(q.end).is_some()
        || cx.tok(q.end).is_none()
        || cx.is_any(q.end, &["and", "when", "at", "or", "but"]) && !cx.is_num(q.end + 1);
    let hedged = f > 0
        && cx.is_any(
            f - 1,
            &["about", "around", "only", "just", "nearly", "almost"],
        );
    let g = f - usize::from(hedged);
    // "Ray Fenn was 15 at the time", "... was 15 when": a person's age (a
    // count is said of a noun, not of a person's name). The name is two
    // capitalised words or a titled one, not a place or a body ("Larch
    // County was 15 at the time"), nor one word opening the sentence ("It
    // was 15 when", "Turnout was 40 when").
    let then = cx.is(q.end, "when")
        || cx.is(q.end, "at") && cx.is(q.end + 1, "the") && cx.is(q.end + 2, "time");
    let person_name = |k: usize| {
        name_ends(k)
            && k > 0
            && (cx.capitalised(k - 1)
                || cx.is_punct(k - 1, '.') && k > 1 && cx.is_any(k - 2, &["mr", "ms", "mrs", "dr"]))
            && !cx.is_any(k, PLACES)
    };
    let was_age = g > 1
        && q.bare_int()
        && cx.is_any(g - 1, &["was", "is"])
        && (cx.is_any(g - 2, &["he", "she", "i"]) || then && person_name(g - 2))
        && years_ends;
    was_age
        || f > 0 && cx.flag(f - 1, AGE)
        || f > 1 && cx.is_any(f - 1, &["from", "of"]) && cx.flag(f - 2, AGE)
        || f > 0 && cx.is_any(f - 1, &["turned", "turns", "turn", "turning"]) && turned_ends
        || f > 1
            && cx.is(f - 1, "than")
            && cx.is_any(f - 2, &["younger", "older"])
            && !cx.is_num(q.end)
        || f > 2
            && cx.is_any(f - 1, &["now", "both"])
            && cx.is_punct(f - 2, ',')
            && name_ends(f - 3)
            && (cx.is_punct(q.end, ',') || cx.is_dash(q.end))
}

/// Words that link the phrases of a title-case headline.
const HEADLINE_LINKS: &[&str] = &[
    "in", "of", "at", "on", "near", "for", "the", "and", "to", "with", "after", "by", "from",
    "over", "outside", "inside",
];

/// Last words of the names of places and bodies, which have no age.
const PLACES: &[&str] = &[
    "county",
    "city",
    "town",
    "township",
    "state",
    "district",
    "park",
    "street",
    "avenue",
    "road",
    "river",
    "lake",
    "school",
    "college",
    "university",
    "department",
    "office",
    "club",
    "party",
    "team",
];

/// Parents' words a count of children follows.
const PARENTS: &[&str] = &[
    "father",
    "mother",
    "parent",
    "parents",
    "dad",
    "mom",
    "grandfather",
    "grandmother",
    "grandparent",
    "grandparents",
];

/// `a father of two`, `the mother of three young boys`: how many children
/// a person has.
fn children(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    (q.kind == FigureKind::Count && f > 1 && cx.is(f - 1, "of") && cx.is_any(f - 2, PARENTS))
        .then_some(q.end)
}

/// Whether a list of ages goes on or ends at token `i` (`ages 25, 26,
/// and 33`), not a count after the list (`ages 19 and 22, 3 of whom`).
fn list_goes_on(cx: &Ctx<'_>, i: usize) -> bool {
    i >= cx.len() || cx.is(i, "and") || matches!(cx.punct(i), Some(',' | '.' | ')' | ';'))
}

/// People written with their age after them: `Jane Roe, 34, of Denver`,
/// `Jane Roe, 34 of Denver`, `Tom Brandt Jr., 56,`, `Angela Harrison,
/// 35; Mia Corwin, 18;`, `Ivo Marsh, 27 and Leo Brandt, 29`, a caption's
/// `Ivo Marsh, 27 Ivo Marsh, 27 Photo:`, `a
/// Detroit girl, 3`, `two men, 33 and 19,`, and at the end of a sentence
/// after a verb of saying or naming, or in a list of people (`..., said
/// Jane Roe, 34.`, `The victim was Jane Roe, 34.`, `; and Michael
/// Ballour, 41.`).
fn after_name(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let f = q.first;
    let e = q.end;
    if !q.bare_int() || f < 2 || !cx.is_punct(f - 1, ',') {
        return None;
    }
    if !q.value.is_some_and(|v| (1.0..=120.0).contains(&v)) {
        return None;
    }
    let n = f - 2;
    let person = cx.is_any(n, PERSON);
    let people = cx.is_any(n, PEOPLE);
    let name = person
        || cx.capitalised(n) && cx.lex(n).is_none_or(|l| l.flags & (MONTH | WEEKDAY) == 0)
        // `Jr., 56`, `J., 56`
        || cx.is_punct(n, '.') && n > 0 && (cx.is_any(n - 1, &["jr", "sr"]) || cx.capitalised(n - 1) && cx.s(n - 1).len() == 1);
    // `two men, 33 and 19,`
    if people && cx.is(e, "and") && cx.lit(e + 1).is_some_and(Lit::plain_int) {
        return Some(e + 2);
    }
    if !name {
        return None;
    }
    // `Jane Roe, 34, of Denver`, and without the second comma: `Jane Roe,
    // 34 of Denver`
    let clause_end = matches!(cx.punct(e), Some(',' | ';' | ')' | '—' | '–' | ':'))
        || cx.is_dash(e) && !cx.glued(e)
        || cx.is(e, "of") && cx.capitalised(e + 1);
    // `Ivo Marsh, 27 and Leo Brandt, 29`
    let next_name = cx.is(e, "and") && cx.capitalised(e + 1);
    // A photo caption run on into the next or into its credit: `Ivo
    // Marsh, 27 Ivo Marsh, 27 Photo: ...`, `Ivo Marsh, 27 Handout`
    // (a name of two words; the name again or a credit word after the
    // age; not a headline's `Teen Dead, 6 Injured`).
    let credit =
        cx.capitalised(e) && cx.is_any(e, &["photo", "handout", "courtesy", "credit", "file"]);
    let caption = n > 0
        && cx.is_word(n - 1)
        && cx.capitalised(n - 1)
        && !person
        && (credit || cx.is_word(e) && cx.s(e) == cx.s(n - 1));
    if clause_end || next_name || caption {
        return Some(e + 1);
    }
    // (A reference mark may follow the period: `..., 19.[46]`.)
    let sentence_end = cx.tok(e).is_none()
        || cx.line_start(e)
        || cx.is_punct(e, '.')
            && (cx.tok(e + 1).is_none()
                || cx.line_start(e + 1)
                || cx.capitalised(e + 1)
                || cx.is_punct(e + 1, '['));
    if !sentence_end {
        return None;
    }
    // `a Detroit girl, 3` at the end of a headline or sentence
    if person {
        return Some(e);
    }
    // The name: up to four capitalised words and initials (`Farah J.
    // Sandley`, `Mary Ann Sandley`), after a verb of saying or ending a
    // list of people, or titled with a word for a person (`Death of
    // Cousin Ana Roe, 10` in a headline).
    // ... or naming someone: `The victim was Jane Roe, 34.`, `identified
    // as Jane Roe, 34.`
    let saying = ["said", "says", "told", "added", "was", "is", "as", "named"];
    let mut k = n;
    let mut words = 1;
    // (The words after the title name someone: no place, no "In" of a
    // headline's phrase: "Driver Deaths In Dalvor, 4" counts deaths.)
    let mut titled = false;
    let mut plain = !cx.is_any(n, PLACES);
    while k > 0 && words < 4 {
        if k > 1 && cx.is_punct(k - 1, '.') && cx.capitalised(k - 2) && cx.s(k - 2).len() == 1 {
            k -= 2;
        } else if cx.capitalised(k - 1) && !cx.is_any(k - 1, &saying) {
            titled |= plain && words >= 2 && cx.is_any(k - 1, PERSON);
            plain &= !cx.is_any(k - 1, PLACES) && !cx.is_any(k - 1, HEADLINE_LINKS);
            k -= 1;
        } else {
            break;
        }
        words += 1;
    }
    let weekday = cx.lex(n).is_some_and(|l| l.flags & WEEKDAY != 0);
    let listed = k > 0
        && (cx.is_punct(k - 1, ';') || cx.is(k - 1, "and") && k > 1 && cx.is_punct(k - 2, ';'));
    (!weekday && (titled || k > 0 && (cx.is_any(k - 1, &saying) || listed))).then_some(e)
}

/// One person, whose age may follow a comma: `a girl, 6`.
const PERSON: &[&str] = &[
    "girl",
    "boy",
    "man",
    "woman",
    "son",
    "daughter",
    "toddler",
    "teen",
    "teenager",
    "infant",
    "baby",
    "child",
    "mother",
    "father",
    "brother",
    "sister",
    "husband",
    "wife",
    "grandmother",
    "grandfather",
    "victim",
    "suspect",
    "driver",
    "passenger",
    "student",
    "shooter",
    "gunman",
    "cousin",
    "nephew",
    "niece",
    "friend",
    "neighbor",
    "neighbour",
];

/// People, whose ages may follow a comma as a pair: `two men, 33 and 19`.
const PEOPLE: &[&str] = &[
    "girls",
    "boys",
    "men",
    "women",
    "sons",
    "daughters",
    "teens",
    "teenagers",
    "children",
    "brothers",
    "sisters",
    "victims",
    "suspects",
];
