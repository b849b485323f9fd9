//! Figures on a sample of the development corpus of real news: every
//! figure (and so every claim) found in a deterministic sample of
//! sentences, printed with its kind, so that a reader can check that none
//! is a sports score, a date, a phone number or a street address.
//!
//! ```text
//! cargo run --release --example figures_devset -- ../main/target/devset/docs
//! cargo run --release --example figures_devset -- DIR --sample 500 --seed 7
//! cargo run --release --example figures_devset -- DIR --flagged
//! ```
//!
//! The corpus (`../shared/docs/devset.md`) is one `.txt` file per article;
//! its text stays where it is and is never copied into the project. A
//! sentence is eligible when it holds a digit or a number word; the sample
//! is the `--sample` eligible sentences (default 200) with the smallest
//! seeded hash of document id and sentence index, so it is the same on
//! every machine and does not depend on the order files are listed in.
//!
//! Each figure is printed with its kind, value, bounds, unit and, for a
//! tally, its sides. A figure is marked with what it *might* be when its
//! neighbourhood suggests a score, date, phone number or address (a word
//! of sport, a month, a digit pattern, a street word): the marks are a
//! reader's aid, not a verdict. `--flagged` prints only marked figures.
//! The last lines count the sample's figures by kind and by mark.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use factdiff::{ClaimExtractor, Document, Figure, sentences};

/// Words that make a sentence hold a number without digits.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "half",
    "double",
    "triple",
    "twice",
];

const SPORT_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "beat",
    "beats",
    "lost",
    "loss",
    "victory",
    "defeat",
    "score",
    "scored",
    "goal",
    "goals",
    "inning",
    "innings",
    "quarter",
    "halftime",
    "touchdown",
    "season",
    "game",
    "games",
    "match",
    "playoff",
    "series",
    "lead",
    "led",
    "trailed",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "ln",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "block",
    "terrace",
    "circle",
];

struct Options {
    dir: PathBuf,
    sample: usize,
    seed: u64,
    flagged: bool,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut o = Options {
        dir: PathBuf::new(),
        sample: 200,
        seed: 15,
        flagged: false,
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sample" => {
                o.sample = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--sample takes a number")?;
            }
            "--seed" => {
                o.seed = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--seed takes a number")?;
            }
            "--flagged" => o.flagged = true,
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    o.dir = dir.ok_or("usage: figures_devset DIR [--sample N] [--seed S] [--flagged]")?;
    Ok(o)
}

