//! Working groups on the clock: which groups an item works with, and the report-back
//! slots that give each group its share of a report-back item.

use jiff::Timestamp;

use super::Stage;
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
    pub fn display(&self) -> String {
        let clock = |ms: i64| {
            let s = ms.max(0) / 1000;
            format!("{:02}:{:02}", s / 60, s % 60)
        };
        format!("{} of {}", clock(self.elapsed_ms), clock(self.length_ms))
    }
}

/// The open report-back slot of the running item, if any: each group gets an equal share
/// of the report-back item's time.
pub fn open_slot(session: &Session, now: Timestamp) -> Option<Slot> {
    let current = session.current_index()?;
    let wg = groups_item(session, current)?;
    let groups = groups_of(session, wg);
    let open = groups.iter().find(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_none()))?;
    let started = open.report_back.as_ref()?.started_at;
    let length_ms = session.items[current].allotted_seconds() * 1000 / groups.len().max(1) as i64;
    let elapsed_ms = now.duration_since(started).as_millis() as i64;
    let left = length_ms - elapsed_ms;
    let stage = if left < 0 {
        Stage::Overtime
    } else if left <= 60_000.min(length_ms / 5) {
        Stage::Final
    } else if left <= length_ms / 5 {
        Stage::WrapUp
    } else {
        Stage::Normal
    };
    Some(Slot { group: open.group.name.clone(), elapsed_ms, length_ms, stage })
}
