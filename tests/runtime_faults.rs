//! The faults found when a new user ran a whole two-day event (issue 10), each replayed
//! through the real runtime as the facilitator or rapporteur met it.

use convene::app::Focus;
use convene::app::keymap::KeyMode;
use convene::session::{Event, Session};
use convene::testing::Harness;

fn item_index(s: &Session, id: &str) -> usize {
    s.item_index(id).unwrap_or_else(|| panic!("no item {id}"))
}

fn current(h: &Harness) -> Option<String> {
    h.session().timer.current.clone()
}

/// The roundtable with `item` running at `at`.
fn running(at: &str, item: &str) -> Harness {
    let mut h = Harness::roundtable(at);
    h.record(Event::ItemStarted { item: item.into() });
    h
}

// --- A no-break space pasted from Word, then Tab, in every one-line input ----------------

#[test]
fn a_no_break_or_thin_space_then_tab_never_panics_in_a_one_line_input() {
    for (key, item) in [("Q", "d2-ngo-discussion"), ("G", "d1-case-study")] {
        for space in ['\u{a0}', '\u{2009}', '\u{202f}'] {
            let mut h = running("2009-04-28T08:30:00Z", item);
            h.press(&[key]).paste(&format!("@ngo{space}")).press(&["Tab"]);
            h.paste(&format!("x{space}@mia")).press(&["Tab"]);
            assert!(h.app().input.is_some(), "the input is still open after Tab ({key}, {space:?})");
        }
    }
    // The review list's attribution and search inputs.
    let mut h = running("2009-04-28T06:15:00Z", "d1-plenary-questions");
    h.press(&["c"]).type_text("a note").press(&["Enter", "Esc", "r"]);
    for key in ["@", "/"] {
        h.press(&[key]).paste("\u{a0}\u{a0}mia\u{a0}").press(&["Tab", "Esc"]);
    }
}

#[test]
fn one_line_inputs_edit_at_the_cursor() {
    let mut h = running("2009-04-28T08:30:00Z", "d2-ngo-discussion");
    h.press(&["Q"]).type_text("mia-1 journalist").press(&["Home"]).press(&["Delete"; 6]);
    assert_eq!(h.app().input.as_ref().unwrap().text(), "journalist");
    h.press(&["End", "Left", "Left"]).type_text("X");
    assert_eq!(h.app().input.as_ref().unwrap().text(), "journaliXst");
    h.press(&["Ctrl-Backspace"]);
    assert_eq!(h.app().input.as_ref().unwrap().text(), "st");
    h.press(&["Esc"]);
    assert!(h.app().input.is_none());
}

// --- The floor and the speakers' list belong to their item ------------------------------

#[test]
fn a_turn_ends_with_its_item_and_the_list_stays_with_its_item() {
    let mut h = running("2009-04-28T08:00:00Z", "d1-plenary-questions");
    h.answer("Q", "@exp-uk").press(&["f"]);
    h.answer("Q", "@mia-1");
    assert!(convene::timing::open_turn(h.session()).is_some());
    // Jump to the case study (working groups).
    let case = item_index(h.session(), "d1-case-study");
    while h.app().selected < case {
        h.press(&["j"]);
    }
    h.wait(30).press(&["Enter"]);
    assert_eq!(current(&h).as_deref(), Some("d1-case-study"));
    assert!(convene::timing::open_turn(h.session()).is_none(), "the turn ended with its item");
    assert!(h.session().speakers_list("d1-case-study").is_empty(), "the old list stays with its item");
    h.press(&["v"]);
    let room = h.screen(120, 36);
    assert!(!room.contains("Speaking"), "nobody speaks over the case study: {room}");
    h.press(&["v", "c"]).type_text("A note on the case study").press(&["Enter"]);
    let e = h.session().entries.last().unwrap();
    assert_eq!(e.attribution.participant, None, "not credited to the last item's speaker");
    // The facilitator can carry the waiting speaker over on purpose.
    h.press(&["Esc", "C"]);
    let names: Vec<_> =
        h.session().speakers_list("d1-case-study").iter().map(|q| q.speaker.participant.clone()).collect();
    assert_eq!(names, [Some("mia-1".to_string())]);
    assert!(h.session().speakers_list("d1-plenary-questions").is_empty());
}

