//! The session state, which is also the published minutes document (`minutes.json`,
//! `convene schema minutes`): what happened, as data. It holds nothing that only a screen
//! needs (which records are on disk, what was ignored while folding): that lives with the
//! store and the app. How records change it is in `fold.rs`.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::DateTime;
use jiff::{SignedDuration, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::{Attribution, Decision, EntryKind, Mark, Support};
use crate::agenda::{Agenda, WorkingGroup};

/// The version of the minutes JSON this build writes and reads. Version 2 dropped the
/// screen bookkeeping of version 1 (`ignored_events`, `changed_by`, `changed_seq`), which
/// is still read and ignored. Version 3 added consolidation: the entries' `support`,
/// `decision`, `checked` and `split_from`, and the session's `consolidation`; a version 1
/// or 2 document has none of them and reads as it is (see docs/minutes-format.md).
pub const SCHEMA_VERSION: u32 = 3;

/// One live run of an agenda: the record from which minutes and the report are drafted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// In minutes.json only, written first: the CRC-32 (8 hex digits) of the document
    /// without this line, so a damaged copy is never trusted over the journals. Absent in
    /// `convene minutes` output and in files of older versions.
    #[serde(default, skip_serializing)]
    pub checksum: Option<String>,
    /// Version of this document's format; readers refuse versions newer than their own.
    pub schema_version: u32,
    /// The id of the record that started the session.
    #[schemars(with = "String")]
    pub session_id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda_file: Option<String>,
    /// The agenda as run (re-plans are recorded on the items, not here).
    pub agenda: Agenda,
    #[schemars(with = "String")]
    pub started_at: Timestamp,
    #[schemars(with = "String")]
    pub last_change_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub finished_at: Option<Timestamp>,
    /// The item on the clock, and whether its clock runs.
    pub timer: Timer,
    /// One per agenda item, in agenda order: planned and actual times.
    pub items: Vec<ItemRun>,
    /// Every captured entry, in capture order, deleted ones included (soft delete).
    /// Shared, so that a copy of the state (for a snapshot written in the background) costs
    /// a pointer per entry; the fold copies an entry only when it changes one still shared.
    pub entries: Vec<Arc<Entry>>,
    pub groups: Vec<GroupRun>,
    /// Prompts shown to the room, in the order they were revealed.
    #[serde(default)]
    pub prompts_revealed: Vec<PromptShown>,
    /// Speakers' turns in plenary, in order.
    pub turns: Vec<Turn>,
    /// Who is waiting for the floor, every item's list together, in order of asking
    /// (as moved by the facilitator); [`Session::speakers_list`] gives one item's list.
    #[serde(default)]
    pub queue: Vec<Queued>,
    /// The message line on the projector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The projector shows the room the running item's speaking balance, by stakeholder
    /// group.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub room_balance: bool,
    /// The recommendations as the room consolidates them: their order, and what the
    /// projector shows of them.
    #[serde(default, skip_serializing_if = "Consolidation::is_empty")]
    pub consolidation: Consolidation,
    /// The device that holds the clock (timer, plan, floor, groups, message), when it is
    /// not the one that started the session: set by a hand-over (`clock_taken`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_holder: Option<String>,
    /// For each device, the last journal sequence number folded into this state (so a
    /// journal replayed over this document adds only what is new).
    pub applied: BTreeMap<String, u64>,
    /// For each device, where its journal stood when this document was written, so that
    /// opening the session reads only the journal lines after it (checked before trusted).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub journals: BTreeMap<String, JournalMark>,
    /// Read from version 1 documents and dropped.
    #[serde(default, rename = "ignored_events", skip_serializing)]
    #[schemars(skip)]
    pub(crate) legacy_ignored_events: Option<u64>,
    /// Where each entry and item is, by id (derived, never saved).
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) index: super::index::Index,
}

