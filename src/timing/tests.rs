//! The timer on an injected clock: stages, overtime, pause, extend, clock-time ends, fixed
//! starts, the re-plan proposal, and resuming after a gap.

use jiff::Timestamp;

use super::*;
use crate::agenda::ClockTime;
use crate::session::testkit::{Scribe, roundtable};
use crate::session::{Event, Session};

/// 09:00 Dushanbe time (UTC+5) on 28 April 2009, plus `minutes`.
fn local(minutes: i64) -> Timestamp {
    let nine: Timestamp = "2009-04-28T04:00:00Z".parse().unwrap();
    nine.checked_add(jiff::SignedDuration::from_mins(minutes)).unwrap()
}

struct Clock {
    scribe: Scribe,
    session: Session,
}

impl Clock {
    fn new() -> Self {
        let mut scribe = Scribe::new("dev", local(-5));
        let session = Session::start(&scribe.start(&roundtable())).unwrap();
        Clock { scribe, session }
    }

    fn at(&mut self, minutes: i64, event: Event) {
        self.scribe.now = local(minutes);
        let record = self.scribe.record(event);
        self.session.apply(&record);
    }

    fn countdown(&self, item: &str, minutes: f64) -> Countdown {
        let i = self.session.item_index(item).unwrap();
        let now = local(0).checked_add(jiff::SignedDuration::from_secs_f64(minutes * 60.0)).unwrap();
        countdown(&self.session, i, now, Warnings::default()).unwrap()
    }
}

fn start(item: &str) -> Event {
    Event::ItemStarted { item: item.into() }
}

#[test]
fn a_running_item_goes_through_every_stage() {
    let mut c = Clock::new();
    c.at(30, start("d1-opening")); // 30 minutes planned, started at 09:30
    let at = |m: f64| c.countdown("d1-opening", 30.0 + m);
    assert_eq!(at(0.0).display(), "30:00");
    assert_eq!(at(0.0).stage, Stage::Normal);
    assert_eq!(at(23.9).stage, Stage::Normal);
    assert_eq!(at(24.0).stage, Stage::WrapUp); // 20 % of 30 minutes left
    assert_eq!(at(29.0).stage, Stage::Final); // the last minute
    assert_eq!(at(30.0).stage, Stage::Final);
    let late = at(32.5);
    assert_eq!(late.stage, Stage::Overtime);
    assert_eq!(late.display(), "+02:30");
}

#[test]
fn pause_stops_the_clock_and_extend_adds_time() {
    let mut c = Clock::new();
    c.at(30, start("d1-opening"));
    c.at(40, Event::ItemPaused { item: "d1-opening".into() });
    assert_eq!(c.countdown("d1-opening", 55.0).display(), "20:00", "paused for 15 minutes");
    assert!(!c.countdown("d1-opening", 55.0).running);
    c.at(55, Event::ItemResumed { item: "d1-opening".into() });
    c.at(56, Event::ItemExtended { item: "d1-opening".into(), minutes: 5 });
    assert_eq!(c.countdown("d1-opening", 56.0).display(), "24:00");
    c.at(56, Event::ItemExtended { item: "d1-opening".into(), minutes: -1 });
    assert_eq!(c.countdown("d1-opening", 56.0).display(), "23:00");
    assert!(c.countdown("d1-opening", 56.0).running);
}

#[test]
fn an_item_can_end_at_a_clock_time() {
    let mut c = Clock::new();
    c.at(150, start("d1-coffee")); // a 15-minute break at 11:30
    let back = super::day_instant(&c.session, 0, ClockTime::new(12, 0).unwrap(), local(150)).unwrap();
    c.at(150, Event::ItemEndsAt { item: "d1-coffee".into(), at: Some(back) });
    assert_eq!(c.countdown("d1-coffee", 150.0).display(), "30:00");
    assert_eq!(c.countdown("d1-coffee", 175.0).stage, Stage::WrapUp);
    c.at(160, Event::ItemExtended { item: "d1-coffee".into(), minutes: 5 });
    assert_eq!(c.countdown("d1-coffee", 160.0).display(), "25:00", "back at 12:05 now");
}

#[test]
fn resume_after_an_hour_gap_counts_the_time_away() {
    let mut c = Clock::new();
    c.at(60, start("d1-key-questions")); // 60 minutes from 10:00
    // The program was killed at 10:10 and restarted at 11:10: the state is the same fold,
    // and the countdown is computed from the stored start and the new now.
    let restarted = c.session.clone();
    let i = restarted.item_index("d1-key-questions").unwrap();
    let cd = countdown(&restarted, i, local(130), Warnings::default()).unwrap();
    assert_eq!(cd.display(), "+10:00");
    assert_eq!(cd.stage, Stage::Overtime);
    assert_eq!(restarted.timer.current.as_deref(), Some("d1-key-questions"));
}

