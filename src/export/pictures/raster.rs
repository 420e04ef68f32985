//! A picture's SVG as a PNG, for the readers of the Word file that cannot show SVG (Word
//! before 2016, pandoc, most converters): drawn by resvg with the laptop's own fonts.
//!
//! The fonts are looked up once per process (a few milliseconds of reading font folders),
//! the family the pictures are drawn in read into memory then, and shared by every export
//! after. A laptop without any font still gets its PNG: the
//! bars, outlines and hatching are drawn and the words are missing. The Word file still
//! holds the SVG with its words (what Word 2016 and later show), the figure's caption and
//! alt text say what it is, and the annex's table under it has every figure in words, so
//! nothing is lost; a picture that cannot be drawn at all is left out and its caption
//! stays (see `docx::figure`).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb::{Database, ID, Source};
use resvg::{tiny_skia, usvg};

/// The sans-serif fonts the pictures' text is drawn in, the first installed one taken:
/// Arial and its metric twin first (the widths plotters' layout expects), then what Linux
/// laptops have. Each of them has Cyrillic.
const SANS: [&str; 6] = ["Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans", "FreeSans", "Helvetica"];

/// A picture drawn as a PNG, with its size in pixels.
#[derive(Debug, Clone)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Draws SVGs as PNGs with one set of fonts.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Default for Rasteriser {
    fn default() -> Self {
        Rasteriser::new()
    }
}

impl Rasteriser {
    /// With the system's fonts (looked up on first use, then shared).
    pub fn new() -> Rasteriser {
        static FONTS: OnceLock<(Arc<Database>, Option<String>)> = OnceLock::new();
        let (db, sans) = FONTS.get_or_init(|| {
            let mut db = Database::new();
            db.load_system_fonts();
            let sans = prepare(&mut db);
            (Arc::new(db), sans)
        });
        Rasteriser::with(Arc::clone(db), sans.clone())
    }

    /// With the fonts of `db` only (none: what a laptop without fonts gets).
    pub fn with_fonts(mut db: Database) -> Rasteriser {
        let sans = prepare(&mut db);
        Rasteriser::with(Arc::new(db), sans)
    }

    fn with(db: Arc<Database>, sans: Option<String>) -> Rasteriser {
        let mut options = usvg::Options { fontdb: db, ..usvg::Options::default() };
        if let Some(sans) = sans {
            options.font_family = sans;
        }
        Rasteriser { options }
    }

    /// Whether any font was found: without one the PNG has no words.
    pub fn has_fonts(&self) -> bool {
        !self.options.fontdb.is_empty()
    }

    /// `svg` drawn on white at `scale` times its size; None if it cannot be read or is
    /// too large to draw.
    pub fn png(&self, svg: &str, scale: f32) -> Option<Png> {
        let tree = usvg::Tree::from_str(svg, &self.options).ok()?;
        let size = tree.size().to_int_size().scale_by(scale)?;
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
        let bytes = pixmap.encode_png().ok()?;
        Some(Png { bytes, width: size.width(), height: size.height() })
    }
}

/// Makes the first of [`SANS`] installed (else any font at all: words beat no words) the
/// pictures' sans-serif, and reads its faces into memory once: resvg would read a face's
/// file again for every text drawn in it, most of a picture's time. Returns the family.
fn prepare(db: &mut Database) -> Option<String> {
    let installed =
        |db: &Database, name: &str| db.faces().any(|f| f.families.iter().any(|(family, _)| family == name));
    let sans =
        SANS.into_iter().find(|name| installed(db, name)).map(str::to_string).or_else(|| {
            db.faces().next().and_then(|f| f.families.first()).map(|(family, _)| family.clone())
        })?;
    db.set_sans_serif_family(sans.clone());
    let files: BTreeSet<PathBuf> = db
        .faces()
        .filter(|f| f.families.iter().any(|(family, _)| *family == sans))
        .filter_map(|f| match &f.source {
            Source::File(path) => Some(path.clone()),
            _ => None,
        })
        .collect();
    for path in files {
        // A file that cannot be read now stays as it was: read (or not) when drawn.
        let Ok(data) = std::fs::read(&path) else { continue };
        let faces: Vec<ID> =
            db.faces().filter(|f| matches!(&f.source, Source::File(p) if *p == path)).map(|f| f.id).collect();
        faces.into_iter().for_each(|id| db.remove_face(id));
        db.load_font_source(Source::Binary(Arc::new(data)));
    }
    Some(sans)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg width="100" height="40" viewBox="0 0 100 40" xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="100" height="40" fill="#FFFFFF"/>
<rect x="10" y="10" width="50" height="10" fill="#404040"/>
<text x="10" y="35" font-family="sans-serif" font-size="10">NGO 9 %</text>
</svg>"##;

    #[test]
    fn a_png_at_twice_the_size_with_or_without_fonts() {
        let png = Rasteriser::new().png(SVG, 2.0).unwrap();
        assert!(png.bytes.starts_with(b"\x89PNG"));
        assert_eq!((png.width, png.height), (200, 80));
        let bare = Rasteriser::with_fonts(Database::new());
        assert!(!bare.has_fonts());
        assert!(bare.png(SVG, 1.0).is_some(), "the bars without the words");
        assert!(Rasteriser::new().png("not svg", 1.0).is_none());
    }
}
