//! Questions that guard what cannot be taken back lightly (finishing the event, starting
//! another day's item): the change waits here until the answer is yes.

use super::{App, Change, ConfirmAction, Effect};

/// A yes/no question and the change to the plan that "yes" records.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: Change,
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
                let effects = self.record_plan_change(confirm.on_yes);
                self.say(confirm.done);
                effects
            }
            ConfirmAction::No => {
                self.say("Nothing changed");
                vec![]
            }
        }
    }
}
