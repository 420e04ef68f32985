//! `convene export` as a drafter runs it the evening after.

use std::path::{Path, PathBuf};
mod common;

use common::cli::convene;

use convene::session::testkit::scripted_roundtable;
use convene::store::journal;

/// A recorded session of the roundtable in `data`/sessions; returns its folder.
fn recorded(data: &Path) -> PathBuf {
    let dir = data.join("sessions").join("2009-04-28-dushanbe-roundtable-2009-ab12");
    std::fs::create_dir_all(&dir).unwrap();
    let records = scripted_roundtable();
    let lines: String = records.iter().map(|r| journal::encode(r).unwrap()).collect();
    std::fs::write(dir.join(journal::file_name(&records[0].device)), lines).unwrap();
    dir
}

#[test]
fn export_lands_beside_the_session_and_never_replaces_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let (code, out, err) = convene(Some(tmp.path()), &["export", "dushanbe"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), dir.join("report-internal.md").display().to_string());
    let md = std::fs::read_to_string(dir.join("report-internal.md")).unwrap();
    assert!(md.contains("## General Conclusions"));
    let (_, out, _) = convene(Some(tmp.path()), &["export", "dushanbe"]);
    assert_eq!(
        out.trim(),
        dir.join("report-internal-2.md").display().to_string(),
        "the first export is kept"
    );

    let (code, out, _) =
        convene(Some(tmp.path()), &["export", "dushanbe", "--format", "docx", "--profile", "public"]);
    assert_eq!(code, 0);
    let docx = std::fs::read(out.trim()).unwrap();
    assert!(docx.starts_with(b"PK"), "a zip container");
    let (code, out, _) = convene(Some(tmp.path()), &["export", "dushanbe", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.trim()).unwrap()).unwrap();
    assert_eq!(json["format_version"], 1);
}

#[test]
fn export_to_a_file_refuses_to_overwrite_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let file = tmp.path().join("draft.md");
    let file_arg = file.to_str().unwrap();
    assert_eq!(convene(Some(tmp.path()), &["export", "dushanbe", "-o", file_arg]).0, 0);
    let (code, _, err) = convene(Some(tmp.path()), &["export", "dushanbe", "-o", file_arg]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    assert_eq!(convene(Some(tmp.path()), &["export", "dushanbe", "-o", file_arg, "--force"]).0, 0);
}

#[test]
fn export_to_a_place_that_cannot_be_written_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let file = tmp.path().join("no-such-folder").join("draft.md");
    let (code, _, err) = convene(Some(tmp.path()), &["export", "dushanbe", "-o", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot write") && err.contains("check that the folder exists"), "{err}");
    assert!(!file.exists());
}
