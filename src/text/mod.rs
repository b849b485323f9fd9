//! Words: the one tokenizer and the one lemmatizer of the crate, and the
//! word classes they read from WordNet-derived tables.
//!
//! - [`tokenize`] splits a text into [`Token`]s with byte spans into it,
//!   each word lower-cased and lemmatized as a noun and as a verb.
//! - [`lemma`] lemmatizes one word: WordNet's irregular forms ("shot" →
//!   "shoot", "children" → "child", "people" → "person") and its suffix
//!   rules, a candidate counting only when WordNet knows it.
//! - [`noun_senses`] / [`verb_senses`] give a lemma's classes
//!   ([`NounClass`], [`VerbClass`]): the lexicographer file of each sense
//!   and, for nouns, the hypernym closures (person, money, weapon, vehicle,
//!   building, ...); [`is_person`] asks the one most needed.
//!
//! The tables (`data/wordnet/`, about 680 kB of text) are generated from
//! WordNet 3.0 by `tools/wordnet/gen_tables.py` and parsed once per
//! process, on first use, in a few milliseconds.

mod classes;
mod lemma;
mod pieces;
mod tables;
mod tokens;
mod word_table;

pub use classes::{NounClass, NounSenses, VerbClass, VerbSenses};
pub(crate) use lemma::{PERSON_WORDS, VOTE_SIDES, is_body_part, is_person_word};
pub use lemma::{Pos, is_person, lemma, noun_senses, verb_senses};
pub(crate) use lemma::{inflections, strip_possessive};
pub(crate) use pieces::{ceil_char_boundary, floor_char_boundary, piece_end, pieces};
pub(crate) use tables::{WordMap, WordSet, hash_word};
pub(crate) use tokens::{FormSet, Word, each_word, noun_lemma_key, title_case};
pub use tokens::{Token, tokenize};
pub(crate) use word_table::WordTable;
