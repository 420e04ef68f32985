//! A terminal backend that writes only what changed, for an idle screen that redraws one
//! second a second. ratatui's crossterm backend resets colours and attributes after every
//! frame and hides the cursor again each time, so the next frame must set them all again:
//! about 40 bytes per frame that say nothing. This one remembers the terminal's state
//! across frames (and knows the size from resize events instead of asking the tty every
//! frame).

use std::cell::Cell as StdCell;
use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::style::{Attribute, Color as CtColor, Colors, SetAttribute, SetColors};
use ratatui::crossterm::terminal::{self, Clear};
use ratatui::crossterm::{execute, queue};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

pub struct LeanBackend<W: Write> {
    out: W,
    fg: Color,
    bg: Color,
    modifier: Modifier,
    /// Where the terminal's cursor is, when we know.
    cursor: Option<Position>,
    cursor_hidden: Option<bool>,
    size: StdCell<Size>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(out: W) -> io::Result<Self> {
        let (width, height) = terminal::size()?;
        Ok(LeanBackend::sized(out, width, height))
    }

    /// A backend over `out` for a terminal of this size, of whose state nothing is known.
    fn sized(out: W, width: u16, height: u16) -> Self {
        LeanBackend {
            out,
            fg: Color::Reset,
            bg: Color::Reset,
            modifier: Modifier::empty(),
            cursor: None,
            cursor_hidden: None,
            size: StdCell::new(Size { width, height }),
        }
    }

    /// The terminal was given away and taken back: nothing is known of its state.
    pub fn forget(&mut self) {
        self.fg = Color::Reset;
        self.bg = Color::Reset;
        self.modifier = Modifier::empty();
        self.cursor = None;
        self.cursor_hidden = None;
    }

    /// The terminal was resized (from a resize event).
    pub fn resized(&self, width: u16, height: u16) {
        self.size.set(Size { width, height });
    }

    fn reset_style(&mut self) -> io::Result<()> {
        queue!(self.out, SetAttribute(Attribute::Reset))?;
        self.fg = Color::Reset;
        self.bg = Color::Reset;
        self.modifier = Modifier::empty();
        Ok(())
    }

    /// Puts the cursor at `to` with the fewest bytes: nothing when it is there, a step
    /// right ("ESC[3C") or back (backspaces, "ESC[5D") on its row, a line feed to the row
    /// below, a carriage return to the row's start; "ESC[5;112H" only when nothing shorter gets there. An idle second of
    /// big digits moves down a row eight times: the short moves are a third of its bytes.
    fn move_to(&mut self, to: Position) -> io::Result<()> {
        let from = match self.cursor {
            Some(c) if c == to => return Ok(()),
            // Past the last column the terminal waits to wrap and where it is depends on the
            // terminal: only an absolute move is sure.
            Some(c) if c.x < self.size.get().width && (c.y == to.y || c.y + 1 == to.y) => c,
            _ => {
                return self
                    .out
                    .write_all(Csi::new(b"").num(to.y + 1).put(b";").num(to.x + 1).put(b"H").bytes());
            }
        };
        let absolute = 4 + digits(to.y + 1) + digits(to.x + 1);
        // In raw mode a line feed only moves down (no carriage return): the column stays.
        let down = usize::from(from.y != to.y);
        let step = |n: u16| if n == 1 { 3 } else { 3 + digits(n) };
        // A few columns back, backspaces are shorter ("\x08" moves left, erases nothing).
        let left = |n: u16| if n <= 3 { usize::from(n) } else { step(n) };
        let (horizontal, relative) = if to.x == from.x {
            (Horizontal::Stay, 0)
        } else if to.x > from.x {
            (Horizontal::Right(to.x - from.x), step(to.x - from.x))
        } else if to.x == 0 {
            (Horizontal::Return, 1)
        } else if left(from.x - to.x) <= 1 + step(to.x) {
            (Horizontal::Left(from.x - to.x), left(from.x - to.x))
        } else {
            (Horizontal::ReturnRight(to.x), 1 + step(to.x))
        };
        if down + relative >= absolute {
            return self.out.write_all(Csi::new(b"").num(to.y + 1).put(b";").num(to.x + 1).put(b"H").bytes());
        }
        if down == 1 {
            self.out.write_all(b"\n")?;
        }
        match horizontal {
            Horizontal::Stay => Ok(()),
            Horizontal::Return => self.out.write_all(b"\r"),
            Horizontal::Right(1) => self.out.write_all(b"\x1b[C"),
            Horizontal::Right(n) => self.out.write_all(Csi::new(b"").num(n).put(b"C").bytes()),
            Horizontal::Left(n @ 1..=3) => (0..n).try_for_each(|_| self.out.write_all(b"\x08")),
            Horizontal::Left(n) => self.out.write_all(Csi::new(b"").num(n).put(b"D").bytes()),
            Horizontal::ReturnRight(1) => self.out.write_all(b"\r\x1b[C"),
            Horizontal::ReturnRight(n) => self.out.write_all(Csi::new(b"\r").num(n).put(b"C").bytes()),
        }
    }