#[test]
fn projection_moves_later_items_but_not_fixed_starts() {
    let mut c = Clock::new();
    c.at(0, start("d1-registration"));
    c.at(40, start("d1-opening")); // registration ran 10 minutes over
    let p = project_day(&c.session, 0, local(40));
    let by_id = |id: &str| p.items.iter().find(|x| c.session.items[x.index].item == id).unwrap();
    assert_eq!(by_id("d1-registration").status, Status::Done);
    assert_eq!(by_id("d1-registration").overrun_seconds, Some(600));
    assert_eq!(by_id("d1-opening").end, local(70));
    assert_eq!(by_id("d1-key-questions").start, local(70));
    assert_eq!(by_id("d1-plenary-questions").end, local(220)); // 12:40 instead of 12:30
    let lunch = by_id("d1-lunch");
    assert_eq!(lunch.start, local(210), "a fixed start never moves by drift");
    assert_eq!(lunch.fixed_missed_ms, Some(10 * 60_000), "and the screen can say it cannot be met");
    assert_eq!(p.missed_fixed_start().map(|x| x.index), Some(lunch.index));
    assert_eq!(p.drift_minutes(), 10, "behind by what the fixed start cannot absorb");
    assert_eq!(p.drift_text(), "10 min behind");

    // On time again: lunch waits for 12:30 even if the morning runs short.
    c.at(41, Event::ItemExtended { item: "d1-opening".into(), minutes: -20 });
    let p = project_day(&c.session, 0, local(41));
    let lunch = p.items.iter().find(|x| c.session.items[x.index].item == "d1-lunch").unwrap();
    assert_eq!(lunch.start, local(210), "lunch stays at 12:30");
    assert_eq!(lunch.fixed_missed_ms, None);
    assert_eq!(p.drift_minutes(), 0);
}

#[test]
fn extending_a_morning_item_never_moves_lunch() {
    let mut c = Clock::new();
    c.at(60, start("d1-key-questions"));
    for _ in 0..20 {
        c.at(61, Event::ItemExtended { item: "d1-key-questions".into(), minutes: 5 });
    }
    let p = project_day(&c.session, 0, local(61));
    let lunch = p.items.iter().find(|x| c.session.items[x.index].item == "d1-lunch").unwrap();
    assert_eq!(lunch.start, local(210), "Lunch (fixed) stays at 12:30");
    assert_eq!(lunch.end, local(270));
    assert!(lunch.fixed_missed_ms.is_some_and(|ms| ms >= 99 * 60_000), "{:?}", lunch.fixed_missed_ms);
    // The morning runs to 14:10, past the whole of lunch: the afternoon cannot start
    // before it ends, and the day says so.
    let after = p.items.iter().find(|x| x.index == lunch.index + 1).unwrap();
    assert_eq!(after.start, local(310), "the afternoon waits for the morning");
    assert!(p.projected_end > p.planned_end);
}

#[test]
fn replan_proposal_shrinks_later_items_to_meet_the_fixed_start_and_is_recorded() {
    let mut c = Clock::new();
    c.at(0, start("d1-registration"));
    c.at(45, start("d1-opening")); // 15 minutes behind before lunch
    let p = project_day(&c.session, 0, local(45));
    let proposal = replan_proposal(&c.session, &p).unwrap();
    let total_cut: u32 = proposal.cuts.iter().map(|(_, from, to)| from - to).sum();
    assert_eq!(total_cut, 15);
    assert_eq!(proposal.still_over_minutes, 0);
    // Only items before lunch shrink: the opening is running, so key questions, the
    // coffee break and the plenary discussion share the cut by their room to shrink.
    let names: Vec<&str> = proposal.cuts.iter().map(|(i, _, _)| c.session.items[*i].item.as_str()).collect();
    assert_eq!(names, ["d1-key-questions", "d1-coffee", "d1-plenary-questions"]);
    for (i, from, to) in &proposal.cuts {
        assert!(*to >= from.div_ceil(2), "{} keeps at least half", c.session.items[*i].item);
    }

    c.at(45, Event::Replanned { changes: proposal.changes(&c.session) });
    let after = project_day(&c.session, 0, local(45));
    assert_eq!(after.drift_minutes(), 0);
    assert!(replan_proposal(&c.session, &after).is_none());
    let lunch = after.items.iter().find(|x| c.session.items[x.index].item == "d1-lunch").unwrap();
    assert_eq!(lunch.start, local(210));
}

#[test]
fn a_proposal_says_what_cannot_be_saved() {
    let mut c = Clock::new();
    c.at(0, start("d1-registration"));
    c.at(200, start("d1-opening")); // 170 minutes over: the morning cannot absorb it
    let p = project_day(&c.session, 0, local(200));
    let proposal = replan_proposal(&c.session, &p).unwrap();
    assert!(proposal.still_over_minutes > 0);
}

#[test]
fn skipped_items_take_no_time_and_the_current_day_follows_the_clock() {
    let mut c = Clock::new();
    assert_eq!(current_day(&c.session), 0);
    c.at(0, Event::ItemSkipped { item: "d1-registration".into() });
    let p = project_day(&c.session, 0, local(-10));
    assert_eq!(p.items[0].status, Status::Skipped);
    assert_eq!(p.items[1].start, local(0), "the opening moves up to 09:00");
    c.at(1500, start("d2-un-approach"));
    assert_eq!(current_day(&c.session), 1);
}

#[test]
fn a_day_run_on_another_date_keeps_its_times_of_day() {
    // The 2009 agenda rehearsed on 28 November 2026: 08:00 in Dushanbe is 03:00 UTC.
    let c = Clock::new();
    let rehearsal: Timestamp = "2026-11-28T03:00:00Z".parse().unwrap();
    let p = project_day(&c.session, 0, rehearsal);
    assert_eq!(p.items[0].start, "2026-11-28T04:00:00Z".parse::<Timestamp>().unwrap(), "09:00 local");
    assert_eq!(p.drift_minutes(), 0);
    assert_eq!(run_date(&c.session, 1, rehearsal).unwrap().to_string(), "2026-11-29");
    let lunch = p.items.iter().find(|x| c.session.items[x.index].item == "d1-lunch").unwrap();
    assert_eq!(lunch.fixed, Some("2026-11-28T07:30:00Z".parse().unwrap()), "12:30 local, that day");
}
