//! One day's timeline: per agenda item a row, its title on the left; the time it was
//! planned for as an outlined bar, the time it ran as a solid bar under it, and what ran
//! beyond its planned length hatched, with the minutes in words ("+7 min"). A time axis of
//! the venue's clock (HH:MM) over the rows, a legend under them. Read from
//! [`crate::session::day_summary`], as the day's summary screen is, so the two agree.

use super::draw::{Align, Canvas, svg};
use super::{Check, HATCH_GROUND, OUTLINE, Picture, SOLID, TIMELINE_BAR, WIDTH, shortened};
use crate::i18n::Lang;
use crate::session::day_summary::{DaySummary, ItemLine};
use crate::t;

/// Where the item titles start, and where the time axis starts and ends: room on the
/// right for the last bar's note.
const LEFT: i32 = 16;
const AXIS_FROM: i32 = 300;
const AXIS_TO: i32 = WIDTH as i32 - 90;
/// The first row's top, each row's height, and a title's length before it is shortened.
const TOP: i32 = 76;
const ROW: i32 = 30;
const TITLE_CHARS: usize = 40;
const GRID: &str = "#C0C0C0";
/// A legend's swatch: taller than a bar, so tests and readers tell them apart.
const SWATCH: (i32, i32) = (28, 14);

/// The picture of `day`; `date` the day's date in words, for the caption.
pub fn draw(day: &DaySummary, date: Option<&str>, lang: Lang, check: Check<'_>) -> Option<Picture> {
    let n = day.day + 1;
    let title = t!(lang, "pictures-timeline-title", day = n);
    let caption = match date {
        Some(date) => t!(lang, "pictures-timeline-caption", day = n, date = date),
        None => title.clone(),
    };
    let rows: Vec<(String, &ItemLine)> =
        day.items.iter().map(|i| (shortened(&check(&i.title), TITLE_CHARS), i)).collect();
    let (from, to) = day.span();
    let x = |minute: i32| AXIS_FROM + (minute - from) * (AXIS_TO - AXIS_FROM) / (to - from).max(1);
    let bottom = TOP + ROW * rows.len() as i32;
    let bar = TIMELINE_BAR as i32;
    let svg = svg(WIDTH, (bottom + 56) as u32, |c| {
        c.text(&title, (LEFT, 24), 18.0, true, Align::Left);
        let step = tick_step(to - from);
        let mut tick = (from + step - 1).div_euclid(step) * step;
        while tick <= to {
            c.line((x(tick), TOP - 8), (x(tick), bottom), GRID, 1);
            c.text(&hhmm(tick), (x(tick), TOP - 20), 12.0, false, Align::Centre);
            tick += step;
        }
        for (i, (label, item)) in rows.iter().enumerate() {
            let top = TOP + ROW * i as i32;
            c.text(label, (LEFT, top + ROW / 2), 13.0, false, Align::Left);
            let planned = (x(item.planned.0), x(item.planned.1).max(x(item.planned.0) + 2));
            c.outline((planned.0, top + 3), (planned.1, top + 3 + bar), OUTLINE);
            let (end, note) = match item.actual {
                Some(actual) => {
                    (as_run(c, item, actual, top + 16, &x), note_of(item, lang).map(|w| (w, top + 16)))
                }
                None => {
                    let id = if item.skipped { "pictures-skipped" } else { "pictures-not-run" };
                    (planned.1, Some((t!(lang, id), top + 3)))
                }
            };
            if let Some((note, at)) = note {
                c.text(&note, (end + 6, at + bar / 2), 12.0, false, Align::Left);
            }
        }
        legend(c, bottom + 30, lang);
    })?;
    Some(Picture { caption, svg })
}

/// The as-run bar at `y`: solid for the planned length, hatched beyond it. Returns where
/// it ends.
fn as_run(c: &mut Canvas<'_>, item: &ItemLine, (a0, a1): (i32, i32), y: i32, x: &dyn Fn(i32) -> i32) -> i32 {
    let bar = TIMELINE_BAR as i32;
    let (start, end) = (x(a0), x(a1).max(x(a0) + 2));
    let within = x(a0 + (item.planned.1 - item.planned.0)).clamp(start + 2, end);
    if item.overran() && within < end {
        c.solid((start, y), (within, y + bar), SOLID);
        c.hatched((within, y), (end, y + bar), SOLID, HATCH_GROUND);
    } else {
        c.solid((start, y), (end, y + bar), SOLID);
    }
    end
}

/// What is said after the as-run bar: the overrun ("+7 min") or that it still runs.
fn note_of(item: &ItemLine, lang: Lang) -> Option<String> {
    match item.over_minutes {
        Some(m) if m > 0 => Some(t!(lang, "pictures-over", minutes = m)),
        _ if item.running => Some(t!(lang, "pictures-running")),
        _ => None,
    }
}

/// The legend at `y`: a swatch of each kind of bar and what it means.
fn legend(c: &mut Canvas<'_>, y: i32, lang: Lang) {
    let (w, h) = SWATCH;
    let mut at = LEFT;
    for (id, kind) in
        [("pictures-legend-planned", 0), ("pictures-legend-actual", 1), ("pictures-legend-overrun", 2)]
    {
        let (from, to) = ((at, y - h / 2), (at + w, y + h / 2));
        match kind {
            0 => c.outline(from, to, OUTLINE),
            1 => c.solid(from, to, SOLID),
            _ => c.hatched(from, to, SOLID, HATCH_GROUND),
        }
        let words = t!(lang, id);
        c.text(&words, (at + w + 8, y), 13.0, false, Align::Left);
        // Room for the words at the naive width of a character, and a gap.
        at += w + 8 + 8 * words.chars().count() as i32 + 28;
    }
}

/// Minutes between ticks: a tick every half hour on a short day, fewer on a long one.
fn tick_step(span: i32) -> i32 {
    [30, 60, 120, 180, 240, 360].into_iter().find(|step| span / step <= 10).unwrap_or(720)
}

/// "09:30" for minutes after midnight (after the next midnight too).
fn hhmm(minute: i32) -> String {
    let m = minute.rem_euclid(24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_stay_readable_and_times_wrap_at_midnight() {
        assert_eq!(tick_step(240), 30);
        assert_eq!(tick_step(8 * 60), 60);
        assert_eq!(tick_step(24 * 60), 180);
        assert_eq!(hhmm(9 * 60 + 5), "09:05");
        assert_eq!(hhmm(24 * 60 + 30), "00:30");
    }
}
