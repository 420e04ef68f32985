//! The day's summary overlay: open on `D` at any time, and once by itself when a day ends
//! (on this laptop's key or another's record); which day it shows and how far it is
//! scrolled. What it shows is `ui::day_summary`'s, from `session::day_summary`.

use super::{App, Effect, SummaryAction, View};
use crate::session::Session;
use crate::timing;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SummaryView {
    /// 0-based.
    pub day: usize,
    /// Rows scrolled past the top.
    pub scroll: u16,
}

impl App {
    pub(super) fn toggle_summary(&mut self, session: &Session) {
        if self.view == View::Projector {
            // The room's wall never shows it: contested points and who was quiet are the
            // facilitator's to read first.
            self.complain(crate::t!(self.lang(), "msg-summary-not-on-projector"));
            return;
        }
        self.summary = match self.summary {
            Some(_) => None,
            None => Some(SummaryView { day: timing::current_day(session), scroll: 0 }),
        };
    }

    pub(super) fn summary_action(&mut self, session: &Session, action: SummaryAction) -> Vec<Effect> {
        let Some(view) = &mut self.summary else { return vec![] };
        let last_day = session.agenda.days.len().saturating_sub(1);
        match action {
            SummaryAction::Close => self.summary = None,
            SummaryAction::Up => view.scroll = view.scroll.saturating_sub(1),
            SummaryAction::Down => view.scroll = view.scroll.saturating_add(1),
            SummaryAction::PreviousDay => *view = SummaryView { day: view.day.saturating_sub(1), scroll: 0 },
            SummaryAction::NextDay => *view = SummaryView { day: (view.day + 1).min(last_day), scroll: 0 },
        }
        vec![]
    }

    /// Opens the summary of a day that has just ended; says whether it did. A day that
    /// was over when the app started (a resume the next morning) does not open it again.
    /// While the projector view is up it waits: it opens when the operator's screen is
    /// back, never on the room's wall.
    /// A question or an input open (the last item's "finish the event?") is answered first:
    /// the summary would cover it while the keys still answered it.
    pub(super) fn watch_day_end(&mut self, session: &Session) -> bool {
        if self.view != View::Operator
            || self.confirm.is_some()
            || self.input.is_some()
            || self.pick.is_some()
        {
            return false;
        }
        let over = timing::day_over(session);
        if over == self.day_over_seen {
            return false;
        }
        self.day_over_seen = over;
        match over {
            Some(day) if self.summary.is_none() => {
                self.summary = Some(SummaryView { day, scroll: 0 });
                true
            }
            _ => false,
        }
    }
}
