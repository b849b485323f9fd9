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

use crate::claim::cues::{self, Cue};
use crate::claim::lexicon::{Entry, Lexicon, Role};
use crate::claim::{Baseline, Claim, Modality, Period};
use crate::figure::{Figure, FigureKind, figures};
use crate::text::{Pos, Token, tokenize};
use crate::{Document, Segmenter, Span};

/// How far (in tokens) the rules look from a figure.
const NOUN_PHRASE: usize = 5;
const VERB_REACH: usize = 5;
const CLAUSE_REACH: usize = 10;
const CUE_REACH: usize = 12;
/// How far before a figure a negation reaches ("never met its quota of 3,000").
const NEGATION_REACH: usize = 5;

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
            let reader = Reader {
                lexicon: &self.lexicon,
                tokens: &tokens,
                text: sentence.text,
            };
            let named = sources(&tokens, sentence.text, last_speaker.as_deref());
            let first_new = out.len();
            for (k, figure) in found.iter().enumerate() {
                let range = reader.token_range(figure.span);
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
                let mut measure = reader.measure(figure, range);
                let appositive = k > 0 && reader.appositive(found[k - 1].span, range);
                if appositive && measure.is_none() {
                    measure = out[first_new + k - 1..]
                        .first()
                        .and_then(|c: &Claim| c.measure.clone())
                        .and_then(|id| self.lexicon.measures().position(|m| m.id == id));
                }
                // "has 6,000 agents but wants to double that": the
                // multiplier's object is the figure before it.
                if measure.is_none() && k > 0 && reader.anaphor(figure, range) {
                    measure = out[first_new + k - 1..]
                        .first()
                        .and_then(|c: &Claim| c.measure.clone())
                        .and_then(|id| self.lexicon.measures().position(|m| m.id == id));
                }
                let (cue, negated) = reader.modality(range);
                let bare = measure.is_none() && reader.bare(range);
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
                claim.period = if stock && !rate { None } else { period };
                claim.window = window;
                (claim.place, claim.subject) = scope(&reader, range, &recent_places);
                claim.attribution = source_for(&named, range).or_else(|| claim.subject.clone());
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
            if let Some(speaker) = named
                .into_iter()
                .find(|s| s.strength == cues::Source::Saying)
            {
                last_speaker = Some(speaker.name);
            }
        }
        out
    }

    /// The quantity a sentence without figures introduces: its measure noun
    /// and whether it speaks of goals.
    fn topic(&self, tokens: &[Token<'_>]) -> Topic {
        let mut topic = Topic::default();
        for t in tokens.iter().filter(|t| t.is_word()) {
            if topic.measure.is_none() {
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

/// The place and subject of the claim at tokens `range`.
fn scope(
    reader: &Reader<'_, '_>,
    range: (usize, usize),
    recent_places: &[String],
) -> (Option<String>, Option<String>) {
    let mut place = reader.place(range).or_else(|| {
        // "The line now carries 12,000 riders" after "Service on the
        // Eastside line ...": a definite noun names the place the previous
        // sentence did.
        let noun = reader.definite_place_noun(range)?;
        recent_places
            .iter()
            .rev()
            .find(|p| p.to_lowercase().ends_with(noun))
            .cloned()
    });
    let actor = reader.actor(range);
    let subject = actor
        .clone()
        .filter(|(_, reports)| !reports)
        .map(|(name, _)| name);
    if place.is_none() {
        // "Larch County has confirmed 37 cases": a jurisdiction acting is
        // also the place the count is about.
        place = actor.map(|(name, _)| name).filter(|s| {
            s.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && cues::jurisdiction(&w.to_lowercase())
            }) && !s.starts_with("The ")
        });
    }
    (place, subject)
}

/// Whether a sentence may name a speaker, checked before paying for its
/// tokens.
fn names_a_speaker(text: &str) -> bool {
    [
        "said",
        "says",
        "told",
        "according",
        "wrote",
        "stated",
        "added",
        "announced",
        "reported",
    ]
    .iter()
    .any(|w| text.contains(w))
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

/// Reads the tokens of one sentence around its figures.
struct Reader<'a, 's> {
    lexicon: &'a Lexicon,
    tokens: &'a [Token<'s>],
    text: &'s str,
}

impl Reader<'_, '_> {
    /// The tokens `[a, b)` a figure covers.
    fn token_range(&self, span: Span) -> (usize, usize) {
        let a = self
            .tokens
            .iter()
            .position(|t| t.span().end > span.start)
            .unwrap_or(self.tokens.len());
        let b = self.tokens[a..]
            .iter()
            .position(|t| t.span().start >= span.end)
            .map_or(self.tokens.len(), |n| a + n);
        (a, b)
    }

    fn lower(&self, i: usize) -> &str {
        self.tokens[i].lower()
    }

    /// Whether token `i` ends a clause: `;`, `:`, dashes, brackets, and
    /// periods other than those of abbreviations ("Gov.", "Feb.").
    fn breaks(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.is('.') && i > 0 {
            let prev = &self.tokens[i - 1];
            let abbreviation = prev.is_word()
                && prev.text().len() <= 4
                && prev.text().chars().all(char::is_alphabetic)
                && (prev.capitalised() || prev.text().len() == 1);
            if abbreviation {
                return false;
            }
        }
        clause_break(t) || is_quote(t)
    }

    /// The first token of the clause holding token `a`, crossing at most
    /// `commas` commas.
    ///
    /// A relative clause set off by commas is not crossed: in "The chief,
    /// who took office in May, said officers made 120 arrests", the clause
    /// of 120 starts at "said".
    fn clause_start(&self, a: usize, mut commas: usize) -> usize {
        let mut i = a;
        let mut own = None;
        while i > 0 {
            let t = &self.tokens[i - 1];
            if self.breaks(i - 1) {
                break;
            }
            if t.is(',') {
                if commas == 0 {
                    break;
                }
                own.get_or_insert(i);
                commas -= 1;
            }
            i -= 1;
        }
        match own {
            Some(own) if cues::relative_pronoun(self.lower(i)) => own,
            _ => i,
        }
    }

    /// One past the last token of the clause from `b` on.
    fn clause_end(&self, b: usize) -> usize {
        (b..self.tokens.len())
            .find(|&i| self.breaks(i) || self.tokens[i].is(','))
            .unwrap_or(self.tokens.len())
    }

    /// The first token of a phrase fronted before the clause of token `a`
    /// and set off by a comma ("In Chicago, officers arrested 21", "By the
    /// end of the year, the agency ..."): it applies to the whole clause.
    fn fronted(&self, a: usize) -> Option<usize> {
        let own = self.clause_start(a, 0);
        (own > 0 && self.tokens[own - 1].is(',')).then(|| self.clause_start(a, 1))
    }

    /// A lexicon entry for token `i`, preferring `roles` in order.
    fn entry(&self, i: usize, kind: FigureKind, roles: &[Role]) -> Option<Entry> {
        let t = &self.tokens[i];
        if !t.is_word() {
            return None;
        }
        // A capitalised word inside the sentence is a name ("in March",
        // "Crest Road"), not a verb; a participle after a determiner is an
        // adjective ("the flooded basement", "a damaged bridge").
        let name = i > 0 && t.capitalised();
        let adjective = i > 0 && cues::attributive_determiner(self.lower(i - 1));
        roles
            .iter()
            .filter(|role| !((name || adjective) && **role == Role::Verb))
            .find_map(|role| {
                self.lexicon
                    .lookup(t.lemma(role.pos()), kind)
                    .find(|e| e.role == *role)
            })
    }

    /// A phrase of the lexicon starting at token `i`, and its end.
    fn phrase_at(&self, i: usize, kind: FigureKind, end: usize) -> Option<(Entry, usize)> {
        self.lexicon.phrases().iter().find_map(|p| {
            let n = p.words.len();
            (i + n <= end
                && self.lexicon.fits(p.entry.measure, kind)
                && p.words
                    .iter()
                    .zip(&self.tokens[i..i + n])
                    .all(|(w, t)| w.matches(t)))
            .then_some((p.entry, i + n))
        })
    }

    /// The measure of the figure covering tokens `[a, b)`.
    fn measure(&self, figure: &Figure, (a, b): (usize, usize)) -> Option<usize> {
        let kind = figure.kind;
        let end = self.clause_end(b);
        // 1. The noun phrase the figure quantifies.
        let phrase = self.noun_phrase(kind, b, end);
        if let Some(NounHead::Noun(m)) = phrase.head {
            let verb_after = (kind == FigureKind::Percent)
                .then(|| self.verb_after(kind, phrase.end, end))
                .flatten();
            return Some(verb_after.unwrap_or(m));
        }
        // A multiplier over "what agents were arresting": the verb decides.
        if phrase.relative {
            return self.verb_after(kind, phrase.end, end);
        }
        // 2. Multi-word cues near the figure.
        if let Some(m) = self.phrase_near(kind, a, phrase.end, end) {
            return Some(m);
        }
        // 3. The verb governing the figure, nearest first.
        let left = self.left_entry(kind, a);
        let right = self.verb_after(kind, phrase.end, end);
        if let Some((m, _)) = left.filter(|(_, d)| *d <= 1) {
            return Some(m);
        }
        if let Some(m) = right {
            return Some(m);
        }
        if let Some((m, _)) = left {
            return Some(m);
        }
        // 4. A noun or people word that belongs to a measure by default.
        if let Some(NounHead::People(m)) = phrase.head {
            return Some(m);
        }
        // 5. A larger group on the left: "arrests of gang members, including 50".
        if matches!(phrase.head, Some(NounHead::Entity) | None)
            && self.partitive_before(a, b)
            && let Some(m) = self.noun_left(kind, a)
        {
            return Some(m);
        }
        // 6. A noun later in the clause: "320 people slept on cots".
        if phrase.head.is_some() {
            return self.noun_in_clause(kind, phrase.end, end);
        }
        None
    }

    /// Reads the noun phrase after a figure.
    fn noun_phrase(&self, kind: FigureKind, b: usize, end: usize) -> Phrase {
        let mut phrase = Phrase {
            head: None,
            end: b,
            relative: false,
        };
        let mut i = b;
        let mut words = 0;
        let mut first = true;
        while i < end && words < NOUN_PHRASE {
            let t = &self.tokens[i];
            if !t.is_word() {
                break;
            }
            let lower = t.lower();
            if kind == FigureKind::Multiplier && first && lower == "what" {
                phrase.relative = true;
                phrase.end = i + 1;
                return phrase;
            }
            let skip_determiner =
                kind == FigureKind::Multiplier && first && cues::determiner(lower);
            let partitive_of = lower == "of" && (first || kind == FigureKind::Measurement);
            if skip_determiner || partitive_of {
                i += 1;
                continue;
            }
            if lower == "them" || lower == "those" {
                phrase.head = Some(NounHead::Entity);
                phrase.end = i + 1;
                return phrase;
            }
            if cues::ends_noun_phrase(lower) {
                break;
            }
            first = false;
            phrase.end = i + 1;
            // A multi-word noun: "double the state's police force".
            if let Some((e, to)) = self
                .phrase_at(i, kind, end)
                .filter(|(e, _)| e.role == Role::Noun)
            {
                phrase.head = Some(NounHead::Noun(e.measure));
                phrase.end = to;
                return phrase;
            }
            if let Some(e) = self.entry(i, kind, &[Role::Noun, Role::People]) {
                phrase.head = Some(if e.role == Role::Noun {
                    NounHead::Noun(e.measure)
                } else {
                    NounHead::People(e.measure)
                });
                // A compound keeps the last noun: "bus operators", "relief package".
                if i + 1 < end
                    && self.tokens[i + 1].is_word()
                    && let Some(next) = self.entry(i + 1, kind, &[Role::Noun, Role::People])
                {
                    phrase.head = Some(if next.role == Role::Noun {
                        NounHead::Noun(next.measure)
                    } else {
                        NounHead::People(next.measure)
                    });
                    phrase.end = i + 2;
                }
                return phrase;
            }
            if self.lexicon.is_entity(t.lemma(Pos::Noun)) {
                phrase.head = Some(NounHead::Entity);
                return phrase;
            }
            // A measure verb ends the noun phrase: "12 inmates died".
            if self.entry(i, kind, &[Role::Verb]).is_some() {
                phrase.end = i;
                break;
            }
            if cues::transparent_noun(lower) {
                phrase.head = None;
            }
            words += 1;
            i += 1;
        }
        phrase
    }

    /// A measure verb in the few tokens after the noun phrase ("7,300
    /// immigrants arrested", "1,240 residents were evacuated").
    ///
    /// A verb right after "and", "but" or "or" heads a second predicate
    /// whose subject is not the figure: "left 5,000 people homeless and
    /// killed 3".
    fn verb_after(&self, kind: FigureKind, from: usize, end: usize) -> Option<usize> {
        for i in from..end.min(from + VERB_REACH) {
            if let Some((e, _)) = self.phrase_at(i, kind, end) {
                return Some(e.measure);
            }
            if let Some(e) = self.entry(i, kind, &[Role::Verb]) {
                return Some(e.measure);
            }
            let coordinated = matches!(self.lower(i), "and" | "but" | "or")
                && i + 1 < end
                && self.entry(i + 1, kind, &[Role::Verb]).is_some();
            if coordinated {
                return None;
            }
        }
        None
    }

    /// The nearest measure noun or verb on the figure's left within its
    /// clause, with its distance in words.
    ///
    /// A coordinator with a word of its own before the figure starts
    /// another predicate: in "arrested 40 people and interviewed 3
    /// witnesses", "arrested" does not govern 3 (but it does in "arrested
    /// 40 men and 12 women").
    fn left_entry(&self, kind: FigureKind, a: usize) -> Option<(usize, usize)> {
        let start = self.clause_start(a, 0);
        let mut distance = 0;
        let mut own_word = false;
        for i in (start..a).rev() {
            if !self.tokens[i].is_word() {
                continue;
            }
            if distance >= VERB_REACH {
                break;
            }
            let lower = self.lower(i);
            if matches!(lower, "and" | "or" | "but") {
                if own_word {
                    return None;
                }
            } else if !cues::figure_modifier(lower) {
                own_word = true;
            }
            if let Some(e) = self.entry(i, kind, &[Role::Verb, Role::Noun]) {
                // "for deportation": a purpose, not what is counted.
                if i == 0 || self.lower(i - 1) != "for" {
                    return Some((e.measure, distance));
                }
            }
            distance += 1;
        }
        None
    }

    /// A multi-word cue just before the figure or just after its noun
    /// phrase. After the noun phrase, a measure verb that comes first is
    /// nearer and wins: "12 inmates died in custody" counts deaths.
    fn phrase_near(&self, kind: FigureKind, a: usize, from: usize, end: usize) -> Option<usize> {
        let start = self.clause_start(a, 0).max(a.saturating_sub(4));
        if let Some(m) = (start..a).find_map(|i| self.phrase_at(i, kind, a).map(|(e, _)| e.measure))
        {
            return Some(m);
        }
        for i in from..end.min(from + VERB_REACH) {
            if let Some((e, _)) = self.phrase_at(i, kind, end) {
                return Some(e.measure);
            }
            if self.entry(i, kind, &[Role::Verb]).is_some() {
                return None;
            }
        }
        None
    }

    /// Whether the figure is introduced as part of a group on its left
    /// ("including 50", "14 of them").
    fn partitive_before(&self, a: usize, b: usize) -> bool {
        let before = (0..a)
            .rev()
            .find(|&i| self.tokens[i].is_word())
            .map(|i| self.lower(i));
        let after = (b < self.tokens.len()).then(|| self.lower(b));
        before.is_some_and(cues::partitive)
            || a > 0 && self.tokens[a - 1].is(',') && after.is_some_and(|w| w == "of")
    }

    /// The nearest measure noun left of the figure, across one comma.
    fn noun_left(&self, kind: FigureKind, a: usize) -> Option<usize> {
        let start = self.clause_start(a, 1).max(a.saturating_sub(CLAUSE_REACH));
        (start..a)
            .rev()
            .find_map(|i| self.entry(i, kind, &[Role::Noun]).map(|e| e.measure))
    }

    /// A measure noun later in the figure's clause, not a purpose ("for
    /// deportation").
    fn noun_in_clause(&self, kind: FigureKind, from: usize, end: usize) -> Option<usize> {
        (from..end.min(from + CLAUSE_REACH)).find_map(|i| {
            if i > 0 && self.lower(i - 1) == "for" {
                return None;
            }
            self.entry(i, kind, &[Role::Noun]).map(|e| e.measure)
        })
    }

    /// Whether a multiplier's object is a pronoun pointing back ("double
    /// that", "triple it").
    fn anaphor(&self, figure: &Figure, (_, b): (usize, usize)) -> bool {
        figure.kind == FigureKind::Multiplier
            && self.tokens.get(b).is_some_and(|t| {
                matches!(t.lower(), "that" | "it" | "this")
                    && self.tokens.get(b + 1).is_none_or(|n| !n.is_word())
            })
    }

    /// Whether the figure stands alone as a noun phrase ("409,000 is a
    /// stretch"), so that it may refer to the previous sentence's topic.
    fn bare(&self, (_, b): (usize, usize)) -> bool {
        // The figure is the subject of a verb ("409,000 is a stretch"), not
        // a figure closing its sentence.
        self.tokens.get(b).is_some_and(|t| {
            t.is_word()
                && matches!(
                    t.lower(),
                    "is" | "was" | "are" | "were" | "will" | "would" | "has" | "had" | "have"
                )
        })
    }

    /// Whether the figure at `range` stands in apposition to the figure at
    /// `prev` (the previous figure of the sentence): only a comma or dash
    /// and linking words ("down from", "or about", "still short of the")
    /// lie between them, after the previous figure's own phrase.
    fn appositive(&self, prev: Span, (a, _): (usize, usize)) -> bool {
        let (_, pb) = self.token_range(prev);
        if pb > a {
            return false;
        }
        // Walk back from the figure over linking words to a separator.
        let mut i = a;
        while i > pb {
            let t = &self.tokens[i - 1];
            if t.is(',') || t.is('—') || t.is('–') || t.is('(') || t.is(';') {
                return true;
            }
            if !(t.is_word() && cues::appositive_link(t.lower())) {
                return false;
            }
            i -= 1;
        }
        false
    }

    /// The nearest modality cue in the figure's clause, and whether a
    /// negation is near.
    fn modality(&self, (a, b): (usize, usize)) -> (Option<Cue>, bool) {
        let start = self.clause_start(a, 1).max(a.saturating_sub(CUE_REACH));
        let mut cue = None;
        let mut negated = false;
        for i in (start..a).rev() {
            let t = &self.tokens[i];
            if !t.is_word() {
                continue;
            }
            // "but", "although": what comes before is another assertion
            // ("wants to hire 10,000, but has hired 312"); not in "not only
            // ... but also".
            let also = self.tokens.get(i + 1).is_some_and(|n| n.lower() == "also");
            if cues::contrast(t.lower()) && !also {
                break;
            }
            // "told X to", "asked for", "calls for": a demand; "Asked
            // about the 400 arrests" is a question.
            let to_follow = || {
                self.tokens[i + 1..a]
                    .iter()
                    .take(5)
                    .any(|n| matches!(n.lower(), "to" | "for" | "that"))
            };
            let directive = t.lower() == "told" && to_follow();
            // A capitalised month inside the sentence is not a modal: "in May".
            let month = i > 0 && t.capitalised() && cues::month(t.lower());
            let c = cues::modality_cue(t)
                .filter(|_| !month)
                .filter(|_| !cues::needs_complement(t) || to_follow())
                .or_else(|| directive.then_some(Cue::Target))
                .or_else(|| t.lower().ends_with("n't").then_some(Cue::Negation));
            match c {
                Some(Cue::Negation) if a - i <= NEGATION_REACH => negated = true,
                Some(Cue::Negation) | None => {}
                Some(c) if cue.is_none() => cue = Some(c),
                Some(_) => {}
            }
        }
        // A modal after the figure's noun phrase, the figure its subject:
        // "2,000 workers could lose their jobs".
        let end = self.clause_end(b);
        let mut i = b;
        while i < end && i < b + NOUN_PHRASE && self.tokens[i].is_word() {
            let lower = self.lower(i);
            if cues::modal(lower) {
                cue = cue.or(cues::modality_cue(&self.tokens[i]));
                break;
            }
            if cues::ends_noun_phrase(lower) {
                break;
            }
            i += 1;
        }
        // A goal named right after the figure: "the 500 operators it has
        // promised", "the 95% that officials say is needed".
        let end = self.clause_end(b).min(b + 8);
        for i in b..end {
            let t = &self.tokens[i];
            // Only a verb: "promised", "needed"; not a noun ("an exclusion
            // order") that the figure merely sits beside.
            let verb = t.lower().ends_with("ed") || t.lower() == "sought";
            if t.is_word() && verb && cue.is_none() && cues::modality_cue(t) == Some(Cue::Target) {
                cue = Some(Cue::Target);
            }
        }
        (cue, negated)
    }

    /// A rate ("a day", "annually") or a window of known length ("in the
    /// first week", "on Saturday", "in 2025") in the figure's clause, and
    /// the window's words.
    ///
    /// The period and window of the figure's claim, and whether the period
    /// is a rate ("a day", "weekly") rather than the length of a window
    /// ("on Saturday").
    fn timing(&self, (a, b): (usize, usize)) -> ((Option<Period>, Option<String>), bool) {
        let end = self.clause_end(b).min(b + CLAUSE_REACH);
        let start = self.clause_start(a, 1).max(a.saturating_sub(8));
        let fronted = self.fronted(a).filter(|&f| f < start);
        // A rate: "a day", "per week", "each year", "daily" — not a point
        // in time ("a year ago", "a week earlier").
        for i in (b..end).chain(start..a).chain(fronted) {
            let lower = self.lower(i);
            if matches!(lower, "a" | "an" | "per" | "each" | "every") {
                let relative = self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|t| cues::relative_time(t.lower()));
                if let Some(p) = self
                    .tokens
                    .get(i + 1)
                    .and_then(|t| cues::period_word(t.lower()))
                    .filter(|_| !relative)
                {
                    return (
                        (Some(p), self.window(b, end, start, a).map(|(_, w)| w)),
                        true,
                    );
                }
            }
            if matches!(
                lower,
                "daily"
                    | "weekly"
                    | "monthly"
                    | "annually"
                    | "yearly"
                    | "nightly"
                    | "single-day"
                    | "one-day"
                    | "24-hour"
            ) {
                return (
                    (
                        cues::period_word(lower),
                        self.window(b, end, start, a).map(|(_, w)| w),
                    ),
                    true,
                );
            }
        }
        match self.window(b, end, start, a) {
            Some((period, text)) => ((period, Some(text)), false),
            None => ((None, None), false),
        }
    }

    /// A time window after the figure (or before it), with the period its
    /// length names.
    fn window(
        &self,
        b: usize,
        end: usize,
        start: usize,
        a: usize,
    ) -> Option<(Option<Period>, String)> {
        let fronted = self.fronted(a).filter(|&f| f < start);
        // A subordinate clause after the figure ("since the outbreak was
        // identified in late December") has its own time words.
        let end = (b..end)
            .find(|&i| {
                let mut j = i + 1;
                while self
                    .tokens
                    .get(j)
                    .is_some_and(|n| matches!(n.lower(), "the" | "a" | "an" | "its" | "their"))
                {
                    j += 1;
                }
                cues::subordinator(self.lower(i))
                    && self.tokens.get(j).is_some_and(|n| {
                        let lower = n.lower();
                        let time_word = cues::window_word(lower)
                            && !matches!(lower, "the" | "a" | "an" | "of" | "this");
                        n.is_word()
                            && !lower.starts_with(|c: char| c.is_ascii_digit())
                            && !time_word
                    })
            })
            .unwrap_or(end);
        for i in (b..end).chain(start..a).chain(fronted) {
            let t = &self.tokens[i];
            if !t.is_word() || !cues::window_opener(t.lower()) {
                continue;
            }
            let limit = if i < a { a } else { end };
            let mut j = i + 1;
            let mut timed = false;
            let mut period = None;
            let mut count_word = false;
            while j < limit {
                let word = &self.tokens[j];
                // The period of an abbreviated month: "since Jan. 20".
                let abbreviation = word.is('.')
                    && j + 1 < limit
                    && cues::month(self.lower(j - 1))
                    && self.tokens[j - 1].text().len() <= 4;
                if abbreviation {
                    j += 1;
                    continue;
                }
                if !word.is_word() {
                    break;
                }
                let lower = word.lower();
                if lower.bytes().all(|c| c.is_ascii_digit()) {
                    if lower.len() == 4 {
                        period = period.or(Some(Period::Year));
                        timed = true;
                    } else {
                        count_word = true;
                    }
                } else if cues::number_word(lower) {
                    count_word = true;
                } else if cues::window_word(lower) {
                    if let Some(p) = cues::period_word(lower) {
                        if !count_word {
                            period = Some(p);
                        }
                        timed = true;
                    } else if cues::weekday(lower) {
                        period = Some(Period::Day);
                        timed = true;
                    } else if cues::month(lower) || cues::time_span(lower) {
                        timed = true;
                    }
                    if lower == "of" && timed {
                        break;
                    }
                } else {
                    break;
                }
                j += 1;
            }
            if timed {
                let span = Span::new(t.span().start, self.tokens[j - 1].span().end);
                let opener = t.lower();
                // "since", "by" and "until" name a point, not a length.
                let period = if matches!(opener, "since" | "by" | "until" | "through") {
                    None
                } else {
                    period
                };
                return Some((period, self.text[span].to_string()));
            }
        }
        None
    }

    /// "in/across/throughout" + a proper name, or "nationwide", near the
    /// figure in its clause.
    fn place(&self, (a, b): (usize, usize)) -> Option<String> {
        let end = self.clause_end(b).min(b + CLAUSE_REACH);
        let start = self.clause_start(a, 0).max(a.saturating_sub(CLAUSE_REACH));
        let fronted = self.fronted(a).filter(|&f| f < start);
        // A locative opening the sentence ("On the Eastside line (Route 62),
        // which ..., ridership is back to 12,000") scopes all of it.
        let opening = (start > 0).then_some(0);
        for i in (b..end)
            .chain((start..a).rev())
            .chain(fronted)
            .chain(opening)
        {
            let t = &self.tokens[i];
            let lower = t.lower();
            if cues::place_adverb(lower) {
                return Some(lower.to_string());
            }
            if matches!(lower, "on" | "along")
                && let Some(name) = self.named_place_at(i + 1)
            {
                return Some(name);
            }
            if matches!(lower, "in" | "across" | "throughout" | "inside") {
                let mut j = i + 1;
                if self.tokens.get(j).is_some_and(|t| t.lower() == "the") {
                    j += 1;
                }
                // "in downtown Portland", "across rural Oregon"
                let from = j;
                if self
                    .tokens
                    .get(j)
                    .is_some_and(|t| cues::place_modifier(t.lower()))
                {
                    j += 1;
                }
                if let Some((_, to)) = self.proper_name(j) {
                    return Some(span_text(self.tokens, self.text, from, to));
                }
            }
        }
        None
    }

    /// "(the) Eastside line", "Main Street": a proper name followed by a
    /// place noun, from token `i`.
    fn named_place_at(&self, i: usize) -> Option<String> {
        let j = if self.tokens.get(i).is_some_and(|t| t.lower() == "the") {
            i + 1
        } else {
            i
        };
        let (from, to) = self.proper_name(j)?;
        let noun = self.tokens.get(to)?;
        if cues::place_noun(noun.lower()) {
            Some(span_text(self.tokens, self.text, from, to + 1))
        } else if cues::place_noun(self.tokens[to - 1].lower()) {
            Some(span_text(self.tokens, self.text, from, to))
        } else {
            None
        }
    }

    /// Every "Name + place noun" of the sentence, for later sentences that
    /// refer back to one ("the line").
    fn named_places(&self) -> Vec<String> {
        (0..self.tokens.len())
            .filter(|&i| i == 0 || !self.tokens[i - 1].capitalised())
            .filter_map(|i| self.named_place_at(i))
            .collect()
    }

    /// "the line", "the route" in the figure's clause before it: a definite
    /// place noun that refers back to a named place.
    fn definite_place_noun(&self, (a, _): (usize, usize)) -> Option<&str> {
        let start = self.clause_start(a, 0);
        (start..a.saturating_sub(1)).find_map(|i| {
            let noun = self.tokens[i + 1].lower();
            (self.tokens[i].lower() == "the" && cues::place_noun(noun)).then_some(noun)
        })
    }

    /// A run of capitalised words from token `i` (allowing "de", "of"
    /// inside), not a month, weekday or time word.
    fn proper_name(&self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j < self.tokens.len() {
            let t = &self.tokens[j];
            let lower = t.lower();
            let name_word = t.capitalised() && !cues::month(lower) && !cues::weekday(lower);
            let particle = j > i
                && matches!(lower, "de" | "of" | "la" | "del")
                && self.tokens.get(j + 1).is_some_and(Token::capitalised);
            if !(name_word || particle) {
                break;
            }
            j += 1;
        }
        (j > i).then_some((i, j))
    }

    /// The actor of the figure's clause: the last name or actor phrase
    /// before the figure that is not the object of a preposition ("county
    /// assessors had marked 860", "Gov. Elaine Marsh signed a $45
    /// million"), when it is an organisation, a person or an actor noun.
    /// The clause's actor, and whether it only reports the figure (its
    /// verb is one of reporting: "the dashboard listed 43", "Larch County
    /// has confirmed 37"): then it is a source, not the subject counted.
    fn actor(&self, (a, _): (usize, usize)) -> Option<(String, bool)> {
        let start = self.clause_start(a, 0);
        let mut best = None;
        let mut end = a;
        while end > start {
            if let Some(from) = noun_phrase_before(self.tokens, end, false).filter(|&f| f >= start)
            {
                let preposition = from > 0
                    && cues::ends_noun_phrase(self.lower(from - 1))
                    && !matches!(self.lower(from - 1), "the" | "a" | "an");
                let words: Vec<&Token<'_>> = self.tokens[from..end]
                    .iter()
                    .filter(|t| t.is_word())
                    .collect();
                let head = words.last().map(|t| t.lower()).unwrap_or_default();
                let named = words.iter().filter(|t| t.capitalised()).count() >= 2
                    || cues::actor_noun(head)
                    || words.len() == 1
                        && words[0].text().len() >= 2
                        && words[0].text().chars().all(|c| c.is_ascii_uppercase());
                let timely = words
                    .iter()
                    .any(|t| cues::month(t.lower()) || cues::weekday(t.lower()));
                if named && !preposition && !timely {
                    let mut verb = end;
                    while verb < a && is_auxiliary(self.lower(verb)) {
                        verb += 1;
                    }
                    let reports = verb < a
                        && self.tokens[verb].is_word()
                        && cues::only_reports(&self.tokens[verb]);
                    best = Some((span_text(self.tokens, self.text, from, end), reports));
                    break;
                }
                end = from;
            } else {
                end -= 1;
            }
        }
        best
    }
}

/// The head of a figure's noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NounHead {
    /// A measure noun: decides the measure.
    Noun(usize),
    /// A people word with a default measure.
    People(usize),
    /// A generic noun: the measure comes from elsewhere.
    Entity,
}

