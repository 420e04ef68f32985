//! What the store does when files are damaged, the disk is full or failing, or a second
//! process wants the same session.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::recovery::SnapshotStatus;
use convene::store::sim::SimDisk;
use convene::store::{self, SessionStore, StoreError};
use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

fn at(seconds: i64) -> Timestamp {
    roundtable_morning().checked_add(SignedDuration::from_secs(seconds)).unwrap()
}

fn capture(n: u128) -> Event {
    Event::EntryCaptured {
        entry: Uuid::from_u128(n),
        kind: EntryKind::DiscussionPoint,
        text: format!("Қайд {n}: the police need training"),
        attribution: Attribution::default(),
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    }
}

/// A real session folder with a session start and `n` captured entries.
fn os_session(n: u128) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let mut store = SessionStore::create(disk, &dir, "dev", &roundtable(), None, at(0), None).unwrap();
    for i in 1..=n {
        store.record(capture(i), at(i as i64)).unwrap();
    }
    (tmp, dir)
}

fn open(dir: &Path) -> Result<(SessionStore, store::RecoveryReport), StoreError> {
    SessionStore::open(Arc::new(OsDisk), dir, "dev", at(10_000), None)
}

fn journal(dir: &Path) -> PathBuf {
    dir.join("journal-dev.jsonl")
}

fn set_aside_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("set-aside"))
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn torn_tail_is_cut_and_the_original_kept() {
    let (_tmp, dir) = os_session(5);
    let original = std::fs::read(journal(&dir)).unwrap();
    std::fs::write(journal(&dir), &original[..original.len() - 20]).unwrap();

    let report = store::read_session(&dir, at(0)).unwrap().report;
    assert!(report.tail_truncated() && !report.is_clean(), "{report}");
    assert_eq!(report.records_ok(), 5);

    let (store, report) = open(&dir).unwrap();
    assert_eq!(store.session().entries.len(), 4);
    assert_eq!(set_aside_files(&dir).len(), 1, "{report}");
    let kept = std::fs::read(dir.join("set-aside").join(&set_aside_files(&dir)[0])).unwrap();
    assert_eq!(kept, original[..original.len() - 20], "the damaged journal is kept whole");
    drop(store);
    assert!(open(&dir).unwrap().1.is_clean(), "after repair the journal reads clean");
}

#[test]
fn garbage_tail_is_dropped() {
    let (_tmp, dir) = os_session(3);
    let mut bytes = std::fs::read(journal(&dir)).unwrap();
    bytes.extend_from_slice(b"\x00\x00\x00\xde\xad\xbe\xef\n\x00\x00");
    std::fs::write(journal(&dir), &bytes).unwrap();
    let (store, report) = open(&dir).unwrap();
    assert_eq!(store.session().entries.len(), 3);
    assert_eq!(report.records_dropped(), 1, "{report}");
    assert!(report.tail_truncated(), "{report}");
}

#[test]
fn a_bit_flip_in_the_middle_loses_only_that_record() {
    let (_tmp, dir) = os_session(6);
    let mut bytes = std::fs::read(journal(&dir)).unwrap();
    let lines: Vec<usize> = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i).collect();
    let inside_third_line = lines[1] + 80;
    bytes[inside_third_line] ^= 0x10;
    std::fs::write(journal(&dir), &bytes).unwrap();

    let verify = store::read_session(&dir, at(0)).unwrap();
    assert_eq!(verify.report.records_dropped(), 1);
    assert_eq!(verify.report.journals[0].dropped[0].line, 3);
    let (store, _) = open(&dir).unwrap();
    let ids: Vec<u128> = store.session().entries.iter().map(|e| e.id.as_u128()).collect();
    assert_eq!(ids, vec![1, 3, 4, 5, 6], "the record on line 3 (entry 2) is the only loss");
}

#[test]
fn zero_length_snapshot_is_set_aside_and_rebuilt_from_the_journal() {
    let (_tmp, dir) = os_session(4);
    std::fs::write(dir.join("minutes.json"), b"").unwrap();
    let (mut store, report) = open(&dir).unwrap();
    assert!(matches!(report.snapshot, SnapshotStatus::Unusable { .. }), "{report}");
    assert_eq!(store.session().entries.len(), 4);
    assert_eq!(set_aside_files(&dir).len(), 1);
    assert!(!dir.join("minutes.json").exists());
    assert!(store.write_snapshot().unwrap());
    let (_, report) = {
        drop(store);
        open(&dir).unwrap()
    };
    assert_eq!(report.snapshot, SnapshotStatus::Loaded { records: 5 });
}

