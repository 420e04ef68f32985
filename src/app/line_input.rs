//! One-line inputs (the projector's message, a clock time, a search, a name, numbers): a
//! text editor of one line with a cursor that moves by characters, so any script, a
//! no-break space pasted from Word or a wide character can be typed and completed.

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

use super::{App, Effect, InputAction};
use crate::session::Session;

/// Longest text a one-line input takes.
pub const MAX_INPUT_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputPurpose {
    Message,
    EndsAt,
    Search,
    Attribute,
    QueueAdd,
    QueueRemove,
    QueueMove,
    Groups,
    Slot,
    /// A show of hands for the recommendation under the cursor.
    Hands,
    /// The dots it got.
    Dots,
    /// Who checked the entry under the review cursor.
    CheckedBy,
}

#[derive(Debug, Clone)]
pub struct Input {
    pub purpose: InputPurpose,
    pub editor: TextArea<'static>,
}

impl PartialEq for Input {
    fn eq(&self, other: &Self) -> bool {
        self.purpose == other.purpose && self.text() == other.text()
    }
}

impl Input {
    pub fn new(purpose: InputPurpose, text: &str) -> Input {
        let mut editor = TextArea::new(vec![one_line(text)]);
        editor.set_cursor_line_style(ratatui::style::Style::new());
        editor
            .set_cursor_style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
        editor.move_cursor(CursorMove::End);
        Input { purpose, editor }
    }

    pub fn text(&self) -> String {
        self.editor.lines().concat()
    }

    fn chars(&self) -> usize {
        self.editor.lines().iter().map(|l| l.chars().count()).sum()
    }

    /// Inserts as much of `text` as fits.
    fn insert(&mut self, text: &str) {
        let room = MAX_INPUT_CHARS.saturating_sub(self.chars());
        let clean: String = one_line(text).chars().take(room).collect();
        if !clean.is_empty() {
            self.editor.insert_str(clean);
        }
    }

    /// The word before the cursor (after the last whitespace of any kind).
    fn word_before_cursor(&self) -> String {
        let ratatui_textarea::DataCursor(_, col) = self.editor.cursor();
        let before: Vec<char> = self.text().chars().take(col).collect();
        let start = before.iter().rposition(|c| c.is_whitespace()).map_or(0, |i| i + 1);
        before.get(start..).unwrap_or_default().iter().collect()
    }
}

/// One line, made safe by [`crate::safe_text::line`]: escape sequences go whole, line
/// breaks and tabs become spaces, nothing typed or pasted reaches the terminal raw.
fn one_line(text: &str) -> String {
    crate::safe_text::line(text).into_owned()
}

impl App {
    pub(super) fn input_action(
        &mut self,
        session: &Session,
        action: InputAction,
        now: Timestamp,
    ) -> Vec<Effect> {
        let Some(input) = &mut self.input else { return vec![] };
        match action {
            InputAction::Key(key) => {
                match key.code {
                    KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                        input.insert(&c.to_string());
                    }
                    KeyCode::Backspace if key.modifiers.contains(KeyModifiers::CONTROL) => {
                        input.editor.delete_word();
                    }
                    KeyCode::Left | KeyCode::Right | KeyCode::Home | KeyCode::End => {
                        input.editor.input(key);
                    }
                    KeyCode::Backspace | KeyCode::Delete => {
                        input.editor.input_without_shortcuts(key);
                    }
                    // Nothing else edits a one-line input (no line breaks, no shortcuts).
                    _ => {}
                }
                vec![]
            }
            InputAction::Paste(text) => {
                input.insert(&text);
                vec![]
            }
            InputAction::Cancel => {
                self.input = None;
                vec![]
            }
            InputAction::Complete => {
                self.complete_input(session);
                vec![]
            }
            InputAction::Submit => self.submit_input(session, now),
        }
    }

    /// Completes the word before the cursor (with or without @) from the roster and the
    /// stakeholder groups.
    fn complete_input(&mut self, session: &Session) {
        let Some(input) = &mut self.input else { return };
        let word = input.word_before_cursor();
        let at = word.starts_with('@');
        let partial = word.trim_start_matches('@').to_string();
        let options = crate::capture::prefix::completions(&partial, &session.agenda);
        match options.as_slice() {
            [one] => {
                let typed = word.chars().count();
                for _ in 0..typed {
                    input.editor.delete_char();
                }
                input.insert(&format!("{}{one}", if at { "@" } else { "" }));
            }
            [] => self.complain(crate::t!(self.lang(), "msg-no-completion", partial = &partial)),
            many => self.say(format!("{partial}…: {}", many.join(", "))),
        }
    }

    /// Opens a one-line input.
    pub(super) fn ask(&mut self, purpose: InputPurpose, text: &str) {
        self.input = Some(Input::new(purpose, text));
    }

    /// Confirms the open input: each purpose's handler says what was wrong (and keeps the
    /// input open to fix it) or records what it means.
    fn submit_input(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let Some(input) = self.input.take() else { return vec![] };
        let text = input.text().trim().to_string();
        let result = match input.purpose {
            InputPurpose::Hands | InputPurpose::Dots => self.submit_support(session, input.purpose, &text),
            InputPurpose::Search | InputPurpose::Attribute | InputPurpose::CheckedBy => {
                self.submit_review_input(session, input.purpose, &text)
            }
            InputPurpose::QueueAdd | InputPurpose::QueueRemove | InputPurpose::QueueMove => {
                self.submit_queue_input(session, input.purpose, &text, now)
            }
            InputPurpose::Groups | InputPurpose::Slot => {
                self.submit_groups_input(session, input.purpose, &text)
            }
            InputPurpose::Message => Ok(vec![Effect::Record(crate::session::Event::MessageSet {
                text: (!text.is_empty()).then_some(text),
            })]),
            InputPurpose::EndsAt => self.submit_ends_at(session, &text, now),
        };
        match result {
            Ok(effects) => effects,
            Err(problem) => {
                self.complain(problem);
                self.input = Some(input);
                vec![]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn pasted_escape_sequences_go_whole_and_breaks_become_spaces() {
        assert_eq!(one_line("quiet\u{1b}[31m please\u{1b}]0;PWN\u{7}!"), "quiet please!");
        assert_eq!(one_line("back at\t14:00\n\u{202e}now"), "back at 14:00 now");
    }
}
