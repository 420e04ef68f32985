//! The recommendations as the room consolidates them: one list of the session's
//! recommendations and follow-ups, in an order the facilitator sets; several combined
//! into one new wording, one split in two, the room's support, the plenary's decision,
//! and a presenter's check of a point. How those records fold into the state, and the
//! list and lineage derived from it.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use uuid::Uuid;

use super::event::{Attribution, Decision, EntryKind, Event, Record, Support};
use super::state::{Checked, Entry, Session};

/// The kinds the consolidation gathers: what the plenary may adopt.
pub fn is_recommendation(kind: EntryKind) -> bool {
    matches!(
        kind,
        EntryKind::RecommendationParticipants | EntryKind::RecommendationPresenters | EntryKind::FollowUp
    )
}

impl Session {
    /// Indexes into `entries` of the consolidated list: live recommendations and
    /// follow-ups, those placed by the facilitator first in their order, then the others
    /// in capture order. Its positions (from 1) are the numbers the room sees.
    pub fn recommendations(&self) -> Vec<usize> {
        let wanted = |e: &Entry| !e.deleted && is_recommendation(e.kind);
        let mut out = Vec::new();
        let mut placed = HashSet::new();
        for id in &self.consolidation.order {
            if let Some(i) = self.entry_index(*id)
                && self.entries.get(i).is_some_and(|e| wanted(e))
                && placed.insert(*id)
            {
                out.push(i);
            }
        }
        out.extend(
            self.entries
                .iter()
                .enumerate()
                .filter(|(_, e)| wanted(e) && !placed.contains(&e.id))
                .map(|(i, _)| i),
        );
        out
    }

    /// The consolidated list's ids in order.
    pub fn recommendation_ids(&self) -> Vec<Uuid> {
        self.recommendations().into_iter().filter_map(|i| self.entries.get(i).map(|e| e.id)).collect()
    }

