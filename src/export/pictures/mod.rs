//! The draft's pictures (issue 19): per day that ran, a timeline of each item as planned
//! and as run ([`timeline`]); for the whole event, speaking time by stakeholder group
//! ([`balance`]). Each is an SVG drawn by plotters, labelled in the report's language,
//! readable in black and white (outline, solid and hatching, never colour alone). The
//! Markdown links them as files beside it; the Word file embeds them, with a PNG drawn by
//! [`raster`] for readers that cannot show SVG.
//!
//! Which pictures a report gets: the as-run annex one timeline per day that has anything
//! run, before its table; the speaking-time annex the balance, before its table. The
//! balance is by stakeholder group in both profiles: no picture ever shows a person.
//!
//! Labels that come from the agenda or from people (item titles, group names) are passed
//! through the caller's check first (the public draft's name scan) and made safe for the
//! output ([`crate::safe_text::line`]); plotters escapes them as XML.

mod balance;
mod draw;
mod raster;
mod timeline;

pub use raster::{Png, Rasteriser};

use std::sync::Arc;

use crate::export::document::Block;
use crate::i18n::Lang;
use crate::session::Session;

/// Every picture's width in SVG pixels; its height follows from what it shows.
pub const WIDTH: u32 = 900;
/// The height of a timeline bar (planned, as run, overrun), in SVG pixels: a legend's
/// swatch is taller, so a bar is told from it by its height alone.
pub const TIMELINE_BAR: u32 = 10;
/// The height of a speaking-balance bar.
pub const BALANCE_BAR: u32 = 16;
/// The solid fill of what ran (a timeline's actual bar) and of a group's share.
pub const SOLID: &str = "#404040";
/// The outline of what was planned.
pub const OUTLINE: &str = "#000000";
/// The background of an overrun, under its hatching.
pub const HATCH_GROUND: &str = "#FFFFFF";

/// Checks a label that comes from the agenda or from people before it is drawn (the
/// public draft's name scan); returns the text to draw.
pub type Check<'a> = &'a mut dyn FnMut(&str) -> String;

/// The timelines of the days that have anything run, in day order, as figures
/// ("timeline-day-1", …). `now` counts an item still running (the draft passes the
/// session's last change).
pub fn timelines(session: &Session, lang: Lang, now: jiff::Timestamp, check: Check<'_>) -> Vec<Block> {
    let days = session.items.iter().map(|r| r.day + 1).max().unwrap_or(0);
    (0..days)
        .filter_map(|day| {
            let summary = crate::session::day_summary::day_summary(session, day, now, |_| false);
            if summary.items.iter().all(|i| i.actual.is_none()) {
                return None;
            }
            let date = session.agenda.days.get(day).map(|d| crate::i18n::date_long(lang, d.date.date()));
            let picture = timeline::draw(&summary, date.as_deref(), lang, check)?;
            Some(figure(format!("timeline-day-{}", day + 1), picture))
        })
        .collect()
}

/// Speaking time by stakeholder group over the whole event, as a figure
/// ("speaking-balance"); None when no one was heard.
pub fn speaking_balance(
    session: &Session,
    lang: Lang,
    now: jiff::Timestamp,
    check: Check<'_>,
) -> Option<Block> {
    let b = crate::session::balance::balance(session, crate::session::balance::Scope::Event, now);
    if b.total <= 0 {
        return None;
    }
    let picture = balance::draw(&b, lang, check)?;
    Some(figure("speaking-balance".into(), picture))
}

/// A picture drawn: its caption (also its alt text) and its SVG.
struct Picture {
    caption: String,
    svg: String,
}

fn figure(name: String, p: Picture) -> Block {
    Block::Figure { name, caption: p.caption, svg: Arc::from(p.svg), file: None }
}

/// A number of minutes with one decimal, with the language's decimal mark ("12,5" in
/// Russian and Tajik).
fn minutes(lang: Lang, seconds: i64) -> String {
    let text = format!("{:.1}", seconds as f64 / 60.0);
    if lang == Lang::En { text } else { text.replace('.', ",") }
}

/// `text` made safe and cut to `max` characters, with "…" where it was cut (at a word's
/// end when one is near).
fn shortened(text: &str, max: usize) -> String {
    let text = crate::safe_text::line(text);
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    // Back to the last space if it keeps most of the text: "Perspectives from the…".
    let cut = match cut.rfind(' ') {
        Some(at) if cut[..at].chars().count() * 4 >= max * 3 => cut[..at].trim_end().to_string(),
        _ => cut,
    };
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_are_cut_at_a_word_and_short_ones_kept() {
        assert_eq!(shortened("Opening", 10), "Opening");
        assert_eq!(shortened("Perspectives from the community", 24), "Perspectives from the…");
        assert_eq!(shortened("Supercalifragilistic", 10), "Supercali…");
        assert_eq!(shortened("a\u{1b}[2Jb", 10), "ab");
    }

    #[test]
    fn minutes_take_the_language_s_decimal_mark() {
        assert_eq!(minutes(Lang::En, 90), "1.5");
        assert_eq!(minutes(Lang::Ru, 90), "1,5");
        assert_eq!(minutes(Lang::Tg, 600), "10,0");
    }
}
