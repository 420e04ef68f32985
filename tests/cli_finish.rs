//! `convene finish SESSION [--at HH:MM]`: the end of the event recorded from the command
//! line, through the store, as the run screen's X records it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store;
use jiff::{SignedDuration, Timestamp};

const SECRET: &str = "Только для протокола: confidential remark";

/// The tests of this file run one at a time: a child process that another test spawns
/// holds copies of this process's open files (the session's lock among them) until it has
/// started, which would make "is the session locked?" flaky.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn at(seconds: i64) -> Timestamp {
    roundtable_morning().checked_add(SignedDuration::from_secs(seconds)).unwrap()
}

/// `convene ARGS` with `data` as the data folder and the clock at `now`.
fn convene_at(data: &Path, now: Timestamp, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CONVENE_DATA_DIR", data)
        .env("CONVENE_NOW", now.to_string())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// An unfinished session of the roundtable: "Opening remarks and introductions" running since
/// 09:00 (Dushanbe), one note at 09:05; the store is closed again. Returns its folder.
fn unfinished(data: &Path) -> PathBuf {
    let agenda_file = Path::new("agendas/dushanbe-roundtable-2009.json");
    let mut s = store::create_session(data, &roundtable(), Some(agenda_file), at(0)).unwrap();
    s.record(Event::ItemStarted { item: "d1-opening".into() }, at(300)).unwrap();
    s.record(
        Event::EntryCaptured {
            entry: uuid::Uuid::from_u128(1),
            kind: EntryKind::PresentationPoint,
            text: SECRET.into(),
            attribution: Attribution { participant: Some("mia-1".into()), ..Attribution::default() },
            item: Some("d1-opening".into()),
            group: None,
            attached_to: None,
        },
        at(600),
    )
    .unwrap();
    s.dir().to_path_buf()
}

fn journal_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("journal-"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

fn name_of(dir: &Path) -> String {
    dir.file_name().unwrap().to_string_lossy().into_owned()
}

fn read(dir: &Path) -> convene::session::Session {
    store::read_session(dir, at(100_000)).unwrap().session
}

#[test]
fn finish_records_the_end_stops_the_clock_and_says_what_to_do_next() {
    let _serial = serial();
    let tmp = tempfile::tempdir().unwrap();
    let dir = unfinished(tmp.path());
    let name = name_of(&dir);
    let (_, out, _) = convene_at(tmp.path(), at(3600), &["sessions"]);
    let line = out.lines().find(|l| l.starts_with(&name)).unwrap();
    assert!(line.contains("  open  "), "{line}");

    // 08:55 + 1 h 45 min = 10:40 in Dushanbe.
    let (code, out, err) = convene_at(tmp.path(), at(6300), &["finish", "dushanbe"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out,
        format!(
            "Stopped the running item “Opening remarks and introductions” at 10:40.\n\
             Finished “Roundtable on Understanding Violent Extremism and Radicalization Leading to Terrorism” at 10:40 (Tue 28 Apr 2009, Asia/Dushanbe time); \
             the notes stay open for review and export: convene export {name}\n"
        )
    );
    assert_eq!(err, "");
    let s = read(&dir);
    assert_eq!(s.finished_at, Some(at(6300)));
    assert_eq!(s.timer.current, None, "the clock stopped");
    let opening = s.items.iter().find(|r| r.item == "d1-opening").unwrap();
    assert_eq!(opening.ended_at, Some(at(6300)), "the running item ends at the finish");
    assert_eq!(s.live_entries().count(), 1, "the notes are kept");
    let minutes: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("minutes.json")).unwrap()).unwrap();
    assert_eq!(minutes["finished_at"], at(6300).to_string(), "minutes.json is refreshed");

    let (_, out, _) = convene_at(tmp.path(), at(6400), &["sessions"]);
    let line = out.lines().find(|l| l.starts_with(&name)).unwrap();
    assert!(line.contains("  finished  "), "{line}");
    // The record stays open for review and export.
    let (code, out, err) = convene_at(tmp.path(), at(6400), &["export", &name]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(out.trim()).unwrap().contains(SECRET));
}

#[test]
fn an_already_finished_session_is_left_as_it_is() {
    let _serial = serial();
    let tmp = tempfile::tempdir().unwrap();
    let dir = unfinished(tmp.path());
    let name = name_of(&dir);
    assert_eq!(convene_at(tmp.path(), at(6300), &["finish", &name]).0, 0);
    let before = journal_bytes(&dir);
    let (code, out, err) = convene_at(tmp.path(), at(9000), &["finish", &name]);
    assert_eq!(code, 0, "finishing twice is harmless: {err}");
    assert_eq!(
        out,
        format!(
            "“Roundtable on Understanding Violent Extremism and Radicalization Leading to Terrorism” was already finished at 10:40 (Tue 28 Apr 2009, Asia/Dushanbe time); \
             nothing changed. The notes are open for review and export: convene export {name}\n"
        )
    );
    assert_eq!(journal_bytes(&dir), before, "nothing was recorded");
    assert_eq!(read(&dir).finished_at, Some(at(6300)));
}

#[test]
fn a_session_open_in_a_running_convene_is_refused_and_unchanged() {
    let _serial = serial();
    let tmp = tempfile::tempdir().unwrap();
    let dir = unfinished(tmp.path());
    let name = name_of(&dir);
    let before = journal_bytes(&dir);
    // This test holds the session open for writing, as a running `convene run` does.
    let (open, _) = store::open_session(tmp.path(), &dir, at(3000)).unwrap();
    let (code, out, err) = convene_at(tmp.path(), at(6300), &["finish", &name]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out, "");
    assert!(err.contains("is already open in another convene"), "{err}");
    assert!(
        err.contains(&format!(
            "Nothing was changed. Finish it on that run screen (X), or quit convene there and run `convene finish {name}` again."
        )),
        "{err}"
    );
    assert!(!err.contains(SECRET));
    drop(open);
    assert_eq!(journal_bytes(&dir), before, "nothing was recorded");
    assert_eq!(read(&dir).finished_at, None);
    // Once that convene has quit, finishing works.
    assert_eq!(convene_at(tmp.path(), at(6300), &["finish", &name]).0, 0);
}

#[test]
fn at_finishes_at_the_time_the_event_really_ended() {
    let _serial = serial();
    let tmp = tempfile::tempdir().unwrap();
    let dir = unfinished(tmp.path());
    let name = name_of(&dir);
    let before = journal_bytes(&dir);
    // The next morning: the note at 09:05 was the last change.
    let next_morning = at(24 * 3600);

    let (code, out, err) = convene_at(tmp.path(), next_morning, &["finish", &name, "--at", "09:04"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        err,
        "convene: error: --at 09:04 is before the session's last recorded change, at 09:05 (Tue 28 Apr 2009, Asia/Dushanbe time): \
         a finish cannot come before what was recorded. Give a time from then on, or leave out --at to finish now. \
         Nothing was changed\n"
    );
    let (code, _, err) = convene_at(tmp.path(), at(1800), &["finish", &name, "--at", "10:30"]);
    assert_eq!(code, 1);
    assert!(err.contains("--at 10:30 is later than now, 09:25 (Tue 28 Apr 2009"), "{err}");
    let (code, _, err) = convene_at(tmp.path(), next_morning, &["finish", &name, "--at", "25:99"]);
    assert_eq!(code, 2, "clap refuses it: {err}");
    assert!(err.contains("\"25:99\" is not a time of day: hours run from 00 to 23"), "{err}");
    assert_eq!(journal_bytes(&dir), before, "refusals change nothing");

    let (code, out, err) = convene_at(tmp.path(), next_morning, &["finish", &name, "--at", "9:30"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Stopped the running item “Opening remarks and introductions” at 09:30."), "{out}");
    assert!(out.contains("Finished “Roundtable on Understanding Violent Extremism and Radicalization Leading to Terrorism” at 09:30 (Tue 28 Apr 2009"));
    let s = read(&dir);
    let nine_thirty: Timestamp = "2009-04-28T04:30:00Z".parse().unwrap();
    assert_eq!(s.finished_at, Some(nine_thirty));
    let opening = s.items.iter().find(|r| r.item == "d1-opening").unwrap();
    assert_eq!(opening.ended_at, Some(nine_thirty));
    assert_eq!(opening.overrun_seconds, Some(30 * 60 - 30 * 60), "09:00 to 09:30, as planned");
}

#[test]
fn messages_never_quote_notes_and_unknown_sessions_say_what_to_do() {
    let _serial = serial();
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = convene_at(tmp.path(), at(0), &["finish", "nothing-here"]);
    assert_eq!(code, 1);
    assert!(err.contains("no session matches \"nothing-here\"") && err.contains("convene sessions"), "{err}");
    let dir = unfinished(tmp.path());
    for _ in 0..2 {
        let (_, out, err) = convene_at(tmp.path(), at(6300), &["finish", &name_of(&dir)]);
        assert!(!out.contains(SECRET) && !err.contains(SECRET));
    }
    // A path works as well as a name.
    let (code, out, _) = convene_at(tmp.path(), at(6300), &["finish", dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("already finished"), "{out}");
}
