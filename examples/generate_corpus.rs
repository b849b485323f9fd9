//! Generates a large fictional news corpus, deterministically, for
//! scale-out tests and benchmarks.
//!
//! `N` articles about `ceil(N / 5)` made-up stories (floods, wildfires,
//! storms, transit strikes, elections, outbreaks, police operations,
//! budgets, plant closures, protests), each story covered by two to eight
//! outlets. Every story has its own places, officials and true figures for
//! several measures of `data/lexicon.json`; each outlet reports them its
//! own way: exactly, hedged ("about", "more than", "nearly"), rounded, in
//! words ("two dozen"), converted ("a week" for "a day", millimetres for
//! inches), and about one time in five with a conflicting figure (another
//! count, two digits swapped, an older tally). Some articles credit another
//! outlet and carry one of its paragraphs nearly verbatim, and every
//! article has sentences with numbers that are not claims (ages, years,
//! dates, times, addresses, phone and route numbers). All text is
//! written for factdiff; nothing is copied from real articles.
//!
//! ```text
//! cargo run --release --example generate_corpus -- --articles N [--seed S] --format txt|jsonl --out PATH
//! ```
//!
//! - `--format txt` (the default) writes `PATH/<id>.txt`, one file per
//!   article, creating the directory;
//! - `--format jsonl` writes one `{"id": ..., "text": ...}` object per line
//!   to `PATH`, or to standard output when `PATH` is `-`.
//!
//! Ids are `s<story>-o<outlet>` (`s000123-o04`: story 123 as told by outlet
//! 4), unique, valid file names, and sorted in the order they are written.
//! The same arguments give byte-identical output, and both formats hold the
//! same ids and texts. A one-line summary (articles, bytes, seconds) goes
//! to standard error (and a warning when the directory already held other
//! articles). The seed defaults to 42. Town names stay distinct for up to
//! 186,624 stories (about 930,000 articles); every fact is set "in" the
//! story's town, so that factdiff can tell stories apart.
//!
//! Check the output with the real pipeline:
//!
//! ```text
//! cargo run --release --example generate_corpus -- --articles 200 --out target/gen-check
//! target/release/factdiff compare --format json --recursive target/gen-check
//! ```
// A data generator: casts of small non-negative numbers, and long tables
// and functions that read top to bottom like the articles they write.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::too_many_lines
)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

// ---------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------

/// A small seeded generator (`SplitMix64`): fast, and the same on every
/// platform.
struct Rng(u64);

impl Rng {
    /// A generator for one part of the corpus, independent of the others.
    fn derive(seed: u64, stream: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA24B_AED4_963E_E407));
        r.0 ^= index.wrapping_mul(0x9FB2_1C65_1E98_DF25);
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn word(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }

    /// Log-uniform in `[lo, hi]`: small stories are more common than big
    /// ones, as in the news.
    fn log_uniform(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + self.unit() * (hi.ln() - lo.ln())).exp()
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------

const TOWN_A: &[&str] = &[
    "Bran", "Kes", "Mar", "Dun", "Hal", "Pell", "Thorn", "Ash", "Cal", "Dor", "Elm", "Fair",
    "Glen", "Hart", "Ives", "Jas", "Kil", "Lorn", "Mead", "Nor", "Oak", "Pen", "Quar", "Red",
    "Stan", "Tal", "Umber", "Vant", "Wyn", "Yar", "Zell", "Bright", "Cold", "Drey", "East", "Fox",
    "Gran", "Holt", "Ingle", "Lark", "Moss", "Orr", "Pike", "Ross", "Silver", "Tam", "West",
    "Alder",
];
const TOWN_M: &[&str] = &["", "er", "en", "al", "ing", "el", "ar", "ow", "is"];
/// A consonant that glues the parts ("Kes" + "t" + "ham").
const TOWN_G: &[&str] = &["", "s", "n", "r", "l", "t", "d", "m", "v", "k", "b", "g"];
const TOWN_B: &[&str] = &[
    "ford", "ton", "ville", "wick", "dale", "field", "more", "brook", "haven", "mouth", "stead",
    "burg", "by", "ham", "ley", "port", "ridge", "well", "wood", "gate", "hurst", "mere", "crest",
    "bury", "land", "stow", "cliff", "side", "thorpe", "worth", "shaw", "combe", "bridge", "holm",
    "fell", "mont",
];
const COUNTY_A: &[&str] = &[
    "Lar", "Vel", "Ost", "Cam", "Bel", "Dra", "Fen", "Gar", "Hol", "Jun", "Kel", "Lin", "Mon",
    "Nev", "Or", "Pra", "Rav", "Sel", "Tor", "Ul", "Ver", "Wal", "Yor", "Zan", "Ard", "Bex", "Cor",
    "Del", "Esk", "Fal",
];
const COUNTY_B: &[&str] = &[
    "ch", "der", "ton", "mar", "ley", "rin", "wen", "dal", "sey", "nock", "ham", "vin", "ross",
    "ett", "ow", "an", "is", "more", "rick", "son", "lan", "ber", "kin", "ford",
];
const COUNTY_M: &[&str] = &["", "a", "e", "i", "o", "u", "an", "el", "or"];
const RIVER_A: &[&str] = &[
    "Vel", "Sky", "Tam", "Ouse", "Kenn", "Lum", "Mar", "Nith", "Ore", "Pas", "Quill", "Ren",
    "Sand", "Tey", "Ure", "Wend", "Yel", "Ash", "Brill", "Cree", "Dov", "Elk", "Fro", "Gwyn",
];
const RIVER_B: &[&str] = &[
    "der", "ley", "mouth", "ey", "et", "ick", "ow", "an", "ing", "en", "ard", "is", "on", "ell",
    "ach", "um", "ora", "ine", "ast", "ock",
];
const FEMALE: &[&str] = &[
    "Ana", "Dana", "Rosa", "Helen", "Ines", "Colette", "Lena", "Miriam", "Nadia", "Elaine",
    "Yolanda", "Marcy", "Priya", "Sofia", "Grace", "Farah", "Ingrid", "Bettina", "Aisha", "Eleni",
    "Hana", "Julia", "Lucia", "Noor", "Paloma", "Selma", "Ursula", "Willa", "Zora", "Anouk",
    "Cleo", "Esme",
];
const MALE: &[&str] = &[
    "Tomas", "Oscar", "Jonah", "Samuel", "Theo", "Curtis", "Reuben", "Dwayne", "Kwame", "Mateo",
    "Wen", "Luis", "Omar", "Callum", "Desmond", "Fergus", "Isaac", "Kenji", "Marcus", "Otto",
    "Rafael", "Tobias", "Victor", "Xavier", "Yusuf", "Bram", "Dmitri", "Gideon",
];
const LAST_A: &[&str] = &[
    "Ab", "Bel", "Cor", "Dal", "Ess", "Fen", "Gar", "Hol", "Ives", "Jor", "Kel", "Lind", "Mar",
    "Nor", "Ost", "Pell", "Quin", "Ros", "Sand", "Tor", "Ulm", "Vell", "Wex", "Yor", "Zan",
    "Brenn", "Cask", "Dorr", "Frey", "Hask",
];
const LAST_B: &[&str] = &[
    "and", "ard", "berg", "by", "cott", "ek", "ell", "er", "ford", "gren", "ham", "ik", "in",
    "ley", "man", "ner", "ova", "ski", "son", "ton", "vik", "well", "wick", "ez", "ani", "ura",
];
const STATES: &[&str] = &[
    "Ore.", "Wash.", "Minn.", "Mont.", "Colo.", "Wis.", "Mich.", "N.M.", "Ariz.", "Neb.", "Iowa",
    "Kan.", "Idaho", "Maine", "Vt.", "Ky.", "Tenn.", "Ga.", "Ohio", "Pa.", "N.D.", "Okla.",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const WEEKEND: &[&str] = &["Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBR: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const STREETS: &[&str] = &[
    "Front", "Mill", "Harmon", "Cutter", "Ferris", "Water", "Cedar", "Granger", "Lowell", "Pine",
    "Station", "Orchard", "Bell", "Market", "Keel", "Larkin", "Quarry", "Depot",
];
const STREET_KINDS: &[&str] = &["Street", "Avenue", "Road", "Lane", "Boulevard"];
const OP_A: &[&str] = &[
    "Clear", "Safe", "Iron", "Open", "Steady", "North", "Quiet", "Bright", "Long", "Swift",
];
const OP_B: &[&str] = &[
    "Harbor", "Streets", "Gate", "Lantern", "Anchor", "Bridge", "Current", "Meadow", "Compass",
    "Signal",
];
const INDUSTRY: &[(&str, &str)] = &[
    ("Foods", "processing plant"),
    ("Metals", "foundry"),
    ("Paper", "mill"),
    ("Plastics", "plant"),
    ("Motor Parts", "assembly plant"),
    ("Textiles", "mill"),
    ("Glassworks", "factory"),
];
const DISEASES: &[&str] = &["measles", "whooping cough", "mumps", "hepatitis A"];
const OFFICES: &[&str] = &[
    "mayor",
    "city council seat",
    "school board seat",
    "state House seat",
    "municipal judge",
];

/// Name number `k` of the product of `parts` (mixed radix), capitalised.
fn compose(parts: &[&[&str]], mut k: usize) -> String {
    let mut s = String::new();
    for part in parts {
        s.push_str(part[k % part.len()]);
        k /= part.len();
    }
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase()
            .chain(chars.map(|c| c.to_ascii_lowercase()))
            .collect()
    })
}

/// A bijection of `0..n` (when `mult` is coprime with `n`): stories next to
/// each other get names far apart.
fn spread(i: usize, mult: usize, offset: usize, n: usize) -> usize {
    (i.wrapping_mul(mult).wrapping_add(offset)) % n
}

fn surname(rng: &mut Rng) -> String {
    let middle = rng.word(&["", "", "a", "e", "i", "o", "en", "er"]);
    format!("{}{middle}{}", rng.pick(LAST_A), rng.pick(LAST_B))
}

/// A made-up person's name, and whether she is a woman.
fn someone(rng: &mut Rng) -> (String, bool) {
    let female = rng.chance(0.5);
    let first = if female {
        rng.pick(FEMALE)
    } else {
        rng.pick(MALE)
    };
    (format!("{first} {}", surname(rng)), female)
}

fn person(rng: &mut Rng) -> String {
    someone(rng).0
}

// ---------------------------------------------------------------------
// Outlets
// ---------------------------------------------------------------------

