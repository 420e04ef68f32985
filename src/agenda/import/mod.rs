//! `convene import`: an agenda a facilitator already has (a CSV saved from Excel or
//! LibreOffice, or a plain-text list such as "09:00 Opening remarks (30)") as an
//! [`Agenda`].
//!
//! Pure: it reads bytes and returns the agenda, or every line that could not be read with
//! what is wrong and how to fix it; the command line does the file IO and the printing.
//! Both formats are read into the same [`Entry`] lines first, so the schedule, the kinds,
//! the roster and the ids are worked out once ([`build`]).

mod build;
mod cells;
mod csv;
mod header;
mod kinds;
mod people;
mod problem;
mod text;

use std::collections::BTreeMap;
use std::fmt;

use crate::agenda::{Agenda, ClockTime, EventDate, ItemKind, Minutes, TimeZoneName};
use crate::i18n::Lang;
use crate::t;

pub use header::Field;
pub use problem::{Column, LengthHint, LineProblem, Note};

/// What the file does not say: the event around its items.
#[derive(Debug, Clone)]
pub struct Options {
    pub title: String,
    /// The first day's date; a date in the file wins, and a day without one follows the
    /// day before.
    pub first_date: EventDate,
    pub time_zone: TimeZoneName,
    pub chatham_house: bool,
}

/// How the file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Columns named by a header line, separated by this byte (`,`, `;` or a tab).
    Csv(u8),
    /// One item a line.
    Text,
}

impl Format {
    /// The format in words, for the summary: "CSV (semicolons)".
    pub fn describe(self, lang: Lang) -> String {
        let id = match self {
            Format::Csv(b';') => "agenda-import-format-semicolons",
            Format::Csv(b'\t') => "agenda-import-format-tabs",
            Format::Csv(_) => "agenda-import-format-commas",
            Format::Text => "agenda-import-format-list",
        };
        crate::i18n::tr(lang, id, &[])
    }
}

/// The agenda read from the file, and what the person importing it should know.
#[derive(Debug, Clone)]
pub struct Imported {
    pub agenda: Agenda,
    pub format: Format,
    /// Items whose kind was guessed from the title (no kind given).
    pub guessed_kinds: usize,
    /// Things read but not used, e.g. a column convene has no place for.
    pub notes: Vec<Note>,
}

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not UTF-8 from this line on.
    NotUtf8 {
        line: usize,
        advice: Advice,
    },
    Utf16 {
        advice: Advice,
    },
    Empty(Empty),
    /// A zip file: a workbook or a document.
    Workbook,
    /// One entry per line that could not be read, in line order.
    Lines(Vec<LineError>),
}

/// How to save the file again as UTF-8: from a spreadsheet, or as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    Csv,
    Text,
}

/// A file without items: a CSV with only its header, or an empty list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    Csv,
    Text,
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        let advice = |a: &Advice| match a {
            Advice::Csv => t!(lang, "agenda-import-advice-csv"),
            Advice::Text => t!(lang, "agenda-import-advice-text"),
        };
        match self {
            ImportError::NotUtf8 { line, advice: a } => {
                t!(lang, "agenda-import-not-utf8", line = line, advice = advice(a))
            }
            ImportError::Utf16 { advice: a } => t!(lang, "agenda-import-utf16", advice = advice(a)),
            ImportError::Empty(Empty::Csv) => t!(lang, "agenda-import-empty-csv"),
            ImportError::Empty(Empty::Text) => t!(lang, "agenda-import-empty-text"),
            ImportError::Workbook => t!(lang, "agenda-import-workbook"),
            ImportError::Lines(lines) => t!(lang, "agenda-import-lines", n = lines.len()),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// A line that could not be read: its number in the file (1-based, the header counted)
/// and everything wrong with it, with how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    /// What is wrong, in English.
    pub message: String,
    pub problems: Vec<LineProblem>,
}

impl LineError {
    /// What is wrong with the line, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let said: Vec<String> = self.problems.iter().map(|p| p.message(lang)).collect();
        said.join("; ")
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for LineError {}

/// The kind an item's title suggests ("Coffee break" is a break), as the import guesses
/// it when no kind is given.
pub fn guess_kind(title: &str) -> ItemKind {
    kinds::guess(title, false)
}

/// Reads `bytes` as an agenda. `extension` (without the dot) chooses the format: "csv"
/// and "tsv" are CSV; anything else is CSV when its first line is a header naming a title
/// column and a start or duration column, and a plain-text list otherwise (Excel's "Text
/// (Tab delimited)" is saved as .txt).
pub fn import(bytes: &[u8], extension: Option<&str>, options: &Options) -> Result<Imported, ImportError> {
    let csv_by_name =
        extension.is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv"));
    // Excel's own files (and LibreOffice's, and Word's) are zip archives.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(ImportError::Workbook);
    }
    let advice = if csv_by_name { Advice::Csv } else { Advice::Text };
    let text = decode(bytes, advice)?;
    // The CSV reader counts lines wrong after a CRLF, and Excel for Mac ends lines with a
    // CR alone: with plain line feeds, every line number is the one an editor shows.
    let text = &text.replace("\r\n", "\n").replace('\r', "\n");
    let is_csv = csv_by_name || csv::looks_like_header(text);
    let mut problems = Problems::default();
    let read = if is_csv { csv::read(text, &mut problems) } else { text::read(text, &mut problems) };
    let built = build::build(read.entries, options, &read.length_hint, &mut problems);
    if !problems.is_empty() {
        return Err(ImportError::Lines(problems.into_lines()));
    }
    let (agenda, guessed_kinds) =
        built.ok_or(ImportError::Empty(if is_csv { Empty::Csv } else { Empty::Text }))?;
    Ok(Imported { agenda, format: read.format, guessed_kinds, notes: read.notes })
}

