//! Issue 14: several laptops on one session. Each writes its own journal; a sync tool (here
//! a test "syncer" that copies late, in pieces, out of order, as Syncthing's temp and
//! rename, and with conflict copies) carries the files; every device folds every journal.
//! After the files settle every acknowledged event of every device is in every device's
//! minutes, identically, and no device ever changed a byte of another device's journal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{EntryKind, Event, Session};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal, recovery};
use jiff::{SignedDuration, Timestamp};

fn disk() -> Arc<dyn Disk> {
    Arc::new(OsDisk)
}

fn at(seconds: i64) -> Timestamp {
    roundtable_morning().checked_add(SignedDuration::from_secs(seconds)).unwrap()
}

fn capture(device: &str, n: usize) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::new_v4(),
        kind: EntryKind::DiscussionPoint,
        text: format!("{device}: пункт {n}"),
        attribution: Default::default(),
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    }
}

/// The bytes of every journal in `dir`, by file name.
fn journals(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            journal::classify(&name).is_some().then(|| (name, std::fs::read(e.path()).unwrap()))
        })
        .collect()
}

/// Asserts that, of the journals before and after, only `own`'s changed, and only by
/// growing (an append).
fn only_own_grew(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>, own: &str) {
    for (name, bytes) in before {
        let now = after.get(name).unwrap_or_else(|| panic!("{name} disappeared"));
        if journal::device_of(name) == Some(own) {
            assert!(now.starts_with(bytes), "{own} rewrote its own journal's history");
        } else {
            assert_eq!(now, bytes, "{own} changed {name}, another device's file");
        }
    }
}

/// What must agree on every device: everything but where each device read up to in the
/// others' journals (the same once the files settle) and the snapshot's checksum.
fn minutes(session: &Session) -> serde_json::Value {
    let mut value = serde_json::to_value(session).unwrap();
    value.as_object_mut().unwrap().remove("checksum");
    value
}

fn texts(session: &Session) -> Vec<String> {
    session.entries.iter().map(|e| e.text.clone()).collect()
}

#[test]
fn three_laptops_on_one_folder_see_everything_in_time_order_and_touch_only_their_own_journal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let mut a = SessionStore::create(disk(), &dir, "a", &roundtable(), None, at(0), None).unwrap();
    let (mut b, _) = SessionStore::open(disk(), &dir, "b", at(1), None).unwrap();
    // The third laptop's clock is 3 minutes behind.
    let skew = -180;
    let (mut c, _) = SessionStore::open(disk(), &dir, "c", at(2 + skew), None).unwrap();
    let mut acknowledged = Vec::new();
    for n in 0..30 {
        let t = 10 + n as i64 * 7;
        let (store, device, when) = match n % 3 {
            0 => (&mut a, "a", at(t)),
            1 => (&mut b, "b", at(t)),
            _ => (&mut c, "c", at(t + skew)),
        };
        let before = journals(&dir);
        let event = capture(device, n);
        store.record(event.clone(), when).unwrap();
        acknowledged.push(event);
        for other in [&mut a, &mut b, &mut c] {
            other.refresh(at(t)).unwrap();
        }
        if n % 10 == 9 {
            // Every writer keeps minutes.json up to date, whoever wrote it last.
            a.write_snapshot().unwrap();
        }
        only_own_grew(&before, &journals(&dir), device);
    }
    let states: Vec<_> = [&a, &b, &c].iter().map(|s| minutes(s.session())).collect();
    assert_eq!(states[0], states[1], "a and b differ");
    assert_eq!(states[0], states[2], "a and c differ");
    let read = recovery::recover(&OsDisk, &dir, None, at(999)).unwrap();
    assert_eq!(minutes(&read.session), states[0], "opening the folder again gives other minutes");

    let session = a.session();
    for event in &acknowledged {
        let Event::EntryCaptured { entry, .. } = event else { unreachable!() };
        assert!(session.entries.iter().any(|e| e.id == *entry), "an acknowledged note is missing");
    }
    // By capture time across laptops: c's first notes (3 minutes behind) come first.
    let times: Vec<_> = session.entries.iter().map(|e| e.created_at).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "not in time order");
    let order = texts(session);
    assert!(order[..8].iter().all(|t| t.starts_with("c:")), "{order:?}");
    // Each laptop's own notes keep their order.
    for device in ["a", "b", "c"] {
        let own: Vec<_> = order.iter().filter(|t| t.starts_with(device)).collect();
        let mut sorted = own.clone();
        sorted.sort_by_key(|t| t.rsplit(' ').next().unwrap().parse::<usize>().unwrap());
        assert_eq!(own, sorted);
    }
    assert_eq!(b.others().keys().collect::<Vec<_>>(), ["a", "c"]);
}

