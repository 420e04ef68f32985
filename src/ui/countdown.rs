//! The countdown in big digits, as large as the area allows (tui-big-text's font has
//! digits, ':' and '+', which is all a countdown needs).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

/// Cells a glyph takes at each pixel size, largest first. Only block elements that every
/// terminal font has: sextants and octants come out as boxes on many projectors' laptops.
const SIZES: [(PixelSize, u16, u16); 3] =
    [(PixelSize::Full, 8, 8), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];

/// Draws `text` centred in `area`, in big digits at most `max_rows` tall when they fit,
/// else in plain bold text.
pub fn render(buf: &mut Buffer, area: Rect, text: &str, style: Style, max_rows: u16) {
    let n = text.chars().count() as u16;
    match SIZES.iter().find(|(_, w, h)| n * w <= area.width && *h <= area.height.min(max_rows)) {
        Some((size, _, h)) => {
            let top = Rect { y: area.y + (area.height - h) / 2, height: *h, ..area };
            let big = BigText::builder()
                .pixel_size(*size)
                .style(style)
                .lines(vec![Line::from(text.to_string())])
                .centered()
                .build();
            big.render(top, buf);
        }
        None => {
            let line =
                Rect { y: area.y + area.height.saturating_sub(1) / 2, height: 1.min(area.height), ..area };
            Paragraph::new(text.to_string()).style(style).alignment(Alignment::Center).render(line, buf);
        }
    }
}
