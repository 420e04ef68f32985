//! The list of captured entries: the running item's or the whole session's, searchable,
//! and every correction a rapporteur makes afterwards (edit, kind, attribution, move, mark,
//! merge, delete and restore), each undoable.

use std::rc::Rc;

use super::derived::Derived;
use super::undo::Change;
use super::{App, Effect, Focus, InputPurpose, Pick, PickPurpose, ReviewAction};
use crate::capture::{self, next_kind, prefix::resolve_attribution};
use crate::i18n::Lang;
use crate::session::{Entry, Event, Mark, Session};
use crate::t;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    /// The whole session rather than the running item.
    pub all: bool,
    /// Position in the visible list.
    pub cursor: usize,
    /// Shows only entries containing this text (any item, deleted ones too).
    pub search: Option<String>,
    /// The list as last derived, reused until the state or the filter changes.
    shown: Derived<ShownKey, usize>,
}

/// What the list was derived from: the state's revision and size, and the filter.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ShownKey {
    revision: u64,
    entries: usize,
    all: bool,
    search: Option<String>,
    current: Option<String>,
}

/// Indexes into `session.entries` of what the list shows, in capture order. Entries merged
/// into another are not shown; deleted ones are (dimmed), so they can be restored.
pub fn visible(session: &Session, review: &Review) -> Rc<[usize]> {
    let key = ShownKey {
        revision: session.revision(),
        entries: session.entries.len(),
        all: review.all,
        search: review.search.clone(),
        current: session.timer.current.clone(),
    };
    review.shown.get(key, || derive(session, review))
}

/// [`visible`], derived from the state and the filter.
fn derive(session: &Session, review: &Review) -> Rc<[usize]> {
    let current = session.timer.current.as_deref();
    let needle = review.search.as_ref().map(|s| s.to_lowercase());
    // An entry by the id a review pack shows (its id's last hex digits): "#1a2b3c4d" as
    // printed, "\#1a2b3c4d" as the pack's Markdown source has it, or the
    // bare digits (then a note whose text holds them is found too).
    let hex = |h: &&str| h.len() >= 4 && h.chars().all(|c| c.is_ascii_hexdigit());
    let id_wanted =
        needle.as_deref().map(|n| n.trim_start_matches('\\')).and_then(|n| n.strip_prefix('#')).filter(hex);
    let bare_id = needle.as_deref().filter(|n| n.len() == 8).filter(hex);
    session
        .entries
        .iter()
        .enumerate()
        // Merged away, an entry is part of another; a search still finds it (a correction
        // from a review pack names it by its id).
        .filter(|(_, e)| e.merged_into.is_none() || needle.is_some())
        .filter(|(_, e)| match &needle {
            Some(_) if let Some(hex) = id_wanted => e.id.simple().to_string().ends_with(hex),
            Some(n) => {
                e.text.to_lowercase().contains(n)
                    || bare_id.is_some_and(|h| e.id.simple().to_string().ends_with(h))
            }
            None => review.all || current.is_none() || e.item.as_deref() == current,
        })
        .map(|(i, _)| i)
        .collect()
}

impl Review {
    /// Keeps the cursor on the list (past the end means the newest entry).
    pub fn clamp(&mut self, session: &Session) {
        let n = visible(session, self).len();
        self.cursor = self.cursor.min(n.saturating_sub(1));
    }
}

