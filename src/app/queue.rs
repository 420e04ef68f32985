//! The speakers' queue: who asked for the floor, in order, and giving the floor.

use jiff::Timestamp;

use super::{Action, App, Effect, Input, InputPurpose};
use crate::capture::prefix::resolve_attribution;
use crate::session::{Event, Session, new_id};

impl App {
    pub(super) fn queue_action(&mut self, session: &Session, action: Action) -> Vec<Effect> {
        let ask = |purpose| Some(Input { purpose, text: String::new() });
        match action {
            Action::QueueAdd => self.input = ask(InputPurpose::QueueAdd),
            Action::QueueRemove | Action::QueueMove if session.queue.is_empty() => {
                self.complain("The queue is empty: Q adds a speaker");
            }
            Action::QueueRemove => self.input = ask(InputPurpose::QueueRemove),
            Action::QueueMove => self.input = ask(InputPurpose::QueueMove),
            Action::FloorEnd => {
                return if crate::timing::open_turn(session).is_some() {
                    vec![Effect::Record(Event::FloorEnded)]
                } else {
                    self.complain("Nobody has the floor");
                    vec![]
                };
            }
            Action::FloorNext => {
                let Some(item) = session.timer.current.clone() else {
                    self.complain("Start an item first: turns are recorded against the running item");
                    return vec![];
                };
                return match session.queue.first() {
                    Some(next) => vec![
                        Effect::Record(Event::SpeakerDequeued { id: next.id }),
                        Effect::Record(Event::FloorGiven { speaker: next.speaker.clone(), item }),
                    ],
                    None if crate::timing::open_turn(session).is_some() => {
                        self.say("Nobody else is waiting: turn ended");
                        vec![Effect::Record(Event::FloorEnded)]
                    }
                    None => {
                        self.complain("The queue is empty: Q adds a speaker");
                        vec![]
                    }
                };
            }
            _ => {}
        }
        vec![]
    }

    pub(super) fn submit_queue_input(
        &mut self,
        session: &Session,
        input: Input,
        now: Timestamp,
    ) -> Vec<Effect> {
        let text = input.text.trim();
        let numbers: Vec<usize> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
        let at = |n: usize| n.checked_sub(1).and_then(|i| session.queue.get(i));
        match input.purpose {
            InputPurpose::QueueAdd => {
                let token = text.trim_start_matches('@').replace(' ', "-");
                if token.is_empty() {
                    return vec![];
                }
                let mut speaker = resolve_attribution(&token, &session.agenda);
                speaker.not_for_attribution = session.agenda.event.chatham_house;
                self.say(format!("Queued as number {}", session.queue.len() + 1));
                vec![Effect::Record(Event::SpeakerQueued { id: new_id(now), speaker })]
            }
            InputPurpose::QueueRemove => match numbers.first().and_then(|&n| at(n)) {
                Some(q) => vec![Effect::Record(Event::SpeakerDequeued { id: q.id })],
                None => {
                    self.complain(format!("Type a number from 1 to {}", session.queue.len()));
                    self.input = Some(input);
                    vec![]
                }
            },
            InputPurpose::QueueMove => match (numbers.first().and_then(|&n| at(n)), numbers.get(1)) {
                (Some(q), Some(&to)) if to >= 1 => {
                    vec![Effect::Record(Event::SpeakerMoved { id: q.id, to: to - 1 })]
                }
                _ => {
                    self.complain(format!(
                        "Type two numbers from 1 to {}: who, and where to",
                        session.queue.len()
                    ));
                    self.input = Some(input);
                    vec![]
                }
            },
            _ => vec![],
        }
    }
}
