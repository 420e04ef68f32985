//! Capturing and reviewing notes through the real runtime, key by key as a rapporteur
//! types, with the events folded and saved on the simulated disk.

use convene::app::keymap::KeyMode;
use convene::app::{Focus, View};
use convene::session::{EntryKind, Event, Mark};
use convene::testing::Harness;

/// The plenary discussion running at 11:15.
fn plenary() -> Harness {
    let mut h = Harness::roundtable("2009-04-28T06:15:00Z");
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    h
}

/// Types a note and saves it (from whatever screen: c first when not typing).
fn note(h: &mut Harness, text: &str) {
    if h.app().focus != Focus::Capture {
        h.press(&["c"]);
    }
    h.type_text(text).press(&["Enter"]);
}

fn live(h: &Harness) -> Vec<(EntryKind, String)> {
    h.session().live_entries().map(|e| (e.kind, e.text.clone())).collect()
}

fn entry(h: &Harness, i: usize) -> convene::session::Entry {
    h.session().entries.get(i).map(|e| (**e).clone()).expect("an entry")
}

#[test]
fn c_starts_typing_and_letters_never_run_commands() {
    let mut h = plenary();
    h.press(&["c"]);
    assert_eq!(h.app().focus, Focus::Capture);
    assert_eq!(h.key_mode(), KeyMode::Capture);
    h.type_text("quit now? v n p q");
    assert!(!h.app().quitting);
    assert_eq!(h.app().view, View::Operator);
    assert_eq!(
        h.session().timer.current.as_deref(),
        Some("d1-plenary-questions"),
        "n did not move the timer"
    );
    assert_eq!(h.app().capture.text(), "quit now? v n p q");
    h.press(&["Enter"]);
    assert_eq!(live(&h), [(EntryKind::DiscussionPoint, "quit now? v n p q".to_string())]);
    assert_eq!(entry(&h, 0).item.as_deref(), Some("d1-plenary-questions"));
    assert_eq!(entry(&h, 0).section.as_deref(), Some("Session 1"));
    assert!(h.app().capture.text().is_empty(), "the editor is empty after saving");
    assert!(h.app().is_saved(&entry(&h, 0)));
}

#[test]
fn multi_line_notes_and_the_kind_and_attribution_keys() {
    let mut h = plenary();
    h.press(&["c"]).type_text("First line").press(&["Alt-Enter"]).type_text("второй ряд");
    h.press(&["Ctrl-t"]); // discussion -> recommendation (participants)
    h.press(&["Ctrl-n"]);
    h.press(&["Enter"]);
    let e = entry(&h, 0);
    assert_eq!(e.text, "First line\nвторой ряд");
    assert_eq!(e.kind, EntryKind::RecommendationParticipants);
    assert!(!e.attribution.not_for_attribution, "flipped from the Chatham House default");
    // The next note starts from the defaults again.
    note(&mut h, "plain");
    assert_eq!(entry(&h, 1).kind, EntryKind::DiscussionPoint);
    assert!(entry(&h, 1).attribution.not_for_attribution);
}

#[test]
fn prefixes_and_completion() {
    let mut h = plenary();
    h.press(&["c"]).type_text("f: @ngo-y").press(&["Tab"]);
    assert_eq!(h.app().capture.text(), "f: @ngo-yc ");
    h.type_text("Joint focus groups with the MIA").press(&["Enter"]);
    let e = entry(&h, 0);
    assert_eq!(e.kind, EntryKind::FollowUp);
    assert_eq!(e.attribution.participant.as_deref(), Some("ngo-yc"));
    assert_eq!(e.text, "Joint focus groups with the MIA");
}

#[test]
fn timer_keys_work_while_typing_without_losing_the_note() {
    let mut h = plenary();
    h.press(&["c"]).type_text("half a tho");
    h.press(&["F6"]);
    assert_eq!(h.session().timer.current.as_deref(), Some("d1-lunch"));
    h.press(&["F5"]);
    assert!(!h.session().timer.running);
    assert_eq!(h.app().capture.text(), "half a tho");
    assert_eq!(h.app().focus, Focus::Capture);
}

