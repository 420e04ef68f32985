//! A speaking balance as the screens draw it: one horizontal bar per stakeholder group
//! (ratatui's `BarChart`), each labelled with the group and its share in words, so the
//! bars read the same in black and white, on a washed-out projector or to a screen
//! reader; and the same balance as one line of words where there is no room for bars.
//! The live panel and the day's summary both draw with these.

use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::i18n::Lang;
use crate::session::balance::{Balance, Share};
use crate::t;

/// A group's name as shown: as the roster gives it, made safe for the terminal; the one
/// convene makes up ("not recorded") in `lang`.
pub fn group_name(share: &Share, lang: Lang) -> String {
    match &share.group {
        Some(g) => crate::safe_text::line(g).into_owned(),
        None => t!(lang, "balance-not-recorded"),
    }
}

/// A share in whole percent, as the screens say it: "9", and "<1" for a group heard for
/// less than half a percent (a room reads "NGO 0 %" as "the NGOs were not heard").
pub fn percent(share: &Share) -> String {
    if share.percent == 0 && share.seconds > 0 { "<1".into() } else { share.percent.to_string() }
}

/// "NGO 9 % · law enforcement 61 % · …": every group, most heard first.
pub fn in_words(balance: &Balance, lang: Lang) -> String {
    let parts: Vec<String> = balance
        .shares
        .iter()
        .map(|s| t!(lang, "balance-share", group = group_name(s, lang), percent = percent(s)))
        .collect();
    parts.join(" · ")
}

/// Time heard in whole minutes, as a facilitator reads it at a glance: "<1 min", "12 min",
/// "1 h 05 min". Whole minutes also keep the bars still while a speaker talks, but when a
/// share or a minute turns (see [`key`]).
pub fn heard(seconds: i64, lang: Lang) -> String {
    match seconds.max(0) / 60 {
        0 if seconds > 0 => t!(lang, "balance-under-a-minute"),
        m if m < 60 => t!(lang, "balance-minutes", m = m),
        m => t!(lang, "balance-hours", h = m / 60, m = format!("{:02}", m % 60)),
    }
}

/// What the bars of `balance` show, as a number that changes when and only when they do:
/// each group's share and whole minutes, and the total's minutes.
pub fn key(balance: &Balance) -> u64 {
    let shown: Vec<(Option<&str>, u32, bool, i64)> = balance
        .shares
        .iter()
        .map(|s| (s.group.as_deref(), s.percent, s.seconds > 0, s.seconds / 60))
        .collect();
    super::parts::digest((shown, balance.total > 0, balance.total / 60, &balance.silent))
}

/// Rows the bars of `balance` take.
pub fn rows(balance: &Balance) -> u16 {
    balance.shares.len() as u16
}

/// `bars` one a row, labels on the left, a full row's width standing for `max`: the look
/// every bar chart of the operator's screens shares.
pub fn rows_of_bars<'a>(bars: &[Bar<'a>], max: u64) -> BarChart<'a> {
    BarChart::default()
        .direction(Direction::Horizontal)
        .data(BarGroup::default().bars(bars))
        .bar_width(1)
        .bar_gap(0)
        .max(max)
}

/// Draws one bar per group into `area` (one row each, as many as fit, most heard first):
/// the group's name on the left, the bar scaled so a full width is 100 %, and beside it
/// the share and the time heard. `speaking` marks the group of the speaker who has the
/// floor (in words: "◀ speaking").
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    balance: &Balance,
    speaking: Option<&Share>,
    lang: Lang,
    theme: Theme,
) {
    // Names are whole where half the width holds them; longer ones give way between words
    // rather than leave no bar.
    let longest = balance.shares.iter().map(|s| group_name(s, lang).width()).max().unwrap_or(0);
    let label_room = longest.min(usize::from(area.width / 2)).max(6);
    let figures: Vec<String> = balance
        .shares
        .iter()
        .map(|s| {
            let now = if speaking.is_some_and(|sp| sp.group == s.group) {
                format!(" {}", t!(lang, "balance-speaking-now"))
            } else {
                String::new()
            };
            format!(" {:>3} % · {}{now}", percent(s), heard(s.seconds, lang))
        })
        .collect();
    let figures_w = figures.iter().map(|f| f.width()).max().unwrap_or(0) as u16;
    // The figures beside the bars, not on them: a bar's own value text is cut by bytes.
    let bars_area = Rect { width: area.width.saturating_sub(figures_w), ..area };
    let bars: Vec<Bar> = balance
        .shares
        .iter()
        .map(|s| {
            let name = super::text::fit_words(&group_name(s, lang), label_room);
            let style = if s.group.is_none() { theme.dim() } else { theme.accent() };
            Bar::default().value(u64::from(s.percent)).label(Line::from(name)).text_value("").style(style)
        })
        .collect();
    rows_of_bars(&bars, 100).render(bars_area, buf);
    for (i, text) in figures.iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        buf.set_stringn(bars_area.right(), y, text, usize::from(figures_w), theme.text());
    }
}
