//! The only code that touches the terminal, the clock and signals: start-up (launcher),
//! the async event loop, and restoring the terminal however the program ends.

pub mod clock;
mod core;
mod input;
mod launcher;
mod lean_backend;
mod run_loop;
mod screen;
pub mod settings_file;
mod snapshots;
mod terminal;
mod wakeup;
mod watch;
mod wording;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

pub use core::{FOLD_AFTER, Finished, Input, Output, RETRY_AFTER, Runtime};

use crate::i18n::Lang;
use crate::store::{self, SessionStore};
use crate::t;
use crate::ui::theme::Theme;
use launcher::Choice;

/// What `convene run` was asked to open.
#[derive(Debug, Clone)]
pub enum Start {
    /// An agenda: a new session, or the launcher when it has unfinished ones.
    Agenda(PathBuf),
    /// A session folder, without the launcher.
    Resume(PathBuf),
    /// A session folder, recorded as one more laptop (see [`store::join_session`]).
    Join(PathBuf),
    /// The launcher with everything in ./agendas and the unfinished sessions.
    Pick,
}

/// The command that tells what is wrong with a session's files (the same in every language).
const VERIFY: &str = "convene verify";

/// What the run screen says first about how the session was opened, if anything.
pub fn start_note(report: &store::RecoveryReport) -> Option<String> {
    start_note_in(Lang::En, report)
}

/// [`start_note`] in `lang`.
pub fn start_note_in(lang: Lang, report: &store::RecoveryReport) -> Option<String> {
    let mut parts = Vec::new();
    if report.brought_back > 0 {
        let n = report.brought_back;
        parts.push(if report.second_writer > 0 {
            t!(lang, "msg-start-brought-back-rescue-or-writer", n = n)
        } else {
            t!(lang, "msg-start-brought-back-rescue", n = n)
        });
    }
    if !report.is_clean() {
        parts.push(t!(
            lang,
            "msg-start-recovered-problems",
            n = report.records_dropped().saturating_sub(report.second_writer),
            dir = store::recovery::SET_ASIDE_DIR,
            command = VERIFY
        ));
    }
    (!parts.is_empty()).then(|| parts.join(". "))
}

/// `convene run [AGENDA | --resume SESSION]`.
pub fn run(start: Start, data_dir: &Path, room: &crate::app::Overrides) -> anyhow::Result<ExitCode> {
    let clock = clock::Clock::start().map_err(anyhow::Error::msg)?;
    let (agenda, resume, join) = match start {
        Start::Agenda(path) => (Some(path), None, false),
        Start::Resume(dir) => (None, Some(dir), false),
        Start::Join(dir) => (None, Some(dir), true),
        Start::Pick => (None, None, false),
    };
    // Check the agenda before taking over the screen, so its errors print normally.
    let loaded = match &agenda {
        Some(path) => match crate::agenda::load(path) {
            Ok(a) => Some((path.clone(), a)),
            Err(e) => {
                say(&crate::cli::agenda_error(&e));
                return Ok(ExitCode::FAILURE);
            }
        },
        None => None,
    };
    let (mut settings, settings_note) = settings_file::load();
    room.apply(&mut settings);
    let theme = Theme::of(&settings);
    let lang = settings.interface_lang();
    let mut terminal = terminal::enter().with_context(|| t!(lang, "msg-terminal-unavailable"))?;
    let outcome = (|| -> anyhow::Result<Option<Opened>> {
        let choice = match (&loaded, &resume) {
            (_, Some(dir)) => Choice::Resume(dir.clone()),
            (Some((path, agenda)), None) => {
                match launcher::for_agenda_in(path, &agenda.event.title, data_dir, settings.interface_lang())
                {
                    Some((picker, choices)) => launcher::pick(&mut terminal, picker, choices, theme)?,
                    None => Choice::New(path.clone()),
                }
            }
            (None, None) => {
                let (picker, choices) = launcher::for_everything_in(data_dir, settings.interface_lang());
                launcher::pick(&mut terminal, picker, choices, theme)?
            }
        };
        // The screens after the picker draw only the cells they change, onto a blank screen.
        terminal.clear()?;
        let now = clock.now();
        match choice {
            Choice::Quit => Ok(None),
            Choice::Follow(dir) => Ok(Some(Opened::Follow(dir))),
            Choice::New(path) => {
                let agenda = match &loaded {
                    Some((p, a)) if *p == path => a.clone(),
                    _ => crate::agenda::load(&path).map_err(|e| anyhow::anyhow!("{e}"))?,
                };
                let store = store::create_session(data_dir, &agenda, Some(&path), now)?;
                Ok(Some(Opened::Run(Box::new(store), None)))
            }
            Choice::Resume(dir) => {
                let (store, report) = if join {
                    store::join_session(data_dir, &dir, now)?
                } else {
                    store::open_session(data_dir, &dir, now)?
                };
                Ok(Some(Opened::Run(Box::new(store), start_note_in(lang, &report))))
            }
        }
    })();
    let (store, recovery_note) = match outcome {
        Ok(Some(Opened::Run(store, note))) => (*store, note),
        Ok(Some(Opened::Follow(dir))) => return follow_on(terminal, &dir, false, room, &clock),
        Ok(None) => {
            terminal::restore();
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            terminal::restore();
            return Err(e);
        }
    };
    drive(terminal, store, settings, recovery_note.or(settings_note), &clock)
}

