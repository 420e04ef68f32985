//! Working groups through the real runtime: forming them, moving someone, revealing
//! prompts, the report-back sequence, and notes tagged with the reporting group.

use convene::session::Event;
use convene::testing::Harness;

/// The case study running at 13:30 in Dushanbe.
fn case_study() -> Harness {
    let mut h = Harness::roundtable("2009-04-28T08:30:00Z");
    h.record(Event::ItemStarted { item: "d1-case-study".into() });
    h
}

fn names(h: &Harness, item: &str) -> Vec<(String, usize)> {
    h.session()
        .groups
        .iter()
        .filter(|g| g.item == item)
        .map(|g| (g.group.name.clone(), g.group.members.len()))
        .collect()
}

#[test]
fn form_groups_move_someone_and_record_it() {
    let mut h = case_study();
    assert_eq!(
        names(&h, "d1-case-study"),
        [("Group A".to_string(), 5), ("Group B".to_string(), 5), ("Group C".to_string(), 5)]
    );
    h.answer("G", "4 42");
    let formed = names(&h, "d1-case-study");
    assert_eq!(formed.len(), 4);
    assert_eq!(formed.iter().map(|(_, n)| n).sum::<usize>(), 20, "everyone on the roster");
    let before = h.session().groups.clone();
    h.answer("G", "4 42");
    assert_eq!(h.session().groups, before, "the same seed forms the same groups");

    let group = |h: &Harness, name: &str| {
        h.session().groups.iter().find(|g| g.group.name == name).unwrap().group.clone()
    };
    let in_a = group(&h, "Group A").members[0].clone();
    h.answer("G", &format!("@{in_a} D"));
    assert!(group(&h, "Group D").members.contains(&in_a));
    assert!(!group(&h, "Group A").members.contains(&in_a), "moved, not copied");

    h.answer("G", "99");
    assert!(h.complained() && h.app().input.is_some(), "a wrong answer keeps the question open");
}

#[test]
fn the_working_groups_screen_and_projector() {
    let mut h = case_study();
    h.wait(60).press(&["w"]);
    h.wait(600).press(&["w"]);
    let screen = h.screen(160, 48);
    assert!(screen.contains("Working groups · Case study"), "{screen}");
    assert!(screen.contains("Group A · Main hall · rapporteur Senior officer"), "{screen}");
    assert!(screen.contains("Prompts (2 of 5 shown"), "{screen}");
    assert!(screen.contains("✓ Q2:"), "{screen}");
    insta::assert_snapshot!("working_groups_screen", screen);
    h.press(&["W"]);
    assert!(h.screen(160, 48).contains("plan   actual/projected"), "W shows the agenda again");

    h.press(&["v"]);
    let room = h.screen(100, 36);
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
    let mut h = case_study();
    h.wait(90 * 60).press(&["n"]); // tea
    h.wait(15 * 60).press(&["n"]); // report-back
    assert_eq!(h.session().timer.current.as_deref(), Some("d1-report-back"));
    for (n, group) in ["Group A", "Group B", "Group C"].iter().enumerate() {
        h.wait(60).press(&["g"]);
        let screen = h.screen(160, 48);
        assert!(screen.contains(&format!("Reporting: {group}")), "{screen}");
        h.wait(120)
            .press(&["c"])
            .paste(&format!("r: Output of the group, point {n}"))
            .press(&["Enter", "Esc"]);
        h.wait(17 * 60);
    }
    h.wait(60).press(&["g"]);
    assert!(h.status().contains("Every group has reported back"), "{}", h.status());
    let tags: Vec<Option<String>> = h.session().entries.iter().map(|e| e.group.clone()).collect();
    assert_eq!(tags, [Some("Group A".into()), Some("Group B".into()), Some("Group C".into())]);
    assert!(
        h.session()
            .groups
            .iter()
            .filter(|g| g.item == "d1-case-study")
            .all(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_some()))
    );
    // Each group's slot is a third of the 75-minute report-back.
    let slot = h.session().groups[0].report_back.clone().unwrap();
    assert_eq!(slot.ended_at.unwrap().duration_since(slot.started_at).as_mins(), 20);
}

#[test]
fn a_rapporteurs_note_during_the_report_back_carries_their_group() {
    let mut h = case_study();
    h.wait(90 * 60).press(&["n"]);
    h.wait(15 * 60).press(&["n"]);
    // No slot running: the note is attributed to Group B's rapporteur.
    h.wait(60).press(&["c"]).paste("@ngo-3 Consider all consequences before lethal force").press(&["Enter"]);
    assert_eq!(h.session().entries[0].group.as_deref(), Some("Group B"));
}
