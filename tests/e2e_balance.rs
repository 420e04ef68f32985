//! The real binary in a real terminal (tmux), as a facilitator uses the balance: give
//! the floor, press `B`, see the NGO's share while they speak and after the floor is
//! ended; then `D` for the day's summary and `Esc` back. (How the bars move second by
//! second is tested with an injected clock in `ui_balance.rs`.)

mod common;

use common::Tmux;

#[test]
fn the_balance_shows_who_speaks_and_the_summary_opens_on_d() {
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
    let screen =
        tmux.wait_for("b", "the NGO's share", |s| s.contains("Speaking balance") && s.contains("100 %"));
    assert!(screen.contains("◀ speaking") && screen.contains("<1 min"), "{screen}");
    assert!(screen.contains("Not heard yet:"), "{screen}");

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
