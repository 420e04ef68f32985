//! The live speaking balance on the operator's screen (`B`, in place of the agenda list;
//! never on the projector): speaking time by stakeholder group for the running item and
//! for the day so far, and the roster's groups not heard yet on the item. From the
//! recorded turns alone (see [`crate::session::balance`]), so it is right after a resume.
//!
//! Short of rows, the day's bars give way to the day in words first, then the item's.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::balance_bars;
use super::text::fit_words;
use super::theme::Theme;
use crate::i18n::Lang;
use crate::session::Session;
use crate::session::balance::{self, Balance, Scope, Share};
use crate::t;
use crate::timing;

/// One part of the panel: a heading, then bars or the same in words.
struct Part {
    heading: Line<'static>,
    balance: Balance,
    /// Said when nobody has been heard in scope.
    empty: String,
    /// The line under the bars, if any (the groups not heard yet).
    footer: Option<Line<'static>>,
}

impl Part {
    fn bar_rows(&self) -> u16 {
        balance_bars::rows(&self.balance).max(1)
    }

    /// Rows the line under the bars takes, wrapped to `width`.
    fn footer_rows(&self, width: u16) -> u16 {
        self.footer.as_ref().map_or(0, |f| super::text::rows_trimmed(std::slice::from_ref(f), width))
    }
}

pub fn render(buf: &mut Buffer, area: Rect, session: &Session, now: Timestamp, lang: Lang, theme: Theme) {
    let block =
        Block::bordered().title(Line::styled(format!(" {} ", t!(lang, "balance-title")), theme.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let speaking = timing::open_turn(session).map(|turn| Share {
        group: balance::group_of(session, &turn.speaker),
        seconds: 0,
        turns: 0,
        percent: 0,
    });
    let parts = parts(session, now, lang, theme, usize::from(inner.width));
    // Bars for both parts, else bars for the item and words for the day, else words.
    let full: u16 = parts.iter().map(|p| 1 + p.bar_rows() + p.footer_rows(inner.width)).sum::<u16>() + 1;
    let item_bars = parts.first().map_or(0, |p| 1 + p.bar_rows() + p.footer_rows(inner.width));
    let bars_for = match () {
        _ if full <= inner.height => parts.len(),
        _ if item_bars + 1 + words_rows(parts.get(1..).unwrap_or_default(), lang, inner.width)
            <= inner.height =>
        {
            1
        }
        _ => 0,
    };
    let mut y = inner.y;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 && bars_for == parts.len() {
            y += 1; // a blank line between the item and the day
        }
        let rest = inner.bottom().saturating_sub(y);
        if rest == 0 {
            break;
        }
        let row = |y: u16, h: u16| Rect { y, height: h.min(inner.bottom().saturating_sub(y)), ..inner };
        if i < bars_for {
            Paragraph::new(part.heading.clone()).render(row(y, 1), buf);
            y += 1;
            if part.balance.shares.is_empty() {
                Paragraph::new(Line::styled(part.empty.clone(), theme.dim())).render(row(y, 1), buf);
            } else {
                balance_bars::render(
                    buf,
                    row(y, part.bar_rows()),
                    &part.balance,
                    speaking.as_ref(),
                    lang,
                    theme,
                );
            }
            y += part.bar_rows();
        } else {
            let words = words(part, lang);
            let h = super::text::rows_trimmed(std::slice::from_ref(&words), inner.width);
            Paragraph::new(words).wrap(Wrap { trim: true }).render(row(y, h), buf);
            y += h;
        }
        // All in words (a small screen): the groups not heard yet come after the day.
        let later = bars_for == 0 && i + 1 < parts.len();
        if let Some(footer) = part.footer.as_ref().filter(|_| !later)
            && y < inner.bottom()
        {
            let h = part.footer_rows(inner.width);
            Paragraph::new(footer.clone()).wrap(Wrap { trim: true }).render(row(y, h), buf);
            y += h;
        }
    }
    if bars_for == 0
        && parts.len() > 1
        && let Some((footer, h)) =
            parts.first().and_then(|p| Some((p.footer.as_ref()?, p.footer_rows(inner.width))))
        && y < inner.bottom()
    {
        let at = Rect { y, height: h.min(inner.bottom() - y), ..inner };
        Paragraph::new(footer.clone()).wrap(Wrap { trim: true }).render(at, buf);
    }
}

/// What the panel shows of the running item's and the day's balance at `now` (see
/// [`balance_bars::key`]).
pub fn key(session: &Session, now: Timestamp) -> u64 {
    let day = timing::current_day(session);
    let item = timing::reached(session)
        .and_then(|i| session.items.get(i))
        .map(|run| balance_bars::key(&balance::balance(session, Scope::Item(&run.item), now)));
    super::parts::digest((item, balance_bars::key(&balance::balance(session, Scope::Day(day), now))))
}

/// The panel for the plain screen (`--plain`): its title, then each part in words on a
/// line of its own, with the groups not heard yet.
pub fn plain_lines(session: &Session, now: Timestamp, lang: Lang) -> Vec<Line<'static>> {
    let theme = Theme::plain();
    let mut lines = vec![Line::raw(t!(lang, "balance-title"))];
    for part in parts(session, now, lang, theme, usize::MAX) {
        lines.push(Line::raw(words(&part, lang).to_string()));
        lines.extend(part.footer.as_ref().map(|f| Line::raw(f.to_string())));
    }
    lines
}

