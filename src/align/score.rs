//! Pair scoring, Fellegi–Sunter style: each field of two claims agrees,
//! partly agrees, disagrees or is unknown, and each outcome adds a log2
//! likelihood ratio `log2(m / u)` (how much likelier that outcome is for
//! two claims about the same quantity than for two that are not). The sum,
//! plus a prior, becomes a probability with the logistic function.
//!
//! Some disagreements are not evidence but proof that two claims speak of
//! different quantities (different places, a target against a count, two
//! figures side by side in one sentence): those are *vetoes*, and the
//! score is 0. Figure values never enter the score: they are what the
//! verdict judges.

use std::borrow::Cow;

use crate::align::judge::{Quantity, comparable};
use crate::align::normalize::{NameMatch, Overlap, name_match};
use crate::align::prepare::{Dating, Features, HeadMark, Marks, Prepared, View};
use crate::align::reason::Incomparable;
use crate::claim::{
    Claim, Frame, FrameRelation, HeadClass, Modality, Polarity, PredicateClass, Relation,
    TimeWindow, Voice, described_alike, described_people, heads, incident_noun, purposes_agree,
    purposes_differ, relate_events, relate_measurements, vote_ends_apart,
};

/// Prior log2 odds that two claims of a small block (a story's worth of
/// claims) are about one quantity.
const PRIOR: f64 = -2.0;

/// Blocks up to this size keep [`PRIOR`]; in larger ones a claim has more
/// candidates but still only a few true matches, so the prior odds fall
/// with the block size (Fellegi–Sunter's λ = matches / comparisons).
const PRIOR_BLOCK: f64 = 16.0;

/// The prior log2 odds for a pair drawn from `candidates` claims.
pub(crate) fn prior(candidates: usize) -> f64 {
    let n = candidates as f64;
    PRIOR - ((n - 1.0) / (PRIOR_BLOCK - 1.0)).log2().max(0.0)
}

/// Same measure id.
const W_MEASURE: f64 = 3.0;
/// Frames naming one thing (and no event that differs) in a pair that may
/// only agree (see [`agree_only`]), or naming one thing and one event
/// ("three suspects stepped out", no measure): the evidence a shared
/// measure gives.
const W_FRAME: f64 = 2.0;
/// Frames that name one end a count is for ("$48.6 million for the
/// bridge", "approved $48.6 million to build the bridge").
const W_PURPOSE: f64 = 1.5;
/// Frames that describe one thing ("a four-term alderman" in two
/// outlets): what the figure is of, as a measure says what it counts.
const W_DESCRIBED: f64 = 1.5;
/// Frames that describe a person each, an office and a word for any
/// member of a body ("a four-term alderman", "a four-term council
/// member"): maybe one person.
const W_DESCRIBED_PEOPLE: f64 = 1.0;
/// Same period / both unstated / converted between periods.
const W_PERIOD_SAME: f64 = 0.5;
const W_PERIOD_NONE: f64 = 0.3;
const W_PERIOD_CONVERTED: f64 = 0.0;
/// Windows naming a common time.
const W_WINDOW_SHARED: f64 = 1.0;
/// Place / subject / attribution: same, overlapping, different.
const W_PLACE: (f64, f64) = (2.0, 1.0);
const W_SUBJECT: (f64, f64) = (1.5, 0.7);
/// Outlets quote different officials for the same figure as often as for
/// different ones: a different source is no evidence either way.
const W_ATTRIBUTION: (f64, f64, f64) = (1.5, 1.0, 0.0);
/// Two targets (or two projections): rarer than two reported counts.
const W_MODALITY_RARE: f64 = 0.5;
/// Context similarity bands: >= 0.9, >= 0.7, >= 0.5, >= 0.3, below.
const W_CONTEXT: [(f64, f64); 5] = [(0.9, 4.0), (0.7, 2.5), (0.5, 1.2), (0.3, 0.0), (0.0, -1.0)];

