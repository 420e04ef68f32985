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
    /// A fixed start that cannot be met: how long the items before it run into it. The
    /// item still shows at its fixed time (a fixed start never moves by drift).
    pub fixed_missed_ms: Option<i64>,
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
    /// Positive when the day will end late, negative when early, in whole minutes. A fixed
    /// start that cannot be met counts too: the day is behind by what it cannot absorb.
    pub fn drift_minutes(&self) -> i64 {
        let minutes = |ms: i64| (ms as f64 / 60_000.0).round() as i64;
        let end = minutes(self.projected_end.duration_since(self.planned_end).as_millis() as i64);
        match self.items.iter().filter_map(|p| p.fixed_missed_ms).max().map(minutes) {
            Some(missed) if missed > 0 => end.max(missed),
            _ => end,
        }
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

/// The date day `day` is actually run on. A day runs on the date its first item started;
/// the current day and the days after it are run from today on (a rehearsal, or an event
/// moved to another date, keeps its times of day); earlier days keep their planned date.
pub fn run_date(session: &Session, day: usize, now: Timestamp) -> Option<Date> {
    let tz = session.agenda.event.time_zone.time_zone();
    let planned = |d: usize| session.agenda.days.get(d).map(|x| x.date.date());
    if let Some(start) = session.items.iter().filter(|r| r.day == day).filter_map(|r| r.started_at).min() {
        return Some(start.to_zoned_datetime(tz).date());
    }
    let current = super::course::current_day(session);
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

/// Projects day `day` at `now`. Items before the one the event has reached keep their
/// actual times (or show as not run); the running item ends when its clock says; the rest
/// follow back to back, each for what is left of its length (an item the facilitator went
/// back from goes on where it stopped), never starting before now once the day has begun,
/// and an item with a fixed start starts then, whatever runs before it: when that cannot
/// be met, [`ProjectedItem::fixed_missed_ms`] says by how much.
pub fn project_day(session: &Session, day: usize, now: Timestamp) -> DayProjection {
    let current = session.current_index();
    let reached = super::course::reached(session);
    let day_begun = now > planned_instant(session, day, day_start(session, day), now);
    let mut items = Vec::new();
    let mut cursor: Option<Timestamp> = None;
    let mut planned_end = None;
    for (index, run) in session.items.iter().enumerate().filter(|(_, r)| r.day == day) {
        planned_end = Some(planned_instant(session, day, run.planned_end, now));
        let planned = planned_instant(session, day, run.planned_start, now);
        let fixed = session
            .agenda
            .days
            .get(day)
            .and_then(|d| d.items.iter().find(|i| i.id == run.item))
            .and_then(|i| i.fixed_start)
            .and_then(|t| day_instant(session, day, t, now));
        let behind = reached.is_some_and(|r| index < r || (index == r && current.is_none()));
        let mut fixed_missed_ms = None;
        let (status, start, end) = if current == Some(index) {
            let start = run.started_at.unwrap_or(now);
            (Status::Current, start, run.end_at(now).max(now))
        } else if run.skipped {
            let at = cursor.unwrap_or(planned);
            (Status::Skipped, at, at)
        } else if behind {
            match (run.started_at, run.ended_at) {
                (Some(start), Some(end)) => (Status::Done, start, end),
                _ => {
                    let at = cursor.unwrap_or(planned);
                    (Status::NotRun, at, at)
                }
            }
        } else {
            let mut start = cursor.unwrap_or(planned);
            // Nothing is running: whatever comes next cannot start before now.
            if current.is_none() && day_begun && now > start {
                start = now;
            }
            // The fixed item keeps its slot on screen; what runs before a missed fixed
            // start eats into it (a lunch shortened), and when it runs past the whole
            // slot, what follows cannot start before it ends.
            let mut runs_to = start;
            if let Some(f) = fixed {
                if start > f {
                    fixed_missed_ms = Some(start.duration_since(f).as_millis() as i64);
                }
                start = f;
            }
            let left = (run.allotted_seconds() * 1000 - run.active_millis(now)).max(0);
            let end = plus(start, left);
            runs_to = runs_to.max(end);
            items.push(ProjectedItem {
                index,
                status: Status::Upcoming,
                start,
                end,
                fixed,
                overrun_seconds: None,
                fixed_missed_ms,
            });
            cursor = Some(runs_to);
            continue;
        };
        cursor = Some(match status {
            // Items that ran keep the day's cursor where the latest of them ended.
            Status::Done => cursor.map_or(end, |c| c.max(end)),
            _ => end,
        });
        items.push(ProjectedItem {
            index,
            status,
            start,
            end,
            fixed,
            overrun_seconds: if status == Status::Done { run.overrun_seconds } else { None },
            fixed_missed_ms,
        });
    }
    let planned_end = planned_end.unwrap_or(now);
    let hard_end =
        session.agenda.days.get(day).and_then(|d| d.hard_end).and_then(|t| day_instant(session, day, t, now));
    DayProjection { day, items, planned_end, projected_end: cursor.unwrap_or(planned_end), hard_end }
}

impl DayProjection {
    /// The first fixed start of the day that cannot be met, and by how much.
    pub fn missed_fixed_start(&self) -> Option<&ProjectedItem> {
        self.items.iter().find(|p| p.fixed_missed_ms.is_some_and(|ms| ms >= 60_000))
    }
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
            .filter_map(|&(index, _, to)| {
                let run = session.items.get(index)?;
                let extra: i64 = run.extensions.iter().map(|e| i64::from(e.minutes)).sum();
                // Extensions stay on top of the new planned length.
                let base = (i64::from(to) - extra).max(1) as u32;
                Some(PlanChange { item: run.item.clone(), minutes: Some(base) })
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
                    let minutes = session.items.get(p.index).map_or(0, |r| r.allotted_seconds() / 60) as u32;
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
        segment.iter().filter_map(|p| session.items.get(p.index)).map(|r| r.allotted_seconds() * 1000).sum()
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
