//! Using factdiff from another program.
//!
//! A newsroom tool has the texts of a few stories in memory — from a
//! database, a feed, a form — and wants to know where they disagree. This
//! example builds a [`Comparer`] with its own tolerances, feeds it strings
//! as [`Document`]s, and walks the [`Report`](factdiff::Report): every
//! finding's verdict, the claims it groups (which outlet said what, and
//! where in the text) and the one-sentence explanation.
//!
//! The three reports below are fictional.
//!
//! Run with `cargo run --example embed`.

use factdiff::{Comparer, Document, Verdict};

fn main() -> Result<(), factdiff::Error> {
    // Tighter than the defaults for unhedged figures (0.1% instead of
    // 0.5%), looser for hedged ones ("about 900" reaches 10% either way),
    // and a little more evidence needed before two claims are grouped.
    let comparer = Comparer::builder()
        .exact_tolerance(0.001)
        .hedge_tolerance(0.1)
        .min_score(0.55)
        .build()?;

    let docs = [
        Document::new(
            "marlow-sentinel",
            "Deputies evacuated 212 residents of Ostry Vale on Saturday, \
             the sheriff said. About 900 homes lost power.",
        ),
        Document::new(
            "ostry-bulletin",
            "Deputies evacuated 212 residents of Ostry Vale on Saturday. \
             The utility said 1,400 homes lost power overnight.",
        ),
        Document::new(
            "valley-wire",
            "Nearly 1,000 homes in Ostry Vale lost power, the utility said.",
        ),
    ];

    let report = comparer.compare(&docs);
    println!(
        "{} claims, {} findings: {} agree, {} conflict",
        report.claims.len(),
        report.findings.len(),
        report.count(Verdict::Agree),
        report.count(Verdict::Conflict)
    );

    for finding in &report.findings {
        // `Verdict` may gain variants: match with a wildcard arm.
        let verdict = match finding.verdict {
            Verdict::Agree => "agree",
            Verdict::Conflict => "conflict",
            _ => "other",
        };
        println!("\n{verdict} (score {:.2})", finding.score);
        for id in &finding.claims {
            // Findings name claims by id; the report holds the claims.
            let Some(claim) = report.claim(id) else {
                continue;
            };
            // Spans are byte offsets into the document's original text.
            println!(
                "  {:<20} {:<12} bytes {}  measure={}",
                claim.doc,
                claim.figure.text,
                claim.figure.span,
                claim.measure.as_deref().unwrap_or("-")
            );
        }
        println!("  why: {}", finding.explanation);
    }
    Ok(())
}
