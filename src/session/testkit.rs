//! Builders of records for tests and benchmarks: one device, an injected clock.

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

/// 08:55 in Dushanbe on the first day of the roundtable.
pub fn roundtable_morning() -> Timestamp {
    "2009-04-28T03:55:00Z".parse().unwrap_or(Timestamp::UNIX_EPOCH)
}
