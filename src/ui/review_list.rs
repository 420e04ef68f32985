//! The review list: entries of the running item or the whole session, or a search, with
//! the selected one in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::capture_pane::entry_lines;
use super::text::item;
use super::text::rows;
use super::theme::Theme;
use crate::app::App;
use crate::app::review::visible;
use crate::session::{Mark, Session};

pub fn render(frame: &mut Frame, area: Rect, app: &App, session: &Session, theme: Theme) {
    let list = visible(session, &app.review);
    let scope = match (&app.review.search, app.review.all) {
        (Some(q), _) => format!("search “{q}”"),
        (None, true) => "whole session".to_string(),
        (None, false) => session
            .timer
            .current
            .as_deref()
            .and_then(|id| session.item_index(id))
            .and_then(|i| item(session, i))
            .map_or("whole session".to_string(), |it| it.title.clone()),
    };
    let title = format!(" Entries · {scope} · {} ", list.len());
    let block = Block::bordered().title(Line::styled(title, theme.title())).border_style(theme.accent());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let cursor = app.review.cursor.min(list.len().saturating_sub(1));
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_row = 0u16;
    // Only the entries around the cursor can be on screen: 10,000 entries cost no more.
    let reach = usize::from(inner.height);
    let first = cursor.saturating_sub(reach);
    for (pos, &i) in list.iter().enumerate().skip(first).take(2 * reach + 1) {
        let e = &session.entries[i];
        let mut entry = entry_lines(app, session, e, theme);
        let mut tags = Vec::new();
        match e.mark {
            Mark::Consensus => tags.push(Span::styled(" [consensus]", theme.early())),
            Mark::Contested => tags.push(Span::styled(" [CONTESTED]", theme.late())),
            Mark::None => {}
        }
        if e.deleted {
            tags.push(Span::styled(" [deleted: d restores]", theme.dim()));
        }
        if let Some(last) = entry.last_mut() {
            last.spans.extend(tags);
        }
        for line in &mut entry {
            if e.deleted {
                line.style = theme.dim().add_modifier(Modifier::CROSSED_OUT);
            }
            if pos == cursor {
                line.style = line.style.patch(theme.selected());
            }
        }
        if pos == cursor {
            cursor_row = rows(&lines, inner.width);
        }
        lines.extend(entry);
    }
    if list.is_empty() {
        lines.push(Line::styled(
            "No entries here. Tab shows the whole session; c captures a note.",
            theme.dim(),
        ));
    }
    let offset = cursor_row.saturating_sub(inner.height.saturating_sub(3));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((offset, 0)), inner);
}
