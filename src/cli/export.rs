//! `convene export`: the first draft of the report from a session's minutes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use jiff::Timestamp;

use super::sessions::write_new_file;
use crate::export::{self, Format, Options, Profile};
use crate::store::{self, paths};

pub fn run(
    data_dir: &Path,
    session: &str,
    format: Format,
    profile: Profile,
    output: Option<&Path>,
    force: bool,
    redact: bool,
) -> anyhow::Result<ExitCode> {
    let dir = paths::resolve_session(data_dir, session).map_err(anyhow::Error::msg)?;
    let recovered = store::read_session(&dir, Timestamp::now())?;
    if !recovered.report.is_clean() {
        eprintln!(
            "warning: the session needs attention (run `convene verify {session}`); exporting what could be read"
        );
    }
    let bytes = match export::render(&recovered.session, format, Options { profile, redact }) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("export refused: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let path = match output {
        Some(p) => {
            write_new_file(p, &bytes, force)?;
            p.to_path_buf()
        }
        None => write_beside(&dir, format, profile, &bytes)?,
    };
    println!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// Writes into the session folder as report-PROFILE.EXT, or -2, -3 … rather than replace
/// an earlier export.
pub fn write_beside(dir: &Path, format: Format, profile: Profile, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    let base = format!("report-{}", profile.as_str());
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{base}.{}", format.extension())
        } else {
            format!("{base}-{n}.{}", format.extension())
        };
        let path = dir.join(&name);
        if !path.exists() {
            write_new_file(&path, bytes, false)?;
            return Ok(path);
        }
    }
    Err(anyhow!("{} holds 999 exports already; pass -o FILE", dir.display()))
}
