//! Property tests for the sentence splitter on news-like text.
//!
//! On generated news text built from sentences written for these tests
//! (headlines, bylines, datelines, lists and paragraphs, with `\n` or
//! `\r\n` line ends, hard-wrapped or not), every segmenter configuration
//! must keep the invariants of `segment_props_common` (spans in bounds,
//! ordered, disjoint, trimmed, covering every non-whitespace character),
//! and the splitter must find exactly the sentences the text was built
//! from.
//!
//! Runs 10,000 cases per property when `CI` is set, 2,000 otherwise.

mod segment_props_common;

use factdiff::{NewlinePolicy, Segmenter, Sentence, sentences};
use proptest::prelude::*;
use segment_props_common::{check, check_all, config};

// ---------------------------------------------------------------------------
// News-like text, from sentences written for these tests.

/// Complete sentences that must come out whole wherever they appear: they
/// hold abbreviations, initials, decimals, money, ellipses, addresses,
/// quotations and parentheses, and each ends with an ordinary word, a
/// number or a closing mark after the final punctuation. None starts with
/// a digit (news style spells out a number opening a sentence).
const SENTENCES: &[&str] = &[
    "The council approved the budget on Tuesday.",
    "Gov. Elaine Marsh signed the relief bill after a brief ceremony at the capitol.",
    "Sen. Tobias Reyes and Rep. Dana Holt voted against the measure.",
    "Lt. Gen. Corinne Abbott will lead the review.",
    "Mr. and Mrs. Keel lost their basement to the water.",
    "Dr. Anika Sorensen said the clinic would stay open late.",
    "The parish at St. Brendan's opened its gym as a shelter.",
    "Crews kept Pump Station No. 3 running through the night.",
    "Relief applications open on Jan. 12 at the fairgrounds.",
    "The meeting starts at 9 a.m. and ends at noon.",
    "Polls close at 8 p.m. on Tuesday in most counties.",
    "The sirens sounded at 10 a.m. Saturday, and the river kept rising.",
    "The U.S. Army Corps of Engineers will inspect the levee.",
    "Fairline Coach Inc. won the contract over Harlan Paving Co. and two other bidders.",
    "Harlan Paving Co., which holds the state contract, declined to comment.",
    "The case, Marsh vs. Brannock County, goes to trial in May.",
    "Some residents (e.g. those on Alder Street) were told to boil water.",
    "Long-term costs, i.e. repairs to the levee, were left out of the estimate.",
    "The money covers housing, debris removal, well testing, etc., and the state will seek more.",
    "Hydrologist J. R. Castellanos measured the crest himself.",
    "The river crested at 24.6 feet, well above its flood stage.",
    "The state set aside $1.2 billion for flood control over a decade.",
    "Unemployment rose to 3.14% in the county last quarter.",
    "The agency's app, version 2.0.1, crashed twice during the storm.",
    "Officials hoped the water would recede… it did not.",
    "The mayor paused... then promised a full accounting.",
    "Updates are posted at https://www.brannockcounty.example/flood every hour.",
    "Questions can be sent to help@velderrelief.example before Friday.",
    "The county posts closures on X at @BrannockEM and on its website.",
    "“Where are we supposed to go now?” asked Lena Faris, a retired teacher.",
    "\"It came up fast,\" said Father Luis Ambrose.",
    "\"We knocked on every door,\" she said.",
    "“Who pays for the levee?” a resident asked at the meeting.",
    "‘Not again!’ the shop owner shouted as the water rose.",
    "Crews worked through the night (the backup generator failed twice) to keep the pumps running.",
    "Ridership climbed to about 84,000 riders a day in March.",
    "The storm dropped 2.75 inches of rain on Saturday, the National Weather Service said.",
    "Ms. Odegaard invoked Section 4 of the county code.",
    "The vote was 5-2 in favor.",
    "A spokesman for the U.N. refugee agency praised the response.",
    "The governor said the state \"will not leave this valley alone.\"",
    "Odom called the plan “a start, and only a start.”",
    "She asked, \"Who decides when my son can go back?\"",
    "Residents chanted ‘Build the levee!’",
    "The river has flooded three times since 1996 (most recently in 2019).",
    "(The council meets again next week.)",
    "Is the levee high enough?",
    "Nobody expected the water to rise so fast!",
    "Prof. Hanna Lutz of the state university called the forecast “conservative.”",
    "Deputies checked on about 1,420 people, Sheriff Dwayne Haskett said.",
];

