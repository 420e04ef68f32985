//! convene runs a workshop or roundtable from a laptop and turns what is said into draft
//! minutes.
//!
//! The modules follow the architecture in DESIGN.md:
//! - [`agenda`]: the plan (parse, validate, schedule) — no UI, no IO but reading;
//! - [`session`]: the record, a pure fold of events; [`timing`]: what the clock means
//!   for it (countdowns, projections, re-plans); [`capture`]: typed text to entries;
//! - [`audience`]: who may be named, and how, on each screen and in each draft;
//! - [`app`]: the state of the screen, changed only by `update` and `notify`;
//!   [`ui`]: drawing it, pure;
//! - [`runtime`]: the one synchronous `Runtime` that the terminal loop and the tests drive;
//! - [`store`]: every byte that touches the disk (journal, snapshot, lock, recovery);
//! - [`export`]: the draft report; [`cli`]: the subcommands that tie them together;
//! - [`safe_text`]: which characters of files and typing never reach a terminal or a report;
//! - `testing` (feature `testing` only): the harness the tests drive the runtime with.

// Code that reads what people type and what the disk holds must not panic on it: no
// unwrap, expect or unchecked indexing outside tests (the test kits opt out in their
// own modules).
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod agenda;
pub mod app;
pub mod audience;
pub mod capture;
pub mod cli;
pub mod export;
pub mod i18n;
pub mod privacy;
pub mod runtime;
pub mod safe_text;
pub mod session;
pub mod store;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod timing;
pub mod ui;
