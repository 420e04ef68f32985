//! UI state and its only ways to change: `update(action)` for what a person asks and
//! `notify(message)` for what the runtime reports. No IO, no clock: the time comes in with
//! each call, and what must touch the disk or the terminal goes out as an [`Effect`].

mod action;
mod app_actions;
mod capture;
mod confirm;
pub mod consolidate;
mod derived;
mod groups;
mod help;
pub mod keymap;
mod line_input;
mod pick;
mod queue;
pub mod review;
mod rewording;
mod settings;
mod summary;
mod timer;
mod undo;

pub use action::{
    Action, AppAction, CaptureAction, ConfirmAction, ConsolidateAction, Effect, GroupsAction, HelpAction,
    InputAction, Message, PickAction, QueueAction, ReviewAction, SummaryAction, TimerAction,
};
pub use capture::Capture;
pub use confirm::{Confirm, OnYes};
pub use consolidate::Consolidate;
pub use help::HelpView;
pub use line_input::{Input, InputPurpose, MAX_INPUT_CHARS};
pub use pick::{Pick, PickPurpose};
pub use review::Review;
pub use rewording::Rewording;
pub use settings::{Overrides, Settings};
pub use summary::SummaryView;
pub use undo::{Change, History};

use std::collections::HashSet;

use jiff::Timestamp;
use uuid::Uuid;

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
    /// The recommendations being consolidated.
    Consolidate,
}

/// Another device of the session (a laptop recording it too), as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceNews {
    /// Its device id, safe to show.
    pub name: String,
    /// Whole minutes since its last news (its last event to arrive here).
    pub minutes: i64,
    /// It holds the clock (runs the timer, the plan, the floor and the groups).
    pub clock: bool,
}

impl DeviceNews {
    /// After this long without news the screen says so ("no news from … for 5 min"): a
    /// laptop that died, went to sleep or lost its sync.
    pub const STALE_MINUTES: i64 = 5;

    pub fn is_stale(&self) -> bool {
        self.minutes >= Self::STALE_MINUTES
    }
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
    /// The help overlay, when open.
    pub help: Option<HelpView>,
    /// The day's summary, when open.
    pub summary: Option<SummaryView>,
    /// The speaking balance shows in place of the agenda list.
    pub balance: bool,
    /// The last day seen ending (or over when the app started): the summary opens once
    /// when another day ends.
    pub day_over_seen: Option<usize>,
    pub input: Option<Input>,
    /// A yes/no question waiting for an answer.
    pub confirm: Option<Confirm>,
    /// A list to choose from (an agenda item), when open.
    pub pick: Option<Pick>,
    /// The item selected in the agenda list (index into `session.items`).
    pub selected: usize,
    pub status: Option<Status>,
    /// Set while some record is not saved: shown as NOT SAVED until saving succeeds.
    pub not_saved: Option<String>,
    /// The stage last seen for the running item, to ring the bell once per change.
    pub alerted: Option<(String, Stage)>,
    /// The running item the list last moved its selection to.
    pub following: Option<String>,
    pub quitting: bool,
    pub focus: Focus,
    pub capture: Capture,
    pub review: Review,
    pub consolidate: Consolidate,
    /// Changes to entries (the review list's undo) and to the plan (the run screen's).
    pub entry_history: History,
    pub plan_history: History,
    /// Entries with a change that is not on disk yet: shown without their saved mark.
    pub unsaved: HashSet<Uuid>,
    /// Counts changes that can show on screen (every action and message but the timer's
    /// tick), so a screen that only needs its countdown redrawn can tell.
    pub revision: u64,
    /// Show the agenda rather than the working groups beside a working-groups item.
    pub agenda_over_groups: bool,
    /// The terminal's size, for scrolling.
    pub screen: (u16, u16),
    /// Under the Chatham House Rule, what finds participants in notes, so the rapporteur
    /// sees at once what the public draft will refuse (shared: built once per session).
    pub names: Option<std::sync::Arc<crate::privacy::Matcher>>,
    /// Only following the session (`convene follow`): the keys change nothing.
    pub follower: bool,
    /// The device this laptop writes as (empty: not known, every key allowed).
    pub device: String,
    /// The session's other devices and how fresh their news is.
    pub devices: Vec<DeviceNews>,
    /// A follower's projector: the wording the facilitator is typing for the room (read
    /// from the clock's laptop's `wording-DEVICE.json`), shown in place of what it rewords.
    pub room_wording: Option<RoomWording>,
}