    fn set_modifier(&mut self, to: Modifier) -> io::Result<()> {
        if !(self.modifier - to).is_empty() {
            // Something is switched off: start from plain and add back what stays.
            self.reset_style()?;
        }
        let add = to - self.modifier;
        let pairs = [
            (Modifier::BOLD, Attribute::Bold),
            (Modifier::DIM, Attribute::Dim),
            (Modifier::ITALIC, Attribute::Italic),
            (Modifier::UNDERLINED, Attribute::Underlined),
            (Modifier::SLOW_BLINK, Attribute::SlowBlink),
            (Modifier::RAPID_BLINK, Attribute::RapidBlink),
            (Modifier::REVERSED, Attribute::Reverse),
            (Modifier::HIDDEN, Attribute::Hidden),
            (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        ];
        for (m, a) in pairs {
            if add.contains(m) {
                queue!(self.out, SetAttribute(a))?;
            }
        }
        self.modifier = to;
        Ok(())
    }
}

/// How the cursor gets to its column after any line feed.
enum Horizontal {
    Stay,
    Return,
    Right(u16),
    Left(u16),
    ReturnRight(u16),
}

/// A cursor movement ("ESC[12;40H"), put together on the stack: the formatter costs more
/// than the bytes, and an idle second moves the cursor a dozen times.
struct Csi {
    bytes: [u8; 24],
    len: usize,
}

impl Csi {
    /// `before` (a carriage return, say), then "ESC[".
    fn new(before: &[u8]) -> Csi {
        Csi { bytes: [0; 24], len: 0 }.put(before).put(b"\x1b[")
    }

    fn put(mut self, bytes: &[u8]) -> Csi {
        for &b in bytes {
            if let Some(slot) = self.bytes.get_mut(self.len) {
                *slot = b;
                self.len += 1;
            }
        }
        self
    }

    fn num(self, n: u16) -> Csi {
        // Up to five digits, most significant first, without the leading zeros.
        let digits = [10_000, 1_000, 100, 10, 1].map(|unit| b'0' + ((n / unit) % 10) as u8);
        let first = [10_000, 1_000, 100, 10].iter().take_while(|&&unit| n < unit).count();
        self.put(digits.get(first..).unwrap_or_default())
    }

    fn bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }
}

