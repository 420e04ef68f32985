//! The rapporteur's pane: the running item's latest entries, the note being typed, and
//! between them a rule that says what the note will be saved as (kind, who said it, and
//! whether it may be attributed), following the prefixes as they are typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::text::hhmm;
use super::text::{head_by_width, rows};
use super::theme::Theme;
use crate::app::review::{attribution_text_in, kind_text_in};
use crate::app::{App, Focus, Rewording};
use crate::audience::{self, Audience};
use crate::capture::{self, Credit, kind_label_in};
use crate::i18n::Lang;
use crate::session::{Entry, EntryKind, Session};
use crate::t;

/// Below this height the pane drops its border: at 80x24 it has six rows, and a border
/// would leave no room for the note just saved.
const FRAMED_MIN_HEIGHT: u16 = 10;
/// From this inner height on, the editor keeps three rows even when empty, so a note
/// can grow without the list jumping at every wrapped line.
const ROOMY_INNER_HEIGHT: u16 = 12;

pub fn render(frame: &mut Frame, area: Rect, app: &App, session: &Session, theme: Theme) {
    let lang = app.lang();
    let focused = app.focus == Focus::Capture;
    // A screen reader reads a frame as a row of symbols: the plain screen has none.
    let framed = area.height >= FRAMED_MIN_HEIGHT && !app.settings.plain;
    let inner = if framed {
        let block = Block::bordered()
            .title(Line::styled(format!(" {} ", pane_title(app, lang)), theme.title()))
            .border_style(if focused { theme.accent() } else { theme.dim() });
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    } else {
        area
    };
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if app.follower {
        // A follower types nothing: the whole pane shows the latest notes as they arrive.
        let entries = latest_entries(app, session, inner.width, inner.height, theme);
        render_entries(frame, inner, entries, Hint::None, lang, theme);
        return;
    }

    // The rule carries the note's state; without a border (no title) it also says when an
    // entry is being edited rather than a new note typed.
    let label = (!framed && app.capture.editing.is_some()).then(|| editing_title(app, lang));
    let label = label.as_deref();
    let state = vec![state_rule(app, session, label, inner.width, focused, theme)];
    let state_rows = rows(&state, inner.width).min(inner.height);
    let entries = latest_entries(app, session, inner.width, inner.height, theme);
    let editor_rows = editor_rows(&app.capture.editor, inner, framed, state_rows, entries.newest_rows);

    let list_height = inner.height.saturating_sub(state_rows + editor_rows);
    let list_area = Rect { height: list_height, ..inner };
    let state_area = Rect { y: list_area.bottom(), height: state_rows, ..inner };
    let editor_area = Rect {
        y: state_area.bottom(),
        height: inner.height.saturating_sub(list_height + state_rows),
        ..inner
    };
    // Where `c` is consensus, the way to a note says so.
    let hint = match (focused, app.focus) {
        (true, _) => Hint::Typing,
        (false, Focus::Consolidate) => Hint::EscThenC,
        (false, _) => Hint::PressC,
    };
    render_entries(frame, list_area, entries, hint, lang, theme);
    frame.render_widget(Paragraph::new(state).wrap(Wrap { trim: false }), state_area);
    render_editor(frame, editor_area, &app.capture.editor);
}

fn pane_title(app: &App, lang: Lang) -> String {
    if app.follower {
        t!(lang, "screen-capture-latest")
    } else if app.capture.editing.is_some() {
        editing_title(app, lang)
    } else {
        t!(lang, "screen-capture")
    }
}

/// What the editor holds when it is not a new note: an entry being edited, or a
/// recommendation being reworded, combined or split in the consolidation view.
fn editing_title(app: &App, lang: Lang) -> String {
    match &app.capture.rewording {
        Some(Rewording::Combine(from)) => t!(lang, "screen-capture-combining", n = from.len()),
        Some(Rewording::Split(_)) => t!(lang, "screen-capture-splitting"),
        Some(Rewording::Edit(_)) => t!(lang, "screen-capture-rewording"),
        None => t!(lang, "screen-capture-editing"),
    }
}

/// The latest entries of the running item, oldest first, as drawn lines.
struct Latest<'a> {
    lines: Vec<Line<'a>>,
    /// Rows all of `lines` take.
    rows: u16,
    /// Rows the newest entry takes (0 when there is none).
    newest_rows: u16,
}

/// Walks back from the newest entry only as far as `height` rows can show, measuring
/// each entry with the wrapping that draws it.
fn latest_entries<'a>(app: &App, session: &'a Session, width: u16, height: u16, theme: Theme) -> Latest<'a> {
    let current = session.timer.current.as_deref();
    let mine = session.entries.iter().rev().filter(|e| !e.deleted && e.item.as_deref() == current);
    let mut latest = Latest { lines: Vec::new(), rows: 0, newest_rows: 0 };
    for (i, e) in mine.enumerate() {
        let mut block = entry_lines(app, session, e, theme);
        let block_rows = rows(&block, width);
        if i == 0 {
            latest.newest_rows = block_rows;
        }
        latest.rows = latest.rows.saturating_add(block_rows);
        block.append(&mut latest.lines);
        latest.lines = block;
        if latest.rows >= height {
            break;
        }
    }
    latest
}

