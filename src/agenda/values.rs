//! Small value types of the agenda that check themselves while the file is parsed, so a
//! bad time or date is reported at its own line and column.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use jiff::civil::{Date, Time};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::value_error::ValueError;

/// A time of day written "HH:MM", 00:00 to 23:59.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(Time);

impl ClockTime {
    pub fn new(hour: i8, minute: i8) -> Option<Self> {
        Time::new(hour, minute, 0, 0).ok().map(ClockTime)
    }

    pub fn time(self) -> Time {
        self.0
    }

    /// Minutes since midnight, handy for schedule arithmetic.
    pub fn minutes_of_day(self) -> i64 {
        i64::from(self.0.hour()) * 60 + i64::from(self.0.minute())
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        Self::read(text).map_err(|e| e.to_string())
    }

    /// As [`ClockTime::parse`], with the reason typed, to be said in any language.
    pub fn read(text: &str) -> Result<Self, ValueError> {
        let bad = || ValueError::TimeShape(text.to_string());
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let hour: u32 = h.parse().map_err(|_| bad())?;
        let minute: u32 = m.parse().map_err(|_| bad())?;
        if hour > 23 {
            return Err(ValueError::TimeHours(text.to_string()));
        }
        if minute > 59 {
            return Err(ValueError::TimeMinutes(text.to_string()));
        }
        // Both fit in i8 after the range checks above.
        ClockTime::new(hour as i8, minute as i8).ok_or_else(bad)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ClockTime::read(&text).map_err(de::Error::custom)
    }
}

impl JsonSchema for ClockTime {
    fn schema_name() -> Cow<'static, str> {
        "ClockTime".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$",
            "description": "A time of day, HH:MM on a 24-hour clock."
        })
    }
}

/// A calendar date written "YYYY-MM-DD" that exists (no 30 February).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventDate(Date);

impl EventDate {
    pub fn date(self) -> Date {
        self.0
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        Self::read(text).map_err(|e| e.to_string())
    }

    /// As [`EventDate::parse`], with the reason typed, to be said in any language.
    pub fn read(text: &str) -> Result<Self, ValueError> {
        let shape_ok = text.len() == 10
            && text.bytes().enumerate().all(
                |(i, b)| {
                    if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() }
                },
            );
        if !shape_ok {
            return Err(ValueError::DateShape(text.to_string()));
        }
        // The shape check above makes these parses infallible in practice; map anyway.
        let num = |r: std::ops::Range<usize>| text[r].parse::<i16>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        if !(1..=12).contains(&m) {
            return Err(ValueError::DateMonth { text: text.to_string(), month: m });
        }
        Date::new(y, m as i8, d as i8).map(EventDate).map_err(|_| {
            let days = Date::new(y, m as i8, 1).map(|first| first.days_in_month()).unwrap_or(31);
            ValueError::DateDays { text: text.to_string(), days }
        })
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        EventDate::read(&text).map_err(de::Error::custom)
    }
}

impl JsonSchema for EventDate {
    fn schema_name() -> Cow<'static, str> {
        "EventDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD."
        })
    }
}

/// An IANA time zone name that the bundled time zone database knows, with its rules
/// looked up once (screens convert times every frame).
#[derive(Debug, Clone)]
pub struct TimeZoneName(String, jiff::tz::TimeZone);

impl PartialEq for TimeZoneName {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for TimeZoneName {}

impl TimeZoneName {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn time_zone(&self) -> jiff::tz::TimeZone {
        self.1.clone()
    }

    /// The zone itself, to ask it something without a copy.
    pub fn zone(&self) -> &jiff::tz::TimeZone {
        &self.1
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        Self::read(text).map_err(|e| e.to_string())
    }

