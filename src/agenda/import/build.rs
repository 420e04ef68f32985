//! The lines of an imported file as an [`Agenda`]: days and their dates, each item's
//! length and fixed start, its kind, its speakers on the roster, and ids.
//!
//! A file gives starts, lengths or both. A missing length is the time to the next start;
//! a start later than the item before ends becomes a fixed start (the schedule keeps it
//! there and `convene check` shows the gap as free time); a start earlier is an overlap.

use crate::agenda::{Agenda, ClockTime, Comment, Day, Event, EventDate, Item, Minutes, NonEmpty, PersonRef};

use super::people::{Ids, Roster, slug};
use super::{Entry, LengthHint, LineProblem, Options, Problems, Row, kinds};

/// When a day says nothing about when it starts.
const DEFAULT_START: (i8, i8) = (9, 0);

/// The agenda, and how many kinds were guessed; `None` when the file holds no items.
/// Problems go to `problems`: the agenda is only good when there are none.
pub(super) fn build(
    entries: Vec<Entry>,
    options: &Options,
    length_hint: &LengthHint,
    problems: &mut Problems,
) -> Option<(Agenda, usize)> {
    let drafts = days(entries, problems);
    let mut roster = Roster::default();
    let mut ids = Ids::default();
    let mut guessed = 0;
    let mut days = Vec::new();
    let mut previous: Option<EventDate> = None;
    for (n, draft) in drafts.into_iter().enumerate() {
        let date = match (draft.date, previous) {
            (Some(date), _) => date,
            (None, None) => options.first_date,
            (None, Some(before)) => next_day(before),
        };
        previous = Some(date);
        let (start, times) = schedule(&draft.rows, length_hint, problems);
        // Only `None` if 09:00 were no time of day.
        let Some(start) = start else { continue };
        let mut items = Vec::new();
        for (row, timed) in draft.rows.into_iter().zip(times) {
            let Some((minutes, fixed_start)) = timed else { continue };
            let kind = row.kind.unwrap_or_else(|| {
                guessed += 1;
                kinds::guess(&row.title, !row.speakers.is_empty())
            });
            let speakers = row.speakers.iter().map(|s| PersonRef::Id(roster.id_of(s))).collect();
            let id = ids.unique(format!("d{}-{}", n + 1, slug(&row.title, 40, "item")));
            items.push(Item {
                comment: Comment::None,
                id,
                title: row.title,
                kind,
                minutes,
                section: row.section,
                speakers,
                description: row.description,
                prompts: Vec::new(),
                case_study: None,
                fixed_start,
                thresholds: None,
                turn_minutes: None,
                report_minutes: None,
                groups: Vec::new(),
            });
        }
        // Items left out were reported; the agenda is not used then.
        if let Some(items) = NonEmpty::new(items) {
            days.push(Day { comment: Comment::None, date, start, hard_end: None, items });
        }
    }
    let language = crate::agenda::text::language_of(
        std::iter::once(options.title.as_str())
            .chain(days.iter().flat_map(|d| d.items.iter().map(|i| i.title.as_str()))),
    );
    let agenda = Agenda {
        schema: None,
        comment: Comment::None,
        event: Event {
            title: options.title.clone(),
            subtitle: None,
            organisers: Vec::new(),
            venue: None,
            time_zone: options.time_zone.clone(),
            languages: vec![language.to_string()],
            materials: Vec::new(),
            background: None,
            approach: None,
            chatham_house: options.chatham_house,
            public_names: Vec::new(),
            thresholds: None,
            projector_languages: Vec::new(),
        },
        report: None,
        participants: roster.into_participants(),
        days: NonEmpty::new(days)?,
    };
    Some((agenda, guessed))
}

/// A day as the file gives it.
struct DayDraft {
    /// The line that started it ("Day 2"), when one did.
    line: Option<usize>,
    date: Option<EventDate>,
    rows: Vec<Row>,
}

/// The lines grouped into days. A day line before any item only names the first day; a
/// day line with no items after it is a mistake (a day must have items).
fn days(entries: Vec<Entry>, problems: &mut Problems) -> Vec<DayDraft> {
    let mut out = Vec::new();
    let mut current = DayDraft { line: None, date: None, rows: Vec::new() };
    for entry in entries {
        match entry {
            Entry::Item(row) => current.rows.push(row),
            Entry::Day { line, date } => {
                if current.rows.is_empty() {
                    empty_day(&current, problems);
                } else {
                    out.push(current);
                }
                current = DayDraft { line: Some(line), date, rows: Vec::new() };
            }
        }
    }
    if current.rows.is_empty() {
        empty_day(&current, problems);
    } else {
        out.push(current);
    }
    out
}

