//! Properties of alignment over generated claims: self-comparison only
//! agrees, the input order does not matter, every id in a finding exists,
//! scores lie in [0, 1], and blocking partitions can be aligned apart.

// Verdicts and scores are compared exactly where the arithmetic is exact.
#![allow(clippy::float_cmp)]

mod align_common;

use align_common::claim;
use factdiff::align::{block_key, score_pair};
use factdiff::{Claim, Comparer, Document, Finding, KeyedClaim, Period, Report, Verdict};
use proptest::prelude::*;

const MEASURES: &[Option<&str>] = &[Some("arrests"), Some("rescues"), Some("doses"), None];
const PLACES: &[Option<&str>] = &[None, None, Some("Alder Gap"), Some("Pine Hollow")];
const WINDOWS: &[Option<&str>] = &[
    None,
    None,
    Some("in March"),
    Some("in October"),
    Some("this year"),
    Some("in 2019"),
];
const PERIODS: &[Option<Period>] = &[
    None,
    None,
    Some(Period::Day),
    Some(Period::Week),
    Some(Period::Year),
];
const WORDS: &[&str] = &[
    "crews",
    "harbor",
    "volunteers",
    "county",
    "officials",
    "storm",
    "ferry",
    "clinic",
    "valley",
    "bridge",
];
const VALUES: &[f64] = &[12.0, 100.0, 104.0, 300.0, 700.0, 1000.0, 7000.0, 45e6];

/// The shape of one generated claim.
#[derive(Clone, Debug)]
struct Spec {
    measure: usize,
    place: usize,
    window: usize,
    period: usize,
    value: usize,
    shape: u8,
    target: bool,
    words: (usize, usize),
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..MEASURES.len(),
        0..PLACES.len(),
        0..WINDOWS.len(),
        0..PERIODS.len(),
        0..VALUES.len(),
        0u8..8,
        prop::bool::weighted(0.2),
        (0..WORDS.len(), 0..WORDS.len()),
    )
        .prop_map(
            |(measure, place, window, period, value, shape, target, words)| Spec {
                measure,
                place,
                window,
                period,
                value,
                shape,
                target,
                words,
            },
        )
}

/// Builds claim `n` of `doc` in sentence `s`; `unique` adds a word that
/// makes the sentence's context differ from every other sentence's.
fn build(doc: &str, n: usize, s: usize, spec: &Spec, unique: Option<usize>) -> Claim {
    let v = VALUES[spec.value];
    let figure = format!("{v}");
    // Letters, not digits: digits are masked as numbers.
    let tag = unique.map_or(String::new(), |u| {
        let letters: String = u
            .to_string()
            .bytes()
            .map(|b| char::from(b'a' + (b - b'0')))
            .collect();
        format!(" tag{letters}")
    });
    let sentence = format!(
        "The {} {} reported {figure} cases near the {}{tag}.",
        WORDS[spec.words.0],
        WORDS[spec.words.1],
        WORDS[(spec.words.0 + 3) % WORDS.len()]
    );
    let mut c = claim(doc, n, s, &sentence, &figure, v);
    c = match spec.shape {
        0 => c.approx(),
        1 => c.low(v),
        2 => c.high(v).approx(),
        3 => c.percent(),
        4 => c.money("USD"),
        5 => c.measurement(if v > 500.0 { "m" } else { "ft" }),
        6 => c
            .multiplier()
            .baseline(v / 3.0, PERIODS[spec.period], &figure),
        _ => c,
    };
    if let Some(m) = MEASURES[spec.measure] {
        c = c.measure(m);
    }
    if let Some(p) = PLACES[spec.place] {
        c = c.place(p);
    }
    if let Some(w) = WINDOWS[spec.window] {
        c = c.window(w);
    }
    if let Some(p) = PERIODS[spec.period] {
        c = c.period(p);
    }
    if spec.target {
        c = c.target();
    }
    c.build()
}

