//! The runtime: one synchronous type that owns the app, the session's store and the
//! checkpointer of the note being typed, and takes everything that happens through one
//! entry point, `handle(input, now) -> Output`. The terminal loop (`run_loop`) and the
//! tests drive this same type: what the tests see is what the facilitator gets.

use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use ratatui::backend::Backend;
use ratatui::crossterm::event::KeyEvent;
use ratatui::{Frame, Terminal};

use crate::app::keymap::{resolve, resolve_paste};
use crate::app::{Action, App, Effect, Message, Settings};
use crate::export::Profile;
use crate::session::Session;
use crate::store::SessionStore;
use crate::store::draft::{self, Checkpointer, Draft, Loaded};
use crate::{t, timing, ui};

use super::screen::Screen;
use super::snapshots::Snapshots;

/// How long after a failed save it is tried again.
pub const RETRY_AFTER: SignedDuration = SignedDuration::from_secs(2);

/// Something that happened, for the runtime to take in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    Resize {
        width: u16,
        height: u16,
    },
    /// The alarm set from the last `Output::wake_at` rang.
    Wake,
    /// SIGTERM, SIGHUP, SIGINT, SIGQUIT, or the terminal went away: keep everything and stop.
    Stop,
    /// SIGTSTP: keep the note being typed now; the loop then gives the terminal back and
    /// stops until `fg`.
    Suspend,
    /// Another device's journal in the session folder changed (the file watcher): what it
    /// added is folded in a moment later, once a burst of changes has settled.
    FilesChanged,
}

/// How long after a change to another device's file it is read: a sync tool's write and
/// rename, or a network share's pieces, come as bursts of changes a few ms apart.
pub const FOLD_AFTER: SignedDuration = SignedDuration::from_millis(40);

/// What the loop must do after `handle`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// Something visible changed: draw a frame.
    pub redraw: bool,
    /// Ring the terminal bell.
    pub bell: bool,
    /// Leave: everything is saved as far as the disk allows.
    pub quit: bool,
    /// Give the terminal back and stop until `fg` (the note being typed is on disk).
    pub suspend: bool,
    /// When to wake up next if nothing else happens (the next visible second, a retry of a
    /// failed save, the draft's next checkpoint).
    pub wake_at: Option<Timestamp>,
}

/// What the last frame showed that changes with time alone: the minute of the header
/// clock and the clocks that tick each second.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    minute: i64,
    clocks: [Option<timing::Shown>; 3],
}

/// How a run ended, as far as the disk is concerned.
#[derive(Debug)]
pub struct Finished {
    pub store: SessionStore,
    /// Why minutes.json was not refreshed (harmless: the journal has everything).
    pub snapshot_problem: Option<String>,
    /// Where changes the disk did not take were written, or why nowhere.
    pub rescue: Option<Result<PathBuf, String>>,
    /// The note being typed, when it is on no disk but the rescue file.
    pub unsaved_draft: Option<String>,
}

pub struct Runtime {
    app: App,
    store: SessionStore,
    drafts: Checkpointer,
    /// The draft file could not be read nor moved aside: it must not be replaced.
    drafts_blocked: bool,
    /// The last draft write failed: the note being typed is on no disk.
    draft_unsaved: bool,
    screen: Screen,
    shown: Option<Shown>,
    /// The clocks as last worked out, and for which moment, records and app revision:
    /// an idle second asks for them three times (to redraw, to draw, to sleep).
    clocks: Option<((Timestamp, u64, u64), timing::Ticking)>,
    /// The note being typed as a draft, for the app's revision and the records applied.
    typed: Option<((u64, u64), Rc<Draft>)>,
    retry_at: Option<Timestamp>,
    snapshots: Snapshots,
    /// When to read what other devices' files added (set by [`Input::FilesChanged`]).
    fold_at: Option<Timestamp>,
    /// The last failure to read another device's file, so it is said once, not each time.
    fold_error: Option<String>,
    /// The wording typed for the room, as written for the projector's window.
    wording: super::wording::Publisher,
}

