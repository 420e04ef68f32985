//! An agenda saved as CSV by Excel or LibreOffice: the first line names the columns (in
//! English or Russian, any case, in any order), every other line is an item.
//!
//! Excel in Russian locales separates with ";" and may put "sep=;" on the first line;
//! "Text (Tab delimited)" separates with tabs: the separator is read off the header line.
//! Cells of a column that a spreadsheet merged (a day, a section) are saved only on their
//! first line, so an empty day or section cell continues the one above.

use super::header::{Columns, Field, field, normal};
use super::{Entry, Format, LengthHint, LineProblem, Problems, Read, Row, cells, kinds, people, text};

/// Whether the first line of `text` is a header this reader understands (two columns or
/// more, one of them the title and one a start, end or duration): how a file that is not
/// named .csv is told from a plain-text list.
pub(super) fn looks_like_header(text: &str) -> bool {
    let Some((_, header, delimiter)) = first_line(text) else { return false };
    let fields: Vec<Option<Field>> = naive_split(header, delimiter).iter().map(|h| field(h)).collect();
    let has = |f: Field| fields.contains(&Some(f));
    fields.len() >= 2 && has(Field::Title) && (has(Field::Start) || has(Field::Duration) || has(Field::End))
}

pub(super) fn read(text: &str, problems: &mut Problems) -> Read {
    let (sep_line, delimiter) = match first_line(text) {
        Some((sep_line, _, delimiter)) => (sep_line, delimiter),
        None => (false, b','),
    };
    let mut read = Read {
        entries: Vec::new(),
        format: Format::Csv(delimiter),
        notes: Vec::new(),
        length_hint: LengthHint::NoColumn,
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut columns: Option<Columns> = None;
    let mut state = Carried::default();
    for (n, record) in reader.records().enumerate() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.add(line, LineProblem::NotCsv(e.to_string()));
                continue;
            }
        };
        let line = record.position().map_or(n + 1, |p| p.line() as usize);
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        // Excel's "sep=;" line is read as cells "sep=" and "" (or "sep=;" with another separator).
        let sep_cell =
            cells.first().is_some_and(|c| c.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("sep=")));
        if columns.is_none() && sep_line && sep_cell {
            continue;
        }
        match &columns {
            None => match Columns::from_header(&cells, line, problems) {
                Some(found) => {
                    read.notes = found.unused.clone();
                    read.length_hint = found.length_hint();
                    columns = Some(found);
                }
                // Without the columns no other line can be read; the header says why.
                None => return read,
            },
            Some(columns) => {
                row(columns, &cells, line, &mut state, &mut read.entries, problems);
            }
        }
    }
    read
}

/// Whether the first line is Excel's "sep=;", the header line, and the separator.
fn first_line(text: &str) -> Option<(bool, &str, u8)> {
    // Lines of empty cells (";;;") above the header say nothing.
    let mut lines = text.lines().filter(|l| l.chars().any(|c| !matches!(c, ' ' | '\t' | ',' | ';' | '"')));
    let first = lines.next()?;
    // Not trimmed at the end: the separator may be a tab.
    let start = first.trim_start();
    let sep = start.get(..4).filter(|h| h.eq_ignore_ascii_case("sep=")).and_then(|_| start.get(4..));
    if let Some(&b) = sep.and_then(|s| s.as_bytes().first()) {
        return Some((true, lines.next().unwrap_or(""), b));
    }
    Some((false, first, delimiter(first)))
}

/// The separator a header line uses: the most frequent of ",", ";" and tab outside
/// quotes; a comma when there is none.
fn delimiter(header: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    // Ties go to the first, the comma.
    counts.iter().fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best }).0
}

/// A header line split without the CSV reader, for [`looks_like_header`] (names hold no
/// separators).
fn naive_split(line: &str, delimiter: u8) -> Vec<String> {
    line.split(char::from(delimiter)).map(|c| c.trim().trim_matches('"').trim().to_string()).collect()
}

/// What an empty cell continues from the lines above.
#[derive(Debug, Default)]
struct Carried {
    day: Option<String>,
    section: Option<String>,
}

