//! The speakers' queue through `App::update`: adding, reordering, removing, giving and
//! ending the floor; the time each speaker and group spoke; and how the floor shows on
//! the run screen and the projector.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::app::Harness;
use convene::app::Action;
use convene::session::speaking_time;

/// The NGO discussion of day two running at 10:35 in Dushanbe.
struct H(Harness);

impl H {
    fn new() -> H {
        H(Harness::new("2009-04-29T05:35:00Z", "d2-ngo-discussion"))
    }

    fn act(&mut self, seconds: i64, action: Action) {
        self.0.act(seconds, action);
    }

    fn input(&mut self, action: Action, text: &str) {
        self.0.input(action, text);
    }

    fn queue(&self) -> Vec<String> {
        self.0
            .session
            .queue
            .iter()
            .map(|q| q.speaker.participant.clone().or_else(|| q.speaker.role.clone()).unwrap_or_default())
            .collect()
    }

    fn floor(&self) -> Option<String> {
        convene::timing::open_turn(&self.0.session)
            .map(|t| t.speaker.participant.clone().or_else(|| t.speaker.role.clone()).unwrap_or_default())
    }
}

impl std::ops::Deref for H {
    type Target = Harness;
    fn deref(&self) -> &Harness {
        &self.0
    }
}

#[test]
fn add_reorder_remove_and_give_the_floor() {
    let mut h = H::new();
    h.input(Action::QueueAdd, "@mia-1");
    h.input(Action::QueueAdd, "ngo-yc");
    h.input(Action::QueueAdd, "@journalist");
    h.input(Action::QueueAdd, "exp-tr");
    assert_eq!(h.queue(), ["mia-1", "ngo-yc", "journalist", "exp-tr"]);
    assert!(h.session.queue[0].speaker.not_for_attribution, "Chatham House by default");

    h.input(Action::QueueMove, "4 1");
    assert_eq!(h.queue(), ["exp-tr", "mia-1", "ngo-yc", "journalist"]);
    h.input(Action::QueueRemove, "3");
    assert_eq!(h.queue(), ["exp-tr", "mia-1", "journalist"]);
    h.input(Action::QueueRemove, "9");
    assert!(h.app.input.is_some(), "a wrong number keeps the question open");
    h.act(0, Action::InputCancel);

    h.act(0, Action::FloorNext);
    assert_eq!(h.floor().as_deref(), Some("exp-tr"));
    assert_eq!(h.queue(), ["mia-1", "journalist"]);
    h.act(150, Action::FloorNext);
    assert_eq!(h.floor().as_deref(), Some("mia-1"));
    h.act(60, Action::FloorNext);
    h.act(40, Action::FloorNext);
    assert_eq!(h.floor(), None, "nobody waiting: the turn ends");
    h.act(0, Action::FloorNext);
    assert!(h.app.status.as_ref().unwrap().text.contains("queue is empty"));

    let (speakers, groups) = speaking_time(&h.session);
    assert_eq!(speakers[0].who, "exp-tr");
    assert_eq!(speakers[0].seconds, 150);
    let total: i64 = groups.iter().map(|g| g.seconds).sum();
    assert_eq!(total, 250);
    assert_eq!(groups.iter().find(|g| g.who == "law enforcement").unwrap().seconds, 60);
}

#[test]
fn notes_taken_while_someone_speaks_are_theirs() {
    let mut h = H::new();
    h.input(Action::QueueAdd, "@ngo-2");
    h.act(0, Action::FloorNext);
    h.act(5, Action::FocusCapture);
    h.act(0, Action::Paste("The definition of extremism is too vague".into()));
    h.act(0, Action::CaptureCommit);
    assert_eq!(h.session.entries[0].attribution.participant.as_deref(), Some("ngo-2"));
}

#[test]
fn the_floor_and_the_queue_on_screen() {
    let mut h = H::new();
    h.input(Action::QueueAdd, "@ngo-yc");
    h.input(Action::QueueAdd, "@mia-1");
    h.input(Action::QueueAdd, "@NGO");
    h.act(0, Action::FloorNext);
    h.act(130, Action::RevealPrompt);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| convene::ui::render(f, &h.app, &h.session, h.now())).unwrap();
    let text = format!("{}", t.backend());
    assert!(text.contains("Floor: NGO director (ngo-yc) · 02:10"), "{text}");
    assert!(text.contains("Queue: 1. Senior officer") && text.contains("2. NGO (group)"), "{text}");
    insta::assert_snapshot!("run_screen_with_the_floor_and_queue", t.backend());

    h.act(0, Action::ToggleProjector);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| convene::ui::render(f, &h.app, &h.session, h.now())).unwrap();
    let text = format!("{}", t.backend());
    assert!(text.contains("Speaking: NGO director · 02:10"), "by role, under the Chatham House Rule: {text}");
    assert!(!text.contains("Youth and Civilization"), "never the affiliation: {text}");
    assert!(text.contains("Q1: What would cooperation"), "the revealed prompt: {text}");
    insta::assert_snapshot!("projector_with_speaker_and_prompt", t.backend());
}

#[test]
fn tab_completes_names_when_adding_to_the_queue() {
    let mut h = H::new();
    h.act(0, Action::QueueAdd);
    for c in "@ngo-y".chars() {
        h.act(0, Action::InputChar(c));
    }
    h.act(0, Action::InputComplete);
    assert_eq!(h.app.input.as_ref().unwrap().text, "@ngo-yc");
    h.act(0, Action::InputSubmit);
    assert_eq!(h.queue(), ["ngo-yc"]);
}
