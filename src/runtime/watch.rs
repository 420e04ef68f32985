//! The session folder as one more input of the loop: the OS tells (inotify on Linux,
//! through `notify`) when a file in it changes, and a change to another device's journal
//! rings the loop's bell. No polling: the watcher's thread sleeps in the kernel until a
//! file changes, so a quiet folder costs nothing.
//!
//! The folder is watched, not the files: a sync tool replaces a file by renaming a new one
//! over it, which a watch on the old file would never see. This device's own writes (its
//! journal, its draft, minutes.json) are not reported: they would wake the loop at every
//! key.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::{RecursiveMode, Watcher};

use crate::store::journal;

/// A watch on a session folder, for as long as it is kept.
pub struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
}

impl FolderWatch {
    /// Watches `dir` for changes to journals other than `own`'s (every journal when
    /// following); each rings `bell` after raising the flag [`FolderWatch::take`] reads.
    pub fn start(dir: &Path, own: Option<&str>, bell: UnixStream) -> notify::Result<FolderWatch> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let own = own.map(|device| (journal::file_name(device), super::wording::file_name(device)));
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if relevant(&event, own.as_ref()) {
                flag.store(true, Ordering::SeqCst);
                // A full socket is a bell already ringing.
                let _ = (&bell).write(&[1]);
            }
        })?;
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
        Ok(FolderWatch { _watcher: watcher, changed })
    }

    /// Whether another device's file changed since the last call.
    pub fn take(&self) -> bool {
        self.changed.swap(false, Ordering::SeqCst)
    }
}

/// Whether `event` may have changed another device's journal: it was written, made,
/// renamed or removed. Opening or reading one is not a change (convene's own reads of the
/// journals would otherwise wake it again and again).
fn relevant(event: &notify::Result<notify::Event>, own: Option<&(String, String)>) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode};
    let Ok(event) = event else {
        // Whatever went wrong, a look at the folder says what is there now.
        return true;
    };
    if event.need_rescan() {
        return true;
    }
    let changes = match event.kind {
        EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Any
        | EventKind::Other => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
    };
    changes
        && event.paths.iter().any(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            // Other devices' journals, and the wording the clock's laptop types for the room.
            (journal::classify(&name).is_some() || super::wording::is_wording_file(&name))
                && !own.is_some_and(|(journal, wording)| *journal == *name || *wording == *name)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};

    fn event(kind: EventKind, name: &str) -> notify::Result<notify::Event> {
        Ok(notify::Event::new(kind).add_path(Path::new("/s").join(name)))
    }

    #[test]
    fn writes_renames_and_removals_of_other_journals_ring_reads_do_not() {
        let other = "journal-laptop-2.jsonl";
        let own = ("journal-laptop-1.jsonl".to_string(), "wording-laptop-1.json".to_string());
        let own = Some(&own);
        let rings = |kind, name| relevant(&event(kind, name), own);
        assert!(rings(EventKind::Modify(ModifyKind::Data(DataChange::Any)), other));
        assert!(rings(EventKind::Modify(ModifyKind::Name(RenameMode::To)), other));
        assert!(rings(EventKind::Create(CreateKind::File), other));
        assert!(rings(EventKind::Access(AccessKind::Close(AccessMode::Write)), other));
        // convene's own reads of the journals, and its own journal, do not.
        assert!(!rings(EventKind::Access(AccessKind::Open(AccessMode::Any)), other));
        assert!(!rings(EventKind::Access(AccessKind::Close(AccessMode::Read)), other));
        assert!(!rings(EventKind::Modify(ModifyKind::Data(DataChange::Any)), "journal-laptop-1.jsonl"));
        // Nor do the draft, minutes.json, or a sync tool's temporary file.
        for name in ["draft-laptop-2.json", "minutes.json", ".syncthing.journal-laptop-2.jsonl.tmp"] {
            assert!(!rings(EventKind::Modify(ModifyKind::Data(DataChange::Any)), name), "{name}");
        }
        // The wording the clock's laptop types for the room rings a projector's window;
        // this laptop's own, and a wording's temporary file, do not.
        assert!(rings(EventKind::Modify(ModifyKind::Name(RenameMode::To)), "wording-laptop-2.json"));
        assert!(!rings(EventKind::Modify(ModifyKind::Name(RenameMode::To)), "wording-laptop-1.json"));
        let temp = crate::store::snapshot::temp_name("wording-laptop-2.json");
        assert!(!rings(EventKind::Modify(ModifyKind::Data(DataChange::Any)), &temp), "{temp}");
        assert!(relevant(&Err(notify::Error::generic("queue overflow")), own));
    }
}
