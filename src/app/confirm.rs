//! Questions that guard what cannot be taken back lightly (finishing the event, starting
//! another day's item, quitting with changes the disk has not taken): what "yes" does
//! waits here until the answer is yes.

use super::{App, Change, ConfirmAction, Effect};

/// What "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub enum OnYes {
    /// Records this change to the plan.
    Change(Change),
    /// Quits although changes are not saved (the runtime writes them to a rescue file).
    Quit,
    /// Records this event (no undo: taking the clock over).
    Record(crate::session::Event),
}

/// A yes/no question and what "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: OnYes,
    /// What to say once done.
    pub done: String,
    /// The agenda item to select once done.
    pub selects: Option<usize>,
}

impl App {
    pub(super) fn confirm_action(&mut self, action: ConfirmAction) -> Vec<Effect> {
        let Some(confirm) = self.confirm.take() else { return vec![] };
        match action {
            ConfirmAction::Yes => {
                if let Some(selected) = confirm.selects {
                    self.selected = selected;
                }
                match confirm.on_yes {
                    OnYes::Change(change) => {
                        let effects = self.record_plan_change(change);
                        self.say(confirm.done);
                        effects
                    }
                    OnYes::Quit => {
                        self.quitting = true;
                        vec![Effect::Quit]
                    }
                    OnYes::Record(event) => {
                        self.say(confirm.done);
                        vec![Effect::Record(event)]
                    }
                }
            }
            ConfirmAction::No => {
                self.say(crate::t!(self.lang(), "msg-nothing-changed"));
                vec![]
            }
        }
    }
}
