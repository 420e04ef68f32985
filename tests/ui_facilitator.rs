//! The facilitator's run screen and the projector at the moments a facilitator relies on
//! them (issue 10): fixed starts, re-plan cuts, the selection across days, the end of a
//! day, the finished event, "Next" after going back, an end set at a clock time, and the
//! screen slips (header, projector message, overtime and last call in words). Everything
//! through the real runtime with keys, on TestBackend; explicit checks, no snapshots.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use convene::session::Event;
use convene::testing::{Harness, parse};
use convene::timing;

// --- Helpers ---------------------------------------------------------------------------

/// `hh:mm` in Dushanbe (UTC+5) on day `day` (1 or 2) of the roundtable, as RFC 3339.
fn dushanbe(day: u32, hhmm: &str) -> String {
    let (hh, mm) = hhmm.split_once(':').expect("hh:mm");
    let hour: u32 = hh.parse().expect("an hour");
    format!("2009-04-{:02}T{:02}:{mm}:00Z", 27 + day, hour - 5)
}

/// The roundtable with `item` on the clock from `hhmm` of day `day` (a scene set quickly).
fn running(day: u32, hhmm: &str, item: &str) -> Harness {
    let mut h = Harness::roundtable(&dushanbe(day, hhmm));
    h.record(Event::ItemStarted { item: item.into() });
    h
}

/// The text of one row of the buffer, from column `x` for `width` cells.
fn text_at(buf: &Buffer, x: u16, y: u16, width: u16) -> String {
    (x..x.saturating_add(width).min(buf.area.width)).map(|x| buf[(x, y)].symbol()).collect()
}

/// The rows inside the bordered block whose title starts with `title`, each with whether
/// its first cell is drawn reversed (the selected row of a list).
fn block_rows(t: &Terminal<TestBackend>, title: &str) -> Vec<(String, bool)> {
    let buf = t.backend().buffer();
    let (w, h) = (buf.area.width, buf.area.height);
    let head = format!(" {title}");
    for y in 0..h {
        for x in 0..w {
            if buf[(x, y)].symbol() != "┌" || !text_at(buf, x + 1, y, w).starts_with(&head) {
                continue;
            }
            let right = (x + 1..w).find(|&r| buf[(r, y)].symbol() == "┐").unwrap_or(w);
            let inner = right - x - 1;
            return (y + 1..h)
                .take_while(|&r| buf[(x, r)].symbol() != "└")
                .map(|r| {
                    let reversed = buf[(x + 1, r)].modifier.contains(Modifier::REVERSED);
                    (text_at(buf, x + 1, r, inner), reversed)
                })
                .collect();
        }
    }
    panic!("no block titled {title:?} on the screen:\n{}", t.backend());
}

/// The text inside a block, rows joined and spaces squeezed, so that words wrapped onto
/// the next row read as one line again.
fn block_text(t: &Terminal<TestBackend>, title: &str) -> String {
    squeeze(&block_rows(t, title).into_iter().map(|(r, _)| r).collect::<Vec<_>>().join(" "))
}

/// The whole screen as one line of words (for wrapped text on the projector).
fn words(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    squeeze(&(0..buf.area.height).map(|y| text_at(buf, 0, y, buf.area.width)).collect::<Vec<_>>().join(" "))
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first row of the screen.
fn header(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    text_at(buf, 0, 0, buf.area.width)
}

/// The frame the runtime draws (over its cached copy) is the one a full redraw gives.
fn same_as_a_full_frame(h: &mut Harness, width: u16, height: u16) {
    let full = h.full_frame(width, height);
    let drawn = h.drawn(width, height);
    assert_eq!(drawn.backend().buffer(), full.backend().buffer(), "the drawn screen differs");
}

/// The agenda list's row of item `index`, found by its planned start.
fn list_row(h: &Harness, rows: &[(String, bool)], index: usize) -> (String, bool) {
    let planned = h.session().items[index].planned_start.strftime("%H:%M").to_string();
    rows.iter()
        .find(|(r, _)| r.chars().skip(2).take(5).collect::<String>() == planned)
        .cloned()
        .unwrap_or_else(|| panic!("no row planned at {planned} in {rows:#?}"))
}

fn index(h: &Harness, id: &str) -> usize {
    h.session().item_index(id).unwrap_or_else(|| panic!("no item {id}"))
}

fn title(h: &Harness, index: usize) -> String {
    h.session().agenda_item(index).map(|i| i.title.clone()).unwrap_or_default()
}

fn expect(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "{part:?} is not on the screen:\n{text}");
    }
}

