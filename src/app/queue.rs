//! Speakers' lists, as OpenSlides users know them: each item has its own list (a turn ends
//! when its item ends, and waiting speakers stay with their item unless the facilitator
//! carries them over), a list can be closed, and first-time speakers can go first.

use jiff::Timestamp;

use super::{App, Effect, InputPurpose, QueueAction};
use crate::capture::prefix::{lookup_attribution, resolve_attribution};
use crate::session::{Event, Queued, Session, new_id};

impl App {
    /// The item whose list the keys work on: the running one, else the selected one.
    fn list_item(&self, session: &Session) -> Option<String> {
        session.timer.current.clone().or_else(|| session.items.get(self.selected).map(|r| r.item.clone()))
    }

    pub(super) fn queue_action(
        &mut self,
        session: &Session,
        action: QueueAction,
        now: Timestamp,
    ) -> Vec<Effect> {
        let Some(item) = self.list_item(session) else { return vec![] };
        let run = session.item_index(&item).and_then(|i| session.items.get(i));
        let title = session.item_index(&item).map(|i| super::timer::title(session, i)).unwrap_or_default();
        let list = session.speakers_list(&item);
        match action {
            QueueAction::Add => {
                if run.is_some_and(|r| r.speakers_closed) {
                    self.complain(format!("The speakers' list of “{title}” is closed: L opens it again"));
                } else {
                    self.ask(InputPurpose::QueueAdd, "");
                }
                vec![]
            }
            QueueAction::Remove | QueueAction::Move if list.is_empty() => {
                self.complain(format!("Nobody is on the speakers' list of “{title}”: Q adds a speaker"));
                vec![]
            }
            QueueAction::Remove => {
                self.ask(InputPurpose::QueueRemove, "");
                vec![]
            }
            QueueAction::Move => {
                self.ask(InputPurpose::QueueMove, "");
                vec![]
            }
            QueueAction::FloorEnd => {
                if crate::timing::open_turn(session).is_some() {
                    vec![Effect::Record(Event::FloorEnded)]
                } else {
                    self.complain("Nobody has the floor");
                    vec![]
                }
            }
            QueueAction::FloorNext => {
                let Some(current) = session.timer.current.clone() else {
                    self.complain("Start an item first: turns are recorded against the running item");
                    return vec![];
                };
                match list.first() {
                    Some(next) => vec![
                        Effect::Record(Event::SpeakerDequeued { id: next.id }),
                        Effect::Record(Event::FloorGiven { speaker: next.speaker.clone(), item: current }),
                    ],
                    None if crate::timing::open_turn(session).is_some() => {
                        self.say("Nobody else is waiting: turn ended");
                        vec![Effect::Record(Event::FloorEnded)]
                    }
                    None => {
                        self.complain(format!(
                            "Nobody is on the speakers' list of “{title}”: Q adds a speaker"
                        ));
                        vec![]
                    }
                }
            }
            QueueAction::ToggleClosed | QueueAction::TogglePriority => {
                let Some(run) = run else { return vec![] };
                let (mut closed, mut first) = (run.speakers_closed, run.first_time_first);
                if action == QueueAction::ToggleClosed {
                    closed = !closed;
                    self.say(if closed {
                        format!("Speakers' list of “{title}” closed: nobody new can ask (L opens it)")
                    } else {
                        format!("Speakers' list of “{title}” open again")
                    });
                } else {
                    first = !first;
                    self.say(if first {
                        "First-time speakers on this item go first (P again: in order of asking)"
                    } else {
                        "Speakers go in order of asking"
                    });
                }
                vec![Effect::Record(Event::SpeakersList { item, closed, first_time_first: first })]
            }
            QueueAction::CarryOver => self.carry_over(session, &item, &title, now),
        }
    }

