//! Undo and redo. Each change is recorded with the events that take it back, computed from
//! the state before it. Undoing is itself recorded (the journal is append-only), so nothing
//! is ever lost, not even what was undone. Entries (the review list) and the plan (the run
//! screen) each have their own history, so `u` takes back what the person looking at that
//! screen just did.

use super::{App, Effect};
use crate::i18n::Lang;
use crate::session::{Attribution, Entry, EntryKind, Event, Mark};
use crate::t;

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

    pub fn capture(lang: Lang, event: Event) -> Change {
        let ids = event.entries();
        let inverse = ids.iter().map(|&entry| Event::EntryDeleted { entry }).collect();
        let redo = ids.iter().map(|&entry| Event::EntryRestored { entry }).collect();
        Change { label: t!(lang, "msg-change-new-note"), forward: vec![event], inverse, redo: Some(redo) }
    }

    pub fn edit(lang: Lang, entry: &Entry, text: String) -> Change {
        Change::new(
            t!(lang, "msg-change-edit"),
            vec![Event::EntryEdited { entry: entry.id, text }],
            vec![Event::EntryEdited { entry: entry.id, text: entry.text.clone() }],
        )
    }

    pub fn kind(lang: Lang, entry: &Entry, kind: EntryKind) -> Change {
        Change::new(
            t!(lang, "msg-change-kind"),
            vec![Event::EntryKindChanged { entry: entry.id, kind }],
            vec![Event::EntryKindChanged { entry: entry.id, kind: entry.kind }],
        )
    }

    pub fn attribute(lang: Lang, entry: &Entry, attribution: Attribution) -> Change {
        Change::new(
            t!(lang, "msg-change-attribution"),
            vec![Event::EntryAttributed { entry: entry.id, attribution }],
            vec![Event::EntryAttributed { entry: entry.id, attribution: entry.attribution.clone() }],
        )
    }

    pub fn moved(lang: Lang, entry: &Entry, item: Option<String>) -> Change {
        Change::new(
            t!(lang, "msg-change-move"),
            vec![Event::EntryMoved { entry: entry.id, item }],
            vec![Event::EntryMoved { entry: entry.id, item: entry.item.as_deref().map(str::to_string) }],
        )
    }

    pub fn mark(lang: Lang, entry: &Entry, mark: Mark) -> Change {
        Change::new(
            t!(lang, "msg-change-mark"),
            vec![Event::EntryMarked { entry: entry.id, mark }],
            vec![Event::EntryMarked { entry: entry.id, mark: entry.mark }],
        )
    }

    pub fn merge(lang: Lang, into: &Entry, from: &Entry) -> Change {
        Change::new(
            t!(lang, "msg-change-merge"),
            vec![Event::EntriesMerged { into: into.id, from: from.id }],
            vec![
                Event::EntryEdited { entry: into.id, text: into.text.clone() },
                Event::EntryRestored { entry: from.id },
            ],
        )
    }

    pub fn delete_or_restore(lang: Lang, entry: &Entry) -> Change {
        let (label, forward, inverse) = if entry.deleted {
            (
                t!(lang, "msg-change-restore"),
                Event::EntryRestored { entry: entry.id },
                Event::EntryDeleted { entry: entry.id },
            )
        } else {
            (
                t!(lang, "msg-change-delete"),
                Event::EntryDeleted { entry: entry.id },
                Event::EntryRestored { entry: entry.id },
            )
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
        let lang = self.lang();
        let history = if plan { &mut self.plan_history } else { &mut self.entry_history };
        match history.undo.pop() {
            Some(change) => {
                let effects = records(&change.inverse);
                let text = t!(lang, "msg-undone", change = &change.label);
                history.redo.push(change);
                self.say(text);
                effects
            }
            None => {
                self.complain(if plan {
                    t!(lang, "msg-nothing-to-undo-plan")
                } else {
                    t!(lang, "msg-nothing-to-undo-entries")
                });
                vec![]
            }
        }
    }

    pub(super) fn redo(&mut self, plan: bool) -> Vec<Effect> {
        let lang = self.lang();
        let history = if plan { &mut self.plan_history } else { &mut self.entry_history };
        match history.redo.pop() {
            Some(change) => {
                let effects = records(change.redo.as_ref().unwrap_or(&change.forward));
                let text = t!(lang, "msg-redone", change = &change.label);
                history.undo.push(change);
                self.say(text);
                effects
            }
            None => {
                self.complain(t!(lang, "msg-nothing-to-redo"));
                vec![]
            }
        }
    }
}
