//! Where an item ends in the annex when it was left running as its day ended.
//!
//! The fold ends an item when the next one starts, so an item nobody ended on the evening
//! of its day (the facilitator closed the laptop, and the next morning's first item ended
//! it) has its `ended_at` the next morning: "16:30–09:00", sixteen hours over. The record
//! stays as it is (it is what happened on the clock); the annex shows such an item ending
//! at the last thing recorded for it on its own day instead.

use jiff::Timestamp;

use super::{ItemRun, Session};

/// An item's end as the annex shows it, and its overrun at that end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct End {
    pub at: Timestamp,
    /// Seconds run beyond the planned length (negative: finished early).
    pub overrun_seconds: Option<i64>,
}

/// Where `run` ended: as recorded while that is on the day it started; else (it ended
/// after the local midnight of that day, or it still runs while the session has records of
/// a later day) at the latest thing recorded for it before that midnight. None while it
/// has not started, or still runs on its own day.
pub fn end_of(session: &Session, run: &ItemRun) -> Option<End> {
    let start = run.started_at?;
    let midnight = midnight_after(session, start);
    let on_its_day = |t: Timestamp| midnight.is_none_or(|m| t <= m);
    match run.ended_at {
        Some(at) if on_its_day(at) => Some(End { at, overrun_seconds: run.overrun_seconds }),
        None if on_its_day(session.last_change_at) => None,
        _ => {
            let midnight = midnight?;
            let at = last_recorded(session, run, start, midnight);
            Some(End { at, overrun_seconds: Some(overrun_at(run, at)) })
        }
    }
}

/// The local midnight that ends the venue's day of `t`; None past the end of time.
fn midnight_after(session: &Session, t: Timestamp) -> Option<Timestamp> {
    let tz = session.agenda.event.time_zone.time_zone();
    let date = tz.to_datetime(t).date();
    let next = date.tomorrow().ok()?;
    tz.to_zoned_datetime(next.to_datetime(jiff::civil::Time::midnight())).ok().map(|z| z.timestamp())
}

/// The latest time between `start` and `midnight` at which something was recorded for
/// the item: its start, a pause or a resume, an extension, a clock-time end set, a prompt
/// shown, a note captured under it (deleted ones too: someone was writing), a turn at
/// the floor on it.
fn last_recorded(session: &Session, run: &ItemRun, start: Timestamp, midnight: Timestamp) -> Timestamp {
    let item = run.item.as_str();
    let pauses = run.pauses.iter().flat_map(|p| [Some(p.from), p.to]).flatten();
    let extensions = run.extensions.iter().map(|e| e.at);
    let prompts = session.prompts_revealed.iter().filter(|p| p.item == item).map(|p| p.at);
    let entries = session.entries.iter().filter(|e| e.item.as_deref() == Some(item)).map(|e| e.created_at);
    let turns =
        session.turns.iter().filter(|t| t.item == item).flat_map(|t| [Some(t.started_at), t.ended_at]);
    pauses
        .chain(extensions)
        .chain(run.ends_at_set)
        .chain(prompts)
        .chain(entries)
        .chain(turns.flatten())
        .filter(|&t| t >= start && t <= midnight)
        .fold(start, Timestamp::max)
}

