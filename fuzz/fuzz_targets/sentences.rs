//! Fuzzes the sentence splitter: no panic, and every span slices the input
//! to the sentence text, in order, with only whitespace left out.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last = 0;
    for s in factdiff::sentences(text) {
        assert!(s.span.start >= last, "spans out of order");
        assert_eq!(&text[s.span], s.text);
        assert!(!s.text.is_empty());
        assert!(text[last..s.span.start].chars().all(char::is_whitespace));
        last = s.span.end;
    }
    assert!(text[last..].chars().all(char::is_whitespace));
});
