//! Where to reach someone: phone numbers and street addresses.

use crate::figure::ctx::Ctx;
use crate::figure::literal::Lit;
use crate::figure::quantity::Q;

/// Phone numbers and other hyphenated digit groups: `+1-222-2222`,
/// `555-1234`, `1111-22223333-4444`.
pub(super) fn phone(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    let lit = q.lit?;
    if !lit.plain_int() || q.words {
        return None;
    }
    let f = q.core_first;
    let plus = f > 0 && cx.is_punct(f - 1, '+') && cx.glued(f);
    let mut groups = 1;
    let mut j = q.core_end;
    let mut lens = vec![cx.s(f).len()];
    while (cx.is_dash(j) || cx.is_punct(j, '/'))
        && cx.glued(j)
        && cx.glued(j + 1)
        && cx.lit(j + 1).is_some_and(Lit::plain_int)
    {
        lens.push(cx.s(j + 1).len());
        groups += 1;
        j += 2;
    }
    // `(555) 123-4567`
    let area = f > 0
        && cx.is_punct(f - 1, '(')
        && cx.is_punct(q.core_end, ')')
        && lens[0] == 3
        && cx.lit(q.core_end + 1).is_some();
    if area {
        let mut end = q.core_end + 2;
        if cx.is_dash(end) && cx.glued(end) && cx.is_num(end + 1) {
            end += 2;
        }
        return Some(end);
    }
    let seven = groups == 2 && lens[0] == 3 && lens[1] == 4 && !cx.s(j - 1).ends_with('0');
    if groups >= 3 || seven || (plus && (groups >= 2 || cx.is_num(q.core_end))) {
        let mut end = j;
        while cx.is_num(end) && !cx.glued(end) && cx.lit(end).is_some_and(Lit::plain_int) && plus {
            end += 1;
        }
        return Some(end);
    }
    None
}

/// Street addresses: a house number before a capitalised street name and
/// a street word (`4522 Mill Road`, `40 N. Harbor St.`, `1600 Pennsylvania
/// Avenue`).
pub(super) fn street_address(cx: &Ctx<'_>, q: &Q) -> Option<usize> {
    const STREET: &[&str] = &[
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "parkway",
        "pkwy",
        "terrace",
        "circle",
        "highway",
        "hwy",
        "pike",
        "alley",
        "plaza",
        "square",
    ];
    if !q.bare_int() || q.words {
        return None;
    }
    // An address comes after a preposition of place (`at 4522 Mill Road`,
    // `moved to 40 N. Harbor St.`); `closed 40 Main Street businesses`
    // counts businesses.
    let f = q.first;
    if f == 0
        || !cx.is_any(
            f - 1,
            &[
                "at", "on", "to", "from", "near", "of", "in", "outside", "behind",
            ],
        )
    {
        return None;
    }
    let e = q.end;
    // One to three capitalised words (a direction abbreviation's period
    // allowed), then the street word.
    let mut j = e;
    let mut names = 0;
    while names < 4 {
        if cx.is_punct(j, '.') && cx.glued(j) {
            j += 1;
            continue;
        }
        if !cx.capitalised(j) {
            return None;
        }
        if names > 0 && cx.is_any(j, STREET) {
            // `in 25 Park Avenue buildings`: a noun after the street word
            // is what the number counts (after `St.` the sentence goes on
            // with its verb: `at 40 N. Harbor St. took in`).
            let abbreviated = cx.is_punct(j + 1, '.') && cx.glued(j + 1);
            let counted = !abbreviated
                && cx.is_word(j + 1)
                && !cx.capitalised(j + 1)
                && !cx.is_any(
                    j + 1,
                    &[
                        "and", "or", "in", "on", "at", "near", "to", "from", "where", "when",
                        "after", "before", "for", "with", "by",
                    ],
                );
            if counted {
                return None;
            }
            return Some(e);
        }
        names += 1;
        j += 1;
    }
    None
}
