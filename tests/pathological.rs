//! Pathological inputs through the whole pipeline (sentences, figures,
//! claims, compare): each gives a result, never a panic, and spans stay
//! byte-exact.

use factdiff::{Comparer, Document};

/// Runs the pipeline on `texts` and checks every span of the report.
fn check(texts: &[&str]) -> usize {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("d{i}"), *t))
        .collect();
    let report = Comparer::builder()
        .build()
        .expect("default comparer")
        .compare(&docs);
    for c in &report.claims {
        let doc = docs.iter().find(|d| d.id == c.doc).expect("known document");
        assert_eq!(
            doc.text.get(c.figure.span.range()),
            Some(c.figure.text.as_str())
        );
        assert_eq!(
            doc.text.get(c.context_span.range()),
            Some(c.context.as_str())
        );
    }
    for t in texts {
        for s in factdiff::sentences(t) {
            assert_eq!(&t[s.span], s.text);
        }
    }
    #[cfg(feature = "serde")]
    {
        let mut json = Vec::new();
        report.write_json(&mut json).expect("in memory");
        serde_json::from_slice::<serde_json::Value>(&json).expect("JSON parses");
    }
    report.claims.len()
}

#[test]
fn empty_and_blank() {
    assert_eq!(check(&["", " ", "\n\n\n", "\u{feff}"]), 0);
}

#[test]
fn a_million_digits() {
    let digits = "7".repeat(1_000_000);
    check(&[&digits]);
}

#[test]
fn a_hundred_thousand_periods() {
    let dots = ".".repeat(100_000);
    check(&[&dots, &". ".repeat(50_000)]);
}

#[test]
fn deeply_nested_quotes_and_brackets() {
    let nested = format!(
        "{}Crews moved 40 families.{}",
        "(“[\"'".repeat(5_000),
        "'\"]”)".repeat(5_000)
    );
    check(&[&nested, &"“".repeat(20_000), &"(".repeat(50_000)]);
}

#[test]
fn nul_bytes_and_control_characters() {
    check(&[
        "Crews\0 moved\0 40\0 families.\0",
        "\u{1}\u{2}\u{7f}300 homes\u{8}",
        "\0\0\0",
    ]);
}

#[test]
fn bom_crlf_and_cr_keep_spans_exact() {
    let lf = "River Crests Above Stage\nThe river crested at 24.6 feet, officials said.\n";
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let cr = lf.replace('\n', "\r");
    assert_eq!(check(&[lf]), 1);
    assert_eq!(check(&[&crlf]), 1);
    assert_eq!(check(&[&cr]), 1);
    let doc = Document::new("crlf", crlf.clone());
    let claim = &factdiff::claims(&doc).next().unwrap();
    assert_eq!(&crlf[claim.figure.span], "24.6 feet");
}

#[test]
fn mixed_scripts_and_rtl() {
    check(&[
        "قال المسؤولون إن 40 منزلا تضررت. Crews counted 40 damaged homes.",
        "\u{202e}Crews moved 300 people\u{202c} 東京で300人が避難した。",
        "Полиция задержала 12 человек. Police held 12 people.",
    ]);
}

#[test]
fn a_ten_megabyte_line() {
    let line = "crews moved sandbags along the levee ".repeat(10 * 1024 * 1024 / 37);
    check(&[&line]);
}
