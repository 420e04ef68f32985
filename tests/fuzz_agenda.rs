//! Fuzzing the agenda parser (issue 12): proptest over arbitrary bytes, over JSON-shaped
//! token soup, and over mutations of the sample agendas in agendas/ (bit flips, cut files,
//! inserted and deleted bytes, values moved between fields, huge numbers, deep nesting,
//! control characters, invalid UTF-8, Windows-1251). Mutations of valid files reach much
//! deeper than random bytes: most of them still parse, so the schedule, the warnings, the
//! `convene check` report, the journal record and the minutes made from them are run too.
//!
//! Each property runs a fixed number of cases from a fixed seed, so CI is deterministic and
//! bounded. To search longer or elsewhere: `FUZZ_CASES=20000 FUZZ_SEED=7 cargo test --release
//! --test fuzz_agenda`. A failing input is shrunk, printed, and written whole to a file
//! whose path the failure names.
//!
//! Properties:
//! - nothing panics, whatever the bytes;
//! - every error carries a non-empty message, and a location, when it has one, is inside
//!   the input (1-based line and column, column at most one past the line's end);
//! - no message, warning, `convene check` report or loaded text passes on a character
//!   that acts on a terminal or reorders text (docs/text-safety.md);
//! - an agenda that parses can be planned, linted, reported and grouped without a panic;
//!   it writes back to JSON that parses to the same agenda; its session-start record
//!   survives the journal (encode, scan) and its minutes survive the snapshot format.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::agenda::{self, AgendaError, ProblemKind, schedule};
use convene::session::Session;
use convene::session::testkit::{Scribe, roundtable_morning};
use convene::store::{journal, snapshot};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// The runner: fixed case count and seed, failures written out whole.

/// Input bytes, shown escaped (and cut) when a case fails.
#[derive(Clone)]
struct Input(Vec<u8>);

impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 2000;
        let shown = &self.0[..self.0.len().min(SHOWN)];
        write!(f, "{} bytes: b\"{}\"", self.0.len(), shown.escape_ascii())?;
        if self.0.len() > SHOWN {
            write!(f, " … (cut; the whole input is in the file named below)")?;
        }
        Ok(())
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// Runs `test` on `cases` inputs (or `FUZZ_CASES`) drawn from `strategy` with a fixed seed
/// (or `FUZZ_SEED`); a failure panics with the shrunk input and where it was written.
fn fuzz<S>(
    name: &str,
    cases: u32,
    seed: u64,
    strategy: S,
    test: impl Fn(&[u8]) -> Result<&'static str, TestCaseError>,
) -> Tally
where
    S: Strategy<Value = Input>,
{
    let cases = env_u64("FUZZ_CASES").map_or(cases, |n| u32::try_from(n).unwrap_or(u32::MAX));
    let seed = env_u64("FUZZ_SEED").map_or(seed, |s| s.wrapping_mul(1_000_003).wrapping_add(seed));
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters: 4096,
        max_shrink_time: 30_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let tally = std::cell::RefCell::new(Tally::default());
    let outcome = runner.run(&strategy, |input| {
        let outcome = test(&input.0)?;
        *tally.borrow_mut().0.entry(outcome).or_default() += 1;
        Ok(())
    });
    let tally = tally.into_inner();
    eprintln!("{name}: {cases} cases, seed {seed}: {tally}");
    match outcome {
        Ok(()) => tally,
        Err(TestError::Fail(why, input)) => {
            let input = Input(minimize(input.0, &test));
            let why = fails(&test, &input.0).unwrap_or_else(|| why.to_string());
            let path = std::env::temp_dir().join(format!("convene-fuzz-{name}-{seed}.bin"));
            let written = match std::fs::write(&path, &input.0) {
                Ok(()) => format!("written to {}", path.display()),
                Err(e) => format!("could not be written to {}: {e}", path.display()),
            };
            panic!("{name} (seed {seed}): {why}\nminimal input: {input:?}\nthe input was {written}");
        }
        Err(TestError::Abort(why)) => panic!("{name} (seed {seed}): aborted: {why}"),
    }
}

