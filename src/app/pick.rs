//! Choosing an agenda item by typing part of its title (moving an entry to another item):
//! the list narrows as the person types; ↑ ↓ choose, Enter confirms.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui_textarea::TextArea;
use uuid::Uuid;

use super::{App, Change, Effect, PickAction};
use crate::session::Session;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickPurpose {
    /// The agenda item an entry moves to.
    MoveEntry(Uuid),
}

#[derive(Debug, Clone)]
pub struct Pick {
    pub purpose: PickPurpose,
    pub filter: TextArea<'static>,
    /// Position in the narrowed list.
    pub cursor: usize,
}

impl Pick {
    /// A list to choose from, its filter's placeholder in `lang`.
    pub fn new(purpose: PickPurpose, cursor: usize, lang: crate::i18n::Lang) -> Pick {
        let mut filter = TextArea::default();
        filter.set_cursor_line_style(ratatui::style::Style::new());
        filter.set_placeholder_text(t!(lang, "msg-pick-placeholder"));
        Pick { purpose, filter, cursor }
    }

    pub fn filter_text(&self) -> String {
        self.filter.lines().concat()
    }

    /// Indexes into `session.items` of the items whose title (or id) holds the filter, in
    /// agenda order.
    pub fn options(&self, session: &Session) -> Vec<usize> {
        let needle = self.filter_text().to_lowercase();
        (0..session.items.len())
            .filter(|&i| {
                needle.is_empty()
                    || session.agenda_item(i).is_some_and(|it| {
                        it.title.to_lowercase().contains(&needle) || it.id.to_lowercase().contains(&needle)
                    })
            })
            .collect()
    }
}

impl App {
    pub(super) fn pick_action(&mut self, session: &Session, action: PickAction) -> Vec<Effect> {
        let Some(pick) = &mut self.pick else { return vec![] };
        let options = pick.options(session);
        match action {
            PickAction::Up => pick.cursor = pick.cursor.saturating_sub(1),
            PickAction::Down => pick.cursor = (pick.cursor + 1).min(options.len().saturating_sub(1)),
            PickAction::Key(key) => {
                let typing = matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace | KeyCode::Delete)
                    && !key.modifiers.contains(KeyModifiers::CONTROL);
                if typing {
                    pick.filter.input_without_shortcuts(key);
                    pick.cursor = 0;
                }
            }
            PickAction::Cancel => {
                self.pick = None;
                self.say(t!(self.lang(), "msg-nothing-moved"));
            }
            PickAction::Choose => {
                let Some(&target) = options.get(pick.cursor) else {
                    self.complain(t!(self.lang(), "msg-pick-no-match"));
                    return vec![];
                };
                let purpose = pick.purpose;
                self.pick = None;
                return self.picked(session, purpose, target);
            }
        }
        vec![]
    }

    fn picked(&mut self, session: &Session, purpose: PickPurpose, target: usize) -> Vec<Effect> {
        match purpose {
            PickPurpose::MoveEntry(id) => {
                let (Some(entry), Some(run)) = (session.entry(id), session.items.get(target)) else {
                    return vec![];
                };
                let title = session.agenda_item(target).map_or(run.item.clone(), |it| it.title.clone());
                if entry.item.as_deref() == Some(run.item.as_str()) {
                    self.say(t!(self.lang(), "msg-already-in", title = &title));
                    return vec![];
                }
                self.say(t!(self.lang(), "msg-moved-to", title = &title));
                self.record_change(Change::moved(self.lang(), entry, Some(run.item.clone())))
            }
        }
    }
}
