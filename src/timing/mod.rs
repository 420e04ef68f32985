//! Time on the live session, computed from stored instants and a `now` passed in: the
//! countdowns and their warning stages, where the event is in its course, projected
//! times, drift, re-plan proposals, and the clocks that tick each second.
//!
//! Pure: no clock reads, no IO, no UI.

mod breakout;
mod course;
mod projection;
mod stage;
mod ticking;
mod turn;

pub use breakout::{Slot, groups_item, groups_of, open_slot, slot_ms};
pub use course::{current_day, day_over, next_item, previous_item, reached, starts_another_day};
pub use projection::{
    DayProjection, ProjectedItem, Proposal, Status, day_instant, project_day, replan_proposal, run_date,
};
pub use stage::{Countdown, Ladder, Stage, Warnings, countdown, warnings_for};
pub use ticking::{Shown, Ticking, ticking};
pub use turn::{TurnClock, open_turn, turn_clock};

#[cfg(test)]
mod tests;
