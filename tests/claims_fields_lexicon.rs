//! Claim fields under a user lexicon: a measure "evictions" added to the
//! defaults works end to end, from the builder and from JSON; and a bad
//! lexicon file gives an error that says what is wrong and where.
//!
//! Every sentence is fictional news-style text written for these tests.

mod claims_fields_common;

use claims_fields_common::{check, default_claims, same_text};
use factdiff::{ClaimExtractor, Document, Lexicon, Measure, Modality, Period};

// ---------------------------------------------------------------------------
// A user lexicon: a measure "evictions" added to the defaults works end to
// end, from the builder and from JSON.

fn evictions() -> Measure {
    Measure::new("evictions")
        .nouns(["eviction", "lockout"])
        .people(["tenant"])
        .verbs(["evict"])
        .phrases(["put out of their homes"])
}

#[rustfmt::skip]
const EVICTIONS: &[(&str, &str, Option<&str>)] = &[
    ("Landlords filed 1,900 evictions in March.", "1,900", Some("evictions")),
    ("The county evicted 340 families last year.", "340", Some("evictions")),
    ("Deputies carried out 75 evictions a week.", "75", Some("evictions")),
    ("About 60 tenants were put out of their homes after the fire.", "60", Some("evictions")),
    ("The court has ordered 120 lockouts since January.", "120", Some("evictions")),
    // The new measure takes nothing from the default ones, and its people
    // yield to a verb as the defaults' do.
    ("Some 4,000 tenants live in the complex.", "4,000", Some("population")),
    ("Police arrested 12 people at an eviction hearing.", "12", Some("arrests")),
    ("The landlord hired 8 security guards after the evictions.", "8", Some("workforce")),
    ("The city spent $2 million on eviction defense.", "$2 million", Some("funding")),
];

#[test]
fn user_lexicon_adds_evictions() {
    let lexicon = Lexicon::builder()
        .defaults()
        .measure(evictions())
        .build()
        .expect("a valid lexicon");
    assert!(lexicon.measure("arrests").is_some(), "defaults kept");
    let extractor = ClaimExtractor::new(lexicon);
    let extract = |text: &str| extractor.extract(&Document::new("t", text));
    check("user lexicon measure", EVICTIONS, extract, |c, want| {
        same_text(c.measure.as_deref(), *want)
    });

    // The other fields still come from the sentence.
    let found = extract("Deputies carried out 75 evictions a week, the sheriff said.");
    assert_eq!(found[0].period, Some(Period::Week));
    assert_eq!(found[0].attribution.as_deref(), Some("the sheriff"));
    let found = extract("The county plans to evict 200 tenants in Dunmore.");
    assert_eq!(found[0].measure.as_deref(), Some("evictions"));
    assert_eq!(found[0].modality, Modality::Target);
    assert_eq!(found[0].place.as_deref(), Some("Dunmore"));

    // Without the user measure the same figures have none.
    let plain = default_claims("Landlords filed 1,900 evictions in March.");
    assert_eq!(plain[0].measure, None);
}

#[cfg(feature = "serde")]
#[test]
fn user_lexicon_from_json() {
    let json = r#"{
        "about": "one measure of our own",
        "measures": [
            {"id": "evictions", "kinds": ["count"], "nouns": ["eviction"], "verbs": ["evict"]}
        ]
    }"#;
    let lexicon = Lexicon::from_json(json).expect("a valid lexicon");
    assert_eq!(lexicon.measures().count(), 1);
    let extractor = ClaimExtractor::new(lexicon);
    let found = extractor.extract(&Document::new(
        "t",
        "Deputies evicted 40 families and arrested 3 people. Landlords filed 900 evictions. \
         Evictions rose 8% in March.",
    ));
    let measures: Vec<Option<&str>> = found.iter().map(|c| c.measure.as_deref()).collect();
    // A lexicon of one measure replaces the defaults: arrests are unknown;
    // `kinds: ["count"]` keeps the measure off the percentage.
    assert_eq!(measures, [Some("evictions"), None, Some("evictions"), None]);
}

// ---------------------------------------------------------------------------
// A bad lexicon file: a `Lexicon` error that says what and where.

#[cfg(feature = "serde")]
use factdiff::ErrorKind;

#[cfg(feature = "serde")]
#[rustfmt::skip]
const BAD_LEXICONS: &[(&str, &str)] = &[
    ("{", "EOF while parsing an object at line 1 column 1"),
    ("{\n  \"measures\": [\n    {\"id\": \"x\", \"nouns\": [\"a\",]}\n  ]\n}", "trailing comma at line 3 column"),
    ("{}", "missing field `measures`"),
    (r#"{"measures": [], "extra": 1}"#, "unknown field `extra`, expected one of `about`, `measures`, `entities`"),
    (r#"{"measures": [{"nouns": ["eviction"]}]}"#, "missing field `id`"),
    (r#"{"measures": [{"id": "evictions", "noun": ["eviction"]}]}"#, "unknown field `noun`"),
    (r#"{"measures": [{"id": "evictions", "verbs": "evict"}]}"#, "invalid type: string \"evict\", expected a sequence"),
    (r#"{"measures": [{"id": "a"}, {"id": "  "}]}"#, "measure 2 has an empty id"),
    (r#"{"measures": [{"id": "evictions", "kinds": ["weight"]}]}"#, "measure \"evictions\" has unknown kind \"weight\""),
    (r#"{"measures": [{"id": "evictions"}, {"id": "arrests"}, {"id": "evictions"}]}"#, "measure 3 repeats the id \"evictions\" of measure 1"),
];

#[cfg(feature = "serde")]
#[test]
fn bad_lexicon_files_say_why() {
    for (json, says) in BAD_LEXICONS {
        let err = Lexicon::from_json(json).expect_err(json);
        assert!(
            matches!(err.kind(), ErrorKind::Lexicon { .. }),
            "{json}: {:?}",
            err.kind()
        );
        let message = err.to_string();
        assert!(
            message.starts_with("invalid lexicon: "),
            "{json}: {message}"
        );
        assert!(message.contains(says), "{json}: {message:?} lacks {says:?}");
    }

    // From a file, the message names the file.
    let path = std::env::temp_dir().join(format!(
        "factdiff-claims-fields-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, r#"{"measures": [{"id": "x", "kinds": ["weight"]}]}"#).unwrap();
    let err = Lexicon::from_path(&path).expect_err("a bad file");
    std::fs::remove_file(&path).ok();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}: invalid lexicon: ", path.display())),
        "{message}"
    );
    let err = Lexicon::from_path("no/such/lexicon.json").expect_err("a missing file");
    assert!(
        matches!(err.kind(), ErrorKind::NotFound { .. }),
        "{:?}",
        err.kind()
    );
}
