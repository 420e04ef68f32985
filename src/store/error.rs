//! Store errors: each names the path and says what the user can do about it. None of them
//! contains captured text.

use std::io;
use std::path::PathBuf;

use super::lock::Holder;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// While the session runs: the record stays in memory and saving is retried.
    #[error("NOT SAVED: cannot write {path}: {}. {}", describe(*kind, *os, path), advice(*kind))]
    Write { path: PathBuf, kind: io::ErrorKind, os: Option<i32> },
    #[error("cannot read {path}: {}. {}", describe(*kind, *os, path), advice_before_start(*kind))]
    Read { path: PathBuf, kind: io::ErrorKind, os: Option<i32> },
    /// Before the session could be opened: nothing was recorded, the program stops.
    #[error("cannot open the session: cannot write {path}: {}. Nothing was recorded and nothing is lost. {}", describe(*kind, *os, path), advice_before_start(*kind))]
    NotStarted { path: PathBuf, kind: io::ErrorKind, os: Option<i32> },
    #[error(
        "the session {dir} is already open in another convene ({}). Close that one first, or open this session read-only with `convene verify` or `convene minutes`",
        holder.as_ref().map_or_else(|| "which one could not be read".to_string(), |h| format!("pid {} on {}, since {}", h.pid, h.host, h.since))
    )]
    Locked { dir: PathBuf, holder: Option<Holder> },
    #[error(
        "{path} was written by a newer convene (minutes format {found}; this one reads up to {supported}). Update convene to open this session; nothing was changed"
    )]
    Newer { path: PathBuf, found: u32, supported: u32 },
    #[error(
        "{dir} holds no session record (no journal with a session start). Check the path; `convene sessions` lists the sessions"
    )]
    NoSession { dir: PathBuf },
    #[error(
        "NOT SAVED: another program wrote to {path} (a second convene on this session, a sync tool, or a copy of this laptop's disk on another machine). Saving stopped so the two histories do not mix; your notes are kept. Quit with Ctrl-C: convene writes them to a rescue file and says where"
    )]
    ForeignWriter { path: PathBuf },
    #[error(
        "this laptop's device id ({device}) last wrote this session on {other_host}: the data folder was probably copied from that machine, and two machines with one id would write one journal. Nothing was changed. Delete the file device-id in this laptop's data folder (convene makes a new id) and open the session again; if this laptop was only renamed, delete {lock} instead"
    )]
    ClonedDevice { device: String, other_host: String, lock: PathBuf },
    #[error("could not encode a record: {0}")]
    Encode(String),
    #[error("{dir} holds 999 files of this kind already; export with `convene export -o FILE`")]
    Crowded { dir: PathBuf },
    #[error("{dir} is only followed here (`convene follow`): changes are made in `convene run`")]
    ReadOnly { dir: PathBuf },
}

impl StoreError {
    pub fn write(path: impl Into<PathBuf>, err: &io::Error) -> Self {
        StoreError::Write { path: path.into(), kind: err.kind(), os: err.raw_os_error() }
    }

    pub fn read(path: impl Into<PathBuf>, err: &io::Error) -> Self {
        StoreError::Read { path: path.into(), kind: err.kind(), os: err.raw_os_error() }
    }

    /// The same failure, met while opening a session: the program stops, so there is no
    /// memory to keep things in and no retry to promise.
    pub fn at_start(self) -> Self {
        match self {
            StoreError::Write { path, kind, os } => StoreError::NotStarted { path, kind, os },
            other => other,
        }
    }
}

/// What went wrong, in words: the error kind first, then the OS error for the kinds std
/// leaves uncategorised (EIO shows as "uncategorized error" otherwise).
fn describe(kind: io::ErrorKind, os: Option<i32>, path: &std::path::Path) -> String {
    const EIO: i32 = 5;
    const ENOTDIR: i32 = 20;
    const EEXIST: i32 = 17;
    match (kind, os) {
        (_, Some(EIO)) => {
            "the disk reported an input/output error (the disk or USB stick may be failing)".into()
        }
        (io::ErrorKind::NotADirectory, _) | (_, Some(ENOTDIR)) => {
            "a part of that path is a file where a folder should be".into()
        }
        (io::ErrorKind::AlreadyExists, _) | (_, Some(EEXIST)) => {
            format!("{} is a file where a folder should be", path.display())
        }
        _ => describe_kind(kind),
    }
}

fn describe_kind(kind: io::ErrorKind) -> String {
    match kind {
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "the folder is missing".into(),
        other => format!("the disk reported an error ({other})"),
    }
}

/// For failures before a session is open (or while only reading): nothing is in memory.
fn advice_before_start(kind: io::ErrorKind) -> &'static str {
    match kind {
        io::ErrorKind::StorageFull => "Free some space on that disk, then start convene again",
        io::ErrorKind::ReadOnlyFilesystem => {
            "The disk is mounted read-only (a failing disk often is): start convene with --data-dir on another disk or a USB stick, and copy the sessions folder there"
        }
        io::ErrorKind::PermissionDenied => {
            "Check the folder's owner and permissions, or start convene with --data-dir pointing to a folder you own"
        }
        io::ErrorKind::NotFound => "Check that the disk or USB stick is plugged in and the path is right",
        io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory => {
            "Move that file out of the way, or start convene with --data-dir pointing to a folder"
        }
        _ => {
            "Start convene with --data-dir on another disk or a USB stick; copy the sessions folder there if you can"
        }
    }
}

fn advice(kind: io::ErrorKind) -> &'static str {
    match kind {
        io::ErrorKind::StorageFull => {
            "Free some space on that disk; everything is kept in memory and saving retries"
        }
        io::ErrorKind::ReadOnlyFilesystem => {
            "A failing disk is often remounted read-only: copy the session folder to another disk or USB stick; everything is kept in memory"
        }
        io::ErrorKind::PermissionDenied => {
            "Check the folder's owner and permissions, or start convene with --data-dir pointing to a folder you own"
        }
        io::ErrorKind::NotFound => "Was the disk or USB stick removed? Plug it back in; saving retries",
        _ => "Copy the session folder to a safe place now; everything is kept in memory and saving retries",
    }
}
