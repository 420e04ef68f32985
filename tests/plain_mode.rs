//! The plain screen for screen-reader users (`--plain`, `plain = true`): no box drawing,
//! no big digits; the time left, the stage and the item as text on fixed lines, in the
//! operator's language; a stage change announced on a line of its own until the next. On
//! TestBackend through the real runtime, and end to end in tmux.

mod common;

use convene::app::Settings;
use convene::session::Event;
use convene::testing::Harness;

use common::Tmux;

/// 08:55 in Dushanbe, day one of the roundtable.
const MORNING: &str = "2009-04-28T03:55:00Z";

fn plain(language: Option<&str>) -> Harness {
    let settings = Settings { plain: true, language: language.map(str::to_string), ..Settings::default() };
    Harness::with_settings(&convene::session::testkit::roundtable(), MORNING.parse().unwrap(), settings)
}

/// The screen's rows, without the padding.
fn lines(h: &mut Harness, width: u16, height: u16) -> Vec<String> {
    let t = h.terminal(width, height);
    let buf = t.backend().buffer();
    (0..height)
        .map(|y| (0..width).filter_map(|x| buf.cell((x, y))).map(|c| c.symbol()).collect::<String>())
        .map(|row| row.trim_end().to_string())
        .collect()
}

/// Box drawing and block elements: what a screen reader reads as noise.
fn drawing(screen: &[String]) -> Vec<char> {
    screen.iter().flat_map(|l| l.chars()).filter(|c| ('\u{2500}'..='\u{259f}').contains(c)).collect()
}

#[test]
fn the_plain_screen_keeps_each_fact_on_its_line() {
    let mut h = plain(None);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(
        screen[..8],
        [
            "Time left: no item running",
            "Stage: not started",
            "Item: none",
            "Next: 09:00 Registration and coffee",
            "Speaker: none",
            "Message: none",
            "",
            "Now: 08:55, day 1 of 2",
        ],
        "{screen:#?}"
    );
    assert!(screen[8].starts_with("Keys: Space "), "{screen:#?}");
    assert!(drawing(&screen).is_empty(), "{screen:#?}");

    // 09:00: the first item starts; its start is the last change.
    h.wait(5 * 60).press(&["Space"]);
    h.wait(90);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(screen[0], "Time left: 28:30");
    assert_eq!(screen[1], "Stage: ON TIME");
    assert_eq!(screen[2], "Item: Registration and coffee");
    assert_eq!(screen[3], "Next: 09:30 Opening remarks and introductions");
    assert_eq!(screen[6], "09:00 Started: Registration and coffee");

    // Into the wrap-up (the last six minutes of thirty), a speaker and a message: the
    // stage change stays on its line as the seconds go by.
    h.wait(23 * 60);
    h.press(&["Q"]).type_text("@ngo-yc").press(&["Enter", "f"]);
    h.record(Event::MessageSet { text: Some("Back at 10:15".into()) });
    h.wait(30);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(screen[0], "Time left: 05:00");
    assert_eq!(screen[1], "Stage: WRAP UP");
    assert_eq!(screen[4], "Speaker: NGO director (ngo-yc), 00:30");
    assert_eq!(screen[5], "Message: Back at 10:15");
    assert_eq!(screen[6], "09:24 Stage changed: WRAP UP");
    h.wait(61);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(screen[0], "Time left: 03:59");
    assert_eq!(screen[6], "09:24 Stage changed: WRAP UP");

    // A pause is a change too; the projector view says no names.
    h.press(&["Space", "v"]);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(screen[1], "Stage: WRAP UP, paused");
    assert_eq!(screen[4], "Speaker: NGO representative, 01:31");
    assert_eq!(screen[6], "09:26 Paused");
    assert_eq!(screen[7], "Now: 09:26, day 1 of 2, projector view");
    assert!(drawing(&screen).is_empty(), "{screen:#?}");

    // Over time: counted up, and said.
    h.press(&["v", "Space"]);
    h.wait(5 * 60);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(screen[0], "Over time: 01:01");
    assert_eq!(screen[1], "Stage: OVERTIME");
    assert_eq!(screen[6], "09:30 Stage changed: OVERTIME");
}

#[test]
fn the_plain_screen_speaks_the_operators_language() {
    let mut h = plain(Some("ru"));
    h.wait(5 * 60).press(&["Space"]);
    h.wait(25 * 60);
    let screen = lines(&mut h, 80, 24);
    assert_eq!(
        screen[..8],
        [
            "Осталось: 05:00",
            "Этап: ПОРА ЗАВЕРШАТЬ",
            "Пункт: Registration and coffee",
            "Далее: 09:30 Opening remarks and introductions",
            "Выступает: никто",
            "Сообщение: нет",
            "09:24 Этап сменился: ПОРА ЗАВЕРШАТЬ",
            "Сейчас: 09:25, день 1 из 2",
        ],
        "{screen:#?}"
    );
    assert!(screen[8].starts_with("Клавиши: Space "), "{screen:#?}");
}

#[test]
fn typing_a_note_shows_the_note_below_the_fixed_lines() {
    let mut h = plain(None);
    h.wait(5 * 60).press(&["Space", "c"]).type_text("r: publish response times");
    let screen = lines(&mut h, 80, 30);
    assert_eq!(screen[0], "Time left: 30:00");
    assert!(screen[8].starts_with("Keys: Enter "), "the capture keys: {screen:#?}");
    assert!(screen.iter().skip(9).any(|l| l.contains("r: publish response times")), "{screen:#?}");
    // The help is a plain list, no box around it.
    h.press(&["F1"]);
    let screen = lines(&mut h, 80, 30);
    assert!(drawing(&screen).is_empty(), "{screen:#?}");
    assert!(screen.iter().any(|l| l.contains("Enter")), "{screen:#?}");
}

