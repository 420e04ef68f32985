//! Rewording in the consolidation view: the editor opened on one recommendation (`e`),
//! on several to combine (`m`) or on one to split (`s`); what Enter records, with its
//! undo; a wording left with Esc kept for the same key; and what the room sees being
//! typed (written for the projector's window by the runtime).

use jiff::Timestamp;
use uuid::Uuid;

use super::consolidate::visible;
use super::undo::Change;
use super::{App, Effect, Focus};
use crate::session::{Event, Session, new_id};
use crate::t;

/// What the note editor holds when the consolidation view opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rewording {
    /// A new wording of one recommendation.
    Edit(Uuid),
    /// One wording for these recommendations together.
    Combine(Vec<Uuid>),
    /// Two recommendations from one: the editor's first line and the rest.
    Split(Uuid),
}

impl App {
    /// What the room should see being typed: the editor's wording while it rewords with the
    /// list on the projector, on the laptop that drives the projector.
    pub fn wording_for_room(&self, session: &Session) -> Option<super::RoomWording> {
        let what = self.capture.rewording.as_ref()?;
        if !session.consolidation.shown || !self.may_show(session) {
            return None;
        }
        let entries = match what {
            Rewording::Edit(id) | Rewording::Split(id) => vec![*id],
            Rewording::Combine(from) => from.clone(),
        };
        Some(super::RoomWording { entries, text: self.capture.text() })
    }

    /// The editor opens with `text` (or the wording kept from the last time these
    /// recommendations were reworded and left with Esc).
    pub(super) fn reword(&mut self, what: Rewording, id: Uuid, text: &str) {
        let text = match self.consolidate.kept.take() {
            Some((kept, wording)) if kept == what => {
                self.capture.set_text(&wording);
                self.capture.editing = Some(id);
                self.capture.rewording = Some(what);
                self.focus = Focus::Capture;
                self.say(t!(self.lang(), "msg-wording-back"));
                return;
            }
            Some(other) => {
                self.consolidate.kept = Some(other);
                text
            }
            None => text,
        };
        self.capture.set_text(text);
        self.capture.editing = Some(id);
        self.capture.rewording = Some(what);
        self.focus = Focus::Capture;
    }

    /// Enter in the editor opened from this view.
    pub(super) fn commit_rewording(
        &mut self,
        session: &Session,
        what: Rewording,
        text: &str,
        now: Timestamp,
    ) -> Result<Vec<Effect>, String> {
        let lang = self.lang();
        let clean = crate::capture::clean(text.trim());
        if clean.is_empty() {
            return Err(t!(lang, "msg-entry-empty"));
        }
        let change = match what {
            Rewording::Edit(id) => {
                let Some(entry) = session.entry(id) else { return Ok(vec![]) };
                let mut change = Change::edit(lang, entry, clean.replace('\n', " "));
                // The room supported and the plenary decided the old wording: the new one
                // waits for its own (u brings them back).
                let reworded = entry.text.trim() != clean.trim();
                if reworded && entry.decision.is_some() {
                    change.forward.push(Event::RecommendationDecided { entry: id, decision: None });
                    change.inverse.push(Event::RecommendationDecided { entry: id, decision: entry.decision });
                }
                if reworded && entry.support.is_some() {
                    change.forward.push(Event::SupportRecorded { entry: id, support: None });
                    change.inverse.push(Event::SupportRecorded { entry: id, support: entry.support });
                }
                if reworded && (entry.decision.is_some() || entry.support.is_some()) {
                    self.say(t!(lang, "msg-reworded-support-cleared"));
                }
                change
            }
            Rewording::Combine(from) => {
                let clean =
                    clean.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
                // The cursor goes where the new wording will stand: the first source's place.
                let list = visible(session, &self.consolidate);
                let first = list
                    .iter()
                    .position(|l| session.entries.get(l.entry).is_some_and(|e| from.contains(&e.id)));
                if let Some(p) = first {
                    self.consolidate.cursor = p;
                }
                let entry = new_id(now);
                let mut inverse = vec![Event::EntryDeleted { entry }];
                inverse.extend(from.iter().map(|&entry| Event::EntryRestored { entry }));
                // The sources come back where they were.
                inverse.push(Event::RecommendationsOrdered { order: session.recommendation_ids() });
                self.consolidate.marked.clear();
                let decided = from
                    .iter()
                    .filter_map(|id| session.entry(*id))
                    .any(|e| e.decision.is_some() || e.support.is_some());
                self.say(if decided {
                    t!(lang, "msg-combined-support-cleared", n = from.len())
                } else {
                    t!(lang, "msg-combined", n = from.len())
                });
                Change::new(
                    t!(lang, "msg-change-combine"),
                    vec![Event::RecommendationsCombined { entry, from, text: clean.replace('\n', " ") }],
                    inverse,
                )
            }
            Rewording::Split(id) => {
                let Some(entry) = session.entry(id) else { return Ok(vec![]) };
                let Some((keep, rest)) = clean.split_once('\n') else {
                    return Err(t!(lang, "msg-split-how"));
                };
                let (keep, rest) = (keep.trim(), rest.trim().replace('\n', " "));
                if keep.is_empty() || rest.is_empty() {
                    return Err(t!(lang, "msg-split-how"));
                }
                let new = new_id(now);
                self.say(t!(lang, "msg-split-done"));
                Change::new(
                    t!(lang, "msg-change-split"),
                    vec![Event::RecommendationSplit { entry: id, new, keep: keep.to_string(), text: rest }],
                    vec![
                        Event::EntryEdited { entry: id, text: entry.text.clone() },
                        Event::EntryDeleted { entry: new },
                    ],
                )
            }
        };
        self.capture = super::Capture::new(lang);
        self.focus = Focus::Consolidate;
        Ok(self.record_change(change))
    }
}
