//! The day's summary (`D`, and by itself when a day ends), through the real runtime: the
//! first day of the 2009 roundtable replayed record by record as its rapporteur captured
//! it, then the wrap-up ended at 16:42. The figures the screen must show are worked out
//! here from the records and the folded minutes, not from the summary's code (the
//! snapshots show the look), in English and Russian at 80x24 and 120x40.

use convene::app::{Settings, View};
use convene::session::replay_2009::two_days;
use convene::session::{EntryKind, Event, Mark, speaking_time};
use convene::testing::{Harness, parse};

/// 16:42 in Dushanbe on 28 April 2009: three minutes before the planned end (16:45).
const WRAP_UP_ENDS: &str = "2009-04-28T11:42:00Z";

/// The first day's records, fed to a harness at their own times; the wrap-up still runs.
fn day_one(settings: Settings) -> (Harness, Vec<convene::session::Record>) {
    let records = two_days();
    let day_two = records
        .iter()
        .find(|r| matches!(&r.event, Event::ItemStarted { item } if item == "d2-ngo-presentations"))
        .map(|r| r.at)
        .unwrap();
    let agenda = convene::session::testkit::roundtable();
    let day: Vec<_> = records.into_iter().skip(1).filter(|r| r.at < day_two).collect();
    let mut h = Harness::with_settings(&agenda, day[0].at, settings);
    for r in &day {
        h.set_now(r.at).record(r.event.clone());
    }
    (h, day)
}

fn english() -> Settings {
    Settings { language: Some("en".into()), ..Settings::default() }
}

/// The day over: `n` on its last item at 16:42.
fn ended(settings: Settings) -> (Harness, Vec<convene::session::Record>) {
    let (mut h, day) = day_one(settings);
    assert!(h.app().summary.is_none(), "no day has ended yet");
    h.set_now(parse(WRAP_UP_ENDS)).press(&["n"]);
    (h, day)
}

/// Points of `kind` captured in `day`.
fn captured(day: &[convene::session::Record], kind: EntryKind) -> usize {
    day.iter().filter(|r| matches!(&r.event, Event::EntryCaptured { kind: k, .. } if *k == kind)).count()
}

#[test]
fn the_summary_opens_by_itself_when_the_day_ends_and_shows_its_figures() {
    let (mut h, day) = ended(english());
    assert_eq!(h.app().summary.map(|s| s.day), Some(0), "the day's end opened it");
    let screen = h.screen(120, 40);
    assert!(screen.contains("Day 1 · Tuesday 28 April 2009 — summary"), "{screen}");
    assert!(screen.contains("Ended 3 min early"), "16:42 against 16:45:\n{screen}");

    // Each item's overrun as the minutes folded it, in words on its row.
    let session = h.session();
    let key_questions = session.item_index("d1-key-questions").unwrap();
    let over = session.items[key_questions].overrun_seconds.unwrap();
    assert_eq!(over, 15 * 60, "the replay ran the key questions 15 min over");
    let row = screen.lines().find(|l| l.contains("Key questions")).unwrap();
    assert!(row.contains("+15 min"), "{row}");
    let coffee = screen.lines().find(|l| l.contains("Coffee")).unwrap();
    assert!(coffee.contains("skipped"), "{coffee}");
    insta::assert_snapshot!("summary_en_120x40", screen);

    // Scrolled down: the balance, the points by kind and what is open.
    h.press(&["Down"; 40]);
    let lower = h.screen(120, 40);
    insta::assert_snapshot!("summary_en_120x40_end", lower);
    let points = day.iter().filter(|r| matches!(r.event, Event::EntryCaptured { .. })).count();
    assert!(lower.contains(&format!("Points captured: {points}")), "{lower}");
    for (kind, label) in [
        (EntryKind::PresentationPoint, "presentation "),
        (EntryKind::DiscussionPoint, "discussion "),
        (EntryKind::Question, "question "),
        (EntryKind::Reference, "reference "),
    ] {
        let n = captured(&day, kind);
        let row = lower
            .lines()
            .find(|l| l.contains(label) && l.contains('█'))
            .unwrap_or_else(|| panic!("{label}:\n{lower}"));
        assert!(row.contains(&format!(" {n}")), "{label} {n}: {row}");
    }
    let contested =
        day.iter().filter(|r| matches!(r.event, Event::EntryMarked { mark: Mark::Contested, .. })).count();
    assert_eq!(contested, 1);
    assert!(lower.contains("Contested: 1"), "{lower}");
    // The balance, from the annex's own count of the day's turns: each share the whole
    // percent below or above the exact one.
    let (_, groups) = speaking_time(h.session());
    let total: i64 = groups.iter().map(|g| g.seconds).sum();
    for g in groups.iter().filter(|g| g.who != "not recorded") {
        let exact = g.seconds as f64 * 100.0 / total as f64;
        let row = lower
            .lines()
            .find(|l| l.contains(&g.who[..g.who.len().min(12)]) && l.contains(" % ·"))
            .unwrap_or_else(|| panic!("{}:\n{lower}", g.who));
        let shown = [exact.floor() as i64, exact.ceil() as i64];
        assert!(shown.iter().any(|p| row.contains(&format!(" {p} % ·"))), "{} {exact:.1}: {row}", g.who);
        let m = g.seconds / 60;
        let time = if m >= 60 { format!("{} h {:02} min", m / 60, m % 60) } else { format!("{m} min") };
        assert!(row.contains(&time), "{} {time}: {row}", g.who);
    }
}

