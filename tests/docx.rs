//! The DOCX draft as Word, LibreOffice and pandoc read it (issue 17): one list definition
//! per list style, each numbered list starting at 1, a default paragraph style, tables
//! with their grid, a footnote of its own for every reference, a title page, page numbers
//! in the footer of every other page, each picture inline as PNG and SVG with its alt
//! text; then pandoc and LibreOffice, when installed, read the lists, tables, footnotes
//! and pictures back, in both profiles.
//!
//! What to expect is counted from the report's own structure, never from fixed numbers:
//! the report changes as the draft grows, the checks stay.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::process::Command;

use quick_xml::events::Event;
use quick_xml::reader::Reader;

use convene::export::document::{Block, ListStyle, Report};
use convene::export::{self, Format, Options, Profile};
use convene::session::Session;
use convene::session::testkit::scripted_roundtable;

fn session() -> Session {
    let records = scripted_roundtable();
    let mut s = Session::start(&records[0]).unwrap();
    for r in &records[1..] {
        s.apply(r);
    }
    s
}

fn options(profile: Profile) -> Options {
    // The sample's sessions without notes keep their "[to be written]", as a drafter
    // would export them to fill in.
    Options { profile, allow_placeholders: true, ..Options::default() }
}

fn docx() -> Vec<u8> {
    docx_of(Profile::Internal)
}

fn docx_of(profile: Profile) -> Vec<u8> {
    export::render(&session(), Format::Docx, options(profile)).unwrap()
}

fn report_of(profile: Profile) -> Report {
    export::report(&session(), options(profile)).unwrap()
}

/// What the report holds, counted from its structure: the DOCX must show all of it.
#[derive(Debug, Default)]
struct Expected {
    numbered_lists: usize,
    numbered_items: usize,
    /// The length of each numbered list, in order.
    numbered_lengths: Vec<usize>,
    bullet_items: usize,
    tables: usize,
    /// The rows of each table, its header aside.
    table_rows: Vec<usize>,
    references: usize,
    footnotes: Vec<String>,
}

fn expected() -> Expected {
    expected_of(&report_of(Profile::Internal))
}

fn expected_of(report: &Report) -> Expected {
    let mut e = Expected { footnotes: report.footnotes.clone(), ..Expected::default() };
    for block in &report.blocks {
        match block {
            Block::Points { style: ListStyle::Numbered, points } if !points.is_empty() => {
                e.numbered_lists += 1;
                e.numbered_items += points.len();
                e.numbered_lengths.push(points.len());
            }
            Block::Points { style: ListStyle::Bullets, points } => e.bullet_items += points.len(),
            Block::Table { rows, .. } => {
                e.tables += 1;
                e.table_rows.push(rows.len());
            }
            _ => {}
        }
        if let Block::Points { points, .. } = block {
            e.references += points.iter().map(|p| p.footnotes.len()).sum::<usize>();
        }
    }
    assert!(e.numbered_lists >= 3 && e.bullet_items > 0 && e.tables >= 2 && e.references >= 3, "{e:?}");
    e
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// An element of a part as a reader meets it: its name ("/name" for its end; an empty
/// element gives both) and its attributes.
struct El {
    name: String,
    attrs: BTreeMap<String, String>,
}

impl El {
    fn attr(&self, name: &str) -> String {
        self.attrs.get(name).cloned().unwrap_or_else(|| panic!("{} has no {name}", self.name))
    }
}

fn elements(xml: &str) -> Vec<El> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let start = |e: &quick_xml::events::BytesStart| El {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.normalized_value(quick_xml::XmlVersion::default()).unwrap().into_owned(),
                )
            })
            .collect(),
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => out.push(start(&e)),
            Event::Empty(e) => {
                let el = start(&e);
                let end = El { name: format!("/{}", el.name), attrs: BTreeMap::new() };
                out.extend([el, end]);
            }
            Event::End(e) => out.push(El {
                name: format!("/{}", String::from_utf8(e.name().as_ref().to_vec()).unwrap()),
                attrs: BTreeMap::new(),
            }),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// A run of text and how it looks.
#[derive(Debug, Default, Clone)]
struct Run {
    text: String,
    bold: bool,
    italic: bool,
    highlight: Option<String>,
}

/// A paragraph of document.xml as a reader meets it.
#[derive(Debug, Default, Clone)]
struct Para {
    style: Option<String>,
    align: Option<String>,
    page_break_before: bool,
    /// A run that breaks the page (`<w:br w:type="page"/>`).
    page_break: bool,
    listed: bool,
    in_table: bool,
    runs: Vec<Run>,
}

