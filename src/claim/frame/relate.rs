//! How two frames' quantities stand to each other: [`relate`].

use std::fmt;

use crate::claim::frame::model::{Frame, Polarity, Predicate, PredicateClass, Relation};
use crate::claim::frame::words::is_person_head;
use crate::text::{NounClass, noun_senses};

/// How the quantity one frame counts stands to another's (see [`relate`]).
///
/// ```
/// use factdiff::FrameRelation;
/// assert_eq!(FrameRelation::Narrower.to_string(), "narrower");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum FrameRelation {
    /// The same quantity: the figures may agree or conflict.
    Same,
    /// The first counts a part of what the second counts ("three officers
    /// killed" within "12 people killed"; "two of those killed" within "five
    /// killed"): a bound, never a conflict.
    Narrower,
    /// The first counts a whole the second is part of.
    Broader,
    /// One counts an increment of the other ("five more were hurt" against
    /// "12 were hurt").
    Increment,
    /// The same kind of quantity in two places ("in Dalvor", "in Brenna").
    DifferentPlace,
    /// Different quantities: another thing or another event ("killed" /
    /// "wounded", "created" / "cut" jobs, "troopers" / "deputies").
    Different,
    /// A frame says too little to tell.
    Unknown,
}

impl FrameRelation {
    /// The name, as serialised (`"different_place"`).
    ///
    /// ```
    /// assert_eq!(factdiff::FrameRelation::DifferentPlace.as_str(), "different_place");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FrameRelation::Same => "same",
            FrameRelation::Narrower => "narrower",
            FrameRelation::Broader => "broader",
            FrameRelation::Increment => "increment",
            FrameRelation::DifferentPlace => "different_place",
            FrameRelation::Different => "different",
            FrameRelation::Unknown => "unknown",
        }
    }
}

impl fmt::Display for FrameRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the quantity frame `a` counts stands to the one frame `b` counts.
///
/// In order:
/// 1. a frame with neither head nor predicate → [`Unknown`](FrameRelation::Unknown);
/// 2. places both stated and different → [`DifferentPlace`](FrameRelation::DifferentPlace);
/// 3. predicates of different classes, or of one class but opposite
///    polarity ("rose" / "fell"), or different lemmas of no known class
///    ("sent" / "deployed"); a percentage against a count; purposes of money
///    both stated and different; things described both stated and
///    different ("a six-inch crack", "a six-inch pipe"; two people named
///    differently may be one) → [`Different`](FrameRelation::Different);
/// 4. heads: equal lemmas, synonyms ("home" / "house") or, for words
///    WordNet does not know, a near spelling (strsim Jaro–Winkler ≥ 0.93)
///    are the same thing; a head under a generic one ("officer" under
///    "person", "car" under "vehicle", WordNet's hypernym closures) is
///    narrower; other heads are different. A head one side does not state
///    matches any;
/// 5. relations: an increment against anything else →
///    [`Increment`](FrameRelation::Increment); a subset against a total →
///    narrower (or broader the other way);
/// 6. else [`Same`](FrameRelation::Same). A narrower head and a broader
///    relation together are [`Unknown`](FrameRelation::Unknown).
///
/// A missing part never makes two frames different: "$2.3 billion for the
/// new bridge" and "approved $2.3 billion to build the bridge" are the same.
///
/// ```
/// use factdiff::{Document, FrameRelation, claims, relate};
///
/// let frame = |text: &str| claims(&Document::new("d", text)).next().unwrap().frame;
/// let people = frame("Twelve people were killed in Dalvor.");
/// let officers = frame("Three officers were killed in Dalvor.");
/// let wounded = frame("Twelve people were wounded in Dalvor.");
/// let elsewhere = frame("Twelve people were killed in Brenna.");
/// assert_eq!(relate(&officers, &people), FrameRelation::Narrower);
/// assert_eq!(relate(&people, &officers), FrameRelation::Broader);
/// assert_eq!(relate(&people, &wounded), FrameRelation::Different);
/// assert_eq!(relate(&people, &elsewhere), FrameRelation::DifferentPlace);
/// assert_eq!(relate(&people, &frame("Police said 12 people died in Dalvor.")), FrameRelation::Same);
/// ```
#[must_use]
pub fn relate(a: &Frame, b: &Frame) -> FrameRelation {
    relate_events(a, b, true)
}

/// [`relate`], where two events of no known class with different lemmas
/// ("forced their way inside", "came inside") make the frames different
/// only when `other_events_differ`: alignment lets such frames meet to
/// agree, never to conflict (they do not name one event).
pub(crate) fn relate_events(a: &Frame, b: &Frame, other_events_differ: bool) -> FrameRelation {
    relate_with(a, b, other_events_differ, false)
}

