//! What a process pays once, on first use: the WordNet word tables behind
//! the lemmatizer, the default lexicon, and both together with the first
//! claims. Each is timed in a fresh process (run it a few times; the
//! first run also pays the disk cache).
//!
//! ```text
//! cargo run --release --example startup
//! ```
//!
//! A criterion bench cannot time these: after the first iteration they are
//! loaded. The steady-state costs are in `cargo bench --bench claims`.

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let went = factdiff::lemma("went", factdiff::Pos::Verb);
    let tables = start.elapsed();
    assert_eq!(went, "go");

    let start = Instant::now();
    let lexicon = factdiff::Lexicon::default();
    let measures = lexicon.measures().count();
    let lexicon_time = start.elapsed();

    let start = Instant::now();
    let doc = factdiff::Document::new("first", "Crews cleared 640 tons of snow overnight.");
    let claims = factdiff::claims(&doc).count();
    let first_claims = start.elapsed();

    println!(
        "word tables (first lemma): {:.2} ms",
        tables.as_secs_f64() * 1e3
    );
    println!(
        "default lexicon ({measures} measures): {:.2} ms",
        lexicon_time.as_secs_f64() * 1e3
    );
    println!(
        "first document ({claims} claim, lexicon forms made): {:.2} ms",
        first_claims.as_secs_f64() * 1e3
    );
}