struct Outlet {
    name: &'static str,
    /// Short name for wire datelines, e.g. `(VW)`.
    wire: Option<&'static str>,
    /// "12 percent" rather than "12%".
    percent_word: bool,
    /// Rain in millimetres.
    metric: bool,
    /// Paragraphs on single lines without blank lines between them.
    tight: bool,
}

const OUTLETS: &[Outlet] = &[
    Outlet {
        name: "The Valley Wire",
        wire: Some("VW"),
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Coastal Press Service",
        wire: Some("CPS"),
        percent_word: true,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "The Northern Ledger",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Harbor Gazette",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Prairie Dispatch",
        wire: None,
        percent_word: false,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "The Morning Courier",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Tri-County Tribune",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Evening Observer",
        wire: None,
        percent_word: false,
        metric: true,
        tight: true,
    },
    Outlet {
        name: "Riverbend Herald",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Capitol Sentinel",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Granite Post",
        wire: None,
        percent_word: false,
        metric: true,
        tight: false,
    },
    Outlet {
        name: "Lakeshore Chronicle",
        wire: None,
        percent_word: true,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "The Mesa Journal",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Pinewood Register",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Bayside Times",
        wire: None,
        percent_word: true,
        metric: true,
        tight: false,
    },
    Outlet {
        name: "Upland Examiner",
        wire: None,
        percent_word: false,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "Redfield Star",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "The Frontier Record",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Summit Daily",
        wire: None,
        percent_word: false,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "The Crossroads Beacon",
        wire: None,
        percent_word: false,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Eastbank Monitor",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
    Outlet {
        name: "Westmarch Review",
        wire: None,
        percent_word: false,
        metric: true,
        tight: false,
    },
    Outlet {
        name: "The Delta Bulletin",
        wire: None,
        percent_word: false,
        metric: false,
        tight: true,
    },
    Outlet {
        name: "Highland Free Press",
        wire: None,
        percent_word: true,
        metric: false,
        tight: false,
    },
];

// ---------------------------------------------------------------------
// Story kinds and the facts they report
// ---------------------------------------------------------------------

/// How a figure is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A count of things or people ("2,340").
    Count,
    /// A percentage ("12%", "12 percent").
    Percent,
    /// US dollars ("$18.4 million").
    Money,
    /// A length in feet ("27.5 feet").
    Feet,
    /// Rain, stored in inches, written in inches or millimetres.
    Rain,
}

/// Where a fact happened: the story's town, or no place. (Every fact is
/// local: "X County" and "Y County" share a word, which factdiff reads
/// as overlapping places.)
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Town,
    Nowhere,
}

/// One kind of fact a story of some kind reports, and the sentences that
/// report it.
///
/// Templates: `{n}` is the figure, `{N}` the figure capitalised at the
/// start of a sentence, `{place}` the fact's place, `{win}` its time window
/// (with a leading space, or nothing), `{per}` its rate ("a day"), other
/// `{...}` the story's names; `[a|b|c]` picks one. A template that does not
/// end with `.` gets an attribution tail (", the sheriff said.").
struct Family {
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    /// Time windows, one drawn per story; `""` for none.
    windows: &'static [&'static str],
    /// A rate with `{per}` ("a day").
    rate: bool,
    /// A target or a projection: written exactly, rarely contradicted.
    planned: bool,
    templates: &'static [&'static str],
}

const NO_WINDOW: &[&str] = &[""];

const fn fam(
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    templates: &'static [&'static str],
) -> Family {
    Family {
        unit,
        lo,
        hi,
        scope,
        windows: NO_WINDOW,
        rate: false,
        planned: false,
        templates,
    }
}

const fn windowed(
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    windows: &'static [&'static str],
    templates: &'static [&'static str],
) -> Family {
    let mut f = fam(unit, lo, hi, scope, templates);
    f.windows = windows;
    f
}

const fn rate(
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    templates: &'static [&'static str],
) -> Family {
    let mut f = fam(unit, lo, hi, scope, templates);
    f.rate = true;
    f
}

const fn planned(
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    templates: &'static [&'static str],
) -> Family {
    let mut f = fam(unit, lo, hi, scope, templates);
    f.planned = true;
    f
}

const fn planned_rate(
    unit: Unit,
    lo: f64,
    hi: f64,
    scope: Scope,
    templates: &'static [&'static str],
) -> Family {
    let mut f = rate(unit, lo, hi, scope, templates);
    f.planned = true;
    f
}

/// One kind of story.
struct Kind {
    /// What the story is about, for names that depend on it.
    name: &'static str,
    /// The lead official's title, written before the name.
    lead_title: &'static str,
    /// The second official, described before the name.
    second_title: &'static str,
    /// The agency that speaks for the story.
    agency: &'static str,
    headlines: &'static [&'static str],
    /// The facts; the first one leads every article.
    families: &'static [Family],
    /// Sentences with numbers that are not claims, and quotations.
    color: &'static [&'static str],
    quotes: &'static [&'static str],
}

use Scope::{Nowhere, Town};
use Unit::{Count, Feet, Money, Percent, Rain};

const FLOOD: Kind = Kind {
    name: "flood",
    lead_title: "Sheriff",
    second_title: "county emergency manager",
    agency: "the {county} County Sheriff's Office",
    headlines: &[
        "{river} River swamps {town} neighborhoods, closes highway",
        "{town} begins long cleanup as the {river} recedes",
        "{n} residents flee rising water in {town}",
        "Flooding in {county} County leaves damaged homes, a long recovery",
        "As the {river} falls, {town} counts what the water took",
        "Rising {river} forces evacuations across {town}",
    ],
    families: &[
        windowed(
            Count,
            300.0,
            12_000.0,
            Town,
            &["over the weekend", "since Friday", ""],
            &[
                "[Rescue crews|Deputies and volunteers with boats|Firefighters and National Guard troops] evacuated {n} [residents|people] from [low-lying streets|flooded neighborhoods|riverside blocks] in {place}{win}",
                "{N} [residents|people] were evacuated from neighborhoods along the {river} in {place}{win}",
                "In {place}, {n} residents fled the rising {river}{win}",
                "Deputies went door to door in {place}{win} and evacuated {n} people as the water rose",
            ],
        ),
        fam(
            Count,
            1.0,
            30.0,
            Town,
            &[
                "The flooding has killed {n} people in {place}",
                "{N} people have died in the flooding in {place}",
                "[Authorities|The coroner's office] confirmed {n} deaths in {place}",
            ],
        ),
        fam(
            Count,
            6.0,
            140.0,
            Town,
            &[
                "{N} people were injured in {place}, most of them during the evacuation",
                "Doctors in {place} treated {n} injured people",
                "The flood injured {n} people in {place}",
            ],
        ),
        fam(
            Count,
            40.0,
            3000.0,
            Town,
            &[
                "[County assessors|Building inspectors] counted {n} damaged homes in {place}",
                "The water damaged {n} homes in {place}",
                "{N} homes in {place} were damaged, [according to a preliminary count|the first survey found]",
            ],
        ),
        windowed(
            Count,
            30.0,
            1500.0,
            Town,
            &["on {eday} night", ""],
            &[
                "{N} people [slept|stayed] in emergency shelters in {place}{win}",
                "[Relief volunteers|Shelter managers] said {n} people were staying in shelters in {place}{win}",
            ],
        ),
        windowed(
            Rain,
            1.5,
            9.0,
            Town,
            &["over the weekend", "on {eday}"],
            &[
                "Forecasters said {n} of rain fell in {place}{win}",
                "{N} of rain fell in {place}{win}, according to the weather service.",
                "The storm dropped {n} of rain in {place}{win}",
            ],
        ),
        windowed(
            Feet,
            14.0,
            34.0,
            Town,
            &["early {eday}", "on {eday}", ""],
            &[
                "The {river} crested at {n} in {place}{win}",
                "The {river} topped out at {n} in {place}{win}",
                "The {river} peaked at {n} in {place}{win}, well above flood stage",
            ],
        ),
        fam(
            Money,
            4e6,
            90e6,
            Town,
            &[
                "{gov} signed an emergency bill that sets aside {n} for flood relief in {place}",
                "The state approved {n} in flood relief for families in {place}",
                "Lawmakers set aside {n} for cleanup and temporary housing in {place}",
            ],
        ),
        planned(
            Money,
            20e6,
            600e6,
            Town,
            &[
                "Repairs in {place} are expected to cost {n}",
                "{lead} said repairs in {place} could cost {n}.",
                "Officials said rebuilding in {place} could cost {n}",
            ],
        ),
        fam(
            Count,
            5000.0,
            120_000.0,
            Town,
            &[
                "The storm left {n} customers without power in {place}",
                "At the height of the flooding, {n} customers in {place} had no electricity",
            ],
        ),
    ],
    color: &[
        "Route {route} reopened to traffic on {day} at {hour} p.m., though officials warned that shoulders near the {town} rail yard remain soft.",
        "The last flood of this size in the {river} valley came in {year}, when the river took out the old {street} Street bridge in {town}.",
        "Volunteers sorting donations at the {town} fairgrounds, 2 miles east of downtown, said they needed bleach, gloves and fans more than clothing.",
        "{County} County posts road closures online and on its hotline, (555) {phone}, which is staffed until {hour} p.m.",
        "A cleanup center opened at {addr} {street} {stkind} in {town}, in the old feed store, and will stay open through {month} {date}.",
        "{resident}, {age}, said the {river} reached the second step of {her} porch before dawn.",
        "Crews spent the afternoon pulling soaked drywall and carpet from houses on {street} {stkind} in {town}.",
    ],
    quotes: &[
        "Where are we supposed to go now?",
        "We have been through floods before, but never one that came this fast",
        "The water was at the door before anybody told us to leave",
        "We lost the car, the furnace and most of the photographs",
        "You can replace a couch. You can't replace forty years of letters",
    ],
};