/// A wording being typed in the consolidation view, for the room to watch: what it
/// rewords (one recommendation, or the sources of a combination) and the text so far.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoomWording {
    pub entries: Vec<uuid::Uuid>,
    pub text: String,
}

impl App {
    pub fn new(settings: Settings, session: &Session) -> App {
        let selected = session
            .current_index()
            .or_else(|| session.items.iter().position(|r| r.ended_at.is_none() && !r.skipped))
            .unwrap_or(0);
        let lang = settings.interface_lang();
        App {
            keymap: keymap::bindings(),
            settings,
            view: View::Operator,
            help: None,
            summary: None,
            balance: false,
            day_over_seen: timing::day_over(session),
            input: None,
            confirm: None,
            pick: None,
            selected,
            status: None,
            not_saved: None,
            alerted: None,
            following: session.timer.current.clone(),
            quitting: false,
            focus: Focus::Timer,
            capture: Capture::new(lang),
            review: Review::default(),
            consolidate: Consolidate::default(),
            entry_history: History::default(),
            plan_history: History::default(),
            unsaved: HashSet::new(),
            revision: 0,
            agenda_over_groups: false,
            screen: (80, 24),
            names: session
                .agenda
                .event
                .chatham_house
                .then(|| std::sync::Arc::new(crate::privacy::Matcher::new(&session.agenda))),
            follower: false,
            device: String::new(),
            devices: Vec::new(),
            room_wording: None,
        }
    }

