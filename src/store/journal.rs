//! The journal's line format and how a journal is read back.
//!
//! One record per line, each a JSON object `{"crc32":"1a2b3c4d","record":{...}}` whose
//! checksum covers the exact bytes of `record`. Lines stay readable with `jq`; a torn or
//! flipped line is detected and never mistaken for a record.

use serde::Deserialize;
use serde_json::value::RawValue;

pub use crate::session::JournalMark as Mark;
use crate::session::Record;

/// The journal file of one device in a session folder.
pub fn file_name(device: &str) -> String {
    format!("journal-{device}.jsonl")
}

/// The device whose journal this file name is, if it is one (a sync tool's conflict copy
/// of a journal is not: see [`classify`]).
pub fn device_of(file_name: &str) -> Option<&str> {
    classify(file_name).filter(|f| !f.conflict_copy).map(|f| f.device)
}

/// A file in a session folder that holds a device's journal records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalFile<'a> {
    pub device: &'a str,
    /// A copy a sync tool made when two sides changed the file
    /// (`journal-DEV.sync-conflict-20261129-101010-ABCDEFG.jsonl`, as Syncthing names it):
    /// read like the journal itself, never written, never repaired.
    pub conflict_copy: bool,
}

/// Marks Syncthing puts into the name of a conflict copy, before the extension.
const CONFLICT_MARK: &str = ".sync-conflict-";

/// Whether `file_name` holds a device's journal records, and whose. Temporary files of
/// sync tools (`.syncthing.journal-DEV.jsonl.tmp`, `~syncthing~….tmp`) are not journals:
/// they are renamed into place once whole.
pub fn classify(file_name: &str) -> Option<JournalFile<'_>> {
    let stem = file_name.strip_prefix("journal-")?.strip_suffix(".jsonl")?;
    let (device, conflict_copy) = match stem.find(CONFLICT_MARK) {
        Some(at) => (stem.get(..at)?, true),
        None => (stem, false),
    };
    (!device.is_empty()).then_some(JournalFile { device, conflict_copy })
}

/// One record as a journal line, newline included.
pub fn encode(record: &Record) -> Result<String, serde_json::Error> {
    let body = serde_json::to_string(record)?;
    let crc = crc32fast::hash(body.as_bytes());
    Ok(format!("{{\"crc32\":\"{crc:08x}\",\"record\":{body}}}\n"))
}

#[derive(Deserialize)]
struct Line<'a> {
    crc32: &'a str,
    #[serde(borrow)]
    record: &'a RawValue,
}

/// A line that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    pub reason: String,
}

/// What reading a journal found.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub records: Vec<Record>,
    /// Complete lines that were damaged or out of order.
    pub bad: Vec<BadLine>,
    /// Bytes after the last newline: a record whose write never finished.
    pub torn_tail: usize,
    /// Byte length of the journal up to the end of its last good line.
    pub good_len: usize,
    /// The good lines, byte for byte, to rewrite a damaged journal without its damage.
    pub good_bytes: Vec<u8>,
    /// Intact records of this device whose sequence number repeats or goes back: a second
    /// writer shared this journal. Listed in `bad` too; kept here so they can be saved
    /// again rather than lost.
    pub collided: Vec<Record>,
}

impl Scan {
    pub fn is_clean(&self) -> bool {
        self.bad.is_empty() && self.torn_tail == 0
    }

    pub fn last_seq(&self) -> u64 {
        self.records.last().map_or(0, |r| r.seq)
    }
}

/// Reads every line of a device's journal; `device` is the one its file name promises.
pub fn scan(bytes: &[u8], device: &str) -> Scan {
    let mut scanner = Scanner::new(bytes, device, Mark::default());
    let records: Vec<Record> = scanner.by_ref().collect();
    let good_bytes = scanner.good_bytes();
    let found = scanner.found;
    Scan {
        records,
        bad: found.bad,
        torn_tail: found.torn_tail,
        good_len: found.mark.bytes as usize,
        good_bytes,
        collided: found.collided,
    }
}

/// What a [`Scanner`] found besides the records it gave.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Where the last good record ends.
    pub mark: Mark,
    pub bad: Vec<BadLine>,
    pub torn_tail: usize,
    pub collided: Vec<Record>,
    /// Byte ranges of the lines in `bad`, to cut them out.
    bad_ranges: Vec<std::ops::Range<usize>>,
}

impl Found {
    pub fn is_clean(&self) -> bool {
        self.bad.is_empty() && self.torn_tail == 0
    }
}

/// Reads a journal's records one at a time, from a mark on (the start, or where a snapshot
/// says it stopped), so a replay holds one record at a time rather than all of them.
#[derive(Debug)]
pub struct Scanner<'a> {
    bytes: &'a [u8],
    /// Where `bytes` begin in the file.
    origin: u64,
    device: &'a str,
    pos: usize,
    line: u64,
    pub found: Found,
}

