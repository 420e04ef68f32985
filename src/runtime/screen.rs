//! What the terminal shows, and drawing onto it. A frame after a key is drawn whole and
//! diffed against what the terminal shows. An idle second (only the clocks moved: the
//! same [`ui::FrameKey`] as the last whole frame) draws only the part that ticks
//! ([`ui::Tick`]) into a buffer of that part's size, and diffs it against the same part as
//! shown: nothing the size of the whole frame is copied, compared or cleared.
//!
//! ratatui's `Terminal` still gives the frame (size, resize, clearing) and the backend,
//! but not its diff: its previous buffer cannot be patched, so after an idle second it
//! would no longer say what the terminal shows. We keep that ourselves.

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::session::Session;
use crate::timing::DayProjection;
use crate::ui;

#[derive(Debug, Default)]
pub struct Screen {
    /// What the terminal shows, except inside the tick after an idle second (`ticked`).
    shown: Buffer,
    /// A cleared buffer, traded with the terminal's for each whole frame.
    spare: Buffer,
    /// What the last whole frame depended on, when it has a part that ticks.
    key: Option<ui::FrameKey>,
    /// The part that ticks, the day as the last whole frame projected it, and what the
    /// terminal shows in that part.
    tick: Option<(ui::Tick, DayProjection, Buffer)>,
    /// An idle second was drawn since the last whole frame: `shown` lags in the tick.
    ticked: bool,
    /// Where an idle second is drawn before it is compared.
    scratch: Buffer,
}

impl Screen {
    /// The terminal was cleared behind our back (taken back after a suspend): the next
    /// frame is drawn whole, onto a blank screen.
    pub fn forget(&mut self) {
        self.shown = Buffer::default();
        self.key = None;
        self.tick = None;
        self.ticked = false;
    }

    /// Brings the terminal to the frame of `app` and `session` at `now`, writing only the
    /// cells that differ from what it shows.
    pub fn draw<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        app: &App,
        session: &Session,
        now: jiff::Timestamp,
    ) -> Result<(), B::Error> {
        // A new size clears the terminal (ratatui does it here): start from a blank screen.
        terminal.autoresize()?;
        let area = terminal.get_frame().area();
        if self.shown.area != area {
            self.forget();
            self.shown = Buffer::empty(area);
        }
        let key = ui::frame_key(area, app, session, now);
        if self.key == Some(key)
            && let Some((tick, day, on_screen)) = &mut self.tick
        {
            self.scratch.resize(tick.area());
            self.scratch.reset();
            ui::render_tick(&mut self.scratch, *tick, day, app, session, now);
            let changed = with_short_gaps(on_screen, &self.scratch);
            if !changed.is_empty() {
                terminal.backend_mut().draw(changed.into_iter())?;
                terminal.backend_mut().flush()?;
                std::mem::swap(on_screen, &mut self.scratch);
                self.ticked = true;
            }
            return Ok(());
        }
        self.whole(terminal, area, key, app, session, now)
    }

    fn whole<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        area: Rect,
        key: ui::FrameKey,
        app: &App,
        session: &Session,
        now: jiff::Timestamp,
    ) -> Result<(), B::Error> {
        if let Some((_, _, on_screen)) = self.tick.as_ref().filter(|_| self.ticked) {
            copy(on_screen, &mut self.shown, on_screen.area);
        }
        let tick = ui::render_ticking(&mut terminal.get_frame(), app, session, now);
        // The frame drawn leaves the terminal; a cleared buffer takes its place for the next.
        self.spare.resize(area);
        std::mem::swap(&mut self.spare, terminal.current_buffer_mut());
        terminal.backend_mut().draw(self.shown.diff_iter(&self.spare))?;
        terminal.hide_cursor()?;
        terminal.backend_mut().flush()?;
        std::mem::swap(&mut self.shown, &mut self.spare);
        self.spare.reset();
        self.key = tick.as_ref().map(|_| key);
        self.tick = tick.map(|(t, day)| {
            let mut on_screen = Buffer::empty(t.area());
            copy(&self.shown, &mut on_screen, t.area());
            (t, day, on_screen)
        });
        self.ticked = false;
        Ok(())
    }
}

