//! The small values an imported agenda is written with: times of day ("09:00", "9.00",
//! "9:00 AM", Excel's "09:00:00"), time ranges ("09:00–09:30"), lengths ("30", "30 min",
//! "30 мин", "1 h", "1:30") and dates ("2009-04-29", "29.04.2009").
//!
//! Each parser answers three ways: `None` when the text does not look like such a value at
//! all (so a plain-text line can treat it as part of a title), `Some(Err)` when it does but
//! is wrong ("25:00"), with what to write instead, and `Some(Ok)` otherwise.

use super::LineProblem;
use crate::agenda::{ClockTime, EventDate, Minutes};

/// The dashes people put between two times: hyphen, en dash, em dash, minus sign.
pub(super) const DASHES: [char; 4] = ['-', '–', '—', '−'];

/// A time of day at the start of `s`, and the text after it. Digits right after the
/// minutes ("10.000 people") mean it was a number, not a time.
pub(super) fn time_prefix(s: &str) -> Option<(Result<ClockTime, LineProblem>, &str)> {
    let bytes = s.as_bytes();
    let hour_len = bytes.iter().take(3).take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&hour_len) {
        return None;
    }
    let sep = *bytes.get(hour_len)?;
    if sep != b':' && sep != b'.' {
        return None;
    }
    let minute = bytes.get(hour_len + 1..hour_len + 3)?;
    if !minute.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut end = hour_len + 3;
    let mut seconds = 0;
    // Excel writes times with seconds ("09:00:00").
    if sep == b':'
        && bytes.get(end) == Some(&b':')
        && bytes.get(end + 1..end + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        seconds = digits(s.get(end + 1..end + 3));
        end += 3;
    }
    if bytes.get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (hour, minute) = (digits(s.get(..hour_len)), digits(s.get(hour_len + 1..hour_len + 3)));
    let (half, rest) = am_pm(s.get(end..).unwrap_or(""));
    let text = s.get(..s.len() - rest.len()).unwrap_or(s).trim();
    Some((clock(text, hour, minute, seconds, half), rest))
}

/// A whole cell or token that is a time of day.
pub(super) fn time(s: &str) -> Option<Result<ClockTime, LineProblem>> {
    let (t, rest) = time_prefix(s.trim())?;
    rest.trim().is_empty().then_some(t)
}

/// A start and, for a range, an end; or what is wrong with them.
pub(super) type Range = Result<(ClockTime, Option<ClockTime>), LineProblem>;

/// A start time, or a range "09:00-09:30" (any dash, spaces allowed), at the start of `s`,
/// and the text after it. A dash not followed by a time is left in the rest (it may be
/// "09:00 – Opening").
pub(super) fn range_prefix(s: &str) -> Option<(Range, &str)> {
    let (start, rest) = time_prefix(s)?;
    let after_dash = rest.trim_start().strip_prefix(DASHES).map(str::trim_start);
    if let Some((end, rest)) = after_dash.and_then(time_prefix) {
        let both = start.and_then(|s| end.map(|e| (s, Some(e))));
        return Some((both, rest));
    }
    Some((start.map(|s| (s, None)), rest))
}

/// A whole cell that is a start time or a range.
pub(super) fn range(s: &str) -> Option<Range> {
    let (r, rest) = range_prefix(s.trim())?;
    rest.trim().is_empty().then_some(r)
}

/// A length: "30", "30 min", "30 мин.", "1 h", "2 ч", "1:30" (hours and minutes, as Excel
/// writes a duration, also "1:30:00"). Text that starts with a number but names some
/// other unit ("2 groups") is not a length.
pub(super) fn length(s: &str) -> Option<Result<Minutes, LineProblem>> {
    let s = s.trim();
    let number_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if number_len == 0 {
        return None;
    }
    let (number, unit) = s.split_at(number_len);
    let unit = unit.trim().trim_end_matches('.').to_lowercase();
    let minutes = if unit.starts_with(':') {
        let (t, rest) = time_prefix(s)?;
        if !rest.trim().is_empty() {
            return None;
        }
        // "1:30" as a length is an hour and a half; 00:00 to 23:59 covers any length.
        t.map(|t| t.minutes_of_day() as u64)
    } else {
        let factor = if MINUTE_UNITS.contains(&unit.as_str()) {
            1
        } else if HOUR_UNITS.contains(&unit.as_str()) {
            60
        } else {
            return None;
        };
        // More than six digits is no agenda's length, and would not fit the arithmetic.
        Ok(if number.len() > 6 { u64::MAX } else { u64::from(digits(Some(number))) * factor })
    };
    Some(minutes.and_then(|m| checked_minutes(s, m)))
}

