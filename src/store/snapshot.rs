//! `minutes.json`: the whole session state, written atomically so the file on disk is
//! always the previous or the new version, never a mix.

use std::path::Path;

use serde::Deserialize;

use super::disk::Disk;
use crate::session::{SCHEMA_VERSION, Session};

pub const FILE_NAME: &str = "minutes.json";

/// Why a snapshot could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    Damaged(String),
    Newer(u32),
}

pub fn encode(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}

pub fn decode(bytes: &[u8]) -> Result<Session, Problem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::Empty);
    }
    #[derive(Deserialize)]
    struct Version {
        schema_version: u32,
    }
    // Look at the version first: a newer file may not parse as our types at all.
    if let Ok(v) = serde_json::from_slice::<Version>(bytes)
        && v.schema_version > SCHEMA_VERSION
    {
        return Err(Problem::Newer(v.schema_version));
    }
    serde_json::from_slice(bytes).map_err(|e| Problem::Damaged(e.to_string()))
}

/// Writes `bytes` to `dir/name` by way of a temp file: write, fsync, rename, fsync folder.
pub fn write_atomic(disk: &dyn Disk, dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let temp = dir.join(temp_name(name));
    let result = disk
        .write_synced(&temp, bytes)
        .and_then(|_| disk.rename(&temp, &dir.join(name)))
        .and_then(|_| disk.sync_dir(dir));
    if result.is_err() && disk.exists(&temp) {
        // Our own unfinished temp file: nothing anyone could want from it.
        let _ = disk.remove_file(&temp);
    }
    result
}

/// Temp files start with a dot and carry ".tmp-", so recovery can tell them apart.
pub fn temp_name(name: &str) -> String {
    format!(".{name}.tmp-{}", std::process::id())
}

pub fn is_temp(name: &str) -> bool {
    name.starts_with('.') && name.contains(".tmp-")
}
