//! The draft as Markdown (pandoc's, with pipe tables and footnotes), written block by block
//! into any `std::io::Write`. Captured text is escaped where pandoc would read it as markup
//! ([`escape`]), so every point comes back from pandoc as it was typed; a line break in a
//! text stays a line break in the file, each line escaped as the start of a line.

mod escape;

use std::io::{self, Write};

use super::document::{Block, Epigraph, ListStyle, Point, Report};
use crate::i18n::{Lang, tr};
use crate::safe_text;
use escape::{Inline, blank};

/// A point as one list item or paragraph: `lead_in text[^n] (source)ending flags`, its
/// lines after the first as lazy continuation lines, each escaped as a line's start.
fn point_text(p: &Point, lang: Lang) -> String {
    let mut s = Inline::new();
    let lead = p.lead_in.as_deref().map(safe_text::line).filter(|l| !blank(l));
    let text = safe_text::text(&p.text);
    match &lead {
        Some(lead) => s.line(lead).markup(" ").continued(&text, "\n"),
        None => s.lines(&text, "\n"),
    };
    // Footnote markers attach to the text they support, before who said it.
    for n in &p.footnotes {
        s.markup(&format!("[^{n}]"));
    }
    if let Some(source) = super::document::source_note(p) {
        s.markup(" (").text(&safe_text::line(&source)).markup(")");
    }
    if let Some(ending) = &p.ending {
        s.text(&safe_text::line(ending));
    }
    match p.flag {
        Some("contested") => {
            s.wrapped_text(" **\\[", "\\]**", &tr(lang, "report-flag-contested", &[]));
        }
        Some(flag) => {
            s.wrapped_text(" *(", ")*", &tr(lang, &format!("report-flag-{flag}"), &[]));
        }
        None => {}
    }
    if p.unchecked {
        s.wrapped_text(" *(", ")*", &tr(lang, "report-flag-unchecked", &[]));
    }
    s.finish()
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
    front_matter(r, out)?;
    let mut after_list = false;
    for block in &r.blocks {
        let list = matches!(block, Block::Points { style, points }
            if *style != ListStyle::Paragraphs && !points.is_empty());
        if list && after_list {
            // Two lists in a row would be read as one (the second numbered on from the
            // first): an empty comment between keeps them apart.
            writeln!(out, "<!-- -->\n")?;
        }
        if !matches!(block, Block::Points { points, .. } if points.is_empty()) {
            after_list = list;
        }
        block_to(r.lang, block, out)?;
    }
    for (i, note) in r.footnotes.iter().enumerate() {
        let note =
            Inline::new().markup(&format!("[^{}]: ", i + 1)).lines(&safe_text::text(note), "\n").finish();
        writeln!(out, "{note}")?;
    }
    Ok(())
}

/// The title block (title, subtitle, dates · venue, organisers), then the label, the
/// disclaimer, the epigraph as a block quote, and the note that this is a draft.
fn front_matter(r: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# {}\n", Inline::new().heading(&safe_text::line(&r.title)).finish())?;
    if let Some(sub) = nonblank(r.subtitle.as_deref()) {
        writeln!(out, "{}\n", Inline::new().line(&safe_text::line(sub)).finish())?;
    }
    let mut when = Inline::new();
    when.wrapped_text("**", "**", &safe_text::line(&r.dates));
    if let Some(v) = nonblank(r.venue.as_deref()) {
        when.markup(" · ").text(&safe_text::line(v));
    }
    writeln!(out, "{}\n", when.finish())?;
    if !r.organisers.is_empty() {
        let by =
            crate::i18n::tr_with(r.lang, "report-organised-by", &[("organisers", &r.organisers.join(", "))]);
        writeln!(out, "{}\n", Inline::new().line(&safe_text::line(&by)).finish())?;
    }
    if let Some(label) = nonblank(r.label.as_deref()) {
        writeln!(out, "{}\n", Inline::new().wrapped_text("**— ", " —**", &safe_text::line(label)).finish())?;
    }
    if let Some(disclaimer) = &r.disclaimer {
        for para in paragraphs(&safe_text::text(disclaimer)) {
            writeln!(out, "{}\n", Inline::new().wrapped_lines("*", "*", para, "\n").finish())?;
        }
    }
    if let Some(epigraph) = &r.epigraph {
        epigraph_to(epigraph, out)?;
    }
    let note = super::document::front_note(r);
    writeln!(out, "{}\n", Inline::new().wrapped_text("> *", "*", &note).finish())
}

/// The epigraph as a block quote: its paragraphs in italics, then "— source".
fn epigraph_to(e: &Epigraph, out: &mut impl Write) -> io::Result<()> {
    let text = safe_text::text(&e.text);
    let mut parts: Vec<String> =
        paragraphs(&text).map(|p| Inline::new().wrapped_lines("> *", "*", p, "\n> ").finish()).collect();
    if let Some(source) = nonblank(e.source.as_deref()) {
        parts.push(Inline::new().wrapped_text("> *— ", "*", &safe_text::line(source)).finish());
    }
    if parts.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}\n", parts.join("\n>\n"))
}

