//! The parts that say how the document looks, written whole and small whatever the
//! session's size: `styles.xml` (document defaults, Normal, Title, Heading 1–4, list,
//! footer, footnote, figure, caption and table styles), `numbering.xml` (one bullet and one decimal list definition,
//! and a restarted instance per numbered list) and `settings.xml`.
//!
//! Elements are written in the order the schema gives: Word refuses a file whose children
//! come in another order, where LibreOffice and pandoc would not notice.

use std::io::{self, Write};

use super::xml::{W, Xml};
use super::{BULLETS, numbered};

/// Space after a paragraph, in twentieths of a point (8 pt), and the line height
/// (259/240: Word's "multiple 1.08").
const AFTER: &str = "160";
const LINE: &str = "259";

/// `lang`: the report's language, so Word checks spelling in it, not the reader's default.
pub fn styles(lang: crate::i18n::Lang, out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:styles", &[("xmlns:w", W)])?;

    x.open("w:docDefaults", &[])?;
    x.open("w:rPrDefault", &[])?;
    x.open("w:rPr", &[])?;
    x.empty(
        "w:rFonts",
        &[("w:ascii", "Calibri"), ("w:hAnsi", "Calibri"), ("w:eastAsia", "Calibri"), ("w:cs", "Calibri")],
    )?;
    x.val("w:sz", "22")?;
    x.val("w:szCs", "22")?;
    let tag = match lang {
        crate::i18n::Lang::En => "en-GB",
        crate::i18n::Lang::Ru => "ru-RU",
        crate::i18n::Lang::Tg => "tg-Cyrl-TJ",
    };
    x.empty("w:lang", &[("w:val", tag), ("w:eastAsia", tag), ("w:bidi", tag)])?;
    x.close("w:rPr")?;
    x.close("w:rPrDefault")?;
    x.open("w:pPrDefault", &[])?;
    x.open("w:pPr", &[])?;
    x.empty("w:spacing", &[("w:after", AFTER), ("w:line", LINE), ("w:lineRule", "auto")])?;
    x.close("w:pPr")?;
    x.close("w:pPrDefault")?;
    x.close("w:docDefaults")?;

    // The default paragraph style: what a paragraph without a style is.
    x.open("w:style", &[("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")])?;
    x.val("w:name", "Normal")?;
    x.empty("w:qFormat", &[])?;
    x.open("w:pPr", &[])?;
    x.empty("w:spacing", &[("w:after", AFTER), ("w:line", LINE), ("w:lineRule", "auto")])?;
    x.close("w:pPr")?;
    x.close("w:style")?;
    builtin(&mut x, "character", "DefaultParagraphFont", "Default Paragraph Font")?;
    builtin(&mut x, "numbering", "NoList", "No List")?;

    // Word knows its built-in headings by these names ("heading 1", lower case) and shows
    // them in the user's language; pandoc and LibreOffice read them as headings too.
    heading(&mut x, "Title", "Title", 40, None)?;
    for (level, size) in [(1u8, 32), (2, 28), (3, 24), (4, 22)] {
        heading(&mut x, &format!("Heading{level}"), &format!("heading {level}"), size, Some(level - 1))?;
    }

    // List items sit close together; the list as a whole keeps the space after it.
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", "ListParagraph")])?;
    x.val("w:name", "List Paragraph")?;
    x.val("w:basedOn", "Normal")?;
    x.val("w:uiPriority", "34")?;
    x.empty("w:qFormat", &[])?;
    x.open("w:pPr", &[])?;
    x.empty("w:ind", &[("w:left", "720")])?;
    x.empty("w:contextualSpacing", &[])?;
    x.close("w:pPr")?;
    x.close("w:style")?;

    // The page number's paragraph: no space after it, so it sits where the footer starts.
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", "Footer")])?;
    x.val("w:name", "footer")?;
    x.val("w:basedOn", "Normal")?;
    x.open("w:pPr", &[])?;
    x.empty("w:spacing", &[("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])?;
    x.close("w:pPr")?;
    x.close("w:style")?;

    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", "FootnoteText")])?;
    x.val("w:name", "footnote text")?;
    x.val("w:basedOn", "Normal")?;
    x.open("w:pPr", &[])?;
    x.empty("w:spacing", &[("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])?;
    x.close("w:pPr")?;
    x.open("w:rPr", &[])?;
    x.val("w:sz", "20")?;
    x.val("w:szCs", "20")?;
    x.close("w:rPr")?;
    x.close("w:style")?;
    x.open("w:style", &[("w:type", "character"), ("w:styleId", "FootnoteReference")])?;
    x.val("w:name", "footnote reference")?;
    x.open("w:rPr", &[])?;
    x.val("w:vertAlign", "superscript")?;
    x.close("w:rPr")?;
    x.close("w:style")?;

    // A picture's paragraph (see `figure.rs`): centred, and kept on the page of its
    // caption, which follows it small and in italics.
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", "Figure")])?;
    x.val("w:name", "Figure")?;
    x.val("w:basedOn", "Normal")?;
    x.val("w:next", "Caption")?;
    x.open("w:pPr", &[])?;
    x.empty("w:keepNext", &[])?;
    x.empty("w:spacing", &[("w:before", "120"), ("w:after", "60")])?;
    x.val("w:jc", "center")?;
    x.close("w:pPr")?;
    x.close("w:style")?;
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", "Caption")])?;
    x.val("w:name", "caption")?;
    x.val("w:basedOn", "Normal")?;
    x.val("w:next", "Normal")?;
    x.val("w:uiPriority", "35")?;
    x.empty("w:qFormat", &[])?;
    x.open("w:pPr", &[])?;
    x.val("w:jc", "center")?;
    x.close("w:pPr")?;
    x.open("w:rPr", &[])?;
    x.empty("w:i", &[])?;
    x.empty("w:iCs", &[])?;
    x.val("w:sz", "18")?;
    x.val("w:szCs", "18")?;
    x.close("w:rPr")?;
    x.close("w:style")?;

    table_styles(&mut x)?;
    x.close("w:styles")?;
    x.into_inner().flush()
}

/// A style Word expects to find, with nothing of its own.
fn builtin<O: Write>(x: &mut Xml<O>, kind: &str, id: &str, name: &str) -> io::Result<()> {
    x.open("w:style", &[("w:type", kind), ("w:default", "1"), ("w:styleId", id)])?;
    x.val("w:name", name)?;
    x.val("w:uiPriority", "1")?;
    x.empty("w:semiHidden", &[])?;
    x.empty("w:unhideWhenUsed", &[])?;
    x.close("w:style")
}

/// Title or Heading N: bold, larger, kept with the next paragraph; a heading carries its
/// outline level, so the navigation pane and a table of contents find it.
fn heading<O: Write>(x: &mut Xml<O>, id: &str, name: &str, size: u32, outline: Option<u8>) -> io::Result<()> {
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", id)])?;
    x.val("w:name", name)?;
    x.val("w:basedOn", "Normal")?;
    x.val("w:next", "Normal")?;
    x.val("w:uiPriority", if outline.is_some() { "9" } else { "10" })?;
    x.empty("w:qFormat", &[])?;
    x.open("w:pPr", &[])?;
    x.empty("w:keepNext", &[])?;
    x.empty("w:keepLines", &[])?;
    x.empty("w:spacing", &[("w:before", "240"), ("w:after", "120")])?;
    if let Some(level) = outline {
        x.val("w:outlineLvl", &level.to_string())?;
    }
    x.close("w:pPr")?;
    x.open("w:rPr", &[])?;
    x.empty("w:b", &[])?;
    x.empty("w:bCs", &[])?;
    x.val("w:sz", &size.to_string())?;
    x.val("w:szCs", &size.to_string())?;
    x.close("w:rPr")?;
    x.close("w:style")
}

/// The default table style, and "Table Grid" (thin borders) that the annex tables use.
fn table_styles<O: Write>(x: &mut Xml<O>) -> io::Result<()> {
    let margins = |x: &mut Xml<O>| -> io::Result<()> {
        x.open("w:tblCellMar", &[])?;
        for (side, width) in [("w:top", "0"), ("w:left", "108"), ("w:bottom", "0"), ("w:right", "108")] {
            x.empty(side, &[("w:w", width), ("w:type", "dxa")])?;
        }
        x.close("w:tblCellMar")
    };
    x.open("w:style", &[("w:type", "table"), ("w:default", "1"), ("w:styleId", "TableNormal")])?;
    x.val("w:name", "Normal Table")?;
    x.val("w:uiPriority", "99")?;
    x.empty("w:semiHidden", &[])?;
    x.empty("w:unhideWhenUsed", &[])?;
    x.open("w:tblPr", &[])?;
    x.empty("w:tblInd", &[("w:w", "0"), ("w:type", "dxa")])?;
    margins(x)?;
    x.close("w:tblPr")?;
    x.close("w:style")?;

    x.open("w:style", &[("w:type", "table"), ("w:styleId", "TableGrid")])?;
    x.val("w:name", "Table Grid")?;
    x.val("w:basedOn", "TableNormal")?;
    x.val("w:uiPriority", "39")?;
    x.open("w:pPr", &[])?;
    x.empty("w:spacing", &[("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])?;
    x.close("w:pPr")?;
    x.open("w:tblPr", &[])?;
    x.open("w:tblBorders", &[])?;
    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
        x.empty(side, &[("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")])?;
    }
    x.close("w:tblBorders")?;
    margins(x)?;
    x.close("w:tblPr")?;
    x.close("w:style")
}

/// The two list definitions (abstract numbering: bullets, and decimal "1."), the bullet
/// instance every bulleted list shares, and one decimal instance per numbered list, each
/// told to start at 1, so the third list of recommendations does not go on from the
/// second's count.
pub fn numbering(numbered_lists: usize, out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:numbering", &[("xmlns:w", W)])?;
    for (id, format, text) in [("0", "bullet", "•"), ("1", "decimal", "%1.")] {
        x.open("w:abstractNum", &[("w:abstractNumId", id)])?;
        x.val("w:multiLevelType", "singleLevel")?;
        x.open("w:lvl", &[("w:ilvl", "0")])?;
        x.val("w:start", "1")?;
        x.val("w:numFmt", format)?;
        x.val("w:lvlText", text)?;
        x.val("w:lvlJc", "left")?;
        x.open("w:pPr", &[])?;
        x.empty("w:ind", &[("w:left", "720"), ("w:hanging", "360")])?;
        x.close("w:pPr")?;
        x.close("w:lvl")?;
        x.close("w:abstractNum")?;
    }
    x.open("w:num", &[("w:numId", &BULLETS.to_string())])?;
    x.val("w:abstractNumId", "0")?;
    x.close("w:num")?;
    for k in 0..numbered_lists {
        x.open("w:num", &[("w:numId", &numbered(k).to_string())])?;
        x.val("w:abstractNumId", "1")?;
        x.open("w:lvlOverride", &[("w:ilvl", "0")])?;
        x.val("w:startOverride", "1")?;
        x.close("w:lvlOverride")?;
        x.close("w:num")?;
    }
    x.close("w:numbering")?;
    x.into_inner().flush()
}

/// Document settings: where the footnote separators are, and Word 2013+ layout rather
/// than compatibility mode.
pub fn settings(out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:settings", &[("xmlns:w", W)])?;
    x.val("w:defaultTabStop", "720")?;
    x.val("w:characterSpacingControl", "doNotCompress")?;
    x.open("w:footnotePr", &[])?;
    x.empty("w:footnote", &[("w:id", "-1")])?;
    x.empty("w:footnote", &[("w:id", "0")])?;
    x.close("w:footnotePr")?;
    x.open("w:compat", &[])?;
    x.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    )?;
    x.close("w:compat")?;
    x.close("w:settings")?;
    x.into_inner().flush()
}
