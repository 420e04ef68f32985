//! `minutes.json`: the whole session state, written atomically so the file on disk is
//! always the previous or the new version, never a mix, and checksummed so that a flipped
//! bit is noticed: the state is then rebuilt from the journals, which are the record.
//!
//! The checksum is the document's first member, on a line of its own:
//! `{` / `  "checksum": "1a2b3c4d",` / the rest. It covers the document without that line.

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

/// The minutes JSON alone, as `convene minutes` prints it.
pub fn encode_plain(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// minutes.json: the minutes JSON with its checksum line.
pub fn encode(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = encode_plain(session)?;
    if !bytes.starts_with(OPEN) {
        return Ok(bytes);
    }
    let crc = crc32fast::hash(&bytes);
    // In place: a second copy of a 60 MB document would double what a snapshot costs.
    let line = format!("  \"checksum\": \"{crc:08x}\",\n");
    bytes.splice(OPEN.len()..OPEN.len(), line.into_bytes());
    Ok(bytes)
}

const OPEN: &[u8] = b"{\n";
const CHECKSUM_LINE: &[u8] = b"  \"checksum\": \"";

/// Checks the checksum line, if the document has one: None when there is none (a file of
/// an older version, or minutes written by `convene minutes`).
fn checksum_holds(bytes: &[u8]) -> Option<bool> {
    let rest = bytes.strip_prefix(OPEN)?;
    let after = rest.strip_prefix(CHECKSUM_LINE)?;
    let (hex, tail) = (after.get(..8)?, after.get(8..)?);
    let body = tail.strip_prefix(b"\",\n")?;
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(OPEN);
    hasher.update(body);
    Some(format!("{:08x}", hasher.finalize()).as_bytes() == hex)
}

/// Whether `bytes` are JSON with a true checksum line, without building the state.
pub fn parses(bytes: &[u8]) -> bool {
    checksum_holds(bytes) == Some(true) && serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
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
    if checksum_holds(bytes) == Some(false) {
        return Err(Problem::Damaged("its checksum does not match: the file was changed or damaged".into()));
    }
    let mut session: Session = serde_json::from_slice(bytes).map_err(|e| Problem::Damaged(e.to_string()))?;
    session.reindex();
    if session.checksum.take().is_some() && checksum_holds(bytes).is_none() {
        // A checksum member somewhere but not on its line: not a file convene wrote as is.
        return Err(Problem::Damaged("its checksum is not where convene writes it".into()));
    }
    // An older document is read as this version, and written back as this version.
    session.schema_version = SCHEMA_VERSION;
    // As `Session::start` does for an agenda from the journal.
    session.agenda = crate::agenda::text::cleaned(session.agenda);
    Ok(session)
}

/// Reads minutes.json as it streams in, without holding its bytes (60 MB at 100,000
/// entries, beside the state they become): the checksum is computed as the parser reads.
/// None when the file is not as convene writes it, or not right: [`decode`] on its bytes
/// then says what is wrong, as before.
pub fn decode_stream(reader: impl std::io::Read) -> Option<Session> {
    use std::io::{BufRead, Read};
    let mut reader = std::io::BufReader::new(reader);
    let mut first = Vec::new();
    reader.read_until(b'\n', &mut first).ok()?;
    if first != OPEN {
        return None;
    }
    let mut second = Vec::new();
    reader.read_until(b'\n', &mut second).ok()?;
    let hex = second.strip_prefix(CHECKSUM_LINE)?.strip_suffix(b"\",\n")?;
    let expected = std::str::from_utf8(hex).ok().filter(|h| h.len() == 8)?.to_string();
    let mut hashing =
        Hashing { inner: std::io::Cursor::new(OPEN).chain(reader), hasher: crc32fast::Hasher::new() };
    // The parser reads a byte at a time: buffered here, the checksum sees large chunks.
    let mut session: Session =
        serde_json::from_reader(std::io::BufReader::with_capacity(64 * 1024, &mut hashing)).ok()?;
    if format!("{:08x}", hashing.hasher.finalize()) != expected || session.checksum.is_some() {
        return None;
    }
    if session.schema_version > SCHEMA_VERSION {
        return None;
    }
    session.reindex();
    session.schema_version = SCHEMA_VERSION;
    session.agenda = crate::agenda::text::cleaned(session.agenda);
    Some(session)
}

/// Hashes what is read through it.
struct Hashing<R> {
    inner: R,
    hasher: crc32fast::Hasher,
}

impl<R: std::io::Read> std::io::Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
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
    fn a_flipped_bit_anywhere_in_the_snapshot_is_noticed() {
        let records = scripted_roundtable();
        let mut session = Session::start(&records[0]).unwrap();
        for r in &records[1..] {
            session.apply(r);
        }
        let bytes = encode(&session).unwrap();
        assert!(bytes.starts_with(b"{\n  \"checksum\": \""), "the checksum comes first");
        assert_eq!(decode(&bytes).unwrap(), session);
        let plain = encode_plain(&session).unwrap();
        assert_eq!(decode(&plain).unwrap(), session, "minutes without a checksum still read");
        let text = String::from_utf8(bytes.clone()).unwrap();
        let at = text.find("complementary").expect("a note's text");
        for bit in [0x01u8, 0x02, 0x20] {
            let mut damaged = bytes.clone();
            damaged[at + 2] ^= bit;
            assert!(matches!(decode(&damaged), Err(Problem::Damaged(_))), "bit {bit:#x}");
        }
    }

    #[test]
    fn minutes_read_as_a_stream_are_the_minutes_read_whole() {
        let records = scripted_roundtable();
        let mut session = Session::start(&records[0]).unwrap();
        for r in &records[1..] {
            session.apply(r);
        }
        let bytes = encode(&session).unwrap();
        assert_eq!(decode_stream(&bytes[..]).unwrap(), decode(&bytes).unwrap());
        let at = String::from_utf8(bytes.clone()).unwrap().find("complementary").unwrap();
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x01;
        assert!(decode_stream(&damaged[..]).is_none(), "a flipped bit is noticed while streaming");
        let plain = encode_plain(&session).unwrap();
        assert!(decode_stream(&plain[..]).is_none(), "no checksum line: read whole instead");
    }

    #[test]
    fn version_1_minutes_still_read_without_their_screen_bookkeeping() {
        let records = scripted_roundtable();
        let mut session = Session::start(&records[0]).unwrap();
        for r in &records[1..] {
            session.apply(r);
        }
        let mut v1: serde_json::Value = serde_json::from_slice(&encode_plain(&session).unwrap()).unwrap();
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
