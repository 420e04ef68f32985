//! The facilitator's panel: what runs now (big countdown, its stage in words, the speaker
//! at the floor, the item's own speakers' list), what comes next and when, how the day is
//! doing (drift, a fixed start that cannot be met, the re-plan that would fix it), and
//! between items the day's summary, or the finished event.

use jiff::{SignedDuration, Timestamp};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::countdown;
use super::hands::Hand;
use super::parts::Parts;
use super::text::{self, fit_words, hhmm, item, speakers, stage_label, stage_words};
use super::theme::Theme;
use super::{Piece, Weight, draw_pieces, measure, rows_of, shed};
use crate::app::App;
use crate::i18n::Lang;
use crate::session::Session;
use crate::t;
use crate::timing::{self, DayProjection, ProjectedItem, Proposal};

/// What the panel shows: the big countdown, whether a line of text says the same (so the
/// digits can give way on a small screen), and the lines below it.
struct Panel<'a> {
    big: Option<(String, Style)>,
    /// The clock the big digits show, when they tick.
    hand: Option<Hand>,
    big_in_text: bool,
    pieces: Vec<Piece<'a>>,
}

pub fn render(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
) {
    let theme = Theme::of(&app.settings);
    let block = block(app.lang(), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    render_inner(buf, inner, app, session, day, now, &mut Parts::whole());
}

/// The panel's border and title.
fn block<'a>(lang: Lang, theme: Theme) -> Block<'a> {
    Block::bordered().title(Line::styled(format!(" {} ", t!(lang, "screen-now")), theme.title()))
}

/// Inside the panel's border at `area`: what changes from second to second.
pub fn inner(area: Rect, app: &App) -> Rect {
    block(app.lang(), Theme::of(&app.settings)).inner(area)
}

/// What is inside the border (at `inner`, see [`inner`]), alone: an idle second redraws
/// this and not the border, and of it only the `parts` that changed.
pub fn render_inner(
    buf: &mut Buffer,
    inner: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    parts: &mut Parts,
) {
    let theme = Theme::of(&app.settings);
    // A finished event comes first: it never reads as one about to start.
    let panel = if let Some(at) = session.finished_at {
        finished(session, at, app.lang(), theme)
    } else if let Some(c) = session.current_index() {
        running(app, session, day, c, now, theme, inner.width, parts)
    } else if let Some(d) = timing::day_over(session) {
        day_over(app, session, day, d, now, theme)
    } else {
        idle(app, session, day, now, theme, inner.width, parts)
    };
    draw(buf, inner, panel, parts);
}

/// Lays the panel out: big digits when there is room, and the lines that matter most.
/// Less important lines give way first, then the digits shrink (the first line says the
/// time in words too), then the rest but what must show.
fn draw(buf: &mut Buffer, inner: Rect, mut panel: Panel, parts: &mut Parts) {
    let width = inner.width;
    measure(&panel.pieces, width, parts);
    let mut clock = match &panel.big {
        None => 0,
        Some(_) if inner.height >= 12 => 4,
        Some(_) if panel.big_in_text => 0,
        Some(_) => 1,
    };
    let room = |clock: u16| inner.height.saturating_sub(clock + u16::from(clock > 0));
    if !shed(&mut panel.pieces, width, room(clock), Weight::High) && clock == 4 {
        clock = if panel.big_in_text { 0 } else { 1 };
    }
    shed(&mut panel.pieces, width, room(clock), Weight::Must);
    let info_h = rows_of(&panel.pieces, width).min(room(clock));
    // The digits, a blank row, then the lines: rows counted out rather than solved by a
    // layout, which every idle second would otherwise pay for.
    let clock = clock.min(inner.height);
    let clock_area = Rect { height: clock, ..inner };
    let info_y = (inner.y + clock + u16::from(clock > 0)).min(inner.bottom());
    let info_area = Rect { y: info_y, height: info_h.min(inner.bottom() - info_y), ..inner };
    if let Some((text, style)) = &panel.big
        && clock > 0
    {
        countdown::render(buf, clock_area, text, *style, clock, panel.hand, parts);
    }
    draw_pieces(buf, info_area, &panel.pieces, parts, false, Alignment::Left);
}

/// An item on the clock: its countdown and stage, who speaks, and how the day goes.
#[allow(clippy::too_many_arguments)]
fn running<'a>(
    app: &App,
    session: &'a Session,
    day: &DayProjection,
    c: usize,
    now: Timestamp,
    theme: Theme,
    width: u16,
    parts: &mut Parts,
) -> Panel<'a> {
    let lang = app.lang();
    let mut pieces = Vec::new();
    let mut big = None;
    if let Some(cd) = timing::countdown(session, c, now, app.settings.warnings()) {
        let state = if cd.running {
            t!(lang, "screen-running")
        } else {
            format!("‖ {}", t!(lang, "screen-paused"))
        };
        let left =
            if cd.remaining_ms >= 0 { t!(lang, "screen-clock-left") } else { t!(lang, "screen-clock-over") };
        let style = theme.stage(cd.stage);
        let shown = cd.display();
        let label = stage_label(lang, cd.stage, cd.label());
        // The time in plain text too: for small terminals, screen readers and tests.
        pieces.push(
            Piece::new(
                Weight::Must,
                Line::from(vec![
                    Span::styled(format!(" {} {label} ", cd.stage.symbol()), style),
                    Span::raw("  "),
                    // Styled like the digits above, so a second's redraw needs no style
                    // change in between (fewer bytes to the terminal).
                    Span::styled(format!("{shown} {left}"), style),
                    Span::raw(format!(" · {state}")),
                ]),
            )
            .with_hand(2, Hand::Countdown, shown.len()),
        );
        big = Some((shown, style));
    }
    // What does not move with the seconds, built once per whole frame (see [`Parts::keep`]).
    let kept = parts.keep("running", || {
        let it = item(session, c);
        let mut head = Vec::new();
        if let Some(it) = it {
            head.push(Piece::new(Weight::Must, Line::styled(it.title.clone(), theme.title())));
        }
        if let Some(p) = day.items.iter().find(|p| p.index == c) {
            let line = started_and_ends(session, c, p, lang);
            head.push(Piece::new(Weight::Medium, Line::styled(line, theme.dim())));
        }
        let mut tail: Vec<Piece> = Vec::new();
        tail.extend(queue(session, c, lang, theme));
        tail.extend(the_day(session, day, None, now, lang, theme, width));
        tail.extend(message(session, lang, theme));
        if let Some(it) = it {
            let mut facts = vec![t!(lang, "screen-item-type", kind = text::item_kind(lang, it.kind))];
            facts.extend(it.section.clone());
            let who = speakers(session, it);
            if !who.is_empty() {
                facts.push(t!(lang, "screen-speakers", who = who));
            }
            tail.push(Piece::new(Weight::Least, Line::styled(facts.join(" · "), theme.dim())));
        }
        vec![head, tail]
    });
    let mut kept = kept.into_iter();
    pieces.extend(kept.next().into_iter().flatten());
    pieces.extend(reporting(session, now, lang, theme));
    pieces.extend(floor(session, now, lang, theme));
    pieces.extend(kept.next().into_iter().flatten());
    Panel { big, hand: Some(Hand::Countdown), big_in_text: true, pieces }
}

