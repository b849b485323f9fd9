//! Claim extraction: from a document's figures to claims with context.
//!
//! Each figure is read against its sentence's tokens, at most 64 of them
//! on either side. The fields come from the syntax around the figure,
//! nearest first, never from a stray word elsewhere in the sentence:
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
//!   ("Brenner said", "said Tal Brenner", "the administration reported", "the
//!   coroner's deputy wrote"), past a parenthesis ("The chief, who took
//!   office in May, said"), a pronoun resolved to the last named speaker.
//! - **place**: "in/across/throughout" + a proper name (with "downtown",
//!   "northern" ...), or "nationwide", also fronted ("In Chicago, ...").
//! - **subject**: a clause-initial organisation name or acronym.
//!
//! A relative clause set off by commas is not part of the clause after it:
//! in "The chief, who took office in May, said officers made 120 arrests",
//! "in May" is not the window of 120, nor "May" a modal.
//!
//! A headline says less than its lead: a headline figure that the next
//! sentences repeat (same value, unit and head noun) takes the measure and
//! modality of the repeat when it has no measure of its own ("picks Vell
//! for $40 million pier", then "will spend $40 million on the pier").

use std::sync::OnceLock;

use crate::claim::attribution::{Source, by_strength, source_for, sources};
use crate::claim::context;
use crate::claim::cues::{self, Cue, SentenceCues};
use crate::claim::frame::{
    Frame, HeadClass, Predicate, PredicateClass, Relation, Voice, incident_noun, poll_share, turned,
};
use crate::claim::lexicon::{Lexicon, Role};
use crate::claim::measure::Evidence;
use crate::claim::reader::{Reader, clause_breaks, dates_figure, title_case, token_range};
use crate::claim::scope::scope;
use crate::claim::sentence_claims::{drop_lists, split_wholes};
use crate::claim::stream::Claims;
use crate::claim::when::{self, TimeWindow};
use crate::claim::{Baseline, Claim, Modality, Period};
use crate::figure::{Figure, FigureKind};
use crate::text::{Pos, Token, tokenize};
use crate::{Document, Segmenter, Sentence, Span};

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

/// What earlier sentences leave for later ones: the last sentence without
/// figures (a bare figure may refer to its topic), the places it named,
/// the last named speaker ("he said").
#[derive(Default)]
pub(super) struct Memory<'d> {
    previous: Option<Previous<'d>>,
    recent_places: Vec<String>,
    last_speaker: Option<String>,
    /// Sentences since one named a poll or gave a poll's share.
    since_poll: Option<u8>,
}

/// The last sentence without figures, with its tokens when reading it for
/// places or a speaker took them: a sentence with figures after it reads
/// its topic from them.
struct Previous<'d> {
    text: &'d str,
    tokens: Option<Vec<Token<'d>>>,
}

/// How many sentences after one naming a poll a bare share is still the
/// poll's ("In the poll, Tessin leads with 21 percent. Hadley earned 10
/// percent.").
const POLL_REACH: u8 = 2;

impl Memory<'_> {
    /// Whether a share of the sentence read now is a poll's.
    fn poll_near(&self, here: bool) -> bool {
        here || self.since_poll.is_some_and(|n| n < POLL_REACH)
    }

    /// One sentence read: `poll` when it named a poll or gave a poll's
    /// share.
    fn after_sentence(&mut self, poll: bool) {
        self.since_poll = if poll {
            Some(0)
        } else {
            self.since_poll.map(|n| n.saturating_add(1))
        };
    }
}

