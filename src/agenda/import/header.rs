//! The header line of an agenda CSV: which column holds what, from names in English or
//! Russian, in any case and any order ("Start", "Время начала", "Duration (min)",
//! "Докладчики"), and what to say when the title or every time column is missing.

use super::{Column, LengthHint, LineProblem, Note, Problems, people};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Day,
    Start,
    End,
    Duration,
    Title,
    Kind,
    Speakers,
    Section,
    Description,
}

/// The header names of each field (lower case, "ё" as "е"). A header is read as a field
/// when it is one of these names, or when its words include one ("Duration (min)",
/// "Время начала", "Speaker(s)").
const NAMES: [(Field, &[&str]); 9] = [
    (Field::Day, &["day", "date", "день", "дата"]),
    (Field::Start, &["start", "starts", "begin", "начало", "начала"]),
    (Field::End, &["end", "ends", "finish", "until", "окончание", "окончания", "конец"]),
    (
        Field::Duration,
        &[
            "duration",
            "minutes",
            "length",
            "min",
            "mins",
            "продолжительность",
            "длительность",
            "минут",
            "минуты",
            "мин",
        ],
    ),
    (Field::Title, &["title", "item", "topic", "session", "название", "тема", "пункт", "наименование"]),
    (Field::Kind, &["kind", "type", "вид", "тип"]),
    (
        Field::Speakers,
        &[
            "speakers",
            "speaker",
            "presenter",
            "presenters",
            "докладчик",
            "докладчики",
            "выступающие",
            "выступающий",
            "спикеры",
            "спикер",
        ],
    ),
    (Field::Section, &["section", "раздел", "секция"]),
    (Field::Description, &["description", "notes", "note", "описание", "примечание", "примечания"]),
];

/// Names that say "start" only when no other word of the header says something else:
/// "Time" is the start, "End time" is the end.
const WEAK_START: [&str; 2] = ["time", "время"];

/// What a header names, or `None` for a column convene has no place for.
pub(super) fn field(header: &str) -> Option<Field> {
    let h = normal(header);
    if h.is_empty() {
        return None;
    }
    let is = |names: &[&str], word: &str| names.contains(&word);
    if let Some((f, _)) = NAMES.iter().find(|(_, names)| is(names, &h)) {
        return Some(*f);
    }
    let words: Vec<&str> = h.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut found: Vec<Field> = Vec::new();
    for (f, names) in NAMES {
        if words.iter().any(|w| is(names, w)) && !found.contains(&f) {
            found.push(f);
        }
    }
    match found[..] {
        [one] => Some(one),
        [] if words.iter().any(|w| WEAK_START.contains(w)) => Some(Field::Start),
        // "Start / End", "Title and speakers": not one thing; say so below.
        _ => None,
    }
}

/// Lower case, "ё" as "е", spaces collapsed.
pub(super) fn normal(s: &str) -> String {
    people::collapse(&s.to_lowercase().replace('ё', "е"))
}

/// Which column holds what.
#[derive(Debug, Default)]
pub(super) struct Columns {
    found: Vec<(Field, usize, String)>,
    /// Notes on columns that are not read.
    pub unused: Vec<Note>,
}

impl Columns {
    pub(super) fn from_header(cells: &[&str], line: usize, problems: &mut Problems) -> Option<Columns> {
        let mut columns = Columns::default();
        for (i, header) in cells.iter().enumerate() {
            let Some(f) = field(header) else {
                if !header.is_empty() {
                    let column = Column { number: i + 1, header: header.to_string() };
                    columns.unused.push(Note::Unread(column));
                }
                continue;
            };
            let Some((_, j, other)) = columns.found.iter().find(|(g, _, _)| *g == f).cloned() else {
                columns.found.push((f, i, header.to_string()));
                continue;
            };
            // "Session" beside "Title" is what a roundtable calls its sections.
            let session = |h: &str| matches!(normal(h).as_str(), "session" | "сессия");
            if f == Field::Title
                && columns.col(Field::Section).is_none()
                && (session(header) || session(&other))
            {
                let (section, title) = if session(header) { (i, j) } else { (j, i) };
                let name = |k: usize| cells.get(k).map(|h| h.to_string()).unwrap_or_default();
                columns.found.retain(|(g, _, _)| *g != Field::Title);
                columns.found.push((Field::Title, title, name(title)));
                columns.found.push((Field::Section, section, name(section)));
                continue;
            }
            let first = Column { number: j + 1, header: other };
            let second = Column { number: i + 1, header: header.to_string() };
            problems.add(line, LineProblem::BothGive { first, second, field: f });
        }
        if columns.col(Field::Title).is_none() {
            let found = cells.iter().map(|c| c.to_string()).collect();
            problems.add(line, LineProblem::NoTitleColumn(found));
        }
        if [Field::Start, Field::Duration, Field::End].iter().all(|&f| columns.col(f).is_none()) {
            problems.add(line, LineProblem::NoTimeColumn);
        }
        (!problems.has(line)).then_some(columns)
    }

    pub(super) fn col(&self, f: Field) -> Option<usize> {
        self.found.iter().find(|(g, _, _)| *g == f).map(|(_, i, _)| *i)
    }

    /// The cell of `f` in a row, trimmed ("" when the row is short or has no such column).
    pub(super) fn cell<'a>(&self, cells: &[&'a str], f: Field) -> &'a str {
        self.col(f).and_then(|i| cells.get(i).copied()).unwrap_or("")
    }

    /// The column of `f`, as the header names it (an empty header when there is none).
    pub(super) fn column(&self, f: Field) -> Column {
        self.found
            .iter()
            .find(|(g, _, _)| *g == f)
            .map(|(_, i, h)| Column { number: i + 1, header: h.clone() })
            .unwrap_or(Column { number: 0, header: String::new() })
    }

    pub(super) fn length_hint(&self) -> LengthHint {
        match self.col(Field::Duration) {
            Some(_) => LengthHint::Column(self.column(Field::Duration)),
            None => LengthHint::NoColumn,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::bad;
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(field("Start"), Some(Field::Start));
        assert_eq!(field("Time"), Some(Field::Start));
        assert_eq!(field("Время начала"), Some(Field::Start));
        assert_eq!(field("End time"), Some(Field::End));
        assert_eq!(field("Duration (min)"), Some(Field::Duration));
        assert_eq!(field("Продолжительность, мин."), Some(Field::Duration));
        assert_eq!(field("Speaker(s)"), Some(Field::Speakers));
        assert_eq!(field("ДОКЛАДЧИКИ"), Some(Field::Speakers));
        assert_eq!(field("Session title"), Some(Field::Title));
        assert_eq!(field("Примечание"), Some(Field::Description));
        assert_eq!(field("Room"), None);
        assert_eq!(field("Start / End"), None);
    }

    #[test]
    fn headers_that_cannot_be_read() {
        let lines = bad("Time,Room\n09:00,Hall\n");
        assert_eq!(lines.len(), 1);
        assert!(lines[0].message.contains("no title column") && lines[0].message.contains("\"Room\""));
        let lines = bad("Title,Speakers\nOpening,Anna\n");
        assert!(lines[0].message.contains("no start or duration column"));
        let lines = bad("Time,Start,Title\n09:00,09:00,Opening\n");
        assert!(lines[0].message.contains("columns 1 (\"Time\") and 2 (\"Start\") both give the start"));
    }
}
