//! The annexes built from the agenda and the clock: the annotated agenda (the plan, item by
//! item, as the reference report annexes it), the agenda as planned and as run, and
//! speaking time by stakeholder group. Each takes the number the report gives it (the
//! agenda's `report.annexes` decide which annexes there are, in which order); the support
//! annex, built from the recommendation lists, is [`super::adopted::support_annex`].

mod annotated;

pub use annotated::annotated_agenda;

use super::document::Block;
use crate::i18n::{Lang, tr};
use crate::session::{Session, balance};
use crate::t;

/// Minutes with one decimal, with the report language's decimal mark ("1,5" in Russian).
fn minutes(lang: Lang, seconds: i64) -> String {
    let text = format!("{:.1}", seconds as f64 / 60.0);
    if lang == Lang::En { text } else { text.replace('.', ",") }
}

fn headers(lang: Lang, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| tr(lang, id, &[])).collect()
}

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

/// "09:00–09:30": an item's planned time, local to the venue.
fn planned(run: &crate::session::ItemRun) -> String {
    format!("{}–{}", run.planned_start.strftime("%H:%M"), run.planned_end.strftime("%H:%M"))
}

/// Annex `number`: every item, planned and actual start and end, and its overrun. An item
/// left running when its day ended ends there (see [`crate::session::day_end`]), never the next morning.
/// Nothing before any item started or was skipped.
pub fn agenda_as_run(session: &Session, lang: Lang, number: usize) -> Vec<Block> {
    if session.items.iter().all(|r| r.started_at.is_none() && !r.skipped) {
        return Vec::new();
    }
    let mut rows = Vec::new();
    for (i, run) in session.items.iter().enumerate() {
        let title = session.agenda_item(i).map_or(run.item.clone(), |it| it.title.clone());
        let (actual, over) = match (run.started_at, crate::session::day_end::end_of(session, run)) {
            _ if run.skipped && run.started_at.is_none() => (tr(lang, "annex-skipped", &[]), String::new()),
            (Some(s), Some(end)) => (
                format!("{}–{}", hhmm(session, s), hhmm(session, end.at)),
                end.overrun_seconds.map(signed_minutes).unwrap_or_default(),
            ),
            (Some(s), None) => {
                (format!("{}–{}", hhmm(session, s), tr(lang, "annex-running", &[])), String::new())
            }
            (None, _) => (tr(lang, "annex-not-run", &[]), String::new()),
        };
        rows.push(vec![format!("{}", run.day + 1), title, planned(run), actual, over]);
    }
    vec![
        Block::Heading { level: 2, text: t!(lang, "annex-agenda", n = number) },
        Block::Table {
            header: headers(
                lang,
                &[
                    "annex-col-day",
                    "annex-col-item",
                    "annex-col-planned",
                    "annex-col-actual",
                    "annex-col-over",
                ],
            ),
            rows,
        },
    ]
}

/// Annex `number`: who was heard in plenary, by stakeholder group; the internal draft also
/// by speaker (never the public one). Nothing when no one had the floor.
pub fn speaking_time(session: &Session, by_speaker_too: bool, lang: Lang, number: usize) -> Vec<Block> {
    let (by_speaker, by_group) = crate::session::speaking_time(session);
    if by_group.is_empty() {
        return Vec::new();
    }
    let total: i64 = by_group.iter().map(|h| h.seconds).sum();
    // The shares the picture above the table shows (whole percent adding up to 100), so
    // the two never disagree; a group only the balance does not know keeps its floor.
    let balance = balance::balance(session, balance::Scope::Event, session.last_change_at);
    let percent_of = |who: &str| {
        let own = balance.shares.iter().find(|s| s.group.as_deref().unwrap_or("not recorded") == who);
        own.map(|s| i64::from(s.percent))
    };
    let rows = by_group
        .into_iter()
        .map(|h| {
            let share = percent_of(&h.who).unwrap_or(if total > 0 { h.seconds * 100 / total } else { 0 });
            // The one group name convene makes up itself.
            let who = if h.who == "not recorded" { tr(lang, "annex-not-recorded", &[]) } else { h.who };
            vec![who, h.turns.to_string(), minutes(lang, h.seconds), format!("{share} %")]
        })
        .collect();
    let mut blocks = vec![
        Block::Heading { level: 2, text: t!(lang, "annex-speaking", n = number) },
        Block::Table {
            header: headers(
                lang,
                &["annex-col-group", "annex-col-turns", "annex-col-minutes", "annex-col-share"],
            ),
            rows,
        },
    ];
    if by_speaker_too {
        let rows = by_speaker
            .into_iter()
            .map(|h| {
                let who = session.agenda.participant(&h.who).map_or(h.who.clone(), |p| {
                    format!("{} ({})", p.name.clone().unwrap_or_else(|| p.role.clone()), p.id)
                });
                vec![who, h.turns.to_string(), minutes(lang, h.seconds)]
            })
            .collect();
        blocks.push(Block::Heading { level: 3, text: tr(lang, "annex-by-speaker", &[]) });
        let header = headers(lang, &["annex-col-speaker", "annex-col-turns", "annex-col-minutes"]);
        blocks.push(Block::Table { header, rows });
    }
    blocks
}
