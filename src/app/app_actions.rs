//! The screen as a whole: views, focus, help, the projector's message line, export,
//! finishing the event and quitting.

use jiff::Timestamp;

use super::{
    App, AppAction, Capture, Change, Confirm, Effect, Focus, HelpView, Input, InputPurpose, OnYes, View,
};
use crate::session::{Event, Session};
use crate::t;

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
                    self.say(t!(self.lang(), "msg-clock-is-here"));
                    return vec![];
                };
                let lang = self.lang();
                self.confirm = Some(Confirm {
                    question: t!(lang, "msg-take-clock-question", holder = &holder),
                    on_yes: OnYes::Record(Event::ClockTaken),
                    done: t!(lang, "msg-took-clock"),
                    selects: None,
                });
                vec![]
            }
            AppAction::Quit if self.not_saved.is_some() && self.confirm.is_none() => {
                // The disk is failing: leaving must be a choice, and the runtime keeps
                // what the disk did not take in a rescue file.
                self.confirm = Some(Confirm {
                    question: t!(self.lang(), "msg-quit-unsaved-question"),
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
            AppAction::ToggleBalance if self.view == View::Operator => {
                self.balance = !self.balance;
                vec![]
            }
            // On the projector view it is the room's choice, in the record: every
            // projector window of the session shows it, and a resume keeps it.
            AppAction::ToggleBalance => {
                if self.follower {
                    self.complain(t!(self.lang(), "msg-room-balance-elsewhere"));
                    return vec![];
                }
                if let Some(holder) = self.clock_elsewhere(session) {
                    let holder = crate::safe_text::line(holder).into_owned();
                    self.complain(t!(self.lang(), "msg-clock-held-elsewhere", holder = holder));
                    return vec![];
                }
                vec![Effect::Record(Event::BalanceShown { on: !session.room_balance })]
            }
            AppAction::ToggleSummary => {
                self.toggle_summary(session);
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
                let lang = self.lang();
                // The setting and its file are typed as they are, in any language.
                let (setting, file) = ("bell", "settings.toml");
                self.say(if self.settings.bell {
                    t!(lang, "msg-bell-on", setting = setting, file = file)
                } else {
                    t!(lang, "msg-bell-off", setting = setting, file = file)
                });
                vec![]
            }
            AppAction::EditMessage => {
                let text = session.message.clone().unwrap_or_default();
                self.input = Some(Input::new(InputPurpose::Message, &text));
                vec![]
            }
            AppAction::ClearMessage => {
                if session.message.is_none() {
                    self.complain(t!(self.lang(), "msg-no-message-to-clear"));
                    return vec![];
                }
                vec![Effect::Record(Event::MessageSet { text: None })]
            }
            AppAction::Export(profile) => vec![Effect::Export(profile)],
            AppAction::Finish => {
                if session.finished_at.is_some() {
                    self.complain(t!(self.lang(), "msg-already-finished"));
                    return vec![];
                }
                let lang = self.lang();
                let question = match session.current_index().and_then(|i| session.agenda_item(i)) {
                    Some(running) => t!(lang, "msg-finish-question-running", title = &running.title),
                    None => t!(lang, "msg-finish-question"),
                };
                self.confirm = Some(Confirm {
                    question,
                    on_yes: OnYes::Change(Change::new(
                        t!(lang, "msg-change-finish"),
                        vec![Event::SessionFinished],
                        finish_inverse(session),
                    )),
                    done: t!(lang, "msg-finished"),
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
            AppAction::FocusConsolidate => {
                self.open_consolidation(session);
                vec![]
            }
            AppAction::FocusTimer if self.focus == Focus::Consolidate => self.close_consolidation(session),
            AppAction::FocusTimer if self.capture.rewording.is_some() => {
                // Nothing is recorded, and nothing typed is lost: the same key on the same
                // recommendations brings the wording back.
                let text = self.capture.text();
                if let Some(what) = self.capture.rewording.take() {
                    self.consolidate.kept = Some((what, text));
                }
                self.capture = Capture::new(self.lang());
                self.focus = Focus::Consolidate;
                self.say(t!(self.lang(), "msg-wording-kept"));
                vec![]
            }
            AppAction::FocusTimer => {
                if self.capture.editing.take().is_some() {
                    self.capture = Capture::new(self.lang());
                    self.focus = Focus::Review;
                    self.say(t!(self.lang(), "msg-edit-cancelled"));
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
            self.say(t!(self.lang(), "msg-projector-off-typing"));
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
