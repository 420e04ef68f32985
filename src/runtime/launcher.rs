//! Choosing what to run: resume an unfinished session of the agenda, or start a new one
//! (or review its last session when that one is finished); with no agenda given, pick from
//! the unfinished sessions, the finished ones (for review and export) and ./agendas.
//!
//! Reading the data folder and ./agendas is kept apart from building the choices: the
//! labels and choices come from plain data ([`agenda_choices`], [`everything_choices`]).

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

use super::terminal::Term;
use crate::i18n::Lang;
use crate::store::{self, paths};
use crate::t;
use crate::ui::picker::{self, Picker};
use crate::ui::theme::Theme;

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    New(PathBuf),
    /// Open a recorded session: an unfinished one to go on, or a finished one for review
    /// and export (the run screen refuses clock keys on a finished session).
    Resume(PathBuf),
    /// Follow an unfinished session in a read-only window (`convene follow`): for the
    /// projector, beside the run screen in another terminal.
    Follow(PathBuf),
    Quit,
}

/// How many sessions of each kind `convene run` without an agenda lists.
const MAX_UNFINISHED: usize = 20;
const MAX_FINISHED: usize = 10;

/// A recorded session as the launcher lists it: read without a lock, times already in the
/// venue's time zone, so the labels are built from data alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub dir: PathBuf,
    /// The folder name, which `--resume`, `export` and `finish` take.
    pub name: String,
    pub title: String,
    pub agenda_file: Option<String>,
    /// For ordering: newest first.
    pub started_at: jiff::Timestamp,
    /// "Tue 28 Apr 08:55".
    pub started: String,
    pub last_change: String,
    /// When the event was finished, if it was.
    pub finished: Option<String>,
    pub entries: usize,
}

/// Every readable session in the data folder, newest first (unreadable ones are left to
/// `convene sessions` and `convene verify`, which say what is wrong with them), its times
/// in the operator's language `lang`.
pub fn recorded_sessions(data_dir: &Path, lang: Lang) -> Vec<Recorded> {
    let root = paths::sessions_dir(data_dir);
    let now = jiff::Timestamp::now();
    let mut out: Vec<Recorded> = paths::list_session_names(&root)
        .into_iter()
        .filter_map(|name| {
            let dir = root.join(&name);
            let rec = store::read_session(&dir, now).ok()?;
            let s = &rec.session;
            let tz = s.agenda.event.time_zone.time_zone();
            let local = |t: jiff::Timestamp| {
                let at = t.to_zoned_datetime(tz.clone());
                let date = crate::i18n::date_short(lang, at.date());
                t!(lang, "screen-date-time", date = date, time = at.strftime("%H:%M").to_string())
            };
            Some(Recorded {
                title: s.agenda.event.title.clone(),
                agenda_file: s.agenda_file.clone(),
                started_at: s.started_at,
                started: local(s.started_at),
                last_change: local(s.last_change_at),
                finished: s.finished_at.map(local),
                entries: s.live_entries().count(),
                dir,
                name,
            })
        })
        .collect();
    out.sort_by(|a, b| b.started_at.cmp(&a.started_at).then_with(|| b.name.cmp(&a.name)));
    out
}

/// Titles longer than this are cut in labels, so the folder name at the end stays in view.
const TITLE_CHARS: usize = 48;