/// The noun phrase after a figure.
#[derive(Clone, Copy, Debug)]
struct Phrase {
    head: Option<NounHead>,
    /// One past its last token.
    end: usize,
    /// It is a free relative ("what agents were arresting").
    relative: bool,
}

/// Whether the token ends a clause: `;`, `:`, dashes, brackets and
/// sentence-final punctuation. Commas are handled apart.
fn clause_break(t: &Token<'_>) -> bool {
    !t.is_word()
        && matches!(
            t.text().chars().next(),
            Some(';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '.' | '?' | '!')
        )
}

fn is_quote(t: &Token<'_>) -> bool {
    !t.is_word() && matches!(t.text(), "\"" | "“" | "”")
}

/// A source a sentence names: who, and the token index of the verb (or of
/// "according") that names them.
#[derive(Clone, Debug)]
struct Source {
    name: String,
    at: usize,
    strength: cues::Source,
}

/// The sources a sentence names: "according to X", a speaker next to a
/// verb of saying ("Homan said", "said Tom Homan"), the subject of a verb of
/// reporting or wanting ("the administration reported", "the state
/// wants"). Pronouns resolve to `last`, the previous named speaker.
fn sources(tokens: &[Token<'_>], text: &str, last: Option<&str>) -> Vec<Source> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        if t.lower() == "according" && tokens.get(i + 1).is_some_and(|n| n.lower() == "to") {
            let from = i + 2;
            let mut to = from;
            while to < tokens.len()
                && to - from < 8
                && (tokens[to].is_word() || tokens[to].is('’') || tokens[to].is('\''))
            {
                to += 1;
            }
            if to > from {
                found.push(Source {
                    name: span_text(tokens, text, from, to),
                    at: i,
                    strength: cues::Source::Saying,
                });
            }
            continue;
        }
        // "state" and "states" are nouns far more often than "stated".
        if matches!(
            t.lower(),
            "state" | "states" | "note" | "notes" | "add" | "post" | "posts"
        ) {
            continue;
        }
        let Some(strength) = cues::source_verb(t) else {
            continue;
        };
        // After an article it is a noun: "the plan", "a report", "the count".
        if i > 0 && cues::attributive_determiner(tokens[i - 1].lower()) {
            continue;
        }
        // A reporting word that is not in the past tense is as often a
        // noun ("court records show", "the data list"): it counts only
        // when no other verb of its kind follows at once.
        let next_is_verb = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && cues::source_verb(n).is_some());
        if strength == cues::Source::Reporting && !t.lower().ends_with("ed") && next_is_verb {
            continue;
        }
        if t.capitalised() && i > 0 {
            continue; // "March", "Order": a name, not a verb
        }
        // "..., said Tom Homan", "said county health officer Dr. Anika Sorensen"
        let inverted = strength == cues::Source::Saying
            && (i == 0 || !tokens[i - 1].is_word())
            && noun_phrase_after(tokens, i + 1).is_some();
        if inverted && let Some((from, to)) = noun_phrase_after(tokens, i + 1) {
            found.push(Source {
                name: span_text(tokens, text, from, to),
                at: i,
                strength,
            });
            continue;
        }
        // "Homan said", "the administration reported", "Noem demanded"
        let mut end = i;
        while end > 0 && is_auxiliary(tokens[end - 1].lower()) {
            end -= 1;
        }
        // "The chief, who took office in May, said", "Carla Diaz, an
        // organizer, said": the speaker stands before the parenthesis.
        if end > 1 && tokens[end - 1].is(',') {
            let open = (end.saturating_sub(16)..end - 1)
                .rev()
                .find(|&k| tokens[k].is(','))
                .filter(|&k| {
                    tokens.get(k + 1).is_some_and(|t| {
                        matches!(t.lower(), "who" | "which" | "whose" | "the" | "a" | "an")
                    })
                });
            if let Some(k) = open {
                end = k;
            }
        }
        // "he said", "She added": the last named speaker.
        if end > 0 && cues::pronoun(tokens[end - 1].lower()) {
            if let Some(last) = last {
                found.push(Source {
                    name: last.to_string(),
                    at: i,
                    strength,
                });
            }
            continue;
        }
        let from = noun_phrase_before(tokens, end, true).or_else(|| {
            // "the coroner's deputy wrote": whoever says is a speaker.
            (strength == cues::Source::Saying)
                .then(|| determined_noun_before(tokens, end))
                .flatten()
        });
        if let Some(from) = from {
            found.push(Source {
                name: span_text(tokens, text, from, end),
                at: i,
                strength,
            });
        }
    }
    found
}

