//! The live speaking balance on the operator's screen (`B`), through the real runtime: a
//! scripted morning with known turns, its figures worked out by hand here and found on the
//! screen (the snapshots show the look), in English and Russian at 80x24 and 120x40; the
//! same figures after a resume; never on the projector; and idle seconds that stay idle
//! while nobody speaks.

use convene::app::{Settings, View};
use convene::session::{Attribution, Event};
use convene::testing::{Harness, parse};

/// Day two of the 2009 roundtable, 09:00 in Dushanbe (04:00 UTC).
const MORNING: &str = "2009-04-29T04:00:00Z";

fn give(h: &mut Harness, who: &str, item: &str, seconds: i64) {
    let speaker = Attribution { participant: Some(who.into()), ..Attribution::default() };
    h.record(Event::FloorGiven { speaker, item: item.into() });
    h.wait(seconds);
}

/// The morning as run, up to 10:47:45 with a police officer (mia-2) at the floor for 45 s:
///
/// | item | turns |
/// |---|---|
/// | NGO presentations, 09:00 | ngo-yc 900 s, ngo-2 600 s |
/// | the UN's approach, 10:05 | ohchr-1 900 s |
/// | the NGO discussion, 10:40 | mia-1 120 s, ngo-yc 30 s, pros-1 90 s, exp-tr 60 s, mia-2 45 s (open) |
///
/// The discussion: law enforcement 255 s (73.9 %), expert 60 s (17.4 %), NGO 30 s (8.7 %)
/// of 345 s, shown as 74 %, 17 %, 9 % (whole percent adding up to 100); the international
/// organisations have not spoken on it. The day: NGO 1,530 s (55.7 %), international
/// organisation 900 s (32.8 %), law enforcement 255 s (9.3 %), expert 60 s (2.2 %) of
/// 2,745 s: 56 %, 33 %, 9 %, 2 %.
fn morning(settings: Settings) -> Harness {
    let agenda = convene::session::testkit::roundtable();
    let mut h = Harness::with_settings(&agenda, parse(MORNING), settings);
    h.record(Event::ItemStarted { item: "d2-ngo-presentations".into() });
    give(&mut h, "ngo-yc", "d2-ngo-presentations", 900);
    give(&mut h, "ngo-2", "d2-ngo-presentations", 600);
    h.record(Event::FloorEnded);
    h.set_now(parse("2009-04-29T05:05:00Z"));
    h.record(Event::ItemStarted { item: "d2-un-approach".into() });
    give(&mut h, "ohchr-1", "d2-un-approach", 900);
    h.record(Event::FloorEnded);
    h.set_now(parse("2009-04-29T05:40:00Z"));
    h.record(Event::ItemStarted { item: "d2-ngo-discussion".into() });
    for (who, secs) in [("mia-1", 120), ("ngo-yc", 30), ("pros-1", 90), ("exp-tr", 60), ("mia-2", 45)] {
        give(&mut h, who, "d2-ngo-discussion", secs);
    }
    h
}

fn english() -> Settings {
    Settings { language: Some("en".into()), ..Settings::default() }
}

fn russian() -> Settings {
    Settings { language: Some("ru".into()), ..Settings::default() }
}

/// The row of the screen that holds `needle`, trimmed.
fn row_with<'a>(screen: &'a str, needle: &str) -> Option<&'a str> {
    screen.lines().find(|l| l.contains(needle)).map(str::trim)
}

fn assert_row(screen: &str, group: &str, figures: &[&str]) {
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains(group)).collect();
    assert!(
        rows.iter().any(|row| figures.iter().all(|f| row.contains(f))),
        "no row with {group} and {figures:?}:\n{screen}"
    );
}

