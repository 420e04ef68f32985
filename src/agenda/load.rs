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

use super::lint::Warning;
use super::model::Agenda;
use super::problem::{Problem, Special};
use super::value_error::ValueError;
use crate::i18n::Lang;

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
    /// What is wrong, typed: `message` and `help` are its English.
    pub problem: Problem,
}

impl std::error::Error for AgendaError {}

impl fmt::Display for AgendaError {
    /// Made safe for a terminal (see [`crate::safe_text`]): the message quotes the file's
    /// name and text, which may hold escape sequences.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown(Lang::En, &self.message, self.help.as_deref()))
    }
}

impl AgendaError {
    fn plain(file: &str, kind: ProblemKind, problem: Problem) -> Self {
        Self::new(file, kind, None, problem)
    }

    fn new(file: &str, kind: ProblemKind, location: Option<(usize, usize)>, problem: Problem) -> Self {
        AgendaError {
            file: file.to_string(),
            kind,
            location,
            message: problem.message(Lang::En),
            help: problem.help(Lang::En),
            snippet: None,
            problem,
        }
    }

    /// The whole message in `lang`, as `Display` has it in English: the place, what is
    /// wrong, the line with the place marked, and how to fix it. Safe for a terminal.
    pub fn in_lang(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        self.shown(lang, &self.problem.message(lang), self.problem.help(lang).as_deref())
    }

    fn shown(&self, lang: Lang, message: &str, help: Option<&str>) -> String {
        let mut out = match self.location {
            Some((line, col)) => format!("{}:{line}:{col}: {message}", self.file),
            None => format!("{}: {message}", self.file),
        };
        if let Some(snippet) = &self.snippet {
            out.push('\n');
            out.push_str(snippet);
        }
        if let Some(help) = help {
            out.push_str("\n  ");
            out.push_str(&crate::t!(lang, "agenda-help", help = help));
        }
        crate::safe_text::text(&out).into_owned()
    }
}

/// Reads and parses an agenda file. Its text comes out safe (see [`super::text`]).
pub fn load(path: &Path) -> Result<Agenda, AgendaError> {
    load_checked(path).map(|(agenda, _)| agenda)
}

/// As [`load`], with a warning for each text field that held characters convene leaves
/// out (for `convene check`).
pub fn load_checked(path: &Path) -> Result<(Agenda, Vec<Warning>), AgendaError> {
    let file = path.display().to_string();
    let bytes = read_limited(path, &file)?;
    parse_bytes_checked(&file, &bytes)
}

fn read_limited(path: &Path, file: &str) -> Result<Vec<u8>, AgendaError> {
    let io_error = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => AgendaError::plain(file, ProblemKind::Missing, Problem::Missing),
        io::ErrorKind::PermissionDenied => {
            AgendaError::plain(file, ProblemKind::Unreadable, Problem::PermissionDenied)
        }
        _ => AgendaError::plain(file, ProblemKind::Unreadable, Problem::Unreadable(e.to_string())),
    };
    // Looked at before opening: opening a named pipe waits for a writer, for ever.
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(AgendaError::plain(file, ProblemKind::NotAFile, Problem::Folder));
    }
    if !meta.is_file() {
        return Err(not_regular(file, &meta));
    }
    let too_large = |size: u64| {
        let megabytes = format!("{:.1}", size as f64 / 1_048_576.0);
        AgendaError::plain(file, ProblemKind::TooLarge, Problem::TooLarge(megabytes))
    };
    if meta.len() > MAX_AGENDA_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let opened = File::open(path).map_err(io_error)?;
    // The file may have been swapped for a device between the look and the open.
    if !opened.metadata().map_err(io_error)?.is_file() {
        return Err(not_regular(file, &meta));
    }
    // take() guards against a file that grows.
    opened.take(MAX_AGENDA_BYTES + 1).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > MAX_AGENDA_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// "this is a named pipe, not an agenda file": a FIFO, a device or a socket, which an
/// agenda never is (reading one blocks, or never ends).
fn not_regular(file: &str, meta: &std::fs::Metadata) -> AgendaError {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    let what = if t.is_fifo() {
        Special::Fifo
    } else if t.is_char_device() || t.is_block_device() {
        Special::Device
    } else if t.is_socket() {
        Special::Socket
    } else {
        Special::Other
    };
    AgendaError::plain(file, ProblemKind::NotAFile, Problem::NotRegular(what))
}

