//! Both days of the 2009 roundtable run through the real runtime, as the facilitator and
//! the rapporteur would run them: every item started, pauses, extensions, a re-plan, the
//! speakers' list, working groups and their report-back, notes of every kind, the end of
//! day one, finishing the event, and the draft. The screen and the minutes are checked at
//! each step.

use convene::session::{EntryKind, Session};
use convene::testing::Harness;

/// Lets the clock run to `hh:mm` local time (Dushanbe, UTC+5) on day `day` (1 or 2).
fn at(h: &mut Harness, day: u32, hhmm: &str) {
    let (hh, mm) = hhmm.split_once(':').unwrap();
    let hour: u32 = hh.parse().unwrap();
    let utc = format!("2009-04-{:02}T{:02}:{mm}:00Z", 27 + day, hour - 5);
    h.wait_until(&utc);
}

fn screen(h: &mut Harness) -> String {
    h.screen(120, 40)
}

fn running(h: &Harness) -> Option<String> {
    h.session().timer.current.clone()
}

fn run<'a>(s: &'a Session, id: &str) -> &'a convene::session::ItemRun {
    &s.items[s.item_index(id).unwrap()]
}

fn note(h: &mut Harness, text: &str) {
    h.press(&["c"]).type_text(text).press(&["Enter", "Esc"]);
}

fn expect(screen: &str, parts: &[&str]) {
    for part in parts {
        assert!(screen.contains(part), "the screen lacks {part:?}:\n{screen}");
    }
}

