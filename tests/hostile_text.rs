//! A hostile agenda and a hostile note, through every command that prints or writes them:
//! no escape sequence, control character, bidirectional override or zero-width character
//! reaches the terminal or a draft, and the DOCX stays a well-formed document.

use std::path::{Path, PathBuf};
mod common;

use common::cli::convene;

use convene::agenda::Agenda;
use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{EntryKind, Event};
use convene::store::journal;

/// Sets the terminal's title, clears the screen, asks for the cursor position (the answer
/// is typed into the shell), in both 7-bit and C1 forms, plus Word's vertical tab, a NUL,
/// a right-to-left override and a zero-width space.
const TITLE: &str = "Roundtable\u{1b}]0;PWN\u{7}\u{1b}[2J on\u{b}Trust\u{202e}";
const ITEM: &str = "Opening\u{1b}[6n\u{9b}2J\u{0} session";
const NAME: &str = "Abdu\u{200b}llo\u{1b}]2;X\u{1b}\\ev";
const NOTE: &str = "Note\u{1b}]0;PWN\u{7} one\u{b}two\u{202e} three\u{0}\u{7}";

/// What must never be printed or written: the characters, and what is left of a sequence
/// when only its ESC goes.
fn assert_clean(what: &str, text: &str) {
    assert_no_raw(what, text);
    for payload in ["]0;PWN", "[2J", "[6n", "]2;X"] {
        assert!(!text.contains(payload), "{what} holds the payload {payload}:\n{text}");
    }
}

/// None of the characters themselves (a message may show them as `\u001b`).
fn assert_no_raw(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{0}', '\u{b}', '\u{9b}', '\u{202e}', '\u{200b}'] {
        assert!(!text.contains(bad), "{what} holds U+{:04X}:\n{text:?}", u32::from(bad));
    }
}

/// The roundtable with hostile text, as a session recorded before text was cleaned on the
/// way in would hold it (built from JSON, not through the agenda loader, which cleans).
fn hostile_agenda() -> Agenda {
    let mut value = serde_json::to_value(roundtable()).unwrap();
    value["event"]["title"] = TITLE.into();
    value["days"][0]["items"][0]["title"] = ITEM.into();
    value["participants"][0]["name"] = NAME.into();
    serde_json::from_value(value).unwrap()
}

/// A session of that agenda with a hostile note, and a folder whose name is hostile.
fn recorded(data: &Path) -> PathBuf {
    let dir = data.join("sessions").join("2009-04-28-dushanbe-roundtable-2009-ee11");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(data.join("sessions").join("junk\u{1b}]0;PWN\u{7}")).unwrap();
    let mut scribe = Scribe::new("rapporteur-laptop", roundtable_morning());
    let agenda = hostile_agenda();
    let first_item = agenda.days[0].items[0].id.clone();
    let mut records = vec![scribe.start(&agenda)];
    scribe.advance(300);
    records.push(scribe.record(Event::ItemStarted { item: first_item.clone() }));
    scribe.advance(60);
    records.push(scribe.capture(EntryKind::PresentationPoint, NOTE, Some(&first_item)).1);
    let lines: String = records.iter().map(|r| journal::encode(r).unwrap()).collect();
    std::fs::write(dir.join(journal::file_name("rapporteur-laptop")), lines).unwrap();
    dir
}

