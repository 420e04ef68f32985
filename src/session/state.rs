//! The session state, which is also the minutes document: a pure fold of [`Record`]s.
//!
//! `Session::start` builds it from the first record, `apply` folds every later one. Events
//! that refer to something unknown (an entry another device never sent, an item removed
//! from the agenda) are counted in `ignored_events` rather than failing: the fold must
//! accept whatever several journals bring.

use std::collections::BTreeMap;

use jiff::civil::DateTime;
use jiff::{Span, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::{Attribution, EntryKind, Event, Mark, Record};
use crate::agenda::schedule::plan;
use crate::agenda::{Agenda, WorkingGroup};

/// The version of the minutes JSON this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One live run of an agenda: the record from which minutes and the report are drafted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
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
    pub entries: Vec<Entry>,
    pub groups: Vec<GroupRun>,
    /// Prompts shown to the room, in the order they were revealed.
    #[serde(default)]
    pub prompts_revealed: Vec<PromptShown>,
    /// Speakers' turns in plenary, in order.
    pub turns: Vec<Turn>,
    /// Who is waiting for the floor, next first.
    #[serde(default)]
    pub queue: Vec<Queued>,
    /// The message line on the projector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// For each device, the last journal sequence number folded into this state.
    pub applied: BTreeMap<String, u64>,
    /// Events that referred to something this state does not know.
    #[serde(default)]
    pub ignored_events: u64,
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
    /// A clock-time end set by the facilitator ("back at 14:00").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub ends_at: Option<Timestamp>,
    #[serde(default)]
    pub skipped: bool,
    /// Seconds run beyond the planned length (negative: finished early), once ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrun_seconds: Option<i64>,
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
    pub item: Option<String>,
    /// The report section of its item, e.g. "Session 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
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
    pub device: String,
    #[schemars(with = "String")]
    pub created_at: Timestamp,
    #[schemars(with = "String")]
    pub updated_at: Timestamp,
    /// Earlier versions, oldest first.
    #[serde(default)]
    pub history: Vec<Revision>,
    /// The device and journal sequence number of the last change, so a screen can tell
    /// whether that change is on disk yet.
    #[serde(default)]
    pub changed_by: String,
    #[serde(default)]
    pub changed_seq: u64,
}

/// What an entry looked like before a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    #[schemars(with = "String")]
    pub at: Timestamp,
    pub kind: EntryKind,
    pub text: String,
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

/// Someone waiting for the floor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Queued {
    #[schemars(with = "String")]
    pub id: Uuid,
    pub speaker: Attribution,
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

impl Session {
    /// A session from its first record, which must be `SessionStarted`.
    pub fn start(record: &Record) -> Option<Session> {
        let Event::SessionStarted { agenda, agenda_file } = &record.event else {
            return None;
        };
        let agenda = (**agenda).clone();
        let mut items = Vec::new();
        let mut groups = Vec::new();
        for (d, (day, day_plan)) in agenda.days.iter().zip(plan(&agenda)).enumerate() {
            let midnight = day.date.date().to_datetime(jiff::civil::Time::midnight());
            let at = |m: i64| midnight.checked_add(Span::new().minutes(m)).unwrap_or(midnight);
            for (item, p) in day.items.iter().zip(&day_plan.items) {
                items.push(ItemRun {
                    item: item.id.clone(),
                    day: d,
                    section: item.section.clone(),
                    planned_start: at(p.start.0),
                    planned_end: at(p.end.0),
                    planned_minutes: item.minutes.get(),
                    replanned_minutes: None,
                    started_at: None,
                    ended_at: None,
                    pauses: Vec::new(),
                    extensions: Vec::new(),
                    ends_at: None,
                    skipped: false,
                    overrun_seconds: None,
                });
                groups.extend(item.groups.iter().map(|g| GroupRun {
                    item: item.id.clone(),
                    group: g.clone(),
                    report_back: None,
                }));
            }
        }
        Some(Session {
            schema_version: SCHEMA_VERSION,
            session_id: record.id,
            agenda_file: agenda_file.clone(),
            agenda,
            started_at: record.at,
            last_change_at: record.at,
            finished_at: None,
            timer: Timer::default(),
            items,
            entries: Vec::new(),
            groups,
            prompts_revealed: Vec::new(),
            turns: Vec::new(),
            queue: Vec::new(),
            message: None,
            applied: BTreeMap::from([(record.device.clone(), record.seq)]),
            ignored_events: 0,
        })
    }