#[test]
fn paste_is_one_edit_big_pastes_are_refused_and_escapes_dropped() {
    let mut h = plenary();
    h.paste("Line one\r\nline \u{1b}[2Jtwo\rthree");
    assert_eq!(h.app().focus, Focus::Capture, "a paste starts a note");
    // The screen clear goes whole: no "[2J" is left in the note.
    assert_eq!(h.app().capture.text(), "Line one\nline two\nthree");
    h.paste(&"x".repeat(convene::capture::MAX_PASTE_BYTES + 1));
    assert!(h.status().contains("Paste refused"), "{}", h.status());
    assert_eq!(h.app().capture.text(), "Line one\nline two\nthree", "nothing changed");
}

#[test]
fn typing_leaves_the_projector_view() {
    let mut h = plenary();
    h.press(&["v", "c"]);
    assert_eq!(h.app().view, View::Operator, "notes are never shown to the room");
}

#[test]
fn the_note_being_typed_comes_back_after_a_stop() {
    let mut h = plenary();
    h.press(&["c"]).type_text("Ҳуқуқи инсон — half typed");
    h.stop();
    let mut again = Harness::reopen(h.disk.clone(), h.now());
    assert_eq!(again.app().focus, Focus::Capture);
    assert_eq!(again.app().capture.text(), "Ҳуқуқи инсон — half typed");
    assert!(again.screen(120, 36).contains("The note you were typing is back"));
}

#[test]
fn review_edit_kind_attribution_move_mark_merge_delete_undo_redo() {
    let mut h = plenary();
    note(&mut h, "Police must use minimum force");
    note(&mut h, "police must use minimum force (duplicate)");
    note(&mut h, "More trust between police and villages");
    h.press(&["Esc", "r"]);
    assert_eq!(h.app().focus, Focus::Review);
    assert_eq!(h.app().reviewed(h.session()).unwrap().text, "More trust between police and villages");

    // Edit
    h.press(&["Enter"]);
    assert_eq!(h.app().focus, Focus::Capture);
    h.type_text(" in villages").press(&["Enter"]);
    assert_eq!(entry(&h, 2).text, "More trust between police and villages in villages");
    assert_eq!(entry(&h, 2).history.len(), 1);
    assert_eq!(h.app().focus, Focus::Review);

    // Kind, attribution, not for attribution
    h.press(&["t"]);
    assert_eq!(entry(&h, 2).kind, EntryKind::RecommendationParticipants);
    h.answer("@", "@mia-3");
    assert_eq!(entry(&h, 2).attribution.participant.as_deref(), Some("mia-3"));
    h.press(&["~"]);
    assert!(!entry(&h, 2).attribution.not_for_attribution);

    // Move to another item, chosen by title, and back
    h.press(&["m"]).type_text("lunch").press(&["Enter"]);
    assert_eq!(entry(&h, 2).item.as_deref(), Some("d1-lunch"));
    h.press(&["Tab"]); // the whole session: the moved entry is still in the list
    h.press(&["u"]);
    assert_eq!(entry(&h, 2).item.as_deref(), Some("d1-plenary-questions"));
    h.press(&["Tab"]);

    // Marks
    h.press(&["X"]);
    assert_eq!(entry(&h, 2).mark, Mark::Contested);
    h.press(&["X"]);
    assert_eq!(entry(&h, 2).mark, Mark::None, "again unmarks");

    // Merge the duplicate into the one above it
    h.press(&["k", "J"]);
    assert_eq!(entry(&h, 0).text, "Police must use minimum force\npolice must use minimum force (duplicate)");
    assert!(entry(&h, 1).deleted);
    h.press(&["u"]);
    assert_eq!(entry(&h, 0).text, "Police must use minimum force");
    assert!(!entry(&h, 1).deleted);
    h.press(&["Ctrl-r"]);
    assert!(entry(&h, 1).deleted);

    // Delete and restore (soft)
    let before = live(&h).len();
    h.press(&["d"]);
    assert_eq!(live(&h).len(), before - 1);
    h.press(&["u"]);
    assert_eq!(live(&h).len(), before);
    assert_eq!(h.session().entries.len(), 3, "nothing is ever removed from the record");
}

