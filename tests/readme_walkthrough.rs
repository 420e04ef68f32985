//! "Your first event in ten minutes" in the README, followed literally: each command of
//! its block runs, in order, in an empty folder, with `convene` on the PATH as the README
//! asks; `convene run` is driven in tmux with the keys the README names.

mod common;

use std::path::Path;
use std::process::Command;

use common::Tmux;

const README: &str = include_str!("../README.md");

/// The commands between the walkthrough markers, one per line.
fn walkthrough() -> Vec<&'static str> {
    let start = README.find("<!-- walkthrough -->").expect("README lacks its walkthrough");
    let end = README.find("<!-- /walkthrough -->").expect("README lacks the walkthrough's end");
    let block = &README[start..end];
    let body = block.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).expect("a ```sh block");
    body.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// The environment every command gets: convene on the PATH, its data and settings in the
/// test's own folders (the clock is whatever the README's commands say).
fn env(home: &Path) -> Vec<(String, String)> {
    let bin = home.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let link = bin.join("convene");
    if !link.exists() {
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_convene"), &link).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    vec![
        ("PATH".into(), path),
        ("CONVENE_DATA_DIR".into(), home.join("data").display().to_string()),
        ("XDG_CONFIG_HOME".into(), home.join("config").display().to_string()),
    ]
}

#[test]
fn the_readme_walkthrough_runs_as_written() {
    let Some(tmux) = Tmux::new("walkthrough") else { return };
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("my-event");
    std::fs::create_dir_all(&folder).unwrap();
    let vars = env(home.path());
    let steps = walkthrough();
    assert!(steps.len() >= 5, "{steps:?}");
    assert!(steps[0].starts_with("convene new"), "{steps:?}");

    for step in &steps {
        if step.contains("convene run") {
            // The keys the README's step names, in its words.
            for said in ["press Space", "`c`", "press Enter", "Esc", "`q`"] {
                assert!(README.contains(said), "the walkthrough's run step should say {said}");
            }
            assert!(!step.contains('\''), "the test quotes the step in single quotes: {step}");
            let exports: Vec<String> = vars.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
            let command = format!("exec env {} sh -c '{step}'", exports.join(" "));
            tmux.cmd(&[
                "new-session",
                "-d",
                "-s",
                "run",
                "-x",
                "120",
                "-y",
                "36",
                "-c",
                folder.to_str().unwrap(),
                &command,
            ]);
            tmux.wait_for("run", "the run screen", |s| {
                s.contains("Opening and welcome") && s.contains("start/pause")
            });
            tmux.keys("run", &["Space"]);
            let screen = tmux.wait_for("run", "the countdown", |s| s.contains(" left · running"));
            // The README's clock: the morning of the first day, so the day is on time.
            assert!(screen.contains("Thu 3 Dec 2026") && screen.contains("● ON TIME"), "{screen}");
            tmux.keys("run", &["c"]);
            // The footer tells the note box from the run screen.
            tmux.wait_for("run", "the note box", |s| s.contains("Esc  leave"));
            tmux.type_text("run", "r: Publish response times by district every month");
            tmux.keys("run", &["Enter"]);
            tmux.wait_for("run", "the note saved", |s| s.contains("[recommendation (participants)] Publish"));
            tmux.keys("run", &["Escape"]);
            tmux.wait_for("run", "the run screen's keys", |s| s.contains("c  capture"));
            tmux.keys("run", &["q"]);
            tmux.wait_for("run", "quit", |s| s.is_empty() || s.contains("Session saved"));
            continue;
        }
        let out =
            Command::new("sh").arg("-c").arg(step).current_dir(&folder).envs(vars.clone()).output().unwrap();
        assert!(
            out.status.success(),
            "`{step}` failed:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // What the walkthrough promises: the agenda and its schema, and both drafts with the
    // note in them.
    assert!(folder.join("policing.json").exists());
    assert!(folder.join("agenda.schema.json").exists());
    let draft = std::fs::read_to_string(folder.join("draft.md")).unwrap();
    assert!(draft.starts_with("# Roundtable on community policing"), "{draft}");
    assert!(draft.contains("Publish response times by district every month"), "{draft}");
    let docx = std::fs::read(folder.join("draft.docx")).unwrap();
    assert!(docx.starts_with(b"PK"), "a Word file is a zip");
}
