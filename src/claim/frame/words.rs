//! The closed word lists of the frame rules: predicate classes of verbs and
//! event nouns, state words ("dead", "injured"), verbs that are not the
//! event ("said", "wants", "made"), phrasal verbs, and the head classes of
//! nouns (from WordNet, with a few overrides). Properties of English news,
//! not of one story.

use crate::claim::frame::model::{HeadClass, Polarity, Predicate, PredicateClass, Voice};
use crate::text::{NounClass, Token, noun_senses};

use PredicateClass as P;

/// Whether a verb of a known class was turned to no class by what it
/// happened to ("the suspect fled": an escape, no evacuation; "spent the
/// night": no money): the reader judged it is not its usual event here,
/// so neither its lemma nor the measure rules name a measure by it.
pub(in crate::claim) fn turned(p: &Predicate) -> bool {
    p.class == PredicateClass::Other && p.voice != Voice::Nominal && verb_class(&p.lemma).is_some()
}

/// The class and polarity a verb lemma gives a predicate, before its
/// object is known (see [`resolve`]).
pub(super) fn verb_class(lemma: &str) -> Option<(PredicateClass, Polarity)> {
    let class =
        match lemma {
            "kill" | "die" | "slay" | "murder" | "perish" | "drown" | "execute" | "assassinate"
            | "massacre" | "strangle" | "behead" | "decease" | "succumb" | "shoot to death"
            | "stab to death" | "beat to death" | "burn to death" | "strangle to death"
            | "crush to death" => P::Die,
            "wound" | "injure" | "hurt" | "hospitalize" | "hospitalise" | "maim" | "stab"
            | "harm" => P::Injure,
            "shoot" | "gun down" => P::Shoot,
            "fire" | "discharge" => P::Fire,
            "arrest" | "detain" | "apprehend" | "nab" | "book" | "jail" | "round up"
            | "lock up" => P::Arrest,
            "charge" | "indict" | "accuse" | "prosecute" | "cite" => P::Charge,
            "convict" => P::Convict,
            "sentence" => P::Sentence,
            "release" | "free" | "parole" | "acquit" => P::Release,
            "evacuate" | "flee" | "displace" | "uproot" | "relocate" => P::Evacuate,
            "rescue" | "save" | "airlift" => P::Rescue,
            "damage" | "destroy" | "flood" | "raze" | "demolish" | "ruin" | "wreck" | "gut"
            | "flatten" | "level" | "burn" | "scorch" | "char" | "blacken" | "topple" | "ram" => {
                P::Damage
            }
            "build" | "construct" | "erect" | "create" => P::Build,
            "hire" | "recruit" | "employ" | "enlist" | "bring on" | "take on" => P::Hire,
            "cut" | "lay off" | "eliminate" | "slash" | "shed" | "furlough" | "axe" | "ax"
            | "dismiss" => P::Cut,
            "spend" | "cost" | "fund" | "budget" | "allocate" | "appropriate" | "earmark"
            | "invest" | "set aside" | "grant" | "award" | "commit" => P::Spend,
            "raise" | "donate" | "collect" | "earn" | "generate" | "gross" | "bring in" => P::Raise,
            "pay" | "repay" | "reimburse" | "fine" | "tax" | "owe" | "refund" | "buy"
            | "purchase" => P::Pay,
            "vote" | "pass" | "approve" | "reject" | "ratify" | "adopt" | "veto" => P::Vote,
            "win" | "gain" | "capture" | "flip" | "secure" => P::Win,
            "support" | "oppose" | "favor" | "favour" | "disapprove" | "back" => P::Poll,
            "rise" | "fall" | "increase" | "decrease" | "climb" | "drop" | "grow" | "jump"
            | "surge" | "soar" | "plunge" | "decline" | "double" | "triple" | "shrink" | "slip"
            | "dip" | "tumble" | "spike" | "reduce" | "boost" | "swell" | "sink" | "dwindle" => {
                P::Change
            }
            "deport" | "expel" | "repatriate" => P::Deport,
            _ => return None,
        };
    Some((class, polarity(lemma, class)))
}