/// How many cases ended which way ("parsed", "refused: Syntax", …).
#[derive(Debug, Default)]
struct Tally(std::collections::BTreeMap<&'static str, u32>);

impl Tally {
    fn get(&self, outcome: &str) -> u32 {
        self.0.get(outcome).copied().unwrap_or(0)
    }

    fn total(&self) -> u32 {
        self.0.values().sum()
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(k, n)| format!("{k} {n}")).collect();
        f.write_str(&parts.join(", "))
    }
}

/// How `test` fails on `bytes`, panics included; None when it passes.
fn fails<T>(test: &impl Fn(&[u8]) -> Result<T, TestCaseError>, bytes: &[u8]) -> Option<String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(bytes))) {
        Ok(Ok(_)) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(panic) => Some(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "a panic".into()),
        ),
    }
}

/// Cuts bytes out of a failing input while it still fails the same way (the first words of
/// the reason), so the report shows a small input rather than a whole damaged sample.
fn minimize<T>(mut bytes: Vec<u8>, test: &impl Fn(&[u8]) -> Result<T, TestCaseError>) -> Vec<u8> {
    let started = std::time::Instant::now();
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let Some(why) = fails(test, &bytes) else {
        std::panic::set_hook(quiet);
        return bytes;
    };
    let same = |reason: &str| {
        // The first words, numbers left out (a smaller input fails at another line).
        let head = |s: &str| {
            let words: Vec<String> = s
                .split_whitespace()
                .take(5)
                .map(|w| w.chars().filter(|c| !c.is_ascii_digit()).collect())
                .collect();
            words.join(" ")
        };
        head(reason) == head(&why)
    };
    let in_time = || started.elapsed() < std::time::Duration::from_secs(20);
    // Whole lines first, the longest runs first: JSON rarely survives a cut mid-line.
    'lines: while in_time() {
        let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
        for len in (1..=lines.len()).rev() {
            for at in 0..=lines.len() - len {
                let shorter: Vec<u8> = [&lines[..at], &lines[at + len..]].concat().concat();
                if fails(test, &shorter).is_some_and(|r| same(&r)) {
                    bytes = shorter;
                    continue 'lines;
                }
            }
        }
        break;
    }
    let mut chunk = bytes.len().div_ceil(2).max(1);
    while chunk >= 1 && in_time() {
        let mut at = 0;
        let mut cut_any = false;
        while at < bytes.len() {
            let mut shorter = bytes.clone();
            shorter.drain(at..(at + chunk).min(bytes.len()));
            if fails(test, &shorter).is_some_and(|r| same(&r)) {
                bytes = shorter;
                cut_any = true;
            } else {
                at += chunk;
            }
        }
        if !cut_any {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    std::panic::set_hook(quiet);
    bytes
}

// ---------------------------------------------------------------------------------------
// The properties.

const FILE: &str = "fuzz.json";

/// Parses `bytes` and checks whatever came out; says which way it went.
fn check(bytes: &[u8]) -> Result<&'static str, TestCaseError> {
    match agenda::parse_bytes(FILE, bytes) {
        Ok(agenda) => check_agenda(&agenda).map(|()| "parsed"),
        Err(err) => check_error(bytes, &err).map(|()| match err.kind {
            ProblemKind::Syntax => "refused (syntax)",
            ProblemKind::Invalid => "refused (invalid)",
            ProblemKind::NotUtf8 => "refused (not UTF-8)",
            ProblemKind::Empty => "refused (empty)",
            _ => "refused (other)",
        }),
    }
}