impl Para {
    fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn breaks_page(&self) -> bool {
        self.page_break_before || self.page_break
    }
}

/// The paragraphs of a part, with their text (line breaks as "\n").
fn paragraphs(xml: &str) -> Vec<Para> {
    let mut reader = Reader::from_str(xml);
    let (mut out, mut para, mut run): (Vec<Para>, Option<Para>, Option<Run>) = (Vec::new(), None, None);
    let (mut tables, mut in_text) = (0usize, false);
    let attr = |e: &quick_xml::events::BytesStart, name: &str| {
        e.attributes()
            .map(|a| a.unwrap())
            .find(|a| a.key.as_ref() == name.as_bytes())
            .map(|a| a.normalized_value(quick_xml::XmlVersion::default()).unwrap().into_owned())
    };
    loop {
        let event = reader.read_event().unwrap();
        let (e, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            Event::End(e) => {
                match e.name().as_ref() {
                    b"w:p" => out.extend(para.take()),
                    b"w:r" => {
                        if let (Some(p), Some(r)) = (para.as_mut(), run.take()) {
                            p.runs.push(r);
                        }
                    }
                    b"w:t" => in_text = false,
                    b"w:tbl" => tables -= 1,
                    _ => {}
                }
                continue;
            }
            Event::Text(t) if in_text => {
                if let Some(r) = run.as_mut() {
                    r.text.push_str(&t.xml_content(quick_xml::XmlVersion::default()).unwrap());
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let Some(e) = e else { continue };
        match e.name().as_ref() {
            b"w:p" => {
                let p = Para { in_table: tables > 0, ..Para::default() };
                if empty {
                    out.push(p);
                } else {
                    para = Some(p);
                }
            }
            b"w:tbl" => tables += 1,
            b"w:r" if !empty => run = Some(Run::default()),
            b"w:t" => in_text = !empty,
            b"w:pStyle" => para.iter_mut().for_each(|p| p.style = attr(&e, "w:val")),
            b"w:jc" => para.iter_mut().for_each(|p| p.align = attr(&e, "w:val")),
            b"w:pageBreakBefore" => para.iter_mut().for_each(|p| p.page_break_before = true),
            b"w:numPr" => para.iter_mut().for_each(|p| p.listed = true),
            b"w:b" => run.iter_mut().for_each(|r| r.bold = true),
            b"w:i" => run.iter_mut().for_each(|r| r.italic = true),
            b"w:highlight" => run.iter_mut().for_each(|r| r.highlight = attr(&e, "w:val")),
            b"w:br" if attr(&e, "w:type").as_deref() == Some("page") => {
                para.iter_mut().for_each(|p| p.page_break = true)
            }
            b"w:br" => run.iter_mut().for_each(|r| r.text.push('\n')),
            _ => {}
        }
    }
    out
}

/// The lists of document.xml, in order: each a run of paragraphs with the same `numId`.
fn lists(document: &[El]) -> Vec<(String, usize)> {
    let mut lists: Vec<(String, usize)> = Vec::new();
    let mut previous: Option<String> = None;
    let mut num = None;
    for e in document {
        match e.name.as_str() {
            "w:p" => num = None,
            "w:numId" => num = Some(e.attr("w:val")),
            "/w:p" => {
                match (&num, lists.last_mut()) {
                    (Some(n), Some((last, count))) if previous.as_ref() == Some(n) && last == n => {
                        *count += 1
                    }
                    (Some(n), _) => lists.push((n.clone(), 1)),
                    (None, _) => {}
                }
                previous = num.take();
            }
            _ => {}
        }
    }
    lists
}

#[test]
fn one_definition_per_list_style_and_every_numbered_list_starts_at_one() {
    let bytes = docx();
    let numbering = elements(&part(&bytes, "word/numbering.xml"));
    let (mut formats, mut nums) = (BTreeMap::new(), BTreeMap::new());
    let (mut abstract_id, mut num_id) = (String::new(), String::new());
    for e in &numbering {
        match e.name.as_str() {
            "w:abstractNum" => abstract_id = e.attr("w:abstractNumId"),
            "w:numFmt" => assert!(formats.insert(abstract_id.clone(), e.attr("w:val")).is_none()),
            "w:num" => num_id = e.attr("w:numId"),
            "w:abstractNumId" => drop(nums.insert(num_id.clone(), (e.attr("w:val"), None))),
            "w:startOverride" => nums.get_mut(&num_id).unwrap().1 = Some(e.attr("w:val")),
            _ => {}
        }
    }
    let styles: BTreeSet<&str> = formats.values().map(String::as_str).collect();
    assert_eq!(styles, BTreeSet::from(["bullet", "decimal"]));
    assert_eq!(formats.len(), 2, "exactly one definition per list style: {formats:?}");
    let format_of =
        |num: &str| formats[&nums.get(num).unwrap_or_else(|| panic!("numId {num} undeclared")).0].as_str();

    let document = elements(&part(&bytes, "word/document.xml"));
    let lists = lists(&document);
    let expected = expected();
    let numbered: Vec<&(String, usize)> = lists.iter().filter(|(n, _)| format_of(n) == "decimal").collect();
    let bulleted: Vec<&(String, usize)> = lists.iter().filter(|(n, _)| format_of(n) == "bullet").collect();
    assert_eq!(numbered.len(), expected.numbered_lists, "{lists:?}");
    assert_eq!(numbered.iter().map(|(_, n)| n).sum::<usize>(), expected.numbered_items);
    assert_eq!(bulleted.iter().map(|(_, n)| n).sum::<usize>(), expected.bullet_items);
    // Each numbered list has an instance of its own, told to start at 1.
    let instances: BTreeSet<&String> = numbered.iter().map(|(n, _)| n).collect();
    assert_eq!(instances.len(), numbered.len(), "a numbered list goes on from another's count: {lists:?}");
    for (num, _) in &numbered {
        assert_eq!(nums[num].1.as_deref(), Some("1"), "numId {num} restarts at 1");
    }
    // All bulleted lists are bullets of the one instance.
    assert_eq!(bulleted.iter().map(|(n, _)| n).collect::<BTreeSet<_>>().len(), 1);
}

#[test]
fn a_default_paragraph_style_and_every_style_used_is_declared() {
    let bytes = docx();
    let styles = elements(&part(&bytes, "word/styles.xml"));
    let mut declared = BTreeMap::new();
    let mut inside = String::new();
    let mut after_default_spacing = None;
    let mut normal_spacing = None;
    for e in &styles {
        match e.name.as_str() {
            "w:pPrDefault" => inside = "pPrDefault".into(),
            "w:style" => {
                inside = e.attr("w:styleId");
                declared.insert(inside.clone(), (e.attr("w:type"), e.attrs.get("w:default").cloned()));
            }
            "w:spacing" if inside == "pPrDefault" => after_default_spacing = e.attrs.get("w:after").cloned(),
            "w:spacing" if inside == "Normal" => normal_spacing = e.attrs.get("w:after").cloned(),
            _ => {}
        }
    }
    assert!(after_default_spacing.is_some_and(|a| a != "0"), "docDefaults give paragraphs space after");
    assert!(normal_spacing.is_some_and(|a| a != "0"), "Normal has space after paragraphs");
    assert_eq!(declared["Normal"], ("paragraph".to_string(), Some("1".to_string())), "Normal is the default");
    for id in ["Title", "Heading1", "Heading2", "Heading3", "Heading4", "FootnoteText", "TableGrid"] {
        assert!(declared.contains_key(id), "{id} is declared");
    }
    let used: BTreeSet<String> =
        ["word/document.xml", "word/footnotes.xml", "word/footer1.xml", "word/footer2.xml"]
            .iter()
            .flat_map(|name| elements(&part(&bytes, name)))
            .filter(|e| matches!(e.name.as_str(), "w:pStyle" | "w:rStyle" | "w:tblStyle"))
            .map(|e| e.attr("w:val"))
            .collect();
    assert!(used.contains("Footer") && used.contains("FootnoteText"), "{used:?}");
    for id in &used {
        assert!(declared.contains_key(id), "{id} is used but not declared");
    }
}

#[test]
fn every_table_has_a_grid_that_its_rows_fill() {
    let bytes = docx();
    let document = elements(&part(&bytes, "word/document.xml"));
    let (mut tables, mut grid, mut cells) = (0, Vec::new(), 0);
    for e in &document {
        match e.name.as_str() {
            "w:tbl" => {
                tables += 1;
                grid.clear();
            }
            "w:gridCol" => grid.push(e.attr("w:w").parse::<u32>().unwrap()),
            "w:tr" => {
                assert!(!grid.is_empty() && grid.iter().all(|&w| w > 0), "a grid before the rows: {grid:?}");
                cells = 0;
            }
            "w:tcW" => {
                assert_eq!(
                    e.attr("w:w").parse::<u32>().unwrap(),
                    grid[cells],
                    "the cell is its column's width"
                );
                cells += 1;
            }
            "/w:tr" => assert_eq!(cells, grid.len(), "every row has the grid's cells"),
            _ => {}
        }
    }
    assert_eq!(tables, expected().tables);
}

#[test]
fn every_reference_has_a_footnote_of_its_own() {
    let bytes = docx();
    let references: Vec<String> = elements(&part(&bytes, "word/document.xml"))
        .iter()
        .filter(|e| e.name == "w:footnoteReference")
        .map(|e| e.attr("w:id"))
        .collect();
    let notes: Vec<String> = elements(&part(&bytes, "word/footnotes.xml"))
        .iter()
        .filter(|e| e.name == "w:footnote" && !e.attrs.contains_key("w:type"))
        .map(|e| e.attr("w:id"))
        .collect();
    let marks = expected().references;
    assert_eq!(references.len(), marks);
    assert_eq!(references, notes, "the footnotes, in the order of their references");
    assert_eq!(references, (1..=marks).map(|i| i.to_string()).collect::<Vec<_>>());
}

/// The package's relationships of `rels`: id → (type, target).
fn relationships(rels: &str) -> BTreeMap<String, (String, String)> {
    elements(rels)
        .iter()
        .filter(|e| e.name == "Relationship")
        .map(|e| (e.attr("Id"), (e.attr("Type"), e.attr("Target"))))
        .collect()
}

/// The names of `parent`'s children (their start tags), in order, for the first `parent`.
fn children(document: &[El], parent: &str) -> Vec<String> {
    let start = document.iter().position(|e| e.name == parent).unwrap_or_else(|| panic!("no {parent}"));
    let mut depth = 0;
    let mut names = Vec::new();
    for e in &document[start + 1..] {
        if let Some(end) = e.name.strip_prefix('/') {
            if depth == 0 && end == parent {
                break;
            }
            depth -= 1;
        } else {
            if depth == 0 {
                names.push(e.name.clone());
            }
            depth += 1;
        }
    }
    names
}

#[test]
fn page_numbers_in_the_footer_of_every_page_but_the_title_page() {
    let bytes = docx();
    let types = elements(&part(&bytes, "[Content_Types].xml"));
    for footer in ["/word/footer1.xml", "/word/footer2.xml"] {
        let declared = types.iter().find(|e| e.name == "Override" && e.attr("PartName") == footer);
        let kind = declared.unwrap_or_else(|| panic!("{footer} has a content type")).attr("ContentType");
        assert_eq!(kind, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    }
    let rels = relationships(&part(&bytes, "word/_rels/document.xml.rels"));
    let document = elements(&part(&bytes, "word/document.xml"));

    // The section's children in the schema's order (Word refuses any other): the footer
    // references first, then the page's size and margins, then the title page's switch.
    let section = children(&document, "w:sectPr");
    assert_eq!(
        section,
        ["w:footerReference", "w:footerReference", "w:pgSz", "w:pgMar", "w:titlePg"],
        "{section:?}"
    );
    let body = children(&document, "w:body");
    assert_eq!(body.last().map(String::as_str), Some("w:sectPr"), "the section closes the body");

    let footer = |kind: &str| {
        let reference = document
            .iter()
            .find(|e| e.name == "w:footerReference" && e.attr("w:type") == kind)
            .unwrap_or_else(|| panic!("a {kind} footer"));
        let (rel, target) = &rels[&reference.attr("r:id")];
        assert!(rel.ends_with("/relationships/footer"), "{rel}");
        part(&bytes, &format!("word/{target}"))
    };
    // Every page: the PAGE field, centred.
    let numbered = footer("default");
    let fields: Vec<String> = elements(&numbered)
        .iter()
        .filter(|e| e.name == "w:fldChar")
        .map(|e| e.attr("w:fldCharType"))
        .collect();
    assert_eq!(fields, ["begin", "separate", "end"], "{numbered}");
    assert!(numbered.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), "{numbered}");
    let para = &paragraphs(&numbered)[0];
    assert_eq!(para.align.as_deref(), Some("center"), "{numbered}");
    assert_eq!(para.style.as_deref(), Some("Footer"));
    // The title page: a footer with nothing in it.
    let first = footer("first");
    assert!(!first.contains("w:fldChar") && !first.contains("w:instrText"), "{first}");
    assert!(paragraphs(&first).iter().all(|p| p.text().is_empty()), "{first}");
}

#[test]
fn the_title_page_ends_before_the_first_section() {
    let report = report_of(Profile::Internal);
    let paras = paragraphs(&part(&docx(), "word/document.xml"));
    assert_eq!(paras[0].style.as_deref(), Some("Title"));
    assert_eq!(paras[0].text(), report.title);
    assert_eq!(paras[0].align.as_deref(), Some("center"));

    // One page break in the whole document: before the first section's heading.
    let breaks: Vec<usize> = (0..paras.len()).filter(|&i| paras[i].breaks_page()).collect();
    assert_eq!(breaks.len(), 1, "{breaks:?}");
    let first_section = &paras[breaks[0]];
    let Some(Block::Heading { text, .. }) = report.blocks.first() else {
        panic!("the report starts with a heading")
    };
    assert_eq!(&first_section.text(), text);
    assert!(
        first_section.page_break_before
            && first_section.style.as_deref().is_some_and(|s| s.starts_with("Heading"))
    );

    // The title page: no heading, no list, no table; the label centred and bold, the
    // disclaimer and the epigraph in italics, the epigraph's source to the right.
    let title_page = &paras[..breaks[0]];
    assert!(title_page.iter().all(|p| !p.listed && !p.in_table), "{title_page:#?}");
    assert!(title_page[1..].iter().all(|p| p.style.is_none()), "{title_page:#?}");
    let find = |text: &str| {
        title_page
            .iter()
            .find(|p| p.text() == text)
            .unwrap_or_else(|| panic!("{text:?} on the title page: {title_page:#?}"))
    };
    let label = report.label.as_deref().expect("the sample's report block gives a label");
    let label = find(&format!("— {label} —"));
    assert!(label.align.as_deref() == Some("center") && label.runs.iter().all(|r| r.bold), "{label:?}");
    let disclaimer = report.disclaimer.as_deref().expect("the sample gives a disclaimer");
    for para in disclaimer.split("\n\n") {
        assert!(find(para.trim()).runs.iter().all(|r| r.italic));
    }
    let epigraph = report.epigraph.as_ref().expect("the sample gives an epigraph");
    for para in epigraph.text.split("\n\n") {
        assert!(find(para.trim()).runs.iter().all(|r| r.italic));
    }
    if let Some(source) = &epigraph.source {
        let source = find(&format!("— {source}"));
        assert_eq!(source.align.as_deref(), Some("right"));
    }
    // The note that this is a draft ends the title page.
    assert!(title_page.last().is_some_and(|p| p.runs.iter().all(|r| r.italic)), "{title_page:#?}");
}

#[test]
fn a_placeholder_is_bold_on_yellow_and_a_lead_bold_before_its_text() {
    let report = report_of(Profile::Internal);
    let paras = paragraphs(&part(&docx(), "word/document.xml"));
    let placeholders: Vec<&String> = report
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Placeholder { text } => Some(text),
            _ => None,
        })
        .collect();
    assert!(!placeholders.is_empty(), "the sample's sessions without notes keep their placeholder");
    let marked: Vec<&Para> = paras.iter().filter(|p| p.runs.iter().any(|r| r.highlight.is_some())).collect();
    assert_eq!(marked.len(), placeholders.len());
    for (para, text) in marked.iter().zip(&placeholders) {
        assert_eq!(&&para.text(), text);
        assert!(para.runs.iter().all(|r| r.bold && r.highlight.as_deref() == Some("yellow")), "{para:?}");
    }
    let (lead, text) = report
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Lead { lead, text } if !text.is_empty() => Some((lead, text)),
            _ => None,
        })
        .expect("the sample's sessions have lead paragraphs");
    let para = paras.iter().find(|p| p.text() == format!("{lead} {text}")).expect("the lead paragraph");
    assert!(para.runs[0].bold && para.runs[0].text == *lead, "{para:?}");
    assert!(para.runs.iter().skip(1).all(|r| !r.bold), "{para:?}");
}

