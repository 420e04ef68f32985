//! The agenda of one day: planned start, actual or projected times, over/under, title,
//! and what the plan says of each item (a fixed start, one that cannot be met, a length
//! re-planned or proposed). The day shown is the selected item's, so the selection never
//! leaves the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::text::{fit_words, hhmm, item, pad, signed_minutes};
use super::theme::Theme;
use crate::app::App;
use crate::i18n::Lang;
use crate::session::Session;
use crate::t;
use crate::timing::{self, DayProjection, ProjectedItem, Proposal, Status};

/// The column heads, aligned with [`row`]'s columns (the minutes over or under, "+5" or
/// "−3", need no head of their own): "  plan   actual/projected  item".
fn header(lang: Lang) -> String {
    // The planned start takes 7 columns with its gap, the times and the minutes over 18.
    format!(
        "  {}{}{}",
        pad(&t!(lang, "screen-list-plan"), 7),
        pad(&t!(lang, "screen-list-actual"), 18),
        t!(lang, "screen-list-item")
    )
}

/// What a skipped or never-run item shows in the times' column, centred in its width.
const TIMES_WIDTH: usize = 11;

/// A title keeps at least this many characters before its notes take their short form.
const TITLE_MIN: usize = 16;

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    theme: Theme,
) {
    let lang = app.lang();
    // The border cannot wrap: a long title is cut between words, never mid-word.
    let title = fit_words(&title(session, day, lang), usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered().title(Line::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The proposal belongs to the day on the clock; a finished event proposes nothing.
    let proposal = (session.finished_at.is_none() && day.day == timing::current_day(session))
        .then(|| timing::replan_proposal(session, day))
        .flatten();
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    let mut header = header(lang);
    if proposal.as_ref().is_some_and(|p| !p.cuts.is_empty()) {
        header.push_str(&format!("   ({})", t!(lang, "screen-list-proposed")));
    }
    let header = fit_words(&header, usize::from(head.width));
    frame.render_widget(Paragraph::new(Line::styled(header, theme.dim())), head);
    let width = usize::from(body.width);
    let lines: Vec<Line> = day
        .items
        .iter()
        .map(|p| row(session, p, p.index == app.selected, proposal.as_ref(), width, lang, theme))
        .collect();
    // Keep the selected row in view (else the running one).
    let focus = day
        .items
        .iter()
        .position(|p| p.index == app.selected)
        .or_else(|| day.items.iter().position(|p| p.status == Status::Current));
    let offset = focus.map_or(0, |r| (r + 1).saturating_sub(usize::from(body.height)));
    super::text::draw_lines(frame.buffer_mut(), body, lines.get(offset..).unwrap_or_default());
}

/// " Day 2 · Wed 29 Apr 2009 · day 1 is on the clock ": which day, and whether it is the
/// one the clock is on.
fn title(session: &Session, day: &DayProjection, lang: Lang) -> String {
    let Some(date) = session.agenda.days.get(day.day).map(|d| d.date.date()) else {
        return format!(" {} ", t!(lang, "screen-agenda"));
    };
    let date = t!(
        lang,
        "screen-date-with-year",
        date = crate::i18n::date_short(lang, date),
        year = date.year().to_string()
    );
    let mut title = format!(" {}", t!(lang, "screen-list-day", day = day.day + 1, date = date));
    let on = timing::current_day(session);
    if session.finished_at.is_none() && day.day != on {
        match timing::day_over(session) {
            Some(over) => title.push_str(&format!(" · {}", t!(lang, "screen-list-day-over", day = over + 1))),
            None => title.push_str(&format!(" · {}", t!(lang, "screen-list-day-on-clock", day = on + 1))),
        }
    }
    title.push(' ');
    title
}

/// A note after an item's title, in a long and a short form (the short one when the
/// title would keep too little room).
struct Note {
    long: String,
    short: String,
    style: Style,
}

/// One item's row: status, planned start, times, over/under, title, then its notes. The
/// title gives way to the notes, so a long title can never push a note off the screen.
fn row<'a>(
    session: &Session,
    p: &ProjectedItem,
    selected: bool,
    proposal: Option<&Proposal>,
    width: usize,
    lang: Lang,
    theme: Theme,
) -> Line<'a> {
    let Some(run) = session.items.get(p.index) else { return Line::raw("") };
    let full_title = item(session, p.index).map_or(run.item.as_str(), |i| i.title.as_str());
    let late = misses_fixed_start(p) && session.finished_at.is_none();
    let paused = p.status == Status::Current && !session.timer.running;
    // Once the event is finished, what never ran will not run.
    let status = match p.status {
        Status::Upcoming if session.finished_at.is_some() => Status::NotRun,
        other => other,
    };
    let marker = match status {
        Status::Done => "✓",
        Status::Current if paused => "‖",
        Status::Current => "▶",
        Status::Skipped | Status::NotRun => "–",
        Status::Upcoming if late => "⚠",
        Status::Upcoming => " ",
    };
    let planned = hhmm(session, planned_start(session, p.index));
    let times = match status {
        Status::Skipped => format!("{:^w$}", t!(lang, "screen-list-skipped"), w = TIMES_WIDTH),
        Status::NotRun => format!("{:^w$}", t!(lang, "screen-list-not-run"), w = TIMES_WIDTH),
        _ => format!("{}–{}", hhmm(session, p.start), hhmm(session, p.end)),
    };
    let (variance, vstyle) = match p.overrun_seconds {
        Some(s) if s >= 30 => (signed_minutes(s), theme.late()),
        Some(s) if s <= -30 => (signed_minutes(s), theme.early()),
        _ => (String::new(), Style::new()),
    };
    let mut row_style = match status {
        Status::Current => theme.title(),
        Status::Done => theme.dim(),
        Status::Skipped | Status::NotRun => theme.dim().add_modifier(Modifier::CROSSED_OUT),
        Status::Upcoming => Style::new(),
    };
    let highlight = |s: Style| if selected { s.patch(theme.selected()) } else { s };
    row_style = highlight(row_style);
    let head = format!("{marker} {planned}  {times} ");
    let variance = format!("{variance:>4}  ");
    let notes = notes(session, p, late, proposal, lang, theme);
    let room = width.saturating_sub(head.chars().count() + variance.chars().count());
    let long: usize = notes.iter().map(|n| n.long.chars().count()).sum();
    let use_long = room >= long + TITLE_MIN.min(full_title.chars().count());
    let noted: Vec<(String, Style)> =
        notes.into_iter().map(|n| (if use_long { n.long } else { n.short }, highlight(n.style))).collect();
    let note_w: usize = noted.iter().map(|(t, _)| t.chars().count()).sum();
    let title = fit_words(full_title, room.saturating_sub(note_w).max(1));
    let mut spans = vec![
        Span::styled(head, row_style),
        Span::styled(variance, highlight(vstyle)),
        Span::styled(title, row_style),
    ];
    spans.extend(noted.into_iter().map(|(t, s)| Span::styled(t, s)));
    Line::from(spans)
}

