//! Everything the user or the runtime can ask the app to do.

/// One thing to do; keys resolve to these through the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    ToggleProjector,
    /// Start the selected (or next) item, or pause / resume the running one.
    StartPause,
    Next,
    Previous,
    /// Start the item selected in the agenda list.
    JumpToSelected,
    /// Skip the selected item (the running one moves on to the next).
    Skip,
    /// Extend (positive) or shorten (negative) the running item by whole minutes.
    Extend(i32),
    SelectUp,
    SelectDown,
    AcceptReplan,
    /// Reveal the next prompt of the running item to the room.
    RevealPrompt,
    EditMessage,
    ClearMessage,
    /// Ask for a clock time the running item ends at ("back at 14:00").
    EditEndsAt,
    ToggleBell,
    InputChar(char),
    InputBackspace,
    InputSubmit,
    /// Complete the @name being typed in a one-line input.
    InputComplete,
    InputCancel,
    Paste(String),
    /// Focus the note editor / the entry list / the timer keys.
    FocusCapture,
    FocusReview,
    FocusTimer,
    CaptureCommit,
    CaptureNewline,
    CaptureCycleKind,
    CaptureToggleAttribution,
    CaptureComplete,
    CaptureFullScreen,
    /// A key typed into the note.
    CaptureKey(ratatui::crossterm::event::KeyEvent),
    ReviewUp,
    ReviewDown,
    ReviewScope,
    ReviewEdit,
    ReviewCycleKind,
    ReviewAttribute,
    ReviewToggleAttribution,
    /// Move the entry to the next (+1) or previous (-1) agenda item.
    ReviewMove(i32),
    ReviewMark(crate::session::Mark),
    ReviewMerge,
    ReviewDelete,
    ReviewSearch,
    Undo,
    Redo,
    /// Everything this device recorded up to this sequence number is on disk.
    Durable(u64),
    /// The note being typed when the program last stopped, restored into the editor.
    RestoreDraft(String),
    /// Ask how to form the groups ("3 42") or whom to move ("@mia-1 B").
    FormGroups,
    /// End the reporting group's slot and give the next group the floor.
    NextReportBack,
    /// Show the working groups or the agenda beside the running item.
    ToggleGroups,
    /// Ask who joins the speakers' queue.
    QueueAdd,
    /// Ask which queued speaker to take off the queue.
    QueueRemove,
    /// Ask which queued speaker moves where.
    QueueMove,
    /// Give the floor to the next in the queue (or end the turn when nobody waits).
    FloorNext,
    FloorEnd,
    /// Write the draft report (Markdown and DOCX) beside the session.
    Export(crate::export::Profile),
    /// Something the runtime did, to show in the status line (text, is it an error).
    Notice(String, bool),
    /// Time passed: the runtime woke up for a visible change.
    Tick,
    /// A record could not be saved (the message says why and what to do).
    SaveFailed(String),
    /// Every pending record is saved again.
    SavedAll,
}

/// What the runtime must do after an update: the app itself does no IO.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Record this event in the session (journal + fold).
    Record(crate::session::Event),
    Bell,
    Quit,
    /// Write the draft report beside the session and say where.
    Export(crate::export::Profile),
}
