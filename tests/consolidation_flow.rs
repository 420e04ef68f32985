//! The last session of the 2009 roundtable, consolidated on the real runtime key by key:
//! twenty recommendations captured over two days, three combinations in new wordings, a
//! show of hands, two adopted by consensus, one rejected, one contested; then what the
//! minutes keep (every source and how it became the final text) and what the draft lists.

use convene::app::{ConsolidateAction as C, Focus};
use convene::export::{self, Format, Options, Profile};
use convene::session::{Decision, EntryKind, Event, Support};
use convene::testing::Harness;

/// Day 1's plenary, day 2's discussion and the general conclusions: what was typed there.
const DAY_1: [&str; 8] = [
    "r: @ngo-yc Involve civil society in drafting the law on extremism",
    "r: @pros-1 Train prosecutors in human rights standards",
    "rp: @exp-uk Build trust through community policing",
    "r: @mia-2 Train police in human rights standards",
    "f: Hold a follow-up seminar for police lecturers",
    "r: @ngo-2 Publish the list of banned organisations",
    "rp: @exp-tr Separate intelligence and policing functions",
    "r: @scns-2 Review the definition of extremism in the criminal code",
];
const DAY_2: [&str; 7] = [
    "r: @ngo-3 Let NGOs visit places of detention",
    "r: @mia-3 Community policing pilots in two districts",
    "f: Translate the ODIHR guidebook into Tajik",
    "r: @ngo-yc The list of banned organisations must be public",
    "rp: @exp-acad Consult religious scholars before banning literature",
    "r: @pros-2 Independent review of convictions for extremism",
    "f: Exchange visits with police of other OSCE states",
];
const CONCLUSIONS: [&str; 5] = [
    "r: @ohchr-1 Bring the extremism law in line with international standards",
    "r: @mia-1 More training on human rights for police",
    "f: A roundtable on the law with parliamentarians",
    "r: @ngo-2 Community policing needs trust from both sides",
    "r: @odihr-2 Stop using confessions obtained under pressure",
];

fn note(h: &mut Harness, text: &str) {
    if h.app().focus != Focus::Capture {
        h.press(&["c"]);
    }
    h.type_text(text).press(&["Enter"]);
}

/// The body of a note as typed, without its prefixes.
fn body(typed: &str) -> &str {
    let mut rest = typed;
    while let Some((word, after)) = rest.split_once(' ')
        && (word.ends_with(':') || word.starts_with('@'))
    {
        rest = after;
    }
    rest
}

/// Puts the cursor on the recommendation whose text starts with `start`.
fn select(h: &mut Harness, start: &str) {
    let list = convene::app::consolidate::visible(h.session(), &h.app().consolidate);
    let at = list
        .iter()
        .position(|l| h.session().entries[l.entry].text.starts_with(start))
        .unwrap_or_else(|| panic!("no recommendation starts with {start:?}"));
    while h.app().consolidate.cursor > at {
        h.act(convene::app::Action::Consolidate(C::Up));
    }
    while h.app().consolidate.cursor < at {
        h.act(convene::app::Action::Consolidate(C::Down));
    }
}

fn consolidate(h: &mut Harness, action: C) {
    h.act(convene::app::Action::Consolidate(action));
}

/// Marks the recommendations starting with `starts`, combines them and types `wording`
/// instead of their joined texts.
fn combine(h: &mut Harness, starts: &[&str], wording: &str) {
    for s in starts {
        select(h, s);
        consolidate(h, C::Mark);
    }
    consolidate(h, C::Combine);
    assert_eq!(h.app().focus, Focus::Capture, "{}", h.status());
    let typed = h.app().capture.text().chars().count();
    for _ in 0..typed {
        h.press(&["Backspace"]);
    }
    h.type_text(wording).press(&["Enter"]);
    assert_eq!(h.app().focus, Focus::Consolidate, "{}", h.status());
}

