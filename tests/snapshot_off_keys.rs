//! Issue 13: minutes.json is never written while a key is being handled. It is written on
//! a thread from a copy of the state, once nobody has typed for a moment, with the same
//! all-or-nothing guarantee as before (checked here on the disk that crashes on demand).

use std::path::Path;
use std::sync::Arc;

use convene::app::Focus;
use convene::session::testkit::roundtable_morning;
use convene::session::{EntryKind, Event};
use convene::store::disk::Disk;
use convene::store::sim::{CrashMode, SimDisk};
use convene::store::{SessionStore, snapshot};
use convene::testing::{Harness, SESSION_DIR};

fn note(h: &mut Harness, text: &str) {
    if h.app().focus != Focus::Capture {
        h.press(&["c"]);
    }
    h.type_text(text).press(&["Enter"]);
}

fn minutes(h: &Harness) -> Option<convene::session::Session> {
    let bytes = h.disk.contents(&Path::new(SESSION_DIR).join(snapshot::FILE_NAME))?;
    snapshot::decode(&bytes).ok()
}

#[test]
fn typing_never_writes_a_snapshot_and_a_quiet_moment_does() {
    let mut h = Harness::roundtable("2009-04-28T06:15:00Z");
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    let before = minutes(&h).map_or(0, |s| s.entries.len());
    for i in 0..150 {
        note(&mut h, &format!("Пункт {i}: доверие строится годами"));
        assert_eq!(h.snapshots(), (0, false), "a snapshot started while note {i} was typed");
    }
    assert_eq!(h.session().entries.len(), 150);
    assert_eq!(minutes(&h).map_or(0, |s| s.entries.len()), before, "no snapshot was written by a key");

    h.wait(1);
    assert_eq!(h.snapshots().0, 0, "one second after the last key is not quiet enough yet");
    h.wait(2);
    assert_eq!(h.snapshots().0, 1, "a quiet moment starts one");
    h.wait_for_snapshot();
    let written = minutes(&h).expect("minutes.json written and readable");
    assert_eq!(written.entries.len(), 150);
    assert_eq!(written.journals.values().map(|m| m.records).sum::<u64>(), written.records_applied());

    // Nothing new: nothing more to write, however long the room stays quiet.
    h.wait(60);
    assert_eq!(h.snapshots().0, 1);
    // Reopened, the session reads the snapshot and the journal agrees with it.
    let again = Harness::reopen(h.disk.clone(), h.now());
    assert_eq!(again.session().entries.len(), 150);
}

#[test]
fn a_crash_while_the_background_snapshot_is_written_loses_nothing() {
    let dir = Path::new(SESSION_DIR);
    let capture = |n: u64| Event::EntryCaptured {
        entry: uuid::Uuid::from_u64_pair(13, n),
        kind: EntryKind::RecommendationParticipants,
        text: format!("Recommendation {n}"),
        attribution: Default::default(),
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    };
    let at = |n: u64| roundtable_morning().checked_add(jiff::SignedDuration::from_secs(n as i64)).unwrap();
    // How many disk operations writing the job takes, on a disk that never crashes.
    let script = |disk: &SimDisk| -> (u64, u64) {
        let shared: Arc<dyn Disk> = Arc::new(disk.clone());
        let agenda = convene::session::testkit::roundtable();
        let mut store = SessionStore::create(shared, dir, "dev", &agenda, None, at(0), None).unwrap();
        for n in 1..=30 {
            store.record(capture(n), at(n)).unwrap();
        }
        let job = store.snapshot_job().expect("a job when everything is durable");
        // The room goes on while the copy is written: an entry the copy holds is edited.
        let first = uuid::Uuid::from_u64_pair(13, 1);
        store
            .record(Event::EntryEdited { entry: first, text: "Edited while writing".into() }, at(31))
            .unwrap();
        let start = disk.ops();
        let written = std::thread::spawn(move || job.write(false)).join().unwrap();
        if let Ok(records) = written {
            store.snapshot_written(records);
        }
        (start, disk.ops())
    };
    let (start, end) = script(&SimDisk::new());
    assert!(end > start + 2, "the job writes, renames and syncs");
    for crash_at in start + 1..=end {
        let disk = SimDisk::new();
        disk.crash_at(crash_at);
        script(&disk);
        for mode in [CrashMode::Drop, CrashMode::Torn, CrashMode::Garbled] {
            let image: Arc<dyn Disk> = Arc::new(disk.crash_image(mode, crash_at));
            let (store, report) = SessionStore::open(image, dir, "dev", at(40), None)
                .unwrap_or_else(|e| panic!("op {crash_at} {mode:?}: {e}"));
            let s = store.session();
            assert_eq!(s.entries.len(), 30, "op {crash_at} {mode:?}: {report}");
            assert_eq!(s.entry(uuid::Uuid::from_u64_pair(13, 1)).unwrap().text, "Edited while writing");
            assert_eq!(s.records_applied(), 32, "op {crash_at} {mode:?}");
        }
    }
}