/// Why two claims cannot be about the same quantity (see [`veto_pair`]).
///
/// ```
/// use factdiff::align::Veto;
/// assert_ne!(Veto::Measures, Veto::OneMeasure);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Veto {
    /// Stated side by side in one sentence, so not the same quantity.
    OneSentence,
    /// Different measures (but funding and cost of money spent: see
    /// [`block_key`](crate::align::block_key)).
    Measures,
    /// One has a measure, the other none.
    OneMeasure,
    /// No measure, and different contexts.
    Contexts,
    /// A target is not a reported count, nor is a projection, unless of
    /// money (a sum planned or estimated may be one stated).
    Modality,
    /// The figures cannot be compared at all.
    Incomparable(Incomparable),
    /// Different places.
    Places,
    /// Different subjects, or a poll's share whose candidate one side does
    /// not name.
    Subjects,
    /// Time windows that name different times.
    Windows,
    /// The frames count different things or events, different places, or
    /// a part against its whole, or an increment.
    Frames(FrameRelation),
}

/// Why two claims cannot be about the same quantity, if they cannot.
pub(crate) fn veto(a: View<'_>, b: View<'_>) -> Option<Veto> {
    let (ca, cb) = (a.claim, b.claim);
    let (pa, pb) = (a.prep, b.prep);
    if pa.doc == pb.doc && ca.sentence == cb.sentence && ca.id != cb.id {
        return Some(Veto::OneSentence);
    }
    // The frames' relation matters only to claims a measure does not name
    // on both sides (and costs word look-ups): worked out for them alone.
    // Two events of no known class told two ways ("four masked men barged
    // into the flat", "four masked men came in") may meet, to agree
    // only: `one_event` fails for them (see `agree_only`).
    let relation = if pa.measure.is_none() || pb.measure.is_none() {
        frame_relation(a, b)
    } else {
        FrameRelation::Unknown
    };
    let same_thing = relation == FrameRelation::Same && heads_named(&ca.frame, &cb.frame);
    match (pa.measure, pb.measure) {
        // (Measures the block key merges — funding and cost of money
        // spent — are one sum told two ways: see `agree_only`.)
        (Some(x), Some(y)) if x != y && !pa.measures_merged(pb) => {
            return Some(Veto::Measures);
        }
        // A measure on one side only: the frames must name one thing.
        (Some(_), None) | (None, Some(_)) if !same_thing => return Some(Veto::OneMeasure),
        // Claims no measure names meet when their frames name one thing,
        // else only in near-identical sentences.
        (None, None) if !same_thing && !near_identical(a, b) && !one_patient(a, b) => {
            return Some(Veto::Contexts);
        }
        _ => {}
    }
    // An increment against a count ("five more were hurt"): never one
    // quantity, whatever the measure. (A part against its whole may agree:
    // see `agree_only`.)
    if let Some(r) = increment(ca.frame.relation, cb.frame.relation) {
        return Some(Veto::Frames(r));
    }
    // Claims of one measure whose frames name different events or kinds
    // of thing ("shot" and "died", people and buildings) are not one.
    if pa.measure.is_some() && frames_differ(&ca.frame, &cb.frame) {
        return Some(Veto::Frames(FrameRelation::Different));
    }
    // Claims no measure names need frames that say they count one thing.
    if pa.measure.is_none() && !matches!(relation, FrameRelation::Same | FrameRelation::Unknown) {
        return Some(Veto::Frames(relation));
    }
    if pa.key_modality() != pb.key_modality() {
        return Some(Veto::Modality);
    }
    let (qa, qb) = quantities(a, b);
    if let Err(why) = comparable(&qa, &qb) {
        return Some(Veto::Incomparable(why));
    }
    if name_match(&a.prep.place, &b.prep.place) == NameMatch::Different {
        return Some(Veto::Places);
    }
    // (Who pays a sum and what it pays for are both subjects: "the council
    // set aside $48.6 million", "the bridge will cost $49 million".)
    if !pa.measures_merged(pb)
        && name_match(&a.prep.subject, &b.prep.subject) == NameMatch::Different
    {
        return Some(Veto::Subjects);
    }
    // A poll's share is someone's: unless both say whose, two shares may
    // be two candidates' ("Okafor garnered 11 percent", "Tessin (17
    // percent)"), equal or not.
    if (pa.marks.poll || pb.marks.poll) && (pa.subject.is_empty() || pb.subject.is_empty()) {
        return Some(Veto::Subjects);
    }
    let none = TimeWindow::default();
    let (x, y) = (
        a.prep.window.as_deref().unwrap_or(&none),
        b.prep.window.as_deref().unwrap_or(&none),
    );
    if x.clashes(y) {
        return Some(Veto::Windows);
    }
    // Counts of one measure but different things, not people ("16 shell
    // casings", "four bullet holes"); last, as it looks words up.
    if pa.measure.is_some() && things_differ(a, b) {
        return Some(Veto::Frames(FrameRelation::Different));
    }
    None
}

