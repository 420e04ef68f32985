//! The rapporteur's costs with a big session, through the runtime the program runs: a key
//! press to a finished frame with 10,000 entries, and committing one note (update, fold,
//! append, fsync) at 10 and at 10,000.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::SignedDuration;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use convene::app::Settings;
use convene::runtime::{Input, Runtime};

mod common;

use common::{press, store_with};

fn key_to_frame(c: &mut Criterion) {
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    let mut group = c.benchmark_group("key press to finished frame, 10,000 entries, 120x40");
    for (name, review) in [("typing a note", false), ("review list", true)] {
        let (s, store) = store_with(&root.path().join(name.replace(' ', "-")), 10_000, 3);
        let now = s.now.checked_add(SignedDuration::from_mins(1)).unwrap();
        let mut runtime = Runtime::new(store, Settings::default(), None, now);
        runtime.handle(press(KeyCode::Char('c')), now);
        if review {
            runtime.handle(press(KeyCode::Esc), now);
            runtime.handle(press(KeyCode::Char('r')), now);
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let key = if review { press(KeyCode::Up) } else { press(KeyCode::Char('ж')) };
        group.bench_function(name, |b| {
            b.iter(|| {
                black_box(runtime.handle(key.clone(), now));
                terminal.draw(|f| runtime.render(f, now)).unwrap();
                // Keep the note from growing over the run (a backspace costs next to nothing).
                if !review {
                    runtime.handle(press(KeyCode::Backspace), now);
                }
            })
        });
    }
    group.finish();
}

fn commit(c: &mut Criterion) {
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    let mut group = c.benchmark_group("commit one note (update, fold, append + fsync)");
    for n in [10usize, 10_000] {
        let (s, store) = store_with(&root.path().join(format!("s{n}")), n, 3);
        let mut now = s.now;
        let mut runtime = Runtime::new(store, Settings::default(), None, now);
        runtime.handle(press(KeyCode::Char('c')), now);
        group.bench_function(format!("at {n} entries"), |b| {
            b.iter(|| {
                now = now.checked_add(SignedDuration::from_millis(5)).unwrap();
                runtime.handle(Input::Paste("Recommendation: more joint seminars".into()), now);
                black_box(runtime.handle(press(KeyCode::Enter), now));
            })
        });
    }
    group.finish();
}

/// What an idle second costs through the runtime, as the loop does it: the wake-up,
/// then the frame, for a running item and for a paused item with a speaker on the floor
/// (whose clock still ticks).
fn idle_second(c: &mut Criterion) {
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    let mut group = c.benchmark_group("an idle second (wake + frame), 120x40");
    for (name, keys) in
        [("running", &[][..]), ("paused, speaker on the floor", &["Q", "@ngo-yc", "Enter", "f", " "][..])]
    {
        let (s, store) = store_with(&root.path().join(name.replace([' ', ','], "-")), 10, 3);
        // Five seconds into a whole minute, so the 50 seconds below stay in that minute: a
        // new minute draws a whole frame, which is not what an idle second costs.
        let later = s.now.checked_add(SignedDuration::from_mins(1)).unwrap().as_second();
        let mut now = jiff::Timestamp::from_second(later - later.rem_euclid(60) + 5).unwrap();
        let mut runtime = Runtime::new(store, Settings::default(), None, now);
        for k in keys.iter() {
            if *k == "Enter" {
                runtime.handle(press(KeyCode::Enter), now);
            } else if k.chars().count() == 1 {
                runtime.handle(press(KeyCode::Char(k.chars().next().unwrap())), now);
            } else {
                runtime.handle(Input::Paste((*k).into()), now);
            }
        }
        // One terminal kept from frame to frame, as the program keeps its own: an idle
        // second draws only what ticks on it.
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        runtime.draw(&mut terminal, now).unwrap();
        let base = now;
        let mut second = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                // Seconds go by within one minute, over and over: a run of hours would
                // measure a day gone hours behind, not an idle second.
                second = (second + 1) % 50;
                now = base.checked_add(SignedDuration::from_secs(second)).unwrap();
                let out = runtime.handle(Input::Wake, now);
                if out.redraw {
                    runtime.draw(&mut terminal, now).unwrap();
                }
                black_box(out)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, key_to_frame, commit, idle_second);
criterion_main!(benches);
