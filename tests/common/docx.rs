//! Reading a Word file the way a golden test compares it: one paragraph a line, its style
//! in brackets, then its text with the tags left out.

pub fn docx_paragraphs(docx: Vec<u8>) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let mut out = String::new();
    for para in xml.split("</w:p>") {
        let style =
            para.split(r#"<w:pStyle w:val=""#).nth(1).and_then(|s| s.split('"').next()).unwrap_or("-");
        let mut text = String::new();
        let mut in_tag = false;
        for c in para.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        if !text.trim().is_empty() {
            out.push_str(&format!("[{style}] {}\n", text.trim()));
        }
    }
    out
}

/// A Word file as a reviewer reads its XML: `word/document.xml` one paragraph a line with
/// its style and list numbering (`[ListParagraph num=3]`), runs in bold, italics or
/// highlighted marked (`**…**`, `*…*`, `==…==`), footnote references as `[^n]`, a page
/// break as `---page---`, table rows as `| a | b |` after their grid widths, a picture as
/// `{picture NAME 15.9 × 6.9 cm, png rId7, svg rId8, alt "…"}`; then each footnote's
/// text, the numbering definitions, the footer, and the pictures' relationships if any.
pub fn docx_outline(docx: &[u8]) -> String {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut part = |name: &str| {
        let mut xml = String::new();
        if let Ok(mut f) = zip.by_name(name) {
            std::io::Read::read_to_string(&mut f, &mut xml).unwrap();
        }
        xml
    };
    let (document, footnotes, numbering, footer, rels) = (
        part("word/document.xml"),
        part("word/footnotes.xml"),
        part("word/numbering.xml"),
        part("word/footer1.xml"),
        part("word/_rels/document.xml.rels"),
    );
    let mut out = String::new();
    let walk = |xml: &str, out: &mut String| {
        let mut reader = quick_xml::Reader::from_str(xml);
        let (mut line, mut style, mut num) = (String::new(), String::from("-"), String::new());
        let (mut bold, mut italic, mut mark, mut in_text, mut cells) =
            (false, false, false, false, Vec::new());
        let mut in_table = 0;
        // A picture's size (EMU) and alt text, said when its drawing ends.
        let (mut extent, mut alt) = (String::new(), String::new());
        let attr = |e: &quick_xml::events::BytesStart, key: &[u8]| {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == key)
                .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                .unwrap_or_default()
        };
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                    b"w:p" => (line, style, num) = (String::new(), "-".into(), String::new()),
                    b"w:pStyle" => style = attr(&e, b"w:val"),
                    b"w:numId" => num = format!(" num={}", attr(&e, b"w:val")),
                    b"w:r" => (bold, italic, mark) = (false, false, false),
                    b"w:b" => bold = true,
                    b"w:i" => italic = true,
                    b"w:highlight" => mark = true,
                    b"w:t" => in_text = true,
                    b"w:br" if attr(&e, b"w:type") == "page" => line.push_str("---page---"),
                    b"w:pageBreakBefore" => line.push_str("---page--- "),
                    b"w:footnoteReference" => line.push_str(&format!("[^{}]", attr(&e, b"w:id"))),
                    b"w:fldSimple" => line.push_str(&format!("{{{}}}", attr(&e, b"w:instr").trim())),
                    b"w:instrText" => in_text = true,
                    b"w:tbl" => in_table += 1,
                    b"w:tr" => cells.clear(),
                    b"w:gridCol" => out.push_str(&format!("grid {}\n", attr(&e, b"w:w"))),
                    b"wp:extent" => {
                        let cm = |key: &[u8]| attr(&e, key).parse::<f64>().unwrap() / 360_000.0;
                        extent = format!("{:.1} × {:.1} cm", cm(b"cx"), cm(b"cy"));
                    }
                    b"wp:docPr" => {
                        alt = attr(&e, b"descr");
                        line.push_str(&format!("{{picture {} {extent}", attr(&e, b"name")));
                    }
                    b"a:blip" => line.push_str(&format!(", png {}", attr(&e, b"r:embed"))),
                    b"asvg:svgBlip" => line.push_str(&format!(", svg {}", attr(&e, b"r:embed"))),
                    b"w:titlePg" => out.push_str("(first page has its own footer)\n"),
                    b"w:footerReference" => {
                        out.push_str(&format!("footer {} {}\n", attr(&e, b"w:type"), attr(&e, b"r:id")))
                    }
                    _ => {}
                },
                Event::Text(t) if in_text => {
                    let text = t.decode().unwrap().into_owned();
                    let text = match (bold, italic, mark) {
                        (_, _, true) => format!("=={text}=="),
                        (true, _, _) => format!("**{text}**"),
                        (_, true, _) => format!("*{text}*"),
                        _ => text,
                    };
                    line.push_str(&text);
                }
                Event::GeneralRef(r) if in_text => {
                    let name = r.decode().unwrap();
                    line.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => other,
                    });
                }
                Event::End(e) => match e.name().as_ref() {
                    b"w:t" | b"w:instrText" => in_text = false,
                    b"w:drawing" => line.push_str(&format!(", alt \"{alt}\"}}")),
                    b"w:p" if in_table > 0 => cells.push(std::mem::take(&mut line)),
                    b"w:p" if !line.trim().is_empty() => {
                        out.push_str(&format!("[{style}{num}] {}\n", line.trim()))
                    }
                    b"w:tr" => out.push_str(&format!("| {} |\n", cells.join(" | "))),
                    b"w:tbl" => in_table -= 1,
                    _ => {}
                },
                _ => {}
            }
        }
    };
    out.push_str("== word/document.xml ==\n");
    walk(&document, &mut out);
    out.push_str("== word/footnotes.xml ==\n");
    walk(&footnotes, &mut out);
    out.push_str("== word/footer1.xml ==\n");
    walk(&footer, &mut out);
    let pictures: Vec<String> = rels
        .split("<Relationship ")
        .skip(1)
        .filter(|r| r.contains("/image\""))
        .map(|r| {
            let value =
                |key: &str| r.split(&format!("{key}=\"")).nth(1).and_then(|s| s.split('"').next()).unwrap();
            format!("{} -> {}\n", value("Id"), value("Target"))
        })
        .collect();
    if !pictures.is_empty() {
        out.push_str("== word/_rels/document.xml.rels (pictures) ==\n");
        out.extend(pictures);
    }
    out.push_str("== word/numbering.xml ==\n");
    for (i, def) in numbering.split("<w:abstractNum ").skip(1).enumerate() {
        let fmt = def.split(r#"<w:numFmt w:val=""#).nth(1).and_then(|s| s.split('"').next()).unwrap_or("?");
        out.push_str(&format!("abstract {i}: {fmt}\n"));
    }
    for num in numbering.split("<w:num ").skip(1) {
        let id = num.split(r#"w:numId=""#).nth(1).and_then(|s| s.split('"').next()).unwrap_or("?");
        let of =
            num.split(r#"<w:abstractNumId w:val=""#).nth(1).and_then(|s| s.split('"').next()).unwrap_or("?");
        let restart = if num.contains("w:startOverride") { ", restarts at 1" } else { "" };
        out.push_str(&format!("num {id} -> abstract {of}{restart}\n"));
    }
    out
}

/// The report's pictures: (file stem, caption, SVG), in order.
pub fn figures_of(report: &convene::export::document::Report) -> Vec<(String, String, String)> {
    use convene::export::document::Block;
    report
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Figure { name, caption, svg, .. } => {
                Some((name.clone(), caption.clone(), svg.to_string()))
            }
            _ => None,
        })
        .collect()
}
