//! Per-claim features computed once before pairing: the comparable
//! quantity, normalised names and window, and the sentence's token keys
//! (shared by the claims of one sentence).

use rayon::prelude::*;

use crate::FigureKind;
use crate::align::judge::{Family, Quantity};
use crate::align::normalize::{self, Scratch, SentenceKeys};
use crate::claim::{
    Claim, HeadClass, Modality, Period, PredicateClass, Relation, TimeWindow, money_spent,
    subgroup_head,
};
use crate::hash::FastMap;

/// What scoring needs of one sentence: its context key, its words in
/// order (for syndication) and their bag (see [`SentenceKeys`]).
pub(crate) type SentenceFeatures = SentenceKeys;

/// What scoring and judging need of one claim.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// The document id, interned (equal ids, equal numbers).
    pub doc: u32,
    /// The story id, interned by rank (stories sort as their ids do).
    pub story: Option<u32>,
    /// The measure id, interned by rank.
    pub measure: Option<u32>,
    /// The measure the claim is blocked by ([`key_measure`]), interned by
    /// rank.
    pub key_measure: Option<u32>,
    pub quantity: Quantity,
    pub modality: Modality,
    /// Index of the claim's sentence in [`Features::sentences`].
    pub sentence: usize,
    /// The claim's place among the claims that share its context (0 for
    /// the first): its sentence's claims, unless the sentence is longer
    /// than a context and each claim has its own.
    pub ordinal: usize,
    pub place: Box<[u32]>,
    pub subject: Box<[u32]>,
    pub attribution: Box<[u32]>,
    pub window: Option<Box<TimeWindow>>,
    /// What the pair rules ask of every pair, read once.
    pub marks: Marks,
}

/// Facts of one claim the pair rules of scoring ask of every pair, read
/// once from the claim (and its boxed frame) so that a pair costs no
/// pointer chase.
#[derive(Clone, Copy, Debug, Default)]
#[allow(clippy::struct_excessive_bools)] // independent facts of a claim
pub(crate) struct Marks {
    /// A poll's share ([`PredicateClass::Poll`]).
    pub poll: bool,
    /// How the claim dates its count.
    pub dating: Dating,
    /// The figure is a count ([`FigureKind::Count`](crate::FigureKind)),
    /// whose head names what is counted.
    pub count: bool,
    /// What its frame's head says.
    pub head: HeadMark,
    /// An earlier account ([`Claim::superseded`]), or a count its document
    /// goes on to add to (see `before_more`).
    pub superseded: bool,
    /// A sum of several incidents ([`Claim::several_events`]).
    pub several_events: bool,
    /// One of several incidents its document tells
    /// ([`Claim::among_incidents`]).
    pub among_incidents: bool,
    /// A count that includes the perpetrator ([`Claim::with_perpetrator`]).
    pub with_perpetrator: bool,
}

/// What a claim's head is, as far as the pair rules care.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum HeadMark {
    /// No head.
    #[default]
    None,
    /// Some kind of people ("teens", "officers": [`subgroup_head`]).
    SomePeople,
    /// People as such, or others of no kind the rules name ("people",
    /// "victims", "immigrants").
    People,
    /// A thing that is not people.
    Thing,
}

/// How a claim dates its count, as far as the pair rules care.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Dating {
    /// It names its day: a one-day period with a window naming a day
    /// ("five shot early Sunday"), not a point a rate runs from.
    Day,
    /// Neither a period nor a window.
    #[default]
    Undated,
    /// A window but no period, not a point a count runs from ("in May",
    /// "last week"): when, not how long.
    Window,
    /// A count to a point, no period ("as of Friday, 34 had died", "40
    /// arrests since Monday"): a running total.
    ToDate,
    /// Any other period or window (a rate, a week, "since January").
    Other,
}

