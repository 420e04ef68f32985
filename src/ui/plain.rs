//! The plain screen for screen-reader users (`--plain`, the `plain` setting): no box
//! drawing, no big digits, one fact a line, each line always in its place, in the
//! operator's language, on the run screen and the projector alike:
//!
//! ```text
//! Time left: 12:34
//! Stage: WRAP UP
//! Item: Opening remarks and introductions
//! Next: 10:15 Key questions and issues
//! Speaker: none
//! Message: none
//! 10:42 Stage changed: WRAP UP
//! Now: 10:43, day 1 of 2
//! (what is going on: a question, an open input, NOT SAVED, the last message)
//! Keys: Space pause/resume, n next item, …
//! ```
//!
//! The seventh line is the last change (a stage, a start, a pause), kept until the next: a
//! screen reader reads it as it changes, and it is still there to read again. It is worked
//! out from the session at each frame (when the stage began, under the item's current
//! plan), like everything else on screen. Below, the note being typed or the review list
//! when they have the keys; the help is a plain list.
//!
//! The first eight lines are what ticks: an idle second draws them line by line, and only
//! the lines that changed are compared and written (see [`super::parts`]).

use jiff::{SignedDuration, Timestamp};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::parts::{Parts, digest};
use super::projector::stage_label;
use super::text::{self, hhmm, item};
use super::theme::Theme;
use super::{Tick, Ticks, capture_pane, consolidation, footer, help, pick, review_list};
use crate::app::{App, Focus, View};
use crate::audience::{Audience, source_in};
use crate::i18n::{Lang, date_short};
use crate::session::{ItemRun, Session};
use crate::t;
use crate::timing::{self, DayProjection, Stage};

/// The lines that change with the clocks alone, from the top.
pub const TICKING: u16 = 8;

pub fn render(frame: &mut Frame, app: &App, session: &Session, now: Timestamp) -> Option<Ticks> {
    let area = frame.area();
    let theme = Theme::of(&app.settings);
    let lang = app.lang();
    if let Some(h) = app.help {
        // The help as a plain list, scrolled as the help is.
        // Wrapped, never cut, and never scrolled past its end.
        let help =
            Paragraph::new(help::lines(&app.keymap, app.focus, lang, theme)).wrap(Wrap { trim: false });
        let rows = u16::try_from(help.line_count(area.width)).unwrap_or(u16::MAX);
        let scroll = h.scroll.min(rows.saturating_sub(area.height));
        help.scroll((scroll, 0)).render(area, frame.buffer_mut());
        return None;
    }
    let day = timing::project_day(session, timing::current_day(session), now);
    if let Some(view) = app.summary.filter(|_| app.view == View::Operator) {
        // The day's summary in words, scrolled as the drawn one is, never past its end.
        let mut lines = super::summary_words::lines(app, session, now);
        lines.push(Line::raw(keys(app, lang)));
        let words = Paragraph::new(lines).wrap(Wrap { trim: false });
        let rows = u16::try_from(words.line_count(area.width)).unwrap_or(u16::MAX);
        let scroll = view.scroll.min(rows.saturating_sub(area.height));
        words.scroll((scroll, 0)).render(area, frame.buffer_mut());
        return None;
    }
    let ticking = Rect { height: TICKING.min(area.height), ..area };
    render_lines(frame.buffer_mut(), ticking, app, session, &day, now, &mut Parts::whole());
    let mut y = ticking.bottom();
    let rest = |y: u16| Rect { y, height: area.bottom().saturating_sub(y), ..area };
    if let Some(line) = footer::status_line(app, area.width, theme) {
        let rows = footer::status_rows(app, area.width, theme).min(rest(y).height);
        let at = Rect { height: rows, ..rest(y) };
        Paragraph::new(line).wrap(Wrap { trim: false }).render(at, frame.buffer_mut());
        y += rows;
    }
    // Every key of the mode, on as many rows as they take.
    let keys = vec![Line::raw(keys(app, lang))];
    let rows = text::rows_trimmed(&keys, area.width).min(rest(y).height);
    Paragraph::new(keys)
        .wrap(Wrap { trim: true })
        .render(Rect { height: rows, ..rest(y) }, frame.buffer_mut());
    y += rows;
    // A blank line, then what has the keys.
    let pane = rest((y + 1).min(area.bottom()));
    if !pane.is_empty() {
        match app.focus {
            Focus::Capture => capture_pane::render(frame, pane, app, session, theme),
            Focus::Review => review_list::render(frame, pane, app, session, theme),
            Focus::Consolidate => consolidation::render(frame, pane, app, session, theme),
            // The room's list, when the projector shows it: numbered, never who said what.
            Focus::Timer if app.view == View::Projector && session.consolidation.shown => {
                Paragraph::new(room_list(app, session, lang))
                    .wrap(Wrap { trim: false })
                    .render(pane, frame.buffer_mut());
            }
            Focus::Timer if app.balance && app.view == View::Operator => {
                Paragraph::new(super::balance_panel::plain_lines(session, now, lang))
                    .wrap(Wrap { trim: false })
                    .render(pane, frame.buffer_mut());
            }
            Focus::Timer => {}
        }
    }
    if let Some(chooser) = &app.pick {
        pick::render(frame, area, chooser, session, lang, theme);
        return None;
    }
    Some(Ticks { tick: Tick::Plain(ticking), header: None, day })
}

