//! A plain-text agenda, one item a line, as people type one or paste it out of Word:
//!
//! ```text
//! Day 1 — 28.04.2009
//! 09:00 Opening remarks (30)
//! 09:30-10:15 Keynote: human rights and counter-terrorism
//! Coffee break (15 min)
//! ```
//!
//! An optional start ("09:00", "9.00") or range ("09:00–09:30"), the title, and an
//! optional length in brackets at the end ("(30)", "(30 min)", "(30 мин)"). "Day 2",
//! "День 2" or a date on a line of its own starts a new day; blank lines and lines
//! starting with "#" are skipped; list bullets ("-", "•", "1.") are dropped.

use crate::agenda::EventDate;

use super::{Entry, Format, LengthHint, LineProblem, Problems, Read, Row, cells, people};

pub(super) fn read(text: &str, problems: &mut Problems) -> Read {
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let s = raw.trim();
        if s.is_empty() || s.starts_with('#') {
            continue;
        }
        match day_line(s) {
            Some(Ok(date)) => entries.push(Entry::Day { line, date }),
            Some(Err(e)) => {
                problems.add(line, e);
                entries.push(Entry::Day { line, date: None });
            }
            None => entries.push(Entry::Item(item(line, without_bullet(s), problems))),
        }
    }
    Read { entries, format: Format::Text, notes: Vec::new(), length_hint: LengthHint::List }
}

/// Whether `s` starts a new day, and its date when it gives one: "Day 2", "День 2 —
/// 29.04.2009", "2009-04-29", "29.04.2009 (Tuesday)". Also used for a spreadsheet row
/// that holds only such a title.
pub(super) fn day_line(s: &str) -> Option<Result<Option<EventDate>, LineProblem>> {
    let s = s.trim();
    if let Some((date, rest)) = cells::date_prefix(s) {
        // A weekday may follow the date; anything with numbers in it is an item that
        // would be lost.
        if rest.chars().any(|c| c.is_ascii_digit()) {
            return Some(Err(LineProblem::DateLineGoesOn(rest.trim().to_string())));
        }
        return Some(date.map(Some));
    }
    let mut words = s.split_whitespace();
    let first = words.next()?.trim_end_matches([':', '.', ',']).to_lowercase();
    let number = words.next()?;
    let digits = number.trim_end_matches([':', '.', ',', '—', '–', '-']);
    if !matches!(first.as_str(), "day" | "день")
        || digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // "Day 1 recap (30)" is an item about the day, not a new one.
    if last_bracket(s).is_some_and(|(inside, _)| cells::length(inside).is_some()) {
        return None;
    }
    // "Day 2 — Tuesday, 29.04.2009": a date anywhere after the number is the day's date.
    let after_number = s.find(number).map(|at| at + number.len()).and_then(|at| s.get(at..)).unwrap_or("");
    let date = after_number
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_digit()
                && !after_number.get(..i).is_some_and(|b| b.ends_with(|p: char| p.is_ascii_digit()))
        })
        .find_map(|(i, _)| after_number.get(i..).and_then(cells::date_prefix))
        .map(|(date, _)| date);
    Some(date.transpose())
}

/// The line without a list bullet or number in front: "- ", "• ", "* ", "1. ", "2) ".
fn without_bullet(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix(['-', '•', '*', '–', '—', '·'])
        && rest.starts_with(char::is_whitespace)
    {
        return rest.trim_start();
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let after = s.get(digits..).unwrap_or("");
        if let Some(rest) = after.strip_prefix(['.', ')'])
            && rest.starts_with(char::is_whitespace)
        {
            return rest.trim_start();
        }
    }
    s
}

/// An item line: `[start or range] title [(length)]`.
fn item(line: usize, s: &str, problems: &mut Problems) -> Row {
    let mut row = Row { line, ..Row::default() };
    let rest = match cells::range_prefix(s) {
        Some((Ok((start, end)), rest)) => {
            row.start = Some(start);
            row.end = end;
            rest
        }
        Some((Err(e), rest)) => {
            problems.add(line, e);
            rest
        }
        None => s,
    };
    // "09:00 – Opening", "09:00: Opening", "09:00 | Opening".
    let mut title = rest
        .trim_start()
        .trim_start_matches(|c: char| cells::DASHES.contains(&c) || ":|,".contains(c))
        .trim();
    if let Some((inside, before)) = last_bracket(title) {
        match cells::length(inside) {
            Some(Ok(minutes)) => {
                row.minutes = Some(minutes);
                title = before.trim_end();
            }
            Some(Err(e)) => problems.add(line, e),
            // "Lunch (on the terrace)": the bracket is part of the title.
            None => {}
        }
    }
    row.title = people::collapse(title);
    if row.title.is_empty() {
        problems.add(line, LineProblem::NoTitleInList);
    }
    row.broken = problems.has(line);
    row
}

/// The text inside a bracket that ends `s`, and what comes before the bracket.
fn last_bracket(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_suffix(')')?;
    let open = body.rfind('(')?;
    Some((body.get(open + 1..)?, body.get(..open)?))
}

#[cfg(test)]
mod tests {
    use super::super::tests::options;
    use super::super::{ImportError, import};
    use super::*;

    fn rows(text: &str) -> (Vec<Entry>, Problems) {
        let mut problems = Problems::default();
        let read = read(text, &mut problems);
        (read.entries, problems)
    }

