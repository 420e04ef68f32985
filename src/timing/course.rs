//! Where the event is in its course: which item comes next (the one `n` starts and the
//! screens announce: one function, so they cannot disagree), which came before, which day
//! is on, and whether that day is over.

use crate::session::Session;

/// The item the event has reached: the one on the clock, else the one that ended last.
pub fn reached(session: &Session) -> Option<usize> {
    session.current_index().or_else(|| {
        session
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.ended_at.map(|at| (at, i)))
            .max()
            .map(|(_, i)| i)
    })
}

/// The item `n` starts and "Next" names: the first item after the one reached that is not
/// skipped (an item after it that ran before, because the facilitator went back, goes on
/// from where it stopped); with nothing reached yet, the first item not skipped.
pub fn next_item(session: &Session) -> Option<usize> {
    let from = reached(session).map_or(0, |r| r + 1);
    (from..session.items.len()).find(|&i| session.items.get(i).is_some_and(|r| !r.skipped))
}

/// The item `p` goes back to: the last item before the one reached that is not skipped.
pub fn previous_item(session: &Session) -> Option<usize> {
    let before = reached(session)?;
    (0..before).rev().find(|&i| session.items.get(i).is_some_and(|r| !r.skipped))
}

/// The day on the clock: the running item's; with nothing running, the day of the item
/// last ended while that day is over (so its summary shows), else the day of the next
/// item; the last day once everything has run.
pub fn current_day(session: &Session) -> usize {
    if let Some(i) = session.current_index() {
        return session.items.get(i).map_or(0, |r| r.day);
    }
    if let Some(day) = day_over(session) {
        return day;
    }
    match next_item(session) {
        Some(i) => session.items.get(i).map_or(0, |r| r.day),
        None => session.items.last().map_or(0, |r| r.day),
    }
}

/// The day whose last item has just ended, while nothing runs and nothing of that day is
/// left to run: the facilitator starts the next day when the room is back.
pub fn day_over(session: &Session) -> Option<usize> {
    if session.timer.current.is_some() {
        return None;
    }
    let last = session.items.get(reached(session)?)?;
    let next_day = next_item(session).and_then(|i| session.items.get(i)).map(|r| r.day);
    (next_day != Some(last.day)).then_some(last.day)
}

/// Whether starting item `index` needs the facilitator to say yes first: it belongs to
/// another day than the one on the clock (starting the next day once the day is over
/// does not ask).
pub fn starts_another_day(session: &Session, index: usize) -> bool {
    let Some(day) = session.items.get(index).map(|r| r.day) else { return false };
    if day_over(session).is_some()
        && next_item(session).and_then(|n| session.items.get(n)).map(|r| r.day) == Some(day)
    {
        return false;
    }
    day != current_day(session)
}
