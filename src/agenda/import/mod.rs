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
mod text;

use std::collections::BTreeMap;

use crate::agenda::{Agenda, ClockTime, EventDate, ItemKind, Minutes, TimeZoneName};

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
    pub fn describe(self) -> &'static str {
        match self {
            Format::Csv(b';') => "CSV (semicolons)",
            Format::Csv(b'\t') => "CSV (tabs)",
            Format::Csv(_) => "CSV (commas)",
            Format::Text => "a plain-text list",
        }
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
    pub notes: Vec<String>,
}

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(
        "the file is not UTF-8 text (from line {line} on; it may be Windows-1251 or another older encoding): {advice}"
    )]
    NotUtf8 { line: usize, advice: &'static str },
    #[error("the file is UTF-16 text (Excel's \"Unicode Text\"): {advice}")]
    Utf16 { advice: &'static str },
    #[error("{0}")]
    Empty(&'static str),
    #[error(
        "this is a workbook or document (a zip file: .xlsx, .ods, .docx), not text: open it and save it as CSV (in Excel: \"CSV UTF-8 (Comma delimited)\", in Russian Excel \"CSV UTF-8 (разделитель — запятая)\"; in LibreOffice: Text CSV, character set Unicode (UTF-8)), then import the .csv"
    )]
    Workbook,
    /// One entry per line that could not be read, in line order.
    #[error("{} line{} could not be read", .0.len(), if .0.len() == 1 { "" } else { "s" })]
    Lines(Vec<LineError>),
}

/// A line that could not be read: its number in the file (1-based, the header counted)
/// and everything wrong with it, with how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

const CSV_ADVICE: &str = "in Excel, save it again as \"CSV UTF-8 (Comma delimited)\" (in Russian Excel \"CSV UTF-8 (разделитель — запятая)\"); in LibreOffice, choose the character set \"Unicode (UTF-8)\" when saving as CSV";
const TEXT_ADVICE: &str = "save it again as UTF-8 text (in Word: Plain Text, encoding \"Unicode (UTF-8)\"; in Notepad: Encoding UTF-8)";

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
    let advice = if csv_by_name { CSV_ADVICE } else { TEXT_ADVICE };
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
    let (agenda, guessed_kinds) = built.ok_or(ImportError::Empty(if is_csv {
        "the file has no agenda items: after the header line, write one line per item"
    } else {
        "the file has no agenda items: write one item a line, e.g. \"09:00 Opening remarks (30)\""
    }))?;
    Ok(Imported { agenda, format: read.format, guessed_kinds, notes: read.notes })
}

/// The text of the file: UTF-8, a byte-order mark dropped. Anything else is refused with
/// the line it starts on and how to save the file as UTF-8.
fn decode<'a>(bytes: &'a [u8], advice: &'static str) -> Result<&'a str, ImportError> {
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
    notes: Vec<String>,
    /// How to give an item its length in this file, for "add its length" messages.
    length_hint: String,
}

/// Every problem found, by line; a line with several gets one entry that says them all.
#[derive(Debug, Default)]
struct Problems(BTreeMap<usize, Vec<String>>);

impl Problems {
    fn add(&mut self, line: usize, message: impl Into<String>) {
        self.0.entry(line).or_default().push(message.into());
    }

    fn has(&self, line: usize) -> bool {
        self.0.contains_key(&line)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn into_lines(self) -> Vec<LineError> {
        self.0.into_iter().map(|(line, messages)| LineError { line, message: messages.join("; ") }).collect()
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
