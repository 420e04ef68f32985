//! What the terminal shows, and drawing onto it. A frame after a key is drawn whole and
//! diffed against what the terminal shows. An idle second (only the clocks moved: the
//! same [`ui::FrameKey`] as the last whole frame) touches only the part that ticks
//! ([`ui::Tick`]). When only the clocks' digits moved since the second before, just those
//! characters are written into it (the big glyphs and the same time in words, where the
//! last second drawn part by part noted them: [`ui::SecondHand`]), and only they are
//! compared. Otherwise the tick is drawn again into the buffer the last idle second left
//! there, and of that only the parts whose look changed (see [`ui::TickMemo`]); only the
//! cells of those parts are compared with what the terminal shows. Either way only the
//! cells that differ are written and kept, and nothing the size of the whole frame is
//! copied, compared or cleared. The header's clock is drawn alone when the minute turns.
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
    /// The part that ticks, since the last whole frame.
    tick: Option<Ticking>,
    /// An idle second was drawn since the last whole frame: `shown` lags in the tick.
    ticked: bool,
    /// Cells compared by the last draw, to tell what an idle second costs.
    compared: usize,
}

/// The part of the screen that ticks, and what idle seconds drew there.
#[derive(Debug)]
struct Ticking {
    tick: ui::Tick,
    /// The day as the last whole frame projected it.
    day: DayProjection,
    /// What the terminal shows in the tick's area.
    on_screen: Buffer,
    /// What the last idle second drew there, part by part as `memo` says: the next one
    /// draws again only the parts that changed, and only their rows are compared.
    drawn: Buffer,
    memo: ui::TickMemo,
    /// The header's row, drawn alone when its clock turns to another minute.
    header: Option<Header>,
    /// Where the clocks' characters are, once a second drawn part by part noted them.
    hand: Option<ui::SecondHand>,
    /// `drawn` was moved on by `hand` since `memo` last drew it.
    stale: bool,
}

impl Ticking {
    /// Brings the terminal's tick to `drawn` inside `parts` (the rest is the same in
    /// both), comparing only those cells; says whether any was written.
    fn write<B: Backend>(
        &mut self,
        backend: &mut B,
        parts: &[Rect],
        compared: &mut usize,
    ) -> Result<bool, B::Error> {
        let area = self.tick.area();
        let mut whole = Vec::new();
        let (changes, count) = changed_cells(&self.on_screen, &self.drawn, parts, &mut whole);
        *compared = count;
        let changed = with_short_gaps(&self.on_screen, &self.drawn, changes.iter().copied());
        let wrote = !changed.is_empty();
        if wrote {
            backend.draw(changed.into_iter())?;
            backend.flush()?;
        }
        // What the terminal now shows: the cells that differed, and the rows given whole.
        for &(x, y, cell) in &changes {
            if let Some(shown) = self.on_screen.cell_mut((x, y)) {
                *shown = cell.clone();
            }
        }
        for y in whole {
            copy(&self.drawn, &mut self.on_screen, Rect { y, height: 1, ..area });
        }
        Ok(wrote)
    }
}

