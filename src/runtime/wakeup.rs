//! The loop's alarm: a timerfd on CLOCK_BOOTTIME. It fires exactly once when due (tokio's
//! timer wheel wakes early and sleeps again, two wakeups per tick), and it keeps counting
//! while the laptop sleeps, so a countdown is right the moment the lid opens.

use std::io;
use std::os::fd::OwnedFd;
use std::time::Duration;

use rustix::time::{Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, Timespec};
use tokio::io::Interest;
use tokio::io::unix::AsyncFd;

pub struct Alarm {
    fd: AsyncFd<OwnedFd>,
}

impl Alarm {
    pub fn new() -> io::Result<Alarm> {
        let fd = rustix::time::timerfd_create(
            TimerfdClockId::Boottime,
            TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC,
        )?;
        // SAFETY: the timerfd is owned by the AsyncFd from here on and is neither closed
        // nor replaced while registered.
        let fd = unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE)? };
        Ok(Alarm { fd })
    }

    /// Sets the alarm to ring once, `after` from now (replacing any earlier setting).
    pub fn set(&self, after: Duration) -> io::Result<()> {
        let after = after.max(Duration::from_millis(1));
        let spec = Itimerspec {
            it_interval: Timespec { tv_sec: 0, tv_nsec: 0 },
            it_value: Timespec { tv_sec: after.as_secs() as i64, tv_nsec: i64::from(after.subsec_nanos()) },
        };
        rustix::time::timerfd_settime(self.fd.get_ref(), TimerfdTimerFlags::empty(), &spec)?;
        Ok(())
    }

    /// Waits until the alarm rings.
    pub async fn rung(&self) -> io::Result<()> {
        loop {
            let mut guard = self.fd.readable().await?;
            let mut count = [0u8; 8];
            match rustix::io::read(self.fd.get_ref(), &mut count) {
                // Read, the timer is not ready until it rings again: say so now, or the next
                // wait starts with a read that finds nothing (a syscall a second).
                Ok(_) => {
                    guard.clear_ready();
                    return Ok(());
                }
                Err(rustix::io::Errno::AGAIN) => guard.clear_ready(),
                Err(e) => return Err(e.into()),
            }
        }
    }
}
