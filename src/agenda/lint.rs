//! Warnings about an agenda that parses but probably is not what the facilitator meant:
//! duplicate ids, people missing from the roster, days that overrun the room, fixed starts
//! that cannot be met. Warnings never stop the agenda from running.

use std::collections::HashSet;
use std::fmt;

use super::model::{Agenda, ItemKind};
use super::schedule::{DayPlan, format_minutes_in};
use super::values::{EventDate, PersonRef};
use crate::i18n::Lang;
use crate::t;

/// Where in the agenda a warning is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Participants,
    /// A day, counted from 1.
    Day {
        day: usize,
        date: EventDate,
    },
    Item {
        day: usize,
        id: String,
    },
    Group {
        day: usize,
        id: String,
        name: String,
    },
    /// A field by its path in the file (`days[0].items[2].title`).
    Field(String),
}

/// What is worth a second look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    ParticipantTwice(String),
    SameDate,
    DayBefore,
    /// The day's end and the room's, as HH:MM, and how many minutes over.
    PastHardEnd {
        end: String,
        hard: String,
        over: u32,
    },
    ItemIdTwice,
    FixedStartMissed {
        fixed: String,
        missed: u32,
    },
    /// A speaker (or a group's rapporteur) who is not on the roster.
    NotInParticipants {
        rapporteur: bool,
        id: String,
    },
    GroupsButKind(String),
    GroupSameName,
    MemberNotIn(String),
    MemberTwice(String),
    /// Characters convene leaves out (see [`super::text`]).
    HoldsCharacters(Vec<char>),
    /// An annex (as the file spells it) listed a second time in `report.annexes`.
    AnnexTwice(String),
    /// A heading qualifier that starts with the heading it is added to (the heading).
    QualifierRepeatsHeading(String),
}

/// Something worth a second look, located by day and item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub place: Place,
    pub kind: WarningKind,
}

impl Warning {
    /// "day 1, item \"d1-lunch\": …" in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.place.name(lang), self.kind.message(lang))
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Place {
    pub fn name(&self, lang: Lang) -> String {
        match self {
            Place::Participants => t!(lang, "agenda-place-participants"),
            Place::Day { day, date } => t!(lang, "agenda-place-day", day = day, date = date.to_string()),
            Place::Item { day, id } => t!(lang, "agenda-place-item", day = day, id = id),
            Place::Group { day, id, name } => {
                t!(lang, "agenda-place-group", day = day, id = id, name = name)
            }
            Place::Field(path) => path.clone(),
        }
    }
}

impl WarningKind {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WarningKind::ParticipantTwice(id) => t!(lang, "agenda-warn-participant-twice", id = id),
            WarningKind::SameDate => t!(lang, "agenda-warn-same-date"),
            WarningKind::DayBefore => t!(lang, "agenda-warn-day-before"),
            WarningKind::PastHardEnd { end, hard, over } => {
                let over = format_minutes_in(lang, *over);
                t!(lang, "agenda-warn-past-hard-end", end = end, hard = hard, over = over)
            }
            WarningKind::ItemIdTwice => t!(lang, "agenda-warn-item-id-twice"),
            WarningKind::FixedStartMissed { fixed, missed } => {
                let missed = format_minutes_in(lang, *missed);
                t!(lang, "agenda-warn-fixed-start-missed", fixed = fixed, missed = missed)
            }
            WarningKind::NotInParticipants { rapporteur: false, id } => {
                t!(lang, "agenda-warn-speaker-not-in", id = id)
            }
            WarningKind::NotInParticipants { rapporteur: true, id } => {
                t!(lang, "agenda-warn-rapporteur-not-in", id = id)
            }
            WarningKind::GroupsButKind(kind) => t!(lang, "agenda-warn-groups-but-kind", kind = kind),
            WarningKind::GroupSameName => t!(lang, "agenda-warn-group-same-name"),
            WarningKind::MemberNotIn(id) => t!(lang, "agenda-warn-member-not-in", id = id),
            WarningKind::MemberTwice(id) => t!(lang, "agenda-warn-member-twice", id = id),
            WarningKind::HoldsCharacters(chars) => {
                let list: Vec<String> = chars.iter().map(|&c| super::text::describe(lang, c)).collect();
                t!(lang, "agenda-warn-holds-characters", list = list.join(", "))
            }
            WarningKind::AnnexTwice(annex) => t!(lang, "agenda-warn-annex-twice", annex = annex),
            WarningKind::QualifierRepeatsHeading(heading) => {
                t!(lang, "agenda-warn-qualifier-repeats-heading", heading = heading)
            }
        }
    }
}

