//! The consolidation view's list, as the facilitator sees it: the session's
//! recommendations and follow-ups numbered as the room sees them (a filter hides some, it
//! never renumbers), each with where it came from and who said it, the room's support and
//! the plenary's decision in symbol and word, the ones marked for combining and the one on
//! the projector said by a symbol too. It stays on screen while the editor rewords.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::review_list::list_frame;
use super::text::{fit_words, rows};
use super::theme::Theme;
use crate::app::consolidate::{decision_text, support_text, visible};
use crate::app::review::attribution_text_in;
use crate::app::{App, Focus};
use crate::audience::{Audience, sources_in};
use crate::capture::kind_label_in;
use crate::i18n::Lang;
use crate::session::{Decision, Entry, EntryKind, Session};
use crate::t;

/// Rows kept in view below the cursor's recommendation when the list is longer than the
/// screen.
const CONTEXT_BELOW: u16 = 2;

/// An item's title in a recommendation's details gives way between words after this many
/// columns: the details are one line for most.
const ITEM_COLUMNS: usize = 32;

pub fn render(frame: &mut Frame, area: Rect, app: &App, session: &Session, theme: Theme) {
    let lang = app.lang();
    let view = &app.consolidate;
    let list = visible(session, view);
    let cursor = view.cursor.min(list.len().saturating_sub(1));
    // The border cannot wrap: the filter's words give way between words, the count stays.
    let heading = t!(lang, "screen-recs-title");
    let count = list.len().to_string();
    let marked = if view.marked.is_empty() {
        String::new()
    } else {
        format!(" · {}", t!(lang, "screen-recs-marked", n = view.marked.len()))
    };
    let fixed = heading.chars().count() + count.chars().count() + marked.chars().count() + 10;
    let room = usize::from(area.width).saturating_sub(fixed).max(1);
    let title = format!(" {heading} · {} · {count}{marked} ", fit_words(&filters(app, session, lang), room));
    let border = if app.focus == Focus::Consolidate { theme.accent() } else { theme.dim() };
    let inner = list_frame(frame, area, app, &title, (cursor, list.len()), border, theme);
    if inner.is_empty() {
        return;
    }
    if list.is_empty() {
        let filtered = view.kind.is_some() || view.item.is_some() || view.group.is_some();
        let hint = if filtered { t!(lang, "screen-recs-none-here") } else { t!(lang, "screen-recs-empty") };
        frame
            .render_widget(Paragraph::new(Line::styled(hint, theme.dim())).wrap(Wrap { trim: false }), inner);
        return;
    }
    // Only the recommendations around the cursor can be on screen: 3,000 cost no more
    // than thirty. Each takes two rows at least (its text, its details), so half a
    // screenful of them above the cursor is enough; below, as many as fill the rows.
    let reach = usize::from(inner.height);
    let first = cursor.saturating_sub(reach / 2 + 1);
    let words = Words::new(lang);
    let mut blocks: Vec<(u16, Vec<Line>)> = Vec::new();
    let mut selected = (0u16, 0u16);
    let mut total = 0u16;
    for (pos, shown) in list.iter().enumerate().skip(first).take(2 * reach + 1) {
        let Some(e) = session.entries.get(shown.entry) else { continue };
        let start = total;
        let block = entry_block(app, session, shown.number, e, pos == cursor, &words, theme);
        total = total.saturating_add(rows(&block, inner.width));
        blocks.push((start, block));
        if pos == cursor {
            selected = (start, total);
        }
        if pos > cursor && total.saturating_sub(selected.1) >= inner.height {
            break;
        }
    }
    let offset = scroll(selected, total, inner.height);
    // Only the blocks in view are wrapped again to be drawn: wrapping is the dear part.
    let end = offset.saturating_add(inner.height);
    let shown: Vec<&(u16, Vec<Line>)> = blocks
        .iter()
        .enumerate()
        .filter(|(i, (start, _))| *start < end && blocks.get(i + 1).is_none_or(|(next, _)| *next > offset))
        .map(|(_, b)| b)
        .collect();
    let top = shown.first().map_or(0, |(start, _)| *start);
    let lines: Vec<Line> = shown.into_iter().flat_map(|(_, block)| block.iter().cloned()).collect();
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((offset.saturating_sub(top), 0)),
        inner,
    );
}

/// The filters in words, for the title: "all", or the kind, the item and the group shown.
fn filters(app: &App, session: &Session, lang: Lang) -> String {
    let view = &app.consolidate;
    let mut words = Vec::new();
    if let Some(kind) = view.kind {
        words.push(kind_label_in(lang, kind));
    }
    if let Some(item) = &view.item {
        words.push(item_title(session, item));
    }
    if let Some(group) = &view.group {
        words.push(group.clone());
    }
    if words.is_empty() { t!(lang, "screen-recs-all") } else { words.join(" · ") }
}

/// The title of the agenda item `id`, or the id when the agenda no longer has it.
fn item_title(session: &Session, id: &str) -> String {
    session
        .item_index(id)
        .and_then(|i| session.agenda_item(i))
        .map_or_else(|| id.to_string(), |it| it.title.clone())
}

/// "✓ adopted", "○ noted", "✗ rejected": the symbol says it without colour, and so does
/// the word without the symbol.
pub(super) fn decision_words(lang: Lang, decision: Decision) -> String {
    format!("{} {}", decision_symbol(decision), decision_text(lang, decision))
}

/// The symbol said before a decision's words.
pub(super) fn decision_symbol(decision: Decision) -> &'static str {
    match decision {
        Decision::Adopted => "✓",
        Decision::Noted => "○",
        Decision::Rejected => "✗",
    }
}

