//! The countdown in big digits, as large as the area allows (tui-big-text's font has
//! digits, ':' and '+', which is all a countdown needs).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::hands::{Hand, Mark};
use super::parts::{Parts, digest};

/// Cells a glyph takes at each pixel size, largest first. Only block elements that every
/// terminal font has: sextants and octants come out as boxes on many projectors' laptops.
const SIZES: [(PixelSize, u16, u16); 3] =
    [(PixelSize::Full, 8, 8), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];

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
    match SIZES
        .iter()
        .enumerate()
        .find(|(_, (_, w, h))| n * w <= area.width && *h <= area.height.min(max_rows))
    {
        Some((which, (size, w, h))) => {
            // Where tui-big-text puts a centred line: its glyphs side by side from there.
            let left = area.x + (area.width / 2).saturating_sub(n * w / 2);
            let y = area.y + (area.height - h) / 2;
            for (i, glyph) in (0..).zip(text.chars()) {
                let at = Rect::new(left + i * w, y, *w, *h);
                if let Some(hand) = hand {
                    if at.intersection(buf.area) == at {
                        parts.mark(Mark::Glyph { hand, index: usize::from(i), at, style, size: which });
                    } else {
                        parts.unmarked();
                    }
                }
                parts.draw_copied(buf, at, glyph_look(glyph, style, which), |buf, at| {
                    draw_glyph(buf, at, glyph, style, *size);
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

/// The look of `glyph` at font size `size` (an index into the sizes, largest first), as
/// [`render`] keys it.
pub fn glyph_look(glyph: char, style: Style, size: usize) -> u64 {
    digest((glyph, style, size))
}

/// `glyph` drawn alone at font size `size` (an index into the sizes, largest first) on a
/// buffer of its own, as [`render`] draws it; None for a size there is not.
pub fn glyph(glyph: char, style: Style, size: usize) -> Option<Buffer> {
    let &(pixels, w, h) = SIZES.get(size)?;
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    draw_glyph(&mut buf, area, glyph, style, pixels);
    Some(buf)
}

fn draw_glyph(buf: &mut Buffer, at: Rect, glyph: char, style: Style, size: PixelSize) {
    let big =
        BigText::builder().pixel_size(size).style(style).lines(vec![Line::from(glyph.to_string())]).build();
    big.render(at, buf);
}