    /// Every entry a recommendation came from, oldest link first: the points combined
    /// into it, the one it was split from, and theirs in turn. Their texts and histories
    /// are the recommendation's lineage: what was typed and how it became this wording.
    pub fn lineage(&self, id: Uuid) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = Vec::new();
        let mut seen = HashSet::from([id]);
        let mut todo = vec![id];
        while let Some(next) = todo.pop() {
            let Some(e) = self.entry(next) else { continue };
            let sources = e.merged_from.iter().chain(e.split_from.iter());
            for s in sources {
                if seen.insert(*s)
                    && let Some(src) = self.entry(*s)
                {
                    out.push(src);
                    todo.push(*s);
                }
            }
        }
        out.sort_by_key(|e| e.created_at);
        out
    }

    /// Folds a consolidation record; false when it refers to nothing known.
    pub(super) fn apply_consolidation(&mut self, r: &Record) -> bool {
        let at = r.at;
        match &r.event {
            Event::RecommendationsCombined { entry, from, text } => self.combine(*entry, from, text, r),
            Event::RecommendationSplit { entry, new, keep, text } => self.split(*entry, *new, keep, text, r),
            Event::RecommendationMoved { entry, after } => {
                let mut order = self.recommendation_ids();
                let Some(from) = order.iter().position(|id| id == entry) else { return false };
                order.remove(from);
                let to = match after {
                    None => 0,
                    Some(a) => match order.iter().position(|id| id == a) {
                        Some(p) => p + 1,
                        None => return false,
                    },
                };
                order.insert(to, *entry);
                self.consolidation.order = order;
                self.spotlight(*entry);
                true
            }
            Event::RecommendationsOrdered { order } => {
                let rank: HashMap<Uuid, usize> = order.iter().enumerate().map(|(i, id)| (*id, i)).collect();
                let mut now = self.recommendation_ids();
                // Stable: those not named keep their places after the named ones.
                now.sort_by_key(|id| rank.get(id).copied().unwrap_or(usize::MAX));
                self.consolidation.order = now;
                true
            }
            Event::SupportRecorded { entry, support } => {
                let support: Option<Support> = *support;
                self.spotlight(*entry);
                self.touch(*entry, at, |e| e.support = support)
            }
            Event::RecommendationDecided { entry, decision } => {
                let decision: Option<Decision> = *decision;
                self.spotlight(*entry);
                self.touch(*entry, at, |e| e.decision = decision)
            }
            Event::EntryChecked { entry, by } => {
                let checked = by.clone().map(|by| Checked { by, at });
                self.touch(*entry, at, |e| e.checked = checked)
            }
            Event::RecommendationsShown { on, entry } => {
                self.consolidation.shown = *on;
                if entry.is_some() {
                    self.consolidation.spotlight = *entry;
                }
                true
            }
            _ => false,
        }
    }

    /// The room looks at what just changed, while the list is on the projector.
    pub(super) fn spotlight(&mut self, id: Uuid) {
        if self.consolidation.shown {
            self.consolidation.spotlight = Some(id);
        }
    }

    fn combine(&mut self, id: Uuid, from: &[Uuid], text: &str, r: &Record) -> bool {
        let sources: Vec<Arc<Entry>> = from
            .iter()
            .filter_map(|s| self.entry_index(*s).and_then(|i| self.entries.get(i)).cloned())
            .collect();
        if sources.len() != from.len() || from.contains(&id) {
            return false;
        }
        let Some(first) = sources.first() else { return false };
        let order = self.recommendation_ids();
        let place = order.iter().position(|o| from.contains(o));
        if self.entry_index(id).is_some() {
            // Brought back (redo): the same entry, its sources retired again.
            self.revise(id, r, |e| e.text = text.to_string());
            self.touch(id, r.at, |e| {
                e.deleted = false;
                e.merged_from = from.to_vec();
            });
        } else {
            // One group's recommendations stay that group's; from several, the plenary's.
            let group = first.group.clone().filter(|g| sources.iter().all(|s| s.group.as_ref() == Some(g)));
            let mut entry = self.derived(first, id, text, r);
            // No author of its own (its sources count), and their rule: one source not
            // for attribution makes the whole not for attribution.
            entry.attribution = Attribution {
                not_for_attribution: sources.iter().any(|s| s.attribution.not_for_attribution),
                ..Attribution::default()
            };
            entry.group = group;
            entry.mark = Default::default();
            entry.merged_from = from.to_vec();
            self.insert_entry(r.at, entry);
        }
        for s in from {
            self.touch(*s, r.at, |e| {
                e.deleted = true;
                e.merged_into = Some(id);
            });
        }
        // It takes the place of the first of its sources in the list.
        let mut order: Vec<Uuid> = order.into_iter().filter(|o| !from.contains(o) && *o != id).collect();
        order.insert(place.unwrap_or(order.len()).min(order.len()), id);
        self.consolidation.order = order;
        self.spotlight(id);
        true
    }

    /// A new entry `id` worded `text`, made by `r` from `source`: its kind, item, section,
    /// group and attribution; nothing of its history, links, support or decision.
    fn derived(&mut self, source: &Entry, id: Uuid, text: &str, r: &Record) -> Entry {
        let device = self.index.name(&r.device);
        Entry {
            attribution: source.attribution.clone(),
            item: source.item.clone(),
            section: source.section.clone(),
            group: source.group.clone(),
            mark: source.mark,
            ..Entry::fresh(id, source.kind, text.to_string(), device, r.at)
        }
    }

    fn split(&mut self, id: Uuid, new: Uuid, keep: &str, text: &str, r: &Record) -> bool {
        let Some(source) = self.entry_index(id).and_then(|i| self.entries.get(i)).cloned() else {
            return false;
        };
        if new == id {
            return false;
        }
        let order = self.recommendation_ids();
        if keep != source.text {
            self.revise(id, r, |e| e.text = keep.to_string());
        }
        if self.entry_index(new).is_some() {
            self.revise(new, r, |e| e.text = text.to_string());
            self.touch(new, r.at, |e| e.deleted = false);
        } else {
            let mut entry = self.derived(&source, new, text, r);
            entry.split_from = Some(id);
            self.insert_entry(r.at, entry);
        }
        // The second part follows the first.
        let mut order: Vec<Uuid> = order.into_iter().filter(|o| *o != new).collect();
        let at = order.iter().position(|o| *o == id).map_or(order.len(), |p| p + 1);
        order.insert(at, new);
        self.consolidation.order = order;
        self.spotlight(new);
        true
    }
}

