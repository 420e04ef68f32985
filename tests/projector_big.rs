//! The projector on a hall's screen: digits that grow with the terminal (and an idle
//! second that still writes only the digits that changed), words beside every colour, two
//! languages side by side, and the high-contrast theme. Insta snapshots at 200x60, 80x24
//! and the projector's smallest, 40x12.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use convene::agenda::{Agenda, Minutes, NonEmpty};
use convene::app::{Settings, View};
use convene::session::Event;
use convene::session::testkit::roundtable;
use convene::testing::Harness;

/// 08:55 in Dushanbe, day one of the roundtable.
const MORNING: &str = "2009-04-28T03:55:00Z";

/// 09:00 is this many seconds after [`MORNING`].
const NINE: i64 = 5 * 60;

/// Lets time run to `minutes` past 09:00.
fn at(h: &mut Harness, minutes: f64) -> &mut Harness {
    let target = NINE + (minutes * 60.0).round() as i64;
    let start: jiff::Timestamp = MORNING.parse().unwrap();
    let elapsed = h.now().duration_since(start).as_secs();
    h.wait(target - elapsed)
}

fn start(item: &str) -> Event {
    Event::ItemStarted { item: item.into() }
}

/// The roundtable with a three-minute speaking limit on the opening.
fn agenda() -> Agenda {
    let mut agenda = roundtable();
    let mut days = agenda.days.into_vec();
    let mut items = days[0].items.to_vec();
    items.iter_mut().filter(|i| i.id == "d1-opening").for_each(|i| i.turn_minutes = Minutes::new(3));
    days[0].items = NonEmpty::new(items).unwrap();
    agenda.days = NonEmpty::new(days).unwrap();
    agenda
}

fn harness(agenda: &Agenda, settings: Settings) -> Harness {
    Harness::with_settings(agenda, MORNING.parse().unwrap(), settings)
}

/// The late morning of `ui_run`'s snapshots, on the projector: registration ten minutes
/// over, the opening extended, a message for the room.
fn late_morning(settings: Settings) -> Harness {
    let mut h = harness(&agenda(), settings);
    at(&mut h, 0.0).record(start("d1-registration"));
    at(&mut h, 40.0).record(start("d1-opening"));
    at(&mut h, 45.0).record(Event::ItemExtended { item: "d1-opening".into(), minutes: 5 });
    at(&mut h, 46.0).record(Event::MessageSet {
        text: Some("Please wrap up — Пожалуйста, завершайте".into()),
    });
    at(&mut h, 50.0).press(&["v"]);
    assert_eq!(h.app().view, View::Projector);
    at(&mut h, 52.5);
    h
}

/// Rows of the screen with a block of the big digits in them.
fn digit_rows(t: &Terminal<TestBackend>) -> usize {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .filter(|&y| (0..buf.area.width).any(|x| buf.cell((x, y)).is_some_and(|c| c.symbol() == "█")))
        .count()
}

#[test]
fn on_a_halls_screen_the_digits_take_most_of_the_height() {
    let mut h = late_morning(Settings::default());
    let t = h.terminal(200, 60);
    let rows = digit_rows(&t);
    assert!(rows > 30, "the digits take {rows} of 60 rows");
    let text = format!("{}", t.backend());
    // Everything else is still there: the stage in words, the item, the message, what is next.
    for words in ["● ON TIME", "Opening remarks and introductions", "Please wrap up", "Next at 10:15"] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    insta::assert_snapshot!("projector_200x60", t.backend());
}

#[test]
fn on_a_laptop_and_at_the_smallest_the_digits_stay_legible() {
    let mut h = late_morning(Settings::default());
    let t = h.terminal(80, 24);
    assert_eq!(digit_rows(&t), 7, "the font's own size");
    insta::assert_snapshot!("projector_80x24", t.backend());
    let t = h.terminal(40, 12);
    let text = format!("{}", t.backend());
    assert!(text.contains("● ON TIME") && text.contains("Opening remarks"), "{text}");
    insta::assert_snapshot!("projector_40x12", t.backend());
}

#[test]
fn an_idle_second_on_a_halls_screen_is_still_a_whole_frame_drawn_anew() {
    let mut h = late_morning(Settings::default());
    // Through a minute's turn and into the wrap-up (the stage changes words and colour).
    for second in 0..90 {
        let full = h.full_frame(200, 60);
        let drawn = h.drawn(200, 60);
        assert_eq!(drawn.backend().buffer(), full.backend().buffer(), "second {second}");
        h.wait(if second == 45 { 4 * 60 } else { 1 });
    }
}

#[test]
fn a_speaker_over_their_time_is_told_in_words_not_red_alone() {
    for (language, over) in [(None, "■ OVERTIME"), (Some("ru"), "■ ВРЕМЯ ВЫШЛО")] {
        let settings = Settings { room_language: language.map(str::to_string), ..Settings::default() };
        let mut h = harness(&agenda(), settings);
        at(&mut h, 0.0).record(start("d1-opening"));
        h.press(&["Q"]).type_text("@ngo-yc").press(&["Enter", "f", "v"]);
        at(&mut h, 3.5);
        for (w, rows) in [(200, 60), (80, 24), (40, 12)] {
            let t = h.terminal(w, rows);
            let text = format!("{}", t.backend());
            // The item itself is on time: the only "over" on the wall is the speaker's.
            assert!(text.contains(over), "{language:?} at {w}x{rows}:\n{text}");
            // On the speaker's line (wrapped on a narrow screen: with the line above it).
            let lines: Vec<&str> = text.lines().collect();
            let at = lines.iter().position(|l| l.contains(over)).unwrap_or_default();
            let speaker = lines[at.saturating_sub(1)..=at].join(" ");
            assert!(
                speaker.contains("03:30") && speaker.contains("03:00"),
                "{language:?} at {w}x{rows}: {speaker}"
            );
        }
    }
}