/// What every figure of one sentence is read against.
#[allow(clippy::struct_excessive_bools)] // independent facts of one sentence
struct SentenceRead<'r, 'd> {
    doc: &'r Document,
    index: usize,
    sentence: Sentence<'d>,
    tokens: &'r [Token<'d>],
    breaks: &'r [bool],
    /// Whether the sentence is a headline in title case.
    headline: bool,
    found: &'r [Figure],
    named: &'r [Source],
    topic: Topic,
    recent_places: &'r [String],
    /// Whether a poll is the topic here.
    poll: bool,
    /// Whether the sentence may give an earlier account
    /// ([`SentenceCues::recount`]).
    recount: bool,
    /// Whether the sentence is a link to another article
    /// ([`context::linked_article`]).
    linked: bool,
    /// The years the sentence names, with their offsets in it
    /// ([`when::years_at`]).
    years: Vec<(usize, u32)>,
}

/// Where the rules read one figure of a sentence.
struct FigureAt<'a, 'd> {
    /// Which of the sentence's figures it is (the first is 0).
    k: usize,
    figure: &'a Figure,
    /// The tokens around the figure ([`READ_WINDOW`]).
    reader: Reader<'a, 'd>,
    /// The figure's tokens in the sentence.
    tokens: (usize, usize),
    /// The figure's tokens in the reader's window.
    range: (usize, usize),
    /// The previous figure, when the window holds it.
    prev: Option<Span>,
}

impl FigureAt<'_, '_> {
    /// The figure's frame, read as a poll's share when `poll`. A part with
    /// no event of its own takes the event of the claim before it
    /// (`previous`): "Four boats sank, including two trawlers". That event
    /// is given back too, with its span in the document.
    fn frame(
        &self,
        poll: bool,
        previous: Option<&Claim>,
    ) -> (Frame, Option<(Predicate, Option<Span>)>) {
        let mut frame = self.reader.frame(self.figure, self.range);
        // "Five people were killed, including three children": a part takes
        // the event of the whole it is part of.
        let inherited = (frame.relation == Relation::Subset && frame.predicate.is_none())
            .then_some(previous)
            .flatten()
            .and_then(|prev: &Claim| {
                let p = prev.frame.predicate.clone()?;
                Some((p, prev.frame.spans.predicate))
            });
        if let Some((p, _)) = &inherited {
            frame.predicate = Some(p.clone());
        }
        if poll {
            poll_share(&mut frame);
        }
        (frame, inherited)
    }
}

