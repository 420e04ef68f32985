//! The command line: clap subcommands that call into the pure cores and the store.

pub mod check;
mod schema;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Run a workshop or roundtable from a laptop and turn what is said into draft minutes.
///
/// Start by checking an agenda: `convene check agendas/dushanbe-roundtable-2009.json`
/// prints its planned schedule, or says precisely what is wrong with the file.
#[derive(Debug, Parser)]
#[command(name = "convene", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate an agenda file and print its planned schedule.
    ///
    /// Prints each day with every item's planned start and end, length, kind and title,
    /// then the day's total and end. Warns (without failing) about days that run past the
    /// room's hard end, fixed starts that cannot be met, speakers or group members missing
    /// from the participants, and duplicate ids. Exits 0 when the agenda is valid, 1 when
    /// it is not.
    Check {
        /// The agenda file (JSON), e.g. agendas/dushanbe-roundtable-2009.json
        agenda: PathBuf,
    },
    /// Print the JSON Schema of a file format, for editors and other programs.
    ///
    /// The agenda schema is also committed as agendas/agenda.schema.json; agenda files
    /// name it in "$schema" so editors validate and complete them as you type.
    Schema {
        #[arg(value_enum)]
        format: schema::Format,
    },
}

/// Parses the command line, runs the subcommand, and turns its outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { agenda } => check::run(&agenda),
        Command::Schema { format } => schema::run(format),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("convene: {err:#}");
            ExitCode::FAILURE
        }
    }
}
