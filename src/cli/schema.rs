//! `convene schema`: prints the JSON Schemas generated from the Rust types.

use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Agenda files (agendas/*.json).
    Agenda,
    /// The minutes JSON of a session (`convene minutes`, minutes.json).
    Minutes,
}

pub fn schema_text(format: Format) -> String {
    let value = match format {
        Format::Agenda => crate::agenda::json_schema(),
        Format::Minutes => crate::session::json_schema(),
    };
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

pub fn run(format: Format) -> anyhow::Result<ExitCode> {
    print!("{}", schema_text(format));
    Ok(ExitCode::SUCCESS)
}
