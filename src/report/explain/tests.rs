//! Unit tests of the explanations and of how their numbers are written.

use super::*;
use crate::align::{Converted, Implied, SharedField};
use crate::claim::Modality;

fn side(text: &str) -> ComparedFigure {
    ComparedFigure {
        claim: "d#0".into(),
        text: text.into(),
        window: None,
        period: None,
        converted: None,
        implied: None,
    }
}

fn render(arithmetic: Arithmetic, left: ComparedFigure, right: ComparedFigure) -> String {
    let mut s = String::new();
    compared(
        &mut s,
        &Compared {
            left,
            right,
            arithmetic,
        },
    );
    s
}

#[test]
fn every_arithmetic_renders() {
    let (a, b) = (side("37"), side("43"));
    let cases = [
        (Arithmetic::Equal, "37 = 43"),
        (
            Arithmetic::WithinBounds { apart: Some(0.1) },
            "37 and 43 are consistent: the value lies within the stated bounds",
        ),
        (
            Arithmetic::WithinHedge {
                apart: Some(0.03),
                allowance: 0.05,
            },
            "37, within 5% of 43 (3% apart)",
        ),
        (
            Arithmetic::WithinRounding {
                apart: Some(0.002),
                allowance: 0.005,
            },
            "37 ≈ 43 (0.2% apart, within the 0.5% rounding allowance)",
        ),
        (
            Arithmetic::CountsDiffer { apart: Some(0.02) },
            "37 vs 43: the counts differ (2% apart); votes are counted, not rounded",
        ),
        (
            Arithmetic::OutsideBounds { apart: Some(0.5) },
            "37 vs 43: the value falls outside the stated bounds (50% apart)",
        ),
        (
            Arithmetic::BeyondHedge {
                apart: Some(0.2),
                allowance: 0.05,
            },
            "37 vs 43: 20% apart, beyond the 5% a hedge allows",
        ),
        (
            Arithmetic::BeyondRounding {
                apart: Some(0.162),
                allowance: 0.005,
            },
            "37 vs 43: 16.2% apart, beyond the 0.5% rounding allowance",
        ),
        (
            Arithmetic::NotCompared {
                why: Incomparable::Currencies,
            },
            "not compared: different currencies",
        ),
    ];
    for (arithmetic, want) in cases {
        assert_eq!(render(arithmetic, a.clone(), b.clone()), want);
    }
    for why in [
        Incomparable::Negated,
        Incomparable::Percentage,
        Incomparable::Multiplier,
        Incomparable::Tally,
        Incomparable::Kinds,
        Incomparable::Periods,
        Incomparable::NoValue,
        Incomparable::OneSide,
    ] {
        let text = render(Arithmetic::NotCompared { why }, a.clone(), b.clone());
        assert!(
            text.starts_with("not compared: ") && text.len() > 20,
            "{text}"
        );
    }
}

#[test]
fn figures_show_windows_conversions_and_baselines() {
    let mut week = side("7,300");
    week.window = Some("in the first week".into());
    week.converted = Some(Converted {
        value: 1042.857,
        unit: None,
        per: Some(Period::Day),
    });
    let mut triple = side("triple");
    triple.implied = Some(Implied {
        value: Some(1000.0),
        unit: None,
        per: Some(Period::Day),
        stated: Some("3,000".into()),
        stated_period: Some(Period::Day),
        factor: Some(3.0),
    });
    assert_eq!(
        render(
            Arithmetic::WithinHedge {
                apart: Some(0.043),
                allowance: 0.05
            },
            week,
            triple
        ),
        "7,300 in the first week ≈ 1,042.86/day, within 5% of about 1,000/day implied by \
         \"triple\" (3,000 a day ÷ 3) (4.3% apart)"
    );
    let mut feet = side("24.6 feet");
    feet.converted = Some(Converted {
        value: 7.498,
        unit: Some("m".into()),
        per: None,
    });
    let mut rate = side("12%");
    rate.period = Some(Period::Year);
    assert_eq!(
        render(Arithmetic::Equal, feet, rate),
        "24.6 feet ≈ 7.498 m = 12% a year"
    );
}

