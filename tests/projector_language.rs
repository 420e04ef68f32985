//! The projector faces the room, and speaks the room's language: the agenda's first
//! language (or the `room_language` setting, `--room-language`). Every word convene adds
//! comes from the Fluent resources: a Russian room sees no English word convene wrote, in
//! any state of the screen; a message missing in a shipped language is a failure.

use std::collections::BTreeSet;

use convene::app::Settings;
use convene::i18n::{Lang, RESOURCES};
use convene::session::Event;
use convene::testing::Harness;

/// The ids of a Fluent resource's messages.
fn ids(text: &str) -> BTreeSet<String> {
    let resource = fluent_bundle::FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("a resource does not parse: {errors:?}"));
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn of(lang: Lang) -> BTreeSet<String> {
    RESOURCES.iter().filter(|(l, _, _)| *l == lang).flat_map(|(_, _, text)| ids(text)).collect()
}

#[test]
fn every_shipped_language_has_every_message_and_tajik_only_known_ones() {
    let en = of(Lang::En);
    let ru = of(Lang::Ru);
    assert!(!en.is_empty());
    let missing: Vec<_> = en.difference(&ru).collect();
    assert!(missing.is_empty(), "Russian lacks {missing:?}");
    let tg = of(Lang::Tg);
    // The command line's --help texts are English in the code's doc comments (clap reads
    // them there); only the other languages have them as messages.
    let help = |id: &&String| {
        ["cli-about-", "cli-long-about-", "cli-arg-", "cli-value-"].iter().any(|p| id.starts_with(p))
    };
    let unknown: Vec<_> = ru.difference(&en).chain(tg.difference(&en)).filter(|id| !help(id)).collect();
    assert!(unknown.is_empty(), "messages English does not have: {unknown:?}");
    // Every message the code asks for is in English (so never a message id on screen).
    let files = [
        include_str!("../src/ui/projector.rs"),
        include_str!("../src/ui/recs_projector.rs"),
        include_str!("../src/audience.rs"),
        include_str!("../src/export/adopted.rs"),
        include_str!("../src/export/build.rs"),
        include_str!("../src/export/annex.rs"),
        include_str!("../src/export/markdown.rs"),
        include_str!("../src/export/docx/body.rs"),
        include_str!("../src/privacy/matcher.rs"),
    ];
    let mut asked = 0;
    for file in files {
        // Every literal message id: "report-…", "annex-…", "stage-…" and the others.
        for piece in file.split('"').skip(1).step_by(2) {
            let looks_like_id = piece.len() > 3
                && piece.contains('-')
                && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && [
                    "report-",
                    "annex-",
                    "stage-",
                    "a-",
                    "an-",
                    "group-",
                    "day-",
                    "see-",
                    "next-",
                    "first-",
                    "starting-",
                    "event-",
                    "finished-",
                    "reporting-",
                    "recs-",
                ]
                .iter()
                .any(|p| piece.starts_with(p));
            if looks_like_id {
                asked += 1;
                assert!(en.contains(piece), "the code asks for {piece:?}, which English lacks");
            }
        }
    }
    assert!(asked > 40, "the scan found only {asked} message ids");
    for n in 1..=7 {
        assert!(en.contains(&format!("weekday-{n}")));
    }
    for n in 1..=12 {
        assert!(en.contains(&format!("month-{n}")));
    }
}

const AGENDA: &str = include_str!("../agendas/community-policing-workshop.json");

/// Latin words of two letters or more on the screen that the agenda itself does not hold
/// (its stakeholder groups, say, are written in English): the words convene wrote.
fn english_words(screen: &str) -> Vec<String> {
    screen
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !AGENDA.contains(*w))
        .map(str::to_string)
        .collect()
}

fn russian_room() -> Harness {
    // The closing discussion gives each speaker three minutes: the speaker's clock has a
    // limit to show.
    let agenda = convene::session::testkit::workshop_with_speaking_limit();
    // 08:50 in Dushanbe, ten minutes before the workshop starts.
    Harness::new(&agenda, "2026-03-12T03:50:00Z".parse().unwrap())
}