/// The source of the claim at tokens `[a, b)`: the nearest source of the
/// strongest kind.
fn source_for(sources: &[Source], (a, b): (usize, usize)) -> Option<String> {
    let distance = |s: &Source| {
        if s.at < a {
            a - s.at
        } else {
            s.at.saturating_sub(b)
        }
    };
    sources
        .iter()
        .min_by_key(|s| (s.strength, distance(s)))
        .map(|s| s.name.clone())
}

fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "previously"
            | "recently"
            | "publicly"
            | "will"
            | "would"
            | "still"
            | "now"
            | "repeatedly"
            | "already"
            | "then"
    )
}

/// Whether token `i` can be part of a speaker's or actor's name: a
/// capitalised word, an actor noun ("officials"), "of", a possessive, or
/// the period of a title ("Gov.").
fn name_part(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    if t.is_word() {
        return t.capitalised() || cues::actor_noun(t.lower()) || t.lower() == "of";
    }
    t.is('.') && i > 0 && tokens[i - 1].capitalised() && tokens[i - 1].text().len() <= 4
}

/// The start of a name or actor phrase ending at `end` ("the
/// administration", "county assessors", "Homeland Security Secretary Kristi
/// Noem"): its head must be a capitalised word or an actor noun; lowercase
/// modifiers ("county", "state health") are taken in before an actor noun.
fn noun_phrase_before(tokens: &[Token<'_>], end: usize, speaker: bool) -> Option<usize> {
    if end == 0 || !name_part(tokens, end - 1) || tokens[end - 1].lower() == "of" {
        return None;
    }
    let mut from = end;
    while from > 0 && end - from < 8 {
        let i = from - 1;
        let t = &tokens[i];
        let modifier = t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower())
            && cues::actor_noun(tokens[end - 1].lower());
        if name_part(tokens, i) || modifier || t.is('’') || t.is('\'') {
            from = i;
        } else {
            break;
        }
    }
    while from < end && (tokens[from].lower() == "of" || !tokens[from].is_word()) {
        from += 1;
    }
    if from > 0 && matches!(tokens[from - 1].lower(), "the" | "a" | "an") {
        from -= 1;
    }
    let t = &tokens[from];
    // A lone sentence-initial word ("Crews", "Clinics") names no one in
    // particular unless it is an actor noun.
    // particular unless it is an actor noun; before a verb of saying it
    // does ("Homan said").
    if !speaker
        && end - from == 1
        && from == 0
        && !cues::actor_noun(t.lower())
        && !t.text().chars().all(|c| c.is_ascii_uppercase())
    {
        return None;
    }
    (from < end).then_some(from)
}