/// Context similarity at or above which two sentences tell one thing in
/// near the same words ("ushers split the crowds up twice before the match,
/// stewards said" and "..., according to the stewards").
const NEAR_IDENTICAL: f64 = 0.75;

/// Whether two claims' sentence contexts are the same or near it.
fn near_identical(a: View<'_>, b: View<'_>) -> bool {
    if a.sentence.context() == b.sentence.context() {
        return true;
    }
    let overlap = context_overlap(a, b);
    overlap.bound() >= NEAR_IDENTICAL && overlap.similarity() >= NEAR_IDENTICAL
}

/// Whether a pair not vetoed may only agree: one names the day of its
/// count and the other no period, one is an earlier account ("police
/// initially said six"), one a sum of several incidents and the other
/// not, one says it includes the perpetrator ("three dead, including the
/// gunman") and the other not, one a running total to a point and the
/// other not, one counts what a defendant faces (counts, a term, a bail:
/// whose goes unread), both count parts of a whole ("one of the
/// victims", "two of the victims": maybe different parts), both describe
/// a person in other words, one of them a word for any member of a body
/// ("a four-term alderman", "a six-term council member": one person or
/// two), or one counts
/// people to whom nothing is said to happen ("two officers"), or the
/// frames say the claims count one thing ("33 Democrats" and "33
/// Democrats voted") but no measure names it on both sides and the frames
/// do not both name the event, so a difference between the figures may be
/// two quantities the words do not tell apart, not an error. Equal
/// figures are evidence of one quantity; different ones are no evidence
/// of a conflict.
pub(crate) fn agree_only(a: View<'_>, b: View<'_>) -> bool {
    told_apart_in_time(a, b) || counted_apart(a, b)
}

/// The `agree_only` rules of when and how a count was told: a day against
/// none, an earlier time, a long span, an earlier account, a sum of
/// incidents, the perpetrator counted, a running total.
fn told_apart_in_time(a: View<'_>, b: View<'_>) -> bool {
    // A sum planned or estimated against one stated ("will invest $850
    // million", "is spending $850 million"): the plan may have changed, or
    // the estimate be no budget.
    if a.prep.modality != b.prep.modality {
        return true;
    }
    // "Five shot early Sunday", "five people were shot": a day named may
    // say when, not how long, or may be a part of a longer count.
    if day_against_none(a.prep, b.prep) {
        return true;
    }
    // A count dated before the story's own time ("killing 12 three years
    // ago", "six weeks before that, a bomber killed 9") against one
    // that is not: maybe another event, told for comparison.
    let earlier = |p: &Prepared| p.window.as_deref().is_some_and(TimeWindow::is_earlier);
    if earlier(a.prep) != earlier(b.prep) {
        return true;
    }
    // A count over a month or more ("at least 60 people were killed in
    // the county in March alone", "more than 750 this year") against a count of
    // no stated time or rate (the story's own event): the longer count
    // may hold many events.
    let long = |p: &Prepared| p.window.as_deref().is_some_and(TimeWindow::spans_months);
    let undated = |p: &Prepared| p.marks.dating == Dating::Undated;
    if long(a.prep) && undated(b.prep) || long(b.prep) && undated(a.prep) {
        return true;
    }
    // An earlier account ("police initially said six") may have been
    // revised since: a difference is news, not an error.
    if a.prep.marks.superseded || b.prep.marks.superseded {
        return true;
    }
    // A sum of several incidents ("1 dead, 5 hurt in 2 shootings")
    // against a count of one: the one may be any of them.
    if a.prep.marks.several_events != b.prep.marks.several_events {
        return true;
    }
    // A count in a roundup of several incidents ("two were hurt in three
    // separate shootings", then each told): it may be any one's.
    if a.prep.marks.among_incidents || b.prep.marks.among_incidents {
        return true;
    }
    // "Three dead, including the gunman" against "the gunman killed two":
    // one count may hold the one who did it and the other not.
    if a.prep.marks.with_perpetrator != b.prep.marks.with_perpetrator {
        return true;
    }
    // A running total to a point ("as of Friday, 34 had died") against a
    // count not so dated: the total may have grown, or hold more than one
    // event.
    (a.prep.marks.dating == Dating::ToDate) != (b.prep.marks.dating == Dating::ToDate)
}

