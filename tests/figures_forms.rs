//! Figures as news writes them (issue 15): the table in
//! `tests/data/figure_forms.txt`, one section per form, each row a
//! fictional news sentence written for this test with the figure it must
//! give (text, kind, value, bounds, unit, and for a tally both sides with
//! their labels); `none:` sections list sentences that must give no figure
//! (sports scores, dates, phone numbers, street addresses, ages, names).
//!
//! Every section holds at least ten rows and every row must pass; the
//! test prints the count per section.

use factdiff::{Figure, figures};

const TABLE: &str = include_str!("data/figure_forms.txt");

/// One section of the table: its name and its rows (line number, cells).
struct Section {
    name: &'static str,
    rows: Vec<(usize, Vec<&'static str>)>,
}

fn sections() -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for (n, line) in TABLE.lines().enumerate() {
        if let Some(name) = line.strip_prefix("## ") {
            out.push(Section {
                name,
                rows: Vec::new(),
            });
        } else if !line.trim().is_empty() && !line.starts_with('#') {
            let section = out.last_mut().expect("a row before any section");
            section
                .rows
                .push((n + 1, line.split(" | ").map(str::trim).collect()));
        }
    }
    out
}

fn section(name: &str) -> Section {
    sections()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no section {name:?} in the table"))
}

fn number(cell: &str) -> Option<f64> {
    (cell != "-").then(|| {
        cell.parse()
            .unwrap_or_else(|_| panic!("not a number: {cell:?}"))
    })
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

/// Whether `f` has the sides a tally cell (`221:yeas / 204:nays`) states.
fn sides_match(f: &Figure, cell: &str) -> bool {
    let want: Vec<(Option<f64>, Option<&str>)> = cell
        .split(" / ")
        .map(|side| {
            let (count, label) = side.split_once(':').unwrap_or((side, "-"));
            (number(count), (label != "-").then_some(label))
        })
        .collect();
    match f.sides.as_deref() {
        Some([a, b]) => {
            want.len() == 2
                && close(Some(a.count), want[0].0)
                && close(Some(b.count), want[1].0)
                && a.label.as_deref() == want[0].1
                && b.label.as_deref() == want[1].1
        }
        None => false,
    }
}

/// Checks every row of a section of figures; reports every failure.
fn check(name: &str) {
    let s = section(name);
    let mut failed = Vec::new();
    for (line, cells) in &s.rows {
        let [sentence, text, kind, value, low, high, unit, rest @ ..] = cells.as_slice() else {
            panic!("line {line}: expected seven cells, got {cells:?}");
        };
        let found: Vec<Figure> = figures(sentence).collect();
        let Some(f) = found.iter().find(|f| f.text == *text) else {
            failed.push(format!("line {line}: no figure {text:?} in {found:?}"));
            continue;
        };
        let tally = f.kind.as_str() == "tally";
        let ok = f.kind.as_str() == *kind
            && close(f.value, number(value))
            && close(f.low, number(low))
            && close(f.high, number(high))
            && f.unit.as_deref() == (*unit != "-").then_some(*unit)
            && tally == f.sides.is_some()
            && rest.first().is_none_or(|cell| sides_match(f, cell));
        if !ok {
            failed.push(format!("line {line}: {sentence:?}: got {f:?}"));
        }
    }
    println!(
        "{name}: {}/{} rows",
        s.rows.len() - failed.len(),
        s.rows.len()
    );
    assert!(s.rows.len() >= 10, "{name}: fewer than ten rows");
    assert!(failed.is_empty(), "{name}:\n{}", failed.join("\n"));
}

/// Checks that no sentence of a `none:` section gives a figure.
fn check_none(name: &str) {
    let s = section(&format!("none: {name}"));
    let mut failed = Vec::new();
    for (line, cells) in &s.rows {
        let sentence = cells.join(" | ");
        let found: Vec<String> = figures(&sentence).map(|f| f.text).collect();
        if !found.is_empty() {
            failed.push(format!("line {line}: {sentence:?} gave {found:?}"));
        }
    }
    println!(
        "none: {name}: {}/{} sentences give no figure",
        s.rows.len() - failed.len(),
        s.rows.len()
    );
    assert!(s.rows.len() >= 10, "{name}: fewer than ten sentences");
    assert!(failed.is_empty(), "{name}:\n{}", failed.join("\n"));
}

#[test]
fn ranges_written_as_two_numbers() {
    check("ranges");
}

#[test]
fn scale_suffixes_and_currency_prefixes() {
    check("scales and currencies");
}

#[test]
fn minor_units_of_money_keep_the_unit_written() {
    check("cents and pence");
    let f = figures("Shares closed at 218p.").next().unwrap();
    let (v, code) = f.in_main_unit().unwrap();
    assert!((v - 2.18).abs() < 1e-12 && code == "GBP", "{v} {code}");
}

#[test]
fn vague_amounts_have_both_bounds() {
    check("vague amounts");
}

#[test]
fn lengths_of_time_said_with_a() {
    check("lengths of time said with \"a\"");
    check_none("times said with \"a\" that are no lengths");
}

#[test]
fn signs_and_notation() {
    check("signs and notation");
}

#[test]
fn spelled_out_numbers() {
    check("number words");
}

#[test]
fn vote_tallies_and_paired_counts() {
    check("tallies");
    // Two numbers after a vote that count things are a range.
    let f = figures("The council approved 30 to 40 new homes.")
        .next()
        .unwrap();
    assert_eq!(
        (f.kind.as_str(), f.low, f.high),
        ("count", Some(30.0), Some(40.0))
    );
}

#[test]
fn sports_scores_are_not_figures() {
    check_none("sports scores");
}

#[test]
fn dates_are_not_figures() {
    check_none("dates");
}

#[test]
fn phone_numbers_are_not_figures() {
    check_none("phone numbers");
}

#[test]
fn street_addresses_are_not_figures() {
    check_none("street addresses");
}

#[test]
fn ages_and_names_are_not_figures() {
    check_none("ages and names");
}

#[test]
fn every_section_is_tested() {
    let tested = [
        "ranges",
        "scales and currencies",
        "cents and pence",
        "vague amounts",
        "lengths of time said with \"a\"",
        "none: times said with \"a\" that are no lengths",
        "signs and notation",
        "number words",
        "tallies",
        "none: sports scores",
        "none: dates",
        "none: phone numbers",
        "none: street addresses",
        "none: ages and names",
    ];
    for s in sections() {
        assert!(tested.contains(&s.name), "section {:?} has no test", s.name);
    }
}
