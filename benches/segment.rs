//! Sentence splitting speed: factdiff's splitter against the Unicode
//! sentence boundaries of `unicode-segmentation` (UAX #29) on the same
//! 2 MB of news text.
//!
//! Run with `cargo bench --bench segment`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

mod support;

fn bench(c: &mut Criterion) {
    let text = support::news_corpus(2 << 20);
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("factdiff::sentences", |b| {
        b.iter(|| factdiff::sentences(black_box(&text)).count());
    });
    group.bench_function("unicode-segmentation UAX #29", |b| {
        b.iter(|| black_box(&text).split_sentence_bound_indices().count());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
