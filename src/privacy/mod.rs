//! Who is named in free text: the people of the roster, by name in any grammatical case,
//! script or spelling, by affiliation, or by roster id. The public draft refuses (or
//! redacts) what this finds, and the capture pane warns while the note is typed.
//!
//! Pure: no UI, no IO.

pub mod fold;
mod matcher;

pub use matcher::{Matcher, Mention, Target};

#[cfg(test)]
mod tests;
