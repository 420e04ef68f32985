//! The review list: entries of the running item or the whole session, or a search, with
//! the selected one in full. Across items (the whole session, a search) each run of
//! entries is headed by the item it was captured in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::capture_pane::entry_lines;
use super::text::rows;
use super::text::{fit_words, item};
use super::theme::Theme;
use crate::app::App;
use crate::app::review::visible;
use crate::i18n::Lang;
use crate::session::{Entry, Mark, Session};
use crate::t;

/// Rows kept in view below the selected entry when the list is longer than the screen.
const CONTEXT_BELOW: u16 = 2;

pub fn render(frame: &mut Frame, area: Rect, app: &App, session: &Session, theme: Theme) {
    let lang = app.lang();
    let list = visible(session, &app.review);
    // The border cannot wrap: a long scope (an item's title, a search) gives way between
    // words, and the count stays in view.
    let count = list.len().to_string();
    let entries = t!(lang, "screen-review-entries");
    let fixed = entries.chars().count() + count.chars().count() + 10;
    let scope = fit_words(&scope(app, session, lang), usize::from(area.width).saturating_sub(fixed).max(1));
    let title = format!(" {entries} · {scope} · {count} ");
    let cursor = app.review.cursor.min(list.len().saturating_sub(1));
    let inner = list_frame(frame, area, app, &title, (cursor, list.len()), theme.accent(), theme);

    if list.is_empty() {
        let hint = t!(lang, "screen-review-empty");
        frame
            .render_widget(Paragraph::new(Line::styled(hint, theme.dim())).wrap(Wrap { trim: false }), inner);
        return;
    }
    let cursor = app.review.cursor.min(list.len().saturating_sub(1));
    // Across items each run of entries says its item.
    let across = app.review.all || app.review.search.is_some();
    let mut lines: Vec<Line> = Vec::new();
    let mut selected = (0u16, 0u16);
    // Only the entries around the cursor can be on screen: 10,000 entries cost no more.
    let reach = usize::from(inner.height);
    let first = cursor.saturating_sub(reach);
    let mut previous_item = None;
    // Each line wraps on its own, so the rows of the list are the sum of its parts'.
    let mut total = 0u16;
    for (pos, &i) in list.iter().enumerate().skip(first).take(2 * reach + 1) {
        let Some(e) = session.entries.get(i) else { continue };
        let start = total;
        if across && (pos == first || previous_item != Some(e.item.as_deref())) {
            let heading = item_heading(session, e.item.as_deref(), lang, theme);
            total = total.saturating_add(rows(std::slice::from_ref(&heading), inner.width));
            lines.push(heading);
        }
        previous_item = Some(e.item.as_deref());
        let block = entry_block(app, session, e, pos == cursor, lang, theme);
        total = total.saturating_add(rows(&block, inner.width));
        lines.extend(block);
        if pos == cursor {
            selected = (start, total);
        }
    }
    let offset = scroll(selected, total, inner.height);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((offset, 0)), inner);
}

/// A list's frame with `title`, or, for a screen reader (`--plain`), no frame: the title is
/// the first line and says which of the list's entries is selected in words ("2 of 5",
/// from `at`: the cursor and the list's length). Returns where the list goes.
pub(super) fn list_frame(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    at: (usize, usize),
    border: ratatui::style::Style,
    theme: Theme,
) -> Rect {
    if app.settings.plain {
        let (cursor, len) = at;
        let at = if len == 0 {
            String::new()
        } else {
            format!(" · {}", t!(app.lang(), "screen-review-position", n = cursor + 1, of = len))
        };
        let [head, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Line::styled(format!("{}{at}", title.trim()), theme.title())),
            head,
        );
        rest
    } else {
        let block =
            Block::bordered().title(Line::styled(title.to_string(), theme.title())).border_style(border);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    }
}

/// What the list shows, for its title.
fn scope(app: &App, session: &Session, lang: Lang) -> String {
    match (&app.review.search, app.review.all) {
        (Some(q), _) => t!(lang, "screen-review-search", query = q),
        (None, true) => t!(lang, "screen-review-whole-session"),
        (None, false) => session
            .timer
            .current
            .as_deref()
            .and_then(|id| session.item_index(id))
            .and_then(|i| item(session, i))
            .map_or_else(|| t!(lang, "screen-review-whole-session"), |it| it.title.clone()),
    }
}

