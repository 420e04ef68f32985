//! Key bindings as data: (mode, key) -> action, each with a description. The help overlay
//! and the footer are generated from this table, so they cannot drift from what keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Which set of bindings applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMode {
    /// The run screen and the projector view.
    Run,
    /// The help overlay is open.
    Help,
    /// A one-line text input (message, clock time) is open: unbound keys type text.
    Input,
    /// The rapporteur is typing a note: unbound keys type text.
    Capture,
    /// The list of captured entries has the keys.
    Review,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key { code, modifiers: KeyModifiers::NONE }
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), modifiers: KeyModifiers::CONTROL }
}

const fn alt(code: KeyCode) -> Key {
    Key { code, modifiers: KeyModifiers::ALT }
}

impl Key {
    /// How the key is written in the help and the footer.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }
}

/// One binding: in `mode`, `key` does `action`.
#[derive(Debug, Clone)]
pub struct Binding {
    pub mode: KeyMode,
    pub key: Key,
    pub action: Action,
    /// The heading it is listed under in the help.
    pub group: &'static str,
    /// What it does, for the help overlay and the README.
    pub description: &'static str,
    /// A short label for the footer; bindings without one are only in the help.
    pub footer: Option<&'static str>,
}

fn bind(
    mode: KeyMode,
    key: Key,
    action: Action,
    group: &'static str,
    description: &'static str,
    footer: Option<&'static str>,
) -> Binding {
    Binding { mode, key, action, group, description, footer }
}

