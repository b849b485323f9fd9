//! Ranges: `2,000-3,000`, `2,000–3,000`, `between 10 and 20`, `10 to 20`,
//! `from 10 to 20`, `20~100`, `5k-20k`, `$10-$20`, `2 to 3 million`, and
//! joined bounds such as `more than 10 and less than 20`.

use std::borrow::Cow;

use super::FigureKind;
use super::ctx::Ctx;
use super::currency;
use super::exclude::excluded;
use super::lexicon::CHANGE;
use super::quantity::{Q, Read, read};
use super::unit::Unit;

/// What follows a quantity.
pub(super) enum Joined {
    /// A range from the quantity to a second one.
    Range(Q),
    /// `3-2`, `from 2 to 4 p.m.`: a score or a time span, not a figure
    /// (tallies are read before, in `tally`).
    Score(usize),
    /// `rose from 10 to 20 million`: a change, two figures; the first,
    /// given here, takes the second's unit and scale.
    Adopt(Q),
    No,
}

/// Tries to read a range starting with `q1`.
pub(super) fn range(cx: &Ctx<'_>, q1: &Q, min: usize) -> Joined {
    let k = q1.end;
    let Some(Link {
        between,
        from,
        dash,
        hyphened,
    }) = link(cx, q1, min)
    else {
        return Joined::No;
    };
    // `rose from 10 to 20`, `fell 5% to 3%`: a change, not a range
    let lead = if from || between {
        q1.first - 1
    } else {
        q1.first
    };
    let change = !dash && (1..=2).any(|d| lead >= d && cx.flag(lead - d, CHANGE));
    let Some((q2, approx)) = second(cx, k, hyphened) else {
        return Joined::No;
    };
    // `nought-four`: words joined by a hyphen are read aloud, not a range
    if dash && cx.glued(k) && q1.words && q2.words && q2.lit.is_none() {
        return Joined::No;
    }
    if let Some(skip) = excluded(cx, &q2) {
        // `from 2 to 4 p.m.`: both ends are times
        let small = |q: &Q| q.bare_int() && q.value.is_some_and(|v| v <= 24.0);
        return if small(q1) && small(&q2) {
            Joined::Score(skip)
        } else {
            Joined::No
        };
    }
    if q2.value.is_none() {
        return Joined::No;
    }
    if change {
        return adopt(q1, &q2).map_or(Joined::No, Joined::Adopt);
    }
    let Some(merged) = merge(cx, q1, &q2, dash) else {
        return Joined::No;
    };
    if merged.lo >= merged.hi {
        return reversed(cx, q1, &q2, dash);
    }
    let first = if between || from {
        q1.first - 1
    } else {
        q1.first
    };
    Joined::Range(spanned(q1, &q2, first, merged, approx))
}

/// How a quantity is joined to what follows it.
#[allow(clippy::struct_excessive_bools)] // the words around the join
struct Link {
    /// `between` before the quantity.
    between: bool,
    /// `from` before the quantity.
    from: bool,
    /// A dash after the quantity (`40-60`).
    dash: bool,
    /// `to` written with hyphens (`40-to-60`).
    hyphened: bool,
}

/// The word or dash after `q1` that may open a range: a dash, `to`,
/// `through`, `~`, or `and` after `between` (`between 8 and 9`). `None`
/// when there is none, or when `q1` has no single value.
fn link(cx: &Ctx<'_>, q1: &Q, min: usize) -> Option<Link> {
    let k = q1.end;
    let between = q1.first > min && cx.is(q1.first - 1, "between");
    let from = q1.first > min && cx.is(q1.first - 1, "from");
    let dash = cx.is_dash(k);
    // `0-to-100-km/h`, `10-to-15-minute`: `to` written with hyphens
    let hyphened = dash && cx.glued(k) && cx.is(k + 1, "to") && cx.hyphen_after(k + 2);
    let ok = if between {
        cx.is(k, "and") || dash || cx.is(k, "to")
    } else {
        dash || cx.is_any(k, &["to", "through", "thru"]) || cx.is_punct(k, '~')
    };
    if !ok || q1.value.is_none() || q1.low.is_some() || q1.high.is_some() {
        return None;
    }
    Some(Link {
        between,
        from,
        dash,
        hyphened,
    })
}

