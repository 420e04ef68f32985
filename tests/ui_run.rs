//! The run screen and the projector view on ratatui's TestBackend, with the session driven
//! by events at injected times: insta snapshots at 80x24 and 160x48, and explicit style
//! checks where colour carries meaning.

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use convene::app::{Action, App, Effect, Settings, View};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Event, Session};

/// 09:00 in Dushanbe on day one, plus `minutes`.
fn local(minutes: f64) -> Timestamp {
    let nine: Timestamp = "2009-04-28T04:00:00Z".parse().unwrap();
    nine.checked_add(SignedDuration::from_secs_f64(minutes * 60.0)).unwrap()
}

struct Run {
    app: App,
    session: Session,
    scribe: Scribe,
}

impl Run {
    fn new() -> Run {
        Run::with(Settings::default())
    }

    fn with(settings: Settings) -> Run {
        let mut scribe = Scribe::new("dev", local(-5.0));
        let session = Session::start(&scribe.start(&roundtable())).unwrap();
        Run { app: App::new(settings, &session), session, scribe }
    }

    fn event(&mut self, minutes: f64, event: Event) -> &mut Self {
        self.scribe.now = local(minutes);
        let r = self.scribe.record(event);
        self.session.apply(&r);
        self
    }

    fn act(&mut self, minutes: f64, action: Action) -> &mut Self {
        for effect in self.app.update(&self.session, action, local(minutes)) {
            if let Effect::Record(e) = effect {
                self.event(minutes, e);
            }
        }
        self
    }

    fn draw(&self, width: u16, height: u16, minutes: f64) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| convene::ui::render(f, &self.app, &self.session, local(minutes))).unwrap();
        terminal
    }
}

fn start(item: &str) -> Event {
    Event::ItemStarted { item: item.into() }
}

/// A morning running late: registration 10 minutes over, the opening extended, a message.
fn late_morning() -> Run {
    let mut r = Run::new();
    r.event(0.0, start("d1-registration"));
    r.event(40.0, start("d1-opening"));
    r.event(45.0, Event::ItemExtended { item: "d1-opening".into(), minutes: 5 });
    r.event(
        46.0,
        Event::MessageSet {
            text: Some("Please wrap up — Пожалуйста, завершайте".into())
        },
    );
    r
}

#[test]
fn run_screen_80x24() {
    let r = late_morning();
    insta::assert_snapshot!(r.draw(80, 24, 52.5).backend());
}

#[test]
fn run_screen_160x48() {
    let r = late_morning();
    insta::assert_snapshot!(r.draw(160, 48, 52.5).backend());
}

#[test]
fn run_screen_before_anything_starts() {
    let r = Run::new();
    insta::assert_snapshot!(r.draw(120, 30, -10.0).backend());
}

