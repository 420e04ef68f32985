//! Opening a session folder after whatever happened to it: load the snapshot, replay the
//! journals past it, skip damaged records, cut torn tails, and set aside (never delete)
//! every file that cannot be read.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::disk::Disk;
use super::error::StoreError;
use super::journal::{self, BadLine};
use super::snapshot::{self, Problem};
use crate::session::{Applied, Record, Session};

/// Folder inside a session where damaged or unfinished files are moved.
pub const SET_ASIDE_DIR: &str = "set-aside";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SnapshotStatus {
    #[default]
    Missing,
    Loaded {
        records: u64,
    },
    /// Could not be used; the state was rebuilt from the journals.
    Unusable {
        reason: String,
    },
}

#[derive(Debug, Clone, Default)]
pub struct JournalReport {
    pub file: String,
    /// Another device's journal (or a sync tool's copy of one): read, never changed.
    pub others: bool,
    pub records_ok: usize,
    pub dropped: Vec<BadLine>,
    pub torn_tail_bytes: usize,
}

/// What recovery found and did.
#[derive(Debug, Clone, Default)]
pub struct RecoveryReport {
    pub snapshot: SnapshotStatus,
    pub journals: Vec<JournalReport>,
    /// Records folded on top of the snapshot.
    pub replayed: usize,
    /// Of those, events about something the session does not know (kept in the journal,
    /// no effect on the minutes).
    pub ignored: usize,
    /// Files moved to set-aside/, with why.
    pub set_aside: Vec<(PathBuf, String)>,
    /// Unfinished temp files seen (read-only opens leave them in place).
    pub leftover_temp: Vec<String>,
    /// Devices whose journal ends before what the snapshot already holds.
    pub journal_behind_snapshot: Vec<String>,
    /// Rescue files in the folder: changes a run could not save, not in any journal yet.
    pub rescue_files: Vec<RescueFile>,
    /// Changes from rescue files saved into the journal when the session was opened.
    pub brought_back: usize,
    /// Where the rescue files went once their changes were saved.
    pub folded_rescue: Vec<PathBuf>,
    /// Intact records of a second writer in a journal (a sequence collision): saved again
    /// with new numbers when the session is opened for writing.
    pub second_writer: usize,
    /// Records of kinds this version does not know (a newer convene on another device
    /// wrote them): kept in their journal, skipped here. Not damage.
    pub newer: usize,
    /// Conflict copies of journals made by a sync tool, folded in without counting any
    /// record twice.
    pub conflict_copies: Vec<ConflictCopy>,
    /// Rescue files of other devices: theirs to save, left as they are.
    pub others_rescue: Vec<String>,
}

/// A sync tool's conflict copy of a journal, and what it added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    pub name: String,
    pub device: String,
    /// Its records that the journal itself does not hold (folded in from the copy).
    pub only_here: usize,
}

/// A rescue file found in the session folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RescueFile {
    pub name: String,
    /// Changes in it that no journal holds.
    pub missing: usize,
    /// Whether it holds a note that was being typed.
    pub draft: bool,
}

impl RecoveryReport {
    pub fn records_ok(&self) -> usize {
        self.journals.iter().map(|j| j.records_ok).sum()
    }

    pub fn records_dropped(&self) -> usize {
        self.journals.iter().map(|j| j.dropped.len()).sum()
    }

    pub fn tail_truncated(&self) -> bool {
        self.journals.iter().any(|j| j.torn_tail_bytes > 0 && !j.others)
    }

    /// Another device's journal ends in a record still arriving (or never finished):
    /// read up to its last good record and left as it is, for the sync to complete.
    pub fn tail_arriving(&self) -> bool {
        self.journals.iter().any(|j| j.torn_tail_bytes > 0 && j.others)
    }

