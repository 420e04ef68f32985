//! The facilitator's keys through the runtime: each becomes the right events, and text
//! input never triggers commands.

use super::keymap::KeyMode;
use crate::session::Event;
use crate::testing::Harness;

/// The roundtable at 08:55 on day one; `at(h, m)` moves to `m` minutes past 09:00.
fn fresh() -> Harness {
    Harness::roundtable("2009-04-28T03:55:00Z")
}

fn at(h: &mut Harness, minutes: i64) -> &mut Harness {
    let nine: jiff::Timestamp = "2009-04-28T04:00:00Z".parse().unwrap();
    let target = nine.checked_add(jiff::SignedDuration::from_mins(minutes)).unwrap();
    let seconds = target.duration_since(h.now()).as_secs();
    h.wait(seconds)
}

fn current(h: &Harness) -> Option<String> {
    h.session().timer.current.clone()
}

#[test]
fn space_starts_pauses_and_resumes() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]);
    assert_eq!(current(&h).as_deref(), Some("d1-registration"));
    assert!(h.session().timer.running);
    at(&mut h, 1).press(&["Space"]);
    assert!(!h.session().timer.running);
    at(&mut h, 2).press(&["Space"]);
    assert!(h.session().timer.running);
}

#[test]
fn next_previous_jump_and_skip() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]);
    at(&mut h, 30).press(&["n"]);
    assert_eq!(current(&h).as_deref(), Some("d1-opening"));
    assert_eq!(h.app().selected, 1);
    at(&mut h, 31).press(&["p"]);
    assert_eq!(current(&h).as_deref(), Some("d1-registration"));
    at(&mut h, 32).press(&["j", "j", "j", "s"]);
    assert!(h.session().items[3].skipped, "the coffee break is skipped");
    at(&mut h, 33).press(&["n"]);
    at(&mut h, 34).press(&["n"]);
    assert_eq!(current(&h).as_deref(), Some("d1-key-questions"));
    at(&mut h, 35).press(&["n"]);
    assert_eq!(current(&h).as_deref(), Some("d1-plenary-questions"), "the skipped break is passed over");
    at(&mut h, 36).press(&["k", "Enter"]);
    assert_eq!(current(&h).as_deref(), Some("d1-coffee"), "a skipped item can still be run on purpose");
}

#[test]
fn skipping_the_running_item_moves_on() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]);
    at(&mut h, 5).press(&["s"]);
    assert!(h.session().items[0].skipped);
    assert_eq!(current(&h).as_deref(), Some("d1-opening"));
}

#[test]
fn extend_needs_a_running_item() {
    let mut h = fresh();
    at(&mut h, 0).press(&["+"]);
    assert!(h.complained());
    h.press(&["Space", ">", "-"]);
    assert_eq!(h.session().items[0].allotted_seconds(), 34 * 60);
}

#[test]
fn message_input_types_q_without_quitting() {
    let mut h = fresh();
    h.press(&["m"]);
    assert_eq!(h.key_mode(), KeyMode::Input);
    h.type_text("quiet please");
    h.paste("\u{1b}[31m!");
    assert!(!h.app().quitting);
    h.press(&["Enter"]);
    assert_eq!(
        h.session().message.as_deref(),
        Some("quiet please!"),
        "escape sequences never reach the screen, not even in part"
    );
    h.press(&["M"]);
    assert_eq!(h.session().message, None);
}

#[test]
fn ends_at_a_clock_time() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]);
    at(&mut h, 1).answer("t", "25:00");
    assert!(h.complained(), "an impossible time is refused");
    assert!(h.status().contains("hours run from 00 to 23"), "{}", h.status());
    assert!(h.app().input.is_some(), "and the input stays open to fix it");
    h.press(&["Backspace"; 5]).type_text("09:45").press(&["Enter"]);
    let nine: jiff::Timestamp = "2009-04-28T04:00:00Z".parse().unwrap();
    assert_eq!(
        h.session().items[0].ends_at,
        Some(nine.checked_add(jiff::SignedDuration::from_mins(45)).unwrap())
    );
}

