//! The room's view: big countdown, the item's title, the current prompt, the speaker's
//! clock, the next item and the facilitator's message; between days, that the day is
//! over; after the event, that it is finished. Never captured notes, never names.
//!
//! The room's language, or two side by side (`projector_languages`): the stage and
//! convene's own words in both, the agenda's titles and prompts once, as written.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::countdown;
use super::hands::Hand;
use super::parts::{Parts, digest};
pub use super::room_langs::{Langs, languages};
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

/// The big digits grow past the font's own size (8 rows) only on a screen taller than
/// this. A grown digit is many more cells to write each second it changes: on a 120x40
/// screen 2x3-cell pixels would write about 420 bytes an idle second where the font's size
/// writes 88, and DESIGN.md's budget is 100 (measured at that size). A hall's projector at
/// 200x60 is worth its 1.4 kB a second; a laptop's window does not need it.
pub const GROW_ABOVE_ROWS: u16 = 40;

/// What the room sees: a line above the digits, the digits, and lines below them.
struct Wall<'a> {
    top: Vec<Line<'a>>,
    /// The line above in each language on a line of its own, for when the two side by
    /// side do not fit the width.
    top_apart: Vec<Line<'a>>,
    big: Option<(String, Style)>,
    /// The clock the big digits show, when they tick.
    hand: Option<Hand>,
    bottom: Vec<Piece<'a>>,
    /// What comes next, below the message.
    next: Option<Piece<'a>>,
    /// A working-groups item carries its brief and prompts: they get more of the screen.
    wide_bottom: bool,
}

impl<'a> Wall<'a> {
    fn new(top: Vec<Line<'a>>) -> Wall<'a> {
        Wall {
            top,
            top_apart: Vec::new(),
            big: None,
            hand: None,
            bottom: Vec::new(),
            next: None,
            wide_bottom: false,
        }
    }

    /// With the line above saying `say` in the projector's languages, in `style`: side by
    /// side, or one language a line when they do not fit.
    fn titled(langs: Langs, style: Style, say: impl Fn(Lang) -> String) -> Wall<'a> {
        let mut wall = Wall::new(vec![Line::styled(langs.say(&say), style)]);
        if let Some(second) = langs.second {
            let (a, b) = (say(langs.first), say(second));
            if a != b {
                wall.top_apart = vec![Line::styled(a, style), Line::styled(b, style)];
            }
        }
        wall
    }
}

/// The speaker as the room may see them (see [`crate::audience`]): never a name.
fn public_speaker(session: &Session, who: &crate::session::Attribution, lang: Lang) -> String {
    crate::audience::source_in(&session.agenda, who, crate::audience::Audience::Projector, lang)
        .unwrap_or_else(|| tr_with(lang, "a-participant", &[]))
}

