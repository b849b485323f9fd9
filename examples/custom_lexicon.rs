//! Adding a measure of your own: "evictions".
//!
//! The default lexicon knows arrests, deaths, hires, doses and two dozen
//! other measures, but not evictions. This example extends it with one
//! measure and shows the claims of a short fictional report before and
//! after.
//!
//! Run with `cargo run --example custom_lexicon`.

use factdiff::{ClaimExtractor, Document, Lexicon, Measure};

fn main() -> Result<(), factdiff::Error> {
    let doc = Document::new(
        "tenant-ledger",
        "Marshals evicted 214 households in Kellan City last month, court records show. \
         The housing board wants evictions held below 150 a month.",
    );

    let plain = ClaimExtractor::default();
    println!("default lexicon:");
    for c in plain.extract(&doc) {
        println!("  {:<8} measure={:?}", c.figure.text, c.measure);
    }

    // The defaults plus one measure: its nouns, the people it counts, its verbs.
    let lexicon = Lexicon::builder()
        .defaults()
        .measure(
            Measure::new("evictions")
                .nouns(["eviction", "lockout"])
                .people(["household", "tenant"])
                .verbs(["evict"]),
        )
        .build()?;
    let extended = ClaimExtractor::new(lexicon);
    println!("with an \"evictions\" measure:");
    for c in extended.extract(&doc) {
        println!(
            "  {:<8} measure={:?} period={:?} modality={} place={:?} attribution={:?}",
            c.figure.text, c.measure, c.period, c.modality, c.place, c.attribution
        );
    }
    Ok(())
}
