//! What other devices write, folded in as their files arrive: every journal in the
//! session folder but this device's own (a follower owns none), including a sync tool's
//! conflict copies, each read from where the last look stopped.
//!
//! Nothing here writes. A file that got shorter or changed behind the last good record
//! (its writer restarted and cut a torn tail, a sync tool replaced it) is read again from
//! the start; the state skips every record it holds already (each device's last sequence
//! number folded), so reading again never counts a record twice. A record still arriving
//! (no newline yet) is left for the next look.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use jiff::Timestamp;
use uuid::Uuid;

use super::disk::Disk;
use super::error::StoreError;
use super::journal::{self, Mark};
use crate::session::{Applied, Record, Session};

/// How much before a file's read mark is read again to check that the record ending
/// there is still the one read (as in recovery).
const MARK_WINDOW: u64 = 64 * 1024;

/// Where each other device's files were read up to, and when each device was last heard of.
#[derive(Debug, Clone, Default)]
pub struct Remote {
    own: Option<String>,
    files: BTreeMap<String, Mark>,
    heard: BTreeMap<String, Heard>,
    /// The time of the latest clock event folded (see [`Session::in_order`]).
    clock_at: Option<Timestamp>,
    /// Entries that events folded without effect refer to (not here yet): when one of them
    /// arrives, the state is folded again for those events to count.
    waiting: HashSet<Uuid>,
}

/// When a device was last heard of: its last record's own time and, once something of it
/// arrived while watching, this machine's time of that arrival (clocks of laptops differ,
/// so staleness is judged on this machine's clock when it can be).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heard {
    pub last_record_at: Timestamp,
    pub arrived_at: Option<Timestamp>,
}

impl Heard {
    /// The moment, on this machine's clock as far as known, of the device's last news.
    pub fn news_at(&self) -> Timestamp {
        self.arrived_at.unwrap_or(self.last_record_at)
    }
}

/// What one look at the folder brought.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Arrived {
    /// Records new to the state.
    pub records: usize,
    /// Files read again from their start (rewritten or replaced since the last look).
    pub reread: usize,
    /// Records arrived out of time order that folding as they come would not put where
    /// they belong: the state must be folded again from the journals (nothing of them was
    /// folded).
    pub refold: bool,
}

impl Remote {
    /// Starts where recovery stopped: each journal it read is known up to its mark. A
    /// conflict copy has no mark in the state; it is read once more on the first look,
    /// harmlessly.
    pub fn after_recovery(own: Option<&str>, session: &Session, waiting: HashSet<Uuid>) -> Remote {
        let files = session
            .journals
            .iter()
            .filter(|(device, _)| Some(device.as_str()) != own)
            .map(|(device, mark)| (journal::file_name(device), *mark))
            .collect();
        let mut remote = Remote {
            own: own.map(str::to_string),
            files,
            heard: BTreeMap::new(),
            clock_at: Some(session.last_change_at),
            waiting,
        };
        // The state keeps no time per device: a device's last entry says when it was last
        // heard of, and one without entries (the clock's laptop) the session's last change.
        let mut last_entry: BTreeMap<&str, Timestamp> = BTreeMap::new();
        for entry in &session.entries {
            let at = last_entry.entry(&*entry.device).or_insert(entry.updated_at);
            *at = (*at).max(entry.updated_at);
        }
        for device in session.applied.keys().filter(|d| Some(d.as_str()) != own) {
            let last_record_at = last_entry.get(device.as_str()).copied().unwrap_or(session.last_change_at);
            remote.heard.insert(device.clone(), Heard { last_record_at, arrived_at: None });
        }
        remote
    }

    /// Devices heard of, each with when.
    pub fn heard(&self) -> &BTreeMap<String, Heard> {
        &self.heard
    }

    /// Notes that a device wrote at `at` (its own clock).
    fn hear(&mut self, device: &str, at: Timestamp, arrived: Option<Timestamp>) {
        if !self.heard.contains_key(device) {
            self.heard.insert(device.to_string(), Heard { last_record_at: at, arrived_at: None });
        }
        let Some(heard) = self.heard.get_mut(device) else { return };
        heard.last_record_at = heard.last_record_at.max(at);
        if arrived.is_some() {
            heard.arrived_at = arrived.max(heard.arrived_at);
        }
    }

