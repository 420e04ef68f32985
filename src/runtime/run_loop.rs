//! The terminal loop: wait for a key, a paste, a resize, the alarm or a signal; hand
//! everything pending to the [`Runtime`]; draw once if something visible changed; sleep
//! until the runtime's next wake-up (no fixed fast poll). All the deciding is the
//! runtime's, so the tests that drive it test this program.

use ratatui::crossterm::event::Event as TermEvent;
use tokio::signal::unix::{SignalKind, signal};

use super::clock::Clock;
use super::core::{Input, Output, Runtime, until};
use super::terminal::{self, Term};
use super::{input, wakeup::Alarm};

pub async fn event_loop(terminal: &mut Term, runtime: &mut Runtime, clock: &Clock) -> anyhow::Result<()> {
    let mut events = input::spawn();
    let alarm = Alarm::new()?;
    let mut sigterm = signal(SignalKind::terminate())?;
    let mut sighup = signal(SignalKind::hangup())?;
    let mut sigint = signal(SignalKind::interrupt())?;
    let mut sigquit = signal(SignalKind::quit())?;
    // Caught, so the terminal is given back before the process stops (the default action
    // would stop it in raw mode, on the alternate screen, with the cursor hidden).
    let mut sigtstp = signal(SignalKind::from_raw(rustix::process::Signal::TSTP.as_raw()))?;
    let size = terminal.size()?;
    let mut out = runtime.handle(Input::Resize { width: size.width, height: size.height }, clock.now());
    loop {
        if out.redraw {
            let now = clock.now();
            runtime.draw(terminal, now)?;
        }
        if out.bell {
            terminal::bell();
        }
        if out.quit {
            return Ok(());
        }
        if out.suspend {
            out = suspend(terminal, runtime, clock)?;
            continue;
        }
        if let Some(at) = out.wake_at {
            alarm.set(until(at, clock.now()))?;
        }
        let mut inputs = Vec::new();
        tokio::select! {
            event = events.recv() => match event {
                Some(event) => {
                    inputs.push(event);
                    // Drain whatever else is already waiting before drawing again.
                    while let Ok(event) = events.try_recv() {
                        inputs.push(event);
                    }
                }
                // The terminal is gone (closed window): keep everything and leave quietly.
                None => {
                    runtime.handle(Input::Stop, clock.now());
                    return Ok(());
                }
            },
            rung = alarm.rung() => {
                rung?;
                out = runtime.handle(Input::Wake, clock.now());
                continue;
            }
            _ = sigterm.recv() => inputs.clear(),
            _ = sighup.recv() => inputs.clear(),
            _ = sigint.recv() => inputs.clear(),
            _ = sigquit.recv() => inputs.clear(),
            _ = sigtstp.recv() => {
                let step = runtime.handle(Input::Suspend, clock.now());
                out = Output { suspend: true, ..step };
                continue;
            }
        }
        if inputs.is_empty() {
            // A signal: the note being typed is kept whole.
            runtime.handle(Input::Stop, clock.now());
            return Ok(());
        }
        out = Output::default();
        // Each key is taken in only after the one before it: a key that opens a text input
        // changes what the next keys mean ("m" then "Back at 14:00").
        for event in inputs {
            let input = match event {
                TermEvent::Key(key) => Input::Key(key),
                TermEvent::Paste(text) => Input::Paste(text),
                TermEvent::Resize(width, height) => {
                    terminal.backend().resized(width, height);
                    Input::Resize { width, height }
                }
                _ => continue,
            };
            let step = runtime.handle(input, clock.now());
            out = Output {
                redraw: out.redraw || step.redraw,
                bell: out.bell || step.bell,
                quit: out.quit || step.quit,
                suspend: out.suspend || step.suspend,
                wake_at: step.wake_at,
            };
            if out.quit || out.suspend {
                break;
            }
        }
    }
}

/// Gives the terminal back, stops the process as a shell's Ctrl-Z would, and on `fg`
/// takes the terminal again and draws the whole screen (the runtime kept the note being
/// typed before the loop got here).
fn suspend(terminal: &mut Term, runtime: &mut Runtime, clock: &Clock) -> anyhow::Result<Output> {
    terminal::restore();
    terminal::stop_until_continued();
    terminal::reenter(terminal)?;
    runtime.screen_cleared();
    let size = terminal.size()?;
    terminal.backend().resized(size.width, size.height);
    let mut out = runtime.handle(Input::Resize { width: size.width, height: size.height }, clock.now());
    out.redraw = true;
    Ok(out)
}
