//! The frame types: [`Frame`], [`Predicate`], [`HeadClass`],
//! [`PredicateClass`], [`Voice`], [`Polarity`], [`Relation`],
//! [`FrameSpans`].

use std::fmt;

use crate::Span;

/// Declares a fieldless enum with its wire names (`as_str`, `Display`,
/// `from_name`, `ALL`) and serde in lower case.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            #[doc = concat!("```\nassert!(!factdiff::", stringify!($name), "::ALL.is_empty());\n```")]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's name, as serialised.
            ///
            #[doc = concat!("```\nfor v in factdiff::", stringify!($name), "::ALL {\n    assert!(!v.as_str().is_empty());\n}\n```")]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }

            /// The value of a name (as serialised), if any.
            ///
            #[doc = concat!("```\nuse factdiff::", stringify!($name), ";\nfor v in ", stringify!($name), "::ALL {\n    assert_eq!(", stringify!($name), "::from_name(v.as_str()), Some(*v));\n}\nassert_eq!(", stringify!($name), "::from_name(\"no such name\"), None);\n```")]
            #[must_use]
            pub fn from_name(name: &str) -> Option<$name> {
                match name {
                    $($wire => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// What kind of thing a figure counts: the class of the frame's head, in
    /// the vocabulary of the development gold (`data/devgold/README.md`).
    ///
    /// ```
    /// use factdiff::HeadClass;
    /// assert_eq!(HeadClass::Person.as_str(), "person");
    /// assert_eq!(HeadClass::from_name("money"), Some(HeadClass::Money));
    /// ```
    HeadClass {
        /// People: *person*, *officer*, *teen*, *victim*, *resident*.
        Person = "person",
        /// Money: any currency amount (head *dollar*).
        Money = "money",
        /// Guns, shots, rounds, bullets.
        Weapon = "weapon",
        /// Cars, buses, boats.
        Vehicle = "vehicle",
        /// Houses, homes, buildings, schools.
        Building = "building",
        /// Votes and ballots.
        Vote = "vote",
        /// Years, months, days, hours as a quantity.
        Time = "time",
        /// Bills, pages, warrants.
        Document = "document",
        /// Counts of a charge, charges.
        Charge = "charge",
        /// Companies, agencies, teams.
        Organization = "organization",
        /// Places: towns, counties, neighbourhoods.
        Place = "place",
        /// Events: shootings, incidents, arrests, deaths.
        Event = "event",
        /// Anything else the head names.
        Other = "other",
    }
}

named_enum! {
    /// What happened to the counted thing: the class of the frame's
    /// predicate, in the vocabulary of the development gold.
    ///
    /// ```
    /// use factdiff::PredicateClass;
    /// assert_eq!(PredicateClass::Die.as_str(), "die");
    /// assert_eq!(PredicateClass::from_name("shoot"), Some(PredicateClass::Shoot));
    /// assert!(PredicateClass::ALL.len() >= 24);
    /// ```
    PredicateClass {
        /// Kill, die, dead, fatal, slay.
        Die = "die",
        /// Wound, injure, hurt, hospitalize.
        Injure = "injure",
        /// A person shot or hit by gunfire, whether they lived or died.
        Shoot = "shoot",
        /// Shots or rounds fired.
        Fire = "fire",
        /// Arrest, detain, apprehend, take into custody.
        Arrest = "arrest",
        /// Charge, indict; counts of a charge.
        Charge = "charge",
        /// Convict, plead guilty, find guilty.
        Convict = "convict",
        /// Sentence, prison term, probation.
        Sentence = "sentence",
        /// Release, free, bail, bond.
        Release = "release",
        /// Evacuate, flee, displace.
        Evacuate = "evacuate",
        /// Rescue, save.
        Rescue = "rescue",
        /// Damage, destroy, flood.
        Damage = "damage",
        /// Build, construct.
        Build = "build",
        /// Hire, recruit, create jobs.
        Hire = "hire",
        /// Cut, lay off, eliminate, lose jobs.
        Cut = "cut",
        /// Spend, cost, fund, budget, allocate, approve money.
        Spend = "spend",
        /// Raise, donate, collect, earn money.
        Raise = "raise",
        /// Pay, fine, tax.
        Pay = "pay",
        /// Vote, pass, approve or reject a measure.
        Vote = "vote",
        /// Win or gain seats.
        Win = "win",
        /// A survey's share: support, approve, oppose in a poll.
        Poll = "poll",
        /// Rise, fall, increase, decrease.
        Change = "change",
        /// Deport, expel.
        Deport = "deport",
        /// A clear event outside this list.
        Other = "other",
    }
}

named_enum! {
    /// How the predicate stands to the counted thing.
    ///
    /// ```
    /// assert_eq!(factdiff::Voice::Passive.to_string(), "passive");
    /// ```
    Voice {
        /// The counted thing is the verb's object or its subject doing it:
        /// "police arrested 42 people", "12 inmates died".
        Active = "active",
        /// The counted thing undergoes it: "six people were shot", "three
        /// officers killed" (a reduced passive).
        Passive = "passive",
        /// The event is a noun, and the counted thing: "7,300 arrests",
        /// "five dead".
        Nominal = "nominal",
    }
}

named_enum! {
    /// Which way the event moves the count.
    ///
    /// ```
    /// assert_eq!(factdiff::Polarity::Decrease.as_str(), "decrease");
    /// ```
    Polarity {
        /// The event adds or creates: hire, build, raise, rise, win.
        Increase = "increase",
        /// The event removes or destroys: cut, damage, lose, fall.
        Decrease = "decrease",
        /// Neither: kill, arrest, vote.
        Neutral = "neutral",
    }
}

named_enum! {
    /// How the figure stands to the whole it is about.
    ///
    /// ```
    /// use factdiff::Relation;
    /// assert_eq!(Relation::default(), Relation::Total);
    /// assert_eq!(Relation::Subset.as_str(), "subset");
    /// ```
    #[derive(Default)]
    Relation {
        /// The whole count.
        #[default]
        Total = "total",
        /// Counted on top of an earlier figure: "five more", "another 12",
        /// "12 additional officers".
        Increment = "increment",
        /// A part of a larger count: "two of those killed", "including three
        /// children", "among them", "of whom".
        Subset = "subset",
        /// A percentage or fraction of a whole.
        Share = "share",
    }
}

/// The event a figure's thing underwent: its lemma and class, the voice
/// and the polarity.
///
/// ```
/// use factdiff::{Polarity, Predicate, PredicateClass, Voice};
/// let p = Predicate::new("shoot", PredicateClass::Shoot, Voice::Passive);
/// assert_eq!(p.polarity, Polarity::Neutral);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Predicate {
    /// The lemma of the verb or event word ("kill", "shoot", "arrest",
    /// "dead").
    pub lemma: String,
    /// Its class.
    pub class: PredicateClass,
    /// How it stands to the counted thing.
    pub voice: Voice,
    /// Which way it moves the count.
    pub polarity: Polarity,
}

impl Predicate {
    /// A predicate of neutral polarity.
    ///
    /// ```
    /// use factdiff::{Predicate, PredicateClass, Voice};
    /// let p = Predicate::new("kill", PredicateClass::Die, Voice::Active);
    /// assert_eq!(p.lemma, "kill");
    /// ```
    #[must_use]
    pub fn new(lemma: impl Into<String>, class: PredicateClass, voice: Voice) -> Predicate {
        Predicate {
            lemma: lemma.into(),
            class,
            voice,
            polarity: Polarity::Neutral,
        }
    }
}

/// The byte spans of a frame's parts in the document (like the figure's),
/// where the text gives them.
///
/// ```
/// let spans = factdiff::FrameSpans::default();
/// assert!(spans.head.is_none());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FrameSpans {
    /// The head noun ("people" in "six people were shot").
    pub head: Option<Span>,
    /// The predicate ("shot").
    pub predicate: Option<Span>,
    /// The word that sets the relation ("more", "including", "of").
    pub relation: Option<Span>,
    /// The place ("Dalvor" in "in Dalvor").
    pub place: Option<Span>,
    /// The purpose word ("bridge" in "for the new bridge", "end" in "to end
    /// debate").
    pub purpose: Option<Span>,
    /// The noun a figure describes ("alderman" in "a four-term
    /// alderman").
    pub described: Option<Span>,
}