/// Which way a predicate moves its count.
fn polarity(lemma: &str, class: PredicateClass) -> Polarity {
    match class {
        P::Hire | P::Build | P::Raise | P::Win => Polarity::Increase,
        P::Cut | P::Damage => Polarity::Decrease,
        P::Change => match lemma {
            "fall" | "decrease" | "drop" | "plunge" | "decline" | "shrink" | "slip" | "dip"
            | "tumble" | "reduce" | "sink" | "dwindle" => Polarity::Decrease,
            _ => Polarity::Increase,
        },
        _ => Polarity::Neutral,
    }
}

/// What the counted thing (or the verb's object) tells of the verb:
/// "created 500 jobs" is hiring, "fired 30 shots" firing but "fired 30
/// workers" a cut, "approved $2 million" spending, "lost their lives"
/// dying. `head` is the frame's head lemma, `object` a noun after the verb
/// (the counted thing is its subject), `next` the word right after the
/// verb, `money`/`share` the figure's kind.
pub(super) fn resolve(
    lemma: &str,
    found: (PredicateClass, Polarity),
    head: Option<&str>,
    object: Option<&str>,
    next: Option<&str>,
    money: bool,
    share: bool,
) -> (PredicateClass, Polarity) {
    let thing = object.or(head);
    let job = thing.is_some_and(is_job);
    let person = head.is_some_and(is_person_head);
    if let Some(r) = ballot(lemma, head, object, next, money, share) {
        return r;
    }
    match lemma {
        "create" | "add" | "generate" if job || (lemma == "add" && person) => {
            (P::Hire, Polarity::Increase)
        }
        "lose" | "shed" | "eliminate" | "cut" if job => (P::Cut, Polarity::Decrease),
        "lose" if object == Some("life") => (P::Die, Polarity::Neutral),
        // "suffered gunshot wounds", "sustained minor injuries"
        "suffer" | "sustain" | "receive" | "have" if object.is_some_and(wound) => {
            (P::Injure, Polarity::Neutral)
        }
        "lose" if object.is_some_and(|o| matches!(o, "home" | "house")) => {
            (P::Damage, Polarity::Decrease)
        }
        "lose" | "gain" | "raise" if share => (P::Change, gained(lemma)),
        "fire" if person => (P::Cut, Polarity::Decrease),
        // "the suspect fled on foot": an escape, not an evacuation; and so
        // is fleeing a crime's scene or in a car, whoever fled ("15 bikers
        // fled the scene", "two men fled in a car"), not their homes.
        "flee" | "escape" if head.is_some_and(fugitive) || object.is_some_and(getaway) => {
            (P::Other, Polarity::Neutral)
        }
        "approve" | "pass" if money => (P::Spend, Polarity::Neutral),
        // "spent Sunday night in shelters": time, not money; "cost 12
        // lives". ("Would cost billions": a bare amount is money.)
        "spend" | "fund" | "budget" | "invest" | "commit" if !money => {
            (P::Other, Polarity::Neutral)
        }
        "cost" if !money && head.is_some() => (P::Other, Polarity::Neutral),
        "charge" if money => (P::Pay, Polarity::Neutral),
        "buy" | "purchase" if !money => (P::Other, Polarity::Neutral),
        "give" | "contribute" if money => (P::Raise, Polarity::Increase),
        "file" | "face" | "bring" | "add" | "drop" if thing.is_some_and(charge_word) => {
            (P::Charge, Polarity::Neutral)
        }
        "raise" if !money => (P::Change, Polarity::Increase),
        "lose" => (P::Other, Polarity::Decrease),
        // "will secure the levee within a year": a length of time is not won.
        _ if found.0 == P::Win && head.is_some_and(|h| head_class(h) == HeadClass::Time) => {
            (P::Other, Polarity::Neutral)
        }
        _ => found,
    }
}