/// The overrun of `run` had it ended at `end`: its clock time to there (less its pauses)
/// against its planned length, as the fold counts it when an item ends.
fn overrun_at(run: &ItemRun, end: Timestamp) -> i64 {
    let ended = ItemRun { ended_at: Some(end), ..run.clone() };
    ended.active_seconds(end) - i64::from(run.planned_minutes) * 60
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use crate::export::annex::agenda_as_run;
    use crate::export::document::Block;
    use crate::i18n::Lang;
    use crate::session::testkit::{Scribe, roundtable, roundtable_morning};
    use crate::session::{Attribution, EntryKind, Event, Session};

    /// A clock time in Dushanbe (UTC+5) on day 1 (28 April 2009) or day 2.
    fn at(day: u8, hh: i64, mm: i64) -> Timestamp {
        let date = if day == 1 { "2009-04-28" } else { "2009-04-29" };
        let utc = format!("{date}T{:02}:{mm:02}:00Z", hh - 5);
        utc.parse().unwrap()
    }

    struct Run {
        scribe: Scribe,
        session: Session,
    }

    impl Run {
        fn new() -> Run {
            let mut scribe = Scribe::new("laptop-a", roundtable_morning());
            let session = Session::start(&scribe.start(&roundtable())).unwrap();
            Run { scribe, session }
        }

        fn at(&mut self, day: u8, hh: i64, mm: i64, event: Event) -> &mut Run {
            self.scribe.now = at(day, hh, mm);
            let record = self.scribe.record(event);
            self.session.apply(&record);
            self
        }

        fn start(&mut self, day: u8, hh: i64, mm: i64, item: &str) -> &mut Run {
            self.at(day, hh, mm, Event::ItemStarted { item: item.into() })
        }

        fn note(&mut self, day: u8, hh: i64, mm: i64, item: Option<&str>) -> &mut Run {
            self.scribe.now = at(day, hh, mm);
            let (_, record) = self.scribe.capture(EntryKind::DiscussionPoint, "a point", item);
            self.session.apply(&record);
            self
        }

        /// The annex row of the item titled `title`: actual time and overrun.
        fn row(&self, title: &str) -> (String, String) {
            let blocks = agenda_as_run(&self.session, Lang::En, 1);
            let Some(Block::Table { rows, .. }) = blocks.get(1) else { panic!("no table: {blocks:?}") };
            let row = rows.iter().find(|r| r[1] == title).unwrap_or_else(|| panic!("no {title}: {rows:?}"));
            (row[3].clone(), row[4].clone())
        }
    }

    const WRAP_UP: &str = "Wrap-up of day one";

    #[test]
    fn an_item_left_running_overnight_ends_at_its_last_event_of_the_day() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").note(1, 16, 41, Some("d1-wrap-up"));
        let floor = Event::FloorGiven {
            speaker: Attribution { participant: Some("odihr-1".into()), ..Attribution::default() },
            item: "d1-wrap-up".into(),
        };
        r.at(1, 16, 50, floor).at(1, 16, 58, Event::FloorEnded);
        // A note filed under it the next morning, before anyone started the day: not its day.
        r.note(2, 8, 55, Some("d1-wrap-up"));
        r.start(2, 9, 0, "d2-ngo-presentations");
        // The fold keeps what the clock did.
        let run = &r.session.items[r.session.item_index("d1-wrap-up").unwrap()];
        assert_eq!(run.ended_at, Some(at(2, 9, 0)));
        // The annex ends it when the floor was last given back: 28 minutes against 15.
        assert_eq!(r.row(WRAP_UP), ("16:30–16:58".into(), "+13".into()));
    }

    #[test]
    fn a_pause_at_the_end_of_the_day_is_where_it_ended() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").note(1, 16, 35, Some("d1-wrap-up"));
        r.at(1, 16, 40, Event::ItemPaused { item: "d1-wrap-up".into() });
        // Resumed the next morning and ended then: the morning is not day one's.
        r.at(2, 9, 0, Event::ItemResumed { item: "d1-wrap-up".into() });
        r.at(2, 9, 5, Event::ItemEnded { item: "d1-wrap-up".into() });
        assert_eq!(r.row(WRAP_UP), ("16:30–16:40".into(), "−5".into()));
    }

    #[test]
    fn with_nothing_recorded_but_its_start_it_ends_where_it_started() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").start(2, 9, 2, "d2-ngo-presentations");
        assert_eq!(r.row(WRAP_UP), ("16:30–16:30".into(), "−15".into()));
        // The next day's item, still running on its own day, is running.
        assert_eq!(
            r.row("Perspectives from the community: presentations by Tajik NGOs").0,
            "09:02–(running)"
        );
    }

    #[test]
    fn an_item_still_running_when_the_record_goes_on_the_next_day_is_ended_too() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").note(1, 16, 47, Some("d1-wrap-up"));
        assert_eq!(r.row(WRAP_UP).0, "16:30–(running)", "on its own day it still runs");
        // A note of the next morning, under no item: day one is over.
        r.note(2, 8, 50, None);
        assert_eq!(r.row(WRAP_UP), ("16:30–16:47".into(), "+2".into()));
    }

    #[test]
    fn an_item_ended_on_its_own_day_keeps_its_end_and_overrun() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").note(1, 16, 35, Some("d1-wrap-up"));
        r.at(1, 17, 0, Event::ItemEnded { item: "d1-wrap-up".into() });
        r.start(2, 9, 0, "d2-ngo-presentations");
        assert_eq!(r.row(WRAP_UP), ("16:30–17:00".into(), "+15".into()));
        // Ended late in the evening, just before midnight: still its day.
        let mut late = Run::new();
        late.start(1, 16, 30, "d1-wrap-up").at(1, 23, 59, Event::SessionFinished);
        assert_eq!(late.row(WRAP_UP), ("16:30–23:59".into(), "+434".into()));
    }

    #[test]
    fn an_item_gone_back_to_the_next_day_ends_where_it_ended_on_its_day() {
        let mut r = Run::new();
        r.start(1, 16, 30, "d1-wrap-up").at(1, 16, 52, Event::ItemEnded { item: "d1-wrap-up".into() });
        // The next morning the facilitator goes back to it for a moment.
        r.start(2, 9, 0, "d1-wrap-up").start(2, 9, 4, "d2-ngo-presentations");
        assert_eq!(r.row(WRAP_UP), ("16:30–16:52".into(), "+7".into()));
    }
}
