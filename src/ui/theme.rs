//! Styles, with and without colour. Colour never carries meaning alone: every stage also
//! has a word and a symbol, and without colour the stages differ by weight, underline and
//! reversal. High contrast is pure white on black, with the same weights and reversal.

use ratatui::style::{Color, Modifier, Style};

use crate::timing::Stage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Pure white on black, with weight, underline and reversal for meaning (the
    /// `high_contrast` setting, `--high-contrast`): for washed-out projectors and low
    /// vision.
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

    /// Text with nothing to say by its look: the terminal's own colours, or white on black
    /// in high contrast (every other style builds on it).
    pub fn text(self) -> Style {
        if self.high_contrast { Style::new().fg(Color::White).bg(Color::Black) } else { Style::new() }
    }

    pub fn stage(self, stage: Stage) -> Style {
        let bold = self.text().add_modifier(Modifier::BOLD);
        match (self.color, stage) {
            (true, Stage::Normal) => bold.fg(Color::Green),
            (true, Stage::WrapUp) => bold.fg(Color::Yellow),
            (true, Stage::Final) => bold.fg(Color::LightRed),
            (true, Stage::Overtime) => bold.fg(Color::White).bg(Color::Red),
            (false, Stage::Normal) => self.text(),
            (false, Stage::WrapUp) => bold,
            (false, Stage::Final) => bold.add_modifier(Modifier::UNDERLINED),
            (false, Stage::Overtime) => bold.add_modifier(Modifier::REVERSED),
        }
    }

    pub fn title(self) -> Style {
        self.text().add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { self.text() }
    }

    pub fn accent(self) -> Style {
        if self.color { Style::new().fg(Color::Cyan) } else { self.text() }
    }

    pub fn selected(self) -> Style {
        self.text().add_modifier(Modifier::REVERSED)
    }

    /// Minutes over the plan.
    pub fn late(self) -> Style {
        if self.color { Style::new().fg(Color::LightRed) } else { self.text().add_modifier(Modifier::BOLD) }
    }

    /// Something in the plan will not hold (a fixed start that cannot be met): always
    /// with the ⚠ symbol and words beside it.
    pub fn warning(self) -> Style {
        let bold = self.text().add_modifier(Modifier::BOLD);
        if self.color { bold.fg(Color::Yellow) } else { bold }
    }

    /// Minutes under the plan.
    pub fn early(self) -> Style {
        if self.color { Style::new().fg(Color::Green) } else { self.text() }
    }

    pub fn error(self) -> Style {
        let s = self.text().add_modifier(Modifier::BOLD);
        if self.color { s.fg(Color::White).bg(Color::Red) } else { s.add_modifier(Modifier::REVERSED) }
    }

    pub fn key(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Gray)
        } else {
            self.text().add_modifier(Modifier::REVERSED)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every style of a theme, by name.
    fn all(theme: Theme) -> Vec<(&'static str, Style)> {
        let mut styles = vec![
            ("title", theme.title()),
            ("dim", theme.dim()),
            ("accent", theme.accent()),
            ("selected", theme.selected()),
            ("late", theme.late()),
            ("warning", theme.warning()),
            ("early", theme.early()),
            ("error", theme.error()),
            ("key", theme.key()),
            ("text", theme.text()),
        ];
        for (name, stage) in [
            ("normal", Stage::Normal),
            ("wrap up", Stage::WrapUp),
            ("final", Stage::Final),
            ("overtime", Stage::Overtime),
        ] {
            styles.push((name, theme.stage(stage)));
        }
        styles
    }

    #[test]
    fn high_contrast_is_white_on_black_and_tells_stages_apart_without_colour() {
        let settings = crate::app::Settings { high_contrast: true, ..crate::app::Settings::default() };
        let theme = Theme::of(&settings);
        assert!(!theme.color, "high contrast has no colours");
        for (name, style) in all(theme) {
            assert_eq!((style.fg, style.bg), (Some(Color::White), Some(Color::Black)), "{name}");
        }
        let stages: Vec<_> = [Stage::Normal, Stage::WrapUp, Stage::Final, Stage::Overtime]
            .map(|s| theme.stage(s).add_modifier - theme.stage(s).sub_modifier)
            .to_vec();
        assert_eq!(
            stages,
            [
                Modifier::empty(),
                Modifier::BOLD,
                Modifier::BOLD | Modifier::UNDERLINED,
                Modifier::BOLD | Modifier::REVERSED
            ]
        );
        assert!(theme.selected().add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn without_high_contrast_the_text_keeps_the_terminals_colours() {
        for color in [true, false] {
            let theme = Theme::of(&crate::app::Settings { color, ..crate::app::Settings::default() });
            assert_eq!(theme.text(), Style::new());
        }
        assert_eq!(Theme::plain().stage(Stage::Normal), Style::new(), "as before: the README's help");
    }
}