/// The senses of [`resolve`] in votes, seats and polls: support, a
/// law's passing, seats won and lost, and two senses that are none of
/// them ("backed into", "adopted by 19 states").
fn ballot(
    lemma: &str,
    head: Option<&str>,
    object: Option<&str>,
    next: Option<&str>,
    money: bool,
    share: bool,
) -> Option<(PredicateClass, Polarity)> {
    let seat = object
        .or(head)
        .is_some_and(|t| matches!(t, "seat" | "vote"));
    Some(match lemma {
        // "carried Ostrander County by 9 percent" (the place its object, not
        // its subject: "three states carried out executions")
        "carry" if object.is_some_and(|t| head_class(t) == HeadClass::Place) => {
            (P::Win, Polarity::Increase)
        }
        // "two men backed into the alley": a motion, not support.
        "back" if next.is_some_and(|n| matches!(n, "into" | "out" | "away" | "off" | "down")) => {
            (P::Other, Polarity::Neutral)
        }
        // "ratified by some 14 other states": a law places took up, no
        // votes cast.
        "adopt" | "pass" | "approve" | "ratify" | "enact"
            if next == Some("by") && head.is_some_and(|h| head_class(h) == HeadClass::Place) =>
        {
            (P::Other, Polarity::Neutral)
        }
        "receive" | "take" | "garner" | "capture" | "earn" | "get" if seat => {
            (P::Win, Polarity::Increase)
        }
        "lose" | "gain" | "win" if seat => (P::Win, gained(lemma)),
        "approve" | "support" | "oppose" | "favor" | "favour" | "disapprove" if share => {
            (P::Poll, Polarity::Neutral)
        }
        // "33 Democrats supported the bill": lawmakers' support is votes.
        "support" | "oppose" | "back" | "favor" | "favour" | "endorse"
            if !money && head.is_some_and(lawmaker) =>
        {
            (P::Vote, Polarity::Neutral)
        }
        _ => return None,
    })
}

/// Which way "lose" (down) and a verb of gaining (up) move a count.
fn gained(lemma: &str) -> Polarity {
    if lemma == "lose" {
        Polarity::Decrease
    } else {
        Polarity::Increase
    }
}

/// Nouns that name a charge against someone ("faces two counts", "filed
/// charges", "an indictment").
pub(super) fn charge_word(lemma: &str) -> bool {
    matches!(lemma, "count" | "charge" | "indictment")
}

/// Verbs whose class is decided by their object only ("lost their
/// jobs"); without one they are plain events.
pub(super) fn needs_object(lemma: &str) -> bool {
    matches!(
        lemma,
        "lose" | "add" | "suffer" | "sustain" | "receive" | "face"
    )
}

/// The head an age noun stands for: "4-year-olds" are children,
/// "16-year-olds" teens, "30-year-olds" people.
pub(super) fn age_head(lower: &str) -> Option<&'static str> {
    let rest = lower
        .strip_suffix("-year-olds")
        .or_else(|| lower.strip_suffix("-year-old"))?;
    let age = rest
        .parse::<u32>()
        .ok()
        .or_else(|| crate::figure::small_number_word(rest).map(u32::from))?;
    Some(match age {
        0..=12 => "child",
        13..=19 => "teen",
        _ => "person",
    })
}

/// Those who do a violent event rather than suffer it: the words both
/// [`fugitive`] and [`perpetrator`] hold.
fn doer(lemma: &str) -> bool {
    matches!(
        lemma,
        "suspect" | "gunman" | "shooter" | "attacker" | "assailant" | "perpetrator"
    )
}

/// People who flee from the police, not from a danger; who do the
/// event rather than suffer it ("shooting suspects", "homicide suspect").
pub(super) fn fugitive(lemma: &str) -> bool {
    doer(lemma)
        || matches!(
            lemma,
            "robber" | "thief" | "burglar" | "intruder" | "inmate" | "prisoner" | "escapee"
        )
}

/// Where one flees from, or how, in an escape rather than an evacuation:
/// a crime's scene, on foot, in a vehicle (noun lemmas).
fn getaway(object: &str) -> bool {
    matches!(
        object,
        "scene" | "foot" | "vehicle" | "car" | "van" | "truck" | "sedan" | "suv" | "motorcycle"
    )
}

/// The one who did it, whom a count of the dead or hurt may include
/// ("three dead, including the gunman"), as a noun lemma.
pub(in crate::claim) fn perpetrator(lemma: &str) -> bool {
    doer(lemma) || matches!(lemma, "killer" | "bomber")
}

/// Whether a head lemma names those who cast votes on a bill: lawmakers
/// and party members ("support from 33 Democrats"); not words that also
/// name others ("members", "representatives").
pub(super) fn lawmaker(lemma: &str) -> bool {
    matches!(
        lemma,
        "democrat"
            | "republican"
            | "senator"
            | "lawmaker"
            | "legislator"
            | "congressman"
            | "congresswoman"
            | "councilman"
            | "councilwoman"
            | "councilor"
    )
}

