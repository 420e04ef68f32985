//! Speakers' lists through the real runtime: adding, reordering, removing, giving and
//! ending the floor; the time each speaker and group spoke; and how the floor shows on
//! the run screen and the projector.

use convene::session::{Event, speaking_time};
use convene::testing::Harness;

/// The NGO discussion of day two running at 10:35 in Dushanbe.
fn discussion() -> Harness {
    let mut h = Harness::roundtable("2009-04-29T05:35:00Z");
    h.record(Event::ItemStarted { item: "d2-ngo-discussion".into() });
    h
}

fn queue(h: &Harness, item: &str) -> Vec<String> {
    h.session()
        .speakers_list(item)
        .iter()
        .map(|q| q.speaker.participant.clone().or_else(|| q.speaker.role.clone()).unwrap_or_default())
        .collect()
}

fn floor(h: &Harness) -> Option<String> {
    convene::timing::open_turn(h.session())
        .map(|t| t.speaker.participant.clone().or_else(|| t.speaker.role.clone()).unwrap_or_default())
}

const ITEM: &str = "d2-ngo-discussion";

#[test]
fn add_reorder_remove_and_give_the_floor() {
    let mut h = discussion();
    h.answer("Q", "@mia-1");
    h.answer("Q", "ngo-yc");
    h.answer("Q", "journalist");
    h.answer("Q", "exp-tr");
    assert_eq!(queue(&h, ITEM), ["mia-1", "ngo-yc", "journalist", "exp-tr"]);
    assert!(h.session().queue[0].speaker.not_for_attribution, "Chatham House by default");

    h.answer("o", "4 1");
    assert_eq!(queue(&h, ITEM), ["exp-tr", "mia-1", "ngo-yc", "journalist"]);
    h.answer("x", "3");
    assert_eq!(queue(&h, ITEM), ["exp-tr", "mia-1", "journalist"]);
    h.answer("x", "9");
    assert!(h.app().input.is_some(), "a wrong number keeps the question open");
    assert!(h.status().contains("no number 9") && h.status().contains("type 1 to 3"), "{}", h.status());
    h.press(&["Esc"]);

    h.press(&["f"]);
    assert_eq!(floor(&h).as_deref(), Some("exp-tr"));
    assert_eq!(queue(&h, ITEM), ["mia-1", "journalist"]);
    h.wait(150).press(&["f"]);
    assert_eq!(floor(&h).as_deref(), Some("mia-1"));
    h.wait(60).press(&["f"]);
    h.wait(40).press(&["f"]);
    assert_eq!(floor(&h), None, "nobody waiting: the turn ends");
    h.press(&["f"]);
    assert!(h.status().contains("Nobody is on the speakers' list"), "{}", h.status());

    let (speakers, groups) = speaking_time(h.session());
    assert_eq!(speakers[0].who, "exp-tr");
    assert_eq!(speakers[0].seconds, 150);
    let total: i64 = groups.iter().map(|g| g.seconds).sum();
    assert_eq!(total, 250);
    assert_eq!(groups.iter().find(|g| g.who == "law enforcement").unwrap().seconds, 60);
}

#[test]
fn notes_taken_while_someone_speaks_are_theirs() {
    let mut h = discussion();
    h.answer("Q", "@ngo-2").press(&["f"]);
    h.wait(5).press(&["c"]).paste("The definition of extremism is too vague").press(&["Enter"]);
    assert_eq!(h.session().entries[0].attribution.participant.as_deref(), Some("ngo-2"));
}

#[test]
fn the_floor_and_the_queue_on_screen() {
    let mut h = discussion();
    h.answer("Q", "@ngo-yc");
    h.answer("Q", "@mia-1");
    h.answer("Q", "@NGO");
    h.press(&["f"]);
    h.wait(130).press(&["w"]);
    let t = h.terminal(120, 40);
    let text = format!("{}", t.backend());
    assert!(text.contains("Floor: NGO director (ngo-yc) · 02:10"), "{text}");
    assert!(text.contains("Queue: 1. Senior officer") && text.contains("2. NGO (group)"), "{text}");
    insta::assert_snapshot!("run_screen_with_the_floor_and_queue", t.backend());

    h.press(&["v"]);
    let t = h.terminal(80, 24);
    let text = format!("{}", t.backend());
    assert!(text.contains("Speaking: NGO representative · 02:10"), "never a name on the projector: {text}");
    assert!(!text.contains("Youth and Civilization"), "never the affiliation: {text}");
    assert!(text.contains("Q1: What would cooperation"), "the revealed prompt: {text}");
    insta::assert_snapshot!("projector_with_speaker_and_prompt", t.backend());
}

#[test]
fn tab_completes_names_when_adding_to_the_queue() {
    let mut h = discussion();
    h.press(&["Q"]).type_text("@ngo-y").press(&["Tab"]);
    assert_eq!(h.app().input.as_ref().unwrap().text(), "@ngo-yc");
    h.press(&["Enter"]);
    assert_eq!(queue(&h, ITEM), ["ngo-yc"]);
}