/// "Started 09:00 · ends 10:05 (planned 09:30)": the end as the projection has it (the
/// same instant the list shows, moved on by any pause), never a sum of rounded parts.
fn started_and_ends(session: &Session, c: usize, p: &ProjectedItem, lang: Lang) -> String {
    let set = session.items.get(c).is_some_and(|r| r.ends_at.is_some());
    let (start, end) = (hhmm(session, p.start), hhmm(session, p.end));
    if set {
        t!(lang, "screen-started-ends-set", start = start, end = end)
    } else {
        let planned = session.items.get(c).map(|r| hhmm(session, civil(session, r.planned_end)));
        t!(lang, "screen-started-ends", start = start, end = end, planned = planned.unwrap_or_default())
    }
}

/// The group reporting back, and its slot's clock in digits, symbol and words.
fn reporting<'a>(session: &Session, now: Timestamp, lang: Lang, theme: Theme) -> Option<Piece<'a>> {
    let slot = timing::open_slot(session, now)?;
    let stage = theme.stage(slot.stage);
    let (shown, in_place) = text::clock_of(lang, &slot.display());
    let len = shown.chars().count();
    let label = stage_label(lang, slot.stage, slot.label());
    Some(
        Piece::new(
            Weight::High,
            Line::from(vec![
                Span::styled(format!("{} ", t!(lang, "screen-reporting")), theme.dim()),
                Span::styled(slot.group.clone(), theme.title()),
                Span::raw(" · "),
                Span::styled(format!("{shown} {} {label}", slot.stage.symbol()), stage),
                Span::styled(format!("  ({})", t!(lang, "screen-next-group")), theme.dim()),
            ]),
        )
        // A clock whose digits moved in the operator's words is drawn the long way.
        .with_hand(if in_place { 3 } else { usize::MAX }, Hand::Slot, len),
    )
}