/// The whole key table, in the order the help lists it.
#[rustfmt::skip]
pub fn bindings() -> Vec<Binding> {
    use Action as A;
    use KeyCode as K;
    use KeyMode::{Capture, Help, Input, Review, Run};
    use crate::session::Mark;
    const T: &str = "Timer";
    const S: &str = "Speakers";
    const W: &str = "Working groups";
    const P: &str = "Plan";
    const V: &str = "Screen";
    const C: &str = "Capturing a note";
    const R: &str = "Reviewing entries";
    const I: &str = "Typing a message, time or search";
    vec![
        bind(Run, key(K::Char(' ')), A::StartPause, T, "start the selected item, or pause / resume the running one", Some("start/pause")),
        bind(Run, key(K::Char('n')), A::Next, T, "end the running item and start the next one", Some("next")),
        bind(Run, key(K::Char('p')), A::Previous, T, "go back to the previous item", Some("prev")),
        bind(Run, key(K::Char('+')), A::Extend(1), T, "give the running item 1 more minute", Some("+1 min")),
        bind(Run, key(K::Char('-')), A::Extend(-1), T, "take 1 minute from the running item", Some("-1 min")),
        bind(Run, key(K::Char('>')), A::Extend(5), T, "give the running item 5 more minutes", None),
        bind(Run, key(K::Char('<')), A::Extend(-5), T, "take 5 minutes from the running item", None),
        bind(Run, key(K::Char('t')), A::EditEndsAt, T, "end the running item at a clock time (\"back at 14:00\")", None),
        bind(Run, key(K::Char('w')), A::RevealPrompt, T, "show the next prompt of the running item to the room", None),
        bind(Run, key(K::Up), A::SelectUp, P, "select the item above", None),
        bind(Run, key(K::Char('k')), A::SelectUp, P, "select the item above", None),
        bind(Run, key(K::Down), A::SelectDown, P, "select the item below", None),
        bind(Run, key(K::Char('j')), A::SelectDown, P, "select the item below", None),
        bind(Run, key(K::Enter), A::JumpToSelected, P, "jump to the selected item and start it", None),
        bind(Run, key(K::Char('s')), A::Skip, P, "skip the selected item (it takes no time in the plan)", None),
        bind(Run, key(K::Char('a')), A::AcceptReplan, P, "accept the re-plan proposal: shrink later items to end on time", Some("accept re-plan")),
        bind(Run, key(K::Char('Q')), A::QueueAdd, S, "add someone to the speakers' queue", None),
        bind(Run, key(K::Char('f')), A::FloorNext, S, "give the floor to the next in the queue (ends the turn when nobody waits)", Some("floor")),
        bind(Run, key(K::Char('F')), A::FloorEnd, S, "end the current speaker's turn", None),
        bind(Run, key(K::Char('x')), A::QueueRemove, S, "take someone off the queue (by number)", None),
        bind(Run, key(K::Char('o')), A::QueueMove, S, "move someone in the queue (from, to)", None),
        bind(Run, key(K::Char('G')), A::FormGroups, W, "form the working groups (3 42: three groups, seed 42) or move someone (@mia-1 B)", None),
        bind(Run, key(K::Char('g')), A::NextReportBack, W, "report-back: the next group's slot (ends the current one)", None),
        bind(Run, key(K::Char('W')), A::ToggleGroups, W, "show the working groups or the agenda beside the running item", None),
        bind(Run, key(K::Char('c')), A::FocusCapture, V, "start typing a note (from the run screen or the projector view)", Some("capture")),
        bind(Run, key(K::Char('r')), A::FocusReview, V, "review the captured entries", Some("review")),
        bind(Run, key(K::Char('e')), A::Export(crate::export::Profile::Internal), V, "write the draft report (Markdown and Word, with attributions) beside the session", None),
        bind(Run, key(K::Char('E')), A::Export(crate::export::Profile::Public), V, "write the public draft (Chatham House: no names or affiliations) beside the session", None),
        bind(Run, key(K::Char('v')), A::ToggleProjector, V, "switch between this screen and the projector view", Some("projector")),
        bind(Run, key(K::Char('m')), A::EditMessage, V, "set the message line of the projector (\"Please wrap up\")", None),
        bind(Run, key(K::Char('M')), A::ClearMessage, V, "clear the message line", None),
        bind(Run, key(K::Char('b')), A::ToggleBell, V, "turn the bell at stage changes off or on", None),
        bind(Run, key(K::Char('?')), A::ToggleHelp, V, "show or hide this help", Some("help")),
        bind(Run, key(K::F(1)), A::ToggleHelp, V, "show or hide this help", None),
        bind(Run, key(K::Char('q')), A::Quit, V, "quit (everything is already saved; the session can be resumed)", Some("quit")),
        bind(Run, ctrl('c'), A::Quit, V, "quit", None),
        bind(Capture, key(K::Enter), A::CaptureCommit, C, "save the note", Some("save")),
        bind(Capture, alt(K::Enter), A::CaptureNewline, C, "new line in the note", Some("new line")),
        bind(Capture, ctrl('j'), A::CaptureNewline, C, "new line in the note", None),
        bind(Capture, ctrl('t'), A::CaptureCycleKind, C, "change the kind of the note (or type p: d: r: rp: c: f: q: qt: ref: first)", Some("kind")),
        bind(Capture, ctrl('n'), A::CaptureToggleAttribution, C, "not for attribution on / off for this note (or type ~ first)", Some("attribution")),
        bind(Capture, key(K::Tab), A::CaptureComplete, C, "complete the @name before the cursor from the participants", None),
        bind(Capture, ctrl('f'), A::CaptureFullScreen, C, "full-screen capture on / off", Some("full screen")),
        bind(Capture, ctrl('l'), A::FocusReview, C, "review the captured entries (the note being typed is kept)", None),
        bind(Capture, key(K::Esc), A::FocusTimer, C, "leave the note (it is kept) and use the timer keys", Some("leave")),
        bind(Capture, key(K::F(5)), A::StartPause, C, "timer while typing: start, pause or resume", Some("pause")),
        bind(Capture, key(K::F(6)), A::Next, C, "timer while typing: next item", None),
        bind(Capture, key(K::F(7)), A::Extend(-1), C, "timer while typing: 1 minute less", None),
        bind(Capture, key(K::F(8)), A::Extend(1), C, "timer while typing: 1 minute more", None),
        bind(Capture, key(K::F(1)), A::ToggleHelp, C, "keys and prefixes", None),
        bind(Capture, ctrl('c'), A::Quit, C, "quit (the note being typed is kept for next time)", None),
        bind(Review, key(K::Up), A::ReviewUp, R, "previous entry", None),
        bind(Review, key(K::Char('k')), A::ReviewUp, R, "previous entry", None),
        bind(Review, key(K::Down), A::ReviewDown, R, "next entry", None),
        bind(Review, key(K::Char('j')), A::ReviewDown, R, "next entry", None),
        bind(Review, key(K::Tab), A::ReviewScope, R, "show the running item's entries or the whole session's", Some("item/all")),
        bind(Review, key(K::Enter), A::ReviewEdit, R, "edit the entry", Some("edit")),
        bind(Review, key(K::Char('e')), A::ReviewEdit, R, "edit the entry", None),
        bind(Review, key(K::Char('t')), A::ReviewCycleKind, R, "change the entry's kind", Some("kind")),
        bind(Review, key(K::Char('@')), A::ReviewAttribute, R, "attribute the entry (@id, @group or @role)", None),
        bind(Review, key(K::Char('~')), A::ReviewToggleAttribution, R, "not for attribution on / off", None),
        bind(Review, key(K::Char('m')), A::ReviewMove(1), R, "move the entry to the next agenda item", None),
        bind(Review, key(K::Char('M')), A::ReviewMove(-1), R, "move the entry to the previous agenda item", None),
        bind(Review, key(K::Char('x')), A::ReviewMark(Mark::Consensus), R, "mark as consensus (again: unmark)", None),
        bind(Review, key(K::Char('X')), A::ReviewMark(Mark::Contested), R, "mark as contested (again: unmark)", None),
        bind(Review, key(K::Char('J')), A::ReviewMerge, R, "merge the entry into the one above it (a duplicate)", None),
        bind(Review, key(K::Char('d')), A::ReviewDelete, R, "delete the entry, or restore a deleted one", Some("delete")),
        bind(Review, key(K::Char('u')), A::Undo, R, "undo the last change to entries", Some("undo")),
        bind(Review, ctrl('r'), A::Redo, R, "redo", None),
        bind(Review, key(K::Char('/')), A::ReviewSearch, R, "search all entries", Some("search")),
        bind(Review, key(K::Char('c')), A::FocusCapture, R, "type a new note", None),
        bind(Review, key(K::Esc), A::FocusTimer, R, "back to the timer", Some("back")),
        bind(Review, key(K::Char('q')), A::FocusTimer, R, "back to the timer", None),
        bind(Review, key(K::Char('?')), A::ToggleHelp, R, "show or hide this help", None),
        bind(Review, key(K::F(1)), A::ToggleHelp, R, "show or hide this help", None),
        bind(Review, ctrl('c'), A::Quit, R, "quit", None),
        bind(Help, key(K::Char('?')), A::ToggleHelp, V, "close the help", None),
        bind(Help, key(K::Esc), A::ToggleHelp, V, "close the help", None),
        bind(Help, key(K::Char('q')), A::ToggleHelp, V, "close the help", None),
        bind(Help, key(K::F(1)), A::ToggleHelp, V, "close the help", None),
        bind(Input, key(K::Enter), A::InputSubmit, I, "confirm", Some("confirm")),
        bind(Input, key(K::Esc), A::InputCancel, I, "cancel", Some("cancel")),
        bind(Input, key(K::Backspace), A::InputBackspace, I, "delete the character before the cursor", None),
        bind(Input, key(K::Tab), A::InputComplete, I, "complete a participant's id or a stakeholder group", None),
        bind(Input, ctrl('c'), A::InputCancel, I, "cancel", None),
    ]
}

