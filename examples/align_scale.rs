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

use factdiff::align::score_pair;
use factdiff::{Comparer, Verdict};

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
        let comparer = Comparer::default();

        // Memory: the peak while aligning, above the generated set (which
        // the caller owns either way). Writing 5 to clear_refs resets the
        // peak (Linux).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = peak_rss_mib().unwrap_or(f64::NAN);
        let input = set.claims.clone();
        let t = Instant::now();
        let report = comparer.compare_claims(&[], input);
        let mut aligned = t.elapsed();
        let peak = peak_rss_mib().unwrap_or(f64::NAN);
        drop(report);

        // The best of three runs: the machine is shared.
        let mut report = None;
        for _ in 0..2 {
            let input = set.claims.clone();
            let t = Instant::now();
            let r = comparer.compare_claims(&[], input);
            aligned = aligned.min(t.elapsed());
            report = Some(r);
        }
        let report = report.expect("two more runs");

        let t = Instant::now();
        let pairs = comparer.candidate_pairs(&set.claims).len();
        let pairing = t.elapsed();

        // Naive all-pairs scoring: the same comparer with blocking off (one
        // block, every pair scored by the same code) on 3,000 claims drawn
        // evenly from the set, best of three; its cost per pair times
        // n (n - 1) / 2 pairs estimates all-pairs at n.
        let step = (n / 3_000).max(1);
        let sample: Vec<_> = set
            .claims
            .iter()
            .step_by(step)
            .take(3_000)
            .cloned()
            .collect();
        let m = sample.len() as f64;
        let naive = Comparer::builder().blocking(false).build().expect("valid");
        let mut naive_time = f64::INFINITY;
        for _ in 0..3 {
            let input = sample.clone();
            let t = Instant::now();
            let _ = naive.compare_claims(&[], input);
            naive_time = naive_time.min(t.elapsed().as_secs_f64());
        }
        let per_pair = naive_time / (m * (m - 1.0) / 2.0);
        let all_pairs = n as f64 * (n as f64 - 1.0) / 2.0;
        let naive_estimate = per_pair * all_pairs;
        // The public one-pair function (prepares both claims each call).
        let t = Instant::now();
        let mut acc = 0.0;
        for i in 0..200 {
            acc += score_pair(
                &sample[i % sample.len()],
                &sample[(i * 7 + 1) % sample.len()],
            );
        }
        let score_pair_cost = t.elapsed().as_secs_f64() / 200.0;

        println!(
            "n={n}: generated in {:.2}s; {} candidate pairs ({:.4}% of {:.3e}) in {:.2}s; \
             aligned in {:.2}s: {} findings ({} agree, {} conflict); \
             duplicate recall {:.1}% of {}; naive all-pairs ≈ {:.1}s ({:.0} ns/pair) → {:.0}× slower; \
             score_pair {:.1} µs/call (checksum {acc:.1}); peak RSS {:.0} MiB \
             ({:.0} MiB before; aligning, its input claims included, took {:.0} MiB = {:.0} bytes per claim)",
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
            peak,
            before,
            peak - before,
            (peak - before) * 1024.0 * 1024.0 / n as f64,
        );
    }
}
