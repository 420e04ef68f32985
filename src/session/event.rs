//! What can happen in a session. Every change to the record is one of these events,
//! wrapped in a [`Record`] that says when, on which device, and in which order.

use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::agenda::{Agenda, WorkingGroup};

/// One event as it is journaled: globally unique, time-ordered id; the device that wrote
/// it; its sequence number in that device's journal; the wall-clock time it happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    #[schemars(with = "String")]
    pub id: Uuid,
    pub device: String,
    pub seq: u64,
    #[schemars(with = "String")]
    pub at: Timestamp,
    pub event: Event,
}

/// A time-ordered (v7) id for something that happened at `at`.
pub fn new_id(at: Timestamp) -> Uuid {
    let secs = u64::try_from(at.as_second()).unwrap_or(0);
    let nanos = u32::try_from(at.subsec_nanosecond()).unwrap_or(0);
    Uuid::new_v7(uuid::Timestamp::from_unix(uuid::NoContext, secs, nanos))
}

/// The kinds of captured points, matching the sections of a roundtable report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A point made in a presentation ("Presentations").
    PresentationPoint,
    /// A point made in discussion ("Discussions").
    DiscussionPoint,
    /// "Recommendations made by participants".
    RecommendationParticipants,
    /// "Recommendations or needs identified by presenters".
    RecommendationPresenters,
    /// "General Conclusions".
    Conclusion,
    /// "Possible follow-up activities".
    FollowUp,
    Question,
    Quote,
    /// A footnote (a law, an article, a document, a URL) attached to another entry.
    Reference,
}

/// Who said something, as far as the record may say it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// A participant id from the agenda's roster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    /// A free-text role ("a police officer") for someone not on the roster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// A stakeholder group ("NGO") when only the group is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder: Option<String>,
    /// Chatham House: the point may be reported, but not who made it.
    #[serde(default)]
    pub not_for_attribution: bool,
}

/// How the room received a point.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    #[default]
    None,
    Consensus,
    Contested,
}

/// How the room responded to a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "by", rename_all = "snake_case", deny_unknown_fields)]
pub enum Support {
    /// A show of hands.
    Hands {
        #[serde(rename = "for")]
        yes: u32,
        against: u32,
        abstaining: u32,
    },
    /// Dot voting: the dots the recommendation got.
    Dots { dots: u32 },
    /// Agreed by consensus.
    Consensus,
    /// No consensus: contested.
    NoConsensus,
}

/// What the plenary decided about a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// In the report's recommendations, in the adopted wording and order.
    Adopted,
    /// Taken note of: listed apart when the report keeps noted ones.
    Noted,
    Rejected,
}

