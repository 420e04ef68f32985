//! Every capture and review action through `App::update`, with the events it records
//! folded into the session as the runtime would.

mod common;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::app::Harness;
use convene::app::keymap::{KeyMode, bindings, resolve};
use convene::app::{Action, Focus, View};
use convene::session::{EntryKind, Mark};

/// The plenary discussion running at 11:15; every action a minute after the one before.
struct H(Harness);

impl H {
    fn new() -> H {
        H(Harness::new("2009-04-28T06:15:00Z", "d1-plenary-questions"))
    }

    fn act(&mut self, action: Action) {
        self.0.act(60, action);
    }

    fn keys(&mut self, text: &str) {
        self.0.keys(60, text);
    }

    fn note(&mut self, text: &str) {
        if self.app.focus != Focus::Capture {
            self.act(Action::FocusCapture);
        }
        self.keys(text);
        self.act(Action::CaptureCommit);
    }

    fn live(&self) -> Vec<(EntryKind, String)> {
        self.session.live_entries().map(|e| (e.kind, e.text.clone())).collect()
    }
}

impl std::ops::Deref for H {
    type Target = Harness;
    fn deref(&self) -> &Harness {
        &self.0
    }
}

impl std::ops::DerefMut for H {
    fn deref_mut(&mut self) -> &mut Harness {
        &mut self.0
    }
}

#[test]
fn c_starts_typing_and_letters_never_run_commands() {
    let mut h = H::new();
    h.keys("c");
    assert_eq!(h.app.focus, Focus::Capture);
    assert_eq!(h.app.key_mode(), KeyMode::Capture);
    h.keys("quit now? v n p q");
    assert!(!h.app.quitting);
    assert_eq!(h.app.view, View::Operator);
    assert_eq!(h.session.timer.current.as_deref(), Some("d1-plenary-questions"), "n did not move the timer");
    assert_eq!(h.app.capture.text(), "quit now? v n p q");
    h.act(Action::CaptureCommit);
    assert_eq!(h.live(), [(EntryKind::DiscussionPoint, "quit now? v n p q".to_string())]);
    assert_eq!(h.session.entries[0].item.as_deref(), Some("d1-plenary-questions"));
    assert_eq!(h.session.entries[0].section.as_deref(), Some("Session 1"));
    assert!(h.app.capture.text().is_empty(), "the editor is empty after saving");
    assert!(h.app.is_saved(&h.session.entries[0]));
}

#[test]
fn multi_line_notes_and_the_kind_and_attribution_keys() {
    let mut h = H::new();
    h.act(Action::FocusCapture);
    h.keys("First line");
    h.act(Action::CaptureNewline);
    h.keys("второй ряд");
    h.act(Action::CaptureCycleKind); // discussion -> recommendation (participants)
    h.act(Action::CaptureToggleAttribution);
    h.act(Action::CaptureCommit);
    let e = &h.session.entries[0];
    assert_eq!(e.text, "First line\nвторой ряд");
    assert_eq!(e.kind, EntryKind::RecommendationParticipants);
    assert!(!e.attribution.not_for_attribution, "flipped from the Chatham House default");
    // The next note starts from the defaults again.
    h.note("plain");
    assert_eq!(h.session.entries[1].kind, EntryKind::DiscussionPoint);
    assert!(h.session.entries[1].attribution.not_for_attribution);
}

#[test]
fn prefixes_and_completion() {
    let mut h = H::new();
    h.act(Action::FocusCapture);
    h.keys("f: @ngo-y");
    h.act(Action::CaptureComplete);
    assert_eq!(h.app.capture.text(), "f: @ngo-yc ");
    h.keys("Joint focus groups with the MIA");
    h.act(Action::CaptureCommit);
    let e = &h.session.entries[0];
    assert_eq!(e.kind, EntryKind::FollowUp);
    assert_eq!(e.attribution.participant.as_deref(), Some("ngo-yc"));
    assert_eq!(e.text, "Joint focus groups with the MIA");
}

#[test]
fn timer_keys_work_while_typing_without_losing_the_note() {
    let mut h = H::new();
    h.act(Action::FocusCapture);
    h.keys("half a tho");
    let f6 =
        resolve(&bindings(), h.app.key_mode(), KeyEvent::new(KeyCode::F(6), KeyModifiers::NONE)).unwrap();
    h.act(f6);
    assert_eq!(h.session.timer.current.as_deref(), Some("d1-lunch"));
    let f5 =
        resolve(&bindings(), h.app.key_mode(), KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE)).unwrap();
    h.act(f5);
    assert!(!h.session.timer.running);
    assert_eq!(h.app.capture.text(), "half a tho");
    assert_eq!(h.app.focus, Focus::Capture);
}

#[test]
fn paste_is_one_edit_big_pastes_are_refused_and_escapes_dropped() {
    let mut h = H::new();
    h.act(Action::Paste("Line one\r\nline \u{1b}[2Jtwo\rthree".into()));
    assert_eq!(h.app.focus, Focus::Capture, "a paste starts a note");
    assert_eq!(h.app.capture.text(), "Line one\nline [2Jtwo\nthree");
    let big = "x".repeat(convene::capture::MAX_PASTE_BYTES + 1);
    h.act(Action::Paste(big));
    assert!(h.app.status.as_ref().unwrap().text.contains("Paste refused"));
    assert_eq!(h.app.capture.text(), "Line one\nline [2Jtwo\nthree", "nothing changed");
}

#[test]
fn typing_leaves_the_projector_view() {
    let mut h = H::new();
    h.act(Action::ToggleProjector);
    h.act(Action::FocusCapture);
    assert_eq!(h.app.view, View::Operator, "notes are never shown to the room");
}