/// The recommendations the projector shows, one a line in words: "▶ 2. Text: 14 for, 2
/// against, 3 abstaining; adopted" (▶ the one the room looks at). No attribution: it is
/// the room's view.
/// A wording being typed shows in place of what it rewords, marked ✎ (a combination's
/// other sources are left out meanwhile).
fn room_list(app: &App, session: &Session, lang: Lang) -> Vec<Line<'static>> {
    use crate::app::consolidate::{decision_text, support_text};
    let wording = app.room_wording.as_ref();
    let mut list = session.recommendations();
    let mut first_source = true;
    list.retain(|&i| {
        let is_source =
            wording.is_some_and(|w| session.entries.get(i).is_some_and(|e| w.entries.contains(&e.id)));
        let keep = !is_source || first_source;
        first_source &= !is_source;
        keep
    });
    let mut lines =
        vec![Line::raw(format!("{} · {}", crate::i18n::tr(lang, "recs-heading", &[]), list.len()))];
    for (n, &i) in list.iter().enumerate() {
        let Some(e) = session.entries.get(i) else { continue };
        if let Some(w) = wording.filter(|w| w.entries.contains(&e.id)) {
            lines.push(Line::raw(format!("✎ {}. {}", n + 1, w.text.replace('\n', " "))));
            continue;
        }
        let mark = if session.consolidation.spotlight == Some(e.id) { "▶ " } else { "" };
        let mut said: Vec<String> = e.group.iter().cloned().collect();
        said.extend(e.support.map(|s| support_text(lang, s)));
        said.extend(e.decision.map(|d| decision_text(lang, d)));
        let text = e.text.replace('\n', " ");
        let line = if said.is_empty() {
            format!("{mark}{}. {text}", n + 1)
        } else {
            format!("{mark}{}. {text}: {}", n + 1, said.join("; "))
        };
        lines.push(Line::raw(line));
    }
    lines
}

/// Draws the lines that tick into `area` (its rows from the top), each a part of its own.
pub fn render_lines(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    parts: &mut Parts,
) {
    for (text, y) in lines(app, session, day, now).iter().zip(area.top()..area.bottom()) {
        let row = Rect { y, height: 1, ..area };
        // A line at a fixed place cannot wrap: what does not fit ends on a whole word.
        let text = &super::text::fit_words(text, usize::from(row.width));
        parts.draw(buf, row, digest(text), |buf| {
            buf.set_stringn(row.x, row.y, text, usize::from(row.width), Theme::of(&app.settings).text());
        });
    }
}

/// The eight lines, in the operator's language (see the module's text).
fn lines(app: &App, session: &Session, day: &DayProjection, now: Timestamp) -> [String; TICKING as usize] {
    let lang = app.lang();
    let current = session.current_index().filter(|_| session.finished_at.is_none());
    let countdown = current.and_then(|c| timing::countdown(session, c, now, app.settings.warnings()));
    let time = match &countdown {
        Some(cd) if cd.remaining_ms >= 0 => t!(lang, "plain-time-left", time = cd.display()),
        Some(cd) => t!(lang, "plain-time-over", time = cd.display().trim_start_matches('+')),
        None => t!(lang, "plain-time-none"),
    };
    let stage = match (&countdown, session.finished_at, timing::day_over(session)) {
        (_, Some(_), _) => t!(lang, "plain-stage-finished"),
        (Some(cd), ..) => {
            let word = stage_label(lang, cd.stage, cd.label());
            if cd.running {
                t!(lang, "plain-stage", stage = word)
            } else {
                t!(lang, "plain-stage-paused", stage = word)
            }
        }
        (None, None, Some(d)) => t!(lang, "plain-stage-day-over", day = d + 1),
        (None, None, None) => t!(lang, "plain-stage-waiting"),
    };
    let title = current.and_then(|c| item(session, c)).map(|it| it.title.clone());
    let item_line = match title {
        Some(title) => t!(lang, "plain-item", title = title),
        None => t!(lang, "plain-item-none"),
    };
    let message = match &session.message {
        Some(text) => t!(lang, "plain-message", text = text),
        None => t!(lang, "plain-message-none"),
    };
    let (days, today) = (session.agenda.days.len(), timing::current_day(session) + 1);
    let clock = hhmm(session, now);
    let now_line = match app.view {
        View::Operator => t!(lang, "plain-now", time = clock, day = today, days = days),
        View::Projector => t!(lang, "plain-now-projector", time = clock, day = today, days = days),
    };
    [
        time,
        stage,
        item_line,
        next(session, day, now, lang),
        speaker(app, session, now, lang),
        message,
        last_change(app, session, now, lang),
        now_line,
    ]
}

