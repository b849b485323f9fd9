//! The measure lexicon: which words name which measure.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use crate::error::Error;
use crate::figure::FigureKind;

use crate::claim::frame::{
    Frame, HeadClass, PredicateClass, Voice, head_class, incident_noun, turned,
};
use crate::claim::lexicon_default::{ENTITIES, MEASURES};
use crate::text::{Pos, Token, WordMap, WordSet, inflections, is_body_part, lemma};

/// A measure as the default lexicon's generated data holds it
/// (`lexicon_default.rs`, from `data/lexicon.json`).
pub(super) struct MeasureData {
    pub(super) id: &'static str,
    pub(super) nouns: &'static [&'static str],
    pub(super) people: &'static [&'static str],
    pub(super) verbs: &'static [&'static str],
    pub(super) phrases: &'static [&'static str],
    pub(super) kinds: &'static [&'static str],
    pub(super) predicates: &'static [&'static str],
    pub(super) stock: bool,
}

impl MeasureData {
    fn to_measure(&self) -> Measure {
        let strings = |words: &[&str]| words.iter().map(|w| (*w).to_string()).collect();
        Measure {
            id: self.id.to_string(),
            nouns: strings(self.nouns),
            people: strings(self.people),
            verbs: strings(self.verbs),
            phrases: strings(self.phrases),
            kinds: strings(self.kinds),
            stock: self.stock,
            predicates: strings(self.predicates),
        }
    }
}

/// One measure: an id and the words that name it.
///
/// - `nouns` name the counted thing or event ("arrests", "doses") and decide
///   the measure when they head the figure's noun phrase;
/// - `people` name people or things that belong to this measure by default
///   ("agents", "residents") but yield to a measure verb that governs them
///   ("arrested 50 agents" counts arrests);
/// - `verbs` are verbs whose object or subject the figure counts;
/// - `phrases` are multi-word cues ("set aside", "from their homes");
/// - `kinds`, when not empty, limits the measure to those figure kinds;
/// - `predicates`, when not empty, are the classes of the events the
///   measure counts ([`PredicateClass`](crate::PredicateClass) names:
///   `"die"`, `"hire"`, ...): a figure whose frame has a verb of another
///   class is not this measure ("built 300 homes" is not `homes_damaged`).
///
/// Words are matched by lemma ("arrest", "arrests", "arrested" all match;
/// "fled" matches "flee"), so one form of each word is enough.
///
/// ```
/// use factdiff::Measure;
/// let m = Measure::new("evictions").nouns(["eviction"]).verbs(["evict"]);
/// assert_eq!(m.id, "evictions");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Measure {
    /// The measure id reported in claims.
    pub id: String,
    /// Words for the counted thing or event.
    #[cfg_attr(feature = "serde", serde(default))]
    pub nouns: Vec<String>,
    /// Words for people or things that belong to this measure by default.
    #[cfg_attr(feature = "serde", serde(default))]
    pub people: Vec<String>,
    /// Verbs whose object or subject the figure counts.
    #[cfg_attr(feature = "serde", serde(default))]
    pub verbs: Vec<String>,
    /// Multi-word cues.
    #[cfg_attr(feature = "serde", serde(default))]
    pub phrases: Vec<String>,
    /// Figure kinds the measure applies to (`count`, `percent`, `money`,
    /// `measurement`, `multiplier`, `tally`); empty means all.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kinds: Vec<String>,
    /// The measure is a stock — a level or a running total read at a point
    /// in time (a river's crest, a case count, a budget) — rather than a
    /// flow counted over a period (arrests, rainfall). A date next to a
    /// stock ("43 cases on Tuesday") says when it was read, so it gives
    /// the claim no period; a rate ("a day") still does.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "std::ops::Not::not")
    )]
    pub stock: bool,
    /// The predicate classes of the events the measure counts
    /// ([`PredicateClass`](crate::PredicateClass) names); empty means any.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub predicates: Vec<String>,
}

