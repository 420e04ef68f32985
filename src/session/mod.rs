//! The record: what happened in a session, as events, and the state they fold into.
//!
//! Pure: no IO, no clock, no UI. The state is also the minutes document (`minutes.json`),
//! so another program can read a session without our code.

pub mod balance;
mod consolidation;
pub mod day_end;
pub mod day_summary;
mod event;
mod fold;
mod index;
#[cfg(any(test, feature = "testing"))]
pub mod replay_2009;
mod state;
mod summary;
#[cfg(any(test, feature = "testing"))]
pub mod testkit;

#[cfg(test)]
mod fold_tests;

pub use consolidation::{by_result, is_recommendation};
pub use event::{Attribution, Decision, EntryKind, Event, Mark, PlanChange, Record, Support, new_id};
pub use fold::Applied;
pub use state::{
    Checked, Consolidation, Entry, Extension, GroupRun, ItemRun, JournalMark, Pause, PromptShown, Queued,
    Revision, SCHEMA_VERSION, Session, Slot, TIMER_ITEM, Timer, Turn,
};
pub use summary::{Heard, speaking_time};

/// The JSON Schema of the minutes document.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Session)).unwrap_or_default()
}
