//! `convene import`: agendas from Excel, LibreOffice and plain-text lists become agenda
//! files that `convene check` accepts; a file with bad lines is reported line by line and
//! nothing is written; an existing file is never written over.

mod common;

use std::path::{Path, PathBuf};

use common::cli::convene;
use serde_json::Value;

fn input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import").join(name)
}

/// `convene import NAME -o DIR/out.json` with a fixed first date and zone; the exit code,
/// standard output and error, and the written agenda (when there is one).
fn import(dir: &Path, name: &str, extra: &[&str]) -> (i32, String, String, Option<Value>) {
    let out = dir.join("out.json");
    let input = input(name);
    let mut args = vec!["import", input.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(&["--date", "2009-04-28", "--time-zone", "Asia/Dushanbe"]);
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = convene(None, &args);
    let agenda = std::fs::read_to_string(&out).ok().map(|text| serde_json::from_str(&text).unwrap());
    (code, stdout, stderr, agenda)
}

/// `convene check` on the written agenda passes; its report.
fn checks(dir: &Path) -> String {
    let (code, out, err) = convene(None, &["check", dir.join("out.json").to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    out
}

fn texts(items: &Value, field: &str) -> Vec<String> {
    items.as_array().unwrap().iter().map(|i| i[field].as_str().unwrap_or("-").to_string()).collect()
}

fn minutes(items: &Value) -> Vec<u64> {
    items.as_array().unwrap().iter().map(|i| i["minutes"].as_u64().unwrap()).collect()
}

#[test]
fn a_comma_csv_from_excel() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err, agenda) =
        import(dir.path(), "workshop.csv", &["--title", "Community policing workshop", "--chatham-house"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("out.json: 1 day, 7 items, 3 speakers, read as CSV (commas)"), "{out}");
    assert!(out.contains("convene check") && out.contains("convene run"), "{out}");
    assert!(dir.path().join("agenda.schema.json").exists());
    let agenda = agenda.unwrap();
    assert_eq!(agenda["event"]["title"], "Community policing workshop");
    assert_eq!(agenda["event"]["time_zone"], "Asia/Dushanbe");
    assert_eq!(agenda["event"]["chatham_house"], true);
    let day = &agenda["days"][0];
    assert_eq!((day["date"].as_str(), day["start"].as_str()), (Some("2009-04-28"), Some("09:00")));
    let items = &day["items"];
    assert_eq!(
        texts(items, "title"),
        [
            "Opening remarks",
            "Human rights and counter-terrorism",
            "Coffee break",
            "Case study in working groups",
            "Report back from the groups",
            "Lunch",
            "Closing remarks"
        ]
    );
    // The keynote runs to the coffee break; the report-back to lunch; the closing by its range.
    assert_eq!(minutes(items), [30, 60, 20, 60, 30, 60, 30]);
    assert_eq!(
        texts(items, "kind"),
        ["opening", "presentation", "break", "working_groups", "report_back", "break", "closing"]
    );
    // 10:50 is when the break ends: the case study's 11:00 is kept as a fixed start.
    assert_eq!(texts(items, "fixed_start"), ["-", "-", "-", "11:00", "-", "-", "-"]);
    assert_eq!(texts(items, "id")[..2], ["d1-opening-remarks", "d1-human-rights-and-counter-terrorism"]);
    assert_eq!(items[0]["speakers"], serde_json::json!(["anna-petrova", "john-smith"]));
    assert_eq!(items[6]["speakers"], serde_json::json!(["anna-petrova"]), "the same name is the same person");
    assert_eq!(items[1]["description"], "Slides in Russian and English");
    assert_eq!(texts(items, "section")[..4], ["Opening", "Session 1", "Session 1", "Session 2"]);
    let people = agenda["participants"].as_array().unwrap();
    assert_eq!(texts(&agenda["participants"], "id"), ["anna-petrova", "john-smith", "li-wei"]);
    assert!(people.iter().all(|p| p["role"] == "speaker"));
    assert_eq!(people[0]["affiliation"], "OSCE");

    let report = checks(dir.path());
    assert!(report.contains("10:50–11:00") && report.contains("(free until the fixed start)"), "{report}");
    assert!(report.contains("13:30–14:00    30 min  closing"), "{report}");
}

#[test]
fn a_semicolon_csv_with_a_bom_and_russian_headers() {
    let bytes = std::fs::read(input("kruglyj-stol.csv")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"),
        "the input keeps its BOM and CRLF"
    );
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err, agenda) = import(dir.path(), "kruglyj-stol.csv", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 days, 7 items, 3 speakers, read as CSV (semicolons)"), "{out}");
    let agenda = agenda.unwrap();
    let days = agenda["days"].as_array().unwrap();
    assert_eq!(days.len(), 2);
    assert_eq!(
        (days[0]["date"].as_str(), days[1]["date"].as_str()),
        (Some("2009-04-28"), Some("2009-04-29"))
    );
    let d1 = &days[0]["items"];
    assert_eq!(
        texts(d1, "title"),
        ["Открытие семинара", "Права человека и противодействие терроризму", "Кофе-брейк", "Обсуждение"]
    );
    assert_eq!(minutes(d1), [30, 60, 15, 90]);
    assert_eq!(texts(d1, "kind"), ["opening", "presentation", "break", "discussion"]);
    assert_eq!(d1[1]["speakers"], serde_json::json!(["ivanov-i-i", "petrov-p-p"]));
    assert_eq!(d1[0]["id"], "d1-otkrytie-seminara");
    let d2 = &days[1]["items"];
    assert_eq!(texts(d2, "kind"), ["working_groups", "report_back", "closing"]);
    assert_eq!(minutes(d2), [90, 60, 30]);
    assert_eq!(d2[2]["speakers"], serde_json::json!(["firuza-saidova"]));
    assert_eq!(texts(&agenda["participants"], "name"), ["Фируза Саидова", "Иванов И.И.", "Петров П.П."]);
    checks(dir.path());
}

#[test]
fn three_bad_lines_are_each_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err, agenda) = import(dir.path(), "three-bad-lines.csv", &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(agenda.is_none());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no agenda and no schema");
    let file = input("three-bad-lines.csv").display().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines[0].starts_with("convene: error: 3 lines of ") && lines[0].contains("nothing was written"),
        "{err}"
    );
    assert!(lines[1].starts_with(&format!("  {file}:3: \"9h30\" is not a time of day")), "{err}");
    assert!(lines[2].starts_with(&format!("  {file}:5: \"half an hour\" is not a length")), "{err}");
    assert!(lines[3].starts_with(&format!("  {file}:6: \"debate\" is not a kind")), "{err}");
    assert!(lines[3].contains("working_groups"), "the accepted kinds are listed: {err}");
}