/// The `agree_only` rules of what is counted: what a defendant faces,
/// shots, parts of a whole, money for two purposes, two people described,
/// people to whom nothing happens, heads that may count other people.
fn counted_apart(a: View<'_>, b: View<'_>) -> bool {
    // Funds against a cost ("set aside $12 million for the bridge", "the
    // bridge will cost $49 million"): the funds may pay for part of it.
    if a.prep.measures_merged(b.prep) {
        return true;
    }
    // What one defendant faces ("charged with three counts", "sentenced
    // to 35 years", "a $500,000 bond"): a case may have several, charged
    // and sentenced apart, and whose figure it is goes unread.
    if personal(&a.claim.frame) || personal(&b.claim.frame) {
        return true;
    }
    // Shots are fired by someone, in bursts, and heard or found in part
    // ("Ode fired the first three rounds", "a deputy fired once"; "he
    // heard two shots", "one bullet went through the door", "21 bullet
    // holes"): two counts may be two shooters', two moments' or two
    // findings', unless both count shots fired (a verb says so) by one
    // shooter both name. (Shooters go unnamed or unread often: "Brann
    // fired two shots" and "an officer fired one shot" name none here.)
    let fired = |v: View<'_>| {
        v.claim
            .frame
            .predicate
            .as_ref()
            .is_some_and(|p| p.class == PredicateClass::Fire && p.voice != Voice::Nominal)
    };
    let one_shooter = name_match(&a.prep.subject, &b.prep.subject) == NameMatch::Same;
    if (shots(&a.claim.frame) || shots(&b.claim.frame)) && !(fired(a) && fired(b) && one_shooter) {
        return true;
    }
    // Two parts of one whole ("one of the victims", "two of the
    // victims") may be different parts; a part may be all of its whole.
    if a.claim.frame.relation == Relation::Subset && b.claim.frame.relation == Relation::Subset
        || part_and_whole(a, b)
    {
        return true;
    }
    // A person described on each side, named differently ("a four-term
    // alderman", "a six-term council member"): one person or two.
    if described_people(&a.claim.frame, &b.claim.frame) {
        return true;
    }
    if for_other_ends(a, b) {
        return true;
    }
    // People to whom nothing is said to happen ("two officers", "dozens of
    // officers"): whatever measure their noun gives, the sentence may be
    // about any event.
    let idle = |f: &Frame| f.predicate.is_none() && f.head_class == Some(HeadClass::Person);
    if idle(&a.claim.frame) || idle(&b.claim.frame) {
        return true;
    }
    // A count whose event has a direction ("450 jobs were lost", "the
    // plant will add 1,200 jobs") against one that names no event ("a
    // plant and 1,200 jobs"): the second may count what was gained or
    // what was lost.
    let directed = |f: &Frame| {
        f.predicate
            .as_ref()
            .is_some_and(|p| p.polarity != Polarity::Neutral)
    };
    let eventless = |f: &Frame| f.predicate.is_none();
    if directed(&a.claim.frame) && eventless(&b.claim.frame)
        || directed(&b.claim.frame) && eventless(&a.claim.frame)
    {
        return true;
    }
    match (a.prep.measure, b.prep.measure) {
        // One measure, but heads that may count other people ("two
        // officers" within "five people" or "5 wounded"; "four teens"
        // and "four victims"): equal figures say one group, different
        // ones no error.
        (Some(_), Some(_)) => {
            let (ma, mb) = (a.prep.marks, b.prep.marks);
            let some_people = |m: Marks| m.head == HeadMark::SomePeople;
            // (The word look-ups of `head_relation` last: the marks settle
            // most pairs.)
            ma.count
                && mb.count
                && (some_people(ma) != some_people(mb)
                    || ma.head != HeadMark::None
                        && mb.head != HeadMark::None
                        && head_relation(&a.claim.frame, &b.claim.frame)
                            .is_some_and(|r| r != FrameRelation::Same))
        }
        (None, None) => {
            !one_event(&a.claim.frame, &b.claim.frame)
                && a.sentence.context() != b.sentence.context()
        }
        _ => true,
    }
}