    /// The operator's language: this screen, its help and its messages.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.settings.interface_lang()
    }

    /// The laptop that holds the clock, when it is another one than this.
    pub fn clock_elsewhere<'s>(&self, session: &'s Session) -> Option<&'s str> {
        session.clock_holder.as_deref().filter(|h| !self.device.is_empty() && *h != self.device)
    }

    /// The app of a follower window: the keys that look around, none that change the
    /// record (see [`keymap::follower_bindings`]), starting on `view`.
    pub fn follower(settings: Settings, session: &Session, view: View) -> App {
        App { keymap: keymap::follower_bindings(), view, follower: true, ..App::new(settings, session) }
    }

    /// Whether an entry's last change is on disk.
    pub fn is_saved(&self, entry: &crate::session::Entry) -> bool {
        !self.unsaved.contains(&entry.id)
    }

    pub fn key_mode(&self) -> KeyMode {
        if self.confirm.is_some() {
            KeyMode::Confirm
        } else if self.input.is_some() {
            KeyMode::Input
        } else if self.pick.is_some() {
            KeyMode::Pick
        } else if self.help.is_some() {
            KeyMode::Help
        } else if self.summary.is_some() && self.view == View::Operator {
            KeyMode::Summary
        } else {
            match self.focus {
                Focus::Timer => KeyMode::Run,
                Focus::Capture => KeyMode::Capture,
                Focus::Review => KeyMode::Review,
                Focus::Consolidate => KeyMode::Consolidate,
            }
        }
    }

    fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), error: false });
    }

    fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), error: true });
    }

    /// Applies what a person asked for; returns what the runtime must do.
    pub fn update(&mut self, session: &Session, action: Action, now: Timestamp) -> Vec<Effect> {
        self.revision += 1;
        // A message stays while the person types into whatever asked for it.
        let typing = matches!(
            action,
            Action::Capture(CaptureAction::Key(_))
                | Action::Input(InputAction::Key(_))
                | Action::Pick(PickAction::Key(_))
        );
        if !typing {
            self.status = None;
        }
        // `settings` is public: the language may change after the app was made.
        self.capture.speak(self.lang());
        // A run-screen key pressed over the summary closes it and does what it does there.
        if self.key_mode() == KeyMode::Summary
            && !matches!(action, Action::Summary(_) | Action::App(AppAction::ToggleHelp | AppAction::Suspend))
        {
            self.summary = None;
        }
        if action.needs_clock()
            && let Some(holder) = self.clock_elsewhere(session)
        {
            let text = crate::t!(
                self.lang(),
                "msg-clock-held-elsewhere",
                holder = crate::safe_text::line(holder).as_ref()
            );
            self.complain(text);
            return vec![];
        }
        let effects = match action {
            Action::App(a) => self.app_action(session, a, now),
            Action::Timer(a) => self.timer_action(session, a, now),
            Action::Capture(a) => self.capture_action(session, a, now),
            Action::Review(a) => self.review_action(session, a, now),
            Action::Queue(a) => self.queue_action(session, a, now),
            Action::Groups(a) => self.groups_action(session, a, now),
            Action::Input(a) => self.input_action(session, a, now),
            Action::Help(a) => self.help_action(session, a),
            Action::Summary(a) => self.summary_action(session, a),
            Action::Confirm(a) => self.confirm_action(a),
            Action::Pick(a) => self.pick_action(session, a),
            Action::Consolidate(a) => self.consolidate_action(session, a, now),
        };
        self.watch_day_end(session);
        self.capture.show_cursor(self.key_mode() == KeyMode::Capture);
        effects
    }

    /// Takes in what the runtime reports; returns what it must do (a bell at most).
    pub fn notify(&mut self, session: &Session, message: Message, now: Timestamp) -> Vec<Effect> {
        if message != Message::Tick {
            self.revision += 1;
        }
        match message {
            Message::Tick => self.observe(session, now),
            Message::Durable(unsaved) => {
                self.unsaved = unsaved.into_iter().collect();
                vec![]
            }
            Message::SaveFailed(text) => {
                self.not_saved = Some(text);
                vec![]
            }
            Message::SavedAll => {
                if self.not_saved.take().is_some() {
                    self.say(crate::t!(self.lang(), "msg-saved-again"));
                }
                vec![]
            }
            Message::Notice { text, error } => {
                self.status = Some(Status { text, error });
                vec![]
            }
            Message::RestoreDraft(text) => {
                if self.capture.is_empty() && !text.trim().is_empty() {
                    self.capture.set_text(&text);
                    self.focus = Focus::Capture;
                    self.capture.show_cursor(self.key_mode() == KeyMode::Capture);
                    self.say(crate::t!(self.lang(), "msg-draft-restored"));
                }
                vec![]
            }
            Message::Resized { width, height } => {
                self.screen = (width, height);
                self.clamp_help(session);
                vec![]
            }
            Message::Devices(devices) => {
                self.devices = devices;
                vec![]
            }
            Message::RoomWording(wording) => {
                self.room_wording = wording;
                vec![]
            }
        }
    }

    /// Rings the bell when the running item's countdown moves to a more urgent stage.
    fn observe(&mut self, session: &Session, now: Timestamp) -> Vec<Effect> {
        // A day ended by another laptop's record, or by the key that ended it here.
        if self.watch_day_end(session) {
            self.revision += 1;
        }
        // Borrowed, not cloned: this runs every second.
        let Some(current) = session.timer.current.as_ref() else {
            self.alerted = None;
            return vec![];
        };
        let Some(index) = session.item_index(current) else { return vec![] };
        // Whoever started it (a key here, a record from another laptop), the list follows
        // the running item, so that it never shows one day while another runs.
        if self.following.as_ref() != Some(current) {
            self.following = Some(current.clone());
            if self.selected != index {
                self.selected = index;
                self.revision += 1;
            }
        }
        let Some(cd) = timing::countdown(session, index, now, self.settings.warnings()) else {
            return vec![];
        };
        let ring = matches!(&self.alerted, Some((item, stage)) if item == current && cd.stage > *stage);
        match &mut self.alerted {
            Some((item, stage)) if item == current => *stage = cd.stage,
            alerted => *alerted = Some((current.clone(), cd.stage)),
        }
        if ring && self.settings.bell { vec![Effect::Bell] } else { vec![] }
    }

    /// Whether `text` names a participant where the public draft would refuse it.
    pub fn names_someone(&self, text: &str) -> bool {
        self.names.as_ref().is_some_and(|m| m.names_someone(text))
    }
}

#[cfg(test)]
mod tests;
