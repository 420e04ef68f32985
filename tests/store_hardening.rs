//! Issue 12: the cases where a saved or typed note could still be lost, each replayed
//! through the real runtime on the crash-simulating disk (or on the real disk where the
//! operating system is the point, as with locks).

mod common;

use std::path::Path;

use convene::session::Event;
use convene::store::{self, StoreError};
use convene::testing::{Harness, SESSION_DIR};

/// A child process starts as a copy of this test process, open files and their flock
/// included, until it executes its program. A test that checks the lock is released must
/// therefore not overlap another test's spawn: spawns share this, the lock test takes it
/// alone.
static SPAWNS: std::sync::RwLock<()> = std::sync::RwLock::new(());

fn spawning<T>(run: impl FnOnce() -> T) -> T {
    let _shared = SPAWNS.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    run()
}

fn session_dir() -> &'static Path {
    Path::new(SESSION_DIR)
}

fn texts(h: &Harness) -> Vec<String> {
    h.session().live_entries().map(|e| e.text.clone()).collect()
}

fn running(at: &str) -> Harness {
    let mut h = Harness::roundtable(at);
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    h
}

// --- 1. Deleting the lock file does not let a second writer in --------------------------

#[test]
fn a_deleted_lock_file_does_not_let_a_second_writer_share_the_journal() {
    let _alone = SPAWNS.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let at = convene::testing::parse("2009-04-28T04:00:00Z");
    let first = store::create_session(data, &convene::session::testkit::roundtable(), None, at).unwrap();
    let dir = first.dir().to_path_buf();
    for name in std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name().into_string().unwrap()) {
        if name.starts_with("lock-") {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
    }
    let err = store::open_session(data, &dir, at).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("already open in another convene"), "{err}");
    drop(first);
    let again = store::open_session(data, &dir, at);
    assert!(
        again.is_ok(),
        "once the writer is gone, the session opens: {:?}",
        again.err().map(|e| e.to_string())
    );
}

#[test]
fn a_second_writer_of_the_same_journal_stops_saving_and_nothing_interleaves() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("first note").press(&["Enter"]);
    assert!(h.store().pending() == 0);
    // Another writer (a cloned laptop whose journal a sync tool brings in) appends a line.
    let journal = session_dir().join("journal-dev.jsonl");
    let before = h.disk.contents(&journal).unwrap();
    let foreign = b"{\"crc32\":\"00000000\",\"record\":{}}\n";
    h.disk.append_behind(&journal, foreign);
    h.type_text("second note").press(&["Enter"]);
    let screen = h.screen(120, 36);
    assert!(screen.contains("NOT SAVED: another program wrote to"), "{screen}");
    assert_eq!(h.store().pending(), 1, "kept in memory, not written");
    let after = h.disk.contents(&journal).unwrap();
    assert_eq!(
        after.len(),
        before.len() + foreign.len(),
        "nothing of ours went after the other writer's line"
    );
    h.wait(10);
    assert_eq!(h.disk.contents(&journal).unwrap(), after, "retries do not write either");
    // Quitting asks, then keeps the note in a rescue file in the session folder.
    h.press(&["Ctrl-c"]);
    assert!(h.app().confirm.is_some(), "quitting with unsaved changes asks first");
    h.press(&["y"]);
    assert!(h.last.quit);
    let disk = h.disk.clone();
    let finished = h.finish(&[]);
    let rescue = finished.rescue.expect("a rescue file").expect("written");
    assert!(rescue.starts_with(session_dir()), "{}", rescue.display());
    assert!(String::from_utf8(disk.contents(&rescue).unwrap()).unwrap().contains("second note"));
}

// --- 2. A saved note never comes back as the note being typed ---------------------------

