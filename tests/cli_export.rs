//! `convene export` as a drafter runs it the evening after.

use std::path::Path;
mod common;

use common::cli::{convene, recorded};

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

    let (code, _, _) =
        convene(Some(tmp.path()), &["export", "dushanbe", "--format", "docx", "--profile", "public"]);
    assert_eq!(code, 1, "day 2 was never run: its sessions are still to be written");
    let (code, out, _) = convene(
        Some(tmp.path()),
        &["export", "dushanbe", "--format", "docx", "--profile", "public", "--allow-placeholders"],
    );
    assert_eq!(code, 0);
    let docx = std::fs::read(out.trim()).unwrap();
    assert!(docx.starts_with(b"PK"), "a zip container");
    let (code, out, _) = convene(Some(tmp.path()), &["export", "dushanbe", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.trim()).unwrap()).unwrap();
    assert_eq!(json["format_version"], 3);
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

#[test]
fn export_and_minutes_never_write_over_a_device_a_pipe_or_a_folder_even_forced() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let fifo = tmp.path().join("pipe");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates the pipe.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    let folder = tmp.path().join("drafts");
    std::fs::create_dir(&folder).unwrap();
    for (target, what) in [
        ("/dev/null", "/dev/null is a device, not an ordinary file"),
        (fifo.to_str().unwrap(), "is a named pipe (FIFO), not an ordinary file"),
        (folder.to_str().unwrap(), "is a folder, not an ordinary file"),
    ] {
        for command in ["export", "minutes"] {
            let (code, _, err) = convene(Some(tmp.path()), &[command, "dushanbe", "-o", target, "--force"]);
            assert_eq!(code, 1, "{command} -o {target}: {err}");
            assert!(err.contains(what) && err.contains("Nothing was written"), "{command}: {err}");
        }
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe is still there");
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);

    // A link to an ordinary file is fine: the file it names is replaced, the link stays.
    let file = tmp.path().join("draft.md");
    std::fs::write(&file, "old").unwrap();
    let link = tmp.path().join("link.md");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let (code, _, err) =
        convene(Some(tmp.path()), &["export", "dushanbe", "-o", link.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&file).unwrap().contains("## General Conclusions"));
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
}

/// `-o -` is standard output, as command-line tools have it: for a pipe into pandoc or a
/// redirection, never a file named "-".
#[test]
fn a_dash_for_the_output_is_standard_output() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let (code, out, err) = convene(Some(tmp.path()), &["export", "dushanbe", "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    let file = tmp.path().join("draft.md");
    assert_eq!(convene(Some(tmp.path()), &["export", "dushanbe", "-o", file.to_str().unwrap()]).0, 0);
    // The same draft as in a file, but for the pictures: linked there, named in words here.
    let in_file = std::fs::read_to_string(&file).unwrap();
    let differ: Vec<(&str, &str)> = out.lines().zip(in_file.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(out.lines().count(), in_file.lines().count());
    assert_eq!(differ.len(), 3, "{differ:#?}");
    for (words, link) in differ {
        assert!(link.starts_with("![") && link.ends_with(".svg)"), "{link}");
        let caption = &link[2..link.find("](").unwrap()];
        assert_eq!(words, format!("*{caption}*"));
    }
    assert!(out.contains("## General Conclusions"));

    // Word through a pipe: the bytes of its zip.
    let word = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["export", "dushanbe", "--format", "docx", "-o", "-"])
        .env("CONVENE_DATA_DIR", tmp.path())
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(word.status.success(), "{}", String::from_utf8_lossy(&word.stderr));
    assert!(word.stdout.starts_with(b"PK"), "a zip container");

    let (code, json, err) = convene(Some(tmp.path()), &["minutes", "dushanbe", "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    let minutes: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(minutes["schema_version"].is_u64(), "{json}");

    for place in [tmp.path(), dir.as_path(), Path::new(env!("CARGO_MANIFEST_DIR"))] {
        assert!(!place.join("-").exists(), "no file named - in {}", place.display());
    }
    let drafts = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("report"));
    assert_eq!(drafts.count(), 0, "nothing written beside the session");
}

#[test]
fn a_public_draft_with_parts_to_be_written_is_refused_until_allowed() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    let (code, out, err) =
        convene(Some(tmp.path()), &["export", "dushanbe", "--profile", "public", "-o", "-"]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "nothing written");
    assert!(err.contains("[to be written]") && err.contains("--allow-placeholders"), "{err}");
    assert!(err.contains("Session 2 › Presentations › The UN approach to violent extremism."), "{err}");
    let (code, md, err) = convene(
        Some(tmp.path()),
        &[
            "export",
            "dushanbe",
            "--profile",
            "public",
            "--allow-placeholders",
            "--attribution",
            "discussions=lead-in",
            "-o",
            "-",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(md.contains("**\\[to be written\\]**"), "{md}");
    assert!(md.contains("- An NGO representative said: Economic, political and legal factors"), "{md}");
    let (code, _, err) =
        convene(Some(tmp.path()), &["export", "dushanbe", "--attribution", "everywhere=none"]);
    assert_eq!(code, 2);
    assert!(err.contains("a part is one of"), "{err}");
}