#[test]
fn sessions_verify_minutes_and_finish_print_no_escape_sequences() {
    let tmp = tempfile::tempdir().unwrap();
    recorded(tmp.path());
    for args in [&["sessions"][..], &["verify", "ee11"], &["finish", "ee11"], &["finish", "ee11"]] {
        let (code, out, err) = convene(Some(tmp.path()), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_clean(&format!("{args:?} stdout"), &out);
        assert_clean(&format!("{args:?} stderr"), &err);
        assert!(out.contains("Roundtable on Trust"), "{args:?}: {out}");
    }
    let (code, out, err) = convene(Some(tmp.path()), &["verify", "junk"]);
    assert_eq!(code, 1);
    assert_clean("verify of a hostile folder name", &format!("{out}{err}"));

    // The minutes keep a note's every character, written as a JSON escape, so printing
    // them harms no terminal; the agenda in the state is cleaned as a loaded agenda is
    // (the journal keeps the session start as it was written).
    let (code, out, err) = convene(Some(tmp.path()), &["minutes", "ee11"]);
    assert_eq!(code, 0, "{err}");
    assert_no_raw("minutes on standard output", &out);
    let minutes: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(minutes["entries"][0]["text"], NOTE);
    assert_eq!(minutes["agenda"]["event"]["title"], convene::safe_text::text(TITLE).as_ref());
}

#[test]
fn the_drafts_carry_no_escape_sequences_and_the_docx_is_well_formed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let (code, out, err) = convene(Some(tmp.path()), &["export", "ee11"]);
    assert_eq!(code, 0, "{err}");
    assert_clean("export's message", &format!("{out}{err}"));
    let md = std::fs::read_to_string(dir.join("report-internal.md")).unwrap();
    assert_clean("the Markdown draft", &md);
    assert!(md.starts_with("# Roundtable on Trust\n"), "{md}");
    assert!(md.contains("Opening session"), "{md}");
    assert!(md.contains("Note one\ntwo three"), "the vertical tab is a line break: {md}");

    let (code, _, err) = convene(Some(tmp.path()), &["export", "ee11", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let json = std::fs::read_to_string(dir.join("report-internal.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_clean("the JSON draft's strings", &strings(&value).join("\n"));

    let (code, _, err) = convene(Some(tmp.path()), &["export", "ee11", "--format", "docx"]);
    assert_eq!(code, 0, "{err}");
    let docx = dir.join("report-internal.docx");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut document = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().to_string();
        if !name.ends_with(".xml") && !name.ends_with(".rels") {
            continue;
        }
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
        if let Err(problem) = well_formed(&xml) {
            panic!("{name} is not well-formed XML: {problem}");
        }
        assert_clean(&name, &xml);
        if name == "word/document.xml" {
            document = xml;
        }
    }
    assert!(document.contains("Roundtable on Trust"), "{document}");
    assert!(document.contains("<w:br"), "the note's line break is a Word line break");
    read_back_with_pandoc(&docx);
}

/// Every string in a JSON value.
fn strings(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(items) => items.iter().flat_map(strings).collect(),
        serde_json::Value::Object(fields) => fields.values().flat_map(strings).collect(),
        _ => vec![],
    }
}

/// Pandoc opens the DOCX as Word and LibreOffice would, and finds the text in it.
fn read_back_with_pandoc(docx: &Path) {
    match std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "plain", "--wrap=none"])
        .arg(docx)
        .output()
    {
        Err(_) => {
            eprintln!("NOTE: pandoc is not installed: the DOCX was checked for well-formed XML only");
        }
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "pandoc could not read the DOCX: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            // (The title goes into pandoc's metadata; the body has the note.)
            assert!(text.contains("Note one") && text.contains("two three"), "{text}");
        }
    }
}

/// A small well-formedness check, enough for what the DOCX writer writes: only characters
/// XML 1.0 allows, every tag closed in order, attributes quoted, entities known.
fn well_formed(xml: &str) -> Result<(), String> {
    if let Some(c) = xml.chars().find(|&c| {
        !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
    }) {
        return Err(format!("U+{:04X} is not allowed in XML 1.0", u32::from(c)));
    }
    let mut open: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt])?;
        let after = &rest[lt..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|i| i + 3)
        } else if after.starts_with("<?") {
            after.find("?>").map(|i| i + 2)
        } else {
            after.find('>').map(|i| i + 1)
        }
        .ok_or("a tag is never closed")?;
        let tag = &after[..end];
        if let Some(name) = tag.strip_prefix("</") {
            let name = name.trim_end_matches('>').trim();
            match open.pop() {
                Some(top) if top == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else if !tag.starts_with("<?") && !tag.starts_with("<!") {
            let inner = tag.trim_start_matches('<').trim_end_matches('>');
            let self_closing = inner.ends_with('/');
            let inner = inner.trim_end_matches('/');
            let name = inner.split_whitespace().next().ok_or("an empty tag")?.to_string();
            if !inner.matches('"').count().is_multiple_of(2) {
                return Err(format!("unbalanced quotes in <{inner}>"));
            }
            if !self_closing {
                open.push(name);
            }
        }
        rest = &after[end..];
    }
    check_text(rest)?;
    match open.as_slice() {
        [] => Ok(()),
        left => Err(format!("never closed: {left:?}")),
    }
}

