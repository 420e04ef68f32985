//! `convene timer DURATION [TITLE]`: the run screen for one item, without an agenda file.
//! The item is a small agenda of its own, recorded as a session like any other.

use std::process::ExitCode;

use jiff::{SignedDuration, Timestamp};

use super::DataDir;
use super::agenda_file::{system_time_zone, zone};
use crate::agenda::{
    self, Agenda, ClockTime, Comment, Day, Event, Item, ItemKind, Minutes, NonEmpty, TimeZoneName,
};
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct TimerArgs {
    /// How long (10m, 1h30m, 90, which is minutes) or until when (14:00, today, in this
    /// laptop's time zone).
    #[arg(value_name = "DURATION|HH:MM")]
    pub duration: String,
    /// What the room sees above the countdown, e.g. "Coffee break".
    pub title: Option<String>,
    /// The venue's time zone (IANA name or a city, e.g. Asia/Dushanbe), if not this laptop's.
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
    #[command(flatten)]
    pub room: super::Room,
    #[command(flatten)]
    pub store: DataDir,
}

/// What the countdown runs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Minutes(u32),
    Until(ClockTime),
}

/// Reads "10m", "1h30m", "1h 30m", "90" (minutes), "10 мин", "1ч", or "14:00" / "14.00";
/// what is wrong is said in `lang`.
pub fn parse_length(lang: Lang, text: &str) -> Result<Length, String> {
    let text = text.trim();
    let hint = t!(lang, "cli-timer-hint");
    if text.contains(':') {
        return ClockTime::read(text).map(Length::Until).map_err(|e| format!("{}; {hint}", e.message(lang)));
    }
    // "14.00", as clock times are often written in Russian.
    if let Some((h, m)) = text.split_once('.')
        && m.len() == 2
        && let Ok(at) = ClockTime::parse(&format!("{h}:{m}"))
    {
        return Ok(Length::Until(at));
    }
    let hours = text
        .strip_suffix("ч")
        .or_else(|| text.strip_suffix("час"))
        .or_else(|| text.strip_suffix("часа"))
        .and_then(|n| n.trim().parse::<u32>().ok());
    if let Some(hours) = hours {
        return whole(lang, hours.saturating_mul(60));
    }
    if let Ok(minutes) = text.parse::<u32>() {
        return whole(lang, minutes);
    }
    let russian = text
        .strip_suffix("мин")
        .or_else(|| text.strip_suffix("м"))
        .and_then(|n| n.trim().parse::<u32>().ok());
    if let Some(minutes) = russian {
        return whole(lang, minutes);
    }
    let duration: SignedDuration =
        text.parse().map_err(|_| t!(lang, "cli-timer-unreadable", text = text, hint = &hint))?;
    let seconds = duration.as_secs();
    if duration.is_negative() || duration.is_zero() {
        return Err(t!(lang, "cli-timer-at-least-a-minute"));
    }
    if seconds % 60 != 0 || duration.subsec_nanos() != 0 {
        let up = (seconds.div_euclid(60) + 1).to_string();
        return Err(t!(lang, "cli-timer-whole-minutes", text = text, up = up));
    }
    whole(lang, u32::try_from(seconds / 60).unwrap_or(u32::MAX))
}

fn whole(lang: Lang, minutes: u32) -> Result<Length, String> {
    match Minutes::new(minutes) {
        Some(_) => Ok(Length::Minutes(minutes)),
        None if minutes == 0 => Err(t!(lang, "cli-timer-at-least-a-minute")),
        None => Err(t!(lang, "cli-timer-too-long", minutes = minutes.to_string())),
    }
}