#[test]
fn a_closed_list_takes_no_new_names_and_first_time_speakers_can_go_first() {
    let mut h = running("2009-04-29T05:35:00Z", "d2-ngo-discussion");
    h.answer("Q", "@mia-1").press(&["f"]);
    h.wait(60).answer("Q", "@ngo-yc");
    h.answer("Q", "@mia-1"); // a second time on this item
    h.answer("Q", "@mia-2");
    h.press(&["P"]);
    let order: Vec<_> = h
        .session()
        .speakers_list("d2-ngo-discussion")
        .iter()
        .map(|q| q.speaker.participant.clone().unwrap_or_default())
        .collect();
    assert_eq!(order, ["ngo-yc", "mia-2", "mia-1"], "those who have not spoken go first");
    h.press(&["L", "Q"]);
    assert!(h.complained() && h.status().contains("closed"), "{}", h.status());
    assert!(h.app().input.is_none());
    h.press(&["L", "Q"]);
    assert!(h.app().input.is_some(), "open again");
}

#[test]
fn notes_during_a_presentation_are_the_presenters_by_default() {
    let mut h = running("2009-04-29T05:00:00Z", "d2-un-approach");
    h.press(&["c"]).type_text("The UN approach rests on prevention").press(&["Enter"]);
    assert_eq!(h.session().entries[0].attribution.participant.as_deref(), Some("ohchr-1"));
    h.type_text("@ngo-yc But who funds it?").press(&["Enter"]);
    assert_eq!(h.session().entries[1].attribution.participant.as_deref(), Some("ngo-yc"), "a prefix wins");
}

// --- p and n agree with the screen ------------------------------------------------------

#[test]
fn after_going_back_next_starts_the_item_the_screen_names() {
    // 14:00 in Dushanbe on the steering session's day.
    let mut h = Harness::sample("steering-working-session.json", "2026-12-03T09:00:00Z");
    h.press(&["Space"]).wait(60).press(&["n"]).wait(60).press(&["n"]).wait(30).press(&["p"]);
    let s = h.session();
    assert_eq!(current(&h).as_deref(), Some(s.items[1].item.as_str()), "p went back to the second item");
    let next = convene::timing::next_item(s).expect("a next item");
    let day = convene::timing::project_day(s, 0, h.now());
    let running = day.items.iter().find(|p| p.index == 1).unwrap();
    let upcoming = day.items.iter().find(|p| p.index == next).unwrap();
    assert!(upcoming.start >= running.end, "the next item starts after the running one ends");
    let later: Vec<_> = day.items.iter().filter(|p| p.index > 1).collect();
    for pair in later.windows(2) {
        assert!(pair[1].start >= pair[0].end, "no overlap in the projected day: {later:#?}");
    }
    h.press(&["n"]);
    assert_eq!(h.app().selected, next);
    assert_eq!(
        current(&h).as_deref(),
        Some(h.session().items[next].item.as_str()),
        "n starts what Next named"
    );
}

#[test]
fn an_end_at_a_clock_time_shows_that_time() {
    let mut h = Harness::sample("steering-working-session.json", "2026-12-03T09:00:17.123456789Z");
    h.press(&["Space"]).answer("t", "14:40");
    let run = &h.session().items[0];
    let end = run.end_at(h.now());
    assert_eq!(end.to_string(), "2026-12-03T09:40:00Z");
    // Paused: the end moves later, the countdown stands still.
    h.wait(20).press(&["Space"]);
    let left = convene::timing::countdown(h.session(), 0, h.now(), Default::default()).unwrap().display();
    h.wait(300);
    let still = convene::timing::countdown(h.session(), 0, h.now(), Default::default()).unwrap().display();
    assert_eq!(left, still, "a paused clock stands still");
    assert_eq!(h.session().items[0].end_at(h.now()).to_string(), "2026-12-03T09:45:00Z");
}

// --- A day ends; day 2 starts when the facilitator starts it ----------------------------

#[test]
fn the_end_of_a_day_stops_the_clock_and_day_two_waits_for_the_facilitator() {
    let mut h = running("2009-04-28T11:30:00Z", "d1-wrap-up");
    h.wait(600).press(&["n"]);
    assert_eq!(current(&h), None, "the clock stopped at the end of day 1");
    assert_eq!(convene::timing::day_over(h.session()), Some(0));
    assert!(h.status().contains("Day 1 is over"), "{}", h.status());
    let first_of_day_two = item_index(h.session(), "d2-ngo-presentations");
    assert_eq!(h.app().selected, first_of_day_two, "the next day's first item is selected");
    // The next morning: Space starts day 2 without a question.
    h.wait(15 * 3600).press(&["Space"]);
    assert_eq!(h.key_mode(), KeyMode::Run, "no question for the next day once the day is over");
    assert_eq!(current(&h).as_deref(), Some("d2-ngo-presentations"));
}

