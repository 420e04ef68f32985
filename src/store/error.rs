//! Store errors: each names the path and says what the user can do about it. None of them
//! contains captured text.

use std::io;
use std::path::PathBuf;

use super::lock::Holder;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("NOT SAVED: cannot write {path}: {}. {}", describe(*kind), advice(*kind))]
    Write { path: PathBuf, kind: io::ErrorKind },
    #[error("cannot read {path}: {}. {}", describe(*kind), advice(*kind))]
    Read { path: PathBuf, kind: io::ErrorKind },
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
    #[error("could not encode a record: {0}")]
    Encode(String),
    #[error("{dir} holds 999 files of this kind already; export with `convene export -o FILE`")]
    Crowded { dir: PathBuf },
}

impl StoreError {
    pub fn write(path: impl Into<PathBuf>, err: &io::Error) -> Self {
        StoreError::Write { path: path.into(), kind: err.kind() }
    }

    pub fn read(path: impl Into<PathBuf>, err: &io::Error) -> Self {
        StoreError::Read { path: path.into(), kind: err.kind() }
    }
}

fn describe(kind: io::ErrorKind) -> String {
    match kind {
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "the folder is missing".into(),
        other => format!("the disk reported an error ({other})"),
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
