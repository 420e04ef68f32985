//! One writer per journal: an exclusive OS lock on `lock-DEVICE` in the session folder,
//! with who holds it written inside so a second process can say who it is.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::disk::FILE_MODE;
use super::error::StoreError;

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
    _file: File,
    pub path: PathBuf,
}

pub fn file_name(device: &str) -> String {
    format!("lock-{device}")
}

/// Takes the lock of `device` in `dir`, or says who has it.
pub fn acquire(dir: &Path, device: &str, holder: &Holder) -> Result<Lock, StoreError> {
    let path = dir.join(file_name(device));
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(FILE_MODE)
        .open(&path)
        .map_err(|e| StoreError::write(&path, &e))?;
    file.set_permissions(Permissions::from_mode(FILE_MODE)).map_err(|e| StoreError::write(&path, &e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            let holder = serde_json::from_str(&text).unwrap_or(Holder {
                pid: 0,
                host: "unknown host".into(),
                since: "unknown time".into(),
            });
            return Err(StoreError::Locked { dir: dir.to_path_buf(), holder });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::write(&path, &e)),
    }
    let text = serde_json::to_string(holder).map_err(|e| StoreError::Encode(e.to_string()))?;
    let written = file
        .set_len(0)
        .and_then(|_| file.rewind())
        .and_then(|_| file.write_all(text.as_bytes()))
        .and_then(|_| file.sync_data());
    written.map_err(|e| StoreError::write(&path, &e))?;
    Ok(Lock { _file: file, path })
}
