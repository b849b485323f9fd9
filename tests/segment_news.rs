//! Behaviour of the sentence splitter on news text: one test per item of
//! issue 3, section 3, on sentences written for these tests, then checks by
//! property over the article corpora (`../shared/corpus/ice` and our own
//! `data/corpus`).

mod common;

use std::path::{Path, PathBuf};

use factdiff::{NewlinePolicy, Segmenter, Sentence, sentences};

/// The sentence texts of `text`, checking on the way that each one is the
/// slice of `text` its span names.
fn split(text: &str) -> Vec<&str> {
    split_with(&Segmenter::new(), text)
}

fn split_with<'t>(seg: &Segmenter, text: &'t str) -> Vec<&'t str> {
    seg.sentences(text)
        .map(|s| {
            assert_eq!(&text[s.span], s.text);
            s.text
        })
        .collect()
}

#[track_caller]
fn assert_split(text: &str, expected: &[&str]) {
    assert_eq!(split(text), expected, "splitting {text:?}");
}

/// Asserts that `text` is one sentence.
#[track_caller]
fn assert_whole(text: &str) {
    assert_split(text, &[text]);
}

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
// Quotations.

#[test]
fn quotes_ending_with_period_inside() {
    assert_split(
        "\"We knocked on every door,\" she said. \"Some people told us to leave.\" Then the power went out.",
        &[
            "\"We knocked on every door,\" she said.",
            "\"Some people told us to leave.\"",
            "Then the power went out.",
        ],
    );
    assert_split(
        "The mayor called it “a start.” Critics disagreed.",
        &["The mayor called it “a start.”", "Critics disagreed."],
    );
}

#[test]
fn quotes_ending_with_question_or_exclamation() {
    assert_split(
        "He asked, \"Who pays for this?\" Nobody answered.",
        &["He asked, \"Who pays for this?\"", "Nobody answered."],
    );
    assert_split(
        "She asked, “Who decides when my son can go back?” The board did not answer.",
        &[
            "She asked, “Who decides when my son can go back?”",
            "The board did not answer.",
        ],
    );
    assert_split(
        "The owner shouted, ‘Not again!’ Then the power went out.",
        &[
            "The owner shouted, ‘Not again!’",
            "Then the power went out.",
        ],
    );
    assert_split(
        "The owner shouted, 'Not again!' Then the power went out.",
        &[
            "The owner shouted, 'Not again!'",
            "Then the power went out.",
        ],
    );
}

#[test]
fn quote_followed_by_lower_case_attribution_continues() {
    assert_whole("“Where are we supposed to go now?” asked Lena Faris, a retired teacher.");
    assert_whole("\"Where are we supposed to go now?\" asked Lena Faris.");
    assert_whole("‘Not again!’ the shop owner shouted as the water rose.");
    assert_whole("“It came up fast,” said Father Luis Ambrose.");
}

#[test]
fn quotation_of_two_sentences_stays_whole() {
    assert_whole("“We are not done. We will be back tomorrow,” the chief said.");
}

