//! A scripted 200-event session on a simulated disk that crashes at every single I/O
//! operation in turn. After each crash, with unsynced data dropped, torn or garbled:
//! recovery never panics, every event acknowledged as saved is present, and the recovered
//! state is exactly the state after some prefix of the history.

use std::path::Path;
use std::sync::Arc;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event, Mark, Session};
use convene::store::SessionStore;
use convene::store::disk::Disk;
use convene::store::sim::{CrashMode, SimDisk};
use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

const DIR: &str = "/data/sessions/s1";
const EVENTS: usize = 200;

/// The n-th event of the script (after the session start), and when it happens.
fn scripted(n: usize) -> (Event, Timestamp) {
    let at = roundtable_morning().checked_add(SignedDuration::from_secs(37 * n as i64)).unwrap();
    let entry = |k: usize| Uuid::from_u128(k as u128 + 1);
    let items = ["d1-opening", "d1-key-questions", "d1-plenary-questions", "d1-case-study"];
    let event = match n % 10 {
        0 => Event::ItemStarted { item: items[(n / 10) % items.len()].into() },
        1 | 2 | 4 | 6 => Event::EntryCaptured {
            entry: entry(n),
            kind: if n.is_multiple_of(3) {
                EntryKind::RecommendationParticipants
            } else {
                EntryKind::DiscussionPoint
            },
            text: format!("Пункт {n}: ҳуқуқи инсон ва амният — point {n}"),
            attribution: Attribution {
                role: Some("police officer".into()),
                not_for_attribution: true,
                ..Attribution::default()
            },
            item: Some(items[(n / 10) % items.len()].into()),
            group: None,
            attached_to: None,
        },
        3 => Event::EntryEdited { entry: entry(n - 1), text: format!("edited {n}") },
        5 => Event::ItemPaused { item: items[(n / 10) % items.len()].into() },
        7 => Event::ItemResumed { item: items[(n / 10) % items.len()].into() },
        8 => Event::EntryMarked { entry: entry(n - 2), mark: Mark::Consensus },
        _ => Event::ItemExtended { item: items[(n / 10) % items.len()].into(), minutes: 1 },
    };
    (event, at)
}

struct Run {
    /// Records acknowledged as saved (including the session start).
    acked: u64,
}

/// Runs the script on `disk` until the end or the first failed save.
fn run_script(disk: &SimDisk, snapshots: &mut Vec<Session>) -> Run {
    let dir = Path::new(DIR);
    let disk_arc: Arc<dyn Disk> = Arc::new(disk.clone());
    let Ok(mut store) =
        SessionStore::create(disk_arc, dir, "dev", &roundtable(), None, roundtable_morning(), None)
    else {
        return Run { acked: 0 };
    };
    snapshots.push(store.session().clone());
    let mut acked = 1;
    for n in 1..EVENTS {
        let (event, at) = scripted(n);
        if store.record(event, at).is_err() {
            break;
        }
        acked += 1;
        snapshots.push(store.session().clone());
        if n % 50 == 0 && store.write_snapshot().is_err() {
            break;
        }
    }
    Run { acked }
}

/// The state after each prefix of the history, from a run that never crashes.
fn reference_states() -> (Vec<Session>, u64) {
    let disk = SimDisk::new();
    let mut states = Vec::new();
    let run = run_script(&disk, &mut states);
    assert_eq!(run.acked, EVENTS as u64);
    (states, disk.ops())
}

fn same_history(a: &Session, b: &Session) -> bool {
    // Record ids (and so the session id) are random per run; everything else must match.
    // Where each journal stood is the store's bookkeeping, not history.
    let (mut a, mut b) = (a.clone(), b.clone());
    a.session_id = b.session_id;
    a.journals.clear();
    b.journals.clear();
    a == b
}

#[test]
fn crash_at_every_io_operation() {
    let (states, total_ops) = reference_states();
    assert!(total_ops > 400, "the script should exercise many operations, did {total_ops}");
    let mut checked = 0;
    for crash_at in 1..=total_ops {
        let disk = SimDisk::new();
        disk.crash_at(crash_at);
        let run = run_script(&disk, &mut Vec::new());
        assert!(disk.has_crashed(), "op {crash_at} should have crashed the run");
        for (m, mode) in [CrashMode::Drop, CrashMode::Torn, CrashMode::Garbled].into_iter().enumerate() {
            let image = disk.crash_image(mode, crash_at * 3 + m as u64);
            let image_arc: Arc<dyn Disk> = Arc::new(image.clone());
            let opened = SessionStore::open(image_arc, Path::new(DIR), "dev", roundtable_morning(), None);
            let (mut store, _report) = match opened {
                Ok(x) => x,
                Err(e) => {
                    assert_eq!(
                        run.acked, 0,
                        "op {crash_at} {mode:?}: recovery failed after {} acks: {e}",
                        run.acked
                    );
                    continue;
                }
            };
            let got = store.session().records_applied();
            assert!(
                got >= run.acked,
                "op {crash_at} {mode:?}: {} records acknowledged, only {got} recovered",
                run.acked
            );
            let reference = &states[got as usize - 1];
            assert!(
                same_history(store.session(), reference),
                "op {crash_at} {mode:?}: the recovered state is not the state after {got} records"
            );
            // The recovered session keeps working: a new record is saved and survives.
            let (event, at) = scripted(EVENTS + 1);
            store.record(event, at).unwrap_or_else(|e| panic!("op {crash_at} {mode:?}: {e}"));
            let again: Arc<dyn Disk> = Arc::new(image.clone());
            let (reopened, report) = SessionStore::open(again, Path::new(DIR), "dev", at, None).unwrap();
            assert_eq!(reopened.session().records_applied(), got + 1, "op {crash_at} {mode:?}");
            assert!(
                report.records_dropped() == 0 && !report.tail_truncated(),
                "op {crash_at} {mode:?}: {report}"
            );
            checked += 1;
        }
    }
    // Only a crash inside the creation of the session (its folders made durable, its first
    // record) may leave no session at all, and then nothing was acknowledged.
    let creation = {
        let disk = SimDisk::new();
        let shared: Arc<dyn Disk> = Arc::new(disk.clone());
        SessionStore::create(shared, Path::new(DIR), "dev", &roundtable(), None, roundtable_morning(), None)
            .unwrap();
        disk.ops()
    };
    assert!(creation <= 12, "creating a session takes {creation} operations");
    assert!(checked as u64 >= (total_ops - creation) * 3, "crash points that recovered a session: {checked}");
}