/// Whether two claims count for different ends: money both say is for
/// something, and not the same thing ("$4 billion in funding for the
/// levee", "$1.5 billion in flood defence spending": two sums, or one told
/// two ways); votes a rule needs for two ends, or for one the other does
/// not say ("60 votes to end debate", "the 41 votes necessary to block
/// it": two thresholds).
fn for_other_ends(a: View<'_>, b: View<'_>) -> bool {
    let (x, y) = (&a.claim.frame, &b.claim.frame);
    // (What votes were won for says nothing of a tally: "won 5,000 votes
    // to become mayor".)
    let votes = x.head.as_deref() == Some("vote") || y.head.as_deref() == Some("vote");
    if votes {
        a.claim.modality == Modality::Target && vote_ends_apart(x, y)
    } else {
        purposes_differ(x, y)
    }
}

/// Whether a frame counts what one person faces in a case: counts, a
/// term, a bail ("three counts", "35 years", "$500,000"), not the people
/// charged ("four men were charged").
fn personal(f: &Frame) -> bool {
    let faced = matches!(
        f.predicate_class(),
        Some(PredicateClass::Charge | PredicateClass::Sentence | PredicateClass::Release)
    );
    // "three counts of attempted murder": the counts are charges, whatever
    // the crime named.
    let counts = matches!(f.head.as_deref(), Some("count" | "charge"));
    (faced || counts) && f.head_class != Some(HeadClass::Person)
}

/// Whether a frame counts shots: fired ones, or shots, rounds, bullets,
/// casings and bullet holes.
fn shots(f: &Frame) -> bool {
    f.predicate_class() == Some(PredicateClass::Fire)
        || matches!(
            f.head.as_deref(),
            Some("shot" | "round" | "bullet" | "casing" | "gunshot" | "hole")
        )
}

/// Whether one claim names the day of its count (a window of one day:
/// "five shot early Sunday") and the other no period: no window either
/// ("five people were shot"), or one saying when ("shooting five people
/// at a party in May"; windows that clash are vetoed apart). A rate ("40
/// a day") names no window.
fn day_against_none(a: &Prepared, b: &Prepared) -> bool {
    matches!(
        (a.marks.dating, b.marks.dating),
        (Dating::Day, Dating::Undated | Dating::Window)
            | (Dating::Undated | Dating::Window, Dating::Day)
    )
}

/// The quantities two claims are compared with: their own, but a day
/// that names when a count happened is dropped against a count with no
/// period at all ([`day_against_none`]), so the two may agree (they may
/// only agree: see [`agree_only`]).
pub(crate) fn quantities<'q>(a: View<'q>, b: View<'q>) -> (Cow<'q, Quantity>, Cow<'q, Quantity>) {
    let (qa, qb) = (&a.prep.quantity, &b.prep.quantity);
    if !day_against_none(a.prep, b.prep) {
        return (Cow::Borrowed(qa), Cow::Borrowed(qb));
    }
    let undated = |q: &Quantity| {
        Cow::Owned(Quantity {
            period: None,
            ..q.clone()
        })
    };
    (undated(qa), undated(qb))
}

