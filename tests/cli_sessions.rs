//! `convene sessions`, `verify` and `minutes` on sessions recorded through the store.

use std::path::{Path, PathBuf};
mod common;

use common::cli::convene;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store;
use jiff::{SignedDuration, Timestamp};

fn at(seconds: i64) -> Timestamp {
    roundtable_morning().checked_add(SignedDuration::from_secs(seconds)).unwrap()
}

/// A finished session of the roundtable with three entries; returns its folder.
fn recorded(data: &Path) -> PathBuf {
    let agenda_file = Path::new("agendas/dushanbe-roundtable-2009.json");
    let mut s = store::create_session(data, &roundtable(), Some(agenda_file), at(0)).unwrap();
    s.record(Event::ItemStarted { item: "d1-opening".into() }, at(300)).unwrap();
    for (i, text) in ["Безопасность и права человека", "Ҳуқуқи инсон", "Training matters"].iter().enumerate()
    {
        s.record(
            Event::EntryCaptured {
                entry: uuid::Uuid::from_u128(i as u128 + 1),
                kind: EntryKind::PresentationPoint,
                text: text.to_string(),
                attribution: Attribution { role: Some("presenter".into()), ..Attribution::default() },
                item: Some("d1-opening".into()),
                group: None,
                attached_to: None,
            },
            at(400 + i as i64),
        )
        .unwrap();
    }
    s.record(Event::SessionFinished, at(2400)).unwrap();
    s.dir().to_path_buf()
}

#[test]
fn sessions_lists_what_was_recorded() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out, _) = convene(Some(tmp.path()), &["sessions"]);
    assert_eq!(code, 0);
    assert!(out.contains("No sessions yet"), "{out}");

    let dir = recorded(tmp.path());
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("2009-04-28-dushanbe-roundtable-2009-"), "{name}");
    let (code, out, _) = convene(Some(tmp.path()), &["sessions"]);
    assert_eq!(code, 0);
    let line = out.lines().find(|l| l.starts_with(&name)).unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("2009-04-28 08:55"), "started, local time: {line}");
    assert!(line.contains("2009-04-28 09:35"), "last change: {line}");
    assert!(line.contains("       3  finished"), "{line}");
    assert!(line.contains("Roundtable on Understanding Violent Extremism"), "{line}");
}

#[test]
fn verify_is_clean_then_reports_damage_without_changing_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let (code, out, _) = convene(Some(tmp.path()), &["verify", &name]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("6 records ok, 0 dropped, tail intact"), "{out}");
    assert!(out.contains("verify: OK"), "{out}");

    let journal = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("journal-"))
        .unwrap();
    let mut bytes = std::fs::read(&journal).unwrap();
    bytes.truncate(bytes.len() - 7);
    std::fs::write(&journal, &bytes).unwrap();
    let (code, out, _) = convene(Some(tmp.path()), &["verify", "dushanbe"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("5 records ok, 0 dropped, tail truncated"), "{out}");
    assert!(out.contains("PROBLEMS FOUND"), "{out}");
    assert_eq!(std::fs::read(&journal).unwrap(), bytes, "verify changes nothing");
}

#[test]
fn minutes_writes_the_documented_json() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let (code, out, err) = convene(Some(tmp.path()), &["minutes", "dushanbe"]);
    assert_eq!(code, 0, "{err}");
    let minutes: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(minutes["schema_version"], 3);
    for bookkeeping in ["ignored_events", "changed_by", "changed_seq"] {
        assert!(!out.contains(bookkeeping), "the minutes carry no screen bookkeeping ({bookkeeping})");
    }
    assert_eq!(minutes["entries"].as_array().unwrap().len(), 3);
    assert_eq!(minutes["entries"][1]["text"], "Ҳуқуқи инсон");
    assert_eq!(minutes["entries"][0]["section"], "Opening");
    assert_eq!(minutes["items"][1]["started_at"], "2009-04-28T04:00:00Z");
    assert_eq!(minutes["items"][1]["planned_start"], "2009-04-28T09:30:00");
    assert!(minutes["items"][1]["overrun_seconds"].is_number());

    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/minutes.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&minutes).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let file = tmp.path().join("out.json");
    let file_arg = file.to_str().unwrap();
    let (code, _, _) = convene(Some(tmp.path()), &["minutes", "dushanbe", "-o", file_arg]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), out);
    let (code, _, err) = convene(Some(tmp.path()), &["minutes", "dushanbe", "-o", file_arg]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    let (code, _, _) = convene(Some(tmp.path()), &["minutes", "dushanbe", "-o", file_arg, "--force"]);
    assert_eq!(code, 0);
}

