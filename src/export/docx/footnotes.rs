//! `word/footnotes.xml`: the separators Word draws above the notes, then one footnote per
//! reference in the text, in the order the body numbered them.

use std::io::{self, Write};

use super::footnote_refs;
use super::xml::{PLAIN, R, W, Xml};
use crate::export::document::Report;

pub fn footnotes(r: &Report, out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("w:footnotes", &[("xmlns:w", W), ("xmlns:r", R)])?;
    for (id, kind, mark) in
        [("-1", "separator", "w:separator"), ("0", "continuationSeparator", "w:continuationSeparator")]
    {
        x.open("w:footnote", &[("w:type", kind), ("w:id", id)])?;
        x.open("w:p", &[])?;
        x.open("w:pPr", &[])?;
        x.empty("w:spacing", &[("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])?;
        x.close("w:pPr")?;
        x.open("w:r", &[])?;
        x.empty(mark, &[])?;
        x.close("w:r")?;
        x.close("w:p")?;
        x.close("w:footnote")?;
    }
    for (i, n) in footnote_refs(r).enumerate() {
        x.open("w:footnote", &[("w:id", &(i + 1).to_string())])?;
        x.open("w:p", &[])?;
        x.open("w:pPr", &[])?;
        x.val("w:pStyle", "FootnoteText")?;
        x.close("w:pPr")?;
        // The note's own number, as Word draws it: the mark, then a space.
        x.open("w:r", &[])?;
        x.open("w:rPr", &[])?;
        x.val("w:rStyle", "FootnoteReference")?;
        x.close("w:rPr")?;
        x.empty("w:footnoteRef", &[])?;
        x.close("w:r")?;
        x.run(" ", PLAIN)?;
        // A number with no note (a report built by hand) gets an empty one rather than
        // shifting every later note.
        x.run(n.checked_sub(1).and_then(|k| r.footnotes.get(k)).map_or("", String::as_str), PLAIN)?;
        x.close("w:p")?;
        x.close("w:footnote")?;
    }
    x.close("w:footnotes")?;
    x.into_inner().flush()
}
