//! The consolidation view: the session's recommendations and follow-ups as one numbered
//! list the room turns into what it adopts. Combine several into a new wording, reword,
//! split, reorder, send back to discussion, record the room's support and the plenary's
//! decision, and show the list on the projector; each change a recorded event, each
//! undoable with `u`.

use std::rc::Rc;

use jiff::Timestamp;
use uuid::Uuid;

use super::derived::Derived;
use super::undo::Change;
use super::{App, ConsolidateAction, Effect, Focus, InputPurpose, Rewording};
use crate::i18n::Lang;
use crate::session::{Decision, Entry, EntryKind, Event, Session, Support, by_result};
use crate::t;

/// The view's own state: where the cursor is, what is marked, what is filtered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Consolidate {
    /// Position in the visible (filtered) list.
    pub cursor: usize,
    /// Marked for combining, in the order marked.
    pub marked: Vec<Uuid>,
    /// Only this kind.
    pub kind: Option<EntryKind>,
    /// Only this agenda item's.
    pub item: Option<String>,
    /// Only this working group's.
    pub group: Option<String>,
    /// A wording typed and left with Esc, kept until the same recommendations are
    /// reworded again (a room's five minutes of drafting are not lost to one key).
    pub kept: Option<(Rewording, String)>,
    shown: Derived<ShownKey, Line>,
}

/// One line of the list: its number in the whole consolidated list (from 1, the number
/// the room sees, whatever the filter) and its index in `session.entries`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub entry: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ShownKey {
    revision: u64,
    entries: usize,
    kind: Option<EntryKind>,
    item: Option<String>,
    group: Option<String>,
}

/// The recommendations the view shows, numbered as in the whole list.
pub fn visible(session: &Session, view: &Consolidate) -> Rc<[Line]> {
    let key = ShownKey {
        revision: session.revision(),
        entries: session.entries.len(),
        kind: view.kind,
        item: view.item.clone(),
        group: view.group.clone(),
    };
    view.shown.get(key, || {
        session
            .recommendations()
            .into_iter()
            .enumerate()
            .filter(|(_, i)| {
                session.entries.get(*i).is_some_and(|e| {
                    view.kind.is_none_or(|k| e.kind == k)
                        && view.item.as_deref().is_none_or(|it| e.item.as_deref() == Some(it))
                        && view.group.as_deref().is_none_or(|g| e.group.as_deref() == Some(g))
                })
            })
            .map(|(n, entry)| Line { number: n + 1, entry })
            .collect()
    })
}

/// The kinds the filter steps through, after all of them.
const KINDS: [EntryKind; 3] =
    [EntryKind::RecommendationParticipants, EntryKind::RecommendationPresenters, EntryKind::FollowUp];

/// The next of `options` after `now` (None, the unfiltered list, first and after the last).
fn step<T: PartialEq + Clone>(options: &[T], now: &Option<T>) -> Option<T> {
    match now {
        None => options.first().cloned(),
        Some(v) => options.iter().position(|o| o == v).and_then(|p| options.get(p + 1)).cloned(),
    }
}

/// "14 2 3" (for, against, abstaining; 0 for none): a show of hands. All three are asked
/// for, so the record never states a count nobody took.
pub fn parse_hands(text: &str) -> Option<Support> {
    let numbers: Vec<u32> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers.as_slice() {
        [yes, against, abstaining] => {
            Some(Support::Hands { yes: *yes, against: *against, abstaining: *abstaining })
        }
        _ => None,
    }
}

/// "14 for, 2 against, 3 abstaining", "7 dots", "consensus", "no consensus: contested".
pub fn support_text(lang: Lang, support: Support) -> String {
    match support {
        Support::Hands { yes, against, abstaining } => {
            t!(lang, "msg-support-hands", yes = yes, against = against, abstaining = abstaining)
        }
        Support::Dots { dots } => t!(lang, "msg-support-dots", dots = dots),
        Support::Consensus => t!(lang, "msg-support-consensus"),
        Support::NoConsensus => t!(lang, "msg-support-no-consensus"),
    }
}

/// "adopted", "noted", "rejected".
pub fn decision_text(lang: Lang, decision: Decision) -> String {
    match decision {
        Decision::Adopted => t!(lang, "msg-decision-adopted"),
        Decision::Noted => t!(lang, "msg-decision-noted"),
        Decision::Rejected => t!(lang, "msg-decision-rejected"),
    }
}

