//! Building a lexicon: [`LexiconBuilder`], which turns measures into the
//! word tables claim extraction looks words up in.

use std::sync::{Arc, OnceLock};

use super::frames::FrameTables;
use super::{Entry, Inner, Lexicon, Measure, Phrase, PhraseWord, Role};
use crate::error::Error;
use crate::figure::FigureKind;
use crate::text::{Pos, WordMap, WordSet, lemma};

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
            kinds.push(kinds_of(m)?);
            frames.push(FrameTables::of(m)?);
            words_of_measure(&mut map, &mut phrases, index, m);
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

/// The figure kinds a measure lists, parsed.
fn kinds_of(m: &Measure) -> Result<Vec<FigureKind>, Error> {
    m.kinds
        .iter()
        .map(|k| parse_kind(k).ok_or_else(|| {
            Error::lexicon(None, format!(
                "measure {:?} has unknown kind {k:?} (expected count, percent, multiplier, money or measurement)",
                m.id
            ))
        }))
        .collect::<Result<Vec<_>, _>>()
}

/// Adds the words of measure `index`: single words to `map` under their
/// lemma, multi-word nouns, people, verbs and phrases to `phrases`.
fn words_of_measure(
    map: &mut WordMap<Vec<Entry>>,
    phrases: &mut Vec<Phrase>,
    index: usize,
    m: &Measure,
) {
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
                [one] => words_of(map, lemma(one, role.pos()), entry),
                _ => phrases.push(Phrase {
                    words: words.iter().map(|w| PhraseWord::new(w)).collect(),
                    entry,
                }),
            }
        }
    }
    for phrase in &m.phrases {
        let words: Vec<PhraseWord> = phrase.split_whitespace().map(PhraseWord::new).collect();
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
