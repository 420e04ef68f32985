//! The clocks' hands: the few characters of an idle second that move. While an item runs
//! and nothing else changes, one second differs from the one before only where a clock's
//! digits are written (the big glyphs, and the same time in a line of text). A second
//! drawn part by part ([`super::render_tick`]) notes where each clock's text and glyphs
//! went ([`Mark`]); the next seconds then move only those characters ([`SecondHand`]),
//! without building, measuring or comparing the rest of the panel. Anything that would
//! change more than the digits (another stage, another length, a clock that comes or
//! goes, a clock drawn where it was not noted) makes [`SecondHand::step`] say no, and
//! the second is drawn part by part again.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::countdown;
use super::parts::{Memo, digest};
use super::tick::Tick;
use crate::app::App;
use crate::session::Session;
use crate::timing;

/// A clock that ticks inside a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hand {
    /// The running item's countdown.
    Countdown,
    /// The report-back slot of the group reporting.
    Slot,
    /// The speaker's turn at the floor.
    Turn,
}

/// What each clock shows at a moment (by [`Hand`], in order), and, as a digest,
/// everything else of it that a panel shows (its stage, whether it runs, over or left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hands([Option<(String, u64)>; 3]);

/// Where a second drawn part by part put a clock's characters.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// The clock's text, one cell per character from `at`'s left.
    Text { hand: Hand, at: Rect },
    /// Character `index` of the clock as a big glyph at `at`, in `style`, at `size` (see
    /// [`super::countdown`]).
    Glyph { hand: Hand, index: usize, at: Rect, style: Style, size: countdown::Size },
}

/// The clocks of `tick` at `now`: only while an item runs in the operator's panel or on
/// the projector (elsewhere nothing is moved this way: the capture strip is one row, the
/// plain screen a few lines, drawn again line by line).
pub fn hands(tick: Tick, app: &App, session: &Session, now: Timestamp) -> Option<Hands> {
    if matches!(tick, Tick::Strip(_) | Tick::Plain(_) | Tick::Still) || session.finished_at.is_some() {
        return None;
    }
    let c = session.current_index()?;
    let countdown = timing::countdown(session, c, now, app.settings.warnings())
        .map(|cd| (cd.display(), digest((cd.stage, cd.running, cd.remaining_ms >= 0, cd.label()))));
    let slot = timing::open_slot(session, now).map(|s| (s.display(), digest((s.stage, s.label(), &s.group))));
    let turn = timing::open_turn(session)
        .and_then(|_| timing::turn_clock(session, now))
        .map(|t| (t.display(), digest((t.stage, t.label()))));
    Some(Hands([countdown, slot, turn]))
}

impl Hands {
    fn text(&self, hand: Hand) -> Option<&str> {
        self.0.get(hand as usize).and_then(Option::as_ref).map(|(text, _)| text.as_str())
    }
}

/// The clocks as the last second drew them, and where.
#[derive(Debug)]
pub struct SecondHand {
    then: Hands,
    marks: Vec<Mark>,
}

impl SecondHand {
    /// After a second drawn part by part with `memo`, with the clocks at `then`: None
    /// when that second drew a clock somewhere it did not note (a wrapped or centred
    /// line, digits too big for the panel) or its parts overlap.
    pub fn noted(then: Hands, memo: &Memo) -> Option<SecondHand> {
        let marks = memo.marks()?;
        Some(SecondHand { then, marks: marks.to_vec() })
    }

    /// Moves the clocks in `buf` (as the last second left it) on to `now`, when only
    /// their digits changed: the areas written, or None (nothing is written then) when the
    /// second must be drawn part by part. `memo` has the big glyphs drawn so far.
    pub fn step(&mut self, now: &Hands, buf: &mut Buffer, memo: &mut Memo) -> Option<Vec<Rect>> {
        let same_shape = self.then.0.iter().zip(&now.0).all(|(a, b)| match (a, b) {
            (None, None) => true,
            (Some((a, look_a)), Some((b, look_b))) => {
                look_a == look_b
                    && a.len() == b.len()
                    && a.bytes()
                        .zip(b.bytes())
                        .all(|(x, y)| x == y || (x.is_ascii_digit() && y.is_ascii_digit()))
            }
            _ => false,
        });
        if !same_shape {
            return None;
        }
        let mut written = Vec::new();
        for mark in &self.marks {
            if let Mark::Glyph { hand, index, at, style, size } = mark {
                let (Some(was), Some(is)) = (self.then.text(*hand), now.text(*hand)) else { continue };
                let (Some(a), Some(b)) = (was.chars().nth(*index), is.chars().nth(*index)) else { continue };
                if a != b {
                    let look = countdown::glyph_look(b, *style, *size);
                    // A digit not seen yet is drawn once, as the countdown draws it.
                    let drawing =
                        memo.drawing(look, at.width, at.height, || countdown::glyph(b, *style, *size));
                    if let Some(drawing) = drawing {
                        copy_into(buf, drawing, *at);
                        written.push(*at);
                    }
                }
            }
        }
        for mark in &self.marks {
            let Mark::Text { hand, at } = mark else { continue };
            let (Some(was), Some(is)) = (self.then.text(*hand), now.text(*hand)) else { continue };
            for ((a, b), x) in was.bytes().zip(is.bytes()).zip(at.x..at.right()) {
                if a != b
                    && let Some(cell) = buf.cell_mut((x, at.y))
                {
                    cell.set_char(char::from(b));
                    written.push(Rect { x, width: 1, ..*at });
                }
            }
        }
        self.then = now.clone();
        Some(written)
    }
}

