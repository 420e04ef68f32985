//! Who has been heard, as it stands at `now`: speaking time by stakeholder group for one
//! item, one day or the whole event (an open turn counts up to `now`), and the roster's
//! groups not heard yet. Computed from the recorded turns alone, so a resumed session
//! shows what the room heard before the laptop went down. The live panel, the day's
//! summary and the draft's picture all read it. Pure.

use jiff::Timestamp;

use super::{Attribution, Session, Turn};

/// Which turns count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// The turns on one agenda item.
    Item(&'a str),
    /// The turns on the items of one day (0-based).
    Day(usize),
    /// Every turn.
    Event,
}

/// One stakeholder group's time at the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// As the roster (or the turn) names it; None: nobody recorded the speaker's group.
    pub group: Option<String>,
    pub seconds: i64,
    pub turns: usize,
    /// Its share of the time heard, in whole percent: the shares of a balance add up to
    /// 100 (largest remainders), so the words never say 101 %.
    pub percent: u32,
}

/// Speaking time by group, most heard first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Balance {
    pub shares: Vec<Share>,
    /// Seconds heard in all.
    pub total: i64,
    /// The roster's stakeholder groups with no turn in scope, in roster order.
    pub silent: Vec<String>,
    /// Someone has the floor in scope now: the figures move each second.
    pub live: bool,
}

/// The balance of `scope` at `now`.
pub fn balance(session: &Session, scope: Scope, now: Timestamp) -> Balance {
    let mut shares: Vec<Share> = Vec::new();
    let mut live = false;
    for turn in session.turns.iter().filter(|t| in_scope(session, t, scope)) {
        let seconds = match (turn.seconds, turn.ended_at) {
            (Some(s), _) => s,
            (None, Some(end)) => end.duration_since(turn.started_at).as_secs(),
            (None, None) => {
                live = true;
                now.duration_since(turn.started_at).as_secs()
            }
        }
        .max(0);
        let group = group_of(session, &turn.speaker);
        match shares.iter_mut().find(|s| s.group == group) {
            Some(s) => {
                s.seconds += seconds;
                s.turns += 1;
            }
            None => shares.push(Share { group, seconds, turns: 1, percent: 0 }),
        }
    }
    let total = shares.iter().map(|s| s.seconds).sum();
    shares.sort_by(|a, b| b.seconds.cmp(&a.seconds).then_with(|| a.group.cmp(&b.group)));
    let percents = largest_remainders(&shares.iter().map(|s| s.seconds).collect::<Vec<_>>());
    for (s, p) in shares.iter_mut().zip(percents) {
        s.percent = p;
    }
    let silent = roster_groups(session)
        .into_iter()
        .filter(|g| !shares.iter().any(|s| s.group.as_ref() == Some(g)))
        .collect();
    Balance { shares, total, silent, live }
}

/// The stakeholder groups of the roster, in the order they first appear.
pub fn roster_groups(session: &Session) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for g in session.agenda.participants.iter().filter_map(|p| p.stakeholder.as_ref()) {
        if !groups.contains(g) {
            groups.push(g.clone());
        }
    }
    groups
}

/// The group a speaker speaks for: the roster's, else as recorded with the turn.
pub fn group_of(session: &Session, a: &Attribution) -> Option<String> {
    a.participant
        .as_deref()
        .and_then(|id| session.agenda.participant(id))
        .and_then(|p| p.stakeholder.clone())
        .or_else(|| a.stakeholder.clone())
}

fn in_scope(session: &Session, turn: &Turn, scope: Scope) -> bool {
    match scope {
        Scope::Item(id) => turn.item == id,
        Scope::Day(day) => {
            session.item_index(&turn.item).and_then(|i| session.items.get(i)).map(|r| r.day) == Some(day)
        }
        Scope::Event => true,
    }
}