    /// Whether anything was lost, damaged or had to be moved.
    pub fn is_clean(&self) -> bool {
        self.records_dropped() == 0
            && !self.tail_truncated()
            && self.set_aside.is_empty()
            && self.leftover_temp.is_empty()
            && self.journal_behind_snapshot.is_empty()
            && !matches!(self.snapshot, SnapshotStatus::Unusable { .. })
            && self.rescue_files.iter().all(|r| r.missing == 0 && !r.draft)
    }
}

impl RecoveryReport {
    /// What recovery found, a line each, in `lang` (`convene verify`).
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        let mut out = Vec::new();
        out.push(match &self.snapshot {
            SnapshotStatus::Missing => t!(lang, "msg-verify-snapshot-missing"),
            SnapshotStatus::Loaded { records } => t!(lang, "msg-verify-snapshot-ok", n = *records),
            SnapshotStatus::Unusable { reason } => t!(lang, "msg-verify-snapshot-unusable", reason = reason),
        });
        for j in &self.journals {
            let tail = match (j.torn_tail_bytes, j.others) {
                (0, _) => t!(lang, "msg-verify-tail-intact"),
                (n, false) => t!(lang, "msg-verify-tail-truncated", n = n),
                (n, true) => t!(lang, "msg-verify-tail-arriving", n = n),
            };
            out.push(t!(
                lang,
                "msg-verify-journal",
                file = &j.file,
                ok = j.records_ok,
                dropped = j.dropped.len(),
                tail = tail
            ));
            for bad in &j.dropped {
                out.push(format!(
                    "  {}",
                    t!(lang, "msg-verify-bad-line", line = bad.line, reason = &bad.reason)
                ));
            }
        }
        out.push(match self.snapshot {
            SnapshotStatus::Loaded { .. } => t!(lang, "msg-verify-replayed-over-snapshot", n = self.replayed),
            _ => t!(lang, "msg-verify-replayed", n = self.replayed),
        });
        if self.second_writer > 0 {
            out.push(t!(lang, "msg-verify-second-writer", n = self.second_writer, command = "convene run"));
        }
        if self.newer > 0 {
            out.push(t!(lang, "msg-verify-newer", n = self.newer));
        }
        for c in &self.conflict_copies {
            out.push(t!(
                lang,
                "msg-verify-conflict-copy",
                name = &c.name,
                device = &c.device,
                n = c.only_here
            ));
        }
        for name in &self.others_rescue {
            out.push(t!(lang, "msg-verify-others-rescue", name = name));
        }
        for r in &self.rescue_files {
            let id = if r.draft { "msg-verify-rescue-with-draft" } else { "msg-verify-rescue" };
            out.push(t!(lang, id, name = &r.name, n = r.missing, command = "convene run"));
        }
        for (path, why) in &self.set_aside {
            out.push(t!(lang, "msg-verify-set-aside", path = path.display().to_string(), why = why));
        }
        for name in &self.leftover_temp {
            out.push(t!(lang, "msg-verify-leftover-temp", name = name));
        }
        for device in &self.journal_behind_snapshot {
            out.push(t!(lang, "msg-verify-behind-snapshot", device = device));
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

impl fmt::Display for RecoveryReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(crate::i18n::Lang::En))
    }
}

/// The state recovery rebuilt, and where each device's journal stands.
#[derive(Debug)]
pub struct Recovered {
    pub session: Session,
    pub report: RecoveryReport,
    /// Per device: the last good sequence number in its journal.
    pub journal_seq: BTreeMap<String, u64>,
    /// Per device: the sequence number of the last note captured in its journal.
    pub capture_seq: BTreeMap<String, u64>,
    /// Per rescue file: the changes no journal holds, and the note being typed, if any.
    pub rescued: Vec<Rescue>,
    /// Entries that folded events referred to but the state does not hold (another
    /// laptop's, not arrived yet): see [`crate::store::remote::Remote`].
    pub waiting: HashSet<uuid::Uuid>,
}