/// A test sync tool between two folders, with the habits of real ones.
struct Syncer {
    from: PathBuf,
    to: PathBuf,
}

enum Carry {
    /// Syncthing: the whole file to `.syncthing.NAME.tmp`, then renamed into place.
    TempAndRename,
    /// A network share: the first `n` bytes of what is new show up first.
    Partly(usize),
    /// Two sides changed the file: the incoming version is kept as a conflict copy.
    AsConflictCopy,
}

impl Syncer {
    fn carry(&self, name: &str, how: Carry) {
        let bytes = std::fs::read(self.from.join(name)).unwrap();
        let target = self.to.join(name);
        match how {
            Carry::TempAndRename => {
                let temp = self.to.join(format!(".syncthing.{name}.tmp"));
                std::fs::write(&temp, &bytes).unwrap();
                std::fs::rename(&temp, &target).unwrap();
            }
            Carry::Partly(n) => {
                let have = std::fs::read(&target).unwrap_or_default();
                let upto = (have.len() + n).min(bytes.len());
                std::fs::write(&target, &bytes[..upto]).unwrap();
            }
            Carry::AsConflictCopy => {
                let stem = name.strip_suffix(".jsonl").unwrap();
                let copy = self.to.join(format!("{stem}.sync-conflict-20091028-101010-ABCDEFG.jsonl"));
                std::fs::write(copy, &bytes).unwrap();
            }
        }
    }

    /// A temp file caught half-written (the sync tool still at work).
    fn leave_temp(&self, name: &str) {
        let bytes = std::fs::read(self.from.join(name)).unwrap();
        std::fs::write(self.to.join(format!(".syncthing.{name}.tmp")), &bytes[..bytes.len() / 2]).unwrap();
    }
}

#[test]
fn two_folders_joined_by_a_late_piecemeal_syncer_settle_to_the_same_minutes() {
    let tmp = tempfile::tempdir().unwrap();
    let (x, y) = (tmp.path().join("x"), tmp.path().join("y"));
    let mut a = SessionStore::create(disk(), &x, "a", &roundtable(), None, at(0), None).unwrap();
    let to_y = Syncer { from: x.clone(), to: y.clone() };
    let to_x = Syncer { from: y.clone(), to: x.clone() };
    std::fs::create_dir(&y).unwrap();
    let ja = journal::file_name("a");
    let jb = journal::file_name("b");
    to_y.carry(&ja, Carry::TempAndRename);
    let (mut b, _) = SessionStore::open(disk(), &y, "b", at(1), None).unwrap();
    let mut acknowledged = 0;
    for n in 0..12 {
        a.record(capture("a", n), at(10 + 2 * n as i64)).unwrap();
        b.record(capture("b", n), at(11 + 2 * n as i64)).unwrap();
        acknowledged += 2;
        // Late and in pieces: a's journal reaches y a few bytes at a time, b's reaches x
        // only every fourth round, whole.
        to_y.carry(&ja, Carry::Partly(97));
        if n % 4 == 3 {
            to_x.carry(&jb, Carry::TempAndRename);
        }
        to_y.leave_temp(&ja);
        let (before_x, before_y) = (journals(&x), journals(&y));
        a.refresh(at(30 + n as i64)).unwrap();
        b.refresh(at(30 + n as i64)).unwrap();
        only_own_grew(&before_x, &journals(&x), "a");
        only_own_grew(&before_y, &journals(&y), "b");
    }
    // b's journal arrives at x once more as a conflict copy of an older version: folded
    // without counting anything twice.
    to_x.carry(&jb, Carry::AsConflictCopy);
    b.record(capture("b", 99), at(200)).unwrap();
    acknowledged += 1;
    // The files settle.
    to_y.carry(&ja, Carry::TempAndRename);
    to_x.carry(&jb, Carry::TempAndRename);
    to_y.leave_temp(&ja);
    a.refresh(at(300)).unwrap();
    b.refresh(at(300)).unwrap();
    assert_eq!(a.session().entries.len(), acknowledged);
    assert_eq!(minutes(a.session()), minutes(b.session()));
    // Opened again from either folder: the same minutes, the conflict copy reported.
    let from_x = recovery::recover(&OsDisk, &x, None, at(400)).unwrap();
    let from_y = recovery::recover(&OsDisk, &y, None, at(400)).unwrap();
    assert_eq!(minutes(&from_x.session), minutes(a.session()));
    assert_eq!(minutes(&from_y.session), minutes(a.session()));
    assert_eq!(from_x.report.conflict_copies.len(), 1, "{}", from_x.report);
    assert_eq!(from_x.report.conflict_copies[0].only_here, 0);
    assert!(from_x.report.to_string().contains("conflict copy"), "{}", from_x.report);
    // The sync tool's temp file is not a journal nor damage, and is left alone.
    assert!(y.join(format!(".syncthing.{ja}.tmp")).exists());
    assert_eq!(from_y.report.set_aside, vec![]);
}

