//! Working groups from the run screen: forming them (from the roster, reproducibly), moving
//! someone to another group before the start, and the report-back sequence.

use jiff::Timestamp;

use super::{Action, App, Effect, Input, InputPurpose};
use crate::agenda::groups::form;
use crate::agenda::{ItemKind, WorkingGroup};
use crate::session::{Event, Session};
use crate::timing::{groups_item, groups_of};

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
        action: Action,
        _now: Timestamp,
    ) -> Vec<Effect> {
        match action {
            Action::ToggleGroups => self.agenda_over_groups = !self.agenda_over_groups,
            Action::FormGroups => match self.working_item(session) {
                Some(_) => self.input = Some(Input { purpose: InputPurpose::Groups, text: String::new() }),
                None => self.complain("Select or run a working-groups item first"),
            },
            Action::NextReportBack => return self.next_report_back(session),
            _ => {}
        }
        vec![]
    }

    fn next_report_back(&mut self, session: &Session) -> Vec<Effect> {
        let Some(current) = session.current_index() else {
            self.complain("Start the report-back item first");
            return vec![];
        };
        if session.agenda_item(current).map(|i| i.kind) != Some(ItemKind::ReportBack) {
            self.complain("The report-back sequence runs during a report-back item");
            return vec![];
        }
        let Some(wg) = groups_item(session, current) else {
            self.complain("No working-groups item before this report-back");
            return vec![];
        };
        let groups = groups_of(session, wg);
        let item = session.items[wg].item.clone();
        let open = groups.iter().position(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_none()));
        let next = groups.iter().position(|g| g.report_back.is_none());
        let mut effects = Vec::new();
        if let Some(o) = open {
            effects.push(Effect::Record(Event::ReportBackEnded {
                item: item.clone(),
                group: groups[o].group.name.clone(),
            }));
        }
        match next {
            Some(n) => {
                self.say(format!("{} reports back now", groups[n].group.name));
                effects.push(Effect::Record(Event::ReportBackStarted {
                    item,
                    group: groups[n].group.name.clone(),
                }));
            }
            None if open.is_some() => self.say("Every group has reported back"),
            None => self.complain("Every group has reported back already"),
        }
        effects
    }

    pub(super) fn submit_groups_input(&mut self, session: &Session, input: Input) -> Vec<Effect> {
        let Some(wg) = self.working_item(session) else { return vec![] };
        let item = session.items[wg].item.clone();
        let words: Vec<&str> = input.text.split_whitespace().collect();
        // "@mia-1 B": move someone to group B.
        if let [who, to] = words.as_slice()
            && let Some(id) = who.strip_prefix('@')
        {
            let mut groups: Vec<WorkingGroup> =
                groups_of(session, wg).iter().map(|g| g.group.clone()).collect();
            let target = groups.iter().position(|g| {
                g.name.eq_ignore_ascii_case(to)
                    || g.name.rsplit(' ').next().is_some_and(|l| l.eq_ignore_ascii_case(to))
            });
            let (Some(target), true) = (target, session.agenda.participant(id).is_some()) else {
                self.complain(format!("No participant \"{id}\" or no group \"{to}\""));
                self.input = Some(input);
                return vec![];
            };
            for g in &mut groups {
                g.members.retain(|m| m != id);
            }
            groups[target].members.push(id.to_string());
            self.say(format!("{id} moved to {}", groups[target].name));
            return vec![Effect::Record(Event::GroupsFormed { item, groups })];
        }
        // "3 42": three groups from the roster, seed 42.
        let numbers: Vec<u64> = words.iter().filter_map(|w| w.parse().ok()).collect();
        let people = session.agenda.participants.len();
        match numbers.as_slice() {
            [n, rest @ ..] if *n >= 1 && (*n as usize) <= people => {
                let seed = rest.first().copied().unwrap_or(1);
                let groups = form(&session.agenda, *n as usize, seed);
                self.say(format!(
                    "{n} groups formed (seed {seed}): G again to change, @id X to move someone"
                ));
                vec![Effect::Record(Event::GroupsFormed { item, groups })]
            }
            _ => {
                self.complain(format!(
                    "Type a number of groups from 1 to {people} (and a seed), or @id and a group"
                ));
                self.input = Some(input);
                vec![]
            }
        }
    }
}
