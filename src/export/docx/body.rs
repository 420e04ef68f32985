//! `word/document.xml`: the report's blocks as paragraphs, lists and tables, written as
//! they are walked, so the part never exists whole in memory.

use std::io::{self, Write};

use super::figure::{self, Media};
use super::package::{FOOTER, TITLE_PAGE_FOOTER};
use super::xml::{BOLD, ITALIC, Look, PLACEHOLDER, PLAIN, R, W, Xml};
use super::{BULLETS, numbered};
use crate::export::document::{Block, Epigraph, ListStyle, Point, Report};

/// A4 with 2.54 cm margins, in twentieths of a point; the text is 9026 wide.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: u32 = 1440;
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;

/// The epigraph's indent on either side, and the title page's room above the title and
/// above the label (twentieths of a point).
const QUOTE_INDENT: u32 = 720;
const ABOVE_TITLE: u32 = 2880;
const ABOVE_LABEL: u32 = 480;

/// `media`: the report's pictures as drawn for the package (see [`figure::media`]).
pub fn document(r: &Report, media: &[Media], out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:document", &[("xmlns:w", W), ("xmlns:r", R), ("xmlns:wp", figure::WP)])?;
    x.open("w:body", &[])?;
    let mut body = Body { x, footnote: 0, numbered: 0, lang: r.lang, new_page: false, media, drawings: 0 };
    body.title_page(r)?;
    for block in &r.blocks {
        body.block(block)?;
    }
    let mut x = body.x;
    if matches!(r.blocks.last(), Some(Block::Table { .. })) {
        // Word ends a document with a paragraph, never a table: it adds one itself (and
        // older versions call the file damaged) when the last table touches the end.
        x.empty("w:p", &[])?;
    }
    section(&mut x)?;
    x.close("w:body")?;
    x.close("w:document")?;
    x.into_inner().flush()
}

/// The page (A4, its margins), its footers, and a first page of its own: the title page,
/// whose footer shows no number. Children in the schema's order: the footers, the page
/// size, the margins, then `w:titlePg`.
fn section<O: Write>(x: &mut Xml<O>) -> io::Result<()> {
    x.open("w:sectPr", &[])?;
    x.empty("w:footerReference", &[("w:type", "default"), ("r:id", FOOTER)])?;
    x.empty("w:footerReference", &[("w:type", "first"), ("r:id", TITLE_PAGE_FOOTER)])?;
    x.empty("w:pgSz", &[("w:w", &PAGE_WIDTH.to_string()), ("w:h", &PAGE_HEIGHT.to_string())])?;
    let margin = MARGIN.to_string();
    x.empty(
        "w:pgMar",
        &[
            ("w:top", &margin),
            ("w:right", &margin),
            ("w:bottom", &margin),
            ("w:left", &margin),
            ("w:header", "708"),
            ("w:footer", "708"),
            ("w:gutter", "0"),
        ],
    )?;
    x.empty("w:titlePg", &[])?;
    x.close("w:sectPr")
}

struct Body<'m, O: Write> {
    x: Xml<O>,
    /// The last footnote id written: each reference has a footnote of its own, numbered
    /// in the order `super::footnote_refs` walks, which `footnotes.xml` follows.
    footnote: usize,
    /// Numbered lists written so far: the next one takes the instance [`numbered`] gives.
    numbered: usize,
    lang: crate::i18n::Lang,
    /// The title page is written: the next paragraph starts a new page.
    new_page: bool,
    /// The pictures drawn for the package, and how many are in the document so far.
    media: &'m [Media],
    drawings: usize,
}

/// What a paragraph is, besides its runs: its style, its list, where it sits.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Kind<'a> {
    style: Option<&'a str>,
    /// The numbering instance of a list item.
    list: Option<usize>,
    /// "center", "right".
    align: Option<&'a str>,
    /// Indented on both sides (the epigraph).
    indent: Option<u32>,
    /// Room above it, in twentieths of a point.
    before: Option<u32>,
}

