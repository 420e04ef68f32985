//! What the facilitator's keys do to the clock and the plan. Each change becomes events,
//! and every change but pause/resume (which Space takes back) can be undone with `u`.

use jiff::Timestamp;

use super::{App, Change, Confirm, Effect, InputPurpose, OnYes, TimerAction};
use crate::agenda::ClockTime;
use crate::session::{Event, PlanChange, Session};
use crate::timing::{self, day_instant};

impl App {
    pub(super) fn timer_action(
        &mut self,
        session: &Session,
        action: TimerAction,
        now: Timestamp,
    ) -> Vec<Effect> {
        let last = session.items.len().saturating_sub(1);
        // What moves the clock or the plan waits while the event is finished.
        let changes_clock = match action {
            TimerAction::SelectUp | TimerAction::SelectDown | TimerAction::Undo | TimerAction::Redo => false,
            TimerAction::StartPause
            | TimerAction::Next
            | TimerAction::Previous
            | TimerAction::JumpToSelected
            | TimerAction::ToggleSkip
            | TimerAction::Extend(_)
            | TimerAction::EditEndsAt
            | TimerAction::RevealPrompt
            | TimerAction::AcceptReplan => true,
        };
        if changes_clock && session.finished_at.is_some() {
            self.complain(
                "The event is finished and its clock stopped. u takes the finish back; notes can still be reviewed (r) and exported (e, E)",
            );
            return vec![];
        }
        let current = session.current_index();
        match action {
            TimerAction::SelectUp => {
                self.selected = self.selected.saturating_sub(1).min(last);
                vec![]
            }
            TimerAction::SelectDown => {
                self.selected = (self.selected + 1).min(last);
                vec![]
            }
            TimerAction::Undo => self.undo(true),
            TimerAction::Redo => self.redo(true),
            TimerAction::StartPause => match (current, item_id(session, current)) {
                (Some(_), Some(item)) if session.timer.running => {
                    vec![Effect::Record(Event::ItemPaused { item })]
                }
                (Some(_), Some(item)) => vec![Effect::Record(Event::ItemResumed { item })],
                _ => self.start(session, self.selected),
            },
            TimerAction::Next => self.next(session),
            TimerAction::Previous => match timing::previous_item(session) {
                Some(p) => self.start(session, p),
                None => {
                    self.complain("This is the first item");
                    vec![]
                }
            },
            TimerAction::JumpToSelected => self.start(session, self.selected),
            TimerAction::ToggleSkip => self.toggle_skip(session),
            TimerAction::Extend(minutes) => match item_id(session, current) {
                Some(item) => {
                    let label =
                        if minutes >= 0 { format!("+{minutes} min") } else { format!("{minutes} min") };
                    self.record_plan_change(Change::new(
                        label,
                        vec![Event::ItemExtended { item: item.clone(), minutes }],
                        vec![Event::ItemExtended { item, minutes: -minutes }],
                    ))
                }
                None => {
                    self.complain("No item is running: start one with Space first");
                    vec![]
                }
            },
            TimerAction::EditEndsAt => {
                if current.is_none() {
                    self.complain("No item is running: start one with Space first");
                    return vec![];
                }
                self.ask(InputPurpose::EndsAt, "");
                vec![]
            }
            TimerAction::RevealPrompt => self.reveal_prompt(session, current),
            TimerAction::AcceptReplan => self.accept_replan(session, now),
        }
    }