#[test]
fn both_days_of_the_roundtable() {
    let mut h = Harness::roundtable("2009-04-28T03:55:00Z");
    expect(&screen(&mut h), &["No item running", "Space starts the selected item"]);

    // Day one, 09:00: registration, paused for five minutes, then the opening, extended.
    at(&mut h, 1, "09:00");
    h.press(&["Space"]);
    expect(&screen(&mut h), &["● ON TIME", "30:00 left · running", "Registration and coffee"]);
    at(&mut h, 1, "09:20");
    h.press(&["Space"]);
    expect(&screen(&mut h), &["PAUSED"]);
    at(&mut h, 1, "09:25");
    h.press(&["Space"]);
    at(&mut h, 1, "09:40");
    h.press(&["n"]);
    assert_eq!(running(&h).as_deref(), Some("d1-opening"));
    assert_eq!(run(h.session(), "d1-registration").overrun_seconds, Some(300), "35 minutes on the clock");
    note(&mut h, "The OSCE and the Government opened the roundtable");
    at(&mut h, 1, "09:45");
    h.press(&[">"]);
    assert_eq!(run(h.session(), "d1-opening").allotted_seconds(), 35 * 60);

    // Running late: the re-plan proposal, accepted.
    at(&mut h, 1, "10:15");
    h.press(&["n"]);
    let s = screen(&mut h);
    expect(&s, &["min behind", "To keep to the plan, shorten:"]);
    h.press(&["a"]);
    assert!(h.session().items.iter().any(|r| r.replanned_minutes.is_some()), "the re-plan is recorded");
    expect(&screen(&mut h), &["Day: on time"]);
    note(&mut h, "p: Security and human rights are complementary, not competing goals");
    note(&mut h, "ref: OSCE Ministerial Council Decision No. 1/06");
    at(&mut h, 1, "11:00");
    h.press(&["n"]); // coffee
    at(&mut h, 1, "11:12");
    h.press(&["n"]); // the plenary discussion

    // The speakers' list and the floor.
    assert_eq!(running(&h).as_deref(), Some("d1-plenary-questions"));
    h.answer("Q", "@mia-1");
    h.answer("Q", "@ngo-yc");
    h.answer("Q", "journalist");
    h.press(&["f"]);
    expect(&screen(&mut h), &["Floor: Senior officer", "Queue: 1. NGO director (ngo-yc)"]);
    note(&mut h, "Police need clear rules on the use of force");
    assert_eq!(h.session().entries.last().unwrap().attribution.participant.as_deref(), Some("mia-1"));
    at(&mut h, 1, "11:20");
    h.press(&["f", "w"]);
    note(&mut h, "r: More joint seminars with prosecutors and NGOs");
    at(&mut h, 1, "11:30");
    h.press(&["f"]);
    at(&mut h, 1, "11:34");
    h.press(&["F"]);
    assert!(convene::timing::open_turn(h.session()).is_none());
    assert_eq!(h.session().turns.len(), 3);

    // Lunch keeps its fixed start.
    at(&mut h, 1, "12:30");
    h.press(&["n"]);
    assert_eq!(running(&h).as_deref(), Some("d1-lunch"));
    at(&mut h, 1, "13:30");
    h.press(&["n"]);

    // Working groups: formed, prompts shown, the room sees them.
    assert_eq!(running(&h).as_deref(), Some("d1-case-study"));
    h.answer("G", "3 42");
    h.press(&["w", "w"]);
    expect(&screen(&mut h), &["Working groups · Case study", "Prompts (2 of 5 shown"]);
    h.press(&["v"]);
    let room = screen(&mut h);
    expect(&room, &["Q1:", "Q2:", "Group A → Main hall"]);
    assert!(!room.contains("mia-1"), "no ids on the projector");
    h.press(&["v"]);
    at(&mut h, 1, "15:00");
    h.press(&["n"]); // tea
    at(&mut h, 1, "15:15");
    h.press(&["n"]); // report-back

    // The report-back: ten minutes each, notes carry the group.
    h.answer("S", "10");
    for (i, group) in ["Group A", "Group B", "Group C"].iter().enumerate() {
        h.press(&["g"]);
        expect(&screen(&mut h), &[&format!("Reporting: {group}")]);
        note(&mut h, &format!("r: {group}: train officers in the lawful use of force ({i})"));
        h.wait(9 * 60);
    }
    h.press(&["g"]);
    let grouped: Vec<_> = h.session().entries.iter().filter_map(|e| e.group.clone()).collect();
    assert_eq!(grouped, ["Group A", "Group B", "Group C"]);
    note(&mut h, "d: Plenary: accountability must be clear before an operation");
    at(&mut h, 1, "16:30");
    h.press(&["n"]); // wrap-up
    at(&mut h, 1, "16:50");
    h.press(&["n"]);

    // The end of day one: the clock stops, the summary shows.
    assert_eq!(running(&h), None);
    assert_eq!(convene::timing::day_over(h.session()), Some(0));
    // The day's summary opens by itself; Esc leaves the run screen saying the day is over.
    expect(&screen(&mut h), &["Day 1 · Tuesday 28 April 2009 — summary", "Ended 5 min late"]);
    h.press(&["Esc"]);
    expect(&screen(&mut h), &["Day 1 is over"]);
    let s = h.session();
    for r in s.items.iter().filter(|r| r.day == 0) {
        assert!(r.started_at.is_some() && r.ended_at.is_some(), "{} ran", r.item);
    }

    // Day two, started by the facilitator in the morning.
    at(&mut h, 2, "09:02");
    h.press(&["Space"]);
    assert_eq!(running(&h).as_deref(), Some("d2-ngo-presentations"));
    note(&mut h, "Community trust depends on how police treat young people");
    at(&mut h, 2, "10:00");
    h.press(&["n"]); // the UN approach: one presenter
    note(&mut h, "rp: A national strategy that involves civil society");
    assert_eq!(h.session().entries.last().unwrap().attribution.participant.as_deref(), Some("ohchr-1"));
    at(&mut h, 2, "10:20");
    h.press(&["n"]); // coffee
    at(&mut h, 2, "10:35");
    h.press(&["n"]); // discussion
    h.press(&["+", "+"]);
    h.answer("Q", "@mia-2");
    h.press(&["P", "f"]);
    note(&mut h, "q: Who decides what counts as extremism?");
    at(&mut h, 2, "12:32");
    h.press(&["n"]); // lunch
    at(&mut h, 2, "13:30");
    h.press(&["n"]); // panel
    note(&mut h, "qt: Trust is built one contact at a time");
    at(&mut h, 2, "14:45");
    h.press(&["n"]);
    at(&mut h, 2, "15:30");
    h.press(&["n"]); // tea
    at(&mut h, 2, "15:45");
    h.press(&["n"]); // conclusions
    note(&mut h, "c: Human rights and security reinforce each other");
    note(&mut h, "f: A follow-up workshop for trainers in the autumn");
    at(&mut h, 2, "16:45");
    h.press(&["n"]); // closing
    at(&mut h, 2, "17:05");

    // Finishing the event, then the draft.
    h.press(&["X"]);
    expect(&screen(&mut h), &["Finish the event now"]);
    h.press(&["y"]);
    // The last day is over: its summary opens, once the question is answered.
    expect(&screen(&mut h), &["Day 2 · Wednesday 29 April 2009 — summary"]);
    h.press(&["Esc"]);
    let s = h.session();
    assert!(s.finished_at.is_some());
    for r in &s.items {
        assert!(r.started_at.is_some() && r.ended_at.is_some(), "{} ran", r.item);
    }
    let kinds: Vec<EntryKind> = s.live_entries().map(|e| e.kind).collect();
    for kind in [
        EntryKind::PresentationPoint,
        EntryKind::DiscussionPoint,
        EntryKind::RecommendationParticipants,
        EntryKind::RecommendationPresenters,
        EntryKind::Conclusion,
        EntryKind::FollowUp,
        EntryKind::Question,
        EntryKind::Quote,
        EntryKind::Reference,
    ] {
        assert!(kinds.contains(&kind), "a {kind:?} was captured");
    }
    assert!(h.session().groups.iter().filter(|g| g.item == "d1-case-study").all(|g| g.report_back.is_some()));
    h.press(&["e"]);
    assert!(h.status().contains("Draft written"), "{}", h.status());
    let names = h.disk.names_in(std::path::Path::new(convene::testing::SESSION_DIR));
    assert!(
        names.iter().any(|n| n == "report-internal.md") && names.iter().any(|n| n == "report-internal.docx")
    );
    let finished = screen(&mut h);
    assert!(finished.contains("Finished"), "{finished}");
    // Everything is on disk: the record reopens as it was.
    let again = Harness::reopen(h.disk.clone(), h.now());
    assert_eq!(again.session(), h.session());
}