/// Where a device's journal stood: what a reader that has folded it up to there need not
/// read again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JournalMark {
    /// Bytes up to the end of the last good record.
    pub bytes: u64,
    /// Lines in those bytes, good or not.
    pub lines: u64,
    /// Good records in them.
    pub records: u64,
    /// The sequence number of the last good record.
    pub seq: u64,
    /// The sequence number of the last captured note, 0 when none.
    pub capture_seq: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    pub running: bool,
}

/// An agenda item as planned and as it ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemRun {
    pub item: String,
    pub day: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Planned start and end, local time of the venue.
    #[schemars(with = "String")]
    pub planned_start: DateTime,
    #[schemars(with = "String")]
    pub planned_end: DateTime,
    pub planned_minutes: u32,
    /// A length accepted in a re-plan, replacing the planned one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replanned_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ended_at: Option<Timestamp>,
    #[serde(default)]
    pub pauses: Vec<Pause>,
    #[serde(default)]
    pub extensions: Vec<Extension>,
    /// A clock-time end set by the facilitator ("back at 14:00"); pauses after it was set
    /// move it later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ends_at: Option<Timestamp>,
    /// When that clock-time end was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ends_at_set: Option<Timestamp>,
    #[serde(default)]
    pub skipped: bool,
    /// Seconds run beyond the planned length (negative: finished early), once ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrun_seconds: Option<i64>,
    /// Report-back items: minutes each group gets, when the facilitator set them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_minutes: Option<u32>,
    /// The item's speakers' list takes no new names.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub speakers_closed: bool,
    /// On the item's speakers' list, those who have not yet spoken on it go first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first_time_first: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pause {
    #[schemars(with = "String")]
    pub from: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub to: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    #[schemars(with = "String")]
    pub at: Timestamp,
    pub minutes: i32,
}

/// A captured point with its whole history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[schemars(with = "String")]
    pub id: Uuid,
    pub kind: EntryKind,
    pub text: String,
    pub attribution: Attribution,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub item: Option<Arc<str>>,
    /// The report section of its item, e.g. "Session 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub section: Option<Arc<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub attached_to: Option<Uuid>,
    #[serde(default)]
    pub mark: Mark,
    #[serde(default)]
    pub deleted: bool,
    /// Set when this entry was merged into another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub merged_into: Option<Uuid>,
    #[schemars(with = "String")]
    pub device: Arc<str>,
    #[schemars(with = "String")]
    pub created_at: Timestamp,
    #[schemars(with = "String")]
    pub updated_at: Timestamp,
    /// Earlier versions, oldest first.
    #[serde(default)]
    pub history: Vec<Revision>,
    /// The device whose change made the text and kind what they are, when it is not the
    /// one that captured the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub revised_by: Option<Arc<str>>,
    /// Entries merged into this one as duplicates, oldest first: their authors count as
    /// this point's authors too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub merged_from: Vec<Uuid>,
    /// The recommendation this one was split from (its wording was part of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub split_from: Option<Uuid>,
    /// How the room responded to it (recommendations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<Support>,
    /// What the plenary decided (recommendations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Checked by its source (a presenter, a group's rapporteur), after the review pack.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Checked>,
    /// Read from version 1 documents and dropped.
    #[serde(default, rename = "changed_by", skip_serializing)]
    #[schemars(skip)]
    pub(crate) legacy_changed_by: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "changed_seq", skip_serializing)]
    #[schemars(skip)]
    pub(crate) legacy_changed_seq: Option<serde::de::IgnoredAny>,
}

impl Entry {
    /// A new entry `id` of `kind` worded `text`, made on `device` at `at`: no attribution,
    /// item, group or mark yet, no history, links, support or decision.
    pub(super) fn fresh(id: Uuid, kind: EntryKind, text: String, device: Arc<str>, at: Timestamp) -> Entry {
        Entry {
            id,
            kind,
            text,
            attribution: Attribution::default(),
            item: None,
            section: None,
            group: None,
            attached_to: None,
            mark: Mark::None,
            deleted: false,
            merged_into: None,
            device,
            created_at: at,
            updated_at: at,
            history: Vec::new(),
            revised_by: None,
            merged_from: Vec::new(),
            split_from: None,
            support: None,
            decision: None,
            checked: None,
            legacy_changed_by: None,
            legacy_changed_seq: None,
        }
    }
}

