//! Terminal input on a thread of its own, blocked in `read` until something happens, and
//! handed to the loop through a channel, with a byte on the loop's bell (a socket it
//! polls) to wake it. (crossterm's EventStream makes the loop contend with its helper thread on
//! every iteration: extra wakeups while idle.)

use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use ratatui::crossterm::event::{self, Event};

pub struct Keys {
    events: Receiver<Event>,
}

/// What the reader has brought since the last look.
pub struct Taken {
    pub events: Vec<Event>,
    /// The terminal is gone (a closed window): the reader stopped after `events`.
    pub closed: bool,
}

/// Starts the reader, which rings `bell` (non-blocking) after each event.
pub fn spawn(bell: UnixStream) -> io::Result<Keys> {
    let (tx, events) = mpsc::channel();
    std::thread::Builder::new().name("convene-input".into()).spawn(move || {
        // A full socket is a bell already ringing.
        let wake = || match (&bell).write(&[1]) {
            Ok(_) => true,
            Err(e) => e.kind() == io::ErrorKind::WouldBlock,
        };
        while let Ok(event) = event::read() {
            if tx.send(event).is_err() || !wake() {
                return;
            }
        }
        // The channel closes with the sender: the loop sees it once woken.
        drop(tx);
        wake();
    })?;
    Ok(Keys { events })
}

impl Keys {
    /// Everything waiting, in order; call when the bell rang.
    pub fn take(&self) -> Taken {
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
