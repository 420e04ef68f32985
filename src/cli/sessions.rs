//! `convene sessions`, `convene verify` and `convene minutes`: look at recorded sessions
//! without changing them.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use jiff::Timestamp;

use crate::i18n::Lang;
use crate::safe_text::line;
use crate::store::{self, paths};
use crate::t;

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

pub fn list(lang: Lang, data_dir: &Path) -> Vec<Listed> {
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
                            (true, true) => t!(lang, "cli-sessions-finished"),
                            (false, true) => t!(lang, "cli-sessions-open"),
                            (true, false) => t!(lang, "cli-sessions-finished-verify"),
                            (false, false) => t!(lang, "cli-sessions-open-verify"),
                        },
                        name,
                    }
                }
                Err(e) => Listed {
                    name,
                    title: t!(lang, "cli-sessions-cannot-read", error = e.to_string()),
                    started: String::new(),
                    last_change: String::new(),
                    entries: 0,
                    state: t!(lang, "cli-sessions-unreadable"),
                },
            }
        })
        .collect()
}

/// Why the sessions cannot be listed: the data folder or its sessions folder is a file, or
/// cannot be read. An empty list would say "No sessions yet", which would not be true.
pub fn folder_problem(data_dir: &Path) -> Option<String> {
    folder_problem_in(Lang::En, data_dir)
}

/// [`folder_problem`] in `lang`.
pub fn folder_problem_in(lang: Lang, data_dir: &Path) -> Option<String> {
    let root = paths::sessions_dir(data_dir);
    for (dir, data) in [(data_dir, true), (root.as_path(), false)] {
        match std::fs::metadata(dir) {
            // Nothing recorded yet: convene makes the folders with the first session.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => return Some(unreadable(lang, data, dir, &e)),
            Ok(m) if !m.is_dir() => {
                let (what, dir) = (folder(lang, data), dir.display().to_string());
                return Some(t!(lang, "cli-sessions-folder-is-file", what = what, dir = dir));
            }
            Ok(_) => {}
        }
    }
    let entries = match std::fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(e) => return Some(unreadable(lang, false, &root, &e)),
    };
    // A folder that can be listed but not entered (no x permission) hides every session.
    for entry in entries.flatten() {
        if let Err(e) = std::fs::metadata(entry.path())
            && e.kind() == io::ErrorKind::PermissionDenied
        {
            return Some(unreadable(lang, false, &root, &e));
        }
    }
    None
}

/// "data folder" or "sessions folder".
fn folder(lang: Lang, data: bool) -> String {
    if data { t!(lang, "cli-sessions-data-folder") } else { t!(lang, "cli-sessions-sessions-folder") }
}

fn unreadable(lang: Lang, data: bool, dir: &Path, e: &io::Error) -> String {
    let (what, dir) = (folder(lang, data), dir.display().to_string());
    t!(lang, "cli-sessions-folder-unreadable", what = what, dir = dir, error = e.to_string())
}

pub fn run_list(data_dir: &Path) -> anyhow::Result<ExitCode> {
    let lang = super::lang();
    if let Some(problem) = folder_problem_in(lang, data_dir) {
        fail!("{problem}");
        return Ok(ExitCode::FAILURE);
    }
    let rows = list(lang, data_dir);
    if rows.is_empty() {
        let dir = paths::sessions_dir(data_dir).display().to_string();
        say!("{}", t!(lang, "cli-sessions-none", dir = dir));
        return Ok(ExitCode::SUCCESS);
    }
    let heading = |id: &str| crate::i18n::tr(lang, id, &[]);
    let (session, started, changed, entries, state, agenda) = (
        heading("cli-sessions-column-session"),
        heading("cli-sessions-column-started"),
        heading("cli-sessions-column-last-change"),
        heading("cli-sessions-column-entries"),
        heading("cli-sessions-column-state"),
        heading("cli-sessions-column-agenda"),
    );
    // Each column as wide as the English one, or as its heading in this language.
    let wide = |text: &str, least: usize| text.chars().count().max(least);
    let width = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
    let (w_started, w_changed) = (wide(&started, 16), wide(&changed, 16));
    let (w_entries, w_state) = (wide(&entries, 7), wide(&state, 8));
    let header = format!(
        "{session:<width$}  {started:<w_started$}  {changed:<w_changed$}  {entries:>w_entries$}  {state:<w_state$}  {agenda}"
    );
    say!("{header}");
    for r in rows {
        let row = format!(
            "{:<width$}  {:<w_started$}  {:<w_changed$}  {:>w_entries$}  {:<w_state$}  {}",
            r.name, r.started, r.last_change, r.entries, r.state, r.title
        );
        say!("{row}");
    }
    Ok(ExitCode::SUCCESS)
}

fn resolve(data_dir: &Path, session: &str) -> anyhow::Result<PathBuf> {
    paths::resolve_session(data_dir, session, crate::cli::lang()).map_err(|e| anyhow!(e))
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
    say!("{}", words!("cli-verify-session", dir = dir.display().to_string()));
    say!("{}", words!("cli-verify-agenda", title = line(&s.agenda.event.title).as_ref()));
    print!("{}", crate::safe_text::text(&recovered.report.in_lang(super::lang())));
    say!(
        "{}",
        words!(
            "cli-verify-state",
            records = s.records_applied(),
            entries = s.entries.len(),
            deleted = s.entries.len() - s.live_entries().count(),
            ignored = recovered.report.ignored
        )
    );
    // The snapshot's checksum holds; does what it says match its journals?
    let disagrees = match store::recovery::cross_check(&store::disk::OsDisk, &dir, Timestamp::now()) {
        Ok(found) => found,
        Err(e) => Some(words!("cli-verify-check-failed", error = e.to_string())),
    };
    if let Some(place) = &disagrees {
        let folder = store::recovery::SET_ASIDE_DIR;
        say!("{}", words!("cli-verify-disagrees", place = line(place).as_ref(), folder = folder));
    }
    if recovered.report.is_clean() && disagrees.is_none() {
        say!("{}", words!("cli-verify-ok"));
        Ok(ExitCode::SUCCESS)
    } else {
        say!("{}", words!("cli-verify-problems", folder = store::recovery::SET_ASIDE_DIR));
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
        caution!("{}", words!("cli-minutes-needs-attention", session = session));
    }
    let bytes = store::snapshot::encode(&recovered.session).context(words!("cli-minutes-encoding"))?;
    // `-o -` is standard output, as without -o.
    match out.filter(|p| *p != Path::new("-")) {
        None => {
            // The same JSON, with anything that would act on a terminal as a \u escape.
            let shown = match std::str::from_utf8(&bytes) {
                Ok(json) => crate::safe_text::json_escaped(json).into_owned().into_bytes(),
                Err(_) => bytes,
            };
            std::io::stdout().write_all(&shown).context(words!("cli-writing-stdout"))?;
        }
        Some(path) => store::output::write_new(path, &bytes, force)?,
    }
    Ok(ExitCode::SUCCESS)
}