/// A PNG's width and height, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR", "not a PNG");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

fn bytes_of(docx: &[u8], name: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = Vec::new();
    zip.by_name(name).unwrap_or_else(|_| panic!("no {name}")).read_to_end(&mut out).unwrap();
    out
}

#[test]
fn each_picture_is_inline_as_png_and_svg_with_its_caption_as_alt_text() {
    for profile in [Profile::Internal, Profile::Public] {
        let bytes = docx_of(profile);
        let figures = common::docx::figures_of(&report_of(profile));
        assert_eq!(figures.len(), 3, "two days' timelines and the balance");
        // Word needs a content type for each kind of part it meets.
        let types = elements(&part(&bytes, "[Content_Types].xml"));
        let default = |ext: &str| {
            types
                .iter()
                .find(|e| e.name == "Default" && e.attr("Extension") == ext)
                .map(|e| e.attr("ContentType"))
        };
        assert_eq!(default("png").as_deref(), Some("image/png"));
        assert_eq!(default("svg").as_deref(), Some("image/svg+xml"));
        let rels = relationships(&part(&bytes, "word/_rels/document.xml.rels"));
        let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
        let document = elements(&part(&bytes, "word/document.xml"));
        let of = |name: &str| document.iter().filter(|e| e.name == name).collect::<Vec<_>>();
        let (inline, extent, doc_pr, blip, svg_blip) =
            (of("wp:inline"), of("wp:extent"), of("wp:docPr"), of("a:blip"), of("asvg:svgBlip"));
        assert_eq!(
            [inline.len(), extent.len(), doc_pr.len(), blip.len(), svg_blip.len()],
            [figures.len(); 5]
        );
        let mut ids = BTreeSet::new();
        for (i, (name, caption, svg)) in figures.iter().enumerate() {
            // The alt text is the caption; each drawing has an id of its own.
            assert_eq!(doc_pr[i].attr("descr"), *caption);
            assert!(ids.insert(doc_pr[i].attr("id")), "{profile:?}: ids {ids:?}");
            // The PNG every reader shows, and the SVG Word 2016 shows instead, each a part
            // of its own that the relationship names.
            let (kind, target) = &rels[&blip[i].attr("r:embed")];
            assert_eq!((kind.as_str(), target.as_str()), (image, format!("media/{name}.png").as_str()));
            let (kind, target) = &rels[&svg_blip[i].attr("r:embed")];
            assert_eq!((kind.as_str(), target.as_str()), (image, format!("media/{name}.svg").as_str()));
            assert_eq!(
                svg_blip[i].attr("xmlns:asvg"),
                "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
            );
            assert_eq!(part(&bytes, &format!("word/media/{name}.svg")), *svg, "the report's own SVG");
            let (w, h) = png_size(&bytes_of(&bytes, &format!("word/media/{name}.png")));
            let svg_w: f64 =
                svg.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
            assert_eq!(f64::from(w), svg_w * 2.0, "{name}: drawn at twice its size");
            // The width of the text (A4 less 2.54 cm margins: 9026 twips, 635 EMU each),
            // the height as the picture's.
            let (cx, cy): (f64, f64) =
                (extent[i].attr("cx").parse().unwrap(), extent[i].attr("cy").parse().unwrap());
            assert_eq!(cx, 9026.0 * 635.0);
            assert!((cy / cx - f64::from(h) / f64::from(w)).abs() < 0.001, "{name}: {cx} × {cy}");
        }
        // The caption under each picture, in the Caption style.
        let paras = paragraphs(&part(&bytes, "word/document.xml"));
        for (_, caption, _) in &figures {
            let at = paras.iter().position(|p| p.text() == *caption).unwrap_or_else(|| panic!("{caption}"));
            assert_eq!(paras[at].style.as_deref(), Some("Caption"));
            assert_eq!(paras[at - 1].style.as_deref(), Some("Figure"), "the picture just before");
        }
    }
}

