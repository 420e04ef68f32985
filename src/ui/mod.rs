//! Drawing: `render(frame, app, session, now)` per screen. Pure: it reads the state and
//! the `now` it is given; it never reads the clock or does IO.

mod agenda_list;
mod balance_bars;
mod balance_panel;
mod capture_pane;
mod consolidation;
mod countdown;
mod day_summary;
mod drift_chart;
pub mod footer;
mod groups_panel;
mod hands;
pub mod help;
mod now_panel;
mod parts;
mod pick;
pub mod picker;
mod plain;
mod projector;
mod recs_projector;
mod review_list;
mod room_langs;
mod summary_words;
mod text;
pub mod theme;
mod tick;
mod timeline;

use std::rc::Rc;

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Focus, View};
use crate::session::Session;
use crate::timing;
use parts::Parts;
use theme::Theme;

pub use hands::{Hands, SecondHand, hands};
pub use parts::Memo as TickMemo;
pub use projector::{MIN_HEIGHT as PROJECTOR_MIN_HEIGHT, MIN_WIDTH as PROJECTOR_MIN_WIDTH};
pub use tick::{FrameKey, Tick, frame_key, render_tick};

/// The operator's run screen needs at least this much room.
pub const OPERATOR_MIN_WIDTH: u16 = 60;
pub const OPERATOR_MIN_HEIGHT: u16 = 16;

pub fn render(frame: &mut Frame, app: &App, session: &Session, now: Timestamp) {
    render_all(frame, app, session, now);
}

/// What of a frame changes with the clocks alone, when the rest stands still from second
/// to second (no overlay, no screen too small).
#[derive(Debug)]
pub struct Ticks {
    pub tick: Tick,
    /// The header's row, whose clock turns at the minute (see [`render_header_in`]).
    pub header: Option<Rect>,
    /// The day as the frame projected it.
    pub day: timing::DayProjection,
}

/// Like [`render`]; also says which parts of the frame change with the clocks alone.
pub fn render_ticking(frame: &mut Frame, app: &App, session: &Session, now: Timestamp) -> Option<Ticks> {
    render_all(frame, app, session, now)
}

