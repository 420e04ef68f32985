//! One day at a glance: each item planned against as run (times as minutes after the
//! venue's midnight, for a time axis), the drift through the day, the speaking balance,
//! the points captured by kind, and what is still open. The day's summary screen and the
//! draft's timeline picture both read it, so the two never disagree. Pure: `now` comes in.

use jiff::Timestamp;
use uuid::Uuid;

use super::balance::{self, Balance};
use super::{Entry, EntryKind, Mark, Session, day_end};

/// One item of the day on the time axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLine {
    /// Its place in `session.items`.
    pub index: usize,
    pub title: String,
    /// Planned start and end, minutes after midnight.
    pub planned: (i32, i32),
    /// As run: start and end (`now` while it runs), minutes after the midnight of its
    /// start; an item left running overnight ends at its last event of its day.
    pub actual: Option<(i32, i32)>,
    pub running: bool,
    pub skipped: bool,
    /// Minutes beyond its planned length once it ended (negative: early).
    pub over_minutes: Option<i64>,
}

impl ItemLine {
    /// Ran longer than planned by a minute or more.
    pub fn overran(&self) -> bool {
        self.over_minutes.is_some_and(|m| m > 0)
    }
}

/// The drift at one point of the day: how late (positive) the day ran against its plan
/// when an item ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drift {
    /// Minutes after midnight, as run.
    pub at: i32,
    pub minutes: i64,
}

/// An open point: a contested one, quoted short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPoint {
    pub id: Uuid,
    pub kind: EntryKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    /// 0-based.
    pub day: usize,
    pub items: Vec<ItemLine>,
    pub drift: Vec<Drift>,
    pub balance: Balance,
    /// Live points of the day's items by kind, in the kinds' order; kinds with none left
    /// out.
    pub kinds: Vec<(EntryKind, usize)>,
    pub contested: Vec<OpenPoint>,
    /// Points whose source (a presenter, a group's rapporteur) has not checked them yet.
    pub unchecked: usize,
}

impl DaySummary {
    /// The drift as the day stands: at the last item that ended, if any.
    pub fn last_drift(&self) -> Option<i64> {
        self.drift.last().map(|d| d.minutes)
    }

    /// The axis the timeline needs: from the earliest planned or actual start to the
    /// latest end, in minutes after midnight, widened to whole half hours.
    pub fn span(&self) -> (i32, i32) {
        let starts = self.items.iter().flat_map(|i| [Some(i.planned.0), i.actual.map(|a| a.0)]).flatten();
        let ends = self.items.iter().flat_map(|i| [Some(i.planned.1), i.actual.map(|a| a.1)]).flatten();
        let from = starts.min().unwrap_or(9 * 60);
        let to = ends.max().unwrap_or(from + 60).max(from + 30);
        (from.div_euclid(30) * 30, (to + 29).div_euclid(30) * 30)
    }

    /// The number of points of `kind`.
    pub fn count(&self, kind: EntryKind) -> usize {
        self.kinds.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n)
    }
}

/// The kinds in the order the summary lists them (the report's).
pub const KINDS: [EntryKind; 9] = [
    EntryKind::PresentationPoint,
    EntryKind::DiscussionPoint,
    EntryKind::Question,
    EntryKind::Quote,
    EntryKind::RecommendationPresenters,
    EntryKind::RecommendationParticipants,
    EntryKind::Conclusion,
    EntryKind::FollowUp,
    EntryKind::Reference,
];

/// The summary of `day` at `now`. `waits_for_check` says whether a point still waits for
/// its source's check (the review pack decides who that is).
pub fn day_summary(
    session: &Session,
    day: usize,
    now: Timestamp,
    waits_for_check: impl Fn(&Entry) -> bool,
) -> DaySummary {
    let tz = session.agenda.event.time_zone.time_zone();
    let minute_of = |t: Timestamp| {
        let time = tz.to_datetime(t).time();
        i32::from(time.hour()) * 60 + i32::from(time.minute())
    };
    let clock = |d: jiff::civil::DateTime| i32::from(d.hour()) * 60 + i32::from(d.minute());
    let mut items = Vec::new();
    let mut drift = Vec::new();
    for (index, run) in session.items.iter().enumerate().filter(|(_, r)| r.day == day) {
        let title = session.agenda_item(index).map_or_else(|| run.item.clone(), |i| i.title.clone());
        let planned_start = clock(run.planned_start);
        // An item planned across midnight still ends after its start on the axis.
        let planned_end = planned_start + (clock(run.planned_end) - planned_start).rem_euclid(24 * 60);
        let end = day_end::end_of(session, run);
        let actual = run.started_at.map(|start| {
            let from = minute_of(start);
            let until = end.map_or(now, |e| e.at).max(start);
            (from, from + (until.duration_since(start).as_mins() as i32))
        });
        let over_minutes = end.and_then(|e| e.overrun_seconds).map(|s| (s as f64 / 60.0).round() as i64);
        if let (Some((_, until)), Some(_)) = (actual, end) {
            drift.push(Drift { at: until, minutes: i64::from(until - planned_end) });
        }
        items.push(ItemLine {
            index,
            title,
            planned: (planned_start, planned_end),
            actual,
            running: run.started_at.is_some() && end.is_none(),
            skipped: run.skipped && run.started_at.is_none(),
            over_minutes,
        });
    }
    let of_day = |e: &&Entry| {
        e.merged_into.is_none()
            && e.item
                .as_deref()
                .and_then(|id| session.item_index(id))
                .and_then(|i| session.items.get(i))
                .is_some_and(|r| r.day == day)
    };
    let entries: Vec<&Entry> = session.live_entries().filter(of_day).collect();
    let kinds = KINDS
        .iter()
        .map(|&k| (k, entries.iter().filter(|e| e.kind == k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let contested = entries
        .iter()
        .filter(|e| e.mark == Mark::Contested)
        .map(|e| OpenPoint { id: e.id, kind: e.kind, text: e.text.clone() })
        .collect();
    let unchecked = entries.iter().filter(|e| waits_for_check(e)).count();
    DaySummary {
        day,
        items,
        drift,
        balance: balance::balance(session, balance::Scope::Day(day), now),
        kinds,
        contested,
        unchecked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::replay_2009;

    #[test]
    fn the_replayed_first_day_as_run() {
        let session = replay_2009::two_days_session();
        let now = session.last_change_at;
        let s =
            day_summary(&session, 0, now, |e| e.checked.is_none() && e.kind == EntryKind::PresentationPoint);
        assert_eq!(s.items.len(), session.items.iter().filter(|r| r.day == 0).count());
        let ran: Vec<&ItemLine> = s.items.iter().filter(|i| i.actual.is_some()).collect();
        assert!(!ran.is_empty());
        for i in &ran {
            let (from, to) = i.actual.unwrap();
            assert!(from <= to && to - from < 24 * 60, "{i:?}");
            assert!(i.planned.0 < i.planned.1, "{i:?}");
        }
        assert_eq!(s.drift.len(), ran.iter().filter(|i| !i.running).count());
        let (from, to) = s.span();
        assert!(from % 30 == 0 && to % 30 == 0 && from < to);
        assert!(s.items.iter().all(|i| i.planned.0 >= from && i.planned.1 <= to));
        assert!(s.count(EntryKind::PresentationPoint) > 0);
        assert_eq!(s.unchecked, s.count(EntryKind::PresentationPoint), "none checked in the replay");
        assert!(s.balance.total > 0);
    }
}
