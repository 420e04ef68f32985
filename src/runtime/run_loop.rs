//! The event loop: keys, paste, resize, the timer's next visible second, failed-save
//! retries and signals on one channel. Everything pending is handled, then the screen is
//! drawn once, and only when something visible changed; between changes the process
//! sleeps (no fixed fast poll).

use ratatui::crossterm::event::Event as TermEvent;
use tokio::signal::unix::{SignalKind, signal};

use super::clock::{Clock, millis};
use super::terminal::{self, Term};
use super::{input, wakeup::Alarm};
use crate::app::keymap::resolve;
use crate::app::{Action, App, Effect};
use crate::store::SessionStore;
use crate::store::draft::{self, Checkpointer, Draft};
use crate::{timing, ui};

/// How often saving is retried while records are pending.
const RETRY_MS: i64 = 2000;
/// Refresh minutes.json after this many new records (and always at exit).
const SNAPSHOT_EVERY: u64 = 100;

pub async fn event_loop(
    terminal: &mut Term,
    store: &mut SessionStore,
    app: &mut App,
    clock: &Clock,
) -> anyhow::Result<()> {
    let mut events = input::spawn();
    let alarm = Alarm::new()?;
    let mut sigterm = signal(SignalKind::terminate())?;
    let mut sighup = signal(SignalKind::hangup())?;
    let mut sigint = signal(SignalKind::interrupt())?;
    // Know the stage of a session resumed mid-item without ringing for it.
    apply(app, store, Action::Tick, clock);
    app.device = store.device().to_string();
    app.update(store.session(), Action::Durable(store.durable_seq()), clock.now());
    let saved_draft = draft::load(store.disk().as_ref(), store.dir(), store.device());
    if let Some(d) = &saved_draft {
        apply(app, store, Action::RestoreDraft(d.text.clone()), clock);
    }
    let mut drafts = Checkpointer::from_saved(saved_draft);
    let mut dirty = true;
    let mut cache = ui::FrameCache::default();
    // The note being typed, as of the end of the last pass through the loop.
    let mut typed = draft_of(app, store);
    loop {
        if std::mem::take(&mut dirty) {
            let now = clock.now();
            terminal.draw(|frame| ui::render_cached(frame, app, store.session(), now, &mut cache))?;
        }
        let mut wake = next_wake_ms(app, store, clock);
        if let Some(due) = drafts.next_due(&typed, clock.now()) {
            wake = wake.min(due.duration_since(clock.now()).as_millis() as i64 + 1);
        }
        alarm.set(millis(wake))?;
        let mut inputs = Vec::new();
        let mut tick = false;
        tokio::select! {
            event = events.recv() => match event {
                Some(event) => {
                    inputs.push(event);
                    // Drain whatever else is already waiting before drawing again.
                    while let Ok(event) = events.try_recv() {
                        inputs.push(event);
                    }
                    dirty = true;
                }
                // The terminal is gone (closed window): everything is saved; leave quietly.
                None => break,
            },
            rung = alarm.rung() => {
                rung?;
                tick = true;
                dirty = true;
            }
            _ = sigterm.recv() => break,
            _ = sighup.recv() => break,
            _ = sigint.recv() => break,
        }
        // Resolve each key only after the one before it has been applied: a key that opens
        // a text input changes what the next keys mean ("m" then "Back at 14:00").
        for event in inputs {
            if let TermEvent::Resize(width, height) = event {
                terminal.backend().resized(width, height);
            }
            if let Some(action) = translate(app, event) {
                apply(app, store, action, clock);
            }
        }
        if tick {
            apply(app, store, Action::Tick, clock);
        }
        if store.pending() > 0 && store.retry().is_ok() {
            apply(app, store, Action::SavedAll, clock);
            app.update(store.session(), Action::Durable(store.durable_seq()), clock.now());
        }
        // The note being typed: on disk at most 2 seconds after it changed.
        typed = draft_of(app, store);
        if drafts.due(&typed, clock.now()) {
            save_draft(&mut drafts, store, app, &typed, clock);
        }
        if store.snapshot_due(SNAPSHOT_EVERY) {
            // A failure here is harmless: the journal has every record; it is retried later.
            let _ = store.write_snapshot();
        }
        if app.quitting {
            break;
        }
    }
    // Quit, a signal or a closed terminal: the note being typed is kept whole.
    typed = draft_of(app, store);
    save_draft(&mut drafts, store, app, &typed, clock);
    Ok(())
}

