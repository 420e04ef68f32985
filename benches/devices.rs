//! Several laptops on one session (issue 14): folding every device's journal from scratch
//! (10 devices, 100 to 10,000 notes each: budget 1 s for 10 x 10,000), and one note from
//! another laptop arriving in a session of 1k, 10k and 100k entries, folded and drawn by
//! the runtime (budget 5 ms at 100,000).

use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jiff::SignedDuration;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use convene::app::Settings;
use convene::runtime::{FOLD_AFTER, Input, Runtime};
use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal, recovery};
use convene::testing::generate::{DEVICE, write_session};

fn bench_root() -> tempfile::TempDir {
    // Under target/ so reads hit the project's disk, not a tmpfs.
    tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap()
}

/// A session folder with `devices` journals of `per_device` notes each, interleaved in
/// time (the first device started the session and runs the clock).
fn many_devices(root: &Path, devices: usize, per_device: usize) -> PathBuf {
    let dir = root.join(format!("devices-{devices}x{per_device}"));
    std::fs::create_dir_all(&dir).unwrap();
    for d in 0..devices {
        let name = format!("laptop-{d}");
        let mut scribe = Scribe::new(&name, roundtable_morning());
        scribe.advance(d as i64);
        let mut out =
            std::io::BufWriter::new(std::fs::File::create(dir.join(journal::file_name(&name))).unwrap());
        let mut write =
            |r: &convene::session::Record| out.write_all(journal::encode(r).unwrap().as_bytes()).unwrap();
        if d == 0 {
            write(&scribe.start(&roundtable()));
            write(&scribe.record(Event::ItemStarted { item: "d1-plenary-questions".into() }));
        }
        for i in 0..per_device {
            scribe.advance(devices as i64);
            let (_, record) = scribe.capture(
                EntryKind::DiscussionPoint,
                &format!("{name}: пункт {i}"),
                Some("d1-plenary-questions"),
            );
            write(&record);
        }
    }
    dir
}

fn fold_from_scratch(c: &mut Criterion) {
    let root = bench_root();
    let mut group = c.benchmark_group("fold 10 devices from scratch");
    group.sample_size(10);
    for per_device in [100, 1_000, 10_000] {
        let dir = many_devices(root.path(), 10, per_device);
        group.bench_function(format!("10 x {per_device}"), |b| {
            b.iter(|| {
                black_box(
                    recovery::replay(&OsDisk, &dir, roundtable_morning()).unwrap().session.entries.len(),
                )
            })
        });
    }
    group.finish();
}

/// A session of `n` entries written by [`DEVICE`], opened by another laptop's runtime on
/// a 120x36 screen; returns the runtime, its terminal, and that other laptop's scribe.
fn watching(root: &Path, n: usize) -> (PathBuf, Runtime, Terminal<TestBackend>, Scribe, jiff::Timestamp) {
    let dir = root.join(format!("remote-{n}"));
    let last = write_session(&dir, n, true);
    let disk: Arc<dyn Disk> = Arc::new(OsDisk);
    let now = last.checked_add(SignedDuration::from_secs(1)).unwrap();
    let (store, _) = SessionStore::open(disk, &dir, "rapporteur-2", now, None).unwrap();
    let mut runtime = Runtime::new(store, Settings::default(), None, now);
    runtime.handle(Input::Resize { width: 120, height: 36 }, now);
    let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();
    runtime.draw(&mut terminal, now).unwrap();
    let mut scribe = Scribe::new(DEVICE, now);
    // The generator's journal holds 1 + items + entries (+ edits) records: continue after it.
    let bytes = std::fs::read(dir.join(journal::file_name(DEVICE))).unwrap();
    scribe.seq = journal::scan(&bytes, DEVICE).last_seq();
    (dir, runtime, terminal, scribe, now)
}

fn remote_note(c: &mut Criterion) {
    let root = bench_root();
    let mut group = c.benchmark_group("a note from another laptop, folded and drawn");
    for n in [1_000, 10_000, 100_000] {
        let (dir, mut runtime, mut terminal, mut scribe, mut now) = watching(root.path(), n);
        let path = dir.join(journal::file_name(DEVICE));
        group.bench_function(format!("{n} entries"), |b| {
            b.iter_batched(
                || {
                    // The other laptop appends a note (not timed): the file changes.
                    scribe.advance(1);
                    let (_, record) =
                        scribe.capture(EntryKind::DiscussionPoint, "A note from the room", None);
                    let mut f = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
                    f.write_all(journal::encode(&record).unwrap().as_bytes()).unwrap();
                    now = scribe.now;
                    now
                },
                |at| {
                    runtime.handle(Input::FilesChanged, at);
                    let due = at.checked_add(FOLD_AFTER).unwrap();
                    runtime.handle(Input::Wake, due);
                    runtime.draw(&mut terminal, due).unwrap();
                },
                BatchSize::PerIteration,
            )
        });
        assert!(runtime.session().entries.len() > n, "the notes arrived");
    }
    group.finish();
}

criterion_group!(benches, fold_from_scratch, remote_note);
criterion_main!(benches);