/// The start of a common noun phrase with an article ending at `end`
/// ("the coroner's deputy", "a witness"): up to three lower-case words
/// after "the", "a" or "an".
fn determined_noun_before(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    let mut from = end;
    while from > 0 && end - from < 3 {
        let t = &tokens[from - 1];
        if t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower())
        {
            from -= 1;
        } else {
            break;
        }
    }
    (from < end && from > 0 && matches!(tokens[from - 1].lower(), "the" | "a" | "an"))
        .then(|| from - 1)
}

/// A name or actor phrase starting at `from` (after an inverted verb of
/// saying): `[from, to)`.
fn noun_phrase_after(tokens: &[Token<'_>], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    if tokens.get(i).is_some_and(|t| t.lower() == "the") {
        i += 1;
    }
    let mut last_head = None;
    let mut j = i;
    while j < tokens.len() && j - i < 8 {
        let t = &tokens[j];
        if name_part(tokens, j) {
            if t.is_word() && t.lower() != "of" {
                last_head = Some(j + 1);
            }
        } else if !(t.is_word()
            && t.text().starts_with(char::is_lowercase)
            && !cues::ends_noun_phrase(t.lower()))
        {
            break;
        }
        j += 1;
    }
    last_head.map(|to| (from, to))
}

fn span_text(tokens: &[Token<'_>], text: &str, from: usize, to: usize) -> String {
    text[Span::new(tokens[from].span().start, tokens[to - 1].span().end)].to_string()
}