    /// Whether this record is already part of the state.
    pub fn has_applied(&self, record: &Record) -> bool {
        self.applied.get(&record.device).is_some_and(|&seq| record.seq <= seq)
    }

    /// Folds one record into the state. Records already applied are skipped, so replaying
    /// a journal over a snapshot is harmless.
    pub fn apply(&mut self, record: &Record) {
        if self.has_applied(record) {
            return;
        }
        self.applied.insert(record.device.clone(), record.seq);
        self.last_change_at = self.last_change_at.max(record.at);
        if !self.apply_event(record) {
            self.ignored_events += 1;
            return;
        }
        for id in record.event.entries() {
            if let Some(i) = self.entry_index(id) {
                self.entries[i].changed_by.clone_from(&record.device);
                self.entries[i].changed_seq = record.seq;
            }
        }
    }

    /// Returns false when the event refers to something unknown.
    fn apply_event(&mut self, r: &Record) -> bool {
        let at = r.at;
        match &r.event {
            Event::SessionStarted { .. } => false,
            Event::SessionFinished => {
                self.end_current(at);
                self.end_floor(at);
                self.finished_at = Some(at);
                true
            }
            Event::ItemStarted { item } => {
                let Some(i) = self.item_index(item) else {
                    return false;
                };
                if self.timer.current.as_deref() != Some(item.as_str()) {
                    self.end_current(at);
                }
                let run = &mut self.items[i];
                match (run.started_at, run.ended_at) {
                    (None, _) => run.started_at = Some(at),
                    // Going back to an item that had ended: the time in between is a pause.
                    (Some(_), Some(ended)) => {
                        run.pauses.push(Pause { from: ended, to: Some(at) });
                        run.ended_at = None;
                        run.overrun_seconds = None;
                    }
                    (Some(_), None) => close_pause(run, at),
                }
                run.skipped = false;
                self.timer = Timer { current: Some(item.clone()), running: true };
                true
            }
            Event::ItemPaused { item } => {
                let Some(i) = self.running_index(item) else {
                    return false;
                };
                if self.timer.running {
                    self.items[i].pauses.push(Pause { from: at, to: None });
                    self.timer.running = false;
                }
                true
            }
            Event::ItemResumed { item } => {
                let Some(i) = self.running_index(item) else {
                    return false;
                };
                close_pause(&mut self.items[i], at);
                self.timer.running = true;
                true
            }
            Event::ItemExtended { item, minutes } => {
                let Some(i) = self.item_index(item) else {
                    return false;
                };
                let run = &mut self.items[i];
                run.extensions.push(Extension { at, minutes: *minutes });
                if let Some(end) = run.ends_at {
                    let shift = jiff::SignedDuration::from_mins(i64::from(*minutes));
                    run.ends_at = Some(end.checked_add(shift).unwrap_or(end));
                }
                true
            }
            Event::ItemEnded { item } => {
                if self.timer.current.as_deref() != Some(item.as_str()) {
                    return false;
                }
                self.end_current(at);
                true
            }
            Event::ItemEndsAt { item, at: end } => {
                let Some(i) = self.item_index(item) else { return false };
                self.items[i].ends_at = Some(*end);
                true
            }
            Event::ItemSkipped { item } => {
                let Some(i) = self.item_index(item) else {
                    return false;
                };
                if self.timer.current.as_deref() == Some(item.as_str()) {
                    self.end_current(at);
                }
                self.items[i].skipped = true;
                true
            }
            Event::Replanned { changes } => {
                let mut all_known = true;
                for change in changes {
                    match self.item_index(&change.item) {
                        Some(i) => self.items[i].replanned_minutes = Some(change.minutes),
                        None => all_known = false,
                    }
                }
                all_known
            }
            Event::MessageSet { text } => {
                self.message = text.clone();
                true
            }
            Event::EntryCaptured { entry, kind, text, attribution, item, group, attached_to } => {
                if self.entry_index(*entry).is_some() {
                    return false;
                }
                let section = item
                    .as_deref()
                    .and_then(|id| self.item_index(id))
                    .and_then(|i| self.items[i].section.clone());
                self.entries.push(Entry {
                    id: *entry,
                    kind: *kind,
                    text: text.clone(),
                    attribution: attribution.clone(),
                    item: item.clone(),
                    section,
                    group: group.clone(),
                    attached_to: *attached_to,
                    mark: Mark::None,
                    deleted: false,
                    merged_into: None,
                    device: r.device.clone(),
                    created_at: at,
                    updated_at: at,
                    history: Vec::new(),
                    changed_by: String::new(),
                    changed_seq: 0,
                });
                true
            }
            Event::EntryEdited { entry, text } => self.revise(*entry, at, |e| e.text = text.clone()),
            Event::EntryKindChanged { entry, kind } => self.revise(*entry, at, |e| e.kind = *kind),
            Event::EntryAttributed { entry, attribution } => {
                self.touch(*entry, at, |e| e.attribution = attribution.clone())
            }
            Event::EntryMoved { entry, item } => {
                let section = match item {
                    Some(id) => match self.item_index(id) {
                        Some(i) => self.items[i].section.clone(),
                        None => return false,
                    },
                    None => None,
                };
                self.touch(*entry, at, |e| {
                    e.item.clone_from(item);
                    e.section = section;
                })
            }
            Event::EntryMarked { entry, mark } => self.touch(*entry, at, |e| e.mark = *mark),
            Event::EntriesMerged { into, from } => {
                let (Some(to), Some(src)) = (self.entry_index(*into), self.entry_index(*from)) else {
                    return false;
                };
                if to == src {
                    return false;
                }
                let extra = self.entries[src].text.clone();
                self.revise(*into, at, |e| {
                    e.text = format!("{}\n{}", e.text.trim_end(), extra.trim_start());
                });
                self.touch(*from, at, |e| {
                    e.deleted = true;
                    e.merged_into = Some(*into);
                })
            }
            Event::EntryDeleted { entry } => self.touch(*entry, at, |e| e.deleted = true),
            Event::EntryRestored { entry } => self.touch(*entry, at, |e| {
                e.deleted = false;
                e.merged_into = None;
            }),
            Event::FloorGiven { speaker, item } => {
                self.end_floor(at);
                self.turns.push(Turn {
                    speaker: speaker.clone(),
                    item: item.clone(),
                    started_at: at,
                    ended_at: None,
                    seconds: None,
                });
                true
            }
            Event::FloorEnded => self.end_floor(at),
            Event::SpeakerQueued { id, speaker } => {
                if self.queue.iter().any(|q| q.id == *id) {
                    return false;
                }
                self.queue.push(Queued { id: *id, speaker: speaker.clone(), added_at: at });
                true
            }
            Event::SpeakerDequeued { id } => {
                let before = self.queue.len();
                self.queue.retain(|q| q.id != *id);
                self.queue.len() < before
            }
            Event::SpeakerMoved { id, to } => {
                let Some(from) = self.queue.iter().position(|q| q.id == *id) else { return false };
                let q = self.queue.remove(from);
                let to = (*to).min(self.queue.len());
                self.queue.insert(to, q);
                true
            }
            Event::GroupsFormed { item, groups } => {
                if self.item_index(item).is_none() {
                    return false;
                }
                self.groups.retain(|g| &g.item != item);
                self.groups.extend(groups.iter().map(|g| GroupRun {
                    item: item.clone(),
                    group: g.clone(),
                    report_back: None,
                }));
                true
            }
            Event::PromptRevealed { item, group, index } => {
                let Some(i) = self.item_index(item) else {
                    return false;
                };
                let count = match group {
                    None => self.agenda_item(i).map_or(0, |it| it.prompts.len()),
                    Some(name) => {
                        match (self.group_mut(item, name).map(|g| g.group.clone()), self.agenda_item(i)) {
                            (Some(g), Some(it)) => g.prompts(it).len(),
                            _ => 0,
                        }
                    }
                };
                if *index >= count {
                    return false;
                }
                let shown = |p: &PromptShown| &p.item == item && &p.group == group && p.index == *index;
                if !self.prompts_revealed.iter().any(shown) {
                    self.prompts_revealed.push(PromptShown {
                        item: item.clone(),
                        group: group.clone(),
                        index: *index,
                        at,
                    });
                }
                true
            }
            Event::ReportBackStarted { item, group } => {
                let Some(g) = self.group_mut(item, group) else {
                    return false;
                };
                g.report_back = Some(Slot { started_at: at, ended_at: None });
                true
            }
            Event::ReportBackEnded { item, group } => {
                let Some(g) = self.group_mut(item, group) else {
                    return false;
                };
                match &mut g.report_back {
                    Some(slot) => {
                        slot.ended_at = Some(at);
                        true
                    }
                    None => false,
                }
            }
        }
    }

