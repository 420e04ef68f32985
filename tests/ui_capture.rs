//! The capture pane and review list on TestBackend: Cyrillic, Tajik and wide (CJK) text,
//! multi-line notes, saved marks, and full-screen capture.

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use convene::app::{Action, App, Effect, Settings};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Event, Session};

fn local(minutes: i64) -> Timestamp {
    "2009-04-28T04:00:00Z"
        .parse::<Timestamp>()
        .unwrap()
        .checked_add(SignedDuration::from_mins(minutes))
        .unwrap()
}

struct H {
    app: App,
    session: Session,
    scribe: Scribe,
}

impl H {
    fn new() -> H {
        let mut scribe = Scribe::new("dev", local(135));
        let mut session = Session::start(&scribe.start(&roundtable())).unwrap();
        session.apply(&scribe.record(Event::ItemStarted { item: "d1-plenary-questions".into() }));
        let mut app = App::new(Settings::default(), &session);
        app.device = "dev".into();
        H { app, session, scribe }
    }

    fn act(&mut self, action: Action, durable: bool) {
        for e in self.app.update(&self.session, action, local(140)) {
            if let Effect::Record(event) = e {
                let r = self.scribe.record(event);
                self.session.apply(&r);
                if durable {
                    self.app.update(&self.session, Action::Durable(r.seq), local(140));
                }
            }
        }
    }

    fn note(&mut self, text: &str, durable: bool) {
        self.act(Action::FocusCapture, true);
        self.act(Action::Paste(text.into()), true);
        self.act(Action::CaptureCommit, durable);
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| convene::ui::render(f, &self.app, &self.session, local(141))).unwrap();
        t
    }
}

fn multilingual() -> H {
    let mut h = H::new();
    h.note("Полиция должна применять минимальную силу", true);
    h.note("r: @ngo Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст — ӣ ӯ ҳ қ ғ ҷ", true);
    h.note("qt: 信任是双向的 — trust is a two-way flow", true);
    h.note("ref: Закон о милиции, статья 15\nLaw on the Militia, Article 15", false);
    h.act(Action::FocusCapture, true);
    h.act(Action::Paste("Қайди нотамом: ҳуқуқ".into()), true);
    h
}

#[test]
fn capture_pane_with_cyrillic_tajik_and_wide_text() {
    let h = multilingual();
    let t = h.draw(120, 40);
    let text = format!("{}", t.backend());
    assert!(text.contains("Полиция должна применять"), "{text}");
    assert!(text.contains("ӣ ӯ ҳ қ ғ"), "{text}");
    assert!(text.contains("… "), "the last note is not on disk yet: {text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn capture_pane_80x24() {
    let h = multilingual();
    insta::assert_snapshot!(h.draw(80, 24).backend());
}

#[test]
fn full_screen_capture() {
    let mut h = multilingual();
    h.act(Action::CaptureFullScreen, true);
    insta::assert_snapshot!(h.draw(100, 30).backend());
}

#[test]
fn review_list_of_the_whole_session() {
    let mut h = multilingual();
    h.act(Action::FocusTimer, true);
    h.act(Action::FocusReview, true);
    h.act(Action::ReviewScope, true);
    h.act(Action::ReviewUp, true);
    h.act(Action::ReviewMark(convene::session::Mark::Contested), true);
    insta::assert_snapshot!(h.draw(120, 40).backend());
}
