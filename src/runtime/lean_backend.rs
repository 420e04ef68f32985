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
use ratatui::crossterm::cursor::{Hide, MoveRight, MoveTo, Show};
use ratatui::crossterm::style::{Attribute, Color as CtColor, Colors, Print, SetAttribute, SetColors};
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
        Ok(LeanBackend {
            out,
            fg: Color::Reset,
            bg: Color::Reset,
            modifier: Modifier::empty(),
            cursor: None,
            cursor_hidden: None,
            size: StdCell::new(Size { width, height }),
        })
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

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        for (x, y, cell) in content {
            match self.cursor {
                Some(c) if c == (Position { x, y }) => {}
                // Skipping ahead on the same row: "ESC[3C" is half the bytes of "ESC[5;112H".
                Some(c) if c.y == y && c.x < x => queue!(self.out, MoveRight(x - c.x))?,
                _ => queue!(self.out, MoveTo(x, y))?,
            }
            if cell.modifier != self.modifier {
                self.set_modifier(cell.modifier)?;
            }
            if cell.fg != self.fg || cell.bg != self.bg {
                let colors: Colors = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
                queue!(self.out, SetColors(colors))?;
                self.fg = cell.fg;
                self.bg = cell.bg;
            }
            queue!(self.out, Print(cell.symbol()))?;
            // The terminal's cursor moves by the symbol's width; if that is 0 (a combining
            // mark on its own) we no longer know where it is and move it next time.
            let width = unicode_width::UnicodeWidthStr::width(cell.symbol()) as u16;
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
        LeanBackend {
            out: Vec::new(),
            fg: Color::Reset,
            bg: Color::Reset,
            modifier: Modifier::empty(),
            cursor: None,
            cursor_hidden: None,
            size: StdCell::new(Size { width: 20, height: 2 }),
        }
    }

    #[test]
    fn a_second_frame_writes_only_the_changed_cell_and_no_style() {
        let mut t = Terminal::new(backend()).unwrap();
        let style = Style::new().fg(Color::Green).bold();
        t.draw(|f| f.render_widget(Paragraph::new("29:59").style(style), f.area())).unwrap();
        let first = t.backend().out.len();
        t.draw(|f| f.render_widget(Paragraph::new("29:58").style(style), f.area())).unwrap();
        let second = String::from_utf8_lossy(&t.backend().out[first..]).into_owned();
        assert_eq!(second, "\u{1b}[1;5H8", "only the last digit, no colour, no reset, no cursor hide");
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