#[test]
fn another_devices_damaged_or_half_arrived_journal_is_read_and_left_exactly_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let mut a = SessionStore::create(disk(), &dir, "a", &roundtable(), None, at(0), None).unwrap();
    for n in 0..5 {
        a.record(capture("a", n), at(10 + n as i64)).unwrap();
    }
    drop(a);
    // a's journal: a flipped bit in its third record and a record still arriving.
    let path = dir.join(journal::file_name("a"));
    let mut bytes = std::fs::read(&path).unwrap();
    let third = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(2).unwrap().0 + 40;
    bytes[third] ^= 0x08;
    let whole = bytes.clone();
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&path, &bytes).unwrap();

    let (mut b, report) = SessionStore::open(disk(), &dir, "b", at(100), None).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "b rewrote a's journal");
    assert!(!dir.join("set-aside").exists(), "b set aside a's journal");
    assert!(report.tail_arriving() && !report.tail_truncated(), "{report}");
    assert!(report.to_string().contains("still arriving"), "{report}");
    assert_eq!(b.session().entries.len(), 3, "the good records before the tail");
    // The rest arrives: folded in, and still nothing rewritten.
    let mut arrived = bytes.clone();
    arrived.extend_from_slice(&whole[bytes.len()..]);
    std::fs::write(&path, &arrived).unwrap();
    b.refresh(at(101)).unwrap();
    assert_eq!(b.session().entries.len(), 4);
    assert_eq!(std::fs::read(&path).unwrap(), arrived);

    // a itself repairs its own journal when it opens the session.
    let (a, report) = SessionStore::open(disk(), &dir, "a", at(102), None).unwrap();
    assert!(!report.is_clean());
    assert!(dir.join("set-aside").exists());
    assert_eq!(a.session().entries.len(), 4);
}

#[test]
fn a_newer_convenes_events_on_another_device_are_kept_and_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let mut a = SessionStore::create(disk(), &dir, "a", &roundtable(), None, at(0), None).unwrap();
    a.record(capture("a", 0), at(5)).unwrap();
    // Laptop "n" runs a newer convene: a kind of event this version does not know.
    let body = format!(
        r#"{{"id":"{}","device":"n","seq":1,"at":"{}","event":{{"type":"vote_recorded","for":14}}}}"#,
        uuid::Uuid::now_v7(),
        at(6)
    );
    let line = format!("{{\"crc32\":\"{:08x}\",\"record\":{body}}}\n", crc32fast::hash(body.as_bytes()));
    let newer = dir.join(journal::file_name("n"));
    std::fs::write(&newer, &line).unwrap();
    let arrived = a.refresh(at(7)).unwrap();
    assert_eq!(arrived.records, 1);
    let report = recovery::recover(&OsDisk, &dir, None, at(8)).unwrap().report;
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.newer, 1);
    assert!(report.to_string().contains("newer convene"), "{report}");
    assert_eq!(std::fs::read_to_string(&newer).unwrap(), line);
}