fn check_error(bytes: &[u8], err: &AgendaError) -> Result<(), TestCaseError> {
    prop_assert!(!err.message.trim().is_empty(), "an error without a message: {err:?}");
    prop_assert_eq!(err.file.as_str(), FILE);
    let shown = err.to_string();
    prop_assert!(harmless(&shown, true), "the message passes on {:?}: {shown:?}", unsafe_chars(&shown, true));
    prop_assert!(shown.len() > FILE.len() + 2, "an error that shows no message: {shown:?}");
    if let Some((line, column)) = err.location {
        // What the parser saw: the bytes after a byte order mark.
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let lines: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
        prop_assert!(line >= 1 && column >= 1, "location {line}:{column} is not 1-based: {err:?}");
        prop_assert!(
            line <= lines.len(),
            "line {line} is past the end of the input ({} lines): {err:?}",
            lines.len()
        );
        let text = String::from_utf8_lossy(lines[line - 1]);
        let chars = text.trim_end_matches('\r').chars().count() + usize::from(text.ends_with('\r'));
        prop_assert!(
            column <= chars + 1,
            "column {column} is past the end of line {line} ({chars} characters): {err:?}"
        );
    }
    if err.kind == ProblemKind::NotUtf8 {
        prop_assert!(std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).is_err());
    }
    Ok(())
}

/// What `convene check`, `convene groups` and the first record of a session do with a
/// valid agenda.
fn check_agenda(agenda: &agenda::Agenda) -> Result<(), TestCaseError> {
    let plans = schedule::plan(agenda);
    prop_assert_eq!(plans.len(), agenda.days.len());
    let warnings = agenda::warnings(agenda, &plans);
    let report = convene::cli::check::report(agenda, &plans, &warnings);
    prop_assert!(!report.is_empty());
    prop_assert!(harmless(&report, true), "`check` prints {:?}: {report:?}", unsafe_chars(&report, true));
    for w in &warnings {
        let w = w.to_string();
        prop_assert!(harmless(&w, true), "a warning passes on {:?}: {w:?}", unsafe_chars(&w, true));
    }
    // Loading takes such characters out of every text of the agenda (docs/text-safety.md).
    let value = serde_json::to_value(agenda).map_err(|e| TestCaseError::fail(format!("to_value: {e}")))?;
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    for text in texts {
        prop_assert!(
            harmless(&text, true),
            "the loaded agenda keeps {:?} in {text:?}",
            unsafe_chars(&text, true)
        );
    }
    for count in 1..=agenda.participants.len().min(4) {
        let groups = agenda::groups::form(agenda, count, 42);
        prop_assert_eq!(groups.len(), count);
    }

    // It writes back to JSON that reads as the same agenda (the journal and the minutes
    // keep the agenda as JSON: one that does not read back loses the session).
    let json = serde_json::to_string(agenda).map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
    match agenda::parse_str(FILE, &json) {
        Ok(again) => prop_assert!(&again == agenda, "the agenda changed on its way through JSON: {json}"),
        Err(e) => prop_assert!(false, "a parsed agenda does not read back: {e}\n{json}"),
    }

    // The session-start record goes through the journal and the snapshot unchanged.
    let mut scribe = Scribe::new("fuzz-device", roundtable_morning());
    let record = scribe.start(agenda);
    let line = journal::encode(&record).map_err(|e| TestCaseError::fail(format!("encode: {e}")))?;
    let scan = journal::scan(line.as_bytes(), "fuzz-device");
    prop_assert!(scan.is_clean(), "the start record does not scan back: {:?}", scan.bad);
    prop_assert!(scan.records == vec![record.clone()], "the start record changed in the journal");
    let Some(session) = Session::start(&record) else {
        return Err(TestCaseError::fail("Session::start refused a SessionStarted record"));
    };
    let bytes = snapshot::encode(&session).map_err(|e| TestCaseError::fail(format!("snapshot: {e}")))?;
    match snapshot::decode(&bytes) {
        Ok(back) => prop_assert!(back == session, "the minutes changed on their way through minutes.json"),
        Err(e) => prop_assert!(false, "minutes.json of a valid agenda does not read back: {e:?}"),
    }
    Ok(())
}

/// Characters that act on a terminal, break a Word file or reorder what a reader sees:
/// control characters (line feed and tab allowed when `multiline`), DEL, C1 controls,
/// bidirectional embeddings, overrides and isolates, zero-width characters, line and
/// paragraph separators, noncharacters U+FFFE and U+FFFF (docs/text-safety.md).
fn unsafe_chars(text: &str, multiline: bool) -> Vec<char> {
    let bad = |c: char| match c {
        '\n' | '\t' => !multiline,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' => true,
        '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}' => true,
        _ => false,
    };
    let mut found: Vec<char> = text.chars().filter(|&c| bad(c)).collect();
    found.dedup();
    found
}