/// The speaker at the floor and their clock ("LAST CALL" in a turn's last 15 seconds).
fn floor<'a>(session: &Session, now: Timestamp, lang: Lang, theme: Theme) -> Option<Piece<'a>> {
    let turn = timing::open_turn(session)?;
    let clock = timing::turn_clock(session, now)?;
    let (shown, in_place) = text::clock_of(lang, &clock.display());
    let len = shown.chars().count();
    let mut spans = vec![
        Span::styled(format!("{} ", t!(lang, "screen-floor")), theme.dim()),
        Span::styled(speaker_label(session, &turn.speaker, lang), theme.title()),
        Span::raw(" · "),
        Span::styled(shown, theme.stage(clock.stage)),
    ];
    spans.push(Span::styled(stage_words(lang, clock.stage, clock.label()), theme.stage(clock.stage)));
    let span = if in_place { 3 } else { usize::MAX };
    Some(Piece::new(Weight::High, Line::from(spans)).with_hand(span, Hand::Turn, len))
}

/// The running item's own speakers' list, in speaking order (other items' lists wait
/// with their items).
fn queue<'a>(session: &Session, c: usize, lang: Lang, theme: Theme) -> Option<Piece<'a>> {
    let run = session.items.get(c)?;
    let list = session.speakers_list(&run.item);
    if list.is_empty() && !run.speakers_closed {
        return None;
    }
    let waiting: Vec<String> = list
        .iter()
        .enumerate()
        .map(|(i, q)| format!("{}. {}", i + 1, speaker_label(session, &q.speaker, lang)))
        .collect();
    let mut label = t!(lang, "screen-queue");
    if run.speakers_closed {
        label.push_str(&format!(" ({})", t!(lang, "screen-queue-closed")));
    }
    if run.first_time_first {
        label.push_str(&format!(" ({})", t!(lang, "screen-queue-first-time-first")));
    }
    let names = if waiting.is_empty() { t!(lang, "screen-queue-nobody") } else { waiting.join("  ") };
    Some(Piece::new(
        Weight::Medium,
        Line::from(vec![Span::styled(format!("{label}: "), theme.dim()), Span::raw(names)]),
    ))
}

/// Nothing on the clock yet (or again): what Space would start, and how the day goes.
#[allow(clippy::too_many_arguments)]
fn idle<'a>(
    app: &App,
    session: &'a Session,
    day: &DayProjection,
    now: Timestamp,
    theme: Theme,
    width: u16,
    parts: &mut Parts,
) -> Panel<'a> {
    let lang = app.lang();
    let selected = item(session, app.selected).zip(session.items.get(app.selected));
    // The length it would count down from, dimmed: ready, not running.
    let big = selected.map(|(_, run)| (format!("{:02}:00", run.allotted_seconds() / 60), theme.dim()));
    // Nothing here moves with the seconds: built once per whole frame (see [`Parts::keep`]).
    let kept = parts.keep("idle", || {
        let mut pieces =
            vec![Piece::new(Weight::Must, Line::styled(t!(lang, "screen-no-item-running"), theme.title()))];
        if let Some((it, run)) = selected {
            let minutes = run.allotted_seconds() / 60;
            let mut text = t!(lang, "screen-space-starts-selected", title = &it.title, minutes = minutes);
            if run.day != day.day {
                text.push_str(&format!(" — {}", t!(lang, "screen-selected-on-day", day = run.day + 1)));
            }
            pieces.push(Piece::new(Weight::Must, Line::raw(text)));
        }
        pieces.extend(the_day(session, day, Some(app.selected), now, lang, theme, width));
        pieces.extend(message(session, lang, theme));
        vec![pieces]
    });
    Panel { big, hand: None, big_in_text: true, pieces: kept.into_iter().flatten().collect() }
}

