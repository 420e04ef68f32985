//! `convene import FILE`: an agenda the facilitator already has (CSV from Excel or
//! LibreOffice, or a plain-text list) as an agenda file. Reading the file and printing
//! live here; what the file means is [`crate::agenda::import`]'s.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use super::agenda_file::{self, system_time_zone, today};
use crate::agenda::import::{self, ImportError, Imported, Options};
use crate::agenda::{EventDate, MAX_AGENDA_BYTES};
use crate::i18n::Lang;
use crate::t;

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
        fail!("{}", words!("cli-import-output-exists", file = output.display().to_string()));
        return Ok(ExitCode::FAILURE);
    }
    let Some(options) = options(args)? else { return Ok(ExitCode::from(2)) };
    let bytes = read_limited(input)?;
    let extension = input.extension().and_then(|e| e.to_str());
    let lang = super::lang();
    let imported = match import::import(&bytes, extension, &options) {
        Ok(imported) => imported,
        Err(ImportError::Lines(lines)) => {
            fail!("{}", words!("cli-import-lines", n = lines.len(), file = &shown));
            for line in &lines {
                complain!("  {shown}:{}: {}", line.line, line.message_in(lang));
            }
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => {
            fail!("{}", words!("cli-import-refused", file = &shown, error = e.message(lang)));
            return Ok(ExitCode::FAILURE);
        }
    };
    if to_stdout {
        // Standard output holds the agenda alone; what was guessed goes to standard error.
        agenda_file::warn_all(&agenda_file::write_stdout(&imported.agenda)?);
        if imported.guessed_kinds > 0 {
            caution!("{}", words!("cli-import-guessed-short", n = imported.guessed_kinds));
        }
        for note in &imported.notes {
            remark!("{}", note.message(lang));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let written = agenda_file::write_new(&output, &imported.agenda)?;
    say!(
        "{}",
        words!("cli-import-wrote", file = output.display().to_string(), summary = summary(lang, &imported))
    );
    if imported.guessed_kinds > 0 {
        say!("{}", words!("cli-import-guessed", n = imported.guessed_kinds));
    }
    for note in &imported.notes {
        say!("{}", words!("cli-import-note", note = note.message(lang)));
    }
    if let Some(schema) = &written.schema_written {
        say!("{}", words!("cli-wrote-schema", file = schema.display().to_string()));
    }
    if let Some(note) = &written.schema_note {
        caution!("{note}");
    }
    agenda_file::warn_all(&written.warnings);
    agenda_file::next_steps(&output, &words!("cli-import-todo"));
    Ok(ExitCode::SUCCESS)
}

/// The event's facts from the options and their defaults; `None` after an option that is
/// wrong (already said).
fn options(args: &ImportArgs) -> anyhow::Result<Option<Options>> {
    let title = match &args.title {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        Some(_) => {
            fail!("{}", words!("cli-title-empty"));
            return Ok(None);
        }
        None => title_from(&args.file, &words!("cli-import-default-title")),
    };
    let zone_text = args.time_zone.clone().unwrap_or_else(system_time_zone);
    let time_zone = match super::agenda_file::zone(&zone_text) {
        Ok(zone) => zone,
        Err(e) => {
            fail!("--time-zone: {e}");
            return Ok(None);
        }
    };
    let first_date = match args.date {
        Some(date) => date,
        None => EventDate::parse(&today(time_zone.as_str()).to_string())
            .map_err(anyhow::Error::msg)
            .context(words!("cli-import-today"))?,
    };
    Ok(Some(Options { title, first_date, time_zone, chatham_house: args.chatham_house }))
}

/// "2 days, 14 items, 6 speakers, read as CSV (semicolons)".
fn summary(lang: Lang, imported: &Imported) -> String {
    let agenda = &imported.agenda;
    let items: usize = agenda.days.iter().map(|d| d.items.len()).sum();
    t!(
        lang,
        "cli-import-summary",
        days = agenda.days.len(),
        items = items,
        speakers = agenda.participants.len(),
        format = imported.format.describe(lang)
    )
}

/// A readable title from the file's name: "police-reform_roundtable.csv" is "Police
/// reform roundtable"; a hyphen between digits stays ("2009-04").
fn title_from(path: &Path, fallback: &str) -> String {
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
        None => fallback.to_string(),
    }
}

/// The file's bytes: an ordinary file of at most [`MAX_AGENDA_BYTES`], looked at before
/// it is opened (opening a named pipe waits for a writer, for ever).
fn read_limited(path: &Path) -> anyhow::Result<Vec<u8>> {
    let shown = path.display();
    let shown = shown.to_string();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => anyhow::anyhow!(words!("cli-import-no-file", file = &shown)),
        _ => anyhow::anyhow!(words!("cli-import-unreadable", file = &shown, error = e.to_string())),
    })?;
    if !meta.is_file() {
        anyhow::bail!(words!("cli-import-not-a-file", file = &shown));
    }
    let too_large = || {
        let max = (MAX_AGENDA_BYTES / 1_048_576).to_string();
        anyhow::anyhow!(words!("cli-import-too-large", file = &shown, max = max))
    };
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).with_context(|| words!("cli-import-cannot-open", file = &shown))?;
    let mut bytes = Vec::new();
    // take() guards against a file that grows (or was swapped) after the look.
    file.take(MAX_AGENDA_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| words!("cli-import-cannot-read", file = &shown))?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_from_en(path: &Path) -> String {
        title_from(path, "Imported agenda")
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(title_from_en(Path::new("police-reform_roundtable.csv")), "Police reform roundtable");
        assert_eq!(title_from_en(Path::new("/tmp/agenda 2009-04.txt")), "Agenda 2009-04");
        assert_eq!(title_from_en(Path::new("повестка.csv")), "Повестка");
        assert_eq!(title_from_en(Path::new("_.csv")), "Imported agenda");
    }
}
