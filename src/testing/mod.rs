//! Test kits (only with the `testing` feature, never in the release binary).
//!
//! [`Harness`] drives the real [`Runtime`] as the terminal loop does: keys by name through
//! the key table, pastes, resizes, and the alarm's wake-ups as an injected clock passes
//! them; screens drawn on ratatui's `TestBackend`; the session's files on a simulated disk
//! that can fail or crash on demand. There is no other copy of the event loop.

// Test kits may panic: a failure there is a failed test, not a user losing a word.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

pub mod generate;
mod keys;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};

pub use keys::key;

use crate::agenda::Agenda;
use crate::app::keymap::KeyMode;
use crate::app::{Action, App, Settings};
use crate::runtime::{Input, Output, Runtime};
use crate::session::{Event, Session};
use crate::store::SessionStore;
use crate::store::disk::Disk;
use crate::store::sim::SimDisk;

/// Where the harness keeps its session on the simulated disk.
pub const SESSION_DIR: &str = "/data/sessions/test-session";
/// The device the harness writes as.
pub const DEVICE: &str = "dev";

pub struct Harness {
    runtime: Runtime,
    pub disk: SimDisk,
    now: Timestamp,
    /// What the runtime said after the last input.
    pub last: Output,
    /// Bells rung since the harness started.
    pub bells: usize,
    /// Times the alarm woke the runtime since the harness started.
    pub wakes: usize,
    size: (u16, u16),
    /// The terminal [`Harness::drawn`] keeps drawing on, as the program keeps its own.
    kept: Option<Terminal<TestBackend>>,
}

impl Harness {
    /// A new session of `agenda` started at `at`, with default settings, on a 120x36 screen.
    pub fn new(agenda: &Agenda, at: Timestamp) -> Harness {
        Harness::with_settings(agenda, at, Settings::default())
    }

    pub fn with_settings(agenda: &Agenda, at: Timestamp, settings: Settings) -> Harness {
        let disk = SimDisk::new();
        let shared: Arc<dyn Disk> = Arc::new(disk.clone());
        let store = SessionStore::create(shared, Path::new(SESSION_DIR), DEVICE, agenda, None, at, None)
            .unwrap_or_else(|e| panic!("the harness cannot create its session: {e}"));
        Harness::start(store, disk, settings, at)
    }

    /// The 2009 roundtable, started at `at` (RFC 3339).
    pub fn roundtable(at: &str) -> Harness {
        Harness::new(&crate::session::testkit::roundtable(), parse(at))
    }

    /// A sample agenda from `agendas/` by file name.
    pub fn sample(file: &str, at: &str) -> Harness {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("agendas").join(file);
        let agenda = crate::agenda::load(&path).unwrap_or_else(|e| panic!("{file} must load: {e}"));
        Harness::new(&agenda, parse(at))
    }

    fn start(store: SessionStore, disk: SimDisk, settings: Settings, at: Timestamp) -> Harness {
        Harness::with_runtime(Runtime::new(store, settings, None, at), disk, at)
    }

    fn with_runtime(runtime: Runtime, disk: SimDisk, at: Timestamp) -> Harness {
        let mut h = Harness {
            runtime,
            disk,
            now: at,
            last: Output::default(),
            bells: 0,
            wakes: 0,
            size: (120, 36),
            kept: None,
        };
        h.input(Input::Resize { width: 120, height: 36 });
        h
    }

    /// The same session opened again at `at`, as after a quit, a crash or kill -9 (what a
    /// crash loses is what the disk had not synced: see [`SimDisk::crash_image`]).
    pub fn reopen(disk: SimDisk, at: Timestamp) -> Harness {
        Harness::join(disk, DEVICE, at)
    }

    /// A follower window (`convene follow`) on the harness's session on `disk`, at `at`,
    /// starting on `view`.
    pub fn follow(disk: SimDisk, view: crate::app::View, at: Timestamp) -> Harness {
        Harness::follow_with(disk, view, at, Settings::default())
    }

    /// [`Harness::follow`] with `settings` (a `--plain` window, another language).
    pub fn follow_with(disk: SimDisk, view: crate::app::View, at: Timestamp, settings: Settings) -> Harness {
        let shared: Arc<dyn Disk> = Arc::new(disk.clone());
        let (store, _) = SessionStore::follow(shared, Path::new(SESSION_DIR), at)
            .unwrap_or_else(|e| panic!("the harness cannot follow its session: {e}"));
        let runtime = Runtime::follow(store, settings, view, None, at);
        Harness::with_runtime(runtime, disk, at)
    }

