//! The list of captured entries: the running item's or the whole session's, searchable,
//! and every correction a rapporteur makes afterwards (edit, kind, attribution, move, mark,
//! merge, delete and restore), each undoable.

use super::undo::Change;
use super::{Action, App, Effect, Focus, Input, InputPurpose};
use crate::capture::{self, next_kind, prefix::resolve_attribution};
use crate::session::{Entry, Mark, Session};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    /// The whole session rather than the running item.
    pub all: bool,
    /// Position in the visible list.
    pub cursor: usize,
    /// Shows only entries containing this text (any item, deleted ones too).
    pub search: Option<String>,
}

/// Indexes into `session.entries` of what the list shows, in capture order. Entries merged
/// into another are not shown; deleted ones are (dimmed), so they can be restored.
pub fn visible(session: &Session, review: &Review) -> Vec<usize> {
    let current = session.timer.current.as_deref();
    let needle = review.search.as_ref().map(|s| s.to_lowercase());
    session
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.merged_into.is_none())
        .filter(|(_, e)| match &needle {
            Some(n) => e.text.to_lowercase().contains(n),
            None => review.all || current.is_none() || e.item.as_deref() == current,
        })
        .map(|(i, _)| i)
        .collect()
}

impl App {
    /// The entry under the review cursor.
    pub fn reviewed<'s>(&self, session: &'s Session) -> Option<&'s Entry> {
        let list = visible(session, &self.review);
        list.get(self.review.cursor.min(list.len().saturating_sub(1))).map(|&i| &session.entries[i])
    }

    pub(super) fn review_action(&mut self, session: &Session, action: Action) -> Vec<Effect> {
        let list = visible(session, &self.review);
        let last = list.len().saturating_sub(1);
        self.review.cursor = self.review.cursor.min(last);
        if matches!(action, Action::FocusReview) {
            self.focus = Focus::Review;
            self.view = super::View::Operator;
            self.review.cursor = last;
            return vec![];
        }
        match action {
            Action::ReviewUp => self.review.cursor = self.review.cursor.saturating_sub(1),
            Action::ReviewDown => self.review.cursor = (self.review.cursor + 1).min(last),
            Action::ReviewScope => {
                self.review.all = !self.review.all;
                self.review.search = None;
                self.review.cursor = visible(session, &self.review).len().saturating_sub(1);
            }
            Action::ReviewSearch => {
                let text = self.review.search.clone().unwrap_or_default();
                self.input = Some(Input { purpose: InputPurpose::Search, text });
            }
            Action::ReviewAttribute => {
                if self.reviewed(session).is_some() {
                    self.input = Some(Input { purpose: InputPurpose::Attribute, text: String::new() });
                }
            }
            _ => return self.change_entry(session, action, &list),
        }
        vec![]
    }

    fn change_entry(&mut self, session: &Session, action: Action, list: &[usize]) -> Vec<Effect> {
        let Some(entry) = self.reviewed(session).cloned() else {
            self.complain("No entry here yet: press c to capture one");
            return vec![];
        };
        let change = match action {
            Action::ReviewEdit => {
                self.capture.set_text(&entry.text);
                self.capture.editing = Some(entry.id);
                self.focus = Focus::Capture;
                self.say("Editing: Enter saves the new text, Esc leaves it unchanged");
                return vec![];
            }
            Action::ReviewCycleKind => Change::kind(&entry, next_kind(entry.kind)),
            Action::ReviewToggleAttribution => {
                let mut who = entry.attribution.clone();
                who.not_for_attribution = !who.not_for_attribution;
                Change::attribute(&entry, who)
            }
            Action::ReviewMark(mark) => {
                Change::mark(&entry, if entry.mark == mark { Mark::None } else { mark })
            }
            Action::ReviewMove(step) => {
                let here = entry.item.as_deref().and_then(|id| session.item_index(id));
                let target = match (here, step) {
                    (Some(i), s) if s > 0 => i + 1,
                    (Some(i), _) => match i.checked_sub(1) {
                        Some(p) => p,
                        None => {
                            self.complain("This is the first item");
                            return vec![];
                        }
                    },
                    (None, _) => session.current_index().unwrap_or(0),
                };
                let Some(run) = session.items.get(target) else {
                    self.complain("This is the last item");
                    return vec![];
                };
                self.say(format!("Moved to {}", run.item));
                Change::moved(&entry, Some(run.item.clone()))
            }
            Action::ReviewMerge => {
                let pos = list.iter().position(|&i| session.entries[i].id == entry.id).unwrap_or(0);
                let Some(&above) = pos.checked_sub(1).and_then(|p| list.get(p)) else {
                    self.complain("Nothing above to merge into");
                    return vec![];
                };
                let into = &session.entries[above];
                self.review.cursor = self.review.cursor.saturating_sub(1);
                Change::merge(into, &entry)
            }
            Action::ReviewDelete => Change::delete_or_restore(&entry),
            _ => return vec![],
        };
        self.record_change(change)
    }

    /// Confirms the review list's search or attribution input.
    pub(super) fn submit_review_input(
        &mut self,
        session: &Session,
        purpose: InputPurpose,
        text: String,
    ) -> Vec<Effect> {
        match purpose {
            InputPurpose::Search => {
                self.review.search = (!text.is_empty()).then_some(text);
                self.review.cursor = 0;
                let n = visible(session, &self.review).len();
                if self.review.search.is_some() {
                    self.say(format!("{n} entries match; / again to change the search, Tab to clear it"));
                }
                vec![]
            }
            InputPurpose::Attribute => {
                let Some(entry) = self.reviewed(session).cloned() else { return vec![] };
                let token = text.trim().trim_start_matches('@');
                if token.is_empty() {
                    return vec![];
                }
                let mut who = resolve_attribution(token, &session.agenda);
                who.not_for_attribution = entry.attribution.not_for_attribution;
                self.record_change(Change::attribute(&entry, who))
            }
            _ => vec![],
        }
    }
}

/// How an entry's attribution reads in the list (roles and groups, names only as ids).
pub fn attribution_text(session: &Session, e: &Entry) -> String {
    let a = &e.attribution;
    let who = a
        .participant
        .as_deref()
        .map(|id| session.agenda.participant(id).map_or(id.to_string(), |p| format!("{id}, {}", p.role)))
        .or_else(|| a.role.clone())
        .or_else(|| a.stakeholder.clone())
        .unwrap_or_default();
    // Only say what differs from the session's rule, so a Chatham House session is not
    // "not for attribution" on every line.
    let rule = session.agenda.event.chatham_house;
    let flag = match (a.not_for_attribution, rule) {
        (true, false) => Some("not for attribution"),
        (false, true) => Some("on the record"),
        _ => None,
    };
    match (who.is_empty(), flag) {
        (true, Some(f)) => f.to_string(),
        (true, None) => String::new(),
        (false, Some(f)) => format!("{who} · {f}"),
        (false, None) => who,
    }
}

/// "recommendation (participants)" and the like.
pub fn kind_text(e: &Entry) -> &'static str {
    capture::kind_label(e.kind)
}
