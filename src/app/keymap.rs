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
    /// A yes/no question is open.
    Confirm,
    /// Choosing from a list (an agenda item): unbound keys type into the filter.
    Pick,
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
    pub fn key_code(&self) -> KeyCode {
        self.code
    }

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
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
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
    use KeyCode as K;
    use KeyMode::{Capture, Confirm, Help, Input, Pick, Review, Run};
    use crate::session::Mark;
    use super::action::{
        Action as A, AppAction as Ap, CaptureAction as Ca, ConfirmAction as Co, GroupsAction as Gr,
        HelpAction as He, InputAction as In, PickAction as Pi, QueueAction as Qu, ReviewAction as Re,
        TimerAction as Ti,
    };
    use crate::export::Profile;
    const T: &str = "Timer";
    const S: &str = "Speakers";
    const W: &str = "Working groups";
    const P: &str = "Plan";
    const V: &str = "Screen";
    const C: &str = "Capturing a note";
    const R: &str = "Reviewing entries";
    const I: &str = "Typing a message, time or search";
    const H: &str = "Help";
    const Q: &str = "Answering a question";
    const K: &str = "Choosing an item";
    vec![
        bind(Run, key(K::Char(' ')), A::Timer(Ti::StartPause), T, "start the selected item, or pause / resume the running one", Some("start/pause")),
        bind(Run, key(K::Char('n')), A::Timer(Ti::Next), T, "end the running item and start the next one", Some("next")),
        bind(Run, key(K::Char('p')), A::Timer(Ti::Previous), T, "go back to the previous item", Some("prev")),
        bind(Run, key(K::Char('+')), A::Timer(Ti::Extend(1)), T, "give the running item 1 more minute", Some("+1 min")),
        bind(Run, key(K::Char('-')), A::Timer(Ti::Extend(-1)), T, "take 1 minute from the running item", Some("-1 min")),
        bind(Run, key(K::Char('>')), A::Timer(Ti::Extend(5)), T, "give the running item 5 more minutes", None),
        bind(Run, key(K::Char('<')), A::Timer(Ti::Extend(-5)), T, "take 5 minutes from the running item", None),
        bind(Run, key(K::Char('t')), A::Timer(Ti::EditEndsAt), T, "end the running item at a clock time (\"back at 14:00\")", None),
        bind(Run, key(K::Char('w')), A::Timer(Ti::RevealPrompt), T, "show the next prompt of the running item to the room", None),
        bind(Run, key(K::Char('u')), A::Timer(Ti::Undo), T, "undo the last change to the plan (start, skip, re-plan, end time, finish)", None),
        bind(Run, ctrl('r'), A::Timer(Ti::Redo), T, "redo the change to the plan just undone", None),
        bind(Run, key(K::Up), A::Timer(Ti::SelectUp), P, "select the item above", None),
        bind(Run, key(K::Char('k')), A::Timer(Ti::SelectUp), P, "select the item above", None),
        bind(Run, key(K::Down), A::Timer(Ti::SelectDown), P, "select the item below (the list follows into the next day)", None),
        bind(Run, key(K::Char('j')), A::Timer(Ti::SelectDown), P, "select the item below (the list follows into the next day)", None),
        bind(Run, key(K::Enter), A::Timer(Ti::JumpToSelected), P, "jump to the selected item and start it (another day's item asks first)", None),
        bind(Run, key(K::Char('s')), A::Timer(Ti::ToggleSkip), P, "skip the selected item (it takes no time in the plan), or bring a skipped one back", None),
        bind(Run, key(K::Char('a')), A::Timer(Ti::AcceptReplan), P, "accept the re-plan proposal: shrink later items to meet fixed starts and the day's end", Some("accept re-plan")),
        bind(Run, key(K::Char('T')), A::App(Ap::TakeClock), T, "take the clock over from the laptop that holds it (its battery died, the chair moved); asks first", None),
        bind(Run, key(K::Char('X')), A::App(Ap::Finish), P, "finish the event (asks first; the record stays open for review and export)", None),
        bind(Run, key(K::Char('Q')), A::Queue(Qu::Add), S, "add someone to the running item's speakers' list", None),
        bind(Run, key(K::Char('f')), A::Queue(Qu::FloorNext), S, "give the floor to the next on the list (ends the turn when nobody waits)", Some("floor")),
        bind(Run, key(K::Char('F')), A::Queue(Qu::FloorEnd), S, "end the current speaker's turn", None),
        bind(Run, key(K::Char('x')), A::Queue(Qu::Remove), S, "take someone off the list (by number)", None),
        bind(Run, key(K::Char('o')), A::Queue(Qu::Move), S, "move someone on the list (from, to)", None),
        bind(Run, key(K::Char('L')), A::Queue(Qu::ToggleClosed), S, "close the list to new names, or open it again", None),
        bind(Run, key(K::Char('P')), A::Queue(Qu::TogglePriority), S, "first-time speakers on this item go first, or not", None),
        bind(Run, key(K::Char('C')), A::Queue(Qu::CarryOver), S, "carry the previous item's waiting speakers over to this item", None),
        bind(Run, key(K::Char('G')), A::Groups(Gr::Form), W, "form the working groups (3 42: three groups, seed 42), move someone (@mia-1 B), or reuse the last round's (same)", None),
        bind(Run, key(K::Char('g')), A::Groups(Gr::NextReportBack), W, "report-back: the next group's slot (ends the current one)", None),
        bind(Run, key(K::Char('S')), A::Groups(Gr::SetSlot), W, "report-back: set the minutes each group gets", None),
        bind(Run, key(K::Char('W')), A::Groups(Gr::ToggleView), W, "show the working groups or the agenda beside the running item", None),
        bind(Run, key(K::Char('c')), A::App(Ap::FocusCapture), V, "start typing a note (from the run screen or the projector view)", Some("capture")),
        bind(Run, key(K::Char('r')), A::App(Ap::FocusReview), V, "review the captured entries", Some("review")),
        bind(Run, key(K::Char('e')), A::App(Ap::Export(Profile::Internal)), V, "write the draft report (Markdown and Word, with attributions) beside the session", None),
        bind(Run, key(K::Char('E')), A::App(Ap::Export(Profile::Public)), V, "write the public draft (Chatham House: no names or affiliations) beside the session", None),
        bind(Run, key(K::Char('v')), A::App(Ap::ToggleProjector), V, "switch between this screen and the projector view", Some("projector")),
        bind(Run, key(K::Char('m')), A::App(Ap::EditMessage), V, "set the message line of the projector (\"Please wrap up\")", None),
        bind(Run, key(K::Char('M')), A::App(Ap::ClearMessage), V, "clear the message line", None),
        bind(Run, key(K::Char('b')), A::App(Ap::ToggleBell), V, "turn the bell at stage changes off or on", None),
        bind(Run, key(K::Char('?')), A::App(Ap::ToggleHelp), V, "show or hide this help", Some("help")),
        bind(Run, key(K::F(1)), A::App(Ap::ToggleHelp), V, "show or hide this help", None),
        bind(Run, key(K::Char('q')), A::App(Ap::Quit), V, "quit (everything is already saved; the session can be resumed)", Some("quit")),
        bind(Run, ctrl('c'), A::App(Ap::Quit), V, "quit", None),
        bind(Run, ctrl('z'), A::App(Ap::Suspend), V, "suspend convene and go back to the shell (fg returns; everything is kept)", None),
        bind(Capture, key(K::Enter), A::Capture(Ca::Commit), C, "save the note", Some("save")),
        bind(Capture, alt(K::Enter), A::Capture(Ca::Newline), C, "new line in the note", Some("new line")),
        bind(Capture, ctrl('j'), A::Capture(Ca::Newline), C, "new line in the note", None),
        bind(Capture, ctrl('t'), A::Capture(Ca::CycleKind), C, "change the kind of the note (or type p: d: r: rp: c: f: q: qt: ref: first)", Some("kind")),
        bind(Capture, ctrl('n'), A::Capture(Ca::ToggleAttribution), C, "not for attribution on / off for this note (or type ~ first)", Some("attribution")),
        bind(Capture, key(K::Tab), A::Capture(Ca::Complete), C, "complete the @name before the cursor from the participants", None),
        bind(Capture, ctrl('f'), A::Capture(Ca::FullScreen), C, "full-screen capture on / off", Some("full screen")),
        bind(Capture, ctrl('l'), A::App(Ap::FocusReview), C, "review the captured entries (the note being typed is kept)", None),
        bind(Capture, key(K::Esc), A::App(Ap::FocusTimer), C, "leave the note (it is kept) and use the timer keys", Some("leave")),
        bind(Capture, key(K::F(5)), A::Timer(Ti::StartPause), C, "timer while typing: start, pause or resume", Some("pause")),
        bind(Capture, key(K::F(6)), A::Timer(Ti::Next), C, "timer while typing: next item", None),
        bind(Capture, key(K::F(7)), A::Timer(Ti::Extend(-1)), C, "timer while typing: 1 minute less", None),
        bind(Capture, key(K::F(8)), A::Timer(Ti::Extend(1)), C, "timer while typing: 1 minute more", None),
        bind(Capture, key(K::F(1)), A::App(Ap::ToggleHelp), C, "keys and prefixes", None),
        bind(Capture, ctrl('c'), A::App(Ap::Quit), C, "quit (the note being typed is kept for next time)", None),
        bind(Capture, ctrl('z'), A::App(Ap::Suspend), C, "suspend convene (fg returns; the note being typed is kept)", None),
        bind(Review, key(K::Up), A::Review(Re::Up), R, "previous entry", None),
        bind(Review, key(K::Char('k')), A::Review(Re::Up), R, "previous entry", None),
        bind(Review, key(K::Down), A::Review(Re::Down), R, "next entry", None),
        bind(Review, key(K::Char('j')), A::Review(Re::Down), R, "next entry", None),
        bind(Review, key(K::Tab), A::Review(Re::Scope), R, "show the running item's entries or the whole session's", Some("item/all")),
        bind(Review, key(K::Enter), A::Review(Re::Edit), R, "edit the entry", Some("edit")),
        bind(Review, key(K::Char('e')), A::Review(Re::Edit), R, "edit the entry", None),
        bind(Review, key(K::Char('t')), A::Review(Re::CycleKind), R, "change the entry's kind", Some("kind")),
        bind(Review, key(K::Char('@')), A::Review(Re::Attribute), R, "attribute the entry (@id, @group or @role)", None),
        bind(Review, key(K::Char('~')), A::Review(Re::ToggleAttribution), R, "not for attribution on / off", None),
        bind(Review, key(K::Char('m')), A::Review(Re::Move), R, "move the entry to another agenda item (choose it by title)", Some("move")),
        bind(Review, key(K::Char('x')), A::Review(Re::Mark(Mark::Consensus)), R, "mark as consensus (again: unmark)", None),
        bind(Review, key(K::Char('X')), A::Review(Re::Mark(Mark::Contested)), R, "mark as contested (again: unmark)", None),
        bind(Review, key(K::Char('J')), A::Review(Re::Merge), R, "merge the entry into the one above it (a duplicate)", None),
        bind(Review, key(K::Char('d')), A::Review(Re::Delete), R, "delete the entry, or restore a deleted one", Some("delete")),
        bind(Review, key(K::Char('u')), A::Review(Re::Undo), R, "undo the last change to entries", Some("undo")),
        bind(Review, ctrl('r'), A::Review(Re::Redo), R, "redo", None),
        bind(Review, key(K::Char('/')), A::Review(Re::Search), R, "search all entries", Some("search")),
        bind(Review, key(K::Char('c')), A::App(Ap::FocusCapture), R, "type a new note", None),
        bind(Review, key(K::Esc), A::App(Ap::FocusTimer), R, "back to the timer", Some("back")),
        bind(Review, key(K::Char('q')), A::App(Ap::FocusTimer), R, "back to the timer", None),
        bind(Review, key(K::Char('?')), A::App(Ap::ToggleHelp), R, "show or hide this help", None),
        bind(Review, key(K::F(1)), A::App(Ap::ToggleHelp), R, "show or hide this help", None),
        bind(Review, ctrl('c'), A::App(Ap::Quit), R, "quit", None),
        bind(Review, ctrl('z'), A::App(Ap::Suspend), R, "suspend convene (fg returns)", None),
        bind(Help, key(K::Down), A::Help(He::Down), H, "scroll down", Some("scroll")),
        bind(Help, key(K::Char('j')), A::Help(He::Down), H, "scroll down", None),
        bind(Help, key(K::Up), A::Help(He::Up), H, "scroll up", None),
        bind(Help, key(K::Char('k')), A::Help(He::Up), H, "scroll up", None),
        bind(Help, key(K::PageDown), A::Help(He::PageDown), H, "a page down", Some("page")),
        bind(Help, key(K::Char(' ')), A::Help(He::PageDown), H, "a page down", None),
        bind(Help, key(K::PageUp), A::Help(He::PageUp), H, "a page up", None),
        bind(Help, key(K::Home), A::Help(He::Top), H, "to the top", None),
        bind(Help, key(K::End), A::Help(He::Bottom), H, "to the end", None),
        bind(Help, key(K::Char('?')), A::Help(He::Close), H, "close the help", Some("close")),
        bind(Help, key(K::Esc), A::Help(He::Close), H, "close the help", None),
        bind(Help, key(K::Char('q')), A::Help(He::Close), H, "close the help", None),
        bind(Help, key(K::F(1)), A::Help(He::Close), H, "close the help", None),
        bind(Help, ctrl('c'), A::Help(He::Close), H, "close the help", None),
        bind(Input, key(K::Enter), A::Input(In::Submit), I, "confirm", Some("confirm")),
        bind(Input, key(K::Esc), A::Input(In::Cancel), I, "cancel", Some("cancel")),
        bind(Input, key(K::Tab), A::Input(In::Complete), I, "complete a participant's id or a stakeholder group", Some("complete")),
        bind(Input, ctrl('c'), A::Input(In::Cancel), I, "cancel", None),
        bind(Confirm, key(K::Char('y')), A::Confirm(Co::Yes), Q, "yes", Some("yes")),
        bind(Confirm, key(K::Enter), A::Confirm(Co::Yes), Q, "yes", None),
        bind(Confirm, key(K::Char('n')), A::Confirm(Co::No), Q, "no", Some("no")),
        bind(Confirm, key(K::Esc), A::Confirm(Co::No), Q, "no", None),
        bind(Confirm, ctrl('c'), A::Confirm(Co::No), Q, "no", None),
        bind(Pick, key(K::Up), A::Pick(Pi::Up), K, "the item above", None),
        bind(Pick, key(K::Down), A::Pick(Pi::Down), K, "the item below", None),
        bind(Pick, key(K::Enter), A::Pick(Pi::Choose), K, "choose the item", Some("choose")),
        bind(Pick, key(K::Esc), A::Pick(Pi::Cancel), K, "cancel", Some("cancel")),
        bind(Pick, ctrl('c'), A::Pick(Pi::Cancel), K, "cancel", None),
    ]
}

