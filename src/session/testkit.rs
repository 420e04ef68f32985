//! Builders of records for tests and benchmarks: one device, an injected clock.

// Test kits may panic: a failure there is a failed test, not a user losing a word.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

use super::{Attribution, EntryKind, Event, Record, new_id};
use crate::agenda::Agenda;

/// Writes records as one device would, with a clock the test moves by hand.
#[derive(Debug, Clone)]
pub struct Scribe {
    pub device: String,
    pub seq: u64,
    pub now: Timestamp,
}

impl Scribe {
    pub fn new(device: &str, now: Timestamp) -> Self {
        Scribe { device: device.to_string(), seq: 0, now }
    }

    pub fn advance(&mut self, seconds: i64) {
        self.now = self.now.saturating_add(SignedDuration::from_secs(seconds)).unwrap_or(self.now);
    }

    pub fn record(&mut self, event: Event) -> Record {
        self.seq += 1;
        Record { id: new_id(self.now), device: self.device.clone(), seq: self.seq, at: self.now, event }
    }

    pub fn start(&mut self, agenda: &Agenda) -> Record {
        self.record(Event::SessionStarted { agenda: Box::new(agenda.clone()), agenda_file: None })
    }

    pub fn capture(&mut self, kind: EntryKind, text: &str, item: Option<&str>) -> (Uuid, Record) {
        let entry = new_id(self.now);
        let record = self.record(Event::EntryCaptured {
            entry,
            kind,
            text: text.to_string(),
            attribution: Attribution::default(),
            item: item.map(str::to_string),
            group: None,
            attached_to: None,
        });
        (entry, record)
    }
}

/// The 2009 roundtable sample, parsed.
pub fn roundtable() -> Agenda {
    crate::agenda::parse_str(
        "dushanbe-roundtable-2009.json",
        include_str!("../../agendas/dushanbe-roundtable-2009.json"),
    )
    .unwrap_or_else(|e| panic!("the roundtable sample must parse: {e}"))
}

/// The Russian community-policing workshop sample, parsed, with a three-minute speaking
/// limit on its closing discussion ("actions"), so a speaker's clock has a limit to show.
pub fn workshop_with_speaking_limit() -> Agenda {
    let mut agenda = crate::agenda::parse_str(
        "community-policing-workshop.json",
        include_str!("../../agendas/community-policing-workshop.json"),
    )
    .unwrap_or_else(|e| panic!("the workshop sample must parse: {e}"));
    let mut days = agenda.days.into_vec();
    for day in &mut days {
        let mut items = day.items.to_vec();
        items
            .iter_mut()
            .filter(|i| i.id == "actions")
            .for_each(|i| i.turn_minutes = crate::agenda::Minutes::new(3));
        if let Some(items) = crate::agenda::NonEmpty::new(items) {
            day.items = items;
        }
    }
    agenda.days = crate::agenda::NonEmpty::new(days).unwrap_or_else(|| unreachable!("the sample has days"));
    agenda
}

