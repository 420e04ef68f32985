//! What the facilitator's keys do to the clock and the plan. Each change becomes events,
//! and every change but pause/resume (which Space takes back) can be undone with `u`.

use jiff::Timestamp;

use super::{App, Change, Confirm, Effect, InputPurpose, OnYes, TimerAction};
use crate::agenda::ClockTime;
use crate::i18n::{Lang, date_short};
use crate::session::{Event, PlanChange, Session};
use crate::t;
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
        let lang = self.lang();
        if changes_clock && session.finished_at.is_some() {
            self.complain(t!(lang, "msg-event-finished-clock-stopped"));
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
                    self.complain(t!(lang, "msg-first-item"));
                    vec![]
                }
            },
            TimerAction::JumpToSelected => self.start(session, self.selected),
            TimerAction::ToggleSkip => self.toggle_skip(session),
            TimerAction::Extend(minutes) => match item_id(session, current) {
                Some(item) => {
                    let label = if minutes >= 0 {
                        t!(lang, "msg-change-longer", minutes = minutes)
                    } else {
                        t!(lang, "msg-change-shorter", minutes = minutes)
                    };
                    self.record_plan_change(Change::new(
                        label,
                        vec![Event::ItemExtended { item: item.clone(), minutes }],
                        vec![Event::ItemExtended { item, minutes: -minutes }],
                    ))
                }
                None => {
                    self.complain(t!(lang, "msg-no-item-running"));
                    vec![]
                }
            },
            TimerAction::EditEndsAt => {
                if current.is_none() {
                    self.complain(t!(lang, "msg-no-item-running"));
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
        let lang = self.lang();
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
                    Some(n) => t!(
                        lang,
                        "msg-day-over",
                        day = day(c).map_or(1, |d| d + 1),
                        next = day(n).map_or(1, |d| d + 1),
                        title = title(session, n)
                    ),
                    None => t!(lang, "msg-last-item-done"),
                };
                self.say(what);
                let effects = self.record_plan_change(Change::new(
                    t!(lang, "msg-change-end-item"),
                    vec![Event::ItemEnded { item: item.clone() }],
                    resume(session, &item),
                ));
                // The last item of the last day: the event is over, unless the facilitator
                // says not yet (X finishes it later; `n` again asks nothing).
                if next.is_none() {
                    self.confirm = Some(Confirm {
                        question: t!(lang, "msg-last-item-finish-question"),
                        on_yes: OnYes::Change(Change::new(
                            t!(lang, "msg-change-finish"),
                            vec![Event::SessionFinished],
                            vec![Event::SessionReopened],
                        )),
                        done: t!(lang, "msg-finished"),
                        selects: None,
                    });
                }
                effects
            }
            (None, Some(n)) => self.start(session, n),
            (None, None) => {
                self.complain(t!(lang, "msg-no-next-item"));
                vec![]
            }
        }
    }

    /// Starts item `i` (ending the running one) and selects it; another day's item asks
    /// first.
    fn start(&mut self, session: &Session, i: usize) -> Vec<Effect> {
        let lang = self.lang();
        let Some(run) = session.items.get(i) else { return vec![] };
        let change = start_change(lang, session, i);
        if timing::starts_another_day(session, i) {
            let date = session.agenda.days.get(run.day).map(|d| date_short(lang, d.date.date()));
            self.confirm = Some(Confirm {
                question: t!(
                    lang,
                    "msg-start-other-day-question",
                    title = title(session, i),
                    day = run.day + 1,
                    date = date.unwrap_or_default()
                ),
                on_yes: OnYes::Change(change),
                done: t!(lang, "msg-started", title = title(session, i)),
                selects: Some(i),
            });
            return vec![];
        }
        self.selected = i;
        self.record_plan_change(change)
    }

    fn toggle_skip(&mut self, session: &Session) -> Vec<Effect> {
        let lang = self.lang();
        let s = self.selected;
        let Some(run) = session.items.get(s) else { return vec![] };
        let item = run.item.clone();
        if run.skipped {
            self.say(t!(lang, "msg-unskipped", title = title(session, s)));
            return self.record_plan_change(Change::new(
                t!(lang, "msg-change-unskip", title = title(session, s)),
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
            self.say(t!(lang, "msg-skipped-running", title = title(session, s)));
            return self.record_plan_change(Change::new(
                t!(lang, "msg-change-skip", title = title(session, s)),
                forward,
                inverse,
            ));
        }
        if run.ended_at.is_some() {
            self.complain(t!(lang, "msg-already-ran"));
            return vec![];
        }
        self.say(t!(lang, "msg-skipped", title = title(session, s)));
        self.record_plan_change(Change::new(
            t!(lang, "msg-change-skip", title = title(session, s)),
            vec![Event::ItemSkipped { item: item.clone() }],
            vec![Event::ItemUnskipped { item }],
        ))
    }

    fn accept_replan(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let lang = self.lang();
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
                self.say(t!(lang, "msg-replan-accepted", n = p.cuts.len()));
                self.record_plan_change(Change::new(
                    t!(lang, "msg-change-replan"),
                    vec![Event::Replanned { changes }],
                    vec![Event::Replanned { changes: inverse }],
                ))
            }
            Some(_) => {
                self.complain(t!(lang, "msg-nothing-to-shorten"));
                vec![]
            }
            None => {
                self.say(t!(lang, "msg-day-on-time"));
                vec![]
            }
        }
    }

    fn reveal_prompt(&mut self, session: &Session, current: Option<usize>) -> Vec<Effect> {
        let lang = self.lang();
        let (Some(c), Some(item)) = (current, item_id(session, current)) else {
            self.complain(t!(lang, "msg-no-item-running"));
            return vec![];
        };
        let prompts = session.agenda_item(c).map_or(0, |i| i.prompts.len());
        let shown = session.prompts_revealed.iter().filter(|p| p.item == item && p.group.is_none()).count();
        if prompts == 0 {
            self.complain(t!(lang, "msg-no-prompts"));
            vec![]
        } else if shown >= prompts {
            self.complain(t!(lang, "msg-all-prompts-shown", n = prompts));
            vec![]
        } else {
            self.say(t!(lang, "msg-prompt-shown", n = shown + 1, total = prompts));
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
        let lang = self.lang();
        let Some(c) = session.current_index() else {
            return Err(t!(lang, "msg-ends-at-no-item"));
        };
        let Some(run) = session.items.get(c) else { return Ok(vec![]) };
        // English keeps the agenda's own words (which say what exactly is wrong); another
        // language gets one message for every way a time can be wrong.
        let time = ClockTime::parse(text).map_err(|e| match lang {
            Lang::En => e,
            _ => t!(lang, "msg-ends-at-not-a-time", text = text),
        })?;
        let local = |t: Timestamp| {
            t.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).strftime("%H:%M").to_string()
        };
        match day_instant(session, run.day, time, now) {
            Some(at) if at > now => {
                self.say(t!(lang, "msg-ends-at-set", title = title(session, c), time = time.to_string()));
                Ok(self.record_plan_change(Change::new(
                    t!(lang, "msg-change-ends-at", time = time.to_string()),
                    vec![Event::ItemEndsAt { item: run.item.clone(), at: Some(at) }],
                    vec![Event::ItemEndsAt { item: run.item.clone(), at: run.ends_at }],
                )))
            }
            _ => Err(t!(lang, "msg-ends-at-passed", time = time.to_string(), now = local(now))),
        }
    }
}

/// The change that starts item `i`, and what takes it back: the item goes back to not
/// started (when it never ran before), and whatever ran before goes on as it was.
fn start_change(lang: Lang, session: &Session, i: usize) -> Change {
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
        t!(lang, "msg-change-start", title = title(session, i)),
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
