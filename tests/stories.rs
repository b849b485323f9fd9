//! Story separation end to end: same-type events kept apart, copies and
//! crowds counted once, order independence, and generated multi-story
//! corpora without a finding that joins two stories.
//!
//! Every article here is fictional, written for these tests.

#![cfg(feature = "serde")]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use factdiff::{Comparer, Document, Report, StoryMode, StorySeparator, Verdict};
use proptest::prelude::*;

/// The fixture of same-type events: two quakes, three shootings in three
/// towns on one day, two House votes on one day; each told by two outlets.
/// A document's true story is its id without the outlet
/// (`shooting-kestrel-gazette` → `shooting-kestrel`).
fn same_type_events() -> Vec<Document> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/same_type_events.jsonl");
    let text = std::fs::read_to_string(&path).expect("fixture");
    Document::read_json_lines("same_type_events.jsonl", text.as_bytes()).expect("fixture parses")
}

fn true_story(doc: &str) -> &str {
    doc.rsplit_once('-').map_or(doc, |(story, _)| story)
}

/// The stories of `docs` as sets of document ids.
fn partition(report_or_docs: &factdiff::Stories) -> BTreeSet<BTreeSet<String>> {
    report_or_docs
        .iter()
        .map(|s| s.docs.iter().cloned().collect())
        .collect()
}

/// Findings whose claims come from documents of more than one true story.
fn cross_story(report: &Report, story_of: impl Fn(&str) -> String) -> Vec<String> {
    let doc_of: BTreeMap<&str, &str> = report
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.doc.as_str()))
        .collect();
    report
        .findings
        .iter()
        .filter(|f| {
            let stories: BTreeSet<String> = f
                .claims
                .iter()
                .filter_map(|c| doc_of.get(c.as_str()))
                .map(|d| story_of(d))
                .collect();
            stories.len() > 1
        })
        .map(|f| f.explanation.clone())
        .collect()
}

/// No finding holds claims of one independent source only.
fn assert_two_sources(report: &Report) {
    let by_id: BTreeMap<&str, &factdiff::Claim> =
        report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    for f in &report.findings {
        let sources: BTreeSet<&str> = f
            .claims
            .iter()
            .filter(|c| !f.copies.contains(c))
            .filter_map(|c| by_id.get(c.as_str()))
            .map(|c| c.source_doc())
            .collect();
        assert!(sources.len() >= 2, "one source: {f:#?}");
    }
}

#[test]
fn same_type_events_are_told_apart() {
    let docs = same_type_events();
    let stories = StorySeparator::default().separate(&docs);
    let mut truth: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for d in &docs {
        truth
            .entry(true_story(&d.id))
            .or_default()
            .insert(d.id.clone());
    }
    let truth: BTreeSet<BTreeSet<String>> = truth.into_values().collect();
    assert_eq!(partition(&stories), truth);

    let report = Comparer::default().compare(&docs);
    let across = cross_story(&report, |d| true_story(d).to_string());
    assert!(across.is_empty(), "{across:#?}");
    assert_two_sources(&report);
    // A town's "two killed" is its own finding (claims of shootings whose
    // words the lexicon reads, two of the three towns for now).
    let deaths: Vec<&factdiff::Finding> = report
        .findings
        .iter()
        .filter(|f| f.explanation.contains("measure deaths") && f.verdict == Verdict::Agree)
        .collect();
    let towns: BTreeSet<&str> = deaths
        .iter()
        .filter_map(|f| f.story.as_deref())
        .filter(|s| s.starts_with("shooting-"))
        .collect();
    assert!(towns.len() >= 2, "{deaths:#?}");

    // With one story for all, the same claims do meet across events.
    let one = Comparer::builder()
        .stories(StoryMode::One)
        .build()
        .unwrap()
        .compare(&docs);
    assert!(!cross_story(&one, |d| true_story(d).to_string()).is_empty());
}

/// Outlets that print the wire story.
const OUTLETS: [&str; 6] = [
    "Harbor Ledger",
    "Valley Courier",
    "Gull Island Times",
    "Calder Post",
    "Orrin Herald",
    "Coastal Record",
];

/// A wire story about a chemical fire, as the `k`th paper prints it: its
/// own headline and outlet line, the body word for word, a credit line.
fn wire_copy(k: usize) -> Document {
    let headlines = [
        "Warehouse fire forces evacuations in Orrin Point",
        "Chemical fire empties Kell Street homes",
        "Orrin Point residents flee warehouse blaze",
        "Firefighters battle Kell Street chemical fire",
    ];
    let text = format!(
        "{}\n{}\nORRIN POINT, Calder — Firefighters evacuated 340 residents from homes \
         around Kell Street on Sunday after a fire broke out in a chemical warehouse, \
         fire Chief Lise Marren said. The blaze sent a plume of black smoke over Gull \
         Island, and the Calder health office asked people nearby to keep their windows \
         shut. Marren said the cause of the fire was not yet known and that inspectors \
         would enter the warehouse on Monday.\nThe Calder Wire contributed to this report.",
        headlines[k % headlines.len()],
        OUTLETS[k % OUTLETS.len()]
    );
    Document::new(format!("copy-{k:04}"), text)
}