impl Runtime {
    /// Starts on an open session: restores the note that was being typed, notes the
    /// countdown's stage without ringing, and shows `note` (recovery, settings) if any.
    pub fn new(store: SessionStore, settings: Settings, note: Option<String>, now: Timestamp) -> Runtime {
        let app = App::new(settings, store.session());
        let mut runtime = Runtime::with(app, store);
        runtime.message(Message::Tick, now);
        if let Some(text) = note {
            runtime.message(Message::Notice { text, error: true }, now);
        }
        runtime.restore_draft(now);
        runtime.message(Message::Durable(runtime.store.pending_entries()), now);
        runtime.devices(now);
        runtime
    }

    /// Starts a follower window on a store opened with [`SessionStore::follow`]: `view`
    /// first, the keys that change nothing, no note of its own.
    pub fn follow(
        store: SessionStore,
        settings: Settings,
        view: crate::app::View,
        note: Option<String>,
        now: Timestamp,
    ) -> Runtime {
        let app = App::follower(settings, store.session(), view);
        let mut runtime = Runtime::with(app, store);
        runtime.message(Message::Tick, now);
        if let Some(text) = note {
            runtime.message(Message::Notice { text, error: true }, now);
        }
        runtime.devices(now);
        runtime
    }

    fn with(mut app: App, store: SessionStore) -> Runtime {
        if !store.is_read_only() {
            app.device = store.device().to_string();
        }
        Runtime {
            app,
            store,
            drafts: Checkpointer::default(),
            drafts_blocked: false,
            draft_unsaved: false,
            screen: Screen::default(),
            shown: None,
            clocks: None,
            typed: None,
            retry_at: None,
            snapshots: Snapshots::default(),
            fold_at: None,
            fold_error: None,
            wording: Default::default(),
        }
    }

    /// Brings back the note that was being typed at the last stop, from the draft file or a
    /// rescue file, and says when it cannot.
    fn restore_draft(&mut self, now: Timestamp) {
        let runtime = self;
        // A rescue file's draft was written at the last exit, when the draft file could not
        // be: it is newer than the draft file.
        let lang = runtime.app.lang();
        let last_capture = runtime.store.last_capture_seq();
        let rescued = runtime.store.take_rescued_draft().filter(|d| !d.committed(last_capture));
        let store = &runtime.store;
        match draft::load(store.disk().as_ref(), store.dir(), store.device(), now, lang) {
            Loaded::None => {}
            // Saved with Enter just before the last stop: already a note, not a draft.
            Loaded::Draft(d) if d.committed(last_capture) || rescued.is_some() => {
                runtime.drafts = Checkpointer::from_saved(Some(d));
            }
            Loaded::Draft(d) => {
                runtime.message(Message::RestoreDraft(d.text.clone()), now);
                runtime.drafts = Checkpointer::from_saved(Some(d));
            }
            Loaded::SetAside { to, why } => {
                let text = t!(lang, "msg-draft-set-aside", why = why, path = to.display().to_string());
                runtime.message(Message::Notice { text, error: true }, now);
            }
            Loaded::Stuck { why } => {
                runtime.drafts_blocked = true;
                let text = t!(lang, "msg-draft-stuck", why = why);
                runtime.message(Message::Notice { text, error: true }, now);
            }
        }
        if let Some(d) = rescued {
            runtime.message(Message::RestoreDraft(d.text), now);
        }
    }

