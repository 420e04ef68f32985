//! The command line: clap subcommands that call into the pure cores and the store.
//!
//! Everything printed goes through [`say!`] / [`complain!`] (or [`crate::safe_text`]
//! directly): titles, names, folder names and error messages quote files and people, and
//! must not reach the terminal with escape sequences or bidirectional overrides in them.
//! Its words are the operator's language's ([`lang`]), from locales/*/cli.ftl.

/// `println!`, made safe for the terminal by [`crate::safe_text::text`].
macro_rules! say {
    ($($arg:tt)*) => {{
        // A reader that went away (`| head`) is no reason to panic: what was asked for is
        // done; the lines nobody reads are dropped.
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), "{}", $crate::safe_text::text(&format!($($arg)*)));
    }};
}

/// `eprintln!`, made safe for the terminal by [`crate::safe_text::text`].
macro_rules! complain {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::safe_text::text(&format!($($arg)*)))
    };
}

/// An error for the person at the terminal, in the one style every command uses:
/// `convene: error: what is wrong; what to do` («convene: ошибка: …»).
macro_rules! fail {
    ($($arg:tt)*) => {
        complain!("{}", $crate::t!($crate::cli::lang(), "cli-error", text = format!($($arg)*)))
    };
}

/// A warning in the same style: `convene: warning: …` (the command goes on).
macro_rules! caution {
    ($($arg:tt)*) => {
        complain!("{}", $crate::t!($crate::cli::lang(), "cli-warning", text = format!($($arg)*)))
    };
}

/// A note in the same style: `convene: note: …`, something the person should know.
macro_rules! remark {
    ($($arg:tt)*) => {
        complain!("{}", $crate::t!($crate::cli::lang(), "cli-note", text = format!($($arg)*)))
    };
}

/// A message of cli.ftl in the operator's language: `words!("cli-…", name = value)`.
macro_rules! words {
    ($($arg:tt)*) => {
        $crate::t!($crate::cli::lang(), $($arg)*)
    };
}

mod agenda_file;
pub mod check;
mod completions;
pub mod export;
pub mod finish;
pub mod groups;
mod help;
mod import;
mod new;
mod schema;
pub mod sessions;
mod timer;
mod usage;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Args, FromArgMatches, Parser, Subcommand};

use crate::i18n::Lang;

/// How every error convene prints starts, in English (see [`error_prefix`]).
pub const ERROR: &str = "convene: error: ";

/// The operator's language for everything the command line says: the `language` setting,
/// else the system's locale, else English. Read once: a command says all in one language.
pub fn lang() -> Lang {
    static LANG: OnceLock<Lang> = OnceLock::new();
    *LANG.get_or_init(crate::runtime::settings_file::interface_lang)
}

/// How every error starts in the operator's language: "convene: error: ",
/// "convene: ошибка: ".
pub fn error_prefix() -> String {
    words!("cli-error", text = "")
}

/// An agenda that did not load, as `convene check`, `groups` and `run` say it: in the
/// operator's language, with its place, the line and the help.
pub fn agenda_error(err: &crate::agenda::AgendaError) -> String {
    words!("cli-error", text = err.in_lang(lang()))
}

/// Run a workshop or roundtable from a laptop and turn what is said into draft minutes.
///
/// Start with `convene new my-event.json` (a starting agenda to edit) and `convene run
/// my-event.json`: the facilitator's timer, the projector view and the rapporteur's notes;
/// or `convene timer 10m "Coffee break"` for a countdown without an agenda. `convene check AGENDA` prints an agenda's
/// planned schedule, or says precisely what is wrong with the file; `convene export SESSION`
/// writes the first draft of the report.
#[derive(Debug, Parser)]
#[command(name = "convene", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// `--room-language`, on the commands that show the projector.
#[derive(Debug, Clone, Args)]
pub struct Room {
    /// The projector's language: ru, tg or en (default: the `room_language` setting, else
    /// the agenda's first language convene speaks, else English).
    #[arg(long, value_name = "LANG", value_parser = room_language)]
    pub room_language: Option<String>,
    /// For screen readers: plain lines at fixed places, no box drawing or big digits, stage
    /// changes announced as a line of text (also the `plain` setting).
    #[arg(long)]
    pub plain: bool,
    /// Black and white, bold and reversed instead of colours (also the `high_contrast`
    /// setting).
    #[arg(long)]
    pub high_contrast: bool,
}

impl Room {
    pub fn overrides(&self) -> crate::app::Overrides {
        crate::app::Overrides {
            room_language: self.room_language.clone(),
            plain: self.plain,
            high_contrast: self.high_contrast,
        }
    }
}