/// Newest just above the editor, like a chat: a short list sits at the bottom, a long
/// one is scrolled so its end shows. When the newest entry alone is taller than the
/// list, its start (saved mark, time, kind) shows rather than its end.
/// What an empty pane says.
#[derive(Clone, Copy)]
enum Hint {
    /// A follower's pane (it types nothing, but says how a note is taken).
    None,
    /// The editor has the keys.
    Typing,
    PressC,
    /// The consolidation view has the keys, where `c` records consensus.
    EscThenC,
}

fn render_entries(frame: &mut Frame, area: Rect, latest: Latest, hint: Hint, lang: Lang, theme: Theme) {
    if area.height == 0 {
        return;
    }
    if latest.lines.is_empty() {
        let hint = match hint {
            Hint::Typing => t!(lang, "screen-capture-nothing-yet"),
            Hint::None | Hint::PressC => t!(lang, "screen-capture-press-c"),
            Hint::EscThenC => t!(lang, "screen-capture-esc-then-c"),
        };
        // One row at the bottom: a hint wider than the pane ends at a word.
        let hint = super::text::fit_words(&hint, usize::from(area.width));
        let bottom = Rect { y: area.bottom().saturating_sub(1), height: 1, ..area };
        frame.render_widget(Paragraph::new(Line::styled(hint, theme.dim())), bottom);
        return;
    }
    let overflow = if latest.newest_rows > area.height {
        latest.rows.saturating_sub(latest.newest_rows)
    } else {
        latest.rows.saturating_sub(area.height)
    };
    let gap = area.height.saturating_sub(latest.rows);
    let shown = Rect { y: area.y.saturating_add(gap), height: area.height.saturating_sub(gap), ..area };
    frame.render_widget(Paragraph::new(latest.lines).wrap(Wrap { trim: false }).scroll((overflow, 0)), shown);
}

/// Rows for the editor: what the note being typed needs (at least one), three when the
/// pane is roomy, at most half the pane, and never so many that the note just saved is
/// pushed out of sight when fewer would do.
fn editor_rows(editor: &TextArea, inner: Rect, framed: bool, state_rows: u16, newest_rows: u16) -> u16 {
    let cap = (inner.height / 2).max(1);
    let needed = typed_rows(editor, text_width(inner.width), cap).max(1);
    let roomy = framed && inner.height >= ROOMY_INNER_HEIGHT;
    let preferred = if roomy { needed.max(3).min(cap) } else { needed };
    let room_for_newest = inner.height.saturating_sub(state_rows.saturating_add(newest_rows));
    preferred.min(room_for_newest.max(needed))
}

/// Rows the note being typed takes at `width`, counted only up to `cap`: a whole document
/// pasted into the note costs no more to draw than a screenful.
fn typed_rows(editor: &TextArea, width: u16, cap: u16) -> u16 {
    let enough = usize::from(width).saturating_mul(usize::from(cap).saturating_add(1));
    let mut total = 0u16;
    for line in editor.lines() {
        // Each line wraps on its own; its first `enough` columns already fill `cap` rows.
        let head = head_by_width(line, enough);
        total = total.saturating_add(rows(&[Line::raw(head)], width));
        if total >= cap {
            return cap;
        }
    }
    total
}

/// The editor wraps one column short of its area: a line that fills the text width leaves
/// the cursor just past it, and that cell has to exist for the cursor to show.
fn text_width(width: u16) -> u16 {
    width.saturating_sub(1).max(1)
}

/// The note editor, with its cursor drawn in the margin when it sits past a full line
/// (the editor itself clips it there).
fn render_editor(frame: &mut Frame, area: Rect, editor: &TextArea) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let text = Rect { width: text_width(area.width), ..area };
    frame.render_widget(editor, text);
    if editor.is_empty() {
        return; // the placeholder draws the cursor in its first cell
    }
    let cursor = editor.screen_cursor();
    let (top, _) = editor.scroll_offset();
    let Some(row) = cursor.row.checked_sub(usize::from(top)) else { return };
    let (Ok(row), Ok(col)) = (u16::try_from(row), u16::try_from(cursor.col)) else { return };
    if row >= area.height || col < text.width {
        return; // drawn by the editor
    }
    let x = area.x.saturating_add(col.min(area.width.saturating_sub(1)));
    let style = editor.cursor_style();
    if style != Style::new()
        && let Some(cell) = frame.buffer_mut().cell_mut((x, area.y.saturating_add(row)))
    {
        cell.set_symbol(" ").set_style(style);
    }
}

/// What the note being typed will be saved as, from [`capture::resolve`], the rule the
/// record uses.
struct NoteState {
    kind: EntryKind,
    /// Who, and why them when nobody chose them ("has the floor", "presenting").
    who: Option<(String, Option<String>)>,
    not_for_attribution: bool,
}

