//! `convene check`: validate an agenda and print the planned schedule.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::agenda::schedule::{DayPlan, format_minutes_in, plan};
use crate::agenda::{self, Agenda, Warning};
use crate::i18n::Lang;
use crate::safe_text::line;
use crate::t;

pub fn run(path: &Path) -> anyhow::Result<ExitCode> {
    match agenda::load_checked(path) {
        Ok((agenda, mut warnings)) => {
            let plans = plan(&agenda);
            warnings.extend(agenda::warnings(&agenda, &plans));
            let report = report_in(super::lang(), &agenda, &plans, &warnings);
            print!("{}", crate::safe_text::text(&report));
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            complain!("{}", super::agenda_error(&err));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The text `convene check` prints for a valid agenda, in English.
pub fn report(agenda: &Agenda, plans: &[DayPlan], warnings: &[Warning]) -> String {
    report_in(Lang::En, agenda, plans, warnings)
}

/// "Tuesday 28 April 2009", "вторник, 28 апреля 2009 г.".
pub fn long_date(lang: Lang, date: jiff::civil::Date) -> String {
    let weekday =
        crate::i18n::tr(lang, &format!("cli-weekday-{}", date.weekday().to_monday_one_offset()), &[]);
    t!(lang, "cli-date-with-weekday", weekday = weekday, date = crate::i18n::date_long(lang, date))
}

/// An item's kind as the operator reads it ("break", "перерыв").
pub fn kind_name(lang: Lang, kind: agenda::ItemKind) -> String {
    crate::i18n::tr(lang, &format!("cli-kind-{}", kind.as_str()), &[])
}

/// The text `convene check` prints for a valid agenda, in `lang`. Text from the agenda is
/// shown on one line each ([`line`]), so a line break in a title cannot break the table;
/// the caller still makes the whole of it safe for the terminal.
pub fn report_in(lang: Lang, agenda: &Agenda, plans: &[DayPlan], warnings: &[Warning]) -> String {
    let mut out = String::new();
    let event = &agenda.event;
    let _ = writeln!(out, "{}", line(&event.title));
    if let Some(sub) = &event.subtitle {
        let _ = writeln!(out, "{}", line(sub));
    }
    let mut facts = Vec::new();
    if let Some(venue) = &event.venue {
        facts.push(line(venue).into_owned());
    }
    facts.push(event.time_zone.as_str().to_string());
    facts.push(t!(lang, "cli-check-days", n = agenda.days.len()));
    let items: usize = agenda.days.iter().map(|d| d.items.len()).sum();
    facts.push(t!(lang, "cli-check-items", n = items));
    facts.push(t!(lang, "cli-check-participants", n = agenda.participants.len()));
    let _ = writeln!(out, "{}", facts.join(" · "));

    let minutes = t!(lang, "cli-check-min");
    // The kind column is as wide as the longest kind in this language.
    let kind_width =
        agenda::ITEM_KINDS.iter().map(|&k| kind_name(lang, k).chars().count()).max().unwrap_or(14);
    for (d, (day, p)) in agenda.days.iter().zip(plans).enumerate() {
        let date = long_date(lang, day.date.date());
        let _ = write!(out, "\n{}", t!(lang, "cli-check-day", n = d + 1, date = date));
        let start = day.start.to_string();
        let hours = match day.hard_end {
            Some(hard) => t!(lang, "cli-check-day-hours", start = start, hard = hard.to_string()),
            None => t!(lang, "cli-check-day-start", start = start),
        };
        let _ = writeln!(out, " {hours}");
        let mut previous_end = p.start;
        for planned in &p.items {
            let Some(item) = day.items.get(planned.index) else { continue };
            if planned.start > previous_end {
                let gap = (planned.start.0 - previous_end.0) as u32;
                let _ = writeln!(
                    out,
                    "  {previous_end}–{}  {gap:>4} {minutes}  {:<kind_width$}  {}",
                    planned.start,
                    "·",
                    t!(lang, "cli-check-free")
                );
            }
            previous_end = planned.end;
            let fixed = if item.fixed_start.is_some() {
                format!(" {}", t!(lang, "cli-check-fixed"))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "  {}–{}  {:>4} {minutes}  {:<kind_width$}  {}{fixed}",
                planned.start,
                planned.end,
                item.minutes.get(),
                kind_name(lang, item.kind),
                line(&item.title)
            );
        }
        let total = format_minutes_in(lang, p.item_minutes);
        let mut parts = vec![t!(lang, "cli-check-total", total = total, end = p.end.to_string())];
        if let Some(hard) = p.hard_end {
            let shown = hard.to_string();
            parts.push(match p.past_hard_end() {
                Some(over) => {
                    t!(lang, "cli-check-past-hard-end", over = format_minutes_in(lang, over), hard = shown)
                }
                None if p.end == hard => t!(lang, "cli-check-at-hard-end"),
                None => {
                    let spare = format_minutes_in(lang, (hard.0 - p.end.0) as u32);
                    t!(lang, "cli-check-before-hard-end", spare = spare, hard = shown)
                }
            });
        }
        let _ = writeln!(out, "  {}", parts.join(", "));
    }

    if warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t!(lang, "cli-check-ok"));
    } else {
        let _ = writeln!(out, "\n{}", t!(lang, "cli-check-warnings", n = warnings.len()));
        for w in warnings {
            let _ = writeln!(out, "  {}", t!(lang, "cli-check-warning", text = line(&w.message(lang))));
        }
        let _ = writeln!(out, "\n{}", t!(lang, "cli-check-ok-with-warnings", n = warnings.len()));
    }
    out
}