/// The header's row as the terminal shows it, and the minute its clock shows.
#[derive(Debug)]
struct Header {
    /// The minute (since the epoch) it was drawn in: time zones in use today are whole
    /// minutes off UTC, so the clock can only show another minute in another one.
    minute: i64,
    clock: String,
    on_screen: Buffer,
    /// The operator's language the whole frame was drawn in.
    lang: crate::i18n::Lang,
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
            && let Some(t) = &mut self.tick
        {
            if let Some(header) = &mut t.header {
                let theme = ui::theme::Theme::of(&app.settings);
                self.ticked |= header.turn(terminal.backend_mut(), session, now, theme)?;
            }
            let area = t.tick.area();
            let hands = ui::hands(t.tick, app, session, now);
            // Only the clocks' digits moved: those characters, and nothing else, are
            // written into the tick and compared.
            if let (Some(now_hands), Some(hand)) = (&hands, &mut t.hand)
                && let Some(written) = hand.step(now_hands, &mut t.drawn, &mut t.memo)
            {
                // The memo no longer says what the tick holds.
                t.stale = true;
                self.ticked |= t.write(terminal.backend_mut(), &written, &mut self.compared)?;
                return Ok(());
            }
            if std::mem::take(&mut t.stale) {
                t.memo.forget();
            }
            let redrawn = ui::render_tick(&mut t.drawn, t.tick, &t.day, &mut t.memo, app, session, now);
            t.hand = hands.and_then(|h| ui::SecondHand::noted(h, &t.memo));
            let Some(parts) = redrawn else {
                self.compared = area.area() as usize;
                let changed = with_short_gaps(&t.on_screen, &t.drawn, t.on_screen.diff_iter(&t.drawn));
                if !changed.is_empty() {
                    terminal.backend_mut().draw(changed.into_iter())?;
                    terminal.backend_mut().flush()?;
                    self.ticked = true;
                }
                t.on_screen.clone_from(&t.drawn);
                return Ok(());
            };
            self.ticked |= t.write(terminal.backend_mut(), &parts, &mut self.compared)?;
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
        if let Some(t) = self.tick.as_ref().filter(|_| self.ticked) {
            copy(&t.on_screen, &mut self.shown, t.on_screen.area);
            if let Some(h) = &t.header {
                copy(&h.on_screen, &mut self.shown, h.on_screen.area);
            }
        }
        let ticks = ui::render_ticking(&mut terminal.get_frame(), app, session, now);
        // The frame drawn leaves the terminal; a cleared buffer takes its place for the next.
        self.spare.resize(area);
        std::mem::swap(&mut self.spare, terminal.current_buffer_mut());
        self.compared = area.area() as usize;
        terminal.backend_mut().draw(self.shown.diff_iter(&self.spare))?;
        terminal.hide_cursor()?;
        terminal.backend_mut().flush()?;
        std::mem::swap(&mut self.shown, &mut self.spare);
        self.spare.reset();
        self.key = ticks.as_ref().map(|_| key);
        self.tick = ticks.map(|ui::Ticks { tick, header, day }| {
            let mut on_screen = Buffer::empty(tick.area());
            copy(&self.shown, &mut on_screen, tick.area());
            let drawn = Buffer::empty(tick.area());
            let header = header.map(|row| {
                let mut on_screen = Buffer::empty(row);
                copy(&self.shown, &mut on_screen, row);
                Header {
                    minute: now.as_second().div_euclid(60),
                    clock: ui::header_clock(session, now),
                    on_screen,
                    lang: app.lang(),
                }
            });
            Ticking {
                tick,
                day,
                on_screen,
                drawn,
                memo: ui::TickMemo::default(),
                header,
                hand: None,
                stale: false,
            }
        });
        self.ticked = false;
        Ok(())
    }
}

impl Header {
    /// Draws the header again when its clock shows another minute than the terminal does,
    /// writing the cells that changed. Says whether it wrote any.
    fn turn<B: Backend>(
        &mut self,
        backend: &mut B,
        session: &Session,
        now: jiff::Timestamp,
        theme: ui::theme::Theme,
    ) -> Result<bool, B::Error> {
        let minute = now.as_second().div_euclid(60);
        if minute == self.minute {
            return Ok(false);
        }
        self.minute = minute;
        let clock = ui::header_clock(session, now);
        if clock == self.clock {
            return Ok(false);
        }
        let area = self.on_screen.area;
        let mut row = Buffer::empty(area);
        ui::render_header_in(&mut row, area, session, now, self.lang, theme);
        let (changes, _) = changed_cells(&self.on_screen, &row, &[area], &mut Vec::new());
        let wrote = !changes.is_empty();
        if wrote {
            backend.draw(with_short_gaps(&self.on_screen, &row, changes).into_iter())?;
            backend.flush()?;
        }
        self.on_screen = row;
        self.clock = clock;
        Ok(wrote)
    }
}

/// The columns a cell's symbol takes. The symbols an idle second writes are mostly one
/// character, printable ASCII or a block of the big digits: those are measured as a
/// character, without the string's rules for sequences.
fn columns(symbol: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    let mut chars = symbol.chars();
    match (chars.next(), chars.next()) {
        (Some(' '..='~'), None) => 1,
        (Some(c @ '\u{2500}'..='\u{25ff}'), None) => c.width().unwrap_or(0),
        _ => symbol.width(),
    }
}