/// The keys of a follower window (`convene follow`): moving around, reviewing, the help,
/// switching views, quitting; none that records anything or writes a file.
pub fn follower_bindings() -> Vec<Binding> {
    // A follower never types a note, so the capture keys are not even listed.
    bindings().into_iter().filter(|b| b.mode != KeyMode::Capture && only_looks(&b.action)).collect()
}

fn only_looks(action: &Action) -> bool {
    use super::action::{AppAction as Ap, GroupsAction as Gr, ReviewAction as Re, TimerAction as Ti};
    match action {
        Action::Timer(t) => matches!(t, Ti::SelectUp | Ti::SelectDown),
        Action::Groups(g) => matches!(g, Gr::ToggleView),
        Action::App(a) => matches!(
            a,
            Ap::FocusReview
                | Ap::FocusTimer
                | Ap::ToggleProjector
                | Ap::ToggleBell
                | Ap::ToggleHelp
                | Ap::Quit
                | Ap::Suspend
        ),
        Action::Review(r) => matches!(r, Re::Up | Re::Down | Re::Scope | Re::Search),
        Action::Help(_) | Action::Input(_) | Action::Confirm(_) | Action::Pick(_) => true,
        Action::Capture(_) | Action::Queue(_) => false,
    }
}

/// The action for a key press in `mode`. In text modes unbound keys type (so typing "q"
/// never quits); elsewhere they do nothing.
pub fn resolve(table: &[Binding], mode: KeyMode, event: KeyEvent) -> Option<Action> {
    use super::action::{CaptureAction, InputAction, PickAction};
    if event.kind == KeyEventKind::Release {
        return None;
    }
    // Shift is part of the character itself ('M', '>', '?'), so compare without it.
    let modifiers = event.modifiers - KeyModifiers::SHIFT;
    let found = table
        .iter()
        .find(|b| b.mode == mode && b.key.code == event.code && b.key.modifiers == modifiers)
        .map(|b| b.action.clone());
    if found.is_some() {
        return found;
    }
    match mode {
        // Everything else typed into a note goes to the editor: letters never run commands.
        KeyMode::Capture => Some(Action::Capture(CaptureAction::Key(event))),
        KeyMode::Input => Some(Action::Input(InputAction::Key(event))),
        KeyMode::Pick => Some(Action::Pick(PickAction::Key(event))),
        KeyMode::Run | KeyMode::Help | KeyMode::Review | KeyMode::Confirm => None,
    }
}

