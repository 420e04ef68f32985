//! convene runs a workshop or roundtable from a laptop and turns what is said into draft
//! minutes.
//!
//! The modules follow the architecture in DESIGN.md:
//! - [`agenda`]: the plan (parse, validate, schedule) — no UI, no IO but reading;
//! - [`session`]: the record, a pure fold of events;
//! - [`store`]: every byte that touches the disk (journal, snapshot, lock, recovery);
//! - [`cli`]: the subcommands that tie them together.

pub mod agenda;
pub mod app;
pub mod audience;
pub mod capture;
pub mod cli;
pub mod export;
pub mod runtime;
pub mod session;
pub mod store;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod timing;
pub mod ui;