    fn only_item(text: &str) -> Row {
        match rows(text).0.pop() {
            Some(Entry::Item(row)) => row,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn item_lines() {
        let row = only_item("09:00 Opening remarks (30)");
        assert_eq!(row.start.map(|t| t.to_string()).as_deref(), Some("09:00"));
        assert_eq!(row.title, "Opening remarks");
        assert_eq!(row.minutes.map(|m| m.get()), Some(30));
        let row = only_item("9.30–10.15  Keynote (on Zoom)");
        assert_eq!(row.end.map(|t| t.to_string()).as_deref(), Some("10:15"));
        assert_eq!(row.title, "Keynote (on Zoom)");
        assert_eq!(only_item("09:00 – Opening (30 мин)").title, "Opening");
        assert_eq!(only_item("- Lunch (1 h)").minutes.map(|m| m.get()), Some(60));
        assert_eq!(only_item("2. Coffee break").title, "Coffee break");
        assert_eq!(only_item("3.10 Results").start.map(|t| t.to_string()).as_deref(), Some("03:10"));
        assert!(only_item("Group photo").start.is_none());
    }

    #[test]
    fn day_lines() {
        let date = |s: &str| day_line(s).map(|r| r.map(|d| d.map(|d| d.to_string())));
        assert_eq!(date("Day 2"), Some(Ok(None)));
        assert_eq!(date("ДЕНЬ 2:"), Some(Ok(None)));
        assert_eq!(date("Day 2 — Tuesday, 29.04.2009"), Some(Ok(Some("2009-04-29".into()))));
        assert_eq!(date("2009-04-29"), Some(Ok(Some("2009-04-29".into()))));
        assert_eq!(date("29.04.2009 (вторник)"), Some(Ok(Some("2009-04-29".into()))));
        assert!(date("29.04.2009 09:00 Opening").unwrap().is_err());
        assert!(date("31.04.2009").unwrap().is_err());
        assert_eq!(date("Day of action"), None);
        assert_eq!(date("Daylight saving"), None);
        assert_eq!(date("Day 10:00"), None);
        assert_eq!(date("Day 1 recap (30)"), None);
        assert_eq!(date("День 2, вторник"), Some(Ok(None)));
    }

    #[test]
    fn bad_lines_say_what_to_write() {
        let (_, problems) = rows("25:00 Opening (30)\n09:00\n10:00 Talk (0)\n");
        let lines = problems.into_lines();
        assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(lines[0].message.contains("hours run"), "{}", lines[0].message);
        assert!(lines[1].message.contains("no title"), "{}", lines[1].message);
        assert!(lines[2].message.contains("at least 1 minute"), "{}", lines[2].message);
    }

    #[test]
    fn a_two_day_list() {
        let text = "# Roundtable\nDay 1\n09:00 Opening (30)\n09:30 Keynote\n10:30 Coffee break (15)\n\n\
                    11:00 Discussion (60)\nДень 2 — 30.04.2009\n9.00 Working groups (90)\n10.30-11.00 Closing\n";
        let done = import(text.as_bytes(), Some("txt"), &options()).unwrap();
        let days = &done.agenda.days;
        assert_eq!(days.len(), 2);
        assert_eq!(days[0].date.to_string(), "2009-04-28");
        assert_eq!(days[0].start.to_string(), "09:00");
        let d1: Vec<(u32, Option<String>)> =
            days[0].items.iter().map(|i| (i.minutes.get(), i.fixed_start.map(|t| t.to_string()))).collect();
        // The keynote runs to the coffee break; the discussion is fixed at 11:00, after a gap.
        assert_eq!(d1, [(30, None), (60, None), (15, None), (60, Some("11:00".into()))]);
        assert_eq!(days[1].date.to_string(), "2009-04-30");
        assert_eq!(days[1].items[1].minutes.get(), 30);
        assert_eq!(days[1].items[1].id, "d2-closing");
    }

    #[test]
    fn lengths_and_overlaps() {
        let err = |text: &str| match import(text.as_bytes(), Some("txt"), &options()) {
            Err(ImportError::Lines(lines)) => lines,
            other => panic!("{other:?}"),
        };
        let lines = err("09:00 Opening\n");
        assert_eq!(lines[0].line, 1);
        assert!(
            lines[0].message.contains("last item of the day has no length")
                && lines[0].message.contains("(30)")
        );
        let lines = err("09:00 Opening (30)\n09:20 Keynote (30)\n");
        assert_eq!(lines[0].line, 2);
        assert!(
            lines[0].message.contains("09:20") && lines[0].message.contains("09:30"),
            "{}",
            lines[0].message
        );
        let lines = err("09:00-09:30 Opening (45)\n");
        assert!(
            lines[0].message.contains("30 minutes") && lines[0].message.contains("45"),
            "{}",
            lines[0].message
        );
        // One bad line is reported once: the lines around it are not blamed for it.
        let lines = err("09:00 Opening\n25:00 Lunch (60)\n14:00 Panel (60)\n");
        assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [2], "{lines:?}");
        let lines = err("Day 1\nDay 2\n09:00 Opening (30)\nDay 3\n");
        assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [1, 4], "{lines:?}");
    }

    #[test]
    fn the_day_starts_when_the_times_say() {
        let done = import(b"Registration (30)\n09:30 Opening (30)\n", None, &options()).unwrap();
        assert_eq!(done.agenda.days[0].start.to_string(), "09:00");
        let done = import(b"Registration (15)\n10:00 Opening (30)\n", None, &options()).unwrap();
        assert_eq!(done.agenda.days[0].start.to_string(), "09:45");
        assert!(done.agenda.days[0].items[1].fixed_start.is_none());
        let done = import(b"Opening (30)\nKeynote (45)\n", None, &options()).unwrap();
        assert_eq!(done.agenda.days[0].start.to_string(), "09:00");
    }
}