#[test]
fn accepting_a_replan_records_it() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]);
    at(&mut h, 45).press(&["n"]); // registration ran 15 minutes over
    h.press(&["a"]);
    assert!(h.session().items.iter().any(|r| r.replanned_minutes.is_some()));
    at(&mut h, 46).press(&["a"]);
    assert!(h.status().contains("on time"), "{}", h.status());
}

#[test]
fn the_bell_rings_once_per_stage_change_and_can_be_turned_off() {
    let mut h = fresh();
    at(&mut h, 0).press(&["Space"]); // 30 minutes of registration
    at(&mut h, 1);
    assert_eq!(h.bells, 0);
    at(&mut h, 25);
    assert_eq!(h.bells, 1, "wrap-up");
    at(&mut h, 28);
    assert_eq!(h.bells, 1, "once per stage");
    at(&mut h, 29);
    assert_eq!(h.bells, 2, "final minute");
    h.press(&["b"]);
    at(&mut h, 31);
    assert_eq!(h.bells, 2, "overtime, but the bell is off");
}

#[test]
fn reveal_prompts_one_at_a_time() {
    let mut h = fresh();
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    h.press(&["w", "w", "w"]);
    assert_eq!(h.session().prompts_revealed.len(), 2);
    assert!(h.status().contains("All 2 prompts"), "{}", h.status());
}

/// The roundtable at 08:55 for an operator who set `language = "ru"`.
fn russian() -> Harness {
    let settings = super::Settings { language: Some("ru".into()), ..super::Settings::default() };
    Harness::with_settings(
        &crate::session::testkit::roundtable(),
        crate::testing::parse("2009-04-28T03:55:00Z"),
        settings,
    )
}

#[test]
fn the_status_line_speaks_the_operators_language() {
    let mut h = russian();
    h.press(&["+"]);
    assert_eq!(h.status(), "Ни один пункт не идёт: сначала запустите пункт клавишей Space");
    h.press(&["u"]);
    assert_eq!(h.status(), "В этом запуске в плане нечего отменять");
    at(&mut h, 0).press(&["Space", "w"]);
    assert_eq!(h.status(), "У этого пункта нет вопросов для зала");
    h.press(&["u"]);
    assert_eq!(
        h.status(),
        "Отменено: начало «Registration and coffee» (u ещё раз — предыдущее изменение; Ctrl-R возвращает)"
    );
    // A time that is not one: the whole message in Russian, not the agenda's English.
    h.press(&["Space"]).answer("t", "25:00");
    assert!(h.status().starts_with("«25:00» — не время суток"), "{}", h.status());
    h.press(&["Esc", "X"]);
    let question = h.app().confirm.as_ref().map(|c| c.question.clone()).unwrap_or_default();
    assert!(question.starts_with("Завершить мероприятие сейчас (это остановит «"), "{question}");
}

#[test]
fn russian_counts_take_their_plural_forms() {
    let mut h = russian();
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    for text in ["Доверие между полицией и обществом", "Доверие растёт", "Доверие и право"]
    {
        if h.app().focus != super::Focus::Capture {
            h.press(&["c"]);
        }
        h.type_text(text).press(&["Enter"]);
    }
    h.press(&["Esc", "r"]).answer("/", "довер");
    assert_eq!(h.status(), "Подходят 3 записи; / — новый поиск, Tab сбрасывает поиск");
    h.answer("/", "растёт");
    assert_eq!(h.status(), "Подходит 1 запись; / — новый поиск, Tab сбрасывает поиск");
    h.answer("/", "о");
    assert!(h.status().starts_with("Подходят 3 записи"), "{}", h.status());
    let many = crate::t!(crate::i18n::Lang::Ru, "msg-search-matches", n = 5);
    assert!(many.starts_with("Подходят 5 записей"), "{many}");
    assert_eq!(
        h.app().capture.editor.placeholder_text(),
        crate::t!(crate::i18n::Lang::Ru, "msg-capture-placeholder")
    );
}
