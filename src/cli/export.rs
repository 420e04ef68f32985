//! `convene export`: the first draft of the report from a session's minutes, streamed into
//! its file; with `--review-pack`, the files each presenter and group rapporteur checks.

use std::path::{Path, PathBuf};
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
    let mut report = match export::prepare_with(&recovered.session, options, lists) {
        Ok(report) => report,
        Err(e) => {
            fail!("{}", words!("cli-export-refused", error = e.message(super::lang())));
            return Ok(ExitCode::FAILURE);
        }
    };
    // The report holds all the draft needs: the session's memory is given back before the
    // file is written, so writing adds only its buffers to the report.
    drop(recovered);
    // The Markdown's pictures are files beside it; Word and JSON carry their own.
    let figures: Vec<(String, String)> = match format {
        Format::Markdown => report.figures().map(|(name, svg)| (name.to_string(), svg.to_string())).collect(),
        Format::Docx | Format::Json => Vec::new(),
    };
    if output.is_some_and(|p| p == Path::new("-")) {
        if !figures.is_empty() {
            remark!("{}", words!("pictures-not-written", n = figures.len()));
        }
        return to_stdout(&report, format);
    }
    let base = format!("report-{}", options.profile.as_str());
    let path = match output {
        Some(p) => {
            let pictures = beside_file(p, &figures, force)?;
            for (name, path) in &pictures {
                report.set_figure_file(name, file_name(path));
            }
            output::write_new_with(p, force, |file| export::write(&report, format, file))?;
            for ((_, path), (_, svg)) in pictures.iter().zip(&figures) {
                output::write_new(path, svg.as_bytes(), force)?;
            }
            p.to_path_buf()
        }
        None => {
            // First the pictures, each under the first free name: the Markdown links the
            // names they got.
            for (name, svg) in &figures {
                let path = output::write_beside(&dir, &format!("{base}-{name}"), "svg", svg.as_bytes())?;
                report.set_figure_file(name, file_name(&path));
            }
            output::write_beside_with(&dir, &base, format.extension(), |file| {
                export::write(&report, format, file)
            })?
        }
    };
    say!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// Where the pictures of a draft written to `file` go: beside it, named after it
/// (`draft.md` → `draft-timeline-day-1.svg`). Without `force`, refused before anything is
/// written when one of them is there already, as the draft itself would be.
fn beside_file(
    file: &Path,
    figures: &[(String, String)],
    force: bool,
) -> Result<Vec<(String, PathBuf)>, output::OutputError> {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let pictures: Vec<(String, PathBuf)> = figures
        .iter()
        .map(|(name, _)| (name.clone(), file.with_file_name(format!("{stem}-{name}.svg"))))
        .collect();
    if !force && let Some((_, taken)) = pictures.iter().find(|(_, p)| std::fs::symlink_metadata(p).is_ok()) {
        return Err(output::OutputError::Exists(taken.clone()));
    }
    Ok(pictures)
}

/// The name a picture is linked by from the Markdown beside it.
fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
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
