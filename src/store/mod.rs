//! All disk IO of sessions: the append-only journal (one per device, checksummed JSON
//! lines, fsync'd per record), the atomic `minutes.json` snapshot, the draft checkpoint,
//! the single-writer lock, and recovery after a crash.
//!
//! A session folder holds:
//! - `journal-DEVICE.jsonl`: that device's records, the source of truth;
//! - `minutes.json`: the folded state, refreshed in the background and at exit;
//! - `draft-DEVICE.json`: the entry being typed on that device;
//! - `lock-DEVICE`: held by the process writing that device's journal;
//! - `rescue-DEVICE-STAMP.jsonl`: changes a run could not save before it stopped, folded
//!   back in (and then moved to set-aside/) when the session is next opened;
//! - `set-aside/`: files that could not be read, kept, never deleted.

pub mod disk;
pub mod draft;
mod error;
pub mod journal;
pub mod lock;
pub mod output;
pub mod paths;
pub mod recovery;
pub mod remote;
pub mod rescue;
mod session_store;
#[cfg(any(test, feature = "testing"))]
pub mod sim;
pub mod snapshot;

use std::path::Path;
use std::sync::Arc;

pub use error::StoreError;
pub use recovery::RecoveryReport;
pub use session_store::{FOLLOWER, SessionStore, SnapshotJob};

use crate::agenda::Agenda;

/// Creates a new session in the data folder on the real disk, locked for this process.
pub fn create_session(
    data_dir: &Path,
    agenda: &Agenda,
    agenda_file: Option<&Path>,
    now: jiff::Timestamp,
) -> Result<SessionStore, StoreError> {
    create(data_dir, agenda, agenda_file, now).map_err(StoreError::at_start)
}

fn create(
    data_dir: &Path,
    agenda: &Agenda,
    agenda_file: Option<&Path>,
    now: jiff::Timestamp,
) -> Result<SessionStore, StoreError> {
    let os: Arc<dyn disk::Disk> = Arc::new(disk::OsDisk);
    let device = paths::device_id(os.as_ref(), data_dir)?;
    let root = paths::sessions_dir(data_dir);
    let stem = agenda_file
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| agenda.event.title.clone());
    let date = now.to_zoned_datetime(agenda.event.time_zone.time_zone()).date();
    let dir = root.join(paths::new_session_name(date, &stem));
    disk::create_dir_durable(os.as_ref(), &dir).map_err(|e| StoreError::write(&dir, &e))?;
    let lock = lock::acquire(&dir, &device, &lock::Holder::this_process(now))?;
    let file = agenda_file.map(|p| p.display().to_string());
    SessionStore::create(os, &dir, &device, agenda, file, now, Some(lock))
}

/// Opens a session on the real disk for writing: lock first, then recovery.
pub fn open_session(
    data_dir: &Path,
    dir: &Path,
    now: jiff::Timestamp,
) -> Result<(SessionStore, RecoveryReport), StoreError> {
    open_as(data_dir, dir, now, 1)
}

/// Opens a session for writing as another device beside those that write it already
/// (`convene run --join`): this laptop's own device when its journal is free (a session
/// folder that arrived by sync), else the first free of DEVICE-2 … DEVICE-9 (a second
/// window on this laptop, for a second rapporteur). Each has its own journal and lock.
pub fn join_session(
    data_dir: &Path,
    dir: &Path,
    now: jiff::Timestamp,
) -> Result<(SessionStore, RecoveryReport), StoreError> {
    open_as(data_dir, dir, now, 9)
}

/// Lock first, then recovery, as the first free of this laptop's device and its `tries - 1`
/// numbered siblings (DEVICE-2 …); with one try, a held lock is the error.
fn open_as(
    data_dir: &Path,
    dir: &Path,
    now: jiff::Timestamp,
    tries: usize,
) -> Result<(SessionStore, RecoveryReport), StoreError> {
    let open = || {
        let os: Arc<dyn disk::Disk> = Arc::new(disk::OsDisk);
        let base = paths::device_id(os.as_ref(), data_dir)?;
        let holder = lock::Holder::this_process(now);
        let mut held = None;
        for n in 1..=tries {
            let device = if n == 1 { base.clone() } else { format!("{base}-{n}") };
            match lock::acquire(dir, &device, &holder) {
                Ok(lock) => return SessionStore::open(os, dir, &device, now, Some(lock)),
                Err(e @ StoreError::Locked { .. }) => held = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(held.unwrap_or(StoreError::Crowded { dir: dir.to_path_buf() }))
    };
    open().map_err(StoreError::at_start)
}

/// Reads a session without changing anything on disk and without taking a lock.
pub fn read_session(dir: &Path, now: jiff::Timestamp) -> Result<recovery::Recovered, StoreError> {
    recovery::recover(&disk::OsDisk, dir, None, now)
}
