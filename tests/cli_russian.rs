//! The command line in Russian: what `check`, `sessions`, `new`, `import`, the errors and
//! `--help` print for an operator whose language is Russian (by the locale, or by the
//! `language` setting), with no English words but file names, paths, the agenda's own text
//! and what is typed literally.

use std::path::Path;
use std::process::Command;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store;

const ROUNDTABLE: &str = include_str!("../agendas/dushanbe-roundtable-2009.json");

/// Latin words a Russian command line may print: its own name and commands, options and
/// their placeholders, setting names, formats and standards, product names, and the
/// values an agenda file holds literally.
const ALLOWED: &[&str] = &[
    "convene",
    "check",
    "run",
    "new",
    "import",
    "export",
    "sessions",
    "verify",
    "finish",
    "minutes",
    "timer",
    "follow",
    "groups",
    "schema",
    "completions",
    "man",
    "help",
    "agenda",
    // The agenda's report block, by its field name.
    "report",
    "seed",
    "force",
    "json",
    "JSON",
    "csv",
    "CSV",
    "UTF",
    "BOM",
    "IANA",
    "Asia",
    "Dushanbe",
    "Europe",
    "Vienna",
    "UTC",
    "Excel",
    "LibreOffice",
    "Word",
    "docs",
    "md",
    "format",
    "agendas",
    "dushanbe",
    "roundtable",
    "schema",
    "comment",
    "title",
    "days",
    "items",
    "participants",
    "role",
    "working_groups",
    "data",
    "dir",
    "DIR",
    "CONVENE_DATA_DIR",
    "ПАПКА",
    "FILE",
    "tmp",
    "txt",
    "env",
    "room_language",
    "language",
    "plain",
    "high_contrast",
    "projector_languages",
];

