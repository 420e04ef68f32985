//! The rapporteur's pane: the running item's latest entries, and the note being typed with
//! its kind and attribution.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::hhmm;
use super::text::rows;
use super::theme::Theme;
use crate::app::review::{attribution_text, kind_text};
use crate::app::{App, Focus};
use crate::capture::{self, kind_label};
use crate::session::{Entry, Session};

pub fn render(frame: &mut Frame, area: Rect, app: &App, session: &Session, theme: Theme) {
    let focused = app.focus == Focus::Capture;
    let current = session.timer.current.as_deref();
    let kind = app.capture.overrides.kind.unwrap_or_else(|| capture::default_kind(session, current));
    let chatham = session.agenda.event.chatham_house != app.capture.overrides.flip_attribution_rule;
    let mut title = vec![Span::styled(
        if app.capture.editing.is_some() { " Editing an entry " } else { " Capture " },
        theme.title(),
    )];
    title.push(Span::styled(format!("· {} ", kind_label(kind)), theme.accent()));
    if let Some(floor) = capture::floor(session) {
        let who =
            floor.participant.clone().or_else(|| floor.role.clone()).or_else(|| floor.stakeholder.clone());
        if let Some(who) = who {
            title.push(Span::raw(format!("· floor: {who} ")));
        }
    }
    title.push(Span::styled(if chatham { "· not for attribution " } else { "· attributable " }, theme.dim()));
    let border = if focused { theme.accent() } else { theme.dim() };
    let block = Block::bordered().title(Line::from(title)).border_style(border);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let editor_rows = (app.capture.editor.lines().len() as u16 + 1).clamp(3, (inner.height / 2).max(3));
    let [list_area, rule, editor_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1), Constraint::Length(editor_rows)])
            .areas(inner);

    // The item's latest entries, newest at the bottom, as many as fit.
    // Walk back from the newest only as far as the pane can show.
    let mine = session.entries.iter().rev().filter(|e| !e.deleted && e.item.as_deref() == current);
    let mut lines: Vec<Line> = Vec::new();
    let mut height = 0;
    let mut any = false;
    for e in mine {
        any = true;
        let mut block = entry_lines(app, session, e, theme);
        height += rows(&block, list_area.width);
        block.append(&mut lines);
        lines = block;
        if height > list_area.height {
            break;
        }
    }
    if !any {
        lines.push(Line::styled(
            if focused { "Nothing captured for this item yet." } else { "Press c to capture a note." },
            theme.dim(),
        ));
    }
    // Newest just above the editor, like a chat: short lists sit at the bottom.
    let height = rows(&lines, list_area.width);
    let overflow = height.saturating_sub(list_area.height);
    let gap = list_area.height.saturating_sub(height);
    let list_area = Rect { y: list_area.y + gap, height: list_area.height - gap, ..list_area };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((overflow, 0)), list_area);
    frame.render_widget(Paragraph::new(Line::styled("─".repeat(usize::from(rule.width)), theme.dim())), rule);

    frame.render_widget(&app.capture.editor, editor_area);
}

/// One entry as a line (wrapped by the paragraph): saved mark, time, kind, text, who.
pub fn entry_lines<'a>(app: &App, session: &Session, e: &'a Entry, theme: Theme) -> Vec<Line<'a>> {
    let saved = if app.is_saved(e) {
        Span::styled("✓ ", theme.early())
    } else {
        Span::styled("… ", theme.late())
    };
    let who = attribution_text(session, e);
    let mut spans = vec![
        saved,
        Span::styled(format!("{} ", hhmm(session, e.created_at)), theme.dim()),
        Span::styled(format!("[{}] ", kind_text(e)), theme.accent()),
    ];
    let mut first = true;
    let mut out = Vec::new();
    for text_line in e.text.split('\n') {
        if first {
            spans.push(Span::raw(text_line.to_string()));
            first = false;
        } else {
            out.push(Line::from(std::mem::take(&mut spans)));
            spans.push(Span::raw(format!("  {text_line}")));
        }
    }
    if !who.is_empty() {
        spans.push(Span::styled(format!("  — {who}"), theme.dim()));
    }
    out.push(Line::from(spans));
    out
}