/// Everything that can change a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// The first event of a session: the agenda as it will be run.
    SessionStarted {
        agenda: Box<Agenda>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        agenda_file: Option<String>,
    },
    /// The event is over: the clock stops; the record stays open for review and export.
    SessionFinished,
    /// A finish taken back (the facilitator's undo).
    SessionReopened,

    ItemStarted {
        item: String,
    },
    ItemPaused {
        item: String,
    },
    ItemResumed {
        item: String,
    },
    /// Extend (positive) or shorten (negative) an item by whole minutes.
    ItemExtended {
        item: String,
        minutes: i32,
    },
    ItemEnded {
        item: String,
    },
    /// The item ends at a clock time ("back at 14:00") instead of after its length; None
    /// takes the clock time away again (undo).
    ItemEndsAt {
        item: String,
        #[serde(default)]
        #[schemars(with = "Option<String>")]
        at: Option<Timestamp>,
    },
    ItemSkipped {
        item: String,
    },
    /// A skipped item is back in the plan.
    ItemUnskipped {
        item: String,
    },
    /// An item started by mistake goes back to not started (the facilitator's undo); the
    /// journal keeps that it ran.
    ItemReset {
        item: String,
    },
    /// New planned lengths accepted by the facilitator so the day ends on time.
    Replanned {
        changes: Vec<PlanChange>,
    },
    /// The message line shown on the projector ("Back at 14:00"); None clears it.
    MessageSet {
        #[serde(default)]
        text: Option<String>,
    },
    /// The projector shows the room the running item's speaking balance by stakeholder
    /// group (`on`), or stops showing it.
    BalanceShown {
        on: bool,
    },

    EntryCaptured {
        #[schemars(with = "String")]
        entry: Uuid,
        kind: EntryKind,
        text: String,
        #[serde(default)]
        attribution: Attribution,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        group: Option<String>,
        /// For references: the entry this footnote supports.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        attached_to: Option<Uuid>,
    },
    EntryEdited {
        #[schemars(with = "String")]
        entry: Uuid,
        text: String,
    },
    EntryKindChanged {
        #[schemars(with = "String")]
        entry: Uuid,
        kind: EntryKind,
    },
    EntryAttributed {
        #[schemars(with = "String")]
        entry: Uuid,
        attribution: Attribution,
    },
    /// Moved to another agenda item; None detaches it from any item.
    EntryMoved {
        #[schemars(with = "String")]
        entry: Uuid,
        item: Option<String>,
    },
    EntryMarked {
        #[schemars(with = "String")]
        entry: Uuid,
        mark: Mark,
    },
    /// `from` was a duplicate of `into`: its text is appended and it is retired.
    EntriesMerged {
        #[schemars(with = "String")]
        into: Uuid,
        #[schemars(with = "String")]
        from: Uuid,
    },
    EntryDeleted {
        #[schemars(with = "String")]
        entry: Uuid,
    },
    EntryRestored {
        #[schemars(with = "String")]
        entry: Uuid,
    },

    FloorGiven {
        speaker: Attribution,
        item: String,
    },
    FloorEnded,
    /// Someone asked for the floor on an item's speakers' list (journals written before
    /// lists were per item carry no item: the one running at the time is meant).
    SpeakerQueued {
        #[schemars(with = "String")]
        id: Uuid,
        speaker: Attribution,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<String>,
    },
    /// Taken off the queue (given the floor, or withdrawn).
    SpeakerDequeued {
        #[schemars(with = "String")]
        id: Uuid,
    },
    /// Moved to another place in the queue (0 is next).
    SpeakerMoved {
        #[schemars(with = "String")]
        id: Uuid,
        to: usize,
    },

    /// How an item's speakers' list works: closed to new names, and whether those who
    /// have not yet spoken on the item go first.
    SpeakersList {
        item: String,
        closed: bool,
        first_time_first: bool,
    },
    /// Minutes each group gets to report back in a report-back item; None goes back to
    /// the agenda's setting (or the item's length shared by the groups).
    ReportBackSlot {
        item: String,
        #[serde(default)]
        minutes: Option<u32>,
    },

    /// Working groups formed for an item (from the agenda, generated or edited).
    GroupsFormed {
        item: String,
        groups: Vec<WorkingGroup>,
    },
    /// A prompt shown to the room; `group` None means the item's shared prompts.
    PromptRevealed {
        item: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        group: Option<String>,
        index: usize,
    },
    ReportBackStarted {
        item: String,
        group: String,
    },
    ReportBackEnded {
        item: String,
        group: String,
    },

    /// Several recommendations become one, in a new wording agreed with the room: a new
    /// entry `entry` whose sources (`from`, retired, never lost) stay linked to it. The
    /// same record again brings a combination undone back.
    RecommendationsCombined {
        #[schemars(with = "String")]
        entry: Uuid,
        #[schemars(with = "Vec<String>")]
        from: Vec<Uuid>,
        text: String,
    },
    /// One recommendation becomes two: `entry` keeps the wording `keep`, and a new entry
    /// `new` (a copy of its kind, item, group and attribution) gets `text`.
    RecommendationSplit {
        #[schemars(with = "String")]
        entry: Uuid,
        #[schemars(with = "String")]
        new: Uuid,
        keep: String,
        text: String,
    },
    /// Moved in the consolidated list: just after `after`, or first when None.
    RecommendationMoved {
        #[schemars(with = "String")]
        entry: Uuid,
        #[serde(default)]
        #[schemars(with = "Option<String>")]
        after: Option<Uuid>,
    },
    /// The consolidated list in this order (sorted by the room's support, or an order
    /// taken back); recommendations not named follow in their former order.
    RecommendationsOrdered {
        #[schemars(with = "Vec<String>")]
        order: Vec<Uuid>,
    },
    /// How the room responded to a recommendation; None takes the record back.
    SupportRecorded {
        #[schemars(with = "String")]
        entry: Uuid,
        #[serde(default)]
        support: Option<Support>,
    },
    /// What the plenary decided about a recommendation; None: not decided (yet).
    RecommendationDecided {
        #[schemars(with = "String")]
        entry: Uuid,
        #[serde(default)]
        decision: Option<Decision>,
    },
    /// The source of a point (a presenter, a group's rapporteur) checked it, as now worded;
    /// None takes the check back.
    EntryChecked {
        #[schemars(with = "String")]
        entry: Uuid,
        #[serde(default)]
        by: Option<Attribution>,
    },
    /// The projector shows the recommendations being consolidated (`on`), with `entry`
    /// the one the room looks at; off: back to the clock.
    RecommendationsShown {
        on: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        entry: Option<Uuid>,
    },

    /// The device that writes this record takes the clock over (the facilitator's laptop
    /// died, or the chair moves to another laptop): from now on only its timer, plan,
    /// floor, groups and message events count.
    ClockTaken,

    /// An event this version does not know, from a newer convene on another device (read
    /// from its journal, never written by this version): kept in order, changes nothing.
    #[serde(skip)]
    Newer {
        kind: String,
    },
}

