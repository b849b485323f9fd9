//! Unit tests of the claim types: the wire form and dating by window.

use super::*;
use crate::{Document, claims};

#[test]
fn wire_form_is_flat_and_round_trips() {
    let doc = Document::new(
        "wire",
        "Police arrested 42 people on Friday, the chief said.",
    );
    let claim = claims(&doc).next().unwrap();
    let json = serde_json::to_value(&claim).unwrap();
    assert_eq!(json["id"], "wire#0");
    assert_eq!(json["start"], 16);
    assert_eq!(json["text"], "42");
    assert_eq!(json["kind"], "count");
    assert_eq!(json["measure"], "arrests");
    assert_eq!(json["modality"], "reported");
    assert_eq!(json["period"], "day");
    let back: Claim = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, claim);
    assert!(json.get("sides").is_none(), "{json}");
    // The window's typed reading is the claim stage's, kept off the
    // wire and read again where a claim comes in.
    assert_eq!(json["window"], "on Friday");
    assert!(json.get("when").is_none(), "{json}");
    assert_eq!(
        back.when.as_deref().map(TimeWindow::weekdays),
        Some(&[5][..])
    );
}

#[test]
fn a_claim_without_a_window_is_dated_by_its_sentences_years() {
    let doc = Document::new(
        "wire",
        "A 2019 report said crews rescued 40 sailors. Crews rescued 12 hikers.",
    );
    let found: Vec<Claim> = claims(&doc).collect();
    let rescued = |t: &str| found.iter().find(|c| c.figure.text == t).unwrap();
    let sailors = rescued("40").when.as_deref().unwrap();
    assert_eq!(sailors.years(), &[2019]);
    assert!(!sailors.is_stated());
    assert!(rescued("12").when.is_none());
    let mut hikers = rescued("12").clone();
    hikers.set_window(Some("last week".to_string()));
    assert!(hikers.when.as_deref().is_some_and(TimeWindow::is_stated));
    hikers.set_window(None);
    assert!(hikers.when.is_none());
}

#[test]
fn a_tally_carries_its_sides_and_old_lines_read_without_them() {
    let doc = Document::new("wire", "The council approved the levy 30 for, 24 against.");
    let claim = claims(&doc).next().unwrap();
    let json = serde_json::to_value(&claim).unwrap();
    assert_eq!(json["kind"], "tally");
    assert_eq!(json["value"], 30.0);
    assert_eq!(
        json["sides"],
        serde_json::json!([{"count": 30.0, "label": "for"}, {"count": 24.0, "label": "against"}])
    );
    let back: Claim = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, claim);
    let mut old = json;
    old.as_object_mut().unwrap().remove("sides");
    let back: Claim = serde_json::from_value(old).unwrap();
    assert!(back.figure.sides.is_none());
}

#[test]
fn a_long_sentence_gives_a_marked_context_and_older_lines_still_read() {
    let text = format!(
        "Crews cleared 40 roads {}.",
        "and many more lanes ".repeat(30)
    );
    let doc = Document::new("wire", text.as_str());
    let claim = claims(&doc).next().unwrap();
    let json = serde_json::to_value(&claim).unwrap();
    let marked = json["context"].as_str().unwrap();
    assert!(marked.starts_with("Crews cleared 40") && marked.ends_with('…'));
    assert!(json.get("sentence_text").is_none(), "{json}");
    assert_eq!(
        serde_json::from_value::<Claim>(json.clone()).unwrap(),
        claim
    );
    // A line written before contexts: the whole sentence, cut on reading.
    let mut old = json.clone();
    let fields = old.as_object_mut().unwrap();
    for key in ["context", "context_start", "context_end"] {
        fields.remove(key);
    }
    fields.insert("sentence_text".into(), text.clone().into());
    assert_eq!(serde_json::from_value::<Claim>(old.clone()).unwrap(), claim);
    // Neither: refused.
    old.as_object_mut().unwrap().remove("sentence_text");
    let err = serde_json::from_value::<Claim>(old)
        .unwrap_err()
        .to_string();
    assert!(err.contains("needs its context"), "{err}");
    // A context longer than its span: refused.
    let mut bad = json;
    bad["context_end"] = serde_json::json!(claim.context_span.end - 1);
    assert!(serde_json::from_value::<Claim>(bad).is_err());
}