/// The action for a key press in `mode`; in text input, unbound keys type their character.
pub fn resolve(table: &[Binding], mode: KeyMode, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    // Shift is part of the character itself ('M', '>', '?'), so compare without it.
    let modifiers = event.modifiers - KeyModifiers::SHIFT;
    let found = table
        .iter()
        .find(|b| b.mode == mode && b.key.code == event.code && b.key.modifiers == modifiers)
        .map(|b| b.action.clone());
    match (found, mode, event.code) {
        (Some(action), _, _) => Some(action),
        (None, KeyMode::Input, KeyCode::Char(c)) if !modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::InputChar(c))
        }
        // Everything else typed into a note goes to the editor: letters never run commands.
        (None, KeyMode::Capture, _) => Some(Action::CaptureKey(event)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_resolve_by_mode() {
        let t = bindings();
        assert_eq!(
            resolve(&t, KeyMode::Run, press(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Quit)
        );
        assert_eq!(
            resolve(&t, KeyMode::Input, press(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::InputChar('q')),
            "typing q into a message never quits"
        );
        assert_eq!(
            resolve(&t, KeyMode::Run, press(KeyCode::Char('>'), KeyModifiers::SHIFT)),
            Some(Action::Extend(5))
        );
        assert_eq!(
            resolve(&t, KeyMode::Run, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(resolve(&t, KeyMode::Run, press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
        assert_eq!(
            resolve(&t, KeyMode::Help, press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::ToggleHelp)
        );
    }

    #[test]
    fn every_binding_is_described_and_unique() {
        let t = bindings();
        for (i, a) in t.iter().enumerate() {
            assert!(!a.description.is_empty());
            for b in &t[i + 1..] {
                assert!(!(a.mode == b.mode && a.key == b.key), "{} bound twice", a.key.label());
            }
        }
    }
}
