//! Key bindings as data: (mode, key) -> action, each with a description. The help overlay
//! and the footer are generated from this table, so they cannot drift from what keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use crate::i18n::{Lang, tr};

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
    /// The consolidation view has the keys.
    Consolidate,
    /// A yes/no question is open.
    Confirm,
    /// Choosing from a list (an agenda item): unbound keys type into the filter.
    Pick,
    /// The day's summary is open.
    Summary,
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
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
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
    /// The message id of the heading it is listed under in the help.
    pub group: &'static str,
    /// The message id of what it does (help overlay, README).
    pub id: &'static str,
    /// Whether the footer shows it (with the short label `<id>-footer`); the others are
    /// only in the help.
    pub in_footer: bool,
}

impl Binding {
    /// What the key does, in `lang`.
    pub fn description(&self, lang: Lang) -> String {
        tr(lang, self.id, &[])
    }

    /// The footer's short label, for the keys the footer shows.
    pub fn footer(&self, lang: Lang) -> Option<String> {
        self.in_footer.then(|| tr(lang, &format!("{}-footer", self.id), &[]))
    }

    /// The help's heading for the key, in `lang`.
    pub fn group_name(&self, lang: Lang) -> String {
        tr(lang, self.group, &[])
    }
}

fn bind(
    mode: KeyMode,
    key: Key,
    action: Action,
    group: &'static str,
    id: &'static str,
    in_footer: bool,
) -> Binding {
    Binding { mode, key, action, group, id, in_footer }
}

