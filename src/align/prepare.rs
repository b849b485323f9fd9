//! Per-claim features computed once before pairing: the comparable
//! quantity, normalised names and window, and the sentence's token keys
//! (shared by the claims of one sentence).

use rayon::prelude::*;

use crate::align::judge::Quantity;
use crate::align::normalize::{self, WindowSig};
use crate::claim::{Claim, Modality};

/// What scoring needs of one sentence.
#[derive(Debug)]
pub(crate) struct SentenceFeatures {
    /// Sorted, masked, stopword-free context tokens.
    pub context: Box<[u32]>,
    /// The words in order, numbers kept (for syndication).
    pub ordered: Box<[u32]>,
}

/// What scoring and judging need of one claim.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// The document id, interned (equal ids, equal numbers).
    pub doc: u32,
    /// The measure id, interned.
    pub measure: Option<u32>,
    pub quantity: Quantity,
    pub modality: Modality,
    /// Index of the claim's sentence in [`Features::sentences`].
    pub sentence: usize,
    pub place: Box<[u32]>,
    pub subject: Box<[u32]>,
    pub attribution: Box<[u32]>,
    pub window: Option<Box<WindowSig>>,
}

/// Features of a claim slice, index for index.
#[derive(Debug)]
pub(crate) struct Features {
    pub claims: Vec<Prepared>,
    pub sentences: Vec<SentenceFeatures>,
}

/// One claim with its features, as the scorer sees it.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub claim: &'a Claim,
    pub prep: &'a Prepared,
    pub sentence: &'a SentenceFeatures,
}

impl Features {
    /// Computes the features of `claims` (in parallel). Claims of one
    /// sentence that are adjacent share its token keys.
    pub(crate) fn of(claims: &[Claim]) -> Features {
        // Runs of claims from the same sentence of the same document.
        let mut starts = Vec::new();
        let mut sentence_of = Vec::with_capacity(claims.len());
        for (i, c) in claims.iter().enumerate() {
            let same = i > 0 && {
                let p = &claims[i - 1];
                p.doc == c.doc && p.sentence == c.sentence && p.sentence_text == c.sentence_text
            };
            if !same {
                starts.push(i);
            }
            sentence_of.push(starts.len() - 1);
        }
        let sentence = |&i: &usize| {
            let (context, ordered) = normalize::sentence_keys(&claims[i].sentence_text);
            SentenceFeatures {
                context: context.into(),
                ordered: ordered.into(),
            }
        };
        // Threads only pay off past a few hundred claims.
        let (sentences, prepared): (Vec<SentenceFeatures>, Vec<Prepared>) = if claims.len() < 512 {
            (
                starts.iter().map(sentence).collect(),
                claims
                    .iter()
                    .zip(&sentence_of)
                    .map(|(c, &s)| prepare(c, s))
                    .collect(),
            )
        } else {
            (
                starts.par_iter().map(sentence).collect(),
                claims
                    .par_iter()
                    .zip(sentence_of.par_iter())
                    .map(|(c, &s)| prepare(c, s))
                    .collect(),
            )
        };
        let mut prepared = prepared;
        // Interned document and measure ids: scoring compares numbers.
        let mut ids: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        for (p, c) in prepared.iter_mut().zip(claims) {
            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            p.doc = *ids.entry(c.doc.as_str()).or_insert(next);
        }
        ids.clear();
        for (p, c) in prepared.iter_mut().zip(claims) {
            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            p.measure = c.measure.as_deref().map(|m| *ids.entry(m).or_insert(next));
        }
        Features {
            claims: prepared,
            sentences,
        }
    }

    pub(crate) fn view<'a>(&'a self, claims: &'a [Claim], i: usize) -> View<'a> {
        let prep = &self.claims[i];
        View {
            claim: &claims[i],
            prep,
            sentence: &self.sentences[prep.sentence],
        }
    }
}

fn prepare(c: &Claim, sentence: usize) -> Prepared {
    let quantity = Quantity::of(c);
    let modality = quantity.modality(c);
    let window = match c.window.as_deref() {
        Some(w) => WindowSig::parse(Some(w)),
        None => WindowSig::years_in(&c.sentence_text),
    };
    Prepared {
        doc: 0,
        measure: None,
        quantity,
        modality,
        sentence,
        place: normalize::name_tokens(c.place.as_deref()).into(),
        subject: normalize::name_tokens(c.subject.as_deref()).into(),
        attribution: normalize::name_tokens(c.attribution.as_deref()).into(),
        window: (window != WindowSig::default()).then(|| Box::new(window)),
    }
}
