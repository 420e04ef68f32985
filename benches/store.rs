//! The session record's costs: saving one entry (append + fsync) at 10 and at 10,000
//! entries, opening and resuming a 10,000-entry session, and writing its minutes JSON.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::SignedDuration;

use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal, snapshot};

/// A session folder whose journal holds a start and `entries` captured entries, written in
/// one go (10,000 fsyncs would only slow the setup down).
fn session_with(root: &Path, entries: usize, with_snapshot: bool) -> PathBuf {
    let dir = root.join(format!("s{entries}-{with_snapshot}"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut scribe = Scribe::new("dev", roundtable_morning());
    let mut lines = journal::encode(&scribe.start(&roundtable())).unwrap();
    for i in 0..entries {
        scribe.advance(7);
        let (_, record) = scribe.capture(
            EntryKind::DiscussionPoint,
            &format!("Участник отметил, что доверие между полицией и обществом — пункт {i}"),
            Some("d1-plenary-questions"),
        );
        lines.push_str(&journal::encode(&record).unwrap());
    }
    std::fs::write(dir.join(journal::file_name("dev")), lines).unwrap();
    if with_snapshot {
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, &dir, "dev", roundtable_morning(), None).unwrap();
        store.write_snapshot().unwrap();
    }
    dir
}

fn capture(n: u64) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::from_u64_pair(7, n),
        kind: EntryKind::RecommendationParticipants,
        text: "Seminars that include prosecutors and educators".into(),
        attribution: Attribution { stakeholder: Some("NGO".into()), ..Attribution::default() },
        item: Some("d2-conclusions".into()),
        group: None,
        attached_to: None,
    }
}

fn bench_root() -> tempfile::TempDir {
    // Under target/ so fsync hits the same disk as the project, not a tmpfs.
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    tempfile::tempdir_in(base).unwrap()
}

fn append(c: &mut Criterion) {
    let root = bench_root();
    let mut group = c.benchmark_group("save one entry (append + fsync)");
    for entries in [10usize, 10_000] {
        let dir = session_with(root.path(), entries, true);
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, &dir, "dev", roundtable_morning(), None).unwrap();
        let mut n = 0u64;
        let mut at = roundtable_morning();
        group.bench_function(format!("at {entries} entries"), |b| {
            b.iter(|| {
                n += 1;
                at = at.checked_add(SignedDuration::from_millis(10)).unwrap();
                black_box(store.record(capture(n), at).unwrap())
            })
        });
    }
    group.finish();
}

fn open_and_minutes(c: &mut Criterion) {
    let root = bench_root();
    let with_snapshot = session_with(root.path(), 10_000, true);
    let journal_only = session_with(root.path(), 10_000, false);
    let mut group = c.benchmark_group("10,000-entry session");
    group.sample_size(20);
    group.bench_function("open and resume (snapshot + journal)", |b| {
        b.iter(|| {
            let disk: Arc<dyn Disk> = Arc::new(OsDisk);
            black_box(SessionStore::open(disk, &with_snapshot, "dev", roundtable_morning(), None).unwrap())
        })
    });
    group.bench_function("open and resume (journal only)", |b| {
        b.iter(|| {
            let disk: Arc<dyn Disk> = Arc::new(OsDisk);
            black_box(SessionStore::open(disk, &journal_only, "dev", roundtable_morning(), None).unwrap())
        })
    });
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let (store, _) = SessionStore::open(disk, &with_snapshot, "dev", roundtable_morning(), None).unwrap();
    group
        .bench_function("minutes JSON", |b| b.iter(|| black_box(snapshot::encode(store.session()).unwrap())));
    group.finish();
}

criterion_group!(benches, append, open_and_minutes);
criterion_main!(benches);
