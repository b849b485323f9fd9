//! Claim extraction speed, end to end from text to claims, on the same
//! 2 MB of news text as the other benches, with sentence splitting alone
//! as the baseline in the same run; and the time to load the default
//! lexicon from its JSON, and the WordNet word tables from their text.
//!
//! Run with `cargo bench --bench claims`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factdiff::{ClaimExtractor, Document, Lexicon, Measure};

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
    // Building a lexicon of the default's size from its measures: what a
    // program with a lexicon of its own pays once. (The first use of the
    // word tables and of the default lexicon: `cargo run --release
    // --example startup`.)
    let measures: Vec<Measure> = Lexicon::default().measures().cloned().collect();
    c.bench_function("lexicon/build the default's measures", |b| {
        b.iter(|| {
            let mut builder = Lexicon::builder();
            for m in black_box(&measures) {
                builder.measure(m.clone());
            }
            builder.build().map(|l| l.measures().count())
        });
    });
}

criterion_group!(benches, extraction, lexicon);
criterion_main!(benches);