/// The whole event's recommendations captured and consolidated as the room would.
fn consolidated() -> Harness {
    let mut h = Harness::roundtable("2009-04-28T06:15:00Z");
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    for t in DAY_1 {
        note(&mut h, t);
        h.wait(40);
    }
    h.press(&["Esc"]);
    h.set_now(convene::testing::parse("2009-04-29T05:00:00Z"));
    h.record(Event::ItemStarted { item: "d2-ngo-discussion".into() });
    for t in DAY_2 {
        note(&mut h, t);
        h.wait(40);
    }
    h.press(&["Esc"]);
    h.set_now(convene::testing::parse("2009-04-29T10:30:00Z"));
    h.record(Event::ItemStarted { item: "d2-conclusions".into() });
    for t in CONCLUSIONS {
        note(&mut h, t);
        h.wait(40);
    }
    h.press(&["Esc", "R"]);
    assert_eq!(h.app().focus, Focus::Consolidate);
    assert_eq!(h.session().recommendations().len(), 20);

    combine(
        &mut h,
        &["Train prosecutors", "Train police in", "More training"],
        "Train police and prosecutors in human rights standards",
    );
    combine(
        &mut h,
        &["Publish the list", "The list of banned"],
        "Make the list of banned organisations public",
    );
    combine(
        &mut h,
        &["Build trust", "Community policing pilots", "Community policing needs"],
        "Pilot community policing in two districts to build trust",
    );
    assert_eq!(h.session().recommendations().len(), 20 - 8 + 3);

    // The room's response, as the facilitator types it.
    select(&mut h, "Train police and prosecutors");
    h.act(convene::app::Action::Consolidate(C::Hands)).type_text("14 2 3").press(&["Enter"]);
    consolidate(&mut h, C::Adopt);
    select(&mut h, "Make the list");
    consolidate(&mut h, C::Consensus);
    consolidate(&mut h, C::Adopt);
    select(&mut h, "Involve civil society");
    consolidate(&mut h, C::Consensus);
    consolidate(&mut h, C::Adopt);
    select(&mut h, "Separate intelligence");
    consolidate(&mut h, C::Reject);
    select(&mut h, "Stop using confessions");
    consolidate(&mut h, C::NoConsensus);
    consolidate(&mut h, C::Note);
    select(&mut h, "Pilot community policing");
    consolidate(&mut h, C::Adopt);
    // The pilots go to the top: the room wants them first.
    for _ in 0..8 {
        consolidate(&mut h, C::MoveUp);
    }
    h
}

#[test]
fn the_minutes_keep_every_source_and_how_it_became_the_final_text() {
    let h = consolidated();
    let s = h.session();
    let adopted: Vec<&convene::session::Entry> = s
        .recommendations()
        .iter()
        .map(|&i| &*s.entries[i])
        .filter(|e| e.decision == Some(Decision::Adopted))
        .collect();
    let words: Vec<&str> = adopted.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        words,
        [
            "Pilot community policing in two districts to build trust",
            "Involve civil society in drafting the law on extremism",
            "Train police and prosecutors in human rights standards",
            "Make the list of banned organisations public",
        ]
    );
    assert_eq!(adopted[2].support, Some(Support::Hands { yes: 14, against: 2, abstaining: 3 }));
    assert_eq!(adopted[1].support, Some(Support::Consensus));
    assert_eq!(adopted[3].support, Some(Support::Consensus));
    let rejected: Vec<&str> = s
        .live_entries()
        .filter(|e| e.decision == Some(Decision::Rejected))
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(rejected, ["Separate intelligence and policing functions"]);
    let contested = s.live_entries().find(|e| e.support == Some(Support::NoConsensus));
    assert_eq!(contested.map(|e| e.text.as_str()), Some("Stop using confessions obtained under pressure"));

    // Lineage: each combination's sources, as typed, with their authors.
    let lineage = |text: &str| -> Vec<String> {
        let e = adopted.iter().find(|e| e.text == text).unwrap_or_else(|| panic!("{text}"));
        s.lineage(e.id).iter().map(|src| src.text.clone()).collect()
    };
    assert_eq!(
        lineage("Train police and prosecutors in human rights standards"),
        [
            "Train prosecutors in human rights standards",
            "Train police in human rights standards",
            "More training on human rights for police"
        ]
    );
    assert_eq!(
        lineage("Pilot community policing in two districts to build trust"),
        [
            "Build trust through community policing",
            "Community policing pilots in two districts",
            "Community policing needs trust from both sides"
        ]
    );
    assert!(lineage("Involve civil society in drafting the law on extremism").is_empty(), "kept as typed");

    // Nothing typed is lost: every note's words are an entry's text, now or before.
    for typed in DAY_1.iter().chain(&DAY_2).chain(&CONCLUSIONS) {
        let text = body(typed);
        let kept = s.entries.iter().any(|e| e.text == text || e.history.iter().any(|r| r.text == text));
        assert!(kept, "{text:?} is in the minutes");
    }
    // The sources of a combination still say who made them.
    let src = s.entries.iter().find(|e| e.text == "More training on human rights for police");
    assert_eq!(src.and_then(|e| e.attribution.participant.as_deref()), Some("mia-1"));
    assert!(src.is_some_and(|e| e.merged_into.is_some()));

    // The same minutes come back from the disk.
    let json = serde_json::to_value(s).unwrap_or_default();
    assert_eq!(json["schema_version"], 3);
}

