//! `convene export`: the first draft of the report from a session's minutes, streamed into
//! its file.

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
    let report = match export::prepare(&recovered.session, Options { profile, redact }) {
        Ok(report) => report,
        Err(e) => {
            complain!("export refused: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    // The report holds all the draft needs: the session's memory is given back before the
    // file is written, so writing adds only its buffers to the report.
    drop(recovered);
    let write = |file: &mut std::fs::File| export::write(&report, format, file);
    let path = match output {
        Some(p) => {
            output::write_new_with(p, force, write)?;
            p.to_path_buf()
        }
        None => output::write_beside_with(
            &dir,
            &format!("report-{}", profile.as_str()),
            format.extension(),
            write,
        )?,
    };
    say!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}
