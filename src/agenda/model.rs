//! The agenda as a facilitator writes it: event, roster, days, items and working groups.
//!
//! Every struct denies unknown fields, so a typo ("minuts") is an error with a suggestion
//! instead of a setting that silently disappears.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::values::{ClockTime, Comment, EventDate, Minutes, NonEmpty, PersonRef, TimeZoneName};

/// A whole event: what it is, who takes part, and the plan of each day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// Path or URL of the JSON Schema, so editors can validate and complete the file.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Notes for the people who edit the file; convene ignores them.
    #[serde(rename = "$comment", default, skip_serializing_if = "Comment::is_none")]
    pub comment: Comment,
    pub event: Event,
    /// How the draft report looks: label, disclaimer, epigraph, heading qualifiers,
    /// annexes and attribution styles (see `docs/agenda-format.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<super::report::ReportSettings>,
    /// Everyone who may speak, present or sit in a working group.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// The days of the event, in order. At least one.
    pub days: NonEmpty<Day>,
}

/// What the report's title block, "Background", "Approach" and "Materials" are made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Organising bodies, as they should appear in the report.
    #[serde(default)]
    pub organisers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// IANA time zone of the venue, e.g. "Asia/Dushanbe".
    pub time_zone: TimeZoneName,
    /// Working languages, e.g. ["ru", "tg", "en"].
    #[serde(default)]
    pub languages: Vec<String>,
    /// Two languages the projector shows side by side, e.g. ["ru", "tg"]: the stage and
    /// convene's own words in both (the agenda's titles and prompts stay as written).
    /// Empty: the projector speaks one language, the first of `languages` convene speaks.
    /// The `projector_languages` setting overrides it; `--room-language` turns it off.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projector_languages: Vec<String>,
    /// Materials handed out to participants.
    #[serde(default)]
    pub materials: Vec<String>,
    /// Free text for the report's "Background" section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Free text for the report's "Approach" section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approach: Option<String>,
    /// Chatham House Rule: what is said may be reported, who said it may not.
    #[serde(default)]
    pub chatham_house: bool,
    /// Institutions the public draft may name although a participant belongs to one
    /// ("the Ministry of Internal Affairs" as the subject of a recommendation). The
    /// organisers and the organisers' affiliations are allowed without being listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_names: Vec<String>,
    /// Default warning thresholds for every item of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Thresholds>,
}

/// One person on the roster. Many are known only by role, so the name is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Short id used by items and groups, e.g. "mia-1".
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The role that may be reported under the Chatham House Rule, e.g. "police officer".
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Stakeholder group, e.g. "law enforcement", "NGO", "international organisation", "expert".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder: Option<String>,
    /// An organiser or facilitator of the event: left out when working groups are formed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub organiser: bool,
}

/// One day of the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// Notes for the people who edit the file; convene ignores them.
    #[serde(rename = "$comment", default, skip_serializing_if = "Comment::is_none")]
    pub comment: Comment,
    /// Calendar date, "YYYY-MM-DD".
    pub date: EventDate,
    /// When the first item starts, "HH:MM".
    pub start: ClockTime,
    /// When the room closes, "HH:MM". The schedule warns when the day runs past it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard_end: Option<ClockTime>,
    /// Items in the order they run. At least one.
    pub items: NonEmpty<Item>,
}

/// What an item is, which decides its default capture kind and how it is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Opening,
    Presentation,
    Panel,
    Discussion,
    WorkingGroups,
    ReportBack,
    Break,
    Closing,
    Other,
}

impl ItemKind {
    /// The kind in words, for screens and reports.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::WorkingGroups => "working groups",
            ItemKind::ReportBack => "report-back",
            other => other.as_str(),
        }
    }

    /// The spelling used in agenda files and on screen.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Opening => "opening",
            ItemKind::Presentation => "presentation",
            ItemKind::Panel => "panel",
            ItemKind::Discussion => "discussion",
            ItemKind::WorkingGroups => "working_groups",
            ItemKind::ReportBack => "report_back",
            ItemKind::Break => "break",
            ItemKind::Closing => "closing",
            ItemKind::Other => "other",
        }
    }
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Notes for the people who edit the file; convene ignores them.
    #[serde(rename = "$comment", default, skip_serializing_if = "Comment::is_none")]
    pub comment: Comment,
    /// Unique id across the whole agenda, e.g. "d1-case-study".
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    /// Planned length in minutes (at least 1).
    pub minutes: Minutes,
    /// The report section this item belongs to, e.g. "Session 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Roster ids ("mia-1") or free-text roles ({"role": "UN OHCHR representative"}).
    #[serde(default)]
    pub speakers: Vec<PersonRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Questions for discussion, shown one at a time to the room.
    #[serde(default)]
    pub prompts: Vec<String>,
    /// A case study or brief handed to the room or the working groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_study: Option<String>,
    /// A start that does not move when the day drifts, "HH:MM" (lunch at 13:00 stays at 13:00).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_start: Option<ClockTime>,
    /// Warning thresholds for this item, overriding the event's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Thresholds>,
    /// Speaking limit per intervention in the speakers' queue, in minutes (e.g. 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turn_minutes: Option<Minutes>,
    /// A "report_back" item: minutes each group gets to report (e.g. 5); the rest of the
    /// item is plenary discussion. Without it the groups share the whole item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_minutes: Option<Minutes>,
    /// Working groups of a "working_groups" item.
    #[serde(default)]
    pub groups: Vec<WorkingGroup>,
}

/// When the countdown changes stage. Any field left out keeps the default.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Wrap-up starts when this share of the item is left (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrap_up_percent: Option<u8>,
    /// ...but never with less than this many minutes left (default 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrap_up_min_minutes: Option<u32>,
    /// The final stage covers the last this-many minutes (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_minutes: Option<u32>,
}

/// A working group of a "working_groups" item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    pub name: String,
    /// Roster ids of the members.
    #[serde(default)]
    pub members: Vec<String>,
    /// Who reports back for the group: a roster id or {"role": "..."}.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapporteur: Option<PersonRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    /// The group's own prompts; when empty the group works on the item's prompts.
    #[serde(default)]
    pub prompts: Vec<String>,
}

impl Agenda {
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// Every item of every day, with its day index, in running order.
    pub fn items(&self) -> impl Iterator<Item = (usize, &Item)> {
        self.days.iter().enumerate().flat_map(|(d, day)| day.items.iter().map(move |item| (d, item)))
    }
}

impl WorkingGroup {
    /// The prompts this group works on: its own, or the item's shared ones.
    pub fn prompts<'a>(&'a self, item: &'a Item) -> &'a [String] {
        if self.prompts.is_empty() { &item.prompts } else { &self.prompts }
    }
}