#[test]
fn every_consolidation_step_is_undone_with_u() {
    let mut h = consolidated();
    let before = h.session().recommendation_ids();
    let texts = |h: &Harness| -> Vec<String> {
        h.session().recommendations().iter().map(|&i| h.session().entries[i].text.clone()).collect()
    };
    let final_texts = texts(&h);
    // Back to before the first combination: the moves, decisions and tallies first.
    let mut undone = 0;
    while h.session().recommendations().len() < 20 && undone < 40 {
        consolidate(&mut h, C::Undo);
        undone += 1;
    }
    assert_eq!(h.session().recommendations().len(), 20, "the three combinations taken back");
    assert!(
        h.session().live_entries().all(|e| e.decision.is_none() && e.support.is_none()),
        "every tally and decision taken back on the way"
    );
    for _ in 0..undone {
        consolidate(&mut h, C::Redo);
    }
    assert_eq!(texts(&h), final_texts);
    assert_eq!(h.session().recommendation_ids(), before, "redo gives the same entries back");
}

#[test]
fn ending_the_last_item_offers_to_finish_and_a_finished_event_still_consolidates() {
    let mut h = Harness::roundtable("2009-04-29T11:25:00Z");
    h.record(Event::ItemStarted { item: "d2-closing".into() });
    h.press(&["n"]);
    assert!(h.app().confirm.is_some(), "the last item's end asks whether the event is over");
    h.press(&["y"]);
    assert!(h.session().finished_at.is_some());
    // The day's summary opens with the day's end; Esc goes back to the run screen.
    assert!(h.app().summary.is_some());
    h.press(&["Esc"]);
    note(&mut h, "r: One more recommendation after the close");
    h.press(&["Esc", "R"]);
    consolidate(&mut h, C::Adopt);
    assert_eq!(
        h.session().live_entries().filter(|e| e.decision == Some(Decision::Adopted)).count(),
        1,
        "{}",
        h.status()
    );
    // Not yet: the facilitator says no and the clock just stops.
    let mut h = Harness::roundtable("2009-04-29T11:25:00Z");
    h.record(Event::ItemStarted { item: "d2-closing".into() });
    h.press(&["n", "n"]);
    assert!(h.session().finished_at.is_none());
    assert!(h.session().timer.current.is_none());
}

