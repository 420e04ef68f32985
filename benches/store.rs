//! The session record's costs as a session grows, at 1k, 10k and 100k entries (300k by
//! hand: `CONVENE_BENCH_300K=1`): replaying the journal from scratch (no minutes.json),
//! resuming (minutes.json plus the journal lines after it), and writing a snapshot. One
//! note's commit beside the fsync floor is in `benches/commit.rs`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

use convene::session::testkit::roundtable_morning;
use convene::session::{EntryKind, Event};
use convene::store::SessionStore;
use convene::store::disk::{Disk, OsDisk};
use convene::testing::generate::{DEVICE, write_session};

fn sizes() -> Vec<usize> {
    let mut sizes = vec![1_000, 10_000, 100_000];
    if std::env::var_os("CONVENE_BENCH_300K").is_some() {
        sizes.push(300_000);
    }
    sizes
}

fn bench_root() -> tempfile::TempDir {
    // Under target/ so reads and fsyncs hit the project's disk, not a tmpfs.
    tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap()
}

fn open(dir: &Path) -> SessionStore {
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    SessionStore::open(disk, dir, DEVICE, roundtable_morning(), None).unwrap().0
}

/// A session of `n` entries with a snapshot, and ten notes after it (a resume's tail).
fn resumable(root: &Path, n: usize) -> PathBuf {
    let dir = root.join(format!("resume-{n}"));
    let at = write_session(&dir, n, true);
    let mut store = open(&dir);
    for i in 0..10u64 {
        let event = Event::EntryCaptured {
            entry: uuid::Uuid::from_u64_pair(99, i),
            kind: EntryKind::DiscussionPoint,
            text: "A point after the snapshot".into(),
            attribution: Default::default(),
            item: None,
            group: None,
            attached_to: None,
        };
        store.record(event, at).unwrap();
    }
    dir
}

fn replay_and_resume(c: &mut Criterion) {
    let root = bench_root();
    let mut group = c.benchmark_group("open a session");
    group.sample_size(10);
    for n in sizes() {
        let scratch = root.path().join(format!("scratch-{n}"));
        write_session(&scratch, n, false);
        group.bench_function(format!("replay from scratch, {n} entries"), |b| {
            b.iter(|| black_box(open(&scratch)))
        });
        let resume = resumable(root.path(), n);
        group.bench_function(format!("resume (snapshot + 10 records), {n} entries"), |b| {
            b.iter(|| black_box(open(&resume)))
        });
    }
    group.finish();
}

fn snapshot(c: &mut Criterion) {
    let root = bench_root();
    let mut group =
        c.benchmark_group("snapshot (copy on the UI thread, then encode + check + write on its own)");
    group.sample_size(10);
    for n in sizes() {
        let dir = root.path().join(format!("snap-{n}"));
        write_session(&dir, n, false);
        let mut store = open(&dir);
        group.bench_function(format!("copy of the state, {n} entries"), |b| {
            b.iter(|| black_box(store.snapshot_job().unwrap()))
        });
        group.bench_function(format!("written, {n} entries"), |b| {
            b.iter(|| {
                let job = store.snapshot_job().unwrap();
                black_box(job.write(false).unwrap())
            })
        });
        store.write_snapshot().unwrap();
    }
    group.finish();
}

criterion_group!(benches, replay_and_resume, snapshot);
criterion_main!(benches);
