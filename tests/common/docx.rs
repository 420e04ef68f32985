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
