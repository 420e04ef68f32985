//! An open session: the state in memory and the journal it is saved to.
//!
//! Every change goes through [`SessionStore::record`]: the event is folded into the state
//! at once (so the screen shows it) and appended and fsync'd to this device's journal;
//! only then is it reported saved. A failed write leaves the record pending in memory,
//! the journal cut back to its last good record, and the next call retries.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;

use super::disk::{AppendFile, Disk};
use super::draft::Draft;
use super::error::StoreError;
use super::journal;
use super::lock::Lock;
use super::recovery::{self, RecoveryReport};
use super::remote::{Arrived, Heard, Remote};
use super::snapshot;
use crate::agenda::Agenda;
use crate::session::{Event, Record, Session, new_id};

/// The device name a follower shows as (it writes no file under it).
pub const FOLLOWER: &str = "follower";

/// A copy of the state, to be written as `minutes.json` (see [`SessionStore::snapshot_job`]).
#[derive(Debug)]
pub struct SnapshotJob {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    session: Session,
    records: u64,
}

impl SnapshotJob {
    /// Writes the copy atomically; says how many records it holds. With `read_back`, the
    /// bytes must decode to the state again, else the old file is kept; without it (on a
    /// background thread, where a second copy of a large state would double the program's
    /// memory) they must parse as JSON with a true checksum. The round trip of every type
    /// is tested.
    pub fn write(self, read_back: bool) -> Result<u64, StoreError> {
        let path = self.dir.join(snapshot::FILE_NAME);
        let bytes = snapshot::encode(&self.session).map_err(|e| StoreError::Encode(e.to_string()))?;
        drop(self.session);
        let readable = if read_back { snapshot::decode(&bytes).is_ok() } else { snapshot::parses(&bytes) };
        if !readable {
            return Err(StoreError::Encode(
                "the new snapshot does not read back; the old one is kept".into(),
            ));
        }
        snapshot::write_atomic(self.disk.as_ref(), &self.dir, snapshot::FILE_NAME, &bytes)
            .map_err(|e| StoreError::write(&path, &e))?;
        Ok(self.records)
    }
}

#[derive(Debug)]
pub struct SessionStore {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    device: String,
    journal: Option<Box<dyn AppendFile>>,
    /// Bytes of the journal known to be good and durable.
    journal_len: u64,
    /// Where this device's journal stands, for the next snapshot.
    mark: journal::Mark,
    /// The journal needs cutting back to `journal_len` before the next append.
    needs_truncate: bool,
    next_seq: u64,
    /// Highest sequence number known durable.
    durable_seq: u64,
    /// Records folded into the state but not yet durable, oldest first.
    pending: Vec<Record>,
    session: Session,
    /// Records the snapshot on disk holds, so it is never replaced by a shorter one.
    snapshot_records: u64,
    /// Sequence number of this device's last captured note (see `Draft::before_seq`).
    last_capture_seq: u64,
    /// Someone else wrote to or replaced this device's journal: writing stopped for good
    /// in this run, so two writers never interleave (the records stay pending, for the
    /// rescue file at exit).
    foreign_writer: bool,
    /// The note being typed, from a rescue file folded in at open.
    rescued_draft: Option<Draft>,
    /// Other devices' journals, read as they grow.
    remote: Remote,
    /// A follower's view: it writes nothing, not even minutes.json, and holds no lock.
    read_only: bool,
    _lock: Option<Lock>,
}

impl SessionStore {
    /// Creates the folder of a new session and durably records its start.
    pub fn create(
        disk: Arc<dyn Disk>,
        dir: &Path,
        device: &str,
        agenda: &Agenda,
        agenda_file: Option<String>,
        at: Timestamp,
        lock: Option<Lock>,
    ) -> Result<SessionStore, StoreError> {
        super::disk::create_dir_durable(disk.as_ref(), dir).map_err(|e| StoreError::write(dir, &e))?;
        let record = Record {
            id: new_id(at),
            device: device.to_string(),
            seq: 1,
            at,
            event: Event::SessionStarted { agenda: Box::new(agenda.clone()), agenda_file },
        };
        let session = Session::start(&record).ok_or_else(|| StoreError::Encode("no session start".into()))?;
        let mut store = SessionStore {
            disk,
            dir: dir.to_path_buf(),
            device: device.to_string(),
            journal: None,
            journal_len: 0,
            mark: journal::Mark::default(),
            needs_truncate: false,
            next_seq: 2,
            durable_seq: 0,
            pending: vec![record],
            session,
            snapshot_records: 0,
            last_capture_seq: 0,
            foreign_writer: false,
            rescued_draft: None,
            remote: Remote::default(),
            read_only: false,
            _lock: lock,
        };
        store.remote = Remote::after_recovery(Some(device), &store.session, Default::default());
        store.flush()?;
        // The journal's name must survive a power cut too, and so must the session folder.
        let parent = dir.parent().unwrap_or(dir);
        store
            .disk
            .sync_dir(dir)
            .and_then(|_| store.disk.sync_dir(parent))
            .map_err(|e| StoreError::write(dir, &e))?;
        Ok(store)
    }

