//! Working groups on the clock: which groups an item works with, and the report-back
//! slots that give each group its share of a report-back item.

use jiff::Timestamp;

use super::{Ladder, Stage};
use crate::agenda::ItemKind;
use crate::session::{GroupRun, Session};

/// The working-groups item whose groups item `index` is about: itself for a
/// working-groups item, the last one before it for a report-back.
pub fn groups_item(session: &Session, index: usize) -> Option<usize> {
    let kind = session.agenda_item(index)?.kind;
    match kind {
        ItemKind::WorkingGroups => Some(index),
        ItemKind::ReportBack => (0..index)
            .rev()
            .find(|&i| session.agenda_item(i).is_some_and(|it| it.kind == ItemKind::WorkingGroups)),
        _ => None,
    }
}

/// The groups of the working-groups item at `index`, in order.
pub fn groups_of(session: &Session, index: usize) -> Vec<&GroupRun> {
    let Some(run) = session.items.get(index) else { return Vec::new() };
    session.groups.iter().filter(|g| g.item == run.item).collect()
}

/// The group reporting back now, and its slot's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub group: String,
    pub elapsed_ms: i64,
    pub length_ms: i64,
    pub stage: Stage,
}

impl Slot {
    /// The stage in words.
    pub fn label(&self) -> &'static str {
        Ladder::slot(self.length_ms).label(self.stage)
    }

    /// Milliseconds until `display` shows another second (the slot counts up while open).
    pub fn ms_until_change(&self) -> i64 {
        1000 - self.elapsed_ms.rem_euclid(1000)
    }

    pub fn display(&self) -> String {
        let clock = |s: i64| format!("{:02}:{:02}", s / 60, s % 60);
        let (elapsed, length) = self.shown_seconds();
        format!("{} of {}", clock(elapsed), clock(length))
    }

    /// The whole seconds `display` shows: taken, and the slot's length.
    pub fn shown_seconds(&self) -> (i64, i64) {
        (self.elapsed_ms.max(0) / 1000, self.length_ms.max(0) / 1000)
    }
}

/// Minutes each group gets to report back in report-back item `index`: as set with a key,
/// else as the agenda says, else the item's length shared by the groups.
pub fn slot_ms(session: &Session, index: usize, groups: usize) -> i64 {
    let run = session.items.get(index);
    let set = run.and_then(|r| r.report_minutes);
    let planned = session.agenda_item(index).and_then(|i| i.report_minutes).map(|m| m.get());
    match set.or(planned) {
        Some(minutes) => i64::from(minutes) * 60_000,
        None => run.map_or(0, |r| r.allotted_seconds() * 1000) / groups.max(1) as i64,
    }
}

/// The open report-back slot of the running item, if any.
pub fn open_slot(session: &Session, now: Timestamp) -> Option<Slot> {
    let current = session.current_index()?;
    let wg = groups_item(session, current)?;
    let groups = groups_of(session, wg);
    let open = groups.iter().find(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_none()))?;
    let started = open.report_back.as_ref()?.started_at;
    let length_ms = slot_ms(session, current, groups.len());
    let elapsed_ms = now.duration_since(started).as_millis() as i64;
    let stage = Ladder::slot(length_ms).stage(length_ms - elapsed_ms);
    Some(Slot { group: open.group.name.clone(), elapsed_ms, length_ms, stage })
}