fn short(title: &str) -> String {
    if title.chars().count() <= TITLE_CHARS {
        return title.to_string();
    }
    let mut cut: String = title.chars().take(TITLE_CHARS - 1).collect();
    // At a word's end, when there is one in the second half.
    if let Some(space) = cut.rfind(' ').filter(|&i| i > TITLE_CHARS / 2) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

/// "“Title” — started Tue 28 Apr 08:55, last change Tue 28 Apr 12:10, 14 entries  [name]":
/// an unfinished session, to resume or to follow.
fn unfinished_text(r: &Recorded, lang: Lang) -> String {
    t!(
        lang,
        "screen-launch-unfinished",
        title = short(&r.title),
        started = &r.started,
        changed = &r.last_change,
        entries = t!(lang, "screen-launch-entries", n = r.entries),
        name = &r.name
    )
}

/// "Resume “Title” — started Tue 28 Apr 08:55, last change Tue 28 Apr 12:10, 14 entries  [name]".
pub fn resume_label(r: &Recorded, lang: Lang) -> String {
    t!(lang, "screen-launch-resume", session = unfinished_text(r, lang))
}

/// "Review (finished Wed 29 Apr 17:40): “Title” — started Tue 28 Apr 08:55, 33 entries  [name]":
/// a finished session opens for review and export; its clock stays stopped.
pub fn review_label(r: &Recorded, lang: Lang) -> String {
    t!(
        lang,
        "screen-launch-review",
        finished = r.finished.as_deref().unwrap_or("?"),
        title = short(&r.title),
        started = &r.started,
        entries = t!(lang, "screen-launch-entries", n = r.entries),
        name = &r.name
    )
}

/// For `convene run AGENDA`, where every session has the agenda's title: "Review the
/// finished session — started Tue 28 Apr 08:55, finished Wed 29 Apr 17:40, 33 entries  [name]".
pub fn review_agenda_label(r: &Recorded, lang: Lang) -> String {
    t!(
        lang,
        "screen-launch-review-agenda",
        started = &r.started,
        finished = r.finished.as_deref().unwrap_or("?"),
        entries = t!(lang, "screen-launch-entries", n = r.entries),
        name = &r.name
    )
}

fn same_file(a: &str, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => Path::new(a) == b,
    }
}

/// The choices for `convene run AGENDA` (see [`agenda_choices`]), from the data folder,
/// in the operator's language `lang`.
pub fn for_agenda_in(
    agenda: &Path,
    title: &str,
    data_dir: &Path,
    lang: Lang,
) -> Option<(Picker, Vec<Choice>)> {
    let mine: Vec<Recorded> = recorded_sessions(data_dir, lang)
        .into_iter()
        .filter(|r| r.agenda_file.as_deref().map_or(r.title == title, |f| same_file(f, agenda)))
        .collect();
    agenda_choices(agenda, &mine, lang)
}

/// The choices for `convene run AGENDA`, given the agenda's sessions (newest first): each
/// unfinished one to resume, then a new session, then a review of its newest finished
/// session. A finished session is never resumed silently: with no unfinished session but
/// a finished one, the picker says the last session is finished and Enter starts a new
/// one, as it would with no session at all. None when the agenda has no session: start a
/// new one straight away.
pub fn agenda_choices(agenda: &Path, sessions: &[Recorded], lang: Lang) -> Option<(Picker, Vec<Choice>)> {
    let unfinished: Vec<&Recorded> = sessions.iter().filter(|r| r.finished.is_none()).collect();
    let finished = sessions.iter().find(|r| r.finished.is_some());
    let mut labels = Vec::new();
    let mut choices = Vec::new();
    for r in &unfinished {
        labels.push(resume_label(r, lang));
        choices.push(Choice::Resume(r.dir.clone()));
    }
    labels.push(t!(lang, "screen-launch-new-of", path = agenda.display().to_string()));
    choices.push(Choice::New(agenda.to_path_buf()));
    if let Some(r) = finished {
        labels.push(review_agenda_label(r, lang));
        choices.push(Choice::Resume(r.dir.clone()));
    }
    let heading = match (unfinished.len(), finished) {
        (0, None) => return None,
        (0, Some(r)) => {
            t!(lang, "screen-launch-last-finished", finished = r.finished.as_deref().unwrap_or("?"))
        }
        (1, _) => t!(lang, "screen-launch-one-unfinished"),
        (n, _) => t!(lang, "screen-launch-many-unfinished", n = n),
    };
    Some((Picker { heading, choices: labels, selected: 0, note: None, lang }, choices))
}

/// The choices for `convene run` with no agenda: unfinished sessions, finished ones (for
/// review and export), and the agendas in ./agendas; in the operator's language `lang`.
pub fn for_everything_in(data_dir: &Path, lang: Lang) -> (Picker, Vec<Choice>) {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir("agendas").map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "json") && !p.to_string_lossy().ends_with(".schema.json")
    });
    files.sort();
    let agendas: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|path| {
            let title = crate::agenda::load(&path)
                .map(|a| a.event.title)
                .unwrap_or_else(|e| format!("({})", t!(lang, "screen-launch-invalid", why = &e.message)));
            (path, title)
        })
        .collect();
    everything_choices(&recorded_sessions(data_dir, lang), &agendas, lang)
}