    /// Opens an existing session for writing, after recovery.
    pub fn open(
        disk: Arc<dyn Disk>,
        dir: &Path,
        device: &str,
        now: Timestamp,
        lock: Option<Lock>,
    ) -> Result<(SessionStore, RecoveryReport), StoreError> {
        let recovered = recovery::recover(disk.as_ref(), dir, Some(device), now)?;
        let mut lock = lock;
        if let Some(lock) = lock.as_mut() {
            lock.relock_journal()?;
        }
        let journal_seq = recovered.journal_seq.get(device).copied().unwrap_or(0);
        let applied = recovered.session.applied.get(device).copied().unwrap_or(0);
        // Recovery cut any damage or torn tail: the journal ends where its last good record does.
        let mark = recovered.session.journals.get(device).copied().unwrap_or_default();
        let journal_len = mark.bytes;
        let snapshot_records = match recovered.report.snapshot {
            recovery::SnapshotStatus::Loaded { records } => records,
            _ => 0,
        };
        let rescued = recovered.rescued;
        let waiting = recovered.waiting;
        let mut report = recovered.report;
        let mut store = SessionStore {
            disk,
            dir: dir.to_path_buf(),
            device: device.to_string(),
            journal: None,
            journal_len,
            mark,
            needs_truncate: false,
            next_seq: journal_seq.max(applied) + 1,
            durable_seq: journal_seq.max(applied),
            pending: Vec::new(),
            session: recovered.session,
            snapshot_records,
            last_capture_seq: recovered.capture_seq.get(device).copied().unwrap_or(0),
            foreign_writer: false,
            rescued_draft: None,
            remote: Remote::default(),
            read_only: false,
            _lock: lock,
        };
        store.remote = Remote::after_recovery(Some(device), &store.session, waiting);
        store.fold_in_rescued(rescued, &mut report, now);
        Ok((store, report))
    }

    /// Opens a session to follow it: read-only, without a lock, without a journal of its
    /// own. Nothing in the folder is changed, ever; what the writers add is folded in by
    /// [`SessionStore::refresh`].
    pub fn follow(
        disk: Arc<dyn Disk>,
        dir: &Path,
        now: Timestamp,
    ) -> Result<(SessionStore, RecoveryReport), StoreError> {
        let recovered = recovery::recover(disk.as_ref(), dir, None, now)?;
        let session = recovered.session;
        let waiting = recovered.waiting;
        let store = SessionStore {
            disk,
            dir: dir.to_path_buf(),
            device: FOLLOWER.to_string(),
            journal: None,
            journal_len: 0,
            mark: journal::Mark::default(),
            needs_truncate: false,
            next_seq: 1,
            durable_seq: 0,
            pending: Vec::new(),
            remote: Remote::after_recovery(None, &session, waiting),
            session,
            snapshot_records: 0,
            last_capture_seq: 0,
            foreign_writer: false,
            rescued_draft: None,
            read_only: true,
            _lock: None,
        };
        Ok((store, recovered.report))
    }

    /// Whether this store only follows the session (see [`SessionStore::follow`]).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Folds in what other devices' journals added since the last look. What arrived out
    /// of time order, where folding it as it comes would differ from folding in time
    /// order, has the state folded again from all the journals (O(n), rare): every
    /// device then holds the same minutes whatever order the files arrived in.
    pub fn refresh(&mut self, now: Timestamp) -> Result<Arrived, StoreError> {
        let arrived = self.remote.refresh(self.disk.as_ref(), &self.dir, &mut self.session, now)?;
        if arrived.refold {
            self.refold(now)?;
        }
        Ok(arrived)
    }

    fn refold(&mut self, now: Timestamp) -> Result<(), StoreError> {
        let replayed = recovery::replay(self.disk.as_ref(), &self.dir, now)?;
        let (mut session, waiting) = (replayed.session, replayed.waiting);
        // What is not on disk yet is this device's too.
        for record in &self.pending {
            let _ = session.apply(record);
        }
        if !self.read_only && self.mark.bytes > 0 {
            session.journals.insert(self.device.clone(), self.mark);
        }
        self.session = session;
        self.remote.refolded(&self.session, waiting);
        Ok(())
    }