/// How a decision looks beside its words.
pub(super) fn decision_style(theme: Theme, decision: Decision) -> Style {
    match decision {
        Decision::Adopted => theme.early().add_modifier(Modifier::BOLD),
        Decision::Noted => theme.accent(),
        Decision::Rejected => theme.late(),
    }
}

/// The words every recommendation's details may use, looked up once a frame: forty
/// recommendations on screen would otherwise format the same few messages again and again.
struct Words {
    lang: Lang,
    kinds: Vec<(EntryKind, String)>,
    decisions: [String; 3],
    on_projector: String,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let kinds = KINDS.iter().map(|&k| (k, kind_label_in(lang, k))).collect();
        let decisions =
            [Decision::Adopted, Decision::Noted, Decision::Rejected].map(|d| decision_words(lang, d));
        Words { lang, kinds, decisions, on_projector: t!(lang, "screen-recs-on-projector") }
    }

    fn kind(&self, kind: EntryKind) -> String {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or_else(|| kind_label_in(self.lang, kind), |(_, w)| w.clone())
    }

    fn decision(&self, decision: Decision) -> &str {
        let [adopted, noted, rejected] = &self.decisions;
        match decision {
            Decision::Adopted => adopted,
            Decision::Noted => noted,
            Decision::Rejected => rejected,
        }
    }
}

/// The kinds the list holds (see [`crate::session::is_recommendation`]).
const KINDS: [EntryKind; 3] =
    [EntryKind::RecommendationParticipants, EntryKind::RecommendationPresenters, EntryKind::FollowUp];

/// One recommendation: its number, whether it is marked for combining (and as which), its
/// text; under it, dimmed, its kind, item, group, who said it, the support, the decision,
/// whether its source checked it, and whether the room is looking at it.
fn entry_block<'a>(
    app: &App,
    session: &Session,
    number: usize,
    e: &'a Entry,
    selected: bool,
    words: &Words,
    theme: Theme,
) -> Vec<Line<'a>> {
    let lang = words.lang;
    let mut head = Vec::new();
    // Reversed video is lost on a screen reader: the plain screen says it with a symbol.
    if app.settings.plain {
        head.push(Span::raw(if selected { "▶ " } else { "  " }));
    }
    head.push(Span::styled(format!("{number}. "), theme.title()));
    if let Some(p) = app.consolidate.marked.iter().position(|id| *id == e.id) {
        head.push(Span::styled(format!("■{} ", p + 1), theme.warning()));
    }
    let mut out = Vec::new();
    for (i, text) in e.text.split('\n').enumerate() {
        if i == 0 {
            head.push(Span::raw(text));
            out.push(Line::from(std::mem::take(&mut head)));
        } else {
            out.push(Line::raw(format!("   {text}")));
        }
    }
    let mut about = vec![words.kind(e.kind)];
    // Where it was said, when not in the item running now (where most are said).
    if let Some(item) = e.item.as_deref().filter(|it| session.timer.current.as_deref() != Some(*it)) {
        about.push(fit_words(&item_title(session, item), ITEM_COLUMNS));
    }
    about.extend(e.group.clone());
    let who = attribution_text_in(lang, session, e);
    if !who.is_empty() {
        about.push(who);
    }
    if let Some(support) = e.support {
        about.push(support_text(lang, support));
    }
    let mut details = vec![Span::styled(format!("   {}", about.join(" · ")), theme.dim())];
    if let Some(decision) = e.decision {
        details.push(Span::styled(" · ", theme.dim()));
        details.push(Span::styled(words.decision(decision).to_string(), decision_style(theme, decision)));
    }
    if let Some(checked) = &e.checked {
        let by = sources_in(&session.agenda, std::slice::from_ref(&checked.by), Audience::Operator, lang)
            .unwrap_or_default();
        details.push(Span::styled(format!(" [{}]", t!(lang, "screen-recs-checked", who = by)), theme.dim()));
    }
    if on_projector(session, e) {
        details.push(Span::styled(format!(" ◆ {}", words.on_projector), theme.warning()));
    }
    out.push(Line::from(details));
    if selected {
        for line in &mut out {
            line.style = line.style.patch(theme.selected());
        }
    }
    out
}

/// Whether the room is looking at `e` now.
fn on_projector(session: &Session, e: &Entry) -> bool {
    session.consolidation.shown && session.consolidation.spotlight == Some(e.id)
}

/// The first row to show: the cursor's recommendation (rows `selected.0..selected.1`) in
/// view with a little of what follows, its top when it is taller than the list, and never
/// past the end (a short list does not scroll at all).
fn scroll(selected: (u16, u16), total: u16, height: u16) -> u16 {
    let (top, bottom) = selected;
    let want = bottom.saturating_add(CONTEXT_BELOW).min(total).saturating_sub(height);
    want.min(total.saturating_sub(height)).min(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_in_view_with_a_little_below_and_a_short_list_does_not_scroll() {
        assert_eq!(scroll((0, 2), 6, 10), 0, "short list");
        assert_eq!(scroll((20, 22), 40, 10), 14, "two rows of context below");
        assert_eq!(scroll((38, 40), 40, 10), 30, "never past the end");
        assert_eq!(scroll((5, 30), 40, 10), 5, "taller than the list: its top");
    }

    #[test]
    fn decisions_are_said_by_a_symbol_and_a_word() {
        assert_eq!(decision_words(Lang::En, Decision::Adopted), "✓ adopted");
        assert_eq!(decision_words(Lang::En, Decision::Noted), "○ noted");
        assert_eq!(decision_words(Lang::Ru, Decision::Rejected), "✗ отклонено");
    }
}
