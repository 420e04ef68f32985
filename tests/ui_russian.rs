//! The operator's screens in Russian: every word convene writes on the run screen, the
//! capture pane, the review list, the working groups, the item picker and the help comes
//! from the Fluent resources in the operator's language, at 60x16, 80x24 and 120x40, and
//! no word is cut mid-way at the right edge of a panel (a label cut as "Вырабо" reads as
//! nothing; a title that gives way ends at a whole word, with "…").

use std::collections::BTreeSet;

use convene::app::Settings;
use convene::i18n::{Lang, RESOURCES};
use convene::session::Event;
use convene::testing::Harness;

/// The half-day workshop in Khujand: its titles, roles, groups and prompts are Russian.
const AGENDA: &str = include_str!("../agendas/community-policing-workshop.json");

const SIZES: [(u16, u16); 3] = [(60, 16), (80, 24), (120, 40)];

/// Latin words a Russian screen may show: key names, prefixes typed before a note, the
/// program's name, the file formats the drafts are written in, and what is typed as is
/// (`same`, an example id).
#[rustfmt::skip]
const LATIN: &[&str] = &[
    "Enter", "Esc", "Ctrl", "Shift", "Alt", "PgUp", "PgDn", "Tab", "Space", "Backspace", "Home", "End",
    "Del", "Up", "Down", "Left", "Right", "id", "convene", "rp", "qt", "ref", "fg", "same", "mia",
    "Markdown", "Word", "ngo", "police", "officer",
    // The help's "@id @group", the prefix as the key table writes it.
    "group",
];

/// What the agenda puts on the operator's screens (the participants' ids and stakeholder
/// groups are written in English in this sample), as its words: not its kinds, dates, item
/// ids or the English fields the operator's screens do not show.
fn agenda_words() -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, key: &str, in_items: bool, out: &mut BTreeSet<String>) {
        const NOT_SHOWN: &[&str] = &[
            "$schema",
            "kind",
            "time_zone",
            "date",
            "start",
            "hard_end",
            "subtitle",
            "organisers",
            "materials",
            "background",
            "approach",
            "languages",
        ];
        if NOT_SHOWN.contains(&key) || (in_items && key == "id") {
            return;
        }
        match value {
            serde_json::Value::String(s) => out.extend(words(s)),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, key, in_items, out)),
            serde_json::Value::Object(o) => {
                for (k, v) in o {
                    walk(v, k, in_items || k == "items", out);
                }
            }
            _ => {}
        }
    }
    let json: serde_json::Value = serde_json::from_str(AGENDA).unwrap();
    let mut out = BTreeSet::new();
    walk(&json, "", false, &mut out);
    out
}

/// The runs of letters in `text`, in any script.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Every word a Russian screen may hold whole: the Russian resources', the agenda's and
/// the Latin ones above.
fn vocabulary() -> BTreeSet<String> {
    let mut all: BTreeSet<String> = RESOURCES
        .iter()
        .filter(|(lang, _, _)| *lang == Lang::Ru)
        .flat_map(|(_, _, text)| words(text))
        .chain(agenda_words())
        .chain(LATIN.iter().map(|w| w.to_string()))
        .collect();
    all.extend(all.clone().iter().map(|w| w.to_lowercase()));
    all
}

/// Latin words of two letters or more that are neither the agenda's nor allowed: the
/// English convene wrote.
fn english_words(screen: &str) -> Vec<String> {
    let agenda = agenda_words();
    screen
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !agenda.contains(*w) && !LATIN.contains(w))
        .map(str::to_string)
        .collect()
}

/// The words that end at the right edge of a panel (against its border or the screen's
/// edge) and are not whole words: cut mid-way.
fn cut_words(screen: &str, vocabulary: &BTreeSet<String>) -> Vec<String> {
    let edge = |c: char| matches!(c, '│' | '┐' | '┘' | '┤' | '║');
    let mut cut = Vec::new();
    for row in screen.lines() {
        let row: Vec<char> = row.trim_matches('"').chars().collect();
        for i in 0..row.len() {
            let at_edge = i + 1 == row.len() || edge(row[i + 1]);
            if !row[i].is_alphabetic() || !at_edge {
                continue;
            }
            let start = (0..=i).rev().take_while(|&j| row[j].is_alphabetic()).last().unwrap_or(i);
            let word: String = row[start..=i].iter().collect();
            if !vocabulary.contains(&word) && !vocabulary.contains(&word.to_lowercase()) {
                cut.push(word);
            }
        }
    }
    cut
}

