//! The help overlay's state: open, and how far it is scrolled. What it lists comes from
//! the key table (`ui::help`), so it cannot drift from what the keys do.

use super::{App, Effect, HelpAction};
use crate::session::Session;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HelpView {
    /// Rows scrolled past the top.
    pub scroll: u16,
}

impl App {
    pub(super) fn help_action(&mut self, session: &Session, action: HelpAction) -> Vec<Effect> {
        let Some(help) = &mut self.help else { return vec![] };
        let page = self.screen.1.saturating_sub(4).max(1);
        help.scroll = match action {
            HelpAction::Close => {
                self.help = None;
                return vec![];
            }
            HelpAction::Up => help.scroll.saturating_sub(1),
            HelpAction::Down => help.scroll.saturating_add(1),
            HelpAction::PageUp => help.scroll.saturating_sub(page),
            HelpAction::PageDown => help.scroll.saturating_add(page),
            HelpAction::Top => 0,
            HelpAction::Bottom => u16::MAX,
        };
        self.clamp_help(session);
        vec![]
    }

    /// Keeps the help's scroll within what there is to see on this screen.
    pub(super) fn clamp_help(&mut self, _session: &Session) {
        let max = crate::ui::help::max_scroll(&self.keymap, self.focus, self.lang(), self.screen);
        if let Some(help) = &mut self.help {
            help.scroll = help.scroll.min(max);
        }
    }
}