#[test]
fn at_80x24_and_in_russian() {
    let (mut h, _) = ended(english());
    insta::assert_snapshot!("summary_en_80x24", h.screen(80, 24));
    let (mut ru, _) = ended(Settings { language: Some("ru".into()), ..Settings::default() });
    let screen = ru.screen(120, 40);
    assert!(screen.contains("День 1"), "{screen}");
    assert!(screen.contains("+15 мин"), "{screen}");
    insta::assert_snapshot!("summary_ru_120x40", screen);
    insta::assert_snapshot!("summary_ru_80x24", ru.screen(80, 24));
}

#[test]
fn on_a_key_at_any_time_with_other_days_and_scrolling() {
    let (mut h, _) = day_one(english());
    h.press(&["D"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Running"), "the wrap-up runs:\n{screen}");
    h.press(&["Right"]);
    assert_eq!(h.app().summary.map(|s| s.day), Some(1));
    assert!(h.screen(120, 40).contains("Not started yet"));
    h.press(&["Right"]);
    assert_eq!(h.app().summary.map(|s| s.day), Some(1), "no day 3");
    h.press(&["Left", "Esc"]);
    assert!(h.app().summary.is_none());
    assert!(!h.screen(120, 40).contains("summary"));
}

#[test]
fn never_on_the_projector_and_not_again_after_a_resume() {
    let (mut h, _) = day_one(english());
    h.press(&["v"]);
    h.set_now(parse(WRAP_UP_ENDS)).press(&["n"]);
    assert_eq!(h.app().view, View::Projector);
    assert!(!h.screen(120, 40).contains("summary"), "the room's wall never shows it");
    h.press(&["D"]);
    assert!(h.status().contains("operator's screen only"), "{}", h.status());
    // Back on the operator's screen, the day's end is shown now.
    h.press(&["v"]);
    assert!(h.screen(120, 40).contains("Ended 3 min early"));
    h.press(&["Esc"]);
    // The next morning, resumed: the day over when convene opened is not shown again.
    let disk = h.stop().disk.clone();
    let again = Harness::reopen(disk, parse("2009-04-29T03:50:00Z"));
    assert!(again.app().summary.is_none());
}

#[test]
fn the_plain_screen_reads_the_summary_in_words() {
    let (mut h, _) = ended(Settings { plain: true, ..english() });
    let rows: Vec<String> =
        h.screen(120, 40).lines().map(|l| l.trim_matches(['"', ' ']).to_string()).collect();
    let screen = rows.join("\n");
    assert!(rows[0].starts_with("Day 1 · Tuesday 28 April 2009"), "{screen}");
    assert_eq!(rows[1], "Ended 3 min early");
    let key_questions = rows.iter().find(|r| r.contains("Key questions")).unwrap();
    assert!(key_questions.starts_with("10:00–11:00 Key questions"), "{key_questions}");
    assert!(key_questions.contains("as run 10:00–11:15 · +15 min"), "{key_questions}");
    assert!(screen.contains("Drift: −3 min at 16:42"), "{screen}");
    assert!(screen.contains("international organisation 38 %"), "{screen}");
    assert!(screen.contains("Contested: 1"), "{screen}");
    assert!(screen.contains("Esc"), "the keys are said too:\n{screen}");
    insta::assert_snapshot!("summary_plain_en_120x40", screen);
}

#[test]
fn idle_seconds_with_the_summary_open_draw_nothing_until_its_minute_or_a_speaker_moves() {
    let (mut h, _) = day_one(english());
    h.press(&["D"]);
    let area = ratatui::layout::Rect::new(0, 0, 120, 40);
    let key = |h: &Harness| convene::ui::frame_key(area, h.app(), h.session(), h.now());
    h.set_now(parse("2009-04-28T11:40:00Z"));
    let quiet = key(&h);
    h.wait(30);
    assert_eq!(key(&h), quiet, "nobody speaks: the same frame within the minute");
    h.idle_seconds_are_whole_frames("summary, nobody speaking", &[(120, 40), (80, 24)], 65);
    let speaker = convene::session::Attribution { participant: Some("ngo-yc".into()), ..Default::default() };
    h.record(Event::FloorGiven { speaker, item: "d1-wrap-up".into() });
    let before = key(&h);
    h.wait(60);
    assert_ne!(key(&h), before, "the day's balance moves with the speaker");
    h.idle_seconds_are_whole_frames("summary, someone speaking", &[(120, 40)], 65);
}

#[test]
fn the_last_items_question_is_answered_before_the_summary_covers_the_screen() {
    let mut h = Harness::roundtable("2009-04-29T11:45:00Z");
    h.record(Event::ItemStarted { item: "d2-closing".into() });
    h.wait(20 * 60).press(&["n"]);
    assert!(h.app().confirm.is_some(), "n on the last item asks whether the event is finished");
    assert!(h.app().summary.is_none(), "the question stays in sight");
    h.press(&["n"]);
    assert_eq!(h.app().summary.map(|s| s.day), Some(1), "then the day's summary");
}

#[test]
fn the_run_screens_keys_work_over_it_and_close_it() {
    let (mut h, _) = ended(english());
    assert!(h.app().summary.is_some());
    // The next morning, Space starts day two, summary or not.
    h.set_now(parse("2009-04-29T04:00:00Z")).press(&["Space"]);
    assert!(h.app().summary.is_none());
    assert_eq!(h.session().timer.current.as_deref(), Some("d2-ngo-presentations"));
    // v puts the room's view up; the summary does not follow it there.
    h.press(&["D", "v"]);
    assert_eq!(h.app().view, View::Projector);
    assert!(h.app().summary.is_none());
}