/// Claims spread over up to four documents, one or two per sentence.
fn corpus() -> impl Strategy<Value = Vec<Claim>> {
    prop::collection::vec((spec(), 0usize..4, prop::bool::weighted(0.3)), 0..40).prop_map(|specs| {
        let mut counts = [0usize; 4];
        let mut sentence = [0usize; 4];
        specs
            .iter()
            .map(|(spec, doc, same_sentence)| {
                let n = counts[*doc];
                counts[*doc] += 1;
                if !same_sentence || n == 0 {
                    sentence[*doc] += 1;
                }
                build(&format!("doc{doc}"), n, sentence[*doc], spec, None)
            })
            .collect()
    })
}

/// The documents of `corpus()`; `doc1` credits another outlet, so that
/// its copies of near-identical sentences are marked as the copies.
fn docs() -> Vec<Document> {
    let mut docs: Vec<Document> = (0..4)
        .map(|d| {
            let text = if d == 1 {
                "Some text. The Harbor Wire contributed to this report."
            } else {
                "Some text. More text."
            };
            Document::new(format!("doc{d}"), text)
        })
        .collect();
    docs.push(Document::new("wire", "Some text."));
    docs.push(Document::new(
        "reprint",
        "Some text. The Harbor Wire contributed to this report.",
    ));
    docs
}

/// `corpus()` plus claims of a wire story, some reprinted word for word by
/// a document that credits the wire (syndicated copies).
fn corpus_with_copies() -> impl Strategy<Value = Vec<Claim>> {
    (
        corpus(),
        prop::collection::vec((spec(), prop::bool::weighted(0.6)), 0..10),
    )
        .prop_map(|(mut claims, wire)| {
            for (n, (spec, reprinted)) in wire.iter().enumerate() {
                claims.push(build("wire", n, n, spec, None));
                if *reprinted {
                    claims.push(build("reprint", n, n, spec, None));
                }
            }
            claims
        })
}

/// The findings of each blocking partition of `claims` aligned alone.
fn block_by_block(comparer: &Comparer, docs: &[Document], claims: &[Claim]) -> Vec<Finding> {
    let mut keys: Vec<_> = claims.iter().map(block_key).collect();
    keys.sort();
    keys.dedup();
    let mut parts = Vec::new();
    for key in &keys {
        let part: Vec<Claim> = claims
            .iter()
            .filter(|c| &block_key(c) == key)
            .cloned()
            .collect();
        parts.extend(comparer.compare_claims(docs, part).findings);
    }
    parts
}

fn sorted_findings(mut f: Vec<Finding>) -> Vec<Finding> {
    f.sort_by(|a, b| a.claims.cmp(&b.claims).then(a.verdict.cmp(&b.verdict)));
    f
}