/// The changed cells, and between two of them on a row the unchanged ones when writing
/// them again is shorter than stepping over them: one to three plain ASCII cells in the
/// style just written (a space is one byte, "ESC[2C" four). The digits' rows are full of
/// such gaps; the terminal shows the same either way.
fn with_short_gaps<'a>(
    shown: &Buffer,
    next: &'a Buffer,
    changes: impl IntoIterator<Item = (u16, u16, &'a Cell)>,
) -> Vec<(u16, u16, &'a Cell)> {
    let changes = changes.into_iter();
    let mut out: Vec<(u16, u16, &'a Cell)> = Vec::with_capacity(changes.size_hint().0 * 2);
    for (x, y, cell) in changes {
        if let Some(&(px, py, prev)) = out.last()
            && py == y
            && columns(prev.symbol()) == 1
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

/// The cells inside `parts` that differ between two buffers of the same area (the cells
/// outside them are the same in both), left to right and top to bottom, as ratatui's diff
/// gives them, without copying anything out; and how many cells were compared. A row
/// where a wide character (or what it covers) changed is given whole, but for the cells a
/// wide character covers: what a wide character leaves behind when it goes is then never
/// a question. `whole` gets those rows.
fn changed_cells<'a>(
    shown: &Buffer,
    next: &'a Buffer,
    parts: &[Rect],
    whole: &mut Vec<u16>,
) -> (Vec<(u16, u16, &'a Cell)>, usize) {
    // Each row's stretches of columns, in order and merged where they touch.
    let mut stretches: Vec<(u16, u16, u16)> = parts
        .iter()
        .map(|p| p.intersection(next.area))
        .flat_map(|p| (p.top()..p.bottom()).map(move |y| (y, p.left(), p.right())))
        .collect();
    stretches.sort_unstable();
    stretches.dedup_by(|b, a| {
        let joined = a.0 == b.0 && b.1 <= a.2;
        if joined {
            a.2 = a.2.max(b.2);
        }
        joined
    });
    let narrow = |c: &Cell| columns(c.symbol()) == 1;
    let width = usize::from(next.area.width);
    let at = |x: u16, y: u16| usize::from(y - next.area.y) * width + usize::from(x - next.area.x);
    let mut out = Vec::with_capacity(stretches.len() * 8);
    let mut compared = 0;
    let mut i = 0;
    while let Some(&(y, ..)) = stretches.get(i) {
        let row_start = out.len();
        let mut wide = false;
        while let Some(&(_, left, right)) = stretches.get(i).filter(|s| s.0 == y) {
            i += 1;
            let (a, b) = (at(left, y), at(right, y));
            let (Some(was), Some(now)) = (shown.content.get(a..b), next.content.get(a..b)) else {
                continue;
            };
            compared += b - a;
            for (x, (w, n)) in (left..).zip(was.iter().zip(now)) {
                if w != n {
                    // A change in the column a wide character covers (on screen or next)
                    // is one to that character too.
                    let left_of =
                        |b: &Buffer| x > next.area.x && b.cell((x - 1, y)).is_some_and(|c| !narrow(c));
                    wide = wide || !narrow(w) || !narrow(n) || left_of(shown) || left_of(next);
                    out.push((x, y, n));
                }
            }
        }
        if wide {
            out.truncate(row_start);
            whole.push(y);
            let row = at(next.area.x, y);
            let mut covered = 0;
            for (x, n) in (next.area.x..).zip(next.content.get(row..row + width).unwrap_or_default()) {
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                out.push((x, y, n));
                covered = columns(n.symbol()).saturating_sub(1);
            }
        }
    }
    (out, compared)
}

/// Copies the cells of `area` from one buffer to another (the part both cover), a row
/// at a time. Cell by cell with `clone`: a cell's `clone_from` rebuilds its symbol, and
/// was most of an idle second's copying.
fn copy(from: &Buffer, to: &mut Buffer, area: Rect) {
    let area = area.intersection(from.area).intersection(to.area);
    let width = usize::from(area.width);
    let at = |buf: &Buffer, y: u16| {
        usize::from(y - buf.area.y) * usize::from(buf.area.width) + usize::from(area.x - buf.area.x)
    };
    for y in area.top()..area.bottom() {
        let (f, t) = (at(from, y), at(to, y));
        if let (Some(src), Some(dst)) = (from.content.get(f..f + width), to.content.get_mut(t..t + width)) {
            for (d, s) in dst.iter_mut().zip(src) {
                *d = s.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::runtime::lean_backend::LeanBackend;
    use crate::testing::Harness;

    /// A 120x40 test terminal and the screen that draws onto it.
    struct Shown {
        t: Terminal<TestBackend>,
        screen: Screen,
    }

    impl Shown {
        fn new() -> Shown {
            Shown { t: Terminal::new(TestBackend::new(120, 40)).unwrap(), screen: Screen::default() }
        }

        /// Draws `h` as of its clock, as the runtime does each wake-up.
        fn draw(&mut self, h: &Harness) {
            self.screen.draw(&mut self.t, h.app(), h.session(), h.now()).unwrap();
        }

        /// The terminal shows what a whole frame of `h` shows.
        fn assert_whole_frame_of(&self, h: &mut Harness) {
            assert_eq!(self.t.backend().buffer(), h.full_frame(120, 40).backend().buffer());
        }
    }

    /// The roundtable at 09:00 on day one, its first item running, on a 120x40 screen.
    fn running() -> Harness {
        let mut h = Harness::roundtable("2009-04-28T04:00:00Z");
        h.press(&["Space"]).resize(120, 40);
        h
    }

    #[test]
    fn an_idle_second_draws_only_the_part_that_ticks() {
        let mut h = running();
        let mut shown = Shown::new();
        // Off the half minute, whose turn draws a whole frame.
        h.wait(5);
        shown.draw(&h);
        assert!(
            matches!(shown.screen.tick, Some(Ticking { tick: ui::Tick::Now(_), .. })),
            "the Now panel ticks"
        );
        h.wait(1);
        shown.draw(&h);
        assert!(shown.screen.ticked, "a second later only the panel is drawn");
        // A key changes the rest of the screen: a whole frame, onto what the tick left.
        h.press(&["Down"]);
        shown.draw(&h);
        assert!(!shown.screen.ticked);
        shown.assert_whole_frame_of(&mut h);
    }

    #[test]
    fn an_idle_second_compares_only_the_cells_of_the_parts_that_changed() {
        for keys in [&["Space"][..], &["Space", "v"], &["Space", "Q", "@ngo-yc", "Enter", "f"]] {
            let mut h = Harness::roundtable("2009-04-28T04:00:00Z");
            for key in keys {
                if key.starts_with('@') {
                    h.type_text(key);
                } else {
                    h.press(&[key]);
                }
            }
            let mut shown = Shown::new();
            h.wait(5);
            let mut compared = Vec::new();
            for _ in 0..20 {
                h.wait(1);
                shown.draw(&h);
                compared.push(shown.screen.compared);
            }
            eprintln!("{keys:?}: {compared:?}");
            // The first idle second after a whole frame is drawn part by part and notes
            // where the clocks are; from then on only the digits that changed are compared:
            // the big glyphs (8x8 cells at most) and the same digits in words.
            let hands = shown.screen.tick.as_ref().and_then(|t| t.hand.as_ref());
            assert!(hands.is_some(), "{keys:?}: the clocks' places are noted");
            assert!(compared[2..].iter().all(|&c| c <= 2 * 64 + 4), "{keys:?}: {compared:?}");
            shown.assert_whole_frame_of(&mut h);
        }
    }

    #[test]
    fn a_new_minute_redraws_the_header_alone() {
        let mut h = running();
        let mut shown = Shown::new();
        h.wait(55);
        shown.draw(&h);
        // The first idle second draws the panel's inside whole; the next ones, across 09:01,
        // only what changed.
        h.wait(1);
        shown.draw(&h);
        for _ in 0..8 {
            h.wait(1);
            shown.draw(&h);
            // A few glyphs change (three from 25:00 to 24:59) and the time in words: the
            // panel's inside is 800 cells.
            assert!(
                shown.screen.ticked && shown.screen.compared <= 200,
                "no whole frame: {} cells",
                shown.screen.compared
            );
        }
        let header: String =
            (0..120).filter_map(|x| shown.t.backend().buffer().cell((x, 0))).map(|c| c.symbol()).collect();
        assert!(header.contains("Day 1 of 2 · 09:01"), "{header}");
        shown.assert_whole_frame_of(&mut h);
    }

    #[test]
    fn a_change_under_a_wide_character_sends_its_row_whole() {
        // "会" takes columns 0 and 1. A border drawn in column 1 (what "会" covers) would
        // erase it on a real terminal: the row goes whole, as a fresh frame draws it (the
        // covered column is never written). Likewise when "会" itself goes.
        let shown = Buffer::with_lines(["会x"]);
        let mut bordered = shown.clone();
        if let Some(cell) = bordered.cell_mut((1, 0)) {
            cell.set_symbol("│");
        }
        for (next, columns) in [(bordered, vec![0, 2]), (Buffer::with_lines(["a│x"]), vec![0, 1, 2])] {
            let mut whole = Vec::new();
            let (changes, _) = changed_cells(&shown, &next, &[next.area], &mut whole);
            assert_eq!(whole, [0]);
            let xs: Vec<u16> = changes.iter().map(|&(x, ..)| x).collect();
            assert_eq!(xs, columns, "{next:?}");
        }
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