fn never(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(!text.contains(part), "{part:?} should not be on the screen:\n{text}");
    }
}

/// No participant's name, role, id or affiliation anywhere on `text` (the projector is
/// public).
fn names_nobody(h: &Harness, text: &str) {
    for p in &h.session().agenda.participants {
        let mut said = vec![p.id.as_str(), p.role.as_str()];
        said.extend(p.name.as_deref());
        said.extend(p.affiliation.as_deref());
        never(text, &said);
    }
}

/// The roundtable with a speaking limit of `minutes` on the day-two discussion.
fn roundtable_with_turns(minutes: u32) -> convene::agenda::Agenda {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/dushanbe-roundtable-2009.json");
    let text = std::fs::read_to_string(path).expect("the sample agenda");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let items = json["days"][1]["items"].as_array_mut().expect("day two's items");
    let discussion = items.iter_mut().find(|i| i["id"] == "d2-ngo-discussion").expect("the discussion");
    discussion["turn_minutes"] = minutes.into();
    convene::agenda::parse_str("roundtable-with-turns.json", &json.to_string()).expect("a valid agenda")
}

// --- 1. Fixed starts ------------------------------------------------------------------

#[test]
fn a_fixed_start_never_moves_and_the_screen_says_when_it_cannot_be_met() {
    let mut h = Harness::roundtable(&dushanbe(1, "09:00"));
    h.press(&["Space"]);
    let lunch = index(&h, "d1-lunch");
    for press in 1..=20 {
        h.press(&[">"]);
        let t = h.terminal(120, 36);
        let (row, _) = list_row(&h, &block_rows(&t, "Day 1 ·"), lunch);
        assert!(
            row.contains("12:30  12:30–13:30") && row.contains("Lunch (fixed"),
            "after {press} × >: {row}"
        );
    }
    // Registration now runs 130 minutes, to 11:10: what runs before lunch ends 14:10.
    let t = h.terminal(120, 36);
    let (row, _) = list_row(&h, &block_rows(&t, "Day 1 ·"), lunch);
    assert!(row.starts_with("⚠ 12:30"), "the row is marked: {row}");
    assert!(row.contains("(fixed · "), "and says so in words: {row}");
    expect(
        &block_text(&t, "Now"),
        &["⚠ Lunch (fixed 12:30) cannot start on time: what runs before it ends 14:10 —"],
    );
    // At 80 columns, the list says it in full.
    let t = h.terminal(80, 40);
    let (row, _) = list_row(&h, &block_rows(&t, "Day 1 ·"), lunch);
    assert!(row.starts_with("⚠ 12:30  12:30–13:30"), "{row}");
    assert!(row.contains("Lunch (fixed · cannot start on time)"), "{row}");
    expect(&block_text(&t, "Now"), &["⚠ Lunch (fixed 12:30) cannot start on time"]);
}

#[test]
fn a_fixed_start_that_the_replan_can_save_says_what_to_press() {
    let mut h = Harness::roundtable(&dushanbe(1, "09:00"));
    h.press(&["Space"]).press(&[">"; 6]).wait(60);
    let t = h.terminal(120, 36);
    expect(
        &block_text(&t, "Now"),
        &[
            "⚠ Lunch (fixed 12:30) cannot start on time: what runs before it ends 13:00 — a accepts the re-plan",
        ],
    );
    h.press(&["a"]);
    let t = h.terminal(120, 36);
    never(&block_text(&t, "Now"), &["cannot start on time"]);
    let (row, _) = list_row(&h, &block_rows(&t, "Day 1 ·"), index(&h, "d1-lunch"));
    assert!(row.starts_with("  12:30  12:30–13:30") && row.contains("Lunch (fixed)"), "{row}");
}

// --- 2. The re-plan proposal shows every cut ---------------------------------------------

