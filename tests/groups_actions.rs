//! Working groups from the run screen: forming them, moving someone, revealing prompts,
//! the report-back sequence, and notes tagged with the reporting group.

mod common;

use common::app::Harness;
use convene::app::Action;

/// The case study running at 13:30 in Dushanbe; `act` takes minutes here.
struct H(Harness);

impl H {
    fn new() -> H {
        H(Harness::new("2009-04-28T08:30:00Z", "d1-case-study"))
    }

    fn act(&mut self, minutes: i64, action: Action) {
        self.0.act(minutes * 60, action);
    }

    fn input(&mut self, action: Action, text: &str) {
        self.0.input(action, text);
    }

    fn names(&self, item: &str) -> Vec<(String, usize)> {
        self.0
            .session
            .groups
            .iter()
            .filter(|g| g.item == item)
            .map(|g| (g.group.name.clone(), g.group.members.len()))
            .collect()
    }

    fn draw(&self, w: u16, h: u16) -> String {
        self.0.draw(w, h)
    }
}

impl std::ops::Deref for H {
    type Target = Harness;
    fn deref(&self) -> &Harness {
        &self.0
    }
}

#[test]
fn form_groups_move_someone_and_record_it() {
    let mut h = H::new();
    assert_eq!(
        h.names("d1-case-study"),
        [("Group A".to_string(), 5), ("Group B".to_string(), 5), ("Group C".to_string(), 5)]
    );
    h.input(Action::FormGroups, "4 42");
    let formed = h.names("d1-case-study");
    assert_eq!(formed.len(), 4);
    assert_eq!(formed.iter().map(|(_, n)| n).sum::<usize>(), 20, "everyone on the roster");
    let before = h.session.groups.clone();
    h.input(Action::FormGroups, "4 42");
    assert_eq!(h.session.groups, before, "the same seed forms the same groups");

    let in_a = h.session.groups.iter().find(|g| g.group.name == "Group A").unwrap().group.members[0].clone();
    h.input(Action::FormGroups, &format!("@{in_a} D"));
    let d = h.session.groups.iter().find(|g| g.group.name == "Group D").unwrap();
    assert!(d.group.members.contains(&in_a));
    let a = h.session.groups.iter().find(|g| g.group.name == "Group A").unwrap();
    assert!(!a.group.members.contains(&in_a), "moved, not copied");

    h.input(Action::FormGroups, "99");
    assert!(
        h.app.status.as_ref().unwrap().error && h.app.input.is_some(),
        "a wrong answer keeps the question open"
    );
}

#[test]
fn the_working_groups_screen_and_projector() {
    let mut h = H::new();
    h.act(1, Action::RevealPrompt);
    h.act(10, Action::RevealPrompt);
    let screen = h.draw(160, 48);
    assert!(screen.contains("Working groups · Case study"), "{screen}");
    assert!(screen.contains("Group A · Main hall · rapporteur Senior officer"), "{screen}");
    assert!(screen.contains("Prompts (2 of 5 shown"), "{screen}");
    assert!(screen.contains("✓ Q2:"), "{screen}");
    insta::assert_snapshot!("working_groups_screen", screen);
    h.act(0, Action::ToggleGroups);
    assert!(h.draw(160, 48).contains("plan   actual/projected"), "W shows the agenda again");

    h.act(0, Action::ToggleProjector);
    let room = h.draw(100, 36);
    assert!(
        room.contains("Q1: How should human rights") && room.contains("Q2: What must be considered"),
        "{room}"
    );
    assert!(room.contains("Group B → Room 2"), "{room}");
    assert!(!room.contains("mia-1"), "no names or ids for the room: {room}");
    insta::assert_snapshot!("working_groups_projector", room);
}

#[test]
fn the_report_back_sequence_tags_notes_with_the_reporting_group() {
    let mut h = H::new();
    h.act(90, Action::Next); // tea
    h.act(15, Action::Next); // report-back
    assert_eq!(h.session.timer.current.as_deref(), Some("d1-report-back"));
    for (n, group) in ["Group A", "Group B", "Group C"].iter().enumerate() {
        h.act(1, Action::NextReportBack);
        let screen = h.draw(160, 48);
        assert!(screen.contains(&format!("Reporting: {group}")), "{screen}");
        h.act(2, Action::FocusCapture);
        h.act(0, Action::Paste(format!("Output of the group, point {n}")));
        h.act(0, Action::CaptureCommit);
        h.act(0, Action::FocusTimer);
        h.act(17, Action::Tick);
    }
    h.act(1, Action::NextReportBack);
    assert!(h.app.status.as_ref().unwrap().text.contains("Every group has reported back"));
    let tags: Vec<Option<String>> = h.session.entries.iter().map(|e| e.group.clone()).collect();
    assert_eq!(tags, [Some("Group A".into()), Some("Group B".into()), Some("Group C".into())]);
    assert!(
        h.session
            .groups
            .iter()
            .filter(|g| g.item == "d1-case-study")
            .all(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_some()))
    );
    // Each group's slot is a third of the 75-minute report-back.
    let slot = h.session.groups[0].report_back.clone().unwrap();
    assert_eq!(slot.ended_at.unwrap().duration_since(slot.started_at).as_mins(), 20);
}

#[test]
fn a_rapporteurs_note_during_the_report_back_carries_their_group() {
    let mut h = H::new();
    h.act(90, Action::Next);
    h.act(15, Action::Next);
    // No slot running: the note is attributed to Group B's rapporteur.
    h.act(1, Action::FocusCapture);
    h.act(0, Action::Paste("@ngo-3 Consider all consequences before lethal force".into()));
    h.act(0, Action::CaptureCommit);
    assert_eq!(h.session.entries[0].group.as_deref(), Some("Group B"));
}