/// How the day goes: drift, the next item, a fixed start that cannot be met, and the
/// re-plan that would end the day on time. `skip_next` leaves out a "Next" line that would
/// only repeat the item Space starts.
fn the_day<'a>(
    session: &Session,
    day: &DayProjection,
    skip_next: Option<usize>,
    now: Timestamp,
    lang: Lang,
    theme: Theme,
    width: u16,
) -> Vec<Piece<'a>> {
    // A day of one item (`convene timer`) has nothing to say about the day that the
    // item's own line does not.
    let mut pieces = if day.items.len() > 1 { vec![drift(session, day, lang, theme)] } else { Vec::new() };
    if let Some(n) = timing::next_item(session).filter(|&n| Some(n) != skip_next) {
        pieces.extend(next_line(session, day, n, now, lang, theme, width));
    }
    let proposal = timing::replan_proposal(session, day);
    pieces.extend(missed_fixed_start(session, day, proposal.as_ref(), lang, theme));
    pieces.extend(proposal.map(|p| proposal_line(session, &p, lang, theme)));
    pieces
}

/// "Day: 12 min behind · ends 17:02 (planned 16:45 · room closes 17:30)": the room's
/// closing time only when the day runs past its planned end. When a fixed start ahead
/// absorbs the delay, the day can still end as planned: "Day: 15 min behind before Lunch
/// · ends 16:45 if Lunch is 15 min shorter", so the two figures never contradict.
fn drift<'a>(session: &Session, day: &DayProjection, lang: Lang, theme: Theme) -> Piece<'a> {
    let behind = day.drift_minutes() > 0;
    let overruns = day.projected_end > day.planned_end;
    let late = behind || day.hard_end.is_some_and(|h| day.projected_end > h);
    let style = if late { theme.late() } else { theme.early() };
    let ends = hhmm(session, day.projected_end);
    let drift = text::drift(lang, day);
    let absorbed = day.missed_fixed_start().filter(|_| behind && !overruns);
    if let Some(p) = absorbed {
        let title = item(session, p.index).map_or_else(String::new, |it| it.title.clone());
        let shorter = (p.fixed_missed_ms.unwrap_or(0) + 59_999) / 60_000;
        let text =
            t!(lang, "screen-day-absorbed", drift = &drift, title = &title, ends = &ends, minutes = shorter);
        let short = t!(
            lang,
            "screen-day-absorbed-short",
            drift = &drift,
            title = fit_words(&title, 16),
            ends = &ends
        );
        return Piece::new(Weight::High, Line::styled(text, style)).or_short(Line::styled(short, style));
    }
    let short = t!(lang, "screen-day-ends", drift = &drift, ends = &ends);
    let mut text = format!("{short} ({}", t!(lang, "screen-planned", time = hhmm(session, day.planned_end)));
    if let Some(hard) = day.hard_end.filter(|&h| overruns || day.projected_end > h) {
        text.push_str(&format!(" · {}", t!(lang, "screen-room-closes", time = hhmm(session, hard))));
    }
    text.push(')');
    Piece::new(Weight::High, Line::styled(text, style)).or_short(Line::styled(short, style))
}

/// "Next 10:05  Key questions (60 min, presentation)": the item `n` starts, at the time
/// the projection gives it; on the last item of a day, that `n` ends the day and when the
/// next one starts.
fn next_line<'a>(
    session: &Session,
    day: &DayProjection,
    n: usize,
    now: Timestamp,
    lang: Lang,
    theme: Theme,
    width: u16,
) -> Option<Piece<'a>> {
    let (it, run) = (item(session, n)?, session.items.get(n)?);
    let p = projected(session, day, n, now)?;
    let next = format!("{} ", t!(lang, "screen-next"));
    if run.day != day.day {
        // The last item of a day: `n` stops the clock, and the next day waits for Space.
        let text = t!(
            lang,
            "screen-next-day",
            day = day.day + 1,
            next = run.day + 1,
            when = text::date_and_time(lang, session, p.start),
            title = &it.title
        );
        return Some(Piece::new(
            Weight::High,
            Line::from(vec![Span::styled(next, theme.dim()), Span::raw(text)]),
        ));
    }
    let when = hhmm(session, p.start);
    let allotted = run.allotted_seconds() / 60;
    // An item gone back from goes on where it stopped: say how much of it is left.
    let left = (p.end.duration_since(p.start).as_secs() + 59).div_euclid(60);
    let length = if run.started_at.is_some() && left < allotted {
        t!(lang, "screen-minutes-left-of", left = left, minutes = allotted)
    } else {
        t!(lang, "screen-minutes", minutes = allotted)
    };
    let full = format!("{when}  {} ({length}, {})", it.title, text::item_kind(lang, it.kind));
    // The short form takes one row: the title gives way (the list shows it whole).
    let head = format!("{next}{when}  ");
    let tail = format!(" ({length})");
    let room = usize::from(width).saturating_sub(head.chars().count() + tail.chars().count());
    let short = format!("{when}  {}{tail}", fit_words(&it.title, room.max(8)));
    let line = |text: String| Line::from(vec![Span::styled(next.clone(), theme.dim()), Span::raw(text)]);
    Some(Piece::new(Weight::High, line(full)).or_short(line(short)))
}