const MINUTE_UNITS: [&str; 12] =
    ["", "m", "min", "mins", "minute", "minutes", "мин", "минут", "минуты", "минута", "м", "'"];
const HOUR_UNITS: [&str; 10] = ["h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов", "часы"];

fn checked_minutes(text: &str, minutes: u64) -> Result<Minutes, LineProblem> {
    u32::try_from(minutes).ok().and_then(Minutes::new).ok_or_else(|| {
        if minutes == 0 {
            LineProblem::NoLength(text.to_string())
        } else {
            LineProblem::TooLong(text.to_string())
        }
    })
}

/// A date at the start of `s` ("2009-04-29", "29.04.2009", "29/04/2009"), and the text
/// after it.
pub(super) fn date_prefix(s: &str) -> Option<(Result<EventDate, LineProblem>, &str)> {
    let parts: Vec<(usize, usize)> = number_runs(s, 3);
    let [(a0, a1), (b0, b1), (c0, c1)] = parts[..] else { return None };
    let part = |from: usize, to: usize| s.get(from..to).unwrap_or("");
    let (sep1, sep2) = (part(a1, b0), part(b1, c0));
    if sep1 != sep2 || !matches!(sep1, "-" | "." | "/") || a0 != 0 {
        return None;
    }
    let rest = part(c1, s.len());
    // More digits after it ("29.04.2009.1", "2009-04-291"): not a date.
    if rest.trim_start_matches('.').starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (y, m, d) = match (a1 - a0, c1 - c0) {
        (4, _) if sep1 == "-" => (part(a0, a1), part(b0, b1), part(c0, c1)),
        (1 | 2, 4) if sep1 != "-" => (part(c0, c1), part(b0, b1), part(a0, a1)),
        _ => return None,
    };
    let iso = format!("{y}-{m:0>2}-{d:0>2}");
    // Said with the date as the file has it, not as it was rewritten to be read.
    let parsed = EventDate::read(&iso).map_err(|e| LineProblem::Date(e.with_text(part(0, c1))));
    Some((parsed, rest))
}

/// A whole cell that is a date.
pub(super) fn date(s: &str) -> Option<Result<EventDate, LineProblem>> {
    let (d, rest) = date_prefix(s.trim())?;
    rest.trim().is_empty().then_some(d)
}

/// The byte ranges of the first `n` runs of ASCII digits in `s`, stopping at the first
/// character that is neither a digit nor one of the separators a date uses.
fn number_runs(s: &str, n: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, Some(b)) => {
                runs.push((b, i));
                start = None;
                if runs.len() == n || !matches!(c, '-' | '.' | '/') {
                    return runs;
                }
            }
            (false, None) => return runs,
        }
    }
    if let Some(b) = start {
        runs.push((b, s.len()));
    }
    runs
}

