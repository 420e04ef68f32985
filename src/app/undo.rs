//! Undo and redo of changes to entries: each change is recorded with the events that take
//! it back, computed from the state before it. Undoing is itself recorded (the journal is
//! append-only), so nothing is ever lost, not even what was undone.

use super::{App, Effect};
use crate::session::{Attribution, Entry, EntryKind, Event, Mark};

/// A change to entries, and how to take it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub forward: Vec<Event>,
    pub inverse: Vec<Event>,
    /// What redo records, when it differs from `forward` (a capture comes back by restore).
    pub redo: Option<Vec<Event>>,
}

impl Change {
    pub fn capture(event: Event) -> Change {
        let ids = event.entries();
        let inverse = ids.iter().map(|&entry| Event::EntryDeleted { entry }).collect();
        let redo = ids.iter().map(|&entry| Event::EntryRestored { entry }).collect();
        Change { forward: vec![event], inverse, redo: Some(redo) }
    }

    pub fn edit(entry: &Entry, text: String) -> Change {
        Change {
            forward: vec![Event::EntryEdited { entry: entry.id, text }],
            inverse: vec![Event::EntryEdited { entry: entry.id, text: entry.text.clone() }],
            redo: None,
        }
    }

    pub fn kind(entry: &Entry, kind: EntryKind) -> Change {
        Change {
            forward: vec![Event::EntryKindChanged { entry: entry.id, kind }],
            inverse: vec![Event::EntryKindChanged { entry: entry.id, kind: entry.kind }],
            redo: None,
        }
    }

    pub fn attribute(entry: &Entry, attribution: Attribution) -> Change {
        Change {
            forward: vec![Event::EntryAttributed { entry: entry.id, attribution }],
            inverse: vec![Event::EntryAttributed { entry: entry.id, attribution: entry.attribution.clone() }],
            redo: None,
        }
    }

    pub fn moved(entry: &Entry, item: Option<String>) -> Change {
        Change {
            forward: vec![Event::EntryMoved { entry: entry.id, item }],
            inverse: vec![Event::EntryMoved { entry: entry.id, item: entry.item.clone() }],
            redo: None,
        }
    }

    pub fn mark(entry: &Entry, mark: Mark) -> Change {
        Change {
            forward: vec![Event::EntryMarked { entry: entry.id, mark }],
            inverse: vec![Event::EntryMarked { entry: entry.id, mark: entry.mark }],
            redo: None,
        }
    }

    pub fn merge(into: &Entry, from: &Entry) -> Change {
        Change {
            forward: vec![Event::EntriesMerged { into: into.id, from: from.id }],
            inverse: vec![
                Event::EntryEdited { entry: into.id, text: into.text.clone() },
                Event::EntryRestored { entry: from.id },
            ],
            redo: None,
        }
    }

    pub fn delete_or_restore(entry: &Entry) -> Change {
        let (forward, inverse) = if entry.deleted {
            (Event::EntryRestored { entry: entry.id }, Event::EntryDeleted { entry: entry.id })
        } else {
            (Event::EntryDeleted { entry: entry.id }, Event::EntryRestored { entry: entry.id })
        };
        Change { forward: vec![forward], inverse: vec![inverse], redo: None }
    }
}

impl App {
    /// Records a change and makes it the one the next undo takes back.
    pub(super) fn record_change(&mut self, change: Change) -> Vec<Effect> {
        let effects = change.forward.iter().cloned().map(Effect::Record).collect();
        self.undo.push(change);
        self.redo.clear();
        effects
    }

    pub(super) fn undo(&mut self) -> Vec<Effect> {
        match self.undo.pop() {
            Some(change) => {
                let effects = change.inverse.iter().cloned().map(Effect::Record).collect();
                self.say("Undone (u again for the change before; Ctrl-R redoes)");
                self.redo.push(change);
                effects
            }
            None => {
                self.complain("Nothing to undo");
                vec![]
            }
        }
    }

    pub(super) fn redo(&mut self) -> Vec<Effect> {
        match self.redo.pop() {
            Some(change) => {
                let events = change.redo.as_ref().unwrap_or(&change.forward);
                let effects = events.iter().cloned().map(Effect::Record).collect();
                self.say("Redone");
                self.undo.push(change);
                effects
            }
            None => {
                self.complain("Nothing to redo");
                vec![]
            }
        }
    }
}