/// A second laptop's notes, on the same folder (a shared folder, or the one a sync tool
/// keeps in step).
fn second_laptops_note(n: usize) -> (Event, Timestamp) {
    let at = roundtable_morning().checked_add(SignedDuration::from_millis(37_000 * n as i64 + 500)).unwrap();
    let event = Event::EntryCaptured {
        entry: Uuid::from_u128(1_000_000 + n as u128),
        kind: EntryKind::DiscussionPoint,
        text: format!("rapporteur 2: point {n}"),
        attribution: Attribution::default(),
        item: Some("d1-opening".into()),
        group: None,
        attached_to: None,
    };
    (event, at)
}

/// Both laptops record in turn until the disk dies; says how many records each had
/// acknowledged.
fn run_two(disk: &SimDisk) -> (u64, u64) {
    let dir = Path::new(DIR);
    let shared = || -> Arc<dyn Disk> { Arc::new(disk.clone()) };
    let Ok(mut a) = SessionStore::create(shared(), dir, "a", &roundtable(), None, roundtable_morning(), None)
    else {
        return (0, 0);
    };
    let Ok((mut b, _)) = SessionStore::open(shared(), dir, "b", roundtable_morning(), None) else {
        return (1, 0);
    };
    let (mut acked_a, mut acked_b) = (1, 0);
    for n in 1..60 {
        let (event, at) = scripted(n);
        if a.record(event, at).is_err() {
            break;
        }
        acked_a += 1;
        let (event, at) = second_laptops_note(n);
        if b.record(event, at).is_err() {
            break;
        }
        acked_b += 1;
        if n % 20 == 0 && (a.write_snapshot().is_err() || b.write_snapshot().is_err()) {
            break;
        }
    }
    (acked_a, acked_b)
}

#[test]
fn two_laptops_on_one_folder_crash_at_every_io_operation() {
    let reference = SimDisk::new();
    assert_eq!(run_two(&reference), (60, 59));
    let total_ops = reference.ops();
    let dir = Path::new(DIR);
    let journal = |device: &str| dir.join(convene::store::journal::file_name(device));
    for crash_at in 1..=total_ops {
        let disk = SimDisk::new();
        disk.crash_at(crash_at);
        let (acked_a, acked_b) = run_two(&disk);
        for (m, mode) in [CrashMode::Drop, CrashMode::Torn, CrashMode::Garbled].into_iter().enumerate() {
            let image = disk.crash_image(mode, crash_at * 3 + m as u64);
            let shared = || -> Arc<dyn Disk> { Arc::new(image.clone()) };
            let b_before = image.contents(&journal("b"));
            let a = match SessionStore::open(shared(), dir, "a", roundtable_morning(), None) {
                Ok((a, _)) => a,
                Err(e) => {
                    assert_eq!(acked_a, 0, "op {crash_at} {mode:?}: a's recovery failed after acks: {e}");
                    continue;
                }
            };
            assert_eq!(
                image.contents(&journal("b")),
                b_before,
                "op {crash_at} {mode:?}: a changed b's journal"
            );
            let a_after = image.contents(&journal("a"));
            let (b, _) = SessionStore::open(shared(), dir, "b", roundtable_morning(), None)
                .unwrap_or_else(|e| panic!("op {crash_at} {mode:?}: b cannot open: {e}"));
            assert_eq!(
                image.contents(&journal("a")),
                a_after,
                "op {crash_at} {mode:?}: b changed a's journal"
            );
            for (who, store) in [("a", &a), ("b", &b)] {
                let applied = |d: &str| store.session().applied.get(d).copied().unwrap_or(0);
                assert!(
                    applied("a") >= acked_a,
                    "op {crash_at} {mode:?}: {who} lost a's acknowledged records"
                );
                assert!(
                    applied("b") >= acked_b,
                    "op {crash_at} {mode:?}: {who} lost b's acknowledged records"
                );
            }
        }
    }
}