/// Whether a noun lemma names a job.
pub(super) fn is_job(lemma: &str) -> bool {
    matches!(
        lemma,
        "job" | "position" | "post" | "vacancy" | "role" | "layoff"
    )
}

/// Whether a head lemma is a person or people.
pub(crate) fn is_person_head(lemma: &str) -> bool {
    head_class(lemma) == HeadClass::Person
}

/// Event nouns that count incidents, not the people they befell: "three
/// shootings" are no three people shot (a shooting may hit five, or
/// none), where "12 deaths" are twelve who died.
pub(crate) fn incident_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "shooting" | "stabbing" | "attack" | "robbery" | "carjacking" | "burglary" | "bombing"
    )
}

/// The predicate class an event noun carries when no verb says what
/// happened: "7,300 arrests", "12 deaths", "400 layoffs".
pub(in crate::claim) fn event_noun(lemma: &str) -> Option<(PredicateClass, Polarity)> {
    let class = match lemma {
        "death" | "fatality" | "killing" | "homicide" | "murder" | "dead" => P::Die,
        "injury" | "wound" | "injured" | "wounded" => P::Injure,
        "shooting" | "gunshot" => P::Shoot,
        "arrest" | "detention" | "apprehension" | "booking" | "detainee" => P::Arrest,
        "charge" | "indictment" | "count" => P::Charge,
        "conviction" => P::Convict,
        "sentence" => P::Sentence,
        "evacuation" | "evacuee" | "displacement" => P::Evacuate,
        "rescue" => P::Rescue,
        "deportation" | "removal" | "expulsion" | "deportee" => P::Deport,
        "layoff" => P::Cut,
        "hire" | "hiring" | "recruit" => P::Hire,
        "vote" | "ballot" => P::Vote,
        "donation" | "contribution" => P::Raise,
        "fine" | "tax" | "payment" => P::Pay,
        "spending" | "expenditure" | "funding" | "budget" | "appropriation" => P::Spend,
        "increase" | "rise" | "gain" | "jump" | "surge" => P::Change,
        "decrease" | "drop" | "fall" | "decline" | "cut" => {
            return Some((P::Change, Polarity::Decrease));
        }
        _ => return None,
    };
    Some((class, polarity(lemma, class)))
}

/// Words that say what happened to people counted without a noun ("five
/// dead", "12 injured", "two people missing"): the class, by lower-case
/// form.
pub(super) fn state_word(lower: &str) -> Option<PredicateClass> {
    Some(match lower {
        "dead" | "killed" | "deceased" | "slain" => P::Die,
        "injured" | "wounded" | "hurt" | "hospitalized" | "hospitalised" => P::Injure,
        "displaced" | "evacuated" => P::Evacuate,
        "missing" | "unaccounted" => P::Other,
        _ => return None,
    })
}

/// Why a verb is not what happened to the counted thing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum NoEvent {
    /// Being, having, becoming, remaining, showing up: nothing is done
    /// ("two were", "five showed up at the hospital").
    Being,
    /// Saying: the subject is a source ("two lower courts said"), the
    /// object a figure passed on ("said 12").
    Saying,
    /// Reporting, counting, finding out: the verb tells of the figure, or
    /// of a clause it begins ("confirmed 12 deaths", "reported three riders
    /// were in stable condition"), though an active subject did it ("two
    /// neighbours there confirmed his account").
    Telling,
    /// Amount and membership: the figure is how many, not what happened
    /// ("totaled 12", "reached 500", "including two children").
    Amount,
    /// Light verbs: what is done to their object is in the noun, if
    /// anywhere ("made 120 arrests", "performed 60 surgeries", "carries a
    /// sentence of up to five years").
    Light,
    /// Wanting, planning, asking and drawing: the figure is aimed at or
    /// drawn in, its own event untold ("hopes to hire 40", "expect 4,000
    /// runners", "drew 3,000 fans").
    Aim,
}

