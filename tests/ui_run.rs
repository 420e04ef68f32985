//! The run screen and the projector view through the real runtime on TestBackend, with the
//! clock injected: insta snapshots at 80x24 and 160x48, and explicit style checks where
//! colour carries meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use convene::app::{Settings, View};
use convene::session::Event;
use convene::session::testkit::roundtable;
use convene::testing::Harness;

/// 09:00 in Dushanbe on day one is this many seconds after the harness starts (08:55).
const NINE: i64 = 5 * 60;

/// The roundtable at 08:55 on day one.
fn run() -> Harness {
    Harness::roundtable("2009-04-28T03:55:00Z")
}

/// Lets time run to `minutes` past 09:00.
fn at(h: &mut Harness, minutes: f64) -> &mut Harness {
    let target = NINE + (minutes * 60.0).round() as i64;
    let start: jiff::Timestamp = "2009-04-28T03:55:00Z".parse().unwrap();
    let elapsed = h.now().duration_since(start).as_secs();
    h.wait(target - elapsed)
}

fn start(item: &str) -> Event {
    Event::ItemStarted { item: item.into() }
}

/// A morning running late: registration 10 minutes over, the opening extended, a message.
fn late_morning() -> Harness {
    let mut h = run();
    at(&mut h, 0.0).record(start("d1-registration"));
    at(&mut h, 40.0).record(start("d1-opening"));
    at(&mut h, 45.0).record(Event::ItemExtended { item: "d1-opening".into(), minutes: 5 });
    at(&mut h, 46.0).record(Event::MessageSet {
        text: Some("Please wrap up — Пожалуйста, завершайте".into()),
    });
    h
}

