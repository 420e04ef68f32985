//! The plan: agenda files, their validation, and the schedule they imply.
//!
//! No UI and no IO other than reading the agenda file.

pub mod groups;
pub mod import;
mod lint;
mod load;
mod model;
mod problem;
pub mod report;
pub mod schedule;
pub mod sections;
pub mod starter;
pub mod text;
mod value_error;
mod values;

pub use lint::{Place, Warning, WarningKind, warnings};
pub use load::{AgendaError, MAX_AGENDA_BYTES, ProblemKind, load, load_checked, parse_bytes, parse_str};
pub use model::{Agenda, Day, Event, Item, ItemKind, Participant, Thresholds, WorkingGroup};
pub use problem::{Problem, Special};
pub use value_error::ValueError;
pub use values::{ClockTime, Comment, EventDate, Minutes, NonEmpty, PersonRef, TimeZoneName};

/// Every kind of item, in the order the agenda format lists them (for messages and
/// columns as wide as the longest).
pub const ITEM_KINDS: [ItemKind; 9] = [
    ItemKind::Opening,
    ItemKind::Presentation,
    ItemKind::Panel,
    ItemKind::Discussion,
    ItemKind::WorkingGroups,
    ItemKind::ReportBack,
    ItemKind::Break,
    ItemKind::Closing,
    ItemKind::Other,
];

/// The JSON Schema of agenda files, generated from the types above.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Agenda);
    serde_json::to_value(schema).unwrap_or_default()
}
