//! Terminal input on a thread of its own, blocked in `read` until something happens, and
//! handed to the loop through a channel. (crossterm's EventStream makes the loop contend
//! with its helper thread on every iteration: extra wakeups while idle.)

use ratatui::crossterm::event::{self, Event};
use tokio::sync::mpsc;

/// Starts the reader; the channel closes when the terminal goes away.
pub fn spawn() -> mpsc::Receiver<Event> {
    let (tx, rx) = mpsc::channel(256);
    std::thread::Builder::new()
        .name("convene-input".into())
        .spawn(move || {
            while let Ok(event) = event::read() {
                if tx.blocking_send(event).is_err() {
                    break;
                }
            }
        })
        .ok();
    rx
}