impl Marks {
    /// What the count says it holds besides one event's victims: the
    /// perpetrator ("three dead, including the gunman"), several
    /// incidents ("in two shootings"). Counts that differ in it are no
    /// repeats of each other, and keep their groups apart in conflicts.
    pub(crate) fn holds(self) -> (bool, bool) {
        (self.with_perpetrator, self.several_events)
    }

    /// The marks of claim `c`.
    fn of(c: &Claim) -> Marks {
        let window = c.stated_window();
        // A day named when ("on Sunday", "early Sunday"), not a point a
        // rate runs from or a count runs to ("600 a day since Monday", "as
        // of Friday").
        let point = window.is_some_and(TimeWindow::is_bound);
        let one_day = window.is_some_and(TimeWindow::names_a_day) && !point;
        let dating = match (c.period, window.is_some()) {
            (Some(Period::Day), true) if one_day => Dating::Day,
            (None, false) => Dating::Undated,
            (None, true) if !point => Dating::Window,
            (None, true) => Dating::ToDate,
            _ => Dating::Other,
        };
        let f = &c.frame;
        let head = match f.head.as_deref() {
            None => HeadMark::None,
            Some(h) if subgroup_head(h) => HeadMark::SomePeople,
            Some(_) if f.head_class == Some(HeadClass::Person) => HeadMark::People,
            Some(_) => HeadMark::Thing,
        };
        Marks {
            poll: f.predicate_class() == Some(PredicateClass::Poll),
            dating,
            superseded: c.superseded,
            several_events: c.several_events,
            among_incidents: c.among_incidents,
            with_perpetrator: c.with_perpetrator,
            count: c.figure.kind == FigureKind::Count,
            head,
        }
    }
}

/// Features of a claim slice, index for index.
#[derive(Debug)]
pub(crate) struct Features {
    pub claims: Vec<Prepared>,
    pub sentences: Vec<SentenceFeatures>,
}

/// One claim with its features, as the scorer sees it.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub claim: &'a Claim,
    pub prep: &'a Prepared,
    pub sentence: &'a SentenceFeatures,
}

impl Features {
    /// Computes the features of `claims` (in parallel). Claims of one
    /// sentence that are adjacent share its token keys.
    pub(crate) fn of(claims: &[Claim]) -> Features {
        // Threads only pay off past a few hundred claims.
        let par = claims.len() >= 512;
        // Runs of claims from the same document, and from the same
        // sentence of the same document, in one pass.
        let (doc_starts, starts) = run_starts(claims, par);
        let sentence_of = run_of(&starts, claims.len());
        // Interned document ids (equal ids, equal numbers): scoring
        // compares numbers. Claims come sorted by document: one lookup per
        // run of a document.
        let mut ids: FastMap<&str, u32> = FastMap::default();
        let run_ids: Vec<u32> = doc_starts
            .iter()
            .map(|&h| {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                *ids.entry(claims[h].doc.as_str()).or_insert(next)
            })
            .collect();
        let doc_of = run_of(&doc_starts, claims.len());
        // Measure ids are their ranks among the measures, so that they
        // sort as the names do (blocks are ordered by measure).
        let rank = ranks(claims, par, |c| c.measure.as_deref());
        let key_rank = ranks(claims, par, key_measure);
        let story_rank = ranks(claims, par, |c| c.story.as_deref());
        let claim = |scratch: &mut Scratch, i: usize| {
            let c = &claims[i];
            let mut p = prepare(c, sentence_of[i], scratch);
            p.ordinal = i - starts[sentence_of[i]];
            p.doc = run_ids.get(doc_of[i]).copied().unwrap_or(0);
            p.measure = c.measure.as_deref().and_then(|m| rank.get(m).copied());
            p.key_measure = key_measure(c).and_then(|m| key_rank.get(m).copied());
            p.story = c.story.as_deref().and_then(|m| story_rank.get(m).copied());
            p
        };
        let sentence = |scratch: &mut Scratch, &i: &usize| {
            normalize::sentence_keys(&claims[i].context, scratch)
        };
        let (sentences, prepared): (Vec<SentenceFeatures>, Vec<Prepared>) = if par {
            (
                starts
                    .par_iter()
                    .map_init(Scratch::default, sentence)
                    .collect(),
                (0..claims.len())
                    .into_par_iter()
                    .map_init(Scratch::default, claim)
                    .collect(),
            )
        } else {
            let mut scratch = Scratch::default();
            (
                starts.iter().map(|i| sentence(&mut scratch, i)).collect(),
                (0..claims.len()).map(|i| claim(&mut scratch, i)).collect(),
            )
        };
        let mut prepared = prepared;
        before_more(claims, &doc_starts, &mut prepared);
        Features {
            claims: prepared,
            sentences,
        }
    }