#[test]
fn the_draft_lists_what_was_adopted_in_the_adopted_order_with_the_support_annex() {
    let h = consolidated();
    let options = Options {
        profile: Profile::Internal,
        redact: false,
        lang: None,
        allow_placeholders: true,
        ..Options::default()
    };
    let md = String::from_utf8(export::render(h.session(), Format::Markdown, options).unwrap_or_default())
        .unwrap_or_default();
    let participants = section(&md, "### Recommendations made by participants");
    let presenters = section(&md, "### Recommendations or needs identified by presenters");
    let listed = |text: &str| participants.contains(text) || presenters.contains(text);
    for adopted in [
        "Pilot community policing in two districts to build trust",
        "Involve civil society in drafting the law on extremism",
        "Train police and prosecutors in human rights standards",
        "Make the list of banned organisations public",
    ] {
        assert!(listed(adopted), "{adopted} is listed:\n{md}");
    }
    for not_adopted in [
        "Separate intelligence and policing functions",
        "Stop using confessions obtained under pressure",
        "Let NGOs visit places of detention",
        "Train prosecutors in human rights standards",
    ] {
        assert!(!listed(not_adopted), "{not_adopted} is not listed");
    }
    // Exactly those four: numbered items in the lists, nothing else, and no follow-up list
    // (none was adopted).
    let numbered = |list: &str| {
        list.lines().filter(|l| l.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok())).count()
    };
    assert_eq!(numbered(participants) + numbered(presenters), 4, "{participants}{presenters}");
    assert!(!md.contains("### Possible follow-up activities"), "{md}");
    let at = |t: &str| participants.find(t).unwrap_or(usize::MAX);
    assert!(at("Involve civil society") < at("Train police and prosecutors"));
    assert!(at("Train police and prosecutors") < at("Make the list"));
    // The support annex: each adopted one with how the room supported it, the rejected
    // and the contested ones too (internal).
    let annex = section(&md, "Support for the recommendations");
    let row = |t: &str| annex.lines().find(|l| l.contains(t)).unwrap_or_default().to_string();
    assert!(row("Train police and prosecutors").contains("14 for, 2 against, 3 abstaining"), "{annex}");
    assert!(row("Make the list of banned").contains("adopted by consensus"), "{annex}");
    assert!(row("Involve civil society").contains("adopted by consensus"), "{annex}");
    assert!(row("Separate intelligence").contains("rejected"), "{annex}");
    assert!(row("Stop using confessions").contains("no consensus: contested"), "{annex}");
}

/// The text under `heading` up to the next heading of its level or above.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let Some(start) = md.find(heading) else { return "" };
    let rest = &md[start + heading.len()..];
    let end = rest.find("\n## ").into_iter().chain(rest.find("\n### ")).min().unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn kinds_of_the_whole_list() {
    let h = consolidated();
    let s = h.session();
    let kinds: Vec<EntryKind> = s.recommendations().iter().map(|&i| s.entries[i].kind).collect();
    assert!(kinds.contains(&EntryKind::FollowUp));
    assert!(kinds.contains(&EntryKind::RecommendationPresenters));
}

/// What a facilitator and a rapporteur found in a trial, each kept right.
#[test]
fn a_wording_left_with_esc_is_kept_and_a_count_is_never_overwritten_silently() {
    let mut h = consolidated();
    // Esc in the middle of a combination: nothing recorded, the wording kept.
    select(&mut h, "Hold a follow-up seminar");
    consolidate(&mut h, C::Mark);
    select(&mut h, "Translate the ODIHR guidebook");
    consolidate(&mut h, C::Mark);
    consolidate(&mut h, C::Combine);
    assert_eq!(
        h.app().capture.text(),
        "Hold a follow-up seminar for police lecturers\nTranslate the ODIHR guidebook into Tajik",
        "one source a line"
    );
    h.press(&["Ctrl-u", "Backspace", "Ctrl-u"]);
    assert!(h.app().capture.text().is_empty(), "Ctrl-U clears a line at a time");
    h.type_text("Seminars for police lecturers with the guidebook in Tajik");
    let before = h.session().recommendations().len();
    h.press(&["Esc"]);
    assert_eq!(h.app().focus, Focus::Consolidate);
    assert_eq!(h.session().recommendations().len(), before, "nothing recorded");
    consolidate(&mut h, C::Combine);
    assert_eq!(h.app().capture.text(), "Seminars for police lecturers with the guidebook in Tajik");
    h.press(&["Enter"]);
    assert_eq!(h.session().recommendations().len(), before - 1);

    // A show of hands is three counts; consensus over it says what it replaced.
    select(&mut h, "Seminars for police lecturers");
    h.act(convene::app::Action::Consolidate(C::Hands)).type_text("14 2").press(&["Enter"]);
    assert!(h.app().input.is_some(), "two counts are not a show of hands: {}", h.status());
    h.press(&["Esc"]);
    h.act(convene::app::Action::Consolidate(C::Hands)).type_text("9 1 0").press(&["Enter"]);
    consolidate(&mut h, C::Consensus);
    assert!(h.status().contains("was: 9 for, 1 against, 0 abstaining"), "{}", h.status());

    // A reworded adopted recommendation waits for its own decision.
    select(&mut h, "Make the list of banned");
    consolidate(&mut h, C::Reword);
    h.type_text(" within a month").press(&["Enter"]);
    let e = h.session().entries.iter().find(|e| e.text.ends_with("within a month")).map(|e| (**e).clone());
    assert_eq!(e.and_then(|e| e.decision), None, "{}", h.status());
    assert!(h.status().contains("the new one needs its own"), "{}", h.status());
    consolidate(&mut h, C::Undo);
    let back = h.session().entries.iter().find(|e| e.text == "Make the list of banned organisations public");
    assert_eq!(back.and_then(|e| e.decision), Some(Decision::Adopted), "u brings both back");
}