/// Pairs whose first sentence ends with an abbreviation: the second opens
/// with a common sentence starter or a plain capitalised word after a time,
/// so a boundary is expected between them.
const ABBREVIATION_PAIRS: &[(&str, &str)] = &[
    (
        "The shipment came from a plant in the U.S.",
        "It arrived two days late.",
    ),
    (
        "Bids came from Fairline Coach Inc.",
        "The board picked the lowest one.",
    ),
    ("The pumps ran until 4 a.m.", "Then the generator failed."),
    (
        "The board listed repairs, fuel, overtime, etc.",
        "Each item was approved.",
    ),
    (
        "The hearing was moved to the end of Oct.",
        "It will be held downtown.",
    ),
    (
        "Crews cleared the road by 6 p.m.",
        "Officials reopened it an hour later.",
    ),
    (
        "The clinic is run by Carla Diaz, M.D.",
        "She has worked there since 2015.",
    ),
    (
        "Supplies were trucked in from Salem, Ore.",
        "They lasted a week.",
    ),
];

const HEADLINES: &[&str] = &[
    "Velder River Flood Closes Route 9",
    "Council Approves $1.2 Billion Levee Plan",
    "Transit Agency Hires 312 Drivers, Misses Target",
    "Measles Cases Rise to 43 in Larch County",
    "Who Pays for the Levee?",
    "Key points",
    "At a glance",
    "What Comes Next",
    "U.S. Officials Tour Flooded Town",
    "Storm Damage Tops $45 Million, State Says",
    "Relief Fund Opens; Lines Form Early",
];

const BYLINES: &[&str] = &[
    "By Jane Doe",
    "By J. R. Smith",
    "By Ana Ruiz and Omar Reyes",
    "By Marisol Vance, Staff Writer",
    "By Theo Lindqvist",
];

const DATELINES: &[&str] = &[
    "RIVERTON, Ore. — ",
    "KELLAN CITY, Minn. — ",
    "WASHINGTON — ",
    "BRANNOCK FALLS, Ore. (PWS) — ",
    "PORT ELLIS, Maine — ",
    "KESTREL POINT, Wash. — ",
    "SPRINGDALE, Ark. — ",
];

const ITEMS: &[&str] = &[
    "Schools stay closed through Friday",
    "The county opened two shelters.",
    "Route 9 remains closed between Mill Street and the rail yard.",
    "Relief applications open Wednesday at 9 a.m.",
    "Damage estimates top $45 million",
    "The river crested at 24.6 feet early Sunday.",
    "Gov. Elaine Marsh signed a $45 million relief package.",
    "A strike could begin as early as May 1.",
    "Students without proof of immunity stay home",
    "Clinics give about 600 shots a day (more on weekends).",
];

/// One block of a generated article.
#[derive(Clone, Debug)]
enum Block {
    Headline(usize),
    Byline(usize),
    /// Marker style and item indices.
    List(u8, Vec<usize>),
    /// Optional dateline, then sentences (`Ok`) and abbreviation pairs
    /// (`Err`).
    Paragraph(Option<usize>, Vec<Result<usize, usize>>),
}

fn block() -> impl Strategy<Value = Block> {
    let unit = prop_oneof![
        4 => (0..SENTENCES.len()).prop_map(Ok),
        1 => (0..ABBREVIATION_PAIRS.len()).prop_map(Err),
    ];
    prop_oneof![
        1 => (0..HEADLINES.len()).prop_map(Block::Headline),
        1 => (0..BYLINES.len()).prop_map(Block::Byline),
        1 => (0u8..4, prop::collection::vec(0..ITEMS.len(), 1..5))
            .prop_map(|(style, items)| Block::List(style, items)),
        4 => (
            prop::option::weighted(0.3, 0..DATELINES.len()),
            prop::collection::vec(unit, 1..5)
        )
            .prop_map(|(dateline, units)| Block::Paragraph(dateline, units)),
    ]
}

