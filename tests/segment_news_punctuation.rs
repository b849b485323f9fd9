//! Behaviour of the sentence splitter on the punctuation of news text, from
//! issue 3, section 3, on sentences written for these tests: quotations,
//! parentheses, abbreviations and titles, initials, decimals and money,
//! ellipses, and URLs, email addresses and handles.

mod segment_news_common;

use factdiff::Segmenter;
use segment_news_common::{assert_split, assert_whole, split, split_with};

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