#[test]
fn starting_another_days_item_asks_first() {
    let mut h = running("2009-04-28T04:00:00Z", "d1-registration");
    let last_of_day_one = item_index(h.session(), "d1-wrap-up");
    for _ in 0..=last_of_day_one {
        h.press(&["j"]);
    }
    let chosen = h.session().items[h.app().selected].clone();
    assert_eq!(chosen.day, 1, "the selection went on into day 2");
    h.press(&["Enter"]);
    assert_eq!(h.key_mode(), KeyMode::Confirm, "starting a day-2 item on day 1 asks");
    h.press(&["n"]);
    assert_eq!(current(&h).as_deref(), Some("d1-registration"), "no: nothing changed");
    h.press(&["Enter", "y"]);
    assert_eq!(current(&h), Some(chosen.item));
}

// --- Finishing the event -----------------------------------------------------------------

#[test]
fn finishing_asks_stops_the_clock_keeps_review_and_can_be_undone() {
    let mut h = running("2009-04-29T11:50:00Z", "d2-closing");
    h.press(&["X"]);
    assert_eq!(h.key_mode(), KeyMode::Confirm);
    h.press(&["y"]);
    assert!(h.session().finished_at.is_some());
    assert_eq!(current(&h), None);
    h.press(&["Space"]);
    assert!(h.complained() && h.status().contains("finished"), "{}", h.status());
    assert_eq!(current(&h), None, "no clock after the end");
    h.press(&["c"]).type_text("A late note for the record").press(&["Enter"]);
    assert_eq!(h.session().entries.len(), 1, "notes can still be taken and reviewed");
    h.press(&["Esc", "u"]);
    assert!(h.session().finished_at.is_none(), "u takes the finish back");
    assert_eq!(current(&h).as_deref(), Some("d2-closing"));
}

// --- Bad input says what was wrong and what would work ----------------------------------

#[test]
fn bad_answers_say_what_is_wrong_and_what_would_work() {
    let mut h = running("2009-04-28T08:30:00Z", "d1-case-study");
    for (key, text, says) in [
        ("G", "@nobody A", "@nobody"),
        ("G", "0", "At least one group"),
        ("G", "@mia-1 Z", "the groups are A, B, C"),
        ("t", "25:99", "hours run from 00 to 23"),
        ("t", "13:00", "already passed"),
    ] {
        h.answer(key, text);
        assert!(h.complained(), "{key} {text}: {}", h.status());
        assert!(h.status().contains(says), "{key} {text}: {}", h.status());
        assert!(h.app().input.is_some(), "{key} {text}: the question stays open to fix");
        h.press(&["Esc"]);
    }
    h.answer("Q", "@mia-1");
    h.answer("x", "9");
    assert!(h.status().contains("no number 9") && h.status().contains("type 1"), "{}", h.status());
    h.press(&["Esc"]);
    h.answer("Q", "@nosuch");
    assert!(h.complained() && h.status().contains("@nosuch"), "{}", h.status());
    assert_eq!(h.session().speakers_list("d1-case-study").len(), 1, "not quietly made a role");
    h.press(&["Esc"]);
    h.answer("Q", "police officer");
    assert!(h.status().contains("as the role"), "{}", h.status());
    let last = h.session().speakers_list("d1-case-study").last().map(|q| q.speaker.role.clone());
    assert_eq!(last, Some(Some("police-officer".replace('-', " "))));
}

// --- Working groups ----------------------------------------------------------------------

#[test]
fn moving_a_rapporteur_forming_again_and_reusing_groups() {
    let mut h = running("2009-04-28T08:30:00Z", "d1-case-study");
    let group = |h: &Harness, name: &str| {
        h.session()
            .groups
            .iter()
            .find(|g| g.item == "d1-case-study" && g.group.name == name)
            .unwrap()
            .group
            .clone()
    };
    assert_eq!(
        group(&h, "Group A").rapporteur.and_then(|r| r.roster_id().map(str::to_string)).as_deref(),
        Some("mia-1")
    );
    h.answer("G", "@mia-1 B");
    let a = group(&h, "Group A");
    assert!(!a.members.contains(&"mia-1".to_string()));
    assert_ne!(a.rapporteur.as_ref().and_then(|r| r.roster_id()), Some("mia-1"), "A needs a new rapporteur");
    assert!(group(&h, "Group B").members.contains(&"mia-1".to_string()));
    h.answer("G", "3 42");
    assert_eq!(group(&h, "Group A").room.as_deref(), Some("Main hall"), "re-forming keeps the rooms");
    assert_eq!(group(&h, "Group C").room.as_deref(), Some("Room 3"));
}

