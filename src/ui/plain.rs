//! The plain screen for screen-reader users (`--plain`): to be written.

use jiff::Timestamp;
use ratatui::Frame;

use super::Ticks;
use crate::app::App;
use crate::session::Session;

pub fn render(_frame: &mut Frame, _app: &App, _session: &Session, _now: Timestamp) -> Option<Ticks> {
    None
}