fn block_to(lang: Lang, block: &Block, out: &mut impl Write) -> io::Result<()> {
    match block {
        Block::Heading { level, text } => {
            let hashes = "#".repeat(usize::from((*level).max(1)));
            writeln!(out, "{hashes} {}\n", Inline::new().heading(&safe_text::line(text)).finish())
        }
        Block::Paragraph { text } => {
            for para in paragraphs(&safe_text::text(text)) {
                writeln!(out, "{}\n", Inline::new().lines(para, "\n").finish())?;
            }
            Ok(())
        }
        Block::Lead { lead, text } => {
            let (lead, text) = (safe_text::line(lead), safe_text::text(text));
            let mut s = Inline::new();
            match (blank(&lead), text.split('\n').all(blank)) {
                (true, true) => return Ok(()),
                (true, false) => s.lines(&text, "\n"),
                (false, true) => s.wrapped_text("**", "**", &lead),
                (false, false) => s.wrapped_text("**", "**", &lead).markup(" ").continued(&text, "\n"),
            };
            writeln!(out, "{}\n", s.finish())
        }
        // Bold, so that nobody circulates the draft with one left unseen.
        Block::Placeholder { text } => {
            let text = safe_text::text(text);
            if text.split('\n').all(blank) {
                return Ok(());
            }
            writeln!(out, "{}\n", Inline::new().wrapped_lines("**", "**", &text, "\n").finish())
        }
        Block::DrafterNote { text } => {
            let lead = tr(lang, "report-note-to-drafter", &[]);
            let mut s = Inline::new();
            s.wrapped_text("> **", "**", &lead).markup(" ").continued(&safe_text::text(text), "\n> ");
            writeln!(out, "{}\n", s.finish())
        }
        Block::Points { style, points } => {
            for (i, p) in points.iter().enumerate() {
                match style {
                    ListStyle::Bullets => writeln!(out, "- {}", point_text(p, lang))?,
                    ListStyle::Numbered => writeln!(out, "{}. {}", i + 1, point_text(p, lang))?,
                    ListStyle::Paragraphs => writeln!(out, "{}\n", point_text(p, lang))?,
                }
            }
            if *style != ListStyle::Paragraphs && !points.is_empty() {
                writeln!(out)?;
            }
            Ok(())
        }
        Block::Table { header, rows } => {
            let cells = |row: &[String]| {
                row.iter()
                    .map(|c| Inline::new().text(&safe_text::line(c)).finish())
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            writeln!(out, "| {} |", cells(header))?;
            writeln!(out, "|{}", header.iter().map(|_| " --- |").collect::<String>())?;
            for row in rows {
                writeln!(out, "| {} |", cells(row))?;
            }
            writeln!(out)
        }
        // An image alone in its paragraph: pandoc makes it a figure with the caption under
        // it. Written nowhere (standard output): the caption in words, never a broken link.
        Block::Figure { caption, file: Some(file), .. } => {
            let link = format!("]({})", destination(file));
            writeln!(out, "{}\n", Inline::new().wrapped_text("![", &link, &safe_text::line(caption)).finish())
        }
        Block::Figure { caption, file: None, .. } => {
            writeln!(out, "{}\n", Inline::new().wrapped_text("*", "*", &safe_text::line(caption)).finish())
        }
    }
}

/// A file name as a link's destination: as it is when it is plain, else in angle brackets
/// (a space, a bracket), with what would end them escaped.
fn destination(file: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/');
    if !file.is_empty() && file.chars().all(plain) {
        return file.to_string();
    }
    let mut out = String::from("<");
    for c in safe_text::line(file).chars() {
        if matches!(c, '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('>');
    out
}

/// The paragraphs of a text (made safe) that may hold several, a blank line between them.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").filter(|p| !p.split('\n').all(blank))
}

fn nonblank(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !blank(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(blocks: Vec<Block>) -> Report {
        let epigraph = Epigraph {
            text: "Peace and security\nin our region.\n\nWe reaffirm.".into(),
            source: Some("OSCE Charter (1999)".into()),
        };
        Report { epigraph: Some(epigraph), ..Report::sample(blocks) }
    }

    #[test]
    fn the_front_matter_is_title_block_label_disclaimer_epigraph_then_the_draft_note() {
        let md = render(&report(vec![Block::Heading { level: 2, text: "Background".into() }]));
        let expected = "# Roundtable on Trust\n\n\
            OSCE Office in Tajikistan\n\n\
            **28–29 April 2009** · Dushanbe\n\n\
            **— Report —**\n\n\
            *Thanks to the donors.*\n\n\
            *The views are not theirs.*\n\n\
            > *Peace and security\n> in our region.*\n>\n> *We reaffirm.*\n>\n> *— OSCE Charter (1999)*\n\n\
            > *First draft generated by convene from the session's minutes (internal profile). \
            Check every point before circulating.*\n\n\
            ## Background\n\n";
        assert_eq!(md, expected);
    }

    #[test]
    fn without_a_report_block_the_front_matter_is_the_title_block_and_the_draft_note() {
        let mut r = report(vec![]);
        (r.label, r.disclaimer, r.epigraph) = (None, None, None);
        let md = render(&r);
        assert!(
            md.starts_with(
                "# Roundtable on Trust\n\nOSCE Office in Tajikistan\n\n**28–29 April 2009** · Dushanbe\n\n> *"
            ),
            "{md}"
        );
        assert!(!md.contains("—**") && !md.contains("> *—"), "{md}");
    }

    #[test]
    fn a_placeholder_is_bold_and_a_lead_bold_before_its_text() {
        let md = render(&report(vec![
            Block::Lead {
                lead: "Key questions.".into(),
                text: "Speakers: ODIHR trainer.\n1. Two lines".into(),
            },
            Block::Placeholder { text: "[to be written]".into() },
        ]));
        assert!(md.contains("\n**Key questions.** Speakers: ODIHR trainer.\n1\\. Two lines\n\n"), "{md}");
        assert!(md.contains("\n**\\[to be written\\]**\n\n"), "{md}");
    }

    #[test]
    fn two_lists_in_a_row_stay_two_lists() {
        let list = |style| Block::Points { style, points: vec![Point::plain("one"), Point::plain("two")] };
        let md = render(&report(vec![
            list(ListStyle::Numbered),
            list(ListStyle::Numbered),
            list(ListStyle::Bullets),
            Block::Paragraph { text: "After.".into() },
            list(ListStyle::Bullets),
        ]));
        let body = md.split("circulating.*\n\n").nth(1).unwrap_or_default();
        assert_eq!(
            body,
            "1. one\n2. two\n\n<!-- -->\n\n1. one\n2. two\n\n<!-- -->\n\n- one\n- two\n\nAfter.\n\n- one\n- two\n\n"
        );
    }

    #[test]
    fn a_point_keeps_its_order_and_each_line_is_escaped() {
        let p = Point {
            lead_in: Some("An NGO representative said".into()),
            text: "1. the police\n- and *all*".into(),
            ending: Some("; and".into()),
            attribution: Some("NGO representative".into()),
            group: None,
            footnotes: vec![1],
            flag: Some("contested"),
            unchecked: false,
        };
        let contested = tr(Lang::En, "report-flag-contested", &[]);
        assert_eq!(
            point_text(&p, Lang::En),
            format!(
                "An NGO representative said 1. the police\n\\- and \\*all\\*[^1] (NGO representative); and \
                 **\\[{contested}\\]**"
            )
        );
    }

    #[test]
    fn paragraphs_keep_their_line_breaks_and_footnotes_their_lines() {
        let mut r = report(vec![Block::Paragraph {
            text: "First line\n# not a heading\n\nA second paragraph".into(),
        }]);
        r.footnotes = vec!["See:\n- the law".into()];
        let md = render(&r);
        assert!(md.contains("\nFirst line\n\\# not a heading\n\nA second paragraph\n\n"), "{md}");
        assert!(md.ends_with("[^1]: See:\n\\- the law\n"), "{md}");
    }

    #[test]
    fn a_note_to_the_drafter_is_quoted_line_by_line_and_cells_keep_their_pipes() {
        let md = render(&report(vec![
            Block::DrafterNote { text: "Check this\n> and that".into() },
            Block::Table {
                header: vec!["A | B".into(), "C".into()],
                rows: vec![vec!["x|y".into(), "*z*".into()]],
            },
        ]));
        assert!(md.contains("\n> **Note to the drafter:** Check this\n> \\> and that\n\n"), "{md}");
        assert!(md.contains("\n| A \\| B | C |\n| --- | --- |\n| x\\|y | \\*z\\* |\n"), "{md}");
    }

    #[test]
    fn a_figure_links_its_file_or_gives_its_caption_in_words() {
        let figure = |file: Option<&str>| Block::Figure {
            name: "timeline-day-1".into(),
            caption: "Day 1 [draft] *as run*".into(),
            svg: "<svg/>".into(),
            file: file.map(str::to_string),
        };
        let md = render(&report(vec![
            figure(Some("report-internal-timeline-day-1.svg")),
            figure(Some("my draft (2)-timeline-day-1.svg")),
            figure(None),
        ]));
        let body = md.split("circulating.*\n\n").nth(1).unwrap_or_default();
        assert_eq!(
            body,
            "![Day 1 \\[draft\\] \\*as run\\*](report-internal-timeline-day-1.svg)\n\n\
             ![Day 1 \\[draft\\] \\*as run\\*](<my draft (2)-timeline-day-1.svg>)\n\n\
             *Day 1 \\[draft\\] \\*as run\\**\n\n"
        );
    }
}
