//! Word classes from WordNet: the lexicographer file of each sense and,
//! for nouns, the hypernym closures a sense falls in (person, money,
//! weapon, ...).

use std::fmt;
use std::ops::{BitOr, BitOrAssign};

/// The classes of a noun's senses, as bits: WordNet's lexicographer files
/// (`noun.person`, `noun.artifact`, ...) and the hypernym closures factdiff
/// needs to say what a figure counts (`UNDER_PERSON`: the sense is a
/// person, or a group of people, at any depth: *officer*, *teen*,
/// *victim*, *the dead*).
///
/// ```
/// use factdiff::{NounClass, noun_senses};
/// let officer = noun_senses("officer").unwrap();
/// assert!(officer.first.contains(NounClass::PERSON | NounClass::UNDER_PERSON));
/// // "shot" is first the act of firing; one of its senses is a marksman.
/// let shot = noun_senses("shot").unwrap();
/// assert!(shot.first.contains(NounClass::UNDER_WEAPON));
/// assert!(!shot.first.contains(NounClass::UNDER_PERSON));
/// assert!(shot.all.contains(NounClass::UNDER_PERSON));
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NounClass(u64);

/// The lexicographer files of nouns, in WordNet's order (bit `i` is file
/// `03 + i`), with their names.
const NOUN_FILES: [&str; 26] = [
    "tops",
    "act",
    "animal",
    "artifact",
    "attribute",
    "body",
    "cognition",
    "communication",
    "event",
    "feeling",
    "food",
    "group",
    "location",
    "motive",
    "object",
    "person",
    "phenomenon",
    "plant",
    "possession",
    "process",
    "quantity",
    "relation",
    "shape",
    "state",
    "substance",
    "time",
];

/// The hypernym closures: the generator's upper-case code and the name.
const UMBRELLAS: [(u8, &str); 10] = [
    (b'P', "under_person"),
    (b'M', "under_money"),
    (b'W', "under_weapon"),
    (b'V', "under_vehicle"),
    (b'B', "under_building"),
    (b'D', "under_document"),
    (b'O', "under_organization"),
    (b'T', "under_time_period"),
    (b'K', "under_vote"),
    (b'C', "under_charge"),
];