/// The one-item agenda for a timer started at `now`, and the clock time it ends at when
/// it was given as one; what is wrong is said in `lang`.
pub fn agenda_for(
    lang: Lang,
    length: Length,
    title: &str,
    zone: &TimeZoneName,
    now: Timestamp,
) -> Result<(Agenda, Option<Timestamp>), String> {
    let here = now.to_zoned_datetime(zone.time_zone());
    let (minutes, ends_at) = match length {
        Length::Minutes(m) => (m, None),
        Length::Until(at) => {
            let end = here.with().time(at.time()).build().map_err(|e| {
                let (at, error) = (at.to_string(), e.to_string());
                t!(lang, "cli-timer-cannot-place", at = at, zone = zone.as_str(), error = error)
            })?;
            let mut end = end;
            let mut left = end.timestamp().duration_since(now);
            // Past already today: tomorrow's, when that is within a few hours (00:05 at
            // 23:55); otherwise it is a mistake ("14:00" at 15:00, or "1:30" meant as a
            // length).
            if left <= SignedDuration::ZERO {
                let tomorrow = end.tomorrow().map_err(|e| e.to_string())?;
                let until = tomorrow.timestamp().duration_since(now);
                if until > SignedDuration::from_hours(6) {
                    let (at, now) = (at.to_string(), here.strftime("%H:%M").to_string());
                    return Err(t!(lang, "cli-timer-passed", at = at, now = now, zone = zone.as_str()));
                }
                end = tomorrow;
                left = until;
            }
            // Whole minutes for the plan, rounded up; the clock time is what the countdown
            // runs to.
            let secs = left.as_secs();
            (u32::try_from((secs + 59) / 60).unwrap_or(u32::MAX), Some(end.timestamp()))
        }
    };
    let minutes = Minutes::new(minutes).ok_or_else(|| t!(lang, "cli-timer-at-most-a-day"))?;
    let start = ClockTime::new(here.hour(), here.minute()).ok_or("the time now has no clock time")?;
    let date = agenda::EventDate::parse(&here.date().to_string())?;
    // "Coffee break" is a break, as the import would have it.
    let kind = match agenda::import::guess_kind(title) {
        ItemKind::Presentation => ItemKind::Other,
        kind => kind,
    };
    let item = Item {
        comment: Comment::None,
        id: crate::session::TIMER_ITEM.into(),
        title: title.to_string(),
        kind,
        minutes,
        section: None,
        speakers: Vec::new(),
        description: None,
        prompts: Vec::new(),
        case_study: None,
        fixed_start: None,
        thresholds: None,
        turn_minutes: None,
        report_minutes: None,
        groups: Vec::new(),
    };
    let day = Day {
        comment: Comment::None,
        date,
        start,
        hard_end: None,
        items: NonEmpty::new(vec![item]).ok_or("no item")?,
    };
    let agenda = Agenda {
        schema: None,
        comment: Comment::None,
        event: Event {
            title: title.to_string(),
            subtitle: None,
            organisers: Vec::new(),
            venue: None,
            time_zone: zone.clone(),
            // "Кофе-брейк" is a Russian room's timer.
            languages: vec![agenda::text::language_of([title]).to_string()],
            materials: Vec::new(),
            background: None,
            approach: None,
            chatham_house: false,
            public_names: Vec::new(),
            thresholds: None,
            projector_languages: Vec::new(),
        },
        report: None,
        participants: Vec::new(),
        days: NonEmpty::new(vec![day]).ok_or("no day")?,
    };
    Ok((agenda, ends_at))
}