/// Text between tags: no `<`, and every `&` starts a known entity or a character reference.
fn check_text(text: &str) -> Result<(), String> {
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..];
        let known = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"].iter().any(|e| entity.starts_with(e));
        if !known {
            return Err(format!("a bare & at {:?}", &entity[..entity.len().min(12)]));
        }
    }
    Ok(())
}

#[test]
fn check_warns_of_control_characters_by_field_and_prints_none() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("hostile.json");
    let mut value = serde_json::to_value(hostile_agenda()).unwrap();
    value["days"][0]["items"][1]["description"] = "Pasted from Word:\u{b}second line".into();
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (code, out, err) = convene(None, &["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "warnings never fail the check: {err}");
    assert_clean("check", &format!("{out}{err}"));
    assert!(out.starts_with("Roundtable on Trust\n"), "{out}");
    assert!(out.contains("Opening session"), "{out}");
    let warns = |needle: &str| out.lines().any(|l| l.starts_with("  warning: ") && l.contains(needle));
    assert!(warns("event.title: holds U+001B (escape: removed with its sequence)"), "{out}");
    assert!(warns("U+000B (vertical tab: becomes a line break)"), "{out}");
    assert!(warns("U+202E (bidirectional control: removed)"), "{out}");
    assert!(warns("days[0].items[0].title: holds U+001B"), "{out}");
    assert!(warns("U+009B (escape sequence introducer"), "{out}");
    assert!(warns("U+0000 (null: removed)"), "{out}");
    assert!(warns("participants[0].name: holds U+200B (zero-width character: removed)"), "{out}");
    assert!(warns("days[0].items[1].description: holds U+000B (vertical tab"), "{out}");
    assert!(out.contains("Agenda OK, with"), "{out}");
}

#[test]
fn check_errors_that_quote_the_file_print_no_escape_sequences() {
    let tmp = tempfile::tempdir().unwrap();
    // An unknown field whose name holds a sequence (as a JSON escape), then a line with
    // raw bytes that the error shows.
    let unknown = tmp.path().join("unknown.json");
    std::fs::write(
        &unknown,
        "{\"event\": {\"title\": \"x\", \"time_zone\": \"UTC\"},\n \"da\\u001b[2Jys\": []}\n",
    )
    .unwrap();
    let raw = tmp.path().join("raw.json");
    std::fs::write(&raw, "{\"event\": \u{1b}]0;PWN\u{7}\u{1b}[2J oops}\n").unwrap();
    let named = tmp.path().join("name\u{1b}]0;PWN\u{7}.json");
    for (path, says) in [
        (&unknown, "unknown field \"da\\u001b[2Jys\""),
        (&raw, "{\"event\": \\u001b]0;PWN\\u0007\\u001b[2J oops}"),
        (&named, "no such file"),
    ] {
        let (code, out, err) = convene(None, &["check", path.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert_no_raw("check's error", &format!("{out}{err}"));
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn groups_prints_names_without_escape_sequences() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("hostile.json");
    std::fs::write(&path, serde_json::to_string(&hostile_agenda()).unwrap()).unwrap();
    let (code, out, err) = convene(None, &["groups", path.to_str().unwrap(), "-n", "2", "--seed", "1"]);
    assert_eq!(code, 0, "{err}");
    assert_clean("groups", &format!("{out}{err}"));
    assert!(out.starts_with("Roundtable on Trust: 2 working groups"), "{out}");
    assert!(out.contains("Abdulloev"), "{out}");
}
