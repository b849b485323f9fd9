//! Figure recognition speed: `factdiff::figures` against a plain
//! `\d[\d,.]*` scan (hand-written, the cheapest "find the numbers" a tool
//! can do) on the same 2 MB of news text as the segmentation bench.
//!
//! Run with `cargo bench --bench figures`; the ratio of the two
//! throughputs is the price of parsing figures properly.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod support;

/// Counts the matches of `\d[\d,.]*` in `text`.
fn digit_runs(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i].is_ascii_digit() {
            n += 1;
            i += 1;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',' || b[i] == b'.') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let text = support::news_corpus(2 << 20);
    let mut group = c.benchmark_group("figures");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("factdiff::figures", |b| {
        b.iter(|| factdiff::figures(black_box(&text)).count());
    });
    group.bench_function(r"\d[\d,.]* scan", |b| {
        b.iter(|| digit_runs(black_box(&text)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