impl NoEvent {
    /// Whether the verb says nothing its subject did either: being and
    /// saying ("two lower courts said", "five showed up at the hospital").
    pub(super) fn no_deed(self) -> bool {
        matches!(self, NoEvent::Being | NoEvent::Saying)
    }
}

/// Verbs that are not what happened to the counted thing, and why; `None`
/// for every other verb.
pub(super) fn no_event(lemma: &str) -> Option<NoEvent> {
    Some(match lemma {
        "be" | "have" | "do" | "become" | "remain" | "stand" | "show" => NoEvent::Being,
        "say" | "tell" | "accord" => NoEvent::Saying,
        "report" | "confirm" | "announce" | "estimate" | "count" | "tally" | "list" | "record"
        | "mark" | "reveal" | "disclose" | "indicate" | "claim" | "state" | "note" | "write"
        | "see" | "identify" | "detect" | "diagnose" | "log" | "document" | "verify" => {
            NoEvent::Telling
        }
        "total" | "number" | "reach" | "top" | "exceed" | "surpass" | "average" | "include"
        | "represent" | "comprise" => NoEvent::Amount,
        "make" | "get" | "carry" | "conduct" | "perform" | "serve" => NoEvent::Light,
        "want" | "plan" | "seek" | "aim" | "expect" | "need" | "hope" | "intend" | "try"
        | "promise" | "pledge" | "vow" | "demand" | "order" | "require" | "ask" | "call"
        | "draw" | "attract" => NoEvent::Aim,
        _ => return None,
    })
}

/// Nouns of people meeting or being asked, whose count follows "with" or
/// "of" ("22 meetings with 229 organizations", "a survey of 1,000
/// adults").
pub(super) fn meeting(lemma: &str) -> bool {
    matches!(
        lemma,
        "meeting" | "talk" | "interview" | "survey" | "poll" | "consultation" | "conversation"
    )
}

/// Nouns of a wound ("suffered gunshot wounds", "had minor injuries").
pub(super) fn wound(lemma: &str) -> bool {
    matches!(lemma, "injury" | "wound" | "burn" | "fracture")
}

/// Verbs of finding, whose object's state follows it ("found three people
/// shot", "found six victims suffering from gunshot wounds").
pub(super) fn finding(lemma: &str) -> bool {
    matches!(lemma, "find" | "discover" | "locate")
}

/// Verbs that are not what happened to the counted thing (see
/// [`NoEvent`]).
pub(super) fn not_an_event(lemma: &str) -> bool {
    no_event(lemma).is_some()
}

/// Verbs that happen to their subject and take no object: after a head
/// they are active ("12 inmates died"), not a reduced passive.
pub(super) fn intransitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "die"
            | "perish"
            | "drown"
            | "flee"
            | "attend"
            | "march"
            | "gather"
            | "rally"
            | "protest"
            | "live"
            | "sleep"
            | "remain"
            | "work"
            | "rise"
            | "fall"
            | "climb"
            | "drop"
            | "grow"
            | "jump"
            | "surge"
            | "soar"
            | "plunge"
            | "decline"
            | "vote"
            | "go"
            | "come"
            | "arrive"
            | "leave"
            | "stay"
            | "return"
            | "escape"
            | "survive"
            | "lose"
            | "win"
            | "quit"
            | "resign"
            | "retire"
            | "strike"
            | "apply"
            | "register"
            | "enroll"
            | "sign"
            | "turn"
    )
}

/// A phrasal verb of the predicate lists: `lemma` + the particle after it.
pub(super) fn phrasal(lemma: &str, particle: &str) -> Option<&'static str> {
    Some(match (lemma, particle) {
        ("lay", "off") => "lay off",
        ("bring", "on") => "bring on",
        ("take", "on") => "take on",
        ("round", "up") => "round up",
        ("lock", "up") => "lock up",
        ("set", "aside") => "set aside",
        ("gun", "down") => "gun down",
        ("bring", "in") => "bring in",
        _ => return None,
    })
}

/// A verb of harm with "to death" after it, which kills ("shot to
/// death", "beaten to death").
pub(super) fn to_death(lemma: &str) -> Option<&'static str> {
    Some(match lemma {
        "shoot" => "shoot to death",
        "stab" => "stab to death",
        "beat" => "beat to death",
        "burn" => "burn to death",
        "strangle" => "strangle to death",
        "crush" => "crush to death",
        _ => return None,
    })
}

