//! The entry being typed, checkpointed at most every 2 seconds while it changes, so a
//! kill -9 loses at most the last 2 seconds of typing.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::disk::Disk;
use super::error::StoreError;
use super::snapshot::write_atomic;
use crate::i18n::Lang;

/// How often a changing draft is written.
pub const CHECKPOINT_EVERY: SignedDuration = SignedDuration::from_secs(2);

pub fn file_name(device: &str) -> String {
    format!("draft-{device}.json")
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The sequence number the next note captured on this device would take when this
    /// draft was written. A capture at or after it in the journal is this draft committed
    /// (Enter clears the editor), so a kill -9 between Enter and the next checkpoint must
    /// not bring the note back to be saved twice. Absent in drafts of older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_seq: Option<u64>,
}

impl Draft {
    /// Whether the journal, whose last capture of this device has `last_capture_seq`,
    /// already holds this draft as a note.
    pub fn committed(&self, last_capture_seq: u64) -> bool {
        self.before_seq.is_some_and(|before| last_capture_seq >= before)
    }
}

/// Decides when a draft is due to be written, given the time now.
#[derive(Debug, Clone, Default)]
pub struct Checkpointer {
    saved: Option<Draft>,
    saved_at: Option<Timestamp>,
}

impl Checkpointer {
    /// Starts from the draft that is on disk.
    pub fn from_saved(draft: Option<Draft>) -> Self {
        Checkpointer { saved: draft, saved_at: None }
    }

    /// Whether `draft` differs from what is on disk and the last write is 2 s old.
    pub fn due(&self, draft: &Draft, now: Timestamp) -> bool {
        self.saved.as_ref() != Some(draft)
            && self.saved_at.is_none_or(|at| now.duration_since(at) >= CHECKPOINT_EVERY)
    }

    /// When a changed draft will next be due (for the caller's timer).
    pub fn next_due(&self, draft: &Draft, now: Timestamp) -> Option<Timestamp> {
        if self.saved.as_ref() == Some(draft) {
            return None;
        }
        Some(self.saved_at.and_then(|at| at.checked_add(CHECKPOINT_EVERY).ok()).unwrap_or(now).max(now))
    }

    /// Writes the draft now (on quit, on a signal, or when due).
    pub fn save(
        &mut self,
        disk: &dyn Disk,
        dir: &Path,
        device: &str,
        draft: &Draft,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(draft).map_err(|e| StoreError::Encode(e.to_string()))?;
        let name = file_name(device);
        write_atomic(disk, dir, &name, &bytes).map_err(|e| StoreError::write(dir.join(&name), &e))?;
        self.saved = Some(draft.clone());
        self.saved_at = Some(now);
        Ok(())
    }
}

/// What became of the draft left by the last run of this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// There was none (or it was empty).
    None,
    Draft(Draft),
    /// It could not be read: moved into set-aside/ (never overwritten), and why.
    SetAside {
        to: std::path::PathBuf,
        why: String,
    },
    /// It could neither be read nor moved: checkpoints must not replace it.
    Stuck {
        why: String,
    },
}

/// The draft left by the last run of this device. A file that does not read as a draft is
/// set aside like any other unreadable file, never overwritten by the next checkpoint. Why
/// it could not be read is said in `lang` (the operator's screen shows it).
pub fn load(disk: &dyn Disk, dir: &Path, device: &str, now: Timestamp, lang: Lang) -> Loaded {
    let name = file_name(device);
    let bytes = match disk.read(&dir.join(&name)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::None,
        Err(e) => return Loaded::Stuck { why: StoreError::read(dir.join(&name), &e).message(lang) },
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Loaded::None;
    }
    match serde_json::from_slice::<Draft>(&bytes) {
        Ok(draft) => Loaded::Draft(draft),
        Err(_) => {
            let why = crate::t!(lang, "msg-draft-damaged");
            match super::recovery::set_aside(disk, dir, &name, "unreadable", now) {
                Ok(to) => Loaded::SetAside { to, why },
                Err(e) => Loaded::Stuck {
                    why: crate::t!(lang, "msg-draft-not-moved", why = why, error = e.message(lang)),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sim::SimDisk;

    #[test]
    fn checkpoints_at_most_every_two_seconds_while_text_changes() {
        let disk = SimDisk::new();
        let dir = Path::new("/s");
        disk.create_dir(dir).unwrap();
        let t0: Timestamp = "2026-01-01T10:00:00Z".parse().unwrap();
        let at = |ms: i64| t0.checked_add(SignedDuration::from_millis(ms)).unwrap();
        let mut cp = Checkpointer::from_saved(None);
        let draft = |t: &str| Draft { text: t.into(), item: None, before_seq: None };
        assert!(cp.due(&draft("Р"), t0));
        cp.save(&disk, dir, "d", &draft("Р"), t0).unwrap();
        assert!(!cp.due(&draft("Ре"), at(500)));
        assert_eq!(cp.next_due(&draft("Ре"), at(500)), Some(at(2000)));
        assert!(cp.due(&draft("Ре"), at(2000)));
        assert!(!cp.due(&draft("Р"), at(5000)), "unchanged text is not written again");
        assert_eq!(cp.next_due(&draft("Р"), at(5000)), None);
        assert_eq!(load(&disk, dir, "d", at(5000), Lang::En), Loaded::Draft(draft("Р")));
    }

    #[test]
    fn a_damaged_draft_is_set_aside_not_overwritten() {
        let disk = SimDisk::new();
        let dir = Path::new("/s");
        disk.create_dir(dir).unwrap();
        let t0: Timestamp = "2026-01-01T10:00:00Z".parse().unwrap();
        let damaged = b"{\"text\": \"\xd0\x9f\xd0\xbe\xd0\xbb\xd0\xb8 half a no";
        disk.overwrite(&dir.join("draft-d.json"), damaged);
        let Loaded::SetAside { to, .. } = load(&disk, dir, "d", t0, Lang::En) else {
            panic!("not set aside")
        };
        assert!(to.starts_with("/s/set-aside"), "{}", to.display());
        assert_eq!(disk.contents(&to).unwrap(), damaged, "kept byte for byte");
        assert!(disk.contents(&dir.join("draft-d.json")).is_none());
        assert_eq!(load(&disk, dir, "d", t0, Lang::En), Loaded::None);
    }
}