/// `convene ARGS` in `cwd` for a Russian operator: Russian by the locale, a settings folder
/// of its own (`config`) and a data folder (`data`) under `home`.
fn russian(home: &Path, cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .current_dir(cwd)
        .env("LC_ALL", "ru_RU.UTF-8")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("CONVENE_DATA_DIR", home.join("data"))
        .env("TZ", "Asia/Dushanbe")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Latin words of two letters or more that are neither allowed, nor in `also` (the agenda
/// or file names the output quotes), nor part of a path or a file name.
fn english(text: &str, also: &str) -> Vec<String> {
    text.split_whitespace()
        // Paths and file names are what they are.
        .filter(|token| {
            !token.contains('/')
                && !token.contains(".json")
                && !token.contains(".csv")
                && !token.contains(".tsv")
        })
        // Options (--time-zone) are typed as they are.
        .filter(|token| !token.trim_start_matches(['(', '`', '«', '[']).starts_with('-'))
        .flat_map(|token| token.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')))
        // Lengths and times as typed: 10m, 1h30m.
        .filter(|w| {
            w.chars().filter(char::is_ascii_alphabetic).count() >= 2
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .filter(|w| !ALLOWED.contains(w) && !also.contains(*w))
        // Options and the ids the agenda uses.
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .map(str::to_string)
        .collect()
}

fn assert_russian(what: &str, text: &str, also: &str) {
    let words = english(text, also);
    assert!(words.is_empty(), "{what} has English words {words:?}:\n{text}");
    assert!(text.chars().any(|c| ('а'..='я').contains(&c)), "{what} is not Russian:\n{text}");
}

#[test]
fn check_prints_the_schedule_in_russian() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) =
        russian(home.path(), project(), &["check", "agendas/dushanbe-roundtable-2009.json"]);
    assert_eq!(code, 0, "{err}");
    for expected in [
        "2 дня · 20 пунктов · 20 участников",
        "День 1 — вторник, 28 апреля 2009 г. (начало в 09:00, зал закрывается в 17:30)",
        "  09:00–09:30    30 мин  перерыв         Registration and coffee",
        "  13:30–15:00    90 мин  рабочие группы  Case study",
        "Lunch [время закреплено]",
        "  Итого по пунктам 7 ч 45 мин; конец в 16:45, за 45 мин до закрытия зала в 17:30",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    assert_russian("check", &out, ROUNDTABLE);

    // Warnings, in Russian, with their place.
    let dir = tempfile::tempdir().unwrap();
    let late = r#"{"event": {"title": "Late", "time_zone": "UTC"},
        "days": [{"date": "2026-05-04", "start": "16:00", "hard_end": "17:00", "items": [
          {"id": "a", "title": "Long talk", "kind": "presentation", "minutes": 90, "speakers": ["ghost"]}]}]}"#;
    std::fs::write(dir.path().join("late.json"), late).unwrap();
    let (code, out, err) = russian(home.path(), dir.path(), &["check", "late.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("на 30 мин позже закрытия зала в 17:00"), "{out}");
    assert!(
        out.contains(
            "предупреждение: день 1 (2026-05-04): день заканчивается в 17:30, а зал закрывается в 17:00"
        ),
        "{out}"
    );
    assert!(
        out.contains("предупреждение: день 1, пункт «a»: докладчика «ghost» нет среди участников"),
        "{out}"
    );
    assert!(out.contains("Программа в порядке; предупреждений: 2."), "{out}");
    assert_russian("check with warnings", &out, late);
}

#[test]
fn errors_are_russian_and_keep_the_place_and_the_value() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("dayz.json", "{\n  \"event\": {\"title\": \"x\", \"time_zone\": \"UTC\"},\n  \"dayz\": []\n}\n");
    write(
        "time.json",
        r#"{"event": {"title": "x", "time_zone": "UTC"}, "days": [{"date": "2026-05-04", "start": "25:61", "items": []}]}"#,
    );
    write(
        "type.json",
        r#"{"event": {"title": "x", "time_zone": "UTC"}, "days": [{"date": "2026-05-04", "start": "09:00", "items": [{"id": "a", "title": "A", "kind": "break", "minutes": "40"}]}]}"#,
    );
    write("comma.json", "{\"event\": {\"title\": \"x\",}}");
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["check", "dayz.json"],
            &[
                "convene: ошибка: dayz.json:3:8: dayz: неизвестное поле «dayz»; может быть, «days»?",
                "подсказка: здесь допустимы:",
            ],
        ),
        (&["check", "time.json"], &["time.json:1:", "«25:61» — не время суток: часы — от 00 до 23"]),
        (
            &["check", "type.json"],
            &["minutes: неверный тип: строка \"40\", а нужно целое число минут, например 30"],
        ),
        (&["check", "comma.json"], &["ошибка синтаксиса JSON: лишняя запятая", "подсказка: уберите запятую"]),
        (
            &["check", "nope.json"],
            &["convene: ошибка: nope.json: нет такого файла", "подсказка: проверьте путь"],
        ),
        (&["groups", "nope.json", "-n", "2"], &["nope.json: нет такого файла"]),
        (&["run", "nope.json"], &["convene: ошибка: nope.json: нет такого файла"]),
        (&["timer", "soon"], &["convene: ошибка: «soon» не читается ни как продолжительность, ни как время"]),
        (&["timer", "90s"], &["«90s» — не целое число минут; укажите, например, 2 мин"]),
        (
            &["check", "--frobnicate"],
            &[
                "convene: ошибка: неизвестный параметр «--frobnicate»",
                "Использование: convene check",
                "--help",
            ],
        ),
        (
            &["new", "--title", "x", "--time-zone", "Bishkk", "-y"],
            &["--time-zone: неизвестный часовой пояс «Bishkk»: может быть, «Asia/Bishkek»?"],
        ),
        (&["check", "--data-dir", "/tmp", "dayz.json"], &["эта команда не хранит сессий"]),
    ];
    for (args, expected) in cases {
        let (code, out, err) = russian(home.path(), dir.path(), args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.starts_with("convene: ошибка: "), "{args:?}: {err}");
        for e in *expected {
            assert!(err.contains(e), "{args:?} should say {e:?}:\n{err}");
        }
        // The snippet of the file and the names of fields and values are the file's.
        let quoted = std::fs::read_to_string(dir.path().join(args[1])).unwrap_or_default();
        assert_russian(
            &format!("{args:?}"),
            &err,
            &format!("{quoted} soon 90s frobnicate Bishkk Asia Bishkek"),
        );
    }
}

#[test]
fn sessions_are_listed_in_russian() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = russian(home.path(), project(), &["sessions"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("В ") && out.contains("пока нет сессий"), "{out}");

    let data = home.path().join("data");
    let agenda_file = Path::new("agendas/dushanbe-roundtable-2009.json");
    let mut s = store::create_session(&data, &roundtable(), Some(agenda_file), roundtable_morning()).unwrap();
    s.record(
        Event::EntryCaptured {
            entry: uuid::Uuid::from_u128(1),
            kind: EntryKind::PresentationPoint,
            text: "Безопасность и права человека".into(),
            attribution: Attribution::default(),
            item: None,
            group: None,
            attached_to: None,
        },
        roundtable_morning(),
    )
    .unwrap();
    let name = s.dir().file_name().unwrap().to_string_lossy().into_owned();
    drop(s);
    let (code, out, err) = russian(home.path(), project(), &["sessions"]);
    assert_eq!(code, 0, "{err}");
    let header = out.lines().next().unwrap();
    assert!(
        header.starts_with("СЕССИЯ") && header.contains("НАЧАТ") && header.ends_with("ПРОГРАММА"),
        "{out}"
    );
    assert!(out.contains("открыта"), "{out}");
    assert_russian("sessions", &out, &format!("{ROUNDTABLE} {name}"));

    let (code, out, err) = russian(home.path(), project(), &["finish", &name]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Мероприятие «Roundtable on Understanding") && out.contains("по времени Asia/Dushanbe"),
        "{out}"
    );
    assert_russian("finish", &out, &format!("{ROUNDTABLE} {name}"));
    let (_, out, _) = russian(home.path(), project(), &["sessions"]);
    assert!(out.contains("завершена"), "{out}");
}

#[test]
fn new_and_import_speak_russian() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // `-`: the agenda on standard output, Russian on standard error only if there is
    // something to say.
    let (code, out, err) = russian(home.path(), dir.path(), &["new", "-", "--title", "Круглый стол", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"title\": \"Круглый стол\""), "{out}");
    assert!(err.is_empty() || err.starts_with("convene: предупреждение"), "{err}");

    let (code, out, err) = russian(
        home.path(),
        dir.path(),
        &["new", "--title", "Круглый стол", "--days", "2", "--date", "03.12.2026", "-y"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Записан kruglyy-stol.json: «Круглый стол», 2 дня с 2026-12-03, Asia/Dushanbe."),
        "{out}"
    );
    assert!(out.contains("Дальше: отредактируйте пункты"), "{out}");
    assert_russian("new", &out, "");
    // Written over? Never, and said in Russian.
    let (code, _, err) = russian(home.path(), dir.path(), &["new", "kruglyy-stol.json", "-y"]);
    assert_eq!(code, 1);
    assert!(err.contains("kruglyy-stol.json уже существует и оставлен как есть"), "{err}");

    std::fs::write(
        dir.path().join("plan.csv"),
        "Время;Тема;Мин;Зал\n09:00;Открытие;30;A\n09:30;Доклад;45;B\n",
    )
    .unwrap();
    let (code, out, err) = russian(home.path(), dir.path(), &["import", "plan.csv"]);
    assert_eq!(code, 0, "{err}");
    for expected in [
        "Записан plan.json: 1 день, 2 пункта, 0 докладчиков; прочитан как CSV (точка с запятой).",
        "Вид 2 пунктов угадан по их названиям",
        "Примечание: столбец 4 («Зал») не читается.",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    assert_russian("import", &out, "");

    std::fs::write(dir.path().join("bad.csv"), "Время;Тема;Мин\n09:00;Открытие;30\n25:00;Доклад;x\n")
        .unwrap();
    let (code, _, err) = russian(home.path(), dir.path(), &["import", "bad.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("1 строку файла bad.csv не удалось прочитать; ничего не записано"), "{err}");
    assert!(
        err.contains("  bad.csv:3: «25:00» — не время суток: часы — от 00 до 23; «x» — не продолжительность"),
        "{err}"
    );
    assert_russian("import errors", &err, "x");
}

#[test]
fn the_language_setting_wins_over_the_locale() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config").join("convene");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "language = \"ru\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["check", "agendas/nope.json"])
        .current_dir(project())
        .env("LC_ALL", "C.UTF-8")
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("convene: ошибка: agendas/nope.json: нет такого файла"), "{err}");
}

#[test]
fn help_is_russian() {
    let home = tempfile::tempdir().unwrap();
    for args in [&["--help"][..], &["run", "--help"], &["import", "-h"], &["export", "--help"]] {
        let (code, out, err) = russian(home.path(), project(), args);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("Использование: convene"), "{out}");
        // Options and their placeholders, possible values and clap's own "[env: …]" are
        // what is typed.
        let typed = "OPTIONS AGENDA SESSION LANG ZONE YYYY MM DD HH FORMAT PROFILE markdown docx internal public ru tg en Markdown pandoc Possible \
                     my event Dushanbe CONVENE_DATA_DIR local share zfunc possible values default roff sync \
                     after lead in footnote none presentations discussions working groups conclusions recommendations";
        assert_russian(&format!("{args:?}"), &out, typed);
    }
}