#[test]
fn quote_ends_paragraph() {
    assert_split(
        "\"This valley floods every few winters now,\" he said. \"Who pays for the levee?\"\n\nThe board meets Friday.",
        &[
            "\"This valley floods every few winters now,\" he said.",
            "\"Who pays for the levee?\"",
            "The board meets Friday.",
        ],
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    assert_split(
        "The drivers' guild wants a raise. It's the union's first demand. Officials didn't say no.",
        &[
            "The drivers' guild wants a raise.",
            "It's the union's first demand.",
            "Officials didn't say no.",
        ],
    );
}

// ---------------------------------------------------------------------------
// Parentheses.

#[test]
fn parentheses() {
    assert_whole(
        "Crews kept the pumps running (the backup generator failed twice) through the night.",
    );
    assert_whole("The agency (Kellan Area Transit, or KAT) hired 312 drivers this year.");
    assert_split(
        "The river flooded in 1996 (and again in 2019). Officials blamed the levee.",
        &[
            "The river flooded in 1996 (and again in 2019).",
            "Officials blamed the levee.",
        ],
    );
    assert_split(
        "(The council meets again next week.) Residents may speak for three minutes.",
        &[
            "(The council meets again next week.)",
            "Residents may speak for three minutes.",
        ],
    );
    assert_split(
        "Clinics added evening hours (e.g., until 7 p.m. on Thursdays). A schedule is online.",
        &[
            "Clinics added evening hours (e.g., until 7 p.m. on Thursdays).",
            "A schedule is online.",
        ],
    );
}

// ---------------------------------------------------------------------------
// Abbreviations and titles.

#[test]
fn abbreviations_mid_sentence() {
    for text in [
        "The U.S. Army Corps of Engineers inspected the levee.",
        "A U.N. team arrived on Tuesday.",
        "Sen. Tobias Reyes voted against the bill.",
        "Gov. Elaine Marsh signed the relief package.",
        "Rep. Dana Holt abstained.",
        "Lt. Gen. Corinne Abbott chairs the board.",
        "Mr. Pruitt and Mrs. Keel live on Alder Street.",
        "Dr. Anika Sorensen runs the clinic.",
        "Shelters opened at St. Brendan's School.",
        "Crews kept Pump Station No. 3 running.",
        "Doors open at 9 a.m. and close at 5 p.m. on weekdays.",
        "The sirens sounded at 10 a.m. on Saturday, Feb. 7, 2026, and again at noon.",
        "Fairline Coach Inc. built the buses.",
        "Harbor Freight Corp. and Lake Shipping Co. bid on the contract.",
        "Harlan Paving Co., which holds the contract, declined to comment.",
        "The case, Marsh vs. Brannock County, goes to trial.",
        "Some costs, e.g. fuel and overtime, were left out.",
        "Long-term costs, i.e. repairs to the levee, were not included.",
        "They bought cots, blankets, etc. for the shelter.",
        "The money covers housing, well testing, etc., and more.",
        "The buses will run from the garage on Penn St. to the river.",
        "Adeyemi said classes start at the center on Harmon Ave. in May.",
    ] {
        assert_whole(text);
    }
}

#[test]
fn month_abbreviations_mid_sentence() {
    for month in [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ] {
        assert_whole(&format!("The vote is set for {month}. 5 at city hall."));
        assert_whole(&format!(
            "Since {month}. 1 the gauge has recorded 21.4 inches."
        ));
    }
}

#[test]
fn time_followed_by_its_day() {
    assert_whole("The crest passed the gauge shortly after 3 a.m. Sunday.");
    assert_whole("The polls close at 8 p.m. Tuesday in most counties.");
    assert_whole("Applications open at 9 a.m. Jan. 12 at the fairgrounds.");
    assert_split(
        "The crest passed the gauge shortly after 3 a.m. Sunday. It fell by noon.",
        &[
            "The crest passed the gauge shortly after 3 a.m. Sunday.",
            "It fell by noon.",
        ],
    );
}

#[test]
fn abbreviations_ending_a_sentence() {
    for (first, second) in [
        (
            "The shipment came from the U.S.",
            "It arrived two days late.",
        ),
        ("The motion came from the U.N.", "The council rejected it."),
        (
            "The buses were built by Fairline Coach Inc.",
            "They arrive in June.",
        ),
        (
            "The lawsuit names Brannock Holdings Corp.",
            "It was filed Monday.",
        ),
        (
            "The contract went to Harlan Paving Co.",
            "The company starts in May.",
        ),
        ("The pumps ran until 4 a.m.", "Then the generator failed."),
        (
            "Crews cleared the road by 6 p.m.",
            "Officials reopened it an hour later.",
        ),
        (
            "The board listed fuel, overtime, repairs, etc.",
            "Each item was approved.",
        ),
        (
            "The hearing moved to the end of Oct.",
            "It will be held downtown.",
        ),
        ("The deadline was moved to Jan.", "It had been Dec. 15."),
        (
            "Supplies were trucked in from Salem, Ore.",
            "They lasted a week.",
        ),
    ] {
        assert_split(&format!("{first} {second}"), &[first, second]);
        // Across a line break too.
        assert_split(&format!("{first}\n{second}"), &[first, second]);
    }
}

#[test]
fn date_ending_a_sentence() {
    assert_split(
        "The contract ends Sept. 30. The union wants a new one.",
        &["The contract ends Sept. 30.", "The union wants a new one."],
    );
    assert_whole("The agency promised 500 new operators by Sept. 30.");
    assert_split(
        "The agency promised 500 new operators by Sept. 30.\n\nThe drive began in January.",
        &[
            "The agency promised 500 new operators by Sept. 30.",
            "The drive began in January.",
        ],
    );
}

#[test]
fn user_abbreviations() {
    let text = "Insp. Ruth Hale led the search. Cllr. Dunne thanked her.";
    assert_eq!(split(text).len(), 3);
    let seg = Segmenter::builder()
        .abbreviation("insp.")
        .title("CLLR")
        .build();
    assert_eq!(
        split_with(&seg, text),
        [
            "Insp. Ruth Hale led the search.",
            "Cllr. Dunne thanked her."
        ]
    );
    // Case is ignored for non-ASCII abbreviations too.
    let seg = Segmenter::builder().abbreviation("Dépt").build();
    assert_eq!(
        split_with(&seg, "The DÉPT. Nord sent crews. They arrived late."),
        ["The DÉPT. Nord sent crews.", "They arrived late."]
    );
}

// ---------------------------------------------------------------------------
// Initials.

#[test]
fn initials() {
    assert_whole("Hydrologist J. R. Castellanos measured the crest himself.");
    assert_whole("District spokesman P. K. Nandakumar said the answer depends on the county.");
    assert_whole("Jane Q. Public filed the first claim.");
    assert_whole("The report by J.R. Castellanos runs 40 pages.");
}

// ---------------------------------------------------------------------------
// Decimals, versions and money.

#[test]
fn numbers_with_points() {
    for text in [
        "The river crested at 24.6 feet, 2.5 feet above the record.",
        "The state set aside $1.2 billion for flood control.",
        "Unemployment rose to 3.14% last quarter.",
        "The agency's app, version 2.0.1, crashed twice.",
        "The fund holds €2.5 million and £1.2 million in pledges.",
        "Deputies seized a .22-caliber rifle.",
        "The rate fell to 0.5 percent, the lowest since 2019.",
    ] {
        assert_whole(text);
    }
}

#[test]
fn numbers_ending_a_sentence() {
    assert_split(
        "The total was 1,240. Officials expect more.",
        &["The total was 1,240.", "Officials expect more."],
    );
    assert_split(
        "The rate was 3.5%. It was 9% in October.",
        &["The rate was 3.5%.", "It was 9% in October."],
    );
    assert_split(
        "The bill totals $45 million. The governor signed it Monday.",
        &[
            "The bill totals $45 million.",
            "The governor signed it Monday.",
        ],
    );
}

// ---------------------------------------------------------------------------
// Ellipses.

#[test]
fn ellipses() {
    assert_whole("The mayor paused... then promised a full accounting.");
    assert_whole("They said they would ride it out… then they saw the water.");
    assert_whole("The river rose . . . and rose again.");
    assert_split(
        "She waited for the bus… It never came.",
        &["She waited for the bus…", "It never came."],
    );
    assert_split(
        "She waited for the bus... The next one was full.",
        &["She waited for the bus...", "The next one was full."],
    );
    assert_split(
        "It's money for cleaning up...\n\nThe board meets Friday.",
        &["It's money for cleaning up...", "The board meets Friday."],
    );
}

// ---------------------------------------------------------------------------
// URLs, email addresses and handles.

#[test]
fn urls_emails_and_handles() {
    for text in [
        "Read the report at https://www.example.test/reports/2026/flood.pdf before Friday.",
        "A schedule is posted at https://health.county.example/measles and updated daily.",
        "Write to help@relief.example for details.",
        "Write to jane.doe@relief.example for details.",
        "Follow @BrannockEM for road closures.",
        "Visit www.brannockcounty.example for updates.",
        "Visit relief.example.org today.",
        "Visit BrannockCounty.Gov for details.",
    ] {
        assert_whole(text);
    }
    assert_split(
        "The report is at https://example.test/flood. It runs 40 pages.",
        &[
            "The report is at https://example.test/flood.",
            "It runs 40 pages.",
        ],
    );
    assert_split(
        "Questions go to help@relief.example. Staff reply within a day.",
        &[
            "Questions go to help@relief.example.",
            "Staff reply within a day.",
        ],
    );
    assert_split(
        "Updates come from @BrannockEM. The account posts hourly.",
        &[
            "Updates come from @BrannockEM.",
            "The account posts hourly.",
        ],
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

// ---------------------------------------------------------------------------
// Non-Latin text.

#[test]
fn chinese_and_japanese() {
    assert_split(
        "河水上涨了三米。居民已经撤离。救援队正在赶来！",
        &["河水上涨了三米。", "居民已经撤离。", "救援队正在赶来！"],
    );
    assert_split("河水上涨了2.5米。", &["河水上涨了2.5米。"]);
    assert_split(
        "本当ですか？はい、本当です。",
        &["本当ですか？", "はい、本当です。"],
    );
    // Without the Unicode fallback our own rules still stop at 。！？.
    let seg = Segmenter::builder().unicode_fallback(false).build();
    assert_eq!(
        split_with(&seg, "河水上涨了三米。居民已经撤离。"),
        ["河水上涨了三米。", "居民已经撤离。"]
    );
}

#[test]
fn hindi_arabic_greek_russian() {
    assert_split(
        "नदी का जलस्तर बढ़ गया। लोगों को सुरक्षित स्थान पर ले जाया गया।",
        &["नदी का जलस्तर बढ़ गया।", "लोगों को सुरक्षित स्थान पर ले जाया गया।"],
    );
    assert_split(
        "ارتفع منسوب النهر. هل غادر السكان؟ نعم، غادروا.",
        &["ارتفع منسوب النهر.", "هل غادر السكان؟", "نعم، غادروا."],
    );
    assert_split(
        "Η στάθμη του ποταμού ανέβηκε. Οι κάτοικοι απομακρύνθηκαν.",
        &[
            "Η στάθμη του ποταμού ανέβηκε.",
            "Οι κάτοικοι απομακρύνθηκαν.",
        ],
    );
    assert_split(
        "Уровень реки поднялся на три метра. Жителей эвакуировали.",
        &[
            "Уровень реки поднялся на три метра.",
            "Жителей эвакуировали.",
        ],
    );
    assert_whole("В 2024 г. река вышла из берегов.");
}

#[test]
fn mixed_scripts_and_latin_diacritics() {
    assert_split(
        "Le maire a parlé à la presse. Les habitants ont applaudi.",
        &[
            "Le maire a parlé à la presse.",
            "Les habitants ont applaudi.",
        ],
    );
    assert_split(
        "Officials in Kraków met on Monday. Łukasz Nowak chaired the session.",
        &[
            "Officials in Kraków met on Monday.",
            "Łukasz Nowak chaired the session.",
        ],
    );
    // A headline in one script and a paragraph in another.
    assert_split(
        "Паводок в Ривертоне\nThe river crested on Sunday. Crews closed the bridge.",
        &[
            "Паводок в Ривертоне",
            "The river crested on Sunday.",
            "Crews closed the bridge.",
        ],
    );
}

// ---------------------------------------------------------------------------
// The corpora, by property.

/// A line of a file: its trimmed text and byte range.
struct Line<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(Line {
                text: trimmed,
                start: pos + lead,
                end: pos + lead + trimmed.len(),
            });
        }
        pos += raw.len();
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '。' | '？' | '！')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

/// Whether `line` holds sentence-ending punctuation: a terminator followed,
/// after any closing marks, by whitespace or the end of the line.
fn has_sentence_end(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        is_terminator(c) && {
            let rest = chars[i + 1..].iter().find(|&&n| !is_closer(n));
            rest.is_none_or(|n| n.is_whitespace())
        }
    })
}

