//! The package around the document: which parts there are and what each is
//! (`[Content_Types].xml`), how they hang together (the relationship parts), and the
//! document's properties (its title; "convene" as the application).

use std::io::{self, Write};

use super::figure::Media;
use super::xml::Xml;

const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// Every part written, with its content type; the order they are written in the zip.
pub const PARTS: [(&str, &str); 9] = [
    ("/word/document.xml", "document.main+xml"),
    ("/word/styles.xml", "styles+xml"),
    ("/word/numbering.xml", "numbering+xml"),
    ("/word/footnotes.xml", "footnotes+xml"),
    ("/word/settings.xml", "settings+xml"),
    ("/word/footer1.xml", "footer+xml"),
    ("/word/footer2.xml", "footer+xml"),
    ("/docProps/core.xml", ""),
    ("/docProps/app.xml", ""),
];

pub fn content_types(out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("Types", &[("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")])?;
    x.empty(
        "Default",
        &[("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")],
    )?;
    x.empty("Default", &[("Extension", "xml"), ("ContentType", "application/xml")])?;
    // The pictures under word/media/ (see `figure.rs`).
    x.empty("Default", &[("Extension", "png"), ("ContentType", "image/png")])?;
    x.empty("Default", &[("Extension", "svg"), ("ContentType", "image/svg+xml")])?;
    for (part, kind) in PARTS {
        let kind = match part {
            "/docProps/core.xml" => "application/vnd.openxmlformats-package.core-properties+xml".to_string(),
            "/docProps/app.xml" => {
                "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string()
            }
            _ => format!("{WML}.{kind}"),
        };
        x.empty("Override", &[("PartName", part), ("ContentType", &kind)])?;
    }
    x.close("Types")?;
    x.into_inner().flush()
}

/// `_rels/.rels`: the main document and the two property parts.
pub fn package_rels(out: impl Write) -> io::Result<()> {
    relationships(
        out,
        &[
            ("rId1", &format!("{OFFICE}/officeDocument"), "word/document.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            ),
            ("rId3", &format!("{OFFICE}/extended-properties"), "docProps/app.xml"),
        ],
    )
}

/// The relationship ids the section refers to: the numbered footer, and the title page's.
pub const FOOTER: &str = "rId5";
pub const TITLE_PAGE_FOOTER: &str = "rId6";

/// The first relationship id the pictures take, two each (PNG, SVG).
pub const FIRST_MEDIA: usize = 7;

/// `word/_rels/document.xml.rels`: the parts the document uses, and its pictures.
pub fn document_rels(media: &[Media], out: impl Write) -> io::Result<()> {
    let (styles, numbering, footnotes, settings, footer) = (
        format!("{OFFICE}/styles"),
        format!("{OFFICE}/numbering"),
        format!("{OFFICE}/footnotes"),
        format!("{OFFICE}/settings"),
        format!("{OFFICE}/footer"),
    );
    let image = format!("{OFFICE}/image");
    let mut rels: Vec<(&str, &str, String)> = vec![
        ("rId1", &styles, "styles.xml".into()),
        ("rId2", &numbering, "numbering.xml".into()),
        ("rId3", &footnotes, "footnotes.xml".into()),
        ("rId4", &settings, "settings.xml".into()),
        (FOOTER, &footer, "footer1.xml".into()),
        (TITLE_PAGE_FOOTER, &footer, "footer2.xml".into()),
    ];
    for m in media {
        // Targets are relative to word/.
        rels.push((&m.png_id, &image, format!("media/{}.png", m.name)));
        rels.push((&m.svg_id, &image, format!("media/{}.svg", m.name)));
    }
    let rels: Vec<(&str, &str, &str)> =
        rels.iter().map(|(id, kind, target)| (*id, *kind, target.as_str())).collect();
    relationships(out, &rels)
}

fn relationships(out: impl Write, rels: &[(&str, &str, &str)]) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open("Relationships", &[("xmlns", RELS)])?;
    for (id, kind, target) in rels {
        x.empty("Relationship", &[("Id", id), ("Type", kind), ("Target", target)])?;
    }
    x.close("Relationships")?;
    x.into_inner().flush()
}

/// The title Word shows in the file's properties. No author, no dates: the draft names
/// nobody, and the same minutes give the same file.
pub fn core(title: &str, out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open(
        "cp:coreProperties",
        &[
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    )?;
    x.plain("dc:title", title)?;
    x.close("cp:coreProperties")?;
    x.into_inner().flush()
}

pub fn app(out: impl Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open(
        "Properties",
        &[("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")],
    )?;
    x.plain("Application", "convene")?;
    x.close("Properties")?;
    x.into_inner().flush()
}