impl<'a> Scanner<'a> {
    /// Reads `bytes` after `from` (whose records the caller has already).
    pub fn new(bytes: &'a [u8], device: &'a str, from: Mark) -> Scanner<'a> {
        Scanner::in_piece(bytes, 0, device, from)
    }

    /// Reads `bytes`, the part of a journal from byte `origin` on, after `from` (which
    /// must lie in it).
    pub fn in_piece(bytes: &'a [u8], origin: u64, device: &'a str, from: Mark) -> Scanner<'a> {
        let start = usize::try_from(from.bytes.saturating_sub(origin)).unwrap_or(usize::MAX).min(bytes.len());
        Scanner {
            bytes,
            origin,
            device,
            pos: start,
            line: from.lines,
            found: Found { mark: from, ..Found::default() },
        }
    }

    /// The bytes read without their damaged lines and torn tail, to rewrite the journal
    /// with (after the bytes before `origin`, when it did not start at 0).
    pub fn good_bytes(&self) -> Vec<u8> {
        let end = usize::try_from(self.found.mark.bytes.saturating_sub(self.origin)).unwrap_or(usize::MAX);
        let mut out = Vec::with_capacity(end);
        let mut at = 0;
        for range in &self.found.bad_ranges {
            out.extend_from_slice(self.bytes.get(at..range.start.min(end)).unwrap_or_default());
            at = range.end;
        }
        if at < end {
            out.extend_from_slice(self.bytes.get(at..end).unwrap_or_default());
        }
        out
    }
}

impl Iterator for Scanner<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            let rest = self.bytes.get(self.pos..).filter(|r| !r.is_empty())?;
            let Some(n) = rest.iter().position(|&b| b == b'\n') else {
                self.found.torn_tail = rest.len();
                self.pos = self.bytes.len();
                return None;
            };
            let line = rest.get(..n).unwrap_or_default();
            let range = self.pos..self.pos + n + 1;
            self.pos = range.end;
            self.line += 1;
            match decode(line, self.device, self.found.mark.seq) {
                Ok(record) => {
                    let mark = &mut self.found.mark;
                    mark.bytes = self.origin + range.end as u64;
                    mark.lines = self.line;
                    mark.records += 1;
                    mark.seq = record.seq;
                    if matches!(record.event, crate::session::Event::EntryCaptured { .. }) {
                        mark.capture_seq = record.seq;
                    }
                    return Some(record);
                }
                Err(refused) => {
                    let (reason, collided) = match refused {
                        Refused::Damaged(reason) => (reason, None),
                        Refused::Collided(record, reason) => (reason, Some(*record)),
                    };
                    self.found.bad.push(BadLine { line: self.line as usize, reason });
                    self.found.collided.extend(collided);
                    self.found.bad_ranges.push(range);
                }
            }
        }
    }
}

/// Whether `mark` truly ends a good record of `device` in `bytes` with its sequence
/// number: a snapshot's mark is trusted only then (the journal may have been replaced,
/// cut or rewritten since).
pub fn mark_holds(bytes: &[u8], device: &str, mark: &Mark) -> bool {
    mark_holds_in(bytes, 0, device, mark)
}

/// [`mark_holds`] on the part of a journal from byte `origin` on; false when that part
/// does not hold the whole of the record before the mark.
pub fn mark_holds_in(bytes: &[u8], origin: u64, device: &str, mark: &Mark) -> bool {
    if mark.bytes == 0 {
        return mark.seq == 0;
    }
    let Some(end) = mark.bytes.checked_sub(origin).and_then(|e| usize::try_from(e).ok()) else {
        return false;
    };
    let Some(before) = bytes.get(..end) else {
        return false;
    };
    let Some(body) = before.strip_suffix(b"\n") else {
        return false;
    };
    let start = match body.iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None if origin == 0 => 0,
        None => return false,
    };
    match decode_line(body.get(start..).unwrap_or_default()) {
        Ok(record) => record.device == device && record.seq == mark.seq,
        Err(_) => false,
    }
}

fn decode(line: &[u8], device: &str, last_seq: u64) -> Result<Record, Refused> {
    let record = decode_line(line).map_err(Refused::Damaged)?;
    if record.device != device {
        return Err(Refused::Damaged(format!("belongs to device {}, not {device}", record.device)));
    }
    if record.seq <= last_seq {
        let why = format!("sequence {} repeats or goes back (after {last_seq}): a second writer", record.seq);
        return Err(Refused::Collided(Box::new(record), why));
    }
    Ok(record)
}

enum Refused {
    Damaged(String),
    Collided(Box<Record>, String),
}