    /// Reads what other devices' files added since the last look and folds it into
    /// `session` in order of time; `now` is when it arrived, on this machine's clock.
    pub fn refresh(
        &mut self,
        disk: &dyn Disk,
        dir: &Path,
        session: &mut Session,
        now: Timestamp,
    ) -> Result<Arrived, StoreError> {
        let names = disk.list(dir).map_err(|e| StoreError::read(dir, &e))?;
        let mut arrived = Arrived::default();
        // What each file holds past its mark (in the file's order), and where it will stand:
        // the marks move only once what was read is folded, so nothing read is ever skipped.
        let mut queues = Vec::new();
        let mut marks = Vec::new();
        for name in &names {
            let Some(file) = journal::classify(name) else { continue };
            if !file.conflict_copy && Some(file.device) == self.own.as_deref() {
                continue;
            }
            let known = self.files.get(name).copied().unwrap_or_default();
            let path = dir.join(name);
            let origin = known.bytes.saturating_sub(MARK_WINDOW);
            // Renamed away between the listing and the read (a sync tool's swap): the next
            // look sees the new file.
            let gone = |e: &std::io::Error| e.kind() == std::io::ErrorKind::NotFound;
            let bytes = match disk.read_from(&path, origin) {
                Ok(bytes) => bytes,
                Err(e) if gone(&e) => continue,
                Err(e) => return Err(StoreError::read(&path, &e)),
            };
            let (bytes, origin, from) = if journal::mark_holds_in(&bytes, origin, file.device, &known) {
                (bytes, origin, known)
            } else {
                arrived.reread += 1;
                match disk.read(&path) {
                    Ok(bytes) => (bytes, 0, Mark::default()),
                    Err(e) if gone(&e) => continue,
                    Err(e) => return Err(StoreError::read(&path, &e)),
                }
            };
            let mut scanner = journal::Scanner::in_piece(&bytes, origin, file.device, from);
            let queue: Vec<Record> = scanner.by_ref().filter(|r| !session.has_applied(r)).collect();
            queues.push(queue);
            marks.push((
                name.clone(),
                (!file.conflict_copy).then(|| file.device.to_string()),
                scanner.found.mark,
            ));
        }
        let new = merge_by_time(queues);
        let clock_at = self.clock_at.unwrap_or(session.last_change_at);
        let awaited = new.iter().any(|r| match &r.event {
            crate::session::Event::EntryCaptured { entry, .. } => self.waiting.contains(entry),
            _ => false,
        });
        for record in &new {
            self.hear(&record.device, record.at, Some(now));
        }
        if awaited || !new.iter().all(|r| session.in_order(r, clock_at)) {
            // Folded again from the journals by the store; the marks come from that fold.
            arrived.refold = true;
            arrived.records = new.len();
            return Ok(arrived);
        }
        for record in &new {
            let applied = session.apply(record);
            if applied != Applied::AlreadyApplied {
                arrived.records += 1;
                self.noted(record);
            }
            // An event about an entry not here yet (another laptop's, still on its way):
            // when that entry arrives, the state is folded again for the event to count.
            if applied == Applied::Ignored {
                self.waiting.extend(record.event.entries());
            }
        }
        for (name, device, mark) in marks {
            if let Some(device) = device {
                session.journals.insert(device, mark);
            }
            self.files.insert(name, mark);
        }
        Ok(arrived)
    }

    /// Notes a record folded into the state (this device's own included).
    pub fn noted(&mut self, record: &Record) {
        if record.event.needs_clock() || matches!(record.event, crate::session::Event::ClockTaken) {
            self.clock_at = Some(self.clock_at.map_or(record.at, |at| at.max(record.at)));
        }
    }

    /// Starts again after the state was folded again from the journals: the files are
    /// known up to `session`'s marks, the devices keep their news.
    pub fn refolded(&mut self, session: &Session, waiting: HashSet<Uuid>) {
        let heard = std::mem::take(&mut self.heard);
        *self = Remote::after_recovery(self.own.as_deref(), session, waiting);
        for (device, h) in heard {
            self.heard.insert(device, h);
        }
    }
}

/// One list of records from several files' lists (each in its own order), merged as
/// recovery merges journals: always the earliest head next, the first file on a tie. A
/// laptop whose clock stepped back keeps its own order.
fn merge_by_time(queues: Vec<Vec<Record>>) -> Vec<Record> {
    let mut queues: Vec<std::collections::VecDeque<Record>> = queues.into_iter().map(Into::into).collect();
    let mut out = Vec::with_capacity(queues.iter().map(|q| q.len()).sum());
    loop {
        let next = queues.iter().enumerate().filter_map(|(i, q)| q.front().map(|r| (r.at, i))).min();
        let Some(record) = next.and_then(|(_, i)| queues.get_mut(i)).and_then(|q| q.pop_front()) else {
            return out;
        };
        out.push(record);
    }
}