const WILDFIRE: Kind = Kind {
    name: "wildfire",
    lead_title: "Fire Chief",
    second_title: "county emergency manager",
    agency: "the {county} County Fire District",
    headlines: &[
        "{fire} Fire forces evacuations near {town}",
        "Wind drives the {fire} Fire toward {town}",
        "{fire} Fire destroys homes outside {town}",
        "Crews gain ground on the {fire} Fire as {town} waits",
        "{n} residents flee homes in {town} as the {fire} Fire spreads",
    ],
    families: &[
        windowed(
            Count,
            800.0,
            40_000.0,
            Town,
            &["since {eday}", ""],
            &[
                "The fire drove {n} residents from their homes in {place}{win}",
                "{N} people fled their homes in {place}{win} as the {fire} Fire approached",
                "Deputies evacuated {n} residents in {place}{win}",
            ],
        ),
        fam(
            Count,
            20.0,
            2500.0,
            Town,
            &[
                "The {fire} Fire has destroyed {n} homes in {place}",
                "{N} homes in {place} have burned, [according to damage inspectors|an early survey found]",
                "The fire has damaged or destroyed {n} structures in {place}",
            ],
        ),
        fam(
            Count,
            300.0,
            5000.0,
            Town,
            &[
                "[Fire officials|The state forestry department] deployed {n} firefighters in {place} to fight the {fire} Fire",
                "{N} firefighters have been deployed in {place} against the {fire} Fire",
            ],
        ),
        fam(
            Count,
            1.0,
            12.0,
            Town,
            &[
                "The fire has killed {n} people in {place}",
                "{N} people have died in the fire in {place}",
            ],
        ),
        fam(
            Count,
            2.0,
            40.0,
            Town,
            &[
                "{N} firefighters have been injured in {place} fighting the {fire} Fire",
                "The {fire} Fire has injured {n} firefighters in {place}, most of them with burns or heat exhaustion",
            ],
        ),
        windowed(
            Count,
            2000.0,
            250_000.0,
            Nowhere,
            &["by {day}", ""],
            &[
                "The {fire} Fire had burned {n} acres around {town}{win}",
                "The {fire} Fire has scorched {n} acres of timber and grassland near {town}{win}",
            ],
        ),
        fam(
            Percent,
            5.0,
            85.0,
            Nowhere,
            &[
                "Crews had the {fire} Fire {n} contained",
                "The {fire} Fire was {n} contained, fire officials said.",
            ],
        ),
        fam(
            Money,
            5e6,
            120e6,
            Town,
            &[
                "The state has spent {n} fighting the {fire} Fire in {place}",
                "The state has spent {n} so far on firefighting in {place}",
            ],
        ),
        planned(
            Count,
            500.0,
            20_000.0,
            Town,
            &[
                "Officials said the fire could force another {n} residents in {place} from their homes",
                "A shift in the wind could force {n} more people in {place} from their homes",
            ],
        ),
    ],
    color: &[
        "The {fire} Fire started on {month} {date} near a campground off Route {route}, and investigators have not said what caused it.",
        "{resident}, {age}, loaded two horses and a goat into a trailer and drove to the fairgrounds in {town2}.",
        "A shelter opened at {town} High School, {addr} {street} {stkind}, and accepts pets.",
        "Smoke from the {fire} Fire reached {town2} by {hour} p.m., and schools kept students inside at recess.",
        "The last fire to reach the edge of {town} burned in {year}.",
        "Residents of {town} can check evacuation zones by calling (555) {phone}.",
    ],
    quotes: &[
        "We had maybe 20 minutes. You grab what you can and you go",
        "The sky turned orange at lunch, and then it turned black",
        "I keep checking the map to see if our street is still there",
        "The wind did whatever it wanted today",
    ],
};

const STORM: Kind = Kind {
    name: "storm",
    lead_title: "Mayor",
    second_title: "county emergency manager",
    agency: "the {county} County Emergency Management Agency",
    headlines: &[
        "Tornado tears through {town}, leaving a trail of damage",
        "{town} digs out after a night of violent storms",
        "Storm damage in {county} County stretches for miles",
        "Tornado kills {n} in {town}",
        "Storms batter {town}, knocking out power",
    ],
    families: &[
        fam(
            Count,
            1.0,
            25.0,
            Town,
            &[
                "The storm killed {n} people in {place}",
                "{N} people died in {place} when the storm hit",
                "[Authorities|The coroner] confirmed {n} deaths in {place}",
            ],
        ),
        fam(
            Count,
            10.0,
            300.0,
            Town,
            &[
                "The tornado injured {n} people in {place}",
                "{N} people were hurt in {place}, [some of them seriously|most by flying debris]",
                "Doctors in {place} treated {n} injured people",
            ],
        ),
        fam(
            Count,
            50.0,
            4000.0,
            Town,
            &[
                "The storm damaged {n} homes in {place}",
                "Inspectors counted {n} damaged homes in {place}",
                "{N} homes in {place} were destroyed or damaged",
            ],
        ),
        fam(
            Count,
            40.0,
            2000.0,
            Town,
            &[
                "{N} people spent the night in emergency shelters in {place}",
                "Shelter managers said {n} people were staying in shelters in {place}",
            ],
        ),
        fam(
            Count,
            5000.0,
            200_000.0,
            Town,
            &[
                "{N} customers lost power in {place}",
                "The storm knocked out power to {n} customers in {place}",
            ],
        ),
        windowed(
            Count,
            40.0,
            900.0,
            Town,
            &["on {eday}", ""],
            &[
                "Airlines canceled {n} flights at the airport in {place}{win}",
                "The storm led to {n} flight cancellations in {place}{win}",
            ],
        ),
        planned(
            Money,
            10e6,
            800e6,
            Town,
            &[
                "Repairs in {place} are expected to cost {n}",
                "Officials said rebuilding in {place} could cost {n}",
            ],
        ),
        fam(
            Money,
            2e6,
            60e6,
            Town,
            &[
                "The state approved {n} in relief for families in {place}",
                "{gov} set aside {n} in relief for storm victims in {place}",
            ],
        ),
        fam(
            Count,
            20.0,
            900.0,
            Town,
            &[
                "{N} residents fled their homes in {place} as the storm approached",
                "Deputies evacuated {n} people from a mobile home park in {place}",
            ],
        ),
    ],
    color: &[
        "The tornado touched down at {hour}:{minute} p.m. near the grain elevator on Route {route} outside {town}, the weather service said.",
        "{resident}, {age}, rode out the storm in a bathtub with {her} two grandchildren.",
        "The last tornado to hit {town} was in {year}, and it stayed in open farmland.",
        "Crews closed {street} {stkind} in {town} between the river and the {addr} block while they cleared downed lines.",
        "Residents who need a tarp or a ride can call {county} County at (555) {phone}.",
        "The {town} school board canceled classes through {day}.",
    ],
    quotes: &[
        "It sounded like a train coming through the kitchen",
        "We came up from the basement and the garage was just gone",
        "Everybody on this street is alive, and that is what matters tonight",
        "The siren went off and we had about a minute",
    ],
};

const STRIKE: Kind = Kind {
    name: "strike",
    lead_title: "union president",
    second_title: "agency spokesperson",
    agency: "{co}",
    headlines: &[
        "{town} transit workers strike, stranding riders",
        "Bus drivers walk off the job in {town}",
        "No deal in sight as {town} transit strike drags on",
        "{co} strike: what riders need to know",
        "Strike halts buses across {town}",
    ],
    families: &[
        windowed(
            Count,
            400.0,
            9000.0,
            Town,
            &["on {eday}", ""],
            &[
                "{N} transit workers walked off the job in {place}{win}",
                "The strike in {place} involves {n} workers, [most of them bus drivers|including drivers and mechanics]",
                "{Union} said {n} workers in {place} joined the walkout{win}.",
            ],
        ),
        fam(
            Percent,
            70.0,
            98.0,
            Town,
            &[
                "Union members in {place} voted {n} in favor of a strike",
                "In a vote last month, members of {union} in {place} voted {n} in favor of walking out",
            ],
        ),
        fam(
            Money,
            1000.0,
            6000.0,
            Town,
            &[
                "{co} has offered new drivers in {place} a signing bonus of {n}",
                "New drivers in {place} get a signing bonus of {n}, which the union wants folded into hourly pay",
            ],
        ),
        rate(
            Count,
            100.0,
            1500.0,
            Town,
            &[
                "The strike has led to {n} bus cancellations {per} in {place}",
                "{co} has canceled {n} bus runs {per} in {place} since the walkout began",
            ],
        ),
        rate(
            Count,
            20_000.0,
            400_000.0,
            Town,
            &[
                "Buses in {place} normally carry {n} riders {per}",
                "{co} buses in {place} carry {n} riders {per} on a typical weekday",
            ],
        ),
        windowed(
            Count,
            300.0,
            8000.0,
            Town,
            &["on {eday}", ""],
            &[
                "{N} demonstrators marched in {place}{win} in support of the strikers",
                "{N} marchers rallied outside {co} headquarters in {place}{win}",
            ],
        ),
        planned(
            Count,
            100.0,
            900.0,
            Town,
            &[
                "{co} wants to hire {n} replacement drivers in {place} by the end of {month}",
                "The agency plans to hire {n} drivers in {place} by the end of {month}",
            ],
        ),
        planned_rate(
            Money,
            200_000.0,
            3e6,
            Town,
            &[
                "The strike in {place} could cost {co} {n} {per} in lost fares",
                "Officials said the walkout in {place} could cost {n} {per} in lost fares",
            ],
        ),
    ],
    color: &[
        "The contract between {co} and {union} expired on {month_abbr} {date}, and both sides last met on {day}.",
        "{resident}, {age}, who rides the Route {route} bus to a warehouse job in {town}, said {she} had taken a cab to work this week.",
        "The union hall at {addr} {street} {stkind} in {town} was full by {hour} a.m.",
        "The last strike at {co}, in {year}, lasted more than a week.",
        "Riders in {town} can check which routes are running by calling (555) {phone}.",
    ],
    quotes: &[
        "Nobody wants to be out here, but they left us no choice",
        "I walk an hour each way now. What else am I going to do?",
        "We want a contract that keeps drivers in the seat",
        "Both sides want buses on the street, and soon",
    ],
};

