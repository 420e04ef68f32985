//! Who was heard: speaking time by speaker and by stakeholder group, from the turns at the
//! floor, for the minutes and the report's annex.

use std::collections::BTreeMap;

use super::{Attribution, Session};

/// Time at the floor of one speaker or one stakeholder group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heard {
    pub who: String,
    pub turns: usize,
    pub seconds: i64,
}

/// Speaking time by speaker (roster id, else role, else group) and by stakeholder group,
/// most time first. Open turns count up to their end, so pass a session whose floor has
/// ended for final figures.
pub fn speaking_time(session: &Session) -> (Vec<Heard>, Vec<Heard>) {
    let mut by_speaker: BTreeMap<String, (usize, i64)> = BTreeMap::new();
    let mut by_group: BTreeMap<String, (usize, i64)> = BTreeMap::new();
    for turn in session.turns.iter().filter(|t| t.seconds.is_some()) {
        let secs = turn.seconds.unwrap_or(0);
        let speaker = speaker_key(&turn.speaker);
        let group = stakeholder(session, &turn.speaker);
        for (map, key) in [(&mut by_speaker, speaker), (&mut by_group, group)] {
            let slot = map.entry(key).or_default();
            slot.0 += 1;
            slot.1 += secs;
        }
    }
    let sorted = |map: BTreeMap<String, (usize, i64)>| {
        let mut v: Vec<Heard> =
            map.into_iter().map(|(who, (turns, seconds))| Heard { who, turns, seconds }).collect();
        v.sort_by(|a, b| b.seconds.cmp(&a.seconds).then_with(|| a.who.cmp(&b.who)));
        v
    };
    (sorted(by_speaker), sorted(by_group))
}

fn speaker_key(a: &Attribution) -> String {
    a.participant
        .clone()
        .or_else(|| a.role.clone())
        .or_else(|| a.stakeholder.clone())
        .unwrap_or_else(|| "not recorded".into())
}

/// The stakeholder group of a speaker: from the roster, else as recorded.
pub fn stakeholder(session: &Session, a: &Attribution) -> String {
    super::balance::group_of(session, a).unwrap_or_else(|| "not recorded".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Event;
    use crate::session::testkit::{Scribe, roundtable};

    #[test]
    fn totals_by_speaker_and_by_stakeholder_group() {
        let mut s = Scribe::new("dev", "2009-04-29T05:00:00Z".parse().unwrap());
        let mut session = Session::start(&s.start(&roundtable())).unwrap();
        let give = |id: &str| Event::FloorGiven {
            speaker: Attribution { participant: Some(id.into()), ..Attribution::default() },
            item: "d2-ngo-discussion".into(),
        };
        for (speaker, secs) in [("mia-1", 120), ("ngo-2", 90), ("mia-3", 60), ("mia-1", 30)] {
            session.apply(&s.record(give(speaker)));
            s.advance(secs);
        }
        let role = Attribution { role: Some("journalist".into()), ..Attribution::default() };
        session.apply(&s.record(Event::FloorGiven { speaker: role, item: "d2-ngo-discussion".into() }));
        s.advance(45);
        session.apply(&s.record(Event::FloorEnded));
        let (speakers, groups) = speaking_time(&session);
        assert_eq!(speakers[0], Heard { who: "mia-1".into(), turns: 2, seconds: 150 });
        assert_eq!(speakers.iter().map(|h| h.seconds).sum::<i64>(), 345);
        assert_eq!(groups[0], Heard { who: "law enforcement".into(), turns: 3, seconds: 210 });
        assert_eq!(groups[1], Heard { who: "NGO".into(), turns: 1, seconds: 90 });
        assert_eq!(groups[2], Heard { who: "not recorded".into(), turns: 1, seconds: 45 });
    }
}