fn note_state(app: &App, session: &Session) -> NoteState {
    if let Some(entry) = app.capture.editing.and_then(|id| session.entry(id)) {
        let mut state = edited_state(session, entry, app.lang());
        // A combination is nobody's words alone: its sources keep their authors.
        if matches!(app.capture.rewording, Some(Rewording::Combine(_))) {
            state.who = None;
        }
        return state;
    }
    let r = capture::resolve(session, &typed_head(&app.capture.editor), &app.capture.overrides);
    let lang = app.lang();
    let why = r.credit.and_then(|c| match c {
        Credit::Chosen => None,
        Credit::Floor => Some(t!(lang, "screen-capture-has-floor")),
        Credit::Presenter => Some(t!(lang, "screen-capture-presenting")),
    });
    let who =
        r.credit.and_then(|_| audience::source_in(&session.agenda, &r.attribution, Audience::Operator, lang));
    NoteState {
        kind: r.kind,
        who: who.map(|w| (w, why)),
        not_for_attribution: r.attribution.not_for_attribution,
    }
}

/// The start of the note, where its prefixes are: enough for any run of them, and a
/// pasted document is not copied on every frame.
fn typed_head(editor: &TextArea) -> String {
    const HEAD_CHARS: usize = 512;
    let mut head = String::new();
    let mut taken = 0;
    for (i, line) in editor.lines().iter().enumerate() {
        if taken >= HEAD_CHARS {
            break;
        }
        if i > 0 {
            head.push('\n');
            taken += 1;
        }
        for c in line.chars().take(HEAD_CHARS.saturating_sub(taken)) {
            head.push(c);
            taken += 1;
        }
    }
    head
}

/// An entry being edited keeps its kind and authors: only its text changes.
fn edited_state(session: &Session, entry: &Entry, lang: crate::i18n::Lang) -> NoteState {
    let who = audience::sources_in(&session.agenda, &session.authors(entry), Audience::Operator, lang)
        .map(|names| (names, None));
    NoteState { kind: entry.kind, who, not_for_attribution: entry.attribution.not_for_attribution }
}

/// "── recommendation (participants) · by NGO (group) · not for attribution ──────",
/// wrapped when long rather than cut.
fn state_rule<'a>(
    app: &App,
    session: &Session,
    label: Option<&str>,
    width: u16,
    focused: bool,
    theme: Theme,
) -> Line<'a> {
    let lang = app.lang();
    let state = note_state(app, session);
    let rule = if focused { theme.accent() } else { theme.dim() };
    let plain = app.settings.plain;
    let mut spans = vec![Span::styled(if plain { "" } else { "── " }, rule)];
    if let Some(label) = label {
        spans.push(Span::styled(format!("{label} · "), theme.title()));
    }
    spans.push(Span::styled(kind_label_in(lang, state.kind), theme.accent()));
    match state.who {
        Some((who, Some(why))) => {
            spans.push(Span::raw(format!(" · {}", t!(lang, "screen-capture-by-why", who = who, why = why))))
        }
        Some((who, None)) => {
            spans.push(Span::raw(format!(" · {}", t!(lang, "screen-capture-by", who = who))))
        }
        None => {}
    }
    let flag = if state.not_for_attribution {
        t!(lang, "screen-capture-not-for-attribution")
    } else {
        t!(lang, "screen-capture-on-the-record")
    };
    spans.push(Span::styled(format!(" · {flag} "), theme.dim()));
    if app.names_someone(&typed_head(&app.capture.editor)) {
        spans.push(Span::styled(format!("{} ", names_someone(lang)), theme.warning()));
    }
    let used = Line::from(spans.clone()).width();
    let fill = usize::from(width).saturating_sub(used);
    if fill > 0 && !plain {
        spans.push(Span::styled("─".repeat(fill), rule));
    }
    Line::from(spans)
}

/// One entry as a line (wrapped by the paragraph): saved mark, time, kind, text, who.
pub fn entry_lines<'a>(app: &App, session: &Session, e: &'a Entry, theme: Theme) -> Vec<Line<'a>> {
    let lang = app.lang();
    let saved = if app.is_saved(e) {
        Span::styled("✓ ", theme.early())
    } else {
        Span::styled("… ", theme.late())
    };
    let who = attribution_text_in(lang, session, e);
    let mut spans = vec![
        saved,
        Span::styled(format!("{} ", hhmm(session, e.created_at)), theme.dim()),
        Span::styled(format!("[{}] ", kind_text_in(lang, e)), theme.accent()),
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
    if app.names_someone(&e.text) {
        spans.push(Span::styled(format!("  {}", names_someone(lang)), theme.warning()));
    }
    out.push(Line::from(spans));
    out
}

/// The quiet mark on a note that names a participant under the Chatham House Rule.
fn names_someone(lang: Lang) -> String {
    format!("⚠ {}", t!(lang, "screen-capture-names-someone"))
}