/// Parses agenda bytes; `file` names the source in messages.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Agenda, AgendaError> {
    parse_bytes_checked(file, bytes).map(|(agenda, _)| agenda)
}

fn parse_bytes_checked(file: &str, bytes: &[u8]) -> Result<(Agenda, Vec<Warning>), AgendaError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by definition of valid_up_to.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            return Err(AgendaError::new(
                file,
                ProblemKind::NotUtf8,
                Some((line, col)),
                Problem::NotUtf8(byte),
            ));
        }
    };
    parse_checked(file, text)
}

/// Parses agenda text; `file` names the source in messages.
pub fn parse_str(file: &str, text: &str) -> Result<Agenda, AgendaError> {
    parse_checked(file, text).map(|(agenda, _)| agenda)
}

/// Parses agenda text, takes out what convene never passes on, and says where it was.
pub(super) fn parse_checked(file: &str, text: &str) -> Result<(Agenda, Vec<Warning>), AgendaError> {
    if text.trim().is_empty() {
        return Err(AgendaError::plain(file, ProblemKind::Empty, Problem::Empty));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let agenda = serde_path_to_error::deserialize::<_, Agenda>(&mut de)
        .map_err(|err| describe(file, text, &err.path().to_string(), err.inner()))?;
    de.end().map_err(|err| describe(file, text, "", &err))?;
    if !super::text::may_hold_any(text) {
        return Ok((agenda, Vec::new()));
    }
    let warnings = super::text::warnings(&agenda);
    let agenda = if warnings.is_empty() { agenda } else { super::text::cleaned(agenda) };
    Ok((agenda, warnings))
}

fn describe(file: &str, text: &str, path: &str, inner: &serde_json::Error) -> AgendaError {
    // serde quotes the file (an unknown field's name, a wrong value): shown with its
    // control characters as JSON escapes, so the message says what is there.
    let raw = crate::safe_text::visible(&inner.to_string()).into_owned();
    let message = match raw.rsplit_once(" at line ") {
        Some((head, _)) => head.to_string(),
        None => raw.clone(),
    };
    let syntax =
        matches!(inner.classify(), serde_json::error::Category::Syntax | serde_json::error::Category::Eof);
    let problem = if syntax { Problem::Syntax(message) } else { data_problem(path, &message) };
    let (mut line, mut byte_col) = (inner.line(), inner.column());
    if matches!(problem, Problem::EmptyList { .. }) {
        // serde reports an empty list once the enclosing object is done; point at its key.
        if let Some(at) = key_before(text, line, byte_col, path) {
            (line, byte_col) = at;
        }
    }
    if byte_col == 0 && line > 1 {
        // serde puts an end of file just after a newline at column 0 of the empty last
        // line; columns are 1-based: point just past the end of the last line with text.
        let last = text.lines().nth(line - 2).unwrap_or_default();
        (line, byte_col) = (line - 1, last.len() + 1);
    }
    let location = (line > 0).then(|| (line, char_column(text, line, byte_col)));
    let kind = if syntax { ProblemKind::Syntax } else { ProblemKind::Invalid };
    let mut error = AgendaError::new(file, kind, location, problem);
    error.snippet = location.and_then(|(l, c)| snippet(text, l, c));
    error
}

fn data_problem(path: &str, message: &str) -> Problem {
    let place = path.to_string();
    if let Some((name, expected)) = unknown_name(message) {
        let guess = closest(&name, &expected);
        let value = message.starts_with("unknown variant");
        return Problem::Unknown { place, value, name, guess, expected };
    }
    if message == "this list is empty" {
        return Problem::EmptyList { place };
    }
    if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        return Problem::MissingField { place, field: field.to_string() };
    }
    match ValueError::recognise(message) {
        Some(error) => Problem::Value { place, error },
        None => Problem::Other { place, message: message.to_string() },
    }
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
    let caret_at = col.saturating_sub(start + 1);
    let before: String = chars.iter().skip(start).take(caret_at).collect();
    let after: String = chars.iter().skip(start + caret_at).take(100 - caret_at.min(100)).collect();
    // The line is shown with its control characters as JSON escapes (it may hold an
    // escape sequence), tabs kept so the caret lines up under them, and the caret is
    // placed by what is shown.
    let before = crate::safe_text::visible(&before);
    let shown = format!("{before}{}", crate::safe_text::visible(&after));
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    let lead: String = before.chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    Some(format!(" {pad} |\n {gutter} | {shown}\n {pad} | {lead}^"))
}
