//! A simulated disk for tests and benchmarks: it can fail with a chosen error (ENOSPC,
//! EIO, ...) and crash at any numbered operation, after which [`SimDisk::crash_image`]
//! gives what a power cut would leave: unsynced data dropped, torn or garbled, and
//! creations and renames lost unless their folder was synced (folders too: a new folder
//! survives only once the folder that holds it was synced). Several stores on one
//! `SimDisk` are several laptops' convenes on one shared folder.

// Test kits may panic: a failure there is a failed test, not a user losing a word.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use super::disk::{AppendFile, Disk};

/// What a crash does to data that was written but not yet synced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashMode {
    /// Unsynced data is gone.
    Drop,
    /// A random prefix of the unsynced data made it to the platter.
    Torn,
    /// The unsynced data is there, but some of its bytes are garbage.
    Garbled,
}

#[derive(Debug, Default, Clone)]
struct SimFile {
    data: Vec<u8>,
    synced: Vec<u8>,
}

#[derive(Debug, Default)]
struct State {
    files: HashMap<u64, SimFile>,
    next_id: u64,
    names: BTreeMap<PathBuf, u64>,
    durable_names: BTreeMap<PathBuf, u64>,
    dirs: BTreeSet<PathBuf>,
    /// Folders whose name is durable (their parent was synced since they were made).
    durable_dirs: BTreeSet<PathBuf>,
    ops: u64,
    crash_at: Option<u64>,
    crashed: bool,
    /// Fail writes with this error kind while set.
    failing: Option<io::ErrorKind>,
    /// Fail appends and fsyncs of open journals (not whole-file writes) while set: a disk
    /// where fdatasync fails but small new files still get written.
    failing_appends: Option<io::ErrorKind>,
    /// Total bytes the disk holds; writes past it fail with StorageFull.
    capacity: Option<usize>,
}

/// A disk in memory; clones share the same disk.
#[derive(Debug, Clone, Default)]
pub struct SimDisk(Arc<Mutex<State>>);

impl SimDisk {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock has failed already.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The operation with this number (1-based) fails and the disk is dead after it.
    pub fn crash_at(&self, op: u64) {
        self.state().crash_at = Some(op);
    }

    /// Mutating operations done so far.
    pub fn ops(&self) -> u64 {
        self.state().ops
    }

    pub fn has_crashed(&self) -> bool {
        self.state().crashed
    }

    /// Every write fails with `kind` until called again with None.
    pub fn fail_writes(&self, kind: Option<io::ErrorKind>) {
        self.state().failing = kind;
    }

    /// Fails appends to and fsyncs of open files (journals) with `kind` until None.
    pub fn fail_appends(&self, kind: Option<io::ErrorKind>) {
        self.state().failing_appends = kind;
    }

    /// Appends bytes to a file behind the store's back (another writer).
    pub fn append_behind(&self, path: &Path, bytes: &[u8]) {
        let mut s = self.state();
        if let Some(id) = s.names.get(path).copied()
            && let Some(f) = s.files.get_mut(&id)
        {
            f.data.extend_from_slice(bytes);
            f.synced = f.data.clone();
        }
    }

    /// Limits the disk to `bytes` in all; None lifts the limit.
    pub fn set_capacity(&self, bytes: Option<usize>) {
        self.state().capacity = bytes;
    }

    /// Bytes of the file as the store would read them now.
    pub fn contents(&self, path: &Path) -> Option<Vec<u8>> {
        let s = self.state();
        s.names.get(path).map(|id| s.files[id].data.clone())
    }

    /// Replaces a file's bytes as if another program (or a bad sector) changed them.
    pub fn overwrite(&self, path: &Path, bytes: &[u8]) {
        let mut s = self.state();
        let id = match s.names.get(path) {
            Some(id) => *id,
            None => {
                let id = s.next_id;
                s.next_id += 1;
                s.names.insert(path.to_path_buf(), id);
                s.durable_names.insert(path.to_path_buf(), id);
                id
            }
        };
        s.files.insert(id, SimFile { data: bytes.to_vec(), synced: bytes.to_vec() });
    }