fn russian() -> Harness {
    let agenda = convene::agenda::parse_str("sample", AGENDA).unwrap();
    let settings =
        Settings { language: Some("ru".into()), room_language: Some("ru".into()), ..Default::default() };
    // 08:50 in Khujand, ten minutes before the workshop starts.
    Harness::with_settings(&agenda, "2026-03-12T03:50:00Z".parse().unwrap(), settings)
}

/// The box titled `title` drawn over the screen, alone: what shows of the screen beneath
/// it at its sides is cut by the box, not written cut.
fn overlay(screen: &str, title: &str) -> String {
    let rows: Vec<Vec<char>> = screen.lines().map(|r| r.trim_matches('"').chars().collect()).collect();
    let head = format!("┌ {title}");
    let Some((top, left)) = rows.iter().enumerate().find_map(|(y, row)| {
        let text: String = row.iter().collect();
        text.find(&head).map(|byte| (y, text[..byte].chars().count()))
    }) else {
        panic!("no box titled {title:?} on the screen\n{screen}")
    };
    let right = (left + 1..rows[top].len()).find(|&x| rows[top][x] == '┐').unwrap();
    let bottom = (top..rows.len()).find(|&y| rows[y].get(left) == Some(&'└')).unwrap();
    rows[top..=bottom]
        .iter()
        .map(|row| format!("\"{}\"\n", row[left..=right].iter().collect::<String>()))
        .collect()
}

/// The screen in `state` at every size: no English word, no word cut at an edge. The
/// screen at 120x40 is returned.
fn in_russian(h: &mut Harness, state: &str) -> String {
    checked(h, state, None)
}

/// As [`in_russian`], for the box titled `title` over the screen.
fn in_russian_box(h: &mut Harness, state: &str, title: &str) -> String {
    checked(h, state, Some(title))
}

fn checked(h: &mut Harness, state: &str, title: Option<&str>) -> String {
    let vocabulary = vocabulary();
    for (w, ht) in SIZES {
        let whole = h.screen(w, ht);
        let screen = title.map_or_else(|| whole.clone(), |t| overlay(&whole, t));
        let english = english_words(&screen);
        assert!(
            english.is_empty(),
            "{state} at {w}x{ht}: English on the operator's screen {english:?}\n{screen}"
        );
        let cut = cut_words(&screen, &vocabulary);
        assert!(cut.is_empty(), "{state} at {w}x{ht}: words cut at the edge {cut:?}\n{screen}");
        if title.is_some() {
            // Beneath the box, the screen is in Russian too.
            let english = english_words(&whole);
            assert!(english.iter().all(|w| w == "conv"), "{state} at {w}x{ht}: English {english:?}\n{whole}");
        }
    }
    h.screen(120, 40)
}

#[test]
fn the_checks_catch_english_and_a_cut_word() {
    let vocabulary = vocabulary();
    assert_eq!(english_words("\"│ 1 item run · Space · uch-1 (law enforcement)│\""), ["item", "run"]);
    assert_eq!(cut_words("\"│ Рабочие гру│\"", &vocabulary), ["гру"]);
    assert_eq!(cut_words("\"│ Рабочие группы│\"", &vocabulary), Vec::<String>::new());
    assert_eq!(cut_words("\"│ Рабочие…    │\"", &vocabulary), Vec::<String>::new());
    assert_eq!(cut_words("\" День 1 из 1 · 08:50 Вырабо\"", &vocabulary), ["Вырабо"]);
}

#[test]
fn the_run_screen_speaks_russian_from_the_start_to_the_finish() {
    let mut h = russian();
    let screen = in_russian(&mut h, "before the start");
    assert!(screen.contains("День 1 из 1 · 08:50"), "{screen}");
    assert!(screen.contains("Ни один пункт не идёт"), "{screen}");
    assert!(screen.contains("факт/прогноз"), "{screen}");
    insta::assert_snapshot!("ru_run_before_start_80x24", h.screen(80, 24));

    h.wait(10 * 60).press(&["Space"]);
    h.wait(5 * 60);
    let screen = in_russian(&mut h, "the first item");
    assert!(screen.contains("● ПО ПЛАНУ") && screen.contains("15:00 осталось · идёт"), "{screen}");
    assert!(screen.contains("Тип пункта: открытие"), "{screen}");
    insta::assert_snapshot!("ru_run_80x24", h.screen(80, 24));
    insta::assert_snapshot!("ru_run_120x40", screen);

    h.press(&["Space"]);
    let screen = in_russian(&mut h, "paused");
    assert!(screen.contains("‖ ПАУЗА"), "{screen}");
    h.press(&["Space"]);

    // Twenty minutes over: the day is behind, and the room's closing time shows.
    h.wait(35 * 60);
    let screen = in_russian(&mut h, "overtime");
    assert!(screen.contains("■ ВРЕМЯ ВЫШЛО") && screen.contains("сверх плана"), "{screen}");
    assert!(screen.contains("День: отстаём на 20 мин"), "{screen}");

    // The questions the status line asks, each in turn.
    for key in ["t", "m", "Q", "x", "o", "G", "S"] {
        h.press(&[key]);
        in_russian(&mut h, &format!("the question of {key}"));
        h.press(&["Esc"]);
    }
    h.press(&["X"]);
    let screen = in_russian(&mut h, "asked to finish");
    assert!(screen.contains("y — да · n — нет"), "{screen}");
    h.press(&["n"]);

    // Everything skipped to the last item, then the event finished.
    h.press(&["n"]);
    h.wait(60);
    in_russian(&mut h, "the second item");
    h.press(&["X", "y"]);
    let screen = in_russian(&mut h, "finished");
    assert!(screen.contains("■ Завершено в") && screen.contains("Заметки остаются открытыми"), "{screen}");

    let small = h.screen(50, 12);
    assert!(small.contains("Терминал слишком мал: 50x12"), "{small}");
    assert!(english_words(&small).is_empty(), "{small}");
}

