//! The draft report as a document: headings, paragraphs, lists of points with their
//! footnotes, and tables. Built once from the minutes, then written as Markdown, DOCX or
//! JSON, so the three never disagree.

use std::sync::Arc;

use serde::Serialize;

/// The version of the JSON export's format.
/// 2: points gained `lead_in` and `ending`, blocks `lead` and `placeholder`, the report
/// `label`, `disclaimer` and `epigraph` (issue 17).
/// 3: blocks `figure` (the annexes' pictures: their file stem and caption; issue 19).
pub const FORMAT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub format_version: u32,
    /// "internal" or "public".
    pub profile: &'static str,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// "28–29 April 2009".
    pub dates: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    pub organisers: Vec<String>,
    /// "Report", "Отчёт": the label under the title block (the agenda's `report` block).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The donors' disclaimer, set in italics after the title block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclaimer: Option<String>,
    /// A quotation before the first section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epigraph: Option<Epigraph>,
    pub blocks: Vec<Block>,
    /// Numbered from 1 in order of first reference.
    pub footnotes: Vec<String>,
    /// The report's language: the renderers' own few words follow it ("language": "ru"
    /// in the JSON, so a tool reading it knows what its headings are written in).
    #[serde(rename = "language", serialize_with = "lang_code")]
    pub lang: crate::i18n::Lang,
}

fn lang_code<S: serde::Serializer>(lang: &crate::i18n::Lang, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(lang.code())
}

/// A quotation and where it is from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Epigraph {
    /// Paragraphs separated by a blank line.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
    },
    /// A paragraph led by a few words in bold: an agenda item's title before what the
    /// agenda says of it, a time before an item in the annotated agenda.
    Lead {
        lead: String,
        text: String,
    },
    /// What the drafter still has to write, shown where it goes ("[to be written]"): the
    /// public draft is refused while one is left, unless placeholders are allowed.
    Placeholder {
        text: String,
    },
    /// A note to the drafter, not meant for the final report.
    DrafterNote {
        text: String,
    },
    Points {
        style: ListStyle,
        points: Vec<Point>,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A picture (see [`super::pictures`]): a day's timeline, the speaking balance.
    Figure {
        /// Its file stem, the same in every report: "timeline-day-1", "speaking-balance".
        name: String,
        /// What it shows, in the report's language: its caption and its alt text.
        caption: String,
        /// The picture. Not in the JSON: a tool that wants it draws it from the minutes.
        #[serde(skip)]
        svg: Arc<str>,
        /// The file it was written to beside the Markdown, as the Markdown links it; None
        /// when it was written nowhere (the Markdown then gives its caption in words).
        #[serde(skip)]
        file: Option<String>,
    },
}

/// How a run of points is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    Bullets,
    Numbered,
    /// One paragraph each (General Conclusions).
    Paragraphs,
}

/// One captured point as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// Who made the point, before it, when the attribution style is a lead-in ("An NGO
    /// representative recommended:").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// The point as captured, without the list punctuation it ended with.
    pub text: String,
    /// The list punctuation the point was typed with ("; and", ";", "."): written after
    /// its footnote markers and its attribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending: Option<String>,
    /// "(NGO representative)", "(Senior officer, Ministry of Internal Affairs)".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// In General Conclusions: the working group whose report-back the point came from
    /// ("Group A"); the point is also listed under that group in its session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Footnote numbers (1-based) attached to this point.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<usize>,
    /// For the drafter: "contested" or "consensus".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<&'static str>,
    /// For the drafter (internal draft only): its source (a presenter, a working group's
    /// rapporteur) has not yet checked it, while others have checked theirs.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unchecked: bool,
}