    /// Names of files in a folder, as they are now.
    pub fn names_in(&self, dir: &Path) -> Vec<String> {
        self.list(dir).unwrap_or_default()
    }

    /// What a power cut at this moment leaves on the disk.
    pub fn crash_image(&self, mode: CrashMode, seed: u64) -> SimDisk {
        let s = self.state();
        let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut files = HashMap::new();
        for (id, f) in &s.files {
            let survived = if f.data.starts_with(&f.synced) {
                let tail = &f.data[f.synced.len()..];
                let mut out = f.synced.clone();
                match mode {
                    CrashMode::Drop => {}
                    CrashMode::Torn if !tail.is_empty() => {
                        let keep = (next() as usize) % (tail.len() + 1);
                        out.extend_from_slice(&tail[..keep]);
                    }
                    CrashMode::Torn => {}
                    CrashMode::Garbled => {
                        let mut t = tail.to_vec();
                        for _ in 0..(t.len() / 16 + 1).min(t.len()) {
                            let i = (next() as usize) % t.len();
                            t[i] = next() as u8;
                        }
                        out.extend_from_slice(&t);
                    }
                }
                out
            } else if mode == CrashMode::Drop {
                f.synced.clone()
            } else {
                f.data.clone()
            };
            files.insert(*id, SimFile { data: survived.clone(), synced: survived });
        }
        // A folder survives when its name and every folder above it are durable.
        let root = |p: &Path| p.parent().is_none();
        let dirs: BTreeSet<PathBuf> = s
            .dirs
            .iter()
            .filter(|d| d.ancestors().all(|a| root(a) || s.durable_dirs.contains(a)))
            .cloned()
            .collect();
        let names: BTreeMap<PathBuf, u64> = s
            .durable_names
            .iter()
            .filter(|(p, _)| p.parent().is_some_and(|d| dirs.contains(d)))
            .map(|(p, id)| (p.clone(), *id))
            .collect();
        let state = State {
            files,
            next_id: s.next_id,
            names: names.clone(),
            durable_names: names,
            durable_dirs: dirs.clone(),
            dirs,
            ..State::default()
        };
        SimDisk(Arc::new(Mutex::new(state)))
    }
}

fn dead() -> io::Error {
    io::Error::other("simulated crash: the disk is gone")
}

impl State {
    /// Counts a mutating operation; fails it if the crash is due or writes are failing.
    fn op(&mut self) -> io::Result<()> {
        if self.crashed {
            return Err(dead());
        }
        self.ops += 1;
        if self.crash_at == Some(self.ops) {
            self.crashed = true;
            return Err(dead());
        }
        if let Some(kind) = self.failing {
            return Err(io::Error::from(kind));
        }
        Ok(())
    }

    fn used(&self) -> usize {
        self.files.values().map(|f| f.data.len()).sum()
    }

