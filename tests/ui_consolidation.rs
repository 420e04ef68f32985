//! The consolidation view's screens through the real runtime, on the 2009 roundtable: the
//! facilitator's list (numbers, marks, who said what, the room's support and the decision
//! in symbol and word, the cursor reversed) in English and Russian, and the room's view of
//! it on the projector (`convene follow`), which numbers the same way and never says who
//! said a point.

use convene::app::{Settings, View};
use convene::session::{Attribution, EntryKind, Event, Support, new_id};
use convene::testing::Harness;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// The recommendations the scene captures, with who said them (roster ids).
const CAPTURED: [(&str, &str); 6] = [
    ("r: @exp-uk Train district police in the lawful use of force", "exp-uk"),
    ("rp: @odihr-1 Publish the training manual in Tajik and Russian", "odihr-1"),
    ("f: @osce-tj-1 Hold a follow-up seminar in Khujand in the autumn", "osce-tj-1"),
    ("r: @ngo-yc Invite community leaders to police training", "ngo-yc"),
    ("r: @mia-3 Invite community elders to training sessions", "mia-3"),
    ("r: @pros-1 Review the law on extremism against international standards", "pros-1"),
];

/// Group A's point, captured by its rapporteur during the case study.
const GROUP_POINT: &str = "Open a joint complaints desk at district stations";
const COMBINED: &str = "Invite community leaders and elders to police training";

/// The last session of day two, running, with the room's recommendations consolidated:
/// two combined into one, a show of hands, a consensus, an adoption, a rejection, a dot
/// count, a point checked by its source, and the combination on the projector.
fn consolidated(settings: Settings) -> Harness {
    let agenda = convene::session::testkit::roundtable();
    let mut h = Harness::with_settings(&agenda, "2009-04-29T10:00:00Z".parse().unwrap(), settings);
    h.record(Event::ItemStarted { item: "d2-conclusions".into() });
    for (i, (text, _)) in CAPTURED.iter().enumerate() {
        h.press(&["c"]).type_text(text).press(&["Enter", "Esc"]).wait(20);
        if i == 2 {
            let at = h.now();
            h.record(Event::EntryCaptured {
                entry: new_id(at),
                kind: EntryKind::RecommendationParticipants,
                text: GROUP_POINT.into(),
                // Chatham House, as every note of this session is captured.
                attribution: Attribution {
                    participant: Some("mia-1".into()),
                    not_for_attribution: true,
                    ..Attribution::default()
                },
                item: Some("d1-case-study".into()),
                group: Some("Group A".into()),
                attached_to: None,
            });
        }
    }
    // 1 train, 2 publish, 3 seminar, 4 desk (Group A), 5 leaders, 6 elders, 7 law.
    h.press(&["R", "Down", "Down", "Down", "Down", "Space", "Space", "m"]);
    let typed: usize = h.app().capture.editor.lines().iter().map(|l| l.chars().count() + 1).sum();
    for _ in 0..typed {
        h.press(&["Backspace"]);
    }
    h.type_text(COMBINED).press(&["Enter"]);
    // 1 train, 2 publish, 3 seminar, 4 desk, 5 combined, 6 law; the cursor follows the
    // combination to 5.
    h.answer("h", "14 2 3").press(&["a"]);
    h.press(&["Up", "Up", "Up", "Up", "c", "a", "Down", "x", "Down", "C", "n", "Down"]).answer(".", "7");
    let first = h.session().recommendation_ids()[0];
    let by = Attribution { participant: Some("exp-uk".into()), ..Attribution::default() };
    h.record(Event::EntryChecked { entry: first, by: Some(by) });
    // The combination on the projector, the cursor on the seminar.
    h.press(&["Down", "Enter", "Up", "Up"]);
    h
}

fn english() -> Harness {
    consolidated(Settings::default())
}