/// Renders `blocks` with `sep` between blocks and `space` between the
/// sentences of a paragraph; returns the text and the sentences expected.
fn render(blocks: &[Block], seps: &[&str], space: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut expected = Vec::new();
    for (n, block) in blocks.iter().enumerate() {
        if n > 0 {
            text.push_str(seps[n % seps.len()]);
        }
        match block {
            Block::Headline(i) => {
                text.push_str(HEADLINES[*i]);
                expected.push(HEADLINES[*i].to_string());
            }
            Block::Byline(i) => {
                text.push_str(BYLINES[*i]);
                expected.push(BYLINES[*i].to_string());
            }
            Block::List(style, items) => {
                for (k, &item) in items.iter().enumerate() {
                    let marker = match style {
                        0 => "- ".to_string(),
                        1 => "• ".to_string(),
                        2 => "* ".to_string(),
                        _ => format!("{}. ", k + 1),
                    };
                    if k > 0 {
                        text.push('\n');
                    }
                    let line = format!("{marker}{}", ITEMS[item]);
                    text.push_str(&line);
                    expected.push(line);
                }
            }
            Block::Paragraph(dateline, units) => {
                let mut parts: Vec<String> = Vec::new();
                for unit in units {
                    match unit {
                        Ok(i) => parts.push(SENTENCES[*i].to_string()),
                        Err(i) => {
                            let (a, b) = ABBREVIATION_PAIRS[*i];
                            parts.push(a.to_string());
                            parts.push(b.to_string());
                        }
                    }
                }
                if let Some(d) = dateline {
                    parts[0] = format!("{}{}", DATELINES[*d], parts[0]);
                }
                text.push_str(&parts.join(space));
                expected.extend(parts);
            }
        }
    }
    (text, expected)
}

/// Block separators: blank lines of every kind, and single line breaks.
const BLOCK_SEPARATORS: &[&str] = &["\n\n", "\n", "\n \n", "\n\n\n", "\n\t\n"];

fn article() -> impl Strategy<Value = (Vec<Block>, Vec<&'static str>, &'static str)> {
    (
        prop::collection::vec(block(), 1..8),
        prop::collection::vec(prop::sample::select(BLOCK_SEPARATORS), 1..4),
        prop::sample::select(&[" ", "  ", "\n"][..]),
    )
}

/// Fragments for free-form news-like text: whole sentences, parts of
/// sentences, and the furniture of articles.
fn fragment() -> impl Strategy<Value = String> {
    let pieces: &[&str] = &[
        "said Tuesday",
        "according to the county",
        "the U.S.",
        "Gov.",
        "Sen.",
        "Dr.",
        "Lt. Gen.",
        "St.",
        "No. 3",
        "Jan. 5",
        "Sept. 30.",
        "at 6 a.m.",
        "6 p.m. Sunday",
        "$1.2 billion",
        "3.14%",
        "2.5",
        "version 2.0.1",
        "…",
        "...",
        ". . .",
        "https://example.test/flood.",
        "help@relief.example",
        "@BrannockEM",
        "“quoted words”",
        "\"straight quote,\"",
        "‘single’",
        "(in parentheses)",
        "J. R. Smith",
        "e.g.",
        "i.e.",
        "etc.",
        "vs.",
        "Inc.",
        "Corp.",
        "Co.",
        "—",
        "- ",
        "• ",
        "* ",
        "1. ",
        "2. ",
        "By Jane Doe",
        "RIVERTON, Ore. —",
        "Key points",
        "It was",
        "and then",
        "the",
        "of",
        "?”",
        ".\"",
        "!’",
    ];
    prop_oneof![
        3 => prop::sample::select(SENTENCES).prop_map(str::to_string),
        1 => prop::sample::select(HEADLINES).prop_map(str::to_string),
        1 => prop::sample::select(ITEMS).prop_map(str::to_string),
        3 => prop::sample::select(pieces).prop_map(str::to_string),
    ]
}

fn news_soup() -> impl Strategy<Value = String> {
    let separator = prop::sample::select(
        &[
            " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\t", "",
        ][..],
    );
    prop::collection::vec((fragment(), separator), 0..30).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(f, s)| [f, s.to_string()])
            .collect()
    })
}