    /// `n`: the next item ("Next" on screen names the same one). At the end of a day the
    /// clock stops and the day's summary shows; the next day starts when the facilitator
    /// starts it.
    fn next(&mut self, session: &Session) -> Vec<Effect> {
        let current = session.current_index();
        let next = timing::next_item(session);
        let day = |i: usize| session.items.get(i).map(|r| r.day);
        match (current, next) {
            (Some(c), Some(n)) if day(c) == day(n) => self.start(session, n),
            (Some(c), next) => {
                let Some(item) = item_id(session, Some(c)) else { return vec![] };
                if let Some(n) = next {
                    self.selected = n;
                }
                let what = match next {
                    Some(n) => format!(
                        "Day {} is over: the clock is stopped. Space starts day {} with “{}”",
                        day(c).map_or(1, |d| d + 1),
                        day(n).map_or(1, |d| d + 1),
                        title(session, n)
                    ),
                    None => "That was the last item: the clock is stopped. X finishes the event".to_string(),
                };
                self.say(what);
                self.record_plan_change(Change::new(
                    "ending the item",
                    vec![Event::ItemEnded { item: item.clone() }],
                    resume(session, &item),
                ))
            }
            (None, Some(n)) => self.start(session, n),
            (None, None) => {
                self.complain("There is no next item: X finishes the event");
                vec![]
            }
        }
    }

    /// Starts item `i` (ending the running one) and selects it; another day's item asks
    /// first.
    fn start(&mut self, session: &Session, i: usize) -> Vec<Effect> {
        let Some(run) = session.items.get(i) else { return vec![] };
        let change = start_change(session, i);
        if timing::starts_another_day(session, i) {
            let date =
                session.agenda.days.get(run.day).map(|d| d.date.date().strftime("%a %-d %b").to_string());
            self.confirm = Some(Confirm {
                question: format!(
                    "“{}” is on day {} ({}), not the day that is on. Start it now?",
                    title(session, i),
                    run.day + 1,
                    date.unwrap_or_default()
                ),
                on_yes: OnYes::Change(change),
                done: format!("Started: {}", title(session, i)),
                selects: Some(i),
            });
            return vec![];
        }
        self.selected = i;
        self.record_plan_change(change)
    }

    fn toggle_skip(&mut self, session: &Session) -> Vec<Effect> {
        let s = self.selected;
        let Some(run) = session.items.get(s) else { return vec![] };
        let item = run.item.clone();
        if run.skipped {
            self.say(format!("Back in the plan: {}", title(session, s)));
            return self.record_plan_change(Change::new(
                format!("bringing back {}", title(session, s)),
                vec![Event::ItemUnskipped { item: item.clone() }],
                vec![Event::ItemSkipped { item }],
            ));
        }
        if session.current_index() == Some(s) {
            // Skipping the running item moves on to the next one of the same day.
            let mut forward = vec![Event::ItemSkipped { item: item.clone() }];
            let mut inverse = Vec::new();
            let next = (s + 1..session.items.len())
                .find(|&i| session.items.get(i).is_some_and(|r| !r.skipped))
                .filter(|&n| session.items.get(n).map(|r| r.day) == Some(run.day));
            if let Some(n) = next
                && let Some(next_run) = session.items.get(n)
            {
                forward.push(Event::ItemStarted { item: next_run.item.clone() });
                if next_run.started_at.is_none() {
                    inverse.push(Event::ItemReset { item: next_run.item.clone() });
                }
                self.selected = n;
            }
            inverse.push(Event::ItemUnskipped { item: item.clone() });
            inverse.extend(resume(session, &item));
            self.say(format!("Skipped: {} (u takes it back)", title(session, s)));
            return self.record_plan_change(Change::new(
                format!("skipping {}", title(session, s)),
                forward,
                inverse,
            ));
        }
        if run.ended_at.is_some() {
            self.complain("This item has already run; skipping it would change nothing");
            return vec![];
        }
        self.say(format!("Skipped: {} (s again or u brings it back)", title(session, s)));
        self.record_plan_change(Change::new(
            format!("skipping {}", title(session, s)),
            vec![Event::ItemSkipped { item: item.clone() }],
            vec![Event::ItemUnskipped { item }],
        ))
    }

