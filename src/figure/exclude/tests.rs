//! What the exclusion rules skip, and the counts beside them they keep.

use crate::figures;

fn texts(s: &str) -> Vec<String> {
    figures(s).map(|f| f.text).collect()
}

#[test]
fn skips_years_dates_and_times() {
    assert!(texts("In 1998 the plant closed.").is_empty());
    assert!(texts("The fiscal 2026 budget and the 2012–13 season.").is_empty());
    assert!(texts("It reopened on February 7 and again on Jan. 20, 2025.").is_empty());
    assert!(texts("Filed 7/2/2025, updated 2025-02-07, due 1995-01.").is_empty());
    assert!(texts("Doors open at 10 a.m. and close at 3:30 p.m., 24/7 support.").is_empty());
    assert!(texts("Trends of the 1990s and the '80s.").is_empty());
    assert_eq!(texts("Some 2000 people came."), ["Some 2000"]);
}

#[test]
fn skips_ordinals_and_ages() {
    assert!(texts("She finished first, then 21st, then twenty-fifth.").is_empty());
    assert!(texts("A 5-year-old boy and a 60-year-old man, aged 34 and 40 years old.").is_empty());
    assert!(texts("Mara Quill, 34, of Brookton, said so.").is_empty());
    // A list of ages ends in "years old".
    assert!(texts("The boys injured were 8 and 11 years old.").is_empty());
    assert!(texts("The boys were 7, 9 or 11 years old.").is_empty());
    assert_eq!(texts("Police said 9 and 10 people were hurt."), ["9", "10"]);
    // Ages said by how old someone turns, is, or is under.
    for s in [
        "He may be held until he turns 21.",
        "Ana Pell, now 77, still rows the bay.",
        "Her cousins Ana Pell and Tom Vale, both 18 — saw it.",
        "Sheriff: Student shooter, 14, dead after the attack",
        "The law covers a child younger than 14.",
        "Nobody under the age of 18 may enter.",
        "The riders are between the ages of 30 and 35.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(
        texts("The toll rose to 12, now 14, officials said."),
        ["12", "14"]
    );
    assert_eq!(texts("Deaths in Larch County, now 14, may rise."), ["14"]);
    assert!(texts("Dr. Vale, now 77, still rows.").is_empty());
    assert_eq!(
        texts("The fund turned 200 dollars into 3,000."),
        ["200 dollars", "3,000"]
    );
    assert_eq!(texts("Staff turned 200 people away on Friday."), ["200"]);
    assert_eq!(
        texts("The rate is 19 deaths per 100,000 residents."),
        ["19"]
    );
    // A gallery's credit, counter and ranks.
    assert_eq!(
        texts("Photo: Brook 12 Video Image 3 of 9 Four people were hurt."),
        ["Four"]
    );
    assert!(texts("Image 2 of / 7 Caption Close Image 2 of 7").is_empty());
    assert!(texts("Teen hurt in Dunmore shooting 1 / 8 Back to Gallery").is_empty());
    assert_eq!(
        texts("Two hurt in blast in Port Dunmore 1 / 14 Back to Gallery"),
        ["Two"]
    );
    // Calibres, and ages said with plural or after a naming verb.
    assert_eq!(
        texts("Deputies found a .40 caliber handgun, a 9 mm pistol and 16 casings."),
        ["16"]
    );
    assert!(texts("Flying glass cut two 6-year-olds on the porch.") == ["two"]);
    assert!(texts("The victim was Tomas Reyes, 24.").is_empty());
    assert!(texts("Police named Ada Brook, 17 of Dunmore, as the driver.").is_empty());
    assert_eq!(texts("Violent crime incidents: 38 Image 17 of 40"), ["38"]);
    assert_eq!(
        texts("Image 9 of 44 35. Dunmore Crime incidents: 240"),
        ["240"]
    );
}