#[test]
fn run_screen_with_a_replan_proposal() {
    let mut r = Run::new();
    r.event(0.0, start("d1-registration"));
    r.event(45.0, start("d1-opening"));
    let t = r.draw(160, 48, 46.0);
    let text = format!("{}", t.backend());
    assert!(text.contains("15 min behind"), "{text}");
    assert!(text.contains("To end on time, shorten:"), "{text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn projector_80x24_with_a_prompt() {
    let mut r = Run::new();
    r.event(135.0, start("d1-plenary-questions"));
    r.event(136.0, Event::PromptRevealed { item: "d1-plenary-questions".into(), group: None, index: 1 });
    r.act(137.0, Action::ToggleProjector);
    assert_eq!(r.app.view, View::Projector);
    insta::assert_snapshot!(r.draw(80, 24, 140.0).backend());
}

#[test]
fn projector_160x48() {
    let mut r = late_morning();
    r.act(50.0, Action::ToggleProjector);
    insta::assert_snapshot!(r.draw(160, 48, 52.5).backend());
}

#[test]
fn projector_at_its_minimum_and_below() {
    let mut r = late_morning();
    r.act(50.0, Action::ToggleProjector);
    insta::assert_snapshot!("projector_40x12", r.draw(40, 12, 52.5).backend());
    let small = format!("{}", r.draw(39, 11, 52.5).backend());
    assert!(small.contains("Terminal too small"), "{small}");
    assert!(small.contains("40x12"), "{small}");
}

#[test]
fn projector_never_shows_names() {
    let mut r = Run::new();
    r.event(60.0, start("d1-key-questions"));
    r.act(61.0, Action::ToggleProjector);
    let text = format!("{}", r.draw(160, 48, 61.0).backend());
    for p in &r.session.agenda.participants {
        assert!(!text.contains(&p.role), "projector shows {}", p.role);
    }
    // The operator view does show who speaks.
    r.act(61.0, Action::ToggleProjector);
    let text = format!("{}", r.draw(160, 48, 61.0).backend());
    assert!(text.contains("ODIHR trainer"), "{text}");
}

#[test]
fn help_overlay_lists_every_binding() {
    let mut r = Run::new();
    r.act(0.0, Action::ToggleHelp);
    let t = r.draw(160, 48, 0.0);
    let text = format!("{}", t.backend());
    for b in convene::app::keymap::bindings() {
        if b.mode == convene::app::keymap::KeyMode::Run {
            assert!(text.contains(b.description), "help lacks {:?}", b.description);
        }
    }
    insta::assert_snapshot!(t.backend());
}

#[test]
fn help_while_typing_lists_the_capture_keys_and_every_prefix() {
    let mut r = Run::new();
    r.act(0.0, Action::FocusCapture);
    r.act(0.0, Action::ToggleHelp);
    let text = format!("{}", r.draw(130, 48, 0.0).backend());
    for b in convene::app::keymap::bindings() {
        if b.mode == convene::app::keymap::KeyMode::Capture {
            assert!(text.contains(b.description), "help lacks {:?}", b.description);
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
    let mut r = Run::new();
    r.event(30.0, start("d1-opening")); // 30 minutes: wrap-up in the last 6
    let t = r.draw(120, 36, 55.0);
    let cells = countdown_cells(&t);
    assert!(!cells.is_empty());
    assert!(cells.iter().all(|c| c.fg == Color::Yellow), "wrap-up digits are yellow");
    assert!(format!("{}", t.backend()).contains("▲ WRAP UP"));
}

#[test]
fn overtime_is_white_on_red_and_counts_up() {
    let mut r = Run::new();
    r.event(30.0, start("d1-opening"));
    let t = r.draw(120, 36, 62.5);
    let cells = countdown_cells(&t);
    assert!(
        cells.iter().all(|c| c.fg == Color::White && c.bg == Color::Red),
        "overtime digits are white on red"
    );
    let text = format!("{}", t.backend());
    assert!(text.contains("■ OVERTIME"), "{text}");
    // The room sees the word too, at the projector's smallest size.
    let mut r2 = Run::new();
    r2.event(30.0, start("d1-opening"));
    r2.act(31.0, Action::ToggleProjector);
    let narrow = format!("{}", r2.draw(40, 12, 62.5).backend());
    assert!(narrow.contains("■ OVERTIME"), "{narrow}");
}

#[test]
fn without_colour_the_stages_differ_by_weight_and_reversal() {
    let mut r = Run::with(Settings { color: false, ..Settings::default() });
    r.event(30.0, start("d1-opening"));
    let t = r.draw(120, 36, 62.5);
    let cells = countdown_cells(&t);
    assert!(cells.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    assert!(cells.iter().all(|c| c.modifier.contains(Modifier::REVERSED)));
    let t = r.draw(120, 36, 55.0);
    assert!(countdown_cells(&t).iter().all(|c| c.fg == Color::Reset && c.modifier.contains(Modifier::BOLD)));
}

#[test]
fn not_saved_is_shown_until_saved() {
    let mut r = late_morning();
    r.act(50.0, Action::SaveFailed("NOT SAVED: cannot write /data/journal: the disk is full.".into()));
    let text = format!("{}", r.draw(120, 36, 50.0).backend());
    assert!(text.contains("NOT SAVED: cannot write"), "{text}");
    r.act(51.0, Action::SavedAll);
    let text = format!("{}", r.draw(120, 36, 51.0).backend());
    assert!(!text.contains("NOT SAVED"), "{text}");
}

#[test]
fn the_cached_frame_is_the_same_as_a_full_one() {
    let mut r = late_morning();
    let mut cached = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut full = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut cache = convene::ui::FrameCache::default();
    // Seconds within a minute, across minute boundaries, through a stage change, and
    // after an action that changes something outside the "Now" panel.
    let times: Vec<f64> = (0..200).map(|s| 52.0 + f64::from(s) * 0.0833).collect();
    for (i, minutes) in times.iter().enumerate() {
        if i == 120 {
            r.act(*minutes, Action::FocusCapture);
            r.act(*minutes, Action::Paste("Ҳуқуқ".into()));
        }
        cached
            .draw(|f| convene::ui::render_cached(f, &r.app, &r.session, local(*minutes), &mut cache))
            .unwrap();
        full.draw(|f| convene::ui::render(f, &r.app, &r.session, local(*minutes))).unwrap();
        assert_eq!(cached.backend().buffer(), full.backend().buffer(), "frame {i} at {minutes} min differs");
    }
}