/// How two stated and different heads stand to each other (same,
/// narrower, broader or different); `None` when a head is missing or both
/// are one word.
fn head_relation(a: &Frame, b: &Frame) -> Option<FrameRelation> {
    match (a.head.as_deref(), b.head.as_deref()) {
        (Some(x), Some(y)) if x != y => Some(heads(x, y).unwrap_or(FrameRelation::Different)),
        _ => None,
    }
}

/// Whether two frames count different things that are not people ("16
/// shell casings", "four bullet holes"): people named differently may be
/// one group ("four teens", "four victims"), so they only ever agree (see
/// [`agree_only`]).
fn things_differ(a: View<'_>, b: View<'_>) -> bool {
    let thing = |v: View<'_>| v.prep.marks.count && v.prep.marks.head == HeadMark::Thing;
    thing(a)
        && thing(b)
        && head_relation(&a.claim.frame, &b.claim.frame) == Some(FrameRelation::Different)
}

/// Whether both frames name the thing they count: a head that is not the
/// event itself ("a 79% increase" names no thing), unless the event is an
/// incident ("three shootings" count shootings).
fn heads_named(a: &Frame, b: &Frame) -> bool {
    let named = |f: &Frame| {
        f.head
            .as_deref()
            .is_some_and(|h| incident_noun(h) || f.predicate.as_ref().is_none_or(|p| p.lemma != h))
    };
    named(a) && named(b)
}

/// Whether two claims count what happened to one named person, with no
/// thing counted ("Ray Fenn was shot twice", "Ray Fenn, 28, shot
/// twice in the leg"): the same subject, a patient of the same verb.
fn one_patient(a: View<'_>, b: View<'_>) -> bool {
    let (fa, fb) = (&a.claim.frame, &b.claim.frame);
    let same_event = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => x.lemma == y.lemma,
        _ => false,
    };
    fa.head.is_none()
        && fb.head.is_none()
        && same_event
        && name_match(&a.prep.subject, &b.prep.subject) == NameMatch::Same
}

/// Whether two frames both name their head and their event, and the
/// events are one: the same predicate lemma, or the same class other than
/// `other`.
fn one_event(a: &Frame, b: &Frame) -> bool {
    let (Some(pa), Some(pb)) = (&a.predicate, &b.predicate) else {
        return false;
    };
    a.head.is_some()
        && b.head.is_some()
        && (pa.lemma == pb.lemma || (pa.class == pb.class && pa.class != PredicateClass::Other))
}

/// Whether two frames both name, and name differently, the event (a
/// known predicate class) or the kind of thing counted (a head class).
fn frames_differ(a: &Frame, b: &Frame) -> bool {
    let event = |f: &Frame| {
        f.predicate
            .as_ref()
            .map(|p| p.class)
            .filter(|c| *c != PredicateClass::Other)
    };
    // An event that befalls one person each ("12 deaths", "five
    // homicides") counts people as the event's verb does ("12 killed").
    // A poll's share counts answers, whoever gave them ("21 percent of
    // voters", "Tessin at 21 percent").
    let kind = |f: &Frame| {
        let poll = f.predicate_class() == Some(PredicateClass::Poll);
        f.head_class
            .map(|c| if poll { HeadClass::Vote } else { c })
            .filter(|c| *c != HeadClass::Other)
            .map(|c| match f.head.as_deref() {
                Some("death" | "fatality" | "homicide" | "killing" | "murder" | "injury") => {
                    HeadClass::Person
                }
                _ => c,
            })
    };
    matches!((event(a), event(b)), (Some(x), Some(y)) if x != y)
        || matches!((kind(a), kind(b)), (Some(x), Some(y)) if x != y)
}

/// How two figures' relations to their wholes keep them apart: a subset
/// against a total is narrower (or broader), an increment against
/// anything else an increment. Shares are compared as shares by kind.
/// Whether one claim counts a part ("two of the victims") and the other
/// a whole ("five killed"). Such a pair may agree (the part may be all of
/// it) but never conflict, and a conflict between groups that hold one of
/// each is not drawn.
pub(crate) fn part_and_whole(a: View<'_>, b: View<'_>) -> bool {
    matches!(
        (a.claim.frame.relation, b.claim.frame.relation),
        (Relation::Subset, Relation::Total) | (Relation::Total, Relation::Subset)
    )
}