impl Measure {
    /// A measure with an id and no words yet.
    ///
    /// ```
    /// assert!(factdiff::Measure::new("evictions").nouns.is_empty());
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>) -> Measure {
        Measure {
            id: id.into(),
            ..Measure::default()
        }
    }

    /// Adds nouns for the counted thing or event.
    ///
    /// ```
    /// let m = factdiff::Measure::new("evictions").nouns(["eviction", "lockout"]);
    /// assert_eq!(m.nouns.len(), 2);
    /// ```
    #[must_use]
    pub fn nouns<S: Into<String>>(mut self, words: impl IntoIterator<Item = S>) -> Measure {
        self.nouns.extend(words.into_iter().map(Into::into));
        self
    }

    /// Adds nouns for people or things that belong to the measure by default.
    ///
    /// ```
    /// let m = factdiff::Measure::new("evictions").people(["tenant"]);
    /// assert_eq!(m.people, ["tenant"]);
    /// ```
    #[must_use]
    pub fn people<S: Into<String>>(mut self, words: impl IntoIterator<Item = S>) -> Measure {
        self.people.extend(words.into_iter().map(Into::into));
        self
    }

    /// Adds verbs.
    ///
    /// ```
    /// let m = factdiff::Measure::new("evictions").verbs(["evict"]);
    /// assert_eq!(m.verbs, ["evict"]);
    /// ```
    #[must_use]
    pub fn verbs<S: Into<String>>(mut self, words: impl IntoIterator<Item = S>) -> Measure {
        self.verbs.extend(words.into_iter().map(Into::into));
        self
    }

    /// Adds predicate classes ([`PredicateClass`](crate::PredicateClass)
    /// names): the measure counts only events of these classes.
    ///
    /// ```
    /// let m = factdiff::Measure::new("evictions").predicates(["other"]);
    /// assert_eq!(m.predicates, ["other"]);
    /// ```
    #[must_use]
    pub fn predicates<S: Into<String>>(mut self, classes: impl IntoIterator<Item = S>) -> Measure {
        self.predicates.extend(classes.into_iter().map(Into::into));
        self
    }

    /// Adds multi-word cues.
    ///
    /// ```
    /// let m = factdiff::Measure::new("evictions").phrases(["put out on the street"]);
    /// assert_eq!(m.phrases.len(), 1);
    /// ```
    #[must_use]
    pub fn phrases<S: Into<String>>(mut self, words: impl IntoIterator<Item = S>) -> Measure {
        self.phrases.extend(words.into_iter().map(Into::into));
        self
    }
}

/// The role a word plays for a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Noun,
    People,
    Verb,
}

/// A word's meaning: which measure, in which role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) measure: usize,
    pub(crate) role: Role,
}

impl Role {
    /// The part of speech a word in this role is looked up by.
    pub(crate) fn pos(self) -> Pos {
        match self {
            Role::Verb => Pos::Verb,
            Role::Noun | Role::People => Pos::Noun,
        }
    }
}

/// A word of a multi-word cue: its noun and verb lemmas.
#[derive(Clone, Debug)]
pub(crate) struct PhraseWord {
    noun: String,
    verb: String,
}

impl PhraseWord {
    fn new(word: &str) -> PhraseWord {
        PhraseWord {
            noun: lemma(word, Pos::Noun),
            verb: lemma(word, Pos::Verb),
        }
    }

    /// Whether a token of the text is this word, as a noun or as a verb
    /// ("took" is "take", "homes" is "home").
    pub(crate) fn matches(&self, t: &Token<'_>) -> bool {
        t.is_word() && (t.lemma(Pos::Noun) == self.noun || t.lemma(Pos::Verb) == self.verb)
    }
}

/// A multi-word cue, as lemmas.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub(crate) words: Vec<PhraseWord>,
    pub(crate) entry: Entry,
}

#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    about: Option<String>,
    measures: Vec<Measure>,
    #[serde(default)]
    entities: Vec<String>,
}

