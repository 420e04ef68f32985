//! What stopped an agenda from loading, typed, so the loader's message and its help are
//! said in English (what [`super::AgendaError`] shows and the tests read) or in the
//! operator's language. serde's own words (a syntax error, a wrong type) are put into
//! Russian phrase by phrase; anything not known stays as serde wrote it.

use crate::i18n::Lang;
use crate::t;

use super::value_error::ValueError;

/// A file that is neither a folder nor an ordinary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Fifo,
    Device,
    Socket,
    Other,
}

/// Why an agenda did not load. `place` is the field's path in the file
/// (`days[0].items[2].minutes`), empty at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing,
    PermissionDenied,
    /// Any other error reading it (the system's words).
    Unreadable(String),
    Folder,
    NotRegular(Special),
    /// Its size in MB with one decimal.
    TooLarge(String),
    Empty,
    NotUtf8(u8),
    /// serde_json's words for a syntax error.
    Syntax(String),
    Unknown {
        place: String,
        value: bool,
        name: String,
        guess: Option<String>,
        expected: Vec<String>,
    },
    EmptyList {
        place: String,
    },
    MissingField {
        place: String,
        field: String,
    },
    Value {
        place: String,
        error: ValueError,
    },
    /// Any other message of serde's about the data.
    Other {
        place: String,
        message: String,
    },
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Missing => t!(lang, "agenda-missing"),
            Problem::PermissionDenied => t!(lang, "agenda-permission-denied"),
            Problem::Unreadable(e) => t!(lang, "agenda-unreadable", error = e),
            Problem::Folder => t!(lang, "agenda-folder"),
            Problem::NotRegular(special) => {
                let what = match special {
                    Special::Fifo => t!(lang, "agenda-special-fifo"),
                    Special::Device => t!(lang, "agenda-special-device"),
                    Special::Socket => t!(lang, "agenda-special-socket"),
                    Special::Other => t!(lang, "agenda-special-other"),
                };
                t!(lang, "agenda-not-regular", what = what)
            }
            Problem::TooLarge(size) => {
                let max = (super::MAX_AGENDA_BYTES / 1_048_576).to_string();
                t!(lang, "agenda-too-large", size = size, max = max)
            }
            Problem::Empty => t!(lang, "agenda-empty"),
            Problem::NotUtf8(byte) => t!(lang, "agenda-not-utf8", byte = format!("0x{byte:02X}")),
            Problem::Syntax(words) => t!(lang, "agenda-json-syntax", detail = json_words(lang, words)),
            Problem::Unknown { place, value, name, guess, .. } => {
                let said = match (value, guess) {
                    (false, Some(g)) => t!(lang, "agenda-unknown-field-guess", name = name, guess = g),
                    (false, None) => t!(lang, "agenda-unknown-field", name = name),
                    (true, Some(g)) => t!(lang, "agenda-unknown-value-guess", name = name, guess = g),
                    (true, None) => t!(lang, "agenda-unknown-value", name = name),
                };
                format!("{}{said}", prefix(place))
            }
            Problem::EmptyList { place } => format!("{}{}", prefix(place), t!(lang, "agenda-list-empty")),
            Problem::MissingField { place, field } => {
                format!("{}{}", prefix(place), t!(lang, "agenda-missing-field", field = field))
            }
            Problem::Value { place, error } => format!("{}{}", prefix(place), error.message(lang)),
            Problem::Other { place, message } => format!("{}{}", prefix(place), serde_words(lang, message)),
        }
    }

    /// How to fix it, in `lang`, when there is something to say.
    pub fn help(&self, lang: Lang) -> Option<String> {
        let id = match self {
            Problem::Missing => "agenda-missing-help",
            Problem::PermissionDenied => "agenda-permission-denied-help",
            Problem::Unreadable(_) => "agenda-unreadable-help",
            Problem::Folder => "agenda-folder-help",
            Problem::NotRegular(_) => "agenda-not-regular-help",
            Problem::TooLarge(_) => "agenda-too-large-help",
            Problem::Empty => "agenda-empty-help",
            Problem::NotUtf8(_) => "agenda-not-utf8-help",
            Problem::Syntax(words) => syntax_help(words),
            Problem::Unknown { expected, .. } if expected.is_empty() => "agenda-unknown-help-remove",
            Problem::Unknown { expected, .. } => {
                return Some(t!(lang, "agenda-unknown-help-allowed", names = expected.join(", ")));
            }
            Problem::EmptyList { place } if place.ends_with("items") => "agenda-list-empty-items-help",
            Problem::EmptyList { place } if place.ends_with("days") => "agenda-list-empty-days-help",
            Problem::EmptyList { .. } => "agenda-list-empty-help",
            Problem::MissingField { field, .. } => {
                return Some(t!(lang, "agenda-missing-field-help", field = field));
            }
            Problem::Value { .. } | Problem::Other { .. } => return None,
        };
        Some(crate::i18n::tr(lang, id, &[]))
    }
}

fn prefix(place: &str) -> String {
    if place.is_empty() || place == "." { String::new() } else { format!("{place}: ") }
}

