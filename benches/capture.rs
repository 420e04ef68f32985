//! The rapporteur's costs with a big session: a key press to a finished frame with 10,000
//! entries, and committing one note (update, fold, append, fsync) at 10 and at 10,000.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use convene::app::{Action, App, Effect, Settings};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{EntryKind, Event, Session};
use convene::store::SessionStore;
use convene::store::disk::{Disk, OsDisk};
use convene::store::journal;

fn nine() -> Timestamp {
    "2009-04-28T04:00:00Z".parse().unwrap()
}

/// A session whose running item holds `n` entries.
fn session_with(n: usize) -> (Scribe, Session) {
    let mut s = Scribe::new("dev", nine());
    let mut session = Session::start(&s.start(&roundtable())).unwrap();
    session.apply(&s.record(Event::ItemStarted { item: "d1-plenary-questions".into() }));
    for i in 0..n {
        s.advance(3);
        let (_, r) = s.capture(
            EntryKind::DiscussionPoint,
            &format!("Участник {i}: доверие между полицией и обществом"),
            Some("d1-plenary-questions"),
        );
        session.apply(&r);
    }
    (s, session)
}

fn key_to_frame(c: &mut Criterion) {
    let (_, session) = session_with(10_000);
    let mut group = c.benchmark_group("key press to finished frame, 10,000 entries, 120x40");
    for (name, review) in [("typing a note", false), ("review list", true)] {
        let mut app = App::new(Settings::default(), &session);
        app.update(&session, Action::FocusCapture, nine());
        if review {
            app.update(&session, Action::FocusReview, nine());
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let key = if review {
            Action::ReviewUp
        } else {
            Action::CaptureKey(KeyEvent::new(KeyCode::Char('ж'), KeyModifiers::NONE))
        };
        let now = nine().checked_add(SignedDuration::from_mins(200)).unwrap();
        let back = Action::CaptureKey(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        group.bench_function(name, |b| {
            b.iter(|| {
                black_box(app.update(&session, key.clone(), now));
                terminal.draw(|f| convene::ui::render(f, &app, &session, now)).unwrap();
                // Keep the note from growing over the run (a backspace costs next to nothing).
                if !review {
                    app.update(&session, back.clone(), now);
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
        // Write the journal of an n-entry session in one go, then open it for real.
        let dir = root.path().join(format!("s{n}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut s = Scribe::new("dev", nine());
        let mut lines = journal::encode(&s.start(&roundtable())).unwrap();
        lines.push_str(
            &journal::encode(&s.record(Event::ItemStarted { item: "d1-plenary-questions".into() })).unwrap(),
        );
        for i in 0..n {
            s.advance(3);
            let (_, r) =
                s.capture(EntryKind::DiscussionPoint, &format!("note {i}"), Some("d1-plenary-questions"));
            lines.push_str(&journal::encode(&r).unwrap());
        }
        std::fs::write(dir.join(journal::file_name("dev")), lines).unwrap();
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, &dir, "dev", nine(), None).unwrap();
        let mut app = App::new(Settings::default(), store.session());
        app.update(store.session(), Action::FocusCapture, nine());
        let mut now = s.now;
        group.bench_function(format!("at {n} entries"), |b| {
            b.iter(|| {
                now = now.checked_add(SignedDuration::from_millis(5)).unwrap();
                app.update(store.session(), Action::Paste("Recommendation: more joint seminars".into()), now);
                for effect in app.update(store.session(), Action::CaptureCommit, now) {
                    if let Effect::Record(event) = effect {
                        black_box(store.record(event, now).unwrap());
                    }
                }
            })
        });
    }
    group.finish();
}

/// What an idle second costs: one frame of the run screen of the scripted roundtable.
fn idle_frame(c: &mut Criterion) {
    let records = convene::session::testkit::scripted_roundtable();
    let mut session = Session::start(&records[0]).unwrap();
    for r in &records[1..40] {
        session.apply(r);
    }
    let app = App::new(Settings::default(), &session);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut now = records[39].at;
    c.bench_function("idle frame, run screen 120x40", |b| {
        b.iter(|| {
            now = now.checked_add(SignedDuration::from_secs(1)).unwrap();
            terminal.draw(|f| convene::ui::render(f, &app, &session, now)).unwrap();
        })
    });
}

criterion_group!(benches, key_to_frame, commit, idle_frame);
criterion_main!(benches);
