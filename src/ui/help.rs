//! The help overlay, generated from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme::Theme;
use crate::app::Focus;
use crate::app::keymap::{Binding, KeyMode};
use crate::i18n::{Lang, tr};

/// The key modes whose bindings the help shows when opened from `focus`: what can be
/// pressed right there (the whole table would not fit a screen).
pub fn modes_for(focus: Focus) -> &'static [KeyMode] {
    match focus {
        Focus::Timer => &[KeyMode::Run, KeyMode::Summary],
        Focus::Capture => &[KeyMode::Capture],
        Focus::Review => &[KeyMode::Review, KeyMode::Pick, KeyMode::Input],
        Focus::Consolidate => &[KeyMode::Consolidate, KeyMode::Input],
    }
}

/// Help lines: per group, each action once with all its keys ("↑ / k").
pub fn lines(table: &[Binding], focus: Focus, lang: Lang, theme: Theme) -> Vec<Line<'static>> {
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
        out.push(Line::styled(tr(lang, group, &[]), theme.title()));
        let mut seen: Vec<(String, &str)> = Vec::new();
        for b in table.iter().filter(|b| b.group == group && b.mode == mode) {
            match seen.iter_mut().find(|(_, id)| *id == b.id) {
                Some((keys, _)) => keys.push_str(&format!(" / {}", b.key.label())),
                None => seen.push((b.key.label(), b.id)),
            }
        }
        let seen: Vec<(String, String)> = seen.into_iter().map(|(k, id)| (k, tr(lang, id, &[]))).collect();
        for (keys, description) in seen {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<15} "), theme.accent()),
                Span::raw(description),
            ]));
        }
        out.push(Line::raw(""));
    }
    if focus != Focus::Capture {
        out.push(Line::styled(tr(lang, "help-closes", &[]), theme.dim()));
        return out;
    }
    // The note prefixes, from the same table the parser uses.
    out.push(Line::styled(tr(lang, "help-prefixes", &[]), theme.title()));
    for (code, _, _) in crate::capture::prefix::KIND_CODES {
        out.push(Line::from(vec![
            Span::styled(format!("  {:<15} ", format!("{code}:")), theme.accent()),
            Span::raw(tr(lang, &format!("help-prefix-{code}"), &[])),
        ]));
    }
    for (code, id) in [("@id @group", "help-prefix-at"), ("~", "help-prefix-tilde")] {
        out.push(Line::from(vec![
            Span::styled(format!("  {code:<15} "), theme.accent()),
            Span::raw(tr(lang, id, &[])),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(tr(lang, "help-closes-capture", &[]), theme.dim()));
    out
}

/// `lines` fitted to `width`: a description too long for the row continues under itself,
/// not under its key, so the keys stay a clean column.
fn hang(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(20));
    let mut out = Vec::new();
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let (lead, text, style) = match line.spans.as_slice() {
            [key, text] => (Some(key.clone()), text.content.to_string(), text.style),
            _ => (None, line.spans.iter().map(|s| s.content.as_ref()).collect::<String>(), line.style),
        };
        let indent = lead.as_ref().map_or(0, |k| k.width());
        let room = width.saturating_sub(indent).max(10);
        let mut rows: Vec<String> = Vec::new();
        let mut row = String::new();
        for word in text.split_whitespace() {
            let w = unicode_width::UnicodeWidthStr::width(word);
            let used = unicode_width::UnicodeWidthStr::width(row.as_str());
            if !row.is_empty() && used + 1 + w > room {
                rows.push(std::mem::take(&mut row));
            }
            if !row.is_empty() {
                row.push(' ');
            }
            row.push_str(word);
        }
        rows.push(row);
        for (i, r) in rows.into_iter().enumerate() {
            let first = match (&lead, i) {
                (Some(key), 0) => key.clone(),
                _ => Span::raw(" ".repeat(indent)),
            };
            out.push(Line::from(vec![first, Span::styled(r, style)]).style(line.style));
        }
    }
    out
}

