//! Claim extraction: from a document's figures to claims with context.
//!
//! Each figure is read against its sentence's tokens. The fields come from
//! the syntax around the figure, nearest first, never from a stray word
//! elsewhere in the sentence:
//!
//! - **measure**: the noun the figure quantifies ("7,300 arrests", "double
//!   the state's police force"), the verb it depends on ("arrested 50",
//!   "1,240 residents were evacuated", "12 inmates died in custody" — the
//!   verb is nearer than "in custody"), the object a multiplier applies to
//!   ("triple its workforce", "triple what agents were arresting", "has
//!   6,000 agents but wants to double that"), a group the figure is part of
//!   ("arrests of gang members, including 50"), the figure it stands in
//!   apposition to ("3.5%, down from 9%"), or — for a bare figure ("409,000
//!   is a stretch") — the quantity the previous sentence introduced. A
//!   participle after a determiner is an adjective ("the flooded
//!   basement"), and a verb after "and" heads another predicate ("left
//!   5,000 homeless and killed 3").
//! - **period**: a rate ("a day", "per week", "annually"; not "a year ago")
//!   or a window of a given length ("in the first week", "on Saturday", "in
//!   2025"), also fronted before the clause ("Each week, ...").
//! - **window**: the window's words ("since Jan. 20", "in the first 100
//!   days", "By the end of the year").
//! - **modality**: the nearest target cue ("goal", "plans to", "wants",
//!   "demanded", "quota", "calls for") or projection cue ("could",
//!   "expected", "will") in the figure's clause, not across "but"; a modal
//!   after the figure's noun phrase ("2,000 workers could lose"); negation
//!   ("did not", "denied") is kept as a flag.
//! - **attribution**: "according to X", a speaker next to a verb of saying
//!   ("Homan said", "said Tom Homan", "the administration reported", "the
//!   coroner's deputy wrote"), past a parenthesis ("The chief, who took
//!   office in May, said"), a pronoun resolved to the last named speaker.
//! - **place**: "in/across/throughout" + a proper name (with "downtown",
//!   "northern" ...), or "nationwide", also fronted ("In Chicago, ...").
//! - **subject**: a clause-initial organisation name or acronym.
//!
//! A relative clause set off by commas is not part of the clause after it:
//! in "The chief, who took office in May, said officers made 120 arrests",
//! "in May" is not the window of 120, nor "May" a modal.

use crate::claim::attribution::{by_strength, names_a_speaker, source_for, sources};
use crate::claim::cues::{self, Cue};
use crate::claim::frame::{Frame, HeadClass, PredicateClass, Relation, Voice};
use crate::claim::lexicon::{Lexicon, Role};
use crate::claim::measure::Evidence;
use crate::claim::reader::{Reader, token_range};
use crate::claim::scope::scope;
use crate::claim::{Baseline, Claim, Modality};
use crate::figure::{Figure, FigureKind, figures};
use crate::text::{Pos, Token, tokenize};
use crate::{Document, Segmenter};

/// Turns documents into claims with a [`Lexicon`].
///
/// ```
/// use factdiff::{ClaimExtractor, Document, Lexicon, Modality, Period};
///
/// let extractor = ClaimExtractor::new(Lexicon::default());
/// let doc = Document::new("wire", "Officials want 500 hires a month, the mayor said.");
/// let claims = extractor.extract(&doc);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].measure.as_deref(), Some("workforce"));
/// assert_eq!(claims[0].period, Some(Period::Month));
/// assert_eq!(claims[0].modality, Modality::Target);
/// assert_eq!(claims[0].attribution.as_deref(), Some("the mayor"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClaimExtractor {
    lexicon: Lexicon,
    segmenter: Segmenter,
}

/// How many tokens on each side of a figure the claim rules may read: far
/// more than any rule reaches in news prose (a clause, a speaker, a cue),
/// and a bound on the work per figure.
const READ_WINDOW: usize = 64;

/// Extracts the claims of a document with the default lexicon.
///
/// ```
/// use factdiff::{Document, claims};
///
/// let doc = Document::new("gazette", "Police arrested 42 people in Dunmore on Friday.");
/// let found = claims(&doc);
/// assert_eq!(found[0].id, "gazette#0");
/// assert_eq!(found[0].measure.as_deref(), Some("arrests"));
/// assert_eq!(found[0].place.as_deref(), Some("Dunmore"));
/// assert_eq!(found[0].period, Some(factdiff::Period::Day));
/// ```
#[must_use]
pub fn claims(doc: &Document) -> Vec<Claim> {
    ClaimExtractor::default().extract(doc)
}