#[test]
fn the_capture_pane_and_the_review_list_in_russian() {
    let mut h = russian();
    h.wait(10 * 60).press(&["Space"]).wait(60);
    h.press(&["c"]).type_text("Участковые бывают в махалле раз в месяц");
    h.press(&["Enter"]).type_text("r: встречаться каждую неделю @mah-1");
    let screen = in_russian(&mut h, "a note being typed");
    assert!(screen.contains("рекомендация") || screen.contains("Рекомендация"), "{screen}");
    insta::assert_snapshot!("ru_capture_80x24", h.screen(80, 24));
    insta::assert_snapshot!("ru_capture_120x40", screen);
    h.press(&["Enter"]).type_text("~ не для протокола");
    in_russian(&mut h, "a note not for attribution");
    h.press(&["Enter", "Ctrl-f"]);
    in_russian(&mut h, "capture full screen");
    h.press(&["Ctrl-f", "Esc"]);

    h.press(&["r"]);
    let screen = in_russian(&mut h, "the review list");
    assert!(screen.contains("Записи · Открытие и знакомство · 3"), "{screen}");
    h.press(&["x", "k", "X", "k", "d"]);
    let screen = in_russian(&mut h, "marked entries");
    assert!(screen.contains("[консенсус]") && screen.contains("[СПОРНО]"), "{screen}");
    h.press(&["Tab"]);
    in_russian(&mut h, "the whole session");
    h.press(&["/"]);
    in_russian(&mut h, "the search's question");
    h.type_text("махалл").press(&["Enter"]);
    let screen = in_russian(&mut h, "a search");
    assert!(screen.contains("поиск «махалл»"), "{screen}");

    // The item picker, moving an entry.
    h.press(&["m"]);
    let screen = in_russian_box(&mut h, "the item picker", "Перенести запись в …");
    assert!(screen.contains("Перенести запись в"), "{screen}");
    h.type_text("раунд");
    in_russian_box(&mut h, "the item picker, filtered", "Перенести запись в …");
    h.type_text("щщщ");
    let screen = in_russian_box(&mut h, "the item picker, nothing matches", "Перенести запись в …");
    assert!(screen.contains("Совпадений нет"), "{screen}");
}

#[test]
fn the_working_groups_the_report_back_and_the_floor_in_russian() {
    let mut h = russian();
    h.record(Event::ItemStarted { item: "round-1".into() });
    h.wait(60).press(&["w"]);
    let screen = in_russian(&mut h, "the working groups");
    assert!(screen.contains("Рабочие группы · Раунд 1"), "{screen}");
    assert!(screen.contains("Группа 1 · Зал А · докладчик: "), "{screen}");
    assert!(screen.contains("Вопросы (залу показано 1 из 3"), "{screen}");

    h.press(&["n"]).press(&["g"]).wait(70);
    let screen = in_russian(&mut h, "a group reporting back");
    assert!(screen.contains("Докладывает: Группа 1"), "{screen}");
    assert!(screen.contains("▶") && screen.contains("докладывает"), "{screen}");
    h.press(&["g"]);
    in_russian(&mut h, "the second group reporting back");

    h.record(Event::ItemStarted { item: "actions".into() });
    for who in ["@uch-1", "@mah-1", "@ngo-2"] {
        h.answer("Q", who);
    }
    h.press(&["f", "L"]).wait(40);
    let screen = in_russian(&mut h, "the floor and the queue");
    assert!(screen.contains("У микрофона: Рустам Назаров (uch-1) · 00:40"), "{screen}");
    assert!(screen.contains("Очередь (список закрыт): 1. Зарина Қодирова (mah-1)"), "{screen}");
    h.press(&["P"]);
    in_russian(&mut h, "first-time speakers first");
    h.press(&["c"]).type_text("Нужна общая горячая линия");
    in_russian(&mut h, "a note while someone has the floor");
}