#[test]
fn every_cut_the_replan_proposes_shows_in_the_list_and_the_now_panel() {
    let mut h = Harness::roundtable(&dushanbe(1, "09:00"));
    h.press(&["Space"]).press(&[">"; 6]).wait(60); // registration 30 minutes over
    let day = timing::project_day(h.session(), 0, h.now());
    let proposal = timing::replan_proposal(h.session(), &day).expect("a proposal");
    assert!(proposal.cuts.len() >= 3, "{proposal:?}");
    for (w, ht) in [(80, 40), (120, 36), (100, 30)] {
        let t = h.terminal(w, ht);
        let rows = block_rows(&t, "Day 1 ·");
        for &(i, from, to) in &proposal.cuts {
            let (row, _) = list_row(&h, &rows, i);
            assert!(row.contains(&format!("({from}→{to}")) && row.contains("?)"), "{w}x{ht}: {row}");
            let first_word = title(&h, i).split_whitespace().next().unwrap_or_default().to_string();
            assert!(row.contains(&first_word), "{w}x{ht}: the title is there too: {row}");
        }
        let panel = block_text(&t, "Now");
        expect(&panel, &["To keep to the plan, shorten:", "— a accepts"]);
        for &(_, from, to) in &proposal.cuts {
            expect(&panel, &[&format!("{from}→{to}")]);
        }
    }
    // On the smallest usual screen the panel still lists every cut, whole.
    let t = h.terminal(80, 24);
    let panel = block_text(&t, "Now");
    for &(_, from, to) in &proposal.cuts {
        expect(&panel, &[&format!("{from}→{to}")]);
    }
    expect(&panel, &["— a accepts"]);
    // Accepted: every shortened item says so in the list.
    h.press(&["a"]);
    let t = h.terminal(80, 40);
    let rows = block_rows(&t, "Day 1 ·");
    let replanned: Vec<(usize, u32, u32)> = h
        .session()
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, r.planned_minutes, r.replanned_minutes?)))
        .collect();
    assert_eq!(replanned.len(), proposal.cuts.len());
    for (i, from, to) in replanned {
        let (row, _) = list_row(&h, &rows, i);
        assert!(row.contains(&format!("({from}→{to} min)")), "{row}");
    }
}

// --- 3. The list follows the selection across days ----------------------------------------

#[test]
fn the_agenda_list_follows_the_selection_into_the_next_day_and_back() {
    let mut h = Harness::roundtable(&dushanbe(1, "08:55"));
    let first_of_day_two = index(&h, "d2-ngo-presentations");
    for _ in 0..first_of_day_two {
        h.press(&["j"]);
    }
    assert_eq!(h.app().selected, first_of_day_two);
    for (w, ht) in [(120, 36), (80, 24)] {
        let t = h.terminal(w, ht);
        let rows = block_rows(&t, "Day 2 · Wed 29 Apr 2009");
        let (row, selected) = list_row(&h, &rows, first_of_day_two);
        assert!(selected && row.contains("Perspectives from the"), "{w}x{ht}: {rows:#?}");
        expect(&header(&t), &["Day 1 of 2"]);
    }
    // The last item of day 2 stays in view on a small screen.
    h.press(&["j"; 9]);
    let last = h.session().items.len() - 1;
    assert_eq!(h.app().selected, last);
    let t = h.terminal(80, 24);
    let (row, selected) = list_row(&h, &block_rows(&t, "Day 2 ·"), last);
    assert!(selected && row.contains("Closing remarks"), "{row}");
    same_as_a_full_frame(&mut h, 80, 24);
    // Back up into day 1.
    h.press(&["k"; 10]);
    let t = h.terminal(80, 24);
    let (row, selected) = list_row(&h, &block_rows(&t, "Day 1 ·"), index(&h, "d1-wrap-up"));
    assert!(selected && row.contains("Wrap-up of day one"), "{row}");
}

// --- 4. The end of a day -------------------------------------------------------------------