/// The item on the clock (else the one reached last) and the day so far.
fn parts(session: &Session, now: Timestamp, lang: Lang, theme: Theme, width: usize) -> Vec<Part> {
    let mut parts = Vec::with_capacity(2);
    let reached = timing::reached(session);
    if let Some((index, run)) = reached.and_then(|i| Some((i, session.items.get(i)?))) {
        let b = balance::balance(session, Scope::Item(&run.item), now);
        let title = super::text::item(session, index).map_or(run.item.clone(), |i| i.title.clone());
        let running = session.current_index() == Some(index);
        let id = if running { "balance-item" } else { "balance-item-last" };
        let heading =
            heading(t!(lang, id, title = crate::safe_text::line(&title)), b.total, lang, theme, width);
        let footer = (!b.silent.is_empty()).then(|| {
            let names: Vec<String> =
                b.silent.iter().map(|g| crate::safe_text::line(g).into_owned()).collect();
            let id = if running { "balance-not-heard" } else { "balance-not-heard-item" };
            Line::styled(t!(lang, id, groups = names.join(", ")), theme.warning())
        });
        parts.push(Part { heading, balance: b, empty: t!(lang, "balance-nobody-yet"), footer });
    }
    let day = timing::current_day(session);
    let b = balance::balance(session, Scope::Day(day), now);
    let id = if timing::day_over(session) == Some(day) { "balance-day-done" } else { "balance-day" };
    let heading = heading(t!(lang, id, day = day + 1), b.total, lang, theme, width);
    parts.push(Part { heading, balance: b, empty: t!(lang, "balance-nobody-today"), footer: None });
    parts
}

/// "This item: Discussion · 12:05 heard", cut between words to the panel's width.
fn heading(what: String, total: i64, lang: Lang, theme: Theme, width: usize) -> Line<'static> {
    let heard = format!(" · {}", t!(lang, "balance-heard", time = balance_bars::heard(total, lang)));
    let room = width.saturating_sub(heard.chars().count());
    Line::from(vec![Span::styled(fit_words(&what, room), theme.title()), Span::styled(heard, theme.dim())])
}

/// A part in words: its heading's words, then each group's share.
fn words(part: &Part, lang: Lang) -> Line<'static> {
    let mut spans = part.heading.spans.clone();
    spans.push(Span::raw(" — "));
    if part.balance.shares.is_empty() {
        spans.push(Span::raw(part.empty.clone()));
    } else {
        spans.push(Span::raw(balance_bars::in_words(&part.balance, lang)));
    }
    Line::from(spans)
}

fn words_rows(parts: &[Part], lang: Lang, width: u16) -> u16 {
    parts
        .iter()
        .map(|p| {
            super::text::rows_trimmed(std::slice::from_ref(&words(p, lang)), width) + p.footer_rows(width)
        })
        .sum()
}
