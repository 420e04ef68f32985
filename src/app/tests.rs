//! `update` on its own: keys become the right events, and text input never triggers commands.

use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::session::Session;
use crate::session::testkit::{Scribe, roundtable};

/// 09:00 Dushanbe on day one, plus `minutes`.
fn local(minutes: i64) -> Timestamp {
    "2009-04-28T04:00:00Z"
        .parse::<Timestamp>()
        .unwrap()
        .checked_add(SignedDuration::from_mins(minutes))
        .unwrap()
}

struct Harness {
    app: App,
    session: Session,
    scribe: Scribe,
}

impl Harness {
    fn new() -> Self {
        let mut scribe = Scribe::new("dev", local(-5));
        let session = Session::start(&scribe.start(&roundtable())).unwrap();
        let app = App::new(Settings::default(), &session);
        Harness { app, session, scribe }
    }

    /// Runs an action at `minutes` past 09:00 and applies the events it records.
    fn act(&mut self, minutes: i64, action: Action) -> Vec<Effect> {
        self.scribe.now = local(minutes);
        let effects = self.app.update(&self.session, action, local(minutes));
        for e in &effects {
            if let Effect::Record(event) = e {
                let record = self.scribe.record(event.clone());
                self.session.apply(&record);
            }
        }
        effects
    }

    fn current(&self) -> Option<&str> {
        self.session.timer.current.as_deref()
    }
}

#[test]
fn space_starts_pauses_and_resumes() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause);
    assert_eq!(h.current(), Some("d1-registration"));
    assert!(h.session.timer.running);
    h.act(1, Action::StartPause);
    assert!(!h.session.timer.running);
    h.act(2, Action::StartPause);
    assert!(h.session.timer.running);
}

#[test]
fn next_previous_jump_and_skip() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause);
    h.act(30, Action::Next);
    assert_eq!(h.current(), Some("d1-opening"));
    assert_eq!(h.app.selected, 1);
    h.act(31, Action::Previous);
    assert_eq!(h.current(), Some("d1-registration"));
    h.act(32, Action::SelectDown);
    h.act(32, Action::SelectDown);
    h.act(32, Action::SelectDown);
    h.act(32, Action::Skip);
    assert!(h.session.items[3].skipped, "the coffee break is skipped");
    h.act(33, Action::Next);
    h.act(34, Action::Next);
    assert_eq!(h.current(), Some("d1-key-questions"));
    h.act(35, Action::Next);
    assert_eq!(h.current(), Some("d1-plenary-questions"), "the skipped break is passed over");
    h.act(36, Action::SelectUp);
    h.act(36, Action::JumpToSelected);
    assert_eq!(h.current(), Some("d1-coffee"), "a skipped item can still be run on purpose");
}

#[test]
fn skipping_the_running_item_moves_on() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause);
    h.act(5, Action::Skip);
    assert!(h.session.items[0].skipped);
    assert_eq!(h.current(), Some("d1-opening"));
}

#[test]
fn extend_needs_a_running_item() {
    let mut h = Harness::new();
    assert!(h.act(0, Action::Extend(5)).is_empty());
    assert!(h.app.status.as_ref().unwrap().error);
    h.act(0, Action::StartPause);
    h.act(1, Action::Extend(5));
    h.act(1, Action::Extend(-1));
    assert_eq!(h.session.items[0].allotted_seconds(), 34 * 60);
}

#[test]
fn message_input_types_q_without_quitting() {
    let mut h = Harness::new();
    h.act(0, Action::EditMessage);
    assert_eq!(h.app.key_mode(), keymap::KeyMode::Input);
    for c in "quiet please".chars() {
        h.act(0, Action::InputChar(c));
    }
    h.act(0, Action::Paste("\u{1b}[31m!".into()));
    assert!(!h.app.quitting);
    h.act(0, Action::InputSubmit);
    assert_eq!(
        h.session.message.as_deref(),
        Some("quiet please [31m!"),
        "escape bytes never reach the screen"
    );
    h.act(1, Action::ClearMessage);
    assert_eq!(h.session.message, None);
}

#[test]
fn ends_at_a_clock_time() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause);
    h.act(1, Action::EditEndsAt);
    for c in "25:00".chars() {
        h.act(1, Action::InputChar(c));
    }
    h.act(1, Action::InputSubmit);
    assert!(h.app.status.as_ref().unwrap().error, "an impossible time is refused");
    assert!(h.app.input.is_some(), "and the input stays open to fix it");
    h.app.input.as_mut().unwrap().text = "09:45".into();
    h.act(1, Action::InputSubmit);
    assert_eq!(h.session.items[0].ends_at, Some(local(45)));
}

#[test]
fn accepting_a_replan_records_it() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause);
    h.act(45, Action::Next); // registration ran 15 minutes over
    h.act(45, Action::AcceptReplan);
    assert!(h.session.items.iter().any(|r| r.replanned_minutes.is_some()));
    h.act(46, Action::AcceptReplan);
    assert!(h.app.status.as_ref().unwrap().text.contains("on time"));
}

#[test]
fn the_bell_rings_once_per_stage_change_and_can_be_turned_off() {
    let mut h = Harness::new();
    h.act(0, Action::StartPause); // 30 minutes of registration
    assert!(h.act(1, Action::Tick).is_empty());
    assert_eq!(h.act(24, Action::Tick), vec![Effect::Bell], "wrap-up");
    assert!(h.act(25, Action::Tick).is_empty(), "once per stage");
    assert_eq!(h.act(29, Action::Tick), vec![Effect::Bell], "final minute");
    h.act(29, Action::ToggleBell);
    assert!(h.act(31, Action::Tick).is_empty(), "overtime, but the bell is off");
}

#[test]
fn reveal_prompts_one_at_a_time() {
    let mut h = Harness::new();
    for _ in 0..4 {
        h.act(0, Action::SelectDown);
    }
    h.act(0, Action::JumpToSelected);
    assert_eq!(h.current(), Some("d1-plenary-questions"));
    h.act(1, Action::RevealPrompt);
    h.act(2, Action::RevealPrompt);
    h.act(3, Action::RevealPrompt);
    assert_eq!(h.session.prompts_revealed.len(), 2);
    assert!(h.app.status.as_ref().unwrap().text.contains("All 2 prompts"));
}

#[test]
fn save_failures_show_until_saved_again() {
    let mut h = Harness::new();
    h.act(0, Action::SaveFailed("NOT SAVED: disk full".into()));
    h.act(0, Action::Tick);
    assert!(h.app.not_saved.is_some());
    h.act(1, Action::SavedAll);
    assert!(h.app.not_saved.is_none());
}