/// Item `index` as projected: from `day` when it is that day's, else from its own day.
fn projected(session: &Session, day: &DayProjection, index: usize, now: Timestamp) -> Option<ProjectedItem> {
    let d = session.items.get(index)?.day;
    let find = |items: &[ProjectedItem]| items.iter().find(|p| p.index == index).cloned();
    if d == day.day { find(&day.items) } else { find(&timing::project_day(session, d, now).items) }
}

/// "⚠ Lunch (fixed 12:30) cannot start on time: what runs before it ends 13:39 — a
/// accepts the re-plan": a fixed start keeps its place in the list, so this line is what
/// tells the facilitator that it will not hold, and what to do.
fn missed_fixed_start<'a>(
    session: &Session,
    day: &DayProjection,
    proposal: Option<&Proposal>,
    lang: Lang,
    theme: Theme,
) -> Option<Piece<'a>> {
    let p = day.missed_fixed_start()?;
    let (fixed, missed) = (p.fixed?, p.fixed_missed_ms?);
    let title = item(session, p.index).map_or_else(String::new, |it| it.title.clone());
    let runs_to = fixed.checked_add(SignedDuration::from_millis(missed)).unwrap_or(fixed);
    let helps = proposal.is_some_and(|pr| pr.cuts.iter().any(|&(i, _, _)| i < p.index));
    let remedy = match proposal {
        Some(pr) if helps && pr.still_over_minutes == 0 => t!(lang, "screen-remedy-accept"),
        _ if helps => t!(lang, "screen-remedy-not-enough"),
        _ => t!(lang, "screen-remedy-skip-or-shorten"),
    };
    Some(Piece::new(
        Weight::Must,
        Line::styled(
            t!(
                lang,
                "screen-fixed-start-missed",
                title = &title,
                fixed = hhmm(session, fixed),
                ends = hhmm(session, runs_to),
                remedy = remedy
            ),
            theme.warning(),
        ),
    ))
}

/// Every cut the re-plan proposes, in full (the line wraps; it is never cut short).
fn proposal_line<'a>(session: &Session, proposal: &Proposal, lang: Lang, theme: Theme) -> Piece<'a> {
    let cuts: Vec<String> = proposal
        .cuts
        .iter()
        .map(|&(i, from, to)| {
            let title = item(session, i).map_or_else(|| "?".to_string(), |it| fit_words(&it.title, 24));
            format!("{title} {from}→{to}")
        })
        .collect();
    let mut text = if cuts.is_empty() {
        t!(lang, "screen-replan-nothing")
    } else {
        t!(lang, "screen-replan", cuts = cuts.join(", "))
    };
    if proposal.still_over_minutes > 0 {
        text.push_str(&format!(
            " ({})",
            t!(lang, "screen-replan-still-over", minutes = proposal.still_over_minutes)
        ));
    }
    Piece::new(Weight::Must, Line::styled(text, theme.accent()))
}

/// The facilitator's message line, as the room sees it on the projector.
fn message<'a>(session: &Session, lang: Lang, theme: Theme) -> Option<Piece<'a>> {
    let text = session.message.clone()?;
    Some(Piece::new(
        Weight::Low,
        Line::from(vec![
            Span::styled(format!("{} ", t!(lang, "screen-message")), theme.dim()),
            Span::styled(text, theme.title()),
        ]),
    ))
}

