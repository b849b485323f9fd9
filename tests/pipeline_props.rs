//! Properties of the whole pipeline — documents, sentences, figures,
//! claims, alignment, JSON — on generated news-like documents: comparing
//! never panics, the JSON always parses, every span slices its document
//! exactly, every finding names claims that exist, and the same input
//! always gives the same JSON.
//!
//! Documents are built from fragments written for this test (headlines,
//! datelines, bylines, figures in many shapes, quotations, bullets, tables)
//! mixed with arbitrary Unicode, control characters and odd line breaks.
//! Every name and event in them is fictional.
//!
//! Cases: 256 by default, 1,024 when `CI` is set; `PROPTEST_CASES`
//! overrides both.

#![cfg(feature = "serde")]

use std::collections::HashSet;

use factdiff::{Comparer, Document, Report};
use proptest::prelude::*;

/// How many cases each property runs.
fn cases() -> u32 {
    if let Some(n) = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return n;
    }
    if std::env::var_os("CI").is_some() {
        1024
    } else {
        256
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        ..ProptestConfig::default()
    }
}

const HEADLINES: &[&str] = &[
    "Floodwaters Close Route 9",
    "Council Approves $4.5 Million Budget for Pell Ridge Levee",
    "UPDATE 2-Ferry Strike Enters Third Day",
    "Quarry Road Reopens After Rockfall",
    "Measles Cases Climb to 41 in Larch County",
    "WATCH: Crews Pull 12 From Icy River",
];

const DATELINES: &[&str] = &[
    "BRANNOCK FALLS, Ore. — ",
    "KESTREL POINT, Wash. (Wire) - ",
    "PORT ELLIS — ",
    "OSTRY VALE, Nev., March 3 — ",
    "",
];

const BYLINES: &[&str] = &[
    "By Mara Quill",
    "By J. R. Ellis and Tomas Vey, Staff Writers",
    "Updated 4:15 p.m. ET",
    "Photo: Dana Okafor/The Courier",
];

const AGENTS: &[&str] = &[
    "Deputies",
    "Harbor police",
    "The county",
    "Gov. Ana Tran's office",
    "Crews from the U.S. Forest Service",
    "Volunteers",
    "The state Department of Health",
    "Officials in Pell Ridge",
    "The utility",
];

const VERBS: &[&str] = &[
    "evacuated",
    "arrested",
    "hired",
    "vaccinated",
    "counted",
    "reported",
    "plans to hire",
    "expects to deport",
    "did not arrest",
    "sheltered",
    "spent",
];

const NOUNS: &[&str] = &[
    "residents",
    "people",
    "workers",
    "doses",
    "homes",
    "cases",
    "arrests",
    "students",
    "cots",
    "feet of water",
    "separate SHOOTINGS",
];

const TAILS: &[&str] = &[
    "on Friday",
    "since January 20",
    "in the first week",
    "a day",
    "last year",
    "by March 31",
    "over the weekend",
    "in Port Ellis",
    "nationwide",
    "in two unrelated attacks",
    "after a pair of stabbings in Sept. 11",
    "",
];

const ATTRIBUTIONS: &[&str] = &[
    ", officials said.",
    ", Chief Ana Ruiz said.",
    ", according to the sheriff's log.",
    ".",
    "!",
    "?",
    " (the figure was later revised).",
    "; the mayor disputed it.",
    "…",
];

const QUOTES: &[&str] = &[
    "“We are not done,” Mayor J. R. Ellis said.",
    "\"It held,\" Gov. Tran said. \"Barely.\"",
    "“Nobody expected 300 people,” a volunteer said, “let alone 3,000.”",
    "'We lost about a third of the herd,' said rancher Ola Bix.",
    "«Twelve boats went out» — only 9 came back, the harbormaster said.",
    "He said: (“about 1,200, maybe more [sic]”).",
];

const BULLETS: &[&str] = &[
    "• 1,200 homes lost power",
    "- 3 bridges closed\n- 14 roads flooded",
    "1. County clinics are giving about 600 shots a day.\n2. The state wants 25,000 doses given.",
    "* Rainfall: 4.6 inches\n* Crest: 24.6 ft",
    "Deaths | 7\nInjuries | 31",
];

const FIGURES: &[&str] = &[
    "7,300",
    "1,240",
    "about 600",
    "nearly 10,000",
    "at least 688",
    "more than 2,000",
    "below 20,000",
    "2,000-3,000",
    "between 40 and 50",
    "37",
    "0",
    "-4",
    "1.5 million",
    "a million",
    "three dozen",
    "Millions upon Millions",
    "45%",
    "150 percent",
    "$45 billion",
    "€3.2m",
    "£900,000",
    "triple",
    "twice",
    "4.6 meters",
    "magnitude 7.8",
    "24.6 feet",
    "1/3",
    "½",
    "12th",
    "No. 9",
    "1999",
    "9:30",
    "3,000 a day",
    "99999999999999999999999",
    "1e308",
    "0.000001",
    "1,2,3,4",
    "٣٤٥",
    "१२",
    "12\u{a0}000",
    "40\u{202f}%",
];

