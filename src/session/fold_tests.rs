//! The fold on its own: every event changes the state as the minutes need.

use super::testkit::{Scribe, roundtable, roundtable_morning};
use super::*;

fn started() -> (Scribe, Session) {
    let mut s = Scribe::new("laptop-a", roundtable_morning());
    let session = Session::start(&s.start(&roundtable())).unwrap();
    (s, session)
}

fn item<'a>(session: &'a Session, id: &str) -> &'a ItemRun {
    &session.items[session.item_index(id).unwrap()]
}

#[test]
fn start_plans_every_item_in_local_time() {
    let (_, session) = started();
    assert_eq!(session.items.len(), 20);
    let opening = item(&session, "d1-opening");
    assert_eq!(opening.planned_start.to_string(), "2009-04-28T09:30:00");
    assert_eq!(opening.planned_end.to_string(), "2009-04-28T10:00:00");
    assert_eq!(opening.section.as_deref(), Some("Opening"));
    assert_eq!(session.groups.len(), 3, "the case study's groups come from the agenda");
    assert_eq!(session.applied["laptop-a"], 1);
}

#[test]
fn timer_events_record_actual_times_pauses_extensions_and_overrun() {
    let (mut s, mut session) = started();
    s.advance(300);
    session.apply(&s.record(Event::ItemStarted { item: "d1-opening".into() }));
    let started_at = s.now;
    s.advance(600);
    session.apply(&s.record(Event::ItemPaused { item: "d1-opening".into() }));
    assert!(!session.timer.running);
    s.advance(120);
    session.apply(&s.record(Event::ItemResumed { item: "d1-opening".into() }));
    session.apply(&s.record(Event::ItemExtended { item: "d1-opening".into(), minutes: 5 }));
    s.advance(1500);
    assert_eq!(item(&session, "d1-opening").active_seconds(s.now), 2100);
    assert_eq!(item(&session, "d1-opening").allotted_seconds(), 35 * 60);
    session.apply(&s.record(Event::ItemStarted { item: "d1-key-questions".into() }));

    let opening = item(&session, "d1-opening");
    assert_eq!(opening.started_at, Some(started_at));
    assert_eq!(opening.ended_at, Some(s.now));
    assert_eq!(opening.pauses.len(), 1);
    assert_eq!(opening.extensions[0].minutes, 5);
    // 35 minutes of clock time against 30 planned: five minutes over.
    assert_eq!(opening.overrun_seconds, Some(300));
    assert_eq!(session.timer.current.as_deref(), Some("d1-key-questions"));
    assert!(session.timer.running);
}

#[test]
fn skip_replan_and_going_back() {
    let (mut s, mut session) = started();
    session.apply(&s.record(Event::ItemStarted { item: "d1-opening".into() }));
    s.advance(60);
    session.apply(&s.record(Event::ItemSkipped { item: "d1-opening".into() }));
    assert!(item(&session, "d1-opening").skipped);
    assert_eq!(session.timer.current, None);
    session.apply(&s.record(Event::Replanned {
        changes: vec![PlanChange { item: "d1-coffee".into(), minutes: Some(10) }],
    }));
    assert_eq!(item(&session, "d1-coffee").replanned_minutes, Some(10));
    s.advance(60);
    session.apply(&s.record(Event::ItemStarted { item: "d1-opening".into() }));
    let opening = item(&session, "d1-opening");
    assert!(!opening.skipped && opening.ended_at.is_none());
    assert_eq!(opening.pauses.len(), 1, "the time away counts as a pause");
    assert_eq!(opening.active_seconds(s.now), 60);
}

#[test]
fn entries_are_captured_edited_moved_marked_merged_deleted_and_restored() {
    let (mut s, mut session) = started();
    let (a, r) =
        s.capture(EntryKind::PresentationPoint, "Security and human rights", Some("d1-key-questions"));
    session.apply(&r);
    let (b, r) = s.capture(EntryKind::PresentationPoint, "are complementary", Some("d1-key-questions"));
    session.apply(&r);
    assert_eq!(session.entries[0].section.as_deref(), Some("Session 1"));

    s.advance(10);
    session.apply(&s.record(Event::EntryEdited { entry: a, text: "Security and human rights are".into() }));
    session.apply(&s.record(Event::EntryKindChanged { entry: a, kind: EntryKind::Conclusion }));
    session.apply(&s.record(Event::EntryMarked { entry: a, mark: Mark::Contested }));
    session.apply(&s.record(Event::EntryMoved { entry: a, item: Some("d2-conclusions".into()) }));
    session.apply(&s.record(Event::EntriesMerged { into: a, from: b }));
    let first = &session.entries[0];
    assert_eq!(first.text, "Security and human rights are\nare complementary");
    assert_eq!(first.kind, EntryKind::Conclusion);
    assert_eq!(first.mark, Mark::Contested);
    assert_eq!(first.section.as_deref(), Some("General Conclusions"));
    assert_eq!(first.history.len(), 3, "edit, kind change and merge each keep the old version");
    assert_eq!(first.history[0].text, "Security and human rights");
    assert!(session.entries[1].deleted);
    assert_eq!(session.entries[1].merged_into, Some(a));
    assert_eq!(session.live_entries().count(), 1);

    session.apply(&s.record(Event::EntryDeleted { entry: a }));
    assert_eq!(session.live_entries().count(), 0);
    assert_eq!(session.apply(&s.record(Event::EntryRestored { entry: a })), Applied::Changed);
    assert_eq!(session.live_entries().count(), 1);
}