/// Another outlet's own report of the same fire, in other words.
fn own_report() -> Document {
    Document::new(
        "island-ledger",
        "Kell Street warehouse fire drives families from homes\nAbout 340 residents were \
         evacuated on Sunday from homes around Kell Street as a chemical warehouse burned \
         in Orrin Point, fire Chief Lise Marren said. Smoke drifted across to Gull Island.",
    )
}

/// One article plus `copies` copies of another: exactly one finding,
/// naming the article and every copy.
fn one_finding_with_copies(copies: usize, others: &[Document]) {
    let mut docs: Vec<Document> = (0..copies).map(wire_copy).collect();
    docs.push(own_report());
    docs.extend(others.iter().cloned());
    let report = Comparer::default().compare(&docs);
    let rescue: Vec<&factdiff::Finding> = report
        .findings
        .iter()
        .filter(|f| f.claims.iter().any(|c| c.starts_with("island-ledger#")))
        .collect();
    assert_eq!(rescue.len(), 1, "{copies} copies: {rescue:#?}");
    let f = rescue[0];
    assert_eq!(f.verdict, Verdict::Agree);
    let copy_claims = f.claims.iter().filter(|c| c.starts_with("copy-")).count();
    assert_eq!(copy_claims, copies, "every copy is named");
    assert_eq!(f.copies.len(), copies - 1, "all but one are copies");
    assert_two_sources(&report);

    // The copies alone confirm nothing.
    let alone: Vec<Document> = (0..copies).map(wire_copy).collect();
    let report = Comparer::default().compare(&alone);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn copies_count_once_however_many() {
    for copies in [2, 20, 200] {
        one_finding_with_copies(copies, &[]);
    }
}

/// The generated corpus (`examples/generate_corpus.rs`), in memory.
fn generated(n: usize) -> Vec<Document> {
    let out = std::process::Command::new(common::example("generate_corpus"))
        .args([
            "--articles",
            &n.to_string(),
            "--format",
            "jsonl",
            "--out",
            "-",
        ])
        .output()
        .expect("run generate_corpus");
    assert!(out.status.success());
    Document::read_json_lines("generated", &out.stdout[..]).expect("JSON Lines")
}

/// `s000123-o04` → `s000123`.
fn generated_story(doc: &str) -> String {
    doc.split('-').next().unwrap_or(doc).to_string()
}

#[test]
fn generated_stories_never_meet() {
    let docs = generated(600);
    let report = Comparer::default().compare(&docs);
    let across = cross_story(&report, generated_story);
    assert!(across.is_empty(), "{across:#?}");
    assert_two_sources(&report);
    assert!(report.findings.len() > 100, "{}", report.findings.len());
    // Separation finds the stories (a few may split; none may mix).
    for s in &report.stories {
        let kinds: BTreeSet<String> = s.docs.iter().map(|d| generated_story(d)).collect();
        assert_eq!(kinds.len(), 1, "{s:?}");
    }
    let true_count: BTreeSet<String> = docs.iter().map(|d| generated_story(&d.id)).collect();
    assert!(report.stories.len() <= true_count.len() + true_count.len() / 20);
}

/// The release-only crowd: 2,000 copies of one wire story among 10,000
/// generated articles still give one finding (run by `.ci/run`).
#[test]
#[ignore = "release build: cargo test --release --test stories -- --ignored"]
fn two_thousand_copies_among_ten_thousand_articles() {
    let others = generated(10_000);
    for copies in [2, 20, 200, 2_000] {
        let t = std::time::Instant::now();
        one_finding_with_copies(copies, &others);
        println!(
            "{copies} copies among {} articles: one finding ({:.1} s)",
            others.len(),
            t.elapsed().as_secs_f64()
        );
    }
}

fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state = seed | 1;
    for i in (1..out.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        out.swap(i, j);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any order of the documents gives the same stories and the same
    /// report.
    #[test]
    fn order_does_not_matter(seed in any::<u64>()) {
        let mut docs = same_type_events();
        docs.extend((0..3).map(wire_copy));
        docs.push(own_report());
        let comparer = Comparer::default();
        let report = comparer.compare(&docs);
        let again = comparer.compare(&shuffled(&docs, seed));
        prop_assert_eq!(&report, &again);
        let stories = StorySeparator::default().separate(&shuffled(&docs, seed ^ 0x55));
        prop_assert_eq!(partition(&stories), partition(&comparer.stories(&docs)));
    }
}

/// Ten Orrin events, months apart, each told once: the town's name is in
/// too many stories to tell any one of them.
fn a_year_of_orrin() -> Vec<Document> {
    let events = [
        (
            "flood",
            "River Flood Closes Orrin Bridge",
            "The Tallow River rose over the Orrin bridge after two days of rain, Mayor Ivo Brandt said.",
        ),
        (
            "fair",
            "Orrin Fair Draws Crowds",
            "The county fair opened in Orrin with a cattle show run by Greta Saal.",
        ),
        (
            "school",
            "Orrin Board Approves New School",
            "The Orrin school board voted for a new primary school on Lind Road.",
        ),
        (
            "fire",
            "Barn Fire in Orrin",
            "Firefighters from Kell saved two horses when a barn burned outside Orrin.",
        ),
        (
            "road",
            "Orrin Road Works Begin",
            "Crews started to resurface Mill Lane in Orrin, engineer Tomas Rudd said.",
        ),
        (
            "library",
            "Orrin Library Reopens",
            "The Orrin library reopened after a roof repair paid for by the Vennet Trust.",
        ),
        (
            "race",
            "Orrin Marathon Won by Local Runner",
            "Hana Pell won the Orrin marathon in two hours and forty minutes.",
        ),
        (
            "storm",
            "Storm Cuts Power in Orrin",
            "High winds cut power to homes in Orrin, the Brask Power company said.",
        ),
        (
            "budget",
            "Orrin Council Passes Budget",
            "The Orrin council passed its budget after treasurer Ola Fenn's report.",
        ),
        (
            "market",
            "New Market Hall for Orrin",
            "Traders moved into the new market hall in Orrin, built by Sorel Builders.",
        ),
    ];
    events
        .iter()
        .enumerate()
        .map(|(month, (id, title, body))| {
            let date = factdiff::Date::new(2024, u32::try_from(month).unwrap() + 1, 10).unwrap();
            Document::new(*id, format!("{title}\n{body}")).with_date(date)
        })
        .collect()
}

/// Two reports of one shooting in Orrin on one day, told in other words,
/// sharing no name but the town's.
fn orrin_shooting(day: factdiff::Date) -> [Document; 2] {
    [
        Document::new(
            "shooting-herald",
            "Two hurt in Orrin shooting\nTwo men were shot and hurt outside a tavern on \
             Vine Street in Orrin late at night, Sgt. Ada Kroll said. Both went to \
             Saint Brede hospital. The tavern owner, Piet Oster, closed early; a neighbour \
             heard six shots and a car speeding away.",
        )
        .with_date(day),
        Document::new(
            "shooting-post",
            "Gunfire at Orrin tavern\nTwo patrons were hit by gunfire by the \
             Copper Kettle tavern in Orrin, Officer Len Moss told reporters. Detectives \
             asked anyone with video to call them; the tavern will stay shut this week.",
        )
        .with_date(day),
    ]
}

#[test]
fn a_town_named_all_year_is_still_rare_on_one_day() {
    // A strict threshold that the two reports clear only when a name they
    // share counts as rare.
    let separator = StorySeparator::builder().threshold(0.45).build().unwrap();
    let day = factdiff::Date::new(2024, 11, 23).unwrap();
    let joined = |docs: &[Document]| {
        let stories = separator.separate(docs);
        stories.story_id("shooting-herald") == stories.story_id("shooting-post")
    };
    // Orrin is in twelve stories of the year but two of that day.
    let mut docs = a_year_of_orrin();
    docs.extend(orrin_shooting(day));
    assert!(joined(&docs));
    // Six more Orrin events on that day: the name tells nothing that day.
    let busy = [
        (
            "fair-day",
            "Orrin fair closes",
            "The fair in Orrin closed with a parade.",
        ),
        (
            "vote-day",
            "Orrin council votes",
            "The council in Orrin voted on parking fees.",
        ),
        (
            "game-day",
            "Orrin wins derby",
            "Orrin beat its rivals three goals to one.",
        ),
        (
            "choir-day",
            "Orrin choir sings",
            "A choir from Orrin sang at the cathedral.",
        ),
        (
            "bridge-day",
            "Orrin bridge shut",
            "Engineers shut the old bridge at Orrin.",
        ),
        (
            "shop-day",
            "Orrin bakery opens",
            "A bakery opened on the square in Orrin.",
        ),
    ];
    docs.extend(
        busy.iter()
            .map(|(id, title, body)| Document::new(*id, format!("{title}\n{body}")).with_date(day)),
    );
    assert!(!joined(&docs));
    // With dates ignored, a year of Orrin news makes the name common.
    let mut quiet = a_year_of_orrin();
    quiet.extend(orrin_shooting(day));
    assert!(joined(&quiet));
    let dateless = StorySeparator::builder()
        .threshold(0.45)
        .use_dates(false)
        .build()
        .unwrap()
        .separate(&quiet);
    assert_ne!(
        dateless.story_id("shooting-herald"),
        dateless.story_id("shooting-post")
    );
    // Undated, the two reports are no more alike than the busy day makes them.
    let undated: Vec<Document> = docs
        .iter()
        .map(|d| Document::new(d.id.clone(), d.text.clone()))
        .collect();
    assert!(!joined(&undated));
}
