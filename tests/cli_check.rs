//! `convene check` and `convene schema` as a facilitator runs them.

mod common;

use common::cli::convene;

#[test]
fn check_prints_both_days_of_the_roundtable() {
    let (code, out, err) = convene(None, &["check", "agendas/dushanbe-roundtable-2009.json"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn check_of_a_broken_agenda_fails_with_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    std::fs::write(&path, "{\n  \"event\": {\"title\": \"x\", \"time_zone\": \"UTC\"},\n  \"dayz\": []\n}\n")
        .unwrap();
    let (code, out, err) = convene(None, &["check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains(&format!(
            "{}:3:8: dayz: unknown field \"dayz\"; did you mean \"days\"?",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn check_warns_but_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("late.json");
    std::fs::write(
        &path,
        r#"{"event": {"title": "Late", "time_zone": "UTC"},
            "days": [{"date": "2026-05-04", "start": "16:00", "hard_end": "17:00", "items": [
              {"id": "a", "title": "Long talk", "kind": "presentation", "minutes": 90, "speakers": ["ghost"]}]}]}"#,
    )
    .unwrap();
    let (code, out, _) = convene(None, &["check", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("16:00–17:30"), "{out}");
    assert!(out.contains("30 min over"), "{out}");
    assert!(out.contains("speaker \"ghost\" is not in the participants"), "{out}");
}

#[test]
fn missing_file_and_folder_fail_cleanly() {
    let (code, _, err) = convene(None, &["check", "agendas/nope.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("agendas/nope.json: no such file"), "{err}");
    let (code, _, err) = convene(None, &["check", "agendas"]);
    assert_eq!(code, 1);
    assert!(err.contains("is a folder"), "{err}");
}

#[test]
fn schema_agenda_prints_the_committed_schema() {
    let (code, out, _) = convene(None, &["schema", "agenda"]);
    assert_eq!(code, 0);
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/agenda.schema.json")).unwrap();
    assert_eq!(printed, committed);
}

#[test]
fn help_explains_itself() {
    let (code, out, _) = convene(None, &["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check") && out.contains("schema"), "{out}");
    let (_, out, _) = convene(None, &["check", "--help"]);
    assert!(out.contains("planned schedule") && out.contains("Exits 0"), "{out}");
}

#[test]
fn groups_prints_a_reproducible_mixed_assignment() {
    let (code, out, err) =
        convene(None, &["groups", "agendas/dushanbe-roundtable-2009.json", "--count", "3", "--seed", "2009"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
    let (_, again, _) =
        convene(None, &["groups", "agendas/dushanbe-roundtable-2009.json", "--count", "3", "--seed", "2009"]);
    assert_eq!(out, again, "the same seed gives the same groups");
    let sizes: Vec<&str> = out.lines().filter(|l| l.starts_with("Group ")).map(|l| &l[8..11]).collect();
    let mut sizes = sizes;
    sizes.sort();
    assert_eq!(sizes, ["(6)", "(7)", "(7)"], "{out}");
    let (code, _, err) = convene(None, &["groups", "agendas/dushanbe-roundtable-2009.json", "--count", "99"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot form 99 groups from 20 participants"), "{err}");
    let (code, out, _) = convene(None, &["groups", "agendas/dushanbe-roundtable-2009.json", "-n", "2"]);
    assert_eq!(code, 0);
    assert!(out.contains("--seed"), "a chosen seed is printed: {out}");
}

/// `convene check PATH`, killed after 20 s: a check that blocks fails the test instead of
/// hanging it.
fn check_with_timeout(path: &std::path::Path) -> (i32, String) {
    use std::io::Read;
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["check", path.to_str().unwrap()])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("convene check {} still blocked after 20 s", path.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (status.code().unwrap_or(-1), err)
}

#[test]
fn a_named_pipe_or_a_device_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("agenda.json");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates the pipe.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    let (code, err) = check_with_timeout(&fifo);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("this is a named pipe (FIFO), not an agenda file"), "{err}");
    assert!(err.contains("help: name the .json file itself"), "{err}");

    let (code, err) = check_with_timeout(std::path::Path::new("/dev/null"));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("/dev/null: this is a device, not an agenda file"), "{err}");
}
