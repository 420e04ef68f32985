//! One writer per journal. The exclusion is an OS lock (flock) on the journal file itself,
//! held for as long as the journal is written: deleting a "stale" lock file, or a sync tool
//! removing one, cannot let a second convene in. `lock-DEVICE` beside it says who holds the
//! session, so a second process can tell the person which window to close.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::disk::FILE_MODE;
use super::error::StoreError;
use super::journal;

/// Who holds a session open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    /// When it was opened, RFC 3339.
    pub since: String,
}

impl Holder {
    pub fn this_process(since: jiff::Timestamp) -> Self {
        Holder {
            pid: std::process::id(),
            host: gethostname::gethostname().to_string_lossy().into_owned(),
            since: since.to_string(),
        }
    }
}

/// Held for as long as the session is open for writing; released when dropped or when the
/// process dies, however it dies.
#[derive(Debug)]
pub struct Lock {
    _holder_file: File,
    journal: File,
    dir: PathBuf,
    device: String,
    pub path: PathBuf,
}

pub fn file_name(device: &str) -> String {
    format!("lock-{device}")
}

/// Takes the lock of `device`'s journal in `dir`, or says who has it.
pub fn acquire(dir: &Path, device: &str, holder: &Holder) -> Result<Lock, StoreError> {
    let journal = lock_journal(dir, device)?;
    let path = dir.join(file_name(device));
    let mut file = open_private(&path)?;
    match file.try_lock() {
        Ok(()) => {}
        // A convene of an older version, which locked only this file.
        Err(std::fs::TryLockError::WouldBlock) => return Err(locked(dir, &mut file)),
        Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::write(&path, &e)),
    }
    // The last holder of this device's journal ran on another machine: this laptop's data
    // folder (and its device id) was copied from that one, and both would write one journal.
    let mut before = String::new();
    let _ = file.read_to_string(&mut before);
    if let Ok(last) = serde_json::from_str::<Holder>(&before)
        && last.host != holder.host
    {
        return Err(StoreError::ClonedDevice {
            device: device.to_string(),
            other_host: last.host,
            lock: path.clone(),
        });
    }
    let text = serde_json::to_string(holder).map_err(|e| StoreError::Encode(e.to_string()))?;
    let written = file
        .set_len(0)
        .and_then(|_| file.rewind())
        .and_then(|_| file.write_all(text.as_bytes()))
        .and_then(|_| file.sync_data());
    written.map_err(|e| StoreError::write(&path, &e))?;
    Ok(Lock { _holder_file: file, journal, dir: dir.to_path_buf(), device: device.to_string(), path })
}

impl Lock {
    /// Locks the journal again after recovery replaced it with a copy of its good records
    /// (a new file: the lock on the old one no longer keeps anyone out).
    pub fn relock_journal(&mut self) -> Result<(), StoreError> {
        use std::os::unix::fs::MetadataExt;
        let path = self.dir.join(journal::file_name(&self.device));
        let held = self.journal.metadata().map_err(|e| StoreError::read(&path, &e))?;
        let same = std::fs::metadata(&path).is_ok_and(|m| m.dev() == held.dev() && m.ino() == held.ino());
        if !same {
            self.journal = lock_journal(&self.dir, &self.device)?;
        }
        Ok(())
    }
}

fn lock_journal(dir: &Path, device: &str) -> Result<File, StoreError> {
    let path = dir.join(journal::file_name(device));
    let file = open_private(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            let holder_path = dir.join(file_name(device));
            match File::open(&holder_path) {
                Ok(mut holder) => Err(locked(dir, &mut holder)),
                Err(_) => Err(StoreError::Locked { dir: dir.to_path_buf(), holder: None }),
            }
        }
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::write(&path, &e)),
    }
}

/// Opens (creating it 0600 if need be) a file without truncating it.
fn open_private(path: &Path) -> Result<File, StoreError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(FILE_MODE)
        .open(path)
        .map_err(|e| StoreError::write(path, &e))?;
    file.set_permissions(Permissions::from_mode(FILE_MODE)).map_err(|e| StoreError::write(path, &e))?;
    Ok(file)
}

fn locked(dir: &Path, holder_file: &mut File) -> StoreError {
    let mut text = String::new();
    let _ = holder_file.read_to_string(&mut text);
    StoreError::Locked { dir: dir.to_path_buf(), holder: serde_json::from_str(&text).ok() }
}