/// Copies `drawing` (drawn at the origin) into `buf` at `at`.
fn copy_into(buf: &mut Buffer, drawing: &Buffer, at: Rect) {
    let width = usize::from(at.width);
    for (row, y) in drawing.content.chunks(width).zip(at.top()..) {
        let start = buf.index_of(at.x, y);
        if let Some(cells) = buf.content.get_mut(start..start + width) {
            cells.clone_from_slice(row);
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::{Color, Style};

    use super::*;

    fn at(text: &str, look: u64) -> Hands {
        Hands([Some((text.to_string(), look)), None, None])
    }

    /// A second drawn part by part: the countdown's text at row 0 from column 2, and
    /// nothing else noted.
    fn noted(then: Hands) -> SecondHand {
        SecondHand { then, marks: vec![Mark::Text { hand: Hand::Countdown, at: Rect::new(2, 0, 5, 1) }] }
    }

    #[test]
    fn only_the_digits_that_changed_are_written() {
        let mut buf = Buffer::with_lines(["  24:59 left"]);
        let mut hand = noted(at("24:59", 1));
        let written = hand.step(&at("24:58", 1), &mut buf, &mut Memo::default());
        assert_eq!(written, Some(vec![Rect::new(6, 0, 1, 1)]));
        assert_eq!(buf, Buffer::with_lines(["  24:58 left"]));
        let written = hand.step(&at("24:49", 1), &mut buf, &mut Memo::default());
        assert_eq!(written, Some(vec![Rect::new(5, 0, 1, 1), Rect::new(6, 0, 1, 1)]));
        assert_eq!(buf, Buffer::with_lines(["  24:49 left"]));
    }

    #[test]
    fn anything_but_digits_moving_is_drawn_the_long_way() {
        let buf = Buffer::with_lines(["  10:00 left"]);
        for (what, now) in [
            ("another stage, colour or words", at("09:59", 2)),
            ("a digit less", at("9:59", 1)),
            ("into overtime", at("+00:0", 1)),
            ("a clock that came", Hands([Some(("09:59".into(), 1)), None, Some(("00:01".into(), 3))])),
            ("a clock that went", Hands([None, None, None])),
        ] {
            let mut copy = buf.clone();
            let mut hand = noted(at("10:00", 1));
            assert_eq!(hand.step(&now, &mut copy, &mut Memo::default()), None, "{what}");
            assert_eq!(copy, buf, "{what}: nothing written");
        }
    }

    #[test]
    fn a_big_digit_not_seen_yet_is_drawn_as_the_countdown_draws_it() {
        let style = Style::new().fg(Color::Green);
        let (w, h) = (8, 4);
        let mut buf = Buffer::empty(Rect::new(0, 0, 2 * w, h));
        let mut hand = SecondHand {
            then: at("10", 1),
            marks: (0..2)
                .map(|i| Mark::Glyph {
                    hand: Hand::Countdown,
                    index: i,
                    at: Rect::new(i as u16 * w, 0, w, h),
                    style,
                    size: countdown::Size::Half,
                })
                .collect(),
        };
        let mut memo = Memo::default();
        let written = hand.step(&at("19", 1), &mut buf, &mut memo);
        assert_eq!(written, Some(vec![Rect::new(w, 0, w, h)]));
        let nine = countdown::glyph('9', style, countdown::Size::Half).expect("the half-height size");
        let right: Vec<_> =
            buf.content.chunks(usize::from(2 * w)).flat_map(|row| row[usize::from(w)..].to_vec()).collect();
        assert_eq!(right, nine.content);
        assert!(
            memo.drawing(countdown::glyph_look('9', style, countdown::Size::Half), w, h, || None).is_some(),
            "kept for the next time"
        );
    }
}
