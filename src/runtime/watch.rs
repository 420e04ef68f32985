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
        let own = own.map(journal::file_name);
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let relevant = match &event {
                Ok(event) => {
                    event.need_rescan()
                        || event.paths.iter().any(|p| {
                            let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
                            journal::classify(&name).is_some() && own.as_deref() != Some(&*name)
                        })
                }
                // Whatever went wrong, a look at the folder says what is there now.
                Err(_) => true,
            };
            if relevant {
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
