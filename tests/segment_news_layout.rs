//! Behaviour of the sentence splitter on the layout of news text, from
//! issue 3, section 3, on sentences written for these tests: headlines and
//! section titles, bullet lists, bylines and datelines, blank lines and
//! single line breaks, and line ends (CRLF and CR).

mod segment_news_common;

use factdiff::{NewlinePolicy, Segmenter, Sentence, sentences};
use segment_news_common::{assert_split, assert_whole, split, split_with};

// ---------------------------------------------------------------------------
// Headlines and section titles.

#[test]
fn headline_without_period_is_its_own_sentence() {
    assert_split(
        "Harbor Board Approves Dredging Plan\nThe board voted 5-2 on Tuesday to dredge the channel.",
        &[
            "Harbor Board Approves Dredging Plan",
            "The board voted 5-2 on Tuesday to dredge the channel.",
        ],
    );
    assert_split(
        "Harbor Board Approves Dredging Plan\n\nThe board voted on Tuesday.",
        &[
            "Harbor Board Approves Dredging Plan",
            "The board voted on Tuesday.",
        ],
    );
}

#[test]
fn headlines_with_figures_abbreviations_and_questions() {
    for headline in [
        "Council Approves $1.2 Billion Levee Plan",
        "Measles Cases Rise to 43 in Larch County",
        "U.S. Officials Tour Flooded Town",
        "Who Pays for the Levee?",
        "Storm Damage Tops $45 Million, State Says",
        "Relief Fund Opens; Lines Form Early",
        "Transit Agency Hires 312 Drivers, Misses Target",
    ] {
        let text = format!("{headline}\nCrews worked through the night to reopen the road.");
        assert_split(
            &text,
            &[
                headline,
                "Crews worked through the night to reopen the road.",
            ],
        );
    }
}

#[test]
fn kicker_and_headline_on_consecutive_lines() {
    assert_split(
        "Flood Watch\nVelder River Expected to Crest Sunday\nBy Marisol Vance\nForecasters expect the river to crest early Sunday.",
        &[
            "Flood Watch",
            "Velder River Expected to Crest Sunday",
            "By Marisol Vance",
            "Forecasters expect the river to crest early Sunday.",
        ],
    );
}

#[test]
fn section_titles_between_paragraphs() {
    assert_split(
        "The council approved the plan. Work starts in May.\n\nWhat Comes Next\n\nThe board meets again in June.\nKey points\n- Shelters stay open",
        &[
            "The council approved the plan.",
            "Work starts in May.",
            "What Comes Next",
            "The board meets again in June.",
            "Key points",
            "- Shelters stay open",
        ],
    );
    // A title followed by a single line break, as wire copy does.
    assert_split(
        "The river fell overnight.\nWhere the Water Went\nMost of it drained into the marsh.",
        &[
            "The river fell overnight.",
            "Where the Water Went",
            "Most of it drained into the marsh.",
        ],
    );
}

// ---------------------------------------------------------------------------
// Bullet lists.

#[test]
fn dash_bullets_each_one_sentence() {
    assert_split(
        "Key points\n- The river crested at 24.6 feet early Sunday.\n- Route 9 remains closed\n- Relief applications open Wednesday at 9 a.m.\nThe storm moved east on Monday.",
        &[
            "Key points",
            "- The river crested at 24.6 feet early Sunday.",
            "- Route 9 remains closed",
            "- Relief applications open Wednesday at 9 a.m.",
            "The storm moved east on Monday.",
        ],
    );
}

#[test]
fn round_and_star_bullets() {
    assert_split(
        "• Kellan Area Transit hired 312 operators.\n• Its goal is 500 by September\n• Riders took 588,000 trips a week",
        &[
            "• Kellan Area Transit hired 312 operators.",
            "• Its goal is 500 by September",
            "• Riders took 588,000 trips a week",
        ],
    );
    assert_split(
        "At a glance\n* The agency hired more than 300 operators.\n* A strike could begin May 1.\n\nThe guild meets Friday.",
        &[
            "At a glance",
            "* The agency hired more than 300 operators.",
            "* A strike could begin May 1.",
            "The guild meets Friday.",
        ],
    );
}

#[test]
fn numbered_items_keep_their_marker() {
    assert_split(
        "Key points\n1. Clinics give about 600 shots a day.\n2. The state wants 25,000 doses by March 31.\n3. Students without proof of immunity stay home\n10. Walk-ins are welcome",
        &[
            "Key points",
            "1. Clinics give about 600 shots a day.",
            "2. The state wants 25,000 doses by March 31.",
            "3. Students without proof of immunity stay home",
            "10. Walk-ins are welcome",
        ],
    );
}

#[test]
fn bullet_item_with_two_sentences_splits_inside() {
    assert_split(
        "- The county opened two shelters. More may follow.\n- Roads stay closed",
        &[
            "- The county opened two shelters.",
            "More may follow.",
            "- Roads stay closed",
        ],
    );
}

#[test]
fn bullet_item_continued_on_an_indented_line_is_joined() {
    assert_split(
        "- Route 9 stays closed between Mill Street\n  and the rail yard until Friday.\n- Shelters stay open",
        &[
            "- Route 9 stays closed between Mill Street\n  and the rail yard until Friday.",
            "- Shelters stay open",
        ],
    );
}

// ---------------------------------------------------------------------------
// Bylines and datelines.

#[test]
fn byline_line_is_its_own_sentence() {
    for byline in [
        "By Jane Doe",
        "By J. R. Smith",
        "By Ana Ruiz and Omar Reyes",
        "By Marisol Vance, Staff Writer",
    ] {
        let text = format!("Levee Repairs Begin\n{byline}\nCrews arrived at dawn on Monday.");
        assert_split(
            &text,
            &[
                "Levee Repairs Begin",
                byline,
                "Crews arrived at dawn on Monday.",
            ],
        );
    }
}

