//! The measure lexicon: which words name which measure.

mod builder;
mod definition;
mod frames;

use std::sync::{Arc, OnceLock};

#[cfg(feature = "serde")]
use crate::error::Error;
use crate::figure::FigureKind;

use crate::claim::lexicon_default::{ENTITIES, MEASURES};
use crate::text::{FormSet, Pos, Token, WordMap, WordSet, inflections, lemma};
pub use builder::LexiconBuilder;
pub use definition::Measure;
pub(super) use definition::MeasureData;
use frames::FrameTables;
pub(crate) use frames::thing;

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
    forms: OnceLock<FormSet>,
    words: WordMap<Vec<Entry>>,
    phrases: Vec<Phrase>,
    entities: WordSet,
}

/// Whether the default lexicon derives a measure of money from spending
/// (its predicates hold `spend`: funding, cost): measures of one sum told
/// by who pays it or by what it pays for, which alignment blocks together.
pub(crate) fn money_spent(measure: &str) -> bool {
    MEASURES
        .iter()
        .any(|m| m.id == measure && m.kinds == ["money"] && m.predicates.contains(&"spend"))
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

    /// Whether the word may be a word of the lexicon (a form of one of
    /// its lemmas); `false` is certain.
    pub(crate) fn may_match(&self, t: &Token<'_>) -> bool {
        self.inner
            .forms
            .get_or_init(|| {
                let lemmas: Vec<&str> = self.inner.lemmas.iter().map(String::as_str).collect();
                FormSet::new(inflections(&lemmas))
            })
            .holds(t)
    }

    /// Whether a noun lemma is a generic entity noun ("person", "man").
    pub(crate) fn is_entity(&self, lemma: &str) -> bool {
        self.inner.entities.contains(lemma)
    }
}

#[cfg(test)]
mod tests;
