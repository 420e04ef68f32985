//! The loop's alarm: a timerfd on CLOCK_BOOTTIME. It fires exactly once when due (a timer
//! wheel wakes early and sleeps again, two wakeups per tick), and it keeps counting while
//! the laptop sleeps, so a countdown is right the moment the lid opens.

use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::time::Duration;

use rustix::time::{Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, Timespec};

pub struct Alarm {
    fd: OwnedFd,
}

impl Alarm {
    pub fn new() -> io::Result<Alarm> {
        let fd = rustix::time::timerfd_create(
            TimerfdClockId::Boottime,
            TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC,
        )?;
        Ok(Alarm { fd })
    }

    /// Sets the alarm to ring once, `after` from now (replacing any earlier setting).
    pub fn set(&self, after: Duration) -> io::Result<()> {
        let after = after.max(Duration::from_millis(1));
        let spec = Itimerspec {
            it_interval: Timespec { tv_sec: 0, tv_nsec: 0 },
            it_value: Timespec { tv_sec: after.as_secs() as i64, tv_nsec: i64::from(after.subsec_nanos()) },
        };
        rustix::time::timerfd_settime(&self.fd, TimerfdTimerFlags::empty(), &spec)?;
        Ok(())
    }

    /// Whether it rang since the last call (and it is quiet again until it rings next).
    pub fn rang(&self) -> io::Result<bool> {
        let mut count = [0u8; 8];
        match rustix::io::read(&self.fd, &mut count) {
            Ok(_) => Ok(true),
            Err(rustix::io::Errno::AGAIN) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }
}

impl AsFd for Alarm {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}
