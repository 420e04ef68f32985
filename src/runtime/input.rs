//! Terminal input on a thread of its own, blocked in `read` until something happens, and
//! handed to the loop through a channel, with a byte on an eventfd to wake the loop's
//! `poll`. (crossterm's EventStream makes the loop contend with its helper thread on
//! every iteration: extra wakeups while idle.)

use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use ratatui::crossterm::event::{self, Event};
use rustix::event::EventfdFlags;

pub struct Keys {
    events: Receiver<Event>,
    ready: Arc<OwnedFd>,
}

/// What the reader has brought since the last look.
pub struct Taken {
    pub events: Vec<Event>,
    /// The terminal is gone (a closed window): the reader stopped after `events`.
    pub closed: bool,
}

/// Starts the reader.
pub fn spawn() -> io::Result<Keys> {
    let ready = Arc::new(rustix::event::eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)?);
    let (tx, events) = mpsc::channel();
    let ring = Arc::clone(&ready);
    std::thread::Builder::new().name("convene-input".into()).spawn(move || {
        let wake = || rustix::io::write(&*ring, &1u64.to_ne_bytes()).is_ok();
        while let Ok(event) = event::read() {
            if tx.send(event).is_err() || !wake() {
                return;
            }
        }
        // The channel closes with the sender: the loop sees it once woken.
        drop(tx);
        wake();
    })?;
    Ok(Keys { events, ready })
}

impl Keys {
    /// Everything waiting, in order; call when the eventfd is readable.
    pub fn take(&self) -> Taken {
        let mut count = [0u8; 8];
        // Non-blocking: nothing to read only means nothing new.
        let _ = rustix::io::read(&*self.ready, &mut count);
        let mut events = Vec::new();
        loop {
            match self.events.try_recv() {
                Ok(event) => events.push(event),
                Err(TryRecvError::Empty) => return Taken { events, closed: false },
                Err(TryRecvError::Disconnected) => return Taken { events, closed: true },
            }
        }
    }
}

impl AsFd for Keys {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.ready.as_fd()
    }
}