const NORMAL: Kind<'static> = Kind { style: None, list: None, align: None, indent: None, before: None };

impl<'a> Kind<'a> {
    fn styled(style: &'a str) -> Kind<'a> {
        Kind { style: Some(style), ..NORMAL }
    }

    fn listed(num: usize) -> Kind<'a> {
        Kind { style: Some("ListParagraph"), list: Some(num), ..NORMAL }
    }

    fn centred(self) -> Kind<'a> {
        Kind { align: Some("center"), ..self }
    }
}

impl<O: Write> Body<'_, O> {
    /// The title page: the title block (title, subtitle, dates · venue, organisers), the
    /// label ("Report"), the donors' disclaimer, the epigraph and the note that this is a
    /// draft. What follows starts page 2.
    fn title_page(&mut self, r: &Report) -> io::Result<()> {
        let title = Kind { before: Some(ABOVE_TITLE), ..Kind::styled("Title").centred() };
        self.paragraph(title, &[(&r.title, PLAIN)])?;
        if let Some(sub) = nonblank(r.subtitle.as_deref()) {
            self.paragraph(NORMAL.centred(), &[(sub, PLAIN)])?;
        }
        let mut line = r.dates.clone();
        if let Some(v) = nonblank(r.venue.as_deref()) {
            line.push_str(&format!(" · {v}"));
        }
        self.paragraph(NORMAL.centred(), &[(&line, BOLD)])?;
        if !r.organisers.is_empty() {
            let by = crate::i18n::tr_with(
                r.lang,
                "report-organised-by",
                &[("organisers", &r.organisers.join(", "))],
            );
            self.paragraph(NORMAL.centred(), &[(&by, PLAIN)])?;
        }
        if let Some(label) = nonblank(r.label.as_deref()) {
            let label = format!("— {} —", label.trim());
            self.paragraph(Kind { before: Some(ABOVE_LABEL), ..NORMAL.centred() }, &[(&label, BOLD)])?;
        }
        if let Some(disclaimer) = &r.disclaimer {
            let disclaimer = crate::safe_text::text(disclaimer);
            for para in paragraphs(&disclaimer) {
                self.paragraph(NORMAL, &[(para, ITALIC)])?;
            }
        }
        if let Some(epigraph) = &r.epigraph {
            self.epigraph(epigraph)?;
        }
        let note = crate::export::document::front_note(r);
        self.paragraph(NORMAL, &[(&note, ITALIC)])?;
        self.new_page = true;
        Ok(())
    }

    /// The epigraph: its paragraphs in italics, indented on both sides, then "— source"
    /// set to the right.
    fn epigraph(&mut self, e: &Epigraph) -> io::Result<()> {
        let quoted = Kind { indent: Some(QUOTE_INDENT), ..NORMAL };
        let text = crate::safe_text::text(&e.text);
        for para in paragraphs(&text) {
            self.paragraph(quoted, &[(para, ITALIC)])?;
        }
        if let Some(source) = nonblank(e.source.as_deref()) {
            let source = format!("— {}", source.trim());
            self.paragraph(Kind { align: Some("right"), ..quoted }, &[(&source, ITALIC)])?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block) -> io::Result<()> {
        match block {
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 4));
                self.paragraph(Kind::styled(&style), &[(text, PLAIN)])
            }
            Block::Paragraph { text } => self.paragraph(NORMAL, &[(text, PLAIN)]),
            Block::Lead { lead, text } if nonblank(Some(lead)).is_none() => {
                self.paragraph(NORMAL, &[(text, PLAIN)])
            }
            Block::Lead { lead, text } => {
                self.paragraph(NORMAL, &[(lead, BOLD), (" ", PLAIN), (text, PLAIN)])
            }
            Block::Placeholder { text } => self.paragraph(NORMAL, &[(text, PLACEHOLDER)]),
            Block::DrafterNote { text } => {
                let lead = format!("{} ", crate::i18n::tr(self.lang, "report-note-to-drafter", &[]));
                self.paragraph(NORMAL, &[(&lead, BOLD), (text, ITALIC)])
            }
            Block::Points { style, points } => {
                let kind = match style {
                    ListStyle::Bullets => Kind::listed(BULLETS),
                    ListStyle::Numbered => {
                        self.numbered += 1;
                        Kind::listed(numbered(self.numbered - 1))
                    }
                    ListStyle::Paragraphs => NORMAL,
                };
                points.iter().try_for_each(|p| self.point(kind, p))
            }
            Block::Table { header, rows } => self.table(header, rows),
            Block::Figure { name, caption, .. } => self.figure(name, caption),
        }
    }

    /// A picture the width of the text, then its caption; the caption alone when the
    /// picture could not be drawn.
    fn figure(&mut self, name: &str, caption: &str) -> io::Result<()> {
        if let Some(m) = self.media.iter().find(|m| m.name == name) {
            self.drawings += 1;
            self.open_paragraph(Kind::styled("Figure"))?;
            figure::drawing(&mut self.x, m, caption, TEXT_WIDTH, self.drawings)?;
            self.x.close("w:p")?;
        }
        self.paragraph(Kind::styled("Caption"), &[(caption, ITALIC)])
    }

    /// A paragraph's start and its properties, in the schema's order: style, page break,
    /// numbering, spacing, indentation, alignment.
    fn open_paragraph(&mut self, kind: Kind<'_>) -> io::Result<()> {
        let new_page = std::mem::take(&mut self.new_page);
        let x = &mut self.x;
        x.open("w:p", &[])?;
        if kind == NORMAL && !new_page {
            return Ok(());
        }
        let Kind { style, list, align, indent, before } = kind;
        x.open("w:pPr", &[])?;
        if let Some(style) = style {
            x.val("w:pStyle", style)?;
        }
        if new_page {
            x.empty("w:pageBreakBefore", &[])?;
        }
        if let Some(num) = list {
            x.open("w:numPr", &[])?;
            x.val("w:ilvl", "0")?;
            x.val("w:numId", &num.to_string())?;
            x.close("w:numPr")?;
        }
        if let Some(before) = before {
            x.empty("w:spacing", &[("w:before", &before.to_string())])?;
        }
        if let Some(indent) = indent {
            let indent = indent.to_string();
            x.empty("w:ind", &[("w:left", &indent), ("w:right", &indent)])?;
        }
        if let Some(align) = align {
            x.val("w:jc", align)?;
        }
        x.close("w:pPr")
    }

    fn paragraph(&mut self, kind: Kind<'_>, runs: &[(&str, Look)]) -> io::Result<()> {
        self.open_paragraph(kind)?;
        for (text, look) in runs {
            self.x.run(text, *look)?;
        }
        self.x.close("w:p")
    }

    /// A captured point: its text, where it came from, a reference mark per footnote, and
    /// the drafter's flag.
    fn point(&mut self, kind: Kind<'_>, p: &Point) -> io::Result<()> {
        self.open_paragraph(kind)?;
        if let Some(lead) = &p.lead_in {
            self.x.run(&format!("{lead} "), PLAIN)?;
        }
        self.x.run(&p.text, PLAIN)?;
        for _ in &p.footnotes {
            self.footnote += 1;
            let x = &mut self.x;
            x.open("w:r", &[])?;
            x.open("w:rPr", &[])?;
            x.val("w:rStyle", "FootnoteReference")?;
            x.close("w:rPr")?;
            x.empty("w:footnoteReference", &[("w:id", &self.footnote.to_string())])?;
            x.close("w:r")?;
        }
        if let Some(source) = crate::export::document::source_note(p) {
            self.x.run(&format!(" ({source})"), PLAIN)?;
        }
        if let Some(ending) = &p.ending {
            self.x.run(ending, PLAIN)?;
        }
        match p.flag {
            Some("contested") => self
                .x
                .run(&format!(" [{}]", crate::i18n::tr(self.lang, "report-flag-contested", &[])), BOLD)?,
            Some(flag) => self.x.run(
                &format!(" ({})", crate::i18n::tr(self.lang, &format!("report-flag-{flag}"), &[])),
                ITALIC,
            )?,
            None => {}
        }
        if p.unchecked {
            let flag = crate::i18n::tr(self.lang, "report-flag-unchecked", &[]);
            self.x.run(&format!(" ({flag})"), ITALIC)?;
        }
        self.x.close("w:p")
    }

    /// A table with its grid (the column widths, which LibreOffice and pandoc need to keep
    /// a table at all) and a header row that repeats on each page. A short row is padded
    /// with empty cells: every row of a Word table has the grid's cells.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
        if std::mem::take(&mut self.new_page) {
            // A table cannot start a page itself: a paragraph that only ends the title page.
            self.x.open("w:p", &[])?;
            self.x.page_break()?;
            self.x.close("w:p")?;
        }
        let widths = column_widths(header, rows);
        let x = &mut self.x;
        x.open("w:tbl", &[])?;
        x.open("w:tblPr", &[])?;
        x.val("w:tblStyle", "TableGrid")?;
        x.empty("w:tblW", &[("w:w", &TEXT_WIDTH.to_string()), ("w:type", "dxa")])?;
        x.empty(
            "w:tblLook",
            &[
                ("w:val", "04A0"),
                ("w:firstRow", "1"),
                ("w:lastRow", "0"),
                ("w:firstColumn", "0"),
                ("w:lastColumn", "0"),
                ("w:noHBand", "1"),
                ("w:noVBand", "1"),
            ],
        )?;
        x.close("w:tblPr")?;
        x.open("w:tblGrid", &[])?;
        for w in &widths {
            x.empty("w:gridCol", &[("w:w", &w.to_string())])?;
        }
        x.close("w:tblGrid")?;
        self.row(&widths, header, true)?;
        for row in rows {
            self.row(&widths, row, false)?;
        }
        self.x.close("w:tbl")
    }

    fn row(&mut self, widths: &[u32], cells: &[String], header: bool) -> io::Result<()> {
        let x = &mut self.x;
        x.open("w:tr", &[])?;
        if header {
            x.open("w:trPr", &[])?;
            x.empty("w:tblHeader", &[])?;
            x.close("w:trPr")?;
        }
        for (i, width) in widths.iter().enumerate() {
            x.open("w:tc", &[])?;
            x.open("w:tcPr", &[])?;
            x.empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")])?;
            x.close("w:tcPr")?;
            x.open("w:p", &[])?;
            if let Some(text) = cells.get(i) {
                x.run(text, if header { BOLD } else { PLAIN })?;
            }
            x.close("w:p")?;
            x.close("w:tc")?;
        }
        x.close("w:tr")
    }
}