fn harmless(text: &str, multiline: bool) -> bool {
    unsafe_chars(text, multiline).is_empty()
}

/// Every string in a JSON value, object keys included.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------
// Arbitrary bytes and token soup.

/// Pieces that JSON agendas are made of, so that random input gets past the first byte.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    " ",
    "\n",
    "\t",
    "\r\n",
    "\"",
    "\\",
    "\"\"",
    "null",
    "true",
    "false",
    "0",
    "1",
    "-1",
    "30",
    "1440",
    "1441",
    "1e400",
    "18446744073709551616",
    "2.5",
    "\"event\"",
    "\"days\"",
    "\"items\"",
    "\"title\"",
    "\"time_zone\"",
    "\"Asia/Dushanbe\"",
    "\"date\"",
    "\"2009-04-28\"",
    "\"start\"",
    "\"09:00\"",
    "\"minutes\"",
    "\"kind\"",
    "\"discussion\"",
    "\"id\"",
    "\"participants\"",
    "\"role\"",
    "\"speakers\"",
    "\"fixed_start\"",
    "\"hard_end\"",
    "\"groups\"",
    "\"prompts\"",
    "\"members\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u001b]0;x\\u0007\"",
    "\u{FEFF}",
    "ӣӯҳ",
    "\u{1b}",
    "\u{0}",
    "\u{7f}",
];

fn arbitrary_bytes() -> impl Strategy<Value = Input> {
    prop_oneof![
        vec(any::<u8>(), 0..512).prop_map(Input),
        vec(prop::sample::select(b"{}[]:,\"\\ 0123456789.eE+-ntrufals\n\t\r\x00\xff\xc3".to_vec()), 0..512)
            .prop_map(Input),
        vec(prop::sample::select(TOKENS.to_vec()), 0..200).prop_map(|t| Input(t.concat().into_bytes())),
    ]
}

// ---------------------------------------------------------------------------------------
// Mutations of the samples.

/// The sample agendas (and the agenda schema beside them: valid JSON, not an agenda).
fn samples() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let values: Vec<Value> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect();
    assert!(values.len() >= 3, "the sample agendas are missing from {}", dir.display());
    values
}

