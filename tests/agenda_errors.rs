//! Every malformed agenda gives `FILE:LINE:COLUMN: what is wrong` (where the input has a
//! line and column), says how to fix it, and never panics.

use std::path::{Path, PathBuf};

use convene::agenda::{self, AgendaError, ProblemKind};

const VALID: &str = include_str!("../agendas/steering-working-session.json");

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn load_err(name: &str, text: &str) -> (String, AgendaError) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, text.as_bytes());
    let err = agenda::load(&path).expect_err("should be refused");
    (path.display().to_string(), err)
}

/// Asserts the error is located at `line:col` of `file` and says `what`.
fn assert_at(file: &str, err: &AgendaError, line: usize, col: usize, what: &str) {
    let shown = err.to_string();
    let head = format!("{file}:{line}:{col}: ");
    assert!(shown.starts_with(&head), "expected {head:?} at the start of:\n{shown}");
    assert!(shown.contains(what), "expected {what:?} in:\n{shown}");
}

/// The 1-based line and column (in characters) where `needle` ends in `text`.
fn end_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text") + needle.len();
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count();
    (line, col)
}

#[test]
fn json_syntax_error() {
    let text = VALID.replacen("\"minutes\": 40,", "\"minutes\": 40,,", 1);
    let (file, err) = load_err("syntax.json", &text);
    let (line, col) = end_of(&text, "\"minutes\": 40,,");
    assert_eq!(err.kind, ProblemKind::Syntax);
    assert_at(&file, &err, line, col, "JSON syntax error");
    assert!(err.snippet.as_deref().unwrap().contains("^"));
}

#[test]
fn trailing_comma() {
    let text = VALID.replacen("\"Chair\", \"affiliation\"", "\"Chair\", }, \"affiliation\"", 1);
    let text = text.replacen(
        "\"minutes\": 10, \"speakers\": [\"chair\"] }\n      ]",
        "\"minutes\": 10, \"speakers\": [\"chair\"] },\n      ]",
        1,
    );
    let (_, err) = load_err("trailing.json", &text);
    assert_eq!(err.kind, ProblemKind::Syntax);
    assert!(err.location.is_some());
}

#[test]
fn truncated_file() {
    let text = &VALID[..VALID.len() / 2];
    let (file, err) = load_err("cut.json", text);
    assert_eq!(err.kind, ProblemKind::Syntax);
    let shown = err.to_string();
    assert!(shown.starts_with(&format!("{file}:")), "{shown}");
    assert!(shown.contains("EOF") && shown.contains("missing"), "{shown}");
}

#[test]
fn wrong_type() {
    let text = VALID.replacen("\"minutes\": 40", "\"minutes\": \"40\"", 1);
    let (file, err) = load_err("type.json", &text);
    let (line, col) = end_of(&text, "\"minutes\": \"40\"");
    assert_at(&file, &err, line, col, "days[0].items[2].minutes: invalid type: string \"40\"");
}

#[test]
fn unknown_field_suggests_the_known_one() {
    let text = VALID.replacen("\"minutes\": 40", "\"minuts\": 40", 1);
    let (file, err) = load_err("field.json", &text);
    let (line, col) = end_of(&text, "\"minuts\"");
    assert_at(&file, &err, line, col, "unknown field \"minuts\"; did you mean \"minutes\"?");
    assert!(err.help.as_deref().unwrap().contains("fixed_start"));
}

#[test]
fn unknown_field_without_a_close_match() {
    let text = VALID.replacen("\"venue\":", "\"catering\": \"yes\", \"venue\":", 1);
    let (_, err) = load_err("field.json", &text);
    let shown = err.to_string();
    assert!(shown.contains("event.catering: unknown field \"catering\""), "{shown}");
    assert!(!shown.contains("did you mean"), "{shown}");
}

#[test]
fn unknown_kind_suggests_the_known_one() {
    let text = VALID.replacen("\"kind\": \"discussion\"", "\"kind\": \"discusion\"", 1);
    let (file, err) = load_err("kind.json", &text);
    let (line, col) = end_of(&text, "\"kind\": \"discusion\"");
    assert_at(&file, &err, line, col, "unknown value \"discusion\"; did you mean \"discussion\"?");
}

#[test]
fn impossible_time() {
    let text = VALID.replacen("\"start\": \"14:00\"", "\"start\": \"25:61\"", 1);
    let (file, err) = load_err("time.json", &text);
    let (line, col) = end_of(&text, "\"start\": \"25:61\"");
    assert_at(&file, &err, line, col, "\"25:61\" is not a time of day");
}

#[test]
fn impossible_minutes_in_a_fixed_start() {
    let text = VALID.replacen("\"minutes\": 25,", "\"minutes\": 25, \"fixed_start\": \"14:75\",", 1);
    let (file, err) = load_err("time.json", &text);
    let (line, col) = end_of(&text, "\"fixed_start\": \"14:75\"");
    assert_at(&file, &err, line, col, "minutes run from 00 to 59");
}

#[test]
fn date_that_does_not_exist() {
    let text = VALID.replacen("2026-12-03", "2026-02-30", 1);
    let (file, err) = load_err("date.json", &text);
    let (line, col) = end_of(&text, "\"2026-02-30\"");
    assert_at(&file, &err, line, col, "\"2026-02-30\" is not a date: that month has 28 days");
}

