//! The program's only clock. Wall time is read once at start; after that time advances by
//! CLOCK_BOOTTIME, which keeps counting while the laptop sleeps (std's Instant and tokio's
//! timers do not) and does not jump when the wall clock is adjusted.

use jiff::{SignedDuration, Timestamp};

#[derive(Debug, Clone)]
pub struct Clock {
    wall_at_start: Timestamp,
    boot_at_start: boot_time::Instant,
}

impl Clock {
    /// Starts at the real time, or at `CONVENE_NOW` (an RFC 3339 instant) when set: for
    /// rehearsing a session on its real date, and for end-to-end tests.
    pub fn start() -> Result<Clock, String> {
        Ok(Clock { wall_at_start: wall_now()?, boot_at_start: boot_time::Instant::now() })
    }

    pub fn now(&self) -> Timestamp {
        let elapsed = boot_time::Instant::now().saturating_duration_since(self.boot_at_start);
        let elapsed = SignedDuration::try_from(elapsed).unwrap_or(SignedDuration::MAX);
        self.wall_at_start.checked_add(elapsed).unwrap_or(self.wall_at_start)
    }
}

/// The wall time now, or `CONVENE_NOW` (an RFC 3339 instant) when set: what a one-shot
/// command such as `convene finish` takes as now.
pub fn wall_now() -> Result<Timestamp, String> {
    match std::env::var("CONVENE_NOW") {
        Ok(text) => text
            .parse::<Timestamp>()
            .map_err(|e| format!("CONVENE_NOW={text:?} is not an instant like 2009-04-28T04:00:00Z: {e}")),
        Err(_) => Ok(Timestamp::now()),
    }
}