/// The note being typed, as a draft (an edit of an existing entry is not a draft).
fn draft_of(app: &App, store: &SessionStore) -> Draft {
    let text = if app.capture.editing.is_some() { String::new() } else { app.capture.text() };
    Draft { text, item: store.session().timer.current.clone() }
}

fn save_draft(drafts: &mut Checkpointer, store: &SessionStore, app: &mut App, typed: &Draft, clock: &Clock) {
    let now = clock.now();
    match drafts.save(store.disk().as_ref(), store.dir(), store.device(), typed, now) {
        Err(e) => {
            app.update(store.session(), Action::SaveFailed(format!("{e} (the note being typed)")), now);
        }
        Ok(()) if store.pending() == 0 && app.not_saved.is_some() => {
            app.update(store.session(), Action::SavedAll, now);
        }
        Ok(()) => {}
    }
}

/// Runs one action and carries out its effects.
fn apply(app: &mut App, store: &mut SessionStore, action: Action, clock: &Clock) {
    let now = clock.now();
    let effects = app.update(store.session(), action, now);
    for effect in effects {
        match effect {
            Effect::Record(event) => match store.record(event, now) {
                Ok(seq) => {
                    app.update(store.session(), Action::Durable(seq), now);
                }
                Err(err) => {
                    app.update(store.session(), Action::SaveFailed(err.to_string()), now);
                }
            },
            Effect::Bell => terminal::bell(),
            Effect::Quit => {}
            Effect::Export(profile) => {
                let (text, error) = export_beside(store, profile);
                app.update(store.session(), Action::Notice(text, error), now);
            }
        }
    }
    // Note the stage after any change, so starting an item never rings.
    let _ = app.update(store.session(), Action::Tick, now);
}

/// Writes the draft as Markdown and Word into the session's folder; says where, or why not.
fn export_beside(store: &SessionStore, profile: crate::export::Profile) -> (String, bool) {
    use crate::export::{Format, Options, render};
    let options = Options { profile, redact: false };
    let base = format!("report-{}", profile.as_str());
    let mut written = Vec::new();
    for format in [Format::Markdown, Format::Docx] {
        let bytes = match render(store.session(), format, options) {
            Ok(b) => b,
            Err(crate::export::ExportError::NamesInText(leaks)) => {
                return (
                    format!(
                        "Public draft not written: {} place(s) in the notes name participants. `convene export --profile public` lists them; fix them or add --redact",
                        leaks.len()
                    ),
                    true,
                );
            }
            Err(e) => return (e.to_string(), true),
        };
        match crate::store::output::write_beside(store.dir(), &base, format.extension(), &bytes) {
            Ok(path) => written.push(path.display().to_string()),
            Err(e) => return (e.to_string(), true),
        }
    }
    (format!("Draft written: {}", written.join(" and ")), false)
}

fn translate(app: &App, event: TermEvent) -> Option<Action> {
    match event {
        TermEvent::Key(key) => resolve(&app.keymap, app.key_mode(), key),
        TermEvent::Paste(text) => Some(Action::Paste(text)),
        _ => None,
    }
}

/// Milliseconds until something on screen changes: the countdown's next second, the
/// header clock's next minute, or the next retry of a failed save.
fn next_wake_ms(app: &App, store: &SessionStore, clock: &Clock) -> i64 {
    let now = clock.now();
    let session = store.session();
    let mut wake = 60_000 - (now.as_millisecond().rem_euclid(60_000));
    if let Some(i) = session.current_index()
        && session.timer.running
        && let Some(cd) = timing::countdown(session, i, now, app.settings.warnings())
    {
        // A hair past the change, so the new second is there when we look.
        wake = wake.min(cd.ms_until_change() + 2);
    }
    if store.pending() > 0 {
        wake = wake.min(RETRY_MS);
    }
    wake
}