/// One line (without its newline) as a record, if its checksum holds; whose it is and
/// where it stands in a journal is the caller's to check.
pub fn decode_line(line: &[u8]) -> Result<Record, String> {
    let text = std::str::from_utf8(line).map_err(|_| "not UTF-8 (damaged bytes)".to_string())?;
    let parsed: Line<'_> =
        serde_json::from_str(text).map_err(|_| "not a journal record (damaged)".to_string())?;
    let crc = format!("{:08x}", crc32fast::hash(parsed.record.get().as_bytes()));
    if crc != parsed.crc32 {
        return Err("checksum mismatch (damaged)".into());
    }
    let body = parsed.record.get();
    serde_json::from_str(body).or_else(|e| {
        // Intact but not readable here: an event of a kind (or with fields) that a newer
        // convene on another device wrote. It keeps its place in that device's order and
        // changes nothing here; it is not damage.
        let envelope: Envelope =
            serde_json::from_str(body).map_err(|_| format!("a record this version cannot read: {e}"))?;
        Ok(Record {
            id: envelope.id,
            device: envelope.device,
            seq: envelope.seq,
            at: envelope.at,
            event: crate::session::Event::Newer { kind: envelope.event.kind },
        })
    })
}

/// What any version of a record has, whatever its event.
#[derive(Deserialize)]
struct Envelope {
    id: uuid::Uuid,
    device: String,
    seq: u64,
    at: jiff::Timestamp,
    event: EventKind,
}

#[derive(Deserialize)]
struct EventKind {
    #[serde(rename = "type")]
    kind: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::{Scribe, roundtable};
    use crate::session::{EntryKind, Event};

    fn journal(n: usize) -> (Vec<Record>, Vec<u8>) {
        let mut s = Scribe::new("dev", jiff::Timestamp::UNIX_EPOCH);
        let mut records = vec![s.start(&roundtable())];
        for i in 0..n {
            records.push(s.capture(EntryKind::DiscussionPoint, &format!("пункт {i}"), None).1);
        }
        let bytes = records.iter().map(|r| encode(r).unwrap()).collect::<String>().into_bytes();
        (records, bytes)
    }

    #[test]
    fn clean_journal_reads_back() {
        let (records, bytes) = journal(5);
        let scan = scan(&bytes, "dev");
        assert!(scan.is_clean());
        assert_eq!(scan.records, records);
        assert_eq!(scan.good_len, bytes.len());
        assert_eq!(scan.good_bytes, bytes);
    }

    #[test]
    fn torn_tail_is_cut_at_the_last_newline() {
        let (records, bytes) = journal(3);
        let cut = &bytes[..bytes.len() - 10];
        let scan = scan(cut, "dev");
        assert_eq!(scan.records.len(), records.len() - 1);
        assert!(scan.torn_tail > 0 && scan.bad.is_empty());
    }

    #[test]
    fn a_flipped_bit_drops_only_its_record() {
        let (records, mut bytes) = journal(4);
        let second_line = bytes.iter().position(|&b| b == b'\n').unwrap() + 60;
        bytes[second_line] ^= 0x04;
        let scan = scan(&bytes, "dev");
        assert_eq!(scan.records.len(), records.len() - 1);
        assert_eq!(scan.bad.len(), 1);
        assert_eq!(scan.bad[0].line, 2);
        assert_eq!(scan.torn_tail, 0);
    }

    #[test]
    fn garbage_and_foreign_records_are_refused() {
        let (_, mut bytes) = journal(1);
        bytes.extend_from_slice(b"\x00\xff garbage\n{\"crc32\":\"00000000\",\"record\":{}}\n");
        let scan = scan(&bytes, "other-device");
        assert!(scan.records.is_empty());
        assert_eq!(scan.bad.len(), 4);
    }

    #[test]
    fn a_newer_kind_of_event_is_read_as_such_not_as_damage() {
        let (_, mut bytes) = journal(1);
        let body = r#"{"id":"0190b7c4-0000-7000-8000-000000000001","device":"dev","seq":3,"at":"2026-11-29T10:00:00Z","event":{"type":"vote_recorded","votes":3}}"#;
        bytes.extend_from_slice(
            format!("{{\"crc32\":\"{:08x}\",\"record\":{body}}}\n", crc32fast::hash(body.as_bytes()))
                .as_bytes(),
        );
        let scan = scan(&bytes, "dev");
        assert!(scan.is_clean(), "{:?}", scan.bad);
        assert_eq!(scan.records.len(), 3);
        assert_eq!(scan.records[2].event, Event::Newer { kind: "vote_recorded".into() });
        assert_eq!(scan.last_seq(), 3);
    }

    #[test]
    fn names() {
        assert_eq!(device_of(&file_name("laptop-1a2b")), Some("laptop-1a2b"));
        assert_eq!(device_of("minutes.json"), None);
        let copy = "journal-hotel-laptop-1.sync-conflict-20261129-101010-ABCDEFG.jsonl";
        assert_eq!(classify(copy), Some(JournalFile { device: "hotel-laptop-1", conflict_copy: true }));
        assert_eq!(device_of(copy), None);
        for temp in [".syncthing.journal-a.jsonl.tmp", "~syncthing~journal-a.jsonl.tmp", "journal-.jsonl"] {
            assert_eq!(classify(temp), None, "{temp}");
        }
        let _ = Event::SessionFinished;
    }
}
