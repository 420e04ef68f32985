//! Drawing a panel part by part (the digits, each group of lines), so that an idle second
//! redraws only the parts whose look changed since the second before, and the runtime
//! compares and writes only the rows those take.
//!
//! A whole frame draws every part ([`Parts::whole`]). An idle second draws with the
//! [`Memo`] of the second before ([`Parts::remembering`]), into the buffer that second
//! left: a part at the same place with the same look (the same [`digest`]) is left as it
//! is; any other part is cleared and drawn again. When the parts are no longer where they
//! were (a line wrapped onto one more row, a part came or went) or two of them overlap,
//! [`Memo::finish`] says so, and the caller draws the whole tick again onto a blank buffer.

use std::hash::{BuildHasher, Hash};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::hands::Mark;
use super::{Piece, text};

/// A digest of what decides a part's look (its lines with their styles, its digits).
pub fn digest(what: impl Hash) -> u64 {
    foldhash::fast::FixedState::with_seed(0).hash_one(what)
}

/// The rows lines take (by their digest, the width, and whether wrapping trims).
type Measured = ((u64, u16, bool), u16);

/// What the last idle second drew, part by part, and the rows its lines took.
#[derive(Debug, Default)]
pub struct Memo {
    /// The buffer holds exactly what `drawn` says (nothing else has drawn into it since).
    primed: bool,
    drawn: Vec<(Rect, u64)>,
    next: Vec<(Rect, u64)>,
    /// Parts drawn anew this second.
    dirty: Vec<Rect>,
    /// This second's parts overlap: the order they are drawn in matters, so no part may
    /// be left out.
    overlap: bool,
    /// Rows a group of lines takes at a width (trimmed or not when wrapped), by digest:
    /// last second's, and this second's as they are asked for.
    rows: Vec<Measured>,
    next_rows: Vec<Measured>,
    /// Lines that do not move with the seconds, by the panel they belong to (see
    /// [`Parts::keep`]).
    kept: Option<(&'static str, Vec<Vec<Piece<'static>>>)>,
    /// Parts drawn once and copied from then on, by look and size (the big glyphs: a
    /// countdown shows a dozen different ones).
    drawings: Vec<((u64, u16, u16), Buffer)>,
    /// Where this second's drawing put the clocks' characters (see [`super::hands`]),
    /// and whether it drew a clock somewhere it could not note.
    marks: Vec<Mark>,
    unmarked: bool,
}

/// How an idle second's parts came out (see [`Memo::finish`]).
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every part is where it was: only these areas were drawn again.
    Redrawn(Vec<Rect>),
    /// The parts moved, or overlap: the second must be drawn whole, on a blank buffer,
    /// with a forgotten memo.
    Relaid,
}

impl Memo {
    /// Whether the buffer holds what the last second drew (else it must be cleared first).
    pub fn primed(&self) -> bool {
        self.primed
    }

    /// Forgets everything: the next second draws every part, onto a cleared buffer. The
    /// big glyphs drawn so far are kept: they depend on nothing but their key.
    pub fn forget(&mut self) {
        let drawings = std::mem::take(&mut self.drawings);
        *self = Memo { drawings, ..Memo::default() };
    }

    /// Where the last second drew the clocks, when it noted every place it drew one and
    /// left the buffer as it says (see [`super::hands::SecondHand`]).
    pub fn marks(&self) -> Option<&[Mark]> {
        (self.primed && !self.unmarked).then_some(&self.marks[..])
    }

    /// A part drawn once and copied (see [`Parts::draw_copied`]) by its look and size,
    /// drawn by `draw` if it was not yet.
    pub fn drawing(
        &mut self,
        look: u64,
        width: u16,
        height: u16,
        draw: impl FnOnce() -> Option<Buffer>,
    ) -> Option<&Buffer> {
        let key = (look, width, height);
        let at = match self.drawings.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                let drawing = draw().filter(|d| d.area == Rect::new(0, 0, width, height))?;
                if self.drawings.len() >= 64 {
                    self.drawings.clear();
                }
                self.drawings.push((key, drawing));
                self.drawings.len() - 1
            }
        };
        self.drawings.get(at).map(|(_, d)| d)
    }

    /// Ends a second's drawing: what came of it, and this second remembered for the next.
    pub fn finish(&mut self) -> Outcome {
        let moved = self.next.len() != self.drawn.len()
            || self.next.iter().zip(&self.drawn).any(|((a, _), (b, _))| a != b);
        let outcome = if self.primed && (moved || self.overlap) {
            Outcome::Relaid
        } else {
            Outcome::Redrawn(std::mem::take(&mut self.dirty))
        };
        // Swapped, not taken: the lists keep their room from second to second.
        std::mem::swap(&mut self.drawn, &mut self.next);
        self.next.clear();
        std::mem::swap(&mut self.rows, &mut self.next_rows);
        self.next_rows.clear();
        self.dirty.clear();
        self.primed = !self.overlap && outcome != Outcome::Relaid;
        self.overlap = false;
        outcome
    }
}