/// How two claims' frames stand, as alignment reads them: two events of
/// no known class with different lemmas may meet (see `relate_events`),
/// and two measurements of one physical dimension ("12,400 acres", "about
/// 5,000 hectares") are not set apart by their units, which the figures
/// are compared across. (Not durations: "19 years" and "18 months" are
/// often two spans of one career.)
fn frame_relation(a: View<'_>, b: View<'_>) -> FrameRelation {
    let (qa, qb) = (&a.prep.quantity, &b.prep.quantity);
    if qa.physical() && qa.family == qb.family && qb.physical() {
        relate_measurements(&a.claim.frame, &b.claim.frame, false)
    } else {
        relate_events(&a.claim.frame, &b.claim.frame, false)
    }
}

/// `Some(Increment)` when exactly one of two relations is an increment
/// ("five more were hurt" against "five were hurt").
fn increment(a: Relation, b: Relation) -> Option<FrameRelation> {
    ((a == Relation::Increment) != (b == Relation::Increment)).then_some(FrameRelation::Increment)
}

/// The Fellegi–Sunter log2 weight of the pair's fields other than the
/// context, vetoes aside.
pub(crate) fn weight(a: View<'_>, b: View<'_>, prior: f64) -> f64 {
    let (pa, pb) = (a.prep, b.prep);
    let mut sum = prior;
    if pa.measure.is_some() && pa.measure == pb.measure {
        sum += W_MEASURE;
    } else if ((agree_only(a, b) || one_event(&a.claim.frame, &b.claim.frame))
        && heads_named(&a.claim.frame, &b.claim.frame)
        && frame_relation(a, b) == FrameRelation::Same)
        || one_patient(a, b)
    {
        sum += W_FRAME;
    }
    if purposes_agree(&a.claim.frame, &b.claim.frame) {
        sum += W_PURPOSE;
    }
    if described_alike(&a.claim.frame, &b.claim.frame) == Some(true) {
        sum += W_DESCRIBED;
    } else if described_people(&a.claim.frame, &b.claim.frame) {
        sum += W_DESCRIBED_PEOPLE;
    }
    sum += match (pa.quantity.period, pb.quantity.period) {
        (Some(x), Some(y)) if x == y => W_PERIOD_SAME,
        (Some(_), Some(_)) => W_PERIOD_CONVERTED,
        (None, None) => W_PERIOD_NONE,
        _ => 0.0,
    };
    if let (Some(x), Some(y)) = (&pa.window, &pb.window)
        && x.shares(y)
    {
        sum += W_WINDOW_SHARED;
    }
    sum += match name_match(&pa.place, &pb.place) {
        NameMatch::Same => W_PLACE.0,
        NameMatch::Overlap => W_PLACE.1,
        _ => 0.0,
    };
    sum += match name_match(&pa.subject, &pb.subject) {
        NameMatch::Same => W_SUBJECT.0,
        NameMatch::Overlap => W_SUBJECT.1,
        _ => 0.0,
    };
    sum += match name_match(&pa.attribution, &pb.attribution) {
        NameMatch::Same => W_ATTRIBUTION.0,
        NameMatch::Overlap => W_ATTRIBUTION.1,
        NameMatch::Different => W_ATTRIBUTION.2,
        NameMatch::Unknown => 0.0,
    };
    if pa.modality == pb.modality && pa.modality != Modality::Reported {
        sum += W_MODALITY_RARE;
    }
    sum
}

/// The weight of the context similarity alone.
pub(crate) fn context_weight(a: View<'_>, b: View<'_>) -> f64 {
    band(context_overlap(a, b).similarity())
}

/// The band weight of a context similarity.
pub(crate) fn band(sim: f64) -> f64 {
    W_CONTEXT
        .iter()
        .find(|(at_least, _)| sim >= *at_least)
        .map_or(W_CONTEXT[4].1, |&(_, wt)| wt)
}

/// The overlap of the pair's contexts: its [`bound`](Overlap::bound)
/// gives the most the context can add, so that pairs whose other fields
/// fall short of a threshold by more are rejected before the exact
/// similarity is worked out.
pub(crate) fn context_overlap<'a>(a: View<'a>, b: View<'a>) -> Overlap<'a> {
    Overlap::of_contexts(a.sentence, b.sentence)
}

