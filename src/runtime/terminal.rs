//! Taking over the terminal and always giving it back: on quit, on error, and on panic.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::fd::AsFd;

use ratatui::Terminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::lean_backend::LeanBackend;

/// Frames go to the terminal through a plain buffer flushed once per frame. Not through
/// `Stdout`: its line buffering writes at every line feed, and the backend moves the
/// cursor down a row with one.
pub type Term = Terminal<LeanBackend<BufWriter<File>>>;

pub fn enter() -> io::Result<Term> {
    install_panic_hook();
    enable_raw_mode()?;
    let mut out = io::stdout();
    if let Err(e) = execute!(out, EnterAlternateScreen, EnableBracketedPaste) {
        restore();
        return Err(e);
    }
    let frames = match out.as_fd().try_clone_to_owned() {
        Ok(fd) => BufWriter::with_capacity(1 << 16, File::from(fd)),
        Err(e) => {
            restore();
            return Err(e);
        }
    };
    let mut terminal = Terminal::new(LeanBackend::new(frames)?)?;
    terminal.hide_cursor()?;
    terminal.clear()?;
    Ok(terminal)
}

/// Takes the terminal again after a suspend, and forgets what was on it: the next frame
/// is drawn whole.
pub fn reenter(terminal: &mut Term) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    terminal.backend_mut().forget();
    terminal.hide_cursor()?;
    terminal.clear()
}

/// Stops this process (SIGSTOP cannot be caught) until the shell's `fg` continues it.
pub fn stop_until_continued() {
    let _ = rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::STOP);
}

/// Gives the terminal back; safe to call more than once, never panics.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        ratatui::crossterm::style::ResetColor,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Rings the terminal bell.
pub fn bell() {
    let mut out = io::stdout();
    let _ = out.write_all(b"\x07");
    let _ = out.flush();
}