/// Particles of [`phrasal`].
pub(super) fn particle(lower: &str) -> bool {
    matches!(lower, "off" | "on" | "up" | "aside" | "down" | "in")
}

/// Words before a figure that make it an increment ("another 12", "an
/// additional 40").
pub(super) fn increment_before(lower: &str) -> bool {
    matches!(lower, "another" | "additional")
}

/// Words right after a figure that make it an increment ("five more",
/// "12 additional officers").
pub(super) fn increment_after(lower: &str) -> bool {
    matches!(lower, "more" | "additional" | "further" | "extra")
}

/// Words before a figure that make it part of a larger count ("including
/// 50", "among them 3", "of whom 4").
pub(super) fn subset_before(lower: &str) -> bool {
    matches!(lower, "including" | "among" | "whom" | "incl")
}

/// Adverbs and modal words a predicate may stand behind ("were later
/// released", "could lose", "have been").
pub(super) fn verb_filler(lower: &str) -> bool {
    lower.ends_with("ly")
        || matches!(
            lower,
            "also"
                | "even"
                | "later"
                | "then"
                | "still"
                | "now"
                | "all"
                | "both"
                | "each"
                | "since"
                | "already"
                | "not"
                | "never"
                | "just"
                | "reportedly"
                | "allegedly"
                | "who"
                | "that"
                | "which"
                | "could"
                | "may"
                | "might"
                | "will"
                | "would"
                | "should"
                | "must"
                | "can"
                | "has"
                | "have"
                | "had"
                | "been"
                | "being"
                | "to"
                | "expected"
                | "set"
                | "likely"
        )
}

/// Forms of "be" that a participle or a base form may follow ("were
/// made", "is back").
pub(super) fn be_form(lower: &str) -> bool {
    matches!(lower, "is" | "are" | "was" | "were" | "be" | "been")
}

/// Forms of "be" and "get" that make a following participle passive.
pub(in crate::claim) fn passive_auxiliary(lower: &str) -> bool {
    be_form(lower) || matches!(lower, "being" | "get" | "got" | "gets")
}

/// Whether a token says what happened to the words before it: a verb
/// that is no noun, an auxiliary of the passive ("were"), or a state
/// ("dead", "injured"). It ends a list of items and follows a count said
/// alone ("one was treated", "one dead").
pub(super) fn tells_event(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.is_verb() && !t.is_noun() || passive_auxiliary(lower) || state_word(lower).is_some()
}

