//! Choosing an agenda item by title (moving an entry): the filter as typed, and the items
//! that match, by day, with the chosen one reversed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::text::{fit_words, hhmm_civil};
use super::theme::Theme;
use crate::app::Pick;
use crate::i18n::Lang;
use crate::session::Session;
use crate::t;

pub fn render(frame: &mut Frame, area: Rect, pick: &Pick, session: &Session, lang: Lang, theme: Theme) {
    let options = pick.options(session);
    let width = area.width.min(90);
    let height = (options.len() as u16 + 4).clamp(6, area.height);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let title = format!(" {} ", t!(lang, "screen-pick-title"));
    let block = Block::bordered().title(Line::styled(title, theme.title()));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let width = usize::from(inner.width);
    let filter = pick.filter_text();
    let label = format!("{} ", t!(lang, "screen-pick-filter"));
    let keys = format!("   {}", t!(lang, "screen-pick-keys"));
    // The keys' reminder only when it fits whole beside what is typed.
    let typed = label.chars().count() + filter.chars().count() + 1;
    let mut head =
        vec![Span::styled(label, theme.dim()), Span::raw(filter), Span::styled(" ", theme.selected())];
    if typed + keys.chars().count() <= width {
        head.push(Span::styled(keys, theme.dim()));
    }
    let mut lines = vec![Line::from(head)];
    if options.is_empty() {
        lines.push(Line::styled(fit_words(&t!(lang, "screen-pick-no-match"), width), theme.dim()));
    }
    let rows = usize::from(inner.height.saturating_sub(1)).max(1);
    let first = pick.cursor.saturating_sub(rows - 1);
    for (pos, &i) in options.iter().enumerate().skip(first).take(rows) {
        let Some(run) = session.items.get(i) else { continue };
        let title = session.agenda_item(i).map_or(run.item.clone(), |it| it.title.clone());
        let when =
            format!(" {} {}  ", t!(lang, "screen-day", day = run.day + 1), hhmm_civil(run.planned_start));
        let room = width.saturating_sub(when.chars().count());
        let text = format!("{when}{}", fit_words(&title, room));
        let style = if pos == pick.cursor { theme.selected() } else { ratatui::style::Style::new() };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