const ELECTION: Kind = Kind {
    name: "election",
    lead_title: "City Clerk",
    second_title: "elections director",
    agency: "the {town} city clerk's office",
    headlines: &[
        "{cand} wins the race for {office} in {town}",
        "{cand} claims victory in {town}; {rival} concedes",
        "{town} results: {cand} leads the {office} race",
        "Turnout climbs as {town} picks a new {office}",
    ],
    families: &[
        fam(
            Count,
            8000.0,
            400_000.0,
            Town,
            &[
                "{cand} won {n} votes in {place}, according to unofficial results",
                "{cand} received {n} votes in {place}",
                "{cand} finished with {n} votes in {place}, [the clerk's office said|unofficial results showed]",
            ],
        ),
        fam(
            Count,
            5000.0,
            300_000.0,
            Town,
            &[
                "{rival} received {n} votes in {place}",
                "{rival} won {n} votes in {place}, according to unofficial results",
            ],
        ),
        fam(
            Percent,
            30.0,
            75.0,
            Town,
            &[
                "Turnout in {place} reached {n}",
                "Turnout in {place} was {n}, the highest for an off-year race in a decade",
            ],
        ),
        fam(
            Count,
            20_000.0,
            800_000.0,
            Town,
            &[
                "Turnout in {place} reached {n} voters",
                "{N} voters went to the polls in {place}",
            ],
        ),
        fam(
            Money,
            200_000.0,
            9e6,
            Town,
            &[
                "{cand}'s campaign spent {n} on the race in {place}",
                "{cand} spent {n} on television ads and mailers in {place}",
            ],
        ),
        planned(
            Money,
            50_000.0,
            900_000.0,
            Town,
            &[
                "A recount in {place} could cost {n}, {lead} said.",
                "{lead} said a recount in {place} could cost {n}.",
            ],
        ),
        fam(
            Count,
            100.0,
            6000.0,
            Town,
            &[
                "Election workers in {place} set aside {n} ballots to check signatures",
                "Election workers set aside {n} ballots in {place} to check signatures",
            ],
        ),
        fam(
            Count,
            30_000.0,
            900_000.0,
            Town,
            &[
                "{N} people live in {place}",
                "{N} people live in {place}, which has backed the winning {office} candidate in every race since {year}.",
            ],
        ),
    ],
    color: &[
        "The canvass in {town} must be finished by {month_abbr} {date}, and results will be certified at {hour} p.m. that day.",
        "{cand}, {age2}, a former school board member, moved to {town} in {year}.",
        "Voters in {town} lined up outside the library at {addr} {street} {stkind} before the polls opened at 7 a.m.",
        "{rival} called {cand} at about {hour} p.m. to concede, both campaigns said.",
        "Results are posted on the {town} city website and at the clerk's office on {street} {stkind}.",
    ],
    quotes: &[
        "People turned out because they wanted to be heard",
        "We ran a campaign about potholes and paychecks, and it worked",
        "I called to congratulate the winner. Now the work starts",
        "Every ballot gets counted, and that takes as long as it takes",
    ],
};

const OUTBREAK: Kind = Kind {
    name: "outbreak",
    lead_title: "Dr.",
    second_title: "county health officer",
    agency: "the {county} County Health Department",
    headlines: &[
        "{Dis} outbreak grows in {town}",
        "{county} County races to contain {dis}",
        "Vaccine clinics busy as {dis} spreads in {town}",
        "Schools in {town} send students home as {dis} cases climb",
    ],
    families: &[
        fam(
            Count,
            10.0,
            900.0,
            Town,
            &[
                "{Agency} has confirmed {n} cases of {dis} in {place}",
                "The {dis} outbreak in {place} has grown to {n} cases",
                "{N} cases of {dis} have been confirmed in {place}",
            ],
        ),
        fam(
            Count,
            2.0,
            80.0,
            Town,
            &[
                "{N} patients have been hospitalized with {dis} in {place}",
                "Doctors in {place} have hospitalized {n} patients with {dis}, most of them young children",
            ],
        ),
        fam(
            Count,
            1.0,
            9.0,
            Town,
            &[
                "{N} people have died of {dis} in {place}",
                "The outbreak has killed {n} people in {place}",
            ],
        ),
        windowed(
            Count,
            2000.0,
            90_000.0,
            Town,
            &["since the campaign began in {month}"],
            &[
                "Clinics have given {n} doses of vaccine in {place}{win}",
                "{Agency} has given {n} doses in {place}{win}",
            ],
        ),
        rate(
            Count,
            100.0,
            3000.0,
            Town,
            &[
                "Clinics in {place} are giving {n} shots {per}",
                "{Agency} is giving {n} doses {per} in {place}",
            ],
        ),
        planned(
            Count,
            10_000.0,
            200_000.0,
            Town,
            &[
                "The state wants {n} doses given in {place} by the end of {month}",
                "{Agency} has set a goal of {n} doses in {place} by the end of {month}",
            ],
        ),
        fam(
            Percent,
            78.0,
            96.0,
            Town,
            &[
                "Kindergarten vaccination coverage in {place} reached {n}",
                "The county said {n} of kindergartners in {place} are fully vaccinated",
            ],
        ),
        fam(
            Count,
            100.0,
            3000.0,
            Town,
            &[
                "{N} students have been kept home from schools in {place}",
                "{N} students in {place} have been kept home until they show proof of immunity",
            ],
        ),
    ],
    color: &[
        "The first case in {town} was identified on {month_abbr} {date} in a {age2}-year-old who had returned from a trip abroad.",
        "A mobile clinic parks outside the {town} library at {addr} {street} {stkind} on weekends from 10 a.m. to {hour} p.m.",
        "Anyone in {county} County with a fever and a rash should call ahead at (555) {phone} before visiting a clinic.",
        "{County} County last saw an outbreak this size in {year}.",
        "{resident}, {age}, brought {her} twins to the clinic in {town} on {day} after their school sent them home.",
    ],
    quotes: &[
        "We are not out of the woods. Every new case resets the clock",
        "I had been meaning to do it for a while. Now I don't have a choice",
        "The vaccine is safe, and it works",
        "We would rather give shots all day than treat one more sick child",
    ],
};

const CRACKDOWN: Kind = Kind {
    name: "crackdown",
    lead_title: "Police Chief",
    second_title: "county prosecutor",
    agency: "the {town} Police Department",
    headlines: &[
        "Operation {op} nets arrests across {town}",
        "{town} police sweep targets car thefts and stolen goods",
        "Critics question the cost of Operation {op} in {town}",
        "Police make {n} arrests in {town}",
    ],
    families: &[
        windowed(
            Count,
            50.0,
            4000.0,
            Town,
            &["since the operation began", ""],
            &[
                "Officers arrested {n} people in {place} during Operation {op}{win}",
                "{Agency} reported {n} arrests in {place}{win}",
                "Operation {op} has led to {n} arrests in {place}{win}",
            ],
        ),
        rate(
            Count,
            5.0,
            200.0,
            Town,
            &[
                "Officers in {place} are making {n} arrests {per}",
                "{Agency} is arresting {n} people {per} in {place}",
            ],
        ),
        planned_rate(
            Count,
            10.0,
            300.0,
            Town,
            &[
                "{lead} has set a [goal|quota|target] of {n} arrests {per} in {place}",
                "{lead} wants {n} arrests {per} in {place}, according to an internal memo.",
            ],
        ),
        fam(
            Count,
            10.0,
            900.0,
            Town,
            &[
                "Deputies are holding {n} detainees from the sweep in {place} at the county jail",
                "The county jail is holding {n} detainees from the sweep in {place}",
            ],
        ),
        fam(
            Count,
            20.0,
            1500.0,
            Town,
            &[
                "Prosecutors have charged {n} people arrested in {place}",
                "{Second} has charged {n} people in the sweep in {place}",
            ],
        ),
        windowed(
            Count,
            100.0,
            5000.0,
            Town,
            &["on {eday}", ""],
            &[
                "{N} protesters gathered outside the courthouse in {place}{win}",
                "{N} demonstrators marched to City Hall in {place}{win} to protest the sweep",
            ],
        ),
        fam(
            Count,
            40.0,
            1200.0,
            Town,
            &[
                "{Agency} deployed {n} officers in {place} for the operation",
                "{N} officers have been deployed in {place}",
            ],
        ),
        fam(
            Money,
            200_000.0,
            9e6,
            Town,
            &[
                "The operation in {place} has cost {n} in overtime",
                "Overtime for Operation {op} in {place} has cost {n} so far",
            ],
        ),
        fam(
            Count,
            2.0,
            40.0,
            Town,
            &[
                "Civil rights groups have filed {n} lawsuits over the operation in {place}",
                "Lawyers in {place} have filed {n} lawsuits challenging the sweep",
            ],
        ),
    ],
    color: &[
        "Operation {op} began on {month_abbr} {date} with a briefing at {hour} a.m. at the department's headquarters on {street} {stkind} in {town}.",
        "{resident}, {age}, said officers stopped {him} on the walk from {her} job in {town} to the bus.",
        "The last operation of this kind in {town}, in {year}, ended after less than a month.",
        "Families looking for a relative held in {county} County can call the jail at (555) {phone}.",
        "A community meeting is set for {hour} p.m. on {day} at the church at {addr} {street} {stkind} in {town}.",
    ],
    quotes: &[
        "We are going after the people who are driving these thefts",
        "My neighbors are scared to walk to the store",
        "Arrest numbers are not the same thing as safer streets",
        "We will keep at it as long as it takes",
    ],
};

const BUDGET: Kind = Kind {
    name: "budget",
    lead_title: "Mayor",
    second_title: "budget director",
    agency: "the {town} City Council",
    headlines: &[
        "{town} council passes budget with job cuts",
        "{town} budget trims staff, adds police",
        "What the new {town} budget means for residents",
        "Council in {town} approves {n} spending plan",
    ],
    families: &[
        fam(
            Money,
            80e6,
            3e9,
            Town,
            &[
                "Council members in {place} approved a budget of {n} for the coming fiscal year",
                "The council in {place} voted to adopt a budget of {n}",
                "In {place}, {lead} signed a budget of {n} on {day}.",
            ],
        ),
        fam(
            Count,
            20.0,
            600.0,
            Town,
            &[
                "The budget eliminates {n} positions in {place}",
                "The budget cuts {n} city jobs in {place}, most of them vacant",
            ],
        ),
        planned(
            Count,
            20.0,
            300.0,
            Town,
            &[
                "{lead} wants to hire {n} police officers in {place}",
                "The budget sets a goal of hiring {n} officers in {place}",
            ],
        ),
        planned(
            Money,
            20e6,
            400e6,
            Town,
            &[
                "The budget office said pensions in {place} could cost {n} a year by {future}.",
                "Pensions in {place} could cost {n} a year by {future}, the budget office warned.",
            ],
        ),
        fam(
            Money,
            1000.0,
            4000.0,
            Town,
            &[
                "The contract gives city workers in {place} a raise of {n}",
                "City workers in {place} get a raise of {n} under the contract",
            ],
        ),
        windowed(
            Count,
            60.0,
            900.0,
            Town,
            &["on {eday}", ""],
            &[
                "{N} people attended the budget hearing in {place}{win}",
                "{N} residents attended a hearing on the plan in {place}{win}",
            ],
        ),
        fam(
            Percent,
            1.0,
            9.0,
            Town,
            &[
                "The budget raises property taxes in {place} by {n}",
                "Property taxes in {place} rise {n} under the budget",
            ],
        ),
        fam(
            Count,
            30_000.0,
            900_000.0,
            Town,
            &[
                "{N} people live in {place}",
                "{N} people live in {place}, which last raised property taxes in {year}.",
            ],
        ),
    ],
    color: &[
        "The fiscal year in {town} begins on {month_abbr} {date}, and the council must approve the budget before then.",
        "{resident}, {age}, a retired teacher who has lived on {street} {stkind} since {year}, asked the council to keep the {town} branch library open.",
        "The {town} council meeting began at {hour} p.m. and ran past midnight.",
        "The full budget is posted online and at the {town} clerk's office, {addr} {street} {stkind}.",
        "The {town} council will hold a final hearing on {day} at {hour} p.m.",
    ],
    quotes: &[
        "Nobody on this council likes these cuts",
        "We closed the gap without touching the fire stations",
        "This budget asks working families to carry too much",
        "We spent years putting this off, and now the bill is due",
    ],
};