#[test]
fn unknown_session_names_say_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = convene(Some(tmp.path()), &["verify", "nothing-here"]);
    assert_eq!(code, 1);
    assert!(err.contains("no session matches \"nothing-here\"") && err.contains("convene sessions"), "{err}");
}

#[test]
fn committed_minutes_schema_equals_the_generated_one() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out, _) = convene(Some(tmp.path()), &["schema", "minutes"]);
    assert_eq!(code, 0);
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../docs/minutes.schema.json")).unwrap();
    assert_eq!(
        printed, committed,
        "docs/minutes.schema.json is stale: run `cargo run -- schema minutes > docs/minutes.schema.json`"
    );
}

#[test]
fn sessions_show_a_session_open_until_convene_finish_finishes_it() {
    let tmp = tempfile::tempdir().unwrap();
    // Written as a journal file (as a copy from the rapporteur's laptop would arrive), so
    // this test process never holds the session's lock.
    let dir = tmp.path().join("sessions").join("2009-04-28-dushanbe-roundtable-2009-cd34");
    std::fs::create_dir_all(&dir).unwrap();
    let mut scribe = convene::session::testkit::Scribe::new("rapporteur-laptop", at(0));
    let mut records = vec![scribe.start(&roundtable())];
    scribe.advance(300);
    records.push(scribe.record(Event::ItemStarted { item: "d1-opening".into() }));
    scribe.advance(60);
    records.push(scribe.capture(EntryKind::PresentationPoint, "Доверие", Some("d1-opening")).1);
    let lines: String = records.iter().map(|r| store::journal::encode(r).unwrap()).collect();
    std::fs::write(dir.join(store::journal::file_name("rapporteur-laptop")), lines).unwrap();

    let state = |out: &str| {
        let line =
            out.lines().find(|l| l.starts_with("2009-04-28-dushanbe")).unwrap_or_else(|| panic!("{out}"));
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).nth(4).unwrap().to_string()
    };
    let (code, out, _) = convene(Some(tmp.path()), &["sessions"]);
    assert_eq!(code, 0);
    assert_eq!(state(&out), "open", "{out}");

    let (code, out, err) = convene(Some(tmp.path()), &["finish", "cd34"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Finished “Roundtable on Understanding Violent Extremism"), "{out}");
    assert!(out.contains("convene export 2009-04-28-dushanbe-roundtable-2009-cd34"), "{out}");
    let (_, out, _) = convene(Some(tmp.path()), &["sessions"]);
    assert_eq!(state(&out), "finished", "{out}");
    let (code, out, _) = convene(Some(tmp.path()), &["finish", "cd34"]);
    assert_eq!(code, 0);
    assert!(out.contains("was already finished"), "{out}");
}

#[test]
fn sessions_says_when_the_data_folder_is_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("data");
    std::fs::write(&file, "not a folder").unwrap();
    let (code, out, err) = convene(Some(&file), &["sessions"]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("No sessions yet"), "{out}");
    assert!(err.contains(&format!("the data folder {} is a file, not a folder", file.display())), "{err}");
    assert!(err.contains("--data-dir DIR") && err.contains("Nothing was changed"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");

    let data = tmp.path().join("data2");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("sessions"), "").unwrap();
    let (code, _, err) = convene(Some(&data), &["sessions"]);
    assert_eq!(code, 1);
    assert!(err.contains("the sessions folder") && err.contains("is a file, not a folder"), "{err}");
}

#[test]
fn sessions_says_when_the_sessions_folder_cannot_be_read() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let sessions = tmp.path().join("sessions");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_convene"));
    cmd.arg("sessions").env("CONVENE_DATA_DIR", tmp.path()).current_dir("/");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        // Root reads every folder: run as nobody, who may reach the data folder but not
        // read the sessions folder (0700, root's).
        eprintln!("running as root: convene runs as nobody for this test");
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o700)).unwrap();
        // The build folder may be out of nobody's reach (a clone in a 0700 temp folder):
        // nobody runs a copy of the binary from the data folder's parent.
        let bin = tmp.path().join("convene");
        std::fs::copy(env!("CARGO_BIN_EXE_convene"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        cmd = std::process::Command::new(&bin);
        cmd.arg("sessions").env("CONVENE_DATA_DIR", tmp.path()).current_dir("/");
        cmd.uid(65534).gid(65534);
    } else {
        std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let out = cmd.output().unwrap();
    std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o700)).unwrap();
    let (stdout, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stdout}{err}");
    assert!(!stdout.contains("No sessions yet"), "{stdout}");
    assert!(err.contains(&format!("cannot read the sessions folder {}", sessions.display())), "{err}");
    assert!(err.contains("--data-dir DIR"), "{err}");
}

