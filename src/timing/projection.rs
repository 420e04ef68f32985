//! Where the day is heading: projected times of every item of a day from what has run so
//! far, the drift against the plan, and which later items would have to shrink (and by how
//! much) to end on time. Fixed starts do not move.

use jiff::civil::{Date, DateTime};
use jiff::{SignedDuration, Timestamp};

use crate::agenda::ClockTime;
use crate::session::{PlanChange, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    Current,
    Upcoming,
    Skipped,
    /// Never started, and the session has moved past it.
    NotRun,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectedItem {
    /// Index into `session.items`.
    pub index: usize,
    pub status: Status,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The fixed start this item keeps, if any.
    pub fixed: Option<Timestamp>,
    /// Finished items: seconds over (positive) or under (negative) their planned length.
    pub overrun_seconds: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayProjection {
    pub day: usize,
    pub items: Vec<ProjectedItem>,
    pub planned_end: Timestamp,
    pub projected_end: Timestamp,
    pub hard_end: Option<Timestamp>,
}

impl DayProjection {
    /// Positive when the day will end late, negative when early, in whole minutes.
    pub fn drift_minutes(&self) -> i64 {
        let secs = self.projected_end.duration_since(self.planned_end).as_secs();
        (secs as f64 / 60.0).round() as i64
    }

    /// "12 min behind", "5 min ahead", "on time".
    pub fn drift_text(&self) -> String {
        match self.drift_minutes() {
            0 => "on time".to_string(),
            m if m > 0 => format!("{m} min behind"),
            m => format!("{} min ahead", -m),
        }
    }
}

/// The day of the session's current item, else the first day with items still to run.
pub fn current_day(session: &Session) -> usize {
    if let Some(i) = session.current_index() {
        return session.items[i].day;
    }
    session
        .items
        .iter()
        .find(|r| r.ended_at.is_none() && !r.skipped)
        .map_or_else(|| session.items.last().map_or(0, |r| r.day), |r| r.day)
}

/// The date day `day` is actually run on. A day runs on the date its first item started;
/// the current day and the days after it are run from today on (a rehearsal, or an event
/// moved to another date, keeps its times of day); earlier days keep their planned date.
pub fn run_date(session: &Session, day: usize, now: Timestamp) -> Option<Date> {
    let tz = session.agenda.event.time_zone.time_zone();
    let planned = |d: usize| session.agenda.days.get(d).map(|x| x.date.date());
    if let Some(start) = session.items.iter().filter(|r| r.day == day).filter_map(|r| r.started_at).min() {
        return Some(start.to_zoned_datetime(tz).date());
    }
    let current = current_day(session);
    if day < current {
        return planned(day);
    }
    let anchor = match session.items.iter().filter(|r| r.day == current).filter_map(|r| r.started_at).min() {
        Some(start) => start.to_zoned_datetime(tz.clone()).date(),
        None => now.to_zoned_datetime(tz).date(),
    };
    let gap = planned(day)?.since(planned(current)?).ok()?;
    anchor.checked_add(gap).ok()
}

/// A time of day on the date day `day` is run, as an instant in the event's time zone.
pub fn day_instant(session: &Session, day: usize, time: ClockTime, now: Timestamp) -> Option<Timestamp> {
    let date = run_date(session, day, now)?;
    let tz = session.agenda.event.time_zone.time_zone();
    date.to_datetime(time.time()).to_zoned_datetime(tz).ok().map(|z| z.timestamp())
}

/// A planned civil time of day `day` (which may lie past midnight), moved to the date the
/// day is run.
fn planned_instant(session: &Session, day: usize, civil: DateTime, now: Timestamp) -> Timestamp {
    let tz = session.agenda.event.time_zone.time_zone();
    let shifted = session.agenda.days.get(day).and_then(|d| {
        let offset = civil.date().since(d.date.date()).ok()?;
        run_date(session, day, now)?.checked_add(offset).ok()
    });
    let date = shifted.unwrap_or(civil.date());
    date.to_datetime(civil.time())
        .to_zoned_datetime(tz)
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

fn plus(t: Timestamp, ms: i64) -> Timestamp {
    t.checked_add(SignedDuration::from_millis(ms)).unwrap_or(t)
}

/// Projects day `day` at `now`.
pub fn project_day(session: &Session, day: usize, now: Timestamp) -> DayProjection {
    let current = session.timer.current.as_deref();
    // Items before the running (or last finished) one that never started were passed over.
    let reached = session
        .timer
        .current
        .as_deref()
        .and_then(|id| session.item_index(id))
        .or_else(|| session.items.iter().rposition(|r| r.ended_at.is_some()));
    let mut items = Vec::new();
    let mut cursor: Option<Timestamp> = None;
    let mut planned_end = None;
    for (index, run) in session.items.iter().enumerate().filter(|(_, r)| r.day == day) {
        planned_end = Some(planned_instant(session, day, run.planned_end, now));
        let fixed = session
            .agenda
            .days
            .get(day)
            .and_then(|d| d.items.iter().find(|i| i.id == run.item))
            .and_then(|i| i.fixed_start)
            .and_then(|t| day_instant(session, day, t, now));
        let is_current = current == Some(run.item.as_str());
        let (status, start, end) = if is_current {
            let start = run.started_at.unwrap_or(now);
            (Status::Current, start, plus(now, run.remaining_ms(now).max(0)))
        } else if let (Some(start), Some(end)) = (run.started_at, run.ended_at) {
            (Status::Done, start, end)
        } else if run.skipped || (run.started_at.is_none() && reached.is_some_and(|r| index < r)) {
            let at = cursor.unwrap_or_else(|| planned_instant(session, day, run.planned_start, now));
            (if run.skipped { Status::Skipped } else { Status::NotRun }, at, at)
        } else {
            let planned = planned_instant(session, day, run.planned_start, now);
            // Nothing is running: whatever comes next cannot start before now.
            let mut start = cursor.unwrap_or(planned);
            if current.is_none()
                && now > start
                && now > planned_instant(session, day, day_start(session, day), now)
            {
                start = now;
            }
            if let Some(f) = fixed {
                start = start.max(f);
            }
            (Status::Upcoming, start, plus(start, run.allotted_seconds() * 1000))
        };
        cursor = Some(end);
        items.push(ProjectedItem {
            index,
            status,
            start,
            end,
            fixed,
            overrun_seconds: if status == Status::Done { run.overrun_seconds } else { None },
        });
    }
    let planned_end = planned_end.unwrap_or(now);
    let hard_end =
        session.agenda.days.get(day).and_then(|d| d.hard_end).and_then(|t| day_instant(session, day, t, now));
    DayProjection { day, items, planned_end, projected_end: cursor.unwrap_or(planned_end), hard_end }
}

fn day_start(session: &Session, day: usize) -> jiff::civil::DateTime {
    session.items.iter().find(|r| r.day == day).map(|r| r.planned_start).unwrap_or_default()
}

/// Shrinking later items so the day ends on time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Each item to shrink: index into `session.items`, minutes now, minutes proposed.
    pub cuts: Vec<(usize, u32, u32)>,
    /// Minutes still over after the proposal (items keep at least half their length).
    pub still_over_minutes: u32,
}

impl Proposal {
    /// The event that accepts this proposal.
    pub fn changes(&self, session: &Session) -> Vec<PlanChange> {
        self.cuts
            .iter()
            .map(|&(index, _, to)| {
                let run = &session.items[index];
                let extra: i64 = run.extensions.iter().map(|e| i64::from(e.minutes)).sum();
                // Extensions stay on top of the new planned length.
                let base = (i64::from(to) - extra).max(1) as u32;
                PlanChange { item: run.item.clone(), minutes: base }
            })
            .collect()
    }
}

/// What later items of the day would have to shrink to end on time, when the day is
/// behind. Items before a fixed start shrink to meet that start; the rest to meet the
/// planned end of the day. An item keeps at least half its length (and at least 5 min).
pub fn replan_proposal(session: &Session, projection: &DayProjection) -> Option<Proposal> {
    let mut cuts = Vec::new();
    let mut still_over = 0u32;
    let upcoming: Vec<&ProjectedItem> =
        projection.items.iter().filter(|p| p.status == Status::Upcoming).collect();
    let mut segment: Vec<&ProjectedItem> = Vec::new();
    // Shrinks one segment (the items between two fixed starts) to end by `deadline`;
    // returns the minutes it took out.
    let mut shrink = |segment: &mut Vec<&ProjectedItem>, deadline: Timestamp, seg_end: Timestamp| -> u32 {
        let over_secs = seg_end.duration_since(deadline).as_secs();
        let mut take = 0;
        if over_secs >= 60 && !segment.is_empty() {
            let need = (over_secs + 59).div_euclid(60) as u32;
            let caps: Vec<(usize, u32, u32)> = segment
                .iter()
                .map(|p| {
                    let minutes = (session.items[p.index].allotted_seconds() / 60) as u32;
                    let keep = minutes.div_ceil(2).max(5).min(minutes);
                    (p.index, minutes, minutes - keep)
                })
                .collect();
            let total: u32 = caps.iter().map(|c| c.2).sum();
            take = need.min(total);
            let mut given = 0;
            let mut shares: Vec<(usize, u32, u32)> = caps
                .iter()
                .map(|&(i, m, cap)| {
                    let share = (take * cap).checked_div(total).unwrap_or(0);
                    given += share;
                    (i, m, share)
                })
                .collect();
            // Hand out what rounding left over to the items with most room left.
            while given < take {
                let Some(best) =
                    shares.iter_mut().zip(&caps).filter(|(s, c)| s.2 < c.2).max_by_key(|(s, c)| c.2 - s.2)
                else {
                    break;
                };
                best.0.2 += 1;
                given += 1;
            }
            cuts.extend(shares.into_iter().filter(|s| s.2 > 0).map(|(i, m, cut)| (i, m, m - cut)));
            still_over += need - take;
        }
        segment.clear();
        take
    };
    let length = |segment: &[&ProjectedItem]| -> i64 {
        segment.iter().map(|p| session.items[p.index].allotted_seconds() * 1000).sum()
    };
    // Each segment starts when the one before it ends once shrunk, or at its fixed start.
    let mut seg_start = upcoming.first().map_or(projection.planned_end, |p| p.start);
    for p in upcoming {
        if let Some(fixed) = p.fixed {
            let end = plus(seg_start, length(&segment));
            let cut = shrink(&mut segment, fixed, end);
            seg_start = fixed.max(plus(end, -i64::from(cut) * 60_000));
        }
        segment.push(p);
    }
    let end = plus(seg_start, length(&segment));
    shrink(&mut segment, projection.planned_end, end);
    (!cuts.is_empty() || still_over > 0).then_some(Proposal { cuts, still_over_minutes: still_over })
}