    /// Shows `text` in the status line (something the loop could not do).
    pub fn notice(&mut self, text: String, now: Timestamp) {
        self.message(Message::Notice { text, error: true }, now);
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    pub fn session(&self) -> &Session {
        self.store.session()
    }

    pub fn store(&self) -> &SessionStore {
        &self.store
    }

    /// Snapshots started in this run, and whether one is being written now.
    pub fn snapshots(&self) -> (u64, bool) {
        (self.snapshots.started(), self.snapshots.is_running())
    }

    /// Waits for the snapshot being written, if any.
    pub fn wait_for_snapshot(&mut self) {
        self.snapshots.join(&mut self.store);
    }

    /// The one entry point: takes in what happened at `now`, does what it asks (records,
    /// exports, checkpoints, retries), and says what the loop must do next.
    pub fn handle(&mut self, input: Input, now: Timestamp) -> Output {
        let mut out = Output::default();
        self.snapshots.collect(&mut self.store);
        let typing = matches!(input, Input::Key(_) | Input::Paste(_));
        if typing {
            self.snapshots.typed(now);
        }
        match input {
            Input::Key(key) => {
                if let Some(action) = resolve(&self.app.keymap, self.app.key_mode(), key) {
                    self.act(action, now, &mut out);
                }
            }
            Input::Paste(text) => {
                let action = resolve_paste(self.app.key_mode(), text);
                // A follower has no note to paste into (only its search takes text).
                let action = action.filter(|a| !self.app.follower || matches!(a, Action::Input(_)));
                if let Some(action) = action {
                    self.act(action, now, &mut out);
                }
            }
            Input::Resize { width, height } => {
                self.message(Message::Resized { width, height }, now);
                out.redraw = true;
            }
            Input::Wake => {
                let effects = self.app.notify(self.store.session(), Message::Tick, now);
                self.run(effects, now, &mut out);
                let shown = self.shown_at(now);
                out.redraw |= self.shown.as_ref() != Some(&shown);
            }
            Input::Stop => out.quit = true,
            Input::Suspend => out.suspend = true,
            Input::FilesChanged => {
                let at = now.checked_add(FOLD_AFTER).unwrap_or(now);
                self.fold_at = Some(self.fold_at.map_or(at, |due| due.min(at)));
            }
        }
        self.upkeep(now, &mut out);
        if !typing && !out.quit {
            self.snapshots.upkeep(&self.store, now);
        }
        if out.quit || self.app.quitting {
            out.quit = true;
        }
        if out.quit || out.suspend {
            // Quit, a signal, a closed terminal or a suspend: the note being typed is kept whole.
            self.save_draft(now, &mut out);
        }
        out.wake_at = Some(self.next_wake(now));
        out
    }

    /// Draws the whole screen as of `now` into `frame` (a test's fresh terminal).
    pub fn render(&mut self, frame: &mut Frame, now: Timestamp) {
        ui::render(frame, &self.app, self.store.session(), now);
        self.note_shown(now);
    }

    /// Brings `terminal` to the screen as of `now`: the whole frame after a change, only
    /// the part that ticks on an idle second; either way only the cells that changed are
    /// written (see [`Screen`]).
    pub fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>, now: Timestamp) -> Result<(), B::Error> {
        self.screen.draw(terminal, &self.app, self.store.session(), now)?;
        self.note_shown(now);
        Ok(())
    }

    /// The terminal was cleared behind the runtime's back: the next frame is drawn whole.
    pub fn screen_cleared(&mut self) {
        self.screen.forget();
    }

    fn note_shown(&mut self, now: Timestamp) {
        self.shown = Some(self.shown_at(now));
    }

    /// The clocks that tick at `now` (see [`timing::ticking`]), worked out once for a
    /// moment while nothing is recorded and the app stays as it is.
    fn clocks_at(&mut self, now: Timestamp) -> &timing::Ticking {
        let key = (now, self.store.session().records_applied(), self.app.revision);
        if self.clocks.as_ref().is_some_and(|(k, _)| *k != key) {
            self.clocks = None;
        }
        let (store, warnings) = (&self.store, self.app.settings.warnings());
        &self.clocks.get_or_insert_with(|| (key, timing::ticking(store.session(), now, warnings))).1
    }

    /// Ends the run: keeps the note being typed, refreshes minutes.json (a failure only
    /// costs the next start some time: the journal has every record), and writes whatever
    /// the disk did not take to a rescue file (the session folder, else each of
    /// `elsewhere`). Gives the store back to say what is saved.
    pub fn finish(mut self, elsewhere: &[PathBuf], now: Timestamp) -> Finished {
        let mut out = Output { quit: true, ..Output::default() };
        self.save_draft(now, &mut out);
        // Nothing is being typed for the room any more.
        self.wording.upkeep(&self.store, None, now);
        self.snapshots.join(&mut self.store);
        let snapshot_problem = self.store.write_snapshot().err().map(|e| e.to_string());
        let typed = self.typed();
        let draft = (self.draft_unsaved || self.drafts_blocked)
            .then_some(&*typed)
            .filter(|d| !d.text.trim().is_empty());
        let rescue =
            (self.store.pending() > 0 || draft.is_some()).then(|| self.store.rescue(draft, elsewhere, now));
        Finished { store: self.store, snapshot_problem, rescue, unsaved_draft: draft.map(|d| d.text.clone()) }
    }

