//! Unit tests of the context keys, name matching and token similarities.

use super::similarity::{Toks, is_set, levenshtein, similarity_bound, token_similarity};
use super::*;

fn names(name: Option<&str>) -> Box<[u32]> {
    name_tokens(name, &mut Scratch::default())
}

#[test]
fn tables_are_sorted_for_binary_search() {
    assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    assert!(NUMBER_WORDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn context_masks_numbers_and_ignores_order() {
    let a = context_key("Crews rescued 40 sailors off the coast.");
    let b = context_key("Off the coast, crews rescued forty sailors");
    assert_eq!(a, b);
    assert_ne!(a, context_key("Crews rescued 40 hikers off the coast."));
}

#[test]
fn names_compare_by_tokens() {
    let a = names(Some("Kellan Area Transit"));
    let b = names(Some("the transit agency"));
    let c = names(Some("Eastgate"));
    assert_eq!(name_match(&a, &b), NameMatch::Overlap);
    assert_eq!(name_match(&a, &c), NameMatch::Different);
    assert_eq!(name_match(&a, &a), NameMatch::Same);
    assert_eq!(name_match(&a, &[]), NameMatch::Unknown);
    assert_eq!(
        name_match(&names(Some("Dr. Anika Sorensen")), &names(Some("Sorensen"))),
        NameMatch::Overlap
    );
}

#[test]
fn names_differ_by_their_distinctive_words() {
    let m = |a: &str, b: &str| name_match(&names(Some(a)), &names(Some(b)));
    assert_eq!(m("Dalvor County", "Brenna County"), NameMatch::Different);
    assert_eq!(
        m("Pikeford Area Transit", "Dorworth Area Transit"),
        NameMatch::Different
    );
    assert_eq!(
        m("Talarbury police", "Stanmore police"),
        NameMatch::Different
    );
    // A name of kind words only is no particular one.
    assert_eq!(m("Dalvor County", "the county"), NameMatch::Overlap);
    assert_eq!(
        m("Kellan Area Transit", "the transit agency"),
        NameMatch::Overlap
    );
    // A shared distinctive word keeps them together.
    assert_eq!(m("Larch County", "Larch County Health"), NameMatch::Overlap);
    assert_eq!(m("Larch", "Larch County"), NameMatch::Overlap);
    // Initials may stand for the other name's words.
    assert_eq!(m("LA County", "Los Angeles County"), NameMatch::Overlap);
    assert_eq!(m("PG County", "Prince George's County"), NameMatch::Overlap);
    assert_eq!(m("LA County", "LA County"), NameMatch::Same);
}

#[test]
fn the_bound_is_an_upper_bound() {
    let texts = [
        "Officials counted 860 damaged homes by Sunday evening.",
        "Assessors marked 860 homes as damaged.",
        "County assessors had counted 860 damaged homes by Sunday evening, most of them low.",
        "The storm dropped rain at the airport on Saturday.",
        "",
        "homes",
    ];
    for x in texts {
        for y in texts {
            let (a, b) = (context_key(x), context_key(y));
            assert!(
                token_similarity(&a, &b) <= similarity_bound(&a, &b) + 1e-12,
                "{x} / {y}"
            );
        }
    }
}

#[test]
fn similarity_is_bounded() {
    let a = context_key("Officials counted 860 damaged homes by Sunday evening.");
    let b = context_key("Assessors marked 860 homes as damaged.");
    let s = token_similarity(&a, &b);
    assert!((0.0..=1.0).contains(&s));
    assert!((token_similarity(&a, &a) - 1.0).abs() < 1e-12);
    assert!((token_similarity(&[], &[]) - 1.0).abs() < 1e-12);
    assert!(token_similarity(&a, &[]) <= 0.5);
}

/// A fixed pseudo-random sequence (xorshift64*) for the equivalence
/// checks below.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }

    fn tokens(&mut self) -> Vec<u32> {
        // Up to 80 tokens (past the 64 of the bit-parallel path), from
        // an alphabet small enough to repeat.
        let len = self.below(81);
        let alphabet = 1 + self.below(40);
        (0..len)
            .map(|_| u32::try_from(self.below(alphabet)).unwrap_or(0) * 7919)
            .collect()
    }
}

/// The similarity as strsim computes it, the reference.
fn strsim_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() || a == b {
        return 1.0;
    }
    let longest = a.len().max(b.len());
    let lev = 1.0 - strsim::generic_levenshtein(&Toks(a), &Toks(b)) as f64 / longest as f64;
    let jw = strsim::generic_jaro_winkler(&Toks(a), &Toks(b));
    f64::midpoint(lev, jw).clamp(0.0, 1.0)
}

#[test]
fn similarities_are_strsims() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..4_000 {
        let (a, b) = (rng.tokens(), rng.tokens());
        let mut sets = (a.clone(), b.clone());
        for s in [&mut sets.0, &mut sets.1] {
            s.sort_unstable();
            s.dedup();
        }
        for (x, y) in [(&a, &b), (&sets.0, &sets.1), (&a, &a), (&sets.0, &sets.0)] {
            let lev = strsim::generic_levenshtein(&Toks(x), &Toks(y));
            assert_eq!(levenshtein(x, y), lev, "{x:?} / {y:?}");
            assert_eq!(
                token_similarity(x, y).to_bits(),
                strsim_similarity(x, y).to_bits(),
                "{x:?} / {y:?}"
            );
            if is_set(x) && is_set(y) {
                assert!(token_similarity(x, y) <= similarity_bound(x, y) + 1e-12);
            }
            if x != y {
                let longest = x.len().max(y.len());
                let expected = 1.0 - lev as f64 / longest as f64;
                assert_eq!(sequence_similarity(x, y).to_bits(), expected.to_bits());
            }
        }
    }
}

#[test]
fn the_bag_bounds_sequence_similarity() {
    const WORDS: &[&str] = &[
        "crews",
        "rescued",
        "40",
        "sailors",
        "off",
        "the",
        "coast",
        "on",
        "Tuesday",
        "said",
        "officials",
        "Barcorl",
        "county",
        "in",
        "a",
        "statement",
        "and",
    ];
    let mut rng = Rng(42);
    let mut scratch = Scratch::default();
    let mut sentence = |rng: &mut Rng| {
        let len = rng.below(30);
        let text: Vec<&str> = (0..len)
            .map(|_| WORDS[usize::try_from(rng.below(WORDS.len() as u64)).unwrap_or(0)])
            .collect();
        sentence_keys(&text.join(" "), &mut scratch)
    };
    for _ in 0..5_000 {
        let (a, b) = (sentence(&mut rng), sentence(&mut rng));
        let exact = sequence_similarity(a.ordered(), b.ordered());
        assert!(exact <= sequence_similarity_bound(&a, &b));
    }
}

#[test]
fn word_tables_hold_each_word_once() {
    let mut words: Vec<&str> = STOPWORDS.iter().chain(NUMBER_WORDS).copied().collect();
    words.sort_unstable();
    assert!(words.windows(2).all(|w| w[0] != w[1]));
}
