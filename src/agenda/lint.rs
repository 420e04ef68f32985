//! Warnings about an agenda that parses but probably is not what the facilitator meant:
//! duplicate ids, people missing from the roster, days that overrun the room, fixed starts
//! that cannot be met. Warnings never stop the agenda from running.

use std::collections::HashSet;
use std::fmt;

use super::model::{Agenda, ItemKind};
use super::schedule::{DayPlan, format_minutes};
use super::values::PersonRef;

/// Something worth a second look, located by day and item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// "day 1, item d1-lunch" or "participants".
    pub place: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// All warnings for an agenda and its plan (from [`super::schedule::plan`]).
pub fn warnings(agenda: &Agenda, plans: &[DayPlan]) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |place: String, message: String| out.push(Warning { place, message });

    let mut roster = HashSet::new();
    for p in &agenda.participants {
        if !roster.insert(p.id.as_str()) {
            warn("participants".into(), format!("participant id \"{}\" is used twice", p.id));
        }
    }

    let mut item_ids = HashSet::new();
    let mut dates = HashSet::new();
    let mut previous_date = None;
    for (d, day) in agenda.days.iter().enumerate() {
        let day_place = format!("day {} ({})", d + 1, day.date);
        if !dates.insert(day.date) {
            warn(day_place.clone(), "another day has the same date".into());
        } else if previous_date.is_some_and(|prev| prev > day.date) {
            warn(day_place.clone(), "this day comes before the day listed above it".into());
        }
        previous_date = Some(day.date);
        if let Some(plan) = plans.get(d)
            && let (Some(over), Some(hard)) = (plan.past_hard_end(), plan.hard_end)
        {
            warn(
                day_place.clone(),
                format!(
                    "the day ends at {} but the room closes at {hard}: {} over; shorten items by that much",
                    plan.end,
                    format_minutes(over)
                ),
            );
        }
        for (i, item) in day.items.iter().enumerate() {
            let place = format!("day {}, item \"{}\"", d + 1, item.id);
            if !item_ids.insert(item.id.as_str()) {
                warn(place.clone(), "this item id is used twice; ids must be unique across all days".into());
            }
            if let Some(missed) =
                plans.get(d).and_then(|p| p.items.get(i)).and_then(|p| p.fixed_start_missed_by)
            {
                let fixed = item.fixed_start.map(|t| t.to_string()).unwrap_or_default();
                warn(
                    place.clone(),
                    format!(
                        "the fixed start {fixed} cannot be met: the items before it run {} past it",
                        format_minutes(missed)
                    ),
                );
            }
            for speaker in &item.speakers {
                check_ref(&roster, speaker, "speaker", &place, &mut warn);
            }
            if !item.groups.is_empty() && item.kind != ItemKind::WorkingGroups {
                warn(
                    place.clone(),
                    format!(
                        "has working groups but its kind is \"{}\", not \"working_groups\"",
                        item.kind.as_str()
                    ),
                );
            }
            let mut group_names = HashSet::new();
            let mut placed = HashSet::new();
            for group in &item.groups {
                let gplace = format!("{place}, group \"{}\"", group.name);
                if !group_names.insert(group.name.as_str()) {
                    warn(gplace.clone(), "two groups of this item have the same name".into());
                }
                for member in &group.members {
                    if !roster.contains(member.as_str()) {
                        warn(gplace.clone(), format!("member \"{member}\" is not in the participants"));
                    }
                    if !placed.insert(member.as_str()) {
                        warn(gplace.clone(), format!("member \"{member}\" is in more than one group"));
                    }
                }
                if let Some(r) = &group.rapporteur {
                    check_ref(&roster, r, "rapporteur", &gplace, &mut warn);
                }
            }
        }
    }
    out
}

fn check_ref(
    roster: &HashSet<&str>,
    who: &PersonRef,
    what: &str,
    place: &str,
    warn: &mut impl FnMut(String, String),
) {
    if let Some(id) = who.roster_id()
        && !roster.contains(id)
    {
        warn(
            place.to_string(),
            format!(
                "{what} \"{id}\" is not in the participants; add them, or write {{\"role\": \"{id}\"}} for someone not on the roster"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{parse_str, schedule::plan};

    #[test]
    fn finds_duplicates_and_missing_people() {
        let text = r#"{"event": {"title": "t", "time_zone": "UTC"},
            "participants": [{"id": "a", "role": "officer"}, {"id": "a", "role": "judge"}],
            "days": [{"date": "2026-01-05", "start": "09:00", "hard_end": "10:00", "items": [
              {"id": "x", "title": "X", "kind": "presentation", "minutes": 50, "speakers": ["a", "zz", {"role": "guest"}]},
              {"id": "x", "title": "Y", "kind": "working_groups", "minutes": 30,
               "groups": [{"name": "G", "members": ["a", "ghost"], "rapporteur": "nobody"},
                          {"name": "G", "members": ["a"]}]}
            ]}]}"#;
        let agenda = parse_str("t.json", text).unwrap();
        let w: Vec<String> = warnings(&agenda, &plan(&agenda)).iter().map(|w| w.to_string()).collect();
        let has = |needle: &str| w.iter().any(|m| m.contains(needle));
        assert!(has("participant id \"a\" is used twice"), "{w:#?}");
        assert!(has("room closes at 10:00: 20 min over"), "{w:#?}");
        assert!(has("item id is used twice"), "{w:#?}");
        assert!(has("speaker \"zz\" is not in the participants"), "{w:#?}");
        assert!(!has("guest"), "{w:#?}");
        assert!(has("member \"ghost\" is not in the participants"), "{w:#?}");
        assert!(has("rapporteur \"nobody\""), "{w:#?}");
        assert!(has("same name"), "{w:#?}");
        assert!(has("member \"a\" is in more than one group"), "{w:#?}");
    }
}
