//! Claim matching at scale: the blocked aligner (`Comparer::compare_claims`)
//! against naive all-pairs scoring (the same comparer with blocking off) on
//! generated claim sets of 10k and 100k claims (see `align_gen`: stories
//! with their own names, a Zipf mix of 64 measures, places, periods,
//! windows, targets, 3% syndicated duplicates).
//!
//! All-pairs runs at 10k only (5·10⁷ pairs); above, its cost grows as n²
//! and is extrapolated. The 1M run, with peak memory, is
//! `cargo run --release --example align_scale`.
//!
//! The `partition` group streams the same claims, keyed and sorted by
//! block key, through the partition-wise aligner (what each Spark task
//! runs) against `compare_claims` on them in memory (the baseline).
//!
//! Run with `cargo bench --bench align`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factdiff::{Comparer, KeyedClaim};

mod align_gen;

fn bench(c: &mut Criterion) {
    let blocked = Comparer::default();
    let naive = Comparer::builder()
        .blocking(false)
        .build()
        .expect("valid settings");
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for n in [10_000usize, 100_000] {
        let set = align_gen::claims(n, 42);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("blocked", n), &set.claims, |b, claims| {
            b.iter_batched(
                || claims.clone(),
                |claims| black_box(blocked.compare_claims(&[], claims)),
                BatchSize::LargeInput,
            );
        });
        if n <= 10_000 {
            group.bench_with_input(
                BenchmarkId::new("all-pairs", n),
                &set.claims,
                |b, claims| {
                    b.iter_batched(
                        || claims.clone(),
                        |claims| black_box(naive.compare_claims(&[], claims)),
                        BatchSize::LargeInput,
                    );
                },
            );
        }
    }
    group.finish();

    let mut group = c.benchmark_group("partition");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    let n = 100_000usize;
    let set = align_gen::claims(n, 42);
    let mut keyed: Vec<KeyedClaim> = set
        .claims
        .iter()
        .map(|c| KeyedClaim::new(c.clone(), false))
        .collect();
    keyed.sort_by(KeyedClaim::partition_order);
    group.throughput(Throughput::Elements(n as u64));
    group.bench_with_input(
        BenchmarkId::new("in-memory", n),
        &set.claims,
        |b, claims| {
            b.iter_batched(
                || claims.clone(),
                |claims| black_box(blocked.compare_claims(&[], claims)),
                BatchSize::LargeInput,
            );
        },
    );
    group.bench_with_input(BenchmarkId::new("streamed", n), &keyed, |b, keyed| {
        b.iter_batched(
            || keyed.clone(),
            |keyed| {
                let mut aligner = blocked.partition_aligner();
                let mut findings = Vec::new();
                for k in keyed {
                    findings.extend(aligner.push(k).expect("sorted"));
                }
                findings.extend(aligner.finish());
                black_box(findings)
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
