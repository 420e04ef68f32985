//! The day's agenda: planned start, actual or projected times, over/under, title.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::text::{hhmm, item, signed_minutes};
use super::theme::Theme;
use crate::app::App;
use crate::session::Session;
use crate::timing::{DayProjection, Status};

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    theme: Theme,
) {
    let date = session.agenda.days.get(day.day).map(|d| d.date.date());
    let title = match date {
        Some(d) => format!(" Day {} · {} ", day.day + 1, d.strftime("%a %-d %b %Y")),
        None => " Agenda ".to_string(),
    };
    let block = Block::bordered().title(Line::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut lines = vec![Line::styled(" plan   actual/projected  ±   item", theme.dim())];
    let mut selected_row = 0;
    for p in &day.items {
        let run = &session.items[p.index];
        let it = item(session, p.index);
        let title = it.map_or(run.item.as_str(), |i| i.title.as_str());
        let paused = p.status == Status::Current && !session.timer.running;
        let marker = match p.status {
            Status::Done => "✓",
            Status::Current if paused => "‖",
            Status::Current => "▶",
            Status::Skipped | Status::NotRun => "–",
            Status::Upcoming => " ",
        };
        let planned = hhmm(session, planned_start(session, p.index));
        let times = match p.status {
            Status::Skipped => "  skipped  ".to_string(),
            Status::NotRun => "  not run  ".to_string(),
            _ => format!("{}–{}", hhmm(session, p.start), hhmm(session, p.end)),
        };
        let (variance, vstyle) = match p.overrun_seconds {
            Some(s) if s >= 30 => (signed_minutes(s), theme.late()),
            Some(s) if s <= -30 => (signed_minutes(s), theme.early()),
            _ => (String::new(), Style::new()),
        };
        let mut row_style = match p.status {
            Status::Current => theme.title(),
            Status::Done => theme.dim(),
            Status::Skipped | Status::NotRun => theme.dim().add_modifier(Modifier::CROSSED_OUT),
            Status::Upcoming => Style::new(),
        };
        if p.index == app.selected {
            row_style = row_style.patch(theme.selected());
            selected_row = lines.len();
        }
        let mut spans = vec![
            Span::styled(format!("{marker} {planned}  {times} "), row_style),
            Span::styled(format!("{variance:>4}"), vstyle),
            Span::styled(format!("  {title}"), row_style),
        ];
        if p.fixed.is_some() {
            spans.push(Span::styled(" (fixed)", theme.dim()));
        }
        if let Some(m) = run.replanned_minutes {
            spans.push(Span::styled(format!(" ({}→{m} min)", run.planned_minutes), theme.accent()));
        }
        lines.push(Line::from(spans));
    }
    // Keep the selected row in view.
    let height = inner.height as usize;
    let offset = if selected_row >= height { selected_row + 1 - height } else { 0 };
    frame.render_widget(Paragraph::new(lines).scroll((offset as u16, 0)), inner);
}

fn planned_start(session: &Session, index: usize) -> jiff::Timestamp {
    let tz = session.agenda.event.time_zone.time_zone();
    session.items[index].planned_start.to_zoned_datetime(tz).map(|z| z.timestamp()).unwrap_or_default()
}
