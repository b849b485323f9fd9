//! Fuzzes the whole pipeline: the input, split at NUL bytes, becomes up to
//! four documents that are compared. No panic; every claim span slices its
//! document; every finding names existing claims; the JSON report parses.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let docs: Vec<factdiff::Document> = text
        .split('\0')
        .take(4)
        .enumerate()
        .map(|(i, t)| factdiff::Document::new(format!("doc{i}"), t))
        .collect();
    let Ok(comparer) = factdiff::Comparer::builder().build() else { return };
    let report = comparer.compare(&docs);
    for c in &report.claims {
        let doc = docs.iter().find(|d| d.id == c.doc).expect("claim of a known document");
        assert_eq!(&doc.text[c.figure.span], c.figure.text);
        assert_eq!(&doc.text[c.context_span], c.context);
    }
    for f in &report.findings {
        for id in &f.claims {
            assert!(report.claim(id).is_some(), "finding names a missing claim");
        }
        assert!((0.0..=1.0).contains(&f.score));
    }
    let mut json = Vec::new();
    report.write_json(&mut json).expect("write to memory");
    let _: serde_json::Value = serde_json::from_slice(&json).expect("the JSON report parses");
});
