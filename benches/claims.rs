//! Claim extraction speed, end to end from text to claims, on the same
//! 2 MB of news text as the other benches, with sentence splitting alone
//! as the baseline in the same run; and the time to load the default
//! lexicon from its JSON, and the WordNet word tables from their text.
//!
//! And the worst input shape for time per byte (`1,1,1,...`: a figure
//! every two bytes, no sentence end) at 100 KB, 1 MB and 10 MB, through
//! claim extraction and the whole comparison: time per MB stays flat.
//!
//! Run with `cargo bench --bench claims`.

use std::hint::black_box;

use criterion::BenchmarkId;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factdiff::{ClaimExtractor, Comparer, Document, Lexicon, Measure};

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

fn worst_case(c: &mut Criterion) {
    let extractor = ClaimExtractor::default();
    let comparer = Comparer::default();
    let mut group = c.benchmark_group("worst case `1,1,1,...`");
    group.sample_size(10);
    for size in [100 << 10, 1 << 20, 10 << 20] {
        let doc = Document::new("ones", "1,".repeat(size / 2));
        let label = format!("{} KiB", size >> 10);
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("claims", &label), &doc, |b, doc| {
            b.iter(|| extractor.extract(black_box(doc)).len());
        });
        group.bench_with_input(BenchmarkId::new("compare", &label), &doc, |b, doc| {
            b.iter(|| {
                comparer
                    .compare(black_box(std::slice::from_ref(doc)))
                    .claims
                    .len()
            });
        });
        group.bench_with_input(
            BenchmarkId::new("baseline: sentences only", &label),
            &doc,
            |b, doc| b.iter(|| factdiff::sentences(black_box(&doc.text)).count()),
        );
    }
    group.finish();
}

criterion_group!(benches, extraction, lexicon, worst_case);
criterion_main!(benches);
