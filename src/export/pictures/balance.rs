//! Speaking time by stakeholder group: a horizontal bar per group, most heard first, each
//! under the words it stands for ("NGO 9 % · 12.5 min"), against a track of the whole
//! time heard; then the roster's groups not heard at all. By group only: no picture names
//! a speaker, in either profile.

use super::draw::{Align, svg};
use super::{BALANCE_BAR, Check, Picture, SOLID, WIDTH, minutes, shortened};
use crate::i18n::{Lang, tr};
use crate::session::balance::Balance;
use crate::t;

const LEFT: i32 = 16;
const RIGHT: i32 = WIDTH as i32 - 16;
/// The first row's top, and each row's height: the words, then the bar under them.
const TOP: i32 = 52;
const ROW: i32 = 48;
const NAME_CHARS: usize = 70;
/// Characters to a line of the groups not heard, at the naive width of one.
const LINE_CHARS: usize = 105;
const TRACK: &str = "#909090";

pub fn draw(b: &Balance, lang: Lang, check: Check<'_>) -> Option<Picture> {
    let title = t!(lang, "pictures-balance-title");
    let caption = t!(lang, "pictures-balance-caption", minutes = minutes(lang, b.total));
    let rows: Vec<(String, i64)> = b
        .shares
        .iter()
        .map(|s| {
            let group = match &s.group {
                Some(g) => shortened(&check(g), NAME_CHARS),
                // Nobody recorded the speaker's group: said as the annex's table says it.
                None => tr(lang, "annex-not-recorded", &[]),
            };
            let words = t!(
                lang,
                "pictures-balance-bar",
                group = group,
                percent = s.percent,
                minutes = minutes(lang, s.seconds)
            );
            (words, s.seconds)
        })
        .collect();
    let silent: Vec<String> = b.silent.iter().map(|g| shortened(&check(g), NAME_CHARS)).collect();
    let silent = if silent.is_empty() {
        Vec::new()
    } else {
        wrapped(&t!(lang, "pictures-balance-silent", groups = silent.join(", ")), LINE_CHARS)
    };
    let bottom = TOP + ROW * rows.len() as i32;
    let height = bottom + 22 * silent.len() as i32 + 12;
    let bar = BALANCE_BAR as i32;
    let svg = svg(WIDTH, height as u32, |c| {
        c.text(&title, (LEFT, 24), 18.0, true, Align::Left);
        for (i, (words, seconds)) in rows.iter().enumerate() {
            let top = TOP + ROW * i as i32;
            c.text(words, (LEFT, top + 8), 14.0, false, Align::Left);
            let (y0, y1) = (top + 18, top + 18 + bar);
            c.outline((LEFT, y0), (RIGHT, y1), TRACK);
            // Its length is its share of the time heard; a group heard at all shows a bar.
            let length = ((RIGHT - LEFT) as i64 * seconds / b.total.max(1)) as i32;
            c.solid((LEFT, y0), (LEFT + length.max(2), y1), SOLID);
        }
        for (i, line) in silent.iter().enumerate() {
            c.text(line, (LEFT, bottom + 4 + 22 * i as i32), 13.0, false, Align::Left);
        }
    })?;
    Some(Picture { caption, svg })
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_not_heard_wrap_between_words() {
        assert_eq!(wrapped("Not heard: NGO, expert", 12), ["Not heard:", "NGO, expert"]);
        assert_eq!(wrapped("short", 12), ["short"]);
    }
}
