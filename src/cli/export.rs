//! `convene export`: the first draft of the report from a session's minutes.

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use crate::export::{self, Format, Options, Profile};
use crate::store::{self, output, paths};

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
        complain!(
            "warning: the session needs attention (run `convene verify {session}`); exporting what could be read"
        );
    }
    let bytes = match export::render(&recovered.session, format, Options { profile, redact }) {
        Ok(bytes) => bytes,
        Err(e) => {
            complain!("export refused: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let path = match output {
        Some(p) => {
            output::write_new(p, &bytes, force)?;
            p.to_path_buf()
        }
        None => {
            output::write_beside(&dir, &format!("report-{}", profile.as_str()), format.extension(), &bytes)?
        }
    };
    say!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}