impl FrameSpans {
    /// The spans moved by `offset` bytes (sentence to document offsets).
    pub(crate) fn offset(self, offset: usize) -> FrameSpans {
        let by = |s: Option<Span>| s.map(|s| s.offset(offset));
        FrameSpans {
            head: by(self.head),
            predicate: by(self.predicate),
            relation: by(self.relation),
            place: by(self.place),
            purpose: by(self.purpose),
            described: by(self.described),
        }
    }
}

/// What a figure counts, part by part: the thing (head noun), the event it
/// underwent (predicate), how the figure stands to the whole (relation),
/// where, and — for money — what for. Parts the text does not give are
/// `None`: the rules abstain rather than guess.
///
/// ```
/// use factdiff::{Document, HeadClass, PredicateClass, Relation, Voice, claims};
///
/// let doc = Document::new("d", "Six people were shot in Dalvor on Friday.");
/// let frame = &claims(&doc).next().unwrap().frame;
/// assert_eq!(frame.head.as_deref(), Some("person"));
/// assert_eq!(frame.head_class, Some(HeadClass::Person));
/// let predicate = frame.predicate.as_ref().unwrap();
/// assert_eq!((predicate.lemma.as_str(), predicate.class), ("shoot", PredicateClass::Shoot));
/// assert_eq!(predicate.voice, Voice::Passive);
/// assert_eq!(frame.relation, Relation::Total);
/// assert_eq!(frame.place.as_deref(), Some("Dalvor"));
/// assert_eq!(&doc.text[frame.spans.head.unwrap()], "people");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Frame {
    /// The lemma of the counted thing ("person", "officer", "dollar",
    /// "home").
    pub head: Option<String>,
    /// The head's class.
    pub head_class: Option<HeadClass>,
    /// What happened to it.
    pub predicate: Option<Predicate>,
    /// Total, increment, subset or share.
    pub relation: Relation,
    /// The place the count is about, as the text names it.
    pub place: Option<String>,
    /// For money: the lemma of what it is for ("bridge" in "$2.3 billion for
    /// the new bridge"); for votes: the verb of what they are needed for
    /// ("end" in "60 votes to end debate").
    pub purpose: Option<String>,
    /// For a figure that describes a thing rather than counting what
    /// happened to it: the lemma of that thing ("alderman" in "a
    /// four-term alderman", "briefing" in "a two-hour briefing").
    pub described: Option<String>,
    /// Where each part is in the document.
    pub spans: FrameSpans,
}

impl Frame {
    /// The predicate's class, if any.
    ///
    /// ```
    /// assert_eq!(factdiff::Frame::default().predicate_class(), None);
    /// ```
    #[must_use]
    pub fn predicate_class(&self) -> Option<PredicateClass> {
        self.predicate.as_ref().map(|p| p.class)
    }

    /// Whether the frame says nothing: no head and no predicate.
    ///
    /// ```
    /// assert!(factdiff::Frame::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.head.is_none() && self.predicate.is_none()
    }
}