/// [`relate_events`] of two measurements in units of one dimension ("has
/// burned 12,400 acres", "has blackened about 5,000 hectares"): their
/// heads are the units, which name one kind of quantity (the figures are
/// compared converted), so only the other parts can set them apart.
pub(crate) fn relate_measurements(
    a: &Frame,
    b: &Frame,
    other_events_differ: bool,
) -> FrameRelation {
    relate_with(a, b, other_events_differ, true)
}

fn relate_with(a: &Frame, b: &Frame, other_events_differ: bool, units: bool) -> FrameRelation {
    if a.is_empty() || b.is_empty() {
        return FrameRelation::Unknown;
    }
    if let (Some(pa), Some(pb)) = (&a.place, &b.place)
        && !same_place(pa, pb)
    {
        return FrameRelation::DifferentPlace;
    }
    let share = |f: &Frame| f.relation == Relation::Share;
    if share(a) != share(b)
        || !predicates_agree(
            a.predicate.as_ref(),
            b.predicate.as_ref(),
            other_events_differ,
        )
    {
        return FrameRelation::Different;
    }
    if purposes_differ(a, b) || described_alike(a, b) == Some(false) {
        return FrameRelation::Different;
    }
    let heads = match (&a.head, &b.head) {
        (Some(x), Some(y)) if !units => heads(x, y),
        _ => Some(FrameRelation::Same),
    };
    let Some(heads) = heads else {
        return FrameRelation::Different;
    };
    let relation = match (a.relation, b.relation) {
        (Relation::Increment, Relation::Increment) => FrameRelation::Same,
        (Relation::Increment, _) | (_, Relation::Increment) => return FrameRelation::Increment,
        (Relation::Subset, Relation::Total) => FrameRelation::Narrower,
        (Relation::Total, Relation::Subset) => FrameRelation::Broader,
        _ => FrameRelation::Same,
    };
    match (heads, relation) {
        (FrameRelation::Same, r) | (r, FrameRelation::Same) => r,
        (x, y) if x == y => x,
        _ => FrameRelation::Unknown,
    }
}

/// Whether two predicates may be one event: both stated, of one class and
/// polarity (and, for events of no known class, one lemma); or one not
/// stated.
fn predicates_agree(a: Option<&Predicate>, b: Option<&Predicate>, other_differ: bool) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if a.class != b.class {
        return false;
    }
    let opposite = matches!(
        (a.polarity, b.polarity),
        (Polarity::Increase, Polarity::Decrease) | (Polarity::Decrease, Polarity::Increase)
    );
    if opposite {
        return false;
    }
    a.class != PredicateClass::Other || !other_differ || same_word(&a.lemma, &b.lemma)
}

/// How head `a` stands to head `b`: same, narrower, broader, or `None` for
/// different things.
pub(crate) fn heads(a: &str, b: &str) -> Option<FrameRelation> {
    if same_word(a, b) || synonyms(a, b) {
        return Some(FrameRelation::Same);
    }
    if under(a, b) {
        return Some(FrameRelation::Narrower);
    }
    if under(b, a) {
        return Some(FrameRelation::Broader);
    }
    None
}

/// Heads that name one thing.
fn synonyms(a: &str, b: &str) -> bool {
    const SETS: &[&[&str]] = &[
        &[
            "person",
            "individual",
            "people",
            "human",
            "victim",
            "casualty",
            "resident",
        ],
        &["home", "house", "dwelling", "residence", "housing"],
        &["shot", "round", "gunshot", "bullet"],
        &["vote", "ballot"],
        &["count", "charge"],
        &["shot", "dose", "jab", "injection", "vaccination"],
        &["dollar", "usd"],
        &["job", "position"],
    ];
    SETS.iter().any(|set| set.contains(&a) && set.contains(&b))
}

/// Whether a head names people by sex, age, kin or a role that picks
/// some out of a crowd ("two teens", "a man and his two sons", "two
/// officers"), so that a count of them may be a part of a count of the
/// people an event touched ("3 injured"). People an event is about as a
/// whole ("immigrants" deported, "residents" evacuated, "voters") are not.
pub(crate) fn subgroup_head(lemma: &str) -> bool {
    matches!(
        lemma,
        "man"
            | "woman"
            | "male"
            | "female"
            | "boy"
            | "girl"
            | "child"
            | "kid"
            | "teen"
            | "teenager"
            | "juvenile"
            | "minor"
            | "youth"
            | "adult"
            | "infant"
            | "baby"
            | "toddler"
            | "student"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "mother"
            | "father"
            | "parent"
            | "wife"
            | "husband"
            | "relative"
            | "cousin"
            | "nephew"
            | "niece"
            | "officer"
            | "deputy"
            | "trooper"
            | "agent"
            | "bystander"
            | "employee"
            | "worker"
    )
}