    /// The harness's session on `disk` opened at `at` as `device`: [`DEVICE`] itself after
    /// a restart, or another laptop writing its own journal beside this one's.
    pub fn join(disk: SimDisk, device: &str, at: Timestamp) -> Harness {
        let shared: Arc<dyn Disk> = Arc::new(disk.clone());
        let (store, report) = SessionStore::open(shared, Path::new(SESSION_DIR), device, at, None)
            .unwrap_or_else(|e| panic!("{device} cannot open the harness's session: {e}"));
        let note = crate::runtime::start_note(&report);
        let runtime = Runtime::new(store, Settings::default(), note, at);
        Harness::with_runtime(runtime, disk, at)
    }

    /// The file watcher saw another device's journal change.
    pub fn files_changed(&mut self) -> &mut Self {
        self.input(Input::FilesChanged);
        self
    }

    /// Lets `ms` milliseconds pass, as [`Harness::wait`].
    pub fn wait_ms(&mut self, ms: i64) -> &mut Self {
        let until = self.now.checked_add(SignedDuration::from_millis(ms)).unwrap_or(self.now);
        while let Some(at) = self.last.wake_at.filter(|&at| at <= until) {
            self.now = at.max(self.now);
            self.wakes += 1;
            self.input(Input::Wake);
        }
        self.now = until;
        self
    }

    /// Moves this harness's clock to `at` without waking it (another laptop's harness
    /// lived through the time in between).
    pub fn set_now(&mut self, at: Timestamp) -> &mut Self {
        self.now = at.max(self.now);
        self
    }

    pub fn app(&self) -> &App {
        self.runtime.app()
    }

    pub fn session(&self) -> &Session {
        self.runtime.session()
    }

    pub fn store(&self) -> &SessionStore {
        self.runtime.store()
    }

    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// The status line's text, if any.
    pub fn status(&self) -> String {
        self.app().status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
    }

    /// Whether the status line shows a problem.
    pub fn complained(&self) -> bool {
        self.app().status.as_ref().is_some_and(|s| s.error)
    }

    fn input(&mut self, input: Input) -> &Output {
        self.last = self.runtime.handle(input, self.now);
        if self.last.bell {
            self.bells += 1;
        }
        &self.last
    }

    /// Lets `seconds` pass, waking the runtime whenever it asked to be woken (as the alarm
    /// does), so countdowns, bells, checkpoints and retries happen as they would.
    pub fn wait(&mut self, seconds: i64) -> &mut Self {
        self.wait_ms(seconds.saturating_mul(1000))
    }

    /// Lets time pass until `at` (RFC 3339), as [`Harness::wait`].
    pub fn wait_until(&mut self, at: &str) -> &mut Self {
        let seconds = parse(at).duration_since(self.now).as_secs();
        self.wait(seconds.max(0))
    }

    /// Presses keys by name, one after the other: "Space", "Enter", "Esc", "Tab", "Up",
    /// "F5", "Ctrl-t", "Alt-Enter", "PgDn", or one character ("n", "?", "Ж").
    pub fn press(&mut self, keys: &[&str]) -> &mut Self {
        for name in keys {
            self.input(Input::Key(key(name)));
        }
        self
    }

