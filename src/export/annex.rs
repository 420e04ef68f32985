//! The annexes: the agenda as planned and as run, and speaking time by stakeholder group.

use std::collections::BTreeMap;

use super::document::Block;
use crate::session::Session;

fn hhmm(session: &Session, t: jiff::Timestamp) -> String {
    t.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).strftime("%H:%M").to_string()
}

/// "+10", "−5", "0".
fn signed_minutes(seconds: i64) -> String {
    let m = (seconds as f64 / 60.0).round() as i64;
    match m {
        m if m > 0 => format!("+{m}"),
        m if m < 0 => format!("−{}", -m),
        _ => "0".into(),
    }
}

/// Annex 1: every item, planned and actual start and end, and its overrun.
pub fn agenda_as_run(session: &Session) -> Vec<Block> {
    if session.items.iter().all(|r| r.started_at.is_none() && !r.skipped) {
        return Vec::new();
    }
    let mut rows = Vec::new();
    for (i, run) in session.items.iter().enumerate() {
        let title = session.agenda_item(i).map_or(run.item.clone(), |it| it.title.clone());
        let planned =
            format!("{}–{}", run.planned_start.strftime("%H:%M"), run.planned_end.strftime("%H:%M"));
        let (actual, over) = match (run.started_at, run.ended_at) {
            _ if run.skipped && run.started_at.is_none() => ("skipped".to_string(), String::new()),
            (Some(s), Some(e)) => (
                format!("{}–{}", hhmm(session, s), hhmm(session, e)),
                run.overrun_seconds.map(signed_minutes).unwrap_or_default(),
            ),
            (Some(s), None) => (format!("{}–(running)", hhmm(session, s)), String::new()),
            (None, _) => ("not run".to_string(), String::new()),
        };
        rows.push(vec![format!("{}", run.day + 1), title, planned, actual, over]);
    }
    vec![
        Block::Heading { level: 2, text: "Annex 1: Agenda as planned and as run".into() },
        Block::Table {
            header: ["Day", "Item", "Planned", "Actual", "Over (min)"].map(String::from).to_vec(),
            rows,
        },
    ]
}

/// Annex 2: who was heard in plenary, by stakeholder group (never by name).
pub fn speaking_time(session: &Session) -> Vec<Block> {
    let mut by_group: BTreeMap<String, (usize, i64)> = BTreeMap::new();
    for turn in session.turns.iter().filter(|t| t.seconds.is_some()) {
        let group = turn
            .speaker
            .participant
            .as_deref()
            .and_then(|id| session.agenda.participant(id))
            .and_then(|p| p.stakeholder.clone())
            .or_else(|| turn.speaker.stakeholder.clone())
            .unwrap_or_else(|| "not recorded".into());
        let slot = by_group.entry(group).or_default();
        slot.0 += 1;
        slot.1 += turn.seconds.unwrap_or(0);
    }
    if by_group.is_empty() {
        return Vec::new();
    }
    let total: i64 = by_group.values().map(|(_, s)| s).sum();
    let rows = by_group
        .into_iter()
        .map(|(group, (turns, secs))| {
            let share = if total > 0 { secs * 100 / total } else { 0 };
            vec![group, turns.to_string(), format!("{:.1}", secs as f64 / 60.0), format!("{share} %")]
        })
        .collect();
    vec![
        Block::Heading { level: 2, text: "Annex 2: Speaking time by stakeholder group".into() },
        Block::Table {
            header: ["Stakeholder group", "Turns", "Minutes", "Share"].map(String::from).to_vec(),
            rows,
        },
    ]
}
