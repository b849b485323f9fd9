//! A measure's definition: [`Measure`], an id and the words that name
//! it, as a lexicon is built from it; and `MeasureData`, the same as the
//! default lexicon's generated data holds it.

/// A measure as the default lexicon's generated data holds it
/// (`lexicon_default.rs`, from `data/lexicon.json`).
pub(in crate::claim) struct MeasureData {
    pub(in crate::claim) id: &'static str,
    pub(in crate::claim) nouns: &'static [&'static str],
    pub(in crate::claim) people: &'static [&'static str],
    pub(in crate::claim) verbs: &'static [&'static str],
    pub(in crate::claim) phrases: &'static [&'static str],
    pub(in crate::claim) kinds: &'static [&'static str],
    pub(in crate::claim) predicates: &'static [&'static str],
    pub(in crate::claim) stock: bool,
}

impl MeasureData {
    pub(super) fn to_measure(&self) -> Measure {
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
