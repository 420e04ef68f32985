//! What a person can ask the app to do ([`Action`], one nested enum per area, each with an
//! exhaustive handler, so an action nobody handles does not compile), what the runtime
//! tells the app ([`Message`]), and what the app asks the runtime to do ([`Effect`]).

use ratatui::crossterm::event::KeyEvent;

use crate::export::Profile;
use crate::session::Mark;

/// One thing a person asked for; keys resolve to these through the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    App(AppAction),
    Timer(TimerAction),
    Capture(CaptureAction),
    Review(ReviewAction),
    Queue(QueueAction),
    Groups(GroupsAction),
    Input(InputAction),
    Help(HelpAction),
    Summary(SummaryAction),
    Confirm(ConfirmAction),
    Pick(PickAction),
    Consolidate(ConsolidateAction),
}

/// The screen as a whole: views, focus, help, messages, export, quitting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppAction {
    Quit,
    /// Give the terminal back to the shell for a while (Ctrl-Z; `fg` comes back).
    Suspend,
    ToggleHelp,
    ToggleProjector,
    ToggleBell,
    /// Show the speaking balance in place of the agenda list (this screen only).
    ToggleBalance,
    /// Open or close the day's summary.
    ToggleSummary,
    /// Ask for the projector's message line ("Please wrap up").
    EditMessage,
    ClearMessage,
    /// Write the draft report (Markdown and DOCX) beside the session.
    Export(Profile),
    /// End the event (asks first).
    Finish,
    /// Focus the note editor / the entry list / the timer keys.
    FocusCapture,
    FocusReview,
    FocusTimer,
    /// Take the clock over from the laptop that holds it (asks first).
    TakeClock,
    /// Open the consolidation view: the session's recommendations as one list.
    FocusConsolidate,
}

impl Action {
    /// Whether only the laptop that holds the clock may do this: it records timer, plan,
    /// floor, groups or message events (see [`crate::session::Event::needs_clock`]).
    pub fn needs_clock(&self) -> bool {
        match self {
            Action::Timer(t) => !matches!(t, TimerAction::SelectUp | TimerAction::SelectDown),
            Action::Queue(q) => !matches!(q, QueueAction::Add),
            Action::Groups(g) => !matches!(g, GroupsAction::ToggleView),
            Action::Consolidate(c) => {
                matches!(c, ConsolidateAction::ToggleProjector | ConsolidateAction::Show)
            }
            Action::App(a) => {
                matches!(a, AppAction::EditMessage | AppAction::ClearMessage | AppAction::Finish)
            }
            _ => false,
        }
    }
}

/// The facilitator's clock and plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimerAction {
    /// Start the selected (or next) item, or pause / resume the running one.
    StartPause,
    Next,
    Previous,
    /// Start the item selected in the agenda list.
    JumpToSelected,
    /// Skip the selected item, or bring a skipped one back.
    ToggleSkip,
    /// Extend (positive) or shorten (negative) the running item by whole minutes.
    Extend(i32),
    /// Ask for a clock time the running item ends at ("back at 14:00").
    EditEndsAt,
    /// Reveal the next prompt of the running item to the room.
    RevealPrompt,
    AcceptReplan,
    SelectUp,
    SelectDown,
    /// Take back the last change to the plan (start, skip, re-plan, end time, finish).
    Undo,
    Redo,
}

/// The note editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureAction {
    Commit,
    Newline,
    CycleKind,
    ToggleAttribution,
    /// Complete the @name before the cursor.
    Complete,
    /// Delete from the cursor to the start of its line (at the start: the line break).
    DeleteToLineStart,
    FullScreen,
    /// A key typed into the note.
    Key(KeyEvent),
    /// Text pasted while no one-line input was open: it goes into the note.
    Paste(String),
}

/// The list of captured entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewAction {
    Up,
    Down,
    /// The running item's entries or the whole session's.
    Scope,
    Edit,
    CycleKind,
    /// Ask who said the entry.
    Attribute,
    ToggleAttribution,
    /// Choose the agenda item the entry belongs to.
    Move,
    Mark(Mark),
    /// Merge the entry into the one above it.
    Merge,
    /// Delete the entry, or restore a deleted one.
    Delete,
    /// Record that the entry's source (a presenter, a rapporteur) checked it (asks who),
    /// or take the check back.
    Check,
    Search,
    Undo,
    Redo,
}