#[test]
fn two_languages_side_by_side_and_the_room_language_turns_them_off() {
    // The setting: Russian first, English beside it.
    let pair = Settings { projector_languages: vec!["ru".into(), "en".into()], ..Settings::default() };
    let mut h = late_morning(pair);
    let text = h.screen(200, 60);
    assert!(text.contains("● ПО ПЛАНУ · ON TIME"), "{text}");
    // The title once, each language's words before it.
    assert!(text.contains("Далее в 10:15 · Next at 10:15: Key questions and issues"), "{text}");
    let narrow = h.screen(40, 12);
    assert!(narrow.contains("● ПО ПЛАНУ · ON TIME"), "{narrow}");
    // Paused, too long for both side by side on a narrow screen: one language a line.
    h.press(&["Space"]);
    let text = h.screen(120, 40);
    assert!(text.contains("● ПО ПЛАНУ · ON TIME  ‖ ПАУЗА · PAUSED"), "{text}");
    let narrow = h.screen(40, 12);
    assert!(narrow.contains("● ПО ПЛАНУ  ‖ ПАУЗА") && narrow.contains("● ON TIME  ‖ PAUSED"), "{narrow}");

    // The agenda's pair, Russian and Tajik: Tajik's stage words are Russian's until they
    // are checked, and the same words are never said twice.
    let mut agenda = agenda();
    agenda.event.projector_languages = vec!["ru".into(), "tg".into()];
    let mut h = harness(&agenda, Settings::default());
    h.press(&["v"]);
    let text = h.screen(120, 40);
    assert!(text.contains("Скоро начинаем · Ба наздикӣ оғоз мешавад"), "{text}");
    h.press(&["v", "Space", "v"]);
    let text = h.screen(120, 40);
    assert!(text.contains("● ПО ПЛАНУ "), "{text}");
    assert!(!text.contains("ПО ПЛАНУ · ПО ПЛАНУ"), "{text}");

    // --room-language chooses one language: the pair is off.
    let one = Settings { room_language: Some("en".into()), ..Settings::default() };
    let mut h = harness(&agenda, one);
    h.press(&["v"]);
    let text = h.screen(120, 40);
    assert!(text.contains("Starting soon") && !text.contains("Скоро"), "{text}");
}

#[test]
fn high_contrast_is_white_on_black_with_stages_told_by_weight_and_reversal() {
    let settings = Settings { high_contrast: true, ..Settings::default() };
    let mut h = harness(&agenda(), settings);
    at(&mut h, 30.0).record(start("d1-opening")); // 30 minutes: wrap-up in the last 6
    h.record(Event::MessageSet { text: Some("Back at 10:15".into()) });
    h.press(&["v"]);
    let blocks = |t: &Terminal<TestBackend>| -> Vec<ratatui::buffer::Cell> {
        t.backend().buffer().content().iter().filter(|c| c.symbol() == "█").cloned().collect()
    };
    let cells_of = |t: &Terminal<TestBackend>, words: &str| -> Vec<ratatui::buffer::Cell> {
        let buf = t.backend().buffer();
        let width = usize::from(buf.area.width);
        let text: Vec<String> = buf.content().iter().map(|c| c.symbol().to_string()).collect();
        let at = text
            .windows(words.chars().count())
            .position(|w| w.concat() == words)
            .unwrap_or_else(|| panic!("{words:?} is not on the screen"));
        assert!(at % width + words.chars().count() <= width);
        buf.content()[at..at + words.chars().count()].to_vec()
    };
    let white_on_black = |c: &ratatui::buffer::Cell| c.fg == Color::White && c.bg == Color::Black;

    // On time: plain white on black.
    at(&mut h, 31.0);
    let t = h.terminal(120, 40);
    assert!(!blocks(&t).is_empty());
    for cell in blocks(&t).iter().chain(&cells_of(&t, "ON TIME")) {
        assert!(white_on_black(cell), "{cell:?}");
        assert!(!cell.modifier.intersects(Modifier::REVERSED | Modifier::UNDERLINED), "{cell:?}");
    }
    // The message is reversed: black on white, whatever the terminal's colours.
    for cell in cells_of(&t, "Back at 10:15") {
        assert!(white_on_black(&cell) && cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    }
    // Wrap-up: bold. The last minute: bold and underlined. Overtime: bold and reversed.
    for (minutes, words, look) in [
        (55.0, "WRAP UP", Modifier::BOLD),
        (59.5, "LAST MINUTE", Modifier::BOLD | Modifier::UNDERLINED),
        (61.0, "OVERTIME", Modifier::BOLD | Modifier::REVERSED),
    ] {
        at(&mut h, minutes);
        let t = h.terminal(120, 40);
        for cell in blocks(&t).iter().chain(&cells_of(&t, words)) {
            assert!(white_on_black(cell), "{words}: {cell:?}");
            assert_eq!(cell.modifier, look, "{words}: {cell:?}");
        }
    }
}