const LAYOFFS: Kind = Kind {
    name: "layoffs",
    lead_title: "Mayor",
    second_title: "state labor secretary",
    agency: "{co}",
    headlines: &[
        "{co} to close its {town} {plant}",
        "Layoffs hit {town} as {co} shuts down",
        "{town} workers face an uncertain future after {co} closure",
        "{co} closure costs {n} jobs in {town}",
    ],
    families: &[
        fam(
            Count,
            100.0,
            4000.0,
            Town,
            &[
                "{co} laid off {n} workers at its {plant} in {place}",
                "In {place}, {n} workers lost their jobs when {co} closed its {plant}",
                "The closure of the {co} {plant} eliminated {n} jobs in {place}",
            ],
        ),
        fam(
            Count,
            300.0,
            8000.0,
            Town,
            &[
                "{co} employs {n} workers in {place}",
                "{co} employed {n} workers in {place}, [more than any other private employer|second only to the hospital]",
            ],
        ),
        fam(
            Money,
            1e6,
            30e6,
            Town,
            &[
                "The state has set aside {n} for retraining in {place}",
                "{gov} set aside {n} to retrain laid-off workers in {place}",
            ],
        ),
        planned(
            Money,
            5000.0,
            40_000.0,
            Town,
            &[
                "Each worker in {place} will receive {n} in severance pay",
                "{co} will pay each worker in {place} {n} in severance",
            ],
        ),
        windowed(
            Count,
            100.0,
            3000.0,
            Town,
            &["on {eday}", ""],
            &[
                "{N} people attended a job fair in {place}{win}",
                "{N} residents attended a job fair in {place}{win}",
            ],
        ),
        planned(
            Percent,
            4.0,
            14.0,
            Town,
            &[
                "Unemployment in {place} could rise to {n}",
                "Economists said unemployment in {place} could rise to {n}",
            ],
        ),
        fam(
            Count,
            8000.0,
            200_000.0,
            Town,
            &[
                "{N} people live in {place}",
                "{N} people live in {place}, which has lost several large employers since {year}.",
            ],
        ),
        fam(
            Money,
            500_000.0,
            20e6,
            Town,
            &[
                "{co} received {n} in tax breaks to expand the {plant} in {place}",
                "The company got {n} in tax breaks when it expanded the {plant} in {place}",
            ],
        ),
    ],
    color: &[
        "The {co} {plant} opened in {year} on what was then the edge of {town}, at {addr} {street} {stkind}.",
        "{resident}, {age}, has worked the night shift at the {co} {plant} since {year2}.",
        "The last shift at the {town} {plant} will end on {month_abbr} {date}, the company said.",
        "Workers in {town} can reach the state's rapid response team at (555) {phone}.",
        "Union leaders met with {co} officials on {day} at {hour} p.m.",
    ],
    quotes: &[
        "My father worked there, and so did his father",
        "Nobody saw this coming, not this fast",
        "We will help every one of these workers find the next job",
        "I have a mortgage and a family. I don't have time to be scared",
    ],
};

const PROTEST: Kind = Kind {
    name: "protest",
    lead_title: "Police Chief",
    second_title: "rally organizer",
    agency: "the {town} Police Department",
    headlines: &[
        "Thousands march in {town} over water rates",
        "{town} protest ends with arrests downtown",
        "Marchers fill downtown {town} to demand a vote on water rates",
        "{n} march in {town}, police say",
    ],
    families: &[
        windowed(
            Count,
            500.0,
            60_000.0,
            Town,
            &["on {eday}"],
            &[
                "{N} demonstrators marched in {place}{win}",
                "Organizers said {n} people attended the rally in {place}{win}.",
                "{N} protesters gathered at the courthouse square in {place}{win}",
            ],
        ),
        windowed(
            Count,
            5.0,
            300.0,
            Town,
            &["on {eday}"],
            &[
                "Police arrested {n} people in {place}{win}",
                "Officers arrested {n} protesters in {place}{win}, most for blocking traffic",
            ],
        ),
        windowed(
            Count,
            3.0,
            80.0,
            Town,
            &["on {eday}"],
            &[
                "{N} people were injured in {place}{win}",
                "The clashes injured {n} people in {place}{win}, including several officers",
            ],
        ),
        planned(
            Money,
            100_000.0,
            6e6,
            Town,
            &[
                "Business owners said repairs in {place} could cost {n}",
                "The city said cleanup in {place} could cost {n}",
            ],
        ),
        fam(
            Count,
            2.0,
            30.0,
            Town,
            &[
                "Organizers in {place} have filed {n} lawsuits over the permits",
                "Lawyers for the marchers in {place} have filed {n} lawsuits",
            ],
        ),
        fam(
            Count,
            50.0,
            1500.0,
            Town,
            &[
                "{Agency} deployed {n} officers in {place}",
                "{N} officers were deployed in {place} for the march",
            ],
        ),
        fam(
            Percent,
            8.0,
            40.0,
            Town,
            &[
                "The proposal would raise water rates in {place} by {n}",
                "Water rates in {place} would rise {n} under the plan",
            ],
        ),
    ],
    color: &[
        "The march began at {hour} a.m. at the park at {addr} {street} {stkind} in {town} and ended at City Hall.",
        "{resident}, {age}, carried a sign {her} grandson had painted.",
        "{town} last raised water rates in {year}.",
        "The {town} council meets again on {month_abbr} {date} at {hour} p.m.",
        "Anyone in {town} who wants to report property damage can call (555) {phone}.",
    ],
    quotes: &[
        "We pay enough for water already",
        "They can arrest us, but they cannot make us quiet",
        "Most people out here today were peaceful",
        "Let us vote on it. That is all we are asking",
    ],
};

const KINDS: &[&Kind] = &[
    &FLOOD, &WILDFIRE, &STORM, &STRIKE, &ELECTION, &OUTBREAK, &CRACKDOWN, &BUDGET, &LAYOFFS,
    &PROTEST,
];

/// Attribution tails for templates that carry none of their own.
const TAILS: &[&str] = &[
    ".",
    ".",
    ", {lead} said.",
    ", {lead} said {day}.",
    ", according to {agency}.",
    ", {agency} said.",
    ", officials said.",
    ", {leads} told reporters.",
    ", {second} said.",
];

// ---------------------------------------------------------------------
// Figures: how a value is written
// ---------------------------------------------------------------------

/// How an outlet writes one figure.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Exact,
    About,
    Nearly,
    MoreThan,
    AtLeast,
    Some,
    Words,
}

/// Rounds `v` to `sig` significant figures by `f` (`round`, `floor` or
/// `ceil`).
fn to_sig(v: f64, sig: i32, f: fn(f64) -> f64) -> f64 {
    if v <= 0.0 {
        return v;
    }
    let mag = 10f64.powi(v.log10().floor() as i32 - sig + 1);
    f(v / mag) * mag
}

/// `1234567` → `"1,234,567"`.
fn grouped(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `18.0` → `"18"`, `18.4` → `"18.4"`.
fn decimal(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        format!("{r:.1}")
    }
}

fn count_text(v: f64) -> String {
    if v >= 1e6 {
        format!("{} million", decimal(v / 1e6))
    } else if (2.0..10.0).contains(&v) && v.fract() == 0.0 {
        // News style spells out numbers under 10.
        SMALL[v as usize].to_string()
    } else {
        grouped(v.round() as u64)
    }
}

fn money_text(v: f64, words: bool) -> String {
    let (scaled, scale) = if v >= 1e9 {
        (Some(v / 1e9), "billion")
    } else if v >= 1e6 {
        (Some(v / 1e6), "million")
    } else {
        (None, "")
    };
    match (scaled, words) {
        (Some(x), false) => format!("${} {scale}", decimal(x)),
        (Some(x), true) => format!("{} {scale} dollars", decimal(x)),
        (None, _) => format!("${}", grouped(v.round() as u64)),
    }
}

const SMALL: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The figure in words, when newspapers would write it so.
fn in_words(v: f64) -> Option<String> {
    let n = v.round() as u64;
    if (v - n as f64).abs() > 1e-9 {
        return None;
    }
    match n {
        2..=10 => Some(SMALL[n as usize].to_string()),
        12 => Some("a dozen".to_string()),
        24 => Some("two dozen".to_string()),
        36 => Some("three dozen".to_string()),
        200..=900 if n.is_multiple_of(100) => {
            Some(format!("{} hundred", SMALL[(n / 100) as usize]))
        }
        2000..=9000 if n.is_multiple_of(1000) => {
            Some(format!("{} thousand", SMALL[(n / 1000) as usize]))
        }
        _ => None,
    }
}

/// The hedge word and the value it goes with, for `style` (`None`: write
/// the value exactly).
fn hedged(v: f64, unit: Unit, style: Style) -> Option<(&'static str, f64)> {
    // Percentages and feet are rounded to whole numbers, counts and money
    // to one or two significant figures.
    let (round, floor, ceil): (f64, f64, f64) = match unit {
        Unit::Percent | Unit::Feet | Unit::Rain => (v.round(), v.floor(), v.ceil()),
        Unit::Count | Unit::Money => {
            // "about 90" for 93, "about 2,300" for 2,340.
            let sig = if v < 100.0 { 1 } else { 2 };
            if v < 20.0 {
                (v, v, v)
            } else {
                (
                    to_sig(v, sig, f64::round),
                    to_sig(v, sig, f64::floor),
                    to_sig(v, sig, f64::ceil),
                )
            }
        }
    };
    // A rounded figure stays within 4% of the value: factdiff allows 5% for
    // a hedge, and a reader would call anything further off wrong.
    let close = (round - v).abs() <= 0.04 * v;
    match style {
        Style::About if close => Some(("about", round)),
        Style::Some if close && unit == Unit::Count => Some(("some", round)),
        Style::Nearly if ceil > v && (ceil - v) / ceil <= 0.04 => Some(("nearly", ceil)),
        Style::MoreThan if floor < v => Some(("more than", floor)),
        Style::AtLeast if unit == Unit::Count => {
            Some(("at least", if v < 100.0 { v } else { floor }))
        }
        _ => None,
    }
}