/// Rows `lines` (whose digest is `look`) take wrapped at `width`, remembered for the
/// lines measured lately: a whole frame measures every line of its panels, mostly the
/// same lines as the frame before, and wrapping is the dearest part of drawing them.
fn measured(lines: &[Line], look: u64, width: u16, trim: bool) -> u16 {
    thread_local! {
        static ROWS: std::cell::RefCell<Vec<Measured>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = (look, width, trim);
    if let Some(rows) = ROWS.with_borrow(|known| known.iter().find(|(k, _)| *k == key).map(|(_, r)| *r)) {
        return rows;
    }
    let rows = if trim { text::rows_trimmed(lines, width) } else { text::rows(lines, width) };
    ROWS.with_borrow_mut(|known| {
        if known.len() >= 256 {
            known.clear();
        }
        known.push((key, rows));
    });
    rows
}

/// Where a panel's parts are drawn: a whole frame, or an idle second with its memo.
pub struct Parts<'m> {
    memo: Option<&'m mut Memo>,
}

impl Parts<'static> {
    /// Draws every part (a whole frame, on a cleared buffer).
    pub fn whole() -> Self {
        Parts { memo: None }
    }
}

impl<'m> Parts<'m> {
    /// Draws only the parts that changed since the second `memo` remembers.
    pub fn remembering(memo: &'m mut Memo) -> Self {
        memo.marks.clear();
        memo.unmarked = false;
        Parts { memo: Some(memo) }
    }

    /// Notes where a clock's characters were drawn (see [`super::hands`]).
    pub fn mark(&mut self, mark: Mark) {
        if let Some(memo) = self.memo.as_deref_mut() {
            memo.marks.push(mark);
        }
    }

    /// Says a clock was drawn where its characters cannot be noted one by one (wrapped,
    /// centred, cut): the next second is drawn part by part.
    pub fn unmarked(&mut self) {
        if let Some(memo) = self.memo.as_deref_mut() {
            memo.unmarked = true;
        }
    }

    /// Rows `lines` take wrapped at `width` (`trim` as the paragraph that draws them),
    /// measured once for as long as the lines stay the same: wrapping to measure is the
    /// dearest part of an idle second.
    pub fn rows(&mut self, lines: &[Line], width: u16, trim: bool) -> u16 {
        self.rows_of(lines, digest(lines), width, trim)
    }

    /// As [`Parts::rows`], for lines whose digest is known.
    pub fn rows_of(&mut self, lines: &[Line], look: u64, width: u16, trim: bool) -> u16 {
        let measure = || measured(lines, look, width, trim);
        let Some(memo) = self.memo.as_deref_mut() else { return measure() };
        let key = (look, width, trim);
        let known = memo.next_rows.iter().chain(&memo.rows).find(|(k, _)| *k == key).map(|(_, r)| *r);
        let rows = known.unwrap_or_else(measure);
        if !memo.next_rows.iter().any(|(k, _)| *k == key) {
            memo.next_rows.push((key, rows));
        }
        rows
    }

