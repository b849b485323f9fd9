//! Claim flags on hand-written sentences, one table each: `superseded`
//! (an earlier, perhaps revised account), `several_events` (a figure
//! summing several incidents) and `with_perpetrator` (a count that includes
//! the one who did it), `among_incidents` (a count in a roundup of
//! several incidents that sums none of them); then a count of a parent's
//! children, which is no claim at all.
//!
//! Every sentence is fictional news-style text written for these tests.
//! A row is `(text, figure, expected)` (see `claims_fields_common`). Each
//! table test prints its score and any failing rows, and fails on any of
//! them.

mod claims_fields_common;

use claims_fields_common::{check, default_claims};

// superseded: the sentence gives the figure as an earlier account, since
// perhaps revised; a report that confirms, a time word, or a verb of the
// figure's own clause is not one.

#[rustfmt::skip]
const SUPERSEDED: &[(&str, &str, bool)] = &[
    ("Police initially said six people were shot at the fairground.", "six", true),
    ("The coroner originally reported that nine bodies had been recovered.", "nine", true),
    ("Officials said earlier that four deputies were injured.", "four", true),
    ("The sheriff earlier had said that 14 people were hurt.", "14", true),
    ("Initial reports put the number of dead at 11.", "11", true),
    ("Early reports said three people had drowned, but that proved wrong.", "three", true),
    ("Three hikers were rescued, officials initially said.", "Three", true),
    ("Police now say seven people were shot at the fairground.", "seven", false),
    ("Police initially said six were hurt, but now say seven people were shot.", "seven", false),
    ("About 15 minutes earlier, a second man was shot on Vane Street.", "15 minutes", false),
    ("Four clerks were hurt in what was initially reported as a gas leak.", "Four", false),
    ("As previously reported, 12 homes were destroyed in the fire.", "12", false),
    ("The county said on Monday that 40 roads were closed.", "40", false),
    // A link to another article: its figures are that article's.
    ("RELATED: Four hikers rescued from a ledge on Crane Hill", "Four", true),
    ("PREVIOUS STORY: Two people were hurt when the Tarn ferry ran aground.", "Two", true),
    ("UPDATE: Four hikers rescued from a ledge on Crane Hill", "Four", false),
];

#[test]
fn superseded() {
    check("superseded", SUPERSEDED, default_claims, |c, want| {
        (c.superseded == *want, c.superseded.to_string())
    });
}

// several_events: the figure sums several incidents its sentence names (a
// number or a word of number before a plural incident noun, or after "in",
// "at" or "across" before a plural of places) or spreads over an area; a
// count of the incidents or places themselves, or a plural with no such
// word, is not one.

#[rustfmt::skip]
const SEVERAL_EVENTS: &[(&str, &str, bool)] = &[
    ("2 Dead, 9 Hurt in Weekend Stabbings Across Harlow", "9", true),
    ("One man was killed and four people were hurt in two shootings on Vane Street.", "four", true),
    ("Six people were wounded in three separate attacks overnight, police said.", "Six", true),
    ("Eleven people were shot throughout the county over the holiday.", "Eleven", true),
    ("At least 20 people have been robbed across the city since Friday.", "At least 20", true),
    ("A gunman killed four people in two upstate Orrin villages on Sunday.", "four", true),
    ("Shots were fired at three locations, wounding five people.", "five", true),
    ("The pair hurt three drivers in a string of carjackings on the ring road.", "three", true),
    ("Two shop owners were hurt in four burglaries on Mill Lane last week.", "Two", true),
    ("Police are investigating two shootings on Vane Street.", "two", false),
    ("The storm cut power to three towns on Sunday.", "three", false),
    ("Nine people died in the Orrin blast, officials said, spreading fear across the region.", "Nine", false),
    ("Deputies answered two shootings at two locations in Harlow.", "two", false),
    ("Harlow is one of eight towns in the county.", "eight", false),
    ("Four people were shot at the Kestrel fairground on Sunday.", "Four", false),
    ("The man is charged in the shootings that left three people dead.", "three", false),
    ("It was one of the deadliest attacks in the town's history, killing 9.", "9", false),
    ("Flags flew at 30 firehouses on the anniversary of the 9/11 attacks.", "30", false),
    ("Flags flew at 30 firehouses on the anniversary of the Sept. 11 attacks.", "30", false),
];

