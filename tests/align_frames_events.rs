//! Alignment by claim frames, on one-sentence fictional reports of one
//! story read whole: events and incidents (sums, roundups), and when they
//! happened (earlier accounts, days, months, page stamps, running totals).

mod align_documents;
mod align_findings;

use align_documents::{frame_findings, gazette_and_times};
use align_findings::{finding, grouped};
use factdiff::Verdict;

// ---- frames ------------------------------------------------------------

#[test]
fn an_earlier_account_agrees_but_never_conflicts() {
    let report = frame_findings(&[
        (
            "gazette",
            "Seven people were shot in the Kestrel shooting on Saturday.",
        ),
        (
            "times",
            "Police initially said six people were shot in the Kestrel shooting on Saturday.",
        ),
        (
            "post",
            "Officials said earlier that seven people were shot in the Kestrel shooting on Saturday.",
        ),
    ]);
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    assert!(
        grouped(&report, "gazette#0", "post#0"),
        "{:#?}",
        report.findings
    );
    // Without the earlier account, the same figures conflict.
    let report = gazette_and_times(
        "Seven people were shot in the Kestrel shooting on Saturday.",
        "Police said six people were shot in the Kestrel shooting on Saturday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_day_that_says_when_meets_an_undated_count_to_agree_only() {
    let report = gazette_and_times(
        "Five people were shot at a party in Kestrel early Sunday, police said.",
        "Gunfire erupted at a crowded backyard party in Kestrel, and police said five people were shot.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    let report = gazette_and_times(
        "Five people were shot at a party in Kestrel early Sunday, police said.",
        "Gunfire erupted at a crowded backyard party in Kestrel, and police said six people were shot.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // A rate that runs from a day is no day: it never meets a total.
    let report = gazette_and_times(
        "Kestrel clinics have given 600 flu shots a day since Monday.",
        "In all, the county's clinics in Kestrel have given 600 flu shots, officials said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn one_thing_and_one_event_without_a_measure_agree_in_other_words() {
    // No measure names "suspects stepping out of a van", but the frames
    // (head, event) are one, and that is evidence enough to agree.
    let report = gazette_and_times(
        "A grey van stopped outside the Kestrel bakery and three suspects stepped out.",
        "Three suspects stepped out of the grey van and began firing at people waiting in line, witnesses said.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // Different things doing one thing are not matched by the frame.
    let report = gazette_and_times(
        "A grey van stopped outside the Kestrel bakery and three suspects stepped out.",
        "Three customers stepped out of the grey van and began firing at people waiting in line, witnesses said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn one_event_without_a_head_meets_only_near_the_same_words() {
    // No head and no measure: the same verb in two tellings of one
    // sentence, in slightly other words, agree.
    let report = gazette_and_times(
        "Ushers split the two crowds up twice before the match, and the stewards said the early reports agree.",
        "Ushers split the two crowds up twice before the match, the early reports agree, according to the stewards.",
    );
    let twice = finding(&report, &["gazette#1", "times#1"]).expect("grouped");
    assert_eq!(twice.verdict, Verdict::Agree, "{twice:#?}");
    // The same verb in another sentence says nothing of one quantity.
    let report = gazette_and_times(
        "Ushers split the two crowds up twice before the match, and the stewards said the early reports agree.",
        "The club split its ticket sales twice this season after complaints from members.",
    );
    assert!(
        !grouped(&report, "gazette#1", "times#0"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_sum_of_several_incidents_may_agree_but_never_conflicts() {
    // A round-up sums incidents; one of them may be the one the other
    // outlet reports.
    let report = gazette_and_times(
        "Five people were hurt in two shootings in Kestrel on Saturday night.",
        "Four people were hurt in a single shooting in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "Five people were hurt in two shootings in Kestrel on Saturday night.",
        "Police said five people were hurt in two shootings in Kestrel on Saturday night.",
    );
    let five = finding(&report, &["gazette#0", "times#0"]).expect("the sums are grouped");
    assert_eq!(five.verdict, Verdict::Agree, "{five:#?}");
    // Two counts of one incident still conflict.
    let report = gazette_and_times(
        "Five people were hurt in a single shooting in Kestrel on Saturday night.",
        "Four people were hurt in a single shooting in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_in_a_roundup_may_agree_but_never_conflicts() {
    // A roundup tells several incidents one after another; a count in it
    // may be any one's, not the one the other outlet reports.
    let roundup = "Three people were hurt in two separate shootings in Kestrel on Saturday \
        night. Two men were shot on Vane Street in Kestrel on Saturday night.";
    let report = gazette_and_times(
        roundup,
        "One man was shot on Vane Street in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Equal counts still agree.
    let report = gazette_and_times(
        roundup,
        "Police said two men were shot on Vane Street in Kestrel on Saturday night.",
    );
    assert!(
        grouped(&report, "gazette#2", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two reports of one incident still conflict.
    let report = gazette_and_times(
        "Two men were shot on Vane Street in Kestrel on Saturday night.",
        "One man was shot on Vane Street in Kestrel on Saturday night.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn deaths_count_the_dead_and_shootings_do_not_count_the_shot() {
    // An event that befalls one person each counts people.
    let report = gazette_and_times(
        "The storm caused 12 deaths in Kestrel on Friday.",
        "Twelve people were killed in Kestrel on Friday by the storm.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // A count of incidents is no count of the people they hurt.
    let report = gazette_and_times(
        "Police in Kestrel are investigating two shootings from Friday night.",
        "Two people were shot in Kestrel on Friday night, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn incidents_meet_incidents_not_the_people_they_befell() {
    // Two outlets count the shootings alike.
    let report = gazette_and_times(
        "Kestrel detectives are looking into three overnight shootings.",
        "Police in Kestrel are investigating three separate shootings.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // ... as shootings, not as people shot.
    let why = &report.findings[0].explanation;
    assert!(why.contains("thing counted shooting"), "{why}");
    assert!(!why.contains("people_shot"), "{why}");
    // Shootings are no people shot: "two shootings" never meets "two
    // people were shot", and three shootings against five shot is no
    // conflict.
    let report = gazette_and_times(
        "Two shootings rattled Kestrel on Sunday.",
        "Two people were shot in Kestrel on Sunday.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let report = gazette_and_times(
        "Officials said 5 people were hurt in 3 shootings in Kestrel.",
        "Five people were shot in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn shots_conflict_only_when_fired_by_one_named_shooter() {
    // Counts of shots fired by one named shooter: one quantity.
    let report = gazette_and_times(
        "Police said Tom Brannock fired 31 shots on Elm Street in Kestrel.",
        "Tom Brannock fired at least 32 shots on Elm Street in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
    // No shooter named: maybe two shooters' shots; equal counts agree.
    let report = gazette_and_times(
        "Police said 31 shots were fired on Elm Street in Kestrel.",
        "Gunmen fired at least 32 shots on Elm Street in Kestrel, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two shooters' shots, or shots heard: maybe parts.
    let report = gazette_and_times(
        "Prosecutors said Vell fired four shots at a second gunman in Kestrel.",
        "The second gunman fired 11 shots into the Kestrel crowd, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "A neighbor said she heard two gunshots on Elm Street in Kestrel.",
        "Police said 31 shots were fired on Elm Street in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn events_of_no_known_class_told_two_ways_agree_never_conflict() {
    // One group of people, its doing told with two verbs of no known
    // class: equal figures agree.
    let report = gazette_and_times(
        "At least three men forced their way into the Kestrel flat on Friday.",
        "The family was at home in Kestrel when at least three men came inside on Friday.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // Different figures are no evidence of an error: two verbs may be two
    // groups.
    let report = gazette_and_times(
        "Three men forced their way into the Kestrel flat on Friday.",
        "The family was at home in Kestrel when four men came inside on Friday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn an_earlier_event_told_for_comparison_never_conflicts() {
    // "Three years ago" dates another event: no conflict with the story's
    // own count.
    let report = gazette_and_times(
        "Police said two people were killed in the Kestrel shooting.",
        "Police said a gunman killed 12 people in Kestrel three years ago.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // The victims of one who then took their own life are a part of the
    // dead: "killed two before killing himself" against "three died".
    let report = gazette_and_times(
        "Police said the gunman killed two people in the Larch mall before killing himself.",
        "Police said three people died in the Larch mall.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // One who gave himself up, or only threatened: the count is a total.
    for second in [
        "and the driver later turned himself in",
        "and a man who threatened to kill himself was held",
    ] {
        let report = gazette_and_times(
            &format!("Two people were killed in the Larch mall, {second}, police said."),
            "Police said three people died in the Larch mall.",
        );
        assert_eq!(
            report.count(Verdict::Conflict),
            1,
            "{second}: {:#?}",
            report.findings
        );
    }
    // A rate is no count: "18.6 deaths per 100,000" never meets "18".
    let report = gazette_and_times(
        "Police said 18 people were killed in the Kestrel shooting.",
        "Police said Kestrel saw 18.6 deaths per 100,000 residents.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn minutes_earlier_is_another_time() {
    // "Some minutes earlier": another shooting that night, never the
    // story's count; the same words without it conflict.
    let report = gazette_and_times(
        "Five people were shot in Larch Park, officers said.",
        "About 40 minutes earlier, three people were shot in Larch Park, police said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "Five people were shot in Larch Park, officers said.",
        "Police said three people were shot in Larch Park.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn votes_needed_for_two_ends_never_conflict() {
    // Two thresholds: to break a filibuster, to stall a nomination; or one
    // whose end goes unsaid.
    let rule = "Chamber rules require 60 votes to break a filibuster.";
    for needed in ["needed", "necessary"] {
        let report = gazette_and_times(
            &format!("Her caucus holds the 41 votes {needed} to stall the nomination."),
            rule,
        );
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "Her caucus holds the 41 votes needed to stall the nomination.",
        "The nominee needs 60 votes, the leader said.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // What votes were won for says nothing of a tally: a conflict still.
    let report = gazette_and_times(
        "Ames won 5,000 votes to become mayor of Larch.",
        "Ames won 4,800 votes in the race for mayor of Larch.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
    // One end, two figures: a conflict.
    let report = gazette_and_times(
        "Her caucus holds the 41 votes needed to break a filibuster.",
        rule,
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn money_for_two_stated_purposes_may_agree_never_conflict() {
    // What the money is for, read past the words for money itself
    // ("in funding for the levee", "in harbour dredging spending").
    let report = gazette_and_times(
        "The mayor said $40 million in funding for the levee was not negotiable.",
        "The council called $25 million in harbour dredging spending too little.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "The mayor said $40 million in funding for the levee was not negotiable.",
        "The council offered $40 million in levee spending.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // One purpose, two sums: a conflict still.
    let report = gazette_and_times(
        "The council approved $40 million for the levee.",
        "The council approved $25 million for the levee.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn funds_and_a_cost_for_one_end_agree_but_never_conflict() {
    // Who pays a sum and what it pays for, planned or stated: one sum told
    // three ways (the lexicon names the first two funding, the third cost).
    let report = frame_findings(&[
        (
            "gazette",
            "The council set aside $48.6 million for the Ashby Lane bridge.",
        ),
        (
            "times",
            "Council members approved $48.6 million to build the Ashby Lane bridge.",
        ),
        (
            "post",
            "The Ashby Lane bridge is expected to cost $48.6 million.",
        ),
    ]);
    let f = finding(&report, &["gazette#0", "times#0", "post#0"]).expect("one finding of three");
    assert_eq!(f.verdict, Verdict::Agree);
    assert!(
        f.explanation.contains("purpose bridge"),
        "{}",
        f.explanation
    );
    // (A sum planned and one stated share no modality to name.)
    assert!(!f.explanation.contains("reported"), "{}", f.explanation);
    // Funds may cover part of a cost, and an estimate is no budget:
    // different sums are no error.
    let report = gazette_and_times(
        "The council set aside $12 million for the Ashby Lane bridge.",
        "The Ashby Lane bridge is expected to cost $49 million.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    let report = gazette_and_times(
        "The carmaker will invest $850 million in a battery plant in Fenwick.",
        "The carmaker is spending $800 million on a battery plant in Fenwick.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    // Two estimates of one cost are one quantity: a conflict still.
    let report = gazette_and_times(
        "The Ashby Lane bridge is expected to cost $49 million.",
        "The Ashby Lane bridge is expected to cost $61 million.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_count_over_months_may_agree_never_conflict_with_an_undated_one() {
    // A month's or a year's count may hold many events; an undated count
    // is the story's own.
    for long in [
        "At least 80 people died in Kestrel in November alone.",
        "More than 750 people have been killed in Kestrel this year.",
    ] {
        let report = gazette_and_times(long, "Four people were killed in Kestrel.");
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "Four people were killed in Kestrel in November.",
        "Four people were killed in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    // Two counts both dated by the month still conflict.
    let report = gazette_and_times(
        "Eighty people were killed in Kestrel in November.",
        "Sixty people were killed in Kestrel in November.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_page_stamp_dates_the_page_not_the_count() {
    let report = gazette_and_times(
        "Five people were shot at the Kestrel fair (Published Tuesday, June 9, 2015)",
        "Five people were shot at the Kestrel fair, police said.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    // A year in the sentence itself still sets the count apart.
    let report = gazette_and_times(
        "Five people were shot at the Kestrel fair in 2013, police said.",
        "Five people were shot at the Kestrel fair, police said.",
    );
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn a_count_naming_its_day_meets_a_count_naming_its_month() {
    // The day says when within the month: the two may agree, never
    // conflict.
    let report = gazette_and_times(
        "Five people were shot early Sunday at the Kestrel fair.",
        "Police arrested a teenager accused of shooting five people at the Kestrel fair in May.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    let report = gazette_and_times(
        "Four people were shot early Sunday at the Kestrel fair.",
        "Police arrested a teenager accused of shooting five people at the Kestrel fair in May.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
}

#[test]
fn a_running_total_to_a_point_may_agree_but_never_conflicts() {
    // "As of Friday", "since January" count to a point: the total may
    // have grown, or hold more than the one event.
    for total in [
        "As of Friday, 34 deputies had died on duty, the Kestrel fund said.",
        "Since January, 34 deputies have died on duty, the Kestrel fund said.",
    ] {
        let report =
            gazette_and_times(total, "Three deputies died on duty, the Kestrel fund said.");
        assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    }
    let report = gazette_and_times(
        "As of Friday, 34 deputies had died on duty, the Kestrel fund said.",
        "In all, 34 deputies died on duty, the Kestrel fund said.",
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
}

#[test]
fn an_area_burned_in_acres_and_in_hectares_is_one_quantity() {
    let acres =
        "The Tarn Ridge fire has burned 12,400 acres west of Corvell, officials said Thursday.";
    let report = gazette_and_times(
        acres,
        "The Tarn Ridge fire has scorched about 5,000 hectares west of Corvell, officials said Thursday.",
    );
    assert!(
        grouped(&report, "gazette#0", "times#0"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.count(Verdict::Agree), 1, "{:#?}", report.findings);
    let report = gazette_and_times(
        acres,
        "The Tarn Ridge fire has charred about 3,000 hectares west of Corvell, officials said Thursday.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}

#[test]
fn a_document_that_tells_both_figures_is_no_rival_of_itself() {
    // The gazette counts everyone hurt and then the bystanders among them;
    // the times counts only the bystanders. The gazette saw no rivals in
    // its own two figures, and no other source gives its six.
    let gazette = "Six people were hurt by gunfire on Vane Street in Kestrel. \
        Three bystanders who were hurt on Vane Street in Kestrel remain in hospital.";
    let report = gazette_and_times(
        gazette,
        "Three people were hurt by gunfire on Vane Street in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Conflict), 0, "{:#?}", report.findings);
    assert!(
        grouped(&report, "gazette#1", "times#0"),
        "{:#?}",
        report.findings
    );
    // Two sources that each give one figure still conflict.
    let report = gazette_and_times(
        "Six people were hurt by gunfire on Vane Street in Kestrel.",
        "Three people were hurt by gunfire on Vane Street in Kestrel.",
    );
    assert_eq!(report.count(Verdict::Conflict), 1, "{:#?}", report.findings);
}