#[test]
fn undo_of_a_capture_deletes_it_and_redo_brings_it_back() {
    let mut h = plenary();
    note(&mut h, "typo'd note");
    h.press(&["Esc", "r", "u"]);
    assert!(entry(&h, 0).deleted);
    h.press(&["Ctrl-r"]);
    assert!(!entry(&h, 0).deleted);
    h.press(&["Ctrl-r"]);
    assert!(h.status().contains("Nothing to redo"));
}

#[test]
fn search_and_scope() {
    let mut h = plenary();
    note(&mut h, "Доверие между полицией и обществом");
    h.press(&["F6"]); // lunch
    note(&mut h, "Lunch talk about trust");
    h.press(&["Esc", "r"]);
    let shown = |h: &Harness| convene::app::review::visible(h.session(), &h.app().review).len();
    assert_eq!(shown(&h), 1, "the running item's entries");
    h.press(&["Tab"]);
    assert_eq!(shown(&h), 2, "the whole session");
    h.answer("/", "довер");
    let found = convene::app::review::visible(h.session(), &h.app().review);
    assert_eq!(found.len(), 1);
    assert_eq!(entry(&h, found[0]).text, "Доверие между полицией и обществом");
}

#[test]
fn empty_notes_are_refused_and_edits_can_be_cancelled() {
    let mut h = plenary();
    h.press(&["c"]).type_text("r: ").press(&["Enter"]);
    assert!(h.session().entries.is_empty());
    assert!(h.complained());
    h.press(&["Esc"]);
    note(&mut h, "keep me");
    h.press(&["Esc", "r", "Enter"]).type_text(" changed").press(&["Esc"]);
    assert_eq!(entry(&h, 0).text, "keep me");
    assert_eq!(h.app().focus, Focus::Review);
}

#[test]
fn a_note_shows_its_saved_mark_only_once_on_disk() {
    let mut h = plenary();
    h.disk.fail_writes(Some(std::io::ErrorKind::StorageFull));
    note(&mut h, "on disk?");
    assert!(!h.app().is_saved(&entry(&h, 0)), "the disk is full: no saved mark");
    let screen = h.screen(120, 36);
    assert!(screen.contains("NOT SAVED"), "{screen}");
    assert!(screen.contains("… 11:15"), "the note shows as not saved: {screen}");
    // Space is freed: the runtime retries on its own and the mark appears.
    h.disk.fail_writes(None);
    h.wait(3);
    assert!(h.app().is_saved(&entry(&h, 0)));
    let screen = h.screen(120, 36);
    assert!(!screen.contains("NOT SAVED") && screen.contains("✓ 11:15"), "{screen}");
}

#[test]
fn bidi_overrides_and_zero_width_characters_typed_never_reach_the_editor() {
    let mut h = plenary();
    h.press(&["c"]).type_text("pay\u{202e}txt.exe\u{200b} ok");
    assert_eq!(h.app().capture.text(), "paytxt.exe ok");
    h.type_text("\u{200d}").press(&["Enter"]);
    assert_eq!(live(&h).last().map(|(_, t)| t.as_str()), Some("paytxt.exe ok\u{200d}"), "a joiner stays");
}

#[test]
fn a_point_is_found_by_its_review_pack_id_and_marked_checked_by_its_source() {
    let mut h = plenary();
    note(&mut h, "d: @exp-uk Community policing works where the police listen");
    note(&mut h, "d: Another point");
    let id = entry(&h, 0).id.simple().to_string();
    let short = format!("#{}", &id[id.len() - 8..]);
    h.press(&["Esc", "r"]).answer("/", &short);
    assert_eq!(h.app().reviewed(h.session()).map(|e| e.id), Some(entry(&h, 0).id), "{}", h.status());
    // V asks who checked it, with the point's own source already typed.
    h.press(&["V"]);
    assert_eq!(h.app().input.as_ref().map(|i| i.text()), Some("@exp-uk".to_string()));
    h.press(&["Enter"]);
    let checked = entry(&h, 0).checked.map(|c| c.by.participant);
    assert_eq!(checked, Some(Some("exp-uk".to_string())), "{}", h.status());
    assert!(h.status().contains("Police expert"), "{}", h.status());
    // Again: the check is taken back; u brings it back.
    h.press(&["V"]);
    assert!(entry(&h, 0).checked.is_none());
    h.press(&["u"]);
    assert!(entry(&h, 0).checked.is_some());
}