/// The changed cells, and between two of them on a row the unchanged ones when writing
/// them again is shorter than stepping over them: one to three plain ASCII cells in the
/// style just written (a space is one byte, "ESC[2C" four). The digits' rows are full of
/// such gaps; the terminal shows the same either way.
fn with_short_gaps<'a>(shown: &Buffer, next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
    let mut out: Vec<(u16, u16, &'a Cell)> = Vec::new();
    for (x, y, cell) in shown.diff_iter(next) {
        if let Some(&(px, py, prev)) = out.last()
            && py == y
            && prev.symbol().width() == 1
            && x > px + 1
            && x - px - 1 <= 3
        {
            let same = |c: &&Cell| {
                c.symbol().len() == 1
                    && c.symbol().bytes().all(|b| b.is_ascii_graphic() || b == b' ')
                    && (c.fg, c.bg, c.modifier) == (prev.fg, prev.bg, prev.modifier)
            };
            let gap: Option<Vec<(u16, u16, &Cell)>> = (px + 1..x)
                .map(|gx| {
                    let unchanged = next.cell((gx, y)).filter(|c| shown.cell((gx, y)) == Some(*c));
                    unchanged.filter(same).map(|c| (gx, y, c))
                })
                .collect();
            out.extend(gap.into_iter().flatten());
        }
        out.push((x, y, cell));
    }
    out
}

/// Copies the cells of `area` from one buffer to another (both cover it).
fn copy(from: &Buffer, to: &mut Buffer, area: Rect) {
    for position in area.positions() {
        if let (Some(c), Some(t)) = (from.cell(position), to.cell_mut(position)) {
            t.clone_from(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::runtime::lean_backend::LeanBackend;
    use crate::testing::Harness;

    /// The roundtable at 09:00 on day one, its first item running, on a 120x40 screen.
    fn running() -> Harness {
        let mut h = Harness::roundtable("2009-04-28T04:00:00Z");
        h.press(&["Space"]).resize(120, 40);
        h
    }

    #[test]
    fn an_idle_second_draws_only_the_part_that_ticks() {
        let mut h = running();
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut screen = Screen::default();
        // Off the half minute, whose turn draws a whole frame.
        h.wait(5);
        screen.draw(&mut t, h.app(), h.session(), h.now()).unwrap();
        assert!(matches!(screen.tick, Some((ui::Tick::Now(_), _, _))), "the Now panel ticks");
        h.wait(1);
        screen.draw(&mut t, h.app(), h.session(), h.now()).unwrap();
        assert!(screen.ticked, "a second later only the panel is drawn");
        // A key changes the rest of the screen: a whole frame, onto what the tick left.
        h.press(&["Down"]);
        screen.draw(&mut t, h.app(), h.session(), h.now()).unwrap();
        assert!(!screen.ticked);
        assert_eq!(t.backend().buffer(), h.full_frame(120, 40).backend().buffer());
    }

    /// Bytes written per second over `seconds` idle seconds, a frame drawn each second.
    fn bytes_per_second(h: &mut Harness, seconds: i64) -> usize {
        let mut t = Terminal::new(LeanBackend::in_memory(120, 40)).unwrap();
        h.draw_on(&mut t);
        let before = t.backend().written().len();
        for _ in 0..seconds {
            h.wait(1).draw_on(&mut t);
        }
        (t.backend().written().len() - before) / seconds as usize
    }

    #[test]
    fn an_idle_second_writes_at_most_100_bytes_on_every_screen() {
        let mut h = running();
        let run = bytes_per_second(&mut h, 120);
        let mut h = running();
        h.press(&["Q"]).type_text("@ngo-yc").press(&["Enter", "f", "Space"]);
        let paused = bytes_per_second(&mut h, 120);
        let mut h = running();
        h.press(&["v"]);
        let projector = bytes_per_second(&mut h, 120);
        let mut h = running();
        h.press(&["c"]);
        let capture = bytes_per_second(&mut h, 120);
        let all = [("running", run), ("paused", paused), ("projector", projector), ("capture", capture)];
        eprintln!("bytes per idle second: {all:?}");
        for (what, bytes) in all {
            assert!(bytes <= 100, "{what}: {bytes} bytes a second");
        }
    }
}
