//! `convene groups`: working groups formed from an agenda's roster, printed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::agenda::{self, Agenda, WorkingGroup};
use crate::i18n::Lang;
use crate::safe_text::line;
use crate::t;

pub fn run(path: &Path, count: usize, seed: Option<u64>) -> anyhow::Result<ExitCode> {
    let agenda = match agenda::load(path) {
        Ok(a) => a,
        Err(e) => {
            complain!("{}", super::agenda_error(&e));
            return Ok(ExitCode::FAILURE);
        }
    };
    if agenda.participants.is_empty() {
        fail!("{}", words!("cli-groups-no-participants", file = path.display().to_string()));
        return Ok(ExitCode::FAILURE);
    }
    if count == 0 || count > agenda.participants.len() {
        fail!("{}", words!("cli-groups-count", count = count, n = agenda.participants.len()));
        return Ok(ExitCode::FAILURE);
    }
    // Without a seed, pick one and say which, so the same groups can be formed again.
    let seed = seed.unwrap_or_else(|| jiff::Timestamp::now().subsec_nanosecond().unsigned_abs().into());
    let groups = agenda::groups::form(&agenda, count, seed);
    print!("{}", crate::safe_text::text(&report(super::lang(), &agenda, &groups, seed)));
    Ok(ExitCode::SUCCESS)
}

/// The printed assignment, each person and group on one line ([`line`]); the caller makes
/// the whole of it safe for the terminal.
pub fn report(lang: Lang, agenda: &Agenda, groups: &[WorkingGroup], seed: u64) -> String {
    let mut out = String::new();
    let heading = t!(
        lang,
        "cli-groups-heading",
        title = line(&agenda.event.title).as_ref(),
        groups = groups.len(),
        n = agenda.participants.len(),
        seed = seed.to_string()
    );
    let _ = writeln!(out, "{heading}");
    let other = t!(lang, "cli-groups-other");
    let rapporteur_mark = t!(lang, "cli-groups-rapporteur");
    for g in groups {
        let mut mix: BTreeMap<String, usize> = BTreeMap::new();
        for m in &g.members {
            let s =
                agenda.participant(m).and_then(|p| p.stakeholder.clone()).unwrap_or_else(|| other.clone());
            *mix.entry(s).or_default() += 1;
        }
        let mix: Vec<String> = mix.into_iter().map(|(s, n)| format!("{s} {n}")).collect();
        let _ = writeln!(out, "\n{} ({}): {}", line(&g.name), g.members.len(), line(&mix.join(", ")));
        let rapporteur = g.rapporteur.as_ref().and_then(|r| r.roster_id());
        for m in &g.members {
            let Some(p) = agenda.participant(m) else { continue };
            let mut row = format!("  {:<10} ", p.id);
            if let Some(name) = &p.name {
                let _ = write!(row, "{name}, ");
            }
            row.push_str(&p.role);
            for extra in [&p.affiliation, &p.stakeholder].into_iter().flatten() {
                let _ = write!(row, " · {extra}");
            }
            if rapporteur == Some(m.as_str()) {
                let _ = write!(row, "  ({rapporteur_mark})");
            }
            let _ = writeln!(out, "{}", line(&row));
        }
    }
    out
}
