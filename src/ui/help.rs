//! The help overlay, generated from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::keymap::{Binding, KeyMode};

/// Help lines: per group, each action once with all its keys ("↑ / k").
pub fn lines(table: &[Binding], theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    for b in table.iter().filter(|b| b.mode != KeyMode::Help) {
        if !groups.contains(&b.group) {
            groups.push(b.group);
        }
    }
    for group in groups {
        out.push(Line::styled(group.to_string(), theme.title()));
        let mut seen: Vec<(String, &str)> = Vec::new();
        for b in table.iter().filter(|b| b.group == group && b.mode != KeyMode::Help) {
            match seen.iter_mut().find(|(_, d)| *d == b.description) {
                Some((keys, _)) => keys.push_str(&format!(" / {}", b.key.label())),
                None => seen.push((b.key.label(), b.description)),
            }
        }
        for (keys, description) in seen {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<15} "), theme.accent()),
                Span::raw(description),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("? or Esc closes this help", theme.dim()));
    out
}

pub fn render(frame: &mut Frame, area: Rect, table: &[Binding], theme: Theme) {
    let content = lines(table, theme);
    let width = area.width.min(84);
    let height = (content.len() as u16 + 2).min(area.height);
    let popup =
        Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    frame.render_widget(Clear, popup);
    let block = Block::bordered().title(Line::styled(" Keys ", theme.title()));
    frame.render_widget(Paragraph::new(content).block(block).wrap(Wrap { trim: false }), popup);
}
