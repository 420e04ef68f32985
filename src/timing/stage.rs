//! The countdown of one item: how long is left, and which warning stage that is.

use jiff::Timestamp;

use crate::agenda::Thresholds;
use crate::session::{ItemRun, Session};

/// How urgent the countdown is. Ordered from calm to late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Normal,
    WrapUp,
    Final,
    Overtime,
}

impl Stage {
    /// A word for the stage, so colour is never the only signal (a clock's own ladder may
    /// name the final stretch otherwise: [`Ladder::label`]).
    pub fn label(self) -> &'static str {
        match self {
            Stage::Normal => "ON TIME",
            Stage::WrapUp => "WRAP UP",
            Stage::Final => "LAST MINUTE",
            Stage::Overtime => "OVERTIME",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Stage::Normal => "●",
            Stage::WrapUp => "▲",
            Stage::Final => "◆",
            Stage::Overtime => "■",
        }
    }
}

/// Warning thresholds with every default filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Warnings {
    pub wrap_up_percent: u8,
    pub wrap_up_min_minutes: u32,
    pub final_minutes: u32,
}

impl Default for Warnings {
    fn default() -> Self {
        Warnings { wrap_up_percent: 20, wrap_up_min_minutes: 2, final_minutes: 1 }
    }
}

impl Warnings {
    /// These warnings, with whatever `over` sets replacing them field by field.
    pub fn overridden_by(self, over: Option<&Thresholds>) -> Warnings {
        let Some(t) = over else { return self };
        Warnings {
            wrap_up_percent: t.wrap_up_percent.unwrap_or(self.wrap_up_percent).min(100),
            wrap_up_min_minutes: t.wrap_up_min_minutes.unwrap_or(self.wrap_up_min_minutes),
            final_minutes: t.final_minutes.unwrap_or(self.final_minutes),
        }
    }

    /// The ladder of an item `allotted_ms` long.
    pub fn ladder(self, allotted_ms: i64) -> Ladder {
        let wrap_up_ms = (allotted_ms * i64::from(self.wrap_up_percent) / 100)
            .max(i64::from(self.wrap_up_min_minutes) * 60_000);
        let final_label = if self.final_minutes == 1 { "LAST MINUTE" } else { "LAST MINUTES" };
        Ladder { wrap_up_ms, final_ms: i64::from(self.final_minutes) * 60_000, final_label }
    }

    /// The stage of a countdown with `remaining_ms` left of `allotted_ms`.
    pub fn stage(self, remaining_ms: i64, allotted_ms: i64) -> Stage {
        self.ladder(allotted_ms).stage(remaining_ms)
    }
}

/// The warning ladder every clock on screen climbs (an item's countdown, a speaker's turn,
/// a group's report-back slot): calm, wrap up when `wrap_up_ms` are left, the final
/// stretch in the last `final_ms`, then over. One ladder, so the three cannot drift apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ladder {
    pub wrap_up_ms: i64,
    pub final_ms: i64,
    /// The word for the final stretch: "LAST MINUTE" for an item, "LAST CALL" for a turn.
    pub final_label: &'static str,
}

impl Ladder {
    /// A speaker's turn of `limit_ms`: wrap up in the last fifth, last call in the last 15 s.
    pub fn turn(limit_ms: i64) -> Ladder {
        Ladder { wrap_up_ms: limit_ms / 5, final_ms: 15_000, final_label: "LAST CALL" }
    }

    /// A group's report-back slot of `length_ms`: wrap up in the last fifth, the last minute
    /// (or fifth, when shorter).
    pub fn slot(length_ms: i64) -> Ladder {
        let final_ms = 60_000.min(length_ms / 5);
        let final_label = if final_ms == 60_000 { "LAST MINUTE" } else { "LAST CALL" };
        Ladder { wrap_up_ms: length_ms / 5, final_ms, final_label }
    }

    pub fn stage(&self, remaining_ms: i64) -> Stage {
        if remaining_ms < 0 {
            Stage::Overtime
        } else if remaining_ms <= self.final_ms {
            Stage::Final
        } else if remaining_ms <= self.wrap_up_ms {
            Stage::WrapUp
        } else {
            Stage::Normal
        }
    }

    /// The word for `stage` on this clock.
    pub fn label(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::Final => self.final_label,
            other => other.label(),
        }
    }
}

/// The countdown of an item at `now`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Countdown {
    pub remaining_ms: i64,
    pub allotted_ms: i64,
    pub stage: Stage,
    pub running: bool,
    pub ladder: Ladder,
}