#[test]
fn the_draft_comes_back() {
    let mut h = H::new();
    h.act(Action::RestoreDraft("Ҳуқуқи инсон — half typed".into()));
    assert_eq!(h.app.focus, Focus::Capture);
    assert_eq!(h.app.capture.text(), "Ҳуқуқи инсон — half typed");
}

#[test]
fn review_edit_kind_attribution_move_mark_merge_delete_undo_redo() {
    let mut h = H::new();
    h.note("Police must use minimum force");
    h.note("police must use minimum force (duplicate)");
    h.note("More trust between police and villages");
    h.act(Action::FocusTimer);
    h.act(Action::FocusReview);
    assert_eq!(h.app.focus, Focus::Review);
    assert_eq!(h.app.reviewed(&h.session).unwrap().text, "More trust between police and villages");

    // Edit
    h.act(Action::ReviewEdit);
    assert_eq!(h.app.focus, Focus::Capture);
    h.keys(" in villages");
    h.act(Action::CaptureCommit);
    assert_eq!(h.session.entries[2].text, "More trust between police and villages in villages");
    assert_eq!(h.session.entries[2].history.len(), 1);
    assert_eq!(h.app.focus, Focus::Review);

    // Kind, attribution, not for attribution
    h.act(Action::ReviewCycleKind);
    assert_eq!(h.session.entries[2].kind, EntryKind::RecommendationParticipants);
    h.act(Action::ReviewAttribute);
    h.keys("@mia-3");
    h.act(Action::InputSubmit);
    assert_eq!(h.session.entries[2].attribution.participant.as_deref(), Some("mia-3"));
    h.act(Action::ReviewToggleAttribution);
    assert!(!h.session.entries[2].attribution.not_for_attribution);

    // Move and back
    h.act(Action::ReviewMove(1));
    assert_eq!(h.session.entries[2].item.as_deref(), Some("d1-lunch"));
    h.act(Action::Undo);
    assert_eq!(h.session.entries[2].item.as_deref(), Some("d1-plenary-questions"));

    // Marks
    h.act(Action::ReviewMark(Mark::Contested));
    assert_eq!(h.session.entries[2].mark, Mark::Contested);
    h.act(Action::ReviewMark(Mark::Contested));
    assert_eq!(h.session.entries[2].mark, Mark::None, "again unmarks");

    // Merge the duplicate into the one above it
    h.act(Action::ReviewUp);
    h.act(Action::ReviewMerge);
    assert_eq!(
        h.session.entries[0].text,
        "Police must use minimum force\npolice must use minimum force (duplicate)"
    );
    assert!(h.session.entries[1].deleted);
    h.act(Action::Undo);
    assert_eq!(h.session.entries[0].text, "Police must use minimum force");
    assert!(!h.session.entries[1].deleted);
    h.act(Action::Redo);
    assert!(h.session.entries[1].deleted);

    // Delete and restore (soft)
    let before = h.live().len();
    h.act(Action::ReviewDelete);
    assert_eq!(h.live().len(), before - 1);
    h.act(Action::Undo);
    assert_eq!(h.live().len(), before);
    assert_eq!(h.session.entries.len(), 3, "nothing is ever removed from the record");
}

#[test]
fn undo_of_a_capture_deletes_it_and_redo_brings_it_back() {
    let mut h = H::new();
    h.note("typo'd note");
    h.act(Action::FocusTimer);
    h.act(Action::FocusReview);
    h.act(Action::Undo);
    assert!(h.session.entries[0].deleted);
    h.act(Action::Redo);
    assert!(!h.session.entries[0].deleted);
    h.act(Action::Redo);
    assert!(h.app.status.as_ref().unwrap().text.contains("Nothing to redo"));
}

#[test]
fn search_and_scope() {
    let mut h = H::new();
    h.note("Доверие между полицией и обществом");
    h.act(Action::Next); // lunch
    h.note("Lunch talk about trust");
    h.act(Action::FocusTimer);
    h.act(Action::FocusReview);
    assert_eq!(
        convene::app::review::visible(&h.session, &h.app.review).len(),
        1,
        "the running item's entries"
    );
    h.act(Action::ReviewScope);
    assert_eq!(convene::app::review::visible(&h.session, &h.app.review).len(), 2, "the whole session");
    h.act(Action::ReviewSearch);
    h.keys("довер");
    h.act(Action::InputSubmit);
    let found = convene::app::review::visible(&h.session, &h.app.review);
    assert_eq!(found.len(), 1);
    assert_eq!(h.session.entries[found[0]].text, "Доверие между полицией и обществом");
}

#[test]
fn empty_notes_are_refused_and_edits_can_be_cancelled() {
    let mut h = H::new();
    h.act(Action::FocusCapture);
    h.keys("r: ");
    h.act(Action::CaptureCommit);
    assert!(h.session.entries.is_empty());
    assert!(h.app.status.as_ref().unwrap().error);
    h.act(Action::FocusTimer);
    h.note("keep me");
    h.act(Action::FocusTimer);
    h.act(Action::FocusReview);
    h.act(Action::ReviewEdit);
    h.keys(" changed");
    h.act(Action::FocusTimer); // Esc while editing
    assert_eq!(h.session.entries[0].text, "keep me");
    assert_eq!(h.app.focus, Focus::Review);
}

#[test]
fn not_saved_marks_follow_durability() {
    let mut h = H::new();
    h.act(Action::FocusCapture);
    h.keys("on disk?");
    // Record the capture without telling the app it is durable.
    h.0.act_unsaved(60, Action::CaptureCommit);
    assert!(!h.app.is_saved(&h.session.entries[0]));
    let seq = h.scribe.seq;
    h.act(Action::Durable(seq));
    assert!(h.app.is_saved(&h.session.entries[0]));
}