/// FNV-1a over the seed, the document id and the sentence index.
fn hash(seed: u64, doc: &str, index: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in doc.bytes().chain([0]).chain(index.to_le_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn eligible(sentence: &str) -> bool {
    sentence.bytes().any(|b| b.is_ascii_digit())
        || words(sentence).any(|w| NUMBER_WORDS.contains(&w.as_str()))
}

/// What the figure's neighbourhood suggests it might be (a reader's aid).
fn marks(sentence: &str, f: &Figure, at: usize) -> Vec<&'static str> {
    let start = f.span.start - at;
    let end = f.span.end - at;
    let before = &sentence[..start];
    let after = &sentence[end..];
    let near_before: Vec<String> = words(before).collect();
    let near_before = &near_before[near_before.len().saturating_sub(4)..];
    let near_after: Vec<String> = words(after).take(3).collect();
    let mut out = Vec::new();
    let paired = f.text.contains(|c: char| c.is_ascii_digit())
        && f.text
            .split(['-', '–'])
            .filter(|p| p.trim().chars().next().is_some_and(|c| c.is_ascii_digit()))
            .count()
            == 2;
    let sporty = near_before
        .iter()
        .chain(&near_after)
        .any(|w| SPORT_WORDS.contains(&w.as_str()));
    if sporty
        && (paired || f.kind.as_str() == "tally" || after.trim_start().starts_with(['-', '–']))
    {
        out.push("score?");
    }
    let month_near = near_before
        .last()
        .is_some_and(|w| MONTHS.contains(&w.as_str()))
        || near_after
            .first()
            .is_some_and(|w| MONTHS.contains(&w.as_str()));
    let year_like = f
        .value
        .is_some_and(|v| (1900.0..=2099.0).contains(&v) && v.fract() == 0.0)
        && f.unit.is_none()
        && f.text
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .len()
            == 4;
    if month_near || year_like || after.starts_with('/') || before.ends_with('/') {
        out.push("date?");
    }
    let three = f.text.len() == 3 && f.text.bytes().all(|b| b.is_ascii_digit());
    let digits_after = |s: &str| {
        s.starts_with(['-', ')'])
            && s[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    };
    if three && (digits_after(after) || before.ends_with('(')) || f.value == Some(911.0) {
        out.push("phone?");
    }
    let street = near_after
        .iter()
        .take(3)
        .any(|w| STREET_WORDS.contains(&w.as_str()))
        && after.trim_start().starts_with(|c: char| c.is_uppercase());
    if street {
        out.push("address?");
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let o = options()?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&o.dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no .txt files in {}", o.dir.display()).into());
    }
    // (hash, doc index, sentence index) of every eligible sentence.
    let docs: Vec<Document> = paths
        .iter()
        .map(Document::from_path)
        .collect::<Result<_, _>>()?;
    let mut pool: Vec<(u64, usize, usize)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (i, s) in sentences(&doc.text).enumerate() {
            if eligible(s.text) {
                pool.push((hash(o.seed, &doc.id, i), d, i));
            }
        }
    }
    let eligible_n = pool.len();
    pool.sort_unstable();
    pool.truncate(o.sample);
    pool.sort_unstable_by_key(|&(_, d, i)| (d, i));
    report(&o, &docs, &pool, eligible_n);
    Ok(())
}

fn report(o: &Options, docs: &[Document], pool: &[(u64, usize, usize)], eligible_n: usize) {
    let extractor = ClaimExtractor::default();
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut by_mark: BTreeMap<&'static str, usize> = BTreeMap::new();
    let (mut figures, mut with_figures) = (0, 0);
    let mut cached: Option<(usize, Vec<factdiff::Claim>)> = None;
    for &(_, d, i) in pool {
        let doc = &docs[d];
        if cached.as_ref().is_none_or(|(c, _)| *c != d) {
            cached = Some((d, extractor.extract(doc)));
        }
        let claims = cached.as_ref().map_or(&[][..], |(_, c)| c.as_slice());
        let Some(s) = sentences(&doc.text).nth(i) else {
            continue;
        };
        let here: Vec<&factdiff::Claim> = claims.iter().filter(|c| c.sentence == i).collect();
        with_figures += usize::from(!here.is_empty());
        let mut lines = Vec::new();
        for c in &here {
            let f = &c.figure;
            figures += 1;
            *by_kind.entry(f.kind.as_str()).or_default() += 1;
            let m = marks(s.text, f, s.span.start);
            for k in &m {
                *by_mark.entry(k).or_default() += 1;
            }
            if o.flagged && m.is_empty() {
                continue;
            }
            lines.push(describe(f, c.measure.as_deref(), &m));
        }
        if !o.flagged || !lines.is_empty() {
            println!("{}#{i}: {}", doc.id, s.text.replace('\n', " "));
            for l in lines {
                println!("    {l}");
            }
        }
    }
    println!();
    println!(
        "{} sentences sampled of {eligible_n} eligible in {} documents; {with_figures} hold figures; {figures} figures",
        pool.len(),
        docs.len()
    );
    let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!("by kind: {}", kinds.join(", "));
    let marked: Vec<String> = by_mark.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!(
        "marked for review: {}",
        if marked.is_empty() {
            "none".to_string()
        } else {
            marked.join(", ")
        }
    );
}

fn describe(f: &Figure, measure: Option<&str>, marks: &[&str]) -> String {
    let mut s = format!("{:?} {}", f.text, f.kind);
    for (name, x) in [("value", f.value), ("low", f.low), ("high", f.high)] {
        if let Some(x) = x {
            let _ = write!(s, " {name}={x}");
        }
    }
    if let Some(u) = &f.unit {
        let _ = write!(s, " unit={u}");
    }
    if let Some([a, b]) = f.sides.as_deref() {
        let label =
            |l: &Option<std::borrow::Cow<'static, str>>| l.as_deref().unwrap_or("-").to_string();
        let _ = write!(
            s,
            " sides={}({})/{}({})",
            a.count,
            label(&a.label),
            b.count,
            label(&b.label)
        );
    }
    if f.approx {
        s.push_str(" approx");
    }
    if let Some(m) = measure {
        let _ = write!(s, " measure={m}");
    }
    if !marks.is_empty() {
        let _ = write!(s, "   <- {}", marks.join(" "));
    }
    s
}
