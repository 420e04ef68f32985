//! Speakers' lists, as OpenSlides users know them: each item has its own list (a turn ends
//! when its item ends, and waiting speakers stay with their item unless the facilitator
//! carries them over), a list can be closed, and first-time speakers can go first.

use jiff::Timestamp;

use super::{App, Effect, InputPurpose, QueueAction};
use crate::capture::prefix::{lookup_attribution, resolve_attribution};
use crate::i18n::Lang;
use crate::session::{Event, Queued, Session, new_id};
use crate::t;

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
        let lang = self.lang();
        match action {
            QueueAction::Add => {
                if run.is_some_and(|r| r.speakers_closed) {
                    self.complain(t!(lang, "msg-list-closed", title = &title));
                } else {
                    self.ask(InputPurpose::QueueAdd, "");
                }
                vec![]
            }
            QueueAction::Remove | QueueAction::Move if list.is_empty() => {
                self.complain(t!(lang, "msg-list-empty", title = &title));
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
                    self.complain(t!(lang, "msg-nobody-has-floor"));
                    vec![]
                }
            }
            QueueAction::FloorNext => {
                let Some(current) = session.timer.current.clone() else {
                    self.complain(t!(lang, "msg-floor-needs-item"));
                    return vec![];
                };
                match list.first() {
                    Some(next) => vec![
                        Effect::Record(Event::SpeakerDequeued { id: next.id }),
                        Effect::Record(Event::FloorGiven { speaker: next.speaker.clone(), item: current }),
                    ],
                    None if crate::timing::open_turn(session).is_some() => {
                        self.say(t!(lang, "msg-nobody-else-waiting"));
                        vec![Effect::Record(Event::FloorEnded)]
                    }
                    None => {
                        self.complain(t!(lang, "msg-list-empty", title = &title));
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
                        t!(lang, "msg-list-now-closed", title = &title)
                    } else {
                        t!(lang, "msg-list-open-again", title = &title)
                    });
                } else {
                    first = !first;
                    self.say(if first {
                        t!(lang, "msg-first-timers-first")
                    } else {
                        t!(lang, "msg-order-of-asking")
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
            self.complain(t!(self.lang(), "msg-no-earlier-waiting"));
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
        self.say(t!(self.lang(), "msg-carried-over", n = waiting.len(), from = &source, to = title));
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
        let lang = self.lang();
        match purpose {
            InputPurpose::QueueRemove => {
                let n = one_number(lang, text, list.len())?;
                let q = list.get(n - 1).ok_or_else(|| out_of_range(lang, n, list.len()))?;
                Ok(vec![Effect::Record(Event::SpeakerDequeued { id: q.id })])
            }
            InputPurpose::QueueMove => {
                let numbers: Vec<usize> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
                let [from, to] = numbers.as_slice() else {
                    return Err(t!(lang, "msg-queue-move-usage", len = list.len()));
                };
                let q = from
                    .checked_sub(1)
                    .and_then(|i| list.get(i))
                    .ok_or_else(|| out_of_range(lang, *from, list.len()))?;
                if *to < 1 || *to > list.len() {
                    return Err(out_of_range(lang, *to, list.len()));
                }
                Ok(vec![Effect::Record(Event::SpeakerMoved { id: q.id, to: to - 1 })])
            }
            InputPurpose::QueueAdd => self.queue_someone(session, &item, text, list.len(), now),
            InputPurpose::Message
            | InputPurpose::EndsAt
            | InputPurpose::Search
            | InputPurpose::Attribute
            | InputPurpose::Hands
            | InputPurpose::Dots
            | InputPurpose::CheckedBy
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
        let lang = self.lang();
        let token = text.trim().replace(' ', "-");
        if token.is_empty() {
            return Err(t!(lang, "msg-queue-add-empty"));
        }
        // With @ the facilitator means someone on the roster or a group: never guess.
        let speaker = match token.strip_prefix('@') {
            Some(id) => lookup_attribution(id, &session.agenda)
                .ok_or_else(|| t!(lang, "msg-queue-unknown", id = id))?,
            None => {
                let who = resolve_attribution(&token, &session.agenda);
                if let Some(role) = &who.role {
                    self.say(t!(lang, "msg-queued-role", role = role, n = waiting + 1));
                }
                who
            }
        };
        if speaker.role.is_none() {
            self.say(t!(lang, "msg-queued", n = waiting + 1));
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

fn one_number(lang: Lang, text: &str, len: usize) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 && n <= len => Ok(n),
        Ok(n) => Err(out_of_range(lang, n, len)),
        Err(_) => Err(t!(lang, "msg-type-number", len = len)),
    }
}

fn out_of_range(lang: Lang, n: usize, len: usize) -> String {
    // The number as typed, however large: as text, never rounded like a float.
    let n = n.to_string();
    match len {
        1 => t!(lang, "msg-no-number-one-waiting", n = n),
        _ => t!(lang, "msg-no-number", n = n, len = len),
    }
}
