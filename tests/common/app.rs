//! Drives the app as the runtime would, on an injected clock: every action goes through
//! `App::update`, and the events it asks for are recorded and folded into the session.

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use convene::app::{Action, App, Effect, Settings};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Event, Session};

pub struct Harness {
    pub app: App,
    pub session: Session,
    pub scribe: Scribe,
    /// Seconds since `base`.
    pub elapsed: i64,
    base: Timestamp,
}

impl Harness {
    /// The roundtable session at `base`, with `item` running.
    pub fn new(base: &str, item: &str) -> Harness {
        let base: Timestamp = base.parse().unwrap();
        let mut scribe = Scribe::new("dev", base);
        let mut session = Session::start(&scribe.start(&roundtable())).unwrap();
        session.apply(&scribe.record(Event::ItemStarted { item: item.into() }));
        let mut app = App::new(Settings::default(), &session);
        app.device = "dev".into();
        Harness { app, session, scribe, elapsed: 0, base }
    }

    pub fn now(&self) -> Timestamp {
        self.base.checked_add(SignedDuration::from_secs(self.elapsed)).unwrap()
    }

    /// Lets `seconds` pass, then runs `action`.
    pub fn act(&mut self, seconds: i64, action: Action) {
        self.elapsed += seconds;
        self.scribe.now = self.now();
        for e in self.app.update(&self.session, action, self.now()) {
            if let Effect::Record(event) = e {
                let r = self.scribe.record(event);
                self.session.apply(&r);
                self.app.update(&self.session, Action::Durable(r.seq), self.now());
            }
        }
    }

    /// Opens a one-line input with `action`, types `text` and confirms it.
    pub fn input(&mut self, action: Action, text: &str) {
        self.act(0, action);
        for c in text.chars() {
            self.act(0, Action::InputChar(c));
        }
        self.act(0, Action::InputSubmit);
    }

    /// The screen as text.
    pub fn draw(&self, width: u16, height: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
        t.draw(|f| convene::ui::render(f, &self.app, &self.session, self.now())).unwrap();
        format!("{}", t.backend())
    }
}
