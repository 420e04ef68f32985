//! The report's pictures in the Word file: each an inline picture (`w:drawing` /
//! `wp:inline` / `pic:pic`) the width of the text, its caption as alt text and as a
//! caption paragraph under it. Two parts per picture under `word/media/`: the PNG that
//! `a:blip` shows every reader, and the SVG that Word 2016 and later show instead, through
//! the `asvg:svgBlip` extension as Word itself writes it.
//!
//! The PNGs are drawn before any part is written (one set of fonts for the export, see
//! [`crate::export::pictures::Rasteriser`]), so the relationships and the document know
//! which pictures there are. A picture whose PNG cannot be drawn is left out, its caption
//! kept in its place: never the whole export failed for a picture.

use std::io::{self, Write};
use std::sync::Arc;

use super::xml::Xml;
use crate::export::document::Report;
use crate::export::pictures::{Png, Rasteriser};

const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
pub const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const ASVG: &str = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
/// The extension Word 2016 writes an SVG picture's vector form under.
const SVG_BLIP: &str = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
/// Twentieths of a point to English Metric Units.
const EMU_PER_TWIP: u64 = 635;
/// The PNG's pixels per SVG pixel: 1,800 pixels across the text's 16 cm, about 280 dpi.
const SCALE: f32 = 2.0;

/// A picture of the report as the package holds it.
pub struct Media {
    /// The figure's file stem ("timeline-day-1").
    pub name: String,
    pub png: Png,
    pub svg: Arc<str>,
    /// The relationship ids of its PNG and its SVG.
    pub png_id: String,
    pub svg_id: String,
}

impl Media {
    pub fn png_part(&self) -> String {
        format!("word/media/{}.png", self.name)
    }

    pub fn svg_part(&self) -> String {
        format!("word/media/{}.svg", self.name)
    }
}

/// The report's pictures drawn as PNGs, with their relationship ids from `first_id` on;
/// those that cannot be drawn are left out.
pub fn media(r: &Report, first_id: usize) -> Vec<Media> {
    let mut figures = r.figures().peekable();
    if figures.peek().is_none() {
        return Vec::new();
    }
    let raster = Rasteriser::new();
    let mut out: Vec<Media> = Vec::new();
    for (name, svg) in figures {
        let Some(png) = raster.png(svg, SCALE) else { continue };
        let id = first_id + 2 * out.len();
        out.push(Media {
            name: name.to_string(),
            png,
            svg: Arc::from(svg),
            png_id: format!("rId{id}"),
            svg_id: format!("rId{}", id + 1),
        });
    }
    out
}

/// The picture `m` as the content of a paragraph already open: a run holding its drawing,
/// `width` twentieths of a point across; `id` numbers it among the document's drawings.
pub fn drawing<O: Write>(x: &mut Xml<O>, m: &Media, caption: &str, width: u32, id: usize) -> io::Result<()> {
    let cx = u64::from(width) * EMU_PER_TWIP;
    let cy = cx * u64::from(m.png.height) / u64::from(m.png.width.max(1));
    let (cx, cy, id) = (cx.to_string(), cy.to_string(), id.to_string());
    let caption = crate::safe_text::line(caption);
    x.open("w:r", &[])?;
    x.open("w:drawing", &[])?;
    x.open("wp:inline", &[("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")])?;
    x.empty("wp:extent", &[("cx", &cx), ("cy", &cy)])?;
    x.empty("wp:effectExtent", &[("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")])?;
    let name = format!("{}.svg", m.name);
    x.empty("wp:docPr", &[("id", &id), ("name", &name), ("descr", &caption)])?;
    x.open("wp:cNvGraphicFramePr", &[])?;
    x.empty("a:graphicFrameLocks", &[("xmlns:a", A), ("noChangeAspect", "1")])?;
    x.close("wp:cNvGraphicFramePr")?;
    x.open("a:graphic", &[("xmlns:a", A)])?;
    x.open("a:graphicData", &[("uri", PIC)])?;
    x.open("pic:pic", &[("xmlns:pic", PIC)])?;
    x.open("pic:nvPicPr", &[])?;
    x.empty("pic:cNvPr", &[("id", &id), ("name", &name), ("descr", &caption)])?;
    x.empty("pic:cNvPicPr", &[])?;
    x.close("pic:nvPicPr")?;
    x.open("pic:blipFill", &[])?;
    x.open("a:blip", &[("r:embed", &m.png_id)])?;
    x.open("a:extLst", &[])?;
    x.open("a:ext", &[("uri", SVG_BLIP)])?;
    x.empty("asvg:svgBlip", &[("xmlns:asvg", ASVG), ("r:embed", &m.svg_id)])?;
    x.close("a:ext")?;
    x.close("a:extLst")?;
    x.close("a:blip")?;
    x.open("a:stretch", &[])?;
    x.empty("a:fillRect", &[])?;
    x.close("a:stretch")?;
    x.close("pic:blipFill")?;
    x.open("pic:spPr", &[])?;
    x.open("a:xfrm", &[])?;
    x.empty("a:off", &[("x", "0"), ("y", "0")])?;
    x.empty("a:ext", &[("cx", &cx), ("cy", &cy)])?;
    x.close("a:xfrm")?;
    x.open("a:prstGeom", &[("prst", "rect")])?;
    x.empty("a:avLst", &[])?;
    x.close("a:prstGeom")?;
    x.close("pic:spPr")?;
    x.close("pic:pic")?;
    x.close("a:graphicData")?;
    x.close("a:graphic")?;
    x.close("wp:inline")?;
    x.close("w:drawing")?;
    x.close("w:r")
}
