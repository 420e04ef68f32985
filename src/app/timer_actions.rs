//! What the timer keys do to the session: each becomes one or two events.

use jiff::Timestamp;

use super::{Action, App, Effect, InputPurpose};
use crate::agenda::ClockTime;
use crate::session::{Event, Session};
use crate::timing::{self, day_instant};

impl App {
    pub(super) fn timer_action(&mut self, session: &Session, action: Action, now: Timestamp) -> Vec<Effect> {
        let current = session.current_index();
        let id = |i: usize| session.items[i].item.clone();
        match action {
            Action::StartPause => match current {
                Some(c) if session.timer.running => vec![Effect::Record(Event::ItemPaused { item: id(c) })],
                Some(c) => vec![Effect::Record(Event::ItemResumed { item: id(c) })],
                None => self.start(session, self.selected),
            },
            Action::Next => {
                let after = current.or_else(|| last_done(session));
                match after.map_or_else(|| first_open(session), |c| next_open(session, c)) {
                    Some(n) => self.start(session, n),
                    None => match current {
                        Some(c) => {
                            self.say("That was the last item: the timer is stopped");
                            vec![Effect::Record(Event::ItemEnded { item: id(c) })]
                        }
                        None => {
                            self.complain("There is no next item");
                            vec![]
                        }
                    },
                }
            }
            Action::Previous => {
                let before = current.unwrap_or(session.items.len());
                match (0..before).rev().find(|&i| !session.items[i].skipped) {
                    Some(p) => self.start(session, p),
                    None => {
                        self.complain("This is the first item");
                        vec![]
                    }
                }
            }
            Action::JumpToSelected => self.start(session, self.selected),
            Action::Skip => {
                let s = self.selected;
                let run = &session.items[s];
                if Some(s) == current {
                    let mut effects = vec![Effect::Record(Event::ItemSkipped { item: id(s) })];
                    if let Some(n) = next_open(session, s) {
                        effects.extend(self.start(session, n));
                    }
                    effects
                } else if run.ended_at.is_some() {
                    self.complain("This item has already run; skipping it would change nothing");
                    vec![]
                } else if run.skipped {
                    self.complain("Already skipped: press Enter to run it after all");
                    vec![]
                } else {
                    self.say(format!("Skipped: {}", title(session, s)));
                    vec![Effect::Record(Event::ItemSkipped { item: id(s) })]
                }
            }
            Action::Extend(minutes) => match current {
                Some(c) => vec![Effect::Record(Event::ItemExtended { item: id(c), minutes })],
                None => {
                    self.complain("No item is running: start one with Space first");
                    vec![]
                }
            },
            Action::AcceptReplan => {
                let day = timing::current_day(session);
                let projection = timing::project_day(session, day, now);
                match timing::replan_proposal(session, &projection) {
                    Some(p) if !p.cuts.is_empty() => {
                        self.say(format!("Re-plan accepted: {} items shortened", p.cuts.len()));
                        vec![Effect::Record(Event::Replanned { changes: p.changes(session) })]
                    }
                    Some(_) => {
                        self.complain("Nothing left to shorten: later items are already at half length");
                        vec![]
                    }
                    None => {
                        self.say("The day is on time: nothing to re-plan");
                        vec![]
                    }
                }
            }
            Action::RevealPrompt => self.reveal_prompt(session, current),
            _ => vec![],
        }
    }

    /// Starts item `i` (ending the running one) and selects it.
    fn start(&mut self, session: &Session, i: usize) -> Vec<Effect> {
        let Some(run) = session.items.get(i) else { return vec![] };
        self.selected = i;
        vec![Effect::Record(Event::ItemStarted { item: run.item.clone() })]
    }

    fn reveal_prompt(&mut self, session: &Session, current: Option<usize>) -> Vec<Effect> {
        let Some(c) = current else {
            self.complain("No item is running: start one with Space first");
            return vec![];
        };
        let item = &session.items[c].item;
        let prompts = session.agenda_item(c).map_or(0, |i| i.prompts.len());
        let shown = session.prompts_revealed.iter().filter(|p| &p.item == item && p.group.is_none()).count();
        if prompts == 0 {
            self.complain("This item has no prompts");
            vec![]
        } else if shown >= prompts {
            self.complain(format!("All {prompts} prompts are shown"));
            vec![]
        } else {
            self.say(format!("Prompt {} of {prompts} shown", shown + 1));
            vec![Effect::Record(Event::PromptRevealed { item: item.clone(), group: None, index: shown })]
        }
    }

    pub(super) fn submit_input(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let Some(input) = self.input.take() else { return vec![] };
        let text = input.text.trim().to_string();
        match input.purpose {
            InputPurpose::Search | InputPurpose::Attribute => {
                self.submit_review_input(session, input.purpose, text)
            }
            InputPurpose::QueueAdd | InputPurpose::QueueRemove | InputPurpose::QueueMove => {
                self.submit_queue_input(session, input, now)
            }
            InputPurpose::Groups => self.submit_groups_input(session, input),
            InputPurpose::Message => {
                vec![Effect::Record(Event::MessageSet { text: (!text.is_empty()).then_some(text) })]
            }
            InputPurpose::EndsAt => {
                let Some(c) = session.current_index() else {
                    return vec![];
                };
                let time = match ClockTime::parse(&text) {
                    Ok(t) => t,
                    Err(e) => {
                        self.complain(e);
                        self.input = Some(input);
                        return vec![];
                    }
                };
                match day_instant(session, session.items[c].day, time, now) {
                    Some(at) if at > now => {
                        self.say(format!("{} ends at {time}", title(session, c)));
                        vec![Effect::Record(Event::ItemEndsAt { item: session.items[c].item.clone(), at })]
                    }
                    _ => {
                        self.complain(format!("{time} has already passed today"));
                        self.input = Some(input);
                        vec![]
                    }
                }
            }
        }
    }
}

fn title(session: &Session, i: usize) -> String {
    session.agenda_item(i).map(|it| it.title.clone()).unwrap_or_default()
}

fn next_open(session: &Session, after: usize) -> Option<usize> {
    (after + 1..session.items.len()).find(|&i| !session.items[i].skipped)
}

fn first_open(session: &Session) -> Option<usize> {
    session.items.iter().position(|r| r.ended_at.is_none() && !r.skipped)
}

fn last_done(session: &Session) -> Option<usize> {
    session.items.iter().rposition(|r| r.ended_at.is_some())
}