/// Whether `line` ends with a terminator, possibly inside closing marks.
fn ends_with_terminator(line: &str) -> bool {
    line.trim_end_matches(is_closer).ends_with(is_terminator)
}

/// Whether `line` starts with a bullet or a numbered marker and a space.
fn starts_with_marker(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = rest.len() < line.len()
        && line.len() - rest.len() <= 3
        && (rest.starts_with(". ") || rest.starts_with(") "));
    numbered || ["- ", "• ", "* "].iter().any(|m| line.starts_with(m))
}

/// Whether `s` starts with digits and a period ("30.", "2. ").
fn starts_with_number_period(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < s.len() && rest.starts_with('.')
}

/// What the corpus checks counted.
#[derive(Default)]
struct Tally {
    articles: usize,
    sentences: usize,
    headlines: usize,
    bullets: usize,
    paragraph_lines: usize,
}

/// Checks one article by property; returns the failures found.
fn check_article(name: &str, text: &str, tally: &mut Tally) -> Vec<String> {
    let found: Vec<Sentence<'_>> = sentences(text).collect();
    let mut failures = Vec::new();
    tally.articles += 1;
    tally.sentences += found.len();
    for s in &found {
        let t = s.text;
        let blank = t.contains("\n\n")
            || t.contains("\r\n\r\n")
            || t.split('\n').skip(1).any(|l| l.trim().is_empty());
        if blank {
            failures.push(format!(
                "{name}: sentence at {} spans a blank line",
                s.span.start
            ));
        }
    }
    let line_starts: std::collections::HashSet<usize> =
        lines(text).iter().map(|l| l.start).collect();
    for s in &found {
        // Inside a line, a dash or a number with a period continues the
        // sentence before ("SALEM, Ore. — The", "by Sept. 30.").
        let marker = s.text.starts_with(['—', '–', '-']) || starts_with_number_period(s.text);
        if marker && !line_starts.contains(&s.span.start) {
            failures.push(format!(
                "{name}: sentence at {} starts with a dash or number inside a line",
                s.span.start
            ));
        }
    }
    let starting = |pos: usize| found.iter().find(|s| s.span.start == pos);
    let containing = |pos: usize| {
        found
            .iter()
            .find(|s| s.span.start <= pos && pos < s.span.end)
    };
    for line in lines(text) {
        let at = format!("{name}: line at byte {}", line.start);
        if starts_with_marker(line.text) {
            tally.bullets += 1;
            match starting(line.start) {
                Some(s) if s.span.end <= line.end => {}
                Some(_) => failures.push(format!("{at}: list item runs past its line")),
                None => failures.push(format!("{at}: list item does not start a sentence")),
            }
        } else if !has_sentence_end(line.text) {
            tally.headlines += 1;
            let whole = starting(line.start).is_some_and(|s| s.span.end == line.end);
            if !whole {
                failures.push(format!(
                    "{at}: a line without end punctuation is not exactly one sentence"
                ));
            }
        }
        if ends_with_terminator(line.text) {
            tally.paragraph_lines += 1;
            let ends_here = containing(line.end - 1).is_some_and(|s| s.span.end == line.end);
            if !ends_here {
                failures.push(format!("{at}: no sentence ends at the end of the line"));
            }
        }
    }
    failures
}

