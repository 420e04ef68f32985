//! Issue 16, end to end: the facilitator consolidates the room's recommendations in
//! `convene run` while a follower window (`convene follow`, the projector's) shows the
//! room the list. Three recommendations are captured with @mentions of roster people; two
//! are combined into a new wording, a show of hands is typed for the third, and the list
//! goes on the projector: numbered, with the tally, and naming nobody.

mod common;

use common::Tmux;

/// The recommendations typed, with who said them.
const TYPED: [&str; 3] = [
    "r: @ngo-yc Invite community leaders to police training",
    "r: @mia-3 Invite community elders to training sessions",
    "r: @exp-uk Train district police in the lawful use of force",
];
const COMBINED: &str = "Invite community leaders and elders to police training";

/// The list's box (the first on each row, on the left) without spaces: what its wrapped
/// lines say, wherever they wrap.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|row| row.strip_prefix('│'))
        .map(|row| row.split('│').next().unwrap_or(""))
        .flat_map(|row| row.chars().filter(|c| !c.is_whitespace()))
        .collect()
}

#[test]
fn the_projector_shows_the_consolidated_list_with_its_tally_and_no_attribution() {
    // Without tmux the helper says so (and fails under CI, where tmux must be there).
    let Some(tmux) = Tmux::new("consolidation") else { return };
    let home = tempfile::tempdir().unwrap();
    let now = "2009-04-28T04:00:00Z";

    tmux.start("writer", now, home.path());
    tmux.wait_for("writer", "the run screen", |s| s.contains("Registration and coffee"));
    // An item runs: the room sees its time left above the list.
    tmux.keys("writer", &["Space"]);
    tmux.wait_for("writer", "the countdown", |s| s.contains(" left · "));
    tmux.keys("writer", &["c"]);
    for text in TYPED {
        tmux.type_text("writer", text);
        tmux.keys("writer", &["Enter"]);
    }
    tmux.wait_for("writer", "the third note saved", |s| s.contains("(exp-uk)"));
    tmux.keys("writer", &["Escape"]);

    let session = common::cli::session_dir(home.path());
    let name = session.file_name().unwrap().to_string_lossy().into_owned();
    tmux.start_with("room", now, home.path(), &format!("follow {name}"));
    tmux.wait_for("room", "the follower's projector", |s| s.contains("Registration and coffee"));

    tmux.keys("writer", &["R"]);
    tmux.wait_for("writer", "the consolidation view", |s| s.contains("Recommendations · all · 3"));
    // The first two marked and combined under a new wording typed over the old ones.
    tmux.keys("writer", &["Space", "Space", "m"]);
    tmux.wait_for("writer", "the editor with both wordings", |s| s.contains("Type the wording for the 2"));
    tmux.cmd(&["send-keys", "-t", "writer", "-N", "140", "BSpace"]);
    tmux.type_text("writer", COMBINED);
    tmux.keys("writer", &["Enter"]);
    tmux.wait_for("writer", "the combination", |s| s.contains("Recommendations · all · 2"));
    // The room's hands for the one under the cursor, and the list on the projector.
    tmux.keys("writer", &["h"]);
    tmux.type_text("writer", "14 2 3");
    tmux.keys("writer", &["Enter"]);
    tmux.wait_for("writer", "the tally", |s| flat(s).contains("14for,2against,3abstaining"));
    tmux.keys("writer", &["v"]);
    tmux.wait_for("writer", "the list on the projector", |s| flat(s).contains("◆ontheprojector"));

    let screen = tmux.wait_for("room", "the list on the follower's projector", |s| {
        s.contains("Recommendations · 2") && s.contains("14 for, 2 against, 3 abstaining")
    });
    // The cursor followed the combination: the tally is the new wording's.
    assert!(screen.contains(&format!("◆ 1. {COMBINED}")), "{screen}");
    assert!(screen.contains("  2. Train district police in the lawful use of force"), "{screen}");
    assert!(screen.contains(" left"), "the running item's time: {screen}");
    // Nobody who said a point: not their roles, ids, affiliations or stakeholder groups.
    for said in [
        "NGO director",
        "ngo-yc",
        "Youth and Civilization",
        "NGO",
        "District police chief",
        "mia-3",
        "Ministry of Internal Affairs",
        "law enforcement",
        "Police expert",
        "exp-uk",
        "Metropolitan",
        "expert",
        "@",
    ] {
        assert!(!screen.contains(said), "{said:?} on the projector:\n{screen}");
    }
    // The facilitator's own screen names them, for the record.
    let operator = tmux.screen("writer");
    assert!(flat(&operator).contains("Policeexpert(exp-uk)"), "{operator}");

    // Off the projector again: the room sees the clock.
    tmux.keys("writer", &["v"]);
    tmux.wait_for("room", "the clock back on the projector", |s| !s.contains("Recommendations · 2"));
}