/// `minutes.json` as a version 1 or 2 convene wrote it for the same records: version 2
/// with its checksum line, version 1 without one and with its screen bookkeeping.
fn as_older_version(dir: &Path, version: u32, minutes: &str) {
    let path = dir.join("minutes.json");
    let mut session = store::snapshot::decode(minutes.as_bytes()).unwrap();
    session.schema_version = version;
    let bytes = if version >= 2 {
        store::snapshot::encode(&session).unwrap()
    } else {
        let mut v1: serde_json::Value =
            serde_json::from_slice(&store::snapshot::encode_plain(&session).unwrap()).unwrap();
        v1["ignored_events"] = 0.into();
        for e in v1["entries"].as_array_mut().unwrap() {
            e["changed_by"] = "rapporteur-laptop".into();
            e["changed_seq"] = 7.into();
        }
        serde_json::to_vec_pretty(&v1).unwrap()
    };
    std::fs::write(&path, bytes).unwrap();
}

#[test]
fn sessions_of_minutes_versions_1_and_2_open_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let (_, current, _) = convene(Some(tmp.path()), &["minutes", "dushanbe"]);
    let out_file = tmp.path().join("draft.md");
    let target = out_file.to_str().unwrap();
    let export = || {
        let (code, _, err) = convene(Some(tmp.path()), &["export", "dushanbe", "-o", target, "--force"]);
        assert_eq!(code, 0, "{err}");
        std::fs::read_to_string(&out_file).unwrap()
    };
    let draft = export();
    for version in [1, 2] {
        as_older_version(&dir, version, &current);
        let files = |d: &Path| -> Vec<(String, Vec<u8>)> {
            let mut all: Vec<_> = std::fs::read_dir(d)
                .unwrap()
                .flatten()
                .filter(|f| f.path().is_file())
                .map(|f| (f.file_name().to_string_lossy().into_owned(), std::fs::read(f.path()).unwrap()))
                .collect();
            all.sort();
            all
        };
        let before = files(&dir);
        let (code, out, err) = convene(Some(tmp.path()), &["sessions"]);
        assert_eq!(code, 0, "version {version}: {err}");
        assert!(out.contains("finished"), "version {version}: {out}");
        let (code, out, err) = convene(Some(tmp.path()), &["verify", "dushanbe"]);
        assert_eq!(code, 0, "version {version}: {out}{err}");
        let (_, minutes, _) = convene(Some(tmp.path()), &["minutes", "dushanbe"]);
        assert_eq!(minutes, current, "version {version} reads as the same minutes, as version 3");
        assert_eq!(export(), draft, "version {version} gives the same draft");
        assert_eq!(files(&dir), before, "reading a version {version} session changes no file");
    }
}
