//! `convene import FILE`: an agenda the facilitator already has (CSV from Excel or
//! LibreOffice, or a plain-text list) as an agenda file. Reading the file and printing
//! live here; what the file means is [`crate::agenda::import`]'s.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use super::agenda_file::{self, system_time_zone, today};
use crate::agenda::import::{self, ImportError, Imported, Options};
use crate::agenda::{EventDate, MAX_AGENDA_BYTES, TimeZoneName};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The agenda to import: CSV saved from Excel or LibreOffice (.csv, .tsv), or a plain-text
    /// list, one item a line ("09:00 Opening remarks (30)"). A file not named .csv whose
    /// first line names the columns is read as CSV too.
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// The event's title (default: the file's name, e.g. "Police reform roundtable" for
    /// police-reform-roundtable.csv).
    #[arg(long)]
    pub title: Option<String>,
    /// The first day, YYYY-MM-DD (default: today). Dates in the file win; a day without
    /// one is the day after the day before.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = agenda_file::parse_date)]
    pub date: Option<EventDate>,
    /// The venue's time zone: an IANA name (Asia/Dushanbe) or a city (Dushanbe). Default:
    /// this laptop's.
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// The event is held under the Chatham House Rule: the public report names no one.
    #[arg(long)]
    pub chatham_house: bool,
    /// The agenda file to write (default: FILE with .json instead of its extension; `-`:
    /// standard output). An existing file is never written over.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let input = &args.file;
    let shown = input.display().to_string();
    let output = args.output.clone().unwrap_or_else(|| input.with_extension("json"));
    let to_stdout = agenda_file::is_stdout(&output);
    // Said before the file is read: fixing its lines would not help.
    if !to_stdout && std::fs::symlink_metadata(&output).is_ok() {
        fail!(
            "{} already exists and was left as it is; nothing was written. Choose another file with -o FILE (or move that file away first)",
            output.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let Some(options) = options(args)? else { return Ok(ExitCode::from(2)) };
    let bytes = read_limited(input)?;
    let extension = input.extension().and_then(|e| e.to_str());
    let imported = match import::import(&bytes, extension, &options) {
        Ok(imported) => imported,
        Err(ImportError::Lines(lines)) => {
            let n = lines.len();
            let (count, them) =
                if n == 1 { ("1 line".to_string(), "it") } else { (format!("{n} lines"), "them") };
            fail!(
                "{count} of {shown} could not be read; nothing was written. Fix {them} and run the import again:"
            );
            for line in &lines {
                complain!("  {shown}:{}: {}", line.line, line.message);
            }
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => {
            fail!("{shown}: {e}; nothing was written");
            return Ok(ExitCode::FAILURE);
        }
    };
    if to_stdout {
        // Standard output holds the agenda alone; what was guessed goes to standard error.
        for w in agenda_file::write_stdout(&imported.agenda)? {
            caution!("{w}");
        }
        if imported.guessed_kinds > 0 {
            caution!("the kind of {} item(s) was guessed from the title", imported.guessed_kinds);
        }
        for note in &imported.notes {
            complain!("convene: note: {note}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let written = agenda_file::write_new(&output, &imported.agenda)?;
    say!("Wrote {}: {}.", output.display(), summary(&imported));
    if imported.guessed_kinds > 0 {
        let n = imported.guessed_kinds;
        say!(
            "The kind of {} was guessed from {} title{}: check the kinds with convene check.",
            if n == 1 { "1 item".to_string() } else { format!("{n} items") },
            if n == 1 { "its" } else { "their" },
            if n == 1 { "" } else { "s" },
        );
    }
    for note in &imported.notes {
        say!("Note: {note}.");
    }
    if let Some(schema) = &written.schema_written {
        say!("Wrote {} beside it, so editors check the agenda as you type.", schema.display());
    }
    if let Some(note) = &written.schema_note {
        caution!("{note}");
    }
    for w in &written.warnings {
        caution!("{w}");
    }
    agenda_file::next_steps(&output, "add roles, affiliations and prompts where you want them");
    Ok(ExitCode::SUCCESS)
}

/// The event's facts from the options and their defaults; `None` after an option that is
/// wrong (already said).
fn options(args: &ImportArgs) -> anyhow::Result<Option<Options>> {
    let title = match &args.title {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        Some(_) => {
            fail!(
                "--title is empty; give the event's title, e.g. --title \"Roundtable on community policing\""
            );
            return Ok(None);
        }
        None => title_from(&args.file),
    };
    let zone_text = args.time_zone.clone().unwrap_or_else(system_time_zone);
    let time_zone = match TimeZoneName::parse(zone_text.trim()) {
        Ok(zone) => zone,
        Err(e) => match TimeZoneName::from_city(&zone_text) {
            Some(zone) => zone,
            None => {
                fail!("--time-zone: {e}");
                return Ok(None);
            }
        },
    };
    let first_date = match args.date {
        Some(date) => date,
        None => EventDate::parse(&today(time_zone.as_str()).to_string())
            .map_err(anyhow::Error::msg)
            .context("today's date")?,
    };
    Ok(Some(Options { title, first_date, time_zone, chatham_house: args.chatham_house }))
}

/// "2 days, 14 items, 6 speakers, from CSV (semicolons)".
fn summary(imported: &Imported) -> String {
    let agenda = &imported.agenda;
    let count =
        |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let items = agenda.days.iter().map(|d| d.items.len()).sum();
    format!(
        "{}, {}, {}, read as {}",
        count(agenda.days.len(), "day", "days"),
        count(items, "item", "items"),
        count(agenda.participants.len(), "speaker", "speakers"),
        imported.format.describe()
    )
}

/// A readable title from the file's name: "police-reform_roundtable.csv" is "Police
/// reform roundtable"; a hyphen between digits stays ("2009-04").
fn title_from(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let chars: Vec<char> = stem.chars().collect();
    let mut spaced = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
        let between_digits = digit(i.checked_sub(1)) && digit(Some(i + 1));
        spaced.push(if c == '_' || (c == '-' && !between_digits) { ' ' } else { c });
    }
    let words = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut letters = words.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).collect(),
        None => "Imported agenda".to_string(),
    }
}

/// The file's bytes: an ordinary file of at most [`MAX_AGENDA_BYTES`], looked at before
/// it is opened (opening a named pipe waits for a writer, for ever).
fn read_limited(path: &Path) -> anyhow::Result<Vec<u8>> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => anyhow::anyhow!("{shown}: no such file; check the path"),
        _ => anyhow::anyhow!("{shown}: cannot read it ({e})"),
    })?;
    if !meta.is_file() {
        anyhow::bail!(
            "{shown} is not an ordinary file (a folder, a pipe or a device); name the CSV or text file itself"
        );
    }
    let too_large = || {
        anyhow::anyhow!(
            "{shown} is larger than {} MB; is this the right file? An agenda is a few kilobytes",
            MAX_AGENDA_BYTES / 1_048_576
        )
    };
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {shown}"))?;
    let mut bytes = Vec::new();
    // take() guards against a file that grows (or was swapped) after the look.
    file.take(MAX_AGENDA_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {shown}"))?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_from_file_names() {
        assert_eq!(title_from(Path::new("police-reform_roundtable.csv")), "Police reform roundtable");
        assert_eq!(title_from(Path::new("/tmp/agenda 2009-04.txt")), "Agenda 2009-04");
        assert_eq!(title_from(Path::new("повестка.csv")), "Повестка");
        assert_eq!(title_from(Path::new("_.csv")), "Imported agenda");
    }
}