/// Which words name which measure: the vocabulary claim extraction uses to
/// decide what a figure counts.
///
/// [`Lexicon::default`] is the lexicon shipped with factdiff
/// (`data/lexicon.json`, loaded once per process). Extend it or replace it
/// with [`LexiconBuilder`] or a JSON file of your own.
///
/// ```
/// use factdiff::{Lexicon, Measure};
///
/// let lexicon = Lexicon::builder()
///     .defaults()
///     .measure(Measure::new("evictions").nouns(["eviction"]).verbs(["evict"]))
///     .build()?;
/// assert!(lexicon.measure("evictions").is_some());
/// assert!(lexicon.measure("arrests").is_some());
/// # Ok::<(), factdiff::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lexicon {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    measures: Vec<Measure>,
    kinds: Vec<Vec<FigureKind>>,
    /// Per measure: what it says of frames.
    frames: Vec<FrameTables>,
    /// Every lemma of the lexicon: its words', entities' and phrases'.
    lemmas: Vec<String>,
    /// Every form of those lemmas, as a noun or a verb: a word outside it
    /// matches nothing, known without lemmatizing it. Made on first use
    /// (about a millisecond), so that loading a lexicon stays cheap.
    forms: OnceLock<WordSet>,
    words: WordMap<Vec<Entry>>,
    phrases: Vec<Phrase>,
    entities: WordSet,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        static DEFAULT: OnceLock<Lexicon> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                let mut builder = LexiconBuilder::default();
                for m in MEASURES {
                    builder.measure(m.to_measure());
                }
                builder.entities(ENTITIES.iter().copied());
                builder.build().unwrap_or_else(|e| {
                    // The data is part of the crate and tested; a failure
                    // here is a build mistake, not bad input.
                    unreachable!("the bundled lexicon is invalid: {e}")
                })
            })
            .clone()
    }
}

impl Lexicon {
    /// A builder, empty until you add [`defaults`](LexiconBuilder::defaults)
    /// or measures.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::builder().build()?;
    /// assert_eq!(lexicon.measures().count(), 0);
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Parses a lexicon from JSON: `{"measures": [{"id": ..., "nouns":
    /// [...], "people": [...], "verbs": [...], "phrases": [...], "kinds":
    /// [...]}], "entities": [...]}` (the format of `data/lexicon.json`).
    /// Available with the `serde` feature.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Lexicon`](crate::ErrorKind::Lexicon) when the JSON does
    /// not parse, a field is unknown, an id is empty or repeated, or a kind
    /// is not a figure kind; the message says where.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::from_json(
    ///     r#"{"measures": [{"id": "evictions", "nouns": ["eviction"]}]}"#,
    /// )?;
    /// assert!(lexicon.measure("evictions").is_some());
    /// assert!(factdiff::Lexicon::from_json("{").is_err());
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn from_json(json: &str) -> Result<Lexicon, Error> {
        let file: LexiconFile =
            serde_json::from_str(json).map_err(|e| Error::lexicon(None, e.to_string()))?;
        let _ = file.about;
        // In a file a repeated id is a mistake, not a redefinition (that is
        // what `LexiconBuilder::measure` is for).
        for (index, m) in file.measures.iter().enumerate() {
            if let Some(first) = file.measures[..index].iter().position(|o| o.id == m.id) {
                return Err(Error::lexicon(
                    None,
                    format!(
                        "measure {} repeats the id {:?} of measure {}",
                        index + 1,
                        m.id,
                        first + 1
                    ),
                ));
            }
        }
        let mut builder = LexiconBuilder::default();
        for m in file.measures {
            builder.measure(m);
        }
        builder.entities(file.entities);
        builder.build()
    }