/// The figure as an outlet writes it.
fn figure_text(v: f64, unit: Unit, style: Style, outlet: &Outlet) -> String {
    if style == Style::Words {
        match unit {
            Unit::Count => {
                if let Some(w) = in_words(v) {
                    return w;
                }
            }
            Unit::Money if v >= 1e6 => return money_text(v, true),
            _ => {}
        }
    }
    let (hedge, v) = hedged(v, unit, style).unwrap_or(("", v));
    let body = match unit {
        Unit::Count => count_text(v),
        Unit::Money => money_text(v, false),
        Unit::Percent => {
            if outlet.percent_word {
                format!("{} percent", decimal(v))
            } else {
                format!("{}%", decimal(v))
            }
        }
        Unit::Feet => format!("{} feet", decimal(v)),
        Unit::Rain => {
            if outlet.metric {
                let mm = (v * 25.4).round();
                // The conversion rounds: say so when it shows.
                let hedge = if hedge.is_empty() && (mm / 25.4 - v).abs() / v > 0.004 {
                    "about "
                } else {
                    ""
                };
                format!("{hedge}{mm} millimeters")
            } else {
                format!("{} inches", decimal(v))
            }
        }
    };
    if hedge.is_empty() {
        body
    } else {
        format!("{hedge} {body}")
    }
}

/// A story's true value for `f`, with the precision news figures have.
fn true_value(f: &Family, rng: &mut Rng) -> f64 {
    let v = rng.log_uniform(f.lo, f.hi);
    match f.unit {
        Unit::Count => {
            if v >= 1e6 {
                (v / 1e5).round() * 1e5
            } else if v >= 10_000.0 && rng.chance(0.6) {
                (v / 100.0).round() * 100.0
            } else if v >= 1000.0 && rng.chance(0.5) {
                (v / 10.0).round() * 10.0
            } else {
                v.round().max(2.0)
            }
        }
        Unit::Percent => {
            if rng.chance(0.5) {
                v.round()
            } else {
                (v * 10.0).round() / 10.0
            }
        }
        Unit::Money => {
            if v >= 1e9 {
                (v / 1e8).round() * 1e8
            } else if v >= 100e6 {
                (v / 1e6).round() * 1e6
            } else if v >= 1e6 {
                (v / 1e5).round() * 1e5
            } else if v >= 10_000.0 {
                (v / 1000.0).round() * 1000.0
            } else {
                (v / 100.0).round() * 100.0
            }
        }
        Unit::Feet | Unit::Rain => (v * 10.0).round() / 10.0,
    }
}

/// Rounds a wrong value to the precision of the true one.
fn like(v: f64, unit: Unit, true_v: f64) -> f64 {
    match unit {
        Unit::Count => {
            let step = if true_v >= 1e6 {
                1e5
            } else if true_v % 100.0 == 0.0 && true_v >= 1000.0 {
                100.0
            } else if true_v % 10.0 == 0.0 && true_v >= 100.0 {
                10.0
            } else {
                1.0
            };
            ((v / step).round() * step).max(2.0)
        }
        Unit::Percent => {
            if true_v.fract() == 0.0 {
                v.round().clamp(1.0, 99.0)
            } else {
                ((v * 10.0).round() / 10.0).clamp(1.0, 99.0)
            }
        }
        Unit::Money => {
            let step = if true_v >= 1e9 {
                1e8
            } else if true_v >= 100e6 {
                1e6
            } else if true_v >= 1e6 {
                1e5
            } else {
                100.0
            };
            ((v / step).round() * step).max(step)
        }
        Unit::Feet | Unit::Rain => ((v * 10.0).round() / 10.0).max(0.1),
    }
}

/// Two adjacent different digits of a count swapped ("2,340" → "2,430"),
/// when the swap moves the value by more than 3%.
fn digit_swap(v: f64, rng: &mut Rng) -> Option<f64> {
    if !(100.0..1e6).contains(&v) {
        return None;
    }
    let mut digits: Vec<u8> = (v.round() as u64).to_string().into_bytes();
    let candidates: Vec<usize> = (0..digits.len() - 1)
        .filter(|&i| digits[i] != digits[i + 1] && !(i == 0 && digits[1] == b'0'))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let i = *rng.pick(&candidates);
    digits.swap(i, i + 1);
    let w: f64 = String::from_utf8(digits).ok()?.parse().ok()?;
    ((w - v).abs() / v > 0.03).then_some(w)
}

/// A wrong figure for the true value `v`: two digits swapped (a typo) or
/// another count, at least 6% off.
fn wrong_value(v: f64, unit: Unit, rng: &mut Rng) -> f64 {
    if unit == Unit::Count
        && rng.chance(0.5)
        && let Some(w) = digit_swap(v, rng)
    {
        return w;
    }
    if unit == Unit::Percent {
        let delta = 3.0 + rng.unit() * 10.0;
        let w = if v + delta < 99.0 && (rng.chance(0.5) || v - delta < 1.0) {
            v + delta
        } else {
            v - delta
        };
        return like(w, unit, v);
    }
    let factor = if rng.chance(0.5) {
        1.12 + rng.unit() * 0.4
    } else {
        0.6 + rng.unit() * 0.28
    };
    let w = like(v * factor, unit, v);
    if (w - v).abs() / v < 0.06 {
        like(v * 1.5, unit, v) + if unit == Unit::Count { 1.0 } else { 0.0 }
    } else {
        w
    }
}

/// A figure that contradicts `fact`: mostly one of the story's two wrong
/// figures (an older tally, a typo or another count, which several outlets
/// then share), sometimes an outlet's own.
fn conflicting(fact: &Fact, rng: &mut Rng) -> f64 {
    match rng.below(10) {
        0..=3 => fact.wrong[0],
        4..=7 => fact.wrong[1],
        _ => wrong_value(fact.value, fact.family.unit, rng),
    }
}

// ---------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------

/// A fact of one story: its true value and how it is framed.
struct Fact {
    family: &'static Family,
    value: f64,
    /// Wrong figures that circulate: an earlier, smaller tally, and a typo
    /// or another count.
    wrong: [f64; 2],
    /// The town the fact happened in ("in {place}"), or nothing.
    place: String,
    window: String,
}

struct Story {
    index: usize,
    /// The corpus seed, from which the story's own generators derive.
    seed: u64,
    kind: &'static Kind,
    town: String,
    town2: String,
    county: String,
    river: String,
    state: &'static str,
    lead: String,
    lead_last: String,
    second: String,
    gov: String,
    cand: String,
    rival: String,
    co: String,
    plant: &'static str,
    union: String,
    fire: String,
    op: String,
    dis: &'static str,
    office: &'static str,
    eday: &'static str,
    day: &'static str,
    month: &'static str,
    future: usize,
    facts: Vec<Fact>,
    /// Indices into `OUTLETS`, ascending.
    outlets: Vec<usize>,
}

/// Distinct names for up to this many stories; beyond it, names repeat
/// (as "Springfield" does).
const TOWN_NAMES: usize = 48 * 9 * 12 * 36;
const COUNTY_NAMES: usize = 30 * 9 * 24;
const RIVER_NAMES: usize = 24 * 12 * 20;

impl Story {
    fn new(index: usize, outlets: Vec<usize>, seed: u64) -> Story {
        let mut rng = Rng::derive(seed, 1, index as u64);
        let kind = KINDS[rng.below(KINDS.len())];
        let salt = (seed % 1000) as usize;
        let town = compose(
            &[TOWN_A, TOWN_M, TOWN_G, TOWN_B],
            spread(index, 7919, salt, TOWN_NAMES),
        );
        let town2 = compose(
            &[TOWN_A, TOWN_M, TOWN_G, TOWN_B],
            spread(index, 104_729, salt + 17, TOWN_NAMES),
        );
        let county = compose(
            &[COUNTY_A, COUNTY_M, COUNTY_B],
            spread(index, 3001, salt, COUNTY_NAMES),
        );
        let river = compose(
            &[RIVER_A, TOWN_G, RIVER_B],
            spread(index, 4001, salt, RIVER_NAMES),
        );
        let fire_word = compose(
            &[RIVER_A, TOWN_G, RIVER_B],
            spread(index, 113, salt + 5, RIVER_NAMES),
        );
        let fire = format!(
            "{fire_word} {}",
            rng.pick(&["Ridge", "Canyon", "Creek", "Butte", "Hollow"])
        );
        let last = surname(&mut rng);
        let first = if rng.chance(0.5) {
            rng.pick(FEMALE)
        } else {
            rng.pick(MALE)
        };
        let lead = format!("{} {first} {last}", kind.lead_title);
        let second = format!("{} {}", kind.second_title, person(&mut rng));
        let gov = format!("Gov. {}", person(&mut rng));
        let cand = person(&mut rng);
        let rival = person(&mut rng);
        let (industry, plant) = *rng.pick(INDUSTRY);
        let co = if kind.name == "strike" {
            format!("{town} Area Transit")
        } else {
            format!(
                "{} {industry}",
                compose(
                    &[RIVER_A, TOWN_G, RIVER_B],
                    spread(index, 211, salt + 9, RIVER_NAMES)
                )
            )
        };
        let union = format!("the {town} Transit Workers Union");
        let op = format!("{} {}", rng.pick(OP_A), rng.pick(OP_B));
        let mut story = Story {
            index,
            seed: seed ^ (index as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93),
            kind,
            town,
            town2,
            county,
            river,
            state: rng.word(STATES),
            lead,
            lead_last: last,
            second,
            gov,
            cand,
            rival,
            co,
            plant,
            union,
            fire,
            op,
            dis: rng.word(DISEASES),
            office: rng.word(OFFICES),
            eday: rng.word(WEEKEND),
            day: rng.word(WEEKDAYS),
            month: MONTHS[rng.below(12)],
            future: 2027 + rng.below(6),
            facts: Vec::new(),
            outlets,
        };
        // The lead fact and five to eight others.
        let mut order: Vec<usize> = (1..kind.families.len()).collect();
        rng.shuffle(&mut order);
        let others = rng.range(5, 8).min(order.len());
        let mut chosen = vec![0];
        chosen.extend_from_slice(&order[..others]);
        for i in chosen {
            let family = &kind.families[i];
            let value = true_value(family, &mut rng);
            let mut earlier = like(value * (0.55 + rng.unit() * 0.3), family.unit, value);
            if (earlier - value).abs() < 0.06 * value {
                earlier = wrong_value(value, family.unit, &mut rng);
            }
            let wrong = [earlier, wrong_value(value, family.unit, &mut rng)];
            let place = match family.scope {
                Scope::Town => story.town.clone(),
                Scope::Nowhere => String::new(),
            };
            let window = rng.pick(family.windows).replace("{eday}", story.eday);
            let window = window
                .replace("{day}", story.day)
                .replace("{month}", story.month);
            story.facts.push(Fact {
                family,
                value,
                wrong,
                place,
                window,
            });
        }
        story
    }
}

