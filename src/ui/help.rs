//! The help overlay, generated from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::Focus;
use crate::app::keymap::{Binding, KeyMode};

/// The key modes whose bindings the help shows when opened from `focus`: what can be
/// pressed right there (the whole table would not fit a screen).
pub fn modes_for(focus: Focus) -> &'static [KeyMode] {
    match focus {
        Focus::Timer => &[KeyMode::Run],
        Focus::Capture => &[KeyMode::Capture],
        Focus::Review => &[KeyMode::Review, KeyMode::Input],
    }
}

/// Help lines: per group, each action once with all its keys ("↑ / k").
pub fn lines(table: &[Binding], focus: Focus, theme: Theme) -> Vec<Line<'static>> {
    let modes = modes_for(focus);
    let shown = |b: &&Binding| modes.contains(&b.mode);
    let mut out = Vec::new();
    let mut groups: Vec<(&str, KeyMode)> = Vec::new();
    for b in table.iter().filter(shown) {
        if !groups.contains(&(b.group, b.mode)) {
            groups.push((b.group, b.mode));
        }
    }
    for (group, mode) in groups {
        out.push(Line::styled(group.to_string(), theme.title()));
        let mut seen: Vec<(String, &str)> = Vec::new();
        for b in table.iter().filter(|b| b.group == group && b.mode == mode) {
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
    if focus != Focus::Capture {
        out.push(Line::styled("? or Esc closes this help; F1 shows it from anywhere", theme.dim()));
        return out;
    }
    // The note prefixes, from the same table the parser uses.
    out.push(Line::styled("Prefixes at the start of a note", theme.title()));
    for (code, _, description) in crate::capture::prefix::KIND_CODES {
        out.push(Line::from(vec![
            Span::styled(format!("  {:<15} ", format!("{code}:")), theme.accent()),
            Span::raw(description),
        ]));
    }
    for (code, description) in [
        (
            "@id @group",
            "who said it: a participant's id, a stakeholder group (@ngo), or a role (@police-officer)",
        ),
        ("~", "not for attribution (Chatham House) for this note"),
    ] {
        out.push(Line::from(vec![
            Span::styled(format!("  {code:<15} "), theme.accent()),
            Span::raw(description),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::styled("F1 or Esc closes this help", theme.dim()));
    out
}

pub fn render(frame: &mut Frame, area: Rect, table: &[Binding], focus: Focus, theme: Theme) {
    let mut content = lines(table, focus, theme);
    // Too tall for one column: two columns, split where a heading starts, when wide enough;
    // otherwise the spacing goes first, so every key still shows.
    let fits = |n: usize| n as u16 + 2 <= area.height;
    if !fits(content.len()) && area.width >= 150 {
        let half = content.len().div_ceil(2);
        let split = (half..content.len()).find(|&i| content[i].width() == 0).map_or(half, |i| i + 1);
        let right = content.split_off(split);
        let width = area.width.min(200);
        let height = (content.len().max(right.len()) as u16 + 2).min(area.height);
        let popup = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        frame.render_widget(Clear, popup);
        let block = Block::bordered().title(Line::styled(" Keys ", theme.title()));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let [l, r] = ratatui::layout::Layout::horizontal([
            ratatui::layout::Constraint::Percentage(50),
            ratatui::layout::Constraint::Percentage(50),
        ])
        .areas(inner);
        frame.render_widget(Paragraph::new(content).wrap(Wrap { trim: false }), l);
        frame.render_widget(Paragraph::new(right).wrap(Wrap { trim: false }), r);
        return;
    }
    if !fits(content.len()) {
        content.retain(|l| l.width() > 0);
    }
    let width = area.width.min(110);
    let height = (content.len() as u16 + 2).min(area.height);
    let popup =
        Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    frame.render_widget(Clear, popup);
    let block = Block::bordered().title(Line::styled(" Keys ", theme.title()));
    frame.render_widget(Paragraph::new(content).block(block).wrap(Wrap { trim: false }), popup);
}