impl NounClass {
    /// No class.
    pub const EMPTY: NounClass = NounClass(0);
    /// `noun.Tops`: the unique beginners (*entity*, *person*, *thing*).
    pub const TOPS: NounClass = NounClass(1 << 0);
    /// `noun.act`: acts and actions (*arrest*, *shooting*, *vote*).
    pub const ACT: NounClass = NounClass(1 << 1);
    /// `noun.animal`.
    pub const ANIMAL: NounClass = NounClass(1 << 2);
    /// `noun.artifact`: made things (*bridge*, *car*, *dose*).
    pub const ARTIFACT: NounClass = NounClass(1 << 3);
    /// `noun.attribute`.
    pub const ATTRIBUTE: NounClass = NounClass(1 << 4);
    /// `noun.body`.
    pub const BODY: NounClass = NounClass(1 << 5);
    /// `noun.cognition`.
    pub const COGNITION: NounClass = NounClass(1 << 6);
    /// `noun.communication` (*bill*, *statement*).
    pub const COMMUNICATION: NounClass = NounClass(1 << 7);
    /// `noun.event` (*death*, *incident*, *standoff*).
    pub const EVENT: NounClass = NounClass(1 << 8);
    /// `noun.feeling`.
    pub const FEELING: NounClass = NounClass(1 << 9);
    /// `noun.food`.
    pub const FOOD: NounClass = NounClass(1 << 10);
    /// `noun.group` (*police*, *staff*, *crowd*).
    pub const GROUP: NounClass = NounClass(1 << 11);
    /// `noun.location` (*home*, *county*).
    pub const LOCATION: NounClass = NounClass(1 << 12);
    /// `noun.motive`.
    pub const MOTIVE: NounClass = NounClass(1 << 13);
    /// `noun.object`.
    pub const OBJECT: NounClass = NounClass(1 << 14);
    /// `noun.person` (*officer*, *victim*, *resident*).
    pub const PERSON: NounClass = NounClass(1 << 15);
    /// `noun.phenomenon`.
    pub const PHENOMENON: NounClass = NounClass(1 << 16);
    /// `noun.plant`.
    pub const PLANT: NounClass = NounClass(1 << 17);
    /// `noun.possession`: money and property (*dollar*, *budget*, *tax*).
    pub const POSSESSION: NounClass = NounClass(1 << 18);
    /// `noun.process`.
    pub const PROCESS: NounClass = NounClass(1 << 19);
    /// `noun.quantity`: units and amounts (*mile*, *dollar*, *percent*).
    pub const QUANTITY: NounClass = NounClass(1 << 20);
    /// `noun.relation`.
    pub const RELATION: NounClass = NounClass(1 << 21);
    /// `noun.shape`.
    pub const SHAPE: NounClass = NounClass(1 << 22);
    /// `noun.state` (*job*, *outbreak*).
    pub const STATE: NounClass = NounClass(1 << 23);
    /// `noun.substance`.
    pub const SUBSTANCE: NounClass = NounClass(1 << 24);
    /// `noun.time` (*hour*, *year*).
    pub const TIME: NounClass = NounClass(1 << 25);
    /// A person or a group of people, at any depth (*officer* → ... →
    /// *person*; *the dead* → *people*).
    pub const UNDER_PERSON: NounClass = NounClass(1 << 32);
    /// Money or a monetary unit (*cash*, *dollar*, *euro*).
    pub const UNDER_MONEY: NounClass = NounClass(1 << 33);
    /// A weapon, ammunition or a gunshot (*rifle*, *round*, *shot*).
    pub const UNDER_WEAPON: NounClass = NounClass(1 << 34);
    /// A vehicle (*car*, *bus*, *boat*).
    pub const UNDER_VEHICLE: NounClass = NounClass(1 << 35);
    /// A building or housing (*house*, *home*, *school*).
    pub const UNDER_BUILDING: NounClass = NounClass(1 << 36);
    /// A document (*warrant*, *page*, *permit*).
    pub const UNDER_DOCUMENT: NounClass = NounClass(1 << 37);
    /// An organization (*company*, *agency*, *team*).
    pub const UNDER_ORGANIZATION: NounClass = NounClass(1 << 38);
    /// A time period or unit (*hour*, *year*, *term*).
    pub const UNDER_TIME_PERIOD: NounClass = NounClass(1 << 39);
    /// A vote (*vote*, *ballot*).
    pub const UNDER_VOTE: NounClass = NounClass(1 << 40);
    /// A criminal charge (*charge*, *indictment*).
    pub const UNDER_CHARGE: NounClass = NounClass(1 << 41);