/// Draws everything; returns the parts that tick when the rest of the screen does not
/// change from second to second (no overlay).
fn render_all(frame: &mut Frame, app: &App, session: &Session, now: Timestamp) -> Option<Ticks> {
    let area = frame.area();
    let tick;
    let mut header_row = None;
    let theme = Theme::of(&app.settings);
    if app.settings.plain {
        return plain::render(frame, app, session, now);
    }
    let (min_w, min_h) = match app.view {
        View::Operator => (OPERATOR_MIN_WIDTH, OPERATOR_MIN_HEIGHT),
        View::Projector => (PROJECTOR_MIN_WIDTH, PROJECTOR_MIN_HEIGHT),
    };
    if area.width < min_w || area.height < min_h {
        too_small(frame, area, min_w, min_h, app.lang(), theme);
        return None;
    }
    let day = timing::project_day(session, timing::current_day(session), now);
    match app.view {
        View::Projector => {
            projector_view(frame.buffer_mut(), area, app, session, &day, now, theme, &mut Parts::whole());
            tick = Tick::Projector(area);
        }
        View::Operator => {
            let status_rows = footer::status_rows(app, area.width, theme);
            let device_rows = u16::from(!app.devices.is_empty() || app.follower);
            let [header, body, status_area, devices_area, hints] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Min(0),
                Constraint::Length(status_rows),
                Constraint::Length(device_rows),
                Constraint::Length(1),
            ])
            .areas(area);
            render_header_in(frame.buffer_mut(), header, session, now, app.lang(), theme);
            header_row = Some(header);
            let working = session.current_index().and_then(|i| timing::groups_item(session, i));
            // The list stays in view while the editor rewords one of it.
            let consolidating = app.focus == Focus::Consolidate || app.capture.rewording.is_some();
            let left = |frame: &mut Frame, area: Rect| {
                if app.focus == Focus::Review {
                    review_list::render(frame, area, app, session, theme);
                } else if consolidating {
                    consolidation::render(frame, area, app, session, theme);
                } else if app.balance {
                    balance_panel::render(frame.buffer_mut(), area, session, now, app.lang(), theme);
                } else if let Some(wg) = working.filter(|_| !app.agenda_over_groups) {
                    groups_panel::render(frame, area, session, wg, app.lang(), theme);
                } else {
                    // The list shows the selected item's day, so the selection never leaves it.
                    let shown = session.items.get(app.selected).map_or(day.day, |r| r.day);
                    let other = (shown != day.day).then(|| timing::project_day(session, shown, now));
                    agenda_list::render(frame, area, app, session, other.as_ref().unwrap_or(&day), theme);
                }
            };
            if app.capture.full_screen && app.focus == Focus::Capture && !consolidating {
                let [strip, pane] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
                render_strip(frame.buffer_mut(), strip, app, session, now, theme);
                tick = Tick::Strip(strip);
                capture_pane::render(frame, pane, app, session, theme);
            } else if body.width >= 100 {
                // The panel needs 50 columns for "+12:34" in half-height digits.
                let panel_w = (body.width * 45 / 100).max(52);
                let [list, right] =
                    Layout::horizontal([Constraint::Min(0), Constraint::Length(panel_w)]).areas(body);
                // Taller screens give the panel a few more rows, for the re-plan and the
                // speakers' list beside the big digits.
                let now_h =
                    if body.height >= 30 { (body.height * 2 / 5).clamp(16, 20) } else { body.height / 2 };
                let [panel, pane] =
                    Layout::vertical([Constraint::Length(now_h), Constraint::Min(0)]).areas(right);
                left(frame, list);
                now_panel::render(frame.buffer_mut(), panel, app, session, &day, now);
                tick = Tick::Now(now_panel::inner(panel, app));
                capture_pane::render(frame, pane, app, session, theme);
            } else {
                // Stacked: a rapporteur typing gets most of the rows (the newest notes
                // whole above the editor); the facilitator's timer gets them otherwise.
                let (now_h, pane_h) = if app.focus == Focus::Capture && consolidating {
                    // Rewording: the editor, and the list it came from under it.
                    let now_h = (body.height / 4).clamp(5, 8);
                    (now_h, (body.height.saturating_sub(now_h) / 2).max(4))
                } else if app.focus == Focus::Capture {
                    let now_h = (body.height / 4).clamp(5, 8);
                    (now_h, (body.height.saturating_sub(now_h) * 2 / 3).max(6))
                } else if consolidating {
                    // The list gets the rows: nothing is typed meanwhile.
                    ((body.height / 4).clamp(5, 8), 0)
                } else {
                    let now_h = (body.height * 45 / 100).clamp(8, 14);
                    let pane_h = (body.height.saturating_sub(now_h) / 2).max(6);
                    // The balance asked for is never squeezed out: the idle note box (c
                    // opens it) gives way to it on a small screen.
                    const BALANCE_MIN: u16 = 6;
                    if app.balance
                        && app.focus == Focus::Timer
                        && body.height.saturating_sub(now_h + pane_h) < BALANCE_MIN
                    {
                        let pane_h = body.height.saturating_sub(now_h + BALANCE_MIN);
                        (now_h, if pane_h < 3 { 0 } else { pane_h })
                    } else if app.focus == Focus::Review && body.height.saturating_sub(now_h + pane_h) < 6 {
                        // Reviewing on a small screen (60x16): the entries need the rows
                        // more than the note box, which would leave them none.
                        ((body.height / 4).clamp(5, 8), 0)
                    } else {
                        (now_h, pane_h)
                    }
                };
                let [panel, pane, list] = Layout::vertical([
                    Constraint::Length(now_h),
                    Constraint::Length(pane_h),
                    Constraint::Min(0),
                ])
                .areas(body);
                now_panel::render(frame.buffer_mut(), panel, app, session, &day, now);
                tick = Tick::Now(now_panel::inner(panel, app));
                capture_pane::render(frame, pane, app, session, theme);
                left(frame, list);
            }
            footer::render(
                frame,
                (status_rows > 0).then_some(status_area),
                (device_rows > 0).then_some(devices_area),
                hints,
                app,
                theme,
            );
        }
    }
    if let Some(pick) = &app.pick {
        pick::render(frame, area, pick, session, app.lang(), theme);
        return None;
    }
    if let Some(h) = app.help {
        help::render(frame, area, &app.keymap, app.focus, h.scroll, app.lang(), theme);
        return None;
    }
    if app.summary.is_some() && app.view == View::Operator {
        day_summary::render(frame, area, app, session, now, theme);
        // What it shows moves by the minute, or with a speaker's seconds: the frame's key
        // says when (see [`frame_key`]).
        return Some(Ticks { tick: Tick::Still, header: None, day });
    }
    Some(Ticks { tick, header: header_row, day })
}