/// All warnings for an agenda and its plan (from [`super::schedule::plan`]).
pub fn warnings(agenda: &Agenda, plans: &[DayPlan]) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |place: Place, kind: WarningKind| out.push(Warning { place, kind });

    let mut roster = HashSet::new();
    for p in &agenda.participants {
        if !roster.insert(p.id.as_str()) {
            warn(Place::Participants, WarningKind::ParticipantTwice(p.id.clone()));
        }
    }

    let mut item_ids = HashSet::new();
    let mut dates = HashSet::new();
    let mut previous_date = None;
    for (d, day) in agenda.days.iter().enumerate() {
        let day_place = Place::Day { day: d + 1, date: day.date };
        if !dates.insert(day.date) {
            warn(day_place.clone(), WarningKind::SameDate);
        } else if previous_date.is_some_and(|prev| prev > day.date) {
            warn(day_place.clone(), WarningKind::DayBefore);
        }
        previous_date = Some(day.date);
        if let Some(plan) = plans.get(d)
            && let (Some(over), Some(hard)) = (plan.past_hard_end(), plan.hard_end)
        {
            let (end, hard) = (plan.end.to_string(), hard.to_string());
            warn(day_place.clone(), WarningKind::PastHardEnd { end, hard, over });
        }
        for (i, item) in day.items.iter().enumerate() {
            let place = Place::Item { day: d + 1, id: item.id.clone() };
            if !item_ids.insert(item.id.as_str()) {
                warn(place.clone(), WarningKind::ItemIdTwice);
            }
            if let Some(missed) =
                plans.get(d).and_then(|p| p.items.get(i)).and_then(|p| p.fixed_start_missed_by)
            {
                let fixed = item.fixed_start.map(|t| t.to_string()).unwrap_or_default();
                warn(place.clone(), WarningKind::FixedStartMissed { fixed, missed });
            }
            for speaker in &item.speakers {
                check_ref(&roster, speaker, false, &place, &mut warn);
            }
            if !item.groups.is_empty() && item.kind != ItemKind::WorkingGroups {
                warn(place.clone(), WarningKind::GroupsButKind(item.kind.as_str().to_string()));
            }
            let mut group_names = HashSet::new();
            let mut placed = HashSet::new();
            for group in &item.groups {
                let gplace = Place::Group { day: d + 1, id: item.id.clone(), name: group.name.clone() };
                if !group_names.insert(group.name.as_str()) {
                    warn(gplace.clone(), WarningKind::GroupSameName);
                }
                for member in &group.members {
                    if !roster.contains(member.as_str()) {
                        warn(gplace.clone(), WarningKind::MemberNotIn(member.clone()));
                    }
                    if !placed.insert(member.as_str()) {
                        warn(gplace.clone(), WarningKind::MemberTwice(member.clone()));
                    }
                }
                if let Some(r) = &group.rapporteur {
                    check_ref(&roster, r, true, &gplace, &mut warn);
                }
            }
        }
    }
    if let Some(report) = &agenda.report {
        out.extend(super::report::warnings(report));
    }
    out
}

fn check_ref(
    roster: &HashSet<&str>,
    who: &PersonRef,
    rapporteur: bool,
    place: &Place,
    warn: &mut impl FnMut(Place, WarningKind),
) {
    if let Some(id) = who.roster_id()
        && !roster.contains(id)
    {
        warn(place.clone(), WarningKind::NotInParticipants { rapporteur, id: id.to_string() });
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