#[test]
fn a_note_saved_just_before_kill_9_is_not_restored_as_a_draft() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("Раздел первый").wait(3).type_text(", и второй").press(&["Enter"]);
    let draft = session_dir().join("draft-dev.json");
    let on_disk = String::from_utf8(h.disk.contents(&draft).unwrap()).unwrap();
    assert!(on_disk.contains("Раздел первый"), "the checkpoint before Enter is still on disk: {on_disk}");
    // kill -9 now: the note is in the journal, the draft file still has its beginning.
    let image = h.disk.crash_image(convene::store::sim::CrashMode::Drop, 1);
    let again = Harness::reopen(image, h.now());
    assert_eq!(texts(&again), ["Раздел первый, и второй"]);
    assert_eq!(again.app().capture.text(), "", "the saved note is not back in the editor");
    assert!(!again.status().contains("is back"), "{}", again.status());
}

#[test]
fn a_draft_typed_after_the_last_save_still_comes_back() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("saved").press(&["Enter"]).type_text("being typed").wait(3);
    let image = h.disk.crash_image(convene::store::sim::CrashMode::Drop, 2);
    let again = Harness::reopen(image, h.now());
    assert_eq!(texts(&again), ["saved"]);
    assert_eq!(again.app().capture.text(), "being typed");
}

// --- 3. Quitting while the disk fails keeps the unsaved notes ---------------------------

#[test]
fn quitting_while_fsync_fails_asks_and_writes_a_rescue_file_that_the_next_start_saves() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.disk.fail_appends(Some(std::io::ErrorKind::Other));
    h.press(&["c"]).type_text("Рекомендация: учебный центр").press(&["Enter"]).type_text("half typed");
    assert_eq!(h.store().pending(), 1);
    h.press(&["Ctrl-c"]);
    let question = h.app().confirm.as_ref().map(|c| c.question.clone()).unwrap_or_default();
    assert!(question.contains("NOT SAVED") && question.contains("rescue file"), "{question}");
    h.press(&["n"]);
    assert!(!h.last.quit && h.app().confirm.is_none(), "no keeps the program running");
    h.press(&["Ctrl-c", "y"]);
    assert!(h.last.quit);
    let disk = h.disk.clone();
    let finished = h.finish(&[]);
    let rescue = finished.rescue.clone().unwrap().unwrap();
    assert!(rescue.starts_with(session_dir()));
    let kept = String::from_utf8(disk.contents(&rescue).unwrap()).unwrap();
    assert!(kept.contains("Рекомендация: учебный центр") || kept.contains("учебный центр"), "{kept}");
    drop(finished);

    // The disk works again: the next start saves the rescued note into the journal.
    disk.fail_appends(None);
    let again = Harness::reopen(disk.clone(), convene::testing::parse("2009-04-28T06:30:00Z"));
    assert_eq!(texts(&again), ["Рекомендация: учебный центр"]);
    assert_eq!(again.store().pending(), 0);
    assert_eq!(again.app().capture.text(), "half typed", "the draft file had the note being typed");
    assert!(disk.contents(&rescue).is_none(), "moved to set-aside once saved");
    let again2 = Harness::reopen(disk.clone(), convene::testing::parse("2009-04-28T06:31:00Z"));
    assert_eq!(texts(&again2).len(), 1, "folded in once, never twice");
}

#[test]
fn when_the_session_folder_cannot_be_written_the_rescue_file_goes_elsewhere() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.disk.fail_writes(Some(std::io::ErrorKind::ReadOnlyFilesystem));
    h.press(&["c"]).type_text("the only copy").press(&["Enter"]).type_text("and a draft");
    h.press(&["Ctrl-c", "y"]);
    let home = tempfile::tempdir().unwrap();
    let finished = h.finish(&[home.path().to_path_buf()]);
    let rescue = finished.rescue.unwrap().unwrap();
    assert!(rescue.starts_with(home.path()), "{}", rescue.display());
    let kept = std::fs::read_to_string(&rescue).unwrap();
    assert!(kept.contains("the only copy") && kept.contains("and a draft"), "{kept}");
}

// --- 4. A damaged but well-formed minutes.json is not trusted over the journal ----------

