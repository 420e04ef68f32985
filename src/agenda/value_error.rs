//! Why a small value of an agenda (a time, a date, a time zone, a length) is not what it
//! should be: typed, so the same reason is said in English (its `Display`, which the
//! agenda loader and the tests see) or in the operator's language.

use std::fmt;

use crate::i18n::Lang;
use crate::t;

/// A value that does not read as what its field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Not "HH:MM" at all.
    TimeShape(String),
    /// An hour past 23.
    TimeHours(String),
    /// A minute past 59.
    TimeMinutes(String),
    /// Not "YYYY-MM-DD".
    DateShape(String),
    /// A month that is not 01 to 12.
    DateMonth { text: String, month: i16 },
    /// A day the month does not have.
    DateDays { text: String, days: i8 },
    /// A time zone the time zone database does not know, and the closest one it does.
    UnknownZone { text: String, guess: Option<String> },
    /// A length of zero minutes or less.
    DurationBelowOne(i64),
    /// A length of more than a day.
    DurationTooLong(u64),
    /// A length with a fraction of a minute (the number as written).
    DurationNotWhole(String),
}

impl ValueError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ValueError::TimeShape(text) => t!(lang, "agenda-time-shape", text = text),
            ValueError::TimeHours(text) => t!(lang, "agenda-time-hours", text = text),
            ValueError::TimeMinutes(text) => t!(lang, "agenda-time-minutes", text = text),
            ValueError::DateShape(text) => t!(lang, "agenda-date-shape", text = text),
            ValueError::DateMonth { text, month } => {
                t!(lang, "agenda-date-month", text = text, month = format!("{month:02}"))
            }
            ValueError::DateDays { text, days } => {
                t!(lang, "agenda-date-days", text = text, days = i64::from(*days))
            }
            ValueError::UnknownZone { text, guess: Some(zone) } => {
                t!(lang, "agenda-zone-unknown-guess", text = text, zone = zone)
            }
            ValueError::UnknownZone { text, guess: None } => t!(lang, "agenda-zone-unknown", text = text),
            ValueError::DurationBelowOne(v) => t!(lang, "agenda-duration-below-one", value = v.to_string()),
            ValueError::DurationTooLong(v) => t!(lang, "agenda-duration-too-long", value = v.to_string()),
            ValueError::DurationNotWhole(v) => t!(lang, "agenda-duration-not-whole", value = v),
        }
    }

    /// The same reason, said of `text` as it was written (a date typed "30.02.2009" is read
    /// as "2009-02-30"; the person is told about what they wrote).
    pub fn with_text(self, text: &str) -> ValueError {
        let text = text.to_string();
        match self {
            ValueError::TimeShape(_) => ValueError::TimeShape(text),
            ValueError::TimeHours(_) => ValueError::TimeHours(text),
            ValueError::TimeMinutes(_) => ValueError::TimeMinutes(text),
            ValueError::DateShape(_) => ValueError::DateShape(text),
            ValueError::DateMonth { month, .. } => ValueError::DateMonth { text, month },
            ValueError::DateDays { days, .. } => ValueError::DateDays { text, days },
            ValueError::UnknownZone { guess, .. } => ValueError::UnknownZone { text, guess },
            other => other,
        }
    }

    /// The value error an English message of serde's is, when it is one of these (serde
    /// keeps only the text of a value's error; the text it was made from is in it, and
    /// reading that text again gives the same error, which is how the match is proved).
    pub fn recognise(message: &str) -> Option<ValueError> {
        let again = |found: Option<ValueError>| found.filter(|e| e.to_string() == message);
        if let Some(text) = message.strip_prefix("unknown time zone \"").and_then(|rest| {
            rest.rfind("\": did you mean").or_else(|| rest.rfind("\": use an IANA")).map(|i| &rest[..i])
        }) {
            return again(super::TimeZoneName::read(text).err());
        }
        if let Some(rest) = message.strip_prefix("a duration must be at least 1 minute, not ") {
            return again(rest.parse().ok().map(ValueError::DurationBelowOne));
        }
        if let Some(rest) = message.strip_prefix("a duration is a whole number of minutes, not ") {
            return again(Some(ValueError::DurationNotWhole(rest.to_string())));
        }
        if let Some((number, _)) = message.split_once(" minutes is longer than a day") {
            return again(number.parse().ok().map(ValueError::DurationTooLong));
        }
        let quoted = message.strip_prefix('"')?;
        for (marker, time) in [("\" is not a time of day: ", true), ("\" is not a date: ", false)] {
            // The text may hold quotes itself: every place the marker could end it is tried.
            for (i, _) in quoted.match_indices(marker) {
                let text = &quoted[..i];
                let found = if time {
                    super::ClockTime::read(text).err()
                } else {
                    super::EventDate::read(text).err()
                };
                if let Some(found) = again(found) {
                    return Some(found);
                }
            }
        }
        None
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ValueError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{ClockTime, EventDate, TimeZoneName};

    #[test]
    fn every_reason_is_recognised_from_its_english() {
        let errors = [
            ClockTime::read("noon").unwrap_err(),
            ClockTime::read("25:00").unwrap_err(),
            ClockTime::read("\"9\": 61").unwrap_err(),
            ClockTime::read("12:61").unwrap_err(),
            EventDate::read("28.04.2009").unwrap_err(),
            EventDate::read("2009-13-01").unwrap_err(),
            EventDate::read("2009-02-30").unwrap_err(),
            TimeZoneName::read("Asia/Dushambe").unwrap_err(),
            TimeZoneName::read("Mars/Olympus").unwrap_err(),
            ValueError::DurationBelowOne(-15),
            ValueError::DurationTooLong(3000),
            ValueError::DurationNotWhole("2.5".into()),
        ];
        for e in errors {
            assert_eq!(ValueError::recognise(&e.to_string()), Some(e.clone()), "{e}");
            assert_ne!(e.message(Lang::Ru), e.to_string(), "{e}");
        }
        assert_eq!(ValueError::recognise("invalid type: string \"40\", expected a number"), None);
    }

    #[test]
    fn the_english_is_as_it_was() {
        assert_eq!(
            ClockTime::parse("noon").unwrap_err(),
            "\"noon\" is not a time of day: write it as HH:MM on a 24-hour clock, e.g. \"09:30\" or \"14:00\""
        );
        assert_eq!(
            EventDate::parse("2009-13-01").unwrap_err(),
            "\"2009-13-01\" is not a date: there is no month 13"
        );
        assert_eq!(
            TimeZoneName::parse("Asia/Dushambe").unwrap_err(),
            "unknown time zone \"Asia/Dushambe\": did you mean \"Asia/Dushanbe\"? use an IANA name such as \"Asia/Dushanbe\" or \"Europe/Vienna\""
        );
        assert_eq!(
            ValueError::DurationTooLong(3000).to_string(),
            "3000 minutes is longer than a day: split the item or check the number"
        );
    }
}
