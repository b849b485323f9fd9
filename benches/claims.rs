//! Claim extraction speed, end to end from text to claims, on the same
//! 2 MB of news text as the other benches, with sentence splitting alone
//! as the baseline in the same run; and the time to load the default
//! lexicon from its JSON, and the WordNet word tables from their text.
//!
//! Run with `cargo bench --bench claims`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factdiff::{ClaimExtractor, Document, Lexicon};

mod support;

fn extraction(c: &mut Criterion) {
    let doc = Document::new("bench", support::news_corpus(2 << 20));
    let extractor = ClaimExtractor::default();
    let mut group = c.benchmark_group("claims");
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group.sample_size(20);
    group.bench_function("text to claims", |b| {
        b.iter(|| extractor.extract(black_box(&doc)).len());
    });
    group.bench_function("baseline: sentences only", |b| {
        b.iter(|| factdiff::sentences(black_box(&doc.text)).count());
    });
    group.finish();
}

fn lexicon(c: &mut Criterion) {
    let json = include_str!("../data/lexicon.json");
    c.bench_function("lexicon/load default from JSON", |b| {
        b.iter(|| Lexicon::from_json(black_box(json)).map(|l| l.measures().count()));
    });
}

fn word_tables(c: &mut Criterion) {
    // What the first use of the lemmatizer costs a process: parsing the
    // WordNet tables (`data/wordnet/`).
    c.bench_function("text/parse word tables", |b| {
        b.iter(factdiff::__parse_word_tables);
    });
}

criterion_group!(benches, extraction, lexicon, word_tables);
criterion_main!(benches);
