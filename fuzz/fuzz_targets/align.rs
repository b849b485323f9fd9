//! Fuzzes partition-wise alignment on claims nobody checked: the input is
//! read as an Arrow IPC stream when it starts like one, else as JSON Lines
//! claims (what `factdiff align` reads). Claims that parse are sorted and
//! streamed through the `PartitionAligner`, then aligned again in memory:
//! no panic, and both give the same findings.
#![no_main]

use factdiff::{Claim, Comparer, KeyedClaim, columnar};
use libfuzzer_sys::fuzz_target;

/// Panics inside the Arrow and Parquet readers are caught by
/// `factdiff::columnar` and become errors; keep libFuzzer's hook (which
/// aborts) for every other panic.
fn quiet_reader_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !columnar::in_guarded_read() {
                previous(info);
            }
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    quiet_reader_panics();
    let mut keyed: Vec<KeyedClaim> = Vec::new();
    if data.starts_with(&[0xff, 0xff, 0xff, 0xff]) {
        let Ok(batches) = columnar::read_ipc_stream(data) else { return };
        for batch in batches {
            let Ok(batch) = batch else { break };
            let Ok(claims) = columnar::claims_from_batch(&batch) else { break };
            keyed.extend(claims);
        }
    } else {
        let Ok(text) = std::str::from_utf8(data) else { return };
        for line in text.lines().take(64) {
            if let Ok(claim) = serde_json::from_str::<Claim>(line) {
                keyed.push(KeyedClaim::new(claim, line.len() % 2 == 0));
            }
        }
    }
    keyed.sort_by(KeyedClaim::partition_order);
    keyed.dedup_by(|a, b| KeyedClaim::partition_order(a, b).is_eq());
    let comparer = Comparer::builder().max_block(3).build().expect("valid settings");
    let mut aligner = comparer.partition_aligner();
    let mut streamed = Vec::new();
    for k in keyed.iter().cloned() {
        streamed.extend(aligner.push(k).expect("sorted input is accepted"));
    }
    streamed.extend(aligner.finish());
    for f in &streamed {
        assert!(f.claims.len() >= 2);
        assert!((0.0..=1.0).contains(&f.score) || f.score.is_nan());
    }
    let batch = columnar::findings_to_batch(&streamed).expect("findings make a batch");
    assert_eq!(columnar::findings_from_batch(&batch).expect("and read back").len(), streamed.len());
});