#[test]
fn a_combined_point_is_found_by_its_review_pack_id_and_says_where_it_went() {
    let mut h = consolidated();
    let source = h
        .session()
        .entries
        .iter()
        .find(|e| e.text == "Train prosecutors in human rights standards")
        .map(|e| e.id)
        .unwrap_or_default();
    let id = convene::export::short_id(source);
    h.press(&["Esc", "r"]).answer("/", &format!("\\{id}"));
    assert_eq!(h.app().reviewed(h.session()).map(|e| e.id), Some(source), "{}", h.status());
    let screen = h.screen(160, 48);
    assert!(screen.contains("combined into #"), "{screen}");
    assert!(screen.contains("Train police and prosecutors"), "{screen}");
}

#[test]
fn a_plain_projector_reads_the_list_out_without_anyone_s_name() {
    let mut h = consolidated();
    consolidate(&mut h, C::ToggleProjector);
    let settings = convene::app::Settings { plain: true, ..convene::app::Settings::default() };
    let mut room = Harness::follow_with(h.disk.clone(), convene::app::View::Projector, h.now(), settings);
    let screen = room.screen(100, 40);
    assert!(screen.contains("Recommendations · 15"), "{screen}");
    assert!(
        screen.contains("1. Pilot community policing in two districts to build trust: adopted"),
        "{screen}"
    );
    assert!(screen.contains("14 for, 2 against, 3 abstaining; adopted"), "{screen}");
    for name in ["NGO director", "ngo-yc", "Prosecutor", "pros-1", "Police expert", "exp-uk"] {
        assert!(!screen.contains(name), "{name} on the plain projector:\n{screen}");
    }
}

#[test]
fn checking_a_groups_point_proposes_the_groups_rapporteur() {
    let mut h = Harness::roundtable("2009-04-28T10:20:00Z");
    h.record(Event::ItemStarted { item: "d1-report-back".into() });
    h.record(Event::ReportBackStarted { item: "d1-case-study".into(), group: "Group A".into() });
    note(&mut h, "d: Police and NGOs met twice in the case");
    h.press(&["Esc", "r", "V"]);
    let rapporteur = h
        .session()
        .groups
        .iter()
        .find(|g| g.group.name == "Group A")
        .and_then(|g| g.group.rapporteur.as_ref().and_then(|p| p.roster_id().map(|id| format!("@{id}"))));
    assert!(rapporteur.is_some(), "the sample's Group A has a rapporteur");
    assert_eq!(h.app().input.as_ref().map(|i| i.text()), rapporteur, "{}", h.status());
}