pub fn run(args: &TimerArgs) -> anyhow::Result<ExitCode> {
    let lang = super::lang();
    let length = match parse_length(lang, &args.duration) {
        Ok(length) => length,
        Err(e) => {
            fail!("{e}");
            return Ok(ExitCode::from(2));
        }
    };
    let zone_name = args.time_zone.clone().unwrap_or_else(system_time_zone);
    let zone = match zone(&zone_name) {
        Ok(zone) => zone,
        Err(e) => {
            fail!("--time-zone: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let untitled = words!("cli-timer-default-title");
    let title =
        args.title.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(&untitled).to_string();
    // `convene timer 10 мин` is a length in two words, not a timer called "мин".
    let (length, title) = match parse_length(lang, &format!("{} {title}", args.duration)) {
        Ok(joined)
            if args.title.is_some()
                && title.chars().all(char::is_alphabetic)
                && title.chars().count() <= 7 =>
        {
            (joined, untitled)
        }
        _ => (length, title),
    };
    let data_dir = args.store.resolve()?;
    crate::runtime::timer(&data_dir, &args.room.overrides(), |now| {
        agenda_for(lang, length, &title, &zone, now).map_err(anyhow::Error::msg)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_as_people_write_them() {
        assert_eq!(parse_length(Lang::En, "10m"), Ok(Length::Minutes(10)));
        assert_eq!(parse_length(Lang::En, "90"), Ok(Length::Minutes(90)));
        assert_eq!(parse_length(Lang::En, "1h30m"), Ok(Length::Minutes(90)));
        assert_eq!(parse_length(Lang::En, "1h 30m"), Ok(Length::Minutes(90)));
        assert_eq!(parse_length(Lang::En, "2 hours"), Ok(Length::Minutes(120)));
        assert_eq!(parse_length(Lang::En, "15 мин"), Ok(Length::Minutes(15)));
        assert_eq!(parse_length(Lang::En, "1ч"), Ok(Length::Minutes(60)));
        assert_eq!(parse_length(Lang::En, "2 часа"), Ok(Length::Minutes(120)));
        assert_eq!(parse_length(Lang::En, "14.00"), Ok(Length::Until(ClockTime::new(14, 0).unwrap())));
        assert_eq!(parse_length(Lang::En, "14:00"), Ok(Length::Until(ClockTime::new(14, 0).unwrap())));
        assert!(parse_length(Lang::En, "90s").unwrap_err().contains("use 2m"));
        assert!(parse_length(Lang::En, "0").unwrap_err().contains("at least 1 minute"));
        assert!(parse_length(Lang::En, "25:00").is_err());
        assert!(parse_length(Lang::En, "soon").unwrap_err().contains("10m"));
        assert!(parse_length(Lang::En, "2000").unwrap_err().contains("longer than a day"));
    }

    #[test]
    fn until_a_clock_time_today() {
        let zone = TimeZoneName::parse("Asia/Dushanbe").unwrap();
        // 13:47:30 in Dushanbe.
        let now: Timestamp = "2026-11-29T08:47:30Z".parse().unwrap();
        let (agenda, end) =
            agenda_for(Lang::En, Length::Until(ClockTime::new(14, 0).unwrap()), "Lunch", &zone, now).unwrap();
        assert_eq!(end, Some("2026-11-29T09:00:00Z".parse().unwrap()));
        let item = &agenda.days[0].items[0];
        assert_eq!(item.minutes.get(), 13);
        assert_eq!(agenda.days[0].start.to_string(), "13:47");
        let passed = agenda_for(Lang::En, Length::Until(ClockTime::new(13, 0).unwrap()), "Lunch", &zone, now)
            .unwrap_err();
        assert!(passed.contains("has passed") && passed.contains("13:47"), "{passed}");
    }

    #[test]
    fn across_midnight() {
        let zone = TimeZoneName::parse("UTC").unwrap();
        let late: Timestamp = "2026-11-29T23:55:00Z".parse().unwrap();
        assert!(agenda_for(Lang::En, Length::Minutes(30), "T", &zone, late).is_ok());
        // 00:05 is ten minutes away, tomorrow.
        let (agenda, end) =
            agenda_for(Lang::En, Length::Until(ClockTime::new(0, 5).unwrap()), "T", &zone, late).unwrap();
        assert_eq!(end, Some("2026-11-30T00:05:00Z".parse().unwrap()));
        assert_eq!(agenda.days[0].items[0].minutes.get(), 10);
        // 14:00 at 15:00 is a mistake, not a 23-hour timer.
        let afternoon: Timestamp = "2026-11-29T15:00:00Z".parse().unwrap();
        let err = agenda_for(Lang::En, Length::Until(ClockTime::new(14, 0).unwrap()), "T", &zone, afternoon)
            .unwrap_err();
        assert!(err.contains("has passed") && err.contains("1h30m"), "{err}");
        assert!(parse_length(Lang::En, "-5m").unwrap_err().contains("at least 1 minute"));
    }
}