/// `convene timer`: a one-item session made by `make` from the time now (its agenda, and
/// the clock time the item ends at, if it is given as one), recorded like any other and
/// started at once.
pub fn timer(
    data_dir: &Path,
    room: &crate::app::Overrides,
    make: impl FnOnce(jiff::Timestamp) -> anyhow::Result<(crate::agenda::Agenda, Option<jiff::Timestamp>)>,
) -> anyhow::Result<ExitCode> {
    let clock = clock::Clock::start().map_err(anyhow::Error::msg)?;
    let now = clock.now();
    let (agenda, ends_at) = make(now)?;
    let item = agenda.days.first().and_then(|d| d.items.first()).map(|i| i.id.clone());
    let lang = settings_file::interface_lang();
    let Some(item) = item else { anyhow::bail!(t!(lang, "msg-timer-no-item")) };
    // The terminal first: a timer that cannot be shown must not leave a session behind.
    let terminal = terminal::enter().with_context(|| t!(lang, "msg-terminal-unavailable"))?;
    let started = (|| -> anyhow::Result<SessionStore> {
        let mut store = store::create_session(data_dir, &agenda, None, now)?;
        store.record(crate::session::Event::ItemStarted { item: item.clone() }, now)?;
        if let Some(at) = ends_at {
            store.record(crate::session::Event::ItemEndsAt { item, at: Some(at) }, now)?;
        }
        Ok(store)
    })();
    let store = match started {
        Ok(store) => store,
        Err(e) => {
            terminal::restore();
            return Err(e);
        }
    };
    let (mut settings, settings_note) = settings_file::load();
    room.apply(&mut settings);
    drive(terminal, store, settings, settings_note, &clock)
}