#[test]
fn every_reason_renders_in_its_place() {
    let reasons = [
        Reason::Shared {
            field: SharedField::Measure,
            value: "arrests".into(),
        },
        Reason::PeriodsConverted,
        Reason::Shared {
            field: SharedField::Place,
            value: "Dalvor".into(),
        },
        Reason::Shared {
            field: SharedField::Subject,
            value: "ICE".into(),
        },
        Reason::Shared {
            field: SharedField::Source,
            value: "the chief".into(),
        },
        Reason::Shared {
            field: SharedField::Window,
            value: "in May".into(),
        },
        Reason::Shared {
            field: SharedField::Period,
            value: "day".into(),
        },
        Reason::Modality {
            modality: Modality::Target,
        },
        Reason::Compared(Box::new(Compared {
            left: side("40"),
            right: side("40"),
            arithmetic: Arithmetic::Equal,
        })),
        Reason::MoreComparisons { count: 2 },
        Reason::SyndicatedCopies {
            claims: vec!["b#1".into(), "c#4".into()],
        },
        Reason::Repeats { count: 1 },
    ];
    assert_eq!(
        explanation(Verdict::Agree, 3, &reasons),
        "3 claims share measure arrests, periods converted, place Dalvor, subject ICE, \
         source the chief, window in May, period day and a target figure: 40 = 40; and 2 \
         more; b#1, c#4 are a syndicated copy of another claim's sentence and count once; \
         1 repeat of these claims (the same sentence, or the same figure from the same \
         source) counts once."
    );
    let one = [
        Reason::Modality {
            modality: Modality::Reported,
        },
        Reason::SyndicatedCopies {
            claims: vec!["b#1".into()],
        },
        Reason::Repeats { count: 3 },
    ];
    assert_eq!(
        explanation(Verdict::Conflict, 2, &one),
        "2 sides disagree on a reported figure; b#1 is a syndicated copy of another \
         claim's sentence and counts once; 3 repeats of these claims (the same sentence, \
         or the same figure from the same source) count once."
    );
}

#[test]
fn numbers_read_well() {
    assert_eq!(num(7300.0), "7,300");
    assert_eq!(num(1042.857), "1,042.86");
    assert_eq!(num(0.5), "0.5");
    assert_eq!(num(-1234.5), "-1,234.5");
    assert_eq!(num(45e9), "45,000,000,000");
    assert_eq!(num(f64::NAN), "?");
    assert_eq!(pct(0.145), "14.5%");
    assert_eq!(pct(0.14516), "14.5%");
    assert_eq!(pct(0.002), "0.2%");
    assert_eq!(pct(49.0), "4,900%");
    assert_eq!(pct(0.05), "5%");
}

/// `num` as first written, with `format!` throughout: the reference.
fn reference_num(x: f64) -> String {
    if !x.is_finite() {
        return num(x);
    }
    let decimals = match x.abs() {
        a if a >= 1e6 => 0,
        a if a >= 100.0 => 2,
        a if a >= 1.0 => 3,
        _ => 5,
    };
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if x < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `pct` as first written: the reference.
fn reference_pct(x: f64) -> String {
    let v = x * 100.0;
    if !v.is_finite() {
        return format!("{}%", reference_num(v));
    }
    let s = if v.abs() >= 1.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    };
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let int_len = s.split('.').next().map_or(0, str::len);
    if int_len > 3 {
        return format!("{}%", reference_num(v.round()));
    }
    format!("{s}%")
}

#[test]
fn numbers_read_as_formatted() {
    let mut values = vec![
        0.0,
        -0.0,
        0.5,
        1.0,
        47.0,
        100.0,
        999.999_999,
        1e6,
        1e15,
        2e15,
        1e300,
        5e-7,
        f64::MAX,
        f64::MIN_POSITIVE,
        0.05,
        0.005,
        0.145,
        -3.0,
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..20_000u32 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let unit = (x >> 11) as f64 / (1u64 << 53) as f64;
        values.push(f64::from(i));
        values.push(f64::from(i) / 4.0);
        values.push(unit * 10f64.powi(i32::try_from(i % 20).unwrap_or(0) - 6));
        values.push(-unit * 1e4);
    }
    // Ties at every decimal position the formatting uses.
    for k in 0..2_000u32 {
        for scale in [
            0.5,
            0.25,
            0.125,
            0.0625,
            0.03125,
            0.015_625,
            0.000_015_258_789_062_5,
        ] {
            values.push(f64::from(k) + scale);
            values.push(f64::from(k) * scale);
        }
    }
    for v in &values {
        for decimals in 0..=5 {
            let mut buf = StackText::new();
            assert_eq!(
                fixed(&mut buf, *v, decimals),
                format!("{v:.decimals$}"),
                "{v:e}"
            );
        }
    }
    for v in values {
        assert_eq!(num(v), reference_num(v), "{v:e}");
        assert_eq!(pct(v), reference_pct(v), "{v:e}");
        assert_eq!(pct(v / 100.0), reference_pct(v / 100.0), "{v:e}");
    }
}