// ---------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------

/// How one article reports one fact.
#[derive(Clone, Copy)]
struct Report {
    value: f64,
    style: Style,
    /// "a week" for a daily rate, its value times seven.
    weekly: bool,
}

/// The rendering state of one article: the story, the outlet, and the
/// article's own people and numbers.
struct Writer<'a> {
    story: &'a Story,
    outlet: &'a Outlet,
    rng: Rng,
    /// The one bystander the article quotes: name, age, and whether she
    /// is a woman.
    resident: String,
    resident_age: usize,
    female: bool,
    /// Colour sentences and quotations already used (none is repeated),
    /// and whether the bystander has been introduced.
    used: Vec<usize>,
    quoted: Vec<usize>,
    introduced: bool,
}

impl Writer<'_> {
    fn report(&mut self, fact: &Fact) -> Report {
        let f = fact.family;
        let conflict = if f.planned { 0.06 } else { 0.2 };
        let value = if self.rng.chance(conflict) {
            conflicting(fact, &mut self.rng)
        } else {
            fact.value
        };
        let style = if f.planned {
            if self.rng.chance(0.85) {
                Style::Exact
            } else {
                Style::About
            }
        } else {
            match self.rng.below(100) {
                0..=44 => Style::Exact,
                45..=59 => Style::About,
                60..=67 => Style::Nearly,
                68..=77 => Style::MoreThan,
                78..=84 => Style::AtLeast,
                85..=89 => Style::Some,
                _ => Style::Words,
            }
        };
        // Nobody writes "about 4 deaths".
        let style = match style {
            Style::About | Style::Nearly | Style::MoreThan | Style::Some
                if f.unit == Unit::Count && value < 20.0 =>
            {
                Style::Exact
            }
            other => other,
        };
        Report {
            value,
            style,
            weekly: f.rate && self.rng.chance(0.12),
        }
    }

    fn figure(&self, fact: &Fact, r: Report) -> String {
        let v = if r.weekly { r.value * 7.0 } else { r.value };
        figure_text(v, fact.family.unit, r.style, self.outlet)
    }

    /// Renders `template` (see [`Family`]), with `fact` as reported here
    /// for `{n}`, `{place}`, `{win}` and `{per}`.
    fn render(&mut self, template: &str, fact: Option<(&Fact, Report)>) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(i) = rest.find(['{', '[']) {
            out.push_str(&rest[..i]);
            let open = rest.as_bytes()[i];
            let close = if open == b'{' { '}' } else { ']' };
            let Some(j) = rest[i..].find(close) else {
                out.push_str(&rest[i..]);
                return out;
            };
            let inner = &rest[i + 1..i + j];
            rest = &rest[i + j + 1..];
            if open == b'[' {
                let options: Vec<&str> = inner.split('|').collect();
                let chosen = *self.rng.pick(&options);
                let rendered = self.render(chosen, fact);
                out.push_str(&rendered);
            } else {
                let value = self.var(inner, fact);
                out.push_str(&value);
            }
        }
        out.push_str(rest);
        out
    }

    fn var(&mut self, name: &str, fact: Option<(&Fact, Report)>) -> String {
        let s = self.story;
        match name {
            "n" | "N" => {
                let Some((fact, r)) = fact else {
                    return String::new();
                };
                let text = self.figure(fact, r);
                if name == "n" {
                    text
                } else if text.starts_with(|c: char| c.is_ascii_digit()) {
                    // News style: no sentence starts with a numeral.
                    format!("A total of {text}")
                } else {
                    capitalise(&text)
                }
            }
            "place" => fact.map_or_else(String::new, |(f, _)| f.place.clone()),
            "win" => fact.map_or_else(String::new, |(f, _)| {
                if f.window.is_empty() {
                    String::new()
                } else {
                    format!(" {}", f.window)
                }
            }),
            "per" => {
                let weekly = fact.is_some_and(|(_, r)| r.weekly);
                if weekly { "a week" } else { "a day" }.to_string()
            }
            "town" => s.town.clone(),
            "town2" => s.town2.clone(),
            "county" => s.county.clone(),
            "river" => s.river.clone(),
            "lead" => s.lead.clone(),
            "leads" => s.lead_last.clone(),
            "second" => s.second.clone(),
            "gov" => s.gov.clone(),
            "cand" => s.cand.clone(),
            "rival" => s.rival.clone(),
            "co" => s.co.clone(),
            "plant" => s.plant.to_string(),
            "union" => s.union.clone(),
            "fire" => s.fire.clone(),
            "op" => s.op.clone(),
            "dis" => s.dis.to_string(),
            "office" => s.office.to_string(),
            "eday" => s.eday.to_string(),
            "day" => s.day.to_string(),
            "month" => s.month.to_string(),
            "future" => s.future.to_string(),
            "agency" => {
                let agency = s.kind.agency;
                self.render(agency, None)
            }
            "resident" => self.resident.clone(),
            "age" => self.resident_age.to_string(),
            "age2" => self.rng.range(34, 71).to_string(),
            "she" => if self.female { "she" } else { "he" }.to_string(),
            "her" => if self.female { "her" } else { "his" }.to_string(),
            "him" => if self.female { "her" } else { "him" }.to_string(),
            "year" => self.rng.range(1952, 2019).to_string(),
            "year2" => self.rng.range(1988, 2016).to_string(),
            "route" => self.rng.range(2, 99).to_string(),
            "hour" => self.rng.range(1, 11).to_string(),
            "minute" => format!("{:02}", self.rng.below(60)),
            "date" => self.rng.range(1, 28).to_string(),
            "month_abbr" => (*self.rng.pick(MONTH_ABBR)).to_string(),
            "addr" => (self.rng.range(1, 98) * 100 + self.rng.below(60) * 2).to_string(),
            "street" => (*self.rng.pick(STREETS)).to_string(),
            "stkind" => (*self.rng.pick(STREET_KINDS)).to_string(),
            "phone" => format!("{:03}-{:04}", self.rng.below(1000), self.rng.below(10_000)),
            _ => match name.chars().next() {
                // `{Agency}`: the value of `{agency}`, capitalised.
                Some(c) if c.is_ascii_uppercase() => {
                    let lower = format!("{}{}", c.to_ascii_lowercase(), &name[1..]);
                    let value = self.var(&lower, fact);
                    capitalise(&value)
                }
                _ => format!("{{{name}}}"),
            },
        }
    }

    /// One sentence reporting `fact`.
    fn fact_sentence(&mut self, fact: &Fact, r: Report) -> String {
        let template = *self.rng.pick(fact.family.templates);
        let mut s = self.render(template, Some((fact, r)));
        // A template that names its source needs only the full stop.
        if template.contains(" said ") || template.contains("according to") {
            if !s.ends_with('.') {
                s.push('.');
            }
        } else if !s.ends_with('.') {
            let mut tail = *self.rng.pick(TAILS);
            if template.contains("gency}") && tail.contains("{agency}") {
                // The agency is already the subject.
                tail = ".";
            }
            let tail = self.render(tail, None);
            s.push_str(&tail);
        }
        s
    }

    /// A sentence without claims: a quotation or a detail with numbers that
    /// are not figures.
    fn color_sentence(&mut self) -> String {
        let kind = self.story.kind;
        let quotes: Vec<usize> = (0..kind.quotes.len())
            .filter(|i| !self.quoted.contains(i))
            .collect();
        if self.quoted.len() < 2 && !quotes.is_empty() && self.rng.chance(0.4) {
            let q = quotes[self.rng.below(quotes.len())];
            self.quoted.push(q);
            let quote = self.render(kind.quotes[q], None);
            let end = if quote.ends_with('?') { "" } else { "," };
            if self.introduced {
                let last = self.resident.rsplit(' ').next().unwrap_or_default();
                return format!("\u{201c}{quote}{end}\u{201d} {last} said.");
            }
            self.introduced = true;
            let speaker = self.resident.clone();
            let age = self.resident_age;
            let how_long = match self.rng.below(3) {
                0 => format!(
                    ", who has lived in {} since {}",
                    self.story.town,
                    self.rng.range(1955, 2020)
                ),
                1 => format!(", a {} resident", self.story.town),
                _ => String::new(),
            };
            format!("\u{201c}{quote}{end}\u{201d} said {speaker}, {age}{how_long}.")
        } else {
            // Each detail once, and the bystander introduced once.
            let fresh: Vec<usize> = (0..kind.color.len())
                .filter(|&i| {
                    let seen = self.used.contains(&i);
                    let reintroduces = self.introduced && kind.color[i].contains("{resident}");
                    !(seen || reintroduces)
                })
                .collect();
            let Some(&i) = fresh.get(self.rng.below(fresh.len())) else {
                return format!(
                    "{} said more details would come on {}.",
                    self.story.lead, self.story.day
                );
            };
            self.used.push(i);
            self.introduced |= kind.color[i].contains("{resident}");
            // The details (dates, addresses, phone numbers) are the story's:
            // every outlet gives the same ones.
            let own = std::mem::replace(&mut self.rng, Rng::derive(self.story.seed, 6, i as u64));
            let sentence = self.render(kind.color[i], None);
            self.rng = own;
            sentence
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A paragraph another article can copy, with the outlet it came from.
struct Syndicated {
    outlet: usize,
    /// The fact the paragraph reports: the copying article does not
    /// report it again in its own words.
    fact: usize,
    paragraph: String,
}

/// Light edits a copy desk makes to a syndicated paragraph.
const COPY_EDITS: &[(&str, &str)] = &[
    (" said.", " said in a statement."),
    ("people", "residents"),
    ("officials said", "authorities said"),
    (" about ", " roughly "),
    // Verbatim.
    ("", ""),
];

/// Writes one article: the outlet at `slot` of `story`, maybe copying a
/// paragraph from `source`. Returns the text and the fact paragraphs other
/// articles may copy (with the index of the fact each reports).
fn article(
    story: &Story,
    slot: usize,
    seed: u64,
    source: Option<&Syndicated>,
) -> (String, Vec<(usize, String)>) {
    let outlet_index = story.outlets[slot];
    let outlet = &OUTLETS[outlet_index];
    let mut rng = Rng::derive(seed, 2, (story.index as u64) << 8 | outlet_index as u64);
    let (resident, female) = someone(&mut rng);
    let resident_age = rng.range(19, 88);
    let mut w = Writer {
        story,
        outlet,
        rng,
        resident,
        resident_age,
        female,
        used: Vec::new(),
        quoted: Vec::new(),
        introduced: false,
    };
    let kind = story.kind;

    // How each fact is reported here; the lead fact always, then a share of
    // the rest.
    let reports: Vec<Report> = story.facts.iter().map(|f| w.report(f)).collect();
    let long = w.rng.chance(0.8);
    let mut sentences = if long {
        w.rng.range(8, 12)
    } else {
        w.rng.range(4, 6)
    };
    if source.is_some() {
        // Room for the copied paragraph and the credit line.
        sentences = (sentences - 2).max(4);
    }
    let mut order: Vec<usize> = (1..story.facts.len())
        .filter(|&i| source.is_none_or(|src| src.fact != i))
        .collect();
    w.rng.shuffle(&mut order);
    let colour = if long { w.rng.range(1, 3) } else { 1 };
    let fact_sentences = (sentences - colour).clamp(3, order.len() + 1);
    order.truncate(fact_sentences - 1);

    // Headline and byline.
    let headline_tpl = *w.rng.pick(kind.headlines);
    let lead_fact = &story.facts[0];
    let headline = if headline_tpl.contains("{n}") {
        let r = Report {
            style: if w.rng.chance(0.5) {
                Style::Exact
            } else {
                Style::About
            },
            ..reports[0]
        };
        capitalise(&w.render(headline_tpl, Some((lead_fact, r))))
    } else {
        w.render(headline_tpl, None)
    };
    let reporter = person(&mut w.rng);
    let byline = match (outlet.wire, w.rng.below(4)) {
        (Some(_), _) => format!("By {reporter}, {}", outlet.name),
        (None, 0) => format!("By {reporter} and {}", person(&mut w.rng)),
        _ => format!("By {reporter}"),
    };

    // The body: a dateline and the lead fact, then facts and colour.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut fact_paragraphs: Vec<(usize, String)> = Vec::new();
    let lead = w.fact_sentence(lead_fact, reports[0]);
    let dateline = match outlet.wire {
        Some(abbr) => format!(
            "{}, {} ({abbr}) \u{2014} ",
            story.town.to_uppercase(),
            story.state
        ),
        None => format!("{}, {} \u{2014} ", story.town.to_uppercase(), story.state),
    };
    paragraphs.push(format!("{dateline}{lead}"));
    let colors = sentences.saturating_sub(order.len() + 1);
    let mut items: Vec<Option<usize>> = order.iter().copied().map(Some).collect();
    items.extend(std::iter::repeat_n(None, colors));
    w.rng.shuffle(&mut items);
    let mut pending: Option<String> = None;
    for item in items {
        let s = match item {
            Some(i) => {
                let s = w.fact_sentence(&story.facts[i], reports[i]);
                fact_paragraphs.push((i, s.clone()));
                s
            }
            None => w.color_sentence(),
        };
        match pending.take() {
            Some(p) => paragraphs.push(format!("{p} {s}")),
            None if w.rng.chance(0.35) => pending = Some(s),
            None => paragraphs.push(s),
        }
    }
    if let Some(p) = pending {
        paragraphs.push(p);
    }

    // Syndication: a paragraph from another outlet's story, lightly edited,
    // and the credit.
    let mut credit = None;
    if let Some(src) = source {
        let mut copy = src.paragraph.clone();
        let (from, to) = *w.rng.pick(COPY_EDITS);
        if let Some(at) = copy.find(from) {
            copy.replace_range(at..at + from.len(), to);
        }
        let at = 1 + w.rng.below(paragraphs.len());
        paragraphs.insert(at.min(paragraphs.len()), copy);
        credit = Some(format!(
            "{} contributed to this report.",
            OUTLETS[src.outlet].name
        ));
    }
    if let Some(c) = credit {
        paragraphs.push(c);
    }

    let sep = if outlet.tight { "\n" } else { "\n\n" };
    let mut text = String::with_capacity(4096);
    let _ = write!(text, "{headline}{sep}{byline}{sep}");
    text.push_str(&paragraphs.join(sep));
    text.push('\n');
    (text, fact_paragraphs)
}

/// The articles of one story, in id order: `(id, text)`.
fn story_articles(story: &Story, seed: u64, width: usize) -> Vec<(String, String)> {
    let mut rng = Rng::derive(seed, 3, story.index as u64);
    // The source of syndicated copy: a wire if the story has one, else a
    // random outlet; it is written first.
    let source_slot = story
        .outlets
        .iter()
        .position(|&o| OUTLETS[o].wire.is_some())
        .unwrap_or_else(|| rng.below(story.outlets.len()));
    let (source_text, source_paragraphs) = article(story, source_slot, seed, None);
    let mut out: Vec<(String, String)> = Vec::with_capacity(story.outlets.len());
    for slot in 0..story.outlets.len() {
        let id = format!("s{:0width$}-o{:02}", story.index, story.outlets[slot]);
        if slot == source_slot {
            out.push((id, source_text.clone()));
            continue;
        }
        let copy = (!source_paragraphs.is_empty() && rng.chance(0.3)).then(|| {
            let (fact, paragraph) = rng.pick(&source_paragraphs).clone();
            Syndicated {
                outlet: story.outlets[source_slot],
                fact,
                paragraph,
            }
        });
        let (text, _) = article(story, slot, seed, copy.as_ref());
        out.push((id, text));
    }
    out
}

/// How many outlets cover each story: two to eight, `n` in all.
fn coverage(n: usize, seed: u64) -> Vec<usize> {
    let stories = n.div_ceil(5);
    let mut rng = Rng::derive(seed, 4, 0);
    let mut counts: Vec<usize> = (0..stories).map(|_| rng.range(2, 8)).collect();
    let mut total: usize = counts.iter().sum();
    let floor = if n >= 2 * stories { 2 } else { 1 };
    while total > n {
        let i = rng.below(stories);
        if counts[i] > floor {
            counts[i] -= 1;
            total -= 1;
        }
    }
    while total < n {
        let i = rng.below(stories);
        if counts[i] < 8 {
            counts[i] += 1;
            total += 1;
        }
    }
    counts
}

// ---------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------

const USAGE: &str = "usage: generate_corpus --articles N [--seed S] [--format txt|jsonl] --out PATH\n\
  txt:   writes PATH/<id>.txt for each article (creates the directory)\n\
  jsonl: writes one {\"id\", \"text\"} object per line to PATH (- for standard output)";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Txt,
    Jsonl,
}

struct Args {
    articles: usize,
    seed: u64,
    format: Format,
    out: String,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut articles, mut seed, mut format, mut out) = (None, 42u64, Format::Txt, None);
    while let Some(flag) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--articles" => {
                let v = value("--articles")?;
                articles = Some(
                    v.replace('_', "")
                        .parse::<usize>()
                        .map_err(|_| format!("--articles: not a count: {v:?}"))?,
                );
            }
            "--seed" => {
                let v = value("--seed")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v:?}"))?;
            }
            "--format" => {
                format = match value("--format")?.as_str() {
                    "txt" => Format::Txt,
                    "jsonl" => Format::Jsonl,
                    other => return Err(format!("--format: txt or jsonl, not {other:?}")),
                };
            }
            "--out" => out = Some(value("--out")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let articles = articles.ok_or("--articles is required")?;
    if articles == 0 {
        return Err("--articles must be at least 1".to_string());
    }
    let out = out.ok_or("--out is required")?;
    if format == Format::Txt && out == "-" {
        return Err("--format txt writes files: give a directory to --out".to_string());
    }
    Ok(Args {
        articles,
        seed,
        format,
        out,
    })
}

