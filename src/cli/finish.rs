//! `convene finish SESSION [--at HH:MM]`: records the end of the event from the command
//! line, as `X` does on the run screen, for a session whose facilitator quit without
//! finishing it.
//!
//! It goes through the store like the run screen: the session's lock first (so a session
//! open in a running convene is refused and nothing changes), then one
//! `Event::SessionFinished` journaled and fsync'd, then `minutes.json` refreshed. The clock
//! stops for good (the running item ends at the finish); the notes stay open for review
//! and export. A session already finished is left as it is (exit 0: what was asked for
//! already holds, so running it twice is harmless).
//!
//! Messages name the session, the agenda's title, its items' titles and times; never the
//! text of a note.

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use crate::agenda::ClockTime;
use crate::i18n::Lang;
use crate::safe_text::line;
use crate::session::{Event, Session};
use crate::store::{self, StoreError, paths};
use crate::t;

/// A time of day typed as `HH:MM` (24-hour clock), e.g. `17:40` or `9:05`.
/// Now, as `convene run` has it (`CONVENE_NOW` for rehearsals and tests).
fn now() -> anyhow::Result<Timestamp> {
    crate::runtime::clock::wall_now().map_err(anyhow::Error::msg)
}

/// `17:40`: an instant as a time of day in the venue's time zone.
fn clock(session: &Session, at: Timestamp) -> String {
    at.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).strftime("%H:%M").to_string()
}

/// `17:40 (Wed 29 Apr 2009, Asia/Dushanbe time)`: an instant in the venue's time zone.
pub fn venue_time(session: &Session, at: Timestamp) -> String {
    venue_time_in(Lang::En, session, at)
}

/// [`venue_time`] in `lang`: `17:40 (ср, 29 апреля 2009 г., время Asia/Dushanbe)`.
pub fn venue_time_in(lang: Lang, session: &Session, at: Timestamp) -> String {
    let zone = &session.agenda.event.time_zone;
    let date = at.to_zoned_datetime(zone.time_zone()).date();
    let date = match lang {
        Lang::En => date.strftime("%a %-d %b %Y").to_string(),
        _ => {
            let weekday =
                crate::i18n::tr(lang, &format!("weekday-{}", date.weekday().to_monday_one_offset()), &[]);
            format!("{weekday}, {}", crate::i18n::date_long(lang, date))
        }
    };
    t!(lang, "cli-finish-venue-time", time = clock(session, at), date = date, zone = zone.as_str())
}

/// When `--at HH:MM` finishes the session: that time of day in the venue's time zone, on
/// the day of the session's last recorded change. A finish cannot come before what was
/// recorded (the running item would end before it started), nor after now.
pub fn finish_time(session: &Session, at: ClockTime, now: Timestamp) -> Result<Timestamp, String> {
    finish_time_in(Lang::En, session, at, now)
}

/// [`finish_time`], what is wrong said in `lang`.
pub fn finish_time_in(
    lang: Lang,
    session: &Session,
    at: ClockTime,
    now: Timestamp,
) -> Result<Timestamp, String> {
    let tz = session.agenda.event.time_zone.time_zone();
    let last = session.last_change_at;
    let day = last.to_zoned_datetime(tz.clone()).date();
    let time = at.time();
    let when = day
        .to_datetime(time)
        .to_zoned_datetime(tz)
        .map_err(|e| t!(lang, "cli-finish-at-missing", at = at.to_string(), error = e.to_string()))?
        .timestamp();
    if when < last {
        let last = venue_time_in(lang, session, last);
        return Err(t!(lang, "cli-finish-at-too-early", at = at.to_string(), last = last));
    }
    if when > now {
        let now = venue_time_in(lang, session, now);
        return Err(t!(lang, "cli-finish-at-too-late", at = at.to_string(), now = now));
    }
    Ok(when)
}

/// How to name the session in a command the user may copy: its folder name when it is in
/// the data folder, else its path.
fn command_name(data_dir: &Path, dir: &Path) -> String {
    match (dir.parent(), dir.file_name()) {
        (Some(parent), Some(name)) if parent == paths::sessions_dir(data_dir) => {
            name.to_string_lossy().into_owned()
        }
        _ => dir.display().to_string(),
    }
}

fn already_finished(session: &Session, name: &str) -> ExitCode {
    let at = session.finished_at.unwrap_or(session.last_change_at);
    let (title, when) = (line(&session.agenda.event.title), venue_time_in(super::lang(), session, at));
    say!("{}", words!("cli-finish-already", title = title.as_ref(), at = when, session = name));
    ExitCode::SUCCESS
}

/// The title of the item on the clock, if any.
fn running_item(session: &Session) -> Option<String> {
    let id = session.timer.current.as_deref()?;
    let i = session.item_index(id)?;
    session.agenda_item(i).map(|it| line(&it.title).into_owned())
}

pub fn run(data_dir: &Path, wanted: &str, at: Option<ClockTime>) -> anyhow::Result<ExitCode> {
    let dir = paths::resolve_session(data_dir, wanted, crate::cli::lang()).map_err(anyhow::Error::msg)?;
    let name = command_name(data_dir, &dir);
    let now = now()?;
    // Read first, without the lock: an already finished session and a bad --at change
    // nothing at all (opening for writing may repair the folder).
    let read = store::read_session(&dir, now)?;
    if read.session.finished_at.is_some() {
        return Ok(already_finished(&read.session, &name));
    }
    let lang = super::lang();
    if let Some(at) = at
        && let Err(message) = finish_time_in(lang, &read.session, at, now)
    {
        fail!("{message}");
        return Ok(ExitCode::FAILURE);
    }

    let (mut store, report) = match store::open_session(data_dir, &dir, now) {
        Ok(opened) => opened,
        Err(e @ StoreError::Locked { .. }) => {
            fail!("{e}");
            complain!("{}", words!("cli-finish-locked", session = &name));
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e.into()),
    };
    if !report.is_clean() {
        remark!(
            "{}",
            words!(
                "cli-finish-repaired",
                n = report.records_dropped(),
                folder = store::recovery::SET_ASIDE_DIR,
                session = &name
            )
        );
    }
    // Between the read and the lock, a convene that was still running may have finished it.
    if store.session().finished_at.is_some() {
        return Ok(already_finished(store.session(), &name));
    }
    let when = match at {
        None => now,
        Some(at) => match finish_time_in(lang, store.session(), at, now) {
            Ok(when) => when,
            Err(message) => {
                fail!("{message}");
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    let running = running_item(store.session());
    // Finishing from the command line is the facilitator's call on whichever laptop is at
    // hand (the one that held the clock may be gone): this laptop takes the clock first.
    let holder = store.session().clock_holder.clone();
    let taken = match holder {
        Some(holder) if holder != store.device() => store.record(Event::ClockTaken, when).map(|_| ()),
        _ => Ok(()),
    };
    if let Err(e) = taken.and_then(|()| store.record(Event::SessionFinished, when).map(|_| ())) {
        fail!("{e}");
        complain!("{}", words!("cli-finish-not-finished"));
        return Ok(ExitCode::FAILURE);
    }
    if let Err(e) = store.write_snapshot() {
        remark!("{}", words!("cli-finish-snapshot", error = e.to_string()));
    }
    let session = store.session();
    let time = venue_time_in(lang, session, when);
    if let Some(item) = running {
        say!("{}", words!("cli-finish-stopped", item = item, at = clock(session, when)));
    }
    let title = line(&session.agenda.event.title);
    say!("{}", words!("cli-finish-done", title = title.as_ref(), at = time, session = &name));
    Ok(ExitCode::SUCCESS)
}
