//! The speakers' queue through `App::update`: adding, reordering, removing, giving and
//! ending the floor; the time each speaker and group spoke; and how the floor shows on
//! the run screen and the projector.

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use convene::app::{Action, App, Effect, Settings};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Event, Session, speaking_time};

fn at(seconds: i64) -> Timestamp {
    // 10:35 in Dushanbe on day two: the discussion with the NGOs.
    "2009-04-29T05:35:00Z"
        .parse::<Timestamp>()
        .unwrap()
        .checked_add(SignedDuration::from_secs(seconds))
        .unwrap()
}

struct H {
    app: App,
    session: Session,
    scribe: Scribe,
    second: i64,
}

impl H {
    fn new() -> H {
        let mut scribe = Scribe::new("dev", at(0));
        let mut session = Session::start(&scribe.start(&roundtable())).unwrap();
        session.apply(&scribe.record(Event::ItemStarted { item: "d2-ngo-discussion".into() }));
        let app = App::new(Settings::default(), &session);
        H { app, session, scribe, second: 0 }
    }

    fn act(&mut self, seconds: i64, action: Action) {
        self.second += seconds;
        self.scribe.now = at(self.second);
        for e in self.app.update(&self.session, action, at(self.second)) {
            if let Effect::Record(event) = e {
                let r = self.scribe.record(event);
                self.session.apply(&r);
            }
        }
    }

    fn input(&mut self, action: Action, text: &str) {
        self.act(0, action);
        for c in text.chars() {
            self.act(0, Action::InputChar(c));
        }
        self.act(0, Action::InputSubmit);
    }

    fn queue(&self) -> Vec<String> {
        self.session
            .queue
            .iter()
            .map(|q| q.speaker.participant.clone().or_else(|| q.speaker.role.clone()).unwrap_or_default())
            .collect()
    }

    fn floor(&self) -> Option<String> {
        convene::timing::open_turn(&self.session)
            .map(|t| t.speaker.participant.clone().or_else(|| t.speaker.role.clone()).unwrap_or_default())
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
    t.draw(|f| convene::ui::render(f, &h.app, &h.session, at(h.second))).unwrap();
    let text = format!("{}", t.backend());
    assert!(text.contains("Floor: NGO director (ngo-yc) · 02:10"), "{text}");
    assert!(text.contains("Queue: 1. Senior officer") && text.contains("2. NGO (group)"), "{text}");
    insta::assert_snapshot!("run_screen_with_the_floor_and_queue", t.backend());

    h.act(0, Action::ToggleProjector);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| convene::ui::render(f, &h.app, &h.session, at(h.second))).unwrap();
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