#[test]
fn the_panel_shows_the_running_item_and_the_day_with_their_shares() {
    let mut h = morning(english());
    assert!(!h.screen(120, 40).contains("Speaking balance"), "not shown until asked");
    h.press(&["B"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Speaking balance"), "{screen}");
    assert!(screen.contains("This item: Discussion"), "{screen}");
    assert!(screen.contains("5 min heard"), "345 s on the item, in whole minutes:\n{screen}");
    assert!(screen.contains("45 min heard"), "2,745 s today, in whole minutes:\n{screen}");
    // The item's bars, then the day's: the first of each group's rows is the item's.
    assert_row(&screen, "law enforcement", &["74 %", "4 min", "◀ speaking"]);
    assert_row(&screen, "expert", &["17 %", "1 min"]);
    assert_row(&screen, "NGO", &["9 %", "<1 min"]);
    assert!(screen.contains("Not heard yet: international organisation"), "{screen}");
    assert_row(&screen, "NGO", &["56 %", "25 min"]);
    assert_row(&screen, "international", &["33 %", "15 min"]);
    assert_row(&screen, "law enforcement", &["9 %", "4 min"]);
    assert_row(&screen, "expert", &["2 %", "1 min"]);
    insta::assert_snapshot!("balance_en_120x40", screen);

    // 80x24: the item's bars, the day in words.
    let small = h.screen(80, 24);
    assert_row(&small, "law enforcement", &["74 %"]);
    assert!(small.contains("Not heard yet: international"), "{small}");
    let day = row_with(&small, "Day 2 so far").unwrap_or_else(|| panic!("no day line:\n{small}"));
    assert!(day.contains("NGO 56 %"), "{small}");
    insta::assert_snapshot!("balance_en_80x24", small);

    h.press(&["B"]);
    assert!(!h.screen(120, 40).contains("Speaking balance"), "B again: the agenda is back");
}

#[test]
fn in_russian() {
    let mut h = morning(russian());
    h.press(&["B"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Баланс выступлений"), "{screen}");
    assert!(screen.contains("Этот пункт:"), "{screen}");
    assert_row(&screen, "law enforcement", &["74 %", "◀ говорит"]);
    assert!(screen.contains("Ещё не выступали: international organisation"), "{screen}");
    assert!(screen.contains("День 2 на сейчас"), "{screen}");
    insta::assert_snapshot!("balance_ru_120x40", screen);
    let small = h.screen(80, 24);
    assert!(small.contains("NGO 56 %"), "{small}");
    insta::assert_snapshot!("balance_ru_80x24", small);
}

#[test]
fn the_figures_come_from_the_record_so_a_resume_shows_them_again() {
    let mut h = morning(english());
    h.record(Event::FloorEnded);
    let disk = h.stop().disk.clone();
    let mut again = Harness::reopen(disk, h.now());
    again.press(&["B"]);
    let screen = again.screen(120, 40);
    assert_row(&screen, "law enforcement", &["74 %", "4 min"]);
    assert_row(&screen, "NGO", &["56 %", "25 min"]);
    assert!(!screen.contains("◀ speaking"), "the floor was ended:\n{screen}");
}

#[test]
fn on_the_projector_only_when_the_facilitator_chooses_and_by_group_only() {
    let mut h = morning(english());
    h.press(&["B", "v"]);
    assert_eq!(h.app().view, View::Projector);
    let wall = h.screen(120, 40);
    assert!(!wall.contains("Speaking balance") && !wall.contains("74 %"), "{wall}");
    // B on the projector view: one line for the room, groups only.
    h.press(&["B"]);
    let wall = h.screen(120, 40);
    let line = row_with(&wall, "Heard on this item").unwrap_or_else(|| panic!("no balance:\n{wall}"));
    assert!(line.contains("law enforcement 74 % · expert 17 % · NGO 9 %"), "{line}");
    for name in ["mia", "Lecturer", "4 min"] {
        assert!(!line.contains(name), "the room sees groups only: {line}");
    }
    h.idle_seconds_are_whole_frames("projector balance, someone speaking", &[(120, 40)], 3);
    h.press(&["B"]);
    assert!(!h.screen(120, 40).contains("Heard on this item"));
    h.press(&["v"]);
    assert!(h.screen(120, 40).contains("Speaking balance"), "still chosen on the operator's screen");
}

#[test]
fn the_rooms_choice_is_in_the_record_so_the_projector_window_shows_it_and_a_resume_keeps_it() {
    let mut w = morning(english());
    let mut f = Harness::follow(w.disk.clone(), View::Projector, w.now());
    assert!(!f.screen(120, 40).contains("Heard on this item"));
    w.press(&["v", "B"]);
    assert!(w.session().room_balance);
    f.set_now(w.now()).files_changed().wait_ms(50);
    let wall = f.screen(120, 40);
    assert!(wall.contains("Heard on this item: law enforcement 74 %"), "{wall}");
    // The follower only looks: its B on the projector view says where it is switched.
    f.press(&["B"]);
    assert!(f.status().contains("facilitator's laptop"), "{}", f.status());
    assert!(f.session().room_balance);
    // A resume keeps it; B on the projector view again takes it off the wall.
    let disk = w.stop().disk.clone();
    let mut again = Harness::reopen(disk, w.now());
    assert!(again.session().room_balance);
    again.press(&["v"]);
    assert!(again.screen(120, 40).contains("Heard on this item"));
    again.press(&["B"]);
    assert!(!again.session().room_balance);
    assert!(!again.screen(120, 40).contains("Heard on this item"));
}

#[test]
fn the_room_sees_the_balance_in_its_own_language() {
    let settings = Settings { room_language: Some("ru".into()), ..english() };
    let mut h = morning(settings);
    h.press(&["v", "B"]);
    let wall = h.screen(120, 40);
    assert!(wall.contains("Выступали по пункту: law enforcement 74 %"), "{wall}");
}

#[test]
fn idle_seconds_redraw_the_bars_only_while_someone_speaks_and_when_what_they_show_turns() {
    let mut h = morning(english());
    h.press(&["B"]);
    let area = ratatui::layout::Rect::new(0, 0, 120, 40);
    let key = |h: &Harness| convene::ui::frame_key(area, h.app(), h.session(), h.now());
    // Someone speaks: the frame is drawn again when a share or a minute shown turns, a
    // few times a minute, not every second; every second still matches a whole frame.
    let mut changes = 0;
    let mut last = key(&h);
    for _ in 0..60 {
        h.wait(1);
        let now = key(&h);
        changes += usize::from(now != last);
        last = now;
    }
    assert!((1..30).contains(&changes), "{changes} new frames in a minute of one speaker");
    h.idle_seconds_are_whole_frames("balance, someone speaking", &[(120, 40), (80, 24)], 70);
    // Nobody speaks: the seconds tick only the clocks, as without the panel.
    h.record(Event::FloorEnded);
    let quiet = key(&h);
    h.wait(90);
    assert_eq!(key(&h), quiet, "nothing in the panel moves");
    h.idle_seconds_are_whole_frames("balance, nobody speaking", &[(120, 40), (80, 24)], 3);
}

#[test]
fn the_plain_screen_says_it_in_words() {
    let mut h = morning(Settings { plain: true, ..english() });
    h.press(&["B"]);
    // Wrapped as a screen reader reads it: the rows one after the other.
    let screen: Vec<String> =
        h.screen(80, 24).lines().map(|l| l.trim_matches(['"', ' ']).to_string()).collect();
    let screen = screen.join(" ");
    assert!(screen.contains("Speaking balance"), "{screen}");
    assert!(screen.contains("This item: Discussion"), "{screen}");
    assert!(screen.contains("law enforcement 74 % · expert 17 % · NGO 9 %"), "{screen}");
    assert!(screen.contains("Not heard yet: international organisation"), "{screen}");
    assert!(screen.contains("NGO 56 % · international organisation 33 %"), "{screen}");
    h.idle_seconds_are_whole_frames("plain balance, someone speaking", &[(80, 24)], 3);
}

#[test]
fn at_the_smallest_run_screen_it_says_it_in_words() {
    let mut h = morning(english());
    h.press(&["B"]);
    let screen = h.screen(60, 16);
    // The idle note box gives way: the balance asked for is always there.
    assert!(screen.contains("law enforcement 74 % · expert 17 % · NGO 9 %"), "{screen}");
    insta::assert_snapshot!("balance_en_60x16", screen);
}
