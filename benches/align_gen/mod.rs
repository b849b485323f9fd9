//! Generated claim sets for the alignment benchmark (`benches/align.rs`)
//! and the scale run (`examples/align_scale.rs`).
//!
//! A set is made of *stories*: each has a made-up place name and two
//! story words (as real stories have their own names), a handful of
//! outlets, and a few facts (measure, period, window, place) that several
//! outlets report, mostly with the same figure, sometimes hedged, bounded,
//! converted to another period, or different. Around it: claims with no
//! measure, targets, percentages, money and measurements, and 3% true
//! duplicates: a sentence syndicated verbatim into another outlet.
//!
//! Everything comes from a fixed seed, so a size always gives the same set.
#![allow(dead_code)]
// A data generator: casts of small non-negative numbers, and one long
// function that reads top to bottom like the story it writes.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::too_many_lines
)]

use std::borrow::Cow;

use factdiff::{Claim, Figure, FigureKind, Modality, Period, Span};

/// 64 measure ids; drawn with a Zipf-like skew (the first ones dominate).
const MEASURES: &[&str] = &[
    "arrests",
    "deaths",
    "injuries",
    "evacuations",
    "cases",
    "doses",
    "hires",
    "ridership",
    "deportations",
    "homes_damaged",
    "rainfall",
    "river_level",
    "funding",
    "votes",
    "students",
    "shelters",
    "outages",
    "flights",
    "layoffs",
    "jobs",
    "sales",
    "exports",
    "imports",
    "tickets",
    "visitors",
    "patients",
    "beds",
    "tests",
    "fires",
    "acres",
    "wells",
    "permits",
    "loans",
    "claims",
    "complaints",
    "recalls",
    "vehicles",
    "crashes",
    "rescues",
    "donations",
    "meals",
    "trees",
    "fish",
    "boats",
    "bridges",
    "roads",
    "schools",
    "teachers",
    "nurses",
    "doctors",
    "officers",
    "inmates",
    "voters",
    "ballots",
    "protesters",
    "refugees",
    "migrants",
    "tourists",
    "passengers",
    "trucks",
    "containers",
    "tons",
    "barrels",
    "homes_sold",
];

const COMMON: &[&str] = &[
    "officials",
    "said",
    "reported",
    "county",
    "city",
    "state",
    "agency",
    "according",
    "figures",
    "released",
    "week",
    "latest",
    "update",
    "department",
    "spokesperson",
    "residents",
    "local",
    "federal",
    "data",
    "show",
    "total",
    "since",
    "announced",
    "statement",
    "new",
    "people",
    "region",
    "emergency",
    "public",
    "office",
    "public",
    "board",
    "council",
    "team",
    "crews",
    "workers",
    "report",
    "numbers",
    "count",
    "estimate",
];

const SYLLABLES: &[&str] = &[
    "bar", "cor", "dal", "fen", "gar", "hal", "kel", "lor", "mar", "nor", "pel", "quin", "ros",
    "sal", "tor", "ul", "vor", "wen", "yar", "zel", "bri", "cra", "dun", "esk", "fal", "gil",
    "har", "ith", "jor", "kas",
];

const WINDOWS: &[&str] = &[
    "in March",
    "in October",
    "this year",
    "last week",
    "on Saturday",
    "since January",
    "in the first week",
    "by the end of June",
    "over the weekend",
    "in 2019",
];

/// A small, fast, seeded generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Zipf-like: index i with weight ~ 1 / (i + 1).
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let x = (n as f64 + 1.0).powf(u) - 1.0;
        (x as usize).min(n - 1)
    }
}