/// The choices for `convene run` with no agenda, from the sessions (newest first) and the
/// agenda files with their titles: the unfinished sessions to resume (at most 20), then the
/// finished ones to review (the 10 newest), then a new session of each agenda.
pub fn everything_choices(
    sessions: &[Recorded],
    agendas: &[(PathBuf, String)],
    lang: Lang,
) -> (Picker, Vec<Choice>) {
    let mut labels = Vec::new();
    let mut choices = Vec::new();
    let (finished, unfinished): (Vec<&Recorded>, Vec<&Recorded>) =
        sessions.iter().partition(|r| r.finished.is_some());
    for r in unfinished.iter().take(MAX_UNFINISHED) {
        labels.push(resume_label(r, lang));
        choices.push(Choice::Resume(r.dir.clone()));
    }
    for r in finished.iter().take(MAX_FINISHED) {
        labels.push(review_label(r, lang));
        choices.push(Choice::Resume(r.dir.clone()));
    }
    for (path, title) in agendas {
        labels.push(t!(lang, "screen-launch-new", title = title, path = path.display().to_string()));
        choices.push(Choice::New(path.clone()));
    }
    // Last, so that Enter still resumes: a second window for the projector.
    for r in unfinished.iter().take(MAX_UNFINISHED) {
        labels.push(t!(lang, "screen-launch-follow", session = unfinished_text(r, lang)));
        choices.push(Choice::Follow(r.dir.clone()));
    }
    let hidden =
        unfinished.len().saturating_sub(MAX_UNFINISHED) + finished.len().saturating_sub(MAX_FINISHED);
    // Commands and folders are the same in every language.
    let note = if labels.is_empty() {
        Some(t!(lang, "screen-launch-nothing", dir = "./agendas", run = "convene run"))
    } else if hidden > 0 {
        Some(t!(
            lang,
            "screen-launch-hidden",
            n = hidden,
            sessions = "convene sessions",
            resume = "convene run --resume"
        ))
    } else {
        None
    };
    let heading = t!(lang, "screen-launch-heading");
    (Picker { heading, choices: labels, selected: 0, note, lang }, choices)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Event;
    use crate::session::testkit::{roundtable, roundtable_morning};
    use jiff::{SignedDuration, Timestamp};

    const ROUNDTABLE: &str = "agendas/dushanbe-roundtable-2009.json";

    fn at(minutes: i64) -> Timestamp {
        roundtable_morning().checked_add(SignedDuration::from_mins(minutes)).unwrap()
    }

    fn recorded(name: &str, minutes: i64, finished: Option<&str>) -> Recorded {
        Recorded {
            dir: PathBuf::from("/data/sessions").join(name),
            name: name.into(),
            title: "Roundtable".into(),
            agenda_file: Some(ROUNDTABLE.into()),
            started_at: at(minutes),
            started: "Tue 28 Apr 08:55".into(),
            last_change: "Tue 28 Apr 12:10".into(),
            finished: finished.map(str::to_string),
            entries: if finished.is_some() { 33 } else { 1 },
        }
    }

    #[test]
    fn labels_are_built_from_the_data() {
        assert_eq!(
            resume_label(&recorded("s-open", 0, None), Lang::En),
            "Resume “Roundtable” — started Tue 28 Apr 08:55, last change Tue 28 Apr 12:10, 1 entry  [s-open]"
        );
        assert_eq!(
            review_label(&recorded("s-done", 0, Some("Wed 29 Apr 17:40")), Lang::En),
            "Review (finished Wed 29 Apr 17:40): “Roundtable” — started Tue 28 Apr 08:55, 33 entries  [s-done]"
        );
        let mut long = recorded("s-long", 0, None);
        long.title = roundtable().event.title;
        assert_eq!(
            resume_label(&long, Lang::En),
            "Resume “Roundtable on Understanding Violent Extremism…” — started Tue 28 Apr 08:55, last change Tue 28 Apr 12:10, 1 entry  [s-long]",
            "a long title is cut so the folder name stays in view"
        );
    }

    #[test]
    fn labels_in_russian() {
        let mut open = recorded("s-open", 0, None);
        open.started = "вт, 28 апреля 08:55".into();
        open.last_change = "вт, 28 апреля 12:10".into();
        assert_eq!(
            resume_label(&open, Lang::Ru),
            "Продолжить «Roundtable» — начата вт, 28 апреля 08:55, изменена вт, 28 апреля 12:10, 1 запись  [s-open]"
        );
        for (n, entries) in [(2, "2 записи"), (5, "5 записей"), (21, "21 запись"), (33, "33 записи")]
        {
            open.entries = n;
            assert!(resume_label(&open, Lang::Ru).contains(entries), "{n}");
        }
        let (picker, _) = everything_choices(&[open.clone()], &[], Lang::Ru);
        assert!(picker.choices[1].starts_with("Следить, только чтение (для проектора): «Roundtable»"));
        assert_eq!(picker.lang, Lang::Ru);
        let many: Vec<Recorded> =
            (0..15).map(|i| recorded(&format!("done-{i:02}"), -i, Some("ср, 29 апреля 17:40"))).collect();
        let (picker, _) = everything_choices(&many, &[], Lang::Ru);
        assert!(picker.note.unwrap().starts_with("Ещё 5 старых сессий не показано"));
        let (picker, _) = agenda_choices(Path::new(ROUNDTABLE), &[open.clone(), open], Lang::Ru).unwrap();
        assert!(
            picker.heading.starts_with("По этой программе 2 незавершённые сессии."),
            "{}",
            picker.heading
        );
    }

    #[test]
    fn run_agenda_resumes_only_unfinished_sessions_and_offers_to_review_a_finished_one() {
        let agenda = Path::new(ROUNDTABLE);
        assert!(agenda_choices(agenda, &[], Lang::En).is_none(), "no session: a new one straight away");

        let done = recorded("s-done", 1440, Some("Wed 29 Apr 17:40"));
        let (picker, choices) = agenda_choices(agenda, std::slice::from_ref(&done), Lang::En).unwrap();
        assert_eq!(
            picker.heading,
            "The last session of this agenda was finished (Wed 29 Apr 17:40). Start a new session, or review the finished one?"
        );
        assert_eq!(choices, [Choice::New(agenda.into()), Choice::Resume(done.dir.clone())]);
        assert_eq!(
            picker.selected, 0,
            "Enter starts a new session: a finished one is never resumed silently"
        );
        assert_eq!(picker.choices[0], format!("Start a new session of {ROUNDTABLE}"));
        assert_eq!(
            picker.choices[1],
            "Review the finished session — started Tue 28 Apr 08:55, finished Wed 29 Apr 17:40, 33 entries  [s-done]"
        );

        let open = recorded("s-open", 0, None);
        let older_done = recorded("s-older", -1440, Some("Mon 27 Apr 17:00"));
        let (picker, choices) =
            agenda_choices(agenda, &[done.clone(), open.clone(), older_done], Lang::En).unwrap();
        assert_eq!(picker.heading, "This agenda has an unfinished session. Resume it, or start a new one?");
        assert_eq!(
            choices,
            [Choice::Resume(open.dir.clone()), Choice::New(agenda.into()), Choice::Resume(done.dir.clone())],
            "resume first, then new, then a review of the newest finished session only"
        );
        assert_eq!(picker.choices[0], resume_label(&open, Lang::En));
        assert_eq!(picker.choices[2], review_agenda_label(&done, Lang::En));

        let two = [recorded("a", 0, None), recorded("b", 10, None)];
        let (picker, choices) = agenda_choices(agenda, &two, Lang::En).unwrap();
        assert_eq!(picker.heading, "This agenda has 2 unfinished sessions. Resume one, or start a new one?");
        assert_eq!(choices.len(), 3);
    }

    #[test]
    fn run_without_an_agenda_lists_finished_sessions_after_the_unfinished_ones() {
        let sessions = [
            recorded("new-done", 20, Some("Thu 30 Apr 12:00")),
            recorded("open", 10, None),
            recorded("old-done", 0, Some("Wed 29 Apr 17:40")),
        ];
        let agendas = [(PathBuf::from("agendas/x.json"), "X".to_string())];
        let (picker, choices) = everything_choices(&sessions, &agendas, Lang::En);
        assert_eq!(picker.heading, "Choose a session to resume or review, or an agenda to run.");
        assert_eq!(
            choices,
            [
                Choice::Resume(sessions[1].dir.clone()),
                Choice::Resume(sessions[0].dir.clone()),
                Choice::Resume(sessions[2].dir.clone()),
                Choice::New("agendas/x.json".into()),
                Choice::Follow(sessions[1].dir.clone()),
            ]
        );
        assert!(picker.choices[0].starts_with("Resume “Roundtable”"), "{:?}", picker.choices);
        assert!(picker.choices[1].starts_with("Review (finished Thu 30 Apr 12:00): "));
        assert!(picker.choices[2].starts_with("Review (finished Wed 29 Apr 17:40): "));
        assert_eq!(picker.choices[3], "New session: X  [agendas/x.json]");
        assert!(
            picker.choices[4].starts_with("Follow, read-only (for the projector): “Roundtable”"),
            "{:?}",
            picker.choices
        );
        assert_eq!(picker.note, None);

        let many: Vec<Recorded> =
            (0..13).map(|i| recorded(&format!("done-{i:02}"), -i, Some("Wed 29 Apr 17:40"))).collect();
        let (picker, choices) = everything_choices(&many, &[], Lang::En);
        assert_eq!(choices.len(), MAX_FINISHED, "the newest finished sessions");
        assert_eq!(choices[0], Choice::Resume(many[0].dir.clone()));
        assert_eq!(
            picker.note.as_deref(),
            Some(
                "3 older session(s) not listed: `convene sessions` lists them all, `convene run --resume SESSION` opens one"
            )
        );
        let (picker, choices) = everything_choices(&[], &[], Lang::En);
        assert!(choices.is_empty());
        assert!(picker.note.unwrap().contains("no sessions yet"));
    }

    #[test]
    fn sessions_recorded_through_the_store_are_listed_with_their_state() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path();
        let agenda = Path::new(ROUNDTABLE);
        let steering_file = Path::new("agendas/steering-working-session.json");
        let steering = crate::agenda::load(steering_file).unwrap();

        let mut done = store::create_session(data, &roundtable(), Some(agenda), at(0)).unwrap();
        done.record(Event::ItemStarted { item: "d1-opening".into() }, at(5)).unwrap();
        // 17:40 on the second day in Dushanbe.
        done.record(Event::SessionFinished, at(1440 + 525)).unwrap();
        let done_dir = done.dir().to_path_buf();
        drop(done);
        let open = store::create_session(data, &roundtable(), Some(agenda), at(2 * 1440)).unwrap();
        let open_dir = open.dir().to_path_buf();
        drop(open);
        let mut other = store::create_session(data, &steering, Some(steering_file), at(3 * 1440)).unwrap();
        other.record(Event::SessionFinished, at(3 * 1440 + 60)).unwrap();
        let other_dir = other.dir().to_path_buf();
        drop(other);

        let listed = recorded_sessions(data, Lang::En);
        assert_eq!(
            listed.iter().map(|r| r.dir.clone()).collect::<Vec<_>>(),
            [other_dir.clone(), open_dir.clone(), done_dir.clone()],
            "newest first"
        );
        let done_row = listed.iter().find(|r| r.dir == done_dir).unwrap();
        assert_eq!(done_row.finished.as_deref(), Some("Wed 29 Apr 17:40"));
        assert_eq!(done_row.started, "Tue 28 Apr 08:55");

        let title = roundtable().event.title;
        let (picker, choices) = for_agenda_in(agenda, &title, data, Lang::En).unwrap();
        assert_eq!(
            choices,
            [Choice::Resume(open_dir.clone()), Choice::New(agenda.into()), Choice::Resume(done_dir.clone())],
            "the steering session belongs to another agenda"
        );
        assert!(
            picker.choices[2].starts_with(
                "Review the finished session — started Tue 28 Apr 08:55, finished Wed 29 Apr 17:40, 0 entries  ["
            ),
            "{:?}",
            picker.choices
        );

        let (picker, choices) = for_everything_in(data, Lang::En);
        let reviews: Vec<&Choice> = picker
            .choices
            .iter()
            .zip(&choices)
            .filter(|(label, _)| label.starts_with("Review (finished "))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(reviews, [&Choice::Resume(other_dir), &Choice::Resume(done_dir)]);
        assert_eq!(choices.first(), Some(&Choice::Resume(open_dir.clone())), "unfinished first");
        let follow = choices.iter().position(|c| matches!(c, Choice::Follow(_))).unwrap();
        assert!(matches!(choices[follow - 1], Choice::New(_)), "the agendas, then a follower window");
        assert_eq!(
            choices.last(),
            Some(&Choice::Follow(open_dir.clone())),
            "only unfinished sessions are followed"
        );
    }
}
