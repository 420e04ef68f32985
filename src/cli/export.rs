//! `convene export`: the first draft of the report from a session's minutes, streamed into
//! its file.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use jiff::Timestamp;

use crate::export::{self, Format, Options};
use crate::store::{self, output, paths};

pub fn run(
    data_dir: &Path,
    session: &str,
    format: Format,
    options: Options,
    output: Option<&Path>,
    force: bool,
) -> anyhow::Result<ExitCode> {
    let dir = paths::resolve_session(data_dir, session, crate::cli::lang()).map_err(anyhow::Error::msg)?;
    let recovered = store::read_session(&dir, Timestamp::now())?;
    if !recovered.report.is_clean() {
        caution!("{}", words!("cli-export-needs-attention", session = session));
    }
    let report = match export::prepare(&recovered.session, options) {
        Ok(report) => report,
        Err(e) => {
            fail!("{}", words!("cli-export-refused", error = e.message(super::lang())));
            return Ok(ExitCode::FAILURE);
        }
    };
    // The report holds all the draft needs: the session's memory is given back before the
    // file is written, so writing adds only its buffers to the report.
    drop(recovered);
    if output.is_some_and(|p| p == Path::new("-")) {
        return to_stdout(&report, format);
    }
    let write = |file: &mut std::fs::File| export::write(&report, format, file);
    let path = match output {
        Some(p) => {
            output::write_new_with(p, force, write)?;
            p.to_path_buf()
        }
        None => output::write_beside_with(
            &dir,
            &format!("report-{}", options.profile.as_str()),
            format.extension(),
            write,
        )?,
    };
    say!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// `-o -`: the draft on standard output, for a pipe or a redirection (a Word file is
/// binary: it never goes to a terminal).
fn to_stdout(report: &export::document::Report, format: Format) -> anyhow::Result<ExitCode> {
    use std::io::{IsTerminal, Write};
    if format == Format::Docx && std::io::stdout().is_terminal() {
        fail!("{}", words!("cli-export-binary"));
        return Ok(ExitCode::FAILURE);
    }
    // Word needs to seek back into what it wrote: the draft is put together here first.
    let mut bytes = std::io::Cursor::new(Vec::new());
    export::write(report, format, &mut bytes)?;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes.get_ref()).and_then(|()| out.flush()).context(words!("cli-writing-stdout"))?;
    Ok(ExitCode::SUCCESS)
}
