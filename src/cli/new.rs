//! `convene new [FILE]`: a starting agenda from a few options, or from a few questions
//! when they are left out and someone is at the keyboard.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::agenda_file::{self, system_time_zone, today, zone};
use crate::agenda::EventDate;
use crate::agenda::starter::{Facts, starting_agenda};
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The file to write (default: the title as a file name, e.g.
    /// police-reform-roundtable.json; `-`: standard output).
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: Option<PathBuf>,
    /// The event's title.
    #[arg(long)]
    pub title: Option<String>,
    /// The first day, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = agenda_file::parse_date)]
    pub date: Option<EventDate>,
    /// How many days the event lasts (default 1).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=14))]
    pub days: Option<u8>,
    /// The venue's time zone: an IANA name (Asia/Dushanbe) or a city (Dushanbe). Default:
    /// this laptop's.
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// The event is held under the Chatham House Rule: the public report names no one.
    #[arg(long, conflicts_with = "no_chatham_house")]
    pub chatham_house: bool,
    /// The event is not held under the Chatham House Rule (the default; asks no question).
    #[arg(long)]
    pub no_chatham_house: bool,
    /// Ask nothing: what is not given takes its default.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(args: &NewArgs) -> anyhow::Result<ExitCode> {
    let interactive = !args.yes && std::io::stdin().is_terminal();
    // Said before any question: the answers would be lost.
    if let Some(file) = args.file.as_deref().filter(|f| !agenda_file::is_stdout(f) && exists(f)) {
        fail!("{}", words!("cli-file-exists", file = file.display().to_string()));
        return Ok(ExitCode::FAILURE);
    }
    let mut ask = Asker { interactive, lines: std::io::stdin().lock(), lang: super::lang() };
    let Some(facts) = facts(args, &mut ask)? else {
        return Ok(ExitCode::from(2));
    };
    let file = match &args.file {
        Some(file) => file.clone(),
        None => {
            let default = format!("{}.json", file_stem(&facts.title));
            ask.parsed(&words!("cli-new-ask-file"), &default, |t| {
                let path = PathBuf::from(t);
                if exists(&path) { Err(words!("cli-new-file-exists", file = t)) } else { Ok(path) }
            })?
        }
    };
    let agenda = starting_agenda(&facts).map_err(anyhow::Error::msg)?;
    if agenda_file::is_stdout(&file) {
        agenda_file::warn_all(&agenda_file::write_stdout(&agenda)?);
        return Ok(ExitCode::SUCCESS);
    }
    let written = agenda_file::write_new(&file, &agenda)?;
    say!(
        "{}",
        words!(
            "cli-new-wrote",
            file = file.display().to_string(),
            title = &facts.title,
            days = facts.days,
            date = facts.first_day.to_string(),
            zone = facts.time_zone.as_str()
        )
    );
    if let Some(schema) = &written.schema_written {
        say!("{}", words!("cli-wrote-schema", file = schema.display().to_string()));
    }
    if let Some(note) = &written.schema_note {
        caution!("{note}");
    }
    agenda_file::warn_all(&written.warnings);
    agenda_file::next_steps(&file, &words!("cli-new-todo"));
    Ok(ExitCode::SUCCESS)
}

/// The facts from the options, asking for what is missing; None after an option that is
/// wrong (already said).
fn facts(args: &NewArgs, ask: &mut Asker<impl BufRead>) -> anyhow::Result<Option<Facts>> {
    let title = match &args.title {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        Some(_) => {
            fail!("{}", words!("cli-title-empty"));
            return Ok(None);
        }
        None => ask.text(&words!("cli-new-ask-title"), &words!("cli-new-default-title"))?,
    };
    let time_zone = match &args.time_zone {
        Some(text) => match zone(text) {
            Ok(zone) => zone,
            Err(e) => {
                fail!("--time-zone: {e}");
                return Ok(None);
            }
        },
        None => ask.parsed(&words!("cli-new-ask-zone"), &system_time_zone(), zone)?,
    };
    let first_day = match args.date {
        Some(date) => date,
        None => {
            let default = today(time_zone.as_str()).to_string();
            ask.parsed(&words!("cli-new-ask-date"), &default, agenda_file::parse_date)?
        }
    };
    let days = match args.days {
        Some(days) => days,
        None => ask.parsed(&words!("cli-new-ask-days"), "1", |t| match t.parse::<u8>() {
            Ok(n @ 1..=14) => Ok(n),
            _ => Err(words!("cli-new-days-wrong", text = t)),
        })?,
    };
    let ask_lang = ask.lang;
    let chatham_house = if args.chatham_house || args.no_chatham_house {
        args.chatham_house
    } else {
        ask.parsed(&words!("cli-new-ask-chatham"), &words!("cli-new-no"), |t| yes_no(ask_lang, t))?
    };
    Ok(Some(Facts { title, first_day, days, time_zone, chatham_house }))
}