#[test]
fn organisers_are_left_out_of_groups() {
    let mut agenda = convene::session::testkit::roundtable();
    for p in agenda.participants.iter_mut().filter(|p| p.id.starts_with("odihr")) {
        p.organiser = true;
    }
    let mut h = Harness::new(&agenda, "2009-04-28T08:30:00Z".parse().unwrap());
    h.record(Event::ItemStarted { item: "d1-case-study".into() });
    h.answer("G", "3 7");
    let placed: Vec<String> = h.session().groups.iter().flat_map(|g| g.group.members.clone()).collect();
    assert!(!placed.iter().any(|m| m.starts_with("odihr")), "{placed:?}");
    assert_eq!(placed.len(), agenda.participants.len() - 2);
}

#[test]
fn report_back_slots_can_be_set_and_notes_carry_the_group() {
    let mut h = running("2009-04-28T10:15:00Z", "d1-report-back");
    h.answer("S", "10");
    assert!(h.status().contains("45 min left for plenary"), "{}", h.status());
    h.press(&["g"]);
    let slot = convene::timing::open_slot(h.session(), h.now()).unwrap();
    assert_eq!(slot.length_ms, 10 * 60_000);
    // Notes of every kind, with or without an attribution, carry the reporting group.
    for text in
        ["r: @ngo More joint seminars", "Trust takes time", "f: A follow-up visit", "@mia-2 c: agreed"]
    {
        h.press(&["c"]).type_text(text).press(&["Enter", "Esc"]);
    }
    assert!(
        h.session().entries.iter().all(|e| e.group.as_deref() == Some("Group A")),
        "{:#?}",
        h.session().entries
    );
    h.wait(9 * 60).press(&["g"]);
    let slot = convene::timing::open_slot(h.session(), h.now()).unwrap();
    assert_eq!(slot.group, "Group B");
    h.wait(11 * 60);
    let slot = convene::timing::open_slot(h.session(), h.now()).unwrap();
    assert_eq!(slot.label(), "OVERTIME");
}

// --- The review list ---------------------------------------------------------------------

#[test]
fn merging_twins_keeps_one_text_and_both_authors() {
    let mut h = running("2009-04-28T06:15:00Z", "d1-plenary-questions");
    h.press(&["c"]).type_text("@mia-1 More joint training").press(&["Enter"]);
    h.type_text("@ngo-yc More joint training").press(&["Enter", "Esc", "r", "J"]);
    let first = &h.session().entries[0];
    assert_eq!(first.text, "More joint training", "the same text is not doubled");
    let authors: Vec<_> = h.session().authors(first).iter().map(|a| a.participant.clone()).collect();
    assert_eq!(authors, [Some("mia-1".to_string()), Some("ngo-yc".to_string())], "the second author is kept");
    h.press(&["u"]);
    assert!(h.session().authors(&h.session().entries[0]).len() == 1 && !h.session().entries[1].deleted);
}

#[test]
fn a_new_search_starts_empty_and_a_move_picks_the_item_by_title() {
    let mut h = running("2009-04-28T06:15:00Z", "d1-plenary-questions");
    h.press(&["c"]).type_text("Доверие").press(&["Enter", "Esc", "r"]);
    h.answer("/", "довер");
    h.press(&["/"]);
    assert_eq!(h.app().input.as_ref().unwrap().text(), "", "a new search does not append to the old one");
    h.type_text("zzz").press(&["Enter"]);
    assert_eq!(h.app().review.search.as_deref(), Some("zzz"));
    h.press(&["Tab", "m"]);
    assert_eq!(h.key_mode(), KeyMode::Pick);
    h.type_text("case study").press(&["Enter"]);
    assert_eq!(h.session().entries[0].item.as_deref(), Some("d1-case-study"), "straight there, past breaks");
    assert!(h.status().contains("Case study"), "{}", h.status());
}

// --- Undo for the facilitator ------------------------------------------------------------