/// Changes no journal holds, to be saved again as this device's.
#[derive(Debug)]
pub struct Rescue {
    /// The rescue file they came from (moved to set-aside/ once saved); None for records
    /// of a second writer found in a journal (its damaged original is set aside already).
    pub file: Option<String>,
    pub records: Vec<Record>,
    pub draft: Option<super::draft::Draft>,
}

/// Recovers a session folder. `own` is the device this process writes as: its journal is
/// rewritten without its damage, and damaged shared files (minutes.json, convene's
/// unfinished temp files) are set aside. Another device's files are only read: a damaged
/// line is skipped and a half-arrived tail read up to its last good record, both left for
/// that device or the sync to complete. Without `own` nothing on disk changes.
pub fn recover(
    disk: &dyn Disk,
    dir: &Path,
    own: Option<&str>,
    now: Timestamp,
) -> Result<Recovered, StoreError> {
    recover_with(disk, dir, own, true, now)
}

/// The state folded from the journals alone, in time order, without the snapshot:
/// read-only. For a device that received records out of order (see [`Session::in_order`]).
pub fn replay(disk: &dyn Disk, dir: &Path, now: Timestamp) -> Result<Recovered, StoreError> {
    recover_with(disk, dir, None, false, now)
}

/// Whether the snapshot says what its journals say: the state rebuilt from the journals
/// alone is compared with the snapshot plus what the journals add. Read-only. None when
/// they agree (or there is no usable snapshot to compare); otherwise where they first
/// differ. Replays every journal: for `convene verify`, not for every start.
pub fn cross_check(disk: &dyn Disk, dir: &Path, now: Timestamp) -> Result<Option<String>, StoreError> {
    let with = recover_with(disk, dir, None, true, now)?;
    if !matches!(with.report.snapshot, SnapshotStatus::Loaded { .. })
        || !with.report.journal_behind_snapshot.is_empty()
    {
        return Ok(None);
    }
    // One whole state at a time: compared by digest first (a session of 300,000 entries
    // is 230 MB in memory), and side by side only to say where they differ.
    let digest_with = digest(&with.session);
    drop(with);
    let without = recover_with(disk, dir, None, false, now)?;
    if digest(&without.session) == digest_with {
        return Ok(None);
    }
    let with = recover_with(disk, dir, None, true, now)?;
    let (a, b) = (&with.session, &without.session);
    if a == b {
        return Ok(None);
    }
    let entry = a.entries.iter().zip(&b.entries).position(|(x, y)| x != y);
    let place = match entry {
        Some(i) => format!("entry {} differs", i + 1),
        None if a.entries.len() != b.entries.len() => {
            format!("{} entries in minutes.json, {} in the journals", a.entries.len(), b.entries.len())
        }
        None => "the timings or the agenda differ".to_string(),
    };
    Ok(Some(place))
}