    /// Appends what fits; a full disk takes part of a write and then fails, like ENOSPC.
    fn append_to(&mut self, id: u64, bytes: &[u8]) -> io::Result<()> {
        let room = self.capacity.map_or(usize::MAX, |c| c.saturating_sub(self.used()));
        let fits = bytes.len().min(room);
        let file = self.files.entry(id).or_default();
        file.data.extend_from_slice(&bytes[..fits]);
        if fits < bytes.len() {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        Ok(())
    }

    fn create(&mut self, path: &Path) -> io::Result<u64> {
        let parent = path.parent().unwrap_or(Path::new("/"));
        if !self.dirs.contains(parent) {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        if let Some(id) = self.names.get(path) {
            return Ok(*id);
        }
        let id = self.next_id;
        self.next_id += 1;
        self.files.insert(id, SimFile::default());
        self.names.insert(path.to_path_buf(), id);
        Ok(id)
    }
}

impl Disk for SimDisk {
    fn create_dir(&self, path: &Path) -> io::Result<()> {
        let mut s = self.state();
        if s.crashed {
            return Err(dead());
        }
        for dir in path.ancestors() {
            s.dirs.insert(dir.to_path_buf());
        }
        Ok(())
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let s = self.state();
        if s.crashed {
            return Err(dead());
        }
        match s.names.get(path) {
            Some(id) => Ok(s.files[id].data.clone()),
            None => Err(io::Error::from(io::ErrorKind::NotFound)),
        }
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let s = self.state();
        if !s.dirs.contains(dir) {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        let mut names: Vec<String> = s
            .names
            .keys()
            .filter(|p| p.parent() == Some(dir))
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        names.extend(
            s.dirs
                .iter()
                .filter(|p| p.parent() == Some(dir))
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())),
        );
        names.sort();
        Ok(names)
    }

    fn exists(&self, path: &Path) -> bool {
        let s = self.state();
        s.names.contains_key(path) || s.dirs.contains(path)
    }

    fn open_append(&self, path: &Path) -> io::Result<Box<dyn AppendFile>> {
        let id = {
            let mut s = self.state();
            s.op()?;
            s.create(path)?
        };
        Ok(Box::new(SimAppend { disk: self.clone(), id }))
    }

    fn write_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut s = self.state();
        s.op()?;
        let id = s.create(path)?;
        if let Some(f) = s.files.get_mut(&id) {
            f.data.clear();
        }
        s.append_to(id, bytes)?;
        s.op()?;
        if let Some(f) = s.files.get_mut(&id) {
            f.synced = f.data.clone();
        }
        Ok(())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut s = self.state();
        s.op()?;
        let id = s.names.remove(from).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        s.names.insert(to.to_path_buf(), id);
        Ok(())
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        let mut s = self.state();
        s.op()?;
        let in_dir = |p: &PathBuf| p.parent() == Some(dir);
        let current: Vec<(PathBuf, u64)> =
            s.names.iter().filter(|(p, _)| in_dir(p)).map(|(p, id)| (p.clone(), *id)).collect();
        s.durable_names.retain(|p, _| !in_dir(p));
        s.durable_names.extend(current);
        let folders: Vec<PathBuf> = s.dirs.iter().filter(|p| in_dir(p)).cloned().collect();
        s.durable_dirs.extend(folders);
        Ok(())
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        let mut s = self.state();
        s.op()?;
        s.names.remove(path).map(|_| ()).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }
}

#[derive(Debug)]
struct SimAppend {
    disk: SimDisk,
    id: u64,
}

impl AppendFile for SimAppend {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut s = self.disk.state();
        s.op()?;
        if let Some(kind) = s.failing_appends {
            return Err(io::Error::from(kind));
        }
        s.append_to(self.id, bytes)
    }

    fn is_still(&self, path: &Path, len: u64) -> io::Result<bool> {
        let s = self.disk.state();
        if s.crashed {
            return Err(dead());
        }
        let same = s.names.get(path) == Some(&self.id);
        Ok(same && s.files.get(&self.id).is_some_and(|f| f.data.len() as u64 == len))
    }

    fn sync(&mut self) -> io::Result<()> {
        let mut s = self.disk.state();
        s.op()?;
        if let Some(kind) = s.failing_appends {
            return Err(io::Error::from(kind));
        }
        if let Some(f) = s.files.get_mut(&self.id) {
            f.synced = f.data.clone();
        }
        Ok(())
    }

    fn truncate(&mut self, len: u64) -> io::Result<()> {
        let mut s = self.disk.state();
        s.op()?;
        if let Some(f) = s.files.get_mut(&self.id) {
            f.data.truncate(len as usize);
            f.synced.truncate(len as usize);
        }
        Ok(())
    }
}