/// The run screen on `store` until it is quit; then what is saved and where.
fn drive(
    mut terminal: terminal::Term,
    store: SessionStore,
    settings: crate::app::Settings,
    note: Option<String>,
    clock: &clock::Clock,
) -> anyhow::Result<ExitCode> {
    // Quit once its time is up (in overtime, or ended), a timer is done and finished, so
    // it does not wait in the launcher among the events to resume; quit with time left (by
    // mistake), it resumes like any session. An event goes on until it is finished.
    let timer = store.session().is_timer();
    let lang = settings.interface_lang();
    let mut runtime = Runtime::new(store, settings, note, clock.now());
    let result = run_loop::event_loop(&mut terminal, &mut runtime, clock);
    // However the loop ended (a quit, a signal, a terminal that can no longer be written
    // to), the note being typed is kept before anything else.
    runtime.handle(Input::Stop, clock.now());
    terminal::restore();
    let mut finished = runtime.finish(&store::rescue::fallback_dirs(), clock.now());
    if timer && finished.rescue.is_none() {
        finish_if_time_is_up(&mut finished.store, clock.now());
    }
    let saved = report_end(lang, &finished);
    if let Err(e) = &result {
        say(&format!("{}{}", crate::cli::error_prefix(), t!(lang, "msg-stopped", why = format!("{e:#}"))));
    }
    Ok(if saved && result.is_ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Records the end of a timer whose time is up. A failure changes nothing that matters:
/// the session stays open, as after any quit.
fn finish_if_time_is_up(store: &mut SessionStore, now: jiff::Timestamp) {
    let session = store.session();
    let up = session.finished_at.is_none()
        && session.items.iter().all(|run| run.ended_at.is_some() || run.remaining_ms(now) <= 0);
    if up && store.record(crate::session::Event::SessionFinished, now).is_ok() {
        let _ = store.write_snapshot();
    }
}

/// `convene follow SESSION [--operator]`: a read-only window on a live session (the
/// projector view unless `operator`), updated as its journals change. Takes no lock and
/// writes nothing.
pub fn follow(dir: &Path, operator: bool, room: &crate::app::Overrides) -> anyhow::Result<ExitCode> {
    let clock = clock::Clock::start().map_err(anyhow::Error::msg)?;
    // Opened before the terminal is taken, so what is wrong prints normally.
    let opened = open_follower(dir, operator, room, &clock)?;
    let lang = opened.app().lang();
    let terminal = terminal::enter().with_context(|| t!(lang, "msg-terminal-unavailable"))?;
    follow_loop(terminal, opened, &clock)
}

/// What the launcher opened.
enum Opened {
    Run(Box<SessionStore>, Option<String>),
    Follow(PathBuf),
}

/// A follower chosen in the launcher, on the terminal it already holds.
fn follow_on(
    terminal: terminal::Term,
    dir: &Path,
    operator: bool,
    room: &crate::app::Overrides,
    clock: &clock::Clock,
) -> anyhow::Result<ExitCode> {
    match open_follower(dir, operator, room, clock) {
        Ok(runtime) => follow_loop(terminal, runtime, clock),
        Err(e) => {
            terminal::restore();
            Err(e)
        }
    }
}

fn open_follower(
    dir: &Path,
    operator: bool,
    room: &crate::app::Overrides,
    clock: &clock::Clock,
) -> anyhow::Result<Runtime> {
    let disk: std::sync::Arc<dyn store::disk::Disk> = std::sync::Arc::new(store::disk::OsDisk);
    let (store, report) = SessionStore::follow(disk, dir, clock.now())?;
    let (mut settings, settings_note) = settings_file::load();
    room.apply(&mut settings);
    // Half a record at the end of a writer's journal is a write in progress, not damage.
    let lang = settings.interface_lang();
    let note = (report.records_dropped() > 0)
        .then(|| t!(lang, "msg-follow-damaged", n = report.records_dropped(), command = VERIFY));
    let view = if operator { crate::app::View::Operator } else { crate::app::View::Projector };
    Ok(Runtime::follow(store, settings, view, note.or(settings_note), clock.now()))
}

fn follow_loop(
    mut terminal: terminal::Term,
    mut runtime: Runtime,
    clock: &clock::Clock,
) -> anyhow::Result<ExitCode> {
    let lang = runtime.app().lang();
    let result = run_loop::event_loop(&mut terminal, &mut runtime, clock);
    runtime.handle(Input::Stop, clock.now());
    terminal::restore();
    if let Err(e) = &result {
        say(&format!("{}{}", crate::cli::error_prefix(), t!(lang, "msg-stopped", why = format!("{e:#}"))));
    }
    Ok(if result.is_ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Says on the terminal, in `lang`, what is saved and where; whether everything is. Never
/// panics: the terminal may be the thing that failed.
fn report_end(lang: Lang, finished: &Finished) -> bool {
    let dir = finished.store.dir().display().to_string();
    if finished.snapshot_problem.is_some() {
        // Its error says "saving retries", which no longer holds once the program ends.
        say(&t!(lang, "msg-end-snapshot-stale", file = store::snapshot::FILE_NAME));
    }
    let pending = finished.store.pending();
    let Some(rescue) = &finished.rescue else {
        let line = t!(lang, "msg-end-saved", dir = crate::safe_text::line(&dir).as_ref());
        let _ = writeln!(std::io::stdout(), "{line}");
        return true;
    };
    let what = match (pending, &finished.unsaved_draft) {
        (0, _) => t!(lang, "msg-end-what-draft"),
        (n, None) => t!(lang, "msg-end-what-changes", n = n),
        (n, Some(_)) => t!(lang, "msg-end-what-changes-and-draft", n = n),
    };
    match rescue {
        Ok(path) if path.parent() == Some(finished.store.dir()) => {
            say(&t!(lang, "msg-end-rescued-in-session", what = &what, path = path.display().to_string()))
        }
        Ok(path) => say(&t!(
            lang,
            "msg-end-rescued-elsewhere",
            what = &what,
            path = path.display().to_string(),
            dir = &dir
        )),
        Err(why) => {
            say(&t!(lang, "msg-end-rescue-failed", what = &what, why = why));
            for text in finished.store.pending_records().iter().flat_map(|r| r.event.texts()) {
                say(&format!("  {text}"));
            }
            if let Some(text) = &finished.unsaved_draft {
                say(&format!("  {}", t!(lang, "msg-end-being-typed", text = text)));
            }
        }
    }
    false
}

/// One line on standard error; a failure to write it is ignored (there is nowhere left to
/// say it), where `eprintln!` would panic.
fn say(line: &str) {
    // Paths and notes come from people: nothing in them may drive the terminal.
    let _ = writeln!(std::io::stderr(), "{}", crate::safe_text::text(line));
}
