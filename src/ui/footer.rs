//! The bottom lines: what is going on (a question, an open input with its cursor, NOT
//! SAVED, the last message, wrapped so a long path or refusal shows whole) and the key
//! hints, generated from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::keymap::Binding;
use crate::app::{App, Input, InputPurpose};

/// Most rows the status takes (a message longer than that is cut, the rest of the screen
/// matters more).
pub const MAX_STATUS_ROWS: u16 = 3;

fn prompt(purpose: InputPurpose) -> &'static str {
    match purpose {
        InputPurpose::Message => "Message for the room (empty clears it): ",
        InputPurpose::EndsAt => "End the running item at (HH:MM): ",
        InputPurpose::Search => "Search all entries for: ",
        InputPurpose::Attribute => "Said by (@id, @group or a role): ",
        InputPurpose::QueueAdd => "Add to the speakers' list (@id, @group or a role): ",
        InputPurpose::QueueRemove => "Take off the list, number: ",
        InputPurpose::QueueMove => "Move on the list, from and to (e.g. 3 1): ",
        InputPurpose::Groups => "Groups: number and seed (3 42), @id and group (@mia-1 B), or same: ",
        InputPurpose::Slot => "Minutes each group reports (e.g. 5; - for an equal share): ",
    }
}

/// The input's text with its cursor: the character under it reversed, and the line
/// scrolled so the cursor stays in view within `width` (the cursor never disappears at
/// the edge).
fn input_spans(input: &Input, width: usize, theme: Theme) -> Vec<Span<'static>> {
    let ratatui_textarea::DataCursor(_, col) = input.editor.cursor();
    let chars: Vec<char> = input.text().chars().collect();
    let room = width.max(2) - 1;
    let start = col.saturating_sub(room);
    let before: String = chars.iter().skip(start).take(col - start).collect();
    let at = chars.get(col).map_or(" ".to_string(), |c| c.to_string());
    let after: String = chars.iter().skip(col + 1).collect();
    vec![Span::raw(before), Span::styled(at, theme.selected()), Span::raw(after)]
}

/// The status line: a question, an open input, a save failure, or the last message.
pub fn status_line(app: &App, width: u16, theme: Theme) -> Option<Line<'static>> {
    if let Some(confirm) = &app.confirm {
        return Some(Line::from(vec![
            Span::styled(confirm.question.clone(), theme.title()),
            Span::styled("  y yes · n no", theme.accent()),
        ]));
    }
    if let Some(input) = &app.input {
        let p = prompt(input.purpose);
        let mut spans = vec![Span::styled(p, theme.title())];
        spans.extend(input_spans(input, usize::from(width).saturating_sub(p.chars().count()), theme));
        return Some(Line::from(spans));
    }
    if let Some(err) = &app.not_saved {
        return Some(Line::styled(format!(" {err} "), theme.error()));
    }
    app.status
        .as_ref()
        .map(|s| Line::styled(s.text.clone(), if s.error { theme.error() } else { theme.accent() }))
}

/// The session's other devices and how fresh their news is, on the operator's screen of a
/// session recorded on several laptops, and on a follower's ("FOLLOWING, read-only").
pub fn devices_line(app: &App, theme: Theme) -> Option<Line<'static>> {
    if app.devices.is_empty() && !app.follower {
        return None;
    }
    let mut spans = Vec::new();
    if app.follower {
        spans.push(Span::styled(" FOLLOWING, read-only ", theme.key()));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(if app.follower { "writers: " } else { "other laptops: " }, theme.title()));
    for (i, d) in app.devices.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" · "));
        }
        let name = if d.clock { format!("{} (clock)", d.name) } else { d.name.clone() };
        if d.is_stale() {
            spans.push(Span::styled(format!("no news from {name} for {} min", d.minutes), theme.error()));
        } else if d.minutes == 0 {
            spans.push(Span::raw(format!("{name} just now")));
        } else {
            spans.push(Span::raw(format!("{name} {} min ago", d.minutes)));
        }
    }
    if app.devices.is_empty() {
        spans.push(Span::raw("none yet"));
    }
    Some(Line::from(spans))
}

/// On the room's screen of a follower, only what the facilitator must know: a writer
/// that has gone quiet (the projector would otherwise freeze without a word).
pub fn stale_line(app: &App, theme: Theme) -> Option<Line<'static>> {
    let stale: Vec<String> = app
        .devices
        .iter()
        .filter(|d| app.follower && d.is_stale())
        .map(|d| format!("no news from {} for {} min", d.name, d.minutes))
        .collect();
    (!stale.is_empty()).then(|| Line::styled(stale.join(" · "), theme.dim()))
}

/// Rows the status needs at `width`, wrapped (an input stays on one line).
pub fn status_rows(app: &App, width: u16, theme: Theme) -> u16 {
    match status_line(app, width, theme) {
        None => 0,
        Some(_) if app.input.is_some() => 1,
        Some(line) => {
            let rows = Paragraph::new(line).wrap(Wrap { trim: false }).line_count(width.max(1));
            (rows as u16).clamp(1, MAX_STATUS_ROWS)
        }
    }
}

/// Key hints for the current mode, as many as fit.
pub fn hints(table: &[Binding], app: &App, width: u16, theme: Theme) -> Line<'static> {
    let mode = app.key_mode();
    let mut spans = Vec::new();
    let mut used = 0usize;
    for b in table.iter().filter(|b| b.mode == mode) {
        let Some(label) = b.footer(app.lang()) else { continue };
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

pub fn render(
    frame: &mut Frame,
    status_area: Option<Rect>,
    devices_area: Option<Rect>,
    hint_area: Rect,
    app: &App,
    theme: Theme,
) {
    if let Some(area) = status_area
        && let Some(line) = status_line(app, area.width, theme)
    {
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: false }), area);
    }
    if let Some(area) = devices_area
        && let Some(line) = devices_line(app, theme)
    {
        frame.render_widget(Paragraph::new(line), area);
    }
    frame.render_widget(Paragraph::new(hints(&app.keymap, app, hint_area.width, theme)), hint_area);
}
