//! The note editor: typing, prefixes and keys for kind and attribution, saving a note as
//! an entry (or an edit of one), and the draft that survives a crash.

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

use super::undo::Change;
use super::{App, CaptureAction, Effect, Focus};
use crate::capture::{self, MAX_PASTE_BYTES, Overrides, next_kind};
use crate::i18n::Lang;
use crate::session::{Session, new_id};

/// The editor and the choices made for the note being typed.
#[derive(Debug, Clone)]
pub struct Capture {
    pub editor: TextArea<'static>,
    pub overrides: Overrides,
    /// Set when the editor holds an existing entry being edited.
    pub editing: Option<uuid::Uuid>,
    /// Set when the editor was opened from the consolidation view: what Enter records.
    pub rewording: Option<super::Rewording>,
    pub full_screen: bool,
    /// The language of the editor's placeholder (the operator's).
    lang: Lang,
}

impl Default for Capture {
    fn default() -> Self {
        Capture::new(Lang::En)
    }
}

fn editor(text: &str, lang: Lang) -> TextArea<'static> {
    let mut e = TextArea::new(text.split('\n').map(str::to_string).collect());
    e.set_wrap_mode(WrapMode::WordOrGlyph);
    e.set_placeholder_text(crate::t!(lang, "msg-capture-placeholder"));
    e.set_cursor_line_style(ratatui::style::Style::new());
    e.move_cursor(ratatui_textarea::CursorMove::Bottom);
    e.move_cursor(ratatui_textarea::CursorMove::End);
    e
}

impl Capture {
    /// An empty editor whose placeholder speaks `lang`.
    pub fn new(lang: Lang) -> Capture {
        Capture {
            editor: editor("", lang),
            overrides: Overrides::default(),
            editing: None,
            rewording: None,
            full_screen: false,
            lang,
        }
    }

    /// Puts the placeholder in `lang`, if it is in another one.
    pub(super) fn speak(&mut self, lang: Lang) {
        if self.lang != lang {
            self.lang = lang;
            self.editor.set_placeholder_text(crate::t!(lang, "msg-capture-placeholder"));
        }
    }

    /// The note as typed.
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    pub fn set_text(&mut self, text: &str) {
        self.editor = editor(text, self.lang);
    }

    pub fn is_empty(&self) -> bool {
        self.editor.lines().iter().all(|l| l.trim().is_empty())
    }

    /// The editor shows its cursor only while it has the keys (set once per change rather
    /// than by copying the editor on every frame).
    pub(super) fn show_cursor(&mut self, on: bool) {
        let style = if on {
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            ratatui::style::Style::new()
        };
        if self.editor.cursor_style() != style {
            self.editor.set_cursor_style(style);
        }
    }
}