#[test]
fn dateline_stays_with_its_sentence() {
    for dateline in [
        "RIVERTON, Ore. — ",
        "KELLAN CITY, Minn. — ",
        "KESTREL POINT, Wash. — ",
        "SPRINGDALE, Ark. — ",
        "ST. CLOUD, Minn. — ",
        "WASHINGTON — ",
        "PORT ELLIS, Maine — ",
        "BRANNOCK FALLS, Ore. (PWS) — ",
        "RIVERTON, Ore. – ",
        "RIVERTON, Ore. -- ",
    ] {
        let first = format!("{dateline}The river crested at 24.6 feet early Sunday.");
        let text = format!("By Jane Doe\n\n{first} Officials closed the bridge.");
        assert_split(
            &text,
            &["By Jane Doe", &first, "Officials closed the bridge."],
        );
    }
}

#[test]
fn dash_inside_a_line_is_not_a_bullet() {
    // A dash after a period, inside a line, is punctuation: an attribution
    // stays with the quotation it follows.
    assert_whole("“We are not done.” — Mayor Ruth Odegaard, at a briefing on Monday");
    assert_whole("The levee held. - Reporting by Jane Doe");
    // At the start of a line it is a bullet.
    assert_split(
        "The levee held.\n- Reporting by Jane Doe",
        &["The levee held.", "- Reporting by Jane Doe"],
    );
}

// ---------------------------------------------------------------------------
// Blank lines and single line breaks.

#[test]
fn hard_wrapped_paragraph_is_joined() {
    let text = "The county opened two shelters on Sunday night after the river\n\
                crested, and volunteers handed out cots, blankets and hot meals\n\
                to more than 300 people, the emergency manager said. The Red\n\
                Cross sent a second truck of supplies from Salem on Monday.";
    assert_eq!(
        split(text),
        [
            "The county opened two shelters on Sunday night after the river\n\
             crested, and volunteers handed out cots, blankets and hot meals\n\
             to more than 300 people, the emergency manager said.",
            "The Red\nCross sent a second truck of supplies from Salem on Monday.",
        ]
    );
}

#[test]
fn line_break_after_an_abbreviation_inside_a_sentence() {
    assert_whole("The relief bill was signed by Gov.\nElaine Marsh on Monday afternoon.");
    assert_whole("Crews kept Pump Station No.\n3 running through the night.");
}

#[test]
fn line_break_after_a_sentence_ends_it() {
    assert_split(
        "Crews cleared the road by noon.\nIt reopened an hour later.\nNo one was hurt.",
        &[
            "Crews cleared the road by noon.",
            "It reopened an hour later.",
            "No one was hurt.",
        ],
    );
}

#[test]
fn blank_line_always_ends_a_sentence() {
    assert_split(
        "The water rose to\n\nthe top of the levee",
        &["The water rose to", "the top of the levee"],
    );
    assert_split(
        "Shelters opened Sunday\n \t \nRoads closed Monday",
        &["Shelters opened Sunday", "Roads closed Monday"],
    );
    assert_split(
        "Shelters opened, and\u{2029}roads closed.",
        &["Shelters opened, and", "roads closed."],
    );
}

#[test]
fn newline_policies() {
    let text = "Storm damage reported\nin two towns on Sunday.";
    assert_eq!(split(text).len(), 1);
    let lines = Segmenter::builder().newlines(NewlinePolicy::Break).build();
    assert_eq!(
        split_with(&lines, text),
        ["Storm damage reported", "in two towns on Sunday."]
    );
    let space = Segmenter::builder().newlines(NewlinePolicy::Space).build();
    let headline = "Levee Repairs Begin\nCrews arrived Monday.";
    assert_eq!(split_with(&space, headline), [headline]);
    assert_eq!(
        split_with(&space, "Levee Repairs Begin\n\nCrews arrived Monday."),
        ["Levee Repairs Begin", "Crews arrived Monday."]
    );
}

// ---------------------------------------------------------------------------
// Line ends.

const ARTICLE: &str = "Velder River Flood Closes Route 9\n\
By Marisol Vance\n\
\n\
Key points\n\
- The river crested at 24.6 feet.\n\
- Shelters stay open\n\
\n\
RIVERTON, Ore. — The river left its banks on Saturday. Gov. Elaine Marsh\n\
toured the town by boat, and the U.S. Army Corps of Engineers sent a team.\n\
\n\
\"It came up fast,\" said Father Luis Ambrose. \"Who pays for the levee?\"\n";

#[test]
fn crlf_gives_the_same_sentences() {
    let lf = split(ARTICLE);
    assert_eq!(lf.len(), 9, "{lf:#?}");
    let crlf_text = ARTICLE.replace('\n', "\r\n");
    let crlf: Vec<String> = split(&crlf_text)
        .into_iter()
        .map(|s| s.replace('\r', ""))
        .collect();
    assert_eq!(crlf, lf);
    // Old Mac line ends too.
    let cr_text = ARTICLE.replace('\n', "\r");
    let cr: Vec<String> = split(&cr_text)
        .into_iter()
        .map(|s| s.replace('\r', "\n"))
        .collect();
    assert_eq!(cr, lf);
}

#[test]
fn sentence_spans_skip_the_carriage_return() {
    let text = "Shelters Open\r\nThe gym holds 200 cots.\r\n";
    let found: Vec<Sentence<'_>> = sentences(text).collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].span.range(), 0..13);
    assert_eq!(found[1].span.range(), 15..38);
}
