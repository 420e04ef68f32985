//! The clock of the speaker who has the floor: time spoken against the item's speaking
//! limit, with the same stages as any countdown.

use jiff::Timestamp;

use super::{Ladder, Stage};
use crate::session::{Session, Turn};

/// The running intervention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnClock {
    pub elapsed_ms: i64,
    /// The item's speaking limit, when it has one.
    pub limit_ms: Option<i64>,
    pub stage: Stage,
}

impl TurnClock {
    /// The stage in words ("LAST CALL" in a turn's last 15 seconds).
    pub fn label(&self) -> &'static str {
        match self.limit_ms {
            Some(limit) => Ladder::turn(limit).label(self.stage),
            None => self.stage.label(),
        }
    }

    /// Milliseconds until `display` shows another second (a turn's clock counts up while
    /// it is open, whatever the item's clock does).
    pub fn ms_until_change(&self) -> i64 {
        1000 - self.elapsed_ms.rem_euclid(1000)
    }

    /// "01:12 of 3:00", or "01:12" without a limit.
    pub fn display(&self) -> String {
        let clock = |s: i64| format!("{:02}:{:02}", s / 60, s % 60);
        let (elapsed, limit) = self.shown_seconds();
        match limit {
            Some(limit) => format!("{} of {}", clock(elapsed), clock(limit)),
            None => clock(elapsed),
        }
    }

    /// The whole seconds `display` shows: spoken, and the limit.
    pub fn shown_seconds(&self) -> (i64, Option<i64>) {
        (self.elapsed_ms.max(0) / 1000, self.limit_ms.map(|l| l.max(0) / 1000))
    }
}

/// The open turn at the floor, if any.
pub fn open_turn(session: &Session) -> Option<&Turn> {
    session.turns.last().filter(|t| t.ended_at.is_none())
}

/// The clock of the open turn at `now`.
pub fn turn_clock(session: &Session, now: Timestamp) -> Option<TurnClock> {
    let turn = open_turn(session)?;
    let elapsed_ms = now.duration_since(turn.started_at).as_millis().max(0) as i64;
    let limit_ms = session
        .item_index(&turn.item)
        .and_then(|i| session.agenda_item(i))
        .and_then(|item| item.turn_minutes)
        .map(|m| i64::from(m.get()) * 60_000);
    let stage = limit_ms.map_or(Stage::Normal, |limit| Ladder::turn(limit).stage(limit - elapsed_ms));
    Some(TurnClock { elapsed_ms, limit_ms, stage })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::{Scribe, roundtable};
    use crate::session::{Attribution, Event};

    #[test]
    fn a_three_minute_turn_goes_through_the_stages() {
        let mut agenda = roundtable();
        let mut days = agenda.days.clone().into_vec();
        for item in days[1].items.clone().iter().enumerate().filter(|(_, i)| i.id == "d2-ngo-discussion") {
            let mut items = days[1].items.clone().into_vec();
            items[item.0].turn_minutes = crate::agenda::Minutes::new(3);
            days[1].items = crate::agenda::NonEmpty::new(items).unwrap();
        }
        agenda.days = crate::agenda::NonEmpty::new(days).unwrap();
        let mut s = Scribe::new("dev", "2009-04-29T05:00:00Z".parse().unwrap());
        let mut session = Session::start(&s.start(&agenda)).unwrap();
        assert!(turn_clock(&session, s.now).is_none());
        let speaker = Attribution { participant: Some("ngo-yc".into()), ..Attribution::default() };
        session.apply(&s.record(Event::FloorGiven { speaker, item: "d2-ngo-discussion".into() }));
        let given = s.now;
        let at = |secs: i64| given.checked_add(jiff::SignedDuration::from_secs(secs)).unwrap();
        let clock = |secs| turn_clock(&session, at(secs)).unwrap();
        assert_eq!(clock(72).display(), "01:12 of 03:00");
        assert_eq!(clock(143).stage, Stage::Normal);
        assert_eq!(clock(144).stage, Stage::WrapUp);
        assert_eq!(clock(165).stage, Stage::Final);
        assert_eq!(clock(181).stage, Stage::Overtime);
        let speaker = Attribution { role: Some("guest".into()), ..Attribution::default() };
        session.apply(&s.record(Event::FloorGiven { speaker, item: "d1-opening".into() }));
        assert_eq!(turn_clock(&session, at(10)).unwrap().limit_ms, None, "no limit on that item");
    }
}
