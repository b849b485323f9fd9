//! Closed word lists of the claim rules: function words, modality cues,
//! speech verbs, time words. Everything here is a property of English, not
//! of a domain; domain vocabulary lives in the lexicon.

mod function_words;
mod modality;
mod place;
mod sentence;
mod time;

pub(crate) use function_words::{
    appositive_link, attributive_determiner, determiner, ends_noun_phrase, figure_modifier,
    partitive, preposition_participle, relative_pronoun, subordinator, transparent_noun,
};
pub(crate) use modality::{
    Cue, Source, actor_noun, contrast, earlier_cue, early_report, modal, modality_cue,
    needs_complement, only_reports, pronoun, report_noun, source_verb,
};
pub(crate) use place::{jurisdiction, place_adverb, place_modifier, place_noun};
pub(crate) use sentence::SentenceCues;
pub(crate) use time::{
    day_of_date, month, number_word, period_word, relative_time, time_span, weekday, window_opener,
    window_word,
};

#[cfg(test)]
mod tests;