/// What comes next, and when (with its day and date when not today).
fn next(session: &Session, day: &DayProjection, now: Timestamp, lang: Lang) -> String {
    let upcoming = timing::next_item(session).filter(|_| session.finished_at.is_none());
    let Some((n, it)) = upcoming.and_then(|n| Some((n, item(session, n)?))) else {
        return t!(lang, "plain-next-none");
    };
    let Some(d) = session.items.get(n).map(|r| r.day) else { return t!(lang, "plain-next-none") };
    if d == day.day {
        if let Some(p) = day.items.iter().find(|p| p.index == n) {
            return t!(lang, "plain-next", time = hhmm(session, p.start), title = &it.title);
        }
    } else if let Some(p) = timing::project_day(session, d, now).items.into_iter().find(|p| p.index == n) {
        let date =
            date_short(lang, p.start.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).date());
        let time = hhmm(session, p.start);
        return t!(lang, "plain-next-day", day = d + 1, date = date, time = time, title = &it.title);
    }
    t!(lang, "plain-next-none")
}

/// Who has the floor and for how long (a group reporting back, when nobody has it): by
/// name on the run screen, as the room may be told on the projector.
fn speaker(app: &App, session: &Session, now: Timestamp, lang: Lang) -> String {
    let line = floor(app, session, now, lang);
    // Who waits to speak, on the operator's screen (the room is never read names).
    let waiting = session.current_index().and_then(|c| session.items.get(c)).map(|run| {
        session
            .speakers_list(&run.item)
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let who =
                    source_in(&session.agenda, &q.speaker, Audience::Operator, lang).unwrap_or_default();
                format!("{}. {who}", i + 1)
            })
            .collect::<Vec<_>>()
    });
    match waiting {
        Some(w) if !w.is_empty() && app.view == View::Operator => {
            format!("{line} · {}: {}", t!(lang, "screen-queue"), w.join(", "))
        }
        _ => line,
    }
}

/// Who has the floor, and for how long.
fn floor(app: &App, session: &Session, now: Timestamp, lang: Lang) -> String {
    let audience = if app.view == View::Projector { Audience::Projector } else { Audience::Operator };
    let of = |display: String| display.replace(" of ", &format!(" {} ", t!(lang, "plain-of")));
    let with_stage = |line: String, stage: Stage, label: &str| {
        if stage == Stage::Normal { line } else { format!("{line}, {}", stage_label(lang, stage, label)) }
    };
    if let Some(turn) = timing::open_turn(session)
        && let Some(clock) = timing::turn_clock(session, now)
    {
        let who = source_in(&session.agenda, &turn.speaker, audience, lang)
            .unwrap_or_else(|| t!(lang, "a-participant"));
        let line = t!(lang, "plain-speaker", who = who, time = of(clock.display()));
        return with_stage(line, clock.stage, clock.label());
    }
    if let Some(slot) = timing::open_slot(session, now) {
        let line = t!(lang, "plain-reporting", group = &slot.group, time = of(slot.display()));
        return with_stage(line, slot.stage, slot.label());
    }
    t!(lang, "plain-speaker-none")
}