/// The minutes JSON of a state, hashed as it is written (never held whole), with its length.
fn digest(session: &Session) -> Option<(u32, u64)> {
    struct Digest(crc32fast::Hasher, u64);
    impl std::io::Write for Digest {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.update(buf);
            self.1 += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut d = Digest(crc32fast::Hasher::new(), 0);
    serde_json::to_writer(&mut d, session).ok()?;
    Some((d.0.finalize(), d.1))
}

fn recover_with(
    disk: &dyn Disk,
    dir: &Path,
    own: Option<&str>,
    use_snapshot: bool,
    now: Timestamp,
) -> Result<Recovered, StoreError> {
    let writable = own.is_some();
    let names = disk.list(dir).map_err(|e| StoreError::read(dir, &e))?;
    let mut report = RecoveryReport::default();

    for name in names.iter().filter(|n| snapshot::is_temp(n)) {
        if writable {
            let to = set_aside(disk, dir, name, "unfinished", now)?;
            report.set_aside.push((to, "an unfinished write, left by a crash".into()));
        } else {
            report.leftover_temp.push(name.clone());
        }
    }

    let mut base = None;
    if use_snapshot && names.iter().any(|n| n == snapshot::FILE_NAME) {
        let path = dir.join(snapshot::FILE_NAME);
        let fail = |e: std::io::Error| StoreError::read(&path, &e);
        // Up to SNAPSHOT_IN_MEMORY the bytes are parsed whole (twice as fast); a larger
        // file is parsed as it streams in, so its bytes never sit beside the state.
        let mut file = disk.open_read(&path).map_err(fail)?;
        let mut head = Vec::new();
        std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, SNAPSHOT_IN_MEMORY + 1), &mut head)
            .map_err(fail)?;
        let decoded = if head.len() as u64 <= SNAPSHOT_IN_MEMORY {
            snapshot::decode(&head)
        } else {
            match snapshot::decode_stream(std::io::Read::chain(std::io::Cursor::new(head), file)) {
                Some(session) => Ok(session),
                // Not as convene writes it, or not right: read whole to say what is wrong.
                None => snapshot::decode(&disk.read(&path).map_err(fail)?),
            }
        };
        match decoded {
            Ok(session) => {
                report.snapshot = SnapshotStatus::Loaded { records: session.records_applied() };
                base = Some(session);
            }
            Err(Problem::Newer(found)) => {
                return Err(StoreError::Newer { path, found, supported: crate::session::SCHEMA_VERSION });
            }
            Err(problem) => {
                let reason = match problem {
                    Problem::Empty => "empty file".to_string(),
                    Problem::Damaged(e) => format!("damaged: {e}"),
                    Problem::Newer(_) => unreachable!("handled above"),
                };
                if writable {
                    let to = set_aside(disk, dir, snapshot::FILE_NAME, "unreadable", now)?;
                    report.set_aside.push((to, format!("snapshot {reason}")));
                }
                report.snapshot = SnapshotStatus::Unusable { reason };
            }
        }
    }

    // Lines a snapshot already holds are skipped, when its mark still holds. Rescue files
    // are checked against every record of the journals, so they need a full read.
    let skip = base.is_some() && !names.iter().any(|n| super::rescue::is_rescue(n));
    let mut journals = Vec::new();
    for name in &names {
        let Some(file) = journal::classify(name) else {
            continue;
        };
        let device = file.device;
        let mark = base
            .as_ref()
            .filter(|_| skip && !file.conflict_copy)
            .and_then(|b| b.journals.get(device).filter(|m| b.applied.get(device) == Some(&m.seq)));
        let mut piece = Piece::read(disk, dir, name, device, mark.copied())?;
        piece.conflict_copy = file.conflict_copy;
        piece.own = own == Some(device) && !file.conflict_copy;
        journals.push(piece);
    }
    // The journals themselves first: what a conflict copy adds is then what they lack.
    journals.sort_by_key(|p| p.conflict_copy);
    let based = base.is_some();
    let Folded { mut session, scanners, replayed, ignored, newer, folded, mut ids, out_of_order, waiting } =
        fold_journals(dir, base, &journals)?;
    if based && out_of_order {
        // minutes.json (perhaps another laptop's) was written before records that belong
        // before some it holds: folded on top, they would not land where they belong.
        return recover_with(disk, dir, own, false, now);
    }
    report.newer = newer;
    if journals.iter().any(|p| p.from.bytes > 0) && scanners.iter().any(|s| !s.found.collided.is_empty()) {
        // A second writer's records are saved again only if no journal holds them, the
        // lines skipped in any journal included.
        for piece in &journals {
            let whole = piece.whole(disk, dir)?;
            ids.extend(journal::Scanner::new(&whole, &piece.device, journal::Mark::default()).map(|r| r.id));
        }
    }
    (report.replayed, report.ignored) = (replayed, ignored);

    let mut journal_seq = BTreeMap::new();
    let mut capture_seq = BTreeMap::new();
    let mut collided = Vec::new();
    // A journal that is gone has no mark: its mark from the snapshot would say where a
    // file no longer there ends.
    session.journals.retain(|device, _| journals.iter().any(|p| p.device == *device && !p.conflict_copy));
    for ((piece, scanner), &folded) in journals.iter().zip(&scanners).zip(&folded) {
        let (name, device) = (&piece.name, &piece.device);
        let found = &scanner.found;
        let mut mark = found.mark;
        report.journals.push(JournalReport {
            file: name.clone(),
            // Read-only (verify, a follower), every journal is judged as its own writer would.
            others: writable && !piece.own,
            records_ok: mark.records as usize,
            dropped: found.bad.clone(),
            torn_tail_bytes: found.torn_tail,
        });
        if piece.conflict_copy {
            report.conflict_copies.push(ConflictCopy {
                name: name.clone(),
                device: device.clone(),
                only_here: folded,
            });
            continue;
        }
        if !found.is_clean() && piece.own {
            // Keep the damaged original whole, then put a journal of the good lines in place.
            let path = dir.join(name);
            let whole = piece.whole(disk, dir)?;
            let start = piece.origin as usize;
            // Replaced between the two reads (a sync tool), rewriting would mix the two
            // versions: it is then left as it is, for the next open.
            if whole.get(start..start + piece.bytes.len()) == Some(&piece.bytes[..]) {
                let copy = fresh_aside_path(disk, dir, name, "damaged", now)?;
                disk.write_synced(&copy, &whole)
                    .and_then(|_| disk.sync_dir(&dir.join(SET_ASIDE_DIR)))
                    .map_err(|e| StoreError::write(&copy, &e))?;
                let mut good = whole.get(..start).unwrap_or_default().to_vec();
                good.extend(scanner.good_bytes());
                snapshot::write_atomic(disk, dir, name, &good).map_err(|e| StoreError::write(&path, &e))?;
                report.set_aside.push((copy, format!("damaged journal; {name} now holds its good records")));
                mark.bytes = good.len() as u64;
                mark.lines = mark.records;
            }
        }
        journal_seq.insert(device.clone(), mark.seq);
        capture_seq.insert(device.clone(), mark.capture_seq);
        session.journals.insert(device.clone(), mark);
        if piece.own {
            // Only this device saves its second writer's records again: another device's
            // are still in its journal, for that device to save.
            collided.push(&found.collided);
        }
    }
    for (device, &seq) in &session.applied {
        if journal_seq.get(device).copied().unwrap_or(0) < seq {
            report.journal_behind_snapshot.push(device.clone());
        }
    }
    let mut rescued = Vec::new();
    for records in collided.into_iter().filter(|c| !c.is_empty()) {
        let mut seen = std::collections::HashSet::new();
        let lost: Vec<Record> =
            records.iter().filter(|r| !ids.contains(&r.id) && seen.insert(r.id)).cloned().collect();
        if !lost.is_empty() {
            report.second_writer += lost.len();
            rescued.push(Rescue { file: None, records: lost, draft: None });
        }
    }
    for name in names.iter().filter(|n| super::rescue::is_rescue(n)) {
        if let Some(own) = own
            && super::rescue::is_of_another_device(name, own)
        {
            report.others_rescue.push(name.clone());
            continue;
        }
        let path = dir.join(name);
        let bytes = disk.read(&path).map_err(|e| StoreError::read(&path, &e))?;
        let found = super::rescue::decode(&bytes);
        let missing: Vec<Record> = found.records.into_iter().filter(|r| !ids.contains(&r.id)).collect();
        report.rescue_files.push(RescueFile {
            name: name.clone(),
            missing: missing.len(),
            draft: found.draft.is_some(),
        });
        rescued.push(Rescue { file: Some(name.clone()), records: missing, draft: found.draft });
    }
    Ok(Recovered { session, report, journal_seq, capture_seq, rescued, waiting })
}