/// The whole key table, in the order the help lists it.
#[rustfmt::skip]
pub fn bindings() -> Vec<Binding> {
    use KeyCode as K;
    use KeyMode::{Capture, Confirm, Help, Input, Pick, Review, Run, Summary};
    use crate::session::Mark;
    use super::action::{
        Action as A, AppAction as Ap, CaptureAction as Ca, ConfirmAction as Co, GroupsAction as Gr,
        HelpAction as He, InputAction as In, SummaryAction as Su, PickAction as Pi, QueueAction as Qu, ReviewAction as Re,
        TimerAction as Ti, ConsolidateAction as Cn,
    };
    use KeyMode::Consolidate as Cons;
    use crate::export::Profile;
    const T: &str = "keys-group-timer";
    const S: &str = "keys-group-speakers";
    const W: &str = "keys-group-groups";
    const P: &str = "keys-group-plan";
    const V: &str = "keys-group-screen";
    const C: &str = "keys-group-capture";
    const R: &str = "keys-group-review";
    const I: &str = "keys-group-input";
    const H: &str = "keys-group-help";
    const Q: &str = "keys-group-confirm";
    const K: &str = "keys-group-pick";
    const N: &str = "keys-group-consolidate";
    const Y: &str = "keys-group-support";
    const D: &str = "keys-group-summary";
    vec![
        bind(Run, key(K::Char(' ')), A::Timer(Ti::StartPause), T, "key-run-timer-start-pause", true),
        bind(Run, key(K::Char('n')), A::Timer(Ti::Next), T, "key-run-timer-next", true),
        bind(Run, key(K::Char('p')), A::Timer(Ti::Previous), T, "key-run-timer-previous", true),
        bind(Run, key(K::Char('+')), A::Timer(Ti::Extend(1)), T, "key-run-timer-extend-1", true),
        bind(Run, key(K::Char('-')), A::Timer(Ti::Extend(-1)), T, "key-run-timer-extend-minus-1", true),
        bind(Run, key(K::Char('>')), A::Timer(Ti::Extend(5)), T, "key-run-timer-extend-5", false),
        bind(Run, key(K::Char('<')), A::Timer(Ti::Extend(-5)), T, "key-run-timer-extend-minus-5", false),
        bind(Run, key(K::Char('t')), A::Timer(Ti::EditEndsAt), T, "key-run-timer-edit-ends-at", false),
        bind(Run, key(K::Char('w')), A::Timer(Ti::RevealPrompt), T, "key-run-timer-reveal-prompt", false),
        bind(Run, key(K::Char('u')), A::Timer(Ti::Undo), T, "key-run-timer-undo", false),
        bind(Run, ctrl('r'), A::Timer(Ti::Redo), T, "key-run-timer-redo", false),
        bind(Run, key(K::Up), A::Timer(Ti::SelectUp), P, "key-run-timer-select-up", false),
        bind(Run, key(K::Char('k')), A::Timer(Ti::SelectUp), P, "key-run-timer-select-up", false),
        bind(Run, key(K::Down), A::Timer(Ti::SelectDown), P, "key-run-timer-select-down", false),
        bind(Run, key(K::Char('j')), A::Timer(Ti::SelectDown), P, "key-run-timer-select-down", false),
        bind(Run, key(K::Enter), A::Timer(Ti::JumpToSelected), P, "key-run-timer-jump-to-selected", false),
        bind(Run, key(K::Char('s')), A::Timer(Ti::ToggleSkip), P, "key-run-timer-toggle-skip", false),
        bind(Run, key(K::Char('a')), A::Timer(Ti::AcceptReplan), P, "key-run-timer-accept-replan", true),
        bind(Run, key(K::Char('T')), A::App(Ap::TakeClock), T, "key-run-app-take-clock", false),
        bind(Run, key(K::Char('X')), A::App(Ap::Finish), P, "key-run-app-finish", false),
        bind(Run, key(K::Char('Q')), A::Queue(Qu::Add), S, "key-run-queue-add", false),
        bind(Run, key(K::Char('f')), A::Queue(Qu::FloorNext), S, "key-run-queue-floor-next", true),
        bind(Run, key(K::Char('F')), A::Queue(Qu::FloorEnd), S, "key-run-queue-floor-end", false),
        bind(Run, key(K::Char('x')), A::Queue(Qu::Remove), S, "key-run-queue-remove", false),
        bind(Run, key(K::Char('o')), A::Queue(Qu::Move), S, "key-run-queue-move", false),
        bind(Run, key(K::Char('L')), A::Queue(Qu::ToggleClosed), S, "key-run-queue-toggle-closed", false),
        bind(Run, key(K::Char('P')), A::Queue(Qu::TogglePriority), S, "key-run-queue-toggle-priority", false),
        bind(Run, key(K::Char('C')), A::Queue(Qu::CarryOver), S, "key-run-queue-carry-over", false),
        bind(Run, key(K::Char('G')), A::Groups(Gr::Form), W, "key-run-groups-form", false),
        bind(Run, key(K::Char('g')), A::Groups(Gr::NextReportBack), W, "key-run-groups-next-report-back", false),
        bind(Run, key(K::Char('S')), A::Groups(Gr::SetSlot), W, "key-run-groups-set-slot", false),
        bind(Run, key(K::Char('W')), A::Groups(Gr::ToggleView), W, "key-run-groups-toggle-view", false),
        bind(Run, key(K::Char('c')), A::App(Ap::FocusCapture), V, "key-run-app-focus-capture", true),
        bind(Run, key(K::Char('r')), A::App(Ap::FocusReview), V, "key-run-app-focus-review", true),
        bind(Run, key(K::Char('R')), A::App(Ap::FocusConsolidate), V, "key-run-app-focus-consolidate", false),
        bind(Run, key(K::Char('e')), A::App(Ap::Export(Profile::Internal)), V, "key-run-app-export-internal", false),
        bind(Run, key(K::Char('E')), A::App(Ap::Export(Profile::Public)), V, "key-run-app-export-public", false),
        bind(Run, key(K::Char('v')), A::App(Ap::ToggleProjector), V, "key-run-app-toggle-projector", true),
        bind(Run, key(K::Char('m')), A::App(Ap::EditMessage), V, "key-run-app-edit-message", false),
        bind(Run, key(K::Char('M')), A::App(Ap::ClearMessage), V, "key-run-app-clear-message", false),
        bind(Run, key(K::Char('b')), A::App(Ap::ToggleBell), V, "key-run-app-toggle-bell", false),
        bind(Run, key(K::Char('B')), A::App(Ap::ToggleBalance), V, "key-run-app-toggle-balance", false),
        bind(Run, key(K::Char('D')), A::App(Ap::ToggleSummary), V, "key-run-app-toggle-summary", false),
        bind(Run, key(K::Char('?')), A::App(Ap::ToggleHelp), V, "key-run-app-toggle-help", true),
        bind(Run, key(K::F(1)), A::App(Ap::ToggleHelp), V, "key-run-app-toggle-help", false),
        bind(Run, key(K::Char('q')), A::App(Ap::Quit), V, "key-run-app-quit", true),
        bind(Run, ctrl('c'), A::App(Ap::Quit), V, "key-run-app-quit-2", false),
        bind(Run, ctrl('z'), A::App(Ap::Suspend), V, "key-run-app-suspend", false),
        bind(Capture, key(K::Enter), A::Capture(Ca::Commit), C, "key-capture-commit", true),
        bind(Capture, alt(K::Enter), A::Capture(Ca::Newline), C, "key-capture-newline", true),
        bind(Capture, ctrl('j'), A::Capture(Ca::Newline), C, "key-capture-newline", false),
        bind(Capture, ctrl('t'), A::Capture(Ca::CycleKind), C, "key-capture-cycle-kind", true),
        bind(Capture, ctrl('n'), A::Capture(Ca::ToggleAttribution), C, "key-capture-toggle-attribution", true),
        bind(Capture, key(K::Tab), A::Capture(Ca::Complete), C, "key-capture-complete", false),
        bind(Capture, ctrl('u'), A::Capture(Ca::DeleteToLineStart), C, "key-capture-delete-line", false),
        bind(Capture, ctrl('f'), A::Capture(Ca::FullScreen), C, "key-capture-full-screen", true),
        bind(Capture, ctrl('l'), A::App(Ap::FocusReview), C, "key-capture-app-focus-review", false),
        bind(Capture, key(K::Esc), A::App(Ap::FocusTimer), C, "key-capture-app-focus-timer", true),
        bind(Capture, key(K::F(5)), A::Timer(Ti::StartPause), C, "key-capture-timer-start-pause", true),
        bind(Capture, key(K::F(6)), A::Timer(Ti::Next), C, "key-capture-timer-next", false),
        bind(Capture, key(K::F(7)), A::Timer(Ti::Extend(-1)), C, "key-capture-timer-extend-minus-1", false),
        bind(Capture, key(K::F(8)), A::Timer(Ti::Extend(1)), C, "key-capture-timer-extend-1", false),
        bind(Capture, key(K::F(1)), A::App(Ap::ToggleHelp), C, "key-capture-app-toggle-help", false),
        bind(Capture, ctrl('c'), A::App(Ap::Quit), C, "key-capture-app-quit", false),
        bind(Capture, ctrl('z'), A::App(Ap::Suspend), C, "key-capture-app-suspend", false),
        bind(Review, key(K::Up), A::Review(Re::Up), R, "key-review-up", false),
        bind(Review, key(K::Char('k')), A::Review(Re::Up), R, "key-review-up", false),
        bind(Review, key(K::Down), A::Review(Re::Down), R, "key-review-down", false),
        bind(Review, key(K::Char('j')), A::Review(Re::Down), R, "key-review-down", false),
        bind(Review, key(K::Tab), A::Review(Re::Scope), R, "key-review-scope", true),
        bind(Review, key(K::Enter), A::Review(Re::Edit), R, "key-review-edit", true),
        bind(Review, key(K::Char('e')), A::Review(Re::Edit), R, "key-review-edit", false),
        bind(Review, key(K::Char('t')), A::Review(Re::CycleKind), R, "key-review-cycle-kind", true),
        bind(Review, key(K::Char('@')), A::Review(Re::Attribute), R, "key-review-attribute", false),
        bind(Review, key(K::Char('~')), A::Review(Re::ToggleAttribution), R, "key-review-toggle-attribution", false),
        bind(Review, key(K::Char('m')), A::Review(Re::Move), R, "key-review-move", true),
        bind(Review, key(K::Char('x')), A::Review(Re::Mark(Mark::Consensus)), R, "key-review-consensus", false),
        bind(Review, key(K::Char('X')), A::Review(Re::Mark(Mark::Contested)), R, "key-review-contested", false),
        bind(Review, key(K::Char('J')), A::Review(Re::Merge), R, "key-review-merge", false),
        bind(Review, key(K::Char('d')), A::Review(Re::Delete), R, "key-review-delete", true),
        bind(Review, key(K::Char('V')), A::Review(Re::Check), R, "key-review-check", false),
        bind(Review, key(K::Char('u')), A::Review(Re::Undo), R, "key-review-undo", true),
        bind(Review, ctrl('r'), A::Review(Re::Redo), R, "key-review-redo", false),
        bind(Review, key(K::Char('/')), A::Review(Re::Search), R, "key-review-search", true),
        bind(Review, key(K::Char('c')), A::App(Ap::FocusCapture), R, "key-review-app-focus-capture", false),
        bind(Review, key(K::Esc), A::App(Ap::FocusTimer), R, "key-review-app-focus-timer", true),
        bind(Review, key(K::Char('q')), A::App(Ap::FocusTimer), R, "key-review-app-focus-timer", false),
        bind(Review, key(K::Char('?')), A::App(Ap::ToggleHelp), R, "key-review-app-toggle-help", false),
        bind(Review, key(K::F(1)), A::App(Ap::ToggleHelp), R, "key-review-app-toggle-help", false),
        bind(Review, ctrl('c'), A::App(Ap::Quit), R, "key-review-app-quit", false),
        bind(Review, ctrl('z'), A::App(Ap::Suspend), R, "key-review-app-suspend", false),
        bind(Cons, key(K::Up), A::Consolidate(Cn::Up), N, "key-cons-up", false),
        bind(Cons, key(K::Char('k')), A::Consolidate(Cn::Up), N, "key-cons-up", false),
        bind(Cons, key(K::Down), A::Consolidate(Cn::Down), N, "key-cons-down", false),
        bind(Cons, key(K::Char('j')), A::Consolidate(Cn::Down), N, "key-cons-down", false),
        bind(Cons, key(K::Char(' ')), A::Consolidate(Cn::Mark), N, "key-cons-mark", true),
        bind(Cons, key(K::Char('m')), A::Consolidate(Cn::Combine), N, "key-cons-combine", true),
        bind(Cons, key(K::Char('e')), A::Consolidate(Cn::Reword), N, "key-cons-reword", true),
        bind(Cons, key(K::Char('s')), A::Consolidate(Cn::Split), N, "key-cons-split", false),
        bind(Cons, key(K::Char('K')), A::Consolidate(Cn::MoveUp), N, "key-cons-move-up", false),
        bind(Cons, key(K::Char('J')), A::Consolidate(Cn::MoveDown), N, "key-cons-move-down", false),
        bind(Cons, key(K::Char('D')), A::Consolidate(Cn::ToDiscussion), N, "key-cons-to-discussion", false),
        bind(Cons, key(K::Char('f')), A::Consolidate(Cn::FilterKind), N, "key-cons-filter-kind", false),
        bind(Cons, key(K::Char('i')), A::Consolidate(Cn::FilterItem), N, "key-cons-filter-item", false),
        bind(Cons, key(K::Char('g')), A::Consolidate(Cn::FilterGroup), N, "key-cons-filter-group", false),
        bind(Cons, key(K::Char('v')), A::Consolidate(Cn::ToggleProjector), N, "key-cons-toggle-projector", true),
        bind(Cons, key(K::Enter), A::Consolidate(Cn::Show), N, "key-cons-show", false),
        bind(Cons, key(K::Char('u')), A::Consolidate(Cn::Undo), N, "key-cons-undo", true),
        bind(Cons, ctrl('r'), A::Consolidate(Cn::Redo), N, "key-cons-redo", false),
        bind(Cons, key(K::Char('h')), A::Consolidate(Cn::Hands), Y, "key-cons-hands", true),
        bind(Cons, key(K::Char('.')), A::Consolidate(Cn::Dots), Y, "key-cons-dots", false),
        bind(Cons, key(K::Char('c')), A::Consolidate(Cn::Consensus), Y, "key-cons-consensus", false),
        bind(Cons, key(K::Char('C')), A::Consolidate(Cn::NoConsensus), Y, "key-cons-no-consensus", false),
        bind(Cons, key(K::Char('a')), A::Consolidate(Cn::Adopt), Y, "key-cons-adopt", true),
        bind(Cons, key(K::Char('n')), A::Consolidate(Cn::Note), Y, "key-cons-note", false),
        bind(Cons, key(K::Char('x')), A::Consolidate(Cn::Reject), Y, "key-cons-reject", false),
        bind(Cons, key(K::Char('O')), A::Consolidate(Cn::SortByResult), Y, "key-cons-sort", false),
        bind(Cons, key(K::Esc), A::App(Ap::FocusTimer), N, "key-cons-app-focus-timer", true),
        bind(Cons, key(K::Char('q')), A::App(Ap::FocusTimer), N, "key-cons-app-focus-timer", false),
        bind(Cons, key(K::Char('?')), A::App(Ap::ToggleHelp), N, "key-cons-app-toggle-help", false),
        bind(Cons, key(K::F(1)), A::App(Ap::ToggleHelp), N, "key-cons-app-toggle-help", false),
        bind(Cons, ctrl('c'), A::App(Ap::Quit), N, "key-cons-app-quit", false),
        bind(Cons, ctrl('z'), A::App(Ap::Suspend), N, "key-cons-app-suspend", false),
        bind(Help, key(K::Down), A::Help(He::Down), H, "key-help-down", true),
        bind(Help, key(K::Char('j')), A::Help(He::Down), H, "key-help-down", false),
        bind(Help, key(K::Up), A::Help(He::Up), H, "key-help-up", false),
        bind(Help, key(K::Char('k')), A::Help(He::Up), H, "key-help-up", false),
        bind(Help, key(K::PageDown), A::Help(He::PageDown), H, "key-help-page-down", true),
        bind(Help, key(K::Char(' ')), A::Help(He::PageDown), H, "key-help-page-down", false),
        bind(Help, key(K::PageUp), A::Help(He::PageUp), H, "key-help-page-up", false),
        bind(Help, key(K::Home), A::Help(He::Top), H, "key-help-top", false),
        bind(Help, key(K::End), A::Help(He::Bottom), H, "key-help-bottom", false),
        bind(Help, key(K::Char('?')), A::Help(He::Close), H, "key-help-close", true),
        bind(Help, key(K::Esc), A::Help(He::Close), H, "key-help-close", false),
        bind(Help, key(K::Char('q')), A::Help(He::Close), H, "key-help-close", false),
        bind(Help, key(K::F(1)), A::Help(He::Close), H, "key-help-close", false),
        bind(Help, ctrl('c'), A::Help(He::Close), H, "key-help-close", false),
        bind(Summary, key(K::Down), A::Summary(Su::Down), D, "key-summary-down", false),
        bind(Summary, key(K::Char('j')), A::Summary(Su::Down), D, "key-summary-down", false),
        bind(Summary, key(K::Up), A::Summary(Su::Up), D, "key-summary-up", false),
        bind(Summary, key(K::Char('k')), A::Summary(Su::Up), D, "key-summary-up", false),
        bind(Summary, key(K::Left), A::Summary(Su::PreviousDay), D, "key-summary-previous-day", true),
        bind(Summary, key(K::Right), A::Summary(Su::NextDay), D, "key-summary-next-day", true),
        bind(Summary, key(K::Esc), A::Summary(Su::Close), D, "key-summary-close", true),
        bind(Summary, key(K::Char('D')), A::Summary(Su::Close), D, "key-summary-close", false),
        bind(Summary, key(K::Char('q')), A::Summary(Su::Close), D, "key-summary-close", false),
        bind(Summary, key(K::Char('?')), A::App(Ap::ToggleHelp), D, "key-summary-app-toggle-help", false),
        bind(Summary, ctrl('c'), A::Summary(Su::Close), D, "key-summary-close", false),
        bind(Summary, ctrl('z'), A::App(Ap::Suspend), D, "key-summary-app-suspend", false),
        bind(Input, key(K::Enter), A::Input(In::Submit), I, "key-input-submit", true),
        bind(Input, key(K::Esc), A::Input(In::Cancel), I, "key-input-cancel", true),
        bind(Input, key(K::Tab), A::Input(In::Complete), I, "key-input-complete", true),
        bind(Input, ctrl('c'), A::Input(In::Cancel), I, "key-input-cancel", false),
        bind(Confirm, key(K::Char('y')), A::Confirm(Co::Yes), Q, "key-confirm-yes", true),
        bind(Confirm, key(K::Enter), A::Confirm(Co::Yes), Q, "key-confirm-yes", false),
        bind(Confirm, key(K::Char('n')), A::Confirm(Co::No), Q, "key-confirm-no", true),
        bind(Confirm, key(K::Esc), A::Confirm(Co::No), Q, "key-confirm-no", false),
        bind(Confirm, ctrl('c'), A::Confirm(Co::No), Q, "key-confirm-no", false),
        bind(Pick, key(K::Up), A::Pick(Pi::Up), K, "key-pick-up", false),
        bind(Pick, key(K::Down), A::Pick(Pi::Down), K, "key-pick-down", false),
        bind(Pick, key(K::Enter), A::Pick(Pi::Choose), K, "key-pick-choose", true),
        bind(Pick, key(K::Esc), A::Pick(Pi::Cancel), K, "key-pick-cancel", true),
        bind(Pick, ctrl('c'), A::Pick(Pi::Cancel), K, "key-pick-cancel", false),
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
                | Ap::ToggleBalance
                | Ap::ToggleSummary
                | Ap::ToggleHelp
                | Ap::Quit
                | Ap::Suspend
                | Ap::FocusConsolidate
        ),
        Action::Review(r) => matches!(r, Re::Up | Re::Down | Re::Scope | Re::Search),
        Action::Consolidate(c) => matches!(
            c,
            super::action::ConsolidateAction::Up
                | super::action::ConsolidateAction::Down
                | super::action::ConsolidateAction::FilterKind
                | super::action::ConsolidateAction::FilterItem
                | super::action::ConsolidateAction::FilterGroup
        ),
        Action::Help(_) | Action::Input(_) | Action::Confirm(_) | Action::Pick(_) | Action::Summary(_) => {
            true
        }
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
        // The summary lies over the run screen: the run screen's other keys still work
        // (Space the next morning starts day two), closing it on the way.
        KeyMode::Summary => resolve(table, KeyMode::Run, event),
        // Everything else typed into a note goes to the editor: letters never run commands.
        KeyMode::Capture => Some(Action::Capture(CaptureAction::Key(event))),
        KeyMode::Input => Some(Action::Input(InputAction::Key(event))),
        KeyMode::Pick => Some(Action::Pick(PickAction::Key(event))),
        KeyMode::Run | KeyMode::Help | KeyMode::Review | KeyMode::Confirm | KeyMode::Consolidate => None,
    }
}

