//! The only code that touches the terminal, the clock and signals: start-up (launcher),
//! the async event loop, and restoring the terminal however the program ends.

pub mod clock;
mod core;
mod input;
mod launcher;
mod lean_backend;
mod run_loop;
pub mod settings_file;
mod terminal;
mod wakeup;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

pub use core::{Input, Output, RETRY_AFTER, Runtime};

use crate::store::{self, SessionStore};
use crate::ui::theme::Theme;
use launcher::Choice;

/// What `convene run` was asked to open.
#[derive(Debug, Clone)]
pub enum Start {
    /// An agenda: a new session, or the launcher when it has unfinished ones.
    Agenda(PathBuf),
    /// A session folder, without the launcher.
    Resume(PathBuf),
    /// The launcher with everything in ./agendas and the unfinished sessions.
    Pick,
}

/// `convene run [AGENDA | --resume SESSION]`.
pub fn run(start: Start, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let clock = clock::Clock::start().map_err(anyhow::Error::msg)?;
    let (agenda, resume) = match start {
        Start::Agenda(path) => (Some(path), None),
        Start::Resume(dir) => (None, Some(dir)),
        Start::Pick => (None, None),
    };
    // Check the agenda before taking over the screen, so its errors print normally.
    let loaded = match &agenda {
        Some(path) => match crate::agenda::load(path) {
            Ok(a) => Some((path.clone(), a)),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(ExitCode::FAILURE);
            }
        },
        None => None,
    };
    let (settings, settings_note) = settings_file::load();
    let theme = Theme { color: settings.color };
    let mut terminal =
        terminal::enter().context("cannot take over the terminal (is this an interactive terminal?)")?;
    let outcome = (|| -> anyhow::Result<Option<(SessionStore, Option<String>)>> {
        let choice = match (&loaded, &resume) {
            (_, Some(dir)) => Choice::Resume(dir.clone()),
            (Some((path, agenda)), None) => match launcher::for_agenda(path, &agenda.event.title, data_dir) {
                Some((picker, choices)) => launcher::pick(&mut terminal, picker, choices, theme)?,
                None => Choice::New(path.clone()),
            },
            (None, None) => {
                let (picker, choices) = launcher::for_everything(data_dir);
                launcher::pick(&mut terminal, picker, choices, theme)?
            }
        };
        let now = clock.now();
        match choice {
            Choice::Quit => Ok(None),
            Choice::New(path) => {
                let agenda = match &loaded {
                    Some((p, a)) if *p == path => a.clone(),
                    _ => crate::agenda::load(&path).map_err(|e| anyhow::anyhow!("{e}"))?,
                };
                let store = store::create_session(data_dir, &agenda, Some(&path), now)?;
                Ok(Some((store, None)))
            }
            Choice::Resume(dir) => {
                let (store, report) = store::open_session(data_dir, &dir, now)?;
                let note = (!report.is_clean()).then(|| {
                    format!(
                        "Recovered with problems: {} records dropped; damaged files kept in {}/ (see `convene verify`)",
                        report.records_dropped(),
                        store::recovery::SET_ASIDE_DIR
                    )
                });
                Ok(Some((store, note)))
            }
        }
    })();
    let (store, recovery_note) = match outcome {
        Ok(Some(x)) => x,
        Ok(None) => {
            terminal::restore();
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            terminal::restore();
            return Err(e);
        }
    };
    let mut runtime = Runtime::new(store, settings, recovery_note.or(settings_note), clock.now());
    let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let result = match tokio {
        Ok(rt) => rt.block_on(run_loop::event_loop(&mut terminal, &mut runtime, &clock)),
        Err(e) => Err(e.into()),
    };
    terminal::restore();
    let (store, snapshot_problem) = runtime.finish();
    if let Some(problem) = snapshot_problem {
        eprintln!(
            "note: minutes.json was not refreshed ({problem}); nothing is lost, the journal has everything"
        );
    }
    if store.pending() > 0 {
        eprintln!(
            "NOT SAVED: {} change(s) could not be written to {}. Free space or fix the disk, then run convene again on this agenda before closing this window.",
            store.pending(),
            store.dir().display()
        );
        return Ok(ExitCode::FAILURE);
    }
    println!("Session saved in {}", store.dir().display());
    result.map(|_| ExitCode::SUCCESS)
}