/// The last change, with the time it happened: the running item's stage (when it began,
/// under the item's plan as it stands), its start, a pause or a resumption; between items,
/// the end of the last one; the end of the event. Empty before anything happened.
fn last_change(app: &App, session: &Session, now: Timestamp, lang: Lang) -> String {
    let at = |t: Timestamp| hhmm(session, t);
    if let Some(end) = session.finished_at {
        return t!(lang, "plain-finished", time = at(end));
    }
    let title = |i: usize| item(session, i).map_or(String::new(), |it| it.title.clone());
    let Some(c) = session.current_index() else {
        let ended = session.items.iter().enumerate().filter_map(|(i, r)| Some((r.ended_at?, i))).max();
        return ended
            .map_or(String::new(), |(end, i)| t!(lang, "plain-ended", time = at(end), title = title(i)));
    };
    let Some(run) = session.items.get(c) else { return String::new() };
    let mut news: Vec<(Timestamp, String)> = Vec::new();
    if let Some(start) = run.started_at {
        news.push((start, t!(lang, "plain-started", time = at(start), title = title(c))));
    }
    if let Some(cd) = timing::countdown(session, c, now, app.settings.warnings()) {
        let threshold = match cd.stage {
            Stage::Normal => None,
            Stage::WrapUp => Some(cd.ladder.wrap_up_ms),
            Stage::Final => Some(cd.ladder.final_ms),
            Stage::Overtime => Some(0),
        };
        if let Some(began) = threshold.and_then(|ms| crossed(run, now, cd.remaining_ms, ms)) {
            let word = stage_label(lang, cd.stage, cd.label());
            news.push((began, t!(lang, "plain-changed", time = at(began), stage = word)));
        }
    }
    for pause in &run.pauses {
        news.push((pause.from, t!(lang, "plain-paused", time = at(pause.from))));
        if let Some(to) = pause.to {
            news.push((to, t!(lang, "plain-resumed", time = at(to))));
        }
    }
    // The latest; of two at the same moment, the one pushed last (a stage the item starts
    // in rather than its start).
    news.into_iter().max_by_key(|(t, _)| *t).map_or(String::new(), |(_, text)| text)
}

/// When `run`'s countdown, `remaining_ms` from its end at `now`, had `threshold_ms` left:
/// its clock runs only while the item is not paused, so that is the moment it had run
/// `threshold_ms - remaining_ms` less than now. None when it has not got there yet.
fn crossed(run: &ItemRun, now: Timestamp, remaining_ms: i64, threshold_ms: i64) -> Option<Timestamp> {
    let start = run.started_at?;
    let target = run.active_millis(now) - (threshold_ms - remaining_ms);
    let after = |t: Timestamp, ms: i64| t.checked_add(SignedDuration::from_millis(ms)).ok();
    if target <= 0 {
        return Some(start);
    }
    let mut pauses: Vec<_> = run.pauses.iter().collect();
    pauses.sort_by_key(|p| p.from);
    let (mut at, mut active) = (start, 0i64);
    for pause in pauses {
        let ran = pause.from.max(at).duration_since(at).as_millis() as i64;
        if active + ran >= target {
            return after(at, target - active);
        }
        active += ran;
        at = pause.to?.max(at);
    }
    after(at, target - active)
}

/// "Keys: Space pause/resume, n next item, …": the keys of the mode the keys are in, as
/// the footer lists them, in words.
fn keys(app: &App, lang: Lang) -> String {
    let mode = app.key_mode();
    let listed: Vec<String> = app
        .keymap
        .iter()
        .filter(|b| b.mode == mode)
        .filter_map(|b| Some(format!("{} {}", b.key.label(), b.footer(lang)?)))
        .collect();
    t!(lang, "plain-keys", keys = listed.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Event, testkit::Scribe};

    #[test]
    fn a_stage_began_when_the_clock_had_that_much_left_pauses_left_out() {
        let agenda = crate::session::testkit::roundtable();
        let mut s = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
        let mut session = Session::start(&s.start(&agenda)).unwrap();
        let id = session.items[0].item.clone();
        session.apply(&s.record(Event::ItemStarted { item: id.clone() }));
        let start = s.now;
        let at = |secs: i64| start.checked_add(SignedDuration::from_secs(secs)).unwrap();
        // Paused from 60 s to 120 s: a clock at 100 s of run time was there at 160 s.
        s.now = at(60);
        session.apply(&s.record(Event::ItemPaused { item: id.clone() }));
        s.now = at(120);
        session.apply(&s.record(Event::ItemResumed { item: id.clone() }));
        let run = &session.items[0];
        let now = at(300);
        let left = run.remaining_ms(now);
        let allotted = run.allotted_seconds() * 1000;
        assert_eq!(crossed(run, now, left, allotted - 100_000), Some(at(160)));
        assert_eq!(crossed(run, now, left, allotted - 30_000), Some(at(30)));
        assert_eq!(crossed(run, now, left, allotted), Some(start));
        assert_eq!(crossed(run, now, left, allotted - 240_000), Some(at(300)));
    }
}
