//! The bottom two lines: what is going on (input, NOT SAVED, status) and the key hints,
//! generated from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::keymap::Binding;
use crate::app::{App, InputPurpose};

/// The status line: an open input, a save failure, or the last message.
pub fn status_line(app: &App, theme: Theme) -> Option<Line<'static>> {
    if let Some(input) = &app.input {
        let prompt = match input.purpose {
            InputPurpose::Message => "Message for the room (empty clears it): ",
            InputPurpose::EndsAt => "End the running item at (HH:MM): ",
            InputPurpose::Search => "Search all entries for: ",
            InputPurpose::Attribute => "Said by (@id, @group or @role): ",
            InputPurpose::QueueAdd => "Add to the speakers' queue (@id, @group or a role): ",
            InputPurpose::QueueRemove => "Take off the queue, number: ",
            InputPurpose::QueueMove => "Move in the queue, from and to (e.g. 3 1): ",
            InputPurpose::Groups => "Form groups: number and seed (e.g. 3 42), or move someone: @id B: ",
        };
        return Some(Line::from(vec![
            Span::styled(prompt, theme.title()),
            Span::raw(format!("{}▏", input.text)),
        ]));
    }
    if let Some(err) = &app.not_saved {
        return Some(Line::styled(format!(" {err} "), theme.error()));
    }
    app.status
        .as_ref()
        .map(|s| Line::styled(s.text.clone(), if s.error { theme.error() } else { theme.accent() }))
}

/// Key hints for the current mode, as many as fit.
pub fn hints(table: &[Binding], app: &App, width: u16, theme: Theme) -> Line<'static> {
    let mode = app.key_mode();
    let mut spans = Vec::new();
    let mut used = 0usize;
    for b in table.iter().filter(|b| b.mode == mode) {
        let Some(label) = b.footer else { continue };
        let key = format!(" {} ", b.key.label());
        let text = format!(" {label}  ");
        let w = key.chars().count() + text.chars().count();
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(text));
    }
    Line::from(spans)
}

pub fn render(frame: &mut Frame, status_area: Option<Rect>, hint_area: Rect, app: &App, theme: Theme) {
    if let (Some(area), Some(line)) = (status_area, status_line(app, theme)) {
        frame.render_widget(Paragraph::new(line), area);
    }
    frame.render_widget(Paragraph::new(hints(&app.keymap, app, hint_area.width, theme)), hint_area);
}