/// The consolidation view (see [`super::consolidate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsolidateAction {
    Up,
    Down,
    /// Mark the recommendation for combining (or unmark it).
    Mark,
    /// Combine the marked recommendations into one new wording.
    Combine,
    Reword,
    /// Split the recommendation in two.
    Split,
    MoveUp,
    MoveDown,
    /// Send it back to the discussion (it is not a recommendation after all).
    ToDiscussion,
    /// Ask for the show of hands: for, against, abstaining.
    Hands,
    /// Ask for the dots it got.
    Dots,
    Consensus,
    NoConsensus,
    Adopt,
    Note,
    Reject,
    /// Order the list by the room's response.
    SortByResult,
    /// Step through the kinds / items / working groups shown.
    FilterKind,
    FilterItem,
    FilterGroup,
    /// Show the list on the projector, or the clock again.
    ToggleProjector,
    /// Show this recommendation to the room.
    Show,
    Undo,
    Redo,
}

/// The running item's speakers' list and the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueueAction {
    /// Ask who joins the list.
    Add,
    /// Ask which speaker to take off the list.
    Remove,
    /// Ask which speaker moves where.
    Move,
    /// Give the floor to the next on the list (or end the turn when nobody waits).
    FloorNext,
    FloorEnd,
    /// Close the list to new names, or open it again.
    ToggleClosed,
    /// Let those who have not yet spoken on the item go first, or not.
    TogglePriority,
    /// Bring the previous item's waiting speakers onto the running item's list.
    CarryOver,
}

/// Working groups and the report-back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupsAction {
    /// Ask how to form the groups ("3 42"), whom to move ("@mia-1 B"), or to reuse the
    /// previous round's ("same").
    Form,
    /// End the reporting group's slot and give the next group the floor.
    NextReportBack,
    /// Show the working groups or the agenda beside the running item.
    ToggleView,
    /// Ask how many minutes each group gets to report back.
    SetSlot,
}

/// A one-line text input (message, clock time, search, names, numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputAction {
    /// A key that types or moves the cursor.
    Key(KeyEvent),
    Paste(String),
    Submit,
    Cancel,
    /// Complete the participant's id or group before the cursor.
    Complete,
}

/// The help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpAction {
    Close,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// The day's summary is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryAction {
    Close,
    Up,
    Down,
    PreviousDay,
    NextDay,
}

/// A question the app asked ("Finish the event?").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    Yes,
    No,
}

/// Choosing from a list by typing part of a name (an agenda item, for moving an entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickAction {
    Up,
    Down,
    Choose,
    Cancel,
    /// A key that types into the filter.
    Key(KeyEvent),
}

/// What the runtime tells the app: feedback, not requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Time passed: the runtime woke up for a visible change.
    Tick,
    /// Saving went through as far as it could: these entries have changes that are not on
    /// disk yet (empty when everything is saved).
    Durable(Vec<uuid::Uuid>),
    /// A record could not be saved (the message says why and what to do).
    SaveFailed(String),
    /// Every pending record is saved again.
    SavedAll,
    /// Something the runtime did, to show in the status line.
    Notice { text: String, error: bool },
    /// The note being typed when the program last stopped, back into the editor.
    RestoreDraft(String),
    /// The terminal's size, so scrolling knows how much fits.
    Resized { width: u16, height: u16 },
    /// The other devices of the session, each with the age of its last news (sent when
    /// what is shown of them changes).
    Devices(Vec<super::DeviceNews>),
    /// The wording the facilitator's laptop is typing for the room, or none (a follower).
    RoomWording(Option<super::RoomWording>),
}

/// What the runtime must do after an update: the app itself does no IO.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Record this event in the session (journal + fold).
    Record(crate::session::Event),
    Bell,
    Quit,
    /// Keep the note being typed, give the terminal back, stop until `fg`.
    Suspend,
    /// Write the draft report beside the session and say where.
    Export(Profile),
}
