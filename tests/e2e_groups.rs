//! The case study of the 2009 roundtable run for real in tmux: groups formed from the
//! roster, prompts revealed to the room, then the report-back, one note per group.

mod common;

use common::Tmux;
use common::cli::minutes;

#[test]
fn case_study_groups_prompts_and_report_back() {
    let Some(tmux) = Tmux::new("groups") else { return };
    let home = tempfile::tempdir().unwrap();
    // 13:30 in Dushanbe on the first day.
    tmux.start("s", "2009-04-28T08:30:00Z", home.path());
    tmux.wait_for("s", "the run screen", |s| s.contains("start/pause"));
    for _ in 0..6 {
        tmux.keys("s", &["Down"]);
    }
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the case study with its groups", |s| s.contains("Working groups · Case study"));

    tmux.keys("s", &["G"]);
    tmux.wait_for("s", "the question", |s| s.contains("Groups: number and seed"));
    tmux.type_text("s", "3 7");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "the groups formed", |s| s.contains("3 groups formed (seed 7)"));
    tmux.keys("s", &["w"]);
    tmux.wait_for("s", "one prompt shown", |s| s.contains("Prompts (1 of 5 shown"));
    tmux.keys("s", &["w"]);
    tmux.wait_for("s", "two prompts shown", |s| s.contains("Prompts (2 of 5 shown"));

    tmux.keys("s", &["n"]);
    tmux.wait_for("s", "the tea break", |s| s.contains("Tea break") && s.contains("left · running"));
    tmux.keys("s", &["n"]);
    tmux.wait_for("s", "the report-back", |s| {
        s.contains("Report-back from the working groups") && s.contains("left · running")
    });
    for group in ["Group A", "Group B", "Group C"] {
        tmux.keys("s", &["g"]);
        tmux.wait_for("s", "the group's slot", |s| s.contains(&format!("Reporting: {group}")));
        tmux.keys("s", &["c"]);
        tmux.wait_for("s", "the editor", |s| s.contains("Enter  save"));
        tmux.type_text("s", &format!("{group}: police must use minimum force — ҳуқуқи инсон"));
        tmux.keys("s", &["Enter"]);
        tmux.wait_for("s", "the note saved", |s| {
            s.contains(&format!("✓ 13:30 [discussion] {group}: police"))
        });
        tmux.keys("s", &["Escape"]);
        tmux.wait_for("s", "the timer keys", |s| s.contains("start/pause"));
    }
    tmux.keys("s", &["g"]);
    tmux.wait_for("s", "the end of the sequence", |s| s.contains("Every group has reported back"));
    tmux.keys("s", &["q"]);
    tmux.wait_for("s", "quit", |s| s.is_empty());

    let m = minutes(home.path());
    let groups: Vec<&serde_json::Value> =
        m["groups"].as_array().unwrap().iter().filter(|g| g["item"] == "d1-case-study").collect();
    assert_eq!(groups.len(), 3);
    let members: usize = groups.iter().map(|g| g["group"]["members"].as_array().unwrap().len()).sum();
    assert_eq!(members, 20, "everyone on the roster is in a group");
    assert!(groups.iter().all(|g| !g["report_back"]["ended_at"].is_null()), "every slot ran and ended");
    assert_eq!(m["prompts_revealed"].as_array().unwrap().len(), 2);
    let tags: Vec<&str> =
        m["entries"].as_array().unwrap().iter().map(|e| e["group"].as_str().unwrap_or("")).collect();
    assert_eq!(tags, ["Group A", "Group B", "Group C"]);
}