#[test]
fn a_plain_text_list_of_two_days() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err, agenda) = import(dir.path(), "two-days.txt", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 days, 6 items, 0 speakers, read as a plain-text list"), "{out}");
    let agenda = agenda.unwrap();
    assert_eq!(agenda["event"]["title"], "Two days", "the file's name, made readable");
    let days = agenda["days"].as_array().unwrap();
    assert_eq!(days.len(), 2);
    assert_eq!(
        (days[0]["date"].as_str(), days[1]["date"].as_str()),
        (Some("2009-04-28"), Some("2009-04-29"))
    );
    let d1 = &days[0]["items"];
    assert_eq!(
        texts(d1, "title"),
        ["Opening remarks", "Keynote: policing and human rights", "Coffee break", "Open discussion"]
    );
    assert_eq!(minutes(d1), [30, 60, 15, 60]);
    assert_eq!(texts(d1, "fixed_start"), ["-", "-", "-", "11:00"]);
    assert_eq!(texts(d1, "kind"), ["opening", "other", "break", "discussion"]);
    let d2 = &days[1]["items"];
    assert_eq!(days[1]["start"], "09:00");
    assert_eq!(texts(d2, "title"), ["Case study in working groups", "Closing"]);
    assert_eq!(minutes(d2), [90, 30]);
    assert_eq!(texts(d2, "id"), ["d2-case-study-in-working-groups", "d2-closing"]);
    let report = checks(dir.path());
    assert!(report.contains("Day 2 — Wednesday 29 April 2009"), "{report}");
}

