//! The room's view of the recommendations, while the facilitator shows them (`v` in the
//! consolidation view): the numbered list with the room's support and the plenary's
//! decision in words, the one the room is looking at marked by a symbol and reversed, the
//! running item's time left on one small line, and the facilitator's message. Never who
//! said a point: no name, role or stakeholder group (a working group's name is no one's).
//!
//! Drawn part by part (see [`super::parts`]): an idle second moves only the clock's digits.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::consolidation::{decision_style, decision_symbol};
use super::hands::{Hand, Mark};
use super::parts::{Parts, digest};
use super::room_langs::Langs;
use super::text::{fit_words, plain_width, set_plain};
use super::theme::Theme;
use crate::app::App;
use crate::app::consolidate::{Consolidate, decision_text, support_text, visible};
use crate::i18n::tr_with;
use crate::session::{Entry, Session};
use crate::timing::{self, Stage};

/// Below this many rows for the list, recommendations follow each other without a blank
/// row between them.
const SPACED_FROM_ROWS: u16 = 20;

#[allow(clippy::too_many_arguments)]
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    session: &Session,
    now: Timestamp,
    theme: Theme,
    langs: Langs,
    parts: &mut Parts,
) {
    // Two columns of margin each side and a row on top; the last row is the facilitator's
    // status line (see [`super::projector_view`]).
    let inner = Rect {
        x: area.x.saturating_add(2),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    };
    if inner.is_empty() {
        return;
    }
    // The whole list, whatever the operator's filter: the follower's window has none, and
    // the room's numbers are the whole list's.
    let view = &app.consolidate;
    let whole = if view.kind.is_none() && view.item.is_none() && view.group.is_none() {
        visible(session, view)
    } else {
        visible(session, &Consolidate::default())
    };
    // A combination being worded stands in the place of its first source: the others are
    // not shown twice meanwhile.
    let wording = app.room_wording.as_ref();
    let source = |l: &super::super::app::consolidate::Line, ids: &[uuid::Uuid]| {
        session.entries.get(l.entry).is_some_and(|e| ids.contains(&e.id))
    };
    let whole: Vec<_> = match wording.filter(|w| w.entries.len() > 1) {
        Some(w) => {
            let first = whole.iter().position(|l| source(l, &w.entries));
            let rest = whole.iter().enumerate().filter(|(i, l)| Some(*i) == first || !source(l, &w.entries));
            rest.map(|(_, l)| *l).collect()
        }
        None => whole.to_vec(),
    };
    let heading = langs.say(|lang| tr_with(lang, "recs-heading", &[]));
    let heading = fit_words(&format!("{heading} · {}", whole.len()), usize::from(inner.width));
    let mut y = inner.y;
    let row = |y: u16| Rect { y, height: 1, ..inner };
    let heading = Line::styled(heading, theme.title()).alignment(Alignment::Center);
    parts.draw(buf, row(y), digest(&heading), |buf| Paragraph::new(heading).render(row(y), buf));
    y += 1;
    if clock_line(buf, row(y), session, app, now, theme, langs, parts) {
        y += 1;
    }
    y += 1;
    let mut bottom = inner.bottom();
    // The message is for the room, whatever else is on: it never gives way to the list.
    if let Some(message) = &session.message {
        let style = theme.stage(Stage::WrapUp).patch(theme.selected());
        let lines = [Line::styled(format!(" {message} "), style)];
        let rows = parts.rows(&lines, inner.width, true).min(inner.height / 3).max(1);
        let at = Rect { y: bottom.saturating_sub(rows), height: rows, ..inner };
        parts.draw(buf, at, digest(&lines), |buf| {
            Paragraph::new(lines.to_vec())
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true })
                .render(at, buf)
        });
        bottom = at.y.saturating_sub(1);
    }
    let list = Rect { y, height: bottom.saturating_sub(y), ..inner };
    if list.is_empty() {
        return;
    }
    if whole.is_empty() {
        let none = Line::styled(langs.say(|lang| tr_with(lang, "recs-none", &[])), theme.dim())
            .alignment(Alignment::Center);
        let at = Rect { height: 1, ..list };
        parts.draw(buf, at, digest(&none), |buf| Paragraph::new(none).render(at, buf));
        return;
    }
    let at = |ids: &[uuid::Uuid]| whole.iter().position(|l| source(l, ids));
    // A wording being typed on the laptop shows in place of what it rewords (a
    // combination: in place of the first of its sources), and the room looks there.
    let worded = wording.and_then(|w| at(&w.entries));
    let spotlight = worded.or_else(|| session.consolidation.spotlight.and_then(|id| at(&[id])));
    let block = |i: usize| {
        let line = whole.get(i)?;
        let e = session.entries.get(line.entry)?;
        let (text, is_worded) = match wording {
            Some(w) if worded == Some(i) => (w.text.as_str(), true),
            _ => (e.text.as_str(), false),
        };
        let shown = Shown { number: line.number, spotlight: spotlight == Some(i), worded: is_worded };
        Some(recommendation(e, text, shown, list.width, langs, theme))
    };
    draw_list(buf, list, whole.len(), spotlight, block, langs, theme, parts);
}

