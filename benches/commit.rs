//! Saving one note beside the physical floor, at 10, 10k and 100k entries: each round
//! commits a note through the store (fold, encode, append, fdatasync) and, right after,
//! appends the same bytes to a bare file with write + fdatasync on the same disk; the two
//! are interleaved so that both see the same disk at the same moment. Prints the medians
//! and their ratio. `cargo bench --bench commit` (ROUNDS=N to change the 400 rounds).

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use convene::session::{Attribution, EntryKind, Event, Record};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal};
use convene::testing::generate::{DEVICE, write_session};

fn note(n: u64) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::from_u64_pair(0xc0, n),
        kind: EntryKind::RecommendationParticipants,
        text: "Seminars that include prosecutors and educators".into(),
        attribution: Attribution { stakeholder: Some("NGO".into()), ..Attribution::default() },
        item: Some("d2-conclusions".into()),
        group: None,
        attached_to: None,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes --bench; a filter argument is ignored here.
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(400);
    let root = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target")).unwrap();
    println!(
        "commit one note beside a bare write + fdatasync of the same bytes ({rounds} interleaved rounds)"
    );
    println!("| entries | commit µs (median) | bare write + fdatasync µs (median) | ratio |");
    println!("|---:|---:|---:|---:|");
    for n in [10usize, 10_000, 100_000] {
        let dir = root.path().join(format!("s{n}"));
        let mut at = write_session(&dir, n, true);
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, &dir, DEVICE, at, None).unwrap();
        let mut bare = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(root.path().join(format!("bare-{n}")))
            .unwrap();
        let (mut commits, mut floors) = (Vec::new(), Vec::new());
        for i in 0..rounds as u64 {
            at = at.checked_add(jiff::SignedDuration::from_millis(10)).unwrap();
            let event = note(i);
            // The bytes the store will write for this note: the floor writes the same.
            let line = journal::encode(&Record {
                id: convene::session::new_id(at),
                device: DEVICE.into(),
                seq: store.durable_seq() + 1,
                at,
                event: event.clone(),
            })
            .unwrap();
            let t = Instant::now();
            store.record(event, at).unwrap();
            commits.push(t.elapsed().as_secs_f64() * 1e6);
            let t = Instant::now();
            bare.write_all(line.as_bytes()).unwrap();
            bare.sync_data().unwrap();
            floors.push(t.elapsed().as_secs_f64() * 1e6);
        }
        let (c, f) = (median(commits), median(floors));
        println!("| {n} | {c:.0} | {f:.0} | {:.2} |", c / f);
    }
}