fn buffer(h: &mut Harness, w: u16, ht: u16) -> Buffer {
    h.terminal(w, ht).backend().buffer().clone()
}

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf.cell((x, y)).map_or(" ", |c| c.symbol())).collect())
        .collect()
}

/// Whether the row of `buf` holding `text` is drawn reversed where `text` is.
fn reversed_at(buf: &Buffer, text: &str) -> bool {
    let lines = rows(buf);
    let Some((y, row)) = lines.iter().enumerate().find(|(_, r)| r.contains(text)) else {
        panic!("{text:?} is not on the screen:\n{}", lines.join("\n"))
    };
    let x = row[..row.find(text).unwrap()].chars().count() as u16;
    buf.cell((x, y as u16)).is_some_and(|c| c.modifier.contains(Modifier::REVERSED))
}

/// The text inside the first box of each row (the list's, on the left at 120 columns),
/// whitespace normalised: a wrapped line reads as one again.
fn list_text(screen: &str) -> String {
    let rows: Vec<&str> = screen
        .lines()
        .filter_map(|row| row.trim_matches('"').strip_prefix('│'))
        .map(|row| row.split('│').next().unwrap_or(""))
        .collect();
    rows.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "5. Invite …" → (5, "Invite …"): the numbered recommendations shown, in order.
fn numbered(screen: &str, texts: &[&str]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for row in screen.lines() {
        for text in texts {
            let head: String = text.chars().take(24).collect();
            if let Some(at) = row.find(&head) {
                let before = row[..at].trim_end().trim_end_matches('.');
                let digits: String = before
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                if let Ok(n) = digits.parse() {
                    out.push((n, text.to_string()));
                }
            }
        }
    }
    out
}

/// Every text of the list as it stands.
fn texts(h: &Harness) -> Vec<String> {
    let s = h.session();
    s.recommendations().iter().map(|&i| s.entries[i].text.clone()).collect()
}

/// The projector of a follower window on the writer's session.
fn projector(h: &Harness) -> Harness {
    Harness::follow(h.disk.clone(), View::Projector, h.now())
}

#[test]
fn the_list_numbers_the_recommendations_and_says_each_ones_state() {
    let mut h = english();
    let session = h.session();
    assert_eq!(session.recommendations().len(), 6);
    assert!(session.consolidation.shown);
    let combined = session.recommendations()[4];
    assert_eq!(session.entries[combined].text, COMBINED);
    assert_eq!(
        session.entries[combined].support,
        Some(Support::Hands { yes: 14, against: 2, abstaining: 3 })
    );

    let screen = h.screen(120, 40);
    let list = list_text(&screen);
    assert!(screen.contains(" Recommendations · all · 6 "), "{screen}");
    for words in [
        "1. Train district police in the lawful use of force",
        "consensus · ✓ adopted [checked by Police expert (exp-uk)]",
        "✗ rejected",
        "no consensus: contested · ○ noted",
        "Group A",
        "7 dots",
        "14 for, 2 against, 3 abstaining · ✓ adopted ◆ on the projector",
        "recommendation (participants) · Police expert (exp-uk) · consensus",
        "Case study: a police operation… · Group A · Senior officer",
    ] {
        assert!(list.contains(words), "{words:?}\n{screen}");
    }
    insta::assert_snapshot!("operator_120x40", screen);
    insta::assert_snapshot!("operator_80x24", h.screen(80, 24));

    // The cursor's recommendation is reversed; the others are not.
    let buf = buffer(&mut h, 120, 40);
    assert!(reversed_at(&buf, "3. Hold a follow-up seminar"));
    assert!(!reversed_at(&buf, "2. Publish the training manual"));
}

#[test]
fn a_filter_is_said_in_words_and_keeps_the_rooms_numbers() {
    let mut h = english();
    h.press(&["f"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains(" Recommendations · recommendation (participants) · 4 "), "{screen}");
    let shown = numbered(&screen, &[COMBINED, GROUP_POINT]);
    assert_eq!(shown, [(4, GROUP_POINT.to_string()), (5, COMBINED.to_string())], "{screen}");
    h.press(&["f", "f"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains(" Recommendations · follow-up · 1 "), "{screen}");
    h.press(&["f", "g"]);
    assert!(h.screen(120, 40).contains(" Recommendations · Group A · 1 "));
}

#[test]
fn the_list_is_in_russian_for_a_russian_operator() {
    let settings = Settings { language: Some("ru".into()), ..Settings::default() };
    let mut h = consolidated(settings);
    let screen = h.screen(120, 40);
    let list = list_text(&screen);
    assert!(screen.contains(" Рекомендации · все · 6 "), "{screen}");
    for words in [
        "за — 14, против — 2, воздержались — 3 · ✓ принято ◆ на проекторе",
        "нет консенсуса: спорно · ○ принято к сведению",
        "✗ отклонено",
        "7 точек",
    ] {
        assert!(list.contains(words), "{words:?}\n{screen}");
    }
    insta::assert_snapshot!("operator_ru_120x40", screen);
    insta::assert_snapshot!("operator_ru_80x24", h.screen(80, 24));
}

#[test]
fn the_projector_shows_the_list_numbered_as_the_operator_sees_it_and_names_nobody() {
    let mut h = english();
    let mut room = projector(&h);
    let screen = room.screen(120, 40);
    insta::assert_snapshot!("projector_120x40", screen.clone());
    insta::assert_snapshot!("projector_80x24", room.screen(80, 24));
    assert!(screen.contains("Recommendations · 6"), "{screen}");
    assert!(screen.contains("14 for, 2 against, 3 abstaining · ✓ adopted"), "{screen}");
    assert!(screen.contains("◆ 5. Invite community leaders and elders"), "{screen}");
    assert!(screen.contains(" left"), "the running item's time: {screen}");

    // Nobody who said a point is named, by name, role, id, affiliation or group.
    let agenda = &h.session().agenda;
    let mut authors: Vec<&str> = CAPTURED.iter().map(|(_, id)| *id).collect();
    authors.push("mia-1");
    for id in authors {
        let p = agenda.participants.iter().find(|p| p.id == id).unwrap();
        let mut said = vec![p.id.as_str(), p.role.as_str()];
        said.extend(p.name.as_deref());
        said.extend(p.affiliation.as_deref());
        said.extend(p.stakeholder.as_deref());
        for (w, ht) in [(80, 24), (120, 40), (200, 60)] {
            let screen = room.screen(w, ht);
            for words in &said {
                assert!(!screen.contains(words), "{words:?} on the projector at {w}x{ht}:\n{screen}");
            }
        }
    }

    // The same numbers as the operator's list.
    let all = texts(&h);
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    let on_projector = numbered(&room.screen(200, 60), &all);
    let on_screen = numbered(&h.screen(160, 60), &all);
    assert_eq!(on_projector.len(), 6, "{}", room.screen(200, 60));
    assert_eq!(on_projector, on_screen);

    // The one the room looks at is reversed (and marked), not by colour alone.
    let buf = buffer(&mut room, 120, 40);
    assert!(reversed_at(&buf, "5. Invite community leaders"));
    assert!(!reversed_at(&buf, "4. Open a joint complaints desk"));
}

#[test]
fn the_projector_follows_the_tally_as_it_is_entered() {
    let mut h = english();
    let mut room = projector(&h);
    assert!(!room.screen(120, 40).contains("9 for"));
    // The seminar gets a show of hands: the room sees it, and the spotlight moves there.
    h.answer("h", "9 1 0");
    room.set_now(h.now()).files_changed().wait_ms(300);
    let screen = room.screen(120, 40);
    assert!(screen.contains("◆ 3. Hold a follow-up seminar"), "{screen}");
    assert!(screen.contains("9 for, 1 against, 0 abstaining"), "{screen}");
    // Off the projector: the clock again.
    h.press(&["v"]);
    room.set_now(h.now()).files_changed().wait_ms(300);
    let screen = room.screen(120, 40);
    assert!(!screen.contains("Recommendations"), "{screen}");
}

#[test]
fn the_projector_list_fits_every_screen_in_every_theme_and_keeps_the_spotlight_in_view() {
    let mut h = english();
    // Thirty more, so the list is longer than any screen; the spotlight on the 20th.
    h.press(&["Esc"]);
    for i in 0..30 {
        h.press(&["c"])
            .type_text(&format!("r: Recommendation number {i} of the long list"))
            .press(&["Enter", "Esc"]);
    }
    h.press(&["R"]);
    for _ in 0..13 {
        h.press(&["Down"]);
    }
    h.press(&["Enter"]);
    let spot = h.app().consolidate.cursor + 1;
    assert_eq!(h.session().consolidation.spotlight, h.app().consolidated(h.session()).map(|e| e.id));
    let mut app = h.app().clone();
    app.view = View::Projector;
    for (contrast, plain_colour) in [(false, true), (true, false), (false, false)] {
        app.settings.high_contrast = contrast;
        app.settings.color = plain_colour;
        for (w, ht) in [(40, 12), (60, 16), (80, 24), (120, 40), (200, 60)] {
            let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, ht)).unwrap();
            terminal.draw(|f| convene::ui::render(f, &app, h.session(), h.now())).unwrap();
            let screen = format!("{}", terminal.backend());
            assert!(screen.contains(&format!("◆ {spot}. ")), "the spotlight at {w}x{ht}:\n{screen}");
            if ht >= 16 {
                assert!(screen.contains("more above") && screen.contains("more below"), "{screen}");
            }
        }
    }
}

#[test]
fn the_list_stays_in_view_while_the_editor_rewords_and_on_a_small_screen() {
    let mut h = english();
    h.press(&["e"]);
    assert!(h.app().capture.rewording.is_some());
    for (w, ht) in [(60, 16), (80, 24), (120, 40)] {
        let screen = h.screen(w, ht);
        assert!(screen.contains("Recommendations"), "{w}x{ht}:\n{screen}");
        assert!(screen.contains("Hold a follow-up seminar"), "{w}x{ht}:\n{screen}");
    }
    h.press(&["Esc"]);
    h.press(&["R"]);
    // 60x16: the list has the rows, the cursor's recommendation among them.
    let screen = h.screen(60, 16);
    assert!(screen.contains("Hold a follow-up"), "{screen}");
}

#[test]
fn an_empty_list_says_how_recommendations_get_there() {
    let mut h = Harness::roundtable("2009-04-29T10:00:00Z");
    h.press(&["R"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains(" Recommendations · all · 0 "), "{screen}");
    assert!(screen.contains("No recommendations yet"), "{screen}");
}

#[test]
fn the_plain_screen_says_the_selection_in_words() {
    let settings = Settings { plain: true, ..Settings::default() };
    let mut h = consolidated(settings);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Recommendations · all · 6 · 3 of 6"), "{screen}");
    assert!(screen.contains("▶ 3. Hold a follow-up seminar"), "{screen}");
    assert!(!screen.contains('┌'), "no frames:\n{screen}");
}

#[test]
fn the_review_list_says_which_entries_their_source_checked() {
    let mut h = english();
    h.press(&["Esc", "r", "Tab"]);
    let screen = h.screen(160, 48);
    assert!(screen.contains("[checked by Police expert (exp-uk)]"), "{screen}");
}

#[test]
fn idle_seconds_move_only_the_clock_on_the_projector_and_the_operators_screen() {
    let mut h = english();
    let mut room = projector(&h);
    room.idle_seconds_are_whole_frames("the room's list", &[(120, 40), (80, 24), (40, 12)], 65);
    h.idle_seconds_are_whole_frames("the facilitator's list", &[(120, 40), (80, 24)], 65);
}