/// A stage in the room's words, beside its symbol: colour is never the only signal.
pub(super) fn stage_label(lang: Lang, stage: Stage, label: &str) -> String {
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
fn stage_words(langs: Langs, stage: Stage, label: &str) -> String {
    if stage == Stage::Normal {
        String::new()
    } else {
        format!(" {} {}", stage.symbol(), langs.say(|lang| stage_label(lang, stage, label)))
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
    let langs = languages(&app.settings, &session.agenda);
    // The facilitator shows the room its recommendations: the list takes the wall.
    if session.consolidation.shown {
        return super::recs_projector::render(buf, area, app, session, now, theme, langs, parts);
    }
    // A finished event comes first: it never reads as one about to start.
    let mut wall = if let Some(at) = session.finished_at {
        finished(session, at, theme, langs)
    } else if let Some(c) = session.current_index() {
        running(app, session, day, c, now, theme, parts, langs)
    } else if let Some(d) = timing::day_over(session) {
        day_over(session, d, now, theme, langs)
    } else {
        starting_soon(session, day, now, theme, langs)
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
/// least important of them giving way first; the digits take what is left.
fn draw(buf: &mut Buffer, area: Rect, mut wall: Wall, parts: &mut Parts) {
    let width = area.width.saturating_sub(4);
    // Two languages side by side, or one a line when they do not fit the width.
    if !wall.top_apart.is_empty() && wall.top.iter().any(|l| l.width() > usize::from(width)) {
        wall.top = std::mem::take(&mut wall.top_apart);
    }
    let top_h = parts.rows(&wall.top, width, false);
    measure(&wall.bottom, width, parts);
    let clock_min = u16::from(wall.big.is_some());
    let share = if wall.wide_bottom { 2 } else { 3 };
    let budget = if wall.big.is_some() { area.height / share } else { area.height.saturating_sub(top_h + 2) };
    shed(&mut wall.bottom, width, budget, Weight::Must);
    // What must show may take rows from the digits, down to one.
    let bottom_h = rows_of(&wall.bottom, width).min(area.height.saturating_sub(top_h + 2 + clock_min));
    // The digits take what the lines leave them, as big as that allows on a hall's screen
    // (see [`GROW_ABOVE_ROWS`]); at least the rows the font's own size takes, when there
    // are that many, so the wall stays centred on them.
    let room = area.height.saturating_sub(top_h + bottom_h + 2);
    let most = if area.height > GROW_ABOVE_ROWS { room } else { room.min(8) };
    let clock_h =
        wall.big.as_ref().map_or(0, |(text, _)| countdown::rows(text, width, most).max(room.min(8)));
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
        countdown::render(buf, pad(clock_area), text, *style, clock_h, wall.hand, parts);
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
    langs: Langs,
) -> Wall<'a> {
    let mut wall = Wall::new(Vec::new());
    if let Some(cd) = timing::countdown(session, c, now, app.settings.warnings()) {
        let style = theme.stage(cd.stage);
        let say = |lang: Lang| {
            let pause =
                if cd.running { String::new() } else { format!("  ‖ {}", tr_with(lang, "paused", &[])) };
            format!(" {} {}{pause} ", cd.stage.symbol(), stage_label(lang, cd.stage, cd.label()))
        };
        wall = match langs.second {
            // Side by side, each stage word with the symbol once: " ● ПО ПЛАНУ · ON TIME ".
            Some(_) => {
                let pause = if cd.running {
                    String::new()
                } else {
                    format!("  ‖ {}", langs.say(|lang| tr_with(lang, "paused", &[])))
                };
                let label = langs.say(|lang| stage_label(lang, cd.stage, cd.label()));
                let mut wall = Wall::titled(langs, style, say);
                wall.top = vec![Line::styled(format!(" {} {label}{pause} ", cd.stage.symbol()), style)];
                wall
            }
            None => Wall::new(vec![Line::styled(say(langs.first), style)]),
        };
        wall.big = Some((cd.display(), style));
        wall.hand = Some(Hand::Countdown);
    }
    if let Some(turn) = timing::open_turn(session)
        && let Some(clock) = timing::turn_clock(session, now)
    {
        // Overtime and the last call in words and symbol too: red alone says nothing to
        // a colour-blind speaker or a washed-out projector.
        let stage = stage_words(langs, clock.stage, clock.label());
        // "00:50 / 01:00": the room reads it in any language.
        let shown = clock.display().replace(" of ", " / ");
        let len = shown.len();
        let who = |lang| public_speaker(session, &turn.speaker, lang);
        let speaking = match langs.second {
            // A role from the agenda is the same in both: said once, after both labels.
            Some(second) if who(langs.first) == who(second) => {
                langs.say_with("speaking", &[], "who", &who(langs.first))
            }
            _ => langs.say(|lang| tr_with(lang, "speaking", &[("who", &who(lang))])),
        };
        wall.bottom.push(
            Piece::new(
                Weight::Must,
                Line::styled(format!("{speaking} · {shown}{stage}"), theme.stage(clock.stage)),
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
            brief.extend(working_groups(session, c, it, theme, langs));
        } else if matches!(it.kind, ItemKind::Discussion | ItemKind::Panel)
            && let Some((i, prompt)) = current_prompt(session, c)
        {
            brief.push(Piece::spaced(
                Weight::High,
                Line::styled(
                    langs.say_with("question", &[("n", &(i + 1).to_string())], "prompt", &prompt),
                    theme.accent(),
                ),
            ));
        }
        vec![title, brief, next_line(session, day, now, theme, langs).into_iter().collect()]
    });
    let [title, brief, next] = <[Vec<Piece>; 3]>::try_from(kept).unwrap_or_default();
    wall.bottom.extend(title);
    if let Some(slot) = timing::open_slot(session, now) {
        let stage = stage_words(langs, slot.stage, slot.label());
        let shown = slot.display().replace(" of ", " / ");
        let len = shown.len();
        let reporting = langs.say_with("reporting-now", &[], "group", &slot.group);
        wall.bottom.push(
            Piece::new(
                Weight::Must,
                Line::styled(format!("{reporting} · {shown}{stage}"), theme.stage(slot.stage)),
            )
            .with_hand(usize::MAX, Hand::Slot, len),
        );
    }
    wall.wide_bottom = it.kind == ItemKind::WorkingGroups;
    wall.bottom.extend(brief);
    if session.room_balance {
        wall.bottom.extend(heard(session, c, now, theme, langs));
    }
    wall.next = next.into_iter().next();
    wall
}

/// The running item's speaking balance, by stakeholder group only (the room never sees who
/// spoke for how long), when the facilitator chose to show it: one line of words, the
/// first to give way.
fn heard<'a>(session: &Session, c: usize, now: Timestamp, theme: Theme, langs: Langs) -> Option<Piece<'a>> {
    let run = session.items.get(c)?;
    let b = crate::session::balance::balance(session, crate::session::balance::Scope::Item(&run.item), now);
    if b.shares.is_empty() {
        return None;
    }
    // The same words as the operator's panel, in each of the room's languages.
    let say =
        |lang: Lang| tr_with(lang, "heard-on-item", &[("shares", &super::balance_bars::in_words(&b, lang))]);
    Some(Piece::spaced(Weight::Low, Line::styled(langs.say(say), theme.dim())))
}

/// The groups' brief and every prompt shown so far, for the groups to take along, and
/// where each group meets.
fn working_groups<'a>(
    session: &Session,
    c: usize,
    it: &crate::agenda::Item,
    theme: Theme,
    langs: Langs,
) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    if let Some(case) = &it.case_study {
        pieces.push(Piece::spaced(Weight::Medium, Line::styled(case.clone(), theme.text())));
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
            let text = langs.say_with("question", &[("n", &(i + 1).to_string())], "prompt", p);
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
    langs: Langs,
) -> Option<Piece<'a>> {
    let n = timing::next_item(session)?;
    let it = item(session, n)?;
    let d = session.items.get(n)?.day;
    if d != day.day {
        // Not today: the room is told which day, and when.
        let start = timing::project_day(session, d, now).items.into_iter().find(|p| p.index == n)?.start;
        let on = start.to_zoned_datetime(session.agenda.event.time_zone.time_zone()).date();
        let (number, time) = ((d + 1).to_string(), hhmm(session, start));
        let text = match langs.second {
            None => tr_with(
                langs.first,
                "day-starts-on",
                &[
                    ("day", &number),
                    ("date", &date_short(langs.first, on)),
                    ("time", &time),
                    ("title", &it.title),
                ],
            ),
            // The date in each language's words, the title once.
            Some(_) => {
                let when = langs.say(|lang| {
                    let date = date_short(lang, on);
                    tr_with(lang, "day-starts-date-at", &[("day", &number), ("date", &date), ("time", &time)])
                });
                format!("{when}: {}", it.title)
            }
        };
        return Some(Piece::spaced(Weight::Low, Line::styled(text, theme.dim())));
    }
    let start = day.items.iter().find(|p| p.index == n)?.start;
    let text = langs.say_with("next-at", &[("time", &hhmm(session, start))], "title", &it.title);
    Some(Piece::spaced(Weight::Low, Line::styled(text, theme.dim())))
}

/// Nothing on the clock yet: the time, and what starts next.
fn starting_soon<'a>(
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
    theme: Theme,
    langs: Langs,
) -> Wall<'a> {
    let mut wall = Wall::titled(langs, theme.title(), |lang| tr_with(lang, "starting-soon", &[]));
    wall.big = Some((hhmm(session, now), theme.title()));
    wall.next = next_line(session, day, now, theme, langs);
    wall
}