fn articles(dir: &Path) -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, text)
        })
        .collect()
}

fn check_corpus(label: &str, dir: &Path, min_articles: usize) {
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    for (name, text) in articles(dir) {
        failures.extend(check_article(&name, &text, &mut tally));
        // Windows line ends change nothing but the `\r`s.
        let crlf = text.replace('\n', "\r\n");
        let lf: Vec<&str> = split(&text);
        let from_crlf: Vec<String> = split(&crlf).iter().map(|s| s.replace('\r', "")).collect();
        if from_crlf != lf {
            failures.push(format!("{name}: CRLF line ends split differently"));
        }
    }
    println!(
        "{label}: {} articles, {} sentences; {} headline/title/byline lines, {} list items, \
         {} lines ending a sentence checked",
        tally.articles, tally.sentences, tally.headlines, tally.bullets, tally.paragraph_lines
    );
    assert!(
        tally.articles >= min_articles,
        "{label}: expected at least {min_articles} articles in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{label}:\n{}", failures.join("\n"));
}

#[test]
fn ice_corpus_by_property() {
    if let Some(dir) = common::shared("corpus/ice") {
        check_corpus("ice corpus", &dir, 5);
    }
}

#[test]
fn own_corpus_by_property() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    check_corpus("data/corpus", &dir, 6);
}