/// The second quantity, after the join at token `k` (`-to-` when
/// `hyphened`), and whether it is hedged (`6 to about 8`, `6-~8`).
fn second(cx: &Ctx<'_>, k: usize, hyphened: bool) -> Option<(Q, bool)> {
    let mut j = if hyphened { k + 3 } else { k + 1 };
    let mut approx = false;
    if cx.is_punct(j, '~') || cx.is_any(j, &["about", "around", "approximately"]) {
        approx = true;
        j += 1;
    }
    let core = if cx.punct(j).is_some_and(|c| currency::symbol(c).is_some()) {
        j + 1
    } else {
        j
    };
    let Read::Q(q2) = read(cx, core, j) else {
        return None;
    };
    Some((q2, approx))
}

/// `q1` and `q2` whose bounds do not rise: a score (`4-1`), two figures
/// with the unit written once (`61-39%`), or nothing.
fn reversed(cx: &Ctx<'_>, q1: &Q, q2: &Q, dash: bool) -> Joined {
    let k = q1.end;
    let score = dash && q1.bare_int() && q2.bare_int() && q2.value.is_some_and(|v| v <= 200.0);
    if score {
        return Joined::Score(q2.end);
    }
    // `58-42%`: two figures, the unit written once (a spaced dash
    // joins clauses: `more than 640 — about 35 percent higher`)
    let split = dash && cx.glued(k) && cx.glued(k + 1);
    match adopt(q1, q2) {
        Some(q) if split => Joined::Adopt(q),
        _ => Joined::No,
    }
}

/// The range from `q1` to `q2`, starting at token `first` (the
/// `between` or `from` before it, if any), with the bounds and unit
/// `merged` and hedged when either end or the join is (`approx`).
fn spanned(q1: &Q, q2: &Q, first: usize, merged: Merged, approx: bool) -> Q {
    let Merged {
        lo,
        hi,
        kind,
        unit,
        munit,
    } = merged;
    let mut r = q1.clone();
    r.first = first;
    r.end = q2.end;
    r.core_end = q2.core_end;
    r.kind = kind;
    r.unit = unit;
    r.munit = munit;
    r.value = None;
    r.low = Some(lo);
    r.high = Some(hi);
    r.approx = q1.approx || q2.approx || approx;
    r.scale = 1.0;
    r
}

/// The bounds, kind and unit of a range from `q1` to `q2`: the side
/// written without a unit or scale takes the other side's (`10-20
/// dollars`, `2 to 3 million`, `20-30%`). `None` when they do not match.
fn merge(cx: &Ctx<'_>, q1: &Q, q2: &Q, dash: bool) -> Option<Merged> {
    let k = q1.end;
    let (Some(mut lo), Some(mut hi)) = (q1.value, q2.value) else {
        return None;
    };
    let mut kind = q1.kind;
    let mut unit = q1.unit.clone();
    let mut munit = q1.munit;
    match (
        q1.kind == FigureKind::Count && q1.unit.is_none(),
        q2.kind == FigureKind::Count && q2.unit.is_none(),
    ) {
        (true, false) => {
            // `10-20 dollars`, `2 to 3 million`, `20-30%`: the first takes
            // the second's unit and scale
            kind = q2.kind;
            unit.clone_from(&q2.unit);
            munit = q2.munit;
            if q1.scale == 1.0 && q2.scale != 1.0 && q1.raw < q2.raw {
                lo *= q2.scale;
            } else if q1.scale == 1.0 && q2.scale != 1.0 {
                return None;
            }
            if let (Some(u1), Some(u2)) = (q1.munit, q2.munit)
                && u1.sym != u2.sym
            {
                return None;
            }
        }
        (false, true) => {
            if q2.scale == 1.0 && q1.scale != 1.0 && q2.raw > q1.raw {
                hi *= q1.scale;
            }
            // `€2-3bn`
            if q1.scale == 1.0 && q2.scale != 1.0 && q1.raw < q2.raw && small(q1) {
                lo *= q2.scale;
            }
            if q1.kind == FigureKind::Percent && !cx.glued(k) && !dash {
                return None;
            }
        }
        (true, true) => {
            if q1.scale != q2.scale && q1.scale == 1.0 && q1.raw < q2.raw {
                lo *= q2.scale;
            }
        }
        (false, false) => {
            if q1.kind != q2.kind || q1.unit != q2.unit {
                return None;
            }
            // `$20 to $25 billion`: the scale written once, on the second
            if q1.scale == 1.0 && q2.scale != 1.0 && q1.raw < q2.raw && small(q1) {
                lo *= q2.scale;
            }
        }
    }
    Some(Merged {
        lo,
        hi,
        kind,
        unit,
        munit,
    })
}

