//! The starting agenda `convene new` writes: every part of the format in use (a roster,
//! days with items of each kind, a working-groups item and its report-back, the
//! conclusions section), explained by `$comment` notes, ready to be edited.

use serde_json::{Value, json};

use fluent_bundle::FluentValue;

use super::model::Agenda;
use super::values::{EventDate, TimeZoneName};
use crate::i18n::{Lang, tr};

/// What the facilitator said about the event.
#[derive(Debug, Clone)]
pub struct Facts {
    pub title: String,
    pub first_day: EventDate,
    /// 1 or more.
    pub days: u8,
    pub time_zone: TimeZoneName,
    pub chatham_house: bool,
}

/// The starting agenda for `facts`. It loads as any agenda does (a unit test holds it to
/// that), so an error here is a bug, said as such.
pub fn starting_agenda(facts: &Facts) -> Result<Agenda, String> {
    // Written in the language of its title: a Russian title gets a Russian agenda.
    let language = crate::agenda::text::language_of([facts.title.as_str()]);
    let lang = Lang::from_code(language).unwrap_or(Lang::En);
    let w = |id: &str| words(lang, id);
    let days: Vec<Value> = (0..facts.days.max(1))
        .map(|d| {
            let date = facts.first_day.date().checked_add(jiff::Span::new().days(i64::from(d))).ok();
            let date = date.map(|d| d.to_string()).unwrap_or_else(|| facts.first_day.to_string());
            day(usize::from(d) + 1, usize::from(facts.days.max(1)), &date, lang)
        })
        .collect();
    let value = json!({
        "$comment": [
            w("c-intro"),
            w("c-notes"),
            w("c-fields"),
            w("c-languages"),
            w("c-times"),
            w("c-participants")
        ],
        "event": {
            "title": facts.title,
            "organisers": [w("organiser")],
            "venue": w("venue"),
            "time_zone": facts.time_zone.as_str(),
            "languages": [language],
            "materials": [w("material-agenda"), w("material-participants")],
            "background": w("background"),
            "approach": w("approach"),
            "chatham_house": facts.chatham_house
        },
        "participants": [
            { "id": "facilitator", "role": w("role-facilitator"), "affiliation": w("organiser"), "organiser": true },
            { "id": "presenter-1", "name": w("presenter-name"), "role": w("role-expert"), "affiliation": w("university"), "stakeholder": "expert" },
            { "id": "police-1", "role": w("role-police"), "affiliation": w("ministry"), "stakeholder": "law enforcement" },
            { "id": "prosecutor-1", "role": w("role-prosecutor"), "affiliation": w("prosecutors"), "stakeholder": "law enforcement" },
            { "id": "ngo-1", "role": w("role-ngo"), "stakeholder": "NGO" },
            { "id": "ngo-2", "role": w("role-ngo"), "stakeholder": "NGO" },
            { "id": "io-1", "role": w("role-io"), "stakeholder": "international organisation" }
        ],
        "days": days
    });
    serde_json::from_value(value)
        .map_err(|e| format!("the starting agenda does not load (a bug in convene): {e}"))
}

/// A word of the starting agenda in `lang`.
fn words(lang: Lang, id: &str) -> String {
    tr(lang, &format!("starter-{id}"), &[])
}