/// Where pasted text goes in `mode`: into an open one-line input or filter, else into the
/// note (a question or the help are closed first).
pub fn resolve_paste(mode: KeyMode, text: String) -> Option<Action> {
    use super::action::{CaptureAction, InputAction};
    match mode {
        KeyMode::Input => Some(Action::Input(InputAction::Paste(text))),
        KeyMode::Confirm | KeyMode::Pick => None,
        KeyMode::Run | KeyMode::Help | KeyMode::Review | KeyMode::Capture => {
            Some(Action::Capture(CaptureAction::Paste(text)))
        }
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
        use crate::app::action::{AppAction, HelpAction, InputAction, TimerAction};
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(resolve(&t, KeyMode::Run, q), Some(Action::App(AppAction::Quit)));
        assert_eq!(
            resolve(&t, KeyMode::Input, q),
            Some(Action::Input(InputAction::Key(q))),
            "typing q into a message never quits"
        );
        assert_eq!(
            resolve(&t, KeyMode::Run, press(KeyCode::Char('>'), KeyModifiers::SHIFT)),
            Some(Action::Timer(TimerAction::Extend(5)))
        );
        assert_eq!(
            resolve(&t, KeyMode::Run, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::App(AppAction::Quit))
        );
        assert_eq!(resolve(&t, KeyMode::Run, press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
        assert_eq!(
            resolve(&t, KeyMode::Help, press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::Help(HelpAction::Close))
        );
    }

    #[test]
    fn a_follower_has_no_key_that_changes_the_record() {
        let t = follower_bindings();
        use crate::app::action::AppAction;
        let keys = |mode| t.iter().filter(move |b| b.mode == mode).map(|b| b.key.label()).collect::<Vec<_>>();
        assert_eq!(
            keys(KeyMode::Run),
            ["↑", "k", "↓", "j", "W", "r", "v", "b", "?", "F1", "q", "Ctrl-c", "Ctrl-z"]
        );
        assert_eq!(
            keys(KeyMode::Review),
            ["↑", "k", "↓", "j", "Tab", "/", "Esc", "q", "?", "F1", "Ctrl-c", "Ctrl-z"]
        );
        assert!(keys(KeyMode::Capture).is_empty());
        assert!(!t.iter().any(|b| matches!(b.action, Action::App(AppAction::Export(_) | AppAction::Finish))));
        let c = press(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(resolve(&t, KeyMode::Run, c), None, "no capture");
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
