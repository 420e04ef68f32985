//! The wording being typed for the room. While the facilitator's laptop (the one that
//! holds the clock) rewords, combines or splits a recommendation with the list on the
//! projector, it writes what is typed to `wording-DEVICE.json` in the session folder, at
//! most once a second, and removes the file when the editor closes; a follower window
//! (the projector) reads the clock's laptop's file when the folder changes and shows the
//! wording in place of what it rewords. It is not the record: only Enter records the
//! wording; the file is display, replaced whole (written aside, then renamed).

use jiff::{SignedDuration, Timestamp};

use crate::app::RoomWording;
use crate::store::SessionStore;
use crate::store::snapshot::write_atomic;

/// How often a changing wording is written: the room sees typing a second late at most.
pub const EVERY: SignedDuration = SignedDuration::from_secs(1);

pub fn file_name(device: &str) -> String {
    format!("wording-{device}.json")
}

/// Whether `name` is a wording file (of any device), for the folder's watch.
pub fn is_wording_file(name: &str) -> bool {
    name.starts_with("wording-") && name.ends_with(".json")
}

/// What this laptop last wrote, and when.
#[derive(Debug, Default)]
pub struct Publisher {
    written: Option<RoomWording>,
    /// `written` is what the disk holds: false until the first look, since a run killed
    /// mid-wording (kill -9, a dead battery) left its file behind, which must not stay on
    /// the projector.
    known: bool,
    at: Option<Timestamp>,
}

impl Publisher {
    /// Writes `wording` when it differs from what was written and the last write is a
    /// second old; removes the file at once when there is none any more. A failure costs
    /// the room a live view, nothing else: it is tried again at the next change.
    pub fn upkeep(&mut self, store: &SessionStore, wording: Option<RoomWording>, now: Timestamp) {
        if (self.known && wording == self.written) || store.is_read_only() {
            return;
        }
        let name = file_name(store.device());
        if wording.is_some() && self.due_at().is_some_and(|due| now < due) {
            return;
        }
        // Tried at most once a second, whether the disk takes it or not.
        self.at = Some(now);
        let done = match &wording {
            None => {
                let path = store.dir().join(&name);
                !store.disk().exists(&path) || store.disk().remove_file(&path).is_ok()
            }
            Some(w) => serde_json::to_vec(w)
                .is_ok_and(|bytes| write_atomic(store.disk().as_ref(), store.dir(), &name, &bytes).is_ok()),
        };
        if done {
            self.written = wording;
            self.known = true;
        }
    }

    /// When a changed wording may next be written.
    fn due_at(&self) -> Option<Timestamp> {
        self.at.and_then(|at| at.checked_add(EVERY).ok())
    }

    /// When `wording`, not yet written, is due to be: None when it is written already.
    pub fn waiting(&self, wording: Option<&RoomWording>, now: Timestamp) -> Option<Timestamp> {
        (wording != self.written.as_ref()).then(|| self.due_at().map_or(now, |due| due.max(now)))
    }
}

/// The wording the laptop that holds the clock is typing, if any (a damaged or
/// half-arrived file reads as none).
pub fn read(store: &SessionStore) -> Option<RoomWording> {
    let holder = store.session().clock_holder.as_deref()?;
    let bytes = store.disk().read(&store.dir().join(file_name(holder))).ok()?;
    let wording: RoomWording = serde_json::from_slice(&bytes).ok()?;
    // Text from a file is made safe like any other before a screen shows it.
    Some(RoomWording { text: crate::safe_text::text(&wording.text).into_owned(), ..wording })
}
