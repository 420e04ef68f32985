//! Issue 13: opening a session reads only the journal lines its snapshot does not hold,
//! and only when the snapshot's mark for that journal still holds; otherwise the whole
//! journal is read, as before, and whatever is wrong with it is found.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::recovery::{self, SnapshotStatus};
use convene::store::{SessionStore, journal};

fn capture(n: usize) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::from_u64_pair(13, n as u64),
        kind: EntryKind::DiscussionPoint,
        text: format!("Пункт {n}: доверие строится годами"),
        attribution: Default::default(),
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    }
}

/// A session of `before` notes, a snapshot, then `after` more notes.
fn session(root: &Path, before: usize, after: usize) -> PathBuf {
    let dir = root.join("s");
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let mut scribe = Scribe::new("dev", roundtable_morning());
    let start = scribe.start(&roundtable());
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(journal::file_name("dev")), journal::encode(&start).unwrap()).unwrap();
    let (mut store, _) = SessionStore::open(disk, &dir, "dev", roundtable_morning(), None).unwrap();
    let at =
        |n: usize| roundtable_morning().checked_add(jiff::SignedDuration::from_secs(n as i64 + 1)).unwrap();
    for n in 0..before {
        store.record(capture(n), at(n)).unwrap();
    }
    assert!(store.write_snapshot().unwrap());
    for n in before..before + after {
        store.record(capture(n), at(n)).unwrap();
    }
    dir
}

fn journal_path(dir: &Path) -> PathBuf {
    dir.join(journal::file_name("dev"))
}

#[test]
fn a_resume_reads_only_the_lines_after_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session(tmp.path(), 40, 3);
    let read = recovery::recover(&OsDisk, &dir, None, roundtable_morning()).unwrap();
    assert_eq!(read.report.snapshot, SnapshotStatus::Loaded { records: 41 });
    assert_eq!(read.report.replayed, 3, "only the three notes after the snapshot are folded");
    assert_eq!(read.report.records_ok(), 44, "the journal's count still covers every line");
    assert!(read.report.is_clean(), "{}", read.report);
    assert_eq!(read.session.entries.len(), 43);
    let mark = read.session.journals["dev"];
    assert_eq!(mark.bytes, std::fs::metadata(journal_path(&dir)).unwrap().len());
    assert_eq!((mark.records, mark.seq, mark.capture_seq), (44, 44, 44));
    // Read in full, the journals say the same.
    assert_eq!(recovery::cross_check(&OsDisk, &dir, roundtable_morning()).unwrap(), None);
}

#[test]
fn a_journal_cut_before_the_snapshot_is_read_in_full_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session(tmp.path(), 20, 0);
    let bytes = std::fs::read(journal_path(&dir)).unwrap();
    let ten_lines = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(9).unwrap().0 + 1;
    std::fs::write(journal_path(&dir), &bytes[..ten_lines]).unwrap();
    let read = recovery::recover(&OsDisk, &dir, None, roundtable_morning()).unwrap();
    assert_eq!(read.report.journal_behind_snapshot, vec!["dev".to_string()]);
    assert_eq!(read.report.records_ok(), 10);
}

#[test]
fn damage_just_before_the_mark_is_found_because_the_mark_no_longer_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session(tmp.path(), 20, 2);
    let mark = recovery::recover(&OsDisk, &dir, None, roundtable_morning()).unwrap();
    let snapshot_mark = {
        let bytes = std::fs::read(dir.join("minutes.json")).unwrap();
        convene::store::snapshot::decode(&bytes).unwrap().journals["dev"]
    };
    assert!(snapshot_mark.bytes < mark.session.journals["dev"].bytes);
    let mut bytes = std::fs::read(journal_path(&dir)).unwrap();
    // A flipped bit in the last record the snapshot holds.
    let at = snapshot_mark.bytes as usize - 20;
    bytes[at] ^= 0x01;
    std::fs::write(journal_path(&dir), &bytes).unwrap();
    let read = recovery::recover(&OsDisk, &dir, None, roundtable_morning()).unwrap();
    assert_eq!(read.report.records_dropped(), 1, "{}", read.report);
    assert_eq!(read.report.journals[0].dropped[0].line, 21);
    // The snapshot still holds that record: nothing is lost from the state.
    assert_eq!(read.session.entries.len(), 22);
}

#[test]
fn a_replaced_journal_of_the_same_length_is_not_trusted_at_the_mark() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session(tmp.path(), 5, 0);
    let mark = convene::store::snapshot::decode(&std::fs::read(dir.join("minutes.json")).unwrap())
        .unwrap()
        .journals["dev"];
    let bytes = std::fs::read(journal_path(&dir)).unwrap();
    assert!(journal::mark_holds(&bytes, "dev", &mark));
    let mut wrong = mark;
    wrong.seq -= 1;
    assert!(!journal::mark_holds(&bytes, "dev", &wrong), "a sequence number that does not match");
    wrong = mark;
    wrong.bytes -= 1;
    assert!(!journal::mark_holds(&bytes, "dev", &wrong), "a mark inside a line");
    assert!(!journal::mark_holds(&bytes[..bytes.len() - 3], "dev", &mark), "a journal shorter than the mark");
}

#[test]
fn a_lost_journal_under_a_surviving_snapshot_still_takes_new_notes() {
    // The journal is gone (a bad backup, a sync tool) but minutes.json, which holds a mark
    // for it, survived: that mark must not stand for a file that is not there.
    let tmp = tempfile::tempdir().unwrap();
    let dir = session(tmp.path(), 10, 0);
    std::fs::remove_file(journal_path(&dir)).unwrap();
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let (mut store, report) = SessionStore::open(disk, &dir, "dev", roundtable_morning(), None).unwrap();
    assert_eq!(report.journal_behind_snapshot, vec!["dev".to_string()]);
    assert!(!store.session().journals.contains_key("dev"), "no mark for a journal that is gone");
    assert_eq!(store.session().entries.len(), 10, "the snapshot still holds the notes");
    let at = roundtable_morning().checked_add(jiff::SignedDuration::from_mins(5)).unwrap();
    store.record(capture(100), at).expect("a new note is saved");
    assert!(store.is_saved(store.durable_seq()));
    let journal = std::fs::read(journal_path(&dir)).unwrap();
    assert_eq!(journal::scan(&journal, "dev").records.len(), 1);
}
