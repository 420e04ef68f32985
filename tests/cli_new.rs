//! `convene new` as a newcomer meets it: a starting agenda from a few options (or the
//! defaults, from a script), with its schema beside it, that `convene check` accepts and
//! that nothing existing is ever written over.

mod common;

use std::path::Path;

use common::cli::convene;

fn new_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let file = dir.join("event.json");
    let mut all = vec!["new", file.to_str().unwrap()];
    all.extend_from_slice(args);
    convene(None, &all)
}

#[test]
fn a_starting_agenda_from_options_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = new_in(
        dir.path(),
        &[
            "--title",
            "Круглый стол",
            // The date as it is written in Russia and Central Asia.
            "--date",
            "03.12.2026",
            "--days",
            "2",
            "--time-zone",
            "Bishkek",
            "--chatham-house",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 days from 2026-12-03, Asia/Bishkek"), "{out}");
    assert!(out.contains("convene check") && out.contains("convene run"), "{out}");
    assert!(err.is_empty(), "no warnings: {err}");

    let file = dir.path().join("event.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["$schema"], "./agenda.schema.json");
    assert_eq!(json["event"]["title"], "Круглый стол");
    assert_eq!(json["event"]["time_zone"], "Asia/Bishkek");
    assert_eq!(json["event"]["chatham_house"], true);
    // A Russian title: the room's and the report's language is Russian.
    assert_eq!(json["event"]["languages"], serde_json::json!(["ru"]));
    assert_eq!(json["days"][1]["date"], "2026-12-04");
    assert!(json["$comment"].as_array().is_some_and(|lines| lines.len() > 2));
    let kinds: Vec<&str> =
        json["days"][0]["items"].as_array().unwrap().iter().map(|i| i["kind"].as_str().unwrap()).collect();
    for kind in ["opening", "presentation", "discussion", "break", "working_groups", "report_back"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    // The report-back follows its working groups; the groups name people on the roster.
    let at = |k: &str| kinds.iter().position(|x| *x == k).unwrap();
    assert!(at("working_groups") < at("report_back"));

    // The schema beside it is the one `convene schema agenda` prints.
    let (_, schema, _) = convene(None, &["schema", "agenda"]);
    assert_eq!(std::fs::read_to_string(dir.path().join("agenda.schema.json")).unwrap(), schema);

    let (code, out, err) = convene(None, &["check", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Agenda OK: no warnings."), "{out}");
    assert!(out.contains("2 days"), "{out}");
}

#[test]
fn without_options_or_a_terminal_the_defaults_are_taken() {
    let dir = tempfile::tempdir().unwrap();
    // Standard input is not a terminal here: nothing is asked.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["new", "--time-zone", "Asia/Dushanbe"])
        .current_dir(dir.path())
        .env("CONVENE_NOW", "2026-11-29T06:00:00Z")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The title's default gives the file name.
    let file = dir.path().join("roundtable.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["event"]["title"], "Roundtable");
    assert_eq!(json["days"][0]["date"], "2026-11-29");
    assert_eq!(json["days"].as_array().unwrap().len(), 1);
    assert_eq!(json["event"]["chatham_house"], false);
    assert!(dir.path().join("agenda.schema.json").exists());
}

#[test]
fn nothing_existing_is_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("event.json");
    std::fs::write(&file, "my own agenda, not JSON").unwrap();
    let other_schema = dir.path().join("agenda.schema.json");
    let (code, _, err) = new_in(dir.path(), &["--yes", "--time-zone", "UTC"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("convene: error: ") && err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my own agenda, not JSON");
    assert!(!other_schema.exists(), "nothing is written when the agenda is not");

    // A schema of that name that is not convene's is left alone, and said so.
    std::fs::write(&other_schema, "{}").unwrap();
    let (code, _, err) =
        convene(None, &["new", dir.path().join("b.json").to_str().unwrap(), "--yes", "--time-zone", "UTC"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("convene: warning:") && err.contains("left as it is"), "{err}");
    assert_eq!(std::fs::read_to_string(&other_schema).unwrap(), "{}");
}

#[test]
fn a_wrong_option_says_what_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = new_in(dir.path(), &["--yes", "--time-zone", "Asia/Bishkik"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("convene: error: --time-zone: unknown time zone"), "{err}");
    assert!(err.contains("did you mean \"Asia/Bishkek\""), "{err}");
    let (code, _, err) = new_in(dir.path(), &["--yes", "--date", "2026-02-30"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("convene: error: ") && err.contains("28 days"), "{err}");
    let (code, _, err) = new_in(dir.path(), &["--yes", "--days", "0"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("convene: error: "), "{err}");
    assert!(!dir.path().join("event.json").exists());
}

#[test]
fn a_dash_writes_the_agenda_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["new", "-", "--title", "Piped", "--time-zone", "UTC", "--date", "2026-12-03"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["event"]["title"], "Piped");
    // Nothing was written into the folder, no file named "-" and no schema.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
