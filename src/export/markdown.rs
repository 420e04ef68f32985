//! The draft as Markdown (CommonMark with pipe tables and footnotes, as pandoc reads it),
//! written block by block into any `std::io::Write`.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::document::{Block, ListStyle, Point, Report};

/// Escapes what Markdown would otherwise read as formatting or as a footnote, and takes out
/// what no draft carries ([`crate::safe_text::text`]; a [`Report`] from
/// [`super::report`] is clean already, one built by hand may not be).
fn esc(text: &str) -> String {
    let text = crate::safe_text::text(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn point_text(p: &Point, lang: crate::i18n::Lang) -> String {
    let mut s = String::new();
    if let Some(lead) = &p.lead_in {
        let _ = write!(s, "{} ", esc(lead));
    }
    s.push_str(&esc(&p.text));
    // Footnote markers attach to the text they support, before who said it.
    for n in &p.footnotes {
        let _ = write!(s, "[^{n}]");
    }
    if let Some(source) = super::document::source_note(p) {
        let _ = write!(s, " ({})", esc(&source));
    }
    if let Some(ending) = &p.ending {
        s.push_str(&esc(ending));
    }
    match p.flag {
        Some("contested") => {
            let _ = write!(s, " **\\[{}\\]**", esc(&crate::i18n::tr(lang, "report-flag-contested", &[])));
        }
        Some(flag) => {
            let _ = write!(s, " *({})*", esc(&crate::i18n::tr(lang, &format!("report-flag-{flag}"), &[])));
        }
        None => {}
    }
    if p.unchecked {
        let _ = write!(s, " *({})*", esc(&crate::i18n::tr(lang, "report-flag-unchecked", &[])));
    }
    s
}

/// The draft as one string (tests, and the run screen's export).
pub fn render(r: &Report) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and every piece written is a str.
    let _ = write(r, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes the draft to `out` as it walks the report: a caller that buffers `out` (a
/// `BufWriter` over a file) never holds more than a block of it.
pub fn write(r: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# {}\n", esc(&r.title))?;
    if let Some(sub) = &r.subtitle {
        writeln!(out, "{}\n", esc(sub))?;
    }
    write!(out, "**{}**", esc(&r.dates))?;
    if let Some(v) = &r.venue {
        write!(out, " · {}", esc(v))?;
    }
    writeln!(out, "\n")?;
    if !r.organisers.is_empty() {
        let by =
            crate::i18n::tr_with(r.lang, "report-organised-by", &[("organisers", &r.organisers.join(", "))]);
        writeln!(out, "{}\n", esc(&by))?;
    }
    writeln!(out, "> *{}*\n", esc(&super::document::front_note(r)))?;
    for block in &r.blocks {
        match block {
            Block::Heading { level, text } => {
                writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), esc(text))?;
            }
            Block::Paragraph { text } => writeln!(out, "{}\n", esc(text))?,
            Block::Lead { lead, text } => writeln!(out, "**{}** {}\n", esc(lead), esc(text))?,
            Block::Placeholder { text } => writeln!(out, "**{}**\n", esc(text))?,
            Block::DrafterNote { text } => {
                let lead = crate::i18n::tr(r.lang, "report-note-to-drafter", &[]);
                writeln!(out, "> **{}** {}\n", esc(&lead), esc(text))?
            }
            Block::Points { style, points } => {
                for (i, p) in points.iter().enumerate() {
                    match style {
                        ListStyle::Bullets => writeln!(out, "- {}", point_text(p, r.lang))?,
                        ListStyle::Numbered => writeln!(out, "{}. {}", i + 1, point_text(p, r.lang))?,
                        ListStyle::Paragraphs => writeln!(out, "{}\n", point_text(p, r.lang))?,
                    }
                }
                if *style != ListStyle::Paragraphs {
                    writeln!(out)?;
                }
            }
            Block::Table { header, rows } => {
                writeln!(out, "| {} |", header.iter().map(|h| esc(h)).collect::<Vec<_>>().join(" | "))?;
                writeln!(out, "|{}", header.iter().map(|_| " --- |").collect::<String>())?;
                for row in rows {
                    writeln!(out, "| {} |", row.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | "))?;
                }
                writeln!(out)?;
            }
        }
    }
    for (i, note) in r.footnotes.iter().enumerate() {
        writeln!(out, "[^{}]: {}", i + 1, esc(note))?;
    }
    Ok(())
}
