//! The report's front: what goes on its title page besides the event's title block (the
//! label, the donors' disclaimer, an epigraph: the agenda's `report` block), then
//! "Background", "Approach" and "Materials" from the agenda's event block. A paragraph of
//! that free text written as a list ("1. …" or "- …" on each line) is a list in the draft,
//! so Word numbers it and pandoc reads it as one.

use super::build::Builder;
use super::document::{Block, Epigraph, ListStyle, Point};
use super::privacy::Place;
use crate::i18n::tr;

/// The title page's own parts, checked for names like any other agenda text.
#[derive(Debug, Default)]
pub struct Front {
    pub label: Option<String>,
    pub disclaimer: Option<String>,
    pub epigraph: Option<Epigraph>,
}

/// A paragraph every line of which is a list item: the items' texts, and whether the
/// list is numbered. A single line is a sentence, not a list.
fn as_list(paragraph: &str) -> Option<(ListStyle, Vec<&str>)> {
    let lines: Vec<&str> = paragraph.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() < 2 {
        return None;
    }
    if let Some(items) = lines.iter().map(|l| numbered(l)).collect::<Option<Vec<_>>>() {
        return Some((ListStyle::Numbered, items));
    }
    let items = lines.iter().map(|l| bullet(l)).collect::<Option<Vec<_>>>()?;
    Some((ListStyle::Bullets, items))
}

fn numbered(l: &str) -> Option<&str> {
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    let rest = &l[digits..];
    (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") "))).then(|| rest[2..].trim_start())
}

fn bullet(l: &str) -> Option<&str> {
    ["- ", "* ", "• "].iter().find_map(|m| l.strip_prefix(m)).map(str::trim_start)
}

/// A field of the agenda, trimmed; None when it says nothing.
fn said(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

impl Builder<'_> {
    pub(super) fn front_matter(&mut self) {
        let event = self.session.agenda.event.clone();
        if let Some(report) = self.session.agenda.report.clone() {
            let place = || Place::AgendaField("report");
            self.front.label = said(report.label.as_deref()).map(|l| self.public_text(l, place));
            self.front.disclaimer = said(report.disclaimer.as_deref()).map(|d| self.public_text(d, place));
            self.front.epigraph = report.epigraph.as_ref().and_then(|e| {
                let text = said(Some(&e.text))?;
                Some(Epigraph {
                    text: self.public_text(text, place),
                    source: said(e.source.as_deref()).map(|s| self.public_text(s, place)),
                })
            });
        }
        for (id, field, text) in [
            ("report-background", "background", &event.background),
            ("report-approach", "approach", &event.approach),
        ] {
            let Some(text) = said(text.as_deref()) else { continue };
            let heading = self.own_heading(id);
            self.blocks.push(Block::Heading { level: 2, text: heading });
            for para in text.split("\n\n") {
                let para = self.public_text(para.trim(), || Place::AgendaField(field));
                let block = match as_list(&para) {
                    Some((style, items)) => {
                        Block::Points { style, points: items.into_iter().map(Point::plain).collect() }
                    }
                    None => Block::Paragraph { text: para },
                };
                self.blocks.push(block);
            }
        }
        if !event.materials.is_empty() {
            let heading = self.own_heading("report-materials");
            self.blocks.push(Block::Heading { level: 2, text: heading });
            self.blocks.push(Block::Paragraph { text: tr(self.lang, "report-materials-intro", &[]) });
            let mut points = Vec::new();
            for m in &event.materials {
                let text = self.public_text(m, || Place::AgendaField("materials"));
                points.push(Point::plain(text));
            }
            self.blocks.push(Block::Points { style: ListStyle::Bullets, points });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_of_numbered_or_bulleted_lines_is_a_list() {
        let approach = "1. General approach, challenges and issues;\n2. Perspectives from the community; and\n3. Other approaches.";
        let (style, items) = as_list(approach).unwrap();
        assert_eq!(style, ListStyle::Numbered);
        assert_eq!(
            items,
            [
                "General approach, challenges and issues;",
                "Perspectives from the community; and",
                "Other approaches."
            ]
        );
        assert_eq!(as_list("- one\n- two").unwrap().0, ListStyle::Bullets);
        assert_eq!(as_list("1. A sentence that starts with a number."), None);
        assert_eq!(as_list("1. one\nand a second line"), None);
        assert_eq!(as_list("In 2009. The roundtable\nmet."), None);
    }
}
