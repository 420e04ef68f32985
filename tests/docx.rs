//! The DOCX draft as Word, LibreOffice and pandoc read it (issue 17): one list definition
//! per list style, each numbered list starting at 1, a default paragraph style, tables
//! with their grid, a footnote of its own for every reference; then pandoc and
//! LibreOffice, when installed, read the lists and tables back.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::process::Command;

use quick_xml::events::Event;
use quick_xml::reader::Reader;

use convene::export::document::{Block, ListStyle};
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

const INTERNAL: Options = Options { profile: Profile::Internal, redact: false, lang: None };

fn docx() -> Vec<u8> {
    export::render(&session(), Format::Docx, INTERNAL).unwrap()
}

/// What the report holds, counted from its structure: the DOCX must show all of it.
#[derive(Debug, Default)]
struct Expected {
    numbered_lists: usize,
    numbered_items: usize,
    bullet_items: usize,
    tables: usize,
    references: usize,
}

fn expected() -> Expected {
    let report = export::report(&session(), INTERNAL).unwrap();
    let mut e = Expected::default();
    for block in &report.blocks {
        match block {
            Block::Points { style: ListStyle::Numbered, points } => {
                e.numbered_lists += 1;
                e.numbered_items += points.len();
            }
            Block::Points { style: ListStyle::Bullets, points } => e.bullet_items += points.len(),
            Block::Table { .. } => e.tables += 1,
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
    let used: BTreeSet<String> = elements(&part(&bytes, "word/document.xml"))
        .iter()
        .filter(|e| matches!(e.name.as_str(), "w:pStyle" | "w:rStyle" | "w:tblStyle"))
        .map(|e| e.attr("w:val"))
        .collect();
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

fn installed(program: &str, arg: &str) -> bool {
    Command::new(program).arg(arg).output().is_ok_and(|o| o.status.success())
}

/// Numbered lists in text converted from the DOCX, each item found by `item` (its
/// number): each list starts at 1 and counts on by one. Any other line that starts a
/// paragraph (at the left margin) ends a list.
fn numbered_lists_in(text: &str, item: impl Fn(&str) -> Option<u32>) -> usize {
    let (mut lists, mut previous) = (0, 0);
    for line in text.lines() {
        let Some(k) = item(line) else {
            if !line.is_empty() && !line.starts_with(' ') {
                previous = 0;
            }
            continue;
        };
        if k == 1 {
            lists += 1;
        } else {
            assert_eq!(k, previous + 1, "a list goes on from another's count at {line:?}:\n{text}");
        }
        previous = k;
    }
    lists
}

/// The text of HTML with its line breaks and indentation as single spaces.
fn squeezed(html: &str) -> String {
    html.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pandoc_reads_back_the_lists_and_tables() {
    if !installed("pandoc", "--version") {
        println!("SKIP: pandoc is not installed: the DOCX was not read back");
        eprintln!("SKIP: pandoc is not installed: the DOCX was not read back");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.docx");
    std::fs::write(&file, docx()).unwrap();
    let expected = expected();
    let pandoc = |to: &str| {
        let out = Command::new("pandoc").args(["-f", "docx", "-t", to]).arg(&file).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let back = pandoc("markdown");
    // Pandoc writes "1.  text" for an item; a paragraph that starts "1." is escaped.
    let item = |l: &str| l.split_once(".  ").and_then(|(k, _)| k.parse().ok());
    assert_eq!(numbered_lists_in(&back, item), expected.numbered_lists, "{back}");
    assert_eq!(back.lines().filter(|l| l.starts_with("-   ")).count(), expected.bullet_items, "{back}");
    assert!(back.contains("[^1]"), "{back}");
    let html = squeezed(&pandoc("html"));
    assert!(html.contains("Registration and coffee"), "{html}");
    assert_eq!(html.matches("<table").count(), expected.tables, "{html}");
    // (Pandoc lists the footnotes at the end as one more numbered list.)
    let body = html.split("class=\"footnotes").next().unwrap_or_default();
    assert_eq!(body.matches("<ol").count(), expected.numbered_lists, "{html}");
    assert!(!body.contains("<ol start="), "every numbered list starts at 1: {html}");
}

#[test]
fn libreoffice_opens_the_lists_and_tables() {
    if !installed("soffice", "--version") {
        println!("SKIP: LibreOffice (soffice) is not installed: the DOCX was not opened in it");
        eprintln!("SKIP: LibreOffice (soffice) is not installed: the DOCX was not opened in it");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.docx");
    std::fs::write(&file, docx()).unwrap();
    let expected = expected();
    let html = squeezed(&convert(dir.path(), &file, "html"));
    assert_eq!(html.matches("<table").count(), expected.tables, "{html}");
    assert_eq!(html.matches("<ol").count(), expected.numbered_lists, "{html}");
    assert!(html.contains("Registration and coffee") && html.contains("General Conclusions"), "{html}");
    // As text, LibreOffice writes each list item indented, with its number or bullet.
    let text = convert(dir.path(), &file, "txt");
    let item = |l: &str| l.strip_prefix("    ")?.split_once(". ")?.0.parse().ok();
    assert_eq!(numbered_lists_in(&text, item), expected.numbered_lists, "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("    • ")).count(), expected.bullet_items, "{text}");
}

/// The document converted by LibreOffice, headless, with a profile of its own.
fn convert(dir: &Path, file: &Path, to: &str) -> String {
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::read_to_string(file.with_extension(to)).unwrap()
}