/// A sentence with a figure: agent, verb, figure, noun, tail, attribution.
fn figure_sentence() -> impl Strategy<Value = String> {
    (
        prop::sample::select(AGENTS),
        prop::sample::select(VERBS),
        prop::sample::select(FIGURES),
        prop::sample::select(NOUNS),
        prop::sample::select(TAILS),
        prop::sample::select(ATTRIBUTIONS),
    )
        .prop_map(|(agent, verb, figure, noun, tail, attribution)| {
            let tail = if tail.is_empty() {
                String::new()
            } else {
                format!(" {tail}")
            };
            format!("{agent} {verb} {figure} {noun}{tail}{attribution}")
        })
}

/// A sentence with a random number in a random shape.
fn number_sentence() -> impl Strategy<Value = String> {
    (
        prop::sample::select(AGENTS),
        prop::sample::select(VERBS),
        any::<u32>(),
        0u8..6,
        prop::sample::select(NOUNS),
    )
        .prop_map(|(agent, verb, n, shape, noun)| {
            let figure = match shape {
                0 => n.to_string(),
                1 => with_commas(n),
                2 => format!("about {}", with_commas(n)),
                3 => format!("{}.{}", n / 100, n % 100),
                4 => format!("{}%", n % 200),
                _ => format!("${} million", n % 1000),
            };
            format!("{agent} {verb} {figure} {noun}.")
        })
}

fn with_commas(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Text no newsroom would write: arbitrary Unicode and awkward characters.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>().prop_map(|s| s.chars().take(40).collect()),
        "\\PC{0,30}",
        prop::sample::select(vec![
            "\u{feff}",
            "\0",
            "\r",
            "\r\n",
            "\u{2028}",
            "\u{200f}مدينة 300 شخص\u{200e}",
            "שלושה 3 אנשים",
            "東京で1,200人",
            "e\u{301}\u{301}\u{301}",
            "👩‍👩‍👧 4 🏚️",
            "((([[[{{{\"'“‘",
            "...",
            ". . .",
            "?!?!",
            "U.S.A.",
            "a.m.",
            "\u{0}\u{1}\u{7f}",
            "$",
            "%",
            "—",
            "http://example.test/9?x=1,000",
        ])
        .prop_map(str::to_string),
    ]
}

/// One piece of a document.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => figure_sentence(),
        2 => number_sentence(),
        1 => prop::sample::select(HEADLINES).prop_map(str::to_string),
        1 => (prop::sample::select(DATELINES), figure_sentence()).prop_map(|(d, s)| format!("{d}{s}")),
        1 => prop::sample::select(BYLINES).prop_map(str::to_string),
        1 => prop::sample::select(QUOTES).prop_map(str::to_string),
        1 => prop::sample::select(BULLETS).prop_map(str::to_string),
        1 => noise(),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![" ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "  ", ""])
}

/// One document's text.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), separator()), 0..14).prop_map(|parts| {
        let mut text = String::new();
        for (fragment, sep) in parts {
            text.push_str(&fragment);
            text.push_str(sep);
        }
        text
    })
}

/// One to four documents with distinct ids; the same text appears twice
/// now and then, as syndicated copy does.
fn documents() -> impl Strategy<Value = Vec<Document>> {
    (prop::collection::vec(text(), 1..5), any::<bool>()).prop_map(|(texts, syndicate)| {
        let mut docs: Vec<Document> = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Document::new(format!("outlet-{i}"), text))
            .collect();
        if syndicate && docs.len() > 1 {
            let copy = format!("{}\nThe Wire contributed to this report.", docs[0].text);
            docs[1].text = copy;
        }
        docs
    })
}

/// Comparer settings within their valid ranges; a small exhaustive limit
/// sends big blocks down the rare-word path.
fn comparer() -> impl Strategy<Value = Comparer> {
    (
        0.0f64..0.5,
        0.0f64..0.5,
        0.0f64..=1.0,
        0.0f64..=1.0,
        0.05f64..=1.0,
        2usize..200,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(exact, hedge, min, conflict, syndication, limit, blocking, default)| {
                if default {
                    return Comparer::default();
                }
                Comparer::builder()
                    .exact_tolerance(exact)
                    .hedge_tolerance(hedge)
                    .min_score(min)
                    .conflict_score(conflict)
                    .syndication_threshold(syndication)
                    .exhaustive_limit(limit)
                    .blocking(blocking)
                    .build()
                    .expect("settings in range")
            },
        )
}

fn json(report: &Report) -> Vec<u8> {
    let mut out = Vec::new();
    report.write_json(&mut out).expect("writing to a Vec");
    out
}

