//! Views that must not scan the whole session on every key, at 1k, 10k and 100k entries
//! all in the running item (the worst case for the list), through the runtime the program
//! runs, to a finished frame at 120x40: a key in the review list (Up), the same in the
//! whole-session list, and typing one character of a note on the run screen. Searching
//! (Enter on a query) is measured too: it reads every entry once per new query.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use convene::app::Settings;
use convene::runtime::Runtime;

mod common;

use common::{press as key, store_with};

/// A session whose running item holds `n` entries, opened for real, on the run screen.
fn runtime_with(dir: &Path, n: usize) -> (Runtime, Timestamp) {
    let (s, store) = store_with(dir, n, 1);
    let now = s.now.checked_add(SignedDuration::from_mins(1)).unwrap();
    (Runtime::new(store, Settings::default(), None, now), now)
}

fn views(c: &mut Criterion) {
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    let mut group = c.benchmark_group("key press to finished frame, 120x40");
    group.sample_size(20);
    for n in [1_000usize, 10_000, 100_000] {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let (mut runtime, now) = runtime_with(&root.path().join(format!("review-{n}")), n);
        runtime.handle(key(KeyCode::Char('r')), now);
        group.bench_function(format!("review list, Up, {n} entries"), |b| {
            b.iter(|| {
                black_box(runtime.handle(key(KeyCode::Up), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
            })
        });
        runtime.handle(key(KeyCode::Tab), now);
        group.bench_function(format!("whole-session list, Up, {n} entries"), |b| {
            b.iter(|| {
                black_box(runtime.handle(key(KeyCode::Up), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
            })
        });
        let mut round = 0usize;
        group.bench_function(format!("search (Enter on a query), {n} entries"), |b| {
            b.iter(|| {
                // Two queries in turn, so each search reads every entry again.
                round += 1;
                let query = if round.is_multiple_of(2) { "доверие" } else { "полицией" };
                runtime.handle(key(KeyCode::Char('/')), now);
                for c in query.chars() {
                    runtime.handle(key(KeyCode::Char(c)), now);
                }
                black_box(runtime.handle(key(KeyCode::Enter), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
            })
        });
        let (mut typing, now) = runtime_with(&root.path().join(format!("typing-{n}")), n);
        typing.handle(key(KeyCode::Char('c')), now);
        group.bench_function(format!("typing a note, {n} entries"), |b| {
            b.iter(|| {
                black_box(typing.handle(key(KeyCode::Char('ж')), now));
                terminal.draw(|f| typing.render(f, now)).unwrap();
                typing.handle(key(KeyCode::Backspace), now);
            })
        });
    }
    group.finish();
}

/// The consolidation view (`R`) with 1,000, 3,000 and 10,000 recommendations: moving the
/// cursor (Down, then Up, so it stays mid-list), and recording the room's consensus on
/// one (`c`: an event journaled and fdatasync'd, then the frame), beside the floor of a
/// bare write + fdatasync measured in the same run.
fn consolidation(c: &mut Criterion) {
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    let mut group = c.benchmark_group("consolidation view, key press to finished frame, 120x40");
    group.sample_size(20);
    // The floor a recorded change stands on: one journal line's bytes written and
    // fdatasync'd to a bare file on the same disk.
    let line = format!("{}\n", "x".repeat(300));
    let mut bare = std::fs::File::create(root.path().join("bare")).unwrap();
    group.bench_function("floor: bare write + fdatasync of a journal line", |b| {
        b.iter(|| {
            std::io::Write::write_all(&mut bare, line.as_bytes()).unwrap();
            bare.sync_data().unwrap();
        })
    });
    for n in [1_000usize, 3_000, 10_000] {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let dir = root.path().join(format!("recs-{n}"));
        let (s, store) =
            common::store_of(&dir, n, 1, convene::session::EntryKind::RecommendationParticipants);
        let now = s.now.checked_add(SignedDuration::from_mins(1)).unwrap();
        let mut runtime = Runtime::new(store, Settings::default(), None, now);
        runtime.handle(key(KeyCode::Char('R')), now);
        for _ in 0..n / 2 {
            runtime.handle(key(KeyCode::Down), now);
        }
        let mut down = false;
        group.bench_function(format!("cursor Down/Up, {n} recommendations"), |b| {
            b.iter(|| {
                down = !down;
                let k = if down { KeyCode::Down } else { KeyCode::Up };
                black_box(runtime.handle(key(k), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
            })
        });
        group.bench_function(format!("consensus recorded (c), {n} recommendations"), |b| {
            b.iter(|| {
                black_box(runtime.handle(key(KeyCode::Char('c')), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, views, consolidation);
criterion_main!(benches);