/// Where pasted text goes in `mode`: into an open one-line input or filter, else into the
/// note (a question or the help are closed first).
pub fn resolve_paste(mode: KeyMode, text: String) -> Option<Action> {
    use super::action::{CaptureAction, InputAction};
    match mode {
        KeyMode::Input => Some(Action::Input(InputAction::Paste(text))),
        KeyMode::Confirm | KeyMode::Pick | KeyMode::Summary => None,
        KeyMode::Run | KeyMode::Help | KeyMode::Review | KeyMode::Capture | KeyMode::Consolidate => {
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
            ["↑", "k", "↓", "j", "W", "r", "R", "v", "b", "B", "D", "?", "F1", "q", "Ctrl-c", "Ctrl-z"]
        );
        assert_eq!(keys(KeyMode::Consolidate)[..6], ["↑", "k", "↓", "j", "f", "i"]);
        assert!(!t.iter().any(|b| b.mode == KeyMode::Consolidate
            && !matches!(b.action, Action::Consolidate(_) | Action::App(_))),);
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
            for lang in Lang::ALL {
                assert!(crate::i18n::has(lang, a.id), "{} has no description", a.id);
                assert!(crate::i18n::has(lang, a.group), "{} has no heading", a.group);
                if a.in_footer {
                    assert!(
                        crate::i18n::has(lang, &format!("{}-footer", a.id)),
                        "{} has no footer label",
                        a.id
                    );
                }
            }
            for b in &t[i + 1..] {
                assert!(!(a.mode == b.mode && a.key == b.key), "{} bound twice", a.key.label());
            }
        }
    }
}