/// The number that ASCII digits (checked before, at most six) make; 0 for `None`.
fn digits(s: Option<&str>) -> u32 {
    s.unwrap_or("").bytes().fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

#[derive(Clone, Copy)]
enum Half {
    Am,
    Pm,
}

/// An "AM"/"PM" after a time ("9:00 AM", "2.30pm"), as English-locale Excel writes.
fn am_pm(rest: &str) -> (Option<Half>, &str) {
    let trimmed = rest.trim_start();
    for (word, half) in [("am", Half::Am), ("a.m.", Half::Am), ("pm", Half::Pm), ("p.m.", Half::Pm)] {
        let Some(head) = trimmed.get(..word.len()) else { continue };
        let after = trimmed.get(word.len()..).unwrap_or("");
        if head.eq_ignore_ascii_case(word) && !after.starts_with(char::is_alphanumeric) {
            return (Some(half), after);
        }
    }
    (None, rest)
}

fn clock(
    text: &str,
    hour: u32,
    minute: u32,
    seconds: u32,
    half: Option<Half>,
) -> Result<ClockTime, LineProblem> {
    let hour = match half {
        Some(_) if !(1..=12).contains(&hour) => {
            return Err(LineProblem::AmPmHours(text.to_string()));
        }
        Some(Half::Am) => hour % 12,
        Some(Half::Pm) => hour % 12 + 12,
        None => hour,
    };
    if hour > 23 {
        return Err(LineProblem::Hours(text.to_string()));
    }
    if minute > 59 {
        return Err(LineProblem::Minutes(text.to_string()));
    }
    if seconds != 0 {
        return Err(LineProblem::Seconds(text.to_string()));
    }
    // Both fit after the range checks above.
    ClockTime::new(hour as i8, minute as i8).ok_or_else(|| LineProblem::TimeShape(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> String {
        match time(s) {
            Some(Ok(t)) => t.to_string(),
            Some(Err(e)) => format!("error: {e}"),
            None => "none".into(),
        }
    }

    #[test]
    fn times_of_day() {
        assert_eq!(t("09:00"), "09:00");
        assert_eq!(t("9.05"), "09:05");
        assert_eq!(t("09:00:00"), "09:00");
        assert_eq!(t("2:30 PM"), "14:30");
        assert_eq!(t("12:15am"), "00:15");
        assert!(t("25:00").contains("hours run"), "{}", t("25:00"));
        assert!(t("09:61").contains("minutes run"));
        assert!(t("09:00:30").contains("whole minutes"));
        assert!(t("13:00 PM").contains("1 to 12"));
        assert_eq!(t("noon"), "none");
        assert_eq!(t("9"), "none");
        assert_eq!(t("10.000"), "none");
        assert_eq!(t("2.5"), "none");
    }

    #[test]
    fn ranges_and_what_follows() {
        let (r, rest) = range_prefix("09:00–09:30 Opening").unwrap();
        let (a, b) = r.unwrap();
        assert_eq!((a.to_string(), b.map(|b| b.to_string())), ("09:00".into(), Some("09:30".into())));
        assert_eq!(rest, " Opening");
        let (r, rest) = range_prefix("9.00 - 9.30 Opening").unwrap();
        assert_eq!(r.unwrap().1.map(|b| b.to_string()), Some("09:30".into()));
        assert_eq!(rest, " Opening");
        // A dash that separates the time from the title.
        let (r, rest) = range_prefix("09:00 – Opening").unwrap();
        assert!(r.unwrap().1.is_none());
        assert_eq!(rest, " – Opening");
        assert!(range("09:00-25:00").unwrap().is_err());
        assert!(range("Opening").is_none());
    }

    #[test]
    fn lengths() {
        let m = |s: &str| length(s).map(|r| r.map(|m| m.get()).map_err(|e| e.to_string()));
        assert_eq!(m("30"), Some(Ok(30)));
        assert_eq!(m("30 min"), Some(Ok(30)));
        assert_eq!(m("30 мин."), Some(Ok(30)));
        assert_eq!(m("45 минут"), Some(Ok(45)));
        assert_eq!(m("1 h"), Some(Ok(60)));
        assert_eq!(m("2 ч"), Some(Ok(120)));
        assert_eq!(m("1:30"), Some(Ok(90)));
        assert_eq!(m("0:45:00"), Some(Ok(45)));
        assert!(m("0").unwrap().unwrap_err().contains("at least 1 minute"));
        assert!(m("3000").unwrap().unwrap_err().contains("longer than a day"));
        assert!(m("99999999999").unwrap().is_err());
        assert_eq!(m("2 groups"), None);
        assert_eq!(m("half an hour"), None);
    }

    #[test]
    fn dates() {
        let d = |s: &str| date(s).map(|r| r.map(|d| d.to_string()).map_err(|e| e.to_string()));
        assert_eq!(d("2009-04-29"), Some(Ok("2009-04-29".into())));
        assert_eq!(d("29.04.2009"), Some(Ok("2009-04-29".into())));
        assert_eq!(d("1.5.2009"), Some(Ok("2009-05-01".into())));
        assert_eq!(d("29/04/2009"), Some(Ok("2009-04-29".into())));
        let err = d("30.02.2009").unwrap().unwrap_err();
        assert!(err.contains("\"30.02.2009\"") && err.contains("28 days"), "{err}");
        assert_eq!(d("09:00"), None);
        assert_eq!(d("Day 2"), None);
        assert_eq!(d("29.04"), None);
        let (parsed, rest) = date_prefix("29.04.2009 (Tuesday)").unwrap();
        assert!(parsed.is_ok());
        assert_eq!(rest, " (Tuesday)");
    }
}
