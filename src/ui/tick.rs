//! What changes from second to second: the part of a frame that ticks ([`Tick`]), what
//! the rest of the frame depends on ([`FrameKey`]), and drawing the tick alone
//! ([`render_tick`]) for an idle second. Pure, as all drawing: `now` comes in.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::now_panel;
use super::parts::{Memo, Outcome, Parts};
use super::theme::Theme;
use crate::app::App;
use crate::session::Session;
use crate::timing;

/// A part of the screen that changes with the clocks alone (the clocks that
/// [`timing::Ticking`] lists, the same the runtime wakes by): while nothing else changes,
/// an idle second redraws only this, with [`render_tick`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    /// Inside the operator's "Now" panel's border: the digits, the stage line, the
    /// speaker's clock.
    Now(Rect),
    /// The one-line strip above full-screen capture.
    Strip(Rect),
    /// The whole projector view: its wall is laid out around the digits.
    Projector(Rect),
    /// The plain screen's lines that move with the clocks (see [`super::plain`]).
    Plain(Rect),
    /// Nothing moves from second to second (the day's summary: what it shows of the
    /// clocks moves by the minute, which [`frame_key`] counts).
    Still,
}

impl Tick {
    pub fn area(self) -> Rect {
        match self {
            Tick::Now(r) | Tick::Strip(r) | Tick::Projector(r) | Tick::Plain(r) => r,
            Tick::Still => Rect::default(),
        }
    }
}

/// What a frame depends on besides the clocks: the screen's size, the app's and the
/// session's revisions, and where the running item's end stands. Two frames with the
/// same key differ only inside their [`Tick`] and the header's clock.
///
/// Times outside the tick (the list's projected times, the drift, the re-plan's minutes)
/// are whole minutes of the plan moved on by the running item's end: an end that stands
/// still while the item runs, that moves with `now` while it is paused or over its time.
/// What shows of them, truncated or rounded to the minute, changes only at a whole or
/// half minute of that end, or a millisecond after one: the end is keyed by its half
/// minute and that of the millisecond before, which tells both apart. The header's clock
/// turns at the minute and is drawn again alone then ([`super::render_header_in`]).
///
/// The last number says what the speaking balance shows while it is shown and someone
/// speaks (0 otherwise): its shares and whole minutes grow with the speaker's time, so
/// the frame is drawn again when one of them turns (at most once a second), and never
/// while nobody speaks.
pub type FrameKey = (Rect, u64, u64, [i64; 2], u64);

pub fn frame_key(area: Rect, app: &App, session: &Session, now: Timestamp) -> FrameKey {
    let now_ms = now.as_millisecond();
    // An item over its time ends now; between items, what comes next starts at the
    // earliest now.
    let end_ms = session
        .current_index()
        .and_then(|c| session.items.get(c))
        .map_or(now_ms, |run| now_ms.saturating_add(run.remaining_ms(now).max(0)));
    let half = |ms: i64| ms.div_euclid(30_000);
    // While someone speaks, the balance's bars change when a share or a minute they show
    // turns, not with every second.
    let speaking = timing::open_turn(session).is_some();
    let balance = match () {
        _ if balance_shown(app) && speaking => super::balance_panel::key(session, now),
        // The summary's balance too; its bars as run move by the minute.
        _ if summary_shown(app) => {
            let day = app.summary.map_or(0, |v| v.day);
            let b = crate::session::balance::balance(session, crate::session::balance::Scope::Day(day), now);
            super::parts::digest((super::balance_bars::key(&b), now.as_second().div_euclid(60)))
        }
        _ => 0,
    };
    (area, app.revision, session.records_applied(), [half(end_ms), half(end_ms - 1)], balance)
}

/// Whether the frame is the day's summary (see [`super::day_summary`]).
fn summary_shown(app: &App) -> bool {
    app.summary.is_some()
        && app.view == crate::app::View::Operator
        && app.help.is_none()
        && app.pick.is_none()
}

/// Whether the frame shows the live speaking balance (see [`super::balance_panel`]).
fn balance_shown(app: &App) -> bool {
    app.balance && app.view == crate::app::View::Operator
}

/// Draws only `tick` into `buf` (whose area is the tick's), exactly as a whole frame with
/// the same [`FrameKey`] draws it there. `day` is the whole frame's projection: what
/// shows of it does not change while the key does not (projecting again is a tenth of
/// an idle second).
///
/// `buf` is what the last call drew, as `memo` remembers it: only the parts whose look
/// changed are drawn again, and their areas returned (None: all of `buf` was drawn anew).
#[allow(clippy::too_many_arguments)]
pub fn render_tick(
    buf: &mut Buffer,
    tick: Tick,
    day: &timing::DayProjection,
    memo: &mut Memo,
    app: &App,
    session: &Session,
    now: Timestamp,
) -> Option<Vec<Rect>> {
    let theme = Theme::of(&app.settings);
    if tick == Tick::Still {
        // Nothing of it moves: nothing drawn, nothing to compare.
        return Some(Vec::new());
    }
    if let Tick::Strip(area) = tick {
        // One row: drawn whole.
        buf.reset();
        super::render_strip(buf, area, app, session, now, theme);
        return None;
    }
    let draw = |buf: &mut Buffer, memo: &mut Memo| {
        let fresh = !memo.primed();
        if fresh {
            buf.reset();
        }
        let mut parts = Parts::remembering(memo);
        match tick {
            Tick::Now(inner) => now_panel::render_inner(buf, inner, app, session, day, now, &mut parts),
            Tick::Projector(area) => {
                super::projector_view(buf, area, app, session, day, now, theme, &mut parts)
            }
            Tick::Plain(area) => super::plain::render_lines(buf, area, app, session, day, now, &mut parts),
            Tick::Strip(_) | Tick::Still => {} // drawn whole above, or nothing to draw
        }
        match memo.finish() {
            Outcome::Redrawn(areas) if !fresh => Some(Outcome::Redrawn(areas)),
            Outcome::Redrawn(_) => None,
            Outcome::Relaid => Some(Outcome::Relaid),
        }
    };
    match draw(buf, memo) {
        Some(Outcome::Redrawn(areas)) => Some(areas),
        None => None,
        Some(Outcome::Relaid) => {
            // The parts moved: drawn again, whole, onto a blank buffer.
            memo.forget();
            draw(buf, memo);
            None
        }
    }
}