#[test]
fn pandoc_reads_back_every_picture_with_its_alt_text() {
    if !installed("pandoc", "--version") {
        println!("SKIP: pandoc is not installed: the DOCX's pictures were not read back");
        eprintln!("SKIP: pandoc is not installed: the DOCX's pictures were not read back");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.docx");
    std::fs::write(&file, docx()).unwrap();
    let media = dir.path().join("extracted");
    let out = Command::new("pandoc")
        .args(["-f", "docx", "-t", "markdown", "--wrap=none"])
        .arg(format!("--extract-media={}", media.display()))
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let back = String::from_utf8(out.stdout).unwrap();
    let figures = common::docx::figures_of(&report_of(Profile::Internal));
    let images: Vec<&str> = back.lines().filter(|l| l.starts_with("![")).collect();
    assert_eq!(images.len(), figures.len(), "{back}");
    for (line, (name, caption, _)) in images.iter().zip(&figures) {
        assert!(line.contains(&format!("media/{name}.png")), "{line}");
        assert!(squeezed(line).contains(&squeezed(caption)), "{line}");
        let png = std::fs::read(media.join("media").join(format!("{name}.png"))).unwrap();
        png_size(&png);
    }
}

fn installed(program: &str, arg: &str) -> bool {
    Command::new(program).arg(arg).output().is_ok_and(|o| o.status.success())
}

/// The numbered lists in text converted from the DOCX, each item found by `item` (its
/// number): their lengths, in order. Each list starts at 1 and counts on by one; any
/// other line that starts a paragraph (at the left margin) ends a list.
fn numbered_lists_in(text: &str, item: impl Fn(&str) -> Option<u32>) -> Vec<usize> {
    let (mut lists, mut previous) = (Vec::new(), 0);
    for line in text.lines() {
        let Some(k) = item(line) else {
            if !line.is_empty() && !line.starts_with(' ') {
                previous = 0;
            }
            continue;
        };
        if k == 1 {
            lists.push(1);
        } else {
            assert_eq!(k, previous + 1, "a list goes on from another's count at {line:?}:\n{text}");
            if let Some(n) = lists.last_mut() {
                *n += 1;
            }
        }
        previous = k;
    }
    lists
}

/// The text with its line breaks and indentation as single spaces.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows of each HTML table, its header row included.
fn table_rows_in(html: &str) -> Vec<usize> {
    html.split("<table")
        .skip(1)
        .map(|t| t.split("</table>").next().unwrap_or_default().matches("<tr").count())
        .collect()
}

#[test]
fn pandoc_reads_back_the_lists_tables_and_footnotes() {
    if !installed("pandoc", "--version") {
        println!("SKIP: pandoc is not installed: the DOCX was not read back");
        eprintln!("SKIP: pandoc is not installed: the DOCX was not read back");
        return;
    }
    for profile in [Profile::Internal, Profile::Public] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("draft.docx");
        std::fs::write(&file, docx_of(profile)).unwrap();
        let expected = expected_of(&report_of(profile));
        let pandoc = |to: &str| {
            let out = Command::new("pandoc")
                .args(["-f", "docx", "-t", to, "--wrap=none"])
                .arg(&file)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        let back = pandoc("markdown");
        // Bullets are bullets: pandoc writes "-   text" for a bulleted item.
        assert_eq!(
            back.lines().filter(|l| l.starts_with("-   ")).count(),
            expected.bullet_items,
            "{profile:?}: {back}"
        );
        // Numbered lists: "1.  text", each from 1, as long as the report's (the Approach
        // list has its three items). A paragraph that starts "1." is escaped, "1\.".
        let item = |l: &str| l.split_once(".  ").and_then(|(k, _)| k.parse().ok());
        assert_eq!(numbered_lists_in(&back, item), expected.numbered_lengths, "{profile:?}: {back}");
        // Every footnote, once, with its text.
        let notes = back.lines().filter(|l| l.starts_with("[^") && l.contains("]:")).count();
        assert_eq!(notes, expected.references, "{profile:?}: {back}");
        let plain = squeezed(&pandoc("plain"));
        for note in &expected.footnotes {
            assert!(plain.contains(&squeezed(note)), "{profile:?}: footnote {note:?} in {plain}");
        }
        let html = squeezed(&pandoc("html"));
        assert!(html.contains("Registration and coffee"), "{html}");
        // Both annexes' tables (and any other), with all their rows and a header row.
        let rows: Vec<usize> = expected.table_rows.iter().map(|r| r + 1).collect();
        assert_eq!(table_rows_in(&html), rows, "{profile:?}: {html}");
        // (Pandoc lists the footnotes at the end as one more numbered list.)
        let body = html.split("class=\"footnotes").next().unwrap_or_default();
        assert_eq!(body.matches("<ol").count(), expected.numbered_lists, "{html}");
        assert!(!body.contains("<ol start="), "every numbered list starts at 1: {html}");
    }
}

#[test]
fn libreoffice_converts_both_profiles_to_pdf_and_text() {
    if !installed("soffice", "--version") {
        println!("SKIP: LibreOffice (soffice) is not installed: the DOCX was not opened in it");
        eprintln!("SKIP: LibreOffice (soffice) is not installed: the DOCX was not opened in it");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let profiles = [(Profile::Internal, "internal"), (Profile::Public, "public")];
    let files: Vec<_> = profiles
        .iter()
        .map(|(profile, name)| {
            let file = dir.path().join(format!("draft-{name}.docx"));
            std::fs::write(&file, docx_of(*profile)).unwrap();
            file
        })
        .collect();
    convert(dir.path(), &files, "pdf");
    convert(dir.path(), &files, "txt");
    convert(dir.path(), &files, "html");
    convert(dir.path(), &files, "odt");
    for ((profile, _), file) in profiles.iter().zip(&files) {
        let expected = expected_of(&report_of(*profile));
        let pdf = std::fs::read(file.with_extension("pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{profile:?}: a PDF");
        // The title page, and the report after it.
        let pdf = String::from_utf8_lossy(&pdf);
        let pages =
            pdf.match_indices("/Type/Page").filter(|(i, m)| !pdf[i + m.len()..].starts_with('s')).count();
        assert!(pages >= 2, "{profile:?}: {pages} pages");
        // As text, LibreOffice writes each list item indented, with its number or bullet.
        let text = std::fs::read_to_string(file.with_extension("txt")).unwrap();
        let item = |l: &str| l.strip_prefix("    ")?.split_once(". ")?.0.parse().ok();
        assert_eq!(numbered_lists_in(&text, item), expected.numbered_lengths, "{profile:?}: {text}");
        assert_eq!(
            text.lines().filter(|l| l.starts_with("    • ")).count(),
            expected.bullet_items,
            "{profile:?}: {text}"
        );
        title_page_without_a_number(&file.with_extension("odt"));
        // Every picture, with its alt text.
        let content = part(&std::fs::read(file.with_extension("odt")).unwrap(), "content.xml");
        let figures = common::docx::figures_of(&report_of(*profile));
        assert_eq!(content.matches("<draw:image ").count(), figures.len(), "{profile:?}");
        for (_, caption, _) in &figures {
            assert!(content.contains(&format!("<svg:desc>{caption}</svg:desc>")), "{profile:?}: {caption}");
        }
        let html = squeezed(&std::fs::read_to_string(file.with_extension("html")).unwrap());
        assert_eq!(html.matches("<table").count(), expected.tables, "{profile:?}: {html}");
        assert_eq!(html.matches("<ol").count(), expected.numbered_lists, "{profile:?}: {html}");
        assert!(html.contains("Registration and coffee") && html.contains("General Conclusions"), "{html}");
    }
}

/// The page styles LibreOffice made of the section, as its own file format says: the
/// document starts on a page style whose footer has no page number, and the pages after
/// it have one.
fn title_page_without_a_number(odt: &Path) {
    let bytes = std::fs::read(odt).unwrap();
    let (styles, content) = (part(&bytes, "styles.xml"), part(&bytes, "content.xml"));
    // Each page style's name, the style after it, and whether its footer numbers pages.
    let pages: BTreeMap<String, (Option<String>, bool)> = styles
        .split("<style:master-page ")
        .skip(1)
        .map(|m| {
            let m = m.split("</style:master-page>").next().unwrap_or_default();
            let name = between(m, "style:name=\"", "\"").unwrap_or_default();
            let next = between(m, "style:next-style-name=\"", "\"");
            let numbered = between(m, "<style:footer", "</style:footer>")
                .is_some_and(|f| f.contains("text:page-number"));
            (name, (next, numbered))
        })
        .collect();
    // The first paragraph's style, and the page style it starts.
    let text = content.split("<office:text").nth(1).unwrap_or_default();
    let first = ["<text:p ", "<text:h "].iter().filter_map(|tag| text.find(tag)).min().unwrap_or(0);
    let first = &text[first..];
    let style = between(first, "text:style-name=\"", "\"").unwrap_or_default();
    let auto = content
        .split("<style:style ")
        .find(|s| s.starts_with(&format!("style:name=\"{style}\"")))
        .unwrap_or_else(|| panic!("the first paragraph's style {style} in {content}"));
    let master = between(auto, "style:master-page-name=\"", "\"").unwrap_or_else(|| panic!("{auto}"));
    let (next, numbered) = &pages[&master];
    assert!(!numbered, "the title page ({master}) shows no number: {styles}");
    let next = next.as_ref().unwrap_or_else(|| panic!("a page style after the title page: {styles}"));
    assert!(pages[next].1, "the pages after the title page ({next}) are numbered: {styles}");
}

/// The text between the first `start` and the `end` after it.
fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)?;
    Some(text[from..from + to].to_string())
}

/// The documents converted by LibreOffice, headless, with a profile of its own, into
/// `dir`: it must say nothing went wrong, and write every one.
fn convert(dir: &Path, files: &[std::path::PathBuf], to: &str) {
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", to, "--outdir"])
        .arg(dir)
        .args(files)
        .env("HOME", dir)
        .output()
        .unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success() && !said.contains("Error"), "{said}");
    for file in files {
        assert!(file.with_extension(to).exists(), "{} was not converted to {to}: {said}", file.display());
    }
}
