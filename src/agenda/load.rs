//! Reading an agenda file and turning every way it can be wrong into a message a
//! facilitator can act on: `FILE:LINE:COLUMN: what is wrong`, the line with the place
//! marked, and how to fix it.

// An agenda error is built once, on a cold path, and shown to a person: its size does not
// matter, and boxing it would only make every caller's match noisier.
#![allow(clippy::result_large_err)]

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::model::Agenda;

/// Agenda files above this size are refused before they are read whole.
pub const MAX_AGENDA_BYTES: u64 = 10 * 1024 * 1024;

/// What kind of problem stopped the agenda from loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    Missing,
    Unreadable,
    NotAFile,
    TooLarge,
    Empty,
    NotUtf8,
    Syntax,
    Invalid,
}

/// An agenda that could not be loaded, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaError {
    pub file: String,
    pub kind: ProblemKind,
    /// 1-based line and column (in characters), when the input has them.
    pub location: Option<(usize, usize)>,
    pub message: String,
    pub help: Option<String>,
    /// The offending line with a caret under the place.
    pub snippet: Option<String>,
}

impl std::error::Error for AgendaError {}

impl fmt::Display for AgendaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.file, self.message)?,
            None => write!(f, "{}: {}", self.file, self.message)?,
        }
        if let Some(snippet) = &self.snippet {
            write!(f, "\n{snippet}")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl AgendaError {
    fn plain(file: &str, kind: ProblemKind, message: impl Into<String>, help: &str) -> Self {
        AgendaError {
            file: file.to_string(),
            kind,
            location: None,
            message: message.into(),
            help: Some(help.to_string()),
            snippet: None,
        }
    }
}

/// Reads and parses an agenda file.
pub fn load(path: &Path) -> Result<Agenda, AgendaError> {
    let file = path.display().to_string();
    let bytes = read_limited(path, &file)?;
    parse_bytes(&file, &bytes)
}

fn read_limited(path: &Path, file: &str) -> Result<Vec<u8>, AgendaError> {
    let io_error = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => AgendaError::plain(
            file,
            ProblemKind::Missing,
            "no such file",
            "check the path; the sample agendas are in agendas/",
        ),
        io::ErrorKind::PermissionDenied => AgendaError::plain(
            file,
            ProblemKind::Unreadable,
            "permission denied",
            "make the file readable for your user (chmod u+r) or copy it somewhere you can read",
        ),
        _ => AgendaError::plain(
            file,
            ProblemKind::Unreadable,
            format!("cannot read the file: {e}"),
            "check that the disk or share holding it is available",
        ),
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(AgendaError::plain(
            file,
            ProblemKind::NotAFile,
            "this is a folder, not an agenda file",
            "name a .json file, e.g. agendas/dushanbe-roundtable-2009.json",
        ));
    }
    let too_large = |size: u64| {
        AgendaError::plain(
            file,
            ProblemKind::TooLarge,
            format!(
                "the file is {:.1} MB; an agenda is at most {} MB",
                size as f64 / 1_048_576.0,
                MAX_AGENDA_BYTES / 1_048_576
            ),
            "is this the right file? An agenda of a week with long case studies is well under 1 MB",
        )
    };
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // take() guards against a file that grows (or a device that lies about its size).
    File::open(path).and_then(|f| f.take(MAX_AGENDA_BYTES + 1).read_to_end(&mut bytes)).map_err(io_error)?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses agenda bytes; `file` names the source in messages.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Agenda, AgendaError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by definition of valid_up_to.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(AgendaError {
                file: file.to_string(),
                kind: ProblemKind::NotUtf8,
                location: Some((line, col)),
                message: format!(
                    "the file is not UTF-8 text (byte 0x{:02X} here)",
                    bytes.get(e.valid_up_to()).copied().unwrap_or_default()
                ),
                help: Some(
                    "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); Windows-1251 is a common cause with Russian text".into(),
                ),
                snippet: None,
            });
        }
    };
    parse_str(file, text)
}

