//! The countdown in big digits, as large as the area allows (tui-big-text's font has
//! digits, ':' and '+', which is all a countdown needs). On a big screen each pixel of the
//! font becomes a block of cells, so the room reads the time from the back of the hall.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::hands::{Hand, Mark};
use super::parts::{Parts, digest};

/// How big the glyphs are drawn. Only block elements that every terminal font has:
/// sextants and octants come out as boxes on many projectors' laptops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Size {
    /// The font's 8x8 pixels, each a block of `x` columns by `y` rows of full blocks; its
    /// last row, blank under every digit, stays one row whatever `y` (the wall puts a blank
    /// line under the digits anyway).
    Scaled { x: u16, y: u16 },
    /// 8x4 cells, half blocks.
    Half,
    /// 4x4 cells, quadrant blocks.
    Quadrant,
}

impl Size {
    /// The font's own size: one full block a pixel.
    pub const FULL: Size = Size::Scaled { x: 1, y: 1 };

    /// Columns and rows of one glyph.
    pub fn cells(self) -> (u16, u16) {
        match self {
            Size::Scaled { x, y } => (8 * x, 7 * y + 1),
            Size::Half => (8, 4),
            Size::Quadrant => (4, 4),
        }
    }

    /// The largest size at which `n` glyphs fit `width` by `height`, None when none does
    /// (the time is then plain text). A pixel is never drawn wider than it is tall, nor more
    /// than half as tall again as wide: a terminal's cell is already twice as tall as wide,
    /// so the digits keep the font's shape as they grow, at most a little slimmer, where
    /// the height allows and the width does not.
    pub fn fitting(n: u16, width: u16, height: u16) -> Option<Size> {
        let n = n.max(1);
        let across = width / n.saturating_mul(8);
        let down = height.saturating_sub(1) / 7;
        if across >= 1 && down >= 1 {
            let x = across.min(down);
            return Some(Size::Scaled { x, y: down.min(x + x / 2) });
        }
        [Size::Half, Size::Quadrant].into_iter().find(|size| {
            let (w, h) = size.cells();
            n.saturating_mul(w) <= width && h <= height
        })
    }
}

/// Rows the countdown `text` takes drawn by [`render`] in an area `width` wide and at most
/// `height` tall: the glyphs' height, or one row of plain text.
pub fn rows(text: &str, width: u16, height: u16) -> u16 {
    let n = text.chars().count() as u16;
    Size::fitting(n, width, height).map_or(1.min(height), |size| size.cells().1)
}

/// Draws `text` centred in `area`, in big digits at most `max_rows` tall when they fit,
/// else in plain bold text. Each big glyph is a part of its own (see [`Parts`]): from one
/// second to the next, mostly only the last digit is drawn again. `hand` is the clock the
/// text shows, if it ticks: where its glyphs go is noted (see [`super::hands`]).
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    text: &str,
    style: Style,
    max_rows: u16,
    hand: Option<Hand>,
    parts: &mut Parts,
) {
    let n = text.chars().count() as u16;
    match Size::fitting(n, area.width, area.height.min(max_rows)) {
        Some(size) => {
            let (w, h) = size.cells();
            // Where tui-big-text puts a centred line: its glyphs side by side from there.
            let left = area.x + (area.width / 2).saturating_sub(n * w / 2);
            let y = area.y + (area.height - h) / 2;
            for (i, glyph) in (0..).zip(text.chars()) {
                let at = Rect::new(left + i * w, y, w, h);
                if let Some(hand) = hand {
                    if at.intersection(buf.area) == at {
                        parts.mark(Mark::Glyph { hand, index: usize::from(i), at, style, size });
                    } else {
                        parts.unmarked();
                    }
                }
                parts.draw_copied(buf, at, glyph_look(glyph, style, size), |buf, at| {
                    draw_glyph(buf, at, glyph, style, size);
                });
            }
        }
        None => {
            if hand.is_some() {
                parts.unmarked();
            }
            let line =
                Rect { y: area.y + area.height.saturating_sub(1) / 2, height: 1.min(area.height), ..area };
            parts.draw(buf, line, digest((text, style)), |buf| {
                Paragraph::new(text.to_string()).style(style).alignment(Alignment::Center).render(line, buf);
            });
        }
    }
}

/// The look of `glyph` at `size`, as [`render`] keys it.
pub fn glyph_look(glyph: char, style: Style, size: Size) -> u64 {
    digest((glyph, style, size))
}

/// `glyph` drawn alone at `size` on a buffer of its own, as [`render`] draws it.
pub fn glyph(glyph: char, style: Style, size: Size) -> Option<Buffer> {
    let (w, h) = size.cells();
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    draw_glyph(&mut buf, area, glyph, style, size);
    Some(buf)
}

fn draw_glyph(buf: &mut Buffer, at: Rect, glyph: char, style: Style, size: Size) {
    let big = |pixels: PixelSize| {
        BigText::builder().pixel_size(pixels).style(style).lines(vec![Line::from(glyph.to_string())]).build()
    };
    match size {
        Size::Half => big(PixelSize::HalfHeight).render(at, buf),
        Size::Quadrant => big(PixelSize::Quadrant).render(at, buf),
        Size::Scaled { x: 1, y: 1 } => big(PixelSize::Full).render(at, buf),
        Size::Scaled { x, y } => {
            // The font's size first, then each of its cells spread over its block.
            let font = Rect::new(0, 0, 8, 8);
            let mut small = Buffer::empty(font);
            big(PixelSize::Full).render(font, &mut small);
            for (py, row) in (0u16..).zip(small.content.chunks(8)) {
                let rows = if py < 7 { y } else { 1 };
                for (px, pixel) in (0u16..).zip(row) {
                    let block = Rect::new(at.x + px * x, at.y + py * y, x, rows);
                    for position in block.intersection(buf.area).positions() {
                        if let Some(cell) = buf.cell_mut(position) {
                            cell.clone_from(pixel);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digits_grow_with_the_room_they_have() {
        // "12:34" on the projector's smallest screen, a laptop's, and a hall's.
        assert_eq!(Size::fitting(5, 36, 4), Some(Size::Quadrant));
        assert_eq!(Size::fitting(5, 40, 4), Some(Size::Half));
        assert_eq!(Size::fitting(5, 76, 16), Some(Size::FULL));
        assert_eq!(Size::fitting(5, 196, 52), Some(Size::Scaled { x: 4, y: 6 }));
        // Short and wide: a pixel never wider than tall.
        assert_eq!(Size::fitting(5, 196, 16), Some(Size::Scaled { x: 2, y: 2 }));
        // Narrow and tall: at most half as tall again as wide.
        assert_eq!(Size::fitting(5, 80, 60), Some(Size::Scaled { x: 2, y: 3 }));
        assert_eq!(Size::fitting(5, 19, 40), None);
    }

    #[test]
    fn a_scaled_glyph_is_the_font_with_each_pixel_a_block() {
        let style = Style::new();
        let one = glyph('7', style, Size::FULL).expect("a glyph");
        let big = glyph('7', style, Size::Scaled { x: 3, y: 2 }).expect("a glyph");
        assert_eq!(big.area, Rect::new(0, 0, 24, 15), "the blank last row stays one row");
        for (x, y) in big.area.positions().map(|p| (p.x, p.y)) {
            assert_eq!(big.cell((x, y)), one.cell((x / 3, y / 2)), "{x},{y}");
        }
    }
}