/// The consolidated list sorted by the room's response, most support first: adopted,
/// then noted, undecided, rejected; within each, consensus, then by show of hands (for
/// less against), then by dots; no consensus last. Stable: ties keep their order.
pub fn by_result(session: &Session) -> Vec<Uuid> {
    let mut list: Vec<&Entry> = session
        .recommendations()
        .into_iter()
        .filter_map(|i| session.entries.get(i).map(Arc::as_ref))
        .collect();
    list.sort_by_key(|e| {
        let decided = match e.decision {
            Some(Decision::Adopted) => 0,
            Some(Decision::Noted) => 1,
            None => 2,
            Some(Decision::Rejected) => 3,
        };
        let support: (u8, i64) = match e.support {
            Some(Support::Consensus) => (0, 0),
            Some(Support::Hands { yes, against, .. }) => (1, -(i64::from(yes) - i64::from(against))),
            Some(Support::Dots { dots }) => (2, -i64::from(dots)),
            None => (3, 0),
            Some(Support::NoConsensus) => (4, 0),
        };
        (decided, support)
    });
    list.into_iter().map(|e| e.id).collect()
}

#[cfg(test)]
mod tests {
    use super::super::Applied;
    use super::super::testkit::{Scribe, roundtable, roundtable_morning};
    use super::*;

    fn started() -> (Scribe, Session) {
        let mut s = Scribe::new("laptop-a", roundtable_morning());
        let session = Session::start(&s.start(&roundtable())).unwrap_or_else(|| panic!("no session"));
        (s, session)
    }

    fn recs(s: &mut Scribe, session: &mut Session, texts: &[&str]) -> Vec<Uuid> {
        texts
            .iter()
            .map(|t| {
                s.advance(30);
                let (id, r) = s.capture(EntryKind::RecommendationParticipants, t, Some("d2-conclusions"));
                session.apply(&r);
                id
            })
            .collect()
    }

    fn texts(session: &Session) -> Vec<&str> {
        session.recommendations().iter().map(|&i| session.entries[i].text.as_str()).collect()
    }

    #[test]
    fn only_live_recommendations_and_follow_up_are_listed_in_capture_order() {
        let (mut s, mut session) = started();
        let [a, _b] = recs(&mut s, &mut session, &["Train police", "Fund NGOs"])[..] else { unreachable!() };
        let (_, r) = s.capture(EntryKind::DiscussionPoint, "Said in passing", Some("d2-conclusions"));
        session.apply(&r);
        let (_, r) = s.capture(EntryKind::FollowUp, "A seminar in Khujand", Some("d2-conclusions"));
        session.apply(&r);
        assert_eq!(texts(&session), ["Train police", "Fund NGOs", "A seminar in Khujand"]);
        session.apply(&s.record(Event::EntryDeleted { entry: a }));
        assert_eq!(texts(&session), ["Fund NGOs", "A seminar in Khujand"]);
    }