    /// The lines of `panel` that do not move with the seconds, built by `build` on a whole
    /// frame and on the first idle second after it, and copied from then on: the memo
    /// lives no longer than the whole frame's [`super::FrameKey`] (the same records, the
    /// same screen, the running item's end), and such lines depend on nothing else.
    pub(super) fn keep(
        &mut self,
        panel: &'static str,
        build: impl FnOnce() -> Vec<Vec<Piece<'static>>>,
    ) -> Vec<Vec<Piece<'static>>> {
        let Some(memo) = self.memo.as_deref_mut() else { return build() };
        if let Some((kind, kept)) = &memo.kept
            && *kind == panel
        {
            return kept.clone();
        }
        let kept = build();
        kept.iter().flatten().for_each(|p| {
            p.digest();
            p.plain_width();
        });
        memo.kept = Some((panel, kept.clone()));
        kept
    }

    /// Draws a part at `area` whose look is all in `look` (see [`digest`]) with `draw`,
    /// unless the second before drew the same there.
    pub fn draw(&mut self, buf: &mut Buffer, area: Rect, look: u64, draw: impl FnOnce(&mut Buffer)) {
        let area = area.intersection(buf.area);
        if !area.is_empty() && self.begin(buf, area, look) {
            draw(buf);
        }
    }

    /// As [`Parts::draw`], for a part that `draw` draws the same wherever it is (`draw`
    /// gets the area to draw in): drawn once, at its size, and copied from then on.
    pub fn draw_copied(
        &mut self,
        buf: &mut Buffer,
        area: Rect,
        look: u64,
        draw: impl FnOnce(&mut Buffer, Rect),
    ) {
        if area.intersection(buf.area) != area {
            // Cut by the edge: drawn where it is, as it comes out there.
            return self.draw(buf, area, look, |buf| draw(buf, area));
        }
        if area.is_empty() || !self.begin(buf, area, look) {
            return;
        }
        let Some(memo) = self.memo.as_deref_mut() else { return draw(buf, area) };
        let key = (look, area.width, area.height);
        let at = match memo.drawings.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                if memo.drawings.len() >= 64 {
                    memo.drawings.clear();
                }
                let origin = Rect { x: 0, y: 0, ..area };
                let mut drawing = Buffer::empty(origin);
                draw(&mut drawing, origin);
                memo.drawings.push((key, drawing));
                memo.drawings.len() - 1
            }
        };
        if let Some((_, drawing)) = memo.drawings.get(at) {
            let width = usize::from(area.width);
            for (row, y) in drawing.content.chunks(width).zip(area.top()..) {
                let start = buf.index_of(area.x, y);
                if let Some(cells) = buf.content.get_mut(start..start + width) {
                    cells.clone_from_slice(row);
                }
            }
        }
    }

    /// Notes a part at `area` (inside the buffer) with its look; says whether it must be
    /// drawn (its cells are then blank).
    fn begin(&mut self, buf: &mut Buffer, area: Rect, look: u64) -> bool {
        let Some(memo) = self.memo.as_deref_mut() else { return true };
        let was = memo.drawn.get(memo.next.len()).filter(|_| memo.primed);
        // Parts where they were the second before did not overlap then: only a part that
        // is new or moved is checked against the others.
        if was.is_none_or(|(r, _)| *r != area) && memo.next.iter().any(|(r, _)| r.intersects(area)) {
            memo.overlap = true;
        }
        let same = was == Some(&(area, look));
        memo.next.push((area, look));
        if same {
            return false;
        }
        if memo.primed {
            for position in area.positions() {
                if let Some(cell) = buf.cell_mut(position) {
                    cell.reset();
                }
            }
        }
        memo.dirty.push(area);
        true
    }
}

#[cfg(test)]
mod tests {
    use ratatui::widgets::{Paragraph, Widget};

    use super::*;

    fn line(buf: &mut Buffer, parts: &mut Parts, y: u16, text: &str) {
        let area = Rect::new(0, y, 10, 1);
        parts.draw(buf, area, digest(text), |buf| Paragraph::new(text).render(area, buf));
    }

    #[test]
    fn a_part_that_did_not_change_is_not_drawn_again() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        let mut memo = Memo::default();
        let second = |buf: &mut Buffer, memo: &mut Memo, clock: &str| {
            let mut parts = Parts::remembering(memo);
            line(buf, &mut parts, 0, clock);
            line(buf, &mut parts, 1, "title");
            memo.finish()
        };
        let both = vec![Rect::new(0, 0, 10, 1), Rect::new(0, 1, 10, 1)];
        assert_eq!(second(&mut buf, &mut memo, "12:00"), Outcome::Redrawn(both));
        assert!(memo.primed());
        assert_eq!(second(&mut buf, &mut memo, "11:59"), Outcome::Redrawn(vec![Rect::new(0, 0, 10, 1)]));
        assert_eq!(buf, Buffer::with_lines(["11:59     ", "title     "]));
        assert_eq!(second(&mut buf, &mut memo, "11:58"), Outcome::Redrawn(vec![Rect::new(0, 0, 10, 1)]));
    }

    #[test]
    fn parts_that_moved_or_overlap_ask_for_the_whole_second() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        let mut memo = Memo::default();
        let mut parts = Parts::remembering(&mut memo);
        line(&mut buf, &mut parts, 0, "a");
        memo.finish();
        let mut parts = Parts::remembering(&mut memo);
        line(&mut buf, &mut parts, 1, "a");
        assert_eq!(memo.finish(), Outcome::Relaid, "moved");
        assert!(!memo.primed());
        let mut parts = Parts::remembering(&mut memo);
        line(&mut buf, &mut parts, 0, "a");
        line(&mut buf, &mut parts, 0, "b");
        assert!(matches!(memo.finish(), Outcome::Redrawn(_)), "not primed: drawn whole anyway");
        assert!(!memo.primed(), "overlapping parts are never left out");
    }

    #[test]
    fn rows_are_measured_once_while_the_lines_stay_the_same() {
        let mut memo = Memo::default();
        let lines = [Line::raw("a line that wraps at ten")];
        assert_eq!(Parts::remembering(&mut memo).rows(&lines, 10, false), 3);
        memo.finish();
        assert_eq!(memo.rows.len(), 1);
        assert_eq!(Parts::remembering(&mut memo).rows(&lines, 10, false), 3);
        memo.finish();
        assert_eq!(memo.rows.len(), 1, "kept while asked for");
        memo.finish();
        assert!(memo.rows.is_empty(), "dropped when no longer asked for");
        assert_eq!(Parts::whole().rows(&lines, 10, false), 3);
    }
}