/// The paragraphs of a text that may hold several, a blank line between them.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

fn nonblank(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.trim().is_empty())
}

/// The columns share the text width by the length of their longest cell, each between 4
/// and 40 characters' worth, so a column of times stays narrow and one of titles wide;
/// the last takes what rounding leaves.
fn column_widths(header: &[String], rows: &[Vec<String>]) -> Vec<u32> {
    let columns = rows.iter().map(Vec::len).chain([header.len()]).max().unwrap_or(0).max(1);
    let mut weights = vec![4u32; columns];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (weight, cell) in weights.iter_mut().zip(row) {
            let chars = u32::try_from(cell.chars().count()).unwrap_or(u32::MAX).clamp(4, 40);
            *weight = (*weight).max(chars);
        }
    }
    let total: u32 = weights.iter().sum();
    let mut widths: Vec<u32> = weights.iter().map(|w| TEXT_WIDTH * w / total).collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH - used;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_share_the_text_width_by_their_longest_cell() {
        let header = vec!["Time".to_string(), "Item".to_string()];
        let rows = vec![vec!["09:00".to_string(), "Opening of the roundtable by the organisers".to_string()]];
        let widths = column_widths(&header, &rows);
        assert_eq!(widths.iter().sum::<u32>(), TEXT_WIDTH);
        assert!(widths[0] < widths[1] / 4, "{widths:?}");
        // A row longer than the header widens the grid rather than losing a cell.
        let widths = column_widths(&header, &[vec!["a".into(), "b".into(), "c".into()]]);
        assert_eq!(widths.len(), 3);
    }
}

