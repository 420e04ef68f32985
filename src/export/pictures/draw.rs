//! The few shapes the pictures are made of (text, outlined and solid boxes, hatching,
//! lines), drawn by plotters' SVG backend in pixel coordinates. Positions are the
//! pictures' own layout: no chart of plotters' decides where a label goes, so a long
//! title or a small share is placed where the picture has room for it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Where a text stands against its x.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Centre,
}

/// A picture being drawn. A failed shape is remembered and the picture given up whole:
/// never half a picture in the draft.
pub struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
    ok: bool,
}

/// The SVG of a `width` × `height` picture on white that `paint` draws; None if plotters
/// failed (it writes into a string, so it should not).
pub fn svg(width: u32, height: u32, paint: impl FnOnce(&mut Canvas<'_>)) -> Option<String> {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let ok = area.fill(&WHITE).is_ok();
        let mut canvas = Canvas { area, ok };
        paint(&mut canvas);
        if !(canvas.ok && canvas.area.present().is_ok()) {
            return None;
        }
    }
    Some(out)
}

/// `#RRGGBB` as plotters' colour (black for anything else: the constants are ours).
pub fn rgb(hex: &str) -> RGBColor {
    let part = |at: usize| hex.get(at..at + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).unwrap_or(0);
    RGBColor(part(1), part(3), part(5))
}

impl Canvas<'_> {
    fn check<E>(&mut self, r: Result<(), E>) {
        self.ok &= r.is_ok();
    }

    /// One line of text, its middle at `y`; `size` in pixels.
    pub fn text(&mut self, text: &str, (x, y): (i32, i32), size: f64, bold: bool, align: Align) {
        let h = match align {
            Align::Left => HPos::Left,
            Align::Centre => HPos::Center,
        };
        let weight = if bold { FontStyle::Bold } else { FontStyle::Normal };
        // plotters writes the size divided by 1.24 into the SVG: asked for that much more.
        let font = (FontFamily::SansSerif, size * 1.24, weight).into_font();
        let style = TextStyle::from(font).color(&BLACK).pos(Pos::new(h, VPos::Center));
        let r = self.area.draw(&Text::new(text.to_string(), (x, y), style));
        self.check(r);
    }

    /// A box's outline in `colour`.
    pub fn outline(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), colour: &str) {
        let r = self.area.draw(&Rectangle::new([(x0, y0), (x1, y1)], rgb(colour).stroke_width(1)));
        self.check(r);
    }

    /// A box filled with `colour`.
    pub fn solid(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), colour: &str) {
        let r = self.area.draw(&Rectangle::new([(x0, y0), (x1, y1)], rgb(colour).filled()));
        self.check(r);
    }

    /// A straight line.
    pub fn line(&mut self, from: (i32, i32), to: (i32, i32), colour: &str, width: u32) {
        let r = self.area.draw(&PathElement::new(vec![from, to], rgb(colour).stroke_width(width)));
        self.check(r);
    }

    /// A box on `ground`, hatched with diagonal lines in `colour` and outlined in it: what
    /// is told from a solid box and an empty one without colour.
    pub fn hatched(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), colour: &str, ground: &str) {
        self.solid((x0, y0), (x1, y1), ground);
        let h = y1 - y0;
        // Lines rising to the right every 5 pixels, each cut to the box.
        let mut c = x0 - h;
        while c < x1 {
            let (from_x, to_x) = (c.max(x0), (c + h).min(x1));
            if from_x < to_x {
                self.line((from_x, y1 - (from_x - c)), (to_x, y1 - (to_x - c)), colour, 1);
            }
            c += 5;
        }
        self.outline((x0, y0), (x1, y1), colour);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_an_svg_with_its_text_escaped() {
        let svg = svg(100, 50, |c| {
            c.text("<&>\"", (10, 10), 12.0, false, Align::Left);
            c.hatched((10, 20), (40, 30), "#404040", "#FFFFFF");
        })
        .unwrap();
        assert!(svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"), "{svg}");
        assert!(svg.contains("&lt;&amp;&gt;&quot;"), "{svg}");
        assert_eq!(rgb("#40A0ff"), RGBColor(0x40, 0xA0, 0xFF));
    }
}
