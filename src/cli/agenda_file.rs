//! Writing a new agenda file (`convene new`, `convene import`): never over an existing
//! file, with a `$schema` reference that editors resolve wherever the file is, checked by
//! the same loader `convene run` uses before anything is said to be ready.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::agenda::{self, Agenda};
use crate::store::output;

/// The schema's file name, written beside every new agenda (as in `agendas/`).
pub const SCHEMA_FILE: &str = "agenda.schema.json";

/// What [`write_new`] did.
#[derive(Debug)]
pub struct Written {
    /// The schema beside the agenda, when this call wrote it.
    pub schema_written: Option<PathBuf>,
    /// Said when a different `agenda.schema.json` was already there and was left alone.
    pub schema_note: Option<String>,
    /// The check's warnings about the written agenda (it loads: that was checked).
    pub warnings: Vec<agenda::Warning>,
}

/// The agenda as it is written: pretty JSON, two spaces, with the `$schema` reference to
/// the schema file beside it.
pub fn text(agenda: &Agenda) -> anyhow::Result<String> {
    let mut agenda = agenda.clone();
    agenda.schema = Some(format!("./{SCHEMA_FILE}"));
    let mut text = serde_json::to_string_pretty(&agenda).context(words!("cli-agenda-as-json"))?;
    text.push('\n');
    // convene would refuse to load a larger file: it is never written.
    if text.len() as u64 > agenda::MAX_AGENDA_BYTES {
        let size = format!("{:.1}", text.len() as f64 / 1_048_576.0);
        let max = (agenda::MAX_AGENDA_BYTES / 1_048_576).to_string();
        anyhow::bail!(words!("cli-agenda-too-large", size = size, max = max));
    }
    Ok(text)
}

/// Writes `agenda` to `path`, which must not exist yet, and the schema beside it when none
/// is there. Checks the text first with the loader `convene run` uses, so a file that
/// would not load is never written.
pub fn write_new(path: &Path, agenda: &Agenda) -> anyhow::Result<Written> {
    let text = text(agenda)?;
    let name = path.display().to_string();
    let loaded = agenda::parse_str(&name, &text).map_err(does_not_load)?;
    let warnings = agenda::warnings(&loaded, &agenda::schedule::plan(&loaded));
    if std::fs::symlink_metadata(path).is_ok() {
        anyhow::bail!(words!("cli-file-exists", file = name));
    }
    output::write_new(path, text.as_bytes(), false).map_err(anyhow::Error::msg)?;
    shareable(path);
    let (schema_written, schema_note) = schema_beside(path);
    Ok(Written { schema_written, schema_note, warnings })
}

/// `-`: the agenda on standard output, for a pipe or a redirection (no schema is written
/// beside it: there is no beside). Checked first as [`write_new`] does; its warnings are
/// returned.
pub fn write_stdout(agenda: &Agenda) -> anyhow::Result<Vec<agenda::Warning>> {
    use std::io::Write;
    let text = text(agenda)?;
    let loaded = agenda::parse_str("-", &text).map_err(does_not_load)?;
    let warnings = agenda::warnings(&loaded, &agenda::schedule::plan(&loaded));
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).context(words!("cli-writing-stdout"))?;
    Ok(warnings)
}

fn does_not_load(e: agenda::AgendaError) -> anyhow::Error {
    anyhow::anyhow!(words!("cli-agenda-does-not-load", error = e.in_lang(super::lang())))
}

/// Each of an agenda's warnings, as a warning on standard error.
pub fn warn_all(warnings: &[agenda::Warning]) {
    for w in warnings {
        caution!("{}", w.message(super::lang()));
    }
}

/// Whether a file argument is `-`, standard output.
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// An agenda is made to be shared with co-facilitators (minutes and drafts stay private):
/// readable as the user's umask allows, as any editor would save it.
fn shareable(path: &Path) {
    use rustix::fs::Mode;
    use std::os::unix::fs::PermissionsExt;
    // umask can only be read by setting it; it is put back at once (one thread here).
    let mask = rustix::process::umask(Mode::from_raw_mode(0o077));
    rustix::process::umask(mask);
    let mode = 0o666 & !mask.bits();
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
}

/// Writes `agenda.schema.json` beside `path` when it is missing. One that is there and
/// differs (an older convene's, or someone else's file of that name) is left alone: the
/// note says how to refresh it.
fn schema_beside(path: &Path) -> (Option<PathBuf>, Option<String>) {
    let schema_path = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(SCHEMA_FILE),
        _ => PathBuf::from(SCHEMA_FILE),
    };
    let schema = super::schema::schema_text(super::schema::Format::Agenda);
    match std::fs::read(&schema_path) {
        Ok(bytes) if bytes == schema.as_bytes() => (None, None),
        Ok(_) => (None, Some(words!("cli-schema-other", file = schema_path.display().to_string()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            match output::write_new(&schema_path, schema.as_bytes(), false) {
                Ok(()) => {
                    shareable(&schema_path);
                    (Some(schema_path), None)
                }
                Err(e) => (None, Some(words!("cli-schema-not-written", error = e.to_string()))),
            }
        }
        Err(e) => (
            None,
            Some(words!(
                "cli-schema-unreadable",
                file = schema_path.display().to_string(),
                error = e.to_string()
            )),
        ),
    }
}

/// A date as a person types it on the command line: 2026-12-03, or 03.12.2026 as it is
/// written in Russia and Central Asia.
pub fn parse_date(text: &str) -> Result<crate::agenda::EventDate, String> {
    use crate::agenda::EventDate;
    let text = text.trim();
    EventDate::read(text)
        .or_else(|e| {
            let parts: Vec<&str> = text.split('.').collect();
            match parts.as_slice() {
                [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
                    EventDate::read(&format!("{y}-{m:0>2}-{d:0>2}"))
                }
                _ => Err(e),
            }
        })
        .map_err(|e| e.message(super::lang()))
}

/// The laptop's own time zone as an IANA name, for agendas written here; "UTC" when the
/// system does not say (the check then shows it, and it is one edit to change).
pub fn system_time_zone() -> String {
    match jiff::tz::TimeZone::system().iana_name() {
        Some(name) => name.to_string(),
        None => {
            caution!("{}", words!("cli-no-system-zone"));
            "UTC".to_string()
        }
    }
}

/// Today's date on this laptop (or on `CONVENE_NOW`'s day, for rehearsals and tests).
pub fn today(zone: &str) -> jiff::civil::Date {
    let now = crate::runtime::clock::wall_now().unwrap_or_else(|_| jiff::Timestamp::now());
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    now.to_zoned_datetime(tz).date()
}

/// A time zone as a person gives it on the command line: an IANA name, or a city that
/// names exactly one zone ("Bishkek"). Agenda files keep the full name.
pub fn zone(text: &str) -> Result<crate::agenda::TimeZoneName, String> {
    use crate::agenda::TimeZoneName;
    TimeZoneName::read(text.trim())
        .or_else(|e| TimeZoneName::from_city(text).ok_or(e))
        .map_err(|e| e.message(super::lang()))
}

/// What to do with a new agenda file: `todo`, then check it and run it.
pub fn next_steps(file: &Path, todo: &str) {
    let shown = shell_word(file);
    say!("{}", words!("cli-next", todo = todo));
    say!("  convene check {shown}    # {}", words!("cli-next-check"));
    say!("  convene run {shown}      # {}", words!("cli-next-run"));
}

/// A path as it can be typed back into a shell.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    if text.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c)) {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