/// "● 12:34 left" (in the room's languages, "‖ PAUSED" when paused): the running item's
/// time, on one row, centred. Its digits are noted for the idle seconds to move (see
/// [`super::hands`]). Says whether an item runs (and the row was used).
#[allow(clippy::too_many_arguments)]
fn clock_line(
    buf: &mut Buffer,
    at: Rect,
    session: &Session,
    app: &App,
    now: Timestamp,
    theme: Theme,
    langs: Langs,
    parts: &mut Parts,
) -> bool {
    let running = session.current_index().filter(|_| session.finished_at.is_none());
    let Some(cd) = running.and_then(|c| timing::countdown(session, c, now, app.settings.warnings())) else {
        return false;
    };
    let words = |langs: Langs| {
        let id = if cd.remaining_ms >= 0 { "recs-time-left" } else { "recs-time-over" };
        let mut words = langs.say(|lang| tr_with(lang, id, &[]));
        if !cd.running {
            words.push_str(&format!("  ‖ {}", langs.say(|lang| tr_with(lang, "paused", &[]))));
        }
        words
    };
    let head = format!("{} ", cd.stage.symbol());
    let time = cd.display();
    let mut text = format!("{head}{time} {}", words(langs));
    if text.chars().count() > usize::from(at.width) {
        // Two languages do not fit a narrow screen: the room's first one says it.
        text = format!("{head}{time} {}", words(Langs { second: None, ..langs }));
    }
    let style = theme.stage(cd.stage);
    let line = Line::from(vec![Span::styled(text.clone(), style)]);
    let width = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
    match plain_width(&line) {
        Some(_) if width <= at.width => {
            let x = at.x + (at.width - width) / 2;
            let part = Rect { x, width, ..at };
            parts.draw(buf, part, digest((&text, style)), |buf| set_plain(buf, part, &text, style));
            let digits = u16::try_from(time.len()).unwrap_or(u16::MAX);
            let from = x + u16::try_from(head.chars().count()).unwrap_or(0);
            parts.mark(Mark::Text { hand: Hand::Countdown, at: Rect { x: from, width: digits, ..at } });
        }
        _ => {
            parts.draw(buf, at, digest((&text, style)), |buf| {
                Paragraph::new(line).alignment(Alignment::Center).render(at, buf)
            });
            parts.unmarked();
        }
    }
    true
}

/// Where a recommendation stands in the room's list and how it is shown.
#[derive(Clone, Copy)]
struct Shown {
    number: usize,
    spotlight: bool,
    /// Its wording is being typed on the laptop.
    worded: bool,
}

/// One recommendation as the room sees it: "◆ 3. text" for the one it is looking at, then,
/// indented, its working group, support and decision.
/// `text` is its wording, or the one being typed for it (marked ✎: the room watches it
/// being reworded).
fn recommendation(
    e: &Entry,
    text: &str,
    shown: Shown,
    width: u16,
    langs: Langs,
    theme: Theme,
) -> Vec<Line<'static>> {
    let Shown { number, spotlight, worded } = shown;
    let marker = match (worded, spotlight) {
        (true, _) => "✎ ",
        (false, true) => "◆ ",
        (false, false) => "  ",
    };
    let head = format!("{marker}{number}. ");
    // The wording wraps under itself, not under the number: rows broken here, each after
    // the number's width.
    let indent = head.chars().count();
    let mut out = Vec::new();
    let rows =
        text.split('\n').flat_map(|l| super::text::wrap_words(l, usize::from(width).saturating_sub(indent)));
    for (i, row) in rows.enumerate() {
        if i == 0 {
            out.push(Line::from(vec![
                Span::styled(head.clone(), theme.title()),
                Span::styled(row, theme.text()),
            ]));
        } else {
            out.push(Line::styled(format!("{}{row}", " ".repeat(indent)), theme.text()));
        }
    }
    let mut details: Vec<String> = Vec::new();
    details.extend(e.group.clone());
    if let Some(support) = e.support {
        details.push(langs.say(|lang| support_text(lang, support)));
    }
    // A wording being typed has no support or decision yet: the old one's are not its.
    if !worded {
        // Full strength, not dimmed: the tally is what the back of the hall must read.
        // Under the wording, row by row; the decision (its own style) after the tally when
        // both fit a row, else on the next.
        let pad = " ".repeat(indent);
        let room = usize::from(width).saturating_sub(indent);
        let mut rows = if details.is_empty() {
            Vec::new()
        } else {
            super::text::wrap_words(&details.join(" · "), room)
        };
        let last = rows.pop();
        out.extend(rows.into_iter().map(|r| Line::styled(format!("{pad}{r}"), theme.text())));
        // The symbol once, the words in each language.
        let decided = e.decision.map(|d| {
            let words = format!("{} {}", decision_symbol(d), langs.say(|lang| decision_text(lang, d)));
            Span::styled(words, decision_style(theme, d))
        });
        match (last, decided) {
            (Some(last), Some(words)) if last.chars().count() + 3 + words.content.chars().count() <= room => {
                out.push(Line::from(vec![Span::styled(format!("{pad}{last} · "), theme.text()), words]));
            }
            (last, words) => {
                out.extend(last.map(|r| Line::styled(format!("{pad}{r}"), theme.text())));
                out.extend(words.map(|w| Line::from(vec![Span::raw(pad.clone()), w])));
            }
        }
    }
    if spotlight {
        for line in &mut out {
            line.style = line.style.patch(spotlight_style(theme));
        }
    }
    out
}

