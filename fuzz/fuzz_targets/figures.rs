//! Fuzzes figure recognition: no panic, spans ordered and slicing the
//! input to the figure text, bounds consistent with values.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last = 0;
    for f in factdiff::figures(text) {
        assert!(f.span.start >= last, "figures out of order");
        assert_eq!(&text[f.span], f.text);
        if let (Some(low), Some(v)) = (f.low, f.value) {
            assert!(low <= v, "low above value");
        }
        if let (Some(high), Some(v)) = (f.high, f.value) {
            assert!(v <= high, "value above high");
        }
        last = f.span.end;
    }
});