    fn accept_replan(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let day = timing::current_day(session);
        let projection = timing::project_day(session, day, now);
        match timing::replan_proposal(session, &projection) {
            Some(p) if !p.cuts.is_empty() => {
                let changes = p.changes(session);
                let inverse: Vec<PlanChange> = changes
                    .iter()
                    .map(|c| PlanChange {
                        item: c.item.clone(),
                        minutes: session
                            .item_index(&c.item)
                            .and_then(|i| session.items.get(i))
                            .and_then(|r| r.replanned_minutes),
                    })
                    .collect();
                self.say(format!("Re-plan accepted: {} items shortened (u takes it back)", p.cuts.len()));
                self.record_plan_change(Change::new(
                    "the re-plan",
                    vec![Event::Replanned { changes }],
                    vec![Event::Replanned { changes: inverse }],
                ))
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

    fn reveal_prompt(&mut self, session: &Session, current: Option<usize>) -> Vec<Effect> {
        let (Some(c), Some(item)) = (current, item_id(session, current)) else {
            self.complain("No item is running: start one with Space first");
            return vec![];
        };
        let prompts = session.agenda_item(c).map_or(0, |i| i.prompts.len());
        let shown = session.prompts_revealed.iter().filter(|p| p.item == item && p.group.is_none()).count();
        if prompts == 0 {
            self.complain("This item has no prompts");
            vec![]
        } else if shown >= prompts {
            self.complain(format!("All {prompts} prompts are shown"));
            vec![]
        } else {
            self.say(format!("Prompt {} of {prompts} shown", shown + 1));
            vec![Effect::Record(Event::PromptRevealed { item, group: None, index: shown })]
        }
    }

    /// `t`: the running item ends at a clock time of its day.
    pub(super) fn submit_ends_at(
        &mut self,
        session: &Session,
        text: &str,
        now: Timestamp,
    ) -> Result<Vec<Effect>, String> {
        let Some(c) = session.current_index() else {
            return Err("No item is running any more: Esc, then start one with Space".into());
        };
        let Some(run) = session.items.get(c) else { return Ok(vec![]) };
        let time = ClockTime::parse(text)?;
        let local = |t: Timestamp| {
            t.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).strftime("%H:%M").to_string()
        };
        match day_instant(session, run.day, time, now) {
            Some(at) if at > now => {
                self.say(format!("{} ends at {time} (u takes it back)", title(session, c)));
                Ok(self.record_plan_change(Change::new(
                    format!("the end at {time}"),
                    vec![Event::ItemEndsAt { item: run.item.clone(), at: Some(at) }],
                    vec![Event::ItemEndsAt { item: run.item.clone(), at: run.ends_at }],
                )))
            }
            _ => Err(format!(
                "{time} has already passed (it is {} now): type a later time, or use + and - to change the length",
                local(now)
            )),
        }
    }
}

/// The change that starts item `i`, and what takes it back: the item goes back to not
/// started (when it never ran before), and whatever ran before goes on as it was.
fn start_change(session: &Session, i: usize) -> Change {
    let Some(run) = session.items.get(i) else { return Change::new("", vec![], vec![]) };
    let mut inverse = Vec::new();
    if run.started_at.is_none() {
        inverse.push(Event::ItemReset { item: run.item.clone() });
    }
    match &session.timer.current {
        Some(c) if *c != run.item => inverse.extend(resume(session, c)),
        Some(_) => {}
        None if run.started_at.is_some() => inverse.push(Event::ItemEnded { item: run.item.clone() }),
        None => {}
    }
    Change::new(
        format!("starting {}", title(session, i)),
        vec![Event::ItemStarted { item: run.item.clone() }],
        inverse,
    )
}

/// Events that put `item` back on the clock as it is now (running or paused).
fn resume(session: &Session, item: &str) -> Vec<Event> {
    let mut events = vec![Event::ItemStarted { item: item.to_string() }];
    if session.timer.current.as_deref() == Some(item) && !session.timer.running {
        events.push(Event::ItemPaused { item: item.to_string() });
    }
    events
}

fn item_id(session: &Session, index: Option<usize>) -> Option<String> {
    index.and_then(|i| session.items.get(i)).map(|r| r.item.clone())
}

pub(super) fn title(session: &Session, i: usize) -> String {
    session.agenda_item(i).map(|it| it.title.clone()).unwrap_or_default()
}