/// Extracts the claims of a document with the default lexicon.
///
/// ```
/// use factdiff::{Document, claims};
///
/// let doc = Document::new("gazette", "Police arrested 42 people in Dunmore on Friday.");
/// let found: Vec<_> = claims(&doc).collect();
/// assert_eq!(found[0].id, "gazette#0");
/// assert_eq!(found[0].measure.as_deref(), Some("arrests"));
/// assert_eq!(found[0].place.as_deref(), Some("Dunmore"));
/// assert_eq!(found[0].period, Some(factdiff::Period::Day));
/// ```
pub fn claims(doc: &Document) -> Claims<'static, '_> {
    static DEFAULT: OnceLock<ClaimExtractor> = OnceLock::new();
    DEFAULT.get_or_init(ClaimExtractor::default).claims(doc)
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
    /// `"{doc.id}#0"`, `"{doc.id}#1"`, ...: [`claims`](ClaimExtractor::claims)
    /// collected.
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
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.claims(doc).collect()
    }

    /// The claims of `doc`, in document order, read one sentence at a time
    /// as the iterator advances (like [`sentences`](crate::sentences) and
    /// [`figures`](crate::figures)): memory holds one sentence's claims, not the
    /// document's. A headline's claims alone wait for its lead, the next
    /// eight sentences, which may give them a measure (see the module
    /// `claim::headline`).
    ///
    /// ```
    /// use factdiff::{ClaimExtractor, Document};
    /// let doc = Document::new("d", "Crews cleared 12 roads. Then 40 more.");
    /// let extractor = ClaimExtractor::default();
    /// let mut it = extractor.claims(&doc);
    /// assert_eq!(it.next().map(|c| c.figure.text), Some("12".to_string()));
    /// assert_eq!(it.next().map(|c| c.id), Some("d#1".to_string()));
    /// assert!(it.next().is_none());
    /// ```
    pub fn claims<'e, 'd>(&'e self, doc: &'d Document) -> Claims<'e, 'd> {
        Claims::new(self, doc, self.segmenter.sentences(&doc.text))
    }

    /// Reads a sentence without figures for what a later sentence may refer
    /// back to: its topic, the places it names, its speaker.
    pub(super) fn remember<'d>(&self, text: &'d str, memory: &mut Memory<'d>) {
        memory.previous = Some(Previous { text, tokens: None });
        let found = SentenceCues::of(text);
        memory.after_sentence(found.poll);
        memory.recent_places = Vec::new();
        let (places, speaker) = (found.place, found.speaker);
        if !(places || speaker) {
            return;
        }
        let tokens = tokenize(text);
        if places {
            let breaks = clause_breaks(&tokens);
            let reader = Reader {
                lexicon: &self.lexicon,
                tokens: &tokens,
                text,
                breaks: &breaks,
                headline: title_case(&tokens),
            };
            memory.recent_places = reader.named_places();
        }
        if speaker && let Some(found) = sources(&tokens, text, None).into_iter().next() {
            memory.last_speaker = Some(found.name);
        }
        memory.previous = Some(Previous {
            text,
            tokens: Some(tokens),
        });
    }

    /// The claims of one sentence with figures, numbered from `first`.
    pub(super) fn sentence_claims(
        &self,
        doc: &Document,
        (index, sentence): (usize, Sentence<'_>),
        found: &[Figure],
        memory: &mut Memory<'_>,
        first: usize,
    ) -> Vec<Claim> {
        let topic = memory
            .previous
            .take()
            .map(|p| self.topic(&p.tokens.unwrap_or_else(|| tokenize(p.text))))
            .unwrap_or_default();
        let tokens = tokenize(sentence.text);
        let cued = SentenceCues::of(sentence.text);
        let named = by_strength(sources(
            &tokens,
            sentence.text,
            memory.last_speaker.as_deref(),
        ));
        let breaks = clause_breaks(&tokens);
        let read = SentenceRead {
            doc,
            index,
            sentence,
            tokens: &tokens,
            breaks: &breaks,
            headline: title_case(&tokens),
            found,
            named: &named,
            topic,
            recent_places: &memory.recent_places,
            poll: memory.poll_near(cued.poll),
            recount: cued.recount,
            linked: context::linked_article(&tokens),
            years: when::years_at(sentence.text),
        };
        let mut out: Vec<Claim> = Vec::with_capacity(found.len());
        let mut ranges = Vec::with_capacity(found.len());
        for k in 0..found.len() {
            let (claim, range) = self.figure_claim(&read, k, &out, first + out.len());
            out.push(claim);
            ranges.push(range);
        }
        let polled = out
            .iter()
            .any(|c| c.frame.predicate_class() == Some(PredicateClass::Poll));
        memory.after_sentence(cued.poll || polled);
        split_wholes(&mut out, &ranges, &tokens);
        drop_lists(&mut out, &ranges, &doc.id, first);
        if let Some(speaker) = named
            .into_iter()
            .find(|s| s.strength == cues::Source::Saying)
        {
            memory.last_speaker = Some(speaker.name);
        }
        if doc.story.is_some() {
            for claim in &mut out {
                claim.story.clone_from(&doc.story);
            }
        }
        out
    }

    /// The claim of the sentence's figure `k`, numbered `number`, given the
    /// claims of the figures before it (`before`), with the tokens it
    /// covers in the sentence.
    fn figure_claim(
        &self,
        read: &SentenceRead<'_, '_>,
        k: usize,
        before: &[Claim],
        number: usize,
    ) -> (Claim, (usize, usize)) {
        let (figure, sentence, tokens) = (&read.found[k], read.sentence, read.tokens);
        let fig = self.figure_at(read, k);
        let (reader, range) = (&fig.reader, fig.range);
        let mut placed = figure.clone();
        placed.span = figure.span.offset(sentence.span.start);
        let mut claim = Claim::new(
            &read.doc.id,
            number,
            read.index,
            sentence.span,
            sentence.text,
            placed,
        );
        let previous_claim = before.last();
        let (mut frame, inherited) = fig.frame(read.poll, previous_claim);
        let appositive = fig.prev.is_some_and(|p| reader.appositive(p, range));
        let (measure, bare) = self.figure_measure(read, &fig, &frame, previous_claim, appositive);
        let (cue, negated) = reader.modality(range);
        claim.measure = measure.map(|m| self.lexicon.id(m).to_string());
        claim.modality = match cue {
            Some(Cue::Target) => Modality::Target,
            Some(Cue::Projection) => Modality::Projection,
            _ if bare && read.topic.target && k == 0 => Modality::Target,
            _ => Modality::Reported,
        };
        claim.negated = negated || event_denied(tokens, &frame);
        claim.superseded = read.recount && reader.earlier_account(range) || read.linked;
        claim.several_events = reader.several_events(range, frame.head.as_deref());
        claim.with_perpetrator = reader.with_perpetrator(range);
        self.time_claim(&mut claim, read, &fig, measure);
        let scope = scope(reader, range, read.recent_places);
        frame.place.clone_from(&scope.place);
        frame.spans.place = scope.place_span;
        frame.spans = frame.spans.offset(sentence.span.start);
        if let Some((_, span)) = inherited {
            frame.spans.predicate = span;
        }
        claim.frame = Box::new(frame);
        (claim.place, claim.subject) = (scope.place, scope.subject);
        let actor = claim.subject.clone().filter(|_| !scope.patient);
        claim.attribution = source_for(read.named, fig.tokens).or(actor);
        if let (true, Some(stated)) = (appositive, previous_claim) {
            if figure.kind == FigureKind::Multiplier {
                claim.baseline = baseline(&read.found[k - 1], figure, stated, sentence.span.start);
            } else if claim.period.is_none() {
                // "84,000 riders a day, down from 91,000": the same rate.
                claim.period = stated.period;
            }
        }
        (claim, fig.tokens)
    }

    /// Where the rules read the sentence's figure `k`: its tokens and the
    /// window of tokens around it, at most [`READ_WINDOW`] on either side.
    fn figure_at<'a, 'd>(&'a self, read: &'a SentenceRead<'_, 'd>, k: usize) -> FigureAt<'a, 'd> {
        let (figure, tokens) = (&read.found[k], read.tokens);
        // The rules read the figure's neighbourhood, never the whole
        // sentence: work per figure is bounded however many figures the
        // sentence holds.
        let (a, b) = token_range(tokens, figure.span);
        let lo = a.saturating_sub(READ_WINDOW);
        let window_end = (b + READ_WINDOW).min(tokens.len());
        let reader = Reader {
            lexicon: &self.lexicon,
            tokens: &tokens[lo..window_end],
            text: read.sentence.text,
            breaks: &read.breaks[lo..window_end],
            headline: read.headline,
        };
        let range = (a - lo, b - lo);
        // The previous figure, when the window holds it.
        let prev = k
            .checked_sub(1)
            .map(|p| read.found[p].span)
            .filter(|p| tokens.get(lo).is_some_and(|t| t.span().start <= p.start));
        FigureAt {
            k,
            figure,
            reader,
            tokens: (a, b),
            range,
            prev,
        }
    }

    /// What the figure counts: its own measure ([`ClaimExtractor::measure`]);
    /// else, unless its frame [`decides`], that of the claim before it
    /// (`previous`) when it is `appositive` to that claim's figure or
    /// refers back to it ("has 9 ferries and wants to double that"), or,
    /// for a bare first figure, the topic of the sentence before ("The port
    /// wants more berths. 40 is the plan."); none when it says how often
    /// ("inspected twice"). Also whether it is bare: no measure, the
    /// subject of its clause ("40 is the plan").
    fn figure_measure(
        &self,
        read: &SentenceRead<'_, '_>,
        fig: &FigureAt<'_, '_>,
        frame: &Frame,
        previous: Option<&Claim>,
        appositive: bool,
    ) -> (Option<usize>, bool) {
        let (reader, figure, range) = (&fig.reader, fig.figure, fig.range);
        let k = fig.k;
        let mut measure = self.measure(reader, figure, range, frame);
        // When the frame has said what the figure counts, a neighbour's
        // measure does not stand in for it.
        let open = !decides(frame);
        // "has 6,000 agents but wants to double that": the multiplier's
        // object is the figure before it.
        let inherits = appositive || (k > 0 && reader.anaphor(figure, range));
        if open && measure.is_none() && inherits {
            measure = previous
                .and_then(|c| c.measure.clone())
                .and_then(|id| self.lexicon.measures().position(|m| m.id == id));
        }
        let bare = open && measure.is_none() && reader.bare(range);
        let topic = read.topic;
        if bare && topic.measure.is_some() && k == 0 {
            measure = topic.measure;
        }
        // "shot twice": how often, no quantity of a measure.
        if reader.frequency(figure, range) {
            measure = None;
        }
        (measure, bare)
    }

    /// Sets when the claim's figure counts: its period, unless the figure
    /// is a tally or a stock of its `measure` given at a time, not as a
    /// rate ("voted 31-9 on Friday", "the reservoir held 40 billion litres
    /// on Monday"); and its window, else the years its context names.
    fn time_claim(
        &self,
        claim: &mut Claim,
        read: &SentenceRead<'_, '_>,
        fig: &FigureAt<'_, '_>,
        measure: Option<usize>,
    ) {
        let ((mut period, window), mut rate) = fig.reader.timing(fig.range);
        if period.is_none() && fig.figure.kind == FigureKind::Money && fig.reader.annual(fig.range)
        {
            (period, rate) = (Some(Period::Year), true);
        }
        // A stock (a level, a running total) is measured at a time:
        // "crested early Sunday", "43 cases on Tuesday" name when, not a
        // period the figure counts over.
        let stock = measure.is_some_and(|m| self.lexicon.is_stock(m));
        // A tally is a result, not a count over a period: "passed 221-204
        // on Friday" says when.
        claim.period = if stock && !rate || fig.figure.kind == FigureKind::Tally {
            None
        } else {
            period
        };
        // The years of the context, from the sentence's (found once for
        // all its figures).
        let context = claim.context_span;
        let sentence = read.sentence;
        let from = context.start.saturating_sub(sentence.span.start);
        let to = context.end.saturating_sub(sentence.span.start);
        // Only a year of the figure's own clause: "Congress passed it in
        // 1994, and 19 states have one" counts the states now.
        let (figure, _) = fig.tokens;
        claim.date(window, |_| {
            TimeWindow::of_years(
                read.years
                    .iter()
                    .filter(|&&(at, _)| at >= from && at + 4 <= to)
                    .filter(|&&(at, _)| {
                        let (year, _) = token_range(read.tokens, Span::new(at, at + 4));
                        dates_figure(read.tokens, year, figure)
                    })
                    .map(|&(_, y)| y),
            )
        });
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
        // People are no count of things, whatever noun lies near: "three
        // people were found shot" counts no vaccine doses, "six people
        // outside the store" no damaged homes.
        let people = frame.head_class == Some(HeadClass::Person);
        // Nor are things people: "crews removed 40 cars" deports no one.
        let things = frame.head_class.is_some_and(crate::claim::lexicon::thing);
        // What money is names it whatever the verb: "were given $90,000
        // bonds" sets bail, not a gift; "to secure her $60,000 bail" wins
        // nothing.
        if figure.kind == FigureKind::Money
            && let Some(m) = reader.money_noun(range.1)
        {
            return Some(m);
        }
        let classified = self.lexicon.classify_index(frame, figure.kind);
        // A multi-word noun names the thing more closely than the frame's
        // head, its last word: "4,000 flu shots" are doses, "four shots"
        // gunfire (unless a verb of a known class says what happened:
        // "three gunshot victims were taken to hospitals" were hurt).
        // (Without a measure from the frame the rules read it anyway.)
        if classified.is_some()
            && !decides(frame)
            && let Some(m) = reader.compound(figure, range.1)
        {
            return Some(m);
        }
        classified.or_else(|| {
            reader
                .measure(figure, range)
                .filter(|&(_, evidence)| !overrules(frame, evidence))
                .filter(|&(m, _)| !(people && self.lexicon.things_only(m)))
                .filter(|&(m, _)| !(things && self.lexicon.people_only(m)))
                .map(|(m, _)| m)
        })
    }

    /// The quantity a sentence without figures introduces: its measure noun
    /// and whether it speaks of goals.
    fn topic(&self, tokens: &[Token<'_>]) -> Topic {
        let mut topic = Topic::default();
        for t in tokens.iter().filter(|t| t.is_word()) {
            if topic.measure.is_none() && self.lexicon.may_match(t) {
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

/// Whether the frame's event is denied right before its verb: "four
/// guests in the hall were not shot", "two deputies have not been found";
/// not "two were not seriously hurt" (hurt, not seriously) nor "three
/// did not sustain grave injuries". `tokens` are the
/// sentence's; the frame's spans are still sentence offsets.
fn event_denied(tokens: &[Token<'_>], frame: &Frame) -> bool {
    let Some(span) = frame.spans.predicate else {
        return false;
    };
    // Tokens are in text order: a binary search, not a scan of what may
    // be a very long sentence.
    let Ok(at) = tokens.binary_search_by_key(&span.start, |t| t.span().start) else {
        return false;
    };
    let denies = |t: &Token<'_>| matches!(t.lower(), "not" | "never") || t.lower().ends_with("n't");
    // "were not shot", "have not been found" (not "not seriously hurt":
    // hurt, but not seriously).
    let before = at.checked_sub(1).map(|k| &tokens[k]);
    let auxiliary = before.is_some_and(|t| matches!(t.lower(), "been" | "be" | "being"));
    let said_not = before.is_some_and(denies) || auxiliary && at >= 2 && denies(&tokens[at - 2]);
    // A verb whose object says the hurt denies only a bare object: "did
    // not suffer injuries", not "did not sustain grave injuries" (hurt,
    // not gravely).
    let through_object = frame
        .predicate
        .as_ref()
        .is_some_and(|p| matches!(p.lemma.as_str(), "suffer" | "sustain" | "receive"));
    let bare_object = tokens.get(at + 1).is_some_and(|t| {
        matches!(
            t.lower(),
            "injury" | "injuries" | "wound" | "wounds" | "any" | "an" | "a"
        )
    });
    said_not && (!through_object || bare_object)
}

/// Whether a frame has said what its figure counts, so that no rule or
/// neighbour supplies another measure: a duration ("a six-hour standoff"
/// counts hours, never people), incidents ("5 dead in 2 shootings": the
/// two count shootings, not deaths), or a verb whose class names the
/// event ("six people were shot" counts people shot, never vaccine doses).
fn decides(frame: &Frame) -> bool {
    frame.head_class == Some(HeadClass::Time)
        || frame.head.as_deref().is_some_and(incident_noun)
        || frame.predicate.as_ref().is_some_and(|p| {
            p.voice != Voice::Nominal
                && !matches!(p.class, PredicateClass::Other | PredicateClass::Change)
        })
}

/// Whether the frame overrules a measure the rules found by `evidence`:
/// when it [`decides`], for a verb's measure when the frame turned the
/// verb to no class, and for a people word's default measure when
/// something happened to the people ("14 state troopers were sent" is no
/// workforce count).
fn overrules(frame: &Frame, evidence: Evidence) -> bool {
    decides(frame)
        // A verb its head turned to no class names no measure ("the
        // suspect fled" is no evacuation).
        || evidence == Evidence::Verb && frame.predicate.as_ref().is_some_and(turned)
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