    pub(crate) fn view<'a>(&'a self, claims: &'a [Claim], i: usize) -> View<'a> {
        let prep = &self.claims[i];
        View {
            claim: &claims[i],
            prep,
            sentence: &self.sentences[prep.sentence],
        }
    }
}

/// The block key's name for money the lexicon derives from spending
/// (funding, cost: "set aside $48.6 million for the bridge", "the bridge
/// is expected to cost $49 million"): one sum, told by who pays it or by
/// what it pays for.
pub(crate) const SPENT: &str = "spent";

/// The measure a claim is blocked by: [`SPENT`] for money of a measure
/// the lexicon derives from spending, else the claim's measure. (A
/// function of the measure and kind alone: claims of one measure are
/// never blocked apart.)
pub(crate) fn key_measure(c: &Claim) -> Option<&str> {
    let measure = c.measure.as_deref()?;
    let spent = c.figure.kind == FigureKind::Money && money_spent(measure);
    Some(if spent { SPENT } else { measure })
}

impl Prepared {
    /// The modality a claim is blocked by: a sum planned or estimated
    /// ("will invest $850 million", "is expected to cost $49 million") is
    /// blocked with sums stated, as it may be one of them (equal ones
    /// agree; different ones are no error: see `agree_only`); goals and
    /// demands stay apart.
    pub(crate) fn key_modality(&self) -> Modality {
        match self.modality {
            Modality::Projection if self.quantity.family == Family::Money => Modality::Reported,
            m => m,
        }
    }

    /// Whether two claims have different measures that the block key
    /// merges (funding and cost of money spent: see [`key_measure`]): one
    /// sum told by who pays it and by what it pays for.
    pub(crate) fn measures_merged(&self, other: &Prepared) -> bool {
        self.measure != other.measure
            && self.key_measure.is_some()
            && self.key_measure == other.key_measure
    }
}

/// Marks as told before more came ([`Marks::superseded`]) each count of a
/// measure that its own document goes on to add to ("The first crash hurt
/// five people. ... Five more were hurt later"): a count up to a point,
/// which may agree with a final count but is no error against it. Only
/// an increment of the count's own block (measure, family and modality)
/// counts, so that a corpus aligned block by block marks the same counts.
fn before_more(claims: &[Claim], doc_starts: &[usize], prepared: &mut [Prepared]) {
    let ends = doc_starts.iter().skip(1).copied().chain([claims.len()]);
    // Where the last sentence adding to each block of one document starts,
    // by measure, modality and family: one entry a block, so a document of
    // many increments costs no more per count than the blocks it has.
    let mut last: Vec<(&str, Modality, Family, usize)> = Vec::new();
    // Whether an entry is of the block of measure `m` and claim `p`.
    let of_block = |(lm, lmod, lf, _): &(&str, Modality, Family, usize), m: &str, p: &Prepared| {
        *lm == m && *lmod == p.modality && *lf == p.quantity.family
    };
    for (start, end) in doc_starts.iter().copied().zip(ends) {
        last.clear();
        for (c, p) in claims[start..end].iter().zip(&prepared[start..end]) {
            let (Relation::Increment, Some(m)) = (c.frame.relation, c.measure.as_deref()) else {
                continue;
            };
            let at = c.sentence_span.start;
            match last.iter_mut().find(|e| of_block(e, m, p)) {
                Some(entry) => entry.3 = entry.3.max(at),
                None => last.push((m, p.modality, p.quantity.family.clone(), at)),
            }
        }
        if last.is_empty() {
            continue;
        }
        for (c, p) in claims[start..end].iter().zip(&mut prepared[start..end]) {
            let Some(m) = c
                .measure
                .as_deref()
                .filter(|_| c.frame.relation == Relation::Total)
            else {
                continue;
            };
            let later = last
                .iter()
                .any(|e| of_block(e, m, p) && c.sentence_span.end <= e.3);
            if later {
                p.marks.superseded = true;
            }
        }
    }
}