    /// Records an event as this device, as an earlier run would have (tests set scenes
    /// with it).
    #[cfg(any(test, feature = "testing"))]
    pub fn record_for_test(&mut self, event: crate::session::Event, now: Timestamp) {
        let mut out = Output::default();
        self.run(vec![Effect::Record(event)], now, &mut out);
        let _ = self.app.notify(self.store.session(), Message::Tick, now);
    }

    fn act(&mut self, action: Action, now: Timestamp, out: &mut Output) {
        let effects = self.app.update(self.store.session(), action, now);
        self.run(effects, now, out);
        // Note the stage after any change, so starting an item never rings.
        let _ = self.app.notify(self.store.session(), Message::Tick, now);
        out.redraw = true;
    }

    fn message(&mut self, message: Message, now: Timestamp) {
        // Only a tick can ask for a bell; messages at start-up never ring.
        let _ = self.app.notify(self.store.session(), message, now);
    }

    /// Carries out what the app asked for.
    fn run(&mut self, effects: Vec<Effect>, now: Timestamp, out: &mut Output) {
        let mut recorded = false;
        for effect in effects {
            match effect {
                // A follower's keys ask for nothing to record; if one ever did, it is not
                // written (the store is read-only), nor shown as unsaved.
                Effect::Record(_) | Effect::Export(_) if self.store.is_read_only() => {}
                Effect::Record(event) => {
                    recorded = true;
                    if let Err(e) = self.store.record(event, now) {
                        self.retry_at = now.checked_add(RETRY_AFTER).ok();
                        let text = e.message(self.app.lang());
                        self.message(Message::SaveFailed(text), now);
                    }
                }
                Effect::Bell => out.bell = true,
                Effect::Quit => out.quit = true,
                Effect::Suspend => out.suspend = true,
                Effect::Export(profile) => {
                    let (text, error) = self.export_beside(profile);
                    self.message(Message::Notice { text, error }, now);
                }
            }
        }
        if recorded {
            self.message(Message::Durable(self.store.pending_entries()), now);
        }
    }

    /// What goes on between keys: failed saves retried, the note being typed checkpointed
    /// (at most 2 s after it changed). minutes.json is refreshed by `snapshots`.
    fn upkeep(&mut self, now: Timestamp, out: &mut Output) {
        if self.fold_at.is_some_and(|at| now >= at) {
            self.fold_at = None;
            self.fold_others(now, out);
        }
        if !self.app.follower {
            let wording = self.app.wording_for_room(self.store.session());
            self.wording.upkeep(&self.store, wording, now);
        }
        if self.devices(now) {
            out.redraw = true;
        }
        if self.store.pending() > 0 && self.retry_at.is_none_or(|at| now >= at) {
            match self.store.retry() {
                Ok(()) => {
                    self.retry_at = None;
                    self.message(Message::Durable(self.store.pending_entries()), now);
                    self.message(Message::SavedAll, now);
                    out.redraw = true;
                }
                Err(_) => self.retry_at = now.checked_add(RETRY_AFTER).ok(),
            }
        }
        if self.store.is_read_only() {
            return;
        }
        let typed = self.typed();
        if self.drafts.due(&typed, now) {
            self.save_draft(now, out);
        }
    }

    /// Reads what other devices' files added and shows it.
    fn fold_others(&mut self, now: Timestamp, out: &mut Output) {
        match self.store.refresh(now) {
            Ok(arrived) => {
                self.fold_error = None;
                // The projector's window: the wording the facilitator is typing, if any.
                if self.app.follower {
                    let wording = super::wording::read(&self.store);
                    if wording != self.app.room_wording {
                        self.message(Message::RoomWording(wording), now);
                        out.redraw = true;
                    }
                }
                if arrived.records > 0 {
                    // Another device may hold the clock: its stage changes ring here too.
                    let effects = self.app.notify(self.store.session(), Message::Tick, now);
                    self.run(effects, now, out);
                    out.redraw = true;
                }
            }
            Err(e) => {
                let text = t!(self.app.lang(), "msg-others-unreadable", why = e.message(self.app.lang()));
                if self.fold_error.as_ref() != Some(&text) {
                    self.fold_error = Some(text.clone());
                    self.message(Message::Notice { text, error: true }, now);
                    out.redraw = true;
                }
            }
        }
    }