impl Countdown {
    /// The stage in words ("LAST MINUTE").
    pub fn label(&self) -> &'static str {
        self.ladder.label(self.stage)
    }

    /// "12:34", "1:05:00", or "+02:10" in overtime. Counts down in whole seconds, rounding
    /// up, so a 30-minute item shows 30:00 when it starts and 00:00 as it ends.
    pub fn display(&self) -> String {
        match self.shown_second() {
            s if s >= 0 => clock_text(s, ""),
            s => clock_text(-s - 1, "+"),
        }
    }

    /// The second `display` shows, as one number: the seconds left (rounded up), or in
    /// overtime minus one minus the seconds over (so "00:00" and "+00:00" differ).
    pub fn shown_second(&self) -> i64 {
        if self.remaining_ms >= 0 {
            (self.remaining_ms + 999) / 1000
        } else {
            -1 - (-self.remaining_ms / 1000)
        }
    }

    /// Milliseconds until `display` shows something else (for a running countdown).
    pub fn ms_until_change(&self) -> i64 {
        let r = if self.remaining_ms >= 0 {
            self.remaining_ms.rem_euclid(1000)
        } else {
            1000 - (-self.remaining_ms).rem_euclid(1000)
        };
        if r == 0 { 1000 } else { r }
    }
}

fn clock_text(seconds: i64, sign: &str) -> String {
    let (h, m, s) = (seconds / 3600, (seconds / 60) % 60, seconds % 60);
    if h > 0 { format!("{sign}{h}:{m:02}:{s:02}") } else { format!("{sign}{m:02}:{s:02}") }
}

impl ItemRun {
    /// Milliseconds left at `now`: to its clock-time end when it has one (a pause stops
    /// that clock too), else its allotted length less the time it has run.
    pub fn remaining_ms(&self, now: Timestamp) -> i64 {
        match self.ends_at {
            Some(_) => self.end_at(now).duration_since(now).as_millis() as i64,
            None => self.allotted_seconds() * 1000 - self.active_millis(now),
        }
    }
}

/// The warnings in force for item `index` of a session: defaults, then the event's, then
/// the item's own thresholds.
pub fn warnings_for(session: &Session, index: usize, defaults: Warnings) -> Warnings {
    let event = defaults.overridden_by(session.agenda.event.thresholds.as_ref());
    let item = session
        .items
        .get(index)
        .and_then(|run| session.agenda.days.get(run.day)?.items.iter().find(|i| i.id == run.item));
    event.overridden_by(item.and_then(|i| i.thresholds.as_ref()))
}

/// The countdown of item `index` at `now`.
pub fn countdown(session: &Session, index: usize, now: Timestamp, defaults: Warnings) -> Option<Countdown> {
    let run = session.items.get(index)?;
    let remaining_ms = run.remaining_ms(now);
    let allotted_ms = match run.ends_at {
        // The length a clock-time end gives: what has run plus what is left.
        Some(_) => run.active_millis(now) + remaining_ms,
        None => run.allotted_seconds() * 1000,
    };
    let running = session.timer.current.as_deref() == Some(run.item.as_str()) && session.timer.running;
    let ladder = warnings_for(session, index, defaults).ladder(allotted_ms);
    Some(Countdown { remaining_ms, allotted_ms, stage: ladder.stage(remaining_ms), running, ladder })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_at_the_thresholds() {
        let w = Warnings::default();
        let thirty = 30 * 60_000;
        // 20 % of 30 minutes is 6 minutes.
        assert_eq!(w.stage(6 * 60_000 + 1, thirty), Stage::Normal);
        assert_eq!(w.stage(6 * 60_000, thirty), Stage::WrapUp);
        assert_eq!(w.stage(60_001, thirty), Stage::WrapUp);
        assert_eq!(w.stage(60_000, thirty), Stage::Final);
        assert_eq!(w.stage(0, thirty), Stage::Final);
        assert_eq!(w.stage(-1, thirty), Stage::Overtime);
        // 20 % of 5 minutes is 1 minute, but wrap-up starts at least 2 minutes before the end.
        assert_eq!(w.stage(2 * 60_000, 5 * 60_000), Stage::WrapUp);
        assert_eq!(w.stage(2 * 60_000 + 1, 5 * 60_000), Stage::Normal);
    }

    #[test]
    fn overrides_apply_field_by_field() {
        let t = Thresholds { wrap_up_percent: Some(10), wrap_up_min_minutes: None, final_minutes: Some(3) };
        let w = Warnings::default().overridden_by(Some(&t));
        assert_eq!(w, Warnings { wrap_up_percent: 10, wrap_up_min_minutes: 2, final_minutes: 3 });
    }

    #[test]
    fn display_rounds_toward_the_end() {
        let ladder = Warnings::default().ladder(0);
        let c =
            |ms| Countdown { remaining_ms: ms, allotted_ms: 0, stage: Stage::Normal, running: true, ladder };
        assert_eq!(c(30 * 60_000).display(), "30:00");
        assert_eq!(c(30 * 60_000 - 1).display(), "30:00");
        assert_eq!(c(29 * 60_000 + 59_000).display(), "29:59");
        assert_eq!(c(1).display(), "00:01");
        assert_eq!(c(0).display(), "00:00");
        assert_eq!(c(-999).display(), "+00:00");
        assert_eq!(c(-130_000).display(), "+02:10");
        assert_eq!(c(3_900_000).display(), "1:05:00");
        assert_eq!(c(1500).ms_until_change(), 500);
        assert_eq!(c(2000).ms_until_change(), 1000);
        assert_eq!(c(-300).ms_until_change(), 700);
    }
}
