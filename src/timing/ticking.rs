//! Everything on screen that changes from one second to the next: the running item's
//! countdown, the clock of the speaker at the floor, the clock of the group reporting
//! back. The runtime sleeps until the soonest of them shows another second, and the frame
//! cache redraws only what shows them: one list for both, so a clock can neither freeze
//! on screen (the runtime forgot it) nor cost a wake-up that changes nothing.

use jiff::Timestamp;

use super::{Countdown, Slot, TurnClock, Warnings, countdown, open_slot, turn_clock};
use crate::session::Session;

/// What a clock shows: its seconds (and its limit's), and its stage in words.
pub type Shown = (i64, Option<i64>, &'static str);

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticking {
    /// The running item's countdown, while its clock runs (a paused one stands still).
    pub item: Option<Countdown>,
    /// The speaker at the floor: counts while the turn is open, even with the item paused.
    pub turn: Option<TurnClock>,
    /// The group reporting back: counts while its slot is open.
    pub slot: Option<Slot>,
}

/// The clocks that tick at `now`.
pub fn ticking(session: &Session, now: Timestamp, warnings: Warnings) -> Ticking {
    let item = session
        .current_index()
        .filter(|_| session.timer.running)
        .and_then(|i| countdown(session, i, now, warnings));
    Ticking { item, turn: turn_clock(session, now), slot: open_slot(session, now) }
}

impl Ticking {
    /// Milliseconds until one of the clocks shows another second; None when none ticks.
    pub fn next_change_ms(&self) -> Option<i64> {
        [
            self.item.as_ref().map(Countdown::ms_until_change),
            self.turn.as_ref().map(TurnClock::ms_until_change),
            self.slot.as_ref().map(Slot::ms_until_change),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// What the clocks show (the seconds their `display` shows, and their stage in
    /// words), to tell whether a moment changed anything on screen. Numbers, not the
    /// text: this is asked twice a second while nothing else happens.
    pub fn shown(&self) -> [Option<Shown>; 3] {
        [
            self.item.as_ref().map(|c| (c.shown_second(), None, c.label())),
            self.turn.as_ref().map(|t| {
                let (spoken, limit) = t.shown_seconds();
                (spoken, limit, t.label())
            }),
            self.slot.as_ref().map(|s| {
                let (taken, length) = s.shown_seconds();
                (taken, Some(length), s.label())
            }),
        ]
    }
}