fn room_language(text: &str) -> Result<String, String> {
    Lang::from_code(text)
        .map(|l| l.code().to_string())
        .ok_or_else(|| words!("cli-language-unknown", text = text))
}

/// A time of day typed on the command line, what is wrong with it said in the operator's
/// language.
fn clock_time(text: &str) -> Result<crate::agenda::ClockTime, String> {
    crate::agenda::ClockTime::read(text).map_err(|e| e.message(lang()))
}

/// `--data-dir`, on the commands that keep or read sessions (and only on those).
#[derive(Debug, Clone, Args)]
pub struct DataDir {
    /// Where sessions are kept (default: the user's data folder, e.g. ~/.local/share/convene).
    #[arg(long, env = "CONVENE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl DataDir {
    fn resolve(&self) -> anyhow::Result<PathBuf> {
        self.data_dir
            .clone()
            .or_else(crate::store::paths::default_data_dir)
            .ok_or_else(|| anyhow::anyhow!(words!("cli-no-home")))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a starting agenda to edit: the event, a roster, days with items of each kind,
    /// working groups and their report-back.
    ///
    /// Asks for the title, first date, number of days, time zone and the Chatham House Rule
    /// when they are not given as options (and standard input is a terminal; otherwise the
    /// defaults are taken). Writes the agenda's JSON Schema beside it, so editors check and
    /// complete the file as you type, and checks the agenda as `convene check` does. Never
    /// writes over an existing file.
    New(new::NewArgs),
    /// Turn an agenda you already have (CSV from Excel or LibreOffice, or a plain-text
    /// list such as "09:00 Opening remarks (30)") into an agenda file.
    ///
    /// CSV columns are found by their headers, in English or Russian: start or duration
    /// (or both), title, kind, speakers (and optionally day or date, section and
    /// description); commas or semicolons, UTF-8 with or without a BOM. Every line that
    /// cannot be read is reported with its line number, and then nothing is written.
    /// Never writes over an existing file.
    Import(import::ImportArgs),
    /// A countdown without an agenda: `convene timer 10m "Coffee break"`, `convene timer
    /// 14:00`.
    ///
    /// The run screen and projector view for a single item, with the usual stages, keys
    /// and message line, recorded as a small session like any other (it survives a crash,
    /// `convene run --resume` goes on with it, and `convene sessions` lists it). The
    /// countdown starts at once.
    Timer(timer::TimerArgs),
    /// Print a shell's completion script for convene.
    ///
    /// bash: `convene completions bash > ~/.local/share/bash-completion/completions/convene`;
    /// zsh: `convene completions zsh > ~/.zfunc/_convene` (with ~/.zfunc in fpath); fish:
    /// `convene completions fish > ~/.config/fish/completions/convene.fish`; PowerShell:
    /// `convene completions powershell >> $PROFILE`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print convene's manual page (roff), or write one page per command into a folder.
    ///
    /// Read it with `convene man | man -l -`; install it with `convene man --dir
    /// ~/.local/share/man/man1`.
    Man {
        /// Write convene.1 and a page per command (convene-run.1, …) into DIR instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// With --dir: replace pages that are already there.
        #[arg(long, requires = "dir")]
        force: bool,
    },
    /// Validate an agenda file and print its planned schedule.
    ///
    /// Prints each day with every item's planned start and end, length, kind and title,
    /// then the day's total and end. Warns (without failing) about days that run past the
    /// room's hard end, fixed starts that cannot be met, speakers or group members missing
    /// from the participants, and duplicate ids. Exits 0 when the agenda is valid, 1 when
    /// it is not.
    Check {
        /// The agenda file (JSON), e.g. agendas/dushanbe-roundtable-2009.json
        #[arg(value_hint = clap::ValueHint::FilePath)]
        agenda: PathBuf,
    },
    /// Run an agenda: the facilitator's timer and the projector view.
    ///
    /// Opens a new session of AGENDA, or offers to resume an unfinished one (and to review
    /// its last session when that one is finished). Without AGENDA, lets you pick from the
    /// unfinished sessions, the finished ones (for review and export) and the agendas in
    /// ./agendas.
    /// Every change is saved as it happens; quit with q at any time and run again to
    /// resume. Press ? in the program for all keys.
    Run {
        #[command(flatten)]
        store: DataDir,
        /// The agenda file (JSON), e.g. agendas/dushanbe-roundtable-2009.json
        #[arg(conflicts_with = "resume", value_hint = clap::ValueHint::FilePath)]
        agenda: Option<PathBuf>,
        /// Resume this session straight away (folder name or a unique part of it; see
        /// `convene sessions`), without the launcher.
        #[arg(long, value_name = "SESSION")]
        resume: Option<String>,
        /// Record this session as one more laptop, with its own journal beside the others':
        /// a session folder that arrived by a sync tool, or a second rapporteur's window on
        /// this laptop. Notes from every laptop show on every one.
        #[arg(long, value_name = "SESSION", conflicts_with_all = ["agenda", "resume"])]
        join: Option<String>,
        #[command(flatten)]
        room: Room,
    },
    /// Follow a live session in a read-only window: the projector view by default, updated
    /// within a moment of every change (on this laptop, or arriving from another one by a
    /// sync tool). Takes no lock and writes nothing: run it beside `convene run`, on a
    /// second screen.
    Follow {
        #[command(flatten)]
        store: DataDir,
        /// The session: its folder name, any unique part of it, or its path.
        session: String,
        /// The full run screen (read-only) instead of the projector view.
        #[arg(long)]
        operator: bool,
        #[command(flatten)]
        room: Room,
    },
    /// Form working groups from an agenda's participants and print who is in which.
    ///
    /// Every participant is placed exactly once, group sizes differ by at most one, and
    /// each stakeholder group (law enforcement, NGO, …) is spread as evenly as possible.
    /// The same --seed always gives the same groups.
    Groups {
        /// The agenda file (JSON) whose participants are grouped.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        agenda: PathBuf,
        /// How many groups.
        #[arg(long, short = 'n')]
        count: usize,
        /// Makes the grouping reproducible; without it a seed is chosen and printed.
        #[arg(long)]
        seed: Option<u64>,
    },
    /// Print the JSON Schema of a file format, for editors and other programs.
    ///
    /// The agenda schema is also committed as agendas/agenda.schema.json; agenda files
    /// name it in "$schema" so editors validate and complete them as you type.
    Schema {
        #[arg(value_enum)]
        format: schema::Format,
    },
    /// List recorded sessions: agenda, started, last change, entries, open or finished.
    Sessions {
        #[command(flatten)]
        store: DataDir,
    },
    /// Check a session's files without changing them, and say what would be lost.
    ///
    /// Runs recovery read-only and prints records ok, records dropped, whether the journal
    /// tail was cut, and files set aside. Exits 0 when nothing was lost or invalid, 1
    /// otherwise.
    Verify {
        #[command(flatten)]
        store: DataDir,
        /// Session folder name (or a unique part of it, or its path); see `convene sessions`.
        session: String,
    },
    /// Write the first draft of the report from a session's minutes.
    ///
    /// The draft follows the structure of a roundtable report: Background, Approach,
    /// Materials, per session Presentations and Discussions and the working groups'
    /// outputs, General Conclusions, the recommendations and follow-up lists, references
    /// as footnotes, and annexes with the agenda as run and speaking time. Without -o the
    /// file goes into the session's folder, never over an earlier export. Once the plenary
    /// has decided on recommendations, the lists hold the adopted ones, and an annex says
    /// how the room supported each. --review-pack writes, instead of the draft, the points
    /// each presenter and each group's rapporteur is to check.
    Export {
        #[command(flatten)]
        store: DataDir,
        /// Session folder name (or a unique part of it, or its path); see `convene sessions`.
        session: String,
        #[arg(long, value_enum, default_value = "markdown")]
        format: crate::export::Format,
        /// internal keeps attributions; public follows the Chatham House Rule (no names or
        /// affiliations anywhere).
        #[arg(long, value_enum, default_value = "internal")]
        profile: crate::export::Profile,
        /// Write to this file (`-`: standard output, for a pipe or a redirection).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Public profile: replace participants' names found in notes with "[a participant]"
        /// instead of refusing and listing where they are.
        #[arg(long)]
        redact: bool,
        /// The report's language for its headings and fixed phrases: en, ru or tg (default:
        /// the agenda's first language convene speaks, else English).
        #[arg(long, value_name = "LANG", value_parser = room_language)]
        lang: Option<String>,
        /// Once the plenary has decided: also list the recommendations it took note of, after
        /// the adopted ones ("Recommendations noted by the plenary").
        #[arg(long)]
        with_noted: bool,
        /// How points say who made them, over the agenda's report block: STYLE (after,
        /// lead-in, footnote, none) for every part, or PART=STYLE for one of presentations,
        /// discussions, working-groups, conclusions, recommendations. Repeatable.
        #[arg(long, value_name = "[PART=]STYLE", value_parser = crate::export::attribution::parse_choice)]
        attribution:
            Vec<(Option<crate::agenda::report::ReportPart>, crate::agenda::report::AttributionStyle)>,
        /// Public profile: write the draft although parts of it still say "[to be written]"
        /// (agenda items nobody captured a point for).
        #[arg(long)]
        allow_placeholders: bool,
        /// Instead of the draft, write the review pack into the session's folder: for each
        /// presenter and each working group's rapporteur with points, a Markdown and a Word
        /// file listing those points, each headed by its number (#1a2b3c4d), to approve or
        /// correct.
        #[arg(long, conflicts_with_all = ["format", "profile", "output", "force", "redact", "with_noted", "attribution", "allow_placeholders"])]
        review_pack: bool,
    },
    /// Finish a session's event: the clock stops for good; the notes stay open.
    ///
    /// Records the end of the event, as X does on the run screen, for a session that was
    /// quit without finishing it. The item on the clock ends at the finish. `convene
    /// sessions` then shows it finished; `convene export` and `convene run --resume` still
    /// open it for review and export. Refused, with nothing changed, while the session is
    /// open in a running convene (finish it there with X). A session already finished is
    /// left as it is. Exits 0 when the session is finished (now or before), 1 otherwise.
    Finish {
        #[command(flatten)]
        store: DataDir,
        /// Session folder name (or a unique part of it, or its path); see `convene sessions`.
        session: String,
        /// When the event ended, if not now (the facilitator forgot to finish it): a time of
        /// day in the venue's time zone, on the day of the session's last recorded change,
        /// no earlier than that change and no later than now.
        #[arg(long, value_name = "HH:MM", value_parser = clock_time)]
        at: Option<crate::agenda::ClockTime>,
    },
    /// Write a session's minutes JSON (documented by `convene schema minutes`).
    Minutes {
        #[command(flatten)]
        store: DataDir,
        /// Session folder name (or a unique part of it, or its path); see `convene sessions`.
        session: String,
        /// Write to this file instead of standard output (`-`: standard output too).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// Parses the command line, runs the subcommand, and turns its outcome into an exit code.
pub fn main() -> ExitCode {
    let parsed = help::command(lang()).try_get_matches().and_then(|matches| {
        Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut help::command(lang())))
    });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => return usage::error(&err),
    };
    match dispatch(&cli.command) {
        Ok(code) => code,
        Err(err) => {
            fail!("{err:#}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch(command: &Command) -> anyhow::Result<ExitCode> {
    let session_dir = |d: &Path, name: &str| {
        crate::store::paths::resolve_session(d, name, crate::cli::lang()).map_err(anyhow::Error::msg)
    };
    match command {
        Command::New(args) => new::run(args),
        Command::Import(args) => import::run(args),
        Command::Timer(args) => timer::run(args),
        Command::Completions { shell } => completions::completions(*shell),
        Command::Man { dir, force } => completions::man(dir.as_deref(), *force),
        Command::Check { agenda } => check::run(agenda),
        Command::Run { agenda, resume, join, room, store } => {
            let d = store.resolve()?;
            let start = match (resume, join) {
                (Some(name), _) => crate::runtime::Start::Resume(session_dir(&d, name)?),
                (None, Some(name)) => crate::runtime::Start::Join(session_dir(&d, name)?),
                (None, None) => match agenda {
                    Some(path) => crate::runtime::Start::Agenda(path.clone()),
                    None => crate::runtime::Start::Pick,
                },
            };
            crate::runtime::run(start, &d, &room.overrides())
        }
        Command::Follow { session, operator, room, store } => {
            let d = store.resolve()?;
            crate::runtime::follow(&session_dir(&d, session)?, *operator, &room.overrides())
        }
        Command::Schema { format } => schema::run(*format),
        Command::Groups { agenda, count, seed } => groups::run(agenda, *count, *seed),
        Command::Sessions { store } => sessions::run_list(&store.resolve()?),
        Command::Verify { session, store } => sessions::run_verify(&store.resolve()?, session),
        Command::Export {
            session,
            format,
            profile,
            output,
            force,
            redact,
            lang,
            with_noted,
            attribution,
            allow_placeholders,
            review_pack,
            store,
        } => {
            let lang = lang.as_deref().and_then(crate::i18n::Lang::from_code);
            if *review_pack {
                return export::run_review_pack(&store.resolve()?, session, lang);
            }
            let mut choice = crate::export::attribution::AttributionChoice::default();
            for (part, style) in attribution {
                choice.set(*part, *style);
            }
            let options = crate::export::Options {
                profile: *profile,
                redact: *redact,
                lang,
                allow_placeholders: *allow_placeholders,
                attribution: choice,
            };
            let lists = crate::export::Lists { noted: *with_noted };
            export::run(&store.resolve()?, session, *format, options, lists, output.as_deref(), *force)
        }
        Command::Finish { session, at, store } => finish::run(&store.resolve()?, session, *at),
        Command::Minutes { session, output, force, store } => {
            sessions::run_minutes(&store.resolve()?, session, output.as_deref(), *force)
        }
    }
}