/// 08:55 in Dushanbe on the first day of the roundtable.
pub fn roundtable_morning() -> Timestamp {
    "2009-04-28T03:55:00Z".parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A scripted run of the roundtable's first day and the second day's conclusions, with
/// notes like the reference report's: presentations, discussion, the case study in groups
/// with report-backs, references, conclusions, both kinds of recommendations, follow-up, a
/// contested point, speakers' turns, a skipped item and overruns. For golden tests and
/// benchmarks.
pub fn scripted_roundtable() -> Vec<Record> {
    use crate::session::{Mark, PlanChange};
    let mut s =
        Scribe::new("rapporteur-laptop", "2009-04-28T03:55:00Z".parse().unwrap_or(Timestamp::UNIX_EPOCH));
    let mut out = vec![s.start(&roundtable())];
    let at = |s: &mut Scribe, minutes_after_nine: i64, event: Event| {
        s.now = "2009-04-28T04:00:00Z"
            .parse::<Timestamp>()
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .checked_add(SignedDuration::from_mins(minutes_after_nine))
            .unwrap_or(s.now);
        s.record(event)
    };
    let id = |n: u128| Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + n);
    let who = |participant: Option<&str>, role: Option<&str>, stakeholder: Option<&str>| Attribution {
        participant: participant.map(str::to_string),
        role: role.map(str::to_string),
        stakeholder: stakeholder.map(str::to_string),
        not_for_attribution: true,
    };
    let note =
        |n: u128, kind: EntryKind, text: &str, item: &str, attribution: Attribution| Event::EntryCaptured {
            entry: id(n),
            kind,
            text: text.to_string(),
            attribution,
            item: Some(item.to_string()),
            group: None,
            attached_to: None,
        };
    let reference = |n: u128, text: &str, item: &str, to: u128| Event::EntryCaptured {
        entry: id(n),
        kind: EntryKind::Reference,
        text: text.to_string(),
        attribution: Attribution { not_for_attribution: true, ..Attribution::default() },
        item: Some(item.to_string()),
        group: None,
        attached_to: Some(id(to)),
    };
    let group_note = |n: u128, text: &str, group: &str, rapporteur: &str| Event::EntryCaptured {
        entry: id(n),
        kind: EntryKind::DiscussionPoint,
        text: text.to_string(),
        attribution: Attribution {
            participant: Some(rapporteur.to_string()),
            not_for_attribution: true,
            ..Attribution::default()
        },
        item: Some("d1-report-back".to_string()),
        group: Some(group.to_string()),
        attached_to: None,
    };
    let start = |item: &str| Event::ItemStarted { item: item.to_string() };
    use EntryKind::*;
    let events: Vec<(i64, Event)> = vec![
        (0, start("d1-registration")),
        (38, start("d1-opening")),
        (70, start("d1-key-questions")),
        (
            72,
            note(
                1,
                PresentationPoint,
                "Security and human rights are complementary, not opposing forces; violations can be counter-productive.",
                "d1-key-questions",
                who(Some("odihr-2"), None, None),
            ),
        ),
        (
            85,
            note(
                2,
                PresentationPoint,
                "Authorities can take a reactive or an intelligent approach to security: before acting, ask whether the use of force helps in the circumstances.",
                "d1-key-questions",
                who(Some("odihr-2"), None, None),
            ),
        ),
        (
            86,
            reference(
                3,
                "On 30 April 2009 the US President banned waterboarding: \"It corrodes the character of a country\".",
                "d1-key-questions",
                2,
            ),
        ),
        (
            100,
            note(
                4,
                PresentationPoint,
                "Religious education matters: knowledge of Islam is a defence against those who misuse it.",
                "d1-key-questions",
                who(Some("exp-acad"), None, None),
            ),
        ),
        (
            101,
            reference(
                5,
                "One speaker observed that many people do not have a basic knowledge of Islam or different religions.",
                "d1-key-questions",
                4,
            ),
        ),
        (130, Event::ItemSkipped { item: "d1-coffee".to_string() }),
        (130, start("d1-plenary-questions")),
        (
            131,
            Event::FloorGiven {
                speaker: who(Some("mia-1"), None, None),
                item: "d1-plenary-questions".to_string(),
            },
        ),
        (
            134,
            note(
                6,
                Question,
                "Is \"religious extremism\" the right term for what police see in the districts?",
                "d1-plenary-questions",
                who(Some("mia-1"), None, None),
            ),
        ),
        (
            135,
            Event::FloorGiven {
                speaker: who(Some("ngo-2"), None, None),
                item: "d1-plenary-questions".to_string(),
            },
        ),
        (
            137,
            note(
                7,
                DiscussionPoint,
                "Economic, political and legal factors are as important as religion.",
                "d1-plenary-questions",
                who(Some("ngo-2"), None, None),
            ),
        ),
        (
            139,
            Event::FloorGiven {
                speaker: who(None, Some("prosecutor"), Some("law enforcement")),
                item: "d1-plenary-questions".to_string(),
            },
        ),
        (
            141,
            note(
                8,
                Quote,
                "\"Prevention is better than cure.\"",
                "d1-plenary-questions",
                who(None, Some("prosecutor"), None),
            ),
        ),
        (142, Event::FloorEnded),
        (
            145,
            Event::Replanned {
                changes: vec![PlanChange { item: "d1-report-back".to_string(), minutes: Some(65) }],
            },
        ),
        (210, start("d1-lunch")),
        (270, start("d1-case-study")),
        (271, Event::PromptRevealed { item: "d1-case-study".to_string(), group: None, index: 0 }),
        (360, start("d1-tea")),
        (375, start("d1-report-back")),
        (376, Event::ReportBackStarted { item: "d1-case-study".to_string(), group: "Group A".to_string() }),
        (378, group_note(9, "Police must use minimum force whatever the operation.", "Group A", "mia-1")),
        (
            379,
            reference(
                10,
                "Law on the Militia, Article 15: firearms may not be used in crowds.",
                "d1-report-back",
                9,
            ),
        ),
        (385, Event::ReportBackEnded { item: "d1-case-study".to_string(), group: "Group A".to_string() }),
        (386, Event::ReportBackStarted { item: "d1-case-study".to_string(), group: "Group B".to_string() }),
        (
            388,
            group_note(
                11,
                "Consider all consequences before lethal force: bystanders, public order, tension between communities.",
                "Group B",
                "ngo-3",
            ),
        ),
        (395, Event::ReportBackEnded { item: "d1-case-study".to_string(), group: "Group B".to_string() }),
        (
            396,
            note(
                12,
                DiscussionPoint,
                "Officers involved in lethal force must be held accountable.",
                "d1-report-back",
                who(None, None, Some("NGO")),
            ),
        ),
        (397, Event::EntryMarked { entry: id(12), mark: Mark::Contested }),
        (
            398,
            note(
                13,
                DiscussionPoint,
                "Adequate training in operations, law and human rights is essential.",
                "d1-report-back",
                who(None, None, None),
            ),
        ),
        (399, Event::EntryMarked { entry: id(13), mark: Mark::Consensus }),
        (440, start("d1-wrap-up")),
        (455, Event::ItemEnded { item: "d1-wrap-up".to_string() }),
        (1440 + 420, start("d2-conclusions")),
        (
            1440 + 425,
            note(
                14,
                Conclusion,
                "There is a gap between civil society and law enforcement; trust needs to be built gradually through specific projects.",
                "d2-conclusions",
                who(None, None, None),
            ),
        ),
        (
            1440 + 430,
            note(
                15,
                RecommendationParticipants,
                "Seminars that include representatives of education and prosecution.",
                "d2-conclusions",
                who(Some("pros-1"), None, None),
            ),
        ),
        (
            1440 + 432,
            note(
                16,
                RecommendationParticipants,
                "Strengthen coordination between the SCNS, prosecutors and the police.",
                "d2-conclusions",
                who(None, None, Some("law enforcement")),
            ),
        ),
        (
            1440 + 436,
            note(
                17,
                RecommendationPresenters,
                "Promote greater cooperation between the authorities and civil society.",
                "d2-conclusions",
                who(Some("ngo-yc"), None, None),
            ),
        ),
        (
            1440 + 440,
            note(
                18,
                FollowUp,
                "Joint focus group studies on community-police relations (OSCE Office with the MIA).",
                "d2-conclusions",
                who(None, None, None),
            ),
        ),
        (
            1440 + 441,
            note(19, DiscussionPoint, "a duplicate to delete", "d2-conclusions", who(None, None, None)),
        ),
        (1440 + 442, Event::EntryDeleted { entry: id(19) }),
        (1440 + 480, Event::SessionFinished),
    ];
    for (minute, event) in events {
        out.push(at(&mut s, minute, event));
    }
    out
}