impl Report {
    /// The report with every text made safe (see [`crate::safe_text`]): titles, headings,
    /// names and table cells on one line, paragraphs, points and footnotes with their line
    /// breaks. The minutes may come from a session recorded before text was cleaned as it
    /// was typed, or from an edited file; no format of the draft carries what they held.
    pub fn made_safe(mut self) -> Report {
        use crate::safe_text::{line_in_place as line, text_in_place as text};
        line(&mut self.title);
        self.subtitle.iter_mut().for_each(line);
        line(&mut self.dates);
        self.venue.iter_mut().for_each(line);
        self.organisers.iter_mut().for_each(line);
        self.label.iter_mut().for_each(line);
        self.disclaimer.iter_mut().for_each(text);
        if let Some(e) = &mut self.epigraph {
            text(&mut e.text);
            e.source.iter_mut().for_each(line);
        }
        self.footnotes.iter_mut().for_each(text);
        for block in &mut self.blocks {
            match block {
                Block::Heading { text: t, .. } => line(t),
                Block::Paragraph { text: t }
                | Block::DrafterNote { text: t }
                | Block::Placeholder { text: t } => text(t),
                Block::Lead { lead, text: t } => {
                    line(lead);
                    text(t);
                }
                Block::Points { points, .. } => {
                    for p in points {
                        p.lead_in.iter_mut().for_each(line);
                        text(&mut p.text);
                        p.ending.iter_mut().for_each(line);
                        p.attribution.iter_mut().for_each(line);
                        p.group.iter_mut().for_each(line);
                    }
                }
                Block::Table { header, rows } => {
                    header.iter_mut().for_each(line);
                    rows.iter_mut().flatten().for_each(line);
                }
                // Its labels were made safe as it was drawn.
                Block::Figure { caption, .. } => line(caption),
            }
        }
        self
    }

    /// The report's pictures, in order: (file stem, SVG).
    pub fn figures(&self) -> impl Iterator<Item = (&str, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Figure { name, svg, .. } => Some((name.as_str(), &**svg)),
            _ => None,
        })
    }

    /// Records that the picture `name` was written to `file` (beside the Markdown, as the
    /// Markdown will link it).
    pub fn set_figure_file(&mut self, name: &str, file: impl Into<String>) {
        let file = file.into();
        for block in &mut self.blocks {
            if let Block::Figure { name: n, file: f, .. } = block
                && n == name
            {
                *f = Some(file.clone());
            }
        }
    }
}

/// The line under the title block: what this document is. A draft says it is a first
/// draft of its profile; a review pack (profile "review") that it is for the points'
/// source to check.
pub fn front_note(r: &Report) -> String {
    use crate::i18n::{tr, tr_with};
    if r.profile == "review" {
        return tr(r.lang, "review-front-note", &[]);
    }
    let profile = tr(r.lang, &format!("report-profile-{}", r.profile), &[]);
    tr_with(r.lang, "report-draft-note", &[("profile", &profile)])
}

/// What a point says of where it came from, in brackets after its text: the attribution,
/// led by the working group when the point is listed away from it ("Group A: NGO
/// representative", or "Group A").
pub fn source_note(p: &Point) -> Option<String> {
    match (&p.group, &p.attribution) {
        (Some(g), Some(a)) => Some(format!("{g}: {a}")),
        (Some(g), None) => Some(g.clone()),
        (None, Some(a)) => Some(a.clone()),
        (None, None) => None,
    }
}

impl Point {
    /// A point of `text` and nothing else: no attribution, footnote or flag.
    pub fn plain(text: impl Into<String>) -> Point {
        Point {
            lead_in: None,
            text: text.into(),
            ending: None,
            attribution: None,
            group: None,
            footnotes: Vec::new(),
            flag: None,
            unchecked: false,
        }
    }
}

#[cfg(test)]
impl Report {
    /// A report of `blocks` with every title-page field filled, for the writers' tests.
    pub(crate) fn sample(blocks: Vec<Block>) -> Report {
        Report {
            format_version: FORMAT_VERSION,
            profile: "internal",
            title: "Roundtable on Trust".into(),
            subtitle: Some("OSCE Office in Tajikistan".into()),
            dates: "28–29 April 2009".into(),
            venue: Some("Dushanbe".into()),
            organisers: vec![],
            label: Some("Report".into()),
            disclaimer: Some("Thanks to the donors.\n\nThe views are not theirs.".into()),
            epigraph: Some(Epigraph {
                text: "Peace.\n\nWe reaffirm.".into(),
                source: Some("OSCE Charter".into()),
            }),
            blocks,
            footnotes: vec![],
            lang: crate::i18n::Lang::En,
        }
    }
}
