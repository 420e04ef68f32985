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
    let mut session: Session = serde_json::from_slice(bytes).map_err(|e| Problem::Damaged(e.to_string()))?;
    // An older document is read as this version, and written back as this version.
    session.schema_version = SCHEMA_VERSION;
    Ok(session)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::scripted_roundtable;

    #[test]
    fn version_1_minutes_still_read_without_their_screen_bookkeeping() {
        let records = scripted_roundtable();
        let mut session = Session::start(&records[0]).unwrap();
        for r in &records[1..] {
            session.apply(r);
        }
        let mut v1: serde_json::Value = serde_json::from_slice(&encode(&session).unwrap()).unwrap();
        v1["schema_version"] = 1.into();
        v1["ignored_events"] = 0.into();
        for e in v1["entries"].as_array_mut().unwrap() {
            e["changed_by"] = "rapporteur-laptop".into();
            e["changed_seq"] = 7.into();
        }
        let read = decode(&serde_json::to_vec(&v1).unwrap()).unwrap();
        assert_eq!(read.entries.len(), session.entries.len());
        assert_eq!(read.schema_version, SCHEMA_VERSION, "written back as the current version");
        let again = String::from_utf8(encode(&read).unwrap()).unwrap();
        for gone in ["ignored_events", "changed_by", "changed_seq"] {
            assert!(!again.contains(gone), "{gone} is not written back");
        }
    }
}
