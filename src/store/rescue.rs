//! Rescue files: what the disk did not take when convene had to stop anyway (quitting while
//! the disk fails, a signal, a second writer on the journal), written wherever a file can
//! still be written, and folded back into the session the next time it is opened.
//!
//! A rescue file holds journal lines (checksummed records, as in the journal) and at most
//! one line `{"draft": {...}}` with the note that was being typed. In the session folder it
//! is `rescue-DEVICE-STAMP.jsonl`; elsewhere (home or temporary folder) it is
//! `convene-rescue-SESSION-STAMP.jsonl`, to be moved into the session folder.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::disk::{Disk, OsDisk};
use super::draft::Draft;
use super::journal;
use super::snapshot::write_atomic;
use crate::session::Record;

/// Whether a file in a session folder is a rescue file to fold in.
pub fn is_rescue(name: &str) -> bool {
    (name.starts_with("rescue-") || name.starts_with("convene-rescue-")) && name.ends_with(".jsonl")
}

/// Whether `name` is a rescue file written by a device other than `own` (it names its
/// device: `rescue-DEVICE-STAMP.jsonl`). Those are the other device's to save; a
/// `convene-rescue-…` file names none and is anyone's (a person moved it here).
pub fn is_of_another_device(name: &str, own: &str) -> bool {
    let Some(rest) = name.strip_prefix("rescue-") else {
        return false;
    };
    // The stamp after the device starts with 8 digits and a T (20261129T101010Z).
    let stamped = |s: &str| {
        let b = s.as_bytes();
        b.get(..8).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) && b.get(8) == Some(&b'T')
    };
    match rest.strip_prefix(own).and_then(|r| r.strip_prefix('-')) {
        Some(after) => !stamped(after),
        None => true,
    }
}

#[derive(Serialize, Deserialize)]
struct DraftLine {
    draft: Draft,
}

/// The bytes of a rescue file.
pub fn encode(records: &[Record], draft: Option<&Draft>) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = String::new();
    for record in records {
        out.push_str(&journal::encode(record)?);
    }
    if let Some(draft) = draft.filter(|d| !d.text.trim().is_empty()) {
        out.push_str(&serde_json::to_string(&DraftLine { draft: draft.clone() })?);
        out.push('\n');
    }
    Ok(out.into_bytes())
}

/// What a rescue file holds, and the lines that could not be read.
#[derive(Debug, Default)]
pub struct Rescued {
    pub records: Vec<Record>,
    pub draft: Option<Draft>,
    pub bad_lines: usize,
}

pub fn decode(bytes: &[u8]) -> Rescued {
    let mut out = Rescued::default();
    for line in bytes.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)) {
        if let Ok(record) = journal::decode_line(line) {
            out.records.push(record);
        } else if let Ok(d) = serde_json::from_slice::<DraftLine>(line) {
            out.draft = Some(d.draft);
        } else {
            out.bad_lines += 1;
        }
    }
    out
}

/// Writes a rescue file: into the session folder (through the store's disk), else into
/// each of `elsewhere` in turn. Returns where it went, or why it went nowhere.
pub fn write(
    disk: &dyn Disk,
    session_dir: &Path,
    device: &str,
    bytes: &[u8],
    elsewhere: &[PathBuf],
    now: Timestamp,
) -> Result<PathBuf, String> {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut why = Vec::new();
    let name = unused_name(disk, session_dir, &format!("rescue-{device}-{stamp}"));
    match write_atomic(disk, session_dir, &name, bytes) {
        Ok(()) => return Ok(session_dir.join(name)),
        Err(e) => why.push(format!("{}: {e}", session_dir.display())),
    }
    let session = session_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for dir in elsewhere {
        let name = unused_name(&OsDisk, dir, &format!("convene-rescue-{session}-{stamp}"));
        match write_atomic(&OsDisk, dir, &name, bytes) {
            Ok(()) => return Ok(dir.join(name)),
            Err(e) => why.push(format!("{}: {e}", dir.display())),
        }
    }
    Err(why.join("; "))
}

fn unused_name(disk: &dyn Disk, dir: &Path, base: &str) -> String {
    let mut name = format!("{base}.jsonl");
    let mut n = 1;
    while disk.exists(&dir.join(&name)) {
        n += 1;
        name = format!("{base}-{n}.jsonl");
    }
    name
}

/// The folders tried after the session folder: the home folder, then the temporary one.
pub fn fallback_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(home) = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()) {
        dirs.push(home);
    }
    dirs.push(std::env::temp_dir());
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::EntryKind;
    use crate::session::testkit::{Scribe, roundtable};

    #[test]
    fn records_and_the_draft_read_back_and_damage_is_counted() {
        let mut s = Scribe::new("dev", Timestamp::UNIX_EPOCH);
        let records =
            vec![s.start(&roundtable()), s.capture(EntryKind::RecommendationParticipants, "Нота", None).1];
        let draft = Draft { text: "half a note".into(), item: None, before_seq: Some(3) };
        let mut bytes = encode(&records, Some(&draft)).unwrap();
        bytes.extend_from_slice(b"garbage\n");
        let back = decode(&bytes);
        assert_eq!(back.records, records);
        assert_eq!(back.draft, Some(draft));
        assert_eq!(back.bad_lines, 1);
        assert!(is_rescue("rescue-dev-20260101T000000Z.jsonl"));
        assert!(is_rescue("convene-rescue-s-20260101T000000Z-2.jsonl"));
        assert!(!is_rescue("journal-dev.jsonl"));
        assert!(!is_of_another_device("rescue-dev-20260101T000000Z.jsonl", "dev"));
        assert!(!is_of_another_device("rescue-dev-20260101T000000Z-2.jsonl", "dev"));
        assert!(is_of_another_device("rescue-dev-2-20260101T000000Z.jsonl", "dev"));
        assert!(is_of_another_device("rescue-other-20260101T000000Z.jsonl", "dev"));
        assert!(!is_of_another_device("convene-rescue-s-20260101T000000Z.jsonl", "dev"));
    }
}
