//! Minutes -> the first draft of the report: Markdown, DOCX, or the draft's structure as
//! JSON, in an internal or a public (Chatham House) profile.
//!
//! No UI and no IO of its own: the draft is written into whatever `std::io::Write` the
//! caller hands over (a file the store opened, or a `Vec`), as the report is walked, so a
//! draft of any length never sits whole in memory (issue 13).

mod annex;
mod build;
pub mod document;
mod docx;
pub mod markdown;
pub mod privacy;

pub use build::{Options, dates, report};
pub use privacy::{Leak, Profile};

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

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "a public export would name participants in {} place(s):\n{}\nFix those notes (in the review list: r, then / to search), or export with --redact to replace them with \"[a participant]\" or \"[an institution]\". An institution that may be named (a public body discussed as a subject) goes in the agenda's event.public_names",
        .0.len(),
        .0.iter().map(|l| format!("  - {l}")).collect::<Vec<_>>().join("\n")
    )]
    NamesInText(Vec<Leak>),
    #[error("could not build the document: {0}")]
    Build(String),
}

/// The report for `options`, or why it is refused (names in a public draft).
pub fn prepare(session: &Session, options: Options) -> Result<document::Report, ExportError> {
    report(session, options).map_err(ExportError::NamesInText)
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
    let r = prepare(session, options)?;
    let mut bytes = io::Cursor::new(Vec::new());
    write(&r, format, &mut bytes).map_err(|e| ExportError::Build(e.to_string()))?;
    Ok(bytes.into_inner())
}
