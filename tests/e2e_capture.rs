//! A rapporteur at work in a real terminal: notes of several kinds in Russian, Tajik and
//! English, a note half typed, then SIGKILL. After a restart every saved note is in the
//! record byte for byte, and the half-typed one is back in the editor.

mod common;

use std::path::Path;
use std::process::Command;

use common::cli::{minutes, session_dir};
use common::{Tmux, wait_until};

/// (what is typed, kind recorded, text recorded)
const NOTES: [(&str, &str, &str); 5] = [
    (
        "Полиция должна применять минимальную силу",
        "discussion_point",
        "Полиция должна применять минимальную силу",
    ),
    (
        "r: @ngo Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст",
        "recommendation_participants",
        "Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст",
    ),
    ("q: Что такое «религиозный экстремизм»?", "question", "Что такое «религиозный экстремизм»?"),
    ("ref: Закон о милиции, статья 15", "reference", "Закон о милиции, статья 15"),
    (
        "f: @mia-1 Joint focus groups on community–police relations",
        "follow_up",
        "Joint focus groups on community–police relations",
    ),
];
const DRAFT: &str = "Қайди нотамом: ӣ ӯ ҳ қ ғ ҷ";

#[test]
fn notes_survive_kill_9_byte_for_byte_and_the_draft_comes_back() {
    let Some(tmux) = Tmux::new("capture") else { return };
    let home = tempfile::tempdir().unwrap();

    // 11:15 in Dushanbe: the plenary discussion of day one.
    tmux.start("first", "2009-04-28T06:15:00Z", home.path());
    tmux.wait_for("first", "the run screen", |s| s.contains("start/pause"));
    for _ in 0..4 {
        tmux.keys("first", &["Down"]);
    }
    tmux.keys("first", &["Enter"]);
    tmux.wait_for("first", "the discussion to run", |s| s.contains("left · running"));
    tmux.keys("first", &["c"]);
    tmux.wait_for("first", "the editor", |s| s.contains("Enter  save"));
    for (typed, _, _) in NOTES {
        tmux.type_text("first", typed);
        tmux.keys("first", &["Enter"]);
    }
    let screen = tmux.wait_for("first", "five saved marks", |s| s.matches("✓ 11:1").count() == 5);
    assert!(!screen.contains("NOT SAVED"), "{screen}");

    // Half a note, then wait until its checkpoint is on disk (at most 2 s after typing).
    tmux.type_text("first", DRAFT);
    let draft_file = wait_until("the draft checkpoint", || {
        let dir = session_dir(home.path());
        std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("draft-"))
            .filter(|p| std::fs::read_to_string(p).unwrap_or_default().contains(DRAFT))
            .ok_or_else(|| format!("no draft with the text yet in {}", dir.display()))
    });
    tmux.kill_9("first");

    // Every saved note, byte for byte, read straight from the journal.
    let m = minutes(home.path());
    let entries = m["entries"].as_array().unwrap();
    assert_eq!(entries.len(), NOTES.len(), "{entries:#?}");
    for (entry, (_, kind, text)) in entries.iter().zip(NOTES) {
        assert_eq!(entry["text"].as_str().unwrap().as_bytes(), text.as_bytes());
        assert_eq!(entry["kind"], kind);
        assert_eq!(entry["item"], "d1-plenary-questions");
        assert_eq!(entry["section"], "Session 1");
    }
    assert_eq!(entries[1]["attribution"]["stakeholder"], "NGO");
    assert_eq!(entries[4]["attribution"]["participant"], "mia-1");
    assert_eq!(entries[3]["attached_to"], entries[2]["id"], "the reference is a footnote to the question");
    assert!(std::fs::read_to_string(&draft_file).unwrap().contains(DRAFT));

    // Restart: the session resumes and the half-typed note is back in the editor.
    tmux.start_with("second", "2009-04-28T06:30:00Z", home.path(), "run --resume dushanbe");
    let screen = tmux.wait_for("second", "the draft in the editor", |s| s.contains(DRAFT));
    assert!(screen.contains("The note you were typing is back"), "{screen}");
    tmux.keys("second", &["Enter"]);
    tmux.wait_for("second", "the draft saved as a note", |s| s.matches("✓ 11:").count() >= 6);
    tmux.keys("second", &["Escape"]);
    tmux.wait_for("second", "the timer keys", |s| s.contains("start/pause"));
    tmux.keys("second", &["q"]);
    tmux.wait_for("second", "quit", |s| s.is_empty());
    let m = minutes(home.path());
    assert_eq!(m["entries"][5]["text"], DRAFT);
}

fn draft_text(home: &Path) -> String {
    let dir = session_dir(home);
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("draft-"))
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .unwrap_or_default()
}

/// Types a note and stops the program at once with `stop`: nothing typed may be lost.
fn typed_then(stop: impl Fn(&Tmux, &str), name: &str) {
    let Some(tmux) = Tmux::new(name) else { return };
    let home = tempfile::tempdir().unwrap();
    tmux.start("s", "2009-04-28T06:15:00Z", home.path());
    tmux.wait_for("s", "the run screen", |s| s.contains("start/pause"));
    tmux.keys("s", &["c"]);
    tmux.wait_for("s", "the editor", |s| s.contains("Enter  save"));
    let first = "Последние слова";
    let text = "Последние слова перед выходом: ҳамаи матн";
    tmux.type_text("s", first);
    // Wait for a checkpoint with the beginning, then type the rest and stop at once: the
    // rest comes after the last checkpoint (they are 2 s apart), so only the exit itself
    // can have saved it.
    wait_until("a checkpoint of the beginning", || {
        let d = draft_text(home.path());
        if d.contains(first) { Ok(()) } else { Err(d) }
    });
    tmux.type_text("s", &text[first.len()..]);
    tmux.wait_for("s", "the text on screen", |s| s.contains(text));
    stop(&tmux, "s");
    wait_until("the draft on disk", || {
        let d = draft_text(home.path());
        if d.contains(text) { Ok(()) } else { Err(d) }
    });
}

#[test]
fn sigterm_keeps_the_whole_note_being_typed() {
    typed_then(
        |tmux, s| {
            let pid = tmux.pane_pid(s);
            assert!(Command::new("kill").arg("-TERM").arg(pid.to_string()).status().unwrap().success());
        },
        "term",
    );
}

#[test]
fn closing_the_terminal_keeps_the_whole_note_being_typed() {
    // Killing the tmux session hangs up the pane's terminal: the program gets SIGHUP.
    typed_then(
        |tmux, s| {
            tmux.cmd(&["kill-session", "-t", s]);
        },
        "hup",
    );
}
