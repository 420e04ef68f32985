//! What the screen benches share: a real session on disk whose running item holds `n`
//! notes, and a key press.

use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use convene::runtime::Input;
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{EntryKind, Event};
use convene::store::SessionStore;
use convene::store::disk::{Disk, OsDisk};
use convene::store::journal;

/// 09:00 in Dushanbe on the roundtable's first day.
pub fn nine() -> Timestamp {
    "2009-04-28T04:00:00Z".parse().unwrap()
}

/// A journal of a session whose running item holds `n` notes, `every` seconds apart,
/// opened for real.
pub fn store_with(dir: &Path, n: usize, every: i64) -> (Scribe, SessionStore) {
    store_of(dir, n, every, EntryKind::DiscussionPoint)
}

/// [`store_with`], the notes of `kind` (recommendations, for the consolidation view).
#[allow(dead_code)]
pub fn store_of(dir: &Path, n: usize, every: i64, kind: EntryKind) -> (Scribe, SessionStore) {
    std::fs::create_dir_all(dir).unwrap();
    let mut s = Scribe::new("dev", nine());
    let mut lines = journal::encode(&s.start(&roundtable())).unwrap();
    lines.push_str(
        &journal::encode(&s.record(Event::ItemStarted { item: "d1-plenary-questions".into() })).unwrap(),
    );
    for i in 0..n {
        s.advance(every);
        let (_, r) = s.capture(
            kind,
            &format!("Участник {i}: доверие между полицией и обществом"),
            Some("d1-plenary-questions"),
        );
        lines.push_str(&journal::encode(&r).unwrap());
    }
    std::fs::write(dir.join(journal::file_name("dev")), lines).unwrap();
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let (store, _) = SessionStore::open(disk, dir, "dev", nine(), None).unwrap();
    (s, store)
}

pub fn press(code: KeyCode) -> Input {
    Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
}