/// The recommendation the room looks at: reversed and bold, besides its ◆.
fn spotlight_style(theme: Theme) -> Style {
    theme.selected().add_modifier(Modifier::BOLD)
}

/// Draws recommendations `0..n` (built by `block`) into `area`, from the first when they
/// all fit, else around the spotlight (a third of the rows above it at most), with how
/// many more there are above and below said on the first and last rows. Only the blocks
/// near the spotlight are built: each takes a row at least.
#[allow(clippy::too_many_arguments)]
fn draw_list<'a>(
    buf: &mut Buffer,
    area: Rect,
    n: usize,
    spotlight: Option<usize>,
    block: impl Fn(usize) -> Option<Vec<Line<'a>>>,
    langs: Langs,
    theme: Theme,
    parts: &mut Parts,
) {
    let gap = u16::from(area.height >= SPACED_FROM_ROWS);
    let reach = usize::from(area.height);
    let spot = spotlight.unwrap_or(0).min(n.saturating_sub(1));
    let from = spot.saturating_sub(reach);
    let to = spot.saturating_add(reach + 1).min(n);
    let blocks: Vec<(Vec<Line>, u16)> = (from..to)
        .map(|i| {
            let lines = block(i).unwrap_or_default();
            let rows = parts.rows(&lines, area.width, false).max(1);
            (lines, rows)
        })
        .collect();
    let rows = |i: usize| i.checked_sub(from).and_then(|k| blocks.get(k)).map_or(1, |(_, r)| *r);
    // Rows of blocks `a..b`, with the blank rows between them.
    let span = |a: usize, b: usize| {
        (a..b).fold(0u16, |sum, i| sum.saturating_add(rows(i)).saturating_add(gap)).saturating_sub(gap)
    };
    let (body, start, end) = if from == 0 && to == n && span(0, n) <= area.height {
        (area, 0, n)
    } else {
        // Rows for "▲ 3 more above" and "▼ 12 more below".
        let body = Rect { y: area.y + 1, height: area.height.saturating_sub(2), ..area };
        let mut start = spot;
        while start > from && span(start - 1, spot + 1) <= span(spot, spot + 1) + body.height / 3 {
            start -= 1;
        }
        let mut end = spot + 1;
        while end < to && span(start, end + 1) <= body.height {
            end += 1;
        }
        // The end of the list in view: what is left above fills the rows below it.
        while end == n && start > from && span(start - 1, end) <= body.height {
            start -= 1;
        }
        (body, start, end)
    };
    let mut y = body.y;
    for i in start..end {
        let Some((lines, rows)) = i.checked_sub(from).and_then(|k| blocks.get(k)) else { break };
        if y >= body.bottom() {
            break;
        }
        let at = Rect { y, height: (*rows).min(body.bottom() - y), ..body };
        let spotlit = spotlight == Some(i);
        parts.draw(buf, at, digest((lines, spotlit)), |buf| {
            let style = if spotlit { spotlight_style(theme) } else { Style::new() };
            Paragraph::new(lines.clone()).style(style).wrap(Wrap { trim: false }).render(at, buf)
        });
        y = y.saturating_add(*rows).saturating_add(gap);
    }
    // "▲ 3 more above": in the room's languages when they fit the row, else its first.
    let more = |arrow: &str, id: &str, count: usize, at: Rect| {
        let said = |langs: Langs| format!("{arrow} {}", langs.say(|lang| crate::t!(lang, id, n = count)));
        let mut text = said(langs);
        if text.chars().count() > usize::from(at.width) {
            text = fit_words(&said(Langs { second: None, ..langs }), usize::from(at.width));
        }
        (Line::styled(text, theme.dim()), at)
    };
    let mut notes = Vec::new();
    if start > 0 {
        notes.push(more("▲", "recs-more-above", start, Rect { y: area.y, height: 1, ..area }));
    }
    if end < n {
        notes.push(more("▼", "recs-more-below", n - end, Rect { y: area.bottom() - 1, height: 1, ..area }));
    }
    for (line, at) in notes {
        parts.draw(buf, at, digest(&line), |buf| Paragraph::new(line).render(at, buf));
    }
}