/// What the previous sentence introduced, for a bare figure that refers
/// back to it ("The agency has ambitious deportation goals. 409,000 is a
/// stretch.").
#[derive(Clone, Copy, Debug, Default)]
struct Topic {
    measure: Option<usize>,
    target: bool,
}

impl ClaimExtractor {
    /// An extractor using `lexicon` and the default sentence splitter.
    ///
    /// ```
    /// let extractor = factdiff::ClaimExtractor::new(factdiff::Lexicon::default());
    /// assert!(extractor.lexicon().measure("arrests").is_some());
    /// ```
    #[must_use]
    pub fn new(lexicon: Lexicon) -> ClaimExtractor {
        ClaimExtractor {
            lexicon,
            segmenter: Segmenter::new(),
        }
    }

    /// The same extractor with another sentence splitter.
    ///
    /// ```
    /// use factdiff::{ClaimExtractor, NewlinePolicy, Segmenter};
    /// let seg = Segmenter::builder().newlines(NewlinePolicy::Break).build();
    /// let extractor = ClaimExtractor::default().with_segmenter(seg);
    /// ```
    #[must_use]
    pub fn with_segmenter(mut self, segmenter: Segmenter) -> ClaimExtractor {
        self.segmenter = segmenter;
        self
    }

    /// The lexicon in use.
    ///
    /// ```
    /// assert!(factdiff::ClaimExtractor::default().lexicon().measures().count() > 10);
    /// ```
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Extracts every claim of `doc`, in document order, with ids
    /// `"{doc.id}#0"`, `"{doc.id}#1"`, ...
    ///
    /// ```
    /// use factdiff::{ClaimExtractor, Document};
    /// let doc = Document::new("d", "Rain fell. Crews cleared 12 roads.");
    /// let claims = ClaimExtractor::default().extract(&doc);
    /// assert_eq!(claims.len(), 1);
    /// assert_eq!(claims[0].sentence, 1);
    /// assert_eq!(&doc.text[claims[0].figure.span], "12");
    /// ```
    #[must_use]
    #[allow(clippy::too_many_lines)] // one pass over the sentences, one step per field
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut previous: Option<&str> = None;
        let mut recent_places: Vec<String> = Vec::new();
        let mut last_speaker: Option<String> = None;
        for (index, sentence) in self.segmenter.sentences(&doc.text).enumerate() {
            let found: Vec<Figure> = figures(sentence.text).collect();
            if found.is_empty() {
                // Most sentences hold no figure: read them only for what a
                // later sentence may refer back to.
                previous = Some(sentence.text);
                recent_places = if cues::PLACE_NOUNS.iter().any(|n| sentence.text.contains(n)) {
                    let tokens = tokenize(sentence.text);
                    let reader = Reader {
                        lexicon: &self.lexicon,
                        tokens: &tokens,
                        text: sentence.text,
                    };
                    reader.named_places()
                } else {
                    Vec::new()
                };
                if names_a_speaker(sentence.text) {
                    let tokens = tokenize(sentence.text);
                    if let Some(speaker) = sources(&tokens, sentence.text, None).into_iter().next()
                    {
                        last_speaker = Some(speaker.name);
                    }
                }
                continue;
            }
            let topic = previous
                .take()
                .map(|p| self.topic(&tokenize(p)))
                .unwrap_or_default();
            let tokens = tokenize(sentence.text);
            let named = by_strength(sources(&tokens, sentence.text, last_speaker.as_deref()));
            let first_new = out.len();
            let mut ranges = Vec::with_capacity(found.len());
            for (k, figure) in found.iter().enumerate() {
                // The rules read the figure's neighbourhood, never the whole
                // sentence: work per figure is bounded however many figures
                // the sentence holds.
                let (a, b) = token_range(&tokens, figure.span);
                let lo = a.saturating_sub(READ_WINDOW);
                let window = &tokens[lo..(b + READ_WINDOW).min(tokens.len())];
                let reader = Reader {
                    lexicon: &self.lexicon,
                    tokens: window,
                    text: sentence.text,
                };
                let range = (a - lo, b - lo);
                ranges.push((a, b));
                // The previous figure, when the window holds it.
                let prev = k
                    .checked_sub(1)
                    .map(|p| found[p].span)
                    .filter(|p| window.first().is_some_and(|t| t.span().start <= p.start));
                let mut claim = Claim::new(
                    &doc.id,
                    out.len(),
                    index,
                    sentence.span,
                    sentence.text,
                    Figure {
                        span: figure.span.offset(sentence.span.start),
                        ..figure.clone()
                    },
                );
                let mut frame = reader.frame(figure, range);
                // "Five people were killed, including three children": a
                // part takes the event of the whole it is part of.
                let inherited =
                    (frame.relation == Relation::Subset && frame.predicate.is_none() && k > 0)
                        .then(|| out.get(first_new + k - 1))
                        .flatten()
                        .and_then(|prev: &Claim| {
                            let p = prev.frame.predicate.clone()?;
                            Some((p, prev.frame.spans.predicate))
                        });
                if let Some((p, _)) = &inherited {
                    frame.predicate = Some(p.clone());
                }
                let mut measure = self.measure(&reader, figure, range, &frame);
                // When the frame has said what the figure counts, a
                // neighbour's measure does not stand in for it.
                let open = !decides(&frame);
                let appositive = prev.is_some_and(|p| reader.appositive(p, range));
                // "has 6,000 agents but wants to double that": the
                // multiplier's object is the figure before it.
                let inherits = appositive || (k > 0 && reader.anaphor(figure, range));
                if open && measure.is_none() && inherits {
                    measure = out[first_new + k - 1..]
                        .first()
                        .and_then(|c: &Claim| c.measure.clone())
                        .and_then(|id| self.lexicon.measures().position(|m| m.id == id));
                }
                let (cue, negated) = reader.modality(range);
                let bare = open && measure.is_none() && reader.bare(range);
                if bare && topic.measure.is_some() && k == 0 {
                    measure = topic.measure;
                }
                claim.measure = measure.map(|m| self.lexicon.id(m).to_string());
                claim.modality = match cue {
                    Some(Cue::Target) => Modality::Target,
                    Some(Cue::Projection) => Modality::Projection,
                    _ if bare && topic.target && k == 0 => Modality::Target,
                    _ => Modality::Reported,
                };
                claim.negated = negated;
                let ((period, window), rate) = reader.timing(range);
                // A stock (a level, a running total) is measured at a time:
                // "crested early Sunday", "43 cases on Tuesday" name when,
                // not a period the figure counts over.
                let stock = measure.is_some_and(|m| self.lexicon.is_stock(m));
                // A tally is a result, not a count over a period: "passed
                // 221-204 on Friday" says when.
                claim.period = if stock && !rate || figure.kind == FigureKind::Tally {
                    None
                } else {
                    period
                };
                claim.window = window;
                let scope = scope(&reader, range, &recent_places);
                frame.place.clone_from(&scope.place);
                frame.spans.place = scope.place_span;
                frame.spans = frame.spans.offset(sentence.span.start);
                if let Some((_, span)) = inherited {
                    frame.spans.predicate = span;
                }
                claim.frame = Box::new(frame);
                (claim.place, claim.subject) = (scope.place, scope.subject);
                claim.attribution = source_for(&named, (a, b)).or_else(|| claim.subject.clone());
                if appositive && figure.kind == FigureKind::Multiplier {
                    claim.baseline = baseline(
                        &found[k - 1],
                        figure,
                        &out[first_new + k - 1],
                        sentence.span.start,
                    );
                }
                if appositive && claim.period.is_none() && figure.kind != FigureKind::Multiplier {
                    // "84,000 riders a day, down from 91,000": the same rate.
                    claim.period = out[first_new + k - 1].period;
                }
                out.push(claim);
            }
            drop_lists(&mut out, first_new, &ranges, &doc.id);
            if let Some(speaker) = named
                .into_iter()
                .find(|s| s.strength == cues::Source::Saying)
            {
                last_speaker = Some(speaker.name);
            }
        }
        if doc.story.is_some() {
            for claim in &mut out {
                claim.story.clone_from(&doc.story);
            }
        }
        out
    }

    /// The measure of the figure at tokens `range`: the one the lexicon
    /// names for its frame, else the one the measure rules find — unless
    /// the frame overrules them (see [`overrules`]).
    fn measure(
        &self,
        reader: &Reader<'_, '_>,
        figure: &Figure,
        range: (usize, usize),
        frame: &Frame,
    ) -> Option<usize> {
        self.lexicon.classify_index(frame, figure.kind).or_else(|| {
            reader
                .measure(figure, range)
                .filter(|&(_, evidence)| !overrules(frame, evidence))
                .map(|(m, _)| m)
        })
    }

    /// The quantity a sentence without figures introduces: its measure noun
    /// and whether it speaks of goals.
    fn topic(&self, tokens: &[Token<'_>]) -> Topic {
        let mut topic = Topic::default();
        for t in tokens.iter().filter(|t| t.is_word()) {
            if topic.measure.is_none() && self.lexicon.may_match(t.lower()) {
                topic.measure = self
                    .lexicon
                    .lookup(t.lemma(Pos::Noun), FigureKind::Count)
                    .find(|e| e.role == Role::Noun)
                    .map(|e| e.measure);
            }
            if cues::modality_cue(t) == Some(Cue::Target) {
                topic.target = true;
            }
        }
        topic
    }
}

