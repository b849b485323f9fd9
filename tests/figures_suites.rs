//! Scores figure recognition on the peer test suites kept in
//! `../shared/external/numbers/` (formats in its `SOURCE.md`), prints the
//! scores, and holds each to a floor.
//!
//! The suites are read at test time and never copied into this crate. When
//! the folder is missing the tests print a notice and pass, except under CI
//! (`CI` set), where they fail.
//!
//! Where factdiff means something else on purpose, the case is listed below
//! with the reason (true of the code as it is: a listed case that passes is
//! taken off the list); listed cases are left out of the adjusted scores'
//! denominators, and both the raw and the adjusted scores are printed.
//!
//! The suites are fixed files, so a score does not drift between runs: the
//! floors sit a few cases (two to five) below the scores measured, the
//! room a deliberate trade-off in one rule may take, and a regression
//! beyond it fails.

use std::path::PathBuf;

use factdiff::{Figure, FigureKind, figures};
use serde_json::Value;

fn suite_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/external/numbers"
    ));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing under CI",
        dir.display()
    );
    eprintln!(
        "notice: {} not found; skipping the peer suites",
        dir.display()
    );
    None
}

fn load(name: &str) -> Option<Vec<Value>> {
    let path = suite_dir()?.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The numbers a figure asserts: its value and bounds.
fn numbers(f: &Figure) -> impl Iterator<Item = f64> {
    [f.value, f.low, f.high].into_iter().flatten()
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

/// Prints a score line and returns the adjusted percentage.
fn report(name: &str, passed: usize, total: usize, skipped: usize) -> f64 {
    let adjusted = pct(passed, total - skipped);
    println!(
        "{name}: {passed}/{total} ({:.1}%); {passed}/{} ({adjusted:.1}%) without {skipped} deliberate differences",
        pct(passed, total),
        total - skipped
    );
    adjusted
}

fn str_field<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// Deliberate differences from Recognizers' `NumberModel`.
const NUMBER_MODEL_DIFFERENCES: &[(&str, &str)] = &[
    (
        "NumberModel-0001",
        "192.168.1.2 is an address: an identifier, not four numbers",
    ),
    ("NumberModel-0002", "180.25ml is a measurement for us"),
    ("NumberModel-0003", "180ml is a measurement for us"),
    ("NumberModel-0004", "29km is a measurement for us"),
    ("NumberModel-0006", ".25ml is a measurement for us"),
    (
        "NumberModel-0032",
        "`- ` at the start of a line is a bullet, not a minus sign",
    ),
    (
        "NumberModel-0041",
        "`- ` at the start of a line is a bullet, not a minus sign",
    ),
    ("NumberModel-0143", "5/17/2018 is a date"),
    ("NumberModel-0144", "+1-222-2222/2222 is a phone number"),
    ("NumberModel-0146", "1m is one metre for us"),
    ("NumberModel-0189", "SCP-173 is an identifier"),
    (
        "NumberModel-0198",
        "the numbers after `nrs.` name exercises: identifiers",
    ),
    (
        "NumberModel-0199",
        "the number after `nr.` names an exercise: an identifier",
    ),
    ("NumberModel-0216", "`one last time` is an idiom"),
    (
        "NumberModel-0224",
        "`version two` names a version: an identifier",
    ),
    (
        "NumberModel-0227",
        "`two millionth` is an ordinal (2,000,000th)",
    ),
    (
        "NumberModel-0228",
        "`100 millionths` is a fraction (0.0001), not 100",
    ),
];

/// Notes a listed case that passes: its reason no longer holds, and it
/// must come off the list.
fn note_stale(stale: &mut Vec<String>, listed: bool, ok: bool, id: &str) {
    if listed && ok {
        stale.push(id.to_string());
    }
}

fn is_listed(list: &[(&str, &str)], id: &str) -> bool {
    list.iter().any(|(i, _)| *i == id)
}

#[test]
fn recognizers_number_model() {
    let Some(cases) = load("recognizers_NumberModel.jsonl") else {
        return;
    };
    let mut stale: Vec<String> = Vec::new();
    let (mut pos, mut pos_ok, mut pos_skip) = (0, 0, 0);
    let (mut neg, mut neg_ok, mut neg_skip) = (0, 0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let id = str_field(case, "id");
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        let expected: Vec<f64> = case["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| str_field(r, "value").parse().ok())
            .collect();
        let listed = is_listed(NUMBER_MODEL_DIFFERENCES, id);
        if expected.is_empty() {
            neg += 1;
            let ok = found.is_empty();
            neg_ok += usize::from(ok);
            neg_skip += usize::from(listed && !ok);
            note_stale(&mut stale, listed, ok, id);
            if !ok && !listed {
                failures.push(format!(
                    "{id} {input:?}: expected nothing, got {:?}",
                    texts(&found)
                ));
            }
            continue;
        }
        pos += 1;
        let ok = expected
            .iter()
            .all(|e| found.iter().flat_map(numbers).any(|v| close(v, *e)));
        pos_ok += usize::from(ok);
        pos_skip += usize::from(listed && !ok);
        note_stale(&mut stale, listed, ok, id);
        if !ok && !listed {
            failures.push(format!(
                "{id} {input:?}: expected {expected:?}, got {:?}",
                values(&found)
            ));
        }
    }
    let adjusted = report(
        "recognizers NumberModel (positive cases)",
        pos_ok,
        pos,
        pos_skip,
    );
    report(
        "recognizers NumberModel (negative cases)",
        neg_ok,
        neg,
        neg_skip,
    );
    for f in &failures {
        println!("  miss {f}");
    }
    // measured 204/217 raw, 204/205 adjusted
    assert!(pct(pos_ok, pos) >= 92.0, "NumberModel below 92% raw");
    assert!(adjusted >= 97.5, "NumberModel below 97.5% adjusted");
    assert_eq!(
        neg_ok + neg_skip,
        neg,
        "a negative case not listed reported a figure"
    );
    assert!(
        stale.is_empty(),
        "listed as deliberate differences but passing (take them off the list): {stale:?}"
    );
}

fn texts(found: &[Figure]) -> Vec<&str> {
    found.iter().map(|f| f.text.as_str()).collect()
}

/// A figure's text, value, low and high, for messages.
type Shown = (String, Option<f64>, Option<f64>, Option<f64>);

fn values(found: &[Figure]) -> Vec<Shown> {
    found
        .iter()
        .map(|f| (f.text.clone(), f.value, f.low, f.high))
        .collect()
}

/// Deliberate differences from Recognizers' `PercentModel`.
const PERCENT_DIFFERENCES: &[(&str, &str)] = &[
    (
        "PercentModel-0017",
        "`a small percent` holds no number: not a figure",
    ),
    (
        "PercentModel-0018",
        "`the % of increase` holds no number: not a figure",
    ),
    (
        "PercentModel-0019",
        "`a percentage` holds no number: not a figure",
    ),
];

#[test]
fn recognizers_percent_model() {
    let Some(cases) = load("recognizers_PercentModel.jsonl") else {
        return;
    };
    let mut stale: Vec<String> = Vec::new();
    let (mut total, mut ok_n, mut skip) = (0, 0, 0);
    for case in &cases {
        let id = str_field(case, "id");
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        let results = case["results"].as_array().unwrap();
        if results.is_empty() {
            assert!(
                found.is_empty(),
                "{id} {input:?}: expected nothing, got {:?}",
                texts(&found)
            );
            continue;
        }
        total += 1;
        let expected: Vec<Option<f64>> = results
            .iter()
            .map(|r| str_field(r, "value").trim_end_matches('%').parse().ok())
            .collect();
        let ok = expected.iter().all(|e| {
            e.is_some_and(|e| {
                found
                    .iter()
                    .any(|f| f.kind == FigureKind::Percent && f.value.is_some_and(|v| close(v, e)))
            })
        });
        ok_n += usize::from(ok);
        let listed = is_listed(PERCENT_DIFFERENCES, id);
        skip += usize::from(listed && !ok);
        note_stale(&mut stale, listed, ok, id);
        if !ok && !listed {
            println!(
                "  miss {id} {input:?}: expected {expected:?}, got {:?}",
                values(&found)
            );
        }
    }
    report("recognizers PercentModel", ok_n, total, skip);
    // measured 15/15 adjusted
    assert!(
        ok_n + 1 >= total - skip,
        "PercentModel misses more than one case"
    );
    assert!(
        stale.is_empty(),
        "listed as deliberate differences but passing (take them off the list): {stale:?}"
    );
}

fn parse_interval(s: &str) -> Option<(Option<f64>, Option<f64>)> {
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    Some((a.parse().ok(), b.parse().ok()))
}

/// A figure's bounds as an interval: its low and high, or its value at both
/// ends when it has no bounds.
fn interval(f: &Figure) -> (Option<f64>, Option<f64>) {
    if f.low.is_none() && f.high.is_none() {
        (f.value, f.value)
    } else {
        (f.low, f.high)
    }
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

/// Deliberate differences from Recognizers' `NumberRangeModel`.
const RANGE_DIFFERENCES: &[(&str, &str)] = &[
    (
        "NumberRangeModel-0003",
        "ranks (`the tenth`) are ordinals, never figures",
    ),
    (
        "NumberRangeModel-0005",
        "ranks (`the tenth`) are ordinals, never figures",
    ),
    (
        "NumberRangeModel-0016",
        "`thirty years old` is an age, never a figure",
    ),
    (
        "NumberRangeModel-0017",
        "`thirty years old` is an age, never a figure",
    ),
    (
        "NumberRangeModel-0058",
        "`2 in 5` is a ratio (0.4): `more than 2 in 5` bounds the ratio",
    ),
    (
        "NumberRangeModel-0069",
        "`from 200 to 300` is a range for us as much as `from 200 to 3000000`",
    ),
];

#[test]
fn recognizers_number_range_model() {
    let Some(cases) = load("recognizers_NumberRangeModel.jsonl") else {
        return;
    };
    let mut stale: Vec<String> = Vec::new();
    let (mut total, mut ok_n, mut skip) = (0, 0, 0);
    let (mut neg, mut neg_ok) = (0, 0);
    for case in &cases {
        let id = str_field(case, "id");
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        let results = case["results"].as_array().unwrap();
        let listed = is_listed(RANGE_DIFFERENCES, id);
        if results.is_empty() {
            neg += 1;
            let ok = found.iter().all(|f| f.low.is_none() && f.high.is_none());
            neg_ok += usize::from(ok);
            note_stale(&mut stale, listed, ok, id);
            if !ok && !listed {
                println!("  negative {id} {input:?}: got {:?}", values(&found));
            }
            continue;
        }
        total += 1;
        let ok = results.iter().all(|r| {
            parse_interval(str_field(r, "value")).is_some_and(|(lo, hi)| {
                found.iter().any(|f| {
                    let (l, h) = interval(f);
                    same(l, lo) && same(h, hi)
                })
            })
        });
        ok_n += usize::from(ok);
        skip += usize::from(listed && !ok);
        note_stale(&mut stale, listed, ok, id);
        if !ok && !listed {
            let want: Vec<&str> = results.iter().map(|r| str_field(r, "value")).collect();
            println!(
                "  miss {id} {input:?}: expected {want:?}, got {:?}",
                values(&found)
            );
        }
    }
    let adjusted = report("recognizers NumberRangeModel", ok_n, total, skip);
    println!("recognizers NumberRangeModel (negative cases, no bounds reported): {neg_ok}/{neg}");
    // measured 74/79 raw, 74/74 adjusted
    assert!(pct(ok_n, total) >= 88.0, "NumberRangeModel below 88% raw");
    assert!(adjusted >= 94.5, "NumberRangeModel below 94.5% adjusted");
    assert!(
        stale.is_empty(),
        "listed as deliberate differences but passing (take them off the list): {stale:?}"
    );
}

/// Deliberate differences from Duckling's numerals (by phrase).
const DUCKLING_DIFFERENCES: &[(&str, &str)] = &[
    ("nil", "`nil` is a score word, not a figure in news"),
    (
        "single",
        "`single` is an adjective (`single-day`, `single largest`)",
    ),
    ("a couple", "without `of`, `a couple` is a pair of people"),
    ("a few", "`a few` asserts no number; 3 is a convention"),
    ("few", "`few` asserts no number; 3 is a convention"),
    ("30 l", "`30 l` is 30 litres"),
    (
        "one twenty two",
        "spoken digit grouping; in text, two numbers",
    ),
    (
        "ONE TwentY tWO",
        "spoken digit grouping; in text, two numbers",
    ),
    ("- 1,200,000", "`- ` at the start of a line is a bullet"),
    (
        "three hundred Kr",
        "`kr` after a number is a currency (krona, krone)",
    ),
];

#[test]
fn duckling_numerals() {
    let Some(lines) = load("duckling_numeral_en.jsonl") else {
        return;
    };
    let mut stale: Vec<String> = Vec::new();
    let (mut total, mut ok_n, mut skip) = (0, 0, 0);
    for line in &lines {
        let want = line["value"].as_f64().unwrap();
        for p in line["phrases"].as_array().unwrap() {
            let phrase = p.as_str().unwrap();
            total += 1;
            let found: Vec<Figure> = figures(phrase).collect();
            let ok = found
                .first()
                .and_then(|f| f.value)
                .is_some_and(|v| close(v, want));
            ok_n += usize::from(ok);
            let listed = is_listed(DUCKLING_DIFFERENCES, phrase);
            skip += usize::from(listed && !ok);
            note_stale(&mut stale, listed, ok, phrase);
            if !ok && !listed {
                println!(
                    "  miss {phrase:?}: expected {want}, got {:?}",
                    values(&found)
                );
            }
        }
    }
    let adjusted = report("duckling numerals (phrases)", ok_n, total, skip);
    // measured 99/109 raw, 99/99 adjusted
    assert!(pct(ok_n, total) >= 88.0, "duckling numerals below 88% raw");
    assert!(adjusted >= 96.9, "duckling numerals below 96.9% adjusted");
    assert!(
        stale.is_empty(),
        "listed as deliberate differences but passing (take them off the list): {stale:?}"
    );
}

#[test]
fn duckling_ordinals_are_not_figures() {
    let Some(lines) = load("duckling_ordinal_en.jsonl") else {
        return;
    };
    let mut total = 0;
    for line in &lines {
        for p in line["phrases"].as_array().unwrap() {
            let phrase = p.as_str().unwrap();
            total += 1;
            let found: Vec<Figure> = figures(phrase).collect();
            assert!(
                found.is_empty(),
                "ordinal {phrase:?} gave {:?}",
                values(&found)
            );
        }
    }
    println!("duckling ordinals: {total}/{total} phrases give no figure");
    assert_eq!(total, 32);
}

#[test]
fn recognizers_ages_are_not_figures() {
    let Some(cases) = load("recognizers_AgeModel.jsonl") else {
        return;
    };
    let (mut total, mut clean) = (0, 0);
    for case in &cases {
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        for r in case["results"].as_array().unwrap() {
            total += 1;
            let text = str_field(r, "text").to_lowercase();
            let overlaps = found.iter().any(|f| {
                let t = f.text.to_lowercase();
                text.contains(&t) || t.contains(&text)
            });
            clean += usize::from(!overlaps);
            if overlaps {
                println!("  age reported: {input:?} -> {:?}", texts(&found));
            }
        }
    }
    println!("recognizers AgeModel: {clean}/{total} ages not reported as figures");
    assert!(clean * 100 >= total * 80);
}

/// An expected amount in the currency's main unit: the suites count minor
/// units (cents, pence) in those units.
fn money_value(r: &Value) -> Option<f64> {
    let v: f64 = str_field(r, "value").parse().ok()?;
    Some(match str_field(r, "unit") {
        "Cent" | "Pence" | "Penny" => v / 100.0,
        "Satoshi" => v / 1e8,
        _ => v,
    })
}

/// A figure's numbers in its currency's main unit: ours keep the unit
/// written (`45 cents` is 45 `USD/100`).
fn main_unit_numbers(f: &Figure) -> impl Iterator<Item = f64> {
    let k = match (f.value, f.in_main_unit()) {
        (Some(v), Some((m, _))) if v != 0.0 => m / v,
        _ => 1.0,
    };
    numbers(f).map(move |x| x * k)
}

#[test]
fn recognizers_currency_model() {
    let Some(cases) = load("recognizers_CurrencyModel.jsonl") else {
        return;
    };
    let (mut total, mut ok_n) = (0, 0);
    let (mut neg, mut neg_ok) = (0, 0);
    for case in &cases {
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        let expected: Vec<f64> = case["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(money_value)
            .collect();
        if case["results"].as_array().unwrap().is_empty() {
            neg += 1;
            neg_ok += usize::from(found.iter().all(|f| f.kind != FigureKind::Money));
            continue;
        }
        if expected.is_empty() {
            continue;
        }
        total += 1;
        let ok = expected.iter().all(|e| {
            found
                .iter()
                .any(|f| f.kind == FigureKind::Money && main_unit_numbers(f).any(|v| close(v, *e)))
        });
        ok_n += usize::from(ok);
        if !ok {
            println!(
                "  miss {} {input:?}: expected {expected:?}, got {:?}",
                str_field(case, "id"),
                values(&found)
            );
        }
    }
    let score = report("recognizers CurrencyModel", ok_n, total, 0);
    println!("recognizers CurrencyModel (negative cases, no money reported): {neg_ok}/{neg}");
    assert!(score >= CURRENCY_FLOOR, "CurrencyModel below its floor");
    assert_eq!(neg_ok, neg);
}

/// Floors a few cases below the scores measured (`CurrencyModel` 165/172,
/// `DimensionModel` 76/79, duckling quantities 52/54, duckling money
/// 142/147): three, two, two and two cases of room.
const CURRENCY_FLOOR: f64 = 94.1;
const DIMENSION_FLOOR: f64 = 93.6;
const QUANTITY_FLOOR: f64 = 92.5;
const MONEY_FLOOR: f64 = 95.2;

#[test]
fn recognizers_dimension_model() {
    let Some(cases) = load("recognizers_DimensionModel.jsonl") else {
        return;
    };
    let (mut total, mut ok_n) = (0, 0);
    let (mut neg, mut neg_ok) = (0, 0);
    for case in &cases {
        let input = str_field(case, "input");
        let found: Vec<Figure> = figures(input).collect();
        let results = case["results"].as_array().unwrap();
        if results.is_empty() {
            neg += 1;
            let ok = found.iter().all(|f| f.kind != FigureKind::Measurement);
            neg_ok += usize::from(ok);
            if !ok {
                println!(
                    "  negative {} {input:?}: got {:?}",
                    str_field(case, "id"),
                    values(&found)
                );
            }
            continue;
        }
        let expected: Vec<f64> = results
            .iter()
            .filter_map(|r| str_field(r, "value").parse().ok())
            .collect();
        if expected.is_empty() {
            continue;
        }
        total += 1;
        let ok = expected.iter().all(|e| {
            found
                .iter()
                .any(|f| f.kind == FigureKind::Measurement && numbers(f).any(|v| close(v, *e)))
        });
        ok_n += usize::from(ok);
        if !ok {
            println!(
                "  miss {} {input:?}: expected {expected:?}, got {:?}",
                str_field(case, "id"),
                values(&found)
            );
        }
    }
    let score = report("recognizers DimensionModel", ok_n, total, 0);
    println!(
        "recognizers DimensionModel (negative cases, no measurement reported): {neg_ok}/{neg}"
    );
    assert!(score >= DIMENSION_FLOOR, "DimensionModel below its floor");
}

/// Kilograms per Duckling quantity unit, litres per cup.
fn duckling_base(unit: &str) -> Option<f64> {
    Some(match unit {
        "Gram" => 0.001,
        "Pound" => 0.453_592_37,
        "Ounce" => 0.028_349_523_125,
        "Cup" => 0.236_588_236_5,
        "Unnamed" => 1.0,
        _ => return None,
    })
}

/// Whether `f` matches a Duckling expectation, its numbers scaled by
/// `base` (per unit of the expected values), and converted with
/// `convert` when the figure has a unit.
fn duckling_match(line: &Value, f: &Figure, convert: impl Fn(&Figure) -> Option<f64>) -> bool {
    let kind = str_field(line, "kind");
    let get = |k: &str| line.get(k).and_then(Value::as_f64);
    let scale = |x: Option<f64>| -> Option<f64> {
        let v = x?;
        let k = convert(f)?;
        Some(v * k)
    };
    match kind {
        "simple" => get("value").is_some_and(|v| scale(f.value).is_some_and(|x| close(x, v))),
        "between" => same(scale(f.low), get("min")) && same(scale(f.high), get("max")),
        "under" => same(scale(f.high), get("max")),
        "above" => same(scale(f.low), get("min")),
        _ => false,
    }
}

#[test]
fn duckling_quantities() {
    let Some(lines) = load("duckling_quantity_en.jsonl") else {
        return;
    };
    let (mut total, mut ok_n) = (0, 0);
    for line in &lines {
        let Some(per) = duckling_base(str_field(line, "unit")) else {
            continue;
        };
        for p in line["phrases"].as_array().unwrap() {
            let phrase = p.as_str().unwrap();
            total += 1;
            let found: Vec<Figure> = figures(phrase).collect();
            let ok = found.iter().any(|f| {
                duckling_match(line, f, |f| {
                    let mut one = f.clone();
                    one.value = Some(1.0);
                    match one.in_base_unit() {
                        Some((one, _)) => Some(one / per),
                        None if (per - 1.0).abs() < f64::EPSILON => Some(1.0),
                        None => None,
                    }
                })
            });
            ok_n += usize::from(ok);
            if !ok {
                println!("  miss {phrase:?}: got {:?}", values(&found));
            }
        }
    }
    let score = report("duckling quantities (phrases)", ok_n, total, 0);
    assert!(
        score >= QUANTITY_FLOOR,
        "duckling quantities below their floor"
    );
}

#[test]
fn duckling_amounts_of_money() {
    let Some(lines) = load("duckling_amount_of_money_en.jsonl") else {
        return;
    };
    let (mut total, mut ok_n) = (0, 0);
    for line in &lines {
        let negative = str_field(line, "kind") == "negative";
        let cent = str_field(line, "currency") == "Cent";
        for p in line["phrases"].as_array().unwrap() {
            let phrase = p.as_str().unwrap();
            total += 1;
            let found: Vec<Figure> = figures(phrase).collect();
            let ok = if negative {
                found.is_empty()
            } else {
                found.iter().any(|f| {
                    duckling_match(line, f, |f| {
                        // the main unit per unit written, in the suite's unit
                        let main = match (f.value, f.in_main_unit()) {
                            (Some(v), Some((m, _))) if v != 0.0 => m / v,
                            _ => 1.0,
                        };
                        Some(main * if cent { 100.0 } else { 1.0 })
                    })
                })
            };
            ok_n += usize::from(ok);
            if !ok {
                println!("  miss {phrase:?}: got {:?}", values(&found));
            }
        }
    }
    let score = report("duckling amounts of money (phrases)", ok_n, total, 0);
    assert!(score >= MONEY_FLOOR, "duckling money below its floor");
}