/// What an entry looked like before a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    #[schemars(with = "String")]
    pub at: Timestamp,
    pub kind: EntryKind,
    pub text: String,
    /// Replaced within minutes by another laptop's change to the same entry: two people
    /// edited it at once, and this wording lost. For the drafter to check.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conflict: bool,
}

/// Who checked a point, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checked {
    pub by: Attribution,
    #[schemars(with = "String")]
    pub at: Timestamp,
}

/// The recommendations as the room consolidates them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consolidation {
    /// The consolidated list's order, once someone changed it (a move, a combination, a
    /// sort): recommendations not in it follow in capture order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub order: Vec<Uuid>,
    /// The projector shows the list instead of the clock.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shown: bool,
    /// The recommendation the room looks at (the last one shown or changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub spotlight: Option<Uuid>,
}

impl Consolidation {
    pub fn is_empty(&self) -> bool {
        *self == Consolidation::default()
    }
}

/// A working group as formed in the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupRun {
    pub item: String,
    pub group: WorkingGroup,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_back: Option<Slot>,
}

/// A prompt revealed to the room; `group` None for the item's shared prompts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PromptShown {
    pub item: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub index: usize,
    #[schemars(with = "String")]
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    #[schemars(with = "String")]
    pub started_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ended_at: Option<Timestamp>,
}

/// Someone waiting for the floor on an item's speakers' list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Queued {
    #[schemars(with = "String")]
    pub id: Uuid,
    pub speaker: Attribution,
    /// The item whose list this is (None: asked before any item ran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[schemars(with = "String")]
    pub added_at: Timestamp,
}

/// One speaker's time at the floor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    pub speaker: Attribution,
    pub item: String,
    #[schemars(with = "String")]
    pub started_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ended_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i64>,
}

/// The id of a `convene timer` session's one item.
pub const TIMER_ITEM: &str = "timer";

impl Session {
    /// A `convene timer` session: one item, from no agenda file. Quit once its time is up,
    /// it is finished (it is not an event to resume).
    pub fn is_timer(&self) -> bool {
        self.agenda_file.is_none() && self.items.len() == 1 && self.items.iter().all(|r| r.item == TIMER_ITEM)
    }

    /// The index in `items` of the item on the clock.
    pub fn current_index(&self) -> Option<usize> {
        self.timer.current.as_deref().and_then(|id| self.item_index(id))
    }

    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.index.item(&self.items, id)
    }

    /// Rebuilds the lookup by id, for a session read from a file.
    pub fn reindex(&mut self) {
        let revision = self.index.revision();
        self.index = super::index::Index::rebuild(&mut self.entries, &self.items);
        self.index.set_revision(revision + 1);
    }

    /// Changes whenever a record is folded into this state (in this process): what a view
    /// derived from the state at one revision holds until the next.
    pub fn revision(&self) -> u64 {
        self.index.revision()
    }

    pub fn entry_index(&self, id: Uuid) -> Option<usize> {
        self.index.entry(&self.entries, id)
    }

    pub fn entry(&self, id: Uuid) -> Option<&Entry> {
        self.entry_index(id).and_then(|i| self.entries.get(i)).map(Arc::as_ref)
    }

    /// Entries that count: not deleted and not merged away.
    pub fn live_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().map(Arc::as_ref).filter(|e| !e.deleted)
    }

    /// Total number of journal records folded into this state, all devices together.
    pub fn records_applied(&self) -> u64 {
        self.applied.values().sum()
    }

    /// The agenda item behind `items[index]`.
    pub fn agenda_item(&self, index: usize) -> Option<&crate::agenda::Item> {
        let run = self.items.get(index)?;
        self.agenda.days.get(run.day)?.items.iter().find(|i| i.id == run.item)
    }

    /// Who said an entry: its own attribution, then those of the duplicates merged into it
    /// (each once, empty ones left out).
    pub fn authors(&self, entry: &Entry) -> Vec<Attribution> {
        let mut out = vec![entry.attribution.clone()];
        for id in &entry.merged_from {
            if let Some(from) = self.entry(*id) {
                for a in self.authors(from) {
                    let known = out.iter().any(|o| same_source(o, &a));
                    if !known && !is_empty(&a) {
                        out.push(a);
                    }
                }
            }
        }
        if out.len() > 1 && out.first().is_some_and(is_empty) {
            out.remove(0);
        }
        out
    }

    /// An item's speakers' list in speaking order: as queued (and moved), with those who
    /// have not yet spoken on the item first when the list says so.
    pub fn speakers_list(&self, item: &str) -> Vec<&Queued> {
        let mut list: Vec<&Queued> = self.queue.iter().filter(|q| q.item.as_deref() == Some(item)).collect();
        if self.item_index(item).and_then(|i| self.items.get(i)).is_some_and(|r| r.first_time_first) {
            let spoke = |q: &&Queued| {
                self.turns.iter().any(|t| t.item == item && same_source(&t.speaker, &q.speaker))
            };
            // A stable sort keeps the order of asking within each part.
            list.sort_by_key(|q| spoke(q));
        }
        list
    }
}