/// How many bare numbers in a row make a list (see [`drop_lists`]).
const LIST_MIN: usize = 4;

/// How many tokens may part two numbers of a list: "4, 8, 15", "1 and 2",
/// "12 more and 12 more".
const LIST_GAP: usize = 3;

/// Whether the rules read nothing of what the claim's figure counts: a
/// plain count with no measure, head, predicate or unit.
fn bare_number(c: &Claim) -> bool {
    c.figure.kind == FigureKind::Count
        && c.figure.unit.is_none()
        && c.measure.is_none()
        && c.frame.head.is_none()
        && c.frame.predicate.is_none()
}

/// Takes out of the sentence's claims (`out[first..]`, at tokens `ranges`)
/// every run of at least [`LIST_MIN`] bare numbers each at most
/// [`LIST_GAP`] tokens from the next — a list of numbers (a draw, a table
/// row, scores, a jumble), not claims about a quantity — and renumbers the
/// claims after them. It also bounds what a run of figures with no words
/// between them costs downstream.
fn drop_lists(out: &mut Vec<Claim>, first: usize, ranges: &[(usize, usize)], doc: &str) {
    let n = out.len() - first;
    let mut keep = vec![true; n];
    let mut run_start = 0;
    for k in 0..=n {
        let continues = k < n
            && bare_number(&out[first + k])
            && (k == run_start || ranges[k].0.saturating_sub(ranges[k - 1].1) <= LIST_GAP);
        if continues {
            continue;
        }
        if k - run_start >= LIST_MIN {
            keep[run_start..k].fill(false);
        }
        run_start = if k < n && bare_number(&out[first + k]) {
            k
        } else {
            k + 1
        };
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut k = 0;
    out.retain(|_| {
        let i = k;
        k += 1;
        i < first || keep[i - first]
    });
    for (j, c) in out.iter_mut().enumerate().skip(first) {
        c.id = format!("{doc}#{j}");
    }
}

/// Whether a frame has said what its figure counts, so that no rule or
/// neighbour supplies another measure: a duration ("a six-hour standoff"
/// counts hours, never people), or a verb whose class names the event ("six
/// people were shot" counts people shot, never vaccine doses).
fn decides(frame: &Frame) -> bool {
    frame.head_class == Some(HeadClass::Time)
        || frame.predicate.as_ref().is_some_and(|p| {
            p.voice != Voice::Nominal
                && !matches!(p.class, PredicateClass::Other | PredicateClass::Change)
        })
}

/// Whether the frame overrules a measure the rules found by `evidence`:
/// when it [`decides`], and for a people word's default measure when
/// something happened to the people ("14 state troopers were sent" is no
/// workforce count).
fn overrules(frame: &Frame, evidence: Evidence) -> bool {
    decides(frame)
        || evidence == Evidence::People
            && frame
                .predicate
                .as_ref()
                .is_some_and(|p| p.voice != Voice::Nominal)
}

/// The baseline a multiplier implies when it stands in apposition to a
/// stated figure: "3,000 a day — triple what ..." gives 1,000 a day.
fn baseline(
    stated: &Figure,
    multiplier: &Figure,
    stated_claim: &Claim,
    offset: usize,
) -> Option<Baseline> {
    let factor = multiplier.value.filter(|f| *f > 0.0)?;
    let value = stated.value? / factor;
    Some(Baseline {
        value,
        period: stated_claim.period,
        from: stated.span.offset(offset),
    })
}
