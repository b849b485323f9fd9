//! The story types: [`Story`] and [`Stories`].

use crate::hash::FastMap;

/// One story (an event: one shooting, one vote, one flood) and the
/// documents about it.
///
/// ```
/// use factdiff::{Document, StorySeparator};
///
/// let docs = [
///     Document::new("a", "Ferry Sinks Off Orrin Point\nThe ferry Tessaly sank off Orrin Point."),
///     Document::new("b", "Council Votes on Dunmore Budget\nThe Dunmore council met."),
/// ];
/// let stories = StorySeparator::default().separate(&docs);
/// let story = stories.of("a").unwrap();
/// assert_eq!(story.docs, ["a"]);
/// assert_eq!(story.title, "Ferry Sinks Off Orrin Point");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Story {
    /// The story's id: the one its documents were given with, or, for a
    /// story found by separation, the id of its first document (by id).
    pub id: String,
    /// A name for people: the headline of its most central document
    /// (empty when no document has a headline).
    pub title: String,
    /// The ids of its documents, sorted.
    pub docs: Vec<String>,
    /// Groups of near-identical documents (syndicated copies of one
    /// article), each sorted, the original first: the copies of one
    /// article count as one source. Empty when there are none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub copies: Vec<Vec<String>>,
    /// Whether the story was given with the documents (not found by
    /// separation).
    #[cfg_attr(feature = "serde", serde(default))]
    pub given: bool,
}

/// Which story each document belongs to: the result of
/// [`StorySeparator::separate`](crate::StorySeparator::separate).
///
/// Stories are in order of id; every input document is in exactly one.
///
/// ```
/// use factdiff::{Document, StorySeparator};
///
/// let docs = [
///     Document::new("a", "Text.").with_story("quake"),
///     Document::new("b", "Text.").with_story("quake"),
/// ];
/// let stories = StorySeparator::default().separate(&docs);
/// assert_eq!(stories.len(), 1);
/// assert_eq!(stories.story_id("b"), Some("quake"));
/// assert_eq!(stories.iter().next().unwrap().docs, ["a", "b"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stories {
    stories: Vec<Story>,
    /// Document id → (story index, the document's source: the id of the
    /// original of its copy group, or its own id).
    by_doc: FastMap<String, (usize, usize)>,
}

impl Stories {
    /// Stories from a list (sorted here by id); `sources` gives, for a
    /// copy, the id of the document it copies.
    pub(crate) fn new(mut stories: Vec<Story>) -> Stories {
        stories.sort_by(|a, b| a.id.cmp(&b.id));
        let mut by_doc = FastMap::default();
        for (s, story) in stories.iter().enumerate() {
            for (d, doc) in story.docs.iter().enumerate() {
                by_doc.insert(doc.clone(), (s, d));
            }
            for group in &story.copies {
                let original = story.docs.iter().position(|d| *d == group[0]);
                for copy in &group[1..] {
                    if let (Some(o), Some(entry)) = (original, by_doc.get_mut(copy)) {
                        entry.1 = o;
                    }
                }
            }
        }
        Stories { stories, by_doc }
    }

    /// How many stories there are.
    ///
    /// ```
    /// assert_eq!(factdiff::StorySeparator::default().separate(&[]).len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.stories.len()
    }

    /// Whether there are no stories (no documents).
    ///
    /// ```
    /// assert!(factdiff::StorySeparator::default().separate(&[]).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.stories.is_empty()
    }

    /// The stories, by id.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let stories = StorySeparator::default().separate(&[Document::new("a", "Text.")]);
    /// assert_eq!(stories.iter().count(), 1);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Story> {
        self.stories.iter()
    }

    /// The story of a document, by the document's id.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let stories = StorySeparator::default().separate(&[Document::new("a", "Text.")]);
    /// assert!(stories.of("a").is_some());
    /// assert!(stories.of("zzz").is_none());
    /// ```
    #[must_use]
    pub fn of(&self, doc: &str) -> Option<&Story> {
        self.by_doc.get(doc).map(|&(s, _)| &self.stories[s])
    }

    /// The id of a document's story.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let doc = Document::new("a", "Text.").with_story("s1");
    /// assert_eq!(StorySeparator::default().separate(&[doc]).story_id("a"), Some("s1"));
    /// ```
    #[must_use]
    pub fn story_id(&self, doc: &str) -> Option<&str> {
        self.of(doc).map(|s| s.id.as_str())
    }

    /// The independent source a document counts as: the id of the
    /// original article when the document is a near-identical copy of
    /// it, else the document's own id.
    ///
    /// ```
    /// use factdiff::{Document, StorySeparator};
    /// let text = "Ferry Sinks\nThe ferry Tessaly sank off Orrin Point on Monday with 40 people \
    ///     aboard, and the coast guard said all of them were rescued by nightfall. The ferry \
    ///     had left Dunmore harbor an hour late in high wind, its owner said on Tuesday.";
    /// let copy = format!("{text}\nThe Wire contributed to this report.");
    /// let docs = [Document::new("wire", text), Document::new("copy", copy)];
    /// let stories = StorySeparator::default().separate(&docs);
    /// assert_eq!(stories.source("copy"), Some("wire"));
    /// assert_eq!(stories.source("wire"), Some("wire"));
    /// ```
    #[must_use]
    pub fn source(&self, doc: &str) -> Option<&str> {
        self.by_doc
            .get(doc)
            .map(|&(s, d)| self.stories[s].docs[d].as_str())
    }
}

impl<'a> IntoIterator for &'a Stories {
    type Item = &'a Story;
    type IntoIter = std::slice::Iter<'a, Story>;

    fn into_iter(self) -> Self::IntoIter {
        self.stories.iter()
    }
}