/// The clock stopped at the end of day `d`: how the day went, and what starts the next.
fn day_over<'a>(
    app: &App,
    session: &'a Session,
    day: &DayProjection,
    d: usize,
    now: Timestamp,
    theme: Theme,
) -> Panel<'a> {
    let lang = app.lang();
    let ended = session.items.iter().filter(|r| r.day == d).filter_map(|r| r.ended_at).max();
    let mut head = t!(lang, "screen-day-is-over", day = d + 1);
    if let Some(at) = ended {
        head.push_str(&format!(" · {}", t!(lang, "screen-day-ended", time = hhmm(session, at))));
        if day.day == d {
            head.push_str(&format!(
                " ({})",
                t!(lang, "screen-planned", time = hhmm(session, day.planned_end))
            ));
        }
    }
    let mut pieces = vec![
        Piece::new(Weight::Must, Line::styled(head, theme.title())),
        Piece::new(Weight::Must, Line::raw(tally(session, Some(d), lang))),
    ];
    let then = match timing::next_item(session) {
        Some(n) => {
            let (title, next_day) = (item_title(session, n), session.items.get(n).map_or(0, |r| r.day));
            let when = projected(session, day, n, now).map(|p| text::date_and_time(lang, session, p.start));
            let when = when.map(|w| format!(" ({w})")).unwrap_or_default();
            let starts = t!(lang, "screen-starts-day", day = next_day + 1, title = format!("{title}{when}"));
            if app.selected == n {
                format!("Space {starts}")
            } else {
                let selected = item_title(session, app.selected);
                format!("n {starts} · {}", t!(lang, "screen-space-starts-selected-item", title = selected))
            }
        }
        None => t!(lang, "screen-last-item-done"),
    };
    pieces.push(Piece::new(Weight::Must, Line::raw(then)));
    pieces.extend(message(session, lang, theme));
    Panel { big: None, hand: None, big_in_text: false, pieces }
}

/// The event is finished: when, what ran, and that the notes are still open.
fn finished<'a>(session: &Session, at: Timestamp, lang: Lang, theme: Theme) -> Panel<'a> {
    let when = t!(lang, "screen-finished-at", time = hhmm(session, at));
    let pieces = vec![
        Piece::new(
            Weight::Must,
            Line::styled(format!("{when} ({})", text::date(lang, session, at)), theme.title()),
        ),
        Piece::new(Weight::Must, Line::raw(tally(session, None, lang))),
        Piece::new(Weight::Must, Line::styled(t!(lang, "screen-notes-stay-open"), theme.dim())),
    ];
    Panel { big: None, hand: None, big_in_text: false, pieces }
}

/// "9 items run, 1 skipped, 34 notes" for day `day`, or for the whole event.
fn tally(session: &Session, day: Option<usize>, lang: Lang) -> String {
    let of_day = |d: usize| day.is_none_or(|want| want == d);
    let items: Vec<_> = session.items.iter().filter(|r| of_day(r.day)).collect();
    let skipped = items.iter().filter(|r| r.skipped).count();
    let ran = items.iter().filter(|r| !r.skipped && r.started_at.is_some()).count();
    let not_run = items.len().saturating_sub(ran + skipped);
    let notes = session
        .live_entries()
        .filter(|e| match day {
            None => true,
            Some(d) => e
                .item
                .as_deref()
                .and_then(|id| session.item_index(id))
                .and_then(|i| session.items.get(i))
                .is_some_and(|r| r.day == d),
        })
        .count();
    let mut parts =
        vec![t!(lang, "screen-tally-run", n = ran), t!(lang, "screen-tally-skipped", n = skipped)];
    if not_run > 0 {
        parts.push(t!(lang, "screen-tally-not-run", n = not_run));
    }
    parts.push(t!(lang, "screen-tally-notes", n = notes));
    parts.join(", ")
}

fn item_title(session: &Session, index: usize) -> String {
    item(session, index).map_or_else(String::new, |it| it.title.clone())
}

/// A speaker as the facilitator knows them (see [`crate::audience`]).
fn speaker_label(session: &Session, who: &crate::session::Attribution, lang: crate::i18n::Lang) -> String {
    crate::audience::source_in(&session.agenda, who, crate::audience::Audience::Operator, lang)
        .unwrap_or_default()
}

/// A planned (civil) time as an instant in the venue's time zone.
fn civil(session: &Session, t: jiff::civil::DateTime) -> Timestamp {
    let tz = session.agenda.event.time_zone.time_zone();
    t.to_zoned_datetime(tz).map(|z| z.timestamp()).unwrap_or_default()
}