fn empty_day(day: &DayDraft, problems: &mut Problems) {
    if let Some(line) = day.line {
        problems.add(line, LineProblem::EmptyDay);
    }
}

/// The date after `date`; the last representable date stays itself (no agenda gets there).
fn next_day(date: EventDate) -> EventDate {
    date.date().tomorrow().ok().and_then(|d| EventDate::parse(&d.to_string()).ok()).unwrap_or(date)
}

/// An item's length and fixed start, when they are known.
type Timed = Option<(Minutes, Option<ClockTime>)>;

/// Each item's length and fixed start (`None` for an item whose times are reported as
/// wrong, or unknown because a line before it could not be read), and the day's start.
fn schedule(
    rows: &[Row],
    length_hint: &LengthHint,
    problems: &mut Problems,
) -> (Option<ClockTime>, Vec<Timed>) {
    let day_start = day_start(rows);
    let mut previous_end = day_start.map(|s| (s.minutes_of_day(), None::<usize>));
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if row.broken {
            previous_end = None;
            out.push(None);
            continue;
        }
        let mut fixed = None;
        let start = match (row.start, previous_end) {
            (Some(given), Some((end, above))) if given.minutes_of_day() < end => {
                let (start, end) = (given.to_string(), clock(end));
                problems.add(row.line, LineProblem::Overlap { start, above, end });
                None
            }
            (Some(given), Some((end, _))) => {
                if given.minutes_of_day() > end {
                    fixed = Some(given);
                }
                Some(given.minutes_of_day())
            }
            (Some(given), None) => Some(given.minutes_of_day()),
            (None, previous) => previous.map(|(end, _)| end),
        };
        let minutes = length(row, rows.get(i + 1), start, length_hint, problems);
        previous_end = start.zip(minutes).map(|(s, m)| (s + i64::from(m.get()), Some(row.line)));
        out.push(minutes.map(|m| (m, fixed)));
    }
    (day_start, out)
}

/// The first item's start; without one, the start that the first given start and the
/// lengths before it imply (so "Opening (30)" then "09:30 Keynote" starts at 09:00);
/// 09:00 when nothing says.
fn day_start(rows: &[Row]) -> Option<ClockTime> {
    let mut before = 0i64;
    for row in rows {
        if row.broken {
            break;
        }
        if let Some(start) = row.start {
            let at = start.minutes_of_day() - before;
            if at >= 0 {
                return ClockTime::new((at / 60) as i8, (at % 60) as i8);
            }
            break;
        }
        match row.minutes {
            Some(m) => before += i64::from(m.get()),
            None => break,
        }
    }
    ClockTime::new(DEFAULT_START.0, DEFAULT_START.1)
}

/// The length of `row`, which starts at `start` (minutes of the day, when known): as
/// given, from its end time, or the time to the start of `next`.
fn length(
    row: &Row,
    next: Option<&Row>,
    start: Option<i64>,
    hint: &LengthHint,
    problems: &mut Problems,
) -> Option<Minutes> {
    let from_times = match (row.start, row.end) {
        (Some(s), Some(e)) => {
            let span = e.minutes_of_day() - s.minutes_of_day();
            if span <= 0 {
                let (end, start) = (e.to_string(), s.to_string());
                problems.add(row.line, LineProblem::EndNotAfterStart { end, start });
                return None;
            }
            Minutes::new(span as u32)
        }
        _ => None,
    };
    match (row.minutes, from_times) {
        (Some(given), Some(spanned)) if given != spanned => {
            let (spanned, given) = (spanned.get(), given.get());
            problems.add(row.line, LineProblem::TimesDisagree { spanned, given });
            None
        }
        (Some(given), _) => Some(given),
        (None, Some(spanned)) => Some(spanned),
        (None, None) => {
            // An unknown start was reported already (an overlap, or a line that could not
            // be read above): no second message about the same thing.
            let start = start?;
            let Some(next) = next else {
                problems.add(row.line, LineProblem::LastNoLength(hint.clone()));
                return None;
            };
            if next.broken {
                return None;
            }
            let Some(next_start) = next.start else {
                problems.add(row.line, LineProblem::NoLengthNoNextStart(hint.clone()));
                return None;
            };
            let span = next_start.minutes_of_day() - start;
            if span <= 0 {
                let (next, start, hint) = (next_start.to_string(), clock(start), hint.clone());
                problems.add(row.line, LineProblem::NoLengthNextBefore { next, start, hint });
                return None;
            }
            Minutes::new(span as u32)
        }
    }
}

/// Minutes of the day as "HH:MM" (past midnight too: "25:10" says how far it ran).
fn clock(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}