/// One item line (or a line that only names a day).
fn row(
    columns: &Columns,
    cells: &[&str],
    line: usize,
    carried: &mut Carried,
    out: &mut Vec<Entry>,
    problems: &mut Problems,
) {
    let get = |f: Field| columns.cell(cells, f);
    let day = get(Field::Day);
    if !day.is_empty() && carried.day.as_deref() != Some(&normal(day)) {
        carried.day = Some(normal(day));
        carried.section = None;
        let date = match cells::date(day) {
            Some(Ok(date)) => Some(date),
            Some(Err(e)) => {
                problems.add(line, e);
                None
            }
            // "Day 2", "Tuesday": a label; the date follows the day before.
            None => None,
        };
        out.push(Entry::Day { line, date });
    }
    let title = people::collapse(get(Field::Title));
    let timed = [Field::Start, Field::End, Field::Duration].iter().any(|&f| !get(f).is_empty());
    // A spreadsheet's "Day 2 — 29.04.2009" row between the days.
    if !timed
        && get(Field::Speakers).is_empty()
        && let Some(date) = text::day_line(&title)
    {
        match date {
            Ok(date) => out.push(Entry::Day { line, date }),
            Err(e) => problems.add(line, e),
        }
        carried.section = None;
        return;
    }
    let mut row = Row { line, title, ..Row::default() };
    if row.title.is_empty() {
        problems.add(line, LineProblem::NoTitleCell(columns.column(Field::Title)));
    }
    let start = get(Field::Start);
    if !start.is_empty() {
        match cells::range(start) {
            Some(Ok((s, e))) => (row.start, row.end) = (Some(s), e),
            Some(Err(e)) => problems.add(line, e),
            None => problems.add(line, LineProblem::StartNotTime(start.to_string())),
        }
    }
    let end = get(Field::End);
    if !end.is_empty() {
        match cells::time(end) {
            Some(Ok(e)) if row.start.is_none() && start.is_empty() => {
                problems.add(line, LineProblem::EndWithoutStart(e.to_string()));
            }
            Some(Ok(e)) => row.end = Some(e),
            Some(Err(e)) => problems.add(line, e),
            None => problems.add(line, LineProblem::EndNotTime(end.to_string())),
        }
    }
    let duration = get(Field::Duration);
    if !duration.is_empty() {
        match cells::length(duration) {
            Some(Ok(m)) => row.minutes = Some(m),
            Some(Err(e)) => problems.add(line, e),
            None => problems.add(line, LineProblem::NotLength(duration.to_string())),
        }
    }
    let kind = get(Field::Kind);
    if !kind.is_empty() {
        match kinds::parse(kind) {
            Ok(k) => row.kind = Some(k),
            Err(e) => problems.add(line, e),
        }
    }
    row.speakers = people::split(get(Field::Speakers));
    let section = people::collapse(get(Field::Section));
    if !section.is_empty() {
        carried.section = Some(section);
    }
    row.section.clone_from(&carried.section);
    let description = get(Field::Description).trim();
    row.description = (!description.is_empty()).then(|| description.to_string());
    row.broken = problems.has(line);
    out.push(Entry::Item(row));
}

#[cfg(test)]
mod tests {
    use super::super::import;
    use super::super::tests::{bad, options};
    use super::*;
    use crate::agenda::ItemKind;

    #[test]
    fn separators() {
        assert_eq!(delimiter("Время;Тема;\"Докладчики, приглашённые\""), b';');
        assert_eq!(delimiter("a,b"), b',');
        assert_eq!(delimiter("a\tb"), b'\t');
        assert_eq!(first_line(";;\nsep=\t\nTitle\tStart"), Some((true, "Title\tStart", b'\t')));
        assert_eq!(first_line("\n ,,\nTitle;Start"), Some((false, "Title;Start", b';')));
    }

    #[test]
    fn reads_a_spreadsheet() {
        let text = "sep=;\nDay;Start;Session;Title;Type;Speakers;Room\n\
                    28.04.2009;09:00;Opening;Welcome;;Anna Petrova (OSCE);Hall\n\
                    ;09:30;Session 1;Human rights and counter-terrorism;доклад;\"John Smith, Anna Petrova\";\n\
                    ;;;;;;\n\
                    ;10:30;;Coffee break;;;\n\
                    ;10:45-12:00;;Discussion;;;\n\
                    Day 2;09:00;;Working groups;working_groups;;\n\
                    ;10:00-10:30;;Closing;;Anna Petrova;\n";
        let done = import(text.as_bytes(), Some("csv"), &options()).unwrap();
        assert_eq!(done.format, Format::Csv(b';'));
        assert_eq!(done.notes, ["column 7 (\"Room\") is not read"]);
        let agenda = &done.agenda;
        assert_eq!(agenda.days.len(), 2);
        assert_eq!(agenda.days[0].date.to_string(), "2009-04-28");
        assert_eq!(agenda.days[1].date.to_string(), "2009-04-29");
        let d1 = &agenda.days[0].items;
        assert_eq!(d1[0].kind, ItemKind::Opening);
        assert_eq!(d1[0].section.as_deref(), Some("Opening"));
        assert_eq!(d1[1].kind, ItemKind::Presentation);
        assert_eq!(d1[1].minutes.get(), 60);
        assert_eq!(d1[2].section.as_deref(), Some("Session 1"), "a merged cell continues");
        assert_eq!(d1[2].kind, ItemKind::Break);
        assert_eq!(d1[3].minutes.get(), 75);
        assert_eq!(agenda.participants.len(), 2);
        assert_eq!(agenda.participants[0].affiliation.as_deref(), Some("OSCE"));
        let closing = &agenda.days[1].items[1];
        assert_eq!(closing.speakers, [crate::agenda::PersonRef::Id("anna-petrova".into())]);
    }

    #[test]
    fn bad_cells_by_line() {
        let text = "Start,Minutes,Title,Kind\r\n09:00,30,Opening,\r\n9h,30,Keynote,\r\n10:00,half,Panel,\r\n11:00,30,Lunch,meal\r\n11:30,30,,\r\n";
        let lines = bad(text);
        assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [3, 4, 5, 6]);
        assert!(lines[0].message.contains("\"9h\" is not a time of day"));
        assert!(lines[1].message.contains("\"half\" is not a length"));
        assert!(lines[2].message.contains("\"meal\" is not a kind"));
        assert!(lines[3].message.contains("no title") && lines[3].message.contains("column 3 (\"Title\")"));
    }

    #[test]
    fn a_quoted_line_break_keeps_the_line_numbers() {
        let text = "Title,Minutes,Description\nOpening,30,\"two\r\nlines\"\r\nLunch,x,\n";
        let lines = bad(text);
        assert_eq!(lines[0].line, 4);
    }
}
