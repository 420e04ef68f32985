//! `convene timer` in a real terminal (tmux), as a facilitator uses it for a coffee break:
//! one command, the countdown running at once, the projector view, quit; then, three
//! minutes later on the injected clock, the same session resumed and in overtime. It is a
//! recorded session like any other.

mod common;

use common::Tmux;
use common::cli::convene;

#[test]
fn a_one_minute_timer_runs_at_once_and_reaches_overtime() {
    let Some(tmux) = Tmux::new("timer") else { return };
    let home = tempfile::tempdir().unwrap();

    // 09:00:00 UTC.
    tmux.start_with("first", "2026-11-29T09:00:00Z", home.path(), "timer 1m 'Coffee break' --time-zone UTC");
    let screen = tmux.wait_for("first", "the running countdown", |s| {
        s.contains("Coffee break") && s.contains(" left · running")
    });
    // One minute: the countdown starts in its last minute, with the word beside the colour.
    assert!(screen.contains("◆ LAST MINUTE"), "{screen}");
    assert!(screen.contains("00:5") || screen.contains("01:00"), "{screen}");
    // The day line of a one-item day would only repeat the item.
    assert!(!screen.contains("Day: "), "{screen}");

    // The projector view, for the room.
    tmux.keys("first", &["v"]);
    tmux.wait_for("first", "the projector view", |s| s.contains("Coffee break") && !s.contains("Capture"));
    tmux.keys("first", &["v"]);
    tmux.wait_for("first", "the run screen again", |s| s.contains("Capture"));
    tmux.keys("first", &["q"]);
    tmux.wait_for("first", "quit", |s| s.is_empty() || s.contains("Session saved"));

    // It is a session like any other; quit with time left, it stays open to resume.
    let data = home.path().join("data");
    let (code, out, err) = convene(Some(&data), &["sessions"]);
    assert_eq!(code, 0, "{err}");
    let row = out.lines().find(|l| l.contains("Coffee break")).unwrap_or_else(|| panic!("{out}"));
    let name = row.split_whitespace().next().unwrap().to_string();
    assert!(name.starts_with("2026-11-29-coffee-break"), "{name}");
    assert!(row.contains("open"), "{row}");

    // Three minutes later: two minutes over.
    tmux.start_with("second", "2026-11-29T09:03:00Z", home.path(), &format!("run --resume {name}"));
    let screen = tmux.wait_for("second", "overtime", |s| s.contains("■ OVERTIME"));
    let over = screen
        .lines()
        .find_map(|l| l.split_whitespace().find(|w| w.starts_with("+02:")))
        .unwrap_or_else(|| panic!("about +02:00 over expected:\n{screen}"));
    assert!(over.len() == 6, "{over}");
    tmux.keys("second", &["q"]);
    tmux.wait_for("second", "quit", |s| s.is_empty() || s.contains("Session saved"));
    // Quit once its time is up, the timer is done: finished, not waiting among the events
    // to resume.
    let (_, out, _) = convene(Some(&data), &["sessions"]);
    let row = out.lines().find(|l| l.contains("Coffee break")).unwrap_or_else(|| panic!("{out}"));
    assert!(row.contains("finished"), "{row}");
}

#[test]
fn a_timer_to_a_clock_time_counts_to_it() {
    let Some(tmux) = Tmux::new("timer-until") else { return };
    let home = tempfile::tempdir().unwrap();
    // 13:47:31 in Dushanbe; lunch ends at 14:00.
    tmux.start_with("lunch", "2026-11-29T08:47:31Z", home.path(), "timer 14:00 Lunch --time-zone Dushanbe");
    let screen = tmux.wait_for("lunch", "the countdown to 14:00", |s| s.contains("ends at 14:00 (set)"));
    // 12:29 left (12:28 once a second has gone by on a slow machine), never the 13 whole
    // minutes the plan holds.
    assert!(screen.contains("12:29 left") || screen.contains("12:28 left"), "{screen}");
    assert!(screen.contains("● ON TIME"), "{screen}");
    tmux.keys("lunch", &["q"]);
    tmux.wait_for("lunch", "quit", |s| s.is_empty() || s.contains("Session saved"));
}