    /// Reads a lexicon from a JSON file. Available with the `serde`
    /// feature.
    ///
    /// # Errors
    ///
    /// As [`Document::from_path`](crate::Document::from_path) for a file
    /// that cannot be read, and as [`Lexicon::from_json`] for bad content;
    /// the message names the path.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("factdiff-lexicon-doc.json");
    /// std::fs::write(&path, r#"{"measures": [{"id": "evictions", "nouns": ["eviction"]}]}"#).unwrap();
    /// let lexicon = factdiff::Lexicon::from_path(&path)?;
    /// assert!(lexicon.measure("evictions").is_some());
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Lexicon, Error> {
        let path = path.as_ref();
        let doc = crate::Document::from_path(path)?;
        Lexicon::from_json(&doc.text).map_err(|e| match e.kind() {
            crate::ErrorKind::Lexicon { message, .. } => {
                Error::lexicon(Some(path), message.clone())
            }
            _ => e,
        })
    }

    /// The measure with this id.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::default();
    /// assert!(lexicon.measure("deaths").is_some());
    /// assert!(lexicon.measure("no-such-measure").is_none());
    /// ```
    #[must_use]
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.inner.measures.iter().find(|m| m.id == id)
    }

    /// All measures, in lexicon order.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::default();
    /// assert!(lexicon.measures().any(|m| m.id == "arrests"));
    /// ```
    pub fn measures(&self) -> impl Iterator<Item = &Measure> {
        self.inner.measures.iter()
    }

    /// The measure a frame names, for a figure of `kind`: the measure
    /// whose nouns hold the frame's head ("7,300 arrests") or, for money,
    /// its purpose ("a $3,000 signing bonus"), else one whose
    /// predicate classes or verbs hold its predicate ("six people were
    /// shot": `people_shot`), else one whose people words hold the head when
    /// nothing happened to it ("6,000 agents": `workforce`). A measure never
    /// takes a frame whose verb is of a class it does not list: "crews
    /// built 300 homes" is not `homes_damaged`, "14 troopers were sent" not
    /// `workforce`; a measure of things (guns, vehicles, buildings,
    /// documents) does not take people through its verb: "two men opened
    /// fire" is not `shots_fired`. `None` when no measure fits.
    ///
    /// ```
    /// use factdiff::{Document, FigureKind, Lexicon, claims};
    ///
    /// let lexicon = Lexicon::default();
    /// let shot = &claims(&Document::new("a", "Six people were shot.")).next().unwrap();
    /// assert_eq!(lexicon.classify(&shot.frame, FigureKind::Count), Some("people_shot"));
    /// let built = &claims(&Document::new("b", "Crews built 300 homes.")).next().unwrap();
    /// assert_eq!(lexicon.classify(&built.frame, FigureKind::Count), Some("homes_built"));
    /// ```
    #[must_use]
    pub fn classify(&self, frame: &Frame, kind: FigureKind) -> Option<&str> {
        self.classify_index(frame, kind).map(|m| self.id(m))
    }

    /// [`Lexicon::classify`], as the measure's index.
    pub(crate) fn classify_index(&self, frame: &Frame, kind: FigureKind) -> Option<usize> {
        let head = frame.head.as_deref();
        let predicate = frame.predicate.as_ref();
        let verbal = predicate.filter(|p| p.voice != Voice::Nominal);
        // A verb of a known class names the event: a measure that does not
        // list it is another event's. Changes ("rose to") and unknown
        // events say nothing of which.
        let blocking = verbal
            .is_some_and(|p| !matches!(p.class, PredicateClass::Other | PredicateClass::Change));
        // The entries of the head and the purpose, looked up once.
        let entries = |word: Option<&str>| -> &[Entry] {
            word.and_then(|w| self.inner.words.get(w))
                .map_or(&[], Vec::as_slice)
        };
        // (Only money's purpose is a noun: votes are needed to do something.)
        let purpose = frame
            .purpose
            .as_deref()
            .filter(|_| kind == FigureKind::Money);
        let (of_head, of_purpose) = (entries(head), entries(purpose));
        // A head that is its own incident noun counts incidents: the
        // noun's class names no measure ("three shootings" are no people
        // shot).
        let incidents = head.is_some_and(incident_noun)
            && predicate.is_some_and(|p| p.voice == Voice::Nominal && head == Some(&p.lemma));
        // Parts of the body ("shot in both feet") are no people: only a
        // measure that lists the noun counts them.
        let body = head.is_some_and(is_body_part);
        let has = |es: &[Entry], m: usize, role: Role| {
            es.iter().any(|e| e.measure == m && e.role == role)
        };
        let mut best: Option<(u8, usize)> = None;
        for m in 0..self.inner.measures.len() {
            if !self.fits(m, kind) {
                continue;
            }
            let tables = &self.inner.frames[m];
            let classes = &tables.predicates;
            // ("the suspect fled" is no evacuation.)
            let by_lemma = predicate.is_some_and(|p| tables.verbs.contains(&p.lemma) && !turned(p));
            let by_class = !incidents && predicate.is_some_and(|p| classes.contains(&p.class));
            let listed = by_lemma || by_class;
            let declared = !classes.is_empty();
            if verbal.is_some() && !listed && (blocking || declared) {
                continue;
            }
            // Money counts dollars; what they are for names the measure
            // ("a $3,000 signing bonus").
            let noun = has(of_head, m, Role::Noun) || has(of_purpose, m, Role::Noun);
            // For a share the verb decides: "3.5% of trips were canceled"
            // counts cancellations.
            let share = frame.relation == crate::claim::Relation::Share;
            // A measure of things ("homes_damaged") does not take another
            // kind of thing through its verb: "18 vehicles were damaged".
            let things = &tables.things;
            let other_thing = kind != FigureKind::Money
                && !things.is_empty()
                && frame.head_class.is_some_and(|c| {
                    matches!(
                        c,
                        HeadClass::Vehicle
                            | HeadClass::Building
                            | HeadClass::Weapon
                            | HeadClass::Document
                            | HeadClass::Place
                    ) && !things.contains(&c)
                });
            // Nor people, when it counts things only: "two men opened
            // fire" counts shooters, not `shots_fired`.
            let people_for_things = kind != FigureKind::Money
                && tables.things_only()
                && frame.head_class == Some(HeadClass::Person);
            if !noun && (other_thing || people_for_things || body) {
                continue;
            }
            let score = if share && listed && verbal.is_some() {
                9 + u8::from(by_lemma)
            } else if noun {
                6 + 2 * u8::from(listed) + u8::from(by_lemma)
            } else if listed {
                4 + u8::from(by_lemma)
            } else if verbal.is_none() && has(of_head, m, Role::People) {
                2
            } else {
                continue;
            };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, m));
            }
        }
        best.map(|(_, m)| m)
    }

    /// Whether measure `m` counts things only (guns, buildings, vehicles,
    /// documents: `doses`, `homes_damaged`), never people.
    pub(crate) fn things_only(&self, m: usize) -> bool {
        self.inner.frames[m].things_only()
    }

    /// Whether a verb lemma is a verb of some measure.
    pub(crate) fn has_verb(&self, lemma: &str) -> bool {
        self.inner.frames.iter().any(|f| f.verbs.contains(lemma))
    }

    pub(crate) fn id(&self, measure: usize) -> &str {
        &self.inner.measures[measure].id
    }

    /// The entries for a lemma that fit a figure kind (noun and people
    /// words are keyed by their noun lemma, verbs by their verb lemma).
    pub(crate) fn lookup(&self, lemma: &str, kind: FigureKind) -> impl Iterator<Item = Entry> + '_ {
        self.inner
            .words
            .get(lemma)
            .into_iter()
            .flatten()
            .copied()
            .filter(move |e| self.fits(e.measure, kind))
    }

    /// The first measure that lists `kind` among its kinds by name (not
    /// by taking every kind).
    pub(crate) fn first_naming(&self, kind: FigureKind) -> Option<usize> {
        self.inner.kinds.iter().position(|k| k.contains(&kind))
    }

    pub(crate) fn fits(&self, measure: usize, kind: FigureKind) -> bool {
        let kinds = &self.inner.kinds[measure];
        // A multiplier takes its measure from what it multiplies, whatever
        // the kind of that quantity.
        kinds.is_empty() || kind == FigureKind::Multiplier || kinds.contains(&kind)
    }

    pub(crate) fn phrases(&self) -> &[Phrase] {
        &self.inner.phrases
    }

    pub(crate) fn is_stock(&self, measure: usize) -> bool {
        self.inner.measures[measure].stock
    }

    /// Whether the lower-case word may be a word of the lexicon (a form
    /// of one of its lemmas); `false` is certain.
    pub(crate) fn may_match(&self, lower: &str) -> bool {
        self.inner
            .forms
            .get_or_init(|| {
                let lemmas: Vec<&str> = self.inner.lemmas.iter().map(String::as_str).collect();
                inflections(&lemmas)
            })
            .contains(lower)
    }

    /// Whether a noun lemma is a generic entity noun ("person", "man").
    pub(crate) fn is_entity(&self, lemma: &str) -> bool {
        self.inner.entities.contains(lemma)
    }
}

