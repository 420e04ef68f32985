//! Choosing what to run: resume an unfinished session of the agenda, or start a new one;
//! with no agenda given, pick from ./agendas and the unfinished sessions.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

use super::terminal::Term;
use crate::store::{self, paths};
use crate::ui::picker::{self, Picker};
use crate::ui::theme::Theme;

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    New(PathBuf),
    Resume(PathBuf),
    Quit,
}

/// An unfinished session that could be resumed.
#[derive(Debug, Clone)]
pub struct Unfinished {
    pub dir: PathBuf,
    pub title: String,
    pub agenda_file: Option<String>,
    pub label: String,
}

/// Unfinished sessions, newest first.
pub fn unfinished_sessions(data_dir: &Path) -> Vec<Unfinished> {
    let root = paths::sessions_dir(data_dir);
    let now = jiff::Timestamp::now();
    let mut out: Vec<Unfinished> = paths::list_session_names(&root)
        .into_iter()
        .filter_map(|name| {
            let dir = root.join(&name);
            let rec = store::read_session(&dir, now).ok()?;
            let s = &rec.session;
            if s.finished_at.is_some() {
                return None;
            }
            let tz = s.agenda.event.time_zone.time_zone();
            let local =
                |t: jiff::Timestamp| t.to_zoned_datetime(tz.clone()).strftime("%a %-d %b %H:%M").to_string();
            let label = format!(
                "Resume “{}” — started {}, last change {}, {} entries  [{name}]",
                s.agenda.event.title,
                local(s.started_at),
                local(s.last_change_at),
                s.live_entries().count()
            );
            Some(Unfinished {
                dir,
                title: s.agenda.event.title.clone(),
                agenda_file: s.agenda_file.clone(),
                label,
            })
        })
        .collect();
    out.reverse();
    out
}

fn same_file(a: &str, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => Path::new(a) == b,
    }
}

/// The choices for `convene run AGENDA`: its unfinished sessions, then a new one.
pub fn for_agenda(agenda: &Path, title: &str, data_dir: &Path) -> Option<(Picker, Vec<Choice>)> {
    let matching: Vec<Unfinished> = unfinished_sessions(data_dir)
        .into_iter()
        .filter(|u| u.agenda_file.as_deref().map_or(u.title == title, |f| same_file(f, agenda)))
        .collect();
    if matching.is_empty() {
        return None;
    }
    let mut labels: Vec<String> = matching.iter().map(|u| u.label.clone()).collect();
    let mut choices: Vec<Choice> = matching.into_iter().map(|u| Choice::Resume(u.dir)).collect();
    labels.push(format!("Start a new session of {}", agenda.display()));
    choices.push(Choice::New(agenda.to_path_buf()));
    let heading = "This agenda has an unfinished session. Resume it, or start a new one?".to_string();
    Some((Picker { heading, choices: labels, selected: 0, note: None }, choices))
}

/// The choices for `convene run` with no agenda: unfinished sessions and ./agendas.
pub fn for_everything(data_dir: &Path) -> (Picker, Vec<Choice>) {
    let mut labels = Vec::new();
    let mut choices = Vec::new();
    for u in unfinished_sessions(data_dir).into_iter().take(20) {
        labels.push(u.label);
        choices.push(Choice::Resume(u.dir));
    }
    let mut agendas: Vec<PathBuf> =
        std::fs::read_dir("agendas").map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    agendas.retain(|p| {
        p.extension().is_some_and(|e| e == "json") && !p.to_string_lossy().ends_with(".schema.json")
    });
    agendas.sort();
    for path in agendas {
        let title = crate::agenda::load(&path)
            .map(|a| a.event.title)
            .unwrap_or_else(|e| format!("(invalid: {})", e.message));
        labels.push(format!("New session: {title}  [{}]", path.display()));
        choices.push(Choice::New(path));
    }
    let note = labels.is_empty().then(|| {
        "No agendas in ./agendas and no unfinished sessions: run `convene run AGENDA.json`".to_string()
    });
    let heading = "Choose a session to resume or an agenda to run.".to_string();
    (Picker { heading, choices: labels, selected: 0, note }, choices)
}

/// Shows the picker until the user chooses.
pub fn pick(
    terminal: &mut Term,
    mut picker: Picker,
    choices: Vec<Choice>,
    theme: Theme,
) -> anyhow::Result<Choice> {
    loop {
        terminal.draw(|frame| picker::render(frame, &picker, theme))?;
        let Event::Key(key) = event::read()? else { continue };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => picker.selected = picker.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                picker.selected = (picker.selected + 1).min(choices.len().saturating_sub(1))
            }
            KeyCode::Enter => return Ok(choices.get(picker.selected).cloned().unwrap_or(Choice::Quit)),
            KeyCode::Char('q') | KeyCode::Esc => return Ok(Choice::Quit),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => return Ok(Choice::Quit),
            _ => {}
        }
    }
}
