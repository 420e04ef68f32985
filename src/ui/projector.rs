//! The room's view: big countdown, the item's title, the current prompt, the speaker's
//! clock, the next item and the facilitator's message; between days, that the day is
//! over; after the event, that it is finished. Never captured notes, never names.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::countdown;
use super::hands::Hand;
use super::parts::{Parts, digest};
use super::text::{current_prompt, hhmm, item};
use super::theme::Theme;
use super::{Piece, Weight, draw_pieces, measure, rows_of, shed};
use crate::agenda::ItemKind;
use crate::app::App;
use crate::i18n::{Lang, date_short, tr_with};
use crate::session::Session;
use crate::timing::{self, DayProjection, Stage};

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// What the room sees: a line above the digits, the digits, and lines below them.
struct Wall<'a> {
    top: Vec<Line<'a>>,
    big: Option<(String, Style)>,
    /// The clock the big digits show, when they tick.
    hand: Option<Hand>,
    bottom: Vec<Piece<'a>>,
    /// What comes next, below the message.
    next: Option<Piece<'a>>,
    /// A working-groups item carries its brief and prompts: they get more of the screen.
    wide_bottom: bool,
}

/// The speaker as the room may see them (see [`crate::audience`]): never a name.
fn public_speaker(session: &Session, who: &crate::session::Attribution, lang: Lang) -> String {
    crate::audience::source_in(&session.agenda, who, crate::audience::Audience::Projector, lang)
        .unwrap_or_else(|| tr_with(lang, "a-participant", &[]))
}

/// A stage in the room's words, beside its symbol: colour is never the only signal.
fn stage_label(lang: Lang, stage: Stage, label: &str) -> String {
    let id = match stage {
        Stage::Normal => "stage-on-time",
        Stage::WrapUp => "stage-wrap-up",
        Stage::Final if label == "LAST CALL" => "stage-last-call",
        Stage::Final if label == "LAST MINUTES" => "stage-last-minutes",
        Stage::Final => "stage-last-minute",
        Stage::Overtime => "stage-overtime",
    };
    tr_with(lang, id, &[])
}

/// " ◆ ПОСЛЕДНЯЯ МИНУТА" after a speaker's or a slot's clock; nothing while on time.
fn stage_words(lang: Lang, stage: Stage, label: &str) -> String {
    if stage == Stage::Normal {
        String::new()
    } else {
        format!(" {} {}", stage.symbol(), stage_label(lang, stage, label))
    }
}

pub fn render(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    parts: &mut Parts,
) {
    let theme = Theme::of(&app.settings);
    let lang = app.settings.room_lang(&session.agenda);
    // A finished event comes first: it never reads as one about to start.
    let mut wall = if let Some(at) = session.finished_at {
        finished(session, at, theme, lang)
    } else if let Some(c) = session.current_index() {
        running(app, session, day, c, now, theme, parts, lang)
    } else if let Some(d) = timing::day_over(session) {
        day_over(session, d, now, theme, lang)
    } else {
        starting_soon(session, day, now, theme, lang)
    };
    // The message is for the room, whatever else is on: it is never what falls off.
    if let Some(message) = &session.message {
        let style = theme.stage(Stage::WrapUp).patch(theme.selected());
        wall.bottom.push(Piece::spaced(Weight::Must, Line::styled(format!(" {message} "), style)));
    }
    wall.bottom.extend(wall.next.take());
    draw(buf, area, wall, parts);
}

/// Lays the wall out, centred: the lines below the digits get a share of the screen, the
/// least important of them giving way first; the digits take what is left, up to 8 rows.
fn draw(buf: &mut Buffer, area: Rect, mut wall: Wall, parts: &mut Parts) {
    let width = area.width.saturating_sub(4);
    let top_h = parts.rows(&wall.top, width, false);
    measure(&wall.bottom, width, parts);
    let clock_min = u16::from(wall.big.is_some());
    let share = if wall.wide_bottom { 2 } else { 3 };
    let budget = if wall.big.is_some() { area.height / share } else { area.height.saturating_sub(top_h + 2) };
    shed(&mut wall.bottom, width, budget, Weight::Must);
    // What must show may take rows from the digits, down to one.
    let bottom_h = rows_of(&wall.bottom, width).min(area.height.saturating_sub(top_h + 2 + clock_min));
    let clock_h =
        if wall.big.is_some() { area.height.saturating_sub(top_h + bottom_h + 2).min(8) } else { 0 };
    let used = top_h + 1 + clock_h + 1 + bottom_h;
    let [_, top_area, _, clock_area, _, bottom_area, _] = Layout::vertical([
        Constraint::Length(area.height.saturating_sub(used) / 2),
        Constraint::Length(top_h),
        Constraint::Length(1),
        Constraint::Length(clock_h),
        Constraint::Length(1),
        Constraint::Length(bottom_h),
        Constraint::Min(0),
    ])
    .areas(area);
    let pad = |r: Rect| Rect { x: r.x + 2, width: r.width.saturating_sub(4), ..r };
    let top_area = pad(top_area);
    parts.draw(buf, top_area, digest(&wall.top), |buf| {
        Paragraph::new(wall.top).alignment(Alignment::Center).render(top_area, buf);
    });
    if let Some((text, style)) = &wall.big {
        countdown::render(buf, pad(clock_area), text, *style, 8, wall.hand, parts);
    }
    draw_pieces(buf, pad(bottom_area), &wall.bottom, parts, true, Alignment::Center);
}