/// The room's view, and the facilitator's status line at its foot.
#[allow(clippy::too_many_arguments)]
pub(super) fn projector_view(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    day: &timing::DayProjection,
    now: Timestamp,
    theme: Theme,
    parts: &mut Parts,
) {
    projector::render(buf, area, app, session, day, now, parts);
    // The room sees no key hints; the facilitator still sees what they type, and a
    // follower says when its writers have gone quiet.
    if let Some(line) = footer::status_line(app, area.width, theme).or_else(|| footer::stale_line(app, theme))
    {
        let bottom = Rect { y: area.bottom() - 1, height: 1, ..area };
        parts.draw(buf, bottom, parts::digest(&line), |buf| Paragraph::new(line).render(bottom, buf));
    }
}

/// What the header's clock shows at `now`: the header is drawn again when this changes.
pub fn header_clock(session: &Session, now: Timestamp) -> String {
    text::hhmm(session, now)
}

/// The header: the event on the left, where the day is and the clock (to the minute) on
/// the right, in the operator's language `lang`. An idle minute draws it again alone, into
/// a buffer of its row.
pub fn render_header_in(
    buf: &mut Buffer,
    area: Rect,
    session: &Session,
    now: Timestamp,
    lang: crate::i18n::Lang,
    theme: Theme,
) {
    let right = format!(" {} · {} ", where_we_are(session, lang), text::hhmm(session, now));
    let left_w = usize::from(area.width).saturating_sub(right.chars().count() + 1);
    let title = text::fit_words(&format!(" convene · {}", session.agenda.event.title), left_w);
    let pad = " ".repeat(left_w.saturating_sub(title.chars().count()));
    Paragraph::new(Line::from(vec![
        Span::styled(title, theme.title()),
        Span::raw(pad),
        Span::styled(right, theme.accent()),
    ]))
    .render(area, buf);
}

/// Where the event is, in a few words for the header: the day on the clock, or that the
/// day or the whole event is over (a finished event never reads as one about to start).
fn where_we_are(session: &Session, lang: crate::i18n::Lang) -> String {
    let days = session.agenda.days.len();
    if let Some(at) = session.finished_at {
        return crate::t!(lang, "screen-finished-at", time = text::hhmm(session, at));
    }
    match timing::day_over(session) {
        Some(d) => crate::t!(lang, "screen-header-day-over", day = d + 1, days = days),
        None => crate::t!(lang, "screen-header-day", day = timing::current_day(session) + 1, days = days),
    }
}

/// One line for full-screen capture: the running item and its countdown.
pub(super) fn render_strip(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    now: Timestamp,
    theme: Theme,
) {
    let lang = app.lang();
    let current = session.current_index();
    let line = match current
        .and_then(|c| Some((c, timing::countdown(session, c, now, app.settings.warnings())?)))
    {
        Some((c, cd)) => {
            let title = text::item(session, c).map_or(String::new(), |i| i.title.clone());
            let left = if cd.remaining_ms >= 0 {
                crate::t!(lang, "screen-clock-left")
            } else {
                crate::t!(lang, "screen-clock-over")
            };
            let state =
                if cd.running { String::new() } else { format!(" ‖ {}", crate::t!(lang, "screen-paused")) };
            let label = text::stage_label(lang, cd.stage, cd.label());
            let clock = format!(" {} {label} {} {left}{state} ", cd.stage.symbol(), cd.display());
            // One row: the title gives way between words.
            let room = usize::from(area.width).saturating_sub(clock.chars().count() + 1);
            Line::from(vec![
                Span::styled(clock, theme.stage(cd.stage)),
                Span::raw(format!(" {}", text::fit_words(&title, room))),
            ])
        }
        None => Line::styled(format!(" {}", where_we_are(session, lang)), theme.dim()),
    };
    Paragraph::new(line).render(area, buf);
}

