//! `convene completions SHELL` and `convene man`: generated from the same clap definition
//! that parses the command line, so they cannot drift from it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use super::Cli;

/// The completion script for `shell`, as text.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "convene", &mut out);
    out
}

pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script(shell)).and_then(|()| stdout.flush()).context(words!("cli-writing-stdout"))?;
    Ok(ExitCode::SUCCESS)
}

/// The main manual page (roff).
pub fn page() -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out).context(words!("cli-man-writing-main"))?;
    Ok(out)
}

/// Every page: convene.1, and convene-COMMAND.1 for each command, as clap_mangen names
/// them.
fn pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut out = Vec::new();
    let mut render = |cmd: clap::Command| -> anyhow::Result<()> {
        let man = clap_mangen::Man::new(cmd);
        let mut page = Vec::new();
        man.render(&mut page).context(words!("cli-man-writing"))?;
        out.push((man.get_filename(), page));
        Ok(())
    };
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        render(sub.clone())?;
    }
    render(command)?;
    Ok(out)
}

/// `convene man`: the main page on standard output, or every page into `dir` (never over
/// a file that is there, unless `force`).
pub fn man(dir: Option<&Path>, force: bool) -> anyhow::Result<ExitCode> {
    match dir {
        None => {
            let page = page()?;
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&page).and_then(|()| stdout.flush()).context(words!("cli-writing-stdout"))?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| words!("cli-man-cannot-create", dir = dir.display().to_string()))?;
            let (mut kept, mut written) = (Vec::new(), 0);
            for (name, page) in pages()? {
                let path = dir.join(&name);
                match crate::store::output::write_new(&path, &page, force) {
                    Ok(()) => written += 1,
                    Err(crate::store::output::OutputError::Exists(_)) => kept.push(name),
                    Err(e) => return Err(anyhow::Error::msg(e)),
                }
            }
            if !kept.is_empty() {
                fail!(
                    "{}",
                    words!(
                        "cli-man-kept",
                        written = written,
                        kept = kept.len(),
                        dir = dir.display().to_string(),
                        pages = kept.join(", ")
                    )
                );
                return Ok(ExitCode::FAILURE);
            }
            say!("{}", words!("cli-man-written", dir = dir.display().to_string()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
