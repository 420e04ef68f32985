//! The screen as a whole: views, focus, help, the projector's message line, export,
//! finishing the event and quitting.

use jiff::Timestamp;

use super::{
    App, AppAction, Capture, Change, Confirm, Effect, Focus, HelpView, Input, InputPurpose, OnYes, View,
};
use crate::session::{Event, Session};

impl App {
    pub(super) fn app_action(
        &mut self,
        session: &Session,
        action: AppAction,
        _now: Timestamp,
    ) -> Vec<Effect> {
        match action {
            AppAction::TakeClock => {
                let Some(holder) = self.clock_elsewhere(session).map(str::to_string) else {
                    self.say("This laptop holds the clock");
                    return vec![];
                };
                self.confirm = Some(Confirm {
                    question: format!(
                        "Take the clock over from {holder}? From now on this laptop runs the timer, the plan, the floor and the groups; {holder}'s timer keys stop counting."
                    ),
                    on_yes: OnYes::Record(Event::ClockTaken),
                    done: "This laptop holds the clock now".to_string(),
                    selects: None,
                });
                vec![]
            }
            AppAction::Quit if self.not_saved.is_some() && self.confirm.is_none() => {
                // The disk is failing: leaving must be a choice, and the runtime keeps
                // what the disk did not take in a rescue file.
                self.confirm = Some(Confirm {
                    question: "Some changes are NOT SAVED (the disk fails). Quit anyway? They will be written to a rescue file, and the screen after quitting says where".into(),
                    on_yes: OnYes::Quit,
                    done: String::new(),
                    selects: None,
                });
                vec![]
            }
            AppAction::Quit => {
                self.quitting = true;
                vec![Effect::Quit]
            }
            AppAction::Suspend => vec![Effect::Suspend],
            AppAction::ToggleHelp => {
                self.help = match self.help {
                    Some(_) => None,
                    None => Some(HelpView::default()),
                };
                vec![]
            }
            AppAction::ToggleProjector => {
                self.view = match self.view {
                    View::Operator => View::Projector,
                    View::Projector => View::Operator,
                };
                vec![]
            }
            AppAction::ToggleBell => {
                self.settings.bell = !self.settings.bell;
                let state = if self.settings.bell { "on" } else { "off" };
                self.say(format!("Bell {state} for this run (set bell in settings.toml to keep it)"));
                vec![]
            }
            AppAction::EditMessage => {
                let text = session.message.clone().unwrap_or_default();
                self.input = Some(Input::new(InputPurpose::Message, &text));
                vec![]
            }
            AppAction::ClearMessage => {
                if session.message.is_none() {
                    self.complain("There is no message line to clear (m sets one)");
                    return vec![];
                }
                vec![Effect::Record(Event::MessageSet { text: None })]
            }
            AppAction::Export(profile) => vec![Effect::Export(profile)],
            AppAction::Finish => {
                if session.finished_at.is_some() {
                    self.complain("The event is already finished; u takes the finish back");
                    return vec![];
                }
                let running = session
                    .current_index()
                    .and_then(|i| session.agenda_item(i))
                    .map(|it| format!(" (this stops “{}”)", it.title))
                    .unwrap_or_default();
                self.confirm = Some(Confirm {
                    question: format!(
                        "Finish the event now{running}? The clock stops; notes can still be reviewed and exported."
                    ),
                    on_yes: OnYes::Change(Change::new(
                        "finishing the event",
                        vec![Event::SessionFinished],
                        finish_inverse(session),
                    )),
                    done: "The event is finished. The notes stay open for review and export (e, E); u takes the finish back".into(),
                    selects: None,
                });
                vec![]
            }
            AppAction::FocusCapture => {
                self.focus = Focus::Capture;
                self.help = None;
                self.leave_projector();
                vec![]
            }
            AppAction::FocusReview => {
                self.focus = Focus::Review;
                self.view = View::Operator;
                self.help = None;
                self.review.cursor = usize::MAX;
                self.review.clamp(session);
                vec![]
            }
            AppAction::FocusTimer => {
                if self.capture.editing.take().is_some() {
                    self.capture = Capture::default();
                    self.focus = Focus::Review;
                    self.say("Edit cancelled: the entry is unchanged");
                } else {
                    self.focus = Focus::Timer;
                }
                vec![]
            }
        }
    }

    /// Notes are never shown to the room: typing switches the screen back to the run view.
    pub(super) fn leave_projector(&mut self) {
        if self.view == View::Projector {
            self.view = View::Operator;
            self.say(
                "Projector view off while you type (notes are never shown to the room); v brings it back",
            );
        }
    }
}

/// What takes a finish back: reopening, then the item that was running goes on (paused if
/// it was paused).
fn finish_inverse(session: &Session) -> Vec<Event> {
    let mut inverse = vec![Event::SessionReopened];
    if let Some(item) = session.timer.current.clone() {
        inverse.push(Event::ItemStarted { item: item.clone() });
        if !session.timer.running {
            inverse.push(Event::ItemPaused { item });
        }
    }
    inverse
}
