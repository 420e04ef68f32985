//! `convene export`: the first draft of the report from a session's minutes, streamed into
//! its file; with `--review-pack`, the files each presenter and group rapporteur checks.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use jiff::Timestamp;

use crate::export::{self, Format, Lists, Options};
use crate::i18n::Lang;
use crate::store::{self, output, paths};

pub fn run(
    data_dir: &Path,
    session: &str,
    format: Format,
    options: Options,
    lists: Lists,
    output: Option<&Path>,
    force: bool,
) -> anyhow::Result<ExitCode> {
    let (dir, recovered) = open(data_dir, session)?;
    let report = match export::prepare_with(&recovered.session, options, lists) {
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

/// The session's folder and what could be read of it, with a warning when that was not
/// all.
fn open(data_dir: &Path, session: &str) -> anyhow::Result<(std::path::PathBuf, store::recovery::Recovered)> {
    let dir = paths::resolve_session(data_dir, session, crate::cli::lang()).map_err(anyhow::Error::msg)?;
    let recovered = store::read_session(&dir, Timestamp::now())?;
    if !recovered.report.is_clean() {
        caution!("{}", words!("cli-export-needs-attention", session = session));
    }
    Ok((dir, recovered))
}

/// `--review-pack`: a Markdown and a Word file per presenter and group rapporteur with
/// points, in the session's folder (never over an earlier file), each path printed as the
/// draft's is. A session with no such points says so and writes nothing.
pub fn run_review_pack(data_dir: &Path, session: &str, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let (dir, recovered) = open(data_dir, session)?;
    let packs = export::review_pack(&recovered.session, lang);
    drop(recovered);
    if packs.is_empty() {
        remark!("{}", words!("cli-export-no-review-pack"));
        return Ok(ExitCode::SUCCESS);
    }
    for pack in &packs {
        for format in [Format::Markdown, Format::Docx] {
            let write = |file: &mut std::fs::File| export::write(&pack.report, format, file);
            let path = output::write_beside_with(&dir, &pack.name, format.extension(), write)?;
            say!("{}", path.display());
        }
    }
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