/// An item on the clock: its countdown with the stage in symbol and words, who speaks (by
/// group, never by name) and for how long, the prompt or the groups' brief, what is next.
#[allow(clippy::too_many_arguments)]
fn running<'a>(
    app: &App,
    session: &'a Session,
    day: &DayProjection,
    c: usize,
    now: Timestamp,
    theme: Theme,
    parts: &mut Parts,
    lang: Lang,
) -> Wall<'a> {
    let mut wall =
        Wall { top: Vec::new(), big: None, hand: None, bottom: Vec::new(), next: None, wide_bottom: false };
    if let Some(cd) = timing::countdown(session, c, now, app.settings.warnings()) {
        let pause =
            if cd.running { String::new() } else { format!("  ‖ {}", tr_with(lang, "paused", &[])) };
        let style = theme.stage(cd.stage);
        let label = stage_label(lang, cd.stage, cd.label());
        wall.top.push(Line::styled(format!(" {} {label}{pause} ", cd.stage.symbol()), style));
        wall.big = Some((cd.display(), style));
        wall.hand = Some(Hand::Countdown);
    }
    if let Some(turn) = timing::open_turn(session)
        && let Some(clock) = timing::turn_clock(session, now)
    {
        // Overtime and the last call in words and symbol too: red alone says nothing to
        // a colour-blind speaker or a washed-out projector.
        let stage = stage_words(lang, clock.stage, clock.label());
        // "00:50 / 01:00": the room reads it in any language.
        let shown = clock.display().replace(" of ", " / ");
        let len = shown.len();
        wall.bottom.push(
            Piece::new(
                Weight::Must,
                Line::styled(
                    format!(
                        "{} · {shown}{stage}",
                        tr_with(lang, "speaking", &[("who", &public_speaker(session, &turn.speaker, lang))])
                    ),
                    theme.stage(clock.stage),
                ),
            )
            // Centred: drawn as a paragraph, never noted (see [`super::hands`]).
            .with_hand(usize::MAX, Hand::Turn, len),
        );
    }
    let Some(it) = item(session, c) else { return wall };
    // What does not move with the seconds, built once per whole frame (see [`Parts::keep`]):
    // the title; the groups' brief or the prompt; what is next.
    let kept = parts.keep("projector", || {
        let title = vec![Piece::new(Weight::Must, Line::styled(it.title.clone(), theme.title()))];
        let mut brief = Vec::new();
        if it.kind == ItemKind::WorkingGroups {
            brief.extend(working_groups(session, c, it, theme, lang));
        } else if matches!(it.kind, ItemKind::Discussion | ItemKind::Panel)
            && let Some((i, prompt)) = current_prompt(session, c)
        {
            brief.push(Piece::spaced(
                Weight::High,
                Line::styled(
                    tr_with(lang, "question", &[("n", &(i + 1).to_string()), ("prompt", &prompt)]),
                    theme.accent(),
                ),
            ));
        }
        vec![title, brief, next_line(session, day, now, theme, lang).into_iter().collect()]
    });
    let [title, brief, next] = <[Vec<Piece>; 3]>::try_from(kept).unwrap_or_default();
    wall.bottom.extend(title);
    if let Some(slot) = timing::open_slot(session, now) {
        let stage = stage_words(lang, slot.stage, slot.label());
        let shown = slot.display().replace(" of ", " / ");
        let len = shown.len();
        wall.bottom.push(
            Piece::new(
                Weight::Must,
                Line::styled(
                    format!("{} · {shown}{stage}", tr_with(lang, "reporting-now", &[("group", &slot.group)])),
                    theme.stage(slot.stage),
                ),
            )
            .with_hand(usize::MAX, Hand::Slot, len),
        );
    }
    wall.wide_bottom = it.kind == ItemKind::WorkingGroups;
    wall.bottom.extend(brief);
    wall.next = next.into_iter().next();
    wall
}

/// The groups' brief and every prompt shown so far, for the groups to take along, and
/// where each group meets.
fn working_groups<'a>(
    session: &Session,
    c: usize,
    it: &crate::agenda::Item,
    theme: Theme,
    lang: Lang,
) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    if let Some(case) = &it.case_study {
        pieces.push(Piece::spaced(Weight::Medium, Line::raw(case.clone())));
    }
    let Some(run) = session.items.get(c) else { return pieces };
    let mut shown: Vec<usize> = session
        .prompts_revealed
        .iter()
        .filter(|p| p.item == run.item && p.group.is_none())
        .map(|p| p.index)
        .collect();
    shown.sort_unstable();
    for i in shown {
        if let Some(p) = it.prompts.get(i) {
            let text = tr_with(lang, "question", &[("n", &(i + 1).to_string()), ("prompt", p)]);
            pieces.push(Piece::new(Weight::High, Line::styled(text, theme.accent())));
        }
    }
    let rooms: Vec<String> = timing::groups_of(session, c)
        .iter()
        .map(|g| match &g.group.room {
            Some(room) => format!("{} → {room}", g.group.name),
            None => g.group.name.clone(),
        })
        .collect();
    if !rooms.is_empty() {
        pieces.push(Piece::new(Weight::High, Line::styled(rooms.join("   "), theme.dim())));
    }
    pieces
}