/// Whether `narrow` falls under `generic`, a head that names a whole class
/// (WordNet's hypernym closures of the class's root).
fn under(narrow: &str, generic: &str) -> bool {
    let closure = match generic {
        "person" | "individual" | "people" | "human" | "victim" | "casualty" => {
            NounClass::UNDER_PERSON
        }
        "vehicle" => NounClass::UNDER_VEHICLE,
        "building" | "structure" => NounClass::UNDER_BUILDING,
        "weapon" | "firearm" | "gun" => NounClass::UNDER_WEAPON,
        "document" => NounClass::UNDER_DOCUMENT,
        "organization" | "organisation" | "group" => NounClass::UNDER_ORGANIZATION,
        _ => return false,
    };
    noun_senses(narrow).is_some_and(|s| s.first.contains(closure))
}

/// Whether both frames say what their money is for, and not the same
/// thing ("for the levee", "in flood defence spending").
pub(crate) fn purposes_differ(a: &Frame, b: &Frame) -> bool {
    matches!((&a.purpose, &b.purpose), (Some(x), Some(y)) if !same_word(x, y))
}

/// Whether two frames both name what their count is for, and the same
/// thing ("$48.6 million for the bridge", "48.6 million dollars to build
/// the bridge").
pub(crate) fn purposes_agree(a: &Frame, b: &Frame) -> bool {
    matches!((&a.purpose, &b.purpose), (Some(x), Some(y)) if same_word(x, y))
}

/// Whether two counts of votes are needed for different ends, or one for
/// an end the other does not say ("60 votes to end debate", "the 41 votes
/// necessary to block it", "60 votes"): two thresholds, maybe, so equal
/// figures may agree but different ones are no conflict.
pub(crate) fn vote_ends_apart(a: &Frame, b: &Frame) -> bool {
    let votes = |f: &Frame| f.head.as_deref() == Some("vote");
    votes(a)
        && votes(b)
        && match (&a.purpose, &b.purpose) {
            (Some(x), Some(y)) => !same_word(x, y),
            (None, None) => false,
            _ => true,
        }
}

/// Whether two frames describe one thing, when both describe something:
/// `Some(true)` for the same noun or a synonym ("a four-term alderman" in
/// two outlets), `Some(false)` for two things ("a 6-inch crack", "a
/// 6-inch pipe"); `None` for two people named differently ("a four-term
/// alderman", "a four-term council member": maybe one person, maybe two).
pub(crate) fn described_alike(a: &Frame, b: &Frame) -> Option<bool> {
    let (Some(x), Some(y)) = (a.described.as_deref(), b.described.as_deref()) else {
        return None;
    };
    if heads(x, y) == Some(FrameRelation::Same) {
        Some(true)
    } else if is_person_head(x) && is_person_head(y) {
        None
    } else {
        Some(false)
    }
}

/// Whether both frames describe a person, not with one word, exactly one
/// of them with a word that names no office or role of its own ("a
/// four-term alderman", "a four-term council member"): maybe one person,
/// maybe two, so equal figures are some evidence of one, and different
/// ones no evidence of an error. Two roles ("a five-term mayor", "a
/// five-term governor") are two people, and so are two plain words ("a
/// six-foot man", "a six-foot woman").
pub(crate) fn described_people(a: &Frame, b: &Frame) -> bool {
    let generic = |x: &str| {
        matches!(
            x,
            "member" | "man" | "woman" | "person" | "official" | "lawmaker" | "politician"
        )
    };
    match (a.described.as_deref(), b.described.as_deref()) {
        (Some(x), Some(y)) => described_alike(a, b).is_none() && generic(x) != generic(y),
        _ => false,
    }
}

/// Whether two lemmas are one word: equal, or — for words WordNet does not
/// know — spelt nearly alike ("fatalaties" / "fatalities").
fn same_word(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let unknown = noun_senses(a).is_none() || noun_senses(b).is_none();
    unknown && a.len() >= 5 && b.len() >= 5 && strsim::jaro_winkler(a, b) >= 0.93
}