#[test]
fn several_events() {
    check(
        "several_events",
        SEVERAL_EVENTS,
        default_claims,
        |c, want| (c.several_events == *want, c.several_events.to_string()),
    );
}

// with_perpetrator: "including" after the count, before another figure,
// names the one who did it.

#[rustfmt::skip]
const WITH_PERPETRATOR: &[(&str, &str, bool)] = &[
    ("Three people have died, including the gunman, in the Harlow mall attack.", "Three", true),
    ("Deputies counted four dead, including the shooter, and two wounded.", "four", true),
    ("Two died, including suspect Tom Vale, 41.", "Two", true),
    ("Five people were shot, including the suspected gunman.", "Five", true),
    ("One guard was killed and four were hurt, including the attacker.", "One", false),
    ("One guard was killed and four were hurt, including the attacker.", "four", true),
    ("Eight people were shot, including two children.", "Eight", false),
    ("The gunman killed six people before taking his own life.", "six", false),
    ("Five people were killed, not including the gunman.", "Five", false),
    ("Four people died, including a woman the gunman had dated.", "Four", false),
];

#[test]
fn with_perpetrator() {
    check(
        "with_perpetrator",
        WITH_PERPETRATOR,
        default_claims,
        |c, want| (c.with_perpetrator == *want, c.with_perpetrator.to_string()),
    );
}

// among_incidents: the document tells several separate incidents ("in
// three separate shootings", "in an unrelated attack", "a pair of
// stabbings") and the figure neither sums nor counts them (a sum keeps
// its own flag, a count of the incidents is the whole roundup's); a tally of a longer time ("41 shootings this year") or a day of a
// month ("the Sept. 11 attacks") makes no roundup.

#[rustfmt::skip]
const AMONG_INCIDENTS: &[(&str, &str, bool)] = &[
    ("Seven people were hurt in two separate shootings overnight. On Vane Street, a tavern guard and four patrons took bullets.", "four", true),
    ("Gunfire wounded four men by a Harlow bar on Friday. In an unrelated shooting, a cabdriver was grazed on Pell Street.", "four", true),
    ("Police are looking into a pair of stabbings near the depot. Two women were cut in the first, on Ash Lane.", "Two", true),
    ("Seven people were hurt in two separate shootings overnight. On Vane Street, a tavern guard and four patrons took bullets.", "Seven", false),
    ("Seven people were hurt in two separate shootings overnight. On Vane Street, a tavern guard and four patrons took bullets.", "two", false),
    ("Gunfire wounded four men by a Harlow bar on Friday. It was the city's 41st shooting this year.", "four", false),
    ("Gunfire wounded four men by a Harlow bar on Friday. The city has logged 41 shootings this year.", "four", false),
    ("Crews cleared 12 roads after the Sept. 11 attacks memorial closed the square.", "12", false),
    ("Two bombings shook the Orrin docks overnight. In the first, three workers were hurt.", "three", true),
    ("Gunfire wounded four men by a Harlow bar on Friday, and one of them died.", "four", false),
];

#[test]
fn among_incidents() {
    check(
        "among_incidents",
        AMONG_INCIDENTS,
        default_claims,
        |c, want| (c.among_incidents == *want, c.among_incidents.to_string()),
    );
}

// ---------------------------------------------------------------------------
// what is no claim

#[test]
fn a_parents_count_of_children_is_no_claim() {
    // Like an age, it describes a person.
    for text in [
        "The victim, a father of two, died in the Dunmore crash.",
        "Tessa Grint, the mother of three young boys, ran the bakery.",
    ] {
        let found = default_claims(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // Children are still counted where something happens to them.
    let found = default_claims("Two children were hurt in the Dunmore crash.");
    assert_eq!(found.len(), 1, "{found:?}");
}