/// Builds a [`Lexicon`]: the defaults, your own measures, or both.
///
/// ```
/// use factdiff::{Lexicon, Measure};
/// let lexicon = Lexicon::builder()
///     .measure(Measure::new("evictions").nouns(["eviction"]))
///     .build()?;
/// assert_eq!(lexicon.measures().count(), 1);
/// # Ok::<(), factdiff::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct LexiconBuilder {
    measures: Vec<Measure>,
    entities: Vec<String>,
}

impl LexiconBuilder {
    /// Adds the measures and entities of the default lexicon.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::builder().defaults().build()?;
    /// assert!(lexicon.measure("arrests").is_some());
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    pub fn defaults(&mut self) -> &mut LexiconBuilder {
        let defaults = Lexicon::default();
        self.measures
            .extend(defaults.inner.measures.iter().cloned());
        let mut entities: Vec<String> = defaults.inner.entities.iter().cloned().collect();
        entities.sort();
        self.entities.extend(entities);
        self
    }

    /// Adds a measure. A measure with the id of one already added replaces
    /// it, so you can redefine a default measure.
    ///
    /// ```
    /// use factdiff::{Lexicon, Measure};
    /// let lexicon = Lexicon::builder()
    ///     .defaults()
    ///     .measure(Measure::new("arrests").nouns(["arrest"]))
    ///     .build()?;
    /// assert_eq!(lexicon.measure("arrests").unwrap().verbs.len(), 0);
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    pub fn measure(&mut self, measure: Measure) -> &mut LexiconBuilder {
        match self.measures.iter_mut().find(|m| m.id == measure.id) {
            Some(existing) => *existing = measure,
            None => self.measures.push(measure),
        }
        self
    }