#[cfg(test)]
mod title_page_tests {
    use super::*;

    fn report(blocks: Vec<Block>) -> Report {
        Report::sample(blocks)
    }

    fn xml(r: &Report) -> String {
        let mut out = Vec::new();
        document(r, &[], &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The document's text from `from` to the next paragraph's end.
    fn paragraph_of<'a>(xml: &'a str, text: &str) -> &'a str {
        let at = xml.find(text).unwrap_or_else(|| panic!("{text} in {xml}"));
        let start = xml[..at].rfind("<w:p>").unwrap();
        let end = at + xml[at..].find("</w:p>").unwrap();
        &xml[start..end]
    }

    #[test]
    fn the_title_page_carries_the_report_block_and_ends_before_the_first_heading() {
        let xml = xml(&report(vec![Block::Heading { level: 2, text: "Background".into() }]));
        let title = paragraph_of(&xml, "Roundtable on Trust");
        assert!(
            title.contains(r#"<w:pStyle w:val="Title"/>"#) && title.contains(r#"<w:jc w:val="center"/>"#)
        );
        let label = paragraph_of(&xml, "— Report —");
        assert!(label.contains(r#"<w:jc w:val="center"/>"#) && label.contains("<w:b/>"), "{label}");
        for italic in ["Thanks to the donors.", "The views are not theirs.", "Peace.", "We reaffirm."] {
            assert!(paragraph_of(&xml, italic).contains("<w:i/>"), "{italic}");
        }
        assert!(paragraph_of(&xml, "We reaffirm.").contains(r#"<w:ind w:left="720" w:right="720"/>"#));
        assert!(paragraph_of(&xml, "— OSCE Charter").contains(r#"<w:jc w:val="right"/>"#));
        // In this order, and the first section on a page of its own.
        let order = [
            "Roundtable on Trust",
            "OSCE Office",
            "Dushanbe",
            "— Report —",
            "Thanks",
            "Peace.",
            "First draft",
        ];
        let at: Vec<usize> = order.iter().map(|t| xml.find(t).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{order:?} at {at:?}");
        let background = paragraph_of(&xml, "Background");
        assert!(background.contains(r#"<w:pStyle w:val="Heading2"/><w:pageBreakBefore/>"#), "{background}");
        assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 1);
    }

    #[test]
    fn without_a_report_block_the_title_page_is_the_title_block_and_the_draft_note() {
        let mut r = report(vec![Block::Paragraph { text: "Text.".into() }]);
        (r.label, r.disclaimer, r.epigraph) = (None, None, None);
        let xml = xml(&r);
        assert!(!xml.contains("— ") && !xml.contains("<w:ind "), "{xml}");
        assert!(paragraph_of(&xml, "Text.").contains("<w:pageBreakBefore/>"));
    }

    #[test]
    fn a_table_first_gets_a_page_break_of_its_own_and_no_body_no_break() {
        let table = Block::Table { header: vec!["A".into()], rows: vec![vec!["1".into()]] };
        let first = xml(&report(vec![table]));
        let br = first.find(r#"<w:br w:type="page"/>"#).unwrap();
        assert!(br < first.find("<w:tbl>").unwrap(), "{first}");
        let empty = xml(&report(vec![]));
        assert!(!empty.contains("pageBreakBefore") && !empty.contains(r#"w:type="page""#), "{empty}");
    }

    #[test]
    fn a_placeholder_is_bold_on_yellow() {
        let xml = xml(&report(vec![Block::Placeholder { text: "[to be written]".into() }]));
        let placeholder = paragraph_of(&xml, "[to be written]");
        assert!(
            placeholder.contains(r#"<w:rPr><w:b/><w:bCs/><w:highlight w:val="yellow"/></w:rPr>"#),
            "{placeholder}"
        );
    }
}