impl Event {
    /// The text a person typed that this event carries, if any.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Event::EntryCaptured { text, .. }
            | Event::EntryEdited { entry: _, text }
            | Event::RecommendationsCombined { text, .. } => vec![text],
            Event::RecommendationSplit { keep, text, .. } => vec![keep, text],
            _ => Vec::new(),
        }
    }

    /// Whether only the device that holds the clock may write this event (timer, plan,
    /// floor, groups, message, finish). Any device may capture and change entries, queue
    /// a speaker, or take the clock over.
    pub fn needs_clock(&self) -> bool {
        !matches!(
            self,
            Event::SessionStarted { .. }
                | Event::EntryCaptured { .. }
                | Event::EntryEdited { .. }
                | Event::EntryKindChanged { .. }
                | Event::EntryAttributed { .. }
                | Event::EntryMoved { .. }
                | Event::EntryMarked { .. }
                | Event::EntriesMerged { .. }
                | Event::EntryDeleted { .. }
                | Event::EntryRestored { .. }
                | Event::RecommendationsCombined { .. }
                | Event::RecommendationSplit { .. }
                | Event::RecommendationMoved { .. }
                | Event::RecommendationsOrdered { .. }
                | Event::SupportRecorded { .. }
                | Event::RecommendationDecided { .. }
                | Event::EntryChecked { .. }
                | Event::SpeakerQueued { .. }
                | Event::ClockTaken
                | Event::Newer { .. }
        )
    }

    /// The entries this event changes.
    pub fn entries(&self) -> Vec<Uuid> {
        match self {
            Event::EntryCaptured { entry, .. }
            | Event::EntryEdited { entry, .. }
            | Event::EntryKindChanged { entry, .. }
            | Event::EntryAttributed { entry, .. }
            | Event::EntryMoved { entry, .. }
            | Event::EntryMarked { entry, .. }
            | Event::EntryDeleted { entry }
            | Event::EntryRestored { entry }
            | Event::SupportRecorded { entry, .. }
            | Event::RecommendationDecided { entry, .. }
            | Event::EntryChecked { entry, .. } => vec![*entry],
            Event::EntriesMerged { into, from } => vec![*into, *from],
            Event::RecommendationsCombined { entry, from, .. } => {
                std::iter::once(*entry).chain(from.iter().copied()).collect()
            }
            Event::RecommendationSplit { entry, new, .. } => vec![*entry, *new],
            Event::RecommendationMoved { entry, .. } => vec![*entry],
            _ => Vec::new(),
        }
    }
}

/// One item's new planned length in a re-plan; None gives it back its planned length
/// (undoing a re-plan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanChange {
    pub item: String,
    pub minutes: Option<u32>,
}