/// One line of `--format jsonl`.
#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a str,
    text: &'a str,
}

/// Generates the corpus, handing each article to `emit` in id order.
/// Returns the number of stories.
pub(crate) fn generate(
    n: usize,
    seed: u64,
    mut emit: impl FnMut(&str, &str) -> io::Result<()>,
) -> io::Result<usize> {
    let counts = coverage(n, seed);
    let width = (counts.len().saturating_sub(1)).to_string().len().max(6);
    for (index, &count) in counts.iter().enumerate() {
        let mut rng = Rng::derive(seed, 5, index as u64);
        let mut outlets: Vec<usize> = (0..OUTLETS.len()).collect();
        rng.shuffle(&mut outlets);
        outlets.truncate(count);
        outlets.sort_unstable();
        let story = Story::new(index, outlets, seed);
        for (id, text) in story_articles(&story, seed, width) {
            emit(&id, &text)?;
        }
    }
    Ok(counts.len())
}

fn run(args: &Args) -> io::Result<(usize, u64)> {
    let mut bytes = 0u64;
    let stories = match args.format {
        Format::Txt => {
            let dir = PathBuf::from(&args.out);
            std::fs::create_dir_all(&dir)?;
            // Articles of an earlier run that this one does not overwrite
            // would join the corpus of `factdiff compare --recursive`.
            let mut stale: HashSet<String> = std::fs::read_dir(&dir)?
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| {
                    Path::new(name)
                        .extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("txt"))
                })
                .collect();
            let stories = generate(args.articles, args.seed, |id, text| {
                bytes += text.len() as u64;
                if !stale.is_empty() {
                    stale.remove(&format!("{id}.txt"));
                }
                write_file(&dir, id, text)
            })?;
            if !stale.is_empty() {
                eprintln!(
                    "generate_corpus: warning: {} holds {} other .txt files (from an earlier run?)",
                    dir.display(),
                    stale.len()
                );
            }
            stories
        }
        Format::Jsonl => {
            let sink: Box<dyn Write> = if args.out == "-" {
                Box::new(io::stdout().lock())
            } else {
                if let Some(parent) = Path::new(&args.out)
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                {
                    std::fs::create_dir_all(parent)?;
                }
                Box::new(std::fs::File::create(&args.out)?)
            };
            let mut sink = BufWriter::with_capacity(1 << 20, sink);
            let stories = generate(args.articles, args.seed, |id, text| {
                let line = serde_json::to_string(&Line { id, text }).map_err(io::Error::other)?;
                bytes += line.len() as u64 + 1;
                sink.write_all(line.as_bytes())?;
                sink.write_all(b"\n")
            })?;
            sink.flush()?;
            stories
        }
    };
    Ok((stories, bytes))
}

fn write_file(dir: &Path, id: &str, text: &str) -> io::Result<()> {
    std::fs::write(dir.join(format!("{id}.txt")), text)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("generate_corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    match run(&args) {
        Ok((stories, bytes)) => {
            eprintln!(
                "generate_corpus: {} articles ({stories} stories), {bytes} bytes, {:.2} s",
                args.articles,
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate_corpus: {}: {e}", args.out);
            ExitCode::from(1)
        }
    }
}