#[test]
fn an_existing_file_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    std::fs::write(&out, b"{ \"my\": \"own agenda\" }\n").unwrap();
    let (code, _, err, _) = import(dir.path(), "workshop.csv", &[]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists") && err.contains("nothing was written"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), b"{ \"my\": \"own agenda\" }\n");
    assert!(!dir.path().join("agenda.schema.json").exists());
}

#[test]
fn without_an_output_the_agenda_goes_beside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("police-reform_roundtable.csv");
    std::fs::copy(input("workshop.csv"), &copy).unwrap();
    let (code, out, err) = convene(None, &["import", copy.to_str().unwrap(), "--time-zone", "Dushanbe"]);
    assert_eq!(code, 0, "{err}");
    let written = dir.path().join("police-reform_roundtable.json");
    assert!(out.contains(&format!("Wrote {}", written.display())), "{out}");
    let agenda: Value = serde_json::from_str(&std::fs::read_to_string(&written).unwrap()).unwrap();
    assert_eq!(agenda["event"]["title"], "Police reform roundtable");
    assert_eq!(agenda["event"]["time_zone"], "Asia/Dushanbe");
}

#[test]
fn a_file_that_is_not_utf8_says_how_to_save_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cp1251.csv");
    // "Тема;Время\nОткрытие;09:00" in Windows-1251, as Excel in a Russian locale saves "CSV".
    std::fs::write(
        &file,
        b"\xD2\xE5\xEC\xE0;\xC2\xF0\xE5\xEC\xFF\r\n\xCE\xF2\xEA\xF0\xFB\xF2\xE8\xE5;09:00\r\n",
    )
    .unwrap();
    let (code, _, err) = convene(None, &["import", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("not UTF-8") && err.contains("CSV UTF-8"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing was written");
}

#[test]
fn the_examples_in_the_docs_import() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/import.md")).unwrap();
    let mut checked = 0;
    for (n, block) in doc.split("```").enumerate().filter(|(n, _)| n % 2 == 1) {
        let Some((lang, body)) = block.split_once('\n') else { continue };
        let ext = match lang {
            "csv" => "csv",
            "text" if !body.starts_with("convene:") => "txt",
            _ => continue,
        };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(format!("example-{n}.{ext}"));
        std::fs::write(&file, body).unwrap();
        let (code, out, err) = convene(None, &["import", file.to_str().unwrap(), "--date", "2009-04-28"]);
        assert_eq!(code, 0, "{body}\n{out}{err}");
        let (code, out, err) = convene(None, &["check", file.with_extension("json").to_str().unwrap()]);
        assert_eq!(code, 0, "{out}{err}");
        checked += 1;
    }
    assert_eq!(checked, 3, "the two CSV examples and the list");
}

#[test]
fn a_dash_for_the_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = input("two-days.txt");
    let (code, out, err) = convene(
        None,
        &[
            "import",
            input.to_str().unwrap(),
            "-o",
            "-",
            "--date",
            "2009-04-28",
            "--time-zone",
            "Asia/Dushanbe",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // Standard output is the agenda alone, and it checks.
    let agenda: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(agenda["days"].as_array().unwrap().len(), 2);
    let file = dir.path().join("piped.json");
    std::fs::write(&file, &out).unwrap();
    let (code, _, err) = convene(None, &["check", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // No file named "-" anywhere.
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("-").exists());
}

#[test]
fn a_workbook_is_not_read_as_text_and_the_message_says_how_to_save_it() {
    let dir = tempfile::tempdir().unwrap();
    // What an .xlsx starts with: a zip archive.
    let book = dir.path().join("agenda.xlsx");
    std::fs::write(&book, b"PK\x03\x04\x14\x00\x06\x00rest of the workbook").unwrap();
    let (code, out, err) = convene(None, &["import", book.to_str().unwrap(), "--time-zone", "UTC"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.starts_with("convene: error: ") && err.contains("workbook") && err.contains("CSV UTF-8"),
        "{err}"
    );
    assert!(!dir.path().join("agenda.json").exists());
}
