//! Characters in an agenda's text that convene never passes on (escape sequences, control
//! characters, bidirectional overrides, zero-width characters; see [`crate::safe_text`]):
//! where they are, for `convene check`, and the agenda without them, which is what every
//! screen, the session's record and the reports get.

use serde_json::Value;

use super::lint::{Place, Warning, WarningKind};
use super::model::Agenda;
use crate::i18n::Lang;
use crate::safe_text;

/// The working language an agenda's titles suggest, for a file written by `convene new`
/// or `convene import`: Russian when they are in Cyrillic, English otherwise (Tajik is
/// written in Cyrillic too; the facilitator changes it in one place).
pub fn language_of<'a>(titles: impl IntoIterator<Item = &'a str>) -> &'static str {
    let (mut cyrillic, mut latin) = (0usize, 0usize);
    for c in titles.into_iter().flat_map(str::chars) {
        match c {
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    if cyrillic > latin { "ru" } else { "en" }
}

/// Whether the agenda's JSON source could hold such a character: JSON has no raw control
/// characters inside strings, so they come as `\u` escapes; the others may also be raw.
/// False for nearly every agenda, which then costs no second look.
pub fn may_hold_any(json: &str) -> bool {
    json.contains("\\u") || !safe_text::flagged(json).is_empty()
}

/// One warning per text field that holds such characters, placed by its path in the file
/// (`days[0].items[2].title`), naming each character and what becomes of it.
pub fn warnings(agenda: &Agenda) -> Vec<Warning> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(agenda) {
        visit(&value, String::new(), &mut out);
    }
    out
}

fn visit(value: &Value, path: String, out: &mut Vec<Warning>) {
    match value {
        Value::String(s) => {
            let flagged = safe_text::flagged(s);
            if !flagged.is_empty() {
                out.push(Warning { place: Place::Field(path), kind: WarningKind::HoldsCharacters(flagged) });
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                visit(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                visit(field, path, out);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// "U+001B (escape: removed with its sequence)" in `lang`: a character [`safe_text`]
/// leaves out and what becomes of it, as [`safe_text::describe`] says it in English.
pub fn describe(lang: Lang, c: char) -> String {
    let id = match c {
        '\u{1b}' => "agenda-char-escape",
        '\u{9b}' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => "agenda-char-introducer",
        '\u{0}' => "agenda-char-null",
        '\u{7}' => "agenda-char-bell",
        '\u{8}' => "agenda-char-backspace",
        '\u{b}' => "agenda-char-vertical-tab",
        '\u{c}' => "agenda-char-form-feed",
        '\u{2028}' | '\u{2029}' => "agenda-char-separator",
        c if safe_text::is_bidi_control(c) => "agenda-char-bidi",
        c if safe_text::is_zero_width(c) => "agenda-char-zero-width",
        '\u{fffe}' | '\u{ffff}' => "agenda-char-not-a-character",
        _ => "agenda-char-control",
    };
    let what = crate::i18n::tr(lang, id, &[]);
    format!("U+{:04X} ({what})", u32::from(c))
}

/// The agenda with every text field made safe by [`safe_text::text`]. Ids are cleaned the
/// same way as the references to them, so they still match.
pub fn cleaned(agenda: Agenda) -> Agenda {
    let Ok(mut value) = serde_json::to_value(&agenda) else { return agenda };
    clean_strings(&mut value);
    // The cleaned text parses as before (only free text changed); should it ever not,
    // the agenda stays as read and every output edge still cleans what it shows.
    serde_json::from_value(value).unwrap_or(agenda)
}

fn clean_strings(value: &mut Value) {
    match value {
        Value::String(s) => safe_text::text_in_place(s),
        Value::Array(items) => items.iter_mut().for_each(clean_strings),
        Value::Object(fields) => fields.values_mut().for_each(clean_strings),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::{load::parse_checked, parse_str};

    const HOSTILE: &str = r#"{"event": {"title": "Round\u001b]0;PWN\u0007table\u000b2009", "time_zone": "UTC"},
        "participants": [{"id": "a\u200b", "role": "judge\u202e"}],
        "days": [{"date": "2026-01-05", "start": "09:00", "items": [
          {"id": "x", "title": "Clear\u001b[2J", "kind": "presentation", "minutes": 5, "speakers": ["a\u200b"]}]}]}"#;

    #[test]
    fn each_field_is_named_with_its_characters() {
        let (_, warnings) = parse_checked("t.json", HOSTILE).unwrap();
        let w: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        let has = |needle: &str| w.iter().any(|m| m.contains(needle));
        assert!(has("event.title: holds U+001B (escape: removed with its sequence), U+0007"), "{w:#?}");
        assert!(has("U+000B (vertical tab: becomes a line break)"), "{w:#?}");
        assert!(has("participants[0].id: holds U+200B (zero-width"), "{w:#?}");
        assert!(has("participants[0].role: holds U+202E (bidirectional control"), "{w:#?}");
        assert!(has("days[0].items[0].title: holds U+001B"), "{w:#?}");
        assert!(has("days[0].items[0].speakers[0]: holds U+200B"), "{w:#?}");
        assert_eq!(w.len(), 5, "{w:#?}");
    }

    #[test]
    fn the_agenda_comes_out_clean_and_its_ids_still_match() {
        let agenda = parse_str("t.json", HOSTILE).unwrap();
        assert_eq!(agenda.event.title, "Roundtable\n2009");
        assert_eq!(agenda.days[0].items[0].title, "Clear");
        assert_eq!(agenda.participants[0].role, "judge");
        let speaker = agenda.days[0].items[0].speakers[0].roster_id();
        assert_eq!(speaker, Some("a"));
        assert!(agenda.participant("a").is_some());
    }

    #[test]
    fn characters_are_described_as_safe_text_does_in_english() {
        use crate::i18n::Lang;
        for c in ['\u{1b}', '\u{9b}', '\u{0}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{2028}', '\u{202e}']
            .into_iter()
            .chain(['\u{2066}', '\u{200b}', '\u{feff}', '\u{fffe}', '\u{1}', '\u{85}'])
        {
            assert_eq!(super::describe(Lang::En, c), crate::safe_text::describe(c), "{c:?}");
            assert_ne!(super::describe(Lang::Ru, c), crate::safe_text::describe(c), "{c:?}");
        }
    }

    #[test]
    fn a_clean_agenda_has_no_text_warnings() {
        let text = std::fs::read_to_string("agendas/dushanbe-roundtable-2009.json").unwrap();
        assert!(parse_checked("d.json", &text).unwrap().1.is_empty());
    }
}
