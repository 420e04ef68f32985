//! The footers: the page's number, centred, on every page but the title page, which has a
//! footer of its own, empty (`w:titlePg` in the section says to use it). Without that
//! empty footer Word leaves the title page's blank, but other readers may repeat the
//! numbered one there.

use std::io::{self, Write};

use super::xml::{R, W, Xml};

/// `word/footer1.xml`: the page number.
pub fn numbered(out: impl Write) -> io::Result<()> {
    footer(out, true)
}

/// `word/footer2.xml`: the title page's footer, with nothing in it.
pub fn empty(out: impl Write) -> io::Result<()> {
    footer(out, false)
}

fn footer(out: impl Write, page_number: bool) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:ftr", &[("xmlns:w", W), ("xmlns:r", R)])?;
    x.open("w:p", &[])?;
    x.open("w:pPr", &[])?;
    x.val("w:pStyle", "Footer")?;
    x.val("w:jc", "center")?;
    x.close("w:pPr")?;
    if page_number {
        x.field("PAGE", "1")?;
    }
    x.close("w:p")?;
    x.close("w:ftr")?;
    x.into_inner().flush()
}