fn yes_no(lang: Lang, text: &str) -> Result<bool, String> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" | "д" | "да" => Ok(true),
        "n" | "no" | "н" | "нет" => Ok(false),
        _ => Err(t!(lang, "cli-new-yes-no", text = text)),
    }
}

/// Questions on the terminal; without one, every answer is the default, so `convene new`
/// also works from a script.
struct Asker<R> {
    interactive: bool,
    lines: R,
    /// The language of the questions' answers and complaints.
    lang: Lang,
}

impl<R: BufRead> Asker<R> {
    fn text(&mut self, question: &str, default: &str) -> anyhow::Result<String> {
        self.parsed(question, default, |t| Ok::<_, String>(t.to_string()))
    }

    fn parsed<T>(
        &mut self,
        question: &str,
        default: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> anyhow::Result<T> {
        loop {
            let answer = if self.interactive { self.line(question, default)? } else { None };
            let text = answer.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(default);
            match parse(text) {
                Ok(value) => return Ok(value),
                // A default that does not parse (a system zone jiff does not know) cannot
                // be asked again without a person.
                Err(e) if !self.interactive => anyhow::bail!("{e}"),
                Err(e) => complain!("  {e}"),
            }
        }
    }

    /// One answer; an error at the end of input (Ctrl-D cancels). Questions go to
    /// standard error, so `convene new -` leaves standard output to the agenda.
    fn line(&mut self, question: &str, default: &str) -> anyhow::Result<Option<String>> {
        let mut out = std::io::stderr().lock();
        write!(out, "{} [{}]: ", crate::safe_text::line(question), crate::safe_text::line(default))?;
        out.flush()?;
        let mut answer = String::new();
        if self.lines.read_line(&mut answer)? == 0 {
            // Ctrl-D at a question is how many people cancel.
            writeln!(out)?;
            anyhow::bail!(t!(self.lang, "cli-new-cancelled", question = question));
        }
        Ok(Some(answer))
    }
}

/// A file name from a title: lower-case ASCII words joined by hyphens ("Круглый стол" gives
/// "kruglyy-stol").
fn file_stem(title: &str) -> String {
    let ascii = any_ascii::any_ascii(title).to_lowercase();
    let words: Vec<&str> =
        ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut stem = String::new();
    for word in words {
        if stem.len() + word.len() > 48 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(word);
    }
    if stem.is_empty() { "agenda".to_string() } else { stem }
}

fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_titles() {
        assert_eq!(file_stem("Police reform roundtable"), "police-reform-roundtable");
        assert_eq!(file_stem("Круглый стол: полиция и общество"), "kruglyy-stol-politsiya-i-obshchestvo");
        assert_eq!(file_stem("!!!"), "agenda");
    }

    #[test]
    fn wrong_answers_are_asked_again_and_end_of_input_cancels() {
        let mut ask = Asker {
            interactive: true,
            lines: std::io::Cursor::new("Bishkek\nnot-a-date\n2026-12-03\n\n"),
            lang: Lang::En,
        };
        let zone = ask.parsed("zone", "UTC", zone).unwrap();
        assert_eq!(zone.as_str(), "Asia/Bishkek");
        // A wrong answer is asked again.
        let date = ask.parsed("date", "2026-01-01", EventDate::parse).unwrap();
        assert_eq!(date.to_string(), "2026-12-03");
        // Enter takes the default.
        let days = ask.parsed("days", "1", |t| t.parse::<u8>().map_err(|e| e.to_string())).unwrap();
        assert_eq!(days, 1);
        // Ctrl-D cancels.
        let err = ask.text("title", "Roundtable").unwrap_err().to_string();
        assert!(err.contains("cancelled"), "{err}");
    }
}