    /// Whether every class of `other` is in `self`.
    ///
    /// ```
    /// use factdiff::NounClass;
    /// let c = NounClass::PERSON | NounClass::UNDER_PERSON;
    /// assert!(c.contains(NounClass::PERSON));
    /// assert!(!NounClass::PERSON.contains(c));
    /// ```
    #[must_use]
    pub const fn contains(self, other: NounClass) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether `self` and `other` share a class.
    ///
    /// ```
    /// use factdiff::NounClass;
    /// assert!((NounClass::ACT | NounClass::EVENT).intersects(NounClass::EVENT));
    /// ```
    #[must_use]
    pub const fn intersects(self, other: NounClass) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether no class is set.
    ///
    /// ```
    /// assert!(factdiff::NounClass::EMPTY.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The bits, for storage.
    ///
    /// ```
    /// assert_eq!(factdiff::NounClass::ACT.bits(), 2);
    /// ```
    #[must_use]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The names of the classes set, lexicographer files first
    /// (`"person"`, `"under_person"`).
    ///
    /// ```
    /// use factdiff::NounClass;
    /// let names: Vec<_> = (NounClass::TIME | NounClass::UNDER_TIME_PERIOD).names().collect();
    /// assert_eq!(names, ["time", "under_time_period"]);
    /// ```
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        let files = NOUN_FILES
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, n)| *n);
        let umbrellas = UMBRELLAS
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << (32 + i)) != 0)
            .map(|(_, (_, n))| *n);
        files.chain(umbrellas)
    }

    /// The classes of the first sense group and of all senses, from the
    /// generator's codes (see `data/wordnet/README.md`).
    pub(crate) fn parse_codes(codes: &str) -> (NounClass, NounClass) {
        let (mut first, mut all, mut groups) = (0u64, 0u64, 0);
        for b in codes.bytes() {
            let bit = if b.is_ascii_lowercase() {
                groups += 1;
                1u64 << (b - b'a')
            } else {
                UMBRELLAS
                    .iter()
                    .position(|(c, _)| *c == b)
                    .map_or(0, |i| 1u64 << (32 + i))
            };
            if groups <= 1 {
                first |= bit;
            }
            all |= bit;
        }
        (NounClass(first), NounClass(all))
    }
}

impl BitOr for NounClass {
    type Output = NounClass;
    fn bitor(self, rhs: NounClass) -> NounClass {
        NounClass(self.0 | rhs.0)
    }
}

impl BitOrAssign for NounClass {
    fn bitor_assign(&mut self, rhs: NounClass) {
        self.0 |= rhs.0;
    }
}

impl fmt::Debug for NounClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NounClass(")?;
        for (i, name) in self.names().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            f.write_str(name)?;
        }
        f.write_str(")")
    }
}

/// The classes of a verb's senses: WordNet's verb lexicographer files
/// (`verb.contact`, `verb.change`, ...), as bits.
///
/// ```
/// use factdiff::{VerbClass, verb_senses};
/// let build = verb_senses("build").unwrap();
/// assert!(build.first.contains(VerbClass::CREATION));
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VerbClass(u16);

const VERB_FILES: [&str; 15] = [
    "body",
    "change",
    "cognition",
    "communication",
    "competition",
    "consumption",
    "contact",
    "creation",
    "emotion",
    "motion",
    "perception",
    "possession",
    "social",
    "stative",
    "weather",
];

impl VerbClass {
    /// No class.
    pub const EMPTY: VerbClass = VerbClass(0);
    /// `verb.body`: grooming, dressing, bodily care (*wound*, *injure*).
    pub const BODY: VerbClass = VerbClass(1 << 0);
    /// `verb.change`: size, temperature, intensity (*rise*, *cut*).
    pub const CHANGE: VerbClass = VerbClass(1 << 1);
    /// `verb.cognition`.
    pub const COGNITION: VerbClass = VerbClass(1 << 2);
    /// `verb.communication` (*say*, *report*).
    pub const COMMUNICATION: VerbClass = VerbClass(1 << 3);
    /// `verb.competition`: fighting, sports (*win*, *shoot*).
    pub const COMPETITION: VerbClass = VerbClass(1 << 4);
    /// `verb.consumption`: eating, using (*spend*).
    pub const CONSUMPTION: VerbClass = VerbClass(1 << 5);
    /// `verb.contact`: touching, hitting (*hit*, *cut*).
    pub const CONTACT: VerbClass = VerbClass(1 << 6);
    /// `verb.creation`: making (*build*, *create*).
    pub const CREATION: VerbClass = VerbClass(1 << 7);
    /// `verb.emotion`.
    pub const EMOTION: VerbClass = VerbClass(1 << 8);
    /// `verb.motion` (*flee*, *evacuate*).
    pub const MOTION: VerbClass = VerbClass(1 << 9);
    /// `verb.perception`.
    pub const PERCEPTION: VerbClass = VerbClass(1 << 10);
    /// `verb.possession`: buying, selling, owning (*pay*, *raise*).
    pub const POSSESSION: VerbClass = VerbClass(1 << 11);
    /// `verb.social`: political and social activity (*vote*, *hire*).
    pub const SOCIAL: VerbClass = VerbClass(1 << 12);
    /// `verb.stative`: being, having (*be*, *remain*).
    pub const STATIVE: VerbClass = VerbClass(1 << 13);
    /// `verb.weather`.
    pub const WEATHER: VerbClass = VerbClass(1 << 14);

