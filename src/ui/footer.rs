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
use crate::i18n::Lang;
use crate::t;

/// Most rows the status takes (a message longer than that is cut, the rest of the screen
/// matters more).
pub const MAX_STATUS_ROWS: u16 = 3;

fn prompt(purpose: InputPurpose, lang: Lang) -> String {
    let text = match purpose {
        InputPurpose::Message => t!(lang, "screen-prompt-message"),
        InputPurpose::EndsAt => t!(lang, "screen-prompt-ends-at"),
        InputPurpose::Search => t!(lang, "screen-prompt-search"),
        InputPurpose::Attribute => t!(lang, "screen-prompt-attribute"),
        InputPurpose::QueueAdd => t!(lang, "screen-prompt-queue-add"),
        InputPurpose::QueueRemove => t!(lang, "screen-prompt-queue-remove"),
        InputPurpose::QueueMove => t!(lang, "screen-prompt-queue-move"),
        InputPurpose::Groups => t!(lang, "screen-prompt-groups"),
        InputPurpose::Slot => t!(lang, "screen-prompt-slot"),
        InputPurpose::Hands => t!(lang, "screen-prompt-hands"),
        InputPurpose::Dots => t!(lang, "screen-prompt-dots"),
        InputPurpose::CheckedBy => t!(lang, "screen-prompt-checked-by"),
    };
    // What is typed follows a space (Fluent trims it off the end of a message).
    format!("{text} ")
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
    let lang = app.lang();
    if let Some(confirm) = &app.confirm {
        return Some(Line::from(vec![
            Span::styled(confirm.question.clone(), theme.title()),
            Span::styled(format!("  {}", t!(lang, "screen-confirm-yes-no")), theme.accent()),
        ]));
    }
    if let Some(input) = &app.input {
        let p = prompt(input.purpose, lang);
        let room = usize::from(width).saturating_sub(p.chars().count());
        let mut spans = vec![Span::styled(p, theme.title())];
        spans.extend(input_spans(input, room, theme));
        // What was wrong with the answer stays in view while it is corrected.
        if let Some(problem) = app.status.as_ref().filter(|s| s.error) {
            spans.push(Span::styled(format!("  {}", problem.text), theme.error()));
        }
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
    let lang = app.lang();
    let mut spans = Vec::new();
    if app.follower {
        spans.push(Span::styled(format!(" {} ", t!(lang, "screen-following")), theme.key()));
        spans.push(Span::raw(" "));
    }
    let who =
        if app.follower { t!(lang, "screen-devices-writers") } else { t!(lang, "screen-devices-others") };
    spans.push(Span::styled(format!("{who} "), theme.title()));
    for (i, d) in app.devices.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" · "));
        }
        let name = if d.clock { t!(lang, "screen-device-clock", name = &d.name) } else { d.name.clone() };
        if d.is_stale() {
            spans.push(Span::styled(
                t!(lang, "screen-device-stale", name = name, n = d.minutes),
                theme.error(),
            ));
        } else if d.minutes == 0 {
            spans.push(Span::raw(t!(lang, "screen-device-just-now", name = name)));
        } else {
            spans.push(Span::raw(t!(lang, "screen-device-ago", name = name, n = d.minutes)));
        }
    }
    if app.devices.is_empty() {
        spans.push(Span::raw(t!(lang, "screen-devices-none")));
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
        .map(|d| t!(app.lang(), "screen-device-stale", name = &d.name, n = d.minutes))
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

/// `line` cut to `width` columns between words, with "…" where it was cut (one row, and
/// a name or a word never cut mid-way).
fn fit_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut used = 0usize;
    let mut spans = Vec::new();
    for span in line.spans {
        let w = span.width();
        if used + w <= width {
            used += w;
            spans.push(span);
            continue;
        }
        let room = width.saturating_sub(used);
        let cut = super::text::fit_words(&span.content, room);
        let head = cut.trim_end_matches('…');
        let at_word = !head.is_empty()
            && span.content.get(head.len()..).is_some_and(|rest| rest.starts_with(char::is_whitespace));
        // A span that cannot give way at a word leaves the "…" alone.
        let cut = if at_word { cut } else { "…".to_string() };
        if cut.chars().count() <= room {
            spans.push(ratatui::text::Span::styled(cut, span.style));
        }
        break;
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
        frame.render_widget(Paragraph::new(fit_line(line, usize::from(area.width))), area);
    }
    frame.render_widget(Paragraph::new(hints(&app.keymap, app, hint_area.width, theme)), hint_area);
}

#[cfg(test)]
mod tests {
    use ratatui::text::{Line, Span};

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_long_line_gives_way_between_words() {
        let line = || {
            Line::from(vec![
                Span::raw("другие ноутбуки: "),
                Span::raw("laptop-a 3 мин назад"),
                Span::raw(" · "),
                Span::raw("laptop-b только что"),
            ])
        };
        assert_eq!(text(&super::fit_line(line(), 80)), text(&line()), "a line that fits is as it was");
        assert_eq!(text(&super::fit_line(line(), 45)), "другие ноутбуки: laptop-a 3 мин назад · …");
        assert_eq!(text(&super::fit_line(line(), 32)), "другие ноутбуки: laptop-a 3…");
        assert_eq!(text(&super::fit_line(line(), 20)), "другие ноутбуки: …");
    }
}