impl App {
    /// The recommendation under the cursor.
    pub fn consolidated<'s>(&self, session: &'s Session) -> Option<&'s Entry> {
        let list = visible(session, &self.consolidate);
        list.get(self.consolidate.cursor.min(list.len().saturating_sub(1)))
            .and_then(|l| session.entries.get(l.entry))
            .map(|e| &**e)
    }

    /// Opens the view (`R` on the run screen); the projector is left as it is until the
    /// facilitator shows the list (`v` or Enter).
    pub(super) fn open_consolidation(&mut self, session: &Session) {
        self.focus = Focus::Consolidate;
        self.view = super::View::Operator;
        self.help = None;
        self.consolidate.marked.retain(|id| session.entry(*id).is_some_and(|e| !e.deleted));
        let n = visible(session, &self.consolidate).len();
        self.consolidate.cursor = self.consolidate.cursor.min(n.saturating_sub(1));
        if n == 0 {
            self.say(t!(self.lang(), "msg-no-recommendations"));
        }
    }

    /// Leaving the view leaves the projector as it is: the facilitator steps out to add a
    /// minute or set the message while the room keeps the list; `v` takes it off.
    pub(super) fn close_consolidation(&mut self, session: &Session) -> Vec<Effect> {
        self.focus = Focus::Timer;
        if session.consolidation.shown {
            self.say(t!(self.lang(), "msg-recs-still-shown"));
        }
        vec![]
    }

    /// Only the laptop that holds the clock drives the projector.
    pub(super) fn may_show(&self, session: &Session) -> bool {
        !self.follower && self.clock_elsewhere(session).is_none()
    }

    pub(super) fn consolidate_action(
        &mut self,
        session: &Session,
        action: ConsolidateAction,
        _now: Timestamp,
    ) -> Vec<Effect> {
        use ConsolidateAction as A;
        let lang = self.lang();
        let list = visible(session, &self.consolidate);
        let last = list.len().saturating_sub(1);
        self.consolidate.cursor = self.consolidate.cursor.min(last);
        let current = self.consolidated(session).cloned();
        match action {
            A::Up => self.consolidate.cursor = self.consolidate.cursor.saturating_sub(1),
            A::Down => self.consolidate.cursor = (self.consolidate.cursor + 1).min(last),
            A::FilterKind => {
                self.consolidate.kind = step(&KINDS, &self.consolidate.kind);
                self.consolidate.cursor = 0;
            }
            A::FilterItem => {
                let mut items: Vec<String> = Vec::new();
                for run in &session.items {
                    let has = list_all(session).any(|e| e.item.as_deref() == Some(run.item.as_str()));
                    if has && !items.contains(&run.item) {
                        items.push(run.item.clone());
                    }
                }
                self.consolidate.item = step(&items, &self.consolidate.item);
                self.consolidate.cursor = 0;
            }
            A::FilterGroup => {
                let mut groups: Vec<String> = list_all(session).filter_map(|e| e.group.clone()).collect();
                groups.sort();
                groups.dedup();
                if groups.is_empty() {
                    self.say(t!(lang, "msg-recs-no-groups"));
                }
                self.consolidate.group = step(&groups, &self.consolidate.group);
                self.consolidate.cursor = 0;
            }
            A::Undo => return self.undo(false),
            A::Redo => return self.redo(false),
            A::ToggleProjector => {
                if !self.may_show(session) {
                    self.complain(t!(lang, "msg-projector-elsewhere"));
                    return vec![];
                }
                let on = !session.consolidation.shown;
                self.say(if on {
                    t!(lang, "msg-recs-on-projector")
                } else {
                    t!(lang, "msg-recs-off-projector")
                });
                return vec![Effect::Record(Event::RecommendationsShown {
                    on,
                    entry: current.map(|e| e.id),
                })];
            }
            A::SortByResult => {
                let before = session.recommendation_ids();
                let after = by_result(session);
                if before == after {
                    self.say(t!(lang, "msg-recs-already-sorted"));
                    return vec![];
                }
                self.consolidate.cursor = 0;
                self.say(t!(lang, "msg-recs-sorted"));
                return self.record_change(Change::new(
                    t!(lang, "msg-change-sort"),
                    vec![Event::RecommendationsOrdered { order: after }],
                    vec![Event::RecommendationsOrdered { order: before }],
                ));
            }
            _ => {
                let Some(entry) = current else {
                    self.complain(t!(lang, "msg-no-recommendations"));
                    return vec![];
                };
                return self.change_recommendation(session, action, &entry);
            }
        }
        vec![]
    }

    fn change_recommendation(
        &mut self,
        session: &Session,
        action: ConsolidateAction,
        entry: &Entry,
    ) -> Vec<Effect> {
        use ConsolidateAction as A;
        let lang = self.lang();
        let change = match action {
            A::Show => {
                if !self.may_show(session) {
                    self.complain(t!(lang, "msg-projector-elsewhere"));
                    return vec![];
                }
                self.say(t!(lang, "msg-rec-shown"));
                return vec![Effect::Record(Event::RecommendationsShown { on: true, entry: Some(entry.id) })];
            }
            A::Mark => {
                let marked = &mut self.consolidate.marked;
                match marked.iter().position(|id| *id == entry.id) {
                    Some(p) => {
                        marked.remove(p);
                    }
                    None => marked.push(entry.id),
                }
                let n = self.consolidate.marked.len();
                self.say(t!(lang, "msg-recs-marked", n = n));
                self.consolidate.cursor += 1;
                self.consolidate.cursor =
                    self.consolidate.cursor.min(visible(session, &self.consolidate).len().saturating_sub(1));
                return vec![];
            }
            A::Combine => {
                let mut from = self.consolidate.marked.clone();
                from.retain(|id| session.entry(*id).is_some_and(|e| !e.deleted));
                if !from.contains(&entry.id) && from.len() == 1 {
                    from.push(entry.id);
                }
                let (Some(&first), true) = (from.first(), from.len() >= 2) else {
                    self.complain(t!(lang, "msg-combine-how"));
                    return vec![];
                };
                // One source a line: the room's wording is made from them, and Ctrl-U clears
                // a line at a time.
                let text: Vec<&str> =
                    from.iter().filter_map(|id| session.entry(*id)).map(|e| e.text.trim()).collect();
                self.reword(Rewording::Combine(from.clone()), first, &text.join("\n"));
                self.say(t!(lang, "msg-combine-typing", n = from.len()));
                return vec![];
            }
            A::Reword => {
                self.reword(Rewording::Edit(entry.id), entry.id, &entry.text);
                self.say(t!(lang, "msg-reword-typing"));
                return vec![];
            }
            A::Split => {
                self.reword(Rewording::Split(entry.id), entry.id, &entry.text);
                self.say(t!(lang, "msg-split-typing"));
                return vec![];
            }
            A::MoveUp | A::MoveDown => {
                let order = session.recommendation_ids();
                let Some(pos) = order.iter().position(|id| *id == entry.id) else { return vec![] };
                let before = |p: usize| p.checked_sub(1).and_then(|q| order.get(q)).copied();
                let (after, label) = match action {
                    A::MoveUp if pos > 0 => (before(pos - 1), "msg-change-move-up"),
                    A::MoveDown if pos + 1 < order.len() => {
                        (order.get(pos + 1).copied(), "msg-change-move-down")
                    }
                    _ => {
                        self.complain(t!(lang, "msg-rec-cannot-move"));
                        return vec![];
                    }
                };
                if action == A::MoveUp {
                    self.consolidate.cursor = self.consolidate.cursor.saturating_sub(1);
                } else {
                    self.consolidate.cursor += 1;
                }
                Change::new(
                    t!(lang, label),
                    vec![Event::RecommendationMoved { entry: entry.id, after }],
                    vec![Event::RecommendationMoved { entry: entry.id, after: before(pos) }],
                )
            }
            A::ToDiscussion => {
                self.say(t!(lang, "msg-rec-to-discussion"));
                Change::new(
                    t!(lang, "msg-change-to-discussion"),
                    vec![Event::EntryKindChanged { entry: entry.id, kind: EntryKind::DiscussionPoint }],
                    vec![Event::EntryKindChanged { entry: entry.id, kind: entry.kind }],
                )
            }
            A::Hands => {
                let now = match entry.support {
                    Some(Support::Hands { yes, against, abstaining }) => {
                        format!("{yes} {against} {abstaining}")
                    }
                    _ => String::new(),
                };
                self.ask(InputPurpose::Hands, &now);
                self.say(t!(lang, "msg-hands-how"));
                return vec![];
            }
            A::Dots => {
                let now = match entry.support {
                    Some(Support::Dots { dots }) => dots.to_string(),
                    _ => String::new(),
                };
                self.ask(InputPurpose::Dots, &now);
                self.say(t!(lang, "msg-dots-how"));
                return vec![];
            }
            A::Consensus | A::NoConsensus => {
                let wanted = if action == A::Consensus { Support::Consensus } else { Support::NoConsensus };
                let support = (entry.support != Some(wanted)).then_some(wanted);
                self.say_support(entry, support);
                support_change(lang, entry, support)
            }
            A::Adopt | A::Note | A::Reject => {
                let wanted = match action {
                    A::Adopt => Decision::Adopted,
                    A::Note => Decision::Noted,
                    _ => Decision::Rejected,
                };
                let decision = (entry.decision != Some(wanted)).then_some(wanted);
                self.say(match decision {
                    Some(d) => decision_text(lang, d),
                    None => t!(lang, "msg-decision-none"),
                });
                Change::new(
                    t!(lang, "msg-change-decision"),
                    vec![Event::RecommendationDecided { entry: entry.id, decision }],
                    vec![Event::RecommendationDecided { entry: entry.id, decision: entry.decision }],
                )
            }
            A::Up
            | A::Down
            | A::FilterKind
            | A::FilterItem
            | A::FilterGroup
            | A::Undo
            | A::Redo
            | A::ToggleProjector
            | A::SortByResult => return vec![],
        };
        self.record_change(change)
    }

    /// Says what was recorded, and what it replaced ("consensus (was: 3 for, 2 against,
    /// 1 abstaining)"): one key must not silently overwrite a count.
    fn say_support(&mut self, entry: &Entry, support: Option<Support>) {
        let lang = self.lang();
        let now = match support {
            Some(s) => support_text(lang, s),
            None => t!(lang, "msg-support-none"),
        };
        let text = match entry.support {
            Some(before) if Some(before) != support => {
                t!(lang, "msg-support-replaced", now = now, before = support_text(lang, before))
            }
            _ => now,
        };
        self.say(text);
    }

    /// A show of hands or a dot count typed for the recommendation under the cursor.
    pub(super) fn submit_support(
        &mut self,
        session: &Session,
        purpose: InputPurpose,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        let lang = self.lang();
        let Some(entry) = self.consolidated(session).cloned() else { return Ok(vec![]) };
        let support = if text.trim().is_empty() {
            None
        } else if purpose == InputPurpose::Hands {
            Some(parse_hands(text).ok_or_else(|| t!(lang, "msg-hands-how"))?)
        } else {
            let dots = text.trim().parse().map_err(|_| t!(lang, "msg-dots-how"))?;
            Some(Support::Dots { dots })
        };
        Ok(self.record_change(support_change(lang, &entry, support)))
    }
}