    /// Tells the app how fresh each other device's news is, when what it shows of them
    /// changed; says whether it did.
    fn devices(&mut self, now: Timestamp) -> bool {
        let others = self.store.others();
        if others.is_empty() && self.app.devices.is_empty() {
            return false;
        }
        let holder = self.store.session().clock_holder.as_deref();
        let same = others.len() == self.app.devices.len()
            && others.iter().zip(&self.app.devices).all(|((name, h), d)| {
                minutes_since(h.news_at(), now) == d.minutes && (holder == Some(name.as_str())) == d.clock
            });
        if same {
            return false;
        }
        let devices = others
            .iter()
            .map(|(name, h)| crate::app::DeviceNews {
                name: crate::safe_text::line(name).into_owned(),
                minutes: minutes_since(h.news_at(), now),
                clock: holder == Some(name.as_str()),
            })
            .collect();
        self.message(Message::Devices(devices), now);
        true
    }

    /// The note being typed, as a draft (an edit of an existing entry is not a draft).
    /// Kept while no key is taken in and nothing recorded: an idle second asks for it
    /// twice (is it due, when is it due).
    fn typed(&mut self) -> Rc<Draft> {
        let key = (self.app.revision, self.store.session().records_applied());
        if let Some((k, draft)) = &self.typed
            && *k == key
        {
            return Rc::clone(draft);
        }
        let text = if self.app.capture.editing.is_some() { String::new() } else { self.app.capture.text() };
        let before_seq = Some(self.store.last_capture_seq() + 1);
        let draft = Rc::new(Draft { text, item: self.store.session().timer.current.clone(), before_seq });
        self.typed = Some((key, Rc::clone(&draft)));
        draft
    }

    fn save_draft(&mut self, now: Timestamp, out: &mut Output) {
        if self.drafts_blocked || self.store.is_read_only() {
            return;
        }
        let typed = self.typed();
        let changed = self.drafts.next_due(&typed, now).is_some();
        if self.drafts.due(&typed, now) || ((out.quit || out.suspend) && changed) {
            let store = &self.store;
            let saved = self.drafts.save(store.disk().as_ref(), store.dir(), store.device(), &typed, now);
            self.draft_unsaved = saved.is_err();
            match saved {
                Err(e) => {
                    // Name every file that fails, not only the last one tried.
                    let lang = self.app.lang();
                    let error = e.message(lang);
                    let text = match self.store.pending() {
                        0 => t!(lang, "msg-draft-not-saved", error = error),
                        n => t!(lang, "msg-draft-and-journal-not-saved", error = error, n = n),
                    };
                    self.message(Message::SaveFailed(text), now);
                    out.redraw = true;
                }
                Ok(()) if self.store.pending() == 0 && self.app.not_saved.is_some() => {
                    self.message(Message::SavedAll, now);
                    out.redraw = true;
                }
                Ok(()) => {}
            }
        }
    }

    fn shown_at(&mut self, now: Timestamp) -> Shown {
        let clocks = self.clocks_at(now).shown();
        Shown { minute: now.as_second().div_euclid(60), clocks }
    }