/// Raw JSON (or not quite JSON) put in place of a value.
fn raw_values() -> Vec<String> {
    let mut raw: Vec<String> = [
        // numbers at every boundary the agenda's types have
        "0",
        "-0",
        "-1",
        "1",
        "1.5",
        "30.0",
        "1e2",
        "255",
        "256",
        "1439",
        "1440",
        "1441",
        "65535",
        "65536",
        "2147483647",
        "2147483648",
        "-2147483649",
        "4294967295",
        "4294967296",
        "9007199254740993",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "1e308",
        "1e309",
        "-1e999",
        "1e-999",
        "123456789012345678901234567890",
        "0.0000001",
        "1E400",
        "-",
        "01",
        "NaN",
        "Infinity",
        // times, dates, zones, kinds, references
        "\"24:00\"",
        "\"23:59\"",
        "\"00:00\"",
        "\"25:61\"",
        "\"9:5\"",
        "\"-1:00\"",
        "\"12:30:00\"",
        "\"٠٩:٣٠\"",
        "\"2009-02-29\"",
        "\"2008-02-29\"",
        "\"2009-02-30\"",
        "\"0000-01-01\"",
        "\"9999-12-31\"",
        "\"-009999-01-01\"",
        "\"+10000-01-01\"",
        "\"2009-4-28\"",
        "\"２００９-04-28\"",
        "\"UTC\"",
        "\"Etc/GMT+14\"",
        "\"Etc/GMT-14\"",
        "\"Pacific/Kiritimati\"",
        "\"America/St_Johns\"",
        "\"../../../etc/passwd\"",
        "\"Mars/Olympus\"",
        "\"asia/dushanbe\"",
        "\"presentation\"",
        "\"discussion\"",
        "\"working_groups\"",
        "\"report_back\"",
        "\"break\"",
        "\"registration\"",
        "\"@ngo\"",
        "\"@\"",
        "\"mia-1\"",
        "{\"role\":\"\"}",
        "{\"role\":\"police officer\",\"role\":\"x\"}",
        "{\"rol\":1}",
        // strings that are hard on terminals, files and fonts
        "\"\"",
        "\" \"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\udc00x\"",
        "\"\\ud83d\\ude00\"",
        "\"\\u001b]0;PWN\\u0007\\u001b[2J\"",
        "\"\\u202e\\u200b\\u2028\"",
        "\"\u{FEFF}\"",
        "\"ӣӯҳқғҷ Ӯ\"",
        "\"e\\u0301\"",
        "\"\\u000b\\u0007\"",
        "\"\\u009b2J\\u009d0;x\\u009c\"",
        "\"\u{202e}nimda\u{2066}x\u{2069}\u{200b}\u{2060}\u{fffe}\"",
        "\"a\\rb\\u2028c\\u2029\"",
        "\"a\tb\"",
        "\"a\nb\"",
        "\"\u{1b}[31m\"",
        "\"unterminated",
        "'single'",
        "/* comment */ 1",
        "// comment\n1",
        // shapes
        "null",
        "true",
        "false",
        "[]",
        "{}",
        "[null]",
        "{\"\":null}",
        "[1,2,3]",
        "[[]]",
        "[{}]",
        "{",
        "]",
        ",",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    raw.push(format!("\"{}\"", "x".repeat(100_000)));
    raw.push(format!("\"{}\"", "ж".repeat(40_000)));
    for depth in [127, 128, 129, 5_000, 100_000] {
        raw.push(format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        raw.push(format!("{}null{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
    }
    raw.push("[".repeat(100_000));
    raw
}

/// Field names to rename to or add: every name the samples use, and a few they do not.
fn names(samples: &[Value]) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k.clone());
                    walk(v, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    samples.iter().for_each(|s| walk(s, &mut out));
    out.extend(["", "minuts", "Title", "$schema", "__proto__", "тема", "e\u{301}vent"].map(String::from));
    out.sort();
    out.dedup();
    out
}

/// A change to the parsed JSON tree; positions pick a node among all nodes.
#[derive(Debug, Clone)]
enum TreeEdit {
    Replace(Index, Index),
    CopyOver(Index, Index),
    Swap(Index, Index),
    Remove(Index),
    Rename(Index, Index, u8),
    Add(Index, Index, Index),
    Duplicate(Index),
    Empty(Index),
    Wrap(Index, bool),
}

/// A change to the bytes of the file.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(Index, u8),
    Set(Index, u8),
    SetSpecial(Index, Index),
    Insert(Index, Vec<u8>),
    InsertToken(Index, Index),
    Delete(Index, u16),
    Truncate(Index),
    CopyChunk(Index, u16, Index),
    Crlf,
    Bom,
    Cp1251,
}

const SPECIAL_BYTES: &[u8] = &[
    0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x20, b'"', b'\\', b'{', b'}', b'[', b']',
    b',', b':', b'0', b'9', b'-', b'.', b'e', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xD0, 0xE2, 0xED, 0xEF,
    0xF0, 0xF4, 0xF5, 0xFE, 0xFF,
];

fn tree_edit() -> impl Strategy<Value = TreeEdit> {
    let i = || any::<Index>();
    prop_oneof![
        3 => (i(), i()).prop_map(|(a, b)| TreeEdit::Replace(a, b)),
        2 => (i(), i()).prop_map(|(a, b)| TreeEdit::CopyOver(a, b)),
        2 => (i(), i()).prop_map(|(a, b)| TreeEdit::Swap(a, b)),
        2 => i().prop_map(TreeEdit::Remove),
        1 => (i(), i(), any::<u8>()).prop_map(|(a, b, c)| TreeEdit::Rename(a, b, c)),
        1 => (i(), i(), i()).prop_map(|(a, b, c)| TreeEdit::Add(a, b, c)),
        1 => i().prop_map(TreeEdit::Duplicate),
        1 => i().prop_map(TreeEdit::Empty),
        1 => (i(), any::<bool>()).prop_map(|(a, b)| TreeEdit::Wrap(a, b)),
    ]
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let i = || any::<Index>();
    prop_oneof![
        3 => (i(), 0u8..8).prop_map(|(a, b)| ByteEdit::Flip(a, b)),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| ByteEdit::Set(a, b)),
        2 => (i(), i()).prop_map(|(a, b)| ByteEdit::SetSpecial(a, b)),
        1 => (i(), vec(any::<u8>(), 1..16)).prop_map(|(a, b)| ByteEdit::Insert(a, b)),
        2 => (i(), i()).prop_map(|(a, b)| ByteEdit::InsertToken(a, b)),
        2 => (i(), 1u16..64).prop_map(|(a, b)| ByteEdit::Delete(a, b)),
        2 => i().prop_map(ByteEdit::Truncate),
        1 => (i(), 1u16..400, i()).prop_map(|(a, b, c)| ByteEdit::CopyChunk(a, b, c)),
        1 => Just(ByteEdit::Crlf),
        1 => Just(ByteEdit::Bom),
        1 => Just(ByteEdit::Cp1251),
    ]
}

/// Everything a mutation draws from, made once.
struct Dict {
    samples: Vec<Value>,
    raw: Vec<String>,
    names: Vec<String>,
}

fn placeholder(k: usize) -> Value {
    Value::String(format!("\u{0}raw{k}\u{0}"))
}

/// JSON pointers of every node, the root first.
fn pointers(v: &Value) -> Vec<String> {
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

fn parent_of(pointer: &str) -> Option<(&str, String)> {
    let (parent, last) = pointer.rsplit_once('/')?;
    Some((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn is_within(a: &str, b: &str) -> bool {
    a == b || a.starts_with(&format!("{b}/")) || b.starts_with(&format!("{a}/"))
}

fn set(root: &mut Value, pointer: &str, value: Value) {
    if let Some(slot) = root.pointer_mut(pointer) {
        *slot = value;
    }
}

fn apply_tree(dict: &Dict, root: &mut Value, edit: &TreeEdit) {
    let nodes = pointers(root);
    let node = |i: &Index| nodes[i.index(nodes.len())].clone();
    match edit {
        TreeEdit::Replace(at, raw) => set(root, &node(at), placeholder(raw.index(dict.raw.len()))),
        TreeEdit::CopyOver(to, from) => {
            let (to, from) = (node(to), node(from));
            if let Some(v) = root.pointer(&from).cloned() {
                set(root, &to, v);
            }
        }
        TreeEdit::Swap(a, b) => {
            let (a, b) = (node(a), node(b));
            if !is_within(&a, &b)
                && let (Some(va), Some(vb)) = (root.pointer(&a).cloned(), root.pointer(&b).cloned())
            {
                set(root, &a, vb);
                set(root, &b, va);
            }
        }
        TreeEdit::Remove(at) => {
            let at = node(at);
            if let Some((parent, last)) = parent_of(&at) {
                match root.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.shift_remove(&last);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>()
                            && i < items.len()
                        {
                            items.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
        TreeEdit::Rename(at, name, how) => {
            let at = node(at);
            if let Some((parent, last)) = parent_of(&at)
                && let Some(Value::Object(map)) = root.pointer_mut(parent)
                && let Some(v) = map.shift_remove(&last)
            {
                let mut chars: Vec<char> = last.chars().collect();
                let new = match how % 5 {
                    0 => dict.names[name.index(dict.names.len())].clone(),
                    1 if !chars.is_empty() => {
                        chars.remove(name.index(chars.len()));
                        chars.into_iter().collect()
                    }
                    2 => last.to_uppercase(),
                    3 => last.replacen('e', "е", 1), // a Cyrillic е that looks the same
                    _ => format!("{last}s"),
                };
                map.insert(new, v);
            }
        }
        TreeEdit::Add(at, name, raw) => {
            if let Some(Value::Object(map)) = root.pointer_mut(&node(at)) {
                map.insert(
                    dict.names[name.index(dict.names.len())].clone(),
                    placeholder(raw.index(dict.raw.len())),
                );
            }
        }
        TreeEdit::Duplicate(at) => {
            let at = node(at);
            if let Some((parent, last)) = parent_of(&at)
                && let Ok(i) = last.parse::<usize>()
                && let Some(Value::Array(items)) = root.pointer_mut(parent)
                && let Some(v) = items.get(i).cloned()
            {
                items.insert(i + 1, v);
            }
        }
        TreeEdit::Empty(at) => {
            if let Some(slot) = root.pointer_mut(&node(at)) {
                match slot {
                    Value::Array(items) => items.clear(),
                    Value::Object(map) => map.clear(),
                    Value::String(s) => s.clear(),
                    other => *other = Value::Null,
                }
            }
        }
        TreeEdit::Wrap(at, as_list) => {
            let at = node(at);
            if let Some(v) = root.pointer(&at).cloned() {
                let wrapped = if *as_list {
                    Value::Array(vec![v])
                } else {
                    Value::Object([("value".to_string(), v)].into_iter().collect())
                };
                set(root, &at, wrapped);
            }
        }
    }
}

/// Windows-1251 for Cyrillic letters, `?` for what it cannot hold.
fn to_cp1251(bytes: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| match c {
            c if c.is_ascii() => c as u8,
            'А'..='я' => (0xC0 + (c as u32 - 'А' as u32)) as u8,
            'Ё' => 0xA8,
            'ё' => 0xB8,
            _ => b'?',
        })
        .collect()
}

fn apply_bytes(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
    match edit {
        ByteEdit::Flip(i, bit) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] ^= 1 << bit;
            }
        }
        ByteEdit::Set(i, b) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] = *b;
            }
        }
        ByteEdit::SetSpecial(i, b) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] = SPECIAL_BYTES[b.index(SPECIAL_BYTES.len())];
            }
        }
        ByteEdit::Insert(i, chunk) => {
            let p = at(i, bytes.len());
            bytes.splice(p..p, chunk.iter().copied());
        }
        ByteEdit::InsertToken(i, t) => {
            let p = at(i, bytes.len());
            bytes.splice(p..p, TOKENS[t.index(TOKENS.len())].bytes());
        }
        ByteEdit::Delete(i, n) => {
            let p = at(i, bytes.len());
            let end = (p + usize::from(*n)).min(bytes.len());
            bytes.drain(p..end);
        }
        ByteEdit::Truncate(i) => {
            let p = at(i, bytes.len());
            bytes.truncate(p);
        }
        ByteEdit::CopyChunk(from, n, to) => {
            let p = at(from, bytes.len());
            let chunk = bytes[p..(p + usize::from(*n)).min(bytes.len())].to_vec();
            let q = at(to, bytes.len());
            bytes.splice(q..q, chunk);
        }
        ByteEdit::Crlf => {
            *bytes = String::from_utf8_lossy(bytes).replace('\n', "\r\n").into_bytes();
        }
        ByteEdit::Bom => {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
        }
        ByteEdit::Cp1251 => *bytes = to_cp1251(bytes),
    }
}