fn texts_and_history(session: &Session) -> Vec<(String, Vec<(String, bool)>)> {
    session
        .entries
        .iter()
        .map(|e| (e.text.clone(), e.history.iter().map(|r| (r.text.clone(), r.conflict)).collect()))
        .collect()
}

#[test]
fn only_the_clocks_holder_moves_the_clock_until_another_laptop_takes_it_over() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let mut a = SessionStore::create(disk(), &dir, "a", &roundtable(), None, at(0), None).unwrap();
    let (mut b, _) = SessionStore::open(disk(), &dir, "b", at(1), None).unwrap();
    let start = |item: &str| Event::ItemStarted { item: item.into() };
    a.record(start("d1-registration"), at(10)).unwrap();
    // b does not hold the clock: its timer event is kept in its journal and counts nowhere.
    b.record(start("d1-opening"), at(20)).unwrap();
    a.refresh(at(21)).unwrap();
    b.refresh(at(21)).unwrap();
    for s in [&a, &b] {
        assert_eq!(s.session().timer.current.as_deref(), Some("d1-registration"));
        assert_eq!(s.session().clock_holder.as_deref(), Some("a"));
    }
    // a's laptop dies; b takes the clock over: from then on b's timer counts, a's not.
    b.record(Event::ClockTaken, at(30)).unwrap();
    b.record(start("d1-opening"), at(31)).unwrap();
    a.record(start("d1-plenary-questions"), at(32)).unwrap();
    a.refresh(at(33)).unwrap();
    b.refresh(at(33)).unwrap();
    let replayed = recovery::recover(&OsDisk, &dir, None, at(40)).unwrap().session;
    for s in [a.session(), b.session(), &replayed] {
        assert_eq!(s.clock_holder.as_deref(), Some("b"));
        assert_eq!(s.timer.current.as_deref(), Some("d1-opening"));
    }
    assert_eq!(minutes(a.session()), minutes(b.session()));
    assert_eq!(minutes(&replayed), minutes(a.session()));
}

#[test]
fn two_laptops_editing_one_note_end_the_same_everywhere_with_the_losing_wording_flagged() {
    let tmp = tempfile::tempdir().unwrap();
    let (x, y, z) = (tmp.path().join("x"), tmp.path().join("y"), tmp.path().join("z"));
    let mut a = SessionStore::create(disk(), &x, "a", &roundtable(), None, at(0), None).unwrap();
    let id = uuid::Uuid::new_v4();
    let Event::EntryCaptured { kind, attribution, item, group, attached_to, .. } = capture("a", 0) else {
        unreachable!()
    };
    let note = Event::EntryCaptured {
        entry: id,
        kind,
        text: "First wording".into(),
        attribution,
        item,
        group,
        attached_to,
    };
    a.record(note, at(10)).unwrap();
    let ja = journal::file_name("a");
    let jb = journal::file_name("b");
    std::fs::create_dir_all(&y).unwrap();
    std::fs::create_dir_all(&z).unwrap();
    Syncer { from: x.clone(), to: y.clone() }.carry(&ja, Carry::TempAndRename);
    let (mut b, _) = SessionStore::open(disk(), &y, "b", at(11), None).unwrap();
    // Both reword the note without seeing each other: a at 12 s, b at 13 s.
    a.record(Event::EntryEdited { entry: id, text: "a's wording".into() }, at(12)).unwrap();
    b.record(Event::EntryEdited { entry: id, text: "b's wording".into() }, at(13)).unwrap();
    // A third laptop gets b's journal first, then a's.
    let (mut c, _) = {
        Syncer { from: x.clone(), to: z.clone() }.carry(&ja, Carry::TempAndRename);
        std::fs::write(
            z.join(&ja),
            journal::encode(&journal::scan(&std::fs::read(x.join(&ja)).unwrap(), "a").records[0]).unwrap(),
        )
        .unwrap();
        SessionStore::open(disk(), &z, "c", at(14), None).unwrap()
    };
    Syncer { from: y.clone(), to: z.clone() }.carry(&jb, Carry::TempAndRename);
    c.refresh(at(15)).unwrap();
    Syncer { from: x.clone(), to: z.clone() }.carry(&ja, Carry::TempAndRename);
    let arrived = c.refresh(at(16)).unwrap();
    assert!(arrived.refold, "a's edit came after b's later one: folded again in time order");
    Syncer { from: y.clone(), to: x.clone() }.carry(&jb, Carry::TempAndRename);
    Syncer { from: x.clone(), to: y.clone() }.carry(&ja, Carry::TempAndRename);
    a.refresh(at(17)).unwrap();
    b.refresh(at(17)).unwrap();
    let want = vec![(
        "b's wording".to_string(),
        vec![("First wording".to_string(), false), ("a's wording".to_string(), true)],
    )];
    for s in [a.session(), b.session(), c.session()] {
        assert_eq!(texts_and_history(s), want);
    }
    assert_eq!(minutes(a.session()), minutes(c.session()));
    assert_eq!(minutes(b.session()), minutes(c.session()));
}