/// The day is over: the room is told when the next day starts ("see you tomorrow"); on
/// the next day's own date, before it starts, it is starting soon.
fn day_over<'a>(session: &Session, d: usize, now: Timestamp, theme: Theme, langs: Langs) -> Wall<'a> {
    let number = (d + 1).to_string();
    let over = |lang| tr_with(lang, "day-over", &[("day", &number)]);
    let tz = session.agenda.event.time_zone.time_zone();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let next = timing::next_item(session).and_then(|n| {
        let day = session.items.get(n)?.day;
        let start = timing::project_day(session, day, now).items.into_iter().find(|p| p.index == n)?.start;
        Some((day, start, item(session, n)?.title.clone()))
    });
    let Some((next_day, start, title)) = next else {
        return Wall::titled(langs, theme.title(), over);
    };
    let on = start.to_zoned_datetime(tz).date();
    let first = Piece::new(
        Weight::High,
        Line::styled(langs.say_with("first-item", &[], "title", &title), theme.dim()),
    );
    let (day, time) = ((next_day + 1).to_string(), hhmm(session, start));
    if on <= today {
        let mut wall = Wall::titled(langs, theme.title(), |lang| tr_with(lang, "starting-soon", &[]));
        wall.big = Some((hhmm(session, now), theme.title()));
        let starts = langs.say(|lang| tr_with(lang, "day-starts-at", &[("day", &day), ("time", &time)]));
        wall.bottom = vec![Piece::new(Weight::Must, Line::styled(starts, theme.text()))];
        wall.next = Some(first);
        return wall;
    }
    let when = if today.tomorrow().ok() == Some(on) {
        langs.say(|lang| tr_with(lang, "see-you-tomorrow", &[("time", &time)]))
    } else {
        langs.say(|lang| {
            let date = date_short(lang, on);
            tr_with(lang, "day-starts-date-at", &[("day", &day), ("date", &date), ("time", &time)])
        })
    };
    let mut wall = Wall::titled(langs, theme.title(), over);
    wall.bottom = vec![Piece::new(Weight::Must, Line::styled(when, theme.title()))];
    wall.next = Some(first);
    wall
}