fn mutate(dict: &Dict, sample: &Index, tree: &[TreeEdit], edits: &[ByteEdit], pretty: bool) -> Vec<u8> {
    let mut root = dict.samples[sample.index(dict.samples.len())].clone();
    for edit in tree {
        apply_tree(dict, &mut root, edit);
    }
    let mut text = if pretty { serde_json::to_string_pretty(&root) } else { serde_json::to_string(&root) }
        .unwrap_or_default();
    // Put the raw values in place of their placeholders, `"\u0000rawK\u0000"`.
    const OPEN: &str = "\"\\u0000raw";
    const CLOSE: &str = "\\u0000\"";
    while let Some(start) = text.find(OPEN) {
        let rest = &text[start + OPEN.len()..];
        let Some(len) = rest.find(CLOSE) else { break };
        let raw =
            rest[..len].parse::<usize>().ok().and_then(|k| dict.raw.get(k)).map_or("null", |r| r.as_str());
        text.replace_range(start..start + OPEN.len() + len + CLOSE.len(), raw);
    }
    let mut bytes = text.into_bytes();
    for edit in edits {
        apply_bytes(&mut bytes, edit);
    }
    bytes
}

fn mutated_samples(tree: usize, bytes: usize) -> impl Strategy<Value = Input> {
    let samples = samples();
    let names = names(&samples);
    let dict = Arc::new(Dict { samples, raw: raw_values(), names });
    (any::<Index>(), vec(tree_edit(), 0..=tree), vec(byte_edit(), 0..=bytes), any::<bool>())
        .prop_map(move |(sample, tree, edits, pretty)| Input(mutate(&dict, &sample, &tree, &edits, pretty)))
}

