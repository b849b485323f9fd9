//! Unit tests of the cardinal reader.

use super::*;
use crate::figure::lexer::tokenize;

fn read(text: &str) -> Option<f64> {
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let cx = Ctx { text, toks: &toks };
    match spelled(&cx, 0) {
        Outcome::Number(s) if s.end == toks.len() => Some(s.value),
        _ => None,
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

#[test]
fn reads_cardinals() {
    assert_eq!(
        read("twenty-one trillion three hundred"),
        Some(21_000_000_000_300.0)
    );
    assert_eq!(read("two hundred and two thousand"), Some(202_000.0));
    assert_eq!(read("4 thousand 3 hundred and 21"), Some(4321.0));
    assert_eq!(read("fifty - two"), Some(52.0));
    assert_eq!(read("a dozen"), Some(12.0));
    assert_eq!(read("two-dozen"), Some(24.0));
    assert_eq!(read("three-hundred"), Some(300.0));
    assert_eq!(read("twenty-five"), Some(25.0));
    assert_eq!(read("one-hundred-thousand"), Some(100_000.0));
    assert_eq!(read("hundred thousand"), Some(100_000.0));
    assert_eq!(read("hundred"), None);
    assert_eq!(read("three lakh crore"), Some(3e12));
    assert_eq!(
        read("seven hundred twenty-one thousand and twelve"),
        Some(721_012.0)
    );
}

#[test]
fn reads_fractions_and_mixed_numbers() {
    assert!(close(read("two-thirds"), 2.0 / 3.0));
    assert!(close(read("one hundred thirty-fifths"), 100.0 / 35.0));
    assert!(close(read("one hundred and thirty fifths"), 26.0));
    assert!(close(read("two hundred and fifty-four hundredths"), 200.54));
    assert!(close(read("twenty and three fifths"), 20.6));
    assert!(close(read("half a million"), 500_000.0));
    assert!(close(read("five and a half million"), 5_500_000.0));
    assert!(close(read("one million and a half"), 1_500_000.0));
    assert!(close(read("three quarters"), 0.75));
    assert!(close(read("two thirds of a million"), 2e6 / 3.0));
    assert!(close(read("two point two million"), 2_200_000.0));
    assert!(close(read("nine point nought four"), 9.04));
}

#[test]
fn knows_ordinals_are_not_numbers() {
    let text = "twenty-fifth";
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let cx = Ctx { text, toks: &toks };
    assert_eq!(spelled(&cx, 0), Outcome::Ordinal(3));
}
