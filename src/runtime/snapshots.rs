//! Refreshing minutes.json away from the keyboard. A snapshot costs the whole state (381 ms
//! at 100,000 entries when it was written on the key press that made it due); here a copy
//! of the state (a pointer per entry) is handed to a thread once nobody has typed for a
//! moment, and the thread encodes, checks and writes it atomically. The journal has every
//! record meanwhile, so a snapshot that fails or never finishes costs the next start some
//! time and nothing else.

use std::thread::JoinHandle;

use jiff::{SignedDuration, Timestamp};

use crate::store::{SessionStore, StoreError};

/// Refresh minutes.json after this many new records (or a tenth of the session, if more).
pub const SNAPSHOT_EVERY: u64 = 100;
/// How long nobody must have typed before a snapshot is started.
pub const QUIET: SignedDuration = SignedDuration::from_secs(2);

#[derive(Debug, Default)]
pub struct Snapshots {
    running: Option<JoinHandle<Result<u64, StoreError>>>,
    last_input: Option<Timestamp>,
    started: u64,
}

impl Snapshots {
    /// A key or a paste arrived.
    pub fn typed(&mut self, now: Timestamp) {
        self.last_input = Some(now);
    }

    /// Takes in a finished snapshot, if any.
    pub fn collect(&mut self, store: &mut SessionStore) {
        if self.running.as_ref().is_some_and(JoinHandle::is_finished) {
            self.join(store);
        }
    }

    /// Waits for the snapshot being written, if any (before the last one, at exit).
    pub fn join(&mut self, store: &mut SessionStore) {
        if let Some(Ok(Ok(records))) = self.running.take().map(JoinHandle::join) {
            store.snapshot_written(records);
        }
    }

    /// When a snapshot is due and nobody types, starts one; never called on a key press.
    pub fn upkeep(&mut self, store: &SessionStore, now: Timestamp) {
        if self.running.is_some() || self.due_at(store).is_none_or(|at| now < at) {
            return;
        }
        let Some(job) = store.snapshot_job() else { return };
        let spawned =
            std::thread::Builder::new().name("convene-snapshot".into()).spawn(move || job.write(false));
        match spawned {
            Ok(handle) => {
                self.running = Some(handle);
                self.started += 1;
            }
            // No thread (the system is out of them): tried again a quiet while later.
            Err(_) => self.last_input = Some(now),
        }
    }

    /// When the next snapshot may start, if one is due.
    pub fn due_at(&self, store: &SessionStore) -> Option<Timestamp> {
        // With records not yet durable the marks would not be true: not before they are.
        if self.running.is_some() || store.pending() > 0 || !store.snapshot_due(SNAPSHOT_EVERY) {
            return None;
        }
        Some(self.last_input.and_then(|at| at.checked_add(QUIET).ok()).unwrap_or(Timestamp::MIN))
    }

    /// Snapshots started in this run (for tests: none may start inside a key press).
    pub fn started(&self) -> u64 {
        self.started
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}
