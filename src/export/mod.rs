//! Minutes -> the first draft of the report: Markdown, DOCX, or the draft's structure as
//! JSON, in an internal or a public (Chatham House) profile; and the review pack that
//! sends each presenter and group rapporteur their points to check.
//!
//! No UI and no IO of its own: the draft is written into whatever `std::io::Write` the
//! caller hands over (a file the store opened, or a `Vec`), as the report is walked, so a
//! draft of any length never sits whole in memory (issue 13).

mod adopted;
pub(crate) mod annex;
pub mod attribution;
mod build;
pub mod document;
mod docx;
mod front;
pub mod markdown;
pub mod pictures;
pub mod privacy;
pub mod review_pack;
mod sessions;

pub use adopted::Lists;
pub use build::{Options, dates, report, report_with};
pub use privacy::{Leak, Profile};
pub use review_pack::{Pack, review_pack, short_id};

use std::io::{self, BufWriter, Seek, Write};

use crate::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The draft report in Markdown (converts cleanly with pandoc).
    Markdown,
    /// The draft report as a Word document, with real footnotes.
    Docx,
    /// The draft's structure as JSON (versioned), for other tools.
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }
}

#[derive(Debug)]
pub enum ExportError {
    /// A public export would name participants in these places.
    NamesInText(Vec<Leak>),
    /// A public export would still say "[to be written]" in these places.
    Placeholders(Vec<String>),
    /// The document could not be built.
    Build(String),
}

impl ExportError {
    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            ExportError::NamesInText(leaks) => {
                let places: Vec<String> = leaks.iter().map(|l| format!("  - {}", l.in_lang(lang))).collect();
                crate::t!(
                    lang,
                    "msg-export-names-in-text",
                    n = leaks.len(),
                    places = places.join("\n"),
                    flag = "--redact",
                    field = "event.public_names"
                )
            }
            ExportError::Placeholders(places) => {
                let places: Vec<String> = places.iter().map(|p| format!("  - {p}")).collect();
                crate::t!(
                    lang,
                    "msg-export-placeholders",
                    n = places.len(),
                    places = places.join("\n"),
                    flag = "--allow-placeholders"
                )
            }
            ExportError::Build(why) => crate::t!(lang, "msg-export-not-built", why = why),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

impl std::error::Error for ExportError {}

/// The report for `options`, or why it is refused (names in a public draft).
pub fn prepare(session: &Session, options: Options) -> Result<document::Report, ExportError> {
    prepare_with(session, options, Lists::default())
}

/// [`prepare`], with the recommendation lists as `lists` says (`--with-noted`).
pub fn prepare_with(
    session: &Session,
    options: Options,
    lists: Lists,
) -> Result<document::Report, ExportError> {
    let report = report_with(session, options, lists).map_err(ExportError::NamesInText)?;
    if options.profile == Profile::Public && !options.allow_placeholders {
        let places = placeholders(&report);
        if !places.is_empty() {
            return Err(ExportError::Placeholders(places));
        }
    }
    Ok(report)
}

/// Where the report still says "[to be written]": the headings above each marker and the
/// item it is under ("Session 3 › Discussions › Discussion of international experience.").
pub fn placeholders(report: &document::Report) -> Vec<String> {
    use document::Block;
    let mut headings: Vec<(u8, &str)> = Vec::new();
    let mut lead: Option<&str> = None;
    let mut places = Vec::new();
    for block in &report.blocks {
        match block {
            Block::Heading { level, text } => {
                headings.retain(|(l, _)| l < level);
                headings.push((*level, text));
                lead = None;
            }
            Block::Lead { lead: l, .. } => lead = Some(l),
            Block::Placeholder { .. } => {
                let path: Vec<&str> = headings.iter().map(|(_, t)| *t).chain(lead).collect();
                places.push(path.join(" › "));
            }
            _ => {}
        }
    }
    places
}

/// Writes the draft in `format` to `out` as it goes (buffered here: hand over the file
/// itself). A DOCX is a zip, whose writer seeks back to finish each part.
pub fn write<W: Write + Seek>(r: &document::Report, format: Format, out: W) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(64 * 1024, out);
    match format {
        Format::Markdown => markdown::write(r, &mut out)?,
        Format::Docx => {
            docx::write(r, &mut out)?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, r)?;
            out.write_all(b"\n")?;
        }
    }
    out.into_inner().map_err(io::IntoInnerError::into_error)?;
    Ok(())
}

/// The draft in `format`, as bytes (tests, and the run screen's export, which hands the
/// store bytes to write).
pub fn render(session: &Session, format: Format, options: Options) -> Result<Vec<u8>, ExportError> {
    render_with(session, format, options, Lists::default())
}

/// [`render`], with the recommendation lists as `lists` says.
pub fn render_with(
    session: &Session,
    format: Format,
    options: Options,
    lists: Lists,
) -> Result<Vec<u8>, ExportError> {
    let r = prepare_with(session, options, lists)?;
    let mut bytes = io::Cursor::new(Vec::new());
    write(&r, format, &mut bytes).map_err(|e| ExportError::Build(e.to_string()))?;
    Ok(bytes.into_inner())
}