    /// Adds generic nouns for people or things that carry no measure.
    ///
    /// ```
    /// let lexicon = factdiff::Lexicon::builder().entities(["tenant"]).build()?;
    /// # Ok::<(), factdiff::Error>(())
    /// ```
    pub fn entities<S: Into<String>>(
        &mut self,
        words: impl IntoIterator<Item = S>,
    ) -> &mut LexiconBuilder {
        self.entities.extend(words.into_iter().map(Into::into));
        self
    }

    /// Builds the lexicon.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Lexicon`](crate::ErrorKind::Lexicon) for an empty
    /// measure id or an unknown figure kind.
    ///
    /// ```
    /// use factdiff::{Lexicon, Measure};
    /// assert!(Lexicon::builder().measure(Measure::new("")).build().is_err());
    /// ```
    pub fn build(&self) -> Result<Lexicon, Error> {
        let mut map: WordMap<Vec<Entry>> = WordMap::default();
        let mut phrases = Vec::new();
        let mut kinds = Vec::with_capacity(self.measures.len());
        let mut frames = Vec::with_capacity(self.measures.len());
        for (index, m) in self.measures.iter().enumerate() {
            if m.id.trim().is_empty() {
                return Err(Error::lexicon(
                    None,
                    format!("measure {} has an empty id", index + 1),
                ));
            }
            kinds.push(
                m.kinds
                    .iter()
                    .map(|k| parse_kind(k).ok_or_else(|| {
                        Error::lexicon(None, format!(
                            "measure {:?} has unknown kind {k:?} (expected count, percent, multiplier, money or measurement)",
                            m.id
                        ))
                    }))
                    .collect::<Result<Vec<_>, _>>()?,
            );
            frames.push(FrameTables::of(m)?);
            let roles = [
                (&m.nouns, Role::Noun),
                (&m.people, Role::People),
                (&m.verbs, Role::Verb),
            ];
            for (list, role) in roles {
                for word in list {
                    let entry = Entry {
                        measure: index,
                        role,
                    };
                    let words: Vec<&str> = word.split_whitespace().collect();
                    match words.as_slice() {
                        [] => {}
                        [one] => words_of(&mut map, lemma(one, role.pos()), entry),
                        _ => phrases.push(Phrase {
                            words: words.iter().map(|w| PhraseWord::new(w)).collect(),
                            entry,
                        }),
                    }
                }
            }
            for phrase in &m.phrases {
                let words: Vec<PhraseWord> =
                    phrase.split_whitespace().map(PhraseWord::new).collect();
                if !words.is_empty() {
                    phrases.push(Phrase {
                        words,
                        entry: Entry {
                            measure: index,
                            role: Role::Noun,
                        },
                    });
                }
            }
        }
        // Longer phrases first, so "in emergency shelters" wins over "in shelters".
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        let entities: WordSet = self.entities.iter().map(|w| lemma(w, Pos::Noun)).collect();
        let mut lemmas: Vec<String> = map.keys().cloned().collect();
        lemmas.extend(entities.iter().cloned());
        lemmas.extend(
            phrases
                .iter()
                .flat_map(|p| p.words.iter())
                .flat_map(|w| [w.noun.clone(), w.verb.clone()]),
        );
        lemmas.sort_unstable();
        lemmas.dedup();
        Ok(Lexicon {
            inner: Arc::new(Inner {
                measures: self.measures.clone(),
                kinds,
                frames,
                lemmas,
                forms: OnceLock::new(),
                words: map,
                phrases,
                entities,
            }),
        })
    }
}

