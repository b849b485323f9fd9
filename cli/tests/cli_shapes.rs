//! Hostile but ordinary-looking inputs, in release builds (`.ci/run` runs
//! these ignored tests): each shape through `claims --format json` and
//! `compare --format json` within 10 s, with peak memory under 10× the
//! input (plus the program's fixed 32 MiB) and output under 50× the input.
//! What each run took is printed.
//!
//! A text dense with figures that each say what they count (a claim every
//! 15 bytes) cannot fit those two ratios: a claim's record alone is longer
//! than 50 bytes per input byte allows. There the bound is per claim.
#![cfg(target_os = "linux")]

mod support;

use std::fs;
use std::path::Path;

use support::{Scratch, measured};

const MIB: usize = 1 << 20;

/// The bounds of the issue: seconds, memory and output per input byte.
const SECONDS: f64 = 10.0;
const MEMORY_PER_BYTE: u64 = 10;
const MEMORY_FIXED: u64 = 32 << 20;
const OUTPUT_PER_BYTE: u64 = 50;

/// `unit` repeated to `bytes` bytes (at least).
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// What a run may take: peak memory and output, in bytes per input byte
/// or per claim.
#[derive(Clone, Copy)]
enum Bound {
    PerInputByte,
    PerClaim { memory: u64, output: u64 },
}

/// Runs `claims` and `compare` on `text` and checks the bounds.
fn within_bounds(name: &str, text: &str) {
    check(name, text, Bound::PerInputByte);
}

fn check(name: &str, text: &str, bound: Bound) {
    let scratch = Scratch::new(Path::new(env!("CARGO_TARGET_TMPDIR")), name);
    let input = scratch.0.join(format!("{name}.txt"));
    fs::write(&input, text).expect("write the input");
    let input = input.to_str().expect("UTF-8 path");
    let size = text.len() as u64;
    for command in ["claims", "compare"] {
        let out = scratch.0.join(format!("{command}.json"));
        let out_arg = out.to_str().expect("UTF-8 path");
        let (secs, peak) = measured(&[command, "--format", "json", input, "--output", out_arg]);
        let written = fs::metadata(&out).expect("output written").len();
        let claims = claim_count(&out, command);
        println!(
            "{name}: {command}: {:.1} MiB in {secs:.2} s, peak RSS {:.0} MiB, output {:.2}x input, {claims} claims",
            size as f64 / MIB as f64,
            peak as f64 / MIB as f64,
            written as f64 / size as f64
        );
        assert!(secs < SECONDS, "{name}: {command} took {secs:.1} s");
        let (memory, output) = match bound {
            Bound::PerInputByte => (MEMORY_PER_BYTE * size, OUTPUT_PER_BYTE * size),
            Bound::PerClaim { memory, output } => (memory * claims, output * claims),
        };
        assert!(
            peak < memory + MEMORY_FIXED,
            "{name}: {command} peak RSS {peak} over {}",
            memory + MEMORY_FIXED
        );
        assert!(
            written < output.max(1024),
            "{name}: {command} wrote {written} bytes for {size} ({claims} claims)"
        );
        fs::remove_file(&out).expect("remove output");
    }
}

/// How many claims a run's output lists (a JSON Lines file for `claims`,
/// one report for `compare`).
fn claim_count(out: &Path, command: &str) -> u64 {
    let text = fs::read_to_string(out).expect("read output");
    let n = if command == "claims" {
        text.lines().count()
    } else {
        let report: serde_json::Value = serde_json::from_str(&text).expect("JSON report");
        report["claims"].as_array().map_or(0, Vec::len)
    };
    n as u64
}

#[test]
#[ignore = "release only: see .ci/run"]
fn a_megabyte_of_one_comma() {
    within_bounds("one-comma", &repeat_to("1,", MIB));
}

#[test]
#[ignore = "release only: see .ci/run"]
fn a_megabyte_of_one_and() {
    within_bounds("one-and", &repeat_to("1 and ", MIB));
}

#[test]
#[ignore = "release only: see .ci/run"]
fn ten_megabytes_on_one_line_full_of_figures() {
    within_bounds("one-line", &repeat_to("and 12 more ", 10 * MIB));
}

#[test]
#[ignore = "release only: see .ci/run"]
fn a_hundred_thousand_figures_in_one_sentence() {
    let list: Vec<String> = (1..=100_000).map(|n| n.to_string()).collect();
    within_bounds("listed", &format!("The tally ran {}.", list.join(", ")));
}

#[test]
#[ignore = "release only: see .ci/run"]
fn a_hundred_thousand_counted_figures_in_one_sentence() {
    // Every figure says what it counts: none is a bare list number.
    let text = format!(
        "Officers logged {}.",
        repeat_to("12 arrests and ", 100_000 * 15)
    );
    let per_claim = Bound::PerClaim {
        memory: 4096,
        output: 2048,
    };
    check("counted", &text, per_claim);
}

#[test]
#[ignore = "release only: see .ci/run"]
fn ten_megabytes_of_nested_quotes() {
    // Quotes within quotes within quotes, a figure at the heart of each.
    let level = "“Dana said ‘Eli said “";
    let nest = format!(
        "{}crews saved 40 homes{}",
        level.repeat(2_000),
        "”’”".repeat(2_000)
    );
    within_bounds("quotes", &repeat_to(&nest, 10 * MIB));
}