/// What the plan says of an item: its fixed start (and whether it can be met), the
/// length the re-plan proposes ("?": not yet accepted), or the one accepted.
fn notes(
    session: &Session,
    p: &ProjectedItem,
    late: bool,
    proposal: Option<&Proposal>,
    lang: Lang,
    theme: Theme,
) -> Vec<Note> {
    let mut notes = Vec::new();
    let fixed = t!(lang, "screen-list-fixed");
    if late {
        notes.push(Note {
            long: format!(" ({fixed} · {})", t!(lang, "screen-list-cannot-start")),
            short: format!(" ({fixed} · {})", t!(lang, "screen-list-late")),
            style: theme.warning(),
        });
    } else if p.fixed.is_some() {
        notes.push(Note { long: format!(" ({fixed})"), short: format!(" ({fixed})"), style: theme.dim() });
    }
    let cut = proposal.and_then(|pr| pr.cuts.iter().find(|c| c.0 == p.index));
    if let Some(&(_, from, to)) = cut {
        notes.push(Note {
            long: format!(" ({from}→{}?)", t!(lang, "screen-minutes", minutes = to)),
            short: format!(" ({from}→{to}?)"),
            style: theme.accent(),
        });
    } else if let Some(run) = session.items.get(p.index)
        && let Some(m) = run.replanned_minutes
    {
        let from = run.planned_minutes;
        notes.push(Note {
            long: format!(" ({from}→{})", t!(lang, "screen-minutes", minutes = m)),
            short: format!(" ({from}→{m})"),
            style: theme.accent(),
        });
    }
    notes
}

/// Whether the item's fixed start cannot be met: by a minute or more, as
/// [`DayProjection::missed_fixed_start`] counts it (less is rounding, not news).
fn misses_fixed_start(p: &ProjectedItem) -> bool {
    p.fixed_missed_ms.is_some_and(|ms| ms >= 60_000)
}

fn planned_start(session: &Session, index: usize) -> jiff::Timestamp {
    let tz = session.agenda.event.time_zone.time_zone();
    session
        .items
        .get(index)
        .and_then(|r| r.planned_start.to_zoned_datetime(tz).ok())
        .map(|z| z.timestamp())
        .unwrap_or_default()
}
