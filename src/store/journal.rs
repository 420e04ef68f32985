//! The journal's line format and how a journal is read back.
//!
//! One record per line, each a JSON object `{"crc32":"1a2b3c4d","record":{...}}` whose
//! checksum covers the exact bytes of `record`. Lines stay readable with `jq`; a torn or
//! flipped line is detected and never mistaken for a record.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::session::Record;

/// The journal file of one device in a session folder.
pub fn file_name(device: &str) -> String {
    format!("journal-{device}.jsonl")
}

/// The device whose journal this file name is, if it is one.
pub fn device_of(file_name: &str) -> Option<&str> {
    file_name.strip_prefix("journal-")?.strip_suffix(".jsonl")
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
    let mut out = Scan::default();
    let mut offset = 0;
    for (i, chunk) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        offset += chunk.len();
        let Some(line) = chunk.strip_suffix(b"\n") else {
            out.torn_tail = chunk.len();
            break;
        };
        match decode(line, device, out.last_seq()) {
            Ok(record) => {
                out.records.push(record);
                out.good_len = offset;
                out.good_bytes.extend_from_slice(chunk);
            }
            Err(Refused::Damaged(reason)) => out.bad.push(BadLine { line: i + 1, reason }),
            Err(Refused::Collided(record, reason)) => {
                out.bad.push(BadLine { line: i + 1, reason });
                out.collided.push(*record);
            }
        }
    }
    out
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
    serde_json::from_str(parsed.record.get())
        .map_err(|e| format!("a record this version cannot read (written by a newer convene?): {e}"))
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
    fn names() {
        assert_eq!(device_of(&file_name("laptop-1a2b")), Some("laptop-1a2b"));
        assert_eq!(device_of("minutes.json"), None);
        let _ = Event::SessionFinished;
    }
}