#[test]
fn the_end_of_day_one_shows_its_summary_and_the_room_is_told_when_day_two_starts() {
    let mut h = Harness::roundtable(&dushanbe(1, "09:00"));
    h.press(&["Space"]);
    h.press(&["c"]).type_text("The roundtable opened").press(&["Enter", "Esc"]);
    // The tea break is dropped from the plan.
    let tea = index(&h, "d1-tea");
    h.press(&["j"; 7]);
    assert_eq!(h.app().selected, tea);
    h.press(&["s"]);
    for _ in 0..8 {
        h.wait(25 * 60).press(&["n"]);
    }
    assert_eq!(h.session().timer.current.as_deref(), Some("d1-wrap-up"));
    h.press(&["c"]).type_text("c: Day one closes with agreement").press(&["Enter", "Esc"]);
    h.wait(25 * 60).press(&["n"]); // 12:45: the clock stops
    assert_eq!(h.session().timer.current, None);
    assert_eq!(timing::day_over(h.session()), Some(0));
    // The day's summary opened over the run screen; Esc shows what stays under it.
    assert_eq!(h.app().summary.map(|s| s.day), Some(0));
    h.press(&["Esc"]);

    let t = h.terminal(120, 36);
    expect(&header(&t), &["Day 1 of 2 is over"]);
    let panel = block_text(&t, "Now");
    expect(
        &panel,
        &[
            "Day 1 is over · ended 12:45 (planned 16:45)",
            "9 items run, 1 skipped, 2 notes",
            "Space starts day 2: Perspectives from the community: presentations by Tajik NGOs (Wed 29 Apr 09:00)",
        ],
    );
    never(&panel, &["No item running"]);
    let t = h.terminal(80, 24);
    expect(&block_text(&t, "Now"), &["Day 1 is over", "Space starts day 2"]);
    h.wait(61);
    same_as_a_full_frame(&mut h, 120, 36);

    // The room: the day is over, see you tomorrow; never "Starting soon" that evening.
    h.press(&["v"]);
    for (w, ht) in [(80, 24), (40, 12)] {
        let room = words(&h.terminal(w, ht));
        expect(&room, &["Day 1 is over", "See you tomorrow at 09:00"]);
        never(&room, &["Starting soon"]);
    }
    // The next morning, before the facilitator starts day 2.
    h.wait_until(&dushanbe(2, "08:50"));
    let room = words(&h.terminal(80, 24));
    expect(&room, &["Starting soon", "Day 2 starts at 09:00"]);
    h.press(&["v"]);
    expect(&block_text(&h.terminal(120, 36), "Now"), &["Space starts day 2"]);
    h.wait_until(&dushanbe(2, "09:00")).press(&["Space"]);
    assert_eq!(h.session().timer.current.as_deref(), Some("d2-ngo-presentations"));
    expect(&header(&h.terminal(120, 36)), &["Day 2 of 2"]);
}

// --- 5. A finished event says so ---------------------------------------------------------------

#[test]
fn a_finished_event_says_so_on_the_run_screen_and_the_projector() {
    let mut h = running(2, "16:45", "d2-closing");
    h.wait(25 * 60).press(&["X", "y"]); // 17:10
    assert!(h.session().finished_at.is_some());
    assert!(h.app().summary.is_some(), "the last day's summary opened");
    h.press(&["Esc"]);
    for (w, ht) in [(120, 36), (80, 24)] {
        let t = h.terminal(w, ht);
        expect(&header(&t), &["Finished at 17:10"]);
        expect(&block_text(&t, "Now"), &["■ Finished at 17:10", "The notes stay open"]);
        let all = words(&t);
        never(&all, &["No item running", "Starting soon", "Space starts"]);
    }
    h.wait(90);
    same_as_a_full_frame(&mut h, 120, 36);
    // Full-screen capture's strip too.
    h.press(&["c", "Ctrl-f"]);
    let strip = h.terminal(120, 36);
    expect(&text_at(strip.backend().buffer(), 0, 1, 120), &["Finished at 17:10"]);
    h.press(&["Ctrl-f", "Esc", "v"]);
    for (w, ht) in [(80, 24), (40, 12)] {
        let room = words(&h.terminal(w, ht));
        expect(&room, &["The event is finished", "Finished at 17:10"]);
        never(&room, &["Starting soon"]);
    }
    h.wait(3 * 3600);
    expect(&words(&h.terminal(80, 24)), &["The event is finished"]);
}

// --- 6. "Next" names what n starts ----------------------------------------------------------------

/// The "HH:MM" that follows `marker` in `text`.
fn time_after(text: &str, marker: &str) -> String {
    let at = text.find(marker).unwrap_or_else(|| panic!("no {marker:?} in {text}"));
    text[at + marker.len()..].chars().take(5).collect()
}