fn no_english(h: &mut Harness, state: &str) -> String {
    for (w, h_) in [(80, 24), (120, 40), (60, 16)] {
        let screen = h.screen(w, h_);
        let english = english_words(&screen);
        assert!(
            english.is_empty(),
            "{state} at {w}x{h_}: English on the Russian projector {english:?}\n{screen}"
        );
    }
    h.screen(120, 40)
}

#[test]
fn a_russian_room_sees_no_english_in_any_state_of_the_projector() {
    let mut h = russian_room();
    h.press(&["v"]);
    let screen = no_english(&mut h, "before the start");
    assert!(
        screen.contains("Скоро начинаем") && screen.contains("Далее в 09:00: Открытие и знакомство"),
        "{screen}"
    );

    h.press(&["v", "Space", "v"]);
    let screen = no_english(&mut h, "the first item");
    assert!(screen.contains("● ПО ПЛАНУ"), "{screen}");
    h.press(&["v", "Space", "v"]);
    let screen = no_english(&mut h, "paused");
    assert!(screen.contains("‖ ПАУЗА"), "{screen}");
    h.press(&["v", "Space"]);

    // The last discussion: its question, a speaker on the floor (a role two people hold),
    // the last minute, then overtime.
    h.record(Event::ItemStarted { item: "actions".into() });
    h.press(&["w", "Q"]).type_text("@uch-1").press(&["Enter", "f", "v"]);
    let screen = no_english(&mut h, "a speaker on the floor");
    assert!(screen.contains("У микрофона: Участковый инспектор · 00:00 / 03:00"), "{screen}");
    assert!(screen.contains("Вопрос 1: Что мы договорились сделать"), "{screen}");
    insta::assert_snapshot!("projector_ru_120x40", screen);
    insta::assert_snapshot!("projector_ru_80x24", h.screen(80, 24));
    // A role one person holds is their stakeholder group, in the room's words; the
    // speaker's last seconds in words too.
    h.press(&["v", "F", "Q"]).type_text("@mah-1").press(&["Enter", "f", "v"]);
    h.wait(170);
    let screen = no_english(&mut h, "a committee chair's last seconds");
    assert!(screen.contains("У микрофона: представитель группы «community» · 02:50 / 03:00"), "{screen}");
    assert!(screen.contains("◆ ПОСЛЕДНИЕ СЕКУНДЫ"), "{screen}");
    h.press(&["v", "F", "v"]);
    h.wait(26 * 60 + 20);
    let screen = no_english(&mut h, "the last minute");
    assert!(screen.contains("◆ ПОСЛЕДНЯЯ МИНУТА"), "{screen}");
    h.wait(120);
    let screen = no_english(&mut h, "overtime");
    assert!(screen.contains("■ ВРЕМЯ ВЫШЛО"), "{screen}");

    h.record(Event::SessionFinished);
    let screen = no_english(&mut h, "finished");
    assert!(screen.contains("Мероприятие завершено · спасибо") && screen.contains("Завершено в"), "{screen}");
}

#[test]
fn the_room_language_can_differ_from_the_agenda_and_days_are_named_in_it() {
    // The 2009 roundtable's agenda is in English; its room spoke Russian.
    let settings = Settings { room_language: Some("ru".into()), ..Settings::default() };
    let agenda = convene::session::testkit::roundtable();
    let mut h = Harness::with_settings(&agenda, "2009-04-28T11:00:00Z".parse().unwrap(), settings);
    // Day one's last item, ended: the room is told when day two starts, in Russian.
    h.record(Event::ItemStarted { item: "d1-wrap-up".into() });
    h.record(Event::ItemEnded { item: "d1-wrap-up".into() });
    h.press(&["v"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains("День 1 завершён · спасибо"), "{screen}");
    assert!(screen.contains("До встречи завтра в"), "{screen}");
    assert!(screen.contains("Первый пункт:"), "{screen}");
    // Tajik speaks what it has, and Russian for the rest: never an id or a gap.
    let settings = Settings { room_language: Some("tg".into()), ..Settings::default() };
    let mut h = Harness::with_settings(&agenda, "2009-04-28T03:00:00Z".parse().unwrap(), settings);
    h.press(&["v"]);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Ба наздикӣ оғоз мешавад"), "{screen}");
    assert!(screen.contains("Далее в"), "{screen}");
}