impl App {
    /// The entry under the review cursor.
    pub fn reviewed<'s>(&self, session: &'s Session) -> Option<&'s Entry> {
        let list = visible(session, &self.review);
        list.get(self.review.cursor.min(list.len().saturating_sub(1)))
            .and_then(|&i| session.entries.get(i))
            .map(|e| &**e)
    }

    pub(super) fn review_action(
        &mut self,
        session: &Session,
        action: ReviewAction,
        _now: jiff::Timestamp,
    ) -> Vec<Effect> {
        let list = visible(session, &self.review);
        let last = list.len().saturating_sub(1);
        self.review.cursor = self.review.cursor.min(last);
        match action {
            ReviewAction::Up => self.review.cursor = self.review.cursor.saturating_sub(1),
            ReviewAction::Down => self.review.cursor = (self.review.cursor + 1).min(last),
            ReviewAction::Scope => {
                self.review.all = !self.review.all;
                self.review.search = None;
                self.review.cursor = visible(session, &self.review).len().saturating_sub(1);
            }
            // A new search starts empty: the old query is in the list's title.
            ReviewAction::Search => self.ask(InputPurpose::Search, ""),
            ReviewAction::Attribute => {
                if self.reviewed(session).is_some() {
                    self.ask(InputPurpose::Attribute, "");
                } else {
                    self.complain(t!(self.lang(), "msg-no-entry-yet"));
                }
            }
            ReviewAction::Check => match self.reviewed(session) {
                Some(entry) if entry.checked.is_some() => {
                    let change = Change::new(
                        t!(self.lang(), "msg-change-check"),
                        vec![Event::EntryChecked { entry: entry.id, by: None }],
                        vec![Event::EntryChecked {
                            entry: entry.id,
                            by: entry.checked.as_ref().map(|c| c.by.clone()),
                        }],
                    );
                    self.say(t!(self.lang(), "msg-check-taken-back"));
                    return self.record_change(change);
                }
                Some(entry) => {
                    // The point's own source is who checks it, most often: who said it, or the
                    // rapporteur of the group that reported it (the review pack went there).
                    let rapporteur = || {
                        let group = crate::export::review_pack::Sources::new(session).group_of(entry);
                        group.and_then(|g| g.group.rapporteur.as_ref()).map(|p| match p {
                            crate::agenda::PersonRef::Id(id) => format!("@{id}"),
                            crate::agenda::PersonRef::Role(role) => role.clone(),
                        })
                    };
                    let who = entry
                        .attribution
                        .participant
                        .clone()
                        .map(|p| format!("@{p}"))
                        .or_else(rapporteur)
                        .unwrap_or_default();
                    self.ask(InputPurpose::CheckedBy, &who);
                    self.say(t!(self.lang(), "msg-checked-by-how"));
                }
                None => self.complain(t!(self.lang(), "msg-no-entry-yet")),
            },
            ReviewAction::Undo => return self.undo(false),
            ReviewAction::Redo => return self.redo(false),
            ReviewAction::Move => match self.reviewed(session) {
                Some(entry) => {
                    let here = entry.item.as_deref().and_then(|id| session.item_index(id)).unwrap_or(0);
                    self.pick = Some(Pick::new(PickPurpose::MoveEntry(entry.id), here, self.lang()));
                    self.say(t!(self.lang(), "msg-move-which-item"));
                }
                None => self.complain(t!(self.lang(), "msg-no-entry-yet")),
            },
            ReviewAction::Edit
            | ReviewAction::CycleKind
            | ReviewAction::ToggleAttribution
            | ReviewAction::Mark(_)
            | ReviewAction::Merge
            | ReviewAction::Delete => return self.change_entry(session, action, &list),
        }
        vec![]
    }

    fn change_entry(&mut self, session: &Session, action: ReviewAction, list: &[usize]) -> Vec<Effect> {
        let lang = self.lang();
        let Some(entry) = self.reviewed(session).cloned() else {
            self.complain(t!(lang, "msg-no-entry-yet"));
            return vec![];
        };
        let change = match action {
            ReviewAction::Edit => {
                self.capture.set_text(&entry.text);
                self.capture.editing = Some(entry.id);
                self.focus = Focus::Capture;
                self.say(t!(lang, "msg-editing"));
                return vec![];
            }
            ReviewAction::CycleKind => Change::kind(lang, &entry, next_kind(entry.kind)),
            ReviewAction::ToggleAttribution => {
                let mut who = entry.attribution.clone();
                who.not_for_attribution = !who.not_for_attribution;
                Change::attribute(lang, &entry, who)
            }
            ReviewAction::Mark(mark) => {
                Change::mark(lang, &entry, if entry.mark == mark { Mark::None } else { mark })
            }
            ReviewAction::Merge => {
                let pos = list.iter().position(|&i| session.entries.get(i).is_some_and(|e| e.id == entry.id));
                let above = pos
                    .and_then(|p| p.checked_sub(1))
                    .and_then(|p| list.get(p))
                    .and_then(|&i| session.entries.get(i));
                let Some(into) = above else {
                    self.complain(t!(lang, "msg-nothing-above"));
                    return vec![];
                };
                if into.deleted {
                    self.complain(t!(lang, "msg-above-deleted"));
                    return vec![];
                }
                self.review.cursor = self.review.cursor.saturating_sub(1);
                self.say(t!(lang, "msg-merged"));
                Change::merge(lang, into, &entry)
            }
            ReviewAction::Delete => Change::delete_or_restore(lang, &entry),
            ReviewAction::Up
            | ReviewAction::Down
            | ReviewAction::Scope
            | ReviewAction::Attribute
            | ReviewAction::Move
            | ReviewAction::Search
            | ReviewAction::Check
            | ReviewAction::Undo
            | ReviewAction::Redo => return vec![],
        };
        self.record_change(change)
    }

    /// Confirms the review list's search or attribution input.
    pub(super) fn submit_review_input(
        &mut self,
        session: &Session,
        purpose: InputPurpose,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        match purpose {
            InputPurpose::Search => {
                self.review.search = (!text.is_empty()).then(|| text.to_string());
                self.review.cursor = 0;
                let n = visible(session, &self.review).len();
                if self.review.search.is_some() {
                    self.say(t!(self.lang(), "msg-search-matches", n = n));
                }
                Ok(vec![])
            }
            InputPurpose::Attribute => {
                let Some(entry) = self.reviewed(session).cloned() else { return Ok(vec![]) };
                let token = text.trim().trim_start_matches('@');
                if token.is_empty() {
                    return Err(t!(self.lang(), "msg-attribute-empty"));
                }
                let mut who = resolve_attribution(&token.replace(' ', "-"), &session.agenda);
                who.not_for_attribution = entry.attribution.not_for_attribution;
                Ok(self.record_change(Change::attribute(self.lang(), &entry, who)))
            }
            InputPurpose::CheckedBy => {
                let Some(entry) = self.reviewed(session).cloned() else { return Ok(vec![]) };
                let token = text.trim().trim_start_matches('@');
                if token.is_empty() {
                    return Err(t!(self.lang(), "msg-checked-by-how"));
                }
                let by = resolve_attribution(&token.replace(' ', "-"), &session.agenda);
                let who = crate::audience::sources_in(
                    &session.agenda,
                    std::slice::from_ref(&by),
                    crate::audience::Audience::Operator,
                    self.lang(),
                )
                .unwrap_or_default();
                self.say(t!(self.lang(), "msg-checked", who = who));
                Ok(self.record_change(Change::new(
                    t!(self.lang(), "msg-change-check"),
                    vec![Event::EntryChecked { entry: entry.id, by: Some(by) }],
                    vec![Event::EntryChecked { entry: entry.id, by: None }],
                )))
            }
            InputPurpose::Message
            | InputPurpose::EndsAt
            | InputPurpose::QueueAdd
            | InputPurpose::QueueRemove
            | InputPurpose::QueueMove
            | InputPurpose::Groups
            | InputPurpose::Slot
            | InputPurpose::Hands
            | InputPurpose::Dots => Ok(vec![]),
        }
    }
}

/// How an entry's authors read in the list (see [`crate::audience`]), and its attribution
/// flag in `lang` when it differs from the session's rule (so a Chatham House session is
/// not "not for attribution" on every line).
pub fn attribution_text_in(lang: Lang, session: &Session, e: &Entry) -> String {
    let who = crate::audience::sources_in(
        &session.agenda,
        &session.authors(e),
        crate::audience::Audience::Operator,
        lang,
    )
    .unwrap_or_default();
    let rule = session.agenda.event.chatham_house;
    let flag = match (e.attribution.not_for_attribution, rule) {
        (true, false) => Some(t!(lang, "msg-not-for-attribution")),
        (false, true) => Some(t!(lang, "msg-on-the-record")),
        _ => None,
    };
    match (who.is_empty(), flag) {
        (true, Some(f)) => f,
        (true, None) => String::new(),
        (false, Some(f)) => format!("{who} · {f}"),
        (false, None) => who,
    }
}

/// "recommendation (participants)" and the like, in `lang`.
pub fn kind_text_in(lang: Lang, e: &Entry) -> String {
    capture::kind_label_in(lang, e.kind)
}