/// Where the help goes on a screen of `area`: two columns when the screen is wide enough
/// for everything to show at once, else one column that scrolls.
enum Shape {
    Two { popup: Rect },
    One { popup: Rect, rows: u16 },
}

fn shape(content: &[Line<'static>], area: Rect) -> Shape {
    let fits = |n: usize| n as u16 + 2 <= area.height;
    if !fits(content.len()) && area.width >= 150 {
        let width = area.width.min(200);
        let (left, right) = columns(content.to_vec(), width);
        if fits(left.len()) && fits(right.len()) {
            let height = (left.len().max(right.len()) as u16 + 2).min(area.height);
            return Shape::Two { popup: centred(area, width, height) };
        }
    }
    let width = area.width.min(110);
    let rows = hang(content.to_vec(), width.saturating_sub(2)).len() as u16;
    let height = rows.saturating_add(2).min(area.height);
    Shape::One { popup: centred(area, width, height), rows }
}

/// `content` in two columns of a popup `width` wide, split at a blank line near the
/// middle (a group never straddles them), each wrapped with its hanging indent.
fn columns(mut content: Vec<Line<'static>>, width: u16) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let half = content.len().div_ceil(2);
    let split = (half..content.len())
        .find(|&i| content.get(i).is_some_and(|l| l.width() == 0))
        .map_or(half, |i| i + 1);
    let right = content.split_off(split.min(content.len()));
    let column = width.saturating_sub(2) / 2;
    // One column of space between the two, so a full row never touches the next key.
    (hang(content, column.saturating_sub(1)), hang(right, column.saturating_sub(1)))
}

fn centred(area: Rect, width: u16, height: u16) -> Rect {
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    }
}

/// How far the help can scroll on a screen of `size` (0 when it all shows).
pub fn max_scroll(table: &[Binding], focus: Focus, lang: Lang, size: (u16, u16)) -> u16 {
    let content = lines(table, focus, lang, Theme::plain());
    match shape(&content, Rect::new(0, 0, size.0, size.1)) {
        Shape::Two { .. } => 0,
        Shape::One { popup, rows } => rows.saturating_sub(popup.height.saturating_sub(2)),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn render(
    frame: &mut Frame,
    area: Rect,
    table: &[Binding],
    focus: Focus,
    scroll: u16,
    lang: Lang,
    theme: Theme,
) {
    let content = lines(table, focus, lang, theme);
    let block =
        Block::bordered().title(Line::styled(format!(" {} ", tr(lang, "help-title", &[])), theme.title()));
    match shape(&content, area) {
        Shape::Two { popup } => {
            let (left, right) = columns(content, popup.width);
            frame.render_widget(Clear, popup);
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let [l, r] = ratatui::layout::Layout::horizontal([
                ratatui::layout::Constraint::Percentage(50),
                ratatui::layout::Constraint::Percentage(50),
            ])
            .areas(inner);
            frame.render_widget(Paragraph::new(left), l);
            frame.render_widget(Paragraph::new(right), r);
        }
        Shape::One { popup, rows } => {
            let content = hang(content, popup.width.saturating_sub(2));
            let visible = popup.height.saturating_sub(2);
            let max = rows.saturating_sub(visible);
            let scroll = scroll.min(max);
            let mut block = block;
            // Say that there is more, and how to get to it, on the frame itself.
            if scroll < max {
                block = block.title_bottom(Line::styled(
                    format!(" ↓ {} ", crate::t!(lang, "help-more-lines", n = max - scroll)),
                    theme.accent(),
                ));
            }
            if scroll > 0 {
                block = block.title(Line::styled(" ↑ k / PgUp ", theme.accent()).right_aligned());
            }
            frame.render_widget(Clear, popup);
            frame.render_widget(Paragraph::new(content).block(block).scroll((scroll, 0)), popup);
        }
    }
}
