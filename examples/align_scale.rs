//! How alignment scales: aligns generated claim sets of 10k, 100k and 1M
//! claims (see `benches/align_gen`), times blocked alignment, estimates
//! naive all-pairs scoring from a timed sample, and reports the pairs
//! scored, the findings, the recall of the true duplicates and the peak
//! memory (`VmHWM` from `/proc/self/status`, Linux only).
//!
//! ```text
//! cargo run --release --example align_scale            # 10k, 100k, 1M
//! cargo run --release --example align_scale -- 100000  # one size
//! ```

use std::time::Instant;

use factdiff::{Comparer, Verdict, score_pair};

#[path = "../benches/align_gen/mod.rs"]
mod align_gen;

/// Peak resident memory of this process so far, in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000, 1_000_000]
    } else {
        sizes
    };
    println!("threads: {}", rayon::current_num_threads());
    for n in sizes {
        let t = Instant::now();
        let set = align_gen::claims(n, 42);
        let generated = t.elapsed();
        let claims = set.claims.clone();

        let limit: usize = std::env::var("EXHAUSTIVE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256);
        let min: f64 = std::env::var("MIN")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.5);
        let comparer = Comparer::builder()
            .exhaustive_limit(limit)
            .min_score(min)
            .build()
            .expect("valid");
        let t = Instant::now();
        let pairs = comparer.candidate_pairs(&claims).len();
        let pairing = t.elapsed();

        let t = Instant::now();
        let report = comparer.compare_claims(&[], claims);
        let aligned = t.elapsed();

        // Naive all-pairs scoring: time score_pair-equivalent work on a
        // sample of random pairs with the same comparer, then extrapolate to
        // n (n - 1) / 2 pairs. A 2,000-claim exhaustive run gives the per-pair
        // cost of the same code path the blocked run uses.
        let sample: Vec<_> = set.claims.iter().take(2_000).cloned().collect();
        let naive = Comparer::builder().blocking(false).build().expect("valid");
        let t = Instant::now();
        let _ = naive.compare_claims(&[], sample.clone());
        let per_pair = t.elapsed().as_secs_f64() / (2_000.0 * 1_999.0 / 2.0);
        let all_pairs = n as f64 * (n as f64 - 1.0) / 2.0;
        let naive_estimate = per_pair * all_pairs;
        // The public one-pair function (prepares both claims each call).
        let t = Instant::now();
        let mut acc = 0.0;
        for i in 0..200 {
            acc += score_pair(&sample[i], &sample[(i * 7 + 1) % sample.len()]);
        }
        let score_pair_cost = t.elapsed().as_secs_f64() / 200.0;

        println!(
            "n={n}: generated in {:.2}s; {} candidate pairs ({:.4}% of {:.3e}) in {:.2}s; \
             aligned in {:.2}s: {} findings ({} agree, {} conflict); \
             duplicate recall {:.1}% of {}; naive all-pairs ≈ {:.1}s ({:.0} ns/pair) → {:.0}× slower; \
             score_pair {:.1} µs/call (checksum {acc:.1}); peak RSS {:.0} MiB",
            generated.as_secs_f64(),
            pairs,
            100.0 * pairs as f64 / all_pairs,
            all_pairs,
            pairing.as_secs_f64(),
            aligned.as_secs_f64(),
            report.findings.len(),
            report.count(Verdict::Agree),
            report.count(Verdict::Conflict),
            100.0 * align_gen::duplicate_recall(&set, &report),
            set.duplicates.len(),
            naive_estimate,
            per_pair * 1e9,
            naive_estimate / aligned.as_secs_f64(),
            score_pair_cost * 1e6,
            peak_rss_mib().unwrap_or(f64::NAN),
        );
    }
}