/// Whole percentages of `values` that add up to 100 (none when all are 0): each gets its
/// floor, and the points left go to the largest remainders.
fn largest_remainders(values: &[i64]) -> Vec<u32> {
    let total: i64 = values.iter().sum();
    if total <= 0 {
        return vec![0; values.len()];
    }
    let floors: Vec<u32> = values.iter().map(|v| (v * 100 / total) as u32).collect();
    let left = 100usize.saturating_sub(floors.iter().sum::<u32>() as usize);
    let mut order: Vec<(usize, i64)> = values.iter().copied().enumerate().collect();
    // Largest remainder first; ties to the larger value, then the earlier.
    order.sort_by_key(|&(i, v)| (std::cmp::Reverse(v * 100 % total), std::cmp::Reverse(v), i));
    let lucky: Vec<usize> = order.iter().take(left).map(|&(i, _)| i).collect();
    floors.into_iter().enumerate().map(|(i, f)| f + u32::from(lucky.contains(&i))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Event;
    use crate::session::testkit::{Scribe, roundtable};

    fn give(s: &mut Scribe, session: &mut Session, who: Attribution, item: &str) {
        session.apply(&s.record(Event::FloorGiven { speaker: who, item: item.into() }));
    }

    fn person(id: &str) -> Attribution {
        Attribution { participant: Some(id.into()), ..Attribution::default() }
    }

    #[test]
    fn shares_by_group_count_the_open_turn_up_to_now_and_name_the_silent() {
        let mut s = Scribe::new("dev", "2009-04-29T05:00:00Z".parse().unwrap());
        let mut session = Session::start(&s.start(&roundtable())).unwrap();
        let item = "d2-ngo-discussion";
        for (who, secs) in [("mia-1", 120), ("ngo-2", 60)] {
            give(&mut s, &mut session, person(who), item);
            s.advance(secs);
        }
        let anon = Attribution { role: Some("journalist".into()), ..Attribution::default() };
        give(&mut s, &mut session, anon, item);
        s.advance(20);
        let b = balance(&session, Scope::Item(item), s.now);
        assert!(b.live, "someone has the floor");
        assert_eq!(b.total, 200);
        let got: Vec<(Option<&str>, i64, u32)> =
            b.shares.iter().map(|s| (s.group.as_deref(), s.seconds, s.percent)).collect();
        assert_eq!(got, [(Some("law enforcement"), 120, 60), (Some("NGO"), 60, 30), (None, 20, 10)]);
        assert!(!b.silent.iter().any(|g| g == "NGO" || g == "law enforcement"));
        assert_eq!(b.silent, ["international organisation", "expert"]);
        // Ten seconds on, the open turn has grown; the closed ones have not.
        s.advance(10);
        assert_eq!(balance(&session, Scope::Item(item), s.now).total, 210);
        session.apply(&s.record(Event::FloorEnded));
        let ended = balance(&session, Scope::Day(1), s.now);
        assert!(!ended.live);
        assert_eq!(ended.total, 210);
        assert_eq!(
            balance(&session, Scope::Day(0), s.now),
            Balance { silent: roster_groups(&session), ..Balance::default() }
        );
        assert_eq!(balance(&session, Scope::Item("d1-opening"), s.now).total, 0);
    }

    #[test]
    fn percentages_always_add_up_to_a_hundred() {
        assert_eq!(largest_remainders(&[1, 1, 1]), [34, 33, 33]);
        assert_eq!(largest_remainders(&[2, 1]), [67, 33]);
        assert_eq!(largest_remainders(&[0, 0]), [0, 0]);
        assert_eq!(largest_remainders(&[999, 1]), [100, 0]);
        for v in [vec![7, 5, 3, 1], vec![10, 10, 10, 10, 10, 10, 10], vec![1, 2, 3, 4, 5, 6]] {
            assert_eq!(largest_remainders(&v).iter().sum::<u32>(), 100, "{v:?}");
        }
    }
}