/// "Next at 10:05: Key questions": the item `n` starts, at its projected time (with its
/// day and date when that is not today's).
fn next_line<'a>(
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    theme: Theme,
    lang: Lang,
) -> Option<Piece<'a>> {
    let n = timing::next_item(session)?;
    let it = item(session, n)?;
    let d = session.items.get(n)?.day;
    if d != day.day {
        // Not today: the room is told which day, and when.
        let start = timing::project_day(session, d, now).items.into_iter().find(|p| p.index == n)?.start;
        let date =
            date_short(lang, start.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).date());
        let text = tr_with(
            lang,
            "day-starts-on",
            &[
                ("day", &(d + 1).to_string()),
                ("date", &date),
                ("time", &hhmm(session, start)),
                ("title", &it.title),
            ],
        );
        return Some(Piece::spaced(Weight::Low, Line::styled(text, theme.dim())));
    }
    let start = day.items.iter().find(|p| p.index == n)?.start;
    let text = tr_with(lang, "next-at", &[("time", &hhmm(session, start)), ("title", &it.title)]);
    Some(Piece::spaced(Weight::Low, Line::styled(text, theme.dim())))
}

/// Nothing on the clock yet: the time, and what starts next.
fn starting_soon<'a>(
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    theme: Theme,
    lang: Lang,
) -> Wall<'a> {
    Wall {
        top: vec![Line::styled(tr_with(lang, "starting-soon", &[]), theme.title())],
        big: Some((hhmm(session, now), theme.title())),
        hand: None,
        bottom: Vec::new(),
        next: next_line(session, day, now, theme, lang),
        wide_bottom: false,
    }
}

/// The day is over: the room is told when the next day starts ("see you tomorrow"); on
/// the next day's own date, before it starts, it is starting soon.
fn day_over<'a>(session: &Session, d: usize, now: Timestamp, theme: Theme, lang: Lang) -> Wall<'a> {
    let over = tr_with(lang, "day-over", &[("day", &(d + 1).to_string())]);
    let tz = session.agenda.event.time_zone.time_zone();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let next = timing::next_item(session).and_then(|n| {
        let day = session.items.get(n)?.day;
        let start = timing::project_day(session, day, now).items.into_iter().find(|p| p.index == n)?.start;
        Some((day, start, item(session, n)?.title.clone()))
    });
    let Some((next_day, start, title)) = next else {
        return Wall {
            top: vec![Line::styled(over, theme.title())],
            big: None,
            hand: None,
            bottom: Vec::new(),
            next: None,
            wide_bottom: false,
        };
    };
    let on = start.to_zoned_datetime(tz).date();
    let first = Piece::new(
        Weight::High,
        Line::styled(tr_with(lang, "first-item", &[("title", &title)]), theme.dim()),
    );
    if on <= today {
        return Wall {
            top: vec![Line::styled(tr_with(lang, "starting-soon", &[]), theme.title())],
            big: Some((hhmm(session, now), theme.title())),
            hand: None,
            bottom: vec![Piece::new(
                Weight::Must,
                Line::raw(tr_with(
                    lang,
                    "day-starts-at",
                    &[("day", &(next_day + 1).to_string()), ("time", &hhmm(session, start))],
                )),
            )],
            next: Some(first),
            wide_bottom: false,
        };
    }
    let when = if today.tomorrow().ok() == Some(on) {
        tr_with(lang, "see-you-tomorrow", &[("time", &hhmm(session, start))])
    } else {
        let date = date_short(lang, on);
        let day = (next_day + 1).to_string();
        tr_with(
            lang,
            "day-starts-date-at",
            &[("day", &day), ("date", &date), ("time", &hhmm(session, start))],
        )
    };
    Wall {
        top: vec![Line::styled(over, theme.title())],
        big: None,
        hand: None,
        bottom: vec![Piece::new(Weight::Must, Line::styled(when, theme.title()))],
        next: Some(first),
        wide_bottom: false,
    }
}

/// The event is finished: the room is thanked, never told that it is starting soon.
fn finished<'a>(session: &Session, when: Timestamp, theme: Theme, lang: Lang) -> Wall<'a> {
    Wall {
        top: vec![Line::styled(tr_with(lang, "event-finished", &[]), theme.title())],
        big: None,
        hand: None,
        bottom: vec![Piece::new(
            Weight::Must,
            Line::raw(tr_with(lang, "finished-at", &[("time", &hhmm(session, when))])),
        )],
        next: None,
        wide_bottom: false,
    }
}