/// The help for a syntax error, by serde_json's words for it.
fn syntax_help(words: &str) -> &'static str {
    if words.contains("trailing comma") {
        "agenda-json-help-trailing-comma"
    } else if words.contains("EOF while parsing") {
        "agenda-json-help-eof"
    } else if words.contains("key must be a string") {
        "agenda-json-help-key"
    } else if words.contains("expected value") {
        "agenda-json-help-value"
    } else if words.contains("expected `,`") {
        "agenda-json-help-comma"
    } else if words.contains("trailing characters") {
        "agenda-json-help-trailing-characters"
    } else if words.contains("control character") {
        "agenda-json-help-control"
    } else {
        "agenda-json-help-other"
    }
}

/// serde_json's fixed words for a syntax error, in `lang` (English as serde_json has them).
fn json_words(lang: Lang, words: &str) -> String {
    if lang == Lang::En {
        return words.to_string();
    }
    let id = match words {
        "EOF while parsing a list" => "agenda-json-eof-list",
        "EOF while parsing an object" => "agenda-json-eof-object",
        "EOF while parsing a string" => "agenda-json-eof-string",
        "EOF while parsing a value" => "agenda-json-eof-value",
        "expected `:`" => "agenda-json-expected-colon",
        "expected `,` or `]`" => "agenda-json-expected-list-comma",
        "expected `,` or `}`" => "agenda-json-expected-object-comma",
        "expected ident" => "agenda-json-expected-ident",
        "expected value" => "agenda-json-expected-value",
        "expected `\"`" => "agenda-json-expected-quote",
        "invalid escape" => "agenda-json-invalid-escape",
        "invalid number" => "agenda-json-invalid-number",
        "number out of range" => "agenda-json-number-range",
        "invalid unicode code point" => "agenda-json-invalid-unicode",
        "control character (\\u0000-\\u001F) found while parsing a string" => "agenda-json-control",
        "key must be a string" => "agenda-json-key",
        "lone leading surrogate in hex escape" => "agenda-json-surrogate",
        "trailing comma" => "agenda-json-trailing-comma",
        "trailing characters" => "agenda-json-trailing-characters",
        "unexpected end of hex escape" => "agenda-json-hex-end",
        "recursion limit exceeded" => "agenda-json-recursion",
        _ => return words.to_string(),
    };
    crate::i18n::tr(lang, id, &[])
}

/// serde's other messages about the data ("invalid type: string \"40\", expected a whole
/// number of minutes, e.g. 30"), in `lang`, as far as their phrases are known.
fn serde_words(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    if let Some(field) = message.strip_prefix("duplicate field `").and_then(|m| m.strip_suffix('`')) {
        return t!(lang, "agenda-duplicate-field", field = field);
    }
    let typed = message.strip_prefix("invalid type: ").map(|rest| (rest, "agenda-invalid-type"));
    let valued = || message.strip_prefix("invalid value: ").map(|rest| (rest, "agenda-invalid-value"));
    if let Some((rest, id)) = typed.or_else(valued)
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        let found = unexpected(lang, found);
        let expected = expected_words(lang, expected);
        return crate::i18n::tr_with(lang, id, &[("found", &found), ("expected", &expected)]);
    }
    message.to_string()
}

/// serde's name for what it found: `string "40"`, `integer `5``, `null`, `map` …
fn unexpected(lang: Lang, found: &str) -> String {
    let valued = [
        ("string ", "agenda-found-string"),
        ("integer ", "agenda-found-integer"),
        ("floating point ", "agenda-found-float"),
        ("boolean ", "agenda-found-boolean"),
        ("character ", "agenda-found-character"),
    ];
    for (head, id) in valued {
        if let Some(value) = found.strip_prefix(head) {
            let value = value.trim_matches('`');
            return t!(lang, id, value = value);
        }
    }
    let id = match found {
        "null" => "agenda-found-null",
        "sequence" => "agenda-found-list",
        "map" => "agenda-found-object",
        _ => return found.to_string(),
    };
    crate::i18n::tr(lang, id, &[])
}

/// What serde expected there: a type's name or a visitor's words.
fn expected_words(lang: Lang, expected: &str) -> String {
    if let Some(name) = expected.strip_prefix("struct ") {
        return t!(lang, "agenda-expected-object", name = name);
    }
    let id = match expected {
        "a string" => "agenda-expected-string",
        "a boolean" => "agenda-expected-boolean",
        "a sequence" => "agenda-expected-list",
        "a map" => "agenda-expected-object-any",
        "u8" | "u16" | "u32" | "u64" | "usize" => "agenda-expected-whole",
        "i8" | "i16" | "i32" | "i64" | "isize" => "agenda-expected-integer",
        "f32" | "f64" => "agenda-expected-number",
        "a whole number of minutes, e.g. 30" => "agenda-expected-minutes",
        "a note: a line of text, or a list of lines" => "agenda-expected-note",
        "a roster id such as \"mia-1\", or {\"role\": \"...\"} for someone not on the roster" => {
            "agenda-expected-person"
        }
        _ => return expected.to_string(),
    };
    crate::i18n::tr(lang, id, &[])
}
