//! Styles, with and without colour. Colour never carries meaning alone: every stage also
//! has a word and a symbol, and without colour the stages differ by weight and reversal.

use ratatui::style::{Color, Modifier, Style};

use crate::timing::Stage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Black and white, with weight and reversal for meaning (the `high_contrast` setting).
    pub high_contrast: bool,
}

impl Theme {
    /// The theme the settings ask for.
    pub fn of(settings: &crate::app::Settings) -> Theme {
        Theme { color: settings.color && !settings.high_contrast, high_contrast: settings.high_contrast }
    }

    /// No colour at all (the help written into the README).
    pub const fn plain() -> Theme {
        Theme { color: false, high_contrast: false }
    }

    pub fn stage(self, stage: Stage) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match (self.color, stage) {
            (true, Stage::Normal) => bold.fg(Color::Green),
            (true, Stage::WrapUp) => bold.fg(Color::Yellow),
            (true, Stage::Final) => bold.fg(Color::LightRed),
            (true, Stage::Overtime) => bold.fg(Color::White).bg(Color::Red),
            (false, Stage::Normal) => Style::new(),
            (false, Stage::WrapUp) => bold,
            (false, Stage::Final) => bold.add_modifier(Modifier::UNDERLINED),
            (false, Stage::Overtime) => bold.add_modifier(Modifier::REVERSED),
        }
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new() }
    }

    pub fn accent(self) -> Style {
        if self.color { Style::new().fg(Color::Cyan) } else { Style::new() }
    }

    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Minutes over the plan.
    pub fn late(self) -> Style {
        if self.color { Style::new().fg(Color::LightRed) } else { Style::new().add_modifier(Modifier::BOLD) }
    }

    /// Something in the plan will not hold (a fixed start that cannot be met): always
    /// with the ⚠ symbol and words beside it.
    pub fn warning(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if self.color { bold.fg(Color::Yellow) } else { bold }
    }

    /// Minutes under the plan.
    pub fn early(self) -> Style {
        if self.color { Style::new().fg(Color::Green) } else { Style::new() }
    }

    pub fn error(self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::White).bg(Color::Red) } else { s.add_modifier(Modifier::REVERSED) }
    }

    pub fn key(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Gray)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }
}
