//! The terminal loop: wait for a key, a paste, a resize, the alarm or a signal; hand
//! everything pending to the [`Runtime`]; draw once if something visible changed; sleep
//! until the runtime's next wake-up (no fixed fast poll). All the deciding is the
//! runtime's, so the tests that drive it test this program.

use std::io;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event::Event as TermEvent;
use rustix::event::epoll;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

use super::clock::Clock;
use super::core::{Input, Output, Runtime, until};
use super::terminal::{self, Term};
use super::watch::FolderWatch;
use super::{input, wakeup::Alarm};

/// One socket that everything but the alarm rings: the key reader writes a byte after
/// each event, signal-hook one from the handler of each signal caught (after setting the
/// signal's flag). The loop waits on it and the alarm (one epoll set, made once),
/// nothing else.
struct Bell {
    rx: UnixStream,
    tx: UnixStream,
}

impl Bell {
    fn new() -> io::Result<Bell> {
        let (rx, tx) = UnixStream::pair()?;
        rx.set_nonblocking(true)?;
        tx.set_nonblocking(true)?;
        Ok(Bell { rx, tx })
    }

    /// A flag raised by any of `signals`, which also ring the bell.
    fn catch(&self, signals: &[i32]) -> io::Result<Arc<AtomicBool>> {
        let flag = Arc::new(AtomicBool::new(false));
        for &signal in signals {
            // Registered in this order, run in this order: the flag is up when the loop wakes.
            signal_hook::flag::register(signal, Arc::clone(&flag))?;
            signal_hook::low_level::pipe::register(signal, self.tx.try_clone()?)?;
        }
        Ok(flag)
    }

    /// Rings it from the loop itself: what the drained bytes stood for (a key waiting
    /// behind a signal) is looked at on the next turn.
    fn ring(&self) {
        // A full socket is a bell already ringing.
        let _ = io::Write::write(&mut &self.tx, &[1]);
    }

    /// Takes what was written, so the socket is quiet again.
    fn drain(&self) {
        let mut bytes = [0u8; 64];
        while matches!(io::Read::read(&mut &self.rx, &mut bytes), Ok(n) if n > 0) {}
    }
}

/// What woke the loop (the data each descriptor is registered with).
const BELL: u64 = 0;
const ALARM: u64 = 1;

pub fn event_loop(terminal: &mut Term, runtime: &mut Runtime, clock: &Clock) -> anyhow::Result<()> {
    let bell = Bell::new()?;
    let keys = input::spawn(bell.tx.try_clone()?)?;
    let alarm = Alarm::new()?;
    // Both registered once: a wait costs no setting up of what it waits on.
    let sleep = epoll::create(epoll::CreateFlags::CLOEXEC)?;
    epoll::add(&sleep, &bell.rx, epoll::EventData::new_u64(BELL), epoll::EventFlags::IN)?;
    epoll::add(&sleep, &alarm, epoll::EventData::new_u64(ALARM), epoll::EventFlags::IN)?;
    let stop = bell.catch(&[SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    // Caught, so the terminal is given back before the process stops (the default action
    // would stop it in raw mode, on the alternate screen, with the cursor hidden).
    let tstp = bell.catch(&[SIGTSTP])?;
    let own = (!runtime.store().is_read_only()).then(|| runtime.store().device().to_string());
    let files = match FolderWatch::start(runtime.store().dir(), own.as_deref(), bell.tx.try_clone()?) {
        Ok(watch) => {
            // What arrived between opening the session and watching it is read now.
            runtime.handle(Input::FilesChanged, clock.now());
            Some(watch)
        }
        Err(e) => {
            let text = crate::t!(runtime.app().lang(), "msg-watch-failed", why = e.to_string());
            runtime.notice(text, clock.now());
            None
        }
    };
    let size = terminal.size()?;
    let mut out = runtime.handle(Input::Resize { width: size.width, height: size.height }, clock.now());
    // The moment an alarm was handled at: its frame is drawn as of the same moment.
    let mut woken_at = None;
    loop {
        if out.redraw {
            let now = woken_at.take().unwrap_or_else(|| clock.now());
            runtime.draw(terminal, now)?;
        }
        woken_at = None;
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
        // One sleep until the alarm, a key or a signal: nothing wakes the loop otherwise.
        let mut ready =
            [epoll::Event { flags: epoll::EventFlags::empty(), data: epoll::EventData::new_u64(0) }; 2];
        let woke = match epoll::wait(&sleep, &mut ready[..], None) {
            Ok(n) => n,
            Err(rustix::io::Errno::INTR) => 0,
            Err(e) => return Err(e.into()),
        };
        let woke = ready.get(..woke).unwrap_or_default();
        let (rung, rang) =
            (woke.iter().any(|e| e.data.u64() == BELL), woke.iter().any(|e| e.data.u64() == ALARM));
        if rung {
            bell.drain();
        }
        if stop.swap(false, Ordering::SeqCst) {
            // A signal: the note being typed is kept whole.
            runtime.handle(Input::Stop, clock.now());
            return Ok(());
        }
        if tstp.swap(false, Ordering::SeqCst) {
            if rung {
                // Keys (or the reader's end) may have rung with the signal: taken after fg.
                bell.ring();
            }
            let step = runtime.handle(Input::Suspend, clock.now());
            out = Output { suspend: true, ..step };
            continue;
        }
        if !rung {
            out = if rang && alarm.rang()? {
                let now = clock.now();
                woken_at = Some(now);
                runtime.handle(Input::Wake, now)
            } else {
                // Woken for nothing (a signal that is not ours): sleep again, as set.
                Output { wake_at: out.wake_at, ..Output::default() }
            };
            continue;
        }
        // Another device's file changed (the rings of keys and files share the bell).
        let from_files =
            files.as_ref().filter(|f| f.take()).map(|_| runtime.handle(Input::FilesChanged, clock.now()));
        let taken = keys.take();
        if taken.events.is_empty() && !taken.closed {
            // A ring for events taken with an earlier one: sleep again, as set.
            out = from_files.unwrap_or(Output { wake_at: out.wake_at, ..Output::default() });
            continue;
        }
        let inputs = taken.events;
        out = from_files.unwrap_or_default();
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
        if taken.closed && !out.quit {
            // The terminal is gone (closed window): keep everything and leave quietly.
            runtime.handle(Input::Stop, clock.now());
            return Ok(());
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
