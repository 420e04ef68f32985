//! Minutes -> the first draft of the report: Markdown, DOCX, or the draft's structure as
//! JSON, in an internal or a public (Chatham House) profile.
//!
//! Pure: no UI, no IO; the caller writes the bytes.

mod annex;
mod build;
pub mod document;
mod docx;
pub mod markdown;
pub mod privacy;

pub use build::{Options, dates, report};
pub use privacy::{Leak, Profile};

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

/// The draft in `format`, as bytes to write.
pub fn render(session: &Session, format: Format, options: Options) -> Result<Vec<u8>, ExportError> {
    let r = report(session, options).map_err(ExportError::NamesInText)?;
    match format {
        Format::Markdown => Ok(markdown::render(&r).into_bytes()),
        Format::Docx => docx::render(&r).map_err(ExportError::Build),
        Format::Json => {
            let mut bytes = serde_json::to_vec_pretty(&r).map_err(|e| ExportError::Build(e.to_string()))?;
            bytes.push(b'\n');
            Ok(bytes)
        }
    }
}