/// minutes.json up to this size is read whole before it is parsed; a larger one streams.
const SNAPSHOT_IN_MEMORY: u64 = 16 * 1024 * 1024;

/// How much of a journal before a snapshot's mark is read to check the mark: the record
/// that ends there. A longer record means reading the whole journal.
const MARK_WINDOW: u64 = 64 * 1024;

/// A device's journal as read: all of it, or (when a snapshot's mark for it holds) the part
/// from a little before that mark, so that opening a large session reads only its tail.
struct Piece {
    name: String,
    device: String,
    bytes: Vec<u8>,
    /// Where `bytes` begin in the file.
    origin: u64,
    /// Where reading starts: what the snapshot holds of this journal.
    from: journal::Mark,
    /// A sync tool's conflict copy of `device`'s journal.
    conflict_copy: bool,
    /// This process's own journal: the only one it may repair.
    own: bool,
}

impl Piece {
    fn read(
        disk: &dyn Disk,
        dir: &Path,
        name: &str,
        device: &str,
        mark: Option<journal::Mark>,
    ) -> Result<Piece, StoreError> {
        let path = dir.join(name);
        let fail = |e: std::io::Error| StoreError::read(&path, &e);
        let piece = |bytes, origin, from| Piece {
            name: name.to_string(),
            device: device.to_string(),
            bytes,
            origin,
            from,
            conflict_copy: false,
            own: false,
        };
        if let Some(mark) = mark.filter(|m| m.bytes > 0) {
            let origin = mark.bytes.saturating_sub(MARK_WINDOW);
            let tail = disk.read_from(&path, origin).map_err(fail)?;
            if journal::mark_holds_in(&tail, origin, device, &mark) {
                return Ok(piece(tail, origin, mark));
            }
        }
        let bytes = disk.read(&path).map_err(fail)?;
        Ok(piece(bytes, 0, journal::Mark::default()))
    }

