//! The draft as a Word document, streamed: each part is written with `quick-xml` straight
//! into its zip entry as the report is walked, so memory does not grow with the document.
//! Real headings (Title, Heading 1–4 styles, so the navigation pane and a table of contents
//! work), bulleted lists and numbered lists that each start at 1, real footnotes, tables
//! with their grid, a default paragraph style, a title page, and page numbers in the
//! footer of every other page; the report's pictures as inline pictures, PNG and SVG.

mod body;
mod figure;
mod footer;
mod footnotes;
mod package;
mod styles;
mod xml;

use std::io::{self, BufWriter, Seek, Write};

use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::document::{Block, ListStyle, Report};

/// The numbering instance all bulleted lists share.
const BULLETS: usize = 1;

/// The numbering instance of the `k`-th numbered list (from 0): one each, so each restarts.
fn numbered(k: usize) -> usize {
    BULLETS + 1 + k
}

/// The footnote numbers the text refers to, in the order of the text: the body gives the
/// i-th of them footnote id i + 1, and `footnotes.xml` writes them in the same order.
fn footnote_refs(r: &Report) -> impl Iterator<Item = usize> + '_ {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Points { points, .. } => Some(points),
            _ => None,
        })
        .flatten()
        .flat_map(|p| p.footnotes.iter().copied())
}

/// Writes the document to `out` (a file, or a `Vec` in a `Cursor`), returning it.
pub fn write<W: Write + Seek>(r: &Report, out: W) -> io::Result<W> {
    let numbered_lists =
        r.blocks.iter().filter(|b| matches!(b, Block::Points { style: ListStyle::Numbered, .. })).count();
    // Drawn before any part is written: the relationships and the document say which
    // pictures there are.
    let media = figure::media(r, package::FIRST_MEDIA);
    let mut zip = ZipWriter::new(out);
    part(&mut zip, "[Content_Types].xml", |w| package::content_types(w))?;
    part(&mut zip, "_rels/.rels", |w| package::package_rels(w))?;
    part(&mut zip, "word/_rels/document.xml.rels", |w| package::document_rels(&media, w))?;
    // The parts `package::PARTS` declares, in its order.
    part(&mut zip, "word/document.xml", |w| body::document(r, &media, w))?;
    part(&mut zip, "word/styles.xml", |w| styles::styles(r.lang, w))?;
    part(&mut zip, "word/numbering.xml", |w| styles::numbering(numbered_lists, w))?;
    part(&mut zip, "word/footnotes.xml", |w| footnotes::footnotes(r, w))?;
    part(&mut zip, "word/settings.xml", |w| styles::settings(w))?;
    part(&mut zip, "word/footer1.xml", |w| footer::numbered(w))?;
    part(&mut zip, "word/footer2.xml", |w| footer::empty(w))?;
    part(&mut zip, "docProps/core.xml", |w| package::core(&r.title, w))?;
    part(&mut zip, "docProps/app.xml", |w| package::app(w))?;
    for m in &media {
        // A PNG is compressed already: stored as it is.
        zip.start_file(
            m.png_part(),
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
        )?;
        zip.write_all(&m.png.bytes)?;
        part(&mut zip, &m.svg_part(), |w| w.write_all(m.svg.as_bytes()))?;
    }
    Ok(zip.finish()?)
}

/// One deflated zip entry, written through a buffer: the XML writer makes many small
/// writes, the compressor wants large ones.
fn part<W: Write + Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    zip.start_file(name, SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated))?;
    let mut buffer = BufWriter::with_capacity(64 * 1024, zip);
    write(&mut buffer)?;
    buffer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(blocks: Vec<Block>) -> Report {
        Report {
            format_version: 1,
            profile: "internal",
            title: "T".into(),
            subtitle: None,
            dates: "1 May 2026".into(),
            lang: crate::i18n::Lang::En,
            venue: None,
            organisers: vec![],
            label: None,
            disclaimer: None,
            epigraph: None,
            blocks,
            footnotes: vec![],
        }
    }

    #[test]
    fn every_declared_part_is_written_and_nothing_else() {
        let report = report(vec![]);
        let bytes = write(&report, io::Cursor::new(Vec::new())).unwrap().into_inner();
        let zip = zip::ZipArchive::new(io::Cursor::new(bytes)).unwrap();
        let mut written: Vec<&str> = zip.file_names().collect();
        written.sort_unstable();
        let mut declared: Vec<&str> = package::PARTS.iter().map(|(p, _)| p.trim_start_matches('/')).collect();
        declared.extend(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"]);
        declared.sort_unstable();
        assert_eq!(written, declared);
    }

    #[test]
    fn a_picture_that_cannot_be_drawn_leaves_its_caption() {
        let figure = |name: &str, svg: &str| Block::Figure {
            name: name.into(),
            caption: format!("{name} caption"),
            svg: svg.into(),
            file: None,
        };
        let svg = r#"<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>"#;
        let r = report(vec![figure("broken", "not an SVG"), figure("drawn", svg)]);
        let bytes = write(&r, io::Cursor::new(Vec::new())).unwrap().into_inner();
        let mut zip = zip::ZipArchive::new(io::Cursor::new(bytes)).unwrap();
        let media: Vec<&str> = zip.file_names().filter(|n| n.starts_with("word/media/")).collect();
        assert_eq!(media.len(), 2, "{media:?}");
        assert!(media.iter().all(|n| n.starts_with("word/media/drawn.")), "{media:?}");
        let mut document = String::new();
        io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut document).unwrap();
        assert_eq!(document.matches("<w:drawing>").count(), 1);
        assert!(document.contains("broken caption") && document.contains("drawn caption"));
        let mut rels = String::new();
        io::Read::read_to_string(&mut zip.by_name("word/_rels/document.xml.rels").unwrap(), &mut rels)
            .unwrap();
        assert!(!rels.contains("broken") && rels.contains("media/drawn.svg"), "{rels}");
    }
}
