//! `convene check`: validate an agenda and print the planned schedule.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::agenda::schedule::{DayPlan, format_minutes, plan};
use crate::agenda::{self, Agenda, Warning};
use crate::safe_text::line;

pub fn run(path: &Path) -> anyhow::Result<ExitCode> {
    match agenda::load_checked(path) {
        Ok((agenda, mut warnings)) => {
            let plans = plan(&agenda);
            warnings.extend(agenda::warnings(&agenda, &plans));
            print!("{}", crate::safe_text::text(&report(&agenda, &plans, &warnings)));
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            fail!("{err}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The text `convene check` prints for a valid agenda. Text from the agenda is shown on
/// one line each ([`line`]), so a line break in a title cannot break the table; the caller
/// still makes the whole of it safe for the terminal.
pub fn report(agenda: &Agenda, plans: &[DayPlan], warnings: &[Warning]) -> String {
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
    let days = agenda.days.len();
    facts.push(format!("{days} day{}", if days == 1 { "" } else { "s" }));
    let items: usize = agenda.days.iter().map(|d| d.items.len()).sum();
    facts.push(format!("{items} items"));
    facts.push(format!("{} participants", agenda.participants.len()));
    let _ = writeln!(out, "{}", facts.join(" · "));

    for (d, (day, p)) in agenda.days.iter().zip(plans).enumerate() {
        let date = day.date.date();
        let _ = write!(out, "\nDay {} — {} {}", d + 1, date.strftime("%A"), date.strftime("%-d %B %Y"));
        match day.hard_end {
            Some(hard) => {
                let _ = writeln!(out, " (starts {}, room closes {hard})", day.start);
            }
            None => {
                let _ = writeln!(out, " (starts {})", day.start);
            }
        }
        let mut previous_end = p.start;
        for planned in &p.items {
            let Some(item) = day.items.get(planned.index) else { continue };
            if planned.start > previous_end {
                let gap = (planned.start.0 - previous_end.0) as u32;
                let _ = writeln!(
                    out,
                    "  {previous_end}–{}  {:>4} min  {:<14}  (free until the fixed start)",
                    planned.start, gap, "·"
                );
            }
            previous_end = planned.end;
            let fixed = if item.fixed_start.is_some() { " [fixed]" } else { "" };
            let _ = writeln!(
                out,
                "  {}–{}  {:>4} min  {:<14}  {}{fixed}",
                planned.start,
                planned.end,
                item.minutes.get(),
                item.kind.as_str(),
                line(&item.title)
            );
        }
        let _ = write!(out, "  Total {} of items; ends {}", format_minutes(p.item_minutes), p.end);
        if let Some(hard) = p.hard_end {
            match p.past_hard_end() {
                Some(over) => {
                    let _ = write!(out, ", {} past the hard end {hard}", format_minutes(over));
                }
                None if p.end == hard => {
                    let _ = write!(out, ", exactly at the hard end");
                }
                None => {
                    let spare = (hard.0 - p.end.0) as u32;
                    let _ = write!(out, ", {} before the hard end {hard}", format_minutes(spare));
                }
            }
        }
        out.push('\n');
    }

    if warnings.is_empty() {
        let _ = writeln!(out, "\nAgenda OK: no warnings.");
    } else {
        let _ = writeln!(out, "\nWarnings ({}):", warnings.len());
        for w in warnings {
            let _ = writeln!(out, "  warning: {}", line(&w.to_string()));
        }
        let _ = writeln!(out, "\nAgenda OK, with {} warning(s).", warnings.len());
    }
    out
}