    /// The whole journal (read again when only its tail was).
    fn whole(&self, disk: &dyn Disk, dir: &Path) -> Result<std::borrow::Cow<'_, [u8]>, StoreError> {
        if self.origin == 0 {
            return Ok(std::borrow::Cow::Borrowed(&self.bytes));
        }
        let path = dir.join(&self.name);
        disk.read(&path).map(std::borrow::Cow::Owned).map_err(|e| StoreError::read(&path, &e))
    }
}

/// The journals folded into a state.
struct Folded<'a> {
    session: Session,
    scanners: Vec<journal::Scanner<'a>>,
    replayed: usize,
    ignored: usize,
    /// Of the records folded, those of kinds this version does not know.
    newer: usize,
    /// Per journal, how many of its records were folded (not already in the state).
    folded: Vec<usize>,
    /// A record folded over the base is older than what the base already holds of what
    /// it changes (see [`Session::in_order`]).
    out_of_order: bool,
    /// Entries that events folded without effect refer to.
    waiting: HashSet<uuid::Uuid>,
    /// Ids of the records read (all of them when the journals were read in full).
    ids: HashSet<uuid::Uuid>,
}

/// Folds the records not yet in `base` (or, without a base, everything from the earliest
/// session start on), merging devices by time while keeping each device's own order (a
/// clock that jumped back must not reorder one journal). One record per journal is in
/// memory at a time, and each journal is read from its piece's `from`. Counts the records
/// folded, and of those the ones the state could not use.
fn fold_journals<'a>(
    dir: &Path,
    base: Option<Session>,
    journals: &'a [Piece],
) -> Result<Folded<'a>, StoreError> {
    let mut scanners: Vec<journal::Scanner<'a>> =
        journals.iter().map(|p| journal::Scanner::in_piece(&p.bytes, p.origin, &p.device, p.from)).collect();
    let mut heads: Vec<Option<Record>> = scanners.iter_mut().map(Iterator::next).collect();
    let mut session = base;
    // Records that come before the session's start in time, without a snapshot to fold them
    // into: folded right after the start, as they always were.
    let mut early = Vec::new();
    let (mut replayed, mut ignored, mut newer) = (0, 0, 0);
    let mut folded = vec![0; journals.len()];
    let mut out_of_order = false;
    let mut waiting = HashSet::new();
    let mut ids = HashSet::new();
    loop {
        let next = heads.iter().enumerate().filter_map(|(i, h)| h.as_ref().map(|r| (r.at, i))).min();
        let Some((_, i)) = next else { break };
        let (Some(head), Some(scanner)) = (heads.get_mut(i), scanners.get_mut(i)) else { break };
        let Some(record) = std::mem::replace(head, scanner.next()) else { break };
        // The same record in a journal and in its conflict copy is folded once: the
        // state knows each device's last sequence number folded.
        ids.insert(record.id);
        let is_newer = matches!(record.event, crate::session::Event::Newer { .. });
        let Some(state) = session.as_mut() else {
            match Session::start(&record) {
                Some(started) => session = Some(started),
                None => early.push((record, i)),
            }
            if let Some(state) = session.as_mut() {
                for (record, i) in early.drain(..) {
                    let is_newer = matches!(record.event, crate::session::Event::Newer { .. });
                    let applied = state.apply(&record);
                    tally(applied, is_newer, i, &mut folded, &mut newer);
                    count(applied, &mut replayed, &mut ignored);
                }
            }
            continue;
        };
        if !state.has_applied(&record) && !state.in_order(&record, state.last_change_at) {
            out_of_order = true;
        }
        let applied = state.apply(&record);
        if applied == Applied::Ignored {
            waiting.extend(record.event.entries());
        }
        tally(applied, is_newer, i, &mut folded, &mut newer);
        count(applied, &mut replayed, &mut ignored);
    }
    ignored -= newer;
    let session = session.ok_or_else(|| StoreError::NoSession { dir: dir.to_path_buf() })?;
    Ok(Folded { session, scanners, replayed, ignored, newer, folded, ids, out_of_order, waiting })
}

