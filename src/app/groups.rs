//! Working groups from the run screen: forming them (from the roster, reproducibly,
//! organisers left out, rooms kept), moving someone, reusing an earlier round's groups,
//! and the report-back sequence with slots of a set length.

use jiff::Timestamp;

use super::{App, Effect, GroupsAction, InputPurpose};
use crate::agenda::groups::form;
use crate::agenda::{ItemKind, PersonRef, WorkingGroup};
use crate::session::{Event, Session};
use crate::t;
use crate::timing::{groups_item, groups_of, slot_ms};

impl App {
    /// The working-groups item the keys act on: the running one, else the selected one.
    fn working_item(&self, session: &Session) -> Option<usize> {
        session
            .current_index()
            .and_then(|i| groups_item(session, i))
            .or_else(|| groups_item(session, self.selected))
    }

    pub(super) fn groups_action(
        &mut self,
        session: &Session,
        action: GroupsAction,
        _now: Timestamp,
    ) -> Vec<Effect> {
        match action {
            GroupsAction::ToggleView => {
                self.agenda_over_groups = !self.agenda_over_groups;
                vec![]
            }
            GroupsAction::Form => {
                match self.working_item(session) {
                    Some(_) => self.ask(InputPurpose::Groups, ""),
                    None => self.complain(t!(self.lang(), "msg-groups-select-first")),
                }
                vec![]
            }
            GroupsAction::NextReportBack => self.next_report_back(session),
            GroupsAction::SetSlot => {
                match self.report_back_item(session) {
                    Ok(_) => self.ask(InputPurpose::Slot, ""),
                    Err(problem) => self.complain(problem),
                }
                vec![]
            }
        }
    }

    /// The running report-back item and its working-groups item.
    fn report_back_item(&self, session: &Session) -> Result<(usize, usize), String> {
        let lang = self.lang();
        let current = session.current_index().ok_or_else(|| t!(lang, "msg-report-back-start-first"))?;
        if session.agenda_item(current).map(|i| i.kind) != Some(ItemKind::ReportBack) {
            return Err(t!(lang, "msg-report-back-not-running"));
        }
        let wg = groups_item(session, current).ok_or_else(|| t!(lang, "msg-report-back-no-groups-item"))?;
        Ok((current, wg))
    }