/// A made-up proper name from syllables, unique for each `k`.
fn name(mut k: usize) -> String {
    let mut s = String::new();
    for _ in 0..4 {
        s.push_str(SYLLABLES[k % SYLLABLES.len()]);
        k /= SYLLABLES.len();
    }
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// One fact a story reports.
struct Fact {
    measure: Option<&'static str>,
    kind: FigureKind,
    unit: Option<&'static str>,
    value: f64,
    period: Option<Period>,
    window: Option<&'static str>,
    place: bool,
    modality: Modality,
}

fn figure(
    text: &str,
    start: usize,
    kind: FigureKind,
    value: f64,
    unit: Option<&'static str>,
) -> Figure {
    let mut f = Figure::new(
        Span::new(start, start + text.len()),
        text,
        kind,
        Some(value),
    );
    f.unit = unit.map(Cow::Borrowed);
    f
}

/// A generated claim set.
pub struct Set {
    pub claims: Vec<Claim>,
    /// (original id, copy id) of every syndicated duplicate.
    pub duplicates: Vec<(String, String)>,
}

/// About `n` claims (exactly `n`), from seed `seed`.
pub fn claims(n: usize, seed: u64) -> Set {
    let mut rng = Rng::new(seed);
    let mut out: Vec<Claim> = Vec::with_capacity(n);
    let mut duplicates = Vec::new();
    let mut story = 0usize;
    while out.len() < n {
        story += 1;
        let story_start = out.len();
        let place = name(story * 7919 % 810_000);
        let words = [
            name(story * 104_729 % 810_000 + 1).to_lowercase(),
            name(story * 7 + 3).to_lowercase(),
        ];
        let outlets = 2 + rng.below(5);
        let facts: Vec<Fact> = (0..2 + rng.below(5))
            .map(|_| {
                let r = rng.below(100);
                let (kind, unit, value) = match r {
                    0..=74 => (FigureKind::Count, None, (10 + rng.below(20_000)) as f64),
                    75..=82 => (FigureKind::Percent, None, (1 + rng.below(99)) as f64),
                    83..=90 => (
                        FigureKind::Money,
                        Some("USD"),
                        (1 + rng.below(900)) as f64 * 1e6,
                    ),
                    _ => (
                        FigureKind::Measurement,
                        Some(if rng.chance(0.5) { "ft" } else { "m" }),
                        (1 + rng.below(30)) as f64,
                    ),
                };
                Fact {
                    measure: (!rng.chance(0.25)).then(|| MEASURES[rng.zipf(MEASURES.len())]),
                    kind,
                    unit,
                    value,
                    period: if rng.chance(0.35) {
                        Some([Period::Day, Period::Week, Period::Month, Period::Year][rng.below(4)])
                    } else {
                        None
                    },
                    window: rng.chance(0.5).then(|| WINDOWS[rng.below(WINDOWS.len())]),
                    place: rng.chance(0.6),
                    modality: match rng.below(20) {
                        0 | 1 => Modality::Target,
                        2 => Modality::Projection,
                        _ => Modality::Reported,
                    },
                }
            })
            .collect();
        for o in 0..outlets {
            let doc = format!("s{story}-outlet{o}");
            let mut count = 0usize;
            for (f_i, fact) in facts.iter().enumerate() {
                if out.len() >= n {
                    break;
                }
                if !rng.chance(0.7) {
                    continue;
                }
                let sentence_index = f_i * 2;
                // Mostly the same figure; sometimes hedged, or different.
                let mut value = fact.value;
                let mut approx = false;
                match rng.below(10) {
                    0 => value *= 1.0 + (rng.below(30) as f64 + 5.0) / 100.0,
                    1 => approx = true,
                    _ => {}
                }
                let mut words_used: Vec<&str> =
                    (0..6).map(|_| COMMON[rng.below(COMMON.len())]).collect();
                words_used.insert(rng.below(6), &words[f_i % 2]);
                let noun = fact.measure.unwrap_or("items").replace('_', " ");
                let figure_text = if fact.kind == FigureKind::Percent {
                    format!("{value}%")
                } else {
                    format!("{value}")
                };
                let sentence = format!(
                    "{} {} {figure_text} {noun} in {place} {}.",
                    words_used[..3].join(" "),
                    words_used[3],
                    words_used[4..].join(" ")
                );
                let base = sentence_index * 400;
                let at = sentence.find(&figure_text).unwrap_or(0);
                let mut fig = figure(&figure_text, base + at, fact.kind, value, fact.unit);
                fig.approx = approx;
                let mut c = Claim::new(
                    &doc,
                    count,
                    sentence_index,
                    Span::new(base, base + sentence.len()),
                    &sentence,
                    fig,
                );
                count += 1;
                c.measure = fact.measure.map(str::to_string);
                c.period = fact.period;
                c.set_window(fact.window.map(str::to_string));
                c.place = fact.place.then(|| place.clone());
                c.modality = fact.modality;
                out.push(c);
            }
        }
        // True duplicates: about 3% of claims, syndicated into a new outlet.
        for i in story_start..out.len() {
            if out.len() >= n {
                break;
            }
            if rng.chance(0.03) {
                let mut copy = out[i].clone();
                copy.doc = format!("s{story}-syndicated");
                copy.id = format!("{}#{}", copy.doc, duplicates.len());
                duplicates.push((out[i].id.clone(), copy.id.clone()));
                out.push(copy);
            }
        }
    }
    Set {
        claims: out,
        duplicates,
    }
}

/// The share of true duplicates whose original and copy share a finding.
pub fn duplicate_recall(set: &Set, report: &factdiff::Report) -> f64 {
    if set.duplicates.is_empty() {
        return 1.0;
    }
    let mut finding_of = std::collections::HashMap::new();
    for (k, f) in report.findings.iter().enumerate() {
        for id in &f.claims {
            finding_of
                .entry(id.as_str())
                .or_insert_with(Vec::new)
                .push(k);
        }
    }
    let found = set
        .duplicates
        .iter()
        .filter(|(a, b)| {
            let (Some(x), Some(y)) = (finding_of.get(a.as_str()), finding_of.get(b.as_str()))
            else {
                return false;
            };
            x.iter().any(|k| y.contains(k))
        })
        .count();
    found as f64 / set.duplicates.len() as f64
}