/// Whether two attributions name the same source (the flag aside).
fn same_source(a: &Attribution, b: &Attribution) -> bool {
    a.participant == b.participant && a.role == b.role && a.stakeholder == b.stakeholder
}

fn is_empty(a: &Attribution) -> bool {
    a.participant.is_none() && a.role.is_none() && a.stakeholder.is_none()
}

impl ItemRun {
    /// Seconds the item's clock has run by `now`: from its start, less its pauses.
    pub fn active_seconds(&self, now: Timestamp) -> i64 {
        self.active_millis(now) / 1000
    }

    /// Milliseconds the item's clock has run by `now`.
    pub fn active_millis(&self, now: Timestamp) -> i64 {
        let Some(start) = self.started_at else { return 0 };
        let end = self.ended_at.unwrap_or(now);
        let ms = |from: Timestamp, to: Timestamp| to.duration_since(from).as_millis() as i64;
        let paused: i64 = self.pauses.iter().map(|p| ms(p.from, p.to.unwrap_or(end).min(end)).max(0)).sum();
        (ms(start, end) - paused).max(0)
    }

    /// The length the item now has: re-planned or planned, plus extensions.
    pub fn allotted_seconds(&self) -> i64 {
        let base = i64::from(self.replanned_minutes.unwrap_or(self.planned_minutes));
        let extra: i64 = self.extensions.iter().map(|e| i64::from(e.minutes)).sum();
        (base + extra).max(0) * 60
    }

    /// Time paused between `from` and `to`.
    fn paused_between(&self, from: Timestamp, to: Timestamp) -> SignedDuration {
        self.pauses
            .iter()
            .map(|p| {
                let start = p.from.max(from);
                let end = p.to.unwrap_or(to).min(to);
                if end > start { end.duration_since(start) } else { SignedDuration::ZERO }
            })
            .sum()
    }

    /// When the item's clock reaches zero, seen at `now`: its clock-time end ("back at
    /// 14:00") moved on by any pause since it was set, else now plus what is left of its
    /// length (so a paused item's end moves later while it stays paused). Exact to the
    /// nanosecond, so an end set at 08:40 shows as 08:40.
    pub fn end_at(&self, now: Timestamp) -> Timestamp {
        match self.ends_at {
            Some(end) => {
                let since = self.ends_at_set.unwrap_or(end);
                end.saturating_add(self.paused_between(since.min(now), now)).unwrap_or(end)
            }
            None => {
                let left = SignedDuration::from_secs(self.allotted_seconds())
                    - SignedDuration::from_millis(self.active_millis(now));
                now.saturating_add(left).unwrap_or(now)
            }
        }
    }
}