#[test]
fn next_names_the_item_n_starts_after_going_back_and_never_overlaps_the_running_one() {
    // 14:00 in Dushanbe on the steering session's day.
    let mut h = Harness::sample("steering-working-session.json", "2026-12-03T09:00:00Z");
    h.press(&["Space"]).wait(60).press(&["n"]).wait(60).press(&["n"]).wait(30).press(&["p"]);
    let next = timing::next_item(h.session()).expect("a next item");
    let day = timing::project_day(h.session(), 0, h.now());
    let start = day.items.iter().find(|p| p.index == next).expect("projected").start;
    let start = start.to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Dushanbe").unwrap()).strftime("%H:%M");
    let panel = block_text(&h.terminal(120, 36), "Now");
    expect(&panel, &[&format!("Next {start} {}", title(&h, next))]);
    let ends = time_after(&panel, "· ends ");
    assert!(time_after(&panel, "Next ") >= ends, "Next starts after the running item ends: {panel}");
    h.press(&["n"]);
    assert_eq!(h.session().current_index(), Some(next), "n starts what Next named");
}

#[test]
fn on_the_last_item_of_a_day_next_says_that_n_ends_the_day() {
    let mut h = running(1, "16:30", "d1-wrap-up");
    h.wait(60);
    let panel = block_text(&h.terminal(120, 36), "Now");
    expect(&panel, &["Next n ends day 1 · day 2 starts Wed 29 Apr 09:00: Perspectives from the community"]);
    h.press(&["v"]);
    let room = words(&h.terminal(80, 24));
    expect(&room, &["Day 2 starts Wed 29 Apr at 09:00: Perspectives"]);
    never(&room, &["Next at 09:00"]);
}

// --- 7. An end set with t shows that minute -----------------------------------------------------

#[test]
fn an_end_set_with_t_shows_that_minute_in_the_list_and_the_panel_and_moves_with_a_pause() {
    // 08:10:17.9 in Dushanbe: not on a whole second.
    let mut h = Harness::roundtable("2009-04-28T03:10:17.923456789Z");
    h.press(&["Space"]).answer("t", "08:40");
    let registration = index(&h, "d1-registration");
    let opening = index(&h, "d1-opening");
    for (w, ht) in [(120, 36), (80, 40)] {
        let t = h.terminal(w, ht);
        let rows = block_rows(&t, "Day 1 ·");
        assert!(list_row(&h, &rows, registration).0.contains("08:10–08:40"), "{rows:#?}");
        assert!(list_row(&h, &rows, opening).0.contains("08:40–09:10"), "{rows:#?}");
        expect(&block_text(&t, "Now"), &["ends at 08:40 (set)"]);
    }
    // Paused for a minute and a half: the end moves to 08:41:30, on both.
    h.wait(20).press(&["Space"]).wait(90);
    let t = h.terminal(120, 36);
    let rows = block_rows(&t, "Day 1 ·");
    assert!(list_row(&h, &rows, registration).0.contains("08:10–08:41"), "{rows:#?}");
    expect(&block_text(&t, "Now"), &["ends at 08:41 (set)"]);
}

// --- 8. Screen slips ------------------------------------------------------------------------------

#[test]
fn the_header_title_is_cut_between_words_at_80_columns() {
    let mut h = Harness::roundtable(&dushanbe(1, "08:55"));
    let full = h.session().agenda.event.title.clone();
    let check = |h: &mut Harness, when: &str| {
        let head = header(&h.terminal(80, 24));
        let shown = head.trim_start().strip_prefix("convene · ").unwrap_or_else(|| panic!("{head}"));
        let kept = shown.split('…').next().unwrap_or_default();
        assert!(shown.contains('…'), "{when}: the title is cut with an ellipsis: {head}");
        assert!(full.starts_with(kept), "{when}: {head}");
        assert!(full[kept.len()..].starts_with(' '), "{when}: cut mid-word: {head}");
    };
    check(&mut h, "before the start");
    h.wait(5 * 60).press(&["Space"]);
    check(&mut h, "running");
    h.record(Event::ItemStarted { item: "d2-closing".into() });
    h.press(&["X", "y", "Esc"]);
    check(&mut h, "finished");
}

#[test]
fn the_projector_keeps_the_message_at_its_smallest_size() {
    let mut h = running(1, "09:40", "d1-opening");
    h.wait(60).answer("m", "Please wrap up — Пожалуйста, завершайте");
    h.press(&["v"]);
    let room = words(&h.terminal(40, 12));
    expect(&room, &["Please wrap up — Пожалуйста, завершайте", "Opening remarks"]);
    // With a speaker at the floor as well.
    h.press(&["v"]).answer("Q", "@ngo-yc").press(&["f", "v"]);
    let room = words(&h.terminal(40, 12));
    expect(&room, &["Please wrap up — Пожалуйста, завершайте", "Speaking: NGO representative"]);
    names_nobody(&h, &room);
}