    /// Whether every class of `other` is in `self`.
    ///
    /// ```
    /// use factdiff::VerbClass;
    /// assert!((VerbClass::CHANGE | VerbClass::CONTACT).contains(VerbClass::CHANGE));
    /// ```
    #[must_use]
    pub const fn contains(self, other: VerbClass) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether `self` and `other` share a class.
    ///
    /// ```
    /// use factdiff::VerbClass;
    /// assert!(!VerbClass::CHANGE.intersects(VerbClass::SOCIAL));
    /// ```
    #[must_use]
    pub const fn intersects(self, other: VerbClass) -> bool {
        self.0 & other.0 != 0
    }

    /// The names of the classes set (`"contact"`, `"change"`).
    ///
    /// ```
    /// use factdiff::VerbClass;
    /// assert_eq!(VerbClass::SOCIAL.names().collect::<Vec<_>>(), ["social"]);
    /// ```
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        VERB_FILES
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, n)| *n)
    }

    pub(crate) fn parse_codes(codes: &str) -> (VerbClass, VerbClass) {
        let (mut first, mut all) = (0u16, 0u16);
        for (k, b) in codes.bytes().filter(u8::is_ascii_lowercase).enumerate() {
            let bit = 1u16.checked_shl(u32::from(b - b'a')).unwrap_or(0);
            if k == 0 {
                first = bit;
            }
            all |= bit;
        }
        (VerbClass(first), VerbClass(all))
    }
}

impl BitOr for VerbClass {
    type Output = VerbClass;
    fn bitor(self, rhs: VerbClass) -> VerbClass {
        VerbClass(self.0 | rhs.0)
    }
}

impl fmt::Debug for VerbClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VerbClass(")?;
        for (i, name) in self.names().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            f.write_str(name)?;
        }
        f.write_str(")")
    }
}

/// What WordNet says of a noun lemma: the classes of its first (most
/// frequent) sense group and of all its senses.
///
/// ```
/// use factdiff::{NounClass, noun_senses};
/// let people = noun_senses("person").unwrap();
/// assert!(people.first.contains(NounClass::UNDER_PERSON));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NounSenses {
    /// The classes of the first sense (WordNet orders senses by frequency).
    pub first: NounClass,
    /// The classes of all senses.
    pub all: NounClass,
}

/// What WordNet says of a verb lemma (see [`NounSenses`]).
///
/// ```
/// use factdiff::{VerbClass, verb_senses};
/// assert!(verb_senses("vote").unwrap().all.contains(VerbClass::SOCIAL));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbSenses {
    /// The classes of the first sense.
    pub first: VerbClass,
    /// The classes of all senses.
    pub all: VerbClass,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_into_first_and_all() {
        let (first, all) = NounClass::parse_codes("bWdWpP");
        assert_eq!(first, NounClass::ACT | NounClass::UNDER_WEAPON);
        assert!(all.contains(NounClass::ARTIFACT | NounClass::PERSON | NounClass::UNDER_PERSON));
        let (first, all) = VerbClass::parse_codes("gm");
        assert_eq!(first, VerbClass::CONTACT);
        assert_eq!(all, VerbClass::CONTACT | VerbClass::SOCIAL);
        assert_eq!(
            format!("{:?}", NounClass::PERSON | NounClass::UNDER_PERSON),
            "NounClass(person | under_person)"
        );
    }
}
