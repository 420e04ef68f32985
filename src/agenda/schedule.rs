//! The planned schedule: when each item starts and ends if everything runs to plan.
//!
//! Times are kept as minutes from midnight of the day's date, so a day that runs past
//! midnight still adds up and can be shown as "00:30 (+1)".

use super::model::{Agenda, Day};
use super::values::ClockTime;

/// The plan of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedItem {
    /// Index of the item within its day.
    pub index: usize,
    pub start: DayMinute,
    pub end: DayMinute,
    /// How many minutes late a fixed start begins because earlier items run into it.
    pub fixed_start_missed_by: Option<u32>,
}

/// The plan of one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPlan {
    pub start: DayMinute,
    pub items: Vec<PlannedItem>,
    /// When the last item ends.
    pub end: DayMinute,
    /// Sum of the items' planned minutes (gaps before fixed starts not counted).
    pub item_minutes: u32,
    pub hard_end: Option<DayMinute>,
}

impl DayPlan {
    /// Minutes past the hard end, when the day runs over it.
    pub fn past_hard_end(&self) -> Option<u32> {
        let hard = self.hard_end?;
        (self.end.0 > hard.0).then(|| (self.end.0 - hard.0) as u32)
    }
}

/// Minutes from midnight of a day's own date; may exceed 24 h for days that run late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DayMinute(pub i64);

impl DayMinute {
    pub fn from_clock(t: ClockTime) -> Self {
        DayMinute(t.minutes_of_day())
    }

    pub fn plus(self, minutes: u32) -> Self {
        DayMinute(self.0 + i64::from(minutes))
    }
}

impl std::fmt::Display for DayMinute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days = self.0.div_euclid(24 * 60);
        let m = self.0.rem_euclid(24 * 60);
        write!(f, "{:02}:{:02}", m / 60, m % 60)?;
        if days != 0 {
            write!(f, " (+{days})")?;
        }
        Ok(())
    }
}

/// Plans every day of the agenda.
pub fn plan(agenda: &Agenda) -> Vec<DayPlan> {
    agenda.days.iter().map(plan_day).collect()
}

/// Plans one day: items back to back from the start, waiting for fixed starts.
pub fn plan_day(day: &Day) -> DayPlan {
    let start = DayMinute::from_clock(day.start);
    let mut cursor = start;
    let mut items = Vec::with_capacity(day.items.len());
    let mut item_minutes = 0u32;
    for (index, item) in day.items.iter().enumerate() {
        let mut missed = None;
        if let Some(fixed) = item.fixed_start {
            let fixed = DayMinute::from_clock(fixed);
            if fixed >= cursor {
                cursor = fixed;
            } else {
                missed = Some((cursor.0 - fixed.0) as u32);
            }
        }
        let minutes = item.minutes.get();
        let end = cursor.plus(minutes);
        items.push(PlannedItem { index, start: cursor, end, fixed_start_missed_by: missed });
        item_minutes += minutes;
        cursor = end;
    }
    DayPlan { start, items, end: cursor, item_minutes, hard_end: day.hard_end.map(DayMinute::from_clock) }
}

/// "7 h 30 min", "45 min".
pub fn format_minutes(minutes: u32) -> String {
    format_minutes_in(crate::i18n::Lang::En, minutes)
}

/// [`format_minutes`] in `lang`: "7 ч 30 мин".
pub fn format_minutes_in(lang: crate::i18n::Lang, minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => crate::t!(lang, "agenda-span-minutes", m = m),
        (h, 0) => crate::t!(lang, "agenda-span-hours", h = h),
        (h, m) => crate::t!(lang, "agenda-span-hours-minutes", h = h, m = m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::parse_str;

    fn day(items: &str, extra: &str) -> Day {
        let text = format!(
            r#"{{"event": {{"title": "t", "time_zone": "UTC"}},
                "days": [{{"date": "2026-01-05", "start": "09:00" {extra}, "items": [{items}]}}]}}"#
        );
        parse_str("t.json", &text).unwrap().days.into_vec().remove(0)
    }

    #[test]
    fn items_run_back_to_back() {
        let d = day(
            r#"{"id":"a","title":"A","kind":"opening","minutes":30},
               {"id":"b","title":"B","kind":"discussion","minutes":90}"#,
            "",
        );
        let p = plan_day(&d);
        assert_eq!(p.items[1].start.to_string(), "09:30");
        assert_eq!(p.end.to_string(), "11:00");
        assert_eq!(p.item_minutes, 120);
        assert_eq!(p.past_hard_end(), None);
    }

    #[test]
    fn fixed_start_waits_and_warns_when_missed() {
        let d = day(
            r#"{"id":"a","title":"A","kind":"discussion","minutes":60},
               {"id":"l","title":"Lunch","kind":"break","minutes":60,"fixed_start":"13:00"},
               {"id":"b","title":"B","kind":"discussion","minutes":240},
               {"id":"t","title":"Tea","kind":"break","minutes":15,"fixed_start":"17:00"}"#,
            r#", "hard_end": "18:00""#,
        );
        let p = plan_day(&d);
        assert_eq!(p.items[1].start.to_string(), "13:00");
        assert_eq!(p.items[1].fixed_start_missed_by, None);
        assert_eq!(p.items[3].start.to_string(), "18:00");
        assert_eq!(p.items[3].fixed_start_missed_by, Some(60));
        assert_eq!(p.past_hard_end(), Some(15));
        assert_eq!(p.item_minutes, 375);
    }

    #[test]
    fn days_past_midnight_are_marked() {
        assert_eq!(DayMinute(24 * 60 + 30).to_string(), "00:30 (+1)");
        assert_eq!(format_minutes(450), "7 h 30 min");
        assert_eq!(format_minutes(45), "45 min");
        assert_eq!(format_minutes(120), "2 h");
    }
}