/// Every text a gold file locates a claim by (`sentence_contains`) lies
/// inside one sentence of its article.
fn check_claims(label: &str, claims: &[(String, String)], dir: &Path, min: usize) {
    let texts: std::collections::HashMap<String, String> = articles(dir).into_iter().collect();
    let mut failures = Vec::new();
    for (doc, needle) in claims {
        let text = texts
            .get(doc)
            .unwrap_or_else(|| panic!("{label}: no article {doc}"));
        let at = text
            .find(needle.as_str())
            .unwrap_or_else(|| panic!("{label}: {doc} does not contain {needle:?}"));
        let inside = sentences(text).any(|s| s.span.start <= at && at + needle.len() <= s.span.end);
        if !inside {
            failures.push(format!("{doc}: {needle:?} crosses a sentence boundary"));
        }
    }
    println!("{label}: {} claim sentences checked", claims.len());
    assert!(
        claims.len() >= min,
        "{label}: only {} claims read",
        claims.len()
    );
    assert!(failures.is_empty(), "{label}:\n{}", failures.join("\n"));
}

#[test]
fn ice_gold_claims_lie_inside_one_sentence() {
    let Some(dir) = common::shared("corpus/ice") else {
        return;
    };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).expect("gold.json"))
            .expect("gold.json is JSON");
    let mut claims = Vec::new();
    for (doc, entry) in gold["documents"].as_object().expect("documents") {
        for claim in entry["claims"].as_array().into_iter().flatten() {
            if let Some(needle) = claim["sentence_contains"].as_str() {
                claims.push((doc.clone(), needle.to_string()));
            }
        }
    }
    check_claims("ice gold", &claims, &dir, 10);
}

#[test]
fn own_annotated_claims_lie_inside_one_sentence() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("corpus");
    let notes = std::fs::read_to_string(dir.join("ANNOTATIONS.md")).expect("ANNOTATIONS.md");
    // Claim rows: | `id` | file | `figure` | `sentence contains` | ...; the
    // file column is the last part of the article's name ("tribune").
    let names: Vec<String> = articles(&dir).into_iter().map(|(name, _)| name).collect();
    let mut claims = Vec::new();
    for row in notes.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 6 {
            continue;
        }
        let (file, needle) = (cells[2], cells[4].trim_matches('`'));
        let Some(doc) = names.iter().find(|n| n.ends_with(&format!("-{file}"))) else {
            continue;
        };
        claims.push((doc.clone(), needle.to_string()));
    }
    check_claims("data/corpus annotations", &claims, &dir, 20);
}