/// Wraps each line of `text` to about `width` bytes. Unless `anywhere`, a
/// line breaks only as hard-wrapped prose unambiguously does: once it is at
/// least 40 bytes long, before a lower-case word or after a comma. With
/// `anywhere`, it breaks before any word that starts with a letter, an
/// opening quote or a bracket (never before a dash, which would read as a
/// bullet).
fn wrap(text: &str, width: usize, anywhere: bool) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut current = 0;
        for (k, word) in line.split(' ').enumerate() {
            if k > 0 {
                let prev_comma = out.ends_with(',');
                let starts_word =
                    word.starts_with(|c: char| c.is_alphabetic() || "“\"(".contains(c));
                let ok = if anywhere {
                    starts_word
                } else {
                    current >= 40
                        && (word.starts_with(char::is_lowercase) || prev_comma && starts_word)
                };
                if ok && current + word.len() > width {
                    out.push('\n');
                    current = 0;
                } else {
                    out.push(' ');
                    current += 1;
                }
            }
            out.push_str(word);
            current += word.len();
        }
    }
    out
}

fn texts(found: &[Sentence<'_>]) -> Vec<String> {
    found.iter().map(|s| s.text.to_string()).collect()
}

fn collapse(v: &[String]) -> Vec<String> {
    v.iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn news_soup_invariants(text in news_soup()) {
        check_all(&text)?;
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        check_all(&crlf)?;
    }

    /// Articles built from known sentences split back into exactly those
    /// sentences, with `\n` or `\r\n` line ends.
    #[test]
    fn news_articles_split_as_written((blocks, seps, space) in article()) {
        let (text, expected) = render(&blocks, &seps, space);
        check_all(&text)?;
        let got = texts(&sentences(&text).collect::<Vec<_>>());
        prop_assert_eq!(&got, &expected, "text: {:?}", text);

        let crlf = text.replace('\n', "\r\n");
        let found: Vec<Sentence<'_>> = sentences(&crlf).collect();
        check("CRLF", &crlf, &found)?;
        let got: Vec<String> = found.iter().map(|s| s.text.replace('\r', "")).collect();
        prop_assert_eq!(&got, &expected, "CRLF text: {:?}", crlf);
    }

    /// Paragraphs hard-wrapped the way prose is (breaks before lower-case
    /// words and after commas) are joined again by the default policy.
    #[test]
    fn wrapped_articles_are_joined((blocks, seps, space) in article(), width in 45usize..90) {
        let (text, expected) = render(&blocks, &seps, space);
        let wrapped = wrap(&text, width, false);
        let found: Vec<Sentence<'_>> = sentences(&wrapped).collect();
        check("wrapped", &wrapped, &found)?;
        let got = texts(&found);
        prop_assert_eq!(collapse(&got), collapse(&expected), "text: {:?}", wrapped);
    }

    /// With `NewlinePolicy::Space`, paragraphs wrapped at any word join
    /// again; only blank lines separate blocks.
    #[test]
    fn space_policy_joins_any_wrap((blocks, _seps, space) in article(), width in 20usize..90) {
        let (text, expected) = render(&blocks, &["\n\n"], space);
        let wrapped = wrap(&text, width, true);
        let seg = Segmenter::builder().newlines(NewlinePolicy::Space).build();
        let found: Vec<Sentence<'_>> = seg.sentences(&wrapped).collect();
        check("space", &wrapped, &found)?;
        // A list is one block under this policy, so its items join unless
        // they end with a terminator; compare only the paragraphs' text.
        let got = collapse(&texts(&found));
        for sentence in collapse(&expected) {
            let is_item = sentence.starts_with(['-', '•', '*'])
                || sentence.starts_with(|c: char| c.is_ascii_digit());
            let is_line = HEADLINES.contains(&sentence.as_str())
                || BYLINES.contains(&sentence.as_str());
            if !is_item && !is_line {
                prop_assert!(
                    got.contains(&sentence),
                    "{:?} not found in {:?}\ntext: {:?}",
                    sentence,
                    got,
                    wrapped
                );
            }
        }
    }
}