    /// Types `text` one character at a time, as a person does.
    pub fn type_text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.input(Input::Key(keys::char_key(c)));
        }
        self
    }

    /// Opens a one-line input with `key`, types `text` and presses Enter.
    pub fn answer(&mut self, key: &str, text: &str) -> &mut Self {
        self.press(&[key]);
        self.type_text(text);
        self.press(&["Enter"])
    }

    /// Snapshots started in this run, and whether one is being written now.
    pub fn snapshots(&self) -> (u64, bool) {
        self.runtime.snapshots()
    }

    /// Waits for the snapshot being written on its thread, if any.
    pub fn wait_for_snapshot(&mut self) -> &mut Self {
        self.runtime.wait_for_snapshot();
        self
    }

    pub fn paste(&mut self, text: &str) -> &mut Self {
        self.input(Input::Paste(text.to_string()));
        self
    }

    /// Ends the run as the program does once its loop is over: the note being typed kept,
    /// minutes.json refreshed, and what the disk did not take written to a rescue file
    /// (the session folder, else each of `elsewhere`).
    pub fn finish(self, elsewhere: &[PathBuf]) -> crate::runtime::Finished {
        self.runtime.finish(elsewhere, self.now)
    }

    /// SIGTERM, SIGHUP, Ctrl-C from outside, or the terminal closing.
    pub fn stop(&mut self) -> &mut Self {
        self.input(Input::Stop);
        self
    }

    /// Does `action` by pressing the key bound to it in the current mode, as a person
    /// would (panics when no key does it there).
    pub fn act(&mut self, action: Action) -> &mut Self {
        let mode = self.app().key_mode();
        let binding = self
            .app()
            .keymap
            .iter()
            .find(|b| b.mode == mode && b.action == action)
            .map(|b| b.key)
            .unwrap_or_else(|| panic!("no key does {action:?} in {mode:?}"));
        self.input(Input::Key(ratatui::crossterm::event::KeyEvent::new(
            binding.key_code(),
            binding.modifiers,
        )));
        self
    }

    pub fn key_mode(&self) -> KeyMode {
        self.app().key_mode()
    }

    /// Records `event` as this device at the current time, as an earlier run (or the
    /// facilitator's keys) would have: for setting a scene quickly.
    pub fn record(&mut self, event: Event) -> &mut Self {
        let now = self.now;
        self.runtime.record_for_test(event, now);
        self
    }

    /// Resizes the screen (the app learns the size, as from a terminal resize).
    pub fn resize(&mut self, width: u16, height: u16) -> &mut Self {
        if self.size != (width, height) {
            self.size = (width, height);
            self.input(Input::Resize { width, height });
        }
        self
    }

    /// The screen as the runtime draws it now, at `width` x `height`.
    pub fn terminal(&mut self, width: u16, height: u16) -> Terminal<TestBackend> {
        self.resize(width, height);
        let mut terminal =
            Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("a test terminal: {e}"));
        let now = self.now;
        terminal.draw(|frame| self.runtime.render(frame, now)).unwrap_or_else(|e| panic!("drawing: {e}"));
        terminal
    }

    /// The screen as the program shows it now at `width` x `height`, drawn on one terminal
    /// kept from call to call (as the program keeps its own): the whole frame after a
    /// change, only the part that ticks on an idle second.
    pub fn drawn(&mut self, width: u16, height: u16) -> &Terminal<TestBackend> {
        self.resize(width, height);
        let terminal = self.kept.get_or_insert_with(|| {
            Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("a test terminal: {e}"))
        });
        terminal.backend_mut().resize(width, height);
        self.runtime.draw(terminal, self.now).unwrap_or_else(|e| panic!("drawing: {e}"));
        terminal
    }

    /// Draws on `terminal` as [`Harness::drawn`] does (for another backend, one that
    /// counts bytes say): keep the same terminal from call to call.
    pub fn draw_on<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> &mut Self
    where
        B::Error: std::fmt::Display,
    {
        let now = self.now;
        self.runtime.draw(terminal, now).unwrap_or_else(|e| panic!("drawing: {e}"));
        self
    }

    /// The screen drawn from scratch, to check what the runtime drew against.
    pub fn full_frame(&mut self, width: u16, height: u16) -> Terminal<TestBackend> {
        self.resize(width, height);
        let mut terminal =
            Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("a test terminal: {e}"));
        let now = self.now;
        let (app, session) = (self.runtime.app(), self.runtime.session());
        terminal
            .draw(|frame| crate::ui::render(frame, app, session, now))
            .unwrap_or_else(|e| panic!("drawing: {e}"));
        terminal
    }

    /// Second by second for `seconds` at each of `sizes` in turn, the screen the runtime
    /// keeps drawing on (idle seconds redraw only what ticks) against a fresh whole frame:
    /// panics, naming `what`, the size and the second, where they differ.
    pub fn idle_seconds_are_whole_frames(&mut self, what: &str, sizes: &[(u16, u16)], seconds: i64) {
        for &(width, height) in sizes {
            for s in 0..seconds {
                let full = self.full_frame(width, height);
                let drawn = self.drawn(width, height);
                assert_eq!(
                    drawn.backend().buffer(),
                    full.backend().buffer(),
                    "{what} at {width}x{height}, second {s}"
                );
                self.wait(1);
            }
        }
    }

    /// The screen as text.
    pub fn screen(&mut self, width: u16, height: u16) -> String {
        format!("{}", self.terminal(width, height).backend())
    }
}

/// An instant from RFC 3339 text (tests only).
pub fn parse(at: &str) -> Timestamp {
    at.parse().unwrap_or_else(|e| panic!("{at:?} is not an instant: {e}"))
}
