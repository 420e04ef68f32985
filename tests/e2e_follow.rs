//! Issue 14, end to end: a writer (`convene run`) and a follower (`convene follow`) on one
//! session, each in its own terminal. A note typed in the writer appears in the follower;
//! the writer is killed with SIGKILL and started again; the follower keeps going and shows
//! what the restarted writer types. The follower never takes the writer's lock. A second
//! rapporteur joins on the same laptop (`run --join`) and its notes reach both.

mod common;

use common::Tmux;

#[test]
fn a_follower_sees_the_writers_notes_through_a_kill_9_and_a_restart() {
    let Some(tmux) = Tmux::new("follow") else { return };
    let home = tempfile::tempdir().unwrap();
    let now = "2009-04-28T04:00:00Z";

    tmux.start("writer", now, home.path());
    tmux.wait_for("writer", "the run screen", |s| s.contains("Registration and coffee"));
    tmux.keys("writer", &["Space"]);
    tmux.wait_for("writer", "the countdown", |s| s.contains(" left · "));
    let session = common::cli::session_dir(home.path());
    let name = session.file_name().unwrap().to_string_lossy().into_owned();

    tmux.start_with("follower", now, home.path(), &format!("follow --operator {name}"));
    tmux.wait_for("follower", "the follower", |s| s.contains("FOLLOWING, read-only"));

    tmux.keys("writer", &["c"]);
    tmux.type_text("writer", "Доверие строится годами");
    tmux.keys("writer", &["Enter"]);
    tmux.wait_for("follower", "the note in the follower", |s| s.contains("Доверие строится годами"));

    // The writer dies without a word; the follower stays up, showing what it had.
    tmux.kill_9("writer");
    let screen = tmux.screen("follower");
    assert!(screen.contains("Доверие строится годами") && screen.contains("FOLLOWING"), "{screen}");

    // Back again: the session resumes (the follower held no lock) and its notes arrive.
    tmux.start_with("writer2", now, home.path(), &format!("run --resume {name}"));
    tmux.wait_for("writer2", "the resumed run screen", |s| s.contains("Registration and coffee"));
    tmux.keys("writer2", &["c"]);
    tmux.type_text("writer2", "After the restart");
    tmux.keys("writer2", &["Enter"]);
    tmux.wait_for("follower", "the restarted writer's note", |s| s.contains("After the restart"));

    // A second rapporteur joins on this laptop: a journal of its own, its notes everywhere.
    tmux.start_with("joiner", now, home.path(), &format!("run --join {name}"));
    tmux.wait_for("joiner", "the joined run screen", |s| s.contains("other laptops:"));
    tmux.keys("joiner", &["c"]);
    tmux.type_text("joiner", "From the second rapporteur");
    tmux.keys("joiner", &["Enter"]);
    tmux.wait_for("follower", "the second rapporteur's note", |s| s.contains("From the second rapporteur"));
    tmux.wait_for("writer2", "the second rapporteur's note on the facilitator's screen", |s| {
        s.contains("From the second rapporteur")
    });
    let journals = std::fs::read_dir(&session)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("journal-"))
        .count();
    assert_eq!(journals, 2, "the joined window writes a journal of its own");

    // The follower leaves quietly and has written nothing into the session folder.
    tmux.keys("follower", &["q"]);
    tmux.wait_for("follower", "the follower to quit", |s| s.is_empty());
    let names: Vec<String> = std::fs::read_dir(&session)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("follower"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}