#[test]
fn snapshot_from_a_newer_version_is_refused_and_untouched() {
    let (_tmp, dir) = os_session(2);
    let newer = br#"{"schema_version": 99, "whatever": "a future field"}"#;
    std::fs::write(dir.join("minutes.json"), newer).unwrap();
    let err = open(&dir).unwrap_err();
    assert!(matches!(err, StoreError::Newer { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("Update convene"), "{err}");
    assert_eq!(std::fs::read(dir.join("minutes.json")).unwrap(), newer);
    assert!(set_aside_files(&dir).is_empty());
}

#[test]
fn snapshot_plus_newer_journal_records() {
    let (_tmp, dir) = os_session(3);
    let (mut store, _) = open(&dir).unwrap();
    store.write_snapshot().unwrap();
    store.record(capture(10), at(100)).unwrap();
    drop(store);
    let (store, report) = open(&dir).unwrap();
    assert_eq!(report.snapshot, SnapshotStatus::Loaded { records: 4 });
    assert_eq!(report.replayed, 1);
    assert_eq!(store.session().entries.len(), 4);
}

#[test]
fn leftover_temp_files_are_set_aside() {
    let (_tmp, dir) = os_session(1);
    std::fs::write(dir.join(".minutes.json.tmp-4242"), b"{\"half\": ").unwrap();
    let verify = store::read_session(&dir, at(0)).unwrap();
    assert_eq!(verify.report.leftover_temp, vec![".minutes.json.tmp-4242".to_string()]);
    assert!(!verify.report.is_clean());
    let (store, report) = open(&dir).unwrap();
    assert_eq!(store.session().entries.len(), 1);
    assert_eq!(report.set_aside.len(), 1);
    assert!(!dir.join(".minutes.json.tmp-4242").exists());
    assert_eq!(set_aside_files(&dir).len(), 1);
}

#[test]
fn a_second_writer_is_told_who_holds_the_session() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let first = store::create_session(data, &roundtable(), None, at(0)).unwrap();
    let err = store::open_session(data, first.dir(), at(60)).unwrap_err();
    match &err {
        StoreError::Locked { holder: Some(holder), .. } => {
            assert_eq!(holder.pid, std::process::id());
            assert_eq!(holder.since, at(0).to_string());
        }
        other => panic!("expected a lock refusal, got {other}"),
    }
    assert!(err.to_string().contains("already open in another convene (pid"), "{err}");
    // Reading is still possible, and once the first writer is gone, so is writing.
    assert!(store::read_session(first.dir(), at(60)).is_ok());
    let dir = first.dir().to_path_buf();
    drop(first);
    assert!(store::open_session(data, &dir, at(120)).is_ok());
}

#[test]
fn disk_full_is_reported_nothing_saved_is_damaged_and_saving_resumes() {
    let disk = SimDisk::new();
    let dir = Path::new("/data/s");
    let shared: Arc<dyn Disk> = Arc::new(disk.clone());
    let mut store = SessionStore::create(shared, dir, "dev", &roundtable(), None, at(0), None).unwrap();
    store.record(capture(1), at(1)).unwrap();
    let journal = dir.join("journal-dev.jsonl");
    let before = disk.contents(&journal).unwrap();

    // Room for part of a record only: the write is torn by ENOSPC.
    let used: usize = before.len();
    disk.set_capacity(Some(used + 50));
    let err = store.record(capture(2), at(2)).unwrap_err();
    let shown = err.to_string();
    assert!(shown.starts_with("NOT SAVED"), "{shown}");
    assert!(shown.contains("journal-dev.jsonl") && shown.contains("the disk is full"), "{shown}");
    assert!(shown.contains("Free some space"), "{shown}");
    assert!(!shown.contains("Қайд"), "no captured text in error messages: {shown}");
    assert_eq!(store.pending(), 1);
    assert_eq!(store.session().entries.len(), 2, "the entry is kept in memory");
    assert_eq!(disk.contents(&journal).unwrap(), before, "the half-written record was cut off");
    assert!(store.retry().is_err(), "still full");

    disk.set_capacity(None);
    store.retry().unwrap();
    assert_eq!(store.pending(), 0);
    let (reopened, report) = SessionStore::open(Arc::new(disk.clone()), dir, "dev", at(3), None).unwrap();
    assert!(report.is_clean(), "{report}");
    assert_eq!(reopened.session().entries.len(), 2);
}

#[test]
fn read_only_permission_denied_and_eio_are_reported_with_the_path() {
    for (kind, words) in [
        (io::ErrorKind::ReadOnlyFilesystem, "read-only"),
        (io::ErrorKind::PermissionDenied, "permission denied"),
        (io::ErrorKind::Other, "the disk reported an error"),
    ] {
        let disk = SimDisk::new();
        let dir = Path::new("/data/s");
        let mut store =
            SessionStore::create(Arc::new(disk.clone()), dir, "dev", &roundtable(), None, at(0), None)
                .unwrap();
        disk.fail_writes(Some(kind));
        let err = store.record(capture(1), at(1)).unwrap_err().to_string();
        assert!(err.contains("/data/s/journal-dev.jsonl") && err.contains(words), "{err}");
        assert!(
            store.write_snapshot().is_ok_and(|written| !written),
            "no snapshot while records are pending"
        );
        disk.fail_writes(None);
        store.retry().unwrap();
        assert!(store.is_saved(2));
    }
}

#[test]
fn a_failed_snapshot_write_keeps_the_good_one() {
    let disk = SimDisk::new();
    let dir = Path::new("/data/s");
    let mut store =
        SessionStore::create(Arc::new(disk.clone()), dir, "dev", &roundtable(), None, at(0), None).unwrap();
    store.record(capture(1), at(1)).unwrap();
    store.write_snapshot().unwrap();
    let good = disk.contents(&dir.join("minutes.json")).unwrap();
    store.record(capture(2), at(2)).unwrap();
    disk.set_capacity(Some(disk.contents(&dir.join("journal-dev.jsonl")).unwrap().len() + good.len() + 100));
    assert!(store.write_snapshot().is_err());
    assert_eq!(disk.contents(&dir.join("minutes.json")).unwrap(), good);
    assert!(
        disk.names_in(dir).iter().all(|n| !n.contains(".tmp-")),
        "our own failed temp file is cleaned up: {:?}",
        disk.names_in(dir)
    );
}