/// Day `n` of `of`: the morning's input and discussion, working groups and their
/// report-back after lunch; the first day opens the event, the last one closes it.
fn day(n: usize, of: usize, date: &str, lang: Lang) -> Value {
    let w = |id: &str| words(lang, id);
    let session = |n: usize| tr(lang, "starter-session", &[("n", FluentValue::from(n))]);
    let (morning, afternoon) = (session(2 * n - 1), session(2 * n));
    let mut items = Vec::new();
    if n == 1 {
        items.push(json!({
            "$comment": w("c-kind"),
            "id": "d1-opening", "title": w("opening-title"), "kind": "opening", "minutes": 20,
            "section": w("opening-section"), "speakers": ["facilitator", { "role": w("role-head") }]
        }));
    } else {
        items.push(json!({
            "id": format!("d{n}-recap"), "title": tr(lang, "starter-recap", &[("n", FluentValue::from(n - 1))]), "kind": "discussion",
            "minutes": 20, "section": morning, "speakers": ["facilitator"]
        }));
    }
    items.push(json!({
        "$comment": w("c-speakers"),
        "id": format!("d{n}-presentation"), "title": w("presentation-title"), "kind": "presentation",
        "minutes": 45, "section": morning, "speakers": ["presenter-1"],
        "description": w("presentation-description")
    }));
    items.push(json!({
        "$comment": w("c-prompts"),
        "id": format!("d{n}-discussion"), "title": w("discussion-title"), "kind": "discussion", "minutes": 40,
        "section": morning, "turn_minutes": 3,
        "prompts": [w("prompt-works"), w("prompt-change")]
    }));
    items.push(json!({ "id": format!("d{n}-coffee"), "title": w("coffee"), "kind": "break", "minutes": 15 }));
    items.push(json!({
        "$comment": w("c-groups"),
        "id": format!("d{n}-groups"), "title": w("groups-title"), "kind": "working_groups", "minutes": 120,
        "section": afternoon,
        "prompts": [w("prompt-three")],
        "groups": [
            { "name": w("group-a"), "members": ["police-1", "ngo-1", "io-1"], "rapporteur": "ngo-1", "room": w("room-main") },
            { "name": w("group-b"), "members": ["prosecutor-1", "ngo-2", "presenter-1"], "rapporteur": "prosecutor-1", "room": w("room-2") }
        ]
    }));
    items.push(json!({
        "$comment": w("c-lunch"),
        "id": format!("d{n}-lunch"), "title": w("lunch"), "kind": "break", "minutes": 60, "fixed_start": "13:00"
    }));
    items.push(json!({
        "$comment": w("c-report-back"),
        "id": format!("d{n}-report-back"), "title": w("report-back-title"), "kind": "report_back",
        "minutes": 60, "section": afternoon, "report_minutes": 10
    }));
    if n == of {
        items.push(
            json!({ "id": format!("d{n}-coffee-2"), "title": w("coffee"), "kind": "break", "minutes": 15 }),
        );
        items.push(json!({
            "$comment": w("c-conclusions"),
            "id": format!("d{n}-conclusions"), "title": w("conclusions-title"),
            "kind": "discussion", "minutes": 60, "section": tr(lang, "report-conclusions", &[]), "speakers": ["facilitator"]
        }));
        items.push(json!({
            "id": format!("d{n}-closing"), "title": w("closing"), "kind": "closing", "minutes": 15,
            "section": tr(lang, "report-conclusions", &[]), "speakers": ["facilitator"]
        }));
    } else {
        items.push(json!({
            "id": format!("d{n}-wrap-up"), "title": w("wrap-up"), "kind": "discussion", "minutes": 30,
            "section": afternoon, "speakers": ["facilitator"]
        }));
    }
    let comment = (n == 1).then(|| w("c-hard-end"));
    match comment {
        Some(c) => {
            json!({ "$comment": c, "date": date, "start": "09:00", "hard_end": "17:00", "items": items })
        }
        None => json!({ "date": date, "start": "09:00", "hard_end": "17:00", "items": items }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{ItemKind, schedule, warnings};

    fn facts(days: u8) -> Facts {
        Facts {
            title: "Roundtable on community policing".into(),
            first_day: EventDate::parse("2026-12-03").unwrap(),
            days,
            time_zone: TimeZoneName::parse("Asia/Bishkek").unwrap(),
            chatham_house: true,
        }
    }

    #[test]
    fn every_starting_agenda_loads_without_warnings() {
        for days in [1, 2, 3] {
            let agenda = starting_agenda(&facts(days)).unwrap();
            assert_eq!(agenda.days.len(), usize::from(days));
            let plans = schedule::plan(&agenda);
            assert!(warnings(&agenda, &plans).is_empty(), "{:?}", warnings(&agenda, &plans));
            // Each day ends before the room closes.
            assert!(plans.iter().all(|p| p.past_hard_end().is_none()));
            let kinds: Vec<ItemKind> = agenda.items().map(|(_, i)| i.kind).collect();
            for kind in [
                ItemKind::Opening,
                ItemKind::WorkingGroups,
                ItemKind::ReportBack,
                ItemKind::Break,
                ItemKind::Closing,
            ] {
                assert!(kinds.contains(&kind), "{kind:?}");
            }
            assert!(agenda.event.chatham_house);
        }
        let two = starting_agenda(&facts(2)).unwrap();
        assert_eq!(two.days[1].date.to_string(), "2026-12-04");
    }
}
