//! The one way markup and text reach a part of the DOCX: a thin layer over `quick-xml`'s
//! writer that escapes every attribute value and every text, and cleans text first.

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// The WordprocessingML namespace, declared on the root of every `word/` part.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The relationships namespace (`r:id`), declared beside it.
pub const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// How a run of text looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look {
    pub bold: bool,
    pub italic: bool,
    /// Marked with a yellow highlighter: what the drafter must not leave in.
    pub highlight: bool,
}

pub const PLAIN: Look = Look { bold: false, italic: false, highlight: false };
pub const BOLD: Look = Look { bold: true, italic: false, highlight: false };
pub const ITALIC: Look = Look { bold: false, italic: true, highlight: false };
/// "[to be written]": bold on yellow, so nobody circulates the draft with one unseen.
pub const PLACEHOLDER: Look = Look { bold: true, italic: false, highlight: true };

/// An XML part being written: elements go straight to `W` (a zip entry), nothing is kept.
pub struct Xml<W: Write> {
    w: Writer<W>,
}

impl<W: Write> Xml<W> {
    /// Starts a part with the XML declaration Word writes.
    pub fn new(out: W) -> io::Result<Self> {
        let mut w = Writer::new(out);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
        Ok(Xml { w })
    }

    pub fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        self.w.write_event(Event::Start(start))
    }

    pub fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    /// An element without content: `<w:b/>`, `<w:numId w:val="3"/>`.
    pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        self.w.write_event(Event::Empty(start))
    }

    /// `<NAME w:val="VALUE"/>`, the most common element of all.
    pub fn val(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.empty(name, &[("w:val", value)])
    }

    /// Escaped character data. Private: text in a document goes through [`Self::run`] or
    /// [`Self::plain`], which clean it first.
    fn chars(&mut self, text: &str) -> io::Result<()> {
        // `<`, `>` and `&` escaped (quick-xml's partial escape): quotes and apostrophes
        // need none in character data, and stay readable for whoever greps the XML.
        let escaped = quick_xml::escape::partial_escape(text);
        self.w.write_event(Event::Text(BytesText::from_escaped(escaped)))
    }

    /// An element holding only text that convene wrote or that is metadata (a title in
    /// docProps), cleaned like any other text.
    pub fn plain(&mut self, name: &str, text: &str) -> io::Result<()> {
        self.open(name, &[])?;
        self.chars(&crate::safe_text::line(text))?;
        self.close(name)
    }

    /// A run of text (`w:r`): the one way a note's text enters the document. Made safe
    /// first ([`crate::safe_text::text`]): XML 1.0 cannot hold most control characters,
    /// and one of them makes the whole file unopenable. A line feed becomes Word's line
    /// break (`w:br`; a vertical tab, Word's own manual break, arrives as one) and a tab
    /// Word's tab, so lines are not joined. Empty text writes nothing.
    pub fn run(&mut self, text: &str, look: Look) -> io::Result<()> {
        let text = crate::safe_text::text(text);
        if text.is_empty() {
            return Ok(());
        }
        self.open("w:r", &[])?;
        if look != PLAIN {
            self.open("w:rPr", &[])?;
            if look.bold {
                self.empty("w:b", &[])?;
                self.empty("w:bCs", &[])?;
            }
            if look.italic {
                self.empty("w:i", &[])?;
                self.empty("w:iCs", &[])?;
            }
            // After the size, before the underline, in the schema's order of `w:rPr`.
            if look.highlight {
                self.val("w:highlight", "yellow")?;
            }
            self.close("w:rPr")?;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.empty("w:br", &[])?;
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    self.empty("w:tab", &[])?;
                }
                if !piece.is_empty() {
                    // Spaces at either end of a piece would be dropped without it.
                    self.open("w:t", &[("xml:space", "preserve")])?;
                    self.chars(piece)?;
                    self.close("w:t")?;
                }
            }
        }
        self.close("w:r")
    }

    /// A run that ends the page: what follows starts the next one.
    pub fn page_break(&mut self) -> io::Result<()> {
        self.open("w:r", &[])?;
        self.empty("w:br", &[("w:type", "page")])?;
        self.close("w:r")
    }

    /// A field (`PAGE`, the page's number) as Word writes one: its instruction, then the
    /// result shown until the application works it out again.
    pub fn field(&mut self, instruction: &str, shown: &str) -> io::Result<()> {
        let mark = |x: &mut Self, kind: &str| -> io::Result<()> {
            x.open("w:r", &[])?;
            x.empty("w:fldChar", &[("w:fldCharType", kind)])?;
            x.close("w:r")
        };
        mark(self, "begin")?;
        self.open("w:r", &[])?;
        self.open("w:instrText", &[("xml:space", "preserve")])?;
        self.chars(&format!(" {} ", crate::safe_text::line(instruction)))?;
        self.close("w:instrText")?;
        self.close("w:r")?;
        mark(self, "separate")?;
        self.run(shown, PLAIN)?;
        mark(self, "end")
    }

    /// The writer underneath, for the caller to flush.
    pub fn into_inner(self) -> W {
        self.w.into_inner()
    }
}