#[test]
fn the_room_watches_a_wording_being_typed_and_sees_it_recorded() {
    let mut h = consolidated();
    consolidate(&mut h, C::ToggleProjector);
    let mut room = Harness::follow(h.disk.clone(), convene::app::View::Projector, h.now());
    select(&mut h, "Involve civil society");
    consolidate(&mut h, C::Reword);
    h.type_text(" and its review");
    h.wait(1);
    room.set_now(h.now()).files_changed().wait(1);
    let screen = room.screen(120, 40);
    assert!(
        screen.contains("✎ 2. Involve civil society in drafting the law on extremism and its review"),
        "the room sees the wording as it is typed:\n{screen}"
    );
    // Enter records it: the room sees the recorded wording, no longer being typed.
    h.press(&["Enter"]);
    h.wait(1);
    room.set_now(h.now()).files_changed().wait(1);
    let screen = room.screen(120, 40);
    assert!(!screen.contains('✎'), "{screen}");
    assert!(
        screen.contains("◆ 2. Involve civil society in drafting the law on extremism and its review"),
        "the room looks at what was reworded:\n{screen}"
    );
    // A combination being worded stands alone in its sources' place, with no tally yet.
    select(&mut h, "Train police and prosecutors");
    consolidate(&mut h, C::Mark);
    select(&mut h, "Make the list of banned");
    consolidate(&mut h, C::Mark);
    consolidate(&mut h, C::Combine);
    h.wait(1);
    room.set_now(h.now()).files_changed().wait(1);
    let screen = room.screen(120, 40);
    assert_eq!(screen.matches("Make the list of banned organisations public").count(), 1, "{screen}");
    assert!(screen.contains("✎ 3. Train police and prosecutors in human rights standards"), "{screen}");
    assert!(!screen.contains("14 for"), "the sources' tally is not the new wording's:\n{screen}");
    h.press(&["Esc"]);
    // Not shown on the projector: nothing is written for the room.
    consolidate(&mut h, C::ToggleProjector);
    consolidate(&mut h, C::Reword);
    h.type_text(" soon");
    h.wait(2);
    assert!(
        !convene::store::disk::Disk::exists(
            &h.disk,
            &std::path::Path::new(convene::testing::SESSION_DIR).join("wording-dev.json")
        ),
        "a wording is written only while the list is on the projector"
    );
}

#[test]
fn on_a_narrow_projector_a_long_wording_wraps_under_itself() {
    let mut h = consolidated();
    consolidate(&mut h, C::ToggleProjector);
    let mut room = Harness::follow(h.disk.clone(), convene::app::View::Projector, h.now());
    let screen = room.screen(50, 30);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"')).collect();
    let at = rows
        .iter()
        .position(|r| r.contains("1. Pilot community policing"))
        .unwrap_or_else(|| panic!("{screen}"));
    // Every row of a recommendation starts where its wording does, the tally's too.
    let start = |row: &str| row.chars().position(|c| c != ' ').unwrap_or(0);
    let indent = rows[at].chars().position(|c| c == 'P').unwrap_or_default();
    for row in rows.iter().skip(at + 1).take_while(|r| !r.trim().is_empty()) {
        assert_eq!(start(row), indent, "under the wording: {row:?}\n{screen}");
    }
    let tally =
        rows.iter().position(|r| r.contains("14 for, 2 against")).unwrap_or_else(|| panic!("{screen}"));
    for row in rows.iter().skip(tally).take_while(|r| !r.trim().is_empty()) {
        assert_eq!(start(row), indent, "under the wording: {row:?}\n{screen}");
    }
}

#[test]
fn a_wording_left_by_a_killed_run_leaves_the_projector_when_convene_starts_again() {
    use convene::store::disk::Disk;
    let h = consolidated();
    let file = std::path::Path::new(convene::testing::SESSION_DIR).join("wording-dev.json");
    let stale = br#"{"entries":[],"text":"half a wording, typed before kill -9"}"#;
    h.disk.write_synced(&file, stale).unwrap_or_else(|e| panic!("{e}"));
    let (disk, at) = (h.disk.clone(), h.now());
    drop(h);
    let again = Harness::reopen(disk.clone(), at);
    assert!(!disk.exists(&file), "the stale wording is gone");
    drop(again);
}