#[test]
fn unknown_time_zone() {
    let text = VALID.replacen("Asia/Dushanbe", "Asia/Dushambe", 1);
    let (file, err) = load_err("tz.json", &text);
    let (line, col) = end_of(&text, "\"Asia/Dushambe\"");
    assert_at(&file, &err, line, col, "unknown time zone \"Asia/Dushambe\": did you mean \"Asia/Dushanbe\"?");
}

#[test]
fn zero_duration() {
    let text = VALID.replacen("\"minutes\": 40", "\"minutes\": 0", 1);
    let (file, err) = load_err("zero.json", &text);
    let (line, col) = end_of(&text, "\"minutes\": 0");
    assert_at(&file, &err, line, col, "a duration must be at least 1 minute, not 0");
}

#[test]
fn negative_duration() {
    let text = VALID.replacen("\"minutes\": 40", "\"minutes\": -15", 1);
    let (file, err) = load_err("neg.json", &text);
    let (line, col) = end_of(&text, "\"minutes\": -15");
    assert_at(&file, &err, line, col, "a duration must be at least 1 minute, not -15");
}

#[test]
fn empty_day() {
    let mut value: serde_json::Value = serde_json::from_str(VALID).unwrap();
    value["days"][0]["items"] = serde_json::json!([]);
    let text = serde_json::to_string_pretty(&value).unwrap();
    let (file, err) = load_err("emptyday.json", &text);
    let (line, col) = end_of(&text, "\"items\": []");
    assert_at(&file, &err, line, col, "days[0].items: this list is empty");
    assert!(err.help.as_deref().unwrap().contains("a day needs at least one item"));
}

#[test]
fn no_days() {
    let mut value: serde_json::Value = serde_json::from_str(VALID).unwrap();
    value["days"] = serde_json::json!([]);
    let (_, err) = load_err("nodays.json", &value.to_string());
    assert!(err.to_string().contains("days: this list is empty"), "{err}");
}

#[test]
fn missing_field() {
    let text = VALID.replacen("\"kind\": \"closing\", ", "", 1);
    let (file, err) = load_err("missing.json", &text);
    assert!(err.to_string().starts_with(&format!("{file}:")), "{err}");
    assert!(err.to_string().contains("missing field \"kind\""), "{err}");
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.json");
    let err = agenda::load(&path).unwrap_err();
    assert_eq!(err.kind, ProblemKind::Missing);
    assert_eq!(err.to_string().lines().next().unwrap(), format!("{}: no such file", path.display()));
}

#[test]
fn directory() {
    let dir = tempfile::tempdir().unwrap();
    let err = agenda::load(dir.path()).unwrap_err();
    assert_eq!(err.kind, ProblemKind::NotAFile);
    assert!(err.to_string().contains("is a folder, not an agenda file"), "{err}");
}

#[test]
fn empty_file() {
    for text in ["", "   \n\t\n"] {
        let (file, err) = load_err("empty.json", text);
        assert_eq!(err.kind, ProblemKind::Empty);
        assert!(err.to_string().starts_with(&format!("{file}: the file is empty")), "{err}");
    }
}

#[test]
fn invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    // "Welcome" typed in a Windows-1251 editor: Cyrillic bytes that are not UTF-8.
    let mut bytes = VALID.replacen("Welcome and purpose", "@@", 1).into_bytes();
    let at = bytes.windows(2).position(|w| w == b"@@").unwrap();
    bytes.splice(at..at + 2, [0xCF, 0xF0, 0xE8]);
    let path = write(dir.path(), "cp1251.json", &bytes);
    let err = agenda::load(&path).unwrap_err();
    let (line, col) = end_of(&VALID.replacen("Welcome and purpose", "@@", 1), "\"@");
    assert_eq!(err.kind, ProblemKind::NotUtf8);
    assert_at(&path.display().to_string(), &err, line, col, "not UTF-8 text (byte 0xCF here)");
}

#[test]
fn file_over_ten_megabytes_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // A sparse file: its size says 11 MB, reading it would take 11 MB of memory.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(11 * 1024 * 1024).unwrap();
    let err = agenda::load(&path).unwrap_err();
    assert_eq!(err.kind, ProblemKind::TooLarge);
    assert!(err.to_string().contains("an agenda is at most 10 MB"), "{err}");
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(VALID.as_bytes());
    assert!(agenda::parse_bytes("bom.json", &bytes).is_ok());
}

#[test]
fn no_mutation_of_a_sample_makes_the_parser_panic() {
    // A small deterministic generator: the same mutations on every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let sample = include_bytes!("../agendas/community-policing-workshop.json");
    for round in 0..3000 {
        let mut bytes = sample.to_vec();
        match round % 4 {
            0 => bytes.truncate((next() as usize) % bytes.len()),
            1 => {
                let i = (next() as usize) % bytes.len();
                bytes[i] ^= 1 << (next() % 8);
            }
            2 => {
                let i = (next() as usize) % bytes.len();
                bytes.insert(i, b"{}[],:\"0-9e"[(next() % 11) as usize]);
            }
            _ => {
                let i = (next() as usize) % bytes.len();
                let n = ((next() as usize) % 40).min(bytes.len() - i);
                bytes.drain(i..i + n);
            }
        }
        if let Err(err) = agenda::parse_bytes("fuzz.json", &bytes) {
            // Every refusal says where, unless the input has no line to point at.
            let shown = err.to_string();
            assert!(shown.starts_with("fuzz.json:"), "{shown}");
        }
    }
}
