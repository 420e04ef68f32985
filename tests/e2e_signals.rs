//! The terminal and the note being typed through job control, signals and a terminal that
//! can no longer be written to (issue 12, items 5, 8 and 11), driven in tmux as a person
//! at a shell would.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Tmux, wait_until};

const AGENDA: &str = "agendas/dushanbe-roundtable-2009.json";

fn draft_text(home: &Path) -> String {
    let dir = common::cli::session_dir(home);
    std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("draft-"))
                .map(|p| std::fs::read_to_string(p).unwrap_or_default())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

fn wait_for_draft(home: &Path, text: &str) {
    wait_until(&format!("the draft on disk to hold {text:?}"), || {
        let d = draft_text(home);
        if d.contains(text) { Ok(()) } else { Err(d) }
    });
}

/// An interactive shell in a 120x36 pane, with convene's clock and folders in its
/// environment, at the project's root.
fn shell(tmux: &Tmux, home: &Path) {
    let command = format!(
        "env PS1='shell$ ' CONVENE_NOW=2009-04-28T06:15:00Z CONVENE_DATA_DIR={} XDG_CONFIG_HOME={} bash --norc --noprofile -i",
        home.join("data").display(),
        home.join("config").display()
    );
    tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "s",
        "-x",
        "120",
        "-y",
        "36",
        "-c",
        env!("CARGO_MANIFEST_DIR"),
        &command,
    ]);
    tmux.wait_for("s", "the shell prompt", |s| s.contains("shell$"));
}

/// Starts convene from the shell, opens the note editor and types `text`.
fn run_and_type(tmux: &Tmux, home: &Path, text: &str) {
    shell(tmux, home);
    tmux.type_text("s", &format!("{} run {AGENDA}", env!("CARGO_BIN_EXE_convene")));
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the run screen", |s| s.contains("start/pause"));
    tmux.keys("s", &["c"]);
    tmux.wait_for("s", "the editor", |s| s.contains("Enter  save"));
    tmux.type_text("s", text);
    tmux.wait_for("s", "the text on screen", |s| s.contains(text));
}

fn convene_pid(tmux: &Tmux) -> i32 {
    let shell: i32 = tmux.pane_pid("s");
    wait_until("convene's pid", || children(shell, "convene").first().copied().ok_or_else(String::new))
}

/// Processes whose parent is `parent` and whose name is `name`.
fn children(parent: i32, name: &str) -> Vec<i32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        // "pid (comm) state ppid ...": the name may hold spaces, so split after ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { continue };
        let comm = &stat[open + 1..close];
        let ppid = stat[close + 2..].split(' ').nth(1).and_then(|p| p.parse::<i32>().ok());
        if ppid == Some(parent) && comm == name {
            found.push(pid);
        }
    }
    found
}

fn signal(pid: i32, name: &str) {
    assert!(Command::new("kill").arg(format!("-{name}")).arg(pid.to_string()).status().unwrap().success());
}

/// Suspends with `stop`, checks the shell is usable and the note kept, then `fg` and a
/// note typed and saved as before.
fn suspend_and_come_back(stop: impl Fn(&Tmux), name: &str) {
    let Some(tmux) = Tmux::new(name) else { return };
    let home = tempfile::tempdir().unwrap();
    let first = "До паузы: ҳамаи матн";
    run_and_type(&tmux, home.path(), first);
    stop(&tmux);
    let screen = tmux.wait_for("s", "the shell after the suspend", |s| s.contains("Stopped"));
    assert!(!screen.contains("start/pause"), "the full screen is given back:\n{screen}");
    wait_for_draft(home.path(), first);
    // The shell works in line mode: what is typed echoes, Enter runs it.
    tmux.type_text("s", "echo still-$((40+2))");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the shell to run a command", |s| s.contains("still-42"));
    tmux.type_text("s", "fg");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the run screen again", |s| s.contains(first) && s.contains("Enter  save"));
    // Raw mode again: keys go to the editor without echo, Enter saves.
    tmux.type_text("s", " и после");
    tmux.keys("s", &["Enter"]);
    let saved = format!("{first} и после");
    let screen =
        tmux.wait_for("s", "the note saved", |s| s.contains(&format!("✓ 11:15 [discussion] {saved}")));
    assert!(!screen.contains("shell$"), "the shell is not showing through:\n{screen}");
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", "the timer keys", |s| s.contains("start/pause"));
    tmux.keys("s", &["q"]);
    tmux.wait_for("s", "the shell after quitting", |s| s.contains("Session saved"));
    let m = common::cli::minutes(home.path());
    assert_eq!(m["entries"][0]["text"], saved.as_str());
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_fg_brings_the_screen_back_in_raw_mode() {
    suspend_and_come_back(|tmux| tmux.keys("s", &["C-z"]), "ctrlz");
}

#[test]
fn sigtstp_gives_the_terminal_back_and_fg_brings_the_screen_back_in_raw_mode() {
    suspend_and_come_back(|tmux| signal(convene_pid(tmux), "TSTP"), "tstp");
}

#[test]
fn sigquit_restores_the_terminal_and_keeps_the_note_being_typed() {
    let Some(tmux) = Tmux::new("quit") else { return };
    let home = tempfile::tempdir().unwrap();
    let first = "Сначала это";
    run_and_type(&tmux, home.path(), first);
    wait_for_draft(home.path(), first);
    // Typed after the last checkpoint: only the exit itself can save it.
    tmux.type_text("s", ", потом то");
    tmux.wait_for("s", "the rest on screen", |s| s.contains("потом то"));
    signal(convene_pid(&tmux), "QUIT");
    let screen = tmux.wait_for("s", "the shell", |s| s.contains("Session saved"));
    assert!(!screen.contains("start/pause"), "{screen}");
    wait_for_draft(home.path(), "Сначала это, потом то");
}

#[test]
fn a_terminal_that_cannot_be_written_to_still_keeps_the_note_being_typed() {
    let Some(tmux) = Tmux::new("epipe") else { return };
    let home = tempfile::tempdir().unwrap();
    shell(&tmux, home.path());
    // The screen goes through a pipe; when its reader dies, writing the screen fails (EPIPE).
    tmux.type_text("s", &format!("{} run {AGENDA} | cat", env!("CARGO_BIN_EXE_convene")));
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the run screen", |s| s.contains("start/pause"));
    tmux.keys("s", &["c"]);
    tmux.wait_for("s", "the editor", |s| s.contains("Enter  save"));
    let first = "Half a note";
    tmux.type_text("s", first);
    wait_for_draft(home.path(), first);
    let shell_pid = tmux.pane_pid("s");
    let convene = convene_pid(&tmux);
    for cat in children(shell_pid, "cat") {
        signal(cat, "KILL");
    }
    tmux.type_text("s", "XYZ");
    wait_until("convene to stop", || {
        if Path::new(&format!("/proc/{convene}")).exists() { Err("still running".into()) } else { Ok(()) }
    });
    wait_for_draft(home.path(), "Half a noteX");
}