#[test]
fn the_facilitator_can_undo_a_replan_a_skip_a_jump_and_an_end_time() {
    let mut h = running("2009-04-28T04:00:00Z", "d1-registration");
    h.wait(45 * 60).press(&["n", "a"]);
    assert!(h.session().items.iter().any(|r| r.replanned_minutes.is_some()));
    h.press(&["u"]);
    assert!(h.session().items.iter().all(|r| r.replanned_minutes.is_none()), "re-plan undone");

    // Skip a later item, then take it back.
    h.press(&["j", "j", "s"]);
    let skipped = h.app().selected;
    assert!(h.session().items[skipped].skipped);
    h.press(&["u"]);
    assert!(!h.session().items[skipped].skipped, "un-skipped");

    // A jump by mistake: undo puts the clock back on the item that was running.
    h.press(&["j", "Enter"]);
    assert_ne!(current(&h).as_deref(), Some("d1-opening"));
    h.press(&["u"]);
    assert_eq!(current(&h).as_deref(), Some("d1-opening"));
    assert!(
        h.session().items[skipped + 1].started_at.is_none(),
        "the item started by mistake is not started"
    );

    // An end at a clock time, taken back.
    h.answer("t", "10:30");
    assert!(h.session().items[1].ends_at.is_some());
    h.press(&["u"]);
    assert!(h.session().items[1].ends_at.is_none());
    h.press(&["Ctrl-r"]);
    assert!(h.session().items[1].ends_at.is_some(), "and redone");
}

// --- Help that fits ----------------------------------------------------------------------

#[test]
fn help_scrolls_says_there_is_more_and_reaches_every_key() {
    for (w, hgt) in [(80, 24), (120, 36)] {
        let mut h = running("2009-04-28T04:00:00Z", "d1-registration");
        h.resize(w, hgt).press(&["?"]);
        let first = h.screen(w, hgt);
        assert!(first.contains("more lines"), "{w}x{hgt}: the help says there is more\n{first}");
        let mut seen = first.clone();
        for _ in 0..80 {
            h.press(&["j"]);
            seen.push_str(&h.screen(w, hgt));
        }
        let flat: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
        for b in convene::app::keymap::bindings().iter().filter(|b| b.mode == KeyMode::Run) {
            let description = b.description(convene::i18n::Lang::En);
            let words: String = description.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&words), "{w}x{hgt}: the help never shows {description:?}");
        }
        h.press(&["PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp"]);
        assert_eq!(h.app().help.unwrap().scroll, 0, "back at the top");
        h.press(&["Esc"]);
        assert!(h.app().help.is_none());
    }
}

// --- Files that cannot be read are set aside, never overwritten --------------------------

#[test]
fn a_damaged_draft_file_is_set_aside_and_not_overwritten() {
    let mut h = running("2009-04-28T06:15:00Z", "d1-plenary-questions");
    h.press(&["c"]).type_text("half a note").wait(3).stop();
    let draft = std::path::Path::new(convene::testing::SESSION_DIR).join("draft-dev.json");
    let garbage = b"{\"text\": \"half a no\xd0";
    h.disk.overwrite(&draft, garbage);
    let mut again = Harness::reopen(h.disk.clone(), h.now());
    assert!(again.status().contains("could not be read"), "{}", again.status());
    let aside: Vec<String> =
        h.disk.names_in(&std::path::Path::new(convene::testing::SESSION_DIR).join("set-aside"));
    assert_eq!(aside.len(), 1, "{aside:?}");
    let kept = h
        .disk
        .contents(&std::path::Path::new(convene::testing::SESSION_DIR).join("set-aside").join(&aside[0]));
    assert_eq!(kept.as_deref(), Some(&garbage[..]), "kept byte for byte");
    again.press(&["c"]).type_text("a new note").wait(3);
    assert_eq!(
        h.disk
            .contents(&std::path::Path::new(convene::testing::SESSION_DIR).join("set-aside").join(&aside[0]))
            .as_deref(),
        Some(&garbage[..]),
        "the set-aside file is never replaced"
    );
    assert_eq!(again.app().focus, Focus::Capture);
}

// --- A speaker's clock ticks while the item is paused -----------------------------------

#[test]
fn a_speakers_clock_ticks_while_the_item_is_paused() {
    let mut h = running("2009-04-29T05:35:00Z", "d2-ngo-discussion");
    h.answer("Q", "@ngo-yc").press(&["f", "Space"]);
    assert!(!h.session().timer.running);
    let wake = h.last.wake_at.unwrap();
    assert!(
        wake.duration_since(h.now()).as_millis() <= 1002,
        "the runtime wakes for the speaker's next second"
    );
    let before = h.screen(120, 36);
    h.wait(3);
    let after = h.screen(120, 36);
    assert!(before.contains("00:00") && after.contains("00:03"), "{after}");
}