/// Whether two place names name one place: equal once lower-cased and
/// without a leading "the", or one the other's first word ("Dalvor" /
/// "Dalvor County").
fn same_place(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").unwrap_or(&lower).to_string()
    };
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return true;
    }
    let first = |s: &str| s.split_whitespace().next().unwrap_or_default().to_string();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.contains(' ') && first(long) == *short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::frame::model::{HeadClass, Voice};

    fn frame(head: &str, class: PredicateClass, lemma: &str) -> Frame {
        Frame {
            head: (!head.is_empty()).then(|| head.to_string()),
            head_class: Some(HeadClass::Person),
            predicate: Some(Predicate::new(lemma, class, Voice::Passive)),
            ..Frame::default()
        }
    }

    #[test]
    fn heads_and_predicates() {
        use FrameRelation as R;
        use PredicateClass as P;
        let killed = frame("person", P::Die, "kill");
        assert_eq!(relate(&killed, &killed), R::Same);
        assert_eq!(
            relate(&frame("officer", P::Die, "kill"), &killed),
            R::Narrower
        );
        assert_eq!(relate(&killed, &frame("teen", P::Die, "kill")), R::Broader);
        assert_eq!(
            relate(&killed, &frame("person", P::Injure, "wound")),
            R::Different
        );
        assert_eq!(
            relate(&killed, &frame("person", P::Shoot, "shoot")),
            R::Different
        );
        assert_eq!(relate(&killed, &frame("person", P::Die, "die")), R::Same);
        // Synonyms: jobs added are positions added.
        assert_eq!(
            relate(
                &frame("job", P::Hire, "create"),
                &frame("position", P::Hire, "add")
            ),
            R::Same
        );
        assert_eq!(relate(&killed, &frame("", P::Die, "kill")), R::Same);
        // Unknown heads relate by lemma and predicate class.
        let drones = frame("quadcopterz", P::Other, "launch");
        assert_eq!(relate(&drones, &drones), R::Same);
        assert_eq!(
            relate(&drones, &frame("quadcoptrz", P::Other, "launch")),
            R::Same
        );
        assert_eq!(
            relate(&drones, &frame("quadcopterz", P::Other, "seize")),
            R::Different
        );
        // Two kinds of people, one event: different counts.
        let troopers = frame("trooper", P::Other, "send");
        assert_eq!(
            relate(&troopers, &frame("deputy", P::Other, "send")),
            R::Different
        );
        assert_eq!(relate(&Frame::default(), &killed), R::Unknown);
    }

    #[test]
    fn relations_places_and_polarity() {
        use FrameRelation as R;
        use PredicateClass as P;
        let killed = frame("person", P::Die, "kill");
        let more = Frame {
            relation: Relation::Increment,
            ..killed.clone()
        };
        let part = Frame {
            relation: Relation::Subset,
            ..killed.clone()
        };
        assert_eq!(relate(&more, &killed), R::Increment);
        assert_eq!(relate(&part, &killed), R::Narrower);
        assert_eq!(relate(&killed, &part), R::Broader);
        let officers_part = Frame {
            head: Some("officer".into()),
            ..part.clone()
        };
        assert_eq!(relate(&officers_part, &killed), R::Narrower);
        let at = |place: &str| Frame {
            place: Some(place.into()),
            ..killed.clone()
        };
        assert_eq!(relate(&at("Dalvor"), &at("Brenna")), R::DifferentPlace);
        assert_eq!(relate(&at("Dalvor"), &at("Dalvor County")), R::Same);
        assert_eq!(relate(&at("Dalvor"), &killed), R::Same);
        let rose = Frame {
            predicate: Some(Predicate {
                polarity: Polarity::Increase,
                ..Predicate::new("rise", P::Change, Voice::Active)
            }),
            ..Frame::default()
        };
        let fell = Frame {
            predicate: Some(Predicate {
                polarity: Polarity::Decrease,
                ..Predicate::new("fall", P::Change, Voice::Active)
            }),
            ..Frame::default()
        };
        assert_eq!(relate(&rose, &fell), R::Different);
    }

    #[test]
    fn people_described_in_other_words_may_be_one() {
        let describing = |word: &str| Frame {
            described: Some(word.to_string()),
            ..Frame::default()
        };
        let (alderman, member) = (describing("alderman"), describing("member"));
        assert!(described_people(&alderman, &member));
        assert!(described_people(&member, &alderman));
        assert!(!described_people(
            &describing("mayor"),
            &describing("governor")
        ));
        assert!(!described_people(&describing("man"), &describing("woman")));
        assert!(!described_people(&alderman, &alderman));
        assert!(!described_people(&alderman, &Frame::default()));
        assert!(!described_people(&describing("crack"), &member));
    }
}
