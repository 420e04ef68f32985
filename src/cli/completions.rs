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
    stdout.write_all(&script(shell)).and_then(|()| stdout.flush()).context("writing to standard output")?;
    Ok(ExitCode::SUCCESS)
}

/// The main manual page (roff).
pub fn page() -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out).context("writing the manual page")?;
    Ok(out)
}

/// `convene man`: the main page on standard output, or every page into `dir`.
pub fn man(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    match dir {
        None => {
            let page = page()?;
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&page).and_then(|()| stdout.flush()).context("writing to standard output")?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| {
                format!("cannot create the folder {}; check that you may write there", dir.display())
            })?;
            clap_mangen::generate_to(Cli::command(), dir).with_context(|| {
                format!(
                    "cannot write the manual pages into {}; check that you may write there",
                    dir.display()
                )
            })?;
            say!(
                "Manual pages written to {} (read one with `man -l {}/convene.1`)",
                dir.display(),
                dir.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
