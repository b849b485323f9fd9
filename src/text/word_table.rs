//! A small table of words by their hash, for fixed word lists read once
//! per process (stopwords, time words).

use crate::text::{Word, hash_word};

/// A table of words by their hash, for a lookup without string
/// comparisons but one (a hash match is confirmed on the string): open
/// addressing, 1024 slots (a power of two well above the words it holds,
/// so probe runs stay short), empty slots holding `""`.
pub(crate) struct WordTable<T: 'static>(Vec<(u32, &'static str, Option<T>)>);

const TABLE_SLOTS: usize = 1024;

impl<T: Copy> WordTable<T> {
    pub(crate) fn new(words: impl IntoIterator<Item = (&'static str, T)>) -> WordTable<T> {
        let mut t: Vec<(u32, &'static str, Option<T>)> = vec![(0, "", None); TABLE_SLOTS];
        for (w, value) in words {
            let h = hash_word(w);
            let mut i = slot(h);
            while !t[i].1.is_empty() {
                i = (i + 1) % TABLE_SLOTS;
            }
            t[i] = (h, w, Some(value));
        }
        WordTable(t)
    }

    /// The value of the word, if the table has it (the first entered, for
    /// a word entered twice).
    pub(crate) fn get(&self, word: Word<'_>) -> Option<T> {
        let mut i = slot(word.hash);
        while let Some(&(h, w, value)) = self.0.get(i) {
            if w.is_empty() {
                break;
            }
            if h == word.hash && w == word.text {
                return value;
            }
            i = (i + 1) % TABLE_SLOTS;
        }
        None
    }
}

fn slot(h: u32) -> usize {
    // Lossless: u32 fits usize on every platform Rust supports with std.
    h as usize % TABLE_SLOTS
}
