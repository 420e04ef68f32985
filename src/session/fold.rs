//! How records change the session: `Session::start` builds it from the first record,
//! `apply` folds every later one.
//!
//! The fold accepts whatever several journals bring: an event about something this state
//! does not know (an entry another device never sent, an item removed from the agenda) is
//! reported as [`Applied::Ignored`] and changes nothing, so recovery can count it.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::{SignedDuration, Span, Timestamp};
use uuid::Uuid;

use super::event::{Event, Record};
use super::state::{
    Entry, Extension, GroupRun, ItemRun, Pause, PromptShown, Queued, Revision, SCHEMA_VERSION, Session, Slot,
    Timer, Turn,
};
use crate::agenda::schedule::plan;

/// What folding one record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The state changed.
    Changed,
    /// The record was already part of the state (replaying a journal over a snapshot).
    AlreadyApplied,
    /// The event refers to something this state does not know; nothing changed.
    Ignored,
}

impl Session {
    /// A session from its first record, which must be `SessionStarted`.
    pub fn start(record: &Record) -> Option<Session> {
        let Event::SessionStarted { agenda, agenda_file } = &record.event else {
            return None;
        };
        // Sessions recorded before agendas were cleaned on loading still hold raw control
        // and bidi characters: the state never does.
        let agenda = crate::agenda::text::cleaned((**agenda).clone());
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
                    ends_at_set: None,
                    skipped: false,
                    overrun_seconds: None,
                    report_minutes: None,
                    speakers_closed: false,
                    first_time_first: false,
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
            room_balance: false,
            consolidation: Default::default(),
            clock_holder: Some(record.device.clone()),
            applied: BTreeMap::from([(record.device.clone(), record.seq)]),
            journals: BTreeMap::new(),
            legacy_ignored_events: None,
            checksum: None,
            index: Default::default(),
        })
        .map(|mut s| {
            s.reindex();
            s
        })
    }

    /// Whether folding `r` now gives the state that folding every record in time order
    /// would (what a device that opens the session gets): true when nothing later than
    /// `r` touched what it changes. `clock_at` is the time of the latest clock event
    /// folded (the session's last change will do, if more often false). A record from
    /// another laptop arriving late is folded as it comes when this holds; otherwise the
    /// state is folded again from the journals, so that every device ends up the same.
    pub fn in_order(&self, r: &Record, clock_at: Timestamp) -> bool {
        if r.at >= self.last_change_at {
            return true;
        }
        match &r.event {
            // Entries are kept in order of capture time, wherever one arrives.
            Event::EntryCaptured { .. } | Event::Newer { .. } => true,
            Event::SpeakerQueued { .. } => self.queue.iter().all(|q| q.added_at <= r.at),
            // They change the consolidated list's order, which later records read.
            Event::RecommendationsCombined { .. }
            | Event::RecommendationSplit { .. }
            | Event::RecommendationMoved { .. }
            | Event::RecommendationsOrdered { .. } => false,
            event if event.needs_clock() || matches!(event, Event::ClockTaken) => r.at >= clock_at,
            event => event.entries().iter().all(|id| {
                self.entry_index(*id).and_then(|i| self.entries.get(i)).is_some_and(|e| e.updated_at <= r.at)
            }),
        }
    }

    /// Whether this record is already part of the state.
    pub fn has_applied(&self, record: &Record) -> bool {
        self.applied.get(&record.device).is_some_and(|&seq| record.seq <= seq)
    }

    /// Folds one record into the state. Records already applied are skipped, so replaying
    /// a journal over a snapshot is harmless.
    pub fn apply(&mut self, record: &Record) -> Applied {
        if self.has_applied(record) {
            return Applied::AlreadyApplied;
        }
        if !self.index.covers(&self.entries, &self.items) {
            // Changed from outside the fold.
            self.reindex();
        }
        self.index.changed();
        self.applied.insert(record.device.clone(), record.seq);
        self.last_change_at = self.last_change_at.max(record.at);
        if self.apply_event(record) { Applied::Changed } else { Applied::Ignored }
    }

    /// Returns false when the event refers to something unknown, or is one only the
    /// clock's holder may write and another device wrote it.
    fn apply_event(&mut self, r: &Record) -> bool {
        let at = r.at;
        if r.event.needs_clock() && self.clock_holder.as_ref().is_some_and(|holder| *holder != r.device) {
            return false;
        }
        match &r.event {
            Event::ClockTaken => {
                let changed = self.clock_holder.as_ref() != Some(&r.device);
                self.clock_holder = Some(r.device.clone());
                changed
            }
            Event::SessionStarted { .. } | Event::Newer { .. } => false,
            Event::SessionFinished => {
                self.end_current(at);
                self.end_floor(at);
                self.finished_at = Some(at);
                true
            }
            Event::SessionReopened => self.finished_at.take().is_some(),
            Event::ItemStarted { item } => self.start_item(item, at),
            Event::ItemPaused { item } => {
                let Some(i) = self.running_index(item) else { return false };
                if self.timer.running {
                    if let Some(run) = self.items.get_mut(i) {
                        run.pauses.push(Pause { from: at, to: None });
                    }
                    self.timer.running = false;
                }
                true
            }
            Event::ItemResumed { item } => {
                let Some(i) = self.running_index(item) else { return false };
                if let Some(run) = self.items.get_mut(i) {
                    close_pause(run, at);
                }
                self.timer.running = true;
                true
            }
            Event::ItemExtended { item, minutes } => {
                let Some(run) = self.run_mut(item) else { return false };
                run.extensions.push(Extension { at, minutes: *minutes });
                if let Some(end) = run.ends_at {
                    let shift = SignedDuration::from_mins(i64::from(*minutes));
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
                let Some(run) = self.run_mut(item) else { return false };
                run.ends_at = *end;
                run.ends_at_set = end.map(|_| at);
                true
            }
            Event::ItemSkipped { item } => {
                if self.item_index(item).is_none() {
                    return false;
                }
                if self.timer.current.as_deref() == Some(item.as_str()) {
                    self.end_current(at);
                }
                self.run_mut(item).is_some_and(|run| {
                    run.skipped = true;
                    true
                })
            }
            Event::ItemUnskipped { item } => self.run_mut(item).is_some_and(|run| {
                run.skipped = false;
                true
            }),
            Event::ItemReset { item } => {
                if self.item_index(item).is_none() {
                    return false;
                }
                if self.timer.current.as_deref() == Some(item.as_str()) {
                    self.end_floor_of(item, at);
                    self.timer = Timer::default();
                }
                self.run_mut(item).is_some_and(|run| {
                    run.started_at = None;
                    run.ended_at = None;
                    run.pauses.clear();
                    run.overrun_seconds = None;
                    true
                })
            }
            Event::Replanned { changes } => {
                let mut all_known = true;
                for change in changes {
                    match self.run_mut(&change.item) {
                        Some(run) => run.replanned_minutes = change.minutes,
                        None => all_known = false,
                    }
                }
                all_known
            }
            Event::MessageSet { text } => {
                self.message.clone_from(text);
                true
            }
            Event::BalanceShown { on } => {
                let changed = self.room_balance != *on;
                self.room_balance = *on;
                changed
            }
            Event::EntryCaptured { entry, kind, text, attribution, item, group, attached_to } => {
                if self.entry_index(*entry).is_some() {
                    return false;
                }
                let section = item.as_deref().and_then(|id| self.run(id)).and_then(|run| run.section.clone());
                let section = section.map(|s| self.index.name(&s));
                let item = item.as_deref().map(|i| self.index.name(i));
                let device = self.index.name(&r.device);
                self.insert_entry(
                    at,
                    Entry {
                        attribution: attribution.clone(),
                        item,
                        section,
                        group: group.clone(),
                        attached_to: *attached_to,
                        ..Entry::fresh(*entry, *kind, text.clone(), device, at)
                    },
                );
                true
            }
            Event::EntryEdited { entry, text } => {
                // A recommendation reworded with the list on the projector is what the
                // room looks at.
                if self.entry(*entry).is_some_and(|e| super::is_recommendation(e.kind)) {
                    self.spotlight(*entry);
                }
                self.revise(*entry, r, |e| e.text.clone_from(text))
            }
            Event::EntryKindChanged { entry, kind } => self.revise(*entry, r, |e| e.kind = *kind),
            Event::EntryAttributed { entry, attribution } => {
                self.touch(*entry, at, |e| e.attribution = attribution.clone())
            }
            Event::EntryMoved { entry, item } => {
                let section = match item {
                    Some(id) => match self.run(id) {
                        Some(run) => run.section.clone(),
                        None => return false,
                    },
                    None => None,
                };
                let section = section.map(|s| self.index.name(&s));
                let item = item.as_deref().map(|i| self.index.name(i));
                self.touch(*entry, at, |e| {
                    e.item = item;
                    e.section = section;
                })
            }
            Event::EntryMarked { entry, mark } => self.touch(*entry, at, |e| e.mark = *mark),
            Event::EntriesMerged { into, from } => self.merge(*into, *from, r),
            Event::EntryDeleted { entry } => self.touch(*entry, at, |e| e.deleted = true),
            Event::EntryRestored { entry } => {
                let Some(e) = self.entry_index(*entry).and_then(|i| self.entries.get(i)) else {
                    return false;
                };
                if let Some(into) = e.merged_into
                    && let Some(target) = self.entry_index(into).and_then(|i| self.entries.get_mut(i))
                {
                    Arc::make_mut(target).merged_from.retain(|id| id != entry);
                }
                self.touch(*entry, at, |e| {
                    e.deleted = false;
                    e.merged_into = None;
                })
            }
            Event::RecommendationsCombined { .. }
            | Event::RecommendationSplit { .. }
            | Event::RecommendationMoved { .. }
            | Event::RecommendationsOrdered { .. }
            | Event::SupportRecorded { .. }
            | Event::RecommendationDecided { .. }
            | Event::EntryChecked { .. }
            | Event::RecommendationsShown { .. } => self.apply_consolidation(r),
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
            Event::SpeakerQueued { id, speaker, item } => {
                if self.queue.iter().any(|q| q.id == *id) {
                    return false;
                }
                let item = item.clone().or_else(|| self.timer.current.clone());
                self.queue.push(Queued { id: *id, speaker: speaker.clone(), item, added_at: at });
                true
            }
            Event::SpeakerDequeued { id } => {
                let before = self.queue.len();
                self.queue.retain(|q| q.id != *id);
                self.queue.len() < before
            }
            Event::SpeakerMoved { id, to } => self.move_in_list(*id, *to),
            Event::SpeakersList { item, closed, first_time_first } => self.run_mut(item).is_some_and(|run| {
                run.speakers_closed = *closed;
                run.first_time_first = *first_time_first;
                true
            }),
            Event::ReportBackSlot { item, minutes } => self.run_mut(item).is_some_and(|run| {
                run.report_minutes = *minutes;
                true
            }),
            Event::GroupsFormed { item, groups } => {
                if self.item_index(item).is_none() {
                    return false;
                }
                // A group that keeps its name keeps its report-back slot.
                let before: Vec<GroupRun> = self.groups.iter().filter(|g| &g.item == item).cloned().collect();
                self.groups.retain(|g| &g.item != item);
                self.groups.extend(groups.iter().map(|g| GroupRun {
                    item: item.clone(),
                    group: g.clone(),
                    report_back:
                        before.iter().find(|b| b.group.name == g.name).and_then(|b| b.report_back.clone()),
                }));
                true
            }
            Event::PromptRevealed { item, group, index } => self.reveal(item, group.as_deref(), *index, at),
            Event::ReportBackStarted { item, group } => {
                let Some(g) = self.group_mut(item, group) else { return false };
                g.report_back = Some(Slot { started_at: at, ended_at: None });
                true
            }
            Event::ReportBackEnded { item, group } => {
                let Some(g) = self.group_mut(item, group) else { return false };
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

    /// Puts a new entry in order of capture time across devices, whatever order their
    /// journals arrive in (the same order on every device): almost always at the end.
    /// Equal times keep the order folded (one device's own order: two devices do not
    /// share a nanosecond).
    pub(super) fn insert_entry(&mut self, at: Timestamp, entry: Entry) {
        let later = self.entries.iter().rev().take_while(|e| e.created_at > at).count();
        let at_index = self.entries.len() - later;
        let shifted = self.entries.get(at_index..).unwrap_or_default().iter().map(|e| e.id);
        self.index.inserted_entry(entry.id, at_index, shifted);
        self.entries.insert(at_index, Arc::new(entry));
    }

    fn run(&self, item: &str) -> Option<&ItemRun> {
        self.item_index(item).and_then(|i| self.items.get(i))
    }

    fn run_mut(&mut self, item: &str) -> Option<&mut ItemRun> {
        self.item_index(item).and_then(|i| self.items.get_mut(i))
    }

    fn start_item(&mut self, item: &str, at: Timestamp) -> bool {
        if self.item_index(item).is_none() {
            return false;
        }
        if self.timer.current.as_deref() != Some(item) {
            self.end_current(at);
        }
        let Some(run) = self.run_mut(item) else { return false };
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
        self.timer = Timer { current: Some(item.to_string()), running: true };
        true
    }

    /// The index of `item` when it is the one on the clock.
    fn running_index(&self, item: &str) -> Option<usize> {
        (self.timer.current.as_deref() == Some(item)).then(|| self.item_index(item))?
    }

    fn group_mut(&mut self, item: &str, name: &str) -> Option<&mut GroupRun> {
        self.groups.iter_mut().find(|g| g.item == item && g.group.name == name)
    }

    /// Ends the item on the clock, and the turn at the floor that belongs to it: a speaker
    /// never carries over into the next item.
    fn end_current(&mut self, at: Timestamp) {
        let Some(current) = self.timer.current.take() else {
            return;
        };
        self.timer.running = false;
        self.end_floor_of(&current, at);
        if let Some(run) = self.run_mut(&current) {
            close_pause(run, at);
            run.ended_at = Some(at);
            run.overrun_seconds = Some(run.active_seconds(at) - i64::from(run.planned_minutes) * 60);
        }
    }

    fn end_floor_of(&mut self, item: &str, at: Timestamp) {
        if self.turns.last().is_some_and(|t| t.ended_at.is_none() && t.item == item) {
            self.end_floor(at);
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

    /// Moves a queued speaker to place `to` (0 is next) of their own item's list.
    fn move_in_list(&mut self, id: Uuid, to: usize) -> bool {
        let Some(from) = self.queue.iter().position(|q| q.id == id) else { return false };
        let q = self.queue.remove(from);
        // Positions in the whole queue of the same list's speakers.
        let same: Vec<usize> =
            self.queue.iter().enumerate().filter(|(_, o)| o.item == q.item).map(|(i, _)| i).collect();
        let at = match same.get(to) {
            Some(&i) => i,
            None => same.last().map_or(self.queue.len(), |&i| i + 1),
        };
        self.queue.insert(at, q);
        true
    }

    fn merge(&mut self, into: Uuid, from: Uuid, r: &Record) -> bool {
        let at = r.at;
        let (Some(to), Some(src)) = (self.entry_index(into), self.entry_index(from)) else {
            return false;
        };
        if to == src {
            return false;
        }
        let Some(extra) = self.entries.get(src).map(|e| e.text.clone()) else { return false };
        let same = |a: &str, b: &str| a.trim() == b.trim();
        // The same words twice are one point: keep them once.
        if self.entries.get(to).is_some_and(|e| !same(&e.text, &extra)) {
            self.revise(into, r, |e| {
                e.text = format!("{}\n{}", e.text.trim_end(), extra.trim_start());
            });
        }
        self.touch(into, at, |e| {
            if !e.merged_from.contains(&from) {
                e.merged_from.push(from);
            }
        });
        self.touch(from, at, |e| {
            e.deleted = true;
            e.merged_into = Some(into);
        })
    }

    fn reveal(&mut self, item: &str, group: Option<&str>, index: usize, at: Timestamp) -> bool {
        let Some(i) = self.item_index(item) else { return false };
        let count = match group {
            None => self.agenda_item(i).map_or(0, |it| it.prompts.len()),
            Some(name) => {
                let g = self.groups.iter().find(|g| g.item == item && g.group.name == name);
                match (g, self.agenda_item(i)) {
                    (Some(g), Some(it)) => g.group.prompts(it).len(),
                    _ => 0,
                }
            }
        };
        if index >= count {
            return false;
        }
        let shown = |p: &PromptShown| p.item == item && p.group.as_deref() == group && p.index == index;
        if !self.prompts_revealed.iter().any(shown) {
            self.prompts_revealed.push(PromptShown {
                item: item.to_string(),
                group: group.map(str::to_string),
                index,
                at,
            });
        }
        true
    }

    /// Changes an entry and keeps what it looked like before. A version another device
    /// made minutes before is flagged: two laptops changed the entry at once, and the
    /// later change won (the same on every device: records fold in time order).
    pub(super) fn revise(&mut self, id: Uuid, r: &Record, change: impl FnOnce(&mut Entry)) -> bool {
        let device = self.index.name(&r.device);
        self.touch(id, r.at, |e| {
            // Only a wording that was itself a change (not the note as captured) can lose
            // to another laptop's change: correcting a colleague's fresh note is no conflict.
            let by = e.revised_by.as_ref().unwrap_or(&e.device);
            let recent = r.at.duration_since(e.updated_at) < SignedDuration::from_mins(CONFLICT_MINUTES);
            let conflict = !e.history.is_empty() && *by != device && recent;
            e.history.push(Revision { at: e.updated_at, kind: e.kind, text: e.text.clone(), conflict });
            change(e);
            e.revised_by = (device != e.device).then_some(device);
        })
    }

    pub(super) fn touch(&mut self, id: Uuid, at: Timestamp, change: impl FnOnce(&mut Entry)) -> bool {
        let Some(entry) = self.entry_index(id).and_then(|i| self.entries.get_mut(i)) else {
            return false;
        };
        // A copy only if a snapshot being written still holds this entry.
        let entry = Arc::make_mut(entry);
        change(entry);
        entry.updated_at = entry.updated_at.max(at);
        true
    }
}

/// Two devices' changes to one entry this close in time were made without seeing each
/// other: the earlier wording is flagged for review.
const CONFLICT_MINUTES: i64 = 5;

pub(super) fn close_pause(run: &mut ItemRun, at: Timestamp) {
    if let Some(p) = run.pauses.last_mut().filter(|p| p.to.is_none()) {
        p.to = Some(at);
    }
}
