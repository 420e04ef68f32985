//! The real binary in a real terminal (tmux), as a facilitator uses the balance: give
//! the floor, press `B`, watch the NGO's time grow second by second while they speak and
//! stand still once the floor is ended; then `D` for the day's summary and `Esc` back.

mod common;

use common::Tmux;

/// The "m:ss heard" of the panel's first heading (the running item's).
fn heard(screen: &str) -> Option<String> {
    let line = screen.lines().find(|l| l.contains("This item:"))?;
    let at = line.find(" heard")?;
    line[..at].rsplit(' ').next().map(str::to_string)
}

#[test]
fn the_balance_grows_while_someone_speaks_and_the_summary_opens_on_d() {
    let Some(tmux) = Tmux::new("balance") else { return };
    let home = tempfile::tempdir().unwrap();
    // 09:00 in Dushanbe on the first day of the roundtable.
    tmux.start("b", "2009-04-28T04:00:00Z", home.path());
    tmux.wait_for("b", "the run screen", |s| {
        s.contains("Registration and coffee") && s.contains("start/pause")
    });
    tmux.keys("b", &["Space", "Q"]);
    tmux.wait_for("b", "the speaker question", |s| s.contains("@"));
    tmux.type_text("b", "@ngo-yc");
    tmux.keys("b", &["Enter"]);
    tmux.keys("b", &["f"]);
    tmux.wait_for("b", "the floor given", |s| s.contains("Floor:"));
    tmux.keys("b", &["B"]);
    let screen = tmux.wait_for("b", "the balance", |s| {
        s.contains("Speaking balance") && heard(s).is_some_and(|h| h != "0:00")
    });
    assert!(screen.contains("100 %") && screen.contains("◀ speaking"), "{screen}");
    assert!(screen.contains("Not heard yet:"), "{screen}");
    let first = heard(&screen).unwrap();
    let moved = tmux.wait_for("b", "the time heard to grow", |s| heard(s).is_some_and(|h| h != first));
    assert!(heard(&moved).unwrap() > first, "{first} -> {moved}");

    tmux.keys("b", &["F"]);
    let ended = tmux.wait_for("b", "the floor ended", |s| !s.contains("◀ speaking"));
    assert!(ended.contains("100 %"), "the NGO's share stays:\n{ended}");

    tmux.keys("b", &["D"]);
    let summary = tmux.wait_for("b", "the summary", |s| s.contains("— summary"));
    assert!(summary.contains("Day 1 · Tuesday 28 April 2009"), "{summary}");
    assert!(summary.contains("Registration and coffee"), "{summary}");
    tmux.keys("b", &["Escape"]);
    tmux.wait_for("b", "the run screen again", |s| {
        !s.contains("— summary") && s.contains("Speaking balance")
    });
    tmux.keys("b", &["q"]);
    tmux.wait_for("b", "quit", |s| s.is_empty() || s.contains("Session saved"));
}