#[test]
fn skips_identifiers() {
    for s in [
        "Under Executive Order 14159 agencies act.",
        "They signed 287(g) deals and 287 (g) pacts.",
        "The House passed H.R. 1 on Tuesday.",
        "Title 42 ended; Section 4 applies.",
        "Cases of COVID-19 fell along Route 66.",
        "A Boeing 737 landed; staff filled Form I-9.",
        "Write to Box Hill, PA 19104 or call 555-0199.",
        "Call +1-202-555-0143 today.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
}

#[test]
fn skips_fixed_phrases_that_count_nothing() {
    for s in [
        "Trust is a two-way street, she said.",
        "He urged a 12-step program for the party.",
        "The deal gets the firm a foot in the door, she said.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(texts("The plan lists 12 steps for the party."), ["12"]);
    assert_eq!(texts("The water rose a foot in the night."), ["a foot"]);
}

#[test]
fn skips_the_generic_one_and_a_loved_one() {
    for s in [
        "The crowd was calmer than one might expect.",
        "To see the harm one only needs to walk the pier.",
        "One can only imagine the cost.",
        "Losing a loved one is hard.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(texts("One man could face charges."), ["One"]);
    assert_eq!(
        texts("Police said more than one could be charged."),
        ["more than one"]
    );
}

#[test]
fn skips_fortunes_and_one_against_the_other() {
    assert!(texts("He made his billions in finance.").is_empty());
    assert_eq!(texts("Their thousands of fans cheered."), ["thousands"]);
    // ("once" is a count here, after another count of times.)
    assert_eq!(
        texts("He was hit twice in one hand, once in the other."),
        ["twice", "once"]
    );
    assert_eq!(texts("Police found one gun in the other car."), ["one"]);
    assert_eq!(texts("Fans came in their thousands."), ["thousands"]);
    assert_eq!(
        texts("Armed with one rifle, the other suspect fled."),
        ["one"]
    );
    assert_eq!(
        texts("He was shot in one leg. The other man was not hurt."),
        ["one"]
    );
}

#[test]
fn skips_the_age_someone_was() {
    assert!(texts("When she was about 16 and working nights, she left.").is_empty());
    assert!(texts("She was 12 when the war began.").is_empty());
    assert_eq!(texts("The toll was 15 and rising."), ["15"]);
    assert_eq!(texts("He was 15 points behind."), ["15"]);
    assert_eq!(texts("He is 5 and 0 this season."), ["5", "0"]);
    assert!(texts("Ray Fenn was 15 at the time of the crash.").is_empty());
    assert!(texts("Ray Fenn was 15 when he left.").is_empty());
    assert_eq!(texts("The toll was 15 at the time."), ["15"]);
    assert_eq!(texts("Larch County was 15 at the time."), ["15"]);
    assert_eq!(texts("Turnout was 40 when the polls closed."), ["40"]);
    assert!(texts("Mr. Fenn was 15 when he left.").is_empty());
    assert_eq!(
        texts("Polls shut. Turnout was 40 when the count began."),
        ["40"]
    );
    assert!(texts("Boy Held in Death of Cousin Ana Roewell, 10").is_empty());
    assert_eq!(texts("Deaths In Dalvor County, 12"), ["12"]);
    assert_eq!(texts("Driver Deaths In Dalvor, 4"), ["4"]);
}

#[test]
fn skips_list_markers_addresses_and_idioms() {
    assert!(texts("1. Ferries\n2. Buses").is_empty());
    // A numbered list whose line breaks were lost: each item's marker
    // follows the last number of the item before.
    assert_eq!(
        texts("Thefts: 46 Assaults: 11 19. Millbrook Thefts: 12 Assaults: 3 18. Dunmore"),
        ["46", "11", "12", "3"]
    );
    assert_eq!(texts("Thefts: 12 Assaults: 3 18."), ["12", "3"]);
    // Not without the period, nor before a lowercase word.
    assert_eq!(
        texts("Thefts: 46 Assaults: 11 19 Millbrook"),
        ["46", "11", "19"]
    );
    assert_eq!(
        texts("Thefts: 46 Assaults: 11 19. then"),
        ["46", "11", "19"]
    );
    assert_eq!(
        texts("The toll rose to 35. Officials said 12 died."),
        ["35", "12"]
    );
    assert!(texts("See harbor.news 2 and @dock_worker55 or mail kim@port.org").is_empty());
    assert!(texts("He is number one. From day one, one of the crew and the one who left helped one another.").is_empty());
    assert_eq!(texts("One ferry sank."), ["One"]);
    assert!(texts("Guards kept the larger one inside the hall.").is_empty());
    assert_eq!(texts("Guards kept a further 40 inside."), ["40"]);
    assert_eq!(
        texts("She faces 12 counts of fraud, one for every client she billed."),
        ["12"]
    );
    assert_eq!(texts("One for the road, and 40 more."), ["One", "40"]);
}

#[test]
fn ranges_and_lists_of_ages_are_no_figures() {
    assert_eq!(
        texts("Nine riders, ranging in age from 19 to 44, were hurt."),
        ["Nine"]
    );
    assert_eq!(
        texts("The pupils ranged in age from 7-12 years of age."),
        Vec::<String>::new()
    );
    assert_eq!(
        texts("Three men, ages 31, 40, and 52, were treated."),
        ["Three"]
    );
    assert_eq!(texts("Two women, ages 18, 27, were hurt."), ["Two"]);
    assert_eq!(
        texts("The riders, ages 19 and 22, 3 of whom were hurt, left."),
        ["3"]
    );
    assert_eq!(
        texts("He killed two men -- Omar Lind, 30; and Ty Brand, 44 -- and fled."),
        ["two"]
    );
    assert_eq!(
        texts("Riders from 18- to 30-years-old took part."),
        Vec::<String>::new()
    );
    assert_eq!(
        texts("Police seek a 30- to 35-year-old woman."),
        Vec::<String>::new()
    );
    // A range that is no age stays a figure.
    assert_eq!(
        texts("Crews cleared from 20 to 30 roads."),
        ["from 20 to 30"]
    );
}

#[test]
fn skips_street_addresses_and_ages_after_a_quote() {
    assert_eq!(texts("Crews cleared 40 trees at 4522 Mill Road."), ["40"]);
    assert_eq!(
        texts("The shelter at 40 N. Harbor St. took in 120 people."),
        ["120"]
    );
    assert!(texts("She lives at 1600 Pennsylvania Avenue now.").is_empty());
    assert_eq!(texts("Officers arrested 40 Mill Valley residents."), ["40"]);
    assert!(texts("\u{201c}We lost everything,\u{201d} said Farah Sandley, 64.").is_empty());
    assert!(texts("\u{201c}We lost everything,\u{201d} said Sandley, 64. She left.").is_empty());
    assert_eq!(texts("The county reported cases in Eastgate, 37."), ["37"]);
    assert!(texts("\u{201c}We lost everything,\u{201d} said Farah J. Sandley, 64.").is_empty());
    assert!(texts("\u{201c}We lost everything,\u{201d} said Mary Ann Sandley, 64.").is_empty());
    assert_eq!(
        texts("Crews will return, the mayor said Friday, 12."),
        ["12"]
    );
    // Counts of things named after streets stay figures.
    assert_eq!(texts("The fire closed 40 Main Street businesses."), ["40"]);
    assert_eq!(texts("It damaged 25 Park Avenue buildings."), ["25"]);
    assert_eq!(
        texts("Nine Supreme Court justices and 9 Supreme Court clerks met."),
        ["Nine", "9"]
    );
    assert!(texts("Crowds gathered at 50 Times Square on Friday.").is_empty());
}

#[test]
fn skips_phone_numbers_people_are_asked_to_call() {
    for s in [
        "Tips go to the hotline at 555-TIPS (8477).",
        "Call the crime line at 412-555-CASH with information.",
        "Readers can also call 1-800-DAM-WATCH.",
        "Callers reached the tip line at 662-5LOCKUP.",
        "Residents called 911 after the levee gave way.",
        "A 911 dispatcher took the report.",
        "Text HARBOR to 847411 for updates.",
        "The desk is at 310 555-0147 until noon.",
        "Call the county office at 412-8820.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    // counts near the same words stay
    assert_eq!(
        texts("Dispatchers took 911 calls? No: they took 640 calls."),
        ["640"]
    );
    assert_eq!(texts("Officers called 12 witnesses."), ["12"]);
    assert_eq!(texts("The plan adds 500-1000 homes."), ["500-1000"]);
}

#[test]
fn skips_street_addresses_as_police_reports_write_them() {
    for s in [
        "The fire started in the 4700 block of Larch Avenue.",
        "It spread to the 200 West block of Ferry Street.",
        "Crews closed the 0 to 300 block of Quay Lane.",
        "A crash in the 3100-block of Orchard Road blocked traffic.",
        "Officers went to a home at 861 W. 36th Street.",
        "The caller was at 618 Tanner road.",
        "A shelter opened at the Dockside Hall, 2290 Cormorant Drive, on Monday.",
        "Deputies were at 4410 Heron Pass near Millbrook.",
        "The lot at 7 Mile Road flooded.",
        "The car stopped near 2700 North and 4300 East.",
        "Crews were at 1720 Gull Crossing in the morning.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(
        texts("The storm cut power to 3,100 homes near 8 Mile."),
        ["3,100"]
    );
}

#[test]
fn skips_ages_in_lists_of_people() {
    for s in [
        "The victims were Ada Brook, 35; Lena Marsh, 18; and Tom Vale, 41.",
        "The victims were Ada Brook, 35; and Tom Vale, 41.[12] Both lived in Riverton.",
        "Hal Dorn Jr., 56, of Westport was charged.",
        "A Riverton girl, 6, was hurt.",
        "Lee Park, 27 and Ana Cole, 29, were released.",
        "Residents who are 65 and older may vote by mail.",
        "The ferry is free for riders 12 or younger.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(
        texts("Two women, 41 and 27, were treated at the scene."),
        ["Two"]
    );
    assert_eq!(texts("The victims, 12 in all, were treated."), ["12"]);
}

#[test]
fn skips_names_citations_and_series() {
    for s in [
        "Image 14 of 32 shows the flooded pier.",
        "The levee failed in 1927.[12][40]",
        "ABC 6 reported the closure first.",
        "She was taken to Regional One for treatment.",
        "The 7-Eleven on Dock Street was closed.",
        "Ferry Fire Strands Commuters - Harlow 9 News Weather & Sports",
        "Copyright 2031 Tarn Action News 5.",
        "She told Channel 3 she heard the blast.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(texts("Crews from ABC 6 and 40 volunteers came."), ["40"]);
    assert_eq!(texts("Five News Crews Reached 12 Villages"), ["Five", "12"]);
}

#[test]
fn skips_dockets_statutes_bylines_calibres_and_captions() {
    for s in [
        "The appeal, Harlow v. Dunmore Mills, No. 12-345, asks whether the workers can sue together.",
        "Under Sec. 31-7, a ferry must carry a log.",
        "Under 625 ILCS 5/11-501, drivers must submit to a test.",
        "The rule is set out in 40 CFR 60.1.",
        "By Ana Reyes and WXYZ 4 STAFF",
        "Officers found his 9 mm semi-automatic rifle in the car.",
        "A 9mm Glock pistol was recovered.",
        "Image 1 of 6 Dana Pike, 31 Dana Pike, 31 Photo: Courtesy of police",
        "Dana Pike, 31 Handout",
        "A driver was hit by gunfire in the 4,500 block of Larch Avenue.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    // Counts beside the same words stay counts.
    assert_eq!(
        texts("Under 625 ILCS 5/11-501 drivers took 2 tests."),
        ["2"]
    );
    assert_eq!(texts("Mayor Ann Lowe, 2 Aides Indicted"), ["2"]);
    assert_eq!(texts("Teen Dead, 6 Injured in Dunmore Shooting"), ["6"]);
    assert_eq!(texts("The fund paid 4,500 families."), ["4,500"]);
    assert_eq!(
        texts("Crews measured 70 mm of rain on the gun range."),
        ["70 mm"]
    );
    assert_eq!(texts("WXYZ 4 reported 12 arrests."), ["12"]);
}

#[test]
fn a_number_word_before_a_plural_counts_after_page_furniture() {
    // A capital before a number word makes a name (`Regional One`)
    // unless the number, above one, counts the plural after it.
    assert_eq!(texts("Buy Photo Two adults were hurt."), ["Two"]);
    assert_eq!(texts("Harlow 9 News Two brothers were hurt."), ["Two"]);
    assert!(texts("Photo Two shows the pier.").is_empty());
    assert!(texts("We thank our Dunmore One partners.").is_empty());
    assert!(texts("She was taken to Regional One for treatment.").is_empty());
}

#[test]
fn skips_dates_and_times_written_loosely() {
    for s in [
        "Marchers gathered for the 9/12 rally downtown.",
        "The feud dates back to at least 2009.",
        "Records since at least 2015 show it.",
        "Officials studied 2016 campaign finance rules.",
        "Don't let your 2015 resolutions fade.",
        "The blast came around 10 Saturday night.",
        "The vote is at 9 tonight.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    assert_eq!(texts("It filled 3/15 of the basin."), ["3/15"]);
    assert_eq!(
        texts("Crews laid at least 2000 sandbags."),
        ["at least 2000"]
    );
}