/// One entry with its marks, dimmed and struck through when deleted, reversed when
/// selected.
fn entry_block<'a>(
    app: &App,
    session: &Session,
    e: &'a Entry,
    selected: bool,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'a>> {
    let mut entry = entry_lines(app, session, e, theme);
    let tag = |id: String| format!(" [{id}]");
    let mut tags = Vec::new();
    match e.mark {
        Mark::Consensus => tags.push(Span::styled(tag(t!(lang, "screen-review-consensus")), theme.early())),
        Mark::Contested => tags.push(Span::styled(tag(t!(lang, "screen-review-contested")), theme.late())),
        Mark::None => {}
    }
    // Combined into a recommendation (found by a search): which one, so a correction
    // from a review pack finds where its words went.
    if let Some(into) = e.merged_into.and_then(|id| session.entry(id)) {
        let head = super::text::fit_words(&into.text, 40);
        let id = crate::export::short_id(into.id);
        tags.push(Span::styled(
            tag(t!(lang, "screen-review-combined-into", id = id, text = head)),
            theme.dim(),
        ));
    } else if e.deleted {
        tags.push(Span::styled(tag(t!(lang, "screen-review-deleted")), theme.dim()));
    }
    // Two laptops changed it within minutes of each other: the later wording won, the
    // other is in its history; the drafter should look.
    if e.history.iter().any(|r| r.conflict) {
        tags.push(Span::styled(tag(t!(lang, "screen-review-conflict")), theme.late()));
    }
    // Its source read it (after the review pack): the drafter need not ask again.
    if let Some(checked) = &e.checked {
        let who = crate::audience::sources_in(
            &session.agenda,
            std::slice::from_ref(&checked.by),
            crate::audience::Audience::Operator,
            lang,
        )
        .unwrap_or_default();
        tags.push(Span::styled(tag(t!(lang, "screen-review-checked", who = who)), theme.early()));
    }
    if let Some(last) = entry.last_mut() {
        last.spans.extend(tags);
    }
    for line in &mut entry {
        if e.deleted {
            line.style = theme.dim().add_modifier(Modifier::CROSSED_OUT);
        }
        if selected {
            line.style = line.style.patch(theme.selected());
        }
    }
    // Reversed video is lost on a screen reader: the plain screen says it with a symbol.
    if app.settings.plain
        && let Some(first) = entry.first_mut()
    {
        first.spans.insert(0, Span::raw(if selected { "▶ " } else { "  " }));
    }
    entry
}

/// The first row to show: the selected entry (rows `selected.0..selected.1`, its item's
/// heading included) in view with a little of what follows, its top when it is taller
/// than the list, and never past the end (a short list does not scroll at all).
fn scroll(selected: (u16, u16), total: u16, height: u16) -> u16 {
    let (top, bottom) = selected;
    let want = bottom.saturating_add(CONTEXT_BELOW).min(total).saturating_sub(height);
    want.min(total.saturating_sub(height)).min(top)
}

/// "▸ Day 1 · Lunch": the item the entries under it were captured in (the symbol, not the
/// style, marks it as a heading).
fn item_heading<'a>(session: &Session, item: Option<&str>, lang: Lang, theme: Theme) -> Line<'a> {
    let index = item.and_then(|id| session.item_index(id));
    let title = match (item, index.and_then(|i| session.agenda_item(i))) {
        (_, Some(it)) => it.title.clone(),
        (Some(id), None) => id.to_string(),
        (None, None) => t!(lang, "screen-review-between-items"),
    };
    let day = index
        .and_then(|i| session.items.get(i))
        .filter(|_| session.agenda.days.len() > 1)
        .map(|run| format!("{} · ", t!(lang, "screen-day", day = run.day + 1)));
    Line::from(vec![
        Span::styled("▸ ", theme.dim()),
        Span::styled(day.unwrap_or_default(), theme.dim()),
        Span::styled(title, theme.title()),
    ])
}
