//! Store errors: each names the path and says what the user can do about it. None of them
//! contains captured text.

use std::io;
use std::path::{Path, PathBuf};

use super::lock::Holder;
use crate::i18n::Lang;
use crate::t;

/// Its `Display` is the English [`StoreError::message`]: the command line and the log say
/// the same words as an English screen.
#[derive(Debug)]
pub enum StoreError {
    /// While the session runs: the record stays in memory and saving is retried.
    Write {
        path: PathBuf,
        kind: io::ErrorKind,
        os: Option<i32>,
    },
    Read {
        path: PathBuf,
        kind: io::ErrorKind,
        os: Option<i32>,
    },
    /// Before the session could be opened: nothing was recorded, the program stops.
    NotStarted {
        path: PathBuf,
        kind: io::ErrorKind,
        os: Option<i32>,
    },
    Locked {
        dir: PathBuf,
        holder: Option<Holder>,
    },
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    NoSession {
        dir: PathBuf,
    },
    ForeignWriter {
        path: PathBuf,
    },
    ClonedDevice {
        device: String,
        other_host: String,
        lock: PathBuf,
    },
    Encode(String),
    Crowded {
        dir: PathBuf,
    },
    ReadOnly {
        dir: PathBuf,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {}

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

impl StoreError {
    /// What went wrong and what to do about it, in `lang`: each names the path, none
    /// contains captured text.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            StoreError::Write { path, kind, os } => t!(
                lang,
                "msg-store-write",
                path = shown(path),
                what = describe_in(lang, *kind, *os, path),
                advice = advice_in(lang, *kind)
            ),
            StoreError::Read { path, kind, os } => t!(
                lang,
                "msg-store-read",
                path = shown(path),
                what = describe_in(lang, *kind, *os, path),
                advice = advice_before_start_in(lang, *kind)
            ),
            StoreError::NotStarted { path, kind, os } => t!(
                lang,
                "msg-store-not-started",
                path = shown(path),
                what = describe_in(lang, *kind, *os, path),
                advice = advice_before_start_in(lang, *kind)
            ),
            StoreError::Locked { dir, holder } => {
                let holder = match holder {
                    Some(h) => t!(
                        lang,
                        "msg-store-holder",
                        pid = h.pid.to_string(),
                        host = &h.host,
                        since = &h.since
                    ),
                    None => t!(lang, "msg-store-holder-unknown"),
                };
                t!(
                    lang,
                    "msg-store-locked",
                    dir = shown(dir),
                    holder = holder,
                    verify = "convene verify",
                    minutes = "convene minutes"
                )
            }
            StoreError::Newer { path, found, supported } => t!(
                lang,
                "msg-store-newer",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::NoSession { dir } => {
                t!(lang, "msg-store-no-session", dir = shown(dir), command = "convene sessions")
            }
            StoreError::ForeignWriter { path } => t!(lang, "msg-store-foreign-writer", path = shown(path)),
            StoreError::ClonedDevice { device, other_host, lock } => {
                t!(
                    lang,
                    "msg-store-cloned-device",
                    device = device,
                    host = other_host,
                    lock = shown(lock),
                    file = "device-id"
                )
            }
            StoreError::Encode(why) => t!(lang, "msg-store-encode", why = why),
            StoreError::Crowded { dir } => {
                t!(lang, "msg-store-crowded", dir = shown(dir), command = "convene export")
            }
            StoreError::ReadOnly { dir } => t!(
                lang,
                "msg-store-read-only",
                dir = shown(dir),
                follow = "convene follow",
                run = "convene run"
            ),
        }
    }
}

/// What went wrong, in words: the error kind first, then the OS error for the kinds std
/// leaves uncategorised (EIO shows as "uncategorized error" otherwise).
fn describe_in(lang: Lang, kind: io::ErrorKind, os: Option<i32>, path: &Path) -> String {
    const EIO: i32 = 5;
    const ENOTDIR: i32 = 20;
    const EEXIST: i32 = 17;
    match (kind, os) {
        (_, Some(EIO)) => t!(lang, "msg-io-eio"),
        (io::ErrorKind::NotADirectory, _) | (_, Some(ENOTDIR)) => t!(lang, "msg-io-not-a-folder"),
        (io::ErrorKind::AlreadyExists, _) | (_, Some(EEXIST)) => {
            t!(lang, "msg-io-file-in-the-way", path = path.display().to_string())
        }
        _ => match kind {
            io::ErrorKind::StorageFull => t!(lang, "msg-io-full"),
            io::ErrorKind::ReadOnlyFilesystem => t!(lang, "msg-io-read-only"),
            io::ErrorKind::PermissionDenied => t!(lang, "msg-io-permission"),
            io::ErrorKind::NotFound => t!(lang, "msg-io-missing"),
            // std's words for the kind in English; its name elsewhere (it has no others).
            other => t!(lang, "msg-io-other", kind = other.to_string(), code = format!("{other:?}")),
        },
    }
}