/// Every claim's spans slice its document exactly; every finding names
/// claims of the report.
fn check_report(docs: &[Document], report: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.documents.len(), docs.len());
    let mut ids = HashSet::new();
    for c in &report.claims {
        prop_assert!(ids.insert(c.id.as_str()), "claim id {} repeated", c.id);
        let doc = docs.iter().find(|d| d.id == c.doc);
        prop_assert!(
            doc.is_some(),
            "claim {} names unknown document {}",
            c.id,
            c.doc
        );
        let text = doc.map_or("", |d| d.text.as_str());
        prop_assert_eq!(
            text.get(c.figure.span.range()),
            Some(c.figure.text.as_str()),
            "figure span of {} in {:?}",
            &c.id,
            text
        );
        prop_assert_eq!(
            text.get(c.context_span.range()),
            Some(c.context.as_str()),
            "context span of {} in {:?}",
            &c.id,
            text
        );
        prop_assert!(c.sentence_span.contains(c.context_span));
        prop_assert!(c.context_span.contains(c.figure.span) || c.figure.span.len() > 300);
        prop_assert!(c.context.len() <= 300 || c.context == c.figure.text);
        prop_assert!(
            c.sentence_span.start <= c.figure.span.start
                && c.figure.span.end <= c.sentence_span.end,
            "figure {} outside its sentence {}",
            c.figure.span,
            c.sentence_span
        );
    }
    for f in &report.findings {
        prop_assert!(f.claims.len() >= 2, "{:?}", f);
        prop_assert!((0.0..=1.0).contains(&f.score), "{:?}", f);
        for id in f
            .claims
            .iter()
            .chain(f.sides.iter().flatten())
            .chain(&f.copies)
        {
            prop_assert!(
                ids.contains(id.as_str()),
                "finding names unknown claim {}",
                id
            );
        }
    }
    Ok(())
}

/// The JSON parses, and its claims carry the same spans as the report.
fn check_json(docs: &[Document], report: &Report, bytes: &[u8]) -> Result<(), TestCaseError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| TestCaseError::fail(format!("JSON does not parse: {e}")))?;
    let claims = value["claims"].as_array().cloned().unwrap_or_default();
    prop_assert_eq!(claims.len(), report.claims.len());
    prop_assert_eq!(
        value["findings"].as_array().map_or(0, Vec::len),
        report.findings.len()
    );
    for c in &claims {
        let doc = docs.iter().find(|d| c["doc"] == d.id.as_str());
        let text = doc.map_or("", |d| d.text.as_str());
        let start = c["start"].as_u64().and_then(|n| usize::try_from(n).ok());
        let end = c["end"].as_u64().and_then(|n| usize::try_from(n).ok());
        let slice = start.zip(end).and_then(|(s, e)| text.get(s..e));
        prop_assert_eq!(slice, c["text"].as_str(), "JSON claim {}", c);
    }
    let mut lines = Vec::new();
    report.write_jsonl(&mut lines).expect("writing to a Vec");
    for line in String::from_utf8_lossy(&lines).lines() {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
        prop_assert!(parsed.is_ok(), "JSON line does not parse: {}", line);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// The whole pipeline on news-like documents, with random settings.
    #[test]
    fn compare_is_total_exact_and_deterministic(
        docs in documents(),
        comparer in comparer(),
    ) {
        let report = comparer.compare(&docs);
        check_report(&docs, &report)?;
        let first = json(&report);
        check_json(&docs, &report, &first)?;
        // The text report renders too.
        let _ = report.to_string();

        // The same input gives the same bytes ...
        let again = json(&comparer.compare(&docs));
        prop_assert!(first == again, "two runs differ");
        // ... whatever the order of the documents.
        let mut reversed = docs.clone();
        reversed.reverse();
        let other_order = json(&comparer.compare(&reversed));
        prop_assert!(first == other_order, "the order of the documents changed the report");
    }

    /// Arbitrary ids (empty, repeated, with `#` or Unicode) and arbitrary
    /// text: no panic, and the JSON still parses.
    #[test]
    fn compare_never_panics_on_arbitrary_ids_and_text(
        docs in prop::collection::vec(
            (
                prop_oneof![Just(String::new()), Just("a#1".to_string()), "\\PC{0,6}"],
                prop_oneof![text(), any::<String>()],
            ),
            0..4,
        ),
    ) {
        let docs: Vec<Document> = docs
            .into_iter()
            .map(|(id, text)| Document::new(id, text))
            .collect();
        let report = Comparer::default().compare(&docs);
        let bytes = json(&report);
        let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
        prop_assert!(parsed.is_ok());
        for f in &report.findings {
            for id in &f.claims {
                prop_assert!(report.claim(id).is_some(), "finding names unknown claim {}", id);
            }
        }
    }
}