#[test]
fn capture_and_review_have_no_frames_and_the_selection_is_said() {
    let mut h = plain(Some("ru"));
    h.wait(5 * 60).press(&["Space", "c"]).type_text("r: публиковать время реагирования");
    for size in [(60, 16), (80, 24), (120, 40)] {
        let screen = lines(&mut h, size.0, size.1);
        assert!(drawing(&screen).is_empty(), "capture at {size:?}: {screen:#?}");
    }
    h.press(&["Enter"]).type_text("d: второй тезис").press(&["Enter", "Esc", "r"]);
    for size in [(60, 16), (80, 24), (120, 40)] {
        let screen = lines(&mut h, size.0, size.1);
        assert!(drawing(&screen).is_empty(), "review at {size:?}: {screen:#?}");
        // Which entry is selected is said in words and a symbol, not by reversed video alone.
        assert!(screen.iter().any(|l| l.contains("2 из 2")), "{screen:#?}");
        assert!(screen.iter().any(|l| l.starts_with("▶ ") && l.contains("второй тезис")), "{screen:#?}");
    }
    // The help wraps instead of cutting its lines, and does not scroll past its end.
    h.press(&["Esc", "?"]);
    let first = lines(&mut h, 60, 16);
    h.press(&["End"]);
    let end = lines(&mut h, 60, 16);
    assert!(end.iter().filter(|l| !l.is_empty()).count() > 8, "scrolled past the end: {end:#?}");
    assert_ne!(first, end);
}

#[test]
fn an_idle_second_on_the_plain_screen_is_a_whole_frame_drawn_anew() {
    let mut h = plain(None);
    h.wait(5 * 60).press(&["Space"]);
    // Through the start's minute, the wrap-up and a pause.
    for second in 0..100 {
        if second == 60 {
            h.press(&["Space"]);
        }
        let full = h.full_frame(100, 30);
        let drawn = h.drawn(100, 30);
        assert_eq!(drawn.backend().buffer(), full.backend().buffer(), "second {second}");
        h.wait(if second == 30 { 23 * 60 } else { 1 });
    }
}

#[test]
fn convene_run_plain_in_a_real_terminal() {
    let Some(tmux) = Tmux::new("plain") else { return };
    let home = tempfile::tempdir().unwrap();
    // 08:59:30 in Dushanbe.
    let now = "2009-04-28T03:59:30Z";
    tmux.start_with("plain", now, home.path(), "run --plain agendas/dushanbe-roundtable-2009.json");
    let screen = tmux.wait_for("plain", "the plain screen", |s| s.contains("Next: 09:00 Registration"));
    let rows: Vec<&str> = screen.lines().map(str::trim_end).collect();
    assert_eq!(rows[0], "Time left: no item running", "{screen}");
    assert_eq!(rows[1], "Stage: not started", "{screen}");
    assert_eq!(rows[2], "Item: none", "{screen}");
    assert!(rows[7].starts_with("Now: 08:59, day 1 of 2"), "{screen}");
    assert!(!screen.chars().any(|c| ('\u{2500}'..='\u{259f}').contains(&c)), "no box, no blocks:\n{screen}");

    tmux.keys("plain", &["Space"]);
    let screen = tmux.wait_for("plain", "the item running", |s| s.contains("Stage: ON TIME"));
    let rows: Vec<&str> = screen.lines().map(str::trim_end).collect();
    assert!(rows[0].starts_with("Time left: 29:") || rows[0] == "Time left: 30:00", "{screen}");
    assert_eq!(rows[2], "Item: Registration and coffee", "{screen}");
    assert!(rows[6].ends_with("Started: Registration and coffee"), "{screen}");
    // The seconds go by on the first line, and only there.
    let first = rows[0].to_string();
    let later = tmux.wait_for("plain", "a second later", |s| s.lines().next() != Some(first.as_str()));
    assert_eq!(later.lines().nth(2), Some("Item: Registration and coffee"), "{later}");
    tmux.keys("plain", &["q"]);
    tmux.wait_for("plain", "quit", |s| s.is_empty() || s.contains("Session saved"));

    // The setting does the same, in the operator's language.
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config").join("convene");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "plain = true\nlanguage = \"ru\"\n").unwrap();
    tmux.start_with("ru", now, home.path(), "run agendas/dushanbe-roundtable-2009.json");
    let screen = tmux.wait_for("ru", "the Russian plain screen", |s| s.contains("Далее: 09:00"));
    let rows: Vec<&str> = screen.lines().map(str::trim_end).collect();
    assert_eq!(rows[0], "Осталось: пункт не идёт", "{screen}");
    assert_eq!(rows[1], "Этап: ещё не начали", "{screen}");
    tmux.keys("ru", &["q"]);
    tmux.wait_for("ru", "quit", |s| s.is_empty() || !s.contains("Далее"));
}

#[test]
fn the_plain_speaker_line_says_who_waits_and_lines_end_on_whole_words() {
    let mut h = plain(Some("ru"));
    h.wait(5 * 60).press(&["Space", "Q"]).type_text("@mia-1").press(&["Enter"]);
    let screen = lines(&mut h, 120, 40);
    assert!(screen[4].contains("Очередь: 1. "), "{screen:#?}");
    // A fixed line that does not fit ends on a whole word with "…", never mid-word.
    for line in lines(&mut h, 60, 16).iter().take(8) {
        assert!(line.chars().count() <= 60, "{line}");
        if line.chars().count() >= 59 {
            assert!(line.ends_with('…'), "cut mid-word: {line}");
        }
    }
}