// ---------------------------------------------------------------------------------------
// The tests.

#[test]
fn the_samples_themselves_pass_every_property() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas");
    for name in
        ["dushanbe-roundtable-2009.json", "community-policing-workshop.json", "steering-working-session.json"]
    {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let agenda = agenda::parse_bytes(name, &bytes).unwrap_or_else(|e| panic!("{e}"));
        check_agenda(&agenda).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_file_cut_after_a_newline_is_located_on_a_real_column() {
    // Found by the fuzzer: serde_json puts an end-of-file error at column 0 of the empty
    // line after the last newline, and the message says "fuzz.json:2:0" with no snippet.
    for cut in ["{\n", "{\r\n", "{\"event\":\n", "[\n\n"] {
        check(cut.as_bytes()).unwrap_or_else(|e| panic!("{cut:?}: {e}"));
    }
}

#[test]
fn arbitrary_bytes_never_panic_and_errors_say_where() {
    fuzz("agenda-bytes", 3_000, 0x5EED_0001, arbitrary_bytes(), check);
}

#[test]
fn edited_json_of_the_samples_never_panics() {
    // Changes to the tree only: still well-formed JSON, so this reaches the agenda's types
    // (values moved between fields, huge numbers, deep nesting, odd strings, typos).
    let tally = fuzz("agenda-tree", 1_500, 0x5EED_0002, mutated_samples(4, 0), check);
    deep_enough(&tally);
}

#[test]
fn damaged_bytes_of_the_samples_never_panic() {
    // Byte damage only: flips, cuts, inserted and deleted bytes, invalid UTF-8, CRLF, BOM.
    let tally = fuzz("agenda-damage", 1_500, 0x5EED_0003, mutated_samples(0, 4), check);
    deep_enough(&tally);
}

#[test]
fn edited_and_damaged_samples_never_panic() {
    let tally = fuzz("agenda-mixed", 1_000, 0x5EED_0004, mutated_samples(3, 3), check);
    assert!(tally.get("refused (invalid)") > 0, "agenda-mixed: {tally}");
}

/// A mutation fuzzer that only ever produces syntax errors tests little: enough of its
/// inputs must parse, and enough must be refused by the agenda's own rules.
fn deep_enough(tally: &Tally) {
    let share = |n: u32| f64::from(n) / f64::from(tally.total().max(1));
    assert!(share(tally.get("parsed")) >= 0.05, "too few mutated agendas parse: {tally}");
    assert!(share(tally.get("refused (invalid)")) >= 0.05, "too few reach the agenda's rules: {tally}");
}

#[test]
fn loading_from_a_file_agrees_with_parsing_bytes() {
    // `load` is what `convene check` and `convene run` call: same answers through a file.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join(FILE);
    fuzz("agenda-load", 150, 0x5EED_0005, mutated_samples(2, 2), |bytes| {
        std::fs::write(&path, bytes).map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
        let loaded = agenda::load(&path);
        let parsed = agenda::parse_bytes(&path.display().to_string(), bytes);
        match (&loaded, &parsed) {
            (Ok(a), Ok(b)) => prop_assert!(a == b),
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "load and parse_bytes disagree: {loaded:?} / {parsed:?}"),
        }
        Ok(if loaded.is_ok() { "parsed" } else { "refused" })
    });
}
