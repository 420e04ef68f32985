//! The real binary in a real terminal (tmux), as a facilitator uses it: start the first
//! item, see the countdown move, kill the process with SIGKILL, start again an hour later,
//! and find the same item still running with the right time on it.
//!
//! The clock is pinned with CONVENE_NOW (the program then advances it by the real
//! monotonic clock), so "an hour later" is exact; the test waits for the screen, never
//! for a fixed time.

mod common;

use std::process::Command;

use common::Tmux;

/// The "MM:SS left" (or "+MM:SS over") text of the running item.
fn countdown_text(screen: &str) -> Option<String> {
    let line = screen.lines().find(|l| l.contains(" left · ") || l.contains(" over · "))?;
    let at = line.find(" left · ").or_else(|| line.find(" over · "))?;
    line[..at].split_whitespace().last().map(str::to_string)
}

fn seconds(text: &str) -> i64 {
    let (sign, body) = match text.strip_prefix('+') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let parts: Vec<i64> = body.split(':').map(|p| p.parse().unwrap()).collect();
    sign * parts.iter().fold(0, |acc, p| acc * 60 + p)
}

#[test]
fn timer_survives_kill_9_and_resumes_an_hour_later() {
    let Some(tmux) = Tmux::new("run") else { return };
    let home = tempfile::tempdir().unwrap();

    // 09:00 in Dushanbe on the first day of the roundtable.
    tmux.start("first", "2009-04-28T04:00:00Z", home.path());
    tmux.wait_for("first", "the run screen", |s| {
        s.contains("Registration and coffee") && s.contains("start/pause")
    });
    tmux.keys("first", &["Space"]);
    let screen = tmux.wait_for("first", "the countdown", |s| countdown_text(s).is_some());
    let before = countdown_text(&screen).unwrap();
    assert!(screen.contains("● ON TIME"), "{screen}");
    assert!(seconds(&before) > 29 * 60 && seconds(&before) <= 30 * 60, "{before}");
    let screen =
        tmux.wait_for("first", "the countdown to move", |s| countdown_text(s).is_some_and(|t| t != before));
    let moved = countdown_text(&screen).unwrap();
    assert!(seconds(&moved) < seconds(&before), "{before} -> {moved}");

    // Kill -9: no chance to save anything at exit.
    let pid = tmux.pane_pid("first");
    assert!(Command::new("kill").arg("-9").arg(pid.to_string()).status().unwrap().success());
    tmux.wait_for("first", "the pane to close", |s| s.is_empty());

    // An hour later: the launcher offers to resume, and the item has run for an hour.
    tmux.start("second", "2009-04-28T05:00:00Z", home.path());
    tmux.wait_for("second", "the resume offer", |s| s.contains("Resume"));
    tmux.keys("second", &["Enter"]);
    let screen = tmux.wait_for("second", "the resumed countdown", |s| countdown_text(s).is_some());
    let after = countdown_text(&screen).unwrap();
    assert!(screen.contains("■ OVERTIME"), "{screen}");
    assert!(screen.contains("Registration and coffee"), "{screen}");
    // 30 minutes planned, an hour on the clock: give or take the seconds each run took to
    // start and be driven (both clocks start at their CONVENE_NOW, so a slow first start
    // makes it a little less than an hour, a slow second one a little more).
    let over = -seconds(&after);
    assert!((29 * 60..31 * 60).contains(&over), "expected about +30:00 over, got {after}");
    let row = screen.lines().find(|l| l.contains("▶")).unwrap_or_default();
    assert!(row.contains("Registration and coffee"), "the same item is the running one: {row}");

    tmux.keys("second", &["q"]);
    tmux.wait_for("second", "quit", |s| s.is_empty() || s.contains("Session saved"));
}