/// What a measure says of frames: its predicate classes, its verbs'
/// lemmas ("lay off" for "laid off"), and the classes of the things its
/// nouns name.
#[derive(Debug)]
struct FrameTables {
    predicates: Vec<PredicateClass>,
    verbs: HashSet<String>,
    /// Building for "home"; events and other things left out.
    things: Vec<HeadClass>,
    /// Whether the measure names people ("people" words).
    people: bool,
}

impl FrameTables {
    /// Whether the measure's nouns name things only (guns, vehicles,
    /// buildings, documents) and it names no people.
    fn things_only(&self) -> bool {
        !self.things.is_empty()
            && !self.people
            && self.things.iter().all(|c| {
                matches!(
                    c,
                    HeadClass::Weapon
                        | HeadClass::Vehicle
                        | HeadClass::Building
                        | HeadClass::Document
                )
            })
    }

    fn of(m: &Measure) -> Result<FrameTables, Error> {
        let unknown = |c: &String| {
            let expected: Vec<&str> = PredicateClass::ALL.iter().map(|p| p.as_str()).collect();
            Error::lexicon(
                None,
                format!(
                    "measure {:?} has unknown predicate class {c:?} (expected one of {})",
                    m.id,
                    expected.join(", ")
                ),
            )
        };
        let predicates = m
            .predicates
            .iter()
            .map(|c| PredicateClass::from_name(c).ok_or_else(|| unknown(c)))
            .collect::<Result<Vec<_>, _>>()?;
        let verbs = m
            .verbs
            .iter()
            .map(|v| {
                v.split_whitespace()
                    .map(|w| lemma(w, Pos::Verb))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut things: Vec<HeadClass> = m
            .nouns
            .iter()
            .filter(|n| !n.contains(' '))
            .map(|n| head_class(&lemma(n, Pos::Noun)))
            .filter(|c| !matches!(c, HeadClass::Event | HeadClass::Other))
            .collect();
        things.sort_unstable();
        things.dedup();
        Ok(FrameTables {
            predicates,
            verbs,
            things,
            people: !m.people.is_empty(),
        })
    }
}

/// Adds `entry` under `lemma`, once.
fn words_of(map: &mut WordMap<Vec<Entry>>, lemma: String, entry: Entry) {
    let entries = map.entry(lemma).or_default();
    if !entries.contains(&entry) {
        entries.push(entry);
    }
}

fn parse_kind(kind: &str) -> Option<FigureKind> {
    Some(match kind {
        "count" => FigureKind::Count,
        "percent" => FigureKind::Percent,
        "multiplier" => FigureKind::Multiplier,
        "money" => FigureKind::Money,
        "measurement" => FigureKind::Measurement,
        "tally" => FigureKind::Tally,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_loads_and_indexes_inflections() {
        let lexicon = Lexicon::default();
        let arrests = lexicon
            .inner
            .measures
            .iter()
            .position(|m| m.id == "arrests")
            .unwrap();
        let hits: Vec<Entry> = lexicon
            .lookup(&lemma("arrested", Pos::Verb), FigureKind::Count)
            .collect();
        assert!(hits.iter().any(|e| e.measure == arrests));
    }

    #[test]
    fn kinds_limit_measures() {
        let lexicon = Lexicon::default();
        assert_eq!(lexicon.lookup("rain", FigureKind::Count).count(), 0);
        let hits: Vec<Entry> = lexicon.lookup("rain", FigureKind::Measurement).collect();
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|e| lexicon.id(e.measure) == "rainfall"));
    }

    /// The generated data (`lexicon_default.rs`) is `data/lexicon.json`:
    /// rerun `tools/lexicon/gen_default.py` after editing the file.
    #[cfg(feature = "serde")]
    #[test]
    fn default_lexicon_is_the_json_file() {
        let file = Lexicon::from_json(include_str!("../../data/lexicon.json")).unwrap();
        let default = Lexicon::default();
        assert_eq!(
            file.inner.measures, default.inner.measures,
            "src/claim/lexicon_default.rs is stale: run tools/lexicon/gen_default.py"
        );
        let sorted = |l: &Lexicon| {
            let mut e: Vec<String> = l.inner.entities.iter().cloned().collect();
            e.sort();
            e
        };
        assert_eq!(sorted(&file), sorted(&default));
        assert!(!default.inner.measures.is_empty());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn bad_files_say_why() {
        let err =
            Lexicon::from_json(r#"{"measures": [{"id": "x", "kinds": ["weight"]}]}"#).unwrap_err();
        assert!(err.to_string().contains("unknown kind \"weight\""), "{err}");
        let err = Lexicon::from_json(r#"{"measures": [{"id": "x", "predicates": ["explode"]}]}"#)
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown predicate class \"explode\" (expected one of die, injure"),
            "{err}"
        );
        let err = Lexicon::from_json(r#"{"measures": [{"id": "x", "nouns": 3}]}"#).unwrap_err();
        assert!(err.to_string().starts_with("invalid lexicon:"), "{err}");
        let err = Lexicon::from_json(r#"{"measure": []}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let err = Lexicon::from_json(r#"{"measures": [{"id": "x"}, {"id": "y"}, {"id": "x"}]}"#)
            .unwrap_err();
        assert!(
            err.to_string()
                .contains(r#"measure 3 repeats the id "x" of measure 1"#),
            "{err}"
        );
    }
}
