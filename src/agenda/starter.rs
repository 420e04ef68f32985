//! The starting agenda `convene new` writes: every part of the format in use (a roster,
//! days with items of each kind, a working-groups item and its report-back, the
//! conclusions section), explained by `$comment` notes, ready to be edited.

use serde_json::{Value, json};

use super::model::Agenda;
use super::values::{EventDate, TimeZoneName};

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
    let days: Vec<Value> = (0..facts.days.max(1))
        .map(|d| {
            let date = facts.first_day.date().checked_add(jiff::Span::new().days(i64::from(d))).ok();
            let date = date.map(|d| d.to_string()).unwrap_or_else(|| facts.first_day.to_string());
            day(usize::from(d) + 1, usize::from(facts.days.max(1)), &date)
        })
        .collect();
    let value = json!({
        "$comment": [
            "A starting agenda written by `convene new`: change what you need, then run `convene check` on this file.",
            "Notes like this one (\"$comment\") are for you; convene ignores them. Delete them whenever you like.",
            "Every field is explained in convene's agenda format (docs/agenda-format.md in convene's source, and in the schema beside this file); editors that read \"$schema\" check the file and complete it as you type.",
            "languages: the first is the room's and the report's language (\"ru\", \"tg\", \"en\").",
            "Times are HH:MM in the venue's time zone and lengths are whole minutes. Items run one after the other; an item with a fixed_start (lunch) stays at that time however the day drifts.",
            "participants: everyone who may speak, present or sit in a working group. Items and groups name them by id; people known only by their role need no name. Under the Chatham House Rule the public report names no one."
        ],
        "event": {
            "title": facts.title,
            "organisers": ["the organising office"],
            "venue": "Conference hall, City",
            "time_zone": facts.time_zone.as_str(),
            "languages": [crate::agenda::text::language_of([facts.title.as_str()])],
            "materials": ["Agenda", "List of participants"],
            "background": "Why the event is held, and what led to it: the first paragraph of the report's Background.",
            "approach": "How the event works (presentations, discussion, working groups), for the report's Approach section.",
            "chatham_house": facts.chatham_house
        },
        "participants": [
            { "id": "facilitator", "role": "facilitator", "affiliation": "the organising office", "organiser": true },
            { "id": "presenter-1", "name": "Nodira Karimova", "role": "expert", "affiliation": "A university", "stakeholder": "expert" },
            { "id": "police-1", "role": "police officer", "affiliation": "Ministry of Internal Affairs", "stakeholder": "law enforcement" },
            { "id": "prosecutor-1", "role": "prosecutor", "affiliation": "Prosecutor General's Office", "stakeholder": "law enforcement" },
            { "id": "ngo-1", "role": "NGO representative", "stakeholder": "NGO" },
            { "id": "ngo-2", "role": "NGO representative", "stakeholder": "NGO" },
            { "id": "io-1", "role": "international organisation representative", "stakeholder": "international organisation" }
        ],
        "days": days
    });
    serde_json::from_value(value)
        .map_err(|e| format!("the starting agenda does not load (a bug in convene): {e}"))
}

/// Day `n` of `of`: the morning's input and discussion, working groups and their
/// report-back after lunch; the first day opens the event, the last one closes it.
fn day(n: usize, of: usize, date: &str) -> Value {
    let morning = format!("Session {}", 2 * n - 1);
    let afternoon = format!("Session {}", 2 * n);
    let mut items = Vec::new();
    if n == 1 {
        items.push(json!({
            "$comment": "kind decides what a note taken during the item is by default, and how the item is reported. section groups items under one heading of the report.",
            "id": "d1-opening", "title": "Opening and welcome", "kind": "opening", "minutes": 20,
            "section": "Opening", "speakers": ["facilitator", { "role": "Head of the organising office" }]
        }));
    } else {
        items.push(json!({
            "id": format!("d{n}-recap"), "title": format!("Recap of day {}", n - 1), "kind": "discussion",
            "minutes": 20, "section": morning, "speakers": ["facilitator"]
        }));
    }
    items.push(json!({
        "$comment": "speakers are roster ids, or {\"role\": \"...\"} for someone not on the roster.",
        "id": format!("d{n}-presentation"), "title": "Presentation: the situation today", "kind": "presentation",
        "minutes": 45, "section": morning, "speakers": ["presenter-1"],
        "description": "What the presentation covers, for the rapporteur and the report."
    }));
    items.push(json!({
        "$comment": "prompts are shown to the room one at a time (key w); turn_minutes is the speaking limit in the speakers' list.",
        "id": format!("d{n}-discussion"), "title": "Discussion", "kind": "discussion", "minutes": 40,
        "section": morning, "turn_minutes": 3,
        "prompts": ["What works well today?", "What should change first, and who can change it?"]
    }));
    items.push(
        json!({ "id": format!("d{n}-coffee"), "title": "Coffee break", "kind": "break", "minutes": 15 }),
    );
    items.push(json!({
        "$comment": "`convene groups THIS-FILE -n 2` forms groups that mix the stakeholder groups; copy its members here, or form them on the run screen (key G).",
        "id": format!("d{n}-groups"), "title": "Working groups", "kind": "working_groups", "minutes": 120,
        "section": afternoon,
        "prompts": ["Which three recommendations would make the most difference?"],
        "groups": [
            { "name": "Group A", "members": ["police-1", "ngo-1", "io-1"], "rapporteur": "ngo-1", "room": "Main hall" },
            { "name": "Group B", "members": ["prosecutor-1", "ngo-2", "presenter-1"], "rapporteur": "prosecutor-1", "room": "Room 2" }
        ]
    }));
    items.push(json!({
        "$comment": "fixed_start: lunch stays at 13:00 however the morning runs.",
        "id": format!("d{n}-lunch"), "title": "Lunch", "kind": "break", "minutes": 60, "fixed_start": "13:00"
    }));
    items.push(json!({
        "$comment": "A report_back item hears the groups of the last working_groups item before it (here, this morning's); report_minutes gives each group its slot, the rest is plenary discussion.",
        "id": format!("d{n}-report-back"), "title": "Working groups report back", "kind": "report_back",
        "minutes": 60, "section": afternoon, "report_minutes": 10
    }));
    if n == of {
        items.push(json!({ "id": format!("d{n}-coffee-2"), "title": "Coffee break", "kind": "break", "minutes": 15 }));
        items.push(json!({
            "$comment": "The section \"General Conclusions\" (or \"Общие выводы\", \"Хулосаҳои умумӣ\") is special: notes taken here are conclusions by default, and the report gathers the conclusions, recommendations and follow-up of the whole event under it.",
            "id": format!("d{n}-conclusions"), "title": "General conclusions, recommendations and follow-up",
            "kind": "discussion", "minutes": 60, "section": "General Conclusions", "speakers": ["facilitator"]
        }));
        items.push(json!({
            "id": format!("d{n}-closing"), "title": "Closing", "kind": "closing", "minutes": 15,
            "section": "General Conclusions", "speakers": ["facilitator"]
        }));
    } else {
        items.push(json!({
            "id": format!("d{n}-wrap-up"), "title": "Wrap-up of the day", "kind": "discussion", "minutes": 30,
            "section": afternoon, "speakers": ["facilitator"]
        }));
    }
    let comment = (n == 1)
        .then_some("hard_end: when the room closes; `convene check` warns when the day runs past it.");
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