/// Parses agenda text; `file` names the source in messages.
pub fn parse_str(file: &str, text: &str) -> Result<Agenda, AgendaError> {
    if text.trim().is_empty() {
        return Err(AgendaError::plain(
            file,
            ProblemKind::Empty,
            "the file is empty",
            "start from a sample in agendas/ or the example in docs/agenda-format.md",
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let agenda = serde_path_to_error::deserialize::<_, Agenda>(&mut de)
        .map_err(|err| describe(file, text, &err.path().to_string(), err.inner()))?;
    de.end().map_err(|err| describe(file, text, "", &err))?;
    Ok(agenda)
}

fn describe(file: &str, text: &str, path: &str, inner: &serde_json::Error) -> AgendaError {
    let raw = inner.to_string();
    let message = match raw.rsplit_once(" at line ") {
        Some((head, _)) => head.to_string(),
        None => raw.clone(),
    };
    let syntax =
        matches!(inner.classify(), serde_json::error::Category::Syntax | serde_json::error::Category::Eof);
    let (message, help) = if syntax { syntax_help(&message) } else { data_help(path, &message) };
    let (mut line, mut byte_col) = (inner.line(), inner.column());
    if message.ends_with("this list is empty") {
        // serde reports an empty list once the enclosing object is done; point at its key.
        if let Some(at) = key_before(text, line, byte_col, path) {
            (line, byte_col) = at;
        }
    }
    let location = (line > 0).then(|| (line, char_column(text, line, byte_col)));
    AgendaError {
        file: file.to_string(),
        kind: if syntax { ProblemKind::Syntax } else { ProblemKind::Invalid },
        location,
        message,
        help,
        snippet: location.and_then(|(l, c)| snippet(text, l, c)),
    }
}

fn syntax_help(message: &str) -> (String, Option<String>) {
    let help = if message.contains("trailing comma") {
        "remove the comma after the last element of the list or object"
    } else if message.contains("EOF while parsing") {
        "the file ends before the JSON is complete: a closing } or ] is missing"
    } else if message.contains("key must be a string") {
        "field names need double quotes: \"title\": ..."
    } else if message.contains("expected value") {
        "JSON has no comments, and text needs double quotes (\"...\"), not single quotes"
    } else if message.contains("expected `,`") {
        "a comma is missing between two elements, or a quote is not closed"
    } else if message.contains("trailing characters") {
        "there is text after the end of the agenda object"
    } else if message.contains("control character") {
        "a line break inside text must be written as \\n"
    } else {
        "check the JSON syntax here"
    };
    (format!("JSON syntax error: {message}"), Some(help.to_string()))
}

fn data_help(path: &str, message: &str) -> (String, Option<String>) {
    let place = if path.is_empty() || path == "." { String::new() } else { format!("{path}: ") };
    if let Some((name, expected)) = unknown_name(message) {
        let what = if message.starts_with("unknown variant") { "unknown value" } else { "unknown field" };
        let guess = closest(&name, &expected);
        let msg = match &guess {
            Some(g) => format!("{place}{what} \"{name}\"; did you mean \"{g}\"?"),
            None => format!("{place}{what} \"{name}\""),
        };
        let help = if expected.is_empty() {
            "remove it".to_string()
        } else {
            format!("allowed here: {}", expected.join(", "))
        };
        return (msg, Some(help));
    }
    if message == "this list is empty" {
        let help = if path.ends_with("items") {
            "a day needs at least one item; remove the day or add its items"
        } else if path.ends_with("days") {
            "an agenda needs at least one day"
        } else {
            "add at least one element"
        };
        return (format!("{place}{message}"), Some(help.to_string()));
    }
    if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        return (
            format!("{place}missing field \"{field}\""),
            Some(format!("add \"{field}\": ... to this object (see docs/agenda-format.md)")),
        );
    }
    (format!("{place}{message}"), None)
}

/// Pulls `name` and the expected names out of serde's "unknown field/variant" messages.
fn unknown_name(message: &str) -> Option<(String, Vec<String>)> {
    if !(message.starts_with("unknown field") || message.starts_with("unknown variant")) {
        return None;
    }
    let mut ticked = message.split('`').skip(1).step_by(2).map(str::to_string);
    let name = ticked.next()?;
    Some((name, ticked.collect()))
}

fn closest(name: &str, candidates: &[String]) -> Option<String> {
    let lower = name.to_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
}

/// Where the empty list of the last `"key"` of `path` before line:col ends.
fn key_before(text: &str, line: usize, byte_col: usize, path: &str) -> Option<(usize, usize)> {
    let key = path.rsplit('.').next()?;
    let offset: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum::<usize>() + byte_col;
    let quoted = format!("\"{key}\"");
    let start = text.get(..offset.min(text.len()))?.rfind(&quoted)?;
    // Point at the closing bracket of the empty list that follows the key.
    let after_key = start + quoted.len();
    let end = text[after_key..].find(']').map_or(after_key, |i| after_key + i + 1);
    let before = &text[..end];
    let l = before.matches('\n').count() + 1;
    let c = end - before.rfind('\n').map_or(0, |i| i + 1);
    Some((l, c))
}

/// serde_json counts columns in bytes; people and editors count characters.
fn char_column(text: &str, line: usize, byte_col: usize) -> usize {
    let Some(src) = text.lines().nth(line - 1) else {
        return byte_col;
    };
    let mut end = byte_col.min(src.len());
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    src[..end].chars().count().max(1)
}

fn snippet(text: &str, line: usize, col: usize) -> Option<String> {
    let src = text.lines().nth(line - 1)?;
    // Keep very long lines readable: show a window around the column.
    let chars: Vec<char> = src.chars().collect();
    let start = col.saturating_sub(60);
    let shown: String = chars.iter().skip(start).take(100).collect();
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    let caret_at = col.saturating_sub(start + 1);
    let lead: String = shown.chars().take(caret_at).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    Some(format!(" {pad} |\n {gutter} | {shown}\n {pad} | {lead}^"))
}