#[test]
fn the_help_in_russian() {
    let mut h = russian();
    h.press(&["?"]);
    let screen = in_russian_box(&mut h, "the help", "Клавиши");
    insta::assert_snapshot!("ru_help_80x24", h.screen(80, 24));
    insta::assert_snapshot!("ru_help_120x40", screen);
    h.press(&["Esc", "c", "F1"]);
    in_russian_box(&mut h, "the help while capturing", "Клавиши");
}

/// Every message the screens ask for is in English and in Russian.
#[test]
fn every_screen_message_the_code_asks_for_is_there() {
    let files = [
        include_str!("../src/ui/mod.rs"),
        include_str!("../src/ui/agenda_list.rs"),
        include_str!("../src/ui/capture_pane.rs"),
        include_str!("../src/ui/footer.rs"),
        include_str!("../src/ui/groups_panel.rs"),
        include_str!("../src/ui/now_panel.rs"),
        include_str!("../src/ui/pick.rs"),
        include_str!("../src/ui/picker.rs"),
        include_str!("../src/ui/review_list.rs"),
        include_str!("../src/ui/consolidation.rs"),
        include_str!("../src/ui/text.rs"),
        include_str!("../src/runtime/launcher.rs"),
    ];
    // The messages each language has of its own (Russian never falls back to English here).
    let ids = |lang: Lang| -> BTreeSet<String> {
        RESOURCES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .flat_map(|(_, _, text)| {
                let resource = fluent_bundle::FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("a resource does not parse: {errors:?}"));
                resource
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let (en, ru) = (ids(Lang::En), ids(Lang::Ru));
    let mut asked = 0;
    for file in files {
        for piece in file.split('"').skip(1).step_by(2) {
            if piece.starts_with("screen-") && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                asked += 1;
                assert!(en.contains(piece), "{piece} is missing in English");
                assert!(ru.contains(piece), "{piece} is missing in Russian");
            }
        }
    }
    let unused: Vec<_> = en
        .iter()
        .filter(|id| id.starts_with("screen-"))
        .filter(|id| !files.iter().any(|f| f.contains(&format!("\"{id}\""))))
        .collect();
    assert!(unused.is_empty(), "screen messages nothing asks for: {unused:?}");
    assert!(asked > 150, "the scan found only {asked} message ids");
}

/// The header's clock turns at the minute and the header is drawn again alone then: in
/// the operator's language, as the whole frame drew it.
#[test]
fn the_header_stays_russian_when_its_clock_turns() {
    let mut h = russian();
    h.wait(10 * 60).press(&["Space"]);
    h.drawn(80, 24);
    for _ in 0..3 {
        h.wait(60);
        h.drawn(80, 24);
    }
    let screen = format!("{}", h.drawn(80, 24).backend());
    let header = screen.lines().next().unwrap_or_default();
    assert!(header.contains("День 1 из 1 · 09:03"), "{screen}");
}

/// Idle seconds move only the clocks' digits: in Russian too, a second drawn so is the
/// whole frame ("01:12 из 03:00" keeps its digits where "01:12 of 03:00" has them). The
/// header's minute is the test above's.
#[test]
fn idle_seconds_in_russian_are_whole_frames() {
    let same = |h: &mut Harness, what: &str| h.idle_seconds_are_whole_frames(what, &SIZES, 4);
    // A group reporting back against its slot.
    let mut h = russian();
    h.record(Event::ItemStarted { item: "report-1".into() });
    h.press(&["g"]);
    same(&mut h, "a group's slot");
    assert!(h.screen(120, 40).contains("Докладывает: Группа 1 · 00:12 из 10:00"));

    // A speaker against the discussion's limit of three minutes.
    let agenda = convene::session::testkit::workshop_with_speaking_limit();
    let settings = Settings { language: Some("ru".into()), ..Default::default() };
    let mut h = Harness::with_settings(&agenda, "2026-03-12T03:50:00Z".parse().unwrap(), settings);
    h.record(Event::ItemStarted { item: "actions".into() });
    h.answer("Q", "@uch-1").press(&["f"]);
    same(&mut h, "a speaker's turn");
    let screen = h.screen(120, 40);
    assert!(screen.contains("У микрофона: Рустам Назаров (uch-1) · 00:12 из 03:00"), "{screen}");
}