    #[test]
    fn a_combination_takes_the_first_sources_place_and_keeps_every_source() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["A", "Train police on rights", "C", "Police training"]);
        let new = Uuid::from_u128(7);
        s.advance(60);
        let r = s.record(Event::RecommendationsCombined {
            entry: new,
            from: vec![ids[1], ids[3]],
            text: "Train the police in human rights".into(),
        });
        assert_eq!(session.apply(&r), Applied::Changed);
        assert_eq!(texts(&session), ["A", "Train the police in human rights", "C"]);
        let lineage: Vec<&str> = session.lineage(new).iter().map(|e| e.text.as_str()).collect();
        assert_eq!(lineage, ["Train police on rights", "Police training"]);
        assert_eq!(session.entry(ids[1]).and_then(|e| e.merged_into), Some(new));

        // Undone as the app undoes it, then redone by the same record.
        session.apply(&s.record(Event::EntryDeleted { entry: new }));
        session.apply(&s.record(Event::EntryRestored { entry: ids[1] }));
        session.apply(&s.record(Event::EntryRestored { entry: ids[3] }));
        assert_eq!(texts(&session), ["A", "C", "Train police on rights", "Police training"]);
        session.apply(&s.record(Event::RecommendationsCombined {
            entry: new,
            from: vec![ids[1], ids[3]],
            text: "Train the police in human rights".into(),
        }));
        assert_eq!(texts(&session), ["A", "C", "Train the police in human rights"]);
        assert_eq!(session.lineage(new).len(), 2);
    }

    #[test]
    fn a_split_follows_its_source_and_knows_where_it_came_from() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["Train police and fund NGOs", "Other"]);
        let new = Uuid::from_u128(9);
        session.apply(&s.record(Event::RecommendationSplit {
            entry: ids[0],
            new,
            keep: "Train police".into(),
            text: "Fund NGOs".into(),
        }));
        assert_eq!(texts(&session), ["Train police", "Fund NGOs", "Other"]);
        assert_eq!(session.entry(new).and_then(|e| e.split_from), Some(ids[0]));
        assert_eq!(
            session.entry(ids[0]).map(|e| e.history[0].text.as_str()),
            Some("Train police and fund NGOs")
        );
        let lineage: Vec<Uuid> = session.lineage(new).iter().map(|e| e.id).collect();
        assert_eq!(lineage, [ids[0]]);
    }

    #[test]
    fn moves_orders_support_and_decisions() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["A", "B", "C"]);
        session.apply(&s.record(Event::RecommendationMoved { entry: ids[2], after: None }));
        assert_eq!(texts(&session), ["C", "A", "B"]);
        session.apply(&s.record(Event::RecommendationMoved { entry: ids[2], after: Some(ids[0]) }));
        assert_eq!(texts(&session), ["A", "C", "B"]);
        let unknown = Uuid::from_u128(1);
        assert_eq!(
            session.apply(&s.record(Event::RecommendationMoved { entry: ids[2], after: Some(unknown) })),
            Applied::Ignored
        );

        let hands = Support::Hands { yes: 14, against: 2, abstaining: 3 };
        session.apply(&s.record(Event::SupportRecorded { entry: ids[1], support: Some(hands) }));
        session.apply(&s.record(Event::SupportRecorded { entry: ids[2], support: Some(Support::Consensus) }));
        session.apply(
            &s.record(Event::RecommendationDecided { entry: ids[0], decision: Some(Decision::Rejected) }),
        );
        session.apply(
            &s.record(Event::RecommendationDecided { entry: ids[2], decision: Some(Decision::Adopted) }),
        );
        session.apply(
            &s.record(Event::RecommendationDecided { entry: ids[1], decision: Some(Decision::Adopted) }),
        );
        let sorted = by_result(&session);
        session.apply(&s.record(Event::RecommendationsOrdered { order: sorted }));
        assert_eq!(texts(&session), ["C", "B", "A"], "consensus, then hands, rejected last");
        assert_eq!(session.entry(ids[1]).and_then(|e| e.support), Some(hands));
    }

    #[test]
    fn the_projector_spotlight_follows_what_changes_while_the_list_is_shown() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["A", "B"]);
        session.apply(&s.record(Event::SupportRecorded { entry: ids[0], support: Some(Support::Consensus) }));
        assert_eq!(session.consolidation.spotlight, None, "not shown: nothing to look at");
        session.apply(&s.record(Event::RecommendationsShown { on: true, entry: Some(ids[0]) }));
        session.apply(
            &s.record(Event::SupportRecorded { entry: ids[1], support: Some(Support::Dots { dots: 7 }) }),
        );
        assert!(session.consolidation.shown);
        assert_eq!(session.consolidation.spotlight, Some(ids[1]));
        session.apply(&s.record(Event::RecommendationsShown { on: false, entry: None }));
        assert!(!session.consolidation.shown);
    }

    #[test]
    fn a_check_records_who_and_when_and_can_be_taken_back() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["A"]);
        let by = Attribution { participant: Some("presenter-1".into()), ..Attribution::default() };
        s.advance(5);
        session.apply(&s.record(Event::EntryChecked { entry: ids[0], by: Some(by.clone()) }));
        let checked = session.entry(ids[0]).and_then(|e| e.checked.clone());
        assert_eq!(checked.map(|c| (c.by, c.at)), Some((by, s.now)));
        session.apply(&s.record(Event::EntryChecked { entry: ids[0], by: None }));
        assert_eq!(session.entry(ids[0]).and_then(|e| e.checked.clone()), None);
    }

    #[test]
    fn consolidation_round_trips_through_the_minutes_json() {
        let (mut s, mut session) = started();
        let ids = recs(&mut s, &mut session, &["A", "B"]);
        session.apply(&s.record(Event::RecommendationMoved { entry: ids[1], after: None }));
        session.apply(&s.record(Event::SupportRecorded {
            entry: ids[0],
            support: Some(Support::Hands { yes: 3, against: 1, abstaining: 0 }),
        }));
        let json = serde_json::to_string(&session).unwrap_or_default();
        assert!(json.contains(r#""support":{"by":"hands","for":3,"against":1,"abstaining":0}"#), "{json}");
        let mut back: Session = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        back.reindex();
        assert_eq!(texts(&back), ["B", "A"]);
    }
}