    /// As [`TimeZoneName::parse`], with the reason typed, to be said in any language.
    pub fn read(text: &str) -> Result<Self, ValueError> {
        match jiff::tz::TimeZone::get(text) {
            Ok(tz) => Ok(TimeZoneName(text.to_string(), tz)),
            Err(_) => Err(ValueError::UnknownZone { text: text.to_string(), guess: closest_zone(text) }),
        }
    }
}

impl TimeZoneName {
    /// The zone of a city given alone ("Bishkek", "new york"), when exactly one zone is
    /// named after it: for questions a person answers, not for agenda files, which keep the
    /// full name.
    pub fn from_city(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase().replace(' ', "_");
        if wanted.is_empty() || wanted.contains('/') {
            return None;
        }
        let mut found = jiff::tz::db().available().filter(|name| {
            let full = name.as_str().to_lowercase();
            full.contains('/')
                && !full.starts_with("etc/")
                && full.rsplit('/').next() == Some(wanted.as_str())
        });
        let first = found.next()?;
        // "Kiev" and "Kyiv", or a link kept for old names, are one place; any other second
        // match makes the city ambiguous.
        if found.any(|other| {
            jiff::tz::TimeZone::get(other.as_str()).ok() != jiff::tz::TimeZone::get(first.as_str()).ok()
        }) {
            return None;
        }
        TimeZoneName::parse(first.as_str()).ok()
    }
}

fn closest_zone(text: &str) -> Option<String> {
    let wanted = text.trim().to_lowercase().replace(' ', "_");
    // A city alone ("Bishkek", "new york") is matched against the place part of each name,
    // the way people say where they are.
    let city = !wanted.contains('/');
    jiff::tz::db()
        .available()
        .map(|name| {
            let full = name.as_str().to_lowercase();
            let place = full.rsplit('/').next().unwrap_or(&full).to_string();
            let score = if city {
                strsim::jaro_winkler(&wanted, &place).max(strsim::jaro_winkler(&wanted, &full))
            } else {
                strsim::jaro_winkler(&wanted, &full)
            };
            (score, name.as_str().to_string())
        })
        .filter(|(score, _)| *score > 0.85)
        // Ties go to the shorter, canonical-looking name ("Asia/Bishkek" before "Etc/...").
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.len().cmp(&a.1.len())))
        .map(|(_, name)| name)
}

impl Serialize for TimeZoneName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TimeZoneName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TimeZoneName::read(&text).map_err(de::Error::custom)
    }
}

impl JsonSchema for TimeZoneName {
    fn schema_name() -> Cow<'static, str> {
        "TimeZoneName".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "An IANA time zone name, e.g. \"Asia/Dushanbe\"."
        })
    }
}

/// A note for the people who edit the file ("$comment"): one line or a list of lines.
/// convene keeps it with the agenda and never shows it: JSON has no comments, and a
/// starting agenda (`convene new`) explains itself with these.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Comment {
    #[default]
    None,
    Line(String),
    Lines(Vec<String>),
}

impl Comment {
    pub fn is_none(&self) -> bool {
        matches!(self, Comment::None)
    }
}

impl<'de> Deserialize<'de> for Comment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Comment;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a note: a line of text, or a list of lines")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Comment, E> {
                Ok(Comment::None)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Comment, E> {
                Ok(Comment::Line(v.to_string()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Comment, A::Error> {
                let mut lines = Vec::new();
                while let Some(line) = seq.next_element::<String>()? {
                    lines.push(line);
                }
                Ok(Comment::Lines(lines))
            }
        }
        d.deserialize_any(V)
    }
}

/// A planned length in whole minutes, from 1 to 1440.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Minutes(u32);

impl Minutes {
    pub const MAX: u32 = 24 * 60;