fn session_with_a_snapshot(data: &Path) -> std::path::PathBuf {
    use convene::session::{Attribution, EntryKind};
    let at = convene::testing::parse("2009-04-28T04:00:00Z");
    let mut s = store::create_session(data, &convene::session::testkit::roundtable(), None, at).unwrap();
    s.record(Event::ItemStarted { item: "d1-opening".into() }, at).unwrap();
    s.record(
        Event::EntryCaptured {
            entry: convene::session::new_id(at),
            kind: EntryKind::RecommendationParticipants,
            text: "Train police in human rights".into(),
            attribution: Attribution::default(),
            item: Some("d1-opening".into()),
            group: None,
            attached_to: None,
        },
        at,
    )
    .unwrap();
    assert!(s.write_snapshot().unwrap());
    s.dir().to_path_buf()
}

#[test]
fn a_flipped_bit_in_minutes_json_is_caught_and_the_journal_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session_with_a_snapshot(tmp.path());
    let path = dir.join("minutes.json");
    let mut bytes = std::fs::read(&path).unwrap();
    let at = String::from_utf8_lossy(&bytes).find("human rights").unwrap();
    bytes[at] ^= 0x04; // "human" becomes "luman": still well-formed JSON
    std::fs::write(&path, &bytes).unwrap();
    let now = convene::testing::parse("2009-04-28T05:00:00Z");
    let read = store::read_session(&dir, now).unwrap();
    assert!(
        matches!(read.report.snapshot, convene::store::recovery::SnapshotStatus::Unusable { .. }),
        "{}",
        read.report
    );
    assert!(!read.report.is_clean(), "verify must not say OK");
    let texts: Vec<&str> = read.session.entries.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["Train police in human rights"], "the journal's text, not the damaged one");
    let report = read.report.to_string();
    assert!(report.contains("checksum does not match"), "{report}");
    assert!(!report.contains("over the snapshot"), "no snapshot was used: {report}");
}

#[test]
fn a_snapshot_that_disagrees_with_its_journals_is_reported_by_the_cross_check() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session_with_a_snapshot(tmp.path());
    let now = convene::testing::parse("2009-04-28T05:00:00Z");
    let disk = convene::store::disk::OsDisk;
    assert_eq!(convene::store::recovery::cross_check(&disk, &dir, now).unwrap(), None);
    // Rewritten with a valid checksum but another text (a hand edit, or a bug).
    let mut session = store::read_session(&dir, now).unwrap().session;
    std::sync::Arc::make_mut(&mut session.entries[0]).text = "Train police".into();
    std::fs::write(dir.join("minutes.json"), convene::store::snapshot::encode(&session).unwrap()).unwrap();
    let found = convene::store::recovery::cross_check(&disk, &dir, now).unwrap();
    assert_eq!(found.as_deref(), Some("entry 1 differs"));
}

// --- 10. Messages say what happened, what is safe, and what to do -----------------------

#[test]
fn a_data_folder_that_is_a_file_is_named_as_such_and_nothing_promises_a_retry() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::write(&data, b"not a folder").unwrap();
    let at = convene::testing::parse("2009-04-28T04:00:00Z");
    let err = store::create_session(&data, &convene::session::testkit::roundtable(), None, at).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("is a file where a folder should be"), "{text}");
    assert!(text.contains("--data-dir"), "{text}");
    assert!(!text.contains("kept in memory") && !text.contains("retries"), "{text}");
    assert!(!text.contains("already exists"), "{text}");
    assert_eq!(std::fs::read(&data).unwrap(), b"not a folder", "the file is left as it was");
}

#[test]
fn an_io_error_is_called_one_and_failures_before_the_start_promise_nothing() {
    let eio = std::io::Error::from_raw_os_error(5);
    let during = StoreError::write("/data/sessions/s/journal-dev.jsonl", &eio).to_string();
    assert!(during.contains("input/output error"), "{during}");
    assert!(!during.contains("uncategorized"), "{during}");
    let at_start = StoreError::write("/data/device-id", &eio).at_start().to_string();
    assert!(at_start.starts_with("cannot open the session"), "{at_start}");
    assert!(!at_start.contains("kept in memory") && !at_start.contains("retries"), "{at_start}");
    let ro = std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem);
    let ro = StoreError::write("/data/device-id", &ro).at_start().to_string();
    assert!(ro.contains("read-only") && ro.contains("--data-dir") && !ro.contains("in memory"), "{ro}");
}