/// The log2 odds of a probability (the inverse of [`probability`]).
pub(crate) fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).log2()
}

/// The full Fellegi–Sunter weight of a pair, vetoes aside.
pub(crate) fn total_weight(a: View<'_>, b: View<'_>, prior: f64) -> f64 {
    weight(a, b, prior) + context_weight(a, b)
}

/// The match probability of a weight: `1 / (1 + 2^-w)`, in `[0, 1]`.
pub(crate) fn probability(w: f64) -> f64 {
    if w.is_nan() {
        return 0.0;
    }
    (1.0 / (1.0 + (-w).exp2())).clamp(0.0, 1.0)
}

/// The full score of a prepared pair: 0 when vetoed.
pub(crate) fn score(a: View<'_>, b: View<'_>) -> f64 {
    if veto(a, b).is_some() {
        0.0
    } else {
        probability(total_weight(a, b, PRIOR))
    }
}

/// How likely two claims speak of the same quantity, in `[0, 1]`, taken
/// as a pair on their own.
///
/// A Fellegi–Sunter score over the claims' fields: measure, period
/// (same, convertible, unstated), time window, place, subject,
/// attribution, modality, and the similarity of the normalised sentence
/// contexts (lowercased, numbers masked, stopwords dropped, tokens sorted;
/// strsim's normalised Levenshtein and Jaro–Winkler over tokens). The
/// figure values play no part. Inside [`Comparer`](crate::Comparer), the
/// prior odds also fall as a block grows past 16 claims (more candidates,
/// the same few true matches), so large corpora need more evidence.
///
/// The score is 0 when the fields prove the claims differ: two figures in
/// one sentence, different measures (or no measure and different
/// contexts), a target against a reported count, different places,
/// subjects or time windows, or figures that cannot be compared at all
/// (percent against count, a rate against a total of unstated length).
///
/// ```
/// use factdiff::align::score_pair;
/// use factdiff::{Claim, Span};
///
/// let claim = |doc: &str, text: &str, place: &str| {
///     let f = factdiff::figures(text).next().unwrap();
///     let mut c = Claim::new(doc, 0, 0, Span::new(0, text.len()), text, f);
///     c.measure = Some("rescues".into());
///     c.place = Some(place.into());
///     c
/// };
/// let a = claim("tribune", "Divers rescued 14 miners in Alder Gap.", "Alder Gap");
/// let b = claim("ledger", "In Alder Gap, 14 miners were rescued.", "Alder Gap");
/// let c = claim("ledger", "Divers rescued 3 miners in Pine Hollow.", "Pine Hollow");
/// assert!(score_pair(&a, &b) > 0.9);
/// assert_eq!(score_pair(&a, &c), 0.0);
/// ```
pub fn score_pair(a: &Claim, b: &Claim) -> f64 {
    let pair = [a.clone(), b.clone()];
    let features = Features::of(&pair);
    score(features.view(&pair, 0), features.view(&pair, 1))
}

/// Why two claims, taken as a pair on their own, can never be grouped:
/// `None` when nothing sets them apart (their [`score_pair`] then says
/// how likely they are one quantity).
///
/// ```
/// use factdiff::align::{Veto, veto_pair};
/// use factdiff::{Document, claims};
///
/// let claim = |doc: &str, text: &str| claims(&Document::new(doc, text)).next().unwrap();
/// let killed = claim("a", "Five people were killed in Dalvor.");
/// let wounded = claim("b", "Five people were wounded in Dalvor.");
/// assert_eq!(veto_pair(&killed, &wounded), Some(Veto::Measures));
/// assert_eq!(veto_pair(&killed, &claim("c", "Police said five people died in Dalvor.")), None);
/// ```
#[must_use]
pub fn veto_pair(a: &Claim, b: &Claim) -> Option<Veto> {
    let pair = [a.clone(), b.clone()];
    let features = Features::of(&pair);
    veto(features.view(&pair, 0), features.view(&pair, 1))
}
