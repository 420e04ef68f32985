//! Where an entry or an item sits in the session's lists, by id: the lookups the fold does
//! for every record. A linear search there made replaying n records cost n² (54 s at
//! 100,000 entries); with this index a replay is linear.
//!
//! The index is derived data, never saved: it is rebuilt when a session is read from
//! minutes.json and kept in step by the fold, the only place that adds entries. Every hit
//! is checked against the list itself, so a stale index can cost time, never a wrong answer.

// foldhash rather than SipHash: the running item is looked up several times a second.
use foldhash::{HashMap, HashSet};
use std::sync::Arc;

use uuid::Uuid;

use super::state::{Entry, ItemRun};

/// Shared (Arc) so that copying a state for a snapshot does not copy its index; the fold
/// copies a map only when it changes one still shared.
#[derive(Debug, Clone, Default)]
pub struct Index {
    entries: Arc<HashMap<Uuid, usize>>,
    items: Arc<HashMap<String, usize>>,
    /// The item ids, sections and device names entries carry, one copy each: 100,000
    /// entries name a few dozen of them.
    names: Arc<HashSet<Arc<str>>>,
    /// Counts the records folded by this process, so views derived from the state know
    /// when to derive again.
    revision: u64,
}

/// Two sessions are equal by their data; the index only says where that data is.
impl PartialEq for Index {
    fn eq(&self, _: &Index) -> bool {
        true
    }
}

impl Index {
    /// Whether this index covers exactly these lists.
    pub fn covers(&self, entries: &[Arc<Entry>], items: &[ItemRun]) -> bool {
        self.entries.len() == entries.len() && self.items.len() == items.len()
    }

    /// The index of these lists; the entries' names are made to share one copy each.
    pub fn rebuild(entries: &mut [Arc<Entry>], items: &[ItemRun]) -> Index {
        let mut index = Index {
            entries: Arc::new(entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect()),
            items: Arc::new(items.iter().enumerate().map(|(i, r)| (r.item.clone(), i)).collect()),
            names: Arc::default(),
            revision: 0,
        };
        for entry in entries.iter_mut() {
            let shared = |index: &mut Index, name: &Option<Arc<str>>| name.as_deref().map(|n| index.name(n));
            let (item, section) = (shared(&mut index, &entry.item), shared(&mut index, &entry.section));
            let device = index.name(&entry.device);
            // Read from a file, each entry is its own: no copy is made here.
            let e = Arc::make_mut(entry);
            (e.item, e.section, e.device) = (item, section, device);
        }
        index
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }

    pub fn changed(&mut self) {
        self.revision += 1;
    }

    /// The one shared copy of `name`.
    pub fn name(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.names.get(name) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(name);
        Arc::make_mut(&mut self.names).insert(shared.clone());
        shared
    }

    /// Records that the entry `id` was inserted at `at`, before the entries `shifted`
    /// (each now one place further).
    pub fn inserted_entry(&mut self, id: Uuid, at: usize, shifted: impl Iterator<Item = Uuid>) {
        let entries = Arc::make_mut(&mut self.entries);
        for (i, moved) in shifted.enumerate() {
            entries.insert(moved, at + 1 + i);
        }
        entries.insert(id, at);
    }

    pub fn entry(&self, entries: &[Arc<Entry>], id: Uuid) -> Option<usize> {
        match self.entries.get(&id) {
            Some(&i) if entries.get(i).is_some_and(|e| e.id == id) => Some(i),
            // Complete and consistent: the entry is not there.
            None if self.entries.len() == entries.len() => None,
            _ => entries.iter().position(|e| e.id == id),
        }
    }

    pub fn item(&self, items: &[ItemRun], id: &str) -> Option<usize> {
        match self.items.get(id) {
            Some(&i) if items.get(i).is_some_and(|r| r.item == id) => Some(i),
            None if self.items.len() == items.len() => None,
            _ => items.iter().position(|r| r.item == id),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use crate::session::testkit::{Scribe, roundtable};
    use crate::session::{EntryKind, Session};

    #[test]
    fn a_session_read_back_finds_its_entries_before_and_after_reindexing() {
        let mut s = Scribe::new("dev", jiff::Timestamp::UNIX_EPOCH);
        let mut session = Session::start(&s.start(&roundtable())).unwrap();
        let mut ids = Vec::new();
        for i in 0..50 {
            let (id, r) = s.capture(EntryKind::DiscussionPoint, &format!("point {i}"), Some("d1-opening"));
            session.apply(&r);
            ids.push(id);
        }
        let json = serde_json::to_string(&session).unwrap();
        let mut back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back.entry_index(ids[17]), Some(17), "found without an index");
        assert_eq!(back.item_index("d1-opening"), session.item_index("d1-opening"));
        let (late, r) = s.capture(EntryKind::DiscussionPoint, "late", None);
        back.apply(&r);
        assert_eq!(back.entry_index(late), Some(50));
        assert_eq!(back.entry_index(ids[49]), Some(49));
        assert_eq!(back.entry_index(uuid::Uuid::nil()), None);
        assert_eq!(back, session.clone_with(&r));
    }

    impl Session {
        fn clone_with(&self, r: &crate::session::Record) -> Session {
            let mut s = self.clone();
            s.apply(r);
            s
        }
    }
}