impl App {
    pub(super) fn capture_action(
        &mut self,
        session: &Session,
        action: CaptureAction,
        now: Timestamp,
    ) -> Vec<Effect> {
        match action {
            CaptureAction::Newline => {
                self.capture.editor.insert_newline();
                vec![]
            }
            CaptureAction::CycleKind => {
                let current = self
                    .capture
                    .overrides
                    .kind
                    .unwrap_or_else(|| capture::default_kind(session, session.timer.current.as_deref()));
                self.capture.overrides.kind = Some(next_kind(current));
                vec![]
            }
            CaptureAction::ToggleAttribution => {
                self.capture.overrides.flip_attribution_rule = !self.capture.overrides.flip_attribution_rule;
                vec![]
            }
            CaptureAction::FullScreen => {
                self.capture.full_screen = !self.capture.full_screen;
                vec![]
            }
            CaptureAction::Complete => {
                self.complete_mention(session);
                vec![]
            }
            CaptureAction::DeleteToLineStart => {
                if !self.capture.editor.delete_line_by_head() {
                    self.capture.editor.delete_char();
                }
                vec![]
            }
            CaptureAction::Key(key) => {
                let nav = matches!(
                    key.code,
                    KeyCode::Left
                        | KeyCode::Right
                        | KeyCode::Up
                        | KeyCode::Down
                        | KeyCode::Home
                        | KeyCode::End
                        | KeyCode::PageUp
                        | KeyCode::PageDown
                );
                if nav {
                    self.capture.editor.input(key);
                } else if key.code == KeyCode::Backspace && key.modifiers.contains(KeyModifiers::CONTROL) {
                    self.capture.editor.delete_word();
                } else {
                    // Only plain typing: no editor shortcut can fire by accident. A bidi or
                    // zero-width character from an input method never reaches the note.
                    let unsafe_char = match key.code {
                        KeyCode::Char(c) => crate::safe_text::text(c.encode_utf8(&mut [0; 4])).is_empty(),
                        _ => false,
                    };
                    if !unsafe_char {
                        self.capture.editor.input_without_shortcuts(key);
                    }
                }
                vec![]
            }
            CaptureAction::Paste(text) => {
                // A paste anywhere but a one-line input goes into the note.
                self.focus = Focus::Capture;
                self.help = None;
                self.leave_projector();
                if text.len() > MAX_PASTE_BYTES {
                    let lang = self.lang();
                    let size = format!("{:.1}", text.len() as f64 / 1_048_576.0);
                    // English writes 1.5, the others 1,5.
                    let size = if lang == Lang::En { size } else { size.replace('.', ",") };
                    let max = MAX_PASTE_BYTES / 1_048_576;
                    self.complain(crate::t!(lang, "msg-paste-refused", size = size, max = max));
                } else {
                    // Terminals send line breaks in a paste as CR; one paste is one edit.
                    let text = text.replace("\r\n", "\n").replace('\r', "\n");
                    self.capture.editor.insert_str(capture::clean(&text));
                }
                vec![]
            }
            CaptureAction::Commit => self.commit(session, now),
        }
    }

    fn commit(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let text = self.capture.text();
        if let Some(what) = self.capture.rewording.clone() {
            return match self.commit_rewording(session, what, &text, now) {
                Ok(effects) => effects,
                Err(problem) => {
                    self.complain(problem);
                    vec![]
                }
            };
        }
        if let Some(id) = self.capture.editing {
            let Some(entry) = session.entry(id) else {
                self.capture.editing = None;
                return vec![];
            };
            let clean = capture::clean(text.trim());
            if clean.is_empty() {
                self.complain(crate::t!(self.lang(), "msg-entry-empty"));
                return vec![];
            }
            let change = Change::edit(self.lang(), entry, clean);
            self.capture = Capture::new(self.lang());
            self.focus = Focus::Review;
            return self.record_change(change);
        }
        match capture::capture_event(session, &text, &self.capture.overrides, new_id(now)) {
            Ok(event) => {
                self.capture = Capture { full_screen: self.capture.full_screen, ..Capture::new(self.lang()) };
                self.record_change(Change::capture(self.lang(), event))
            }
            Err(e) => {
                self.complain(e.message(self.lang()));
                vec![]
            }
        }
    }

    /// Completes the `@word` just before the cursor from the roster and stakeholder groups.
    fn complete_mention(&mut self, session: &Session) {
        let ratatui_textarea::DataCursor(row, col) = self.capture.editor.cursor();
        let Some(line) = self.capture.editor.lines().get(row) else { return };
        let before: String = line.chars().take(col).collect();
        let Some((_, partial)) = before.rsplit_once('@') else { return };
        if partial.contains(char::is_whitespace) {
            return;
        }
        let options = capture::prefix::completions(partial, &session.agenda);
        match options.as_slice() {
            [] => self.complain(crate::t!(self.lang(), "msg-no-mention-completion", partial = partial)),
            [one] => {
                let rest: String = one.chars().skip(partial.chars().count()).collect();
                self.capture.editor.insert_str(format!("{rest} "));
            }
            many => {
                let common = common_prefix(many);
                let rest: String = common.chars().skip(partial.chars().count()).collect();
                if !rest.is_empty() {
                    self.capture.editor.insert_str(rest);
                }
                self.say(format!("@{partial}…: {}", many.join(", ")));
            }
        }
    }
}

fn common_prefix(words: &[String]) -> String {
    let Some((first, rest)) = words.split_first() else { return String::new() };
    let mut len = first.chars().count();
    for w in rest {
        len = len.min(first.chars().zip(w.chars()).take_while(|(a, b)| a == b).count());
    }
    first.chars().take(len).collect()
}