    /// The index in `items` of the item on the clock.
    pub fn current_index(&self) -> Option<usize> {
        self.timer.current.as_deref().and_then(|id| self.item_index(id))
    }

    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.item == id)
    }

    pub fn entry_index(&self, id: Uuid) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// Entries that count: not deleted and not merged away.
    pub fn live_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.deleted)
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

    /// The index of `item` when it is the one on the clock.
    fn running_index(&self, item: &str) -> Option<usize> {
        (self.timer.current.as_deref() == Some(item)).then(|| self.item_index(item))?
    }

    fn group_mut(&mut self, item: &str, name: &str) -> Option<&mut GroupRun> {
        self.groups.iter_mut().find(|g| g.item == item && g.group.name == name)
    }

    fn end_current(&mut self, at: Timestamp) {
        let Some(current) = self.timer.current.take() else {
            return;
        };
        self.timer.running = false;
        if let Some(i) = self.item_index(&current) {
            let run = &mut self.items[i];
            close_pause(run, at);
            run.ended_at = Some(at);
            run.overrun_seconds = Some(run.active_seconds(at) - i64::from(run.planned_minutes) * 60);
        }
    }

    fn end_floor(&mut self, at: Timestamp) -> bool {
        match self.turns.last_mut() {
            Some(turn) if turn.ended_at.is_none() => {
                turn.ended_at = Some(at);
                turn.seconds = Some(at.duration_since(turn.started_at).as_secs());
                true
            }
            _ => false,
        }
    }

    /// Changes an entry and keeps what it looked like before.
    fn revise(&mut self, id: Uuid, at: Timestamp, change: impl FnOnce(&mut Entry)) -> bool {
        self.touch(id, at, |e| {
            e.history.push(Revision { at: e.updated_at, kind: e.kind, text: e.text.clone() });
            change(e);
        })
    }

    fn touch(&mut self, id: Uuid, at: Timestamp, change: impl FnOnce(&mut Entry)) -> bool {
        let Some(i) = self.entry_index(id) else {
            return false;
        };
        let entry = &mut self.entries[i];
        change(entry);
        entry.updated_at = entry.updated_at.max(at);
        true
    }
}

fn close_pause(run: &mut ItemRun, at: Timestamp) {
    if let Some(p) = run.pauses.last_mut().filter(|p| p.to.is_none()) {
        p.to = Some(at);
    }
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
}