/// How much a line of a panel matters when the panel is short of rows: the least
/// important lines give way first, so what the facilitator or the room must see (the
/// countdown, the message, a cut in the plan) is never the line that falls off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weight {
    Must,
    High,
    Medium,
    Low,
    Least,
}

/// Lines that come and go together (a line and the blank line that sets it apart), with
/// a shorter form to fall back on before anything is dropped for room.
#[derive(Clone, Debug)]
struct Piece<'a> {
    weight: Weight,
    /// Shared, not copied, by the idle seconds that keep them (see [`Parts::keep`]).
    lines: Rc<[Line<'a>]>,
    short: Option<Rc<[Line<'a>]>>,
    /// Rows `lines` take and at what width, once measured: a panel is laid out in a few
    /// passes, and wrapping a line to measure it is the dearest part of an idle second.
    measured: std::cell::Cell<Option<(u16, u16)>>,
    /// The digest of `lines` (see [`parts::digest`]), once taken.
    digest: std::cell::Cell<Option<u64>>,
    /// The columns of its one line when that is plain (see [`text::plain_width`]), once
    /// asked.
    plain: std::cell::Cell<Option<Option<u16>>>,
    /// A clock whose text starts span `.0` of its one line, `.2` characters long (see
    /// [`hands`]): drawn where it can be noted, or said to be unnoted.
    hand: Option<(usize, hands::Hand, u16)>,
}

impl<'a> Piece<'a> {
    fn new(weight: Weight, line: impl Into<Line<'a>>) -> Self {
        Piece::of(weight, vec![line.into()])
    }

    /// The line with a blank line above it.
    fn spaced(weight: Weight, line: impl Into<Line<'a>>) -> Self {
        Piece::of(weight, vec![Line::raw(""), line.into()])
    }

    fn of(weight: Weight, lines: Vec<Line<'a>>) -> Self {
        let (measured, digest, plain) = Default::default();
        Piece { weight, lines: lines.into(), short: None, measured, digest, plain, hand: None }
    }

    /// What the lines look like, as one number: the same lines, the same number.
    fn digest(&self) -> u64 {
        match self.digest.get() {
            Some(d) => d,
            None => {
                let d = parts::digest(&self.lines);
                self.digest.set(Some(d));
                d
            }
        }
    }

    /// The columns of its line when it is one line of one-column characters alone.
    fn plain_width(&self) -> Option<u16> {
        match self.plain.get() {
            Some(w) => w,
            None => {
                let w = match &self.lines[..] {
                    [line] => text::plain_width(line).and_then(|w| u16::try_from(w).ok()),
                    _ => None,
                };
                self.plain.set(Some(w));
                w
            }
        }
    }

    /// Rows its lines take wrapped at `width` (as [`text::rows`]).
    fn rows(&self, width: u16) -> u16 {
        match self.measured.get() {
            Some((w, rows)) if w == width => rows,
            _ => {
                let rows = text::rows(&self.lines, width);
                self.measured.set(Some((width, rows)));
                rows
            }
        }
    }

    /// With a clock's text (`len` characters) at the start of span `span` of its line.
    fn with_hand(mut self, span: usize, hand: hands::Hand, len: usize) -> Self {
        self.hand = Some((span, hand, u16::try_from(len).unwrap_or(u16::MAX)));
        self
    }

    /// With a shorter form (one row, say) for when room is short.
    fn or_short(mut self, line: impl Into<Line<'a>>) -> Self {
        self.short = Some(Rc::new([line.into()]));
        self
    }
}

/// Rows all lines of `pieces` take wrapped at `width` (each line wraps on its own).
fn rows_of(pieces: &[Piece], width: u16) -> u16 {
    pieces.iter().fold(0u16, |sum, p| sum.saturating_add(p.rows(width)))
}

/// Measures each of `pieces` at `width` through `parts`, which remembers the rows of
/// lines it has seen (see [`Parts::rows`]), before [`shed`] weighs them.
fn measure(pieces: &[Piece], width: u16, parts: &mut Parts) {
    for p in pieces {
        p.measured.set(Some((width, parts.rows_of(&p.lines, p.digest(), width, false))));
    }
}

/// Draws `pieces` one under the other in `area`, each as a part of its own, exactly as one
/// paragraph of all their lines (wrapped, `trim` or not, and cut at the bottom) draws them.
fn draw_pieces(
    buf: &mut Buffer,
    area: Rect,
    pieces: &[Piece],
    parts: &mut Parts,
    trim: bool,
    align: Alignment,
) {
    let mut y = area.y;
    for p in pieces {
        if y >= area.bottom() {
            break;
        }
        let rows = parts.rows_of(&p.lines, p.digest(), area.width, trim).min(area.bottom() - y);
        let at = Rect { y, height: rows, ..area };
        match &p.lines[..] {
            // One line that plainly fits, left-aligned: drawn as the paragraph would draw
            // it, without running the wrapper, and span by span, each a part of its own:
            // from one second to the next only the span with the time in it changes.
            [line] if !trim && align == Alignment::Left && p.plain_width().is_some_and(|w| w <= at.width) => {
                let mut x = at.x;
                let mut noted = false;
                for (i, span) in line.spans.iter().enumerate() {
                    let width = (span.content.chars().count() as u16).min(at.right() - x);
                    if let Some((_, hand, len)) = p.hand.filter(|h| h.0 == i && h.2 <= width) {
                        parts.mark(hands::Mark::Text { hand, at: Rect { x, width: len, ..at } });
                        noted = true;
                    }
                    let style = line.style.patch(span.style);
                    let part = Rect { x, width, ..at };
                    parts.draw(buf, part, parts::digest((&span.content, style)), |buf| {
                        text::set_plain(buf, part, &span.content, style);
                    });
                    x += width;
                }
                // The rest of the row stays blank.
                parts.draw(buf, Rect { x, width: at.right() - x, ..at }, 0, |_| {});
                if p.hand.is_some() && !noted {
                    parts.unmarked();
                }
            }
            lines => {
                if p.hand.is_some() {
                    parts.unmarked();
                }
                parts.draw(buf, at, p.digest(), |buf| {
                    Paragraph::new(lines.to_vec()).alignment(align).wrap(Wrap { trim }).render(at, buf)
                })
            }
        }
        y += rows;
    }
}

/// Makes `pieces` fit in `height` rows wrapped at `width`: the least important give way
/// first (the last of equal weight first), a piece with a shorter form takes it before
/// anything as important is dropped, and nothing that matters as much as `keep` or more
/// is dropped. Returns whether they fit. Each piece is measured once (see
/// [`Piece::rows`]), and again only when it takes its shorter form.
fn shed(pieces: &mut Vec<Piece>, width: u16, height: u16, keep: Weight) -> bool {
    loop {
        if rows_of(pieces, width) <= height {
            return true;
        }
        let lightest = |ok: &dyn Fn(&Piece) -> bool| {
            pieces
                .iter()
                .enumerate()
                .filter(|(_, p)| ok(p))
                .max_by_key(|(i, p)| (p.weight, *i))
                .map(|(i, p)| (p.weight, i))
        };
        let drop = lightest(&|p| p.weight > keep);
        let squeeze = lightest(&|p| p.short.is_some());
        match (drop, squeeze) {
            (Some((dropped, _)), Some((squeezed, i))) if squeezed >= dropped => shorten(pieces, i),
            (Some((_, i)), _) => {
                pieces.remove(i);
            }
            (None, Some((_, i))) => shorten(pieces, i),
            (None, None) => return false,
        }
    }
}

/// Puts piece `i` in its shorter form.
fn shorten(pieces: &mut [Piece], i: usize) {
    if let Some(p) = pieces.get_mut(i)
        && let Some(short) = p.short.take()
    {
        p.lines = short;
        // The clock is somewhere in the short form too, but not where it was noted.
        p.hand = p.hand.map(|(_, hand, len)| (usize::MAX, hand, len));
        p.measured.set(None);
        p.digest.set(None);
        p.plain.set(None);
    }
}

fn too_small(frame: &mut Frame, area: Rect, min_w: u16, min_h: u16, lang: crate::i18n::Lang, theme: Theme) {
    let text = crate::t!(
        lang,
        "screen-too-small",
        size = format!("{}x{}", area.width, area.height),
        needed = format!("{min_w}x{min_h}")
    );
    let y = area.height.saturating_sub(3) / 2;
    let r = Rect { y: area.y + y, height: area.height.saturating_sub(y).min(4), ..area };
    frame.render_widget(
        Paragraph::new(text).style(theme.title()).alignment(Alignment::Center).wrap(Wrap { trim: true }),
        r,
    );
}
