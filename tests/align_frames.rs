//! Alignment by claim frames, on one-sentence fictional reports of one
//! story read whole: parts and wholes, people and things, whom a count is
//! of, and what a defendant faces.

mod align_documents;
mod align_findings;

use align_documents::{frame_findings, gazette_and_times};
use align_findings::{finding, grouped};
use factdiff::{Claim, Verdict};

// ---- frames ------------------------------------------------------------

/// Asserts that the gazette's and the times' claims agree in one group and
/// that the three reports give no conflict: the post's count differs from
/// what the group may hold, which is no error.
fn grouped_without_conflict(docs: &[(&str, &str); 3]) {
    let report = frame_findings(docs);
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_part_never_conflicts_with_its_whole() {
    let report = frame_findings(&[
        (
            "gazette",
            "Five people were killed in the Kestrel shooting on Saturday.",
        ),
        (
            "times",
            "Two of those killed in the Kestrel shooting on Saturday were students.",
        ),
        (
            "post",
            "Police said five people died in the Kestrel shooting on Saturday.",
        ),
    ]);
    assert!(
        !grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert!(
        grouped(&report, "gazette#0", "post#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_part_may_agree_with_an_equal_whole() {
    // Those taken to a hospital are some of the hurt; when the figures are
    // equal, they are all of them.
    let report = gazette_and_times(
        "Four victims were taken to Quillby General Hospital after the Kestrel shooting.",
        "Four people were wounded in the Kestrel shooting.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_agreeing_with_a_part_draws_no_conflict() {
    // "Two killed" agrees with "two of the victims": it may be a part
    // too, so its difference from "three killed" is no error.
    grouped_without_conflict(&[
        (
            "gazette",
            "Two of the victims died at Quillby General after the Kestrel shooting.",
        ),
        ("times", "Two people were killed in the Kestrel shooting."),
        ("post", "Three people were killed in the Kestrel shooting."),
    ]);
    // Without the part, the two totals conflict.
    let report = gazette_and_times(
        "Two people were killed in the Kestrel shooting.",
        "Three people were killed in the Kestrel shooting.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_part_is_no_repeat_of_an_equal_total_from_its_source() {
    // The gazette's "one of them" and its "one man died" give one figure;
    // only the total stands for the gazette against the times.
    let report = gazette_and_times(
        "The gunman shot four people, killing one of them. One man died in the shooting.",
        "One person was killed in the shooting.",
    );
    assert!(
        grouped(&report, "gazette#2", "times#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn people_named_differently_agree_but_never_conflict() {
    // "officers" within "people": a part may be smaller than its whole.
    let report = gazette_and_times(
        "Two officers were injured in the Kestrel shooting on Saturday.",
        "Five people were injured in the Kestrel shooting on Saturday.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    // A kind of people against a count with no head: maybe a part.
    let report = gazette_and_times(
        "Kestrel shooting leaves woman, 2 boys injured",
        "3 wounded in Kestrel shooting, police say",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // People an event is about as a whole are no part: a conflict stays.
    let report = gazette_and_times(
        "The agency deported 4,000 immigrants from Kestrel last year.",
        "Officials said 5,000 were deported from Kestrel last year.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
    // Equal figures for people named two ways are one group.
    let report = gazette_and_times(
        "Four teens were injured in the Kestrel shooting on Saturday.",
        "Police said four people were hurt on Saturday when gunfire broke out in the Kestrel shooting.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn different_things_of_one_measure_never_meet() {
    // Shell casings and bullet holes both read as shots fired.
    let report = gazette_and_times(
        "Investigators recovered 19 shell casings from the Kestrel scene on Saturday.",
        "The van, with four bullet holes in its door, was hauled away from the Kestrel scene on Saturday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Counts and charges are one thing (what a defendant faces: they may
    // agree, never conflict).
    let report = gazette_and_times(
        "Brannock was charged with three counts of murder in the Kestrel shooting.",
        "Brannock faces three charges of murder in the Kestrel shooting.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn an_increment_never_meets_the_count() {
    let report = gazette_and_times(
        "Twelve people were injured in the Kestrel shooting.",
        "Five more people were injured in the Kestrel shooting, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn things_no_measure_names_meet_by_their_frame() {
    // "Bridges inspected" is no measure of the lexicon: the frames (head
    // bridge, event inspect) bring the two reports together anyway.
    let report = frame_findings(&[
        (
            "gazette",
            "Engineers inspected 14 bridges along the Velder River after the quake.",
        ),
        (
            "times",
            "Crews have inspected 16 bridges along the Velder River since the quake, officials said.",
        ),
        // People in a car are not people taken into custody.
        (
            "post",
            "There were four passengers in the sedan when it crashed near the river.",
        ),
        (
            "herald",
            "Deputies took two people into custody after the car crashed.",
        ),
    ]);
    let bridges: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.claims.iter().any(|c| c.starts_with("gazette")))
        .collect();
    assert_eq!(bridges.len(), 1, "{:#?}", report.findings);
    assert_eq!(bridges[0].verdict, Verdict::Conflict);
    assert!(
        !grouped(&report, "post#0", "herald#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn frames_naming_one_thing_but_not_both_events_may_agree_never_conflict() {
    // "Wardens" is no measure; one outlet names the event, the other does
    // not. Equal figures agree, and the explanation says what they count.
    let report = gazette_and_times(
        "Fourteen wardens signed the letter to the governor on Monday.",
        "The letter to the governor on Monday listed 14 wardens as its authors.",
    );
    let f = finding(&report, &["gazette#0", "times#0"]).expect("grouped");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(
        f.explanation.contains("thing counted warden"),
        "{}",
        f.explanation
    );
    assert!(f.reasons.iter().any(|r| matches!(
        r,
        factdiff::Reason::Shared { field: factdiff::SharedField::Thing, value } if value == "warden"
    )));
    // Different figures on such thin evidence are no conflict: the
    // letter may have had more signers than names printed.
    let report = gazette_and_times(
        "Fourteen wardens signed the letter to the governor on Monday.",
        "The letter to the governor on Monday listed 12 wardens as its authors.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn parts_of_a_whole_never_conflict() {
    // Two parts of the wounded may be different parts; "both" points back
    // at two people already named, and those taken to a hospital are some
    // of the hurt: parts of a larger count.
    let report = frame_findings(&[
        (
            "gazette",
            "One of the wounded victims was listed in critical condition at Quillby General.",
        ),
        (
            "times",
            "Two of the wounded victims were listed in critical condition at Quillby General.",
        ),
        ("post", "Four people were wounded in the Kestrel shooting."),
        (
            "herald",
            "Medics rushed both victims to Quillby General after the Kestrel shooting.",
        ),
        // Those taken to a hospital are some of the hurt.
        (
            "courier",
            "Three victims were taken to Quillby General after the Kestrel shooting.",
        ),
    ]);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Equal parts may still agree.
    let report = gazette_and_times(
        "Two of the wounded victims were listed in critical condition at Quillby General.",
        "Two of the wounded victims remained in critical condition at Quillby General.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn people_to_whom_nothing_happens_may_agree_never_conflict() {
    // "Deputies" may give a workforce measure, but the sentences say no
    // event: the two counts may be of different people.
    let report = gazette_and_times(
        "Four deputies of the Kestrel County sheriff's office were at the scene.",
        "Two deputies of the Kestrel County sheriff's office were at the door.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn the_white_house_speaks_for_the_president() {
    let report = gazette_and_times(
        "The president is still pushing to commit $4 billion to fixing rural dams.",
        "The White House has called on Congress to spend $4 billion to fix rural dams.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_polls_share_counts_answers_whoever_gave_them() {
    let report = gazette_and_times(
        "In the Harlow poll, Mayor Tessin leads with 41 percent of likely voters surveyed.",
        "In the Harlow poll, Mayor Tessin leads the field at 41 percent.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_with_the_perpetrator_never_conflicts_with_one_without() {
    let report = gazette_and_times(
        "On Friday, three people died in the shooting at the Harlow mall, including the gunman, police said.",
        "On Friday, a gunman killed two people in the shooting at the Harlow mall, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two counts that both say so still conflict.
    let report = gazette_and_times(
        "On Friday, three people died in the shooting at the Harlow mall, including the gunman, police said.",
        "On Friday, four people died in the shooting at the Harlow mall, including the gunman, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_agreeing_with_one_that_holds_the_perpetrator_draws_no_conflict() {
    // "Two dead" agrees with "two killed, including the gunman": it may
    // hold the gunman too, so its difference from "one person died" is
    // no error.
    grouped_without_conflict(&[
        (
            "gazette",
            "Two people died in the Harlow mall shooting, including the gunman.",
        ),
        ("times", "The Harlow mall shooting left two people dead."),
        ("post", "The Harlow mall shooting left one person dead."),
    ]);
}

#[test]
fn a_count_agreeing_with_a_sum_of_incidents_draws_no_conflict() {
    // "Two dead" agrees with "two killed in separate shootings": it may
    // be their sum too, so its difference from "one person was killed"
    // (maybe in one of them) is no error.
    grouped_without_conflict(&[
        (
            "gazette",
            "Two people were killed in separate shootings on Sunday night, police said.",
        ),
        (
            "times",
            "Police said two people died in the shootings on Sunday night.",
        ),
        (
            "post",
            "Police said one person died in the Sunday night shooting.",
        ),
    ]);
    // Without the sum, the two counts conflict.
    let report = gazette_and_times(
        "Police said two people died in the shootings on Sunday night.",
        "Police said one person died in the Sunday night shooting.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_holding_the_perpetrator_is_no_repeat_of_its_headline() {
    // The gazette's headline and its count "including the gunman" are one
    // source's, but the second says what it holds: "four dead" then draws
    // no conflict from the times' three victims.
    let report = gazette_and_times(
        "Four dead in Harlow mall shooting\nPolice said four people were dead in the Harlow mall shooting, including the gunman.",
        "The three people killed in the Harlow mall shooting were named on Friday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn counts_of_times_meet_by_the_person_they_happened_to() {
    // "twice" counts no thing: the person it happened to keys it, and two
    // people's counts stay apart.
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the leg and Ray Fenn, 40, was shot once in the arm.",
        "Police said Dana Cole was shot twice, and Ray Fenn was shot twice as well.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let agreed = report
        .findings
        .iter()
        .find(|f| f.verdict == Verdict::Agree)
        .map(|f| f.claims.clone());
    let texts: Vec<String> = report
        .claims
        .iter()
        .filter(|c| agreed.as_ref().is_some_and(|ids| ids.contains(&c.id)))
        .map(|c| c.subject.clone().unwrap_or_default())
        .collect();
    assert_eq!(texts, ["Dana Cole", "Dana Cole"]);
}

#[test]
fn a_count_of_times_after_where_the_body_was_hit_keeps_its_person() {
    // "twice" after "shot in the left arm," is still what happened to
    // Dana Cole: the verb is read past where the body was hit, and left
    // out before "in the leg".
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the leg, police said.",
        "Dana Cole, 31, shot in the left arm, twice in the leg.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_count_of_times_later_in_the_list_keeps_its_person() {
    // "once in the other" after "shot twice in the left hand": the verb left out
    // and the person are the list's first item's.
    let report = gazette_and_times(
        "Dana Cole, 31, was shot twice in the left hand, once in the other, police said.",
        "Dana Cole, 31, shot twice in the left hand, once in the other and grazed on the neck.",
    );
    let once: Vec<&Claim> = report
        .claims
        .iter()
        .filter(|c| c.figure.text == "once")
        .collect();
    assert_eq!(once.len(), 2, "{:#?}", report.claims);
    for c in &once {
        assert_eq!(c.subject.as_deref(), Some("Dana Cole"), "{c:#?}");
    }
    assert!(
        grouped(&report, &once[0].id, &once[1].id),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn what_a_defendant_faces_may_agree_but_never_conflicts() {
    // Counts, a term, a bail are one defendant's; a case may have several.
    for (gazette, times) in [
        (
            "A Kestrel man was charged with three counts of arson on Friday.",
            "A Kestrel man was charged with two counts of arson on Friday.",
        ),
        (
            "A Kestrel man was sentenced to 35 years in prison for the arson.",
            "A Kestrel man was sentenced to 29 years in prison for the arson.",
        ),
        (
            "Vance was arraigned in Kestrel on two counts of aggravated assault and three counts of reckless endangerment.",
            "Vance is facing two counts of felony assault and six counts of reckless endangerment in Kestrel.",
        ),
    ] {
        let report = gazette_and_times(gazette, times);
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "A Kestrel man was sentenced to 35 years in prison for the arson.",
        "The arsonist from Kestrel was sentenced to 35 years in prison.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // The people charged are a count like any other.
    let report = gazette_and_times(
        "Four men were charged in the Kestrel arson on Friday.",
        "Three men were charged in the Kestrel arson on Friday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_with_no_event_never_conflicts_with_jobs_gained_or_lost() {
    // "1,200 jobs" in a headline says neither that they are made nor that
    // they go: against 450 jobs lost it is no error.
    let report = gazette_and_times(
        "Harlow picks Stent Flats for battery plant and 1,200 jobs",
        "Harlow to shut its Ember Row mill; 450 jobs lost",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two counts of jobs lost at one mill still conflict.
    let report = gazette_and_times(
        "Harlow to shut its Ember Row mill; 450 jobs lost",
        "Harlow shut the Ember Row mill, and 540 jobs were lost, the company said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_its_document_adds_to_never_conflicts_with_the_final_count() {
    // The gazette's five are the first crash's: its next sentence adds
    // five more, so the ten told elsewhere are no error.
    let report = gazette_and_times(
        "Fog on the Orrin bypass: a pileup hurt five people. Five more were hurt later \
         when a van struck the wreck.",
        "Ten people were hurt in the pileup on the Orrin bypass, troopers said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Told with nothing added, the five conflict with the ten.
    let report = gazette_and_times(
        "Fog on the Orrin bypass: a pileup hurt five people.",
        "Ten people were hurt in the pileup on the Orrin bypass, troopers said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}