#[test]
fn a_speakers_last_call_and_overtime_are_said_in_words_and_symbols() {
    let mut h = Harness::new(&roundtable_with_turns(2), parse(&dushanbe(2, "10:40")));
    h.record(Event::ItemStarted { item: "d2-ngo-discussion".into() });
    h.answer("Q", "@ngo-yc").press(&["f"]);
    h.wait(110); // ten seconds left of two minutes
    let panel = block_text(&h.terminal(120, 36), "Now");
    expect(&panel, &["Floor: NGO director (ngo-yc) · 01:50 of 02:00 ◆ LAST CALL"]);
    never(&panel, &["LAST MINUTE"]);
    h.press(&["v"]);
    let room = words(&h.terminal(80, 24));
    expect(&room, &["Speaking: NGO representative · 01:50 / 02:00 ◆ LAST CALL"]);
    h.wait(20);
    for (w, ht) in [(80, 24), (40, 12)] {
        let t = h.terminal(w, ht);
        let room = words(&t);
        expect(&room, &["Speaking: NGO representative · 02:10 / 02:00 ■ OVERTIME"]);
        names_nobody(&h, &room);
    }
    h.press(&["v"]);
    expect(&block_text(&h.terminal(120, 36), "Now"), &["02:10 of 02:00 ■ OVERTIME"]);
}

#[test]
fn an_items_final_stretch_is_named_by_its_own_ladder_everywhere() {
    // The steering session warns in the last two minutes: "LAST MINUTES".
    let mut h = Harness::sample("steering-working-session.json", "2026-12-03T09:00:00Z");
    h.press(&["Space"]).wait(210); // 1:30 left of 5 minutes
    expect(&block_text(&h.terminal(120, 36), "Now"), &["◆ LAST MINUTES", "01:30 left"]);
    h.press(&["c", "Ctrl-f"]);
    let t = h.terminal(120, 36);
    expect(&text_at(t.backend().buffer(), 0, 1, 120), &["◆ LAST MINUTES 01:30 left"]);
    h.press(&["Ctrl-f", "Esc", "v"]);
    expect(&words(&h.terminal(80, 24)), &["◆ LAST MINUTES"]);
}

#[test]
fn a_short_report_back_slot_ends_with_a_last_call() {
    let mut h = running(1, "15:15", "d1-report-back");
    h.answer("S", "2").press(&["g"]).wait(100); // 20 s left of a 2-minute slot
    expect(&block_text(&h.terminal(120, 36), "Now"), &["Reporting: Group A · 01:40 of 02:00 ◆ LAST CALL"]);
    h.press(&["v"]);
    expect(&words(&h.terminal(80, 24)), &["Reporting now: Group A · 01:40 / 02:00 ◆ LAST CALL"]);
}

// --- 9. A speaker's clock ticks while the item is paused ---------------------------------------

#[test]
fn a_speakers_clock_ticks_on_both_screens_while_the_item_is_paused() {
    let mut h = running(2, "10:40", "d2-ngo-discussion");
    h.answer("Q", "@ngo-yc").press(&["f", "Space"]);
    assert!(!h.session().timer.running, "the item is paused");
    let before = block_text(&h.terminal(120, 36), "Now");
    expect(&before, &["PAUSED", "Floor: NGO director (ngo-yc) · 00:00"]);
    h.wait(3);
    same_as_a_full_frame(&mut h, 120, 36);
    let after = block_text(&h.terminal(120, 36), "Now");
    expect(&after, &["Floor: NGO director (ngo-yc) · 00:03"]);
    h.press(&["v"]);
    let room = words(&h.terminal(80, 24));
    expect(&room, &["‖ PAUSED", "Speaking: NGO representative · 00:03"]);
    h.wait(3);
    expect(&words(&h.terminal(80, 24)), &["Speaking: NGO representative · 00:06"]);
}

// --- Only the running item's speakers' list -----------------------------------------------------

#[test]
fn the_now_panel_shows_only_the_running_items_speakers_list() {
    let mut h = running(1, "11:15", "d1-plenary-questions");
    h.answer("Q", "@mia-1");
    h.wait(60).press(&["n"]); // lunch: the plenary's list stays with the plenary
    h.answer("Q", "journalist");
    let panel = block_text(&h.terminal(120, 36), "Now");
    expect(&panel, &["Queue: 1. journalist"]);
    never(&panel, &["Senior officer"]);
}
