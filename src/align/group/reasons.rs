//! The reasons a finding gives, as data: the fields its claims share, the
//! comparison of two claims' numbers, the syndicated copies among them.

use super::Ctx;
use crate::align::judge::compare;
use crate::align::normalize::{NameMatch, name_match};
use crate::align::prepare::View;
use crate::align::reason::{Compared, Reason, SharedField};
use crate::align::score::quantities;
use crate::claim::TimeWindow;

/// The reasons for the fields every claim of `views` shares (measure,
/// period, place, subject, source, window) and their modality.
pub(super) fn shared_fields(views: &[View<'_>]) -> Vec<Reason> {
    let mut out = Vec::with_capacity(8);
    let first = views[0].claim;
    if let Some(m) = &first.measure
        && views.iter().all(|v| v.claim.measure.as_ref() == Some(m))
    {
        out.push(Reason::Shared {
            field: SharedField::Measure,
            value: m.clone(),
        });
    }
    if out.is_empty() {
        out.extend(shared_frame(views));
    }
    let mut periods = views.iter().map(|v| v.prep.quantity.period);
    if let Some(Some(p0)) = periods.next() {
        let mut same = true;
        let mut all = true;
        for p in periods {
            match p {
                Some(p) => same &= p == p0,
                None => all = false,
            }
        }
        if all {
            out.push(if same {
                Reason::Shared {
                    field: SharedField::Period,
                    value: p0.as_str().to_string(),
                }
            } else {
                Reason::PeriodsConverted
            });
        }
    }
    let names: [(SharedField, NameField); 3] = [
        (SharedField::Place, |v| {
            (&v.prep.place, v.claim.place.as_deref())
        }),
        (SharedField::Subject, |v| {
            (&v.prep.subject, v.claim.subject.as_deref())
        }),
        (SharedField::Source, |v| {
            (&v.prep.attribution, v.claim.attribution.as_deref())
        }),
    ];
    for (field, get) in names {
        if let Some(name) = common_name(views, get) {
            out.push(Reason::Shared {
                field,
                value: name.to_string(),
            });
        }
    }
    let (mut windows, mut sharing) = (0, true);
    let mut previous: Option<&TimeWindow> = None;
    for w in views.iter().filter_map(|v| v.prep.window.as_deref()) {
        if previous.is_some_and(|p| !p.shares(w)) {
            sharing = false;
            break;
        }
        previous = Some(w);
        windows += 1;
    }
    if windows >= 2
        && sharing
        && let Some(w) = views.iter().find_map(|v| v.claim.window.as_deref())
    {
        out.push(Reason::Shared {
            field: SharedField::Window,
            value: w.to_string(),
        });
    }
    // (A sum planned and one stated may be grouped: no modality then.)
    let modality = views[0].prep.modality;
    if views.iter().all(|v| v.prep.modality == modality) {
        out.push(Reason::Modality { modality });
    }
    out
}

/// The thing counted, the event and the purpose every claim's frame
/// names, when all name the same (a finding no measure names says what
/// it counts).
fn shared_frame(views: &[View<'_>]) -> Vec<Reason> {
    let frames = || views.iter().map(|v| &v.claim.frame);
    let mut out = Vec::with_capacity(2);
    let heads = frames().map(|f| f.head.as_deref());
    if let Some(thing) = one_value(heads) {
        out.push(Reason::Shared {
            field: SharedField::Thing,
            value: thing.to_string(),
        });
    }
    let events = frames().map(|f| f.predicate.as_ref().map(|p| p.lemma.as_str()));
    if let Some(event) = one_value(events) {
        out.push(Reason::Shared {
            field: SharedField::Event,
            value: event.to_string(),
        });
    }
    if let Some(purpose) = one_value(frames().map(|f| f.purpose.as_deref())) {
        out.push(Reason::Shared {
            field: SharedField::Purpose,
            value: purpose.to_string(),
        });
    }
    out
}

/// The value every item states, when all state one.
fn one_value<'v>(mut items: impl Iterator<Item = Option<&'v str>>) -> Option<&'v str> {
    let first = items.next()??;
    items.all(|x| x == Some(first)).then_some(first)
}

/// A name field of a claim: its tokens and its text.
type NameField = for<'v> fn(&View<'v>) -> (&'v [u32], Option<&'v str>);

/// The name at least two claims state, when all stated names match.
fn common_name<'v>(views: &[View<'v>], field: NameField) -> Option<&'v str> {
    let mut stated = views.iter().map(field).filter(|(t, _)| !t.is_empty());
    let first = stated.next()?;
    let (mut previous, mut count) = (first, 1);
    for name in stated {
        if !matches!(
            name_match(previous.0, name.0),
            NameMatch::Same | NameMatch::Overlap
        ) {
            return None;
        }
        previous = name;
        count += 1;
    }
    if count >= 2 { first.1 } else { None }
}

/// Claims `a` and `b` compared on their numbers.
pub(super) fn compared(ctx: &Ctx<'_>, a: usize, b: usize) -> Compared {
    let (va, vb) = (
        ctx.features.view(ctx.claims, a),
        ctx.features.view(ctx.claims, b),
    );
    let (qa, qb) = quantities(va, vb);
    compare(va.claim, &qa, vb.claim, &qb, &ctx.tolerances).0
}

/// The syndicated copies among `positions`, as a reason (none without
/// copies).
pub(super) fn copy_reason(
    ctx: &Ctx<'_>,
    members: &[usize],
    positions: &[usize],
    copies: &[bool],
) -> Option<Reason> {
    let claims: Vec<String> = positions
        .iter()
        .filter(|&&x| copies[x])
        .map(|&x| ctx.claims[members[x]].id.clone())
        .collect();
    (!claims.is_empty()).then_some(Reason::SyndicatedCopies { claims })
}
