//! What story separation costs: `compare` with stories separated (the
//! default) against `compare` with every document in one story
//! (`StoryMode::One`, the baseline), and story separation alone, on 10,000
//! articles of the generated corpus (`examples/generate_corpus.rs`: about
//! 2,000 stories of the same ten kinds, two to eight outlets each).
//!
//! Run with `cargo bench --bench stories`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factdiff::{Comparer, Document, StoryMode, StorySeparator};

#[path = "../examples/generate_corpus.rs"]
#[allow(dead_code, clippy::all, clippy::pedantic)]
mod generator;

fn corpus(n: usize) -> Vec<Document> {
    let mut docs = Vec::with_capacity(n);
    generator::generate(n, 42, |id, text| {
        docs.push(Document::new(id, text));
        Ok(())
    })
    .expect("generating in memory cannot fail");
    docs
}

fn bench(c: &mut Criterion) {
    let n = 10_000;
    let docs = corpus(n);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let auto = Comparer::default();
    let one = Comparer::builder()
        .stories(StoryMode::One)
        .build()
        .expect("valid settings");
    let mut group = c.benchmark_group("stories");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_with_input(
        BenchmarkId::new("compare-one-story", n),
        &docs,
        |b, docs| {
            b.iter(|| black_box(one.compare(docs)));
        },
    );
    group.bench_with_input(BenchmarkId::new("compare-stories", n), &docs, |b, docs| {
        b.iter(|| black_box(auto.compare(docs)));
    });
    let separator = StorySeparator::default();
    group.bench_with_input(BenchmarkId::new("separate", n), &docs, |b, docs| {
        b.iter(|| black_box(separator.separate(docs)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
