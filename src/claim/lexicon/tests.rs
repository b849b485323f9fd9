//! Unit tests of the measure lexicon: the default data, kinds and bad files.

use super::*;

#[test]
fn default_lexicon_loads_and_indexes_inflections() {
    let lexicon = Lexicon::default();
    let arrests = lexicon
        .inner
        .measures
        .iter()
        .position(|m| m.id == "arrests")
        .unwrap();
    let hits: Vec<Entry> = lexicon
        .lookup(&lemma("arrested", Pos::Verb), FigureKind::Count)
        .collect();
    assert!(hits.iter().any(|e| e.measure == arrests));
}

#[test]
fn kinds_limit_measures() {
    let lexicon = Lexicon::default();
    assert_eq!(lexicon.lookup("rain", FigureKind::Count).count(), 0);
    let hits: Vec<Entry> = lexicon.lookup("rain", FigureKind::Measurement).collect();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|e| lexicon.id(e.measure) == "rainfall"));
}

/// The generated data (`lexicon_default.rs`) is `data/lexicon.json`:
/// rerun `tools/lexicon/gen_default.py` after editing the file.
#[cfg(feature = "serde")]
#[test]
fn default_lexicon_is_the_json_file() {
    let file = Lexicon::from_json(include_str!("../../../data/lexicon.json")).unwrap();
    let default = Lexicon::default();
    assert_eq!(
        file.inner.measures, default.inner.measures,
        "src/claim/lexicon_default.rs is stale: run tools/lexicon/gen_default.py"
    );
    let sorted = |l: &Lexicon| {
        let mut e: Vec<String> = l.inner.entities.iter().cloned().collect();
        e.sort();
        e
    };
    assert_eq!(sorted(&file), sorted(&default));
    assert!(!default.inner.measures.is_empty());
}

#[cfg(feature = "serde")]
#[test]
fn bad_files_say_why() {
    let err =
        Lexicon::from_json(r#"{"measures": [{"id": "x", "kinds": ["weight"]}]}"#).unwrap_err();
    assert!(err.to_string().contains("unknown kind \"weight\""), "{err}");
    let err = Lexicon::from_json(r#"{"measures": [{"id": "x", "predicates": ["explode"]}]}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown predicate class \"explode\" (expected one of die, injure"),
        "{err}"
    );
    let err = Lexicon::from_json(r#"{"measures": [{"id": "x", "nouns": 3}]}"#).unwrap_err();
    assert!(err.to_string().starts_with("invalid lexicon:"), "{err}");
    let err = Lexicon::from_json(r#"{"measure": []}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");
    let err =
        Lexicon::from_json(r#"{"measures": [{"id": "x"}, {"id": "y"}, {"id": "x"}]}"#).unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"measure 3 repeats the id "x" of measure 1"#),
        "{err}"
    );
}