fn support_change(lang: Lang, entry: &Entry, support: Option<Support>) -> Change {
    Change::new(
        t!(lang, "msg-change-support"),
        vec![Event::SupportRecorded { entry: entry.id, support }],
        vec![Event::SupportRecorded { entry: entry.id, support: entry.support }],
    )
}

/// Every recommendation of the consolidated list, unfiltered.
fn list_all(session: &Session) -> impl Iterator<Item = &Entry> {
    session.recommendations().into_iter().filter_map(|i| session.entries.get(i).map(|e| &**e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_show_of_hands_is_typed_as_one_to_three_numbers() {
        assert_eq!(parse_hands("14 2 3"), Some(Support::Hands { yes: 14, against: 2, abstaining: 3 }));
        assert_eq!(parse_hands("14, 2, 0"), Some(Support::Hands { yes: 14, against: 2, abstaining: 0 }));
        assert_eq!(parse_hands("14/2/3"), Some(Support::Hands { yes: 14, against: 2, abstaining: 3 }));
        assert_eq!(parse_hands("14 2"), None, "all three counts are asked for");
        assert_eq!(parse_hands(" 9 "), None);
        assert_eq!(parse_hands("-3 2 1"), None, "no negative counts");
        assert_eq!(parse_hands("14 two 3"), None);
        assert_eq!(parse_hands("many"), None);
        assert_eq!(parse_hands("1 2 3 4"), None);
        assert_eq!(parse_hands(""), None);
    }
}