/// The event is finished: the room is thanked, never told that it is starting soon.
fn finished<'a>(session: &Session, when: Timestamp, theme: Theme, langs: Langs) -> Wall<'a> {
    let mut wall = Wall::titled(langs, theme.title(), |lang| tr_with(lang, "event-finished", &[]));
    let at = hhmm(session, when);
    let said = langs.say(|lang| tr_with(lang, "finished-at", &[("time", &at)]));
    wall.bottom = vec![Piece::new(Weight::Must, Line::styled(said, theme.text()))];
    wall
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Settings;
    use crate::session::testkit::roundtable;

    fn settings(room: Option<&str>, pair: &[&str]) -> Settings {
        Settings {
            room_language: room.map(str::to_string),
            projector_languages: pair.iter().map(|c| c.to_string()).collect(),
            ..Settings::default()
        }
    }

    #[test]
    fn the_setting_wins_over_the_agenda_and_the_room_language_turns_the_pair_off() {
        let mut agenda = roundtable();
        let one = |lang| Langs { first: lang, second: None };
        let two = |a, b| Langs { first: a, second: Some(b) };
        assert_eq!(languages(&settings(None, &[]), &agenda), one(Lang::En), "the agenda's first language");
        agenda.event.projector_languages = vec!["ru".into(), "tg".into()];
        assert_eq!(languages(&settings(None, &[]), &agenda), two(Lang::Ru, Lang::Tg));
        assert_eq!(languages(&settings(None, &["tg", "en"]), &agenda), two(Lang::Tg, Lang::En));
        assert_eq!(languages(&settings(Some("ru"), &["tg", "en"]), &agenda), one(Lang::Ru));
        // Unknown codes and repeats are passed over; one left is one language.
        assert_eq!(languages(&settings(None, &["de", "ru", "ru-RU"]), &agenda), one(Lang::Ru));
        assert_eq!(languages(&settings(None, &["de"]), &agenda), two(Lang::Ru, Lang::Tg), "the agenda's");
        // An unknown room language is no choice: the pair stays.
        assert_eq!(languages(&settings(Some("de"), &[]), &agenda), two(Lang::Ru, Lang::Tg));
    }

    #[test]
    fn two_languages_say_their_words_once_each_and_the_agendas_text_once() {
        let pair = Langs { first: Lang::Ru, second: Some(Lang::En) };
        assert_eq!(
            pair.say_with("next-at", &[("time", "10:05")], "title", "Key questions"),
            "Далее в 10:05 · Next at 10:05: Key questions"
        );
        assert_eq!(pair.say(|lang| stage_label(lang, Stage::Overtime, "OVERTIME")), "ВРЕМЯ ВЫШЛО · OVERTIME");
        // Tajik says what it has, Russian the rest: never the same words twice.
        let ru_tg = Langs { first: Lang::Ru, second: Some(Lang::Tg) };
        assert_eq!(ru_tg.say(|lang| tr_with(lang, "paused", &[])), "ПАУЗА");
        assert_eq!(ru_tg.say_with("next-at", &[("time", "10:05")], "title", "Итоги"), "Далее в 10:05: Итоги");
        assert_eq!(
            ru_tg.say(|lang| tr_with(lang, "starting-soon", &[])),
            "Скоро начинаем · Ба наздикӣ оғоз мешавад"
        );
        // One language: the message as it always was.
        assert_eq!(
            Langs { first: Lang::En, second: None }.say_with(
                "next-at",
                &[("time", "10:05")],
                "title",
                "Key questions"
            ),
            "Next at 10:05: Key questions"
        );
    }
}