#[test]
fn floor_turns_groups_prompts_and_report_backs() {
    let (mut s, mut session) = started();
    let speaker = Attribution { participant: Some("ngo-yc".into()), ..Attribution::default() };
    session
        .apply(&s.record(Event::FloorGiven { speaker: speaker.clone(), item: "d2-ngo-discussion".into() }));
    s.advance(95);
    session.apply(
        &s.record(Event::FloorGiven { speaker: Attribution::default(), item: "d2-ngo-discussion".into() }),
    );
    s.advance(30);
    session.apply(&s.record(Event::FloorEnded));
    assert_eq!(session.turns[0].seconds, Some(95));
    assert_eq!(session.turns[1].seconds, Some(30));

    session.apply(&s.record(Event::PromptRevealed { item: "d1-case-study".into(), group: None, index: 1 }));
    session.apply(&s.record(Event::PromptRevealed { item: "d1-case-study".into(), group: None, index: 1 }));
    assert_eq!(session.prompts_revealed.len(), 1, "revealing twice records it once");
    let unknown = s.record(Event::PromptRevealed { item: "d1-case-study".into(), group: None, index: 99 });
    assert_eq!(session.apply(&unknown), Applied::Ignored, "a prompt that does not exist is ignored");

    session
        .apply(&s.record(Event::ReportBackStarted { item: "d1-case-study".into(), group: "Group B".into() }));
    s.advance(600);
    session
        .apply(&s.record(Event::ReportBackEnded { item: "d1-case-study".into(), group: "Group B".into() }));
    let b = session.groups.iter().find(|g| g.group.name == "Group B").unwrap();
    assert_eq!(b.report_back.as_ref().unwrap().ended_at, Some(s.now));

    let regrouped = vec![session.groups[0].group.clone()];
    session.apply(&s.record(Event::GroupsFormed { item: "d1-case-study".into(), groups: regrouped }));
    assert_eq!(session.groups.len(), 1);
}

#[test]
fn replaying_a_record_twice_changes_nothing() {
    let (mut s, mut session) = started();
    let (_, r) = s.capture(EntryKind::Question, "Что такое экстремизм?", None);
    session.apply(&r);
    let once = session.clone();
    session.apply(&r);
    assert_eq!(session, once);
}

#[test]
fn events_about_unknown_things_are_counted_not_fatal() {
    let (mut s, mut session) = started();
    for event in [
        Event::ItemStarted { item: "no-such-item".into() },
        Event::EntryEdited { entry: uuid::Uuid::nil(), text: "x".into() },
        Event::ItemPaused { item: "d1-opening".into() },
    ] {
        assert_eq!(session.apply(&s.record(event)), Applied::Ignored);
    }
    assert_eq!(session.applied["laptop-a"], 4);
}

#[test]
fn records_of_two_devices_fold_together() {
    let (mut a, mut session) = started();
    let mut b = Scribe::new("laptop-b", a.now);
    let (_, r1) = a.capture(EntryKind::DiscussionPoint, "from A", None);
    let (_, r2) = b.capture(EntryKind::DiscussionPoint, "from B", None);
    session.apply(&r2);
    session.apply(&r1);
    assert_eq!(session.entries.len(), 2);
    assert_eq!(session.applied["laptop-b"], 1);
    assert_eq!(&*session.entries[0].device, "laptop-b");
}

#[test]
fn the_state_round_trips_through_json() {
    let (mut s, mut session) = started();
    let (_, r) = s.capture(EntryKind::Quote, "Ӯ ӣ ҳ қ ғ ҷ — 你好", Some("d1-opening"));
    session.apply(&r);
    let text = serde_json::to_string(&session).unwrap();
    let back: Session = serde_json::from_str(&text).unwrap();
    assert_eq!(back, session);
}