#[test]
fn on_a_full_disk_the_message_names_the_journal_and_the_draft() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("first").press(&["Enter"]);
    let used: usize = h
        .disk
        .names_in(session_dir())
        .iter()
        .filter_map(|n| h.disk.contents(&session_dir().join(n)))
        .map(|b| b.len())
        .sum();
    h.disk.set_capacity(Some(used));
    h.type_text("second").press(&["Enter"]).type_text("third, being typed").wait(3);
    let screen = h.screen(120, 36);
    assert!(screen.contains("the disk is full"), "{screen}");
    assert!(screen.contains("The journal cannot be written either"), "{screen}");
}

/// Runs `convene ARGS` with `data` as the data folder, as a user who is not root: as
/// `nobody` when the tests run as root (root writes anywhere, so a permission test would
/// pass without testing anything).
fn convene_without_root(data: &Path, args: &[&str]) -> (i32, String) {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    // The build folder may be out of nobody's reach (a clone in a 0700 temp folder):
    // nobody runs a copy of the binary from a folder everyone may enter.
    let copy = root.then(|| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let bin = dir.path().join("convene");
        std::fs::copy(env!("CARGO_BIN_EXE_convene"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        (dir, bin)
    });
    let bin =
        copy.as_ref().map_or(std::path::PathBuf::from(env!("CARGO_BIN_EXE_convene")), |(_, b)| b.clone());
    let mut cmd = std::process::Command::new(bin);
    cmd.args(args).env("CONVENE_DATA_DIR", data).env("CONVENE_NOW", "2009-04-28T08:00:00Z").current_dir("/");
    if root {
        eprintln!("running as root: convene runs as nobody for this test");
        cmd.uid(65534).gid(65534);
    }
    let out = spawning(|| cmd.output().unwrap());
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_data_folder_this_user_may_not_write_says_so_before_anything_is_recorded() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = tmp.path().join("data");
    let at = convene::testing::parse("2009-04-28T04:00:00Z");
    let dir = store::create_session(&data, &convene::session::testkit::roundtable(), None, at)
        .unwrap()
        .dir()
        .to_path_buf();
    // Someone else's data folder: readable, not writable, and this user has no device id in it.
    std::fs::set_permissions(data.join("device-id"), std::fs::Permissions::from_mode(0o000)).unwrap();
    for folder in [data.clone(), data.join("sessions"), dir.clone()] {
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let (code, err) = convene_without_root(&data, &["finish", dir.to_str().unwrap()]);
    for folder in [data.clone(), data.join("sessions"), dir.clone()] {
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("permission denied") && err.contains("--data-dir"), "{err}");
    assert!(!err.contains("kept in memory") && !err.contains("retries"), "{err}");
    assert!(store::read_session(&dir, at).unwrap().session.finished_at.is_none(), "nothing was recorded");
}

#[test]
fn the_note_being_typed_comes_back_from_a_rescue_file_even_over_an_older_draft() {
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("an older draft").wait(3).press(&["Enter"]).type_text("the newest words");
    h.disk.fail_writes(Some(std::io::ErrorKind::StorageFull));
    h.wait(3).press(&["Ctrl-c", "y"]);
    let disk = h.disk.clone();
    let home = tempfile::tempdir().unwrap();
    let finished = h.finish(&[home.path().to_path_buf()]);
    let rescue = finished.rescue.clone().unwrap().unwrap();
    drop(finished);
    disk.fail_writes(None);
    // The person moves the rescue file into the session folder, as the message says.
    let into = session_dir().join(rescue.file_name().unwrap());
    disk.overwrite(&into, &std::fs::read(&rescue).unwrap());
    let again = Harness::reopen(disk, convene::testing::parse("2009-04-28T06:40:00Z"));
    assert_eq!(again.app().capture.text(), "the newest words");
    assert_eq!(texts(&again), ["an older draft"]);
}

#[test]
fn notes_of_two_writers_interleaved_in_one_journal_are_all_kept() {
    // A journal two writers shared before this version (or through a share without locks):
    // the second writer's records repeat sequence numbers.
    let mut h = running("2009-04-28T06:15:00Z");
    h.press(&["c"]).type_text("written by the first").press(&["Enter"]);
    let journal = session_dir().join("journal-dev.jsonl");
    let bytes = h.disk.contents(&journal).unwrap();
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let last =
        convene::store::journal::decode_line(lines.last().unwrap().strip_suffix(b"\n").unwrap()).unwrap();
    let mut other = last.clone();
    other.id = convene::session::new_id(h.now());
    if let Event::EntryCaptured { entry, text, .. } = &mut other.event {
        *entry = convene::session::new_id(h.now());
        *text = "written by the second".into();
    }
    h.disk.append_behind(&journal, convene::store::journal::encode(&other).unwrap().as_bytes());
    let disk = h.disk.clone();
    drop(h);
    let again = Harness::reopen(disk.clone(), convene::testing::parse("2009-04-28T06:30:00Z"));
    assert_eq!(texts(&again), ["written by the first", "written by the second"]);
    assert!(again.status().contains("second convene"), "{}", again.status());
    drop(again);
    let third = Harness::reopen(disk, convene::testing::parse("2009-04-28T06:31:00Z"));
    assert_eq!(texts(&third), ["written by the first", "written by the second"], "saved once, not twice");
}

#[test]
fn a_device_id_copied_from_another_machine_is_refused_before_it_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let at = convene::testing::parse("2009-04-28T04:00:00Z");
    let dir = store::create_session(data, &convene::session::testkit::roundtable(), None, at)
        .unwrap()
        .dir()
        .to_path_buf();
    let lock = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("lock-"))
        .unwrap();
    // As a sync tool brings it from the laptop whose disk image this one was cloned from.
    std::fs::write(&lock, br#"{"pid":4242,"host":"hotel-laptop-1","since":"2009-04-28T04:00:00Z"}"#).unwrap();
    let journal_before = std::fs::read(
        dir.join(lock.file_name().unwrap().to_string_lossy().replace("lock-", "journal-") + ".jsonl"),
    )
    .unwrap();
    let err = store::open_session(data, &dir, at).unwrap_err().to_string();
    assert!(err.contains("last wrote this session on hotel-laptop-1") && err.contains("device-id"), "{err}");
    let journal_after = std::fs::read(
        dir.join(lock.file_name().unwrap().to_string_lossy().replace("lock-", "journal-") + ".jsonl"),
    )
    .unwrap();
    assert_eq!(journal_before, journal_after, "nothing written");
    // A new device id (as the message says) opens it as another laptop.
    std::fs::remove_file(data.join("device-id")).unwrap();
    assert!(store::open_session(data, &dir, at).is_ok());
}

#[test]
fn verify_reports_a_damaged_or_disagreeing_minutes_json_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = session_with_a_snapshot(tmp.path());
    let name = dir.to_str().unwrap();
    let (code, out, _) = spawning(|| common::cli::convene(Some(tmp.path()), &["verify", name]));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("verify: OK"), "{out}");

    let now = convene::testing::parse("2009-04-28T05:00:00Z");
    let mut session = store::read_session(&dir, now).unwrap().session;
    std::sync::Arc::make_mut(&mut session.entries[0]).text = "Train police".into();
    std::fs::write(dir.join("minutes.json"), convene::store::snapshot::encode(&session).unwrap()).unwrap();
    let (code, out, _) = spawning(|| common::cli::convene(Some(tmp.path()), &["verify", name]));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("minutes.json DISAGREES with the journals (entry 1 differs)"), "{out}");

    let mut bytes = std::fs::read(dir.join("minutes.json")).unwrap();
    let at = String::from_utf8_lossy(&bytes).find("Train police").unwrap();
    bytes[at] ^= 0x01;
    std::fs::write(dir.join("minutes.json"), &bytes).unwrap();
    let (code, out, _) = spawning(|| common::cli::convene(Some(tmp.path()), &["verify", name]));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("snapshot: UNUSABLE") && out.contains("checksum does not match"), "{out}");
    assert!(!out.contains("over the snapshot"), "{out}");
}