/// A number written small enough to take a scale from the other end of a
/// range or change: `20` in `$20 to $25 billion`, not `20,000`.
fn small(q: &Q) -> bool {
    q.lit.is_none_or(|l| !l.grouped) && q.raw.abs() < 1000.0
}

/// The first figure of a change (`rose from 12.5 to 13.0 mm`, `fell from
/// $30 to $20 billion`, `from 4 to 7%`) with the unit, kind and scale it
/// leaves to the second; `None` when it has its own.
fn adopt(q1: &Q, q2: &Q) -> Option<Q> {
    let bare = q1.kind == FigureKind::Count && q1.unit.is_none() && q1.munit.is_none();
    let mut q = q1.clone();
    let mut changed = false;
    if bare && (q2.kind != FigureKind::Count || q2.unit.is_some() || q2.munit.is_some()) {
        if matches!(q2.kind, FigureKind::Multiplier | FigureKind::Tally) {
            return None;
        }
        q.kind = q2.kind;
        q.unit.clone_from(&q2.unit);
        q.munit = q2.munit;
        changed = true;
    }
    let same = q.kind == q2.kind && q.unit == q2.unit;
    if same && q1.scale == 1.0 && q2.scale != 1.0 && small(q1) && !q1.fraction {
        q.value = q.value.map(|v| v * q2.scale);
        q.scale = q2.scale;
        changed = true;
    }
    changed.then_some(q)
}

/// A merged range's numbers and unit.
struct Merged {
    lo: f64,
    hi: f64,
    kind: FigureKind,
    unit: Option<Cow<'static, str>>,
    munit: Option<&'static Unit>,
}

/// Joins neighbouring bounds into one range: `more than 10 and less than
/// 20`, `at most 100 and at least 20`, `above 1000 and below 1500`.
pub(super) fn join_bounds(cx: &Ctx<'_>, qs: &mut Vec<Q>) {
    let mut k = 0;
    while k + 1 < qs.len() {
        let (a, b) = (&qs[k], &qs[k + 1]);
        let gap = b.first.saturating_sub(a.end);
        let linked = match gap {
            1 => cx.is_any(a.end, &["and", "but"]) || cx.is_punct(a.end, ','),
            2 => cx.is_punct(a.end, ',') && cx.is_any(a.end + 1, &["and", "but"]),
            _ => false,
        };
        let same = a.kind == b.kind && a.unit == b.unit;
        let range = match (a.low, a.high, b.low, b.high) {
            (Some(lo), None, None, Some(hi)) | (None, Some(hi), Some(lo), None) => Some((lo, hi)),
            _ => None,
        };
        if let (true, true, Some((lo, hi))) = (linked, same, range)
            && lo < hi
        {
            let mut m = qs[k].clone();
            m.end = qs[k + 1].end;
            m.core_end = qs[k + 1].core_end;
            m.value = None;
            m.low = Some(lo);
            m.high = Some(hi);
            m.approx |= qs[k + 1].approx;
            qs[k] = m;
            qs.remove(k + 1);
            continue;
        }
        k += 1;
    }
}