/// The rank of each distinct value of a field of `claims` among them all,
/// so that ranks sort as the values do.
fn ranks<'c>(
    claims: &'c [Claim],
    par: bool,
    field: fn(&Claim) -> Option<&str>,
) -> FastMap<&'c str, u32> {
    let distinct = |chunk: &'c [Claim]| -> Vec<&'c str> {
        let mut names: Vec<&str> = chunk.iter().filter_map(field).collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    let mut names: Vec<&str> = if par {
        claims
            .par_chunks(4096)
            .map(distinct)
            .reduce(Vec::new, |mut a, b| {
                a.extend(b);
                a
            })
    } else {
        distinct(claims)
    };
    names.sort_unstable();
    names.dedup();
    names
        .iter()
        .enumerate()
        .map(|(r, m)| (*m, u32::try_from(r).unwrap_or(u32::MAX)))
        .collect()
}

/// Where runs of claims start: of one document, and of one sentence of
/// one document.
fn run_starts(claims: &[Claim], par: bool) -> (Vec<usize>, Vec<usize>) {
    // (starts a document's run, starts a sentence's run)
    let starts = |i: usize| match i.checked_sub(1).map(|p| (&claims[p], &claims[i])) {
        Some((p, c)) if p.doc == c.doc => (
            false,
            !(p.sentence == c.sentence
                && p.context_span == c.context_span
                && p.context == c.context),
        ),
        _ => (true, true),
    };
    let flags: Vec<(bool, bool)> = if par {
        (0..claims.len()).into_par_iter().map(starts).collect()
    } else {
        (0..claims.len()).map(starts).collect()
    };
    let which = |pick: fn(&(bool, bool)) -> bool| -> Vec<usize> {
        flags
            .iter()
            .enumerate()
            .filter(|(_, f)| pick(f))
            .map(|(i, _)| i)
            .collect()
    };
    (which(|f| f.0), which(|f| f.1))
}

/// For each of `0..n`, the run it belongs to, given the runs' starts.
fn run_of(starts: &[usize], n: usize) -> Vec<usize> {
    let mut of = Vec::with_capacity(n);
    for (r, &s) in starts.iter().enumerate() {
        let end = starts.get(r + 1).copied().unwrap_or(n);
        of.extend(std::iter::repeat_n(r, end.saturating_sub(s)));
    }
    of
}

fn prepare(c: &Claim, sentence: usize, scratch: &mut Scratch) -> Prepared {
    let quantity = Quantity::of(c);
    let modality = quantity.modality(c);
    let marks = Marks::of(c);
    Prepared {
        doc: 0,
        story: None,
        measure: None,
        key_measure: None,
        quantity,
        modality,
        sentence,
        ordinal: 0,
        place: normalize::name_tokens(c.place.as_deref(), scratch),
        subject: normalize::name_tokens(c.subject.as_deref(), scratch),
        attribution: normalize::name_tokens(c.attribution.as_deref(), scratch),
        window: c.when.as_ref().filter(|w| !w.is_empty()).cloned(),
        marks,
    }
}
