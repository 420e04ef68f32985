//! Undo and redo. Each change is recorded with the events that take it back, computed from
//! the state before it. Undoing is itself recorded (the journal is append-only), so nothing
//! is ever lost, not even what was undone. Entries (the review list) and the plan (the run
//! screen) each have their own history, so `u` takes back what the person looking at that
//! screen just did.

use super::{App, Effect};
use crate::session::{Attribution, Entry, EntryKind, Event, Mark};

/// A change, and how to take it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What it was, for the message after undoing it ("skipping Coffee break").
    pub label: String,
    pub forward: Vec<Event>,
    pub inverse: Vec<Event>,
    /// What redo records, when it differs from `forward` (a capture comes back by restore).
    pub redo: Option<Vec<Event>>,
}

/// Changes that can be undone, and those undone that can be redone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
}

impl Change {
    pub fn new(label: impl Into<String>, forward: Vec<Event>, inverse: Vec<Event>) -> Change {
        Change { label: label.into(), forward, inverse, redo: None }
    }

    pub fn capture(event: Event) -> Change {
        let ids = event.entries();
        let inverse = ids.iter().map(|&entry| Event::EntryDeleted { entry }).collect();
        let redo = ids.iter().map(|&entry| Event::EntryRestored { entry }).collect();
        Change { label: "the new note".into(), forward: vec![event], inverse, redo: Some(redo) }
    }

    pub fn edit(entry: &Entry, text: String) -> Change {
        Change::new(
            "the edit",
            vec![Event::EntryEdited { entry: entry.id, text }],
            vec![Event::EntryEdited { entry: entry.id, text: entry.text.clone() }],
        )
    }

    pub fn kind(entry: &Entry, kind: EntryKind) -> Change {
        Change::new(
            "the change of kind",
            vec![Event::EntryKindChanged { entry: entry.id, kind }],
            vec![Event::EntryKindChanged { entry: entry.id, kind: entry.kind }],
        )
    }

    pub fn attribute(entry: &Entry, attribution: Attribution) -> Change {
        Change::new(
            "the attribution",
            vec![Event::EntryAttributed { entry: entry.id, attribution }],
            vec![Event::EntryAttributed { entry: entry.id, attribution: entry.attribution.clone() }],
        )
    }

    pub fn moved(entry: &Entry, item: Option<String>) -> Change {
        Change::new(
            "the move",
            vec![Event::EntryMoved { entry: entry.id, item }],
            vec![Event::EntryMoved { entry: entry.id, item: entry.item.as_deref().map(str::to_string) }],
        )
    }

    pub fn mark(entry: &Entry, mark: Mark) -> Change {
        Change::new(
            "the mark",
            vec![Event::EntryMarked { entry: entry.id, mark }],
            vec![Event::EntryMarked { entry: entry.id, mark: entry.mark }],
        )
    }

    pub fn merge(into: &Entry, from: &Entry) -> Change {
        Change::new(
            "the merge",
            vec![Event::EntriesMerged { into: into.id, from: from.id }],
            vec![
                Event::EntryEdited { entry: into.id, text: into.text.clone() },
                Event::EntryRestored { entry: from.id },
            ],
        )
    }

    pub fn delete_or_restore(entry: &Entry) -> Change {
        let (label, forward, inverse) = if entry.deleted {
            ("the restore", Event::EntryRestored { entry: entry.id }, Event::EntryDeleted { entry: entry.id })
        } else {
            ("the delete", Event::EntryDeleted { entry: entry.id }, Event::EntryRestored { entry: entry.id })
        };
        Change::new(label, vec![forward], vec![inverse])
    }
}

fn records(events: &[Event]) -> Vec<Effect> {
    events.iter().cloned().map(Effect::Record).collect()
}

impl App {
    /// Records a change to entries and makes it the one the next undo takes back.
    pub(super) fn record_change(&mut self, change: Change) -> Vec<Effect> {
        let effects = records(&change.forward);
        self.entry_history.undo.push(change);
        self.entry_history.redo.clear();
        effects
    }

    /// Records a change to the plan and makes it the one the run screen's undo takes back.
    pub(super) fn record_plan_change(&mut self, change: Change) -> Vec<Effect> {
        let effects = records(&change.forward);
        self.plan_history.undo.push(change);
        self.plan_history.redo.clear();
        effects
    }

    pub(super) fn undo(&mut self, plan: bool) -> Vec<Effect> {
        let history = if plan { &mut self.plan_history } else { &mut self.entry_history };
        match history.undo.pop() {
            Some(change) => {
                let effects = records(&change.inverse);
                let text = format!("Undone: {} (u again for the change before; Ctrl-R redoes)", change.label);
                history.redo.push(change);
                self.say(text);
                effects
            }
            None => {
                let what = if plan { "on the plan" } else { "to entries" };
                self.complain(format!("Nothing to undo {what} in this run"));
                vec![]
            }
        }
    }

    pub(super) fn redo(&mut self, plan: bool) -> Vec<Effect> {
        let history = if plan { &mut self.plan_history } else { &mut self.entry_history };
        match history.redo.pop() {
            Some(change) => {
                let effects = records(change.redo.as_ref().unwrap_or(&change.forward));
                let text = format!("Redone: {}", change.label);
                history.undo.push(change);
                self.say(text);
                effects
            }
            None => {
                self.complain("Nothing to redo");
                vec![]
            }
        }
    }
}
