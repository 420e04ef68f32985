//! Keys by the names people write them with, for the harness.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A typed character, with Shift for capitals as a terminal reports them.
pub fn char_key(c: char) -> KeyEvent {
    let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    KeyEvent::new(KeyCode::Char(c), modifiers)
}

/// "Space", "Enter", "Esc", "Tab", "Backspace", "Delete", "Up", "Down", "Left", "Right",
/// "Home", "End", "PgUp", "PgDn", "F1".."F12", "Ctrl-x", "Alt-Enter", or one character.
pub fn key(name: &str) -> KeyEvent {
    if let Some(rest) = name.strip_prefix("Ctrl-") {
        let k = key(rest);
        return KeyEvent::new(k.code, k.modifiers | KeyModifiers::CONTROL);
    }
    if let Some(rest) = name.strip_prefix("Alt-") {
        let k = key(rest);
        return KeyEvent::new(k.code, k.modifiers | KeyModifiers::ALT);
    }
    let code = match name {
        "Space" => KeyCode::Char(' '),
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Backspace" => KeyCode::Backspace,
        "Delete" => KeyCode::Delete,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        f if f.starts_with('F') && f.len() > 1 => match f[1..].parse() {
            Ok(n) => KeyCode::F(n),
            Err(_) => panic!("no key called {name:?}"),
        },
        one => {
            let mut chars = one.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => return char_key(c),
                _ => panic!("no key called {name:?}"),
            }
        }
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}
