//! UI state and its only way to change: `update(action) -> effects`. No IO, no clock: the
//! time comes in with each call, and what must touch the disk or the terminal goes out as
//! an [`Effect`].

mod action;
mod capture;
mod groups;
pub mod keymap;
mod queue;
pub mod review;
mod settings;
mod timer_actions;
mod undo;

pub use action::{Action, Effect};
pub use capture::Capture;
pub use review::Review;
pub use settings::Settings;
pub use undo::Change;

use jiff::Timestamp;

use crate::session::Session;
use crate::timing::{self, Stage};
use keymap::{Binding, KeyMode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The facilitator's run screen.
    Operator,
    /// The full-screen view for the room.
    Projector,
}

/// Where the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The timer keys (run screen and projector view).
    Timer,
    /// The note editor: letters type.
    Capture,
    /// The list of captured entries.
    Review,
}

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub purpose: InputPurpose,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone)]
pub struct App {
    pub keymap: Vec<Binding>,
    pub settings: Settings,
    pub view: View,
    pub help: bool,
    pub input: Option<Input>,
    /// The item selected in the agenda list (index into `session.items`).
    pub selected: usize,
    pub status: Option<Status>,
    /// Set while some record is not saved: shown as NOT SAVED until saving succeeds.
    pub not_saved: Option<String>,
    /// The stage last seen for the running item, to ring the bell once per change.
    pub alerted: Option<(String, Stage)>,
    pub quitting: bool,
    pub focus: Focus,
    pub capture: Capture,
    pub review: Review,
    pub undo: Vec<Change>,
    pub redo: Vec<Change>,
    /// This device's id, and the last of its records known to be on disk: an entry whose
    /// last change is later than that is shown as not yet saved.
    pub device: String,
    pub durable_seq: u64,
    /// Counts changes that can show on screen (every action but the timer's tick), so a
    /// screen that only needs its countdown redrawn can tell.
    pub revision: u64,
    /// Show the agenda rather than the working groups beside a working-groups item.
    pub agenda_over_groups: bool,
}

/// Longest message line accepted for the projector.
pub const MAX_MESSAGE_CHARS: usize = 200;

impl App {
    pub fn new(settings: Settings, session: &Session) -> App {
        let selected = session
            .timer
            .current
            .as_deref()
            .and_then(|id| session.item_index(id))
            .or_else(|| session.items.iter().position(|r| r.ended_at.is_none() && !r.skipped))
            .unwrap_or(0);
        App {
            keymap: keymap::bindings(),
            settings,
            view: View::Operator,
            help: false,
            input: None,
            selected,
            status: None,
            not_saved: None,
            alerted: None,
            quitting: false,
            focus: Focus::Timer,
            capture: Capture::default(),
            review: Review::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            device: String::new(),
            durable_seq: 0,
            revision: 0,
            agenda_over_groups: false,
        }
    }

    /// Whether an entry's last change is on disk.
    pub fn is_saved(&self, entry: &crate::session::Entry) -> bool {
        entry.changed_by != self.device || entry.changed_seq <= self.durable_seq
    }

    pub fn key_mode(&self) -> KeyMode {
        if self.input.is_some() {
            KeyMode::Input
        } else if self.help {
            KeyMode::Help
        } else {
            match self.focus {
                Focus::Timer => KeyMode::Run,
                Focus::Capture => KeyMode::Capture,
                Focus::Review => KeyMode::Review,
            }
        }
    }

    fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), error: false });
    }

    fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), error: true });
    }

    /// Applies one action; returns what the runtime must do.
    pub fn update(&mut self, session: &Session, action: Action, now: Timestamp) -> Vec<Effect> {
        if action != Action::Tick {
            self.revision += 1;
        }
        let effects = self.apply_action(session, action, now);
        // The editor shows its cursor only while it has the keys (set here, once per
        // change, rather than by copying the editor on every frame).
        let cursor = if self.focus == Focus::Capture {
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            ratatui::style::Style::new()
        };
        if self.capture.editor.cursor_style() != cursor {
            self.capture.editor.set_cursor_style(cursor);
        }
        effects
    }

    fn apply_action(&mut self, session: &Session, action: Action, now: Timestamp) -> Vec<Effect> {
        if !matches!(
            action,
            Action::Tick
                | Action::SaveFailed(_)
                | Action::SavedAll
                | Action::Durable(_)
                | Action::CaptureKey(_)
        ) {
            self.status = None;
        }
        match action {
            Action::Quit => {
                self.quitting = true;
                vec![Effect::Quit]
            }
            Action::ToggleHelp => {
                self.help = !self.help;
                vec![]
            }
            Action::ToggleProjector => {
                self.view = match self.view {
                    View::Operator => View::Projector,
                    View::Projector => View::Operator,
                };
                vec![]
            }
            Action::ToggleBell => {
                self.settings.bell = !self.settings.bell;
                let state = if self.settings.bell { "on" } else { "off" };
                self.say(format!("Bell {state} for this run (set bell in settings.toml to keep it)"));
                vec![]
            }
            Action::SelectUp => {
                self.selected = self.selected.saturating_sub(1);
                vec![]
            }
            Action::SelectDown => {
                self.selected = (self.selected + 1).min(session.items.len().saturating_sub(1));
                vec![]
            }
            Action::EditMessage => {
                let text = session.message.clone().unwrap_or_default();
                self.input = Some(Input { purpose: InputPurpose::Message, text });
                vec![]
            }
            Action::ClearMessage => vec![Effect::Record(crate::session::Event::MessageSet { text: None })],
            Action::EditEndsAt => {
                if session.timer.current.is_none() {
                    self.complain("No item is running: start one with Space first");
                    return vec![];
                }
                self.input = Some(Input { purpose: InputPurpose::EndsAt, text: String::new() });
                vec![]
            }
            Action::InputChar(c) => {
                self.type_text(&c.to_string());
                vec![]
            }
            Action::Paste(text) => {
                if self.input.is_some() {
                    self.type_text(&text);
                    return vec![];
                }
                // A paste anywhere else goes into the note.
                self.focus = Focus::Capture;
                self.capture_action(session, Action::Paste(text), now)
            }
            Action::FocusTimer => {
                if self.capture.editing.take().is_some() {
                    self.capture = Capture::default();
                    self.focus = Focus::Review;
                    self.say("Edit cancelled: the entry is unchanged");
                } else {
                    self.focus = Focus::Timer;
                }
                vec![]
            }
            Action::FocusCapture
            | Action::CaptureCommit
            | Action::CaptureNewline
            | Action::CaptureCycleKind
            | Action::CaptureToggleAttribution
            | Action::CaptureComplete
            | Action::CaptureFullScreen
            | Action::CaptureKey(_)
            | Action::RestoreDraft(_) => self.capture_action(session, action, now),
            Action::FocusReview
            | Action::ReviewUp
            | Action::ReviewDown
            | Action::ReviewScope
            | Action::ReviewEdit
            | Action::ReviewCycleKind
            | Action::ReviewAttribute
            | Action::ReviewToggleAttribution
            | Action::ReviewMove(_)
            | Action::ReviewMark(_)
            | Action::ReviewMerge
            | Action::ReviewDelete
            | Action::ReviewSearch => self.review_action(session, action),
            Action::Export(profile) => vec![Effect::Export(profile)],
            Action::FormGroups | Action::NextReportBack | Action::ToggleGroups => {
                self.groups_action(session, action, now)
            }
            Action::QueueAdd
            | Action::QueueRemove
            | Action::QueueMove
            | Action::FloorNext
            | Action::FloorEnd => self.queue_action(session, action),
            Action::Notice(text, error) => {
                self.status = Some(Status { text, error });
                vec![]
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Durable(seq) => {
                self.durable_seq = self.durable_seq.max(seq);
                vec![]
            }
            Action::InputBackspace => {
                if let Some(input) = &mut self.input {
                    input.text.pop();
                }
                vec![]
            }
            Action::InputComplete => {
                self.complete_input(session);
                vec![]
            }
            Action::InputCancel => {
                self.input = None;
                vec![]
            }
            Action::InputSubmit => self.submit_input(session, now),
            Action::Tick => self.observe(session, now),
            Action::SaveFailed(message) => {
                self.not_saved = Some(message);
                vec![]
            }
            Action::SavedAll => {
                if self.not_saved.take().is_some() {
                    self.say("Saved again: everything is on disk");
                }
                vec![]
            }
            timer => self.timer_action(session, timer, now),
        }
    }

    /// Completes the last word of a one-line input (with or without @) from the roster.
    fn complete_input(&mut self, session: &Session) {
        let Some(input) = &mut self.input else { return };
        let start = input.text.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = input.text[start..].trim_start_matches('@').to_string();
        let options = crate::capture::prefix::completions(&word, &session.agenda);
        match options.as_slice() {
            [one] => {
                let at = if input.text[start..].starts_with('@') { "@" } else { "" };
                input.text.replace_range(start.., &format!("{at}{one}"));
            }
            [] => self.complain(format!("No participant or group starts with \"{word}\"")),
            many => self.say(format!("{}…: {}", word, many.join(", "))),
        }
    }

    fn type_text(&mut self, text: &str) {
        let Some(input) = &mut self.input else { return };
        // One line, no control characters: nothing typed or pasted reaches the terminal raw.
        let clean = text.chars().map(|c| if c.is_control() { ' ' } else { c });
        for c in clean {
            if input.text.chars().count() >= MAX_MESSAGE_CHARS {
                break;
            }
            input.text.push(c);
        }
    }

    /// Rings the bell when the running item's countdown moves to a more urgent stage.
    fn observe(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        let Some(current) = session.timer.current.clone() else {
            self.alerted = None;
            return vec![];
        };
        let Some(index) = session.item_index(&current) else { return vec![] };
        let Some(cd) = timing::countdown(session, index, now, self.settings.warnings()) else {
            return vec![];
        };
        let ring = matches!(&self.alerted, Some((item, stage)) if *item == current && cd.stage > *stage);
        self.alerted = Some((current, cd.stage));
        if ring && self.settings.bell { vec![Effect::Bell] } else { vec![] }
    }
}

#[cfg(test)]
mod tests;
