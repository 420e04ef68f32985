//! `convene sessions`, `convene verify` and `convene minutes`: look at recorded sessions
//! without changing them.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use jiff::Timestamp;

use crate::safe_text::line;
use crate::store::{self, paths};

/// One line of `convene sessions`.
#[derive(Debug)]
pub struct Listed {
    pub name: String,
    pub title: String,
    pub started: String,
    pub last_change: String,
    pub entries: usize,
    pub state: String,
}

pub fn list(data_dir: &Path) -> Vec<Listed> {
    let root = paths::sessions_dir(data_dir);
    let now = Timestamp::now();
    paths::list_session_names(&root)
        .into_iter()
        .map(|name| {
            let dir = root.join(&name);
            match store::read_session(&dir, now) {
                Ok(rec) => {
                    let s = &rec.session;
                    let tz = s.agenda.event.time_zone.time_zone();
                    let local =
                        |t: Timestamp| t.to_zoned_datetime(tz.clone()).strftime("%Y-%m-%d %H:%M").to_string();
                    Listed {
                        title: line(&s.agenda.event.title).into_owned(),
                        started: local(s.started_at),
                        last_change: local(s.last_change_at),
                        entries: s.live_entries().count(),
                        state: match (s.finished_at.is_some(), rec.report.is_clean()) {
                            (true, true) => "finished".into(),
                            (false, true) => "open".into(),
                            (true, false) => "finished, needs verify".into(),
                            (false, false) => "open, needs verify".into(),
                        },
                        name,
                    }
                }
                Err(e) => Listed {
                    name,
                    title: format!("(cannot read: {e})"),
                    started: String::new(),
                    last_change: String::new(),
                    entries: 0,
                    state: "unreadable".into(),
                },
            }
        })
        .collect()
}

/// Why the sessions cannot be listed: the data folder or its sessions folder is a file, or
/// cannot be read. An empty list would say "No sessions yet", which would not be true.
pub fn folder_problem(data_dir: &Path) -> Option<String> {
    let root = paths::sessions_dir(data_dir);
    for (dir, what) in [(data_dir, "data folder"), (root.as_path(), "sessions folder")] {
        match std::fs::metadata(dir) {
            // Nothing recorded yet: convene makes the folders with the first session.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => return Some(unreadable(what, dir, &e)),
            Ok(m) if !m.is_dir() => {
                return Some(format!(
                    "the {what} {} is a file, not a folder, so no session can be listed or kept there. Nothing was changed. Pass --data-dir DIR (or set CONVENE_DATA_DIR) to use another folder, or move the file out of the way",
                    dir.display()
                ));
            }
            Ok(_) => {}
        }
    }
    let entries = match std::fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(e) => return Some(unreadable("sessions folder", &root, &e)),
    };
    // A folder that can be listed but not entered (no x permission) hides every session.
    for entry in entries.flatten() {
        if let Err(e) = std::fs::metadata(entry.path())
            && e.kind() == io::ErrorKind::PermissionDenied
        {
            return Some(unreadable("sessions folder", &root, &e));
        }
    }
    None
}

fn unreadable(what: &str, dir: &Path, e: &io::Error) -> String {
    format!(
        "cannot read the {what} {}: {}. Nothing was changed. Make it readable for your user (chmod u+rwx on it), or pass --data-dir DIR (or set CONVENE_DATA_DIR) to use another folder",
        dir.display(),
        e
    )
}

pub fn run_list(data_dir: &Path) -> anyhow::Result<ExitCode> {
    if let Some(problem) = folder_problem(data_dir) {
        fail!("{problem}");
        return Ok(ExitCode::FAILURE);
    }
    let rows = list(data_dir);
    if rows.is_empty() {
        say!(
            "No sessions yet in {}. A session is recorded when an agenda is run.",
            paths::sessions_dir(data_dir).display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let width = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
    let header = format!(
        "{:<width$}  {:<16}  {:<16}  {:>7}  {:<8}  AGENDA",
        "SESSION", "STARTED", "LAST CHANGE", "ENTRIES", "STATE"
    );
    say!("{header}");
    for r in rows {
        let row = format!(
            "{:<width$}  {:<16}  {:<16}  {:>7}  {:<8}  {}",
            r.name, r.started, r.last_change, r.entries, r.state, r.title
        );
        say!("{row}");
    }
    Ok(ExitCode::SUCCESS)
}

fn resolve(data_dir: &Path, session: &str) -> anyhow::Result<PathBuf> {
    paths::resolve_session(data_dir, session).map_err(|e| anyhow!(e))
}

pub fn run_verify(data_dir: &Path, session: &str) -> anyhow::Result<ExitCode> {
    let dir = resolve(data_dir, session)?;
    let recovered = match store::read_session(&dir, Timestamp::now()) {
        Ok(r) => r,
        Err(e) => {
            fail!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let s = &recovered.session;
    say!("session: {}", dir.display());
    say!("agenda: {}", line(&s.agenda.event.title));
    print!("{}", crate::safe_text::text(&recovered.report.to_string()));
    say!(
        "state: {} records folded, {} entries ({} deleted), {} events ignored (of those replayed)",
        s.records_applied(),
        s.entries.len(),
        s.entries.len() - s.live_entries().count(),
        recovered.report.ignored
    );
    // The snapshot's checksum holds; does what it says match its journals?
    let disagrees = match store::recovery::cross_check(&store::disk::OsDisk, &dir, Timestamp::now()) {
        Ok(found) => found,
        Err(e) => Some(format!("the check could not run: {e}")),
    };
    if let Some(place) = &disagrees {
        say!(
            "minutes.json DISAGREES with the journals ({}). The journals are the record: move minutes.json into {}/ and the next start rebuilds it from them",
            line(place),
            store::recovery::SET_ASIDE_DIR
        );
    }
    if recovered.report.is_clean() && disagrees.is_none() {
        say!("verify: OK, nothing lost");
        Ok(ExitCode::SUCCESS)
    } else {
        say!(
            "verify: PROBLEMS FOUND. Opening the session for writing sets damaged files aside in {}/ and keeps every good record",
            store::recovery::SET_ASIDE_DIR
        );
        Ok(ExitCode::FAILURE)
    }
}

pub fn run_minutes(
    data_dir: &Path,
    session: &str,
    out: Option<&Path>,
    force: bool,
) -> anyhow::Result<ExitCode> {
    let dir = resolve(data_dir, session)?;
    let recovered = store::read_session(&dir, Timestamp::now())?;
    if !recovered.report.is_clean() {
        caution!("the session needs attention (run `convene verify {session}`); writing what could be read");
    }
    let bytes = store::snapshot::encode(&recovered.session).context("encoding the minutes")?;
    // `-o -` is standard output, as without -o.
    match out.filter(|p| *p != Path::new("-")) {
        None => {
            // The same JSON, with anything that would act on a terminal as a \u escape.
            let shown = match std::str::from_utf8(&bytes) {
                Ok(json) => crate::safe_text::json_escaped(json).into_owned().into_bytes(),
                Err(_) => bytes,
            };
            std::io::stdout().write_all(&shown).context("writing to standard output")?;
        }
        Some(path) => store::output::write_new(path, &bytes, force)?,
    }
    Ok(ExitCode::SUCCESS)
}
