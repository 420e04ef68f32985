//! `word/document.xml`: the report's blocks as paragraphs, lists and tables, written as
//! they are walked, so the part never exists whole in memory.

use std::io::{self, Write};

use super::xml::{BOLD, ITALIC, Look, PLAIN, R, W, Xml};
use super::{BULLETS, numbered};
use crate::export::document::{Block, ListStyle, Point, Report};

/// A4 with 2.54 cm margins, in twentieths of a point; the text is 9026 wide.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: u32 = 1440;
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;

pub fn document(r: &Report, out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:document", &[("xmlns:w", W), ("xmlns:r", R)])?;
    x.open("w:body", &[])?;
    let mut body = Body { x, footnote: 0, numbered: 0, lang: r.lang };
    body.front_matter(r)?;
    for block in &r.blocks {
        body.block(block)?;
    }
    let mut x = body.x;
    if matches!(r.blocks.last(), Some(Block::Table { .. })) {
        // Word ends a document with a paragraph, never a table: it adds one itself (and
        // older versions call the file damaged) when the last table touches the end.
        x.empty("w:p", &[])?;
    }
    x.open("w:sectPr", &[])?;
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
    x.close("w:sectPr")?;
    x.close("w:body")?;
    x.close("w:document")?;
    x.into_inner().flush()
}

struct Body<O: Write> {
    x: Xml<O>,
    /// The last footnote id written: each reference has a footnote of its own, numbered
    /// in the order `super::footnote_refs` walks, which `footnotes.xml` follows.
    footnote: usize,
    /// Numbered lists written so far: the next one takes the instance [`numbered`] gives.
    numbered: usize,
    lang: crate::i18n::Lang,
}

/// What a paragraph is, besides its runs.
#[derive(Clone, Copy)]
enum Kind<'a> {
    Normal,
    Styled(&'a str),
    Listed(usize),
}

impl<O: Write> Body<O> {
    fn front_matter(&mut self, r: &Report) -> io::Result<()> {
        self.paragraph(Kind::Styled("Title"), &[(&r.title, PLAIN)])?;
        if let Some(sub) = &r.subtitle {
            self.paragraph(Kind::Normal, &[(sub, PLAIN)])?;
        }
        let mut line = r.dates.clone();
        if let Some(v) = &r.venue {
            line.push_str(&format!(" · {v}"));
        }
        self.paragraph(Kind::Normal, &[(&line, BOLD)])?;
        if !r.organisers.is_empty() {
            let by = crate::i18n::tr_with(
                r.lang,
                "report-organised-by",
                &[("organisers", &r.organisers.join(", "))],
            );
            self.paragraph(Kind::Normal, &[(&by, PLAIN)])?;
        }
        let note = crate::export::document::front_note(r);
        self.paragraph(Kind::Normal, &[(&note, ITALIC)])
    }

    fn block(&mut self, block: &Block) -> io::Result<()> {
        match block {
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 4));
                self.paragraph(Kind::Styled(&style), &[(text, PLAIN)])
            }
            Block::Paragraph { text } => self.paragraph(Kind::Normal, &[(text, PLAIN)]),
            Block::Lead { lead, text } => {
                self.paragraph(Kind::Normal, &[(lead, BOLD), (" ", PLAIN), (text, PLAIN)])
            }
            Block::Placeholder { text } => self.paragraph(Kind::Normal, &[(text, BOLD)]),
            Block::DrafterNote { text } => {
                let lead = format!("{} ", crate::i18n::tr(self.lang, "report-note-to-drafter", &[]));
                self.paragraph(Kind::Normal, &[(&lead, BOLD), (text, ITALIC)])
            }
            Block::Points { style, points } => {
                let kind = match style {
                    ListStyle::Bullets => Kind::Listed(BULLETS),
                    ListStyle::Numbered => {
                        self.numbered += 1;
                        Kind::Listed(numbered(self.numbered - 1))
                    }
                    ListStyle::Paragraphs => Kind::Normal,
                };
                points.iter().try_for_each(|p| self.point(kind, p))
            }
            Block::Table { header, rows } => self.table(header, rows),
        }
    }

    fn open_paragraph(&mut self, kind: Kind<'_>) -> io::Result<()> {
        let x = &mut self.x;
        x.open("w:p", &[])?;
        match kind {
            Kind::Normal => Ok(()),
            Kind::Styled(style) => {
                x.open("w:pPr", &[])?;
                x.val("w:pStyle", style)?;
                x.close("w:pPr")
            }
            Kind::Listed(num) => {
                x.open("w:pPr", &[])?;
                x.val("w:pStyle", "ListParagraph")?;
                x.open("w:numPr", &[])?;
                x.val("w:ilvl", "0")?;
                x.val("w:numId", &num.to_string())?;
                x.close("w:numPr")?;
                x.close("w:pPr")
            }
        }
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
