//! The launcher's list: resume an unfinished session, or start one from an agenda.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme::Theme;

/// What the launcher shows: a heading, the choices, and the selected one.
#[derive(Debug, Clone)]
pub struct Picker {
    pub heading: String,
    pub choices: Vec<String>,
    pub selected: usize,
    pub note: Option<String>,
}

pub fn render(frame: &mut Frame, picker: &Picker, theme: Theme) {
    let area = frame.area();
    let [head, list, foot] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(0), Constraint::Length(2)]).areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(" convene", theme.title()),
            Line::raw(format!(" {}", picker.heading)),
        ])
        .wrap(Wrap { trim: false }),
        head,
    );
    let lines: Vec<Line> = picker
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == picker.selected {
                Line::styled(format!("▶ {c}"), theme.selected())
            } else {
                Line::raw(format!("  {c}"))
            }
        })
        .collect();
    let height = usize::from(list.height.saturating_sub(2));
    let offset = picker.selected.saturating_sub(height.saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()).scroll((offset as u16, 0)), list);
    let mut help = vec![Line::styled(" ↑/↓ choose · Enter open · q quit", theme.dim())];
    if let Some(note) = &picker.note {
        help.insert(0, Line::styled(format!(" {note}"), theme.accent()));
    }
    frame.render_widget(Paragraph::new(help), foot);
}