/// The option that points convene at another folder (the same in every language).
const DATA_DIR: &str = "--data-dir";

/// For failures before a session is open (or while only reading): nothing is in memory.
fn advice_before_start_in(lang: Lang, kind: io::ErrorKind) -> String {
    match kind {
        io::ErrorKind::StorageFull => t!(lang, "msg-advice-start-full", flag = DATA_DIR),
        io::ErrorKind::ReadOnlyFilesystem => t!(lang, "msg-advice-start-read-only", flag = DATA_DIR),
        io::ErrorKind::PermissionDenied => t!(lang, "msg-advice-permission", flag = DATA_DIR),
        io::ErrorKind::NotFound => t!(lang, "msg-advice-start-missing", flag = DATA_DIR),
        io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory => {
            t!(lang, "msg-advice-start-in-the-way", flag = DATA_DIR)
        }
        _ => t!(lang, "msg-advice-start-other", flag = DATA_DIR),
    }
}

/// For failures while the session runs: everything is in memory and saving retries.
fn advice_in(lang: Lang, kind: io::ErrorKind) -> String {
    match kind {
        io::ErrorKind::StorageFull => t!(lang, "msg-advice-full", flag = DATA_DIR),
        io::ErrorKind::ReadOnlyFilesystem => t!(lang, "msg-advice-read-only", flag = DATA_DIR),
        io::ErrorKind::PermissionDenied => t!(lang, "msg-advice-permission", flag = DATA_DIR),
        io::ErrorKind::NotFound => t!(lang, "msg-advice-missing", flag = DATA_DIR),
        _ => t!(lang, "msg-advice-other", flag = DATA_DIR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English words, pinned: the command line, the log and the tests read them.
    #[test]
    fn english_as_it_always_read() {
        let write = |kind, os| StoreError::Write { path: "/s/j".into(), kind, os };
        assert_eq!(
            write(io::ErrorKind::StorageFull, None).to_string(),
            "NOT SAVED: cannot write /s/j: the disk is full. Free some space on that disk; everything is kept in memory and saving retries"
        );
        assert_eq!(
            write(io::ErrorKind::Other, Some(5)).at_start().to_string(),
            "cannot open the session: cannot write /s/j: the disk reported an input/output error (the disk or USB stick may be failing). Nothing was recorded and nothing is lost. Start convene with --data-dir on another disk or a USB stick; copy the sessions folder there if you can"
        );
        assert_eq!(
            StoreError::Read { path: "/s/j".into(), kind: io::ErrorKind::AlreadyExists, os: None }
                .to_string(),
            "cannot read /s/j: /s/j is a file where a folder should be. Move that file out of the way, or start convene with --data-dir pointing to a folder"
        );
        assert_eq!(
            write(io::ErrorKind::TimedOut, None).to_string(),
            "NOT SAVED: cannot write /s/j: the disk reported an error (timed out). Copy the session folder to a safe place now; everything is kept in memory and saving retries"
        );
        let holder = Holder { pid: 4242, host: "laptop".into(), since: "2009-04-28T04:00:00Z".into() };
        assert_eq!(
            StoreError::Locked { dir: "/s".into(), holder: Some(holder) }.to_string(),
            "the session /s is already open in another convene (pid 4242 on laptop, since 2009-04-28T04:00:00Z). Close that one first, or open this session read-only with `convene verify` or `convene minutes`"
        );
        assert_eq!(
            StoreError::Newer { path: "/s/minutes.json".into(), found: 9, supported: 3 }.to_string(),
            "/s/minutes.json was written by a newer convene (minutes format 9; this one reads up to 3). Update convene to open this session; nothing was changed"
        );
    }

    #[test]
    fn russian_on_screen() {
        let e = StoreError::Write { path: "/s/j".into(), kind: io::ErrorKind::StorageFull, os: None };
        assert_eq!(
            e.message(Lang::Ru),
            "НЕ СОХРАНЕНО: не удаётся записать /s/j: диск заполнен. Освободите место на этом диске; всё хранится в памяти, сохранение повторяется"
        );
        let e = StoreError::Write { path: "/s/j".into(), kind: io::ErrorKind::TimedOut, os: None };
        assert!(e.message(Lang::Ru).contains("диск сообщил об ошибке (TimedOut)"), "{}", e.message(Lang::Ru));
    }
}