#[test]
fn run_screen_80x24() {
    let mut h = late_morning();
    at(&mut h, 52.5);
    insta::assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn run_screen_160x48() {
    let mut h = late_morning();
    at(&mut h, 52.5);
    insta::assert_snapshot!(h.terminal(160, 48).backend());
}

#[test]
fn run_screen_before_anything_starts() {
    let mut h = run();
    insta::assert_snapshot!(h.terminal(120, 30).backend());
}

#[test]
fn run_screen_with_a_replan_proposal() {
    let mut h = run();
    at(&mut h, 0.0).record(start("d1-registration"));
    at(&mut h, 45.0).record(start("d1-opening"));
    at(&mut h, 46.0);
    let t = h.terminal(160, 48);
    let text = format!("{}", t.backend());
    assert!(text.contains("15 min behind"), "{text}");
    assert!(text.contains("To keep to the plan, shorten:"), "{text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn projector_80x24_with_a_prompt() {
    let mut h = run();
    at(&mut h, 135.0).record(start("d1-plenary-questions"));
    at(&mut h, 136.0).record(Event::PromptRevealed {
        item: "d1-plenary-questions".into(),
        group: None,
        index: 1,
    });
    at(&mut h, 137.0).press(&["v"]);
    assert_eq!(h.app().view, View::Projector);
    at(&mut h, 140.0);
    insta::assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn projector_160x48() {
    let mut h = late_morning();
    at(&mut h, 50.0).press(&["v"]);
    at(&mut h, 52.5);
    insta::assert_snapshot!(h.terminal(160, 48).backend());
}

#[test]
fn projector_at_its_minimum_and_below() {
    let mut h = late_morning();
    at(&mut h, 50.0).press(&["v"]);
    at(&mut h, 52.5);
    insta::assert_snapshot!("projector_40x12", h.terminal(40, 12).backend());
    let small = h.screen(39, 11);
    assert!(small.contains("Terminal too small"), "{small}");
    assert!(small.contains("40x12"), "{small}");
}

#[test]
fn projector_never_shows_names() {
    let mut h = run();
    at(&mut h, 60.0).record(start("d1-key-questions"));
    at(&mut h, 61.0).press(&["v"]);
    let text = h.screen(160, 48);
    for p in &h.session().agenda.participants.clone() {
        assert!(!text.contains(&p.role), "projector shows {}", p.role);
    }
    // The operator view does show who speaks.
    h.press(&["v"]);
    let text = h.screen(160, 48);
    assert!(text.contains("ODIHR trainer"), "{text}");
}

#[test]
fn help_overlay_lists_every_binding() {
    let mut h = run();
    h.press(&["?"]);
    let t = h.terminal(160, 48);
    // The overlay scrolls: read it page by page, as a facilitator would with PgDn.
    let mut text = format!("{}", t.backend());
    assert!(text.contains("more"), "a help that does not fit says there is more: {text}");
    for _ in 0..10 {
        text.push_str(&h.press(&["PgDn"]).screen(160, 48));
    }
    for b in convene::app::keymap::bindings() {
        if b.mode == convene::app::keymap::KeyMode::Run {
            // A long description wraps under itself: its opening words are on one row.
            let description = b.description(convene::i18n::Lang::En);
            let opening = opening_words(&description, 40);
            assert!(text.contains(&opening), "help lacks {description:?}: {text}");
        }
    }
    insta::assert_snapshot!(t.backend());
}

/// The words `text` starts with, up to `width` characters.
fn opening_words(text: &str, width: usize) -> String {
    let mut out = String::new();
    for word in text.split(' ') {
        if !out.is_empty() && out.chars().count() + 1 + word.chars().count() > width {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[test]
fn help_while_typing_lists_the_capture_keys_and_every_prefix() {
    let mut h = run();
    h.press(&["c", "F1"]);
    let text = h.screen(130, 48);
    for b in convene::app::keymap::bindings() {
        if b.mode == convene::app::keymap::KeyMode::Capture {
            let description = b.description(convene::i18n::Lang::En);
            assert!(text.contains(&description), "help lacks {description:?}");
        }
    }
    for (code, _, description) in convene::capture::prefix::KIND_CODES {
        assert!(text.contains(&format!("{code}:")) && text.contains(description), "help lacks {code}:");
    }
}

/// Cells of the big countdown: the block glyphs tui-big-text draws.
fn countdown_cells(t: &Terminal<TestBackend>) -> Vec<ratatui::buffer::Cell> {
    t.backend().buffer().content().iter().filter(|c| c.symbol() == "█").cloned().collect()
}

#[test]
fn wrap_up_is_yellow_and_says_so() {
    let mut h = run();
    at(&mut h, 30.0).record(start("d1-opening")); // 30 minutes: wrap-up in the last 6
    at(&mut h, 55.0);
    let t = h.terminal(120, 36);
    let cells = countdown_cells(&t);
    assert!(!cells.is_empty());
    assert!(cells.iter().all(|c| c.fg == Color::Yellow), "wrap-up digits are yellow");
    assert!(format!("{}", t.backend()).contains("▲ WRAP UP"));
}

#[test]
fn overtime_is_white_on_red_and_counts_up() {
    let mut h = run();
    at(&mut h, 30.0).record(start("d1-opening"));
    at(&mut h, 62.5);
    let t = h.terminal(120, 36);
    let cells = countdown_cells(&t);
    assert!(
        cells.iter().all(|c| c.fg == Color::White && c.bg == Color::Red),
        "overtime digits are white on red"
    );
    let text = format!("{}", t.backend());
    assert!(text.contains("■ OVERTIME"), "{text}");
    // The room sees the word too, at the projector's smallest size.
    h.press(&["v"]);
    let narrow = h.screen(40, 12);
    assert!(narrow.contains("■ OVERTIME"), "{narrow}");
}

#[test]
fn without_colour_the_stages_differ_by_weight_and_reversal() {
    let mut h = Harness::with_settings(
        &roundtable(),
        "2009-04-28T03:55:00Z".parse().unwrap(),
        Settings { color: false, ..Settings::default() },
    );
    at(&mut h, 30.0).record(start("d1-opening"));
    at(&mut h, 55.0);
    let t = h.terminal(120, 36);
    assert!(countdown_cells(&t).iter().all(|c| c.fg == Color::Reset && c.modifier.contains(Modifier::BOLD)));
    at(&mut h, 62.5);
    let t = h.terminal(120, 36);
    let cells = countdown_cells(&t);
    assert!(cells.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    assert!(cells.iter().all(|c| c.modifier.contains(Modifier::REVERSED)));
}

#[test]
fn not_saved_is_shown_until_saved() {
    let mut h = late_morning();
    at(&mut h, 50.0);
    h.disk.fail_writes(Some(std::io::ErrorKind::StorageFull));
    h.press(&["+"]);
    let text = h.screen(120, 36);
    assert!(text.contains("NOT SAVED: cannot write"), "{text}");
    assert!(text.contains("the disk is full"), "{text}");
    h.disk.fail_writes(None);
    at(&mut h, 51.0);
    let text = h.screen(120, 36);
    assert!(!text.contains("NOT SAVED"), "{text}");
    assert!(text.contains("Saved again"), "{text}");
}

#[test]
fn the_cached_frame_is_the_same_as_a_full_one() {
    let mut h = late_morning();
    at(&mut h, 52.0);
    // Seconds within a minute, across minute boundaries, through a stage change, and
    // after a key that changes something outside the "Now" panel.
    for i in 0..200 {
        h.wait(5);
        if i == 120 {
            h.press(&["c"]).paste("Ҳуқуқ");
        }
        let full = h.full_frame(120, 40);
        let drawn = h.drawn(120, 40);
        assert_eq!(drawn.backend().buffer(), full.backend().buffer(), "frame {i} differs");
    }
}

/// On the smallest screen the run screen takes (60x16), reviewing shows the entries: the
/// note box gives way to them.
#[test]
fn reviewing_on_the_smallest_screen_shows_the_entries() {
    let mut h = run();
    h.wait(5 * 60)
        .press(&["Space", "c"])
        .type_text("Police must publish response times")
        .press(&["Enter", "Esc", "r"]);
    let screen = h.screen(60, 16);
    assert!(screen.contains("┌ Entries"), "{screen}");
    assert!(screen.contains("Police must publish response times"), "{screen}");
}