/// Decimal digits of `n`.
fn digits(n: u16) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        for (x, y, cell) in content {
            self.move_to(Position { x, y })?;
            if cell.modifier != self.modifier {
                self.set_modifier(cell.modifier)?;
            }
            if cell.fg != self.fg || cell.bg != self.bg {
                let colors: Colors = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
                queue!(self.out, SetColors(colors))?;
                self.fg = cell.fg;
                self.bg = cell.bg;
            }
            let symbol = cell.symbol();
            self.out.write_all(symbol.as_bytes())?;
            // The terminal's cursor moves by the symbol's width; if that is 0 (a combining
            // mark on its own) we no longer know where it is and move it next time.
            let width = match symbol.as_bytes() {
                [b] if b.is_ascii_graphic() || *b == b' ' => 1,
                _ => unicode_width::UnicodeWidthStr::width(symbol) as u16,
            };
            self.cursor = (width > 0).then_some(Position { x: x + width, y });
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(true) {
            execute!(self.out, Hide)?;
            self.cursor_hidden = Some(true);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden != Some(false) {
            execute!(self.out, Show)?;
            self.cursor_hidden = Some(false);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        // Never asked of the terminal: its answer would arrive as input, which the input
        // thread reads (ratatui asks when clearing, as after a suspend). A full screen
        // does not need it: where we last put the cursor, else the top left.
        Ok(self.cursor.unwrap_or_default())
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        execute!(self.out, MoveTo(p.x, p.y))?;
        self.cursor = Some(p);
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erasing fills with the current background: erase with plain style.
        self.reset_style()?;
        let kind = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        execute!(self.out, Clear(kind))
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size.get())
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let ws = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size { width: ws.columns, height: ws.rows },
            pixels: Size { width: ws.width, height: ws.height },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
impl LeanBackend<Vec<u8>> {
    /// A backend that writes into memory, for tests that look at the bytes.
    pub fn in_memory(width: u16, height: u16) -> Self {
        LeanBackend::sized(Vec::new(), width, height)
    }

    /// Everything written so far.
    pub fn written(&self) -> &[u8] {
        &self.out
    }
}

impl<W: Write> Drop for LeanBackend<W> {
    fn drop(&mut self) {
        let _ = execute!(
            self.out,
            SetAttribute(Attribute::Reset),
            SetColors(Colors::new(CtColor::Reset, CtColor::Reset))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::widgets::Paragraph;

    fn backend() -> LeanBackend<Vec<u8>> {
        LeanBackend::in_memory(20, 2)
    }

    #[test]
    fn cursor_moves_put_together_by_hand_are_crossterms() {
        for (x, y) in [(0, 0), (9, 0), (10, 99), (119, 39), (u16::MAX - 1, 4321)] {
            let mut theirs = Vec::new();
            queue!(theirs, MoveTo(x, y)).unwrap();
            let ours = Csi::new(b"").num(y + 1).put(b";").num(x + 1).put(b"H");
            assert_eq!(ours.bytes(), &theirs[..], "{x},{y}");
        }
        assert_eq!(Csi::new(b"\r").num(12).put(b"C").bytes(), b"\r\x1b[12C");
    }

    #[test]
    fn a_second_frame_writes_only_the_changed_cell_and_no_style() {
        let mut t = Terminal::new(backend()).unwrap();
        let style = Style::new().fg(Color::Green).bold();
        t.draw(|f| f.render_widget(Paragraph::new("29:59").style(style), f.area())).unwrap();
        let first = t.backend().out.len();
        t.draw(|f| f.render_widget(Paragraph::new("29:58").style(style), f.area())).unwrap();
        let second = String::from_utf8_lossy(&t.backend().out[first..]).into_owned();
        // The styled paragraph fills both rows: the cursor waits to wrap, so the move is absolute.
        assert_eq!(second, "\u{1b}[1;5H8", "only the last digit, no colour, no reset, no cursor hide");
    }

    #[test]
    fn the_cursor_takes_the_shortest_way_to_the_next_change() {
        let mut t = Terminal::new(backend()).unwrap();
        t.draw(|f| f.render_widget(Paragraph::new("ab  cd\nef  gh"), f.area())).unwrap();
        let first = t.backend().out.len();
        t.draw(|f| f.render_widget(Paragraph::new("Ab  cD\neF  Gh"), f.area())).unwrap();
        let second = String::from_utf8_lossy(&t.backend().out[first..]).into_owned();
        // From after "gh" (8, 1): to (0, 0) absolutely, a step right to "D", a line feed
        // and a step left to "F", a step right to "G".
        assert_eq!(second, "\u{1b}[1;1HA\u{1b}[4CD\n\u{1b}[5DF\u{1b}[2CG");
    }

    #[test]
    fn past_the_last_column_the_cursor_moves_absolutely() {
        let mut t = Terminal::new(backend()).unwrap();
        let full = "x".repeat(20);
        t.draw(|f| f.render_widget(Paragraph::new(full.clone()), f.area())).unwrap();
        let first = t.backend().out.len();
        t.draw(|f| f.render_widget(Paragraph::new(format!("{full}\ny")), f.area())).unwrap();
        let second = String::from_utf8_lossy(&t.backend().out[first..]).into_owned();
        assert_eq!(second, "\u{1b}[2;1Hy", "no line feed from the wrap-pending column");
    }

    #[test]
    fn switching_an_attribute_off_resets_and_reapplies() {
        let mut t = Terminal::new(backend()).unwrap();
        t.draw(|f| f.render_widget(Paragraph::new("ab").style(Style::new().bold().fg(Color::Red)), f.area()))
            .unwrap();
        let first = t.backend().out.len();
        t.draw(|f| f.render_widget(Paragraph::new("ab").style(Style::new().fg(Color::Red)), f.area()))
            .unwrap();
        let second = String::from_utf8_lossy(&t.backend().out[first..]).into_owned();
        assert!(second.contains("\u{1b}[0m"), "{second:?}");
        assert!(second.contains("38;5;1;"), "red again after the reset: {second:?}");
    }
}