/// The head class of a noun lemma: WordNet's classes of its first sense
/// (person, money, weapon, vehicle, building, document, vote, time,
/// organization, place, event), a few overrides, else other.
pub(crate) fn head_class(lemma: &str) -> HeadClass {
    match lemma {
        "count" | "charge" | "indictment" | "felony" | "misdemeanor" => {
            return HeadClass::Charge;
        }
        _ if crate::text::PERSON_WORDS.contains(&lemma) => return HeadClass::Person,
        // A term of office.
        "term" => return HeadClass::Time,
        "seat" | "vote" | "ballot" => return HeadClass::Vote,
        "shooting" | "incident" | "attack" | "crash" | "raid" | "robbery" | "assault"
        | "burglary" | "homicide" | "killing" | "murder" | "death" | "fatality" => {
            return HeadClass::Event;
        }
        "dollar" | "cent" | "euro" | "pound" | "yen" => return HeadClass::Money,
        "percent" | "percentage" => return HeadClass::Other,
        _ => {}
    }
    // A hyphenated word the tables do not know takes its last part's class
    // ("six-hour" → "hour", "gunshot-wound" → "wound").
    let senses = noun_senses(lemma).or_else(|| {
        lemma
            .rsplit_once('-')
            .and_then(|(_, last)| noun_senses(last))
    });
    let Some(senses) = senses else {
        return HeadClass::Other;
    };
    let first = senses.first;
    let by_closure = [
        (NounClass::UNDER_PERSON, HeadClass::Person),
        (NounClass::UNDER_MONEY, HeadClass::Money),
        (NounClass::UNDER_WEAPON, HeadClass::Weapon),
        (NounClass::UNDER_VEHICLE, HeadClass::Vehicle),
        (NounClass::UNDER_BUILDING, HeadClass::Building),
        (NounClass::UNDER_DOCUMENT, HeadClass::Document),
        (NounClass::UNDER_VOTE, HeadClass::Vote),
        (NounClass::UNDER_CHARGE, HeadClass::Charge),
        (NounClass::UNDER_TIME_PERIOD, HeadClass::Time),
        (NounClass::UNDER_ORGANIZATION, HeadClass::Organization),
    ];
    if let Some((_, class)) = by_closure.iter().find(|(c, _)| first.contains(*c)) {
        return *class;
    }
    if first.contains(NounClass::LOCATION) {
        // "home" is first where one lives, then a dwelling.
        return if senses.all.contains(NounClass::UNDER_BUILDING) {
            HeadClass::Building
        } else {
            HeadClass::Place
        };
    }
    if first.contains(NounClass::TIME) {
        return HeadClass::Time;
    }
    if first.contains(NounClass::EVENT) || event_noun(lemma).is_some() {
        return HeadClass::Event;
    }
    HeadClass::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_in_digits_or_words_name_their_people() {
        for (word, head) in [
            ("4-year-olds", Some("child")),
            ("nine-year-old", Some("child")),
            ("fourteen-year-olds", Some("teen")),
            ("nineteen-year-old", Some("teen")),
            ("30-year-olds", Some("person")),
            ("twenty-year-olds", None),
            ("year-olds", None),
        ] {
            assert_eq!(age_head(word), head, "{word}");
        }
    }

    #[test]
    fn heads_take_their_first_senses_class() {
        for (lemma, class) in [
            ("person", HeadClass::Person),
            ("officer", HeadClass::Person),
            ("trooper", HeadClass::Person),
            ("teen", HeadClass::Person),
            ("dead", HeadClass::Person),
            ("shot", HeadClass::Weapon),
            ("round", HeadClass::Weapon),
            ("car", HeadClass::Vehicle),
            ("home", HeadClass::Building),
            ("house", HeadClass::Building),
            ("hour", HeadClass::Time),
            ("six-hour", HeadClass::Time),
            ("year", HeadClass::Time),
            ("dollar", HeadClass::Money),
            ("bill", HeadClass::Document),
            ("warrant", HeadClass::Document),
            ("county", HeadClass::Place),
            ("company", HeadClass::Organization),
            ("arrest", HeadClass::Event),
            ("shooting", HeadClass::Event),
            ("count", HeadClass::Charge),
            ("seat", HeadClass::Vote),
            ("dose", HeadClass::Other),
            ("job", HeadClass::Other),
            ("qzxv", HeadClass::Other),
            ("shooter", HeadClass::Person),
            ("justice", HeadClass::Person),
            ("male", HeadClass::Person),
            ("fan", HeadClass::Person),
            ("term", HeadClass::Time),
        ] {
            assert_eq!(head_class(lemma), class, "{lemma}");
        }
    }

    #[test]
    fn objects_decide_some_verbs() {
        let create = verb_class("create").unwrap();
        assert_eq!(
            resolve("create", create, Some("job"), None, None, false, false).0,
            P::Hire
        );
        assert_eq!(
            resolve("create", create, Some("park"), None, None, false, false).0,
            P::Build
        );
        let fire = verb_class("fire").unwrap();
        assert_eq!(
            resolve("fire", fire, Some("shot"), None, None, false, false).0,
            P::Fire
        );
        assert_eq!(
            resolve("fire", fire, Some("worker"), None, None, false, false).0,
            P::Cut
        );
        let approve = verb_class("approve").unwrap();
        assert_eq!(
            resolve("approve", approve, Some("dollar"), None, None, true, false).0,
            P::Spend
        );
        assert_eq!(
            resolve("approve", approve, Some("percent"), None, None, false, true).0,
            P::Poll
        );
        let lose = (P::Other, Polarity::Decrease);
        assert_eq!(
            resolve(
                "lose",
                lose,
                Some("worker"),
                Some("job"),
                None,
                false,
                false
            )
            .0,
            P::Cut
        );
        assert_eq!(
            resolve(
                "lose",
                lose,
                Some("person"),
                Some("life"),
                None,
                false,
                false
            )
            .0,
            P::Die
        );
    }
}