    fn next_report_back(&mut self, session: &Session) -> Vec<Effect> {
        let (current, wg) = match self.report_back_item(session) {
            Ok(x) => x,
            Err(problem) => {
                self.complain(problem);
                return vec![];
            }
        };
        let groups = groups_of(session, wg);
        let Some(item) = session.items.get(wg).map(|r| r.item.clone()) else { return vec![] };
        let open = groups.iter().find(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_none()));
        let next = groups.iter().find(|g| g.report_back.is_none());
        let mut effects = Vec::new();
        if let Some(o) = open {
            effects.push(Effect::Record(Event::ReportBackEnded {
                item: item.clone(),
                group: o.group.name.clone(),
            }));
        }
        match next {
            Some(n) => {
                let minutes = slot_ms(session, current, groups.len()) / 60_000;
                self.say(t!(self.lang(), "msg-reports-back-now", group = &n.group.name, minutes = minutes));
                effects.push(Effect::Record(Event::ReportBackStarted { item, group: n.group.name.clone() }));
            }
            None if open.is_some() => self.say(t!(self.lang(), "msg-all-reported-plenary")),
            None if groups.is_empty() => self.complain(t!(self.lang(), "msg-no-groups-formed")),
            None => self.complain(t!(self.lang(), "msg-all-reported")),
        }
        effects
    }

    pub(super) fn submit_groups_input(
        &mut self,
        session: &Session,
        purpose: InputPurpose,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        match purpose {
            InputPurpose::Slot => self.submit_slot(session, text),
            InputPurpose::Groups => self.submit_groups(session, text),
            InputPurpose::Message
            | InputPurpose::EndsAt
            | InputPurpose::Search
            | InputPurpose::Attribute
            | InputPurpose::Hands
            | InputPurpose::Dots
            | InputPurpose::CheckedBy
            | InputPurpose::QueueAdd
            | InputPurpose::QueueRemove
            | InputPurpose::QueueMove => Ok(vec![]),
        }
    }

    fn submit_slot(&mut self, session: &Session, text: &str) -> Result<Vec<Effect>, String> {
        let lang = self.lang();
        let (current, wg) = self.report_back_item(session)?;
        let Some(run) = session.items.get(current) else { return Ok(vec![]) };
        let groups = groups_of(session, wg).len().max(1);
        let minutes = match text.trim() {
            "" | "-" => None,
            t => match t.parse::<u32>() {
                Ok(m) if m >= 1 => Some(m),
                _ => return Err(t!(lang, "msg-slot-usage")),
            },
        };
        let item_minutes = run.allotted_seconds() / 60;
        let text = match minutes {
            Some(m) if i64::from(m) * groups as i64 > item_minutes => t!(
                lang,
                "msg-slot-too-long",
                minutes = m,
                groups = groups,
                total = i64::from(m) * groups as i64,
                item = item_minutes
            ),
            Some(m) => {
                t!(lang, "msg-slot-set", minutes = m, left = item_minutes - i64::from(m) * groups as i64)
            }
            None => t!(lang, "msg-slot-equal"),
        };
        self.say(text);
        Ok(vec![Effect::Record(Event::ReportBackSlot { item: run.item.clone(), minutes })])
    }

    fn submit_groups(&mut self, session: &Session, text: &str) -> Result<Vec<Effect>, String> {
        let lang = self.lang();
        let Some(wg) = self.working_item(session) else { return Ok(vec![]) };
        let Some(item) = session.items.get(wg).map(|r| r.item.clone()) else { return Ok(vec![]) };
        let current: Vec<WorkingGroup> = groups_of(session, wg).iter().map(|g| g.group.clone()).collect();
        let words: Vec<&str> = text.split_whitespace().collect();
        let names = || current.iter().map(|g| short_name(&g.name)).collect::<Vec<_>>().join(", ");
        // "@mia-1 B": move someone to group B.
        if let Some(id) = words.first().and_then(|w| w.strip_prefix('@')) {
            let [_, to] = words.as_slice() else {
                return Err(t!(lang, "msg-move-member-usage"));
            };
            if session.agenda.participant(id).is_none() {
                return Err(t!(lang, "msg-not-on-roster", id = id));
            }
            let target = current.iter().position(|g| {
                g.name.eq_ignore_ascii_case(to) || short_name(&g.name).eq_ignore_ascii_case(to)
            });
            let Some(target) = target else {
                return Err(if current.is_empty() {
                    t!(lang, "msg-no-groups-yet")
                } else {
                    t!(lang, "msg-no-such-group", group = *to, groups = names())
                });
            };
            let groups = move_member(current.clone(), id, target);
            let name = groups.get(target).map(|g| g.name.clone()).unwrap_or_default();
            self.say(t!(lang, "msg-member-moved", id = id, group = name));
            return Ok(vec![Effect::Record(Event::GroupsFormed { item, groups })]);
        }
        // "same": the groups of the round before.
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("same")) {
            let earlier = (0..wg)
                .rev()
                .find(|&i| {
                    session.agenda_item(i).is_some_and(|it| it.kind == ItemKind::WorkingGroups)
                        && !groups_of(session, i).is_empty()
                })
                .ok_or_else(|| t!(lang, "msg-no-earlier-groups"))?;
            let groups =
                keep_rooms(groups_of(session, earlier).iter().map(|g| g.group.clone()).collect(), &current);
            self.say(t!(
                lang,
                "msg-groups-again",
                n = groups.len(),
                title = super::timer::title(session, earlier)
            ));
            return Ok(vec![Effect::Record(Event::GroupsFormed { item, groups })]);
        }
        // "3 42": three groups from the roster, seed 42.
        let people = session.agenda.participants.iter().filter(|p| !p.organiser).count();
        let usage = || t!(lang, "msg-groups-usage", people = people);
        let numbers: Vec<u64> =
            words.iter().map(|w| w.parse().map_err(|_| usage())).collect::<Result<_, _>>()?;
        let [n, rest @ ..] = numbers.as_slice() else { return Err(usage()) };
        if *n == 0 {
            return Err(t!(lang, "msg-groups-at-least-one", usage = usage()));
        }
        if *n as usize > people {
            return Err(t!(lang, "msg-groups-too-many", n = n.to_string(), people = people, usage = usage()));
        }
        let seed = rest.first().copied().unwrap_or(1);
        let groups = keep_rooms(form(&session.agenda, *n as usize, seed), &current);
        self.say(t!(lang, "msg-groups-formed", n = *n, seed = seed.to_string()));
        Ok(vec![Effect::Record(Event::GroupsFormed { item, groups })])
    }
}

/// "Group B" -> "B".
fn short_name(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Moves `id` into group `target`; a group whose rapporteur leaves takes its first
/// remaining member as rapporteur.
fn move_member(mut groups: Vec<WorkingGroup>, id: &str, target: usize) -> Vec<WorkingGroup> {
    for (i, g) in groups.iter_mut().enumerate() {
        if i == target {
            continue;
        }
        g.members.retain(|m| m != id);
        if g.rapporteur.as_ref().and_then(|r| r.roster_id()) == Some(id) {
            g.rapporteur = g.members.first().cloned().map(PersonRef::Id);
        }
    }
    if let Some(g) = groups.get_mut(target)
        && !g.members.iter().any(|m| m == id)
    {
        g.members.push(id.to_string());
        if g.rapporteur.is_none() {
            g.rapporteur = Some(PersonRef::Id(id.to_string()));
        }
    }
    groups
}

/// New groups take the rooms the groups had before, in order.
fn keep_rooms(mut groups: Vec<WorkingGroup>, before: &[WorkingGroup]) -> Vec<WorkingGroup> {
    for (g, old) in groups.iter_mut().zip(before) {
        if old.room.is_some() {
            g.room.clone_from(&old.room);
        }
    }
    groups
}