    pub fn new(minutes: u32) -> Option<Self> {
        (1..=Self::MAX).contains(&minutes).then_some(Minutes(minutes))
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Minutes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Minutes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number of minutes, e.g. 30")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Minutes, E> {
                if v <= 0 {
                    return Err(E::custom(ValueError::DurationBelowOne(v)));
                }
                self.visit_u64(v as u64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Minutes, E> {
                u32::try_from(v).ok().and_then(Minutes::new).ok_or_else(|| {
                    if v == 0 {
                        E::custom(ValueError::DurationBelowOne(0))
                    } else {
                        E::custom(ValueError::DurationTooLong(v))
                    }
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Minutes, E> {
                if v.fract() == 0.0 && v >= 0.0 && v <= f64::from(Minutes::MAX) {
                    self.visit_u64(v as u64)
                } else {
                    Err(E::custom(ValueError::DurationNotWhole(v.to_string())))
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Minutes {
    fn schema_name() -> Cow<'static, str> {
        "Minutes".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 1,
            "maximum": Minutes::MAX,
            "description": "A length in whole minutes."
        })
    }
}

/// A list that must hold at least one element (a day without items is a mistake).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct NonEmpty<T>(Vec<T>);

impl<T> NonEmpty<T> {
    pub fn new(items: Vec<T>) -> Option<Self> {
        (!items.is_empty()).then_some(NonEmpty(items))
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T> Deref for NonEmpty<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for NonEmpty<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(d)?;
        NonEmpty::new(items).ok_or_else(|| de::Error::custom("this list is empty"))
    }
}

impl<T: JsonSchema> JsonSchema for NonEmpty<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("NonEmpty_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "array",
            "minItems": 1,
            "items": generator.subschema_for::<T>()
        })
    }
}

/// Someone named on the agenda: a roster id, or a free-text role for people not on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PersonRef {
    Id(String),
    Role(String),
}

impl PersonRef {
    pub fn roster_id(&self) -> Option<&str> {
        match self {
            PersonRef::Id(id) => Some(id),
            PersonRef::Role(_) => None,
        }
    }
}

impl Serialize for PersonRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            PersonRef::Id(id) => s.serialize_str(id),
            PersonRef::Role(role) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("role", role)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for PersonRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PersonRef;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a roster id such as \"mia-1\", or {\"role\": \"...\"} for someone not on the roster",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PersonRef, E> {
                Ok(PersonRef::Id(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PersonRef, A::Error> {
                let mut role = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "role" {
                        role = Some(map.next_value::<String>()?);
                    } else {
                        return Err(de::Error::unknown_field(&key, &["role"]));
                    }
                }
                role.map(PersonRef::Role).ok_or_else(|| de::Error::missing_field("role"))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for PersonRef {
    fn schema_name() -> Cow<'static, str> {
        "PersonRef".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A roster id, or {\"role\": \"...\"} for someone not on the roster.",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "role": { "type": "string" } },
                    "required": ["role"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times() {
        assert_eq!(ClockTime::parse("09:30").unwrap().to_string(), "09:30");
        assert_eq!(ClockTime::parse("9:05").unwrap().to_string(), "09:05");
        assert!(ClockTime::parse("25:61").unwrap_err().contains("hours run"));
        assert!(ClockTime::parse("12:61").unwrap_err().contains("minutes run"));
        assert!(ClockTime::parse("noon").unwrap_err().contains("HH:MM"));
        assert!(ClockTime::parse("12:5").is_err());
        assert!(ClockTime::parse("-1:30").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(EventDate::parse("2009-04-28").unwrap().to_string(), "2009-04-28");
        assert!(EventDate::parse("2009-02-30").unwrap_err().contains("28 days"));
        assert!(EventDate::parse("2008-02-30").unwrap_err().contains("29 days"));
        assert!(EventDate::parse("2009-13-01").unwrap_err().contains("month 13"));
        assert!(EventDate::parse("28.04.2009").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn time_zones() {
        assert!(TimeZoneName::parse("Asia/Dushanbe").is_ok());
        let err = TimeZoneName::parse("Asia/Dushanbee").unwrap_err();
        assert!(err.contains("did you mean \"Asia/Dushanbe\""), "{err}");
        assert!(TimeZoneName::parse("Mars/Olympus").is_err());
        // A city alone, as people say where they are.
        for (city, zone) in
            [("Bishkek", "Asia/Bishkek"), ("dushanbe", "Asia/Dushanbe"), ("New York", "America/New_York")]
        {
            let err = TimeZoneName::parse(city).unwrap_err();
            assert!(err.contains(&format!("did you mean \"{zone}\"")), "{city}: {err}");
        }
        assert_eq!(TimeZoneName::from_city("bishkek").unwrap().as_str(), "Asia/Bishkek");
        assert_eq!(TimeZoneName::from_city("New York").unwrap().as_str(), "America/New_York");
        assert!(TimeZoneName::from_city("Atlantis").is_none());
        let err = TimeZoneName::parse("Asia/Bishkik").unwrap_err();
        assert!(err.contains("did you mean \"Asia/Bishkek\""), "{err}");
    }

    #[test]
    fn minutes() {
        let parse = |s: &str| serde_json::from_str::<Minutes>(s).map_err(|e| e.to_string());
        assert_eq!(parse("30").unwrap().get(), 30);
        assert!(parse("0").unwrap_err().contains("at least 1 minute"));
        assert!(parse("-5").unwrap_err().contains("at least 1 minute"));
        assert!(parse("2.5").unwrap_err().contains("whole number"));
        assert!(parse("3000").unwrap_err().contains("longer than a day"));
        assert!(parse("\"30\"").is_err());
    }

    #[test]
    fn person_refs() {
        let parse = |s: &str| serde_json::from_str::<PersonRef>(s).map_err(|e| e.to_string());
        assert_eq!(parse("\"mia-1\"").unwrap(), PersonRef::Id("mia-1".into()));
        assert_eq!(parse(r#"{"role": "UN expert"}"#).unwrap(), PersonRef::Role("UN expert".into()));
        assert!(parse(r#"{"rol": "x"}"#).unwrap_err().contains("unknown field"));
    }
}
