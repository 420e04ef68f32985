//! Drives the app as the runtime would, on an injected clock: every action goes through
//! `App::update`, and the events it asks for are recorded and folded into the session.

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use convene::app::keymap::{bindings, resolve};
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

    /// Lets `seconds` pass, then runs `action`; what it records is on disk at once.
    pub fn act(&mut self, seconds: i64, action: Action) {
        self.run(seconds, action, true);
    }

    /// Like `act`, but what it records is not on disk yet (no saved mark).
    pub fn act_unsaved(&mut self, seconds: i64, action: Action) {
        self.run(seconds, action, false);
    }

    fn run(&mut self, seconds: i64, action: Action, durable: bool) {
        self.elapsed += seconds;
        self.scribe.now = self.now();
        for e in self.app.update(&self.session, action, self.now()) {
            if let Effect::Record(event) = e {
                let r = self.scribe.record(event);
                self.session.apply(&r);
                if durable {
                    self.app.update(&self.session, Action::Durable(r.seq), self.now());
                }
            }
        }
    }

    /// Types like a person: each key resolved through the key table in the current mode,
    /// `seconds` apart.
    pub fn keys(&mut self, seconds: i64, text: &str) {
        for c in text.chars() {
            let event = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            if let Some(action) = resolve(&bindings(), self.app.key_mode(), event) {
                self.act(seconds, action);
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
        self.draw_after(width, height, 0)
    }

    /// The screen as text, `seconds` from now.
    pub fn draw_after(&self, width: u16, height: u16, seconds: i64) -> String {
        let at = self.now().checked_add(SignedDuration::from_secs(seconds)).unwrap();
        let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
        t.draw(|f| convene::ui::render(f, &self.app, &self.session, at)).unwrap();
        format!("{}", t.backend())
    }
}