    /// The devices of the session other than this one, each with when it was last heard of.
    pub fn others(&self) -> &std::collections::BTreeMap<String, Heard> {
        self.remote.heard()
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn device(&self) -> &str {
        &self.device
    }

    /// Saves the changes of rescue files as records of this device (a record keeps its
    /// id, time and event; it takes the next sequence number here), then moves each file
    /// whose changes are durable to set-aside/. A file whose changes could not be saved
    /// stays where it is, so nothing depends on this run's memory alone.
    fn fold_in_rescued(
        &mut self,
        rescued: Vec<recovery::Rescue>,
        report: &mut RecoveryReport,
        now: Timestamp,
    ) {
        let mut seen = std::collections::HashSet::new();
        for recovery::Rescue { file, records, draft } in rescued {
            let mut count = 0;
            for old in records {
                if matches!(old.event, Event::SessionStarted { .. }) || !seen.insert(old.id) {
                    continue;
                }
                let record = Record {
                    id: old.id,
                    device: self.device.clone(),
                    seq: self.next_seq,
                    at: old.at,
                    event: old.event,
                };
                self.next_seq += 1;
                if matches!(record.event, Event::EntryCaptured { .. }) {
                    self.last_capture_seq = record.seq;
                }
                let _ = self.session.apply(&record);
                self.pending.push(record);
                count += 1;
            }
            if draft.is_some() {
                self.rescued_draft = draft;
            }
            if self.flush().is_ok()
                && let Some(name) = file
                && let Ok(to) = recovery::set_aside(self.disk.as_ref(), &self.dir, &name, "folded-in", now)
            {
                report.rescue_files.retain(|r| r.name != name);
                report.folded_rescue.push(to);
            }
            report.brought_back += count;
        }
    }

    /// Writes the records the disk did not take (and `draft`, the note being typed when
    /// its own file could not be written) to a rescue file; says where, or why nowhere.
    pub fn rescue(
        &self,
        draft: Option<&Draft>,
        elsewhere: &[PathBuf],
        now: Timestamp,
    ) -> Result<PathBuf, String> {
        let bytes = super::rescue::encode(&self.pending, draft).map_err(|e| e.to_string())?;
        super::rescue::write(self.disk.as_ref(), &self.dir, &self.device, &bytes, elsewhere, now)
    }

    /// The records the disk did not take, oldest first.
    pub fn pending_records(&self) -> &[Record] {
        &self.pending
    }

    /// The note that was being typed, from a rescue file folded in at open.
    pub fn take_rescued_draft(&mut self) -> Option<Draft> {
        self.rescued_draft.take()
    }

    /// Whether saving stopped because someone else writes this device's journal.
    pub fn has_foreign_writer(&self) -> bool {
        self.foreign_writer
    }

    /// Records waiting to be saved.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Entries changed by records that are not on disk yet.
    pub fn pending_entries(&self) -> Vec<uuid::Uuid> {
        self.pending.iter().flat_map(|r| r.event.entries()).collect()
    }

    /// Writes a file for people (an export) into the session's folder as BASE.EXT, or
    /// BASE-2.EXT, BASE-3.EXT … rather than replace an earlier one; returns its path.
    pub fn write_beside(&self, base: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        for n in 1..1000 {
            let name = if n == 1 { format!("{base}.{ext}") } else { format!("{base}-{n}.{ext}") };
            let path = self.dir.join(&name);
            if !self.disk.exists(&path) {
                snapshot::write_atomic(self.disk.as_ref(), &self.dir, &name, bytes)
                    .map_err(|e| StoreError::write(&path, &e))?;
                return Ok(path);
            }
        }
        Err(StoreError::Crowded { dir: self.dir.clone() })
    }

    /// The highest sequence number of this device known to be on disk.
    pub fn durable_seq(&self) -> u64 {
        self.durable_seq
    }

    /// Sequence number of this device's last captured note, 0 when none.
    pub fn last_capture_seq(&self) -> u64 {
        self.last_capture_seq
    }

    /// Whether the record with this sequence number (of this device) is durable.
    pub fn is_saved(&self, seq: u64) -> bool {
        seq <= self.durable_seq
    }

    /// Folds `event` into the state and saves it. `Ok` means durable; `Err` means the
    /// state has it but the disk does not yet: it stays pending and is retried.
    pub fn record(&mut self, event: Event, at: Timestamp) -> Result<u64, StoreError> {
        let record = Record { id: new_id(at), device: self.device.clone(), seq: self.next_seq, at, event };
        self.next_seq += 1;
        // An event the state cannot use (a race between two keys) is still journaled:
        // the record keeps everything that was asked for.
        let _ = self.session.apply(&record);
        self.remote.noted(&record);
        let seq = record.seq;
        if matches!(record.event, Event::EntryCaptured { .. }) {
            self.last_capture_seq = seq;
        }
        self.pending.push(record);
        self.flush()?;
        Ok(seq)
    }

    /// Tries again to save pending records.
    pub fn retry(&mut self) -> Result<(), StoreError> {
        self.flush()
    }

    fn journal_path(&self) -> PathBuf {
        self.dir.join(journal::file_name(&self.device))
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        let path = self.journal_path();
        if self.read_only {
            return if self.pending.is_empty() {
                Ok(())
            } else {
                Err(StoreError::ReadOnly { dir: self.dir.clone() })
            };
        }
        let fail = |e: &std::io::Error| StoreError::write(&path, e);
        if self.journal.is_none() {
            let new = !self.disk.exists(&path);
            let file = self.disk.open_append(&path).map_err(|e| fail(&e))?;
            if new {
                // A journal's records are only as durable as its name: a laptop joining a
                // session creates its journal in a folder that is already there.
                self.disk.sync_dir(&self.dir).map_err(|e| fail(&e))?;
            }
            self.journal = Some(file);
        }
        let Some(file) = self.journal.as_mut() else {
            return Ok(());
        };
        if self.foreign_writer {
            return Err(StoreError::ForeignWriter { path });
        }
        if self.needs_truncate {
            file.truncate(self.journal_len).map_err(|e| fail(&e))?;
            self.needs_truncate = false;
        } else if !self.pending.is_empty() && !file.is_still(&path, self.journal_len).map_err(|e| fail(&e))? {
            // Appending now would interleave two histories under one sequence.
            self.foreign_writer = true;
            return Err(StoreError::ForeignWriter { path });
        }
        // One record, one fsync: a crash can then leave at most one unfinished record,
        // so whatever survives is always a prefix of the history.
        while let Some(record) = self.pending.first() {
            let line = journal::encode(record).map_err(|e| StoreError::Encode(e.to_string()))?;
            if let Err(e) = file.append(line.as_bytes()).and_then(|_| file.sync()) {
                // Cut off whatever part of the line reached the file; retry from there.
                self.needs_truncate = file.truncate(self.journal_len).is_err();
                return Err(fail(&e));
            }
            self.journal_len += line.len() as u64;
            self.durable_seq = record.seq;
            self.mark.bytes = self.journal_len;
            self.mark.lines += 1;
            self.mark.records += 1;
            self.mark.seq = record.seq;
            if matches!(record.event, Event::EntryCaptured { .. }) {
                self.mark.capture_seq = record.seq;
            }
            // The state says where its journal stands, so the next snapshot can say it.
            match self.session.journals.get_mut(&self.device) {
                Some(mark) => *mark = self.mark,
                None => {
                    self.session.journals.insert(self.device.clone(), self.mark);
                }
            }
            self.pending.remove(0);
        }
        Ok(())
    }

    /// Refreshes `minutes.json` now, when every record is durable. Never replaces a
    /// snapshot with one that holds fewer records, or one that does not read back.
    pub fn write_snapshot(&mut self) -> Result<bool, StoreError> {
        let Some(job) = self.snapshot_job() else {
            return Ok(false);
        };
        let records = job.write(true)?;
        self.snapshot_written(records);
        Ok(true)
    }

    /// A copy of the state to write as `minutes.json` on another thread, when every record
    /// is durable (so the journal marks in it are true). The copy shares the entries: it
    /// costs a pointer per entry, and the fold copies only an entry it changes meanwhile.
    pub fn snapshot_job(&self) -> Option<SnapshotJob> {
        let records = self.session.records_applied();
        if self.read_only || !self.pending.is_empty() || records < self.snapshot_records {
            return None;
        }
        Some(SnapshotJob {
            disk: self.disk.clone(),
            dir: self.dir.clone(),
            session: self.session.clone(),
            records,
        })
    }

    /// A snapshot job holding `records` records was written.
    pub fn snapshot_written(&mut self, records: u64) {
        self.snapshot_records = self.snapshot_records.max(records);
    }

    /// Whether the snapshot is behind by at least `records` records, or by a tenth of the
    /// session, whichever is more: each snapshot costs the whole state, so a session ten
    /// times larger writes one ten times less often and the total stays linear.
    pub fn snapshot_due(&self, records: u64) -> bool {
        if self.read_only {
            return false;
        }
        let now = self.session.records_applied();
        now >= self.snapshot_records + records.max(now / 10)
    }

    /// The disk this store writes to.
    pub fn disk(&self) -> &Arc<dyn Disk> {
        &self.disk
    }
}