    /// The next moment something on screen changes (a clock's next second, the header's
    /// next minute), a failed save is retried, or the note being typed is due on disk.
    fn next_wake(&mut self, now: Timestamp) -> Timestamp {
        let after = |ms: i64| now.checked_add(SignedDuration::from_millis(ms)).unwrap_or(now);
        let mut wake = after(60_000 - now.as_millisecond().rem_euclid(60_000));
        if let Some(ms) = self.clocks_at(now).next_change_ms() {
            // A hair past the change, so the new second is there when we look.
            wake = wake.min(after(ms + 2));
        }
        if self.store.pending() > 0
            && let Some(at) = self.retry_at
        {
            wake = wake.min(at);
        }
        if let Some(at) = self.snapshots.due_at(&self.store) {
            wake = wake.min(at.max(now));
        }
        if let Some(at) = self.fold_at {
            wake = wake.min(at.max(now));
        }
        // A wording typed faster than it may be written goes out a second later.
        if self.app.capture.rewording.is_some()
            && let Some(at) =
                self.wording.waiting(self.app.wording_for_room(self.store.session()).as_ref(), now)
        {
            wake = wake.min(at);
        }
        // The next minute another device's age, as shown, turns.
        for heard in self.store.others().values() {
            let ms = now.duration_since(heard.news_at()).as_millis().max(0) as i64;
            wake = wake.min(after(60_000 - ms.rem_euclid(60_000) + 2));
        }
        let typed = self.typed();
        // A follower types no note of its own: nothing to checkpoint, nothing to wake for.
        if !self.drafts_blocked
            && !self.store.is_read_only()
            && let Some(due) = self.drafts.next_due(&typed, now)
        {
            wake = wake.min(due.checked_add(SignedDuration::from_millis(1)).unwrap_or(due));
        }
        wake
    }

    /// Writes the draft as Markdown and Word into the session's folder, the Markdown's
    /// pictures as SVG files beside it; says where, or why not.
    fn export_beside(&self, profile: Profile) -> (String, bool) {
        use crate::export::{ExportError, Format, Options, prepare, write};
        let options = Options { profile, redact: false, lang: None, ..Options::default() };
        let lang = self.app.lang();
        let base = format!("report-{}", profile.as_str());
        let mut report = match prepare(self.store.session(), options) {
            Ok(r) => r,
            Err(ExportError::NamesInText(leaks)) => {
                let (command, flag) = ("convene export --profile public", "--redact");
                let text =
                    t!(lang, "msg-public-draft-refused", n = leaks.len(), command = command, flag = flag);
                return (text, true);
            }
            Err(ExportError::Placeholders(places)) => {
                let (command, flag) = ("convene export --profile public", "--allow-placeholders");
                let text = t!(
                    lang,
                    "msg-public-draft-placeholders",
                    n = places.len(),
                    command = command,
                    flag = flag
                );
                return (text, true);
            }
            Err(ExportError::Build(why)) => return (t!(lang, "msg-draft-not-built", why = why), true),
        };
        // The pictures first, each under the first free name: the Markdown links the names
        // they got.
        let figures: Vec<(String, String)> =
            report.figures().map(|(name, svg)| (name.to_string(), svg.to_string())).collect();
        for (name, svg) in &figures {
            match self.store.write_beside(&format!("{base}-{name}"), "svg", svg.as_bytes()) {
                Ok(path) => {
                    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                    report.set_figure_file(name, file);
                }
                Err(e) => return (e.message(lang), true),
            }
        }
        let mut written = Vec::new();
        for format in [Format::Markdown, Format::Docx] {
            let mut bytes = std::io::Cursor::new(Vec::new());
            if let Err(e) = write(&report, format, &mut bytes) {
                return (t!(lang, "msg-draft-not-built", why = e.to_string()), true);
            }
            match self.store.write_beside(&base, format.extension(), bytes.get_ref()) {
                Ok(path) => written.push(path.display().to_string()),
                Err(e) => return (e.message(lang), true),
            }
        }
        let text = match written.as_slice() {
            [first, second] => t!(lang, "msg-draft-written", first = first, second = second),
            // Never more nor fewer than the two formats above; said plainly all the same.
            _ => written.join(", "),
        };
        (text, false)
    }
}

/// Whole minutes from `then` to `now` (0 when `then` is later: another laptop's clock ahead).
fn minutes_since(then: Timestamp, now: Timestamp) -> i64 {
    now.duration_since(then).as_secs().max(0) / 60
}

/// How long to sleep until `at`, never less than a millisecond nor more than a day.
pub fn until(at: Timestamp, now: Timestamp) -> Duration {
    let ms = at.duration_since(now).as_millis().clamp(1, 24 * 3_600_000);
    Duration::from_millis(ms as u64)
}