#[test]
fn a_change_that_arrives_before_the_note_it_changes_counts_once_the_note_arrives() {
    let tmp = tempfile::tempdir().unwrap();
    let (x, y, z) = (tmp.path().join("x"), tmp.path().join("y"), tmp.path().join("z"));
    let mut a = SessionStore::create(disk(), &x, "a", &roundtable(), None, at(0), None).unwrap();
    let ja = journal::file_name("a");
    let jb = journal::file_name("b");
    for folder in [&y, &z] {
        std::fs::create_dir_all(folder).unwrap();
        Syncer { from: x.clone(), to: folder.clone() }.carry(&ja, Carry::TempAndRename);
    }
    let (mut b, _) = SessionStore::open(disk(), &y, "b", at(1), None).unwrap();
    // c opens now, and again later from scratch: both ways must end the same.
    let (mut c, _) = SessionStore::open(disk(), &z, "c", at(2), None).unwrap();
    let id = uuid::Uuid::new_v4();
    let Event::EntryCaptured { kind, attribution, item, group, attached_to, .. } = capture("a", 0) else {
        unreachable!()
    };
    a.record(
        Event::EntryCaptured { entry: id, kind, text: "Draft".into(), attribution, item, group, attached_to },
        at(10),
    )
    .unwrap();
    Syncer { from: x.clone(), to: y.clone() }.carry(&ja, Carry::TempAndRename);
    b.refresh(at(11)).unwrap();
    b.record(Event::EntryEdited { entry: id, text: "Final".into() }, at(12)).unwrap();
    // c gets b's change first: about a note it does not have yet.
    Syncer { from: y.clone(), to: z.clone() }.carry(&jb, Carry::TempAndRename);
    c.refresh(at(13)).unwrap();
    assert!(c.session().entries.is_empty());
    let fresh = recovery::recover(&OsDisk, &z, None, at(13)).unwrap();
    assert!(fresh.waiting.contains(&id), "opening the folder now knows the change waits for its note");
    let (mut c2, _) = SessionStore::open(disk(), &z, "c2", at(13), None).unwrap();
    // Then the note itself.
    Syncer { from: x.clone(), to: z.clone() }.carry(&ja, Carry::TempAndRename);
    let arrived = c.refresh(at(14)).unwrap();
    assert!(arrived.refold, "the waiting change is folded in once its note is there");
    assert_eq!(c.session().entries[0].text, "Final");
    assert!(c2.refresh(at(14)).unwrap().refold, "and so does a laptop that opened the folder meanwhile");
    assert_eq!(c2.session().entries[0].text, "Final");
    Syncer { from: y.clone(), to: x.clone() }.carry(&jb, Carry::TempAndRename);
    a.refresh(at(15)).unwrap();
    assert_eq!(minutes(a.session()), minutes(c.session()));
    assert_eq!(minutes(b.session()).get("entries"), minutes(c.session()).get("entries"));
}
