//! The launcher's list: resume an unfinished session, or start one from an agenda.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme::Theme;
use crate::i18n::Lang;

/// What the launcher shows: a heading, the choices, and the selected one, in the
/// operator's language `lang`.
#[derive(Debug, Clone)]
pub struct Picker {
    pub heading: String,
    pub choices: Vec<String>,
    pub selected: usize,
    pub note: Option<String>,
    pub lang: Lang,
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
    // A choice wider than the list gives way between words (inside the border, after the
    // marker).
    let room = usize::from(list.width.saturating_sub(4));
    let lines: Vec<Line> = picker
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let c = super::text::fit_words(c, room);
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
    let keys = crate::t!(picker.lang, "screen-launch-keys");
    let mut help = vec![Line::styled(format!(" {keys}"), theme.dim())];
    if let Some(note) = &picker.note {
        help.insert(0, Line::styled(format!(" {note}"), theme.accent()));
    }
    frame.render_widget(Paragraph::new(help), foot);
}