fn check_ids(report: &Report) {
    for f in &report.findings {
        assert!(f.claims.len() >= 2);
        assert!((0.0..=1.0).contains(&f.score), "{f:?}");
        assert!(f.explanation.ends_with('.'), "{}", f.explanation);
        for id in &f.claims {
            assert!(report.claim(id).is_some(), "{id} not in the report");
        }
        let mut from_sides: Vec<&String> = f.sides.iter().flatten().collect();
        from_sides.sort();
        let mut all: Vec<&String> = f.claims.iter().collect();
        all.sort();
        assert_eq!(from_sides, all, "sides partition the claims");
        assert!(f.copies.iter().all(|c| f.claims.contains(c)));
        match f.verdict {
            Verdict::Agree => assert_eq!(f.sides.len(), 1),
            _ => assert!(f.sides.len() >= 2),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// A document compared with an identical copy of itself: every finding
    /// agrees (its claims are built so that no two of one document can be
    /// about the same quantity: one measure-less, uniquely worded sentence
    /// each, or a measure used once).
    #[test]
    fn a_document_compared_with_itself_only_agrees(specs in prop::collection::vec(spec(), 1..12)) {
        let mut claims = Vec::new();
        for (n, spec) in specs.iter().enumerate() {
            let mut spec = spec.clone();
            spec.measure = MEASURES.len() - 1; // no measure: unique contexts
            for doc in ["original", "reprint"] {
                claims.push(build(doc, n, n, &spec, Some(n)));
            }
        }
        let report = Comparer::default().compare_claims(&[], claims);
        check_ids(&report);
        for f in &report.findings {
            prop_assert_eq!(f.verdict, Verdict::Agree, "{:?}", f);
            prop_assert_eq!(f.claims.len(), 2);
            let a = f.claims[0].split('#').nth(1);
            let b = f.claims[1].split('#').nth(1);
            prop_assert_eq!(a, b, "a claim only meets its own copy");
        }
    }

    /// Shuffling the claims and the documents changes nothing.
    #[test]
    fn order_does_not_matter(claims in corpus(), seed in any::<u64>()) {
        let comparer = Comparer::default();
        let report = comparer.compare_claims(&docs(), claims.clone());
        let mut shuffled = claims;
        let mut docs = docs();
        // A small deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let j = usize::try_from(state % (i as u64 + 1)).unwrap();
            shuffled.swap(i, j);
        }
        docs.reverse();
        let again = comparer.compare_claims(&docs, shuffled);
        prop_assert_eq!(&report, &again);
        check_ids(&report);
    }

    /// Scores lie in [0, 1], are symmetric, and findings only hold ids the
    /// report has.
    #[test]
    fn scores_are_probabilities(claims in corpus()) {
        for a in claims.iter().take(8) {
            for b in claims.iter().take(8) {
                let s = score_pair(a, b);
                prop_assert!((0.0..=1.0).contains(&s));
                prop_assert!((s - score_pair(b, a)).abs() < 1e-12);
            }
        }
        check_ids(&Comparer::default().compare_claims(&docs(), claims));
    }

    /// Aligning each blocking partition alone gives the same findings as
    /// aligning the whole corpus.
    #[test]
    fn partitions_align_alone(claims in corpus()) {
        let comparer = Comparer::default();
        let whole = comparer.compare_claims(&docs(), claims.clone());
        let parts = block_by_block(&comparer, &docs(), &claims);
        prop_assert_eq!(sorted_findings(whole.findings), sorted_findings(parts));
    }

    /// The partition-wise aligner, fed each partition of a hash
    /// partitioning by block key (sorted as an engine sorts it), gives the
    /// single-node findings, with oversized blocks cut into chunks the
    /// same way (a small `max_block` makes chunks common).
    #[test]
    fn partition_aligner_gives_the_single_node_findings(
        claims in corpus_with_copies(),
        partitions in 1u64..5,
        max_block in 2usize..9,
    ) {
        let comparer = Comparer::builder().max_block(max_block).build().unwrap();
        let docs = docs();
        let whole = comparer.compare_claims(&docs, claims);
        let mut parts: Vec<Vec<KeyedClaim>> = vec![Vec::new(); usize::try_from(partitions).unwrap()];
        // The claims as the report labels them (story and source), as an
        // engine's claim stage gives them.
        for c in whole.claims.clone() {
            let credits = docs.iter().any(|d| d.id == c.doc && d.credits_another_outlet());
            let keyed = KeyedClaim::new(c, credits);
            let hash = keyed.block_key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            });
            parts[usize::try_from(hash % partitions).unwrap()].push(keyed);
        }
        let mut found = Vec::new();
        for mut part in parts {
            part.sort_by(KeyedClaim::partition_order);
            let mut aligner = comparer.partition_aligner();
            for keyed in part {
                found.extend(aligner.push(keyed).unwrap());
            }
            found.extend(aligner.finish());
        }
        prop_assert_eq!(sorted_findings(whole.findings), sorted_findings(found));
    }
}

/// A count its document goes on to add to is read within its own block:
/// an increment of another modality ("officials expect five more") is
/// another block's, so the whole corpus and its partitions aligned apart
/// give the same findings.
#[test]
fn a_later_increment_of_another_block_changes_no_partition() {
    let docs = [
        Document::new(
            "gazette",
            "Five people were hurt in the Orrin bypass pileup. Officials expect five more \
             to be hurt before the fog lifts.",
        ),
        Document::new(
            "times",
            "Ten people were hurt in the Orrin bypass pileup, troopers said.",
        ),
    ];
    let comparer = Comparer::default();
    let whole = comparer.compare(&docs);
    let parts = block_by_block(&comparer, &docs, &whole.claims);
    assert_eq!(
        sorted_findings(whole.findings.clone()),
        sorted_findings(parts)
    );
    // The five told before a forecast still conflict with the ten.
    assert_eq!(whole.count(Verdict::Conflict), 1, "{:#?}", whole.findings);
}