    /// Brings the waiting speakers of the nearest earlier item that has any onto `item`'s
    /// list, in their order.
    fn carry_over(&mut self, session: &Session, item: &str, title: &str, now: Timestamp) -> Vec<Effect> {
        let Some(here) = session.item_index(item) else { return vec![] };
        let from = (0..here)
            .rev()
            .filter_map(|i| session.items.get(i))
            .find(|r| !session.speakers_list(&r.item).is_empty());
        let Some(from) = from else {
            self.complain("No earlier item has anyone waiting to speak");
            return vec![];
        };
        let waiting: Vec<&Queued> = session.speakers_list(&from.item);
        let mut effects = Vec::new();
        for (n, q) in waiting.iter().enumerate() {
            effects.push(Effect::Record(Event::SpeakerDequeued { id: q.id }));
            let at = now.checked_add(jiff::SignedDuration::from_micros(n as i64)).unwrap_or(now);
            effects.push(Effect::Record(Event::SpeakerQueued {
                id: new_id(at),
                speaker: q.speaker.clone(),
                item: Some(item.to_string()),
            }));
        }
        let source =
            session.item_index(&from.item).map(|i| super::timer::title(session, i)).unwrap_or_default();
        self.say(format!("{} waiting speaker(s) carried over from “{source}” to “{title}”", waiting.len()));
        effects
    }

    pub(super) fn submit_queue_input(
        &mut self,
        session: &Session,
        purpose: InputPurpose,
        text: &str,
        now: Timestamp,
    ) -> Result<Vec<Effect>, String> {
        let Some(item) = self.list_item(session) else { return Ok(vec![]) };
        let list = session.speakers_list(&item);
        match purpose {
            InputPurpose::QueueRemove => {
                let n = one_number(text, list.len())?;
                let q = list.get(n - 1).ok_or_else(|| out_of_range(n, list.len()))?;
                Ok(vec![Effect::Record(Event::SpeakerDequeued { id: q.id })])
            }
            InputPurpose::QueueMove => {
                let numbers: Vec<usize> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
                let [from, to] = numbers.as_slice() else {
                    return Err(format!(
                        "Type two numbers from 1 to {}: who, and where to (3 1 moves the third to the front)",
                        list.len()
                    ));
                };
                let q = from
                    .checked_sub(1)
                    .and_then(|i| list.get(i))
                    .ok_or_else(|| out_of_range(*from, list.len()))?;
                if *to < 1 || *to > list.len() {
                    return Err(out_of_range(*to, list.len()));
                }
                Ok(vec![Effect::Record(Event::SpeakerMoved { id: q.id, to: to - 1 })])
            }
            InputPurpose::QueueAdd => self.queue_someone(session, &item, text, list.len(), now),
            InputPurpose::Message
            | InputPurpose::EndsAt
            | InputPurpose::Search
            | InputPurpose::Attribute
            | InputPurpose::Groups
            | InputPurpose::Slot => Ok(vec![]),
        }
    }

    fn queue_someone(
        &mut self,
        session: &Session,
        item: &str,
        text: &str,
        waiting: usize,
        now: Timestamp,
    ) -> Result<Vec<Effect>, String> {
        let token = text.trim().replace(' ', "-");
        if token.is_empty() {
            return Err("Type who asks for the floor: @id or @group (Tab completes), or a role".into());
        }
        // With @ the facilitator means someone on the roster or a group: never guess.
        let speaker = match token.strip_prefix('@') {
            Some(id) => lookup_attribution(id, &session.agenda).ok_or_else(|| {
                format!(
                    "Nobody on the roster and no group is called “@{id}”: Tab completes ids and groups; without @ it is listed as a role"
                )
            })?,
            None => {
                let who = resolve_attribution(&token, &session.agenda);
                if let Some(role) = &who.role {
                    self.say(format!(
                        "Listed as the role “{role}” (not on the roster) as number {}",
                        waiting + 1
                    ));
                }
                who
            }
        };
        if speaker.role.is_none() {
            self.say(format!("On the list as number {}", waiting + 1));
        }
        let mut speaker = speaker;
        speaker.not_for_attribution = session.agenda.event.chatham_house;
        Ok(vec![Effect::Record(Event::SpeakerQueued {
            id: new_id(now),
            speaker,
            item: Some(item.to_string()),
        })])
    }
}

fn one_number(text: &str, len: usize) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 && n <= len => Ok(n),
        Ok(n) => Err(out_of_range(n, len)),
        Err(_) => Err(format!("Type a number from 1 to {len}")),
    }
}

fn out_of_range(n: usize, len: usize) -> String {
    match len {
        1 => format!("There is no number {n}: one speaker is waiting (type 1)"),
        _ => format!("There is no number {n}: {len} speakers are waiting (type 1 to {len})"),
    }
}
