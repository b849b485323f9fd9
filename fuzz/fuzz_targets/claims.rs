//! Fuzzes claim extraction: no panic, every claim's figure and sentence
//! spans slice the document, the figure inside its sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = factdiff::Document::new("fuzz", text);
    for c in factdiff::claims(&doc) {
        assert_eq!(&text[c.figure.span], c.figure.text);
        assert_eq!(&text[c.context_span], c.context);
        assert!(c.sentence_span.contains(c.context_span));
        assert!(c.sentence_span.contains(c.figure.span));
    }
});
