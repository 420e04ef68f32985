//! Time on the live session, computed from stored instants and a `now` passed in: the
//! countdown and its warning stage, projected times, drift, and re-plan proposals.
//!
//! Pure: no clock reads, no IO, no UI.

mod breakout;
mod projection;
mod stage;
mod turn;

pub use breakout::{Slot, groups_item, groups_of, open_slot};
pub use projection::{
    DayProjection, ProjectedItem, Proposal, Status, current_day, day_instant, project_day, replan_proposal,
    run_date,
};
pub use stage::{Countdown, Stage, Warnings, countdown, warnings_for};
pub use turn::{TurnClock, open_turn, turn_clock};

#[cfg(test)]
mod tests;
