//! Small formatting helpers shared by the screens.

use jiff::Timestamp;

use crate::agenda::{Item, PersonRef};
use crate::session::Session;

/// "14:05" in the venue's time zone.
pub fn hhmm(session: &Session, t: Timestamp) -> String {
    t.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).strftime("%H:%M").to_string()
}

/// The agenda item behind `session.items[index]`.
pub fn item(session: &Session, index: usize) -> Option<&Item> {
    session.agenda_item(index)
}

/// Speakers as the facilitator knows them: name when the roster has one, else role.
pub fn speakers(session: &Session, item: &Item) -> String {
    item.speakers
        .iter()
        .map(|s| match s {
            PersonRef::Id(id) => session
                .agenda
                .participant(id)
                .map(|p| p.name.clone().unwrap_or_else(|| p.role.clone()))
                .unwrap_or_else(|| id.clone()),
            PersonRef::Role(role) => role.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "+10", "−5", or "" for whole minutes of difference.
pub fn signed_minutes(seconds: i64) -> String {
    let m = (seconds as f64 / 60.0).round() as i64;
    match m {
        0 => String::new(),
        m if m > 0 => format!("+{m}"),
        m => format!("−{}", -m),
    }
}

/// The prompt the room sees for item `index`: the last one revealed, else the first.
pub fn current_prompt(session: &Session, index: usize) -> Option<(usize, String)> {
    let item = item(session, index)?;
    let run = &session.items[index];
    let revealed = session
        .prompts_revealed
        .iter()
        .filter(|p| p.item == run.item && p.group.is_none())
        .map(|p| p.index)
        .next_back();
    let i = revealed.unwrap_or(0);
    item.prompts.get(i).map(|p| (i, p.clone()))
}