/// The text of the file: UTF-8, a byte-order mark dropped. Anything else is refused with
/// the line it starts on and how to save the file as UTF-8.
fn decode(bytes: &[u8], advice: Advice) -> Result<&str, ImportError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::Utf16 { advice });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        ImportError::NotUtf8 { line, advice }
    })
}

/// One line of the file as both readers see it.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    /// A new day starts here ("Day 2", a date, a new value in the day column).
    Day {
        line: usize,
        date: Option<EventDate>,
    },
    Item(Row),
}

/// An item as the file gives it; what it leaves out is worked out in [`build`].
#[derive(Debug, Clone, PartialEq, Default)]
struct Row {
    line: usize,
    start: Option<ClockTime>,
    end: Option<ClockTime>,
    minutes: Option<Minutes>,
    title: String,
    kind: Option<ItemKind>,
    speakers: Vec<people::Speaker>,
    section: Option<String>,
    description: Option<String>,
    /// Some part of the line could not be read (and is reported): the schedule makes no
    /// guesses around it, so one mistake is not reported again on the lines after it.
    broken: bool,
}

/// What a reader hands on: the lines, and what to tell the person.
struct Read {
    entries: Vec<Entry>,
    format: Format,
    notes: Vec<Note>,
    /// How to give an item its length in this file, for "add its length" messages.
    length_hint: LengthHint,
}

/// Every problem found, by line; a line with several gets one entry that says them all.
#[derive(Debug, Default)]
struct Problems(BTreeMap<usize, Vec<LineProblem>>);

impl Problems {
    fn add(&mut self, line: usize, problem: LineProblem) {
        self.0.entry(line).or_default().push(problem);
    }

    fn has(&self, line: usize) -> bool {
        self.0.contains_key(&line)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn into_lines(self) -> Vec<LineError> {
        self.0
            .into_iter()
            .map(|(line, problems)| {
                let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
                LineError { line, message: said.join("; "), problems }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines a CSV `text` is refused for.
    pub(super) fn bad(text: &str) -> Vec<LineError> {
        match import(text.as_bytes(), Some("csv"), &options()) {
            Err(ImportError::Lines(lines)) => lines,
            other => panic!("{other:?}"),
        }
    }

    pub(super) fn options() -> Options {
        Options {
            title: "Roundtable".into(),
            first_date: EventDate::parse("2009-04-28").unwrap(),
            time_zone: TimeZoneName::parse("Asia/Dushanbe").unwrap(),
            chatham_house: false,
        }
    }

    #[test]
    fn encodings() {
        let cp1251 = b"title,minutes\nOpening,30\n\xCE\xF2\xEA\xF0\xFB\xF2\xE8\xE5,30\n";
        let err = import(cp1251, Some("csv"), &options()).unwrap_err();
        assert!(matches!(err, ImportError::NotUtf8 { line: 3, .. }), "{err:?}");
        assert!(err.to_string().contains("CSV UTF-8"), "{err}");
        let err = import(b"\xFF\xFEt\0", Some("txt"), &options()).unwrap_err();
        assert!(matches!(err, ImportError::Utf16 { .. }));
        let bom = "\u{feff}title;minutes\r\nOpening;30\r\n";
        let done = import(bom.as_bytes(), Some("csv"), &options()).unwrap();
        assert_eq!(done.format, Format::Csv(b';'));
        assert_eq!(done.agenda.days[0].items[0].title, "Opening");
    }

    #[test]
    fn format_by_name_then_by_content() {
        let csv = b"Time\tTitle\tMinutes\n09:00\tOpening\t\n09:30\tLunch\t60\n";
        assert_eq!(import(csv, Some("txt"), &options()).unwrap().format, Format::Csv(b'\t'));
        let list = b"09:00 Opening, welcome (30)\n";
        assert_eq!(import(list, None, &options()).unwrap().format, Format::Text);
        assert_eq!(import(list, Some("md"), &options()).unwrap().format, Format::Text);
        // Named .csv, it is read as CSV, and a missing header is said to be one.
        let err = import(list, Some("CSV"), &options()).unwrap_err();
        let ImportError::Lines(lines) = err else { panic!("{err:?}") };
        assert_eq!(lines[0].line, 1);
        assert!(lines[0].message.contains("title"), "{}", lines[0].message);
    }

    #[test]
    fn nothing_to_import() {
        assert!(matches!(import(b"", Some("txt"), &options()), Err(ImportError::Empty(_))));
        assert!(matches!(import(b"# only a comment\n\n", None, &options()), Err(ImportError::Empty(_))));
        assert!(matches!(
            import(b"title,minutes\n,,\n ,\n", Some("csv"), &options()),
            Err(ImportError::Empty(_))
        ));
    }

    proptest::proptest! {
        /// Whatever a file holds, reading it ends in an agenda or in messages, never a panic.
        #[test]
        fn never_panics(text in "[0-9:.;,()\\- \n\"a-zа-яё#–]{0,200}", csv: bool) {
            let ext = if csv { Some("csv") } else { None };
            for text in [text.clone(), format!("start;title;minutes;day\n{text}")] {
                // What is read always loads as an agenda: the writer refuses one that would not.
                if let Ok(done) = import(text.as_bytes(), ext, &options()) {
                    let json = serde_json::to_string(&done.agenda).unwrap();
                    proptest::prop_assert!(crate::agenda::parse_str("x", &json).is_ok(), "{json}");
                }
            }
        }
    }
}