fn tally(applied: Applied, is_newer: bool, piece: usize, folded: &mut [usize], newer: &mut usize) {
    if applied != Applied::AlreadyApplied {
        if let Some(n) = folded.get_mut(piece) {
            *n += 1;
        }
        if is_newer {
            *newer += 1;
        }
    }
}

fn count(applied: Applied, replayed: &mut usize, ignored: &mut usize) {
    match applied {
        Applied::Changed => *replayed += 1,
        Applied::Ignored => {
            *replayed += 1;
            *ignored += 1;
        }
        Applied::AlreadyApplied => {}
    }
}

fn fresh_aside_path(
    disk: &dyn Disk,
    dir: &Path,
    name: &str,
    why: &str,
    now: Timestamp,
) -> Result<PathBuf, StoreError> {
    let aside = dir.join(SET_ASIDE_DIR);
    super::disk::create_dir_durable(disk, &aside).map_err(|e| StoreError::write(&aside, &e))?;
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let base = format!("{}.{why}-{stamp}", name.trim_start_matches('.'));
    let mut candidate = aside.join(&base);
    let mut n = 1;
    while disk.exists(&candidate) {
        n += 1;
        candidate = aside.join(format!("{base}-{n}"));
    }
    Ok(candidate)
}

/// Moves `dir/name` into set-aside/, never over an existing file.
pub(crate) fn set_aside(
    disk: &dyn Disk,
    dir: &Path,
    name: &str,
    why: &str,
    now: Timestamp,
) -> Result<PathBuf, StoreError> {
    let to = fresh_aside_path(disk, dir, name, why, now)?;
    let from = dir.join(name);
    disk.rename(&from, &to)
        .and_then(|_| disk.sync_dir(dir))
        .and_then(|_| disk.sync_dir(&dir.join(SET_ASIDE_DIR)))
        .map_err(|e| StoreError::write(&from, &e))?;
    Ok(to)
}
