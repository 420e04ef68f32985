//! Writes a session folder of N captured entries in the documented journal format, for
//! measuring costs that grow with a session (BENCHMARKS.md). The roundtable sample's
//! agenda, its items started in order, notes of every kind spread over the items with
//! roster, role and stakeholder attributions, one edit per ten notes, a reference per
//! twenty; no minutes.json (so opening it replays the journal) unless `--snapshot`.
//!
//! `cargo run --release --example gen_session -- DATA_DIR ENTRIES [--snapshot]` writes
//! DATA_DIR/sessions/gen-ENTRIES/ and prints its path; `convene --data-dir DATA_DIR run
//! --resume gen-ENTRIES` opens it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{Attribution, EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal};

const KINDS: [EntryKind; 8] = [
    EntryKind::DiscussionPoint,
    EntryKind::PresentationPoint,
    EntryKind::DiscussionPoint,
    EntryKind::RecommendationParticipants,
    EntryKind::Conclusion,
    EntryKind::FollowUp,
    EntryKind::RecommendationPresenters,
    EntryKind::Question,
];

const TEXTS: [&str; 4] = [
    "Участник отметил, что доверие между полицией и обществом строится годами",
    "Community policing works only when local leaders are consulted before operations begin",
    "Рекомендуется проводить совместные семинары для прокуроров, судей и педагогов",
    "The law on extremism should define its terms narrowly and be applied by the courts",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(data), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: gen_session DATA_DIR ENTRIES [--snapshot]");
        std::process::exit(2);
    };
    let snapshot = args.iter().any(|a| a == "--snapshot");
    let dir = PathBuf::from(data).join("sessions").join(format!("gen-{n}"));
    std::fs::create_dir_all(&dir).expect("create the session folder");

    let agenda = roundtable();
    let items: Vec<String> = agenda.days.iter().flat_map(|d| d.items.iter().map(|i| i.id.clone())).collect();
    let roster: Vec<String> = agenda.participants.iter().map(|p| p.id.clone()).collect();
    let mut scribe = Scribe::new("gen-laptop", roundtable_morning());
    let file = std::fs::File::create(dir.join(journal::file_name("gen-laptop"))).expect("create the journal");
    let mut out = std::io::BufWriter::new(file);
    out.write_all(journal::encode(&scribe.start(&agenda)).unwrap().as_bytes()).unwrap();

    let per_item = n.div_ceil(items.len()).max(1);
    let mut last = None;
    for i in 0..n {
        let item = &items[(i / per_item).min(items.len() - 1)];
        if i % per_item == 0 {
            let r = scribe.record(Event::ItemStarted { item: item.clone() });
            out.write_all(journal::encode(&r).unwrap().as_bytes()).unwrap();
        }
        scribe.advance(3);
        let attribution = match i % 4 {
            0 => {
                Attribution { participant: Some(roster[i % roster.len()].clone()), ..Attribution::default() }
            }
            1 => Attribution {
                role: Some("a police officer".into()),
                not_for_attribution: true,
                ..Attribution::default()
            },
            2 => Attribution { stakeholder: Some("NGO".into()), ..Attribution::default() },
            _ => Attribution::default(),
        };
        let reference = i % 20 == 19 && last.is_some();
        let entry = convene::session::new_id(scribe.now);
        let r = scribe.record(Event::EntryCaptured {
            entry,
            kind: if reference { EntryKind::Reference } else { KINDS[i % KINDS.len()] },
            text: format!("{} ({i})", TEXTS[i % TEXTS.len()]),
            attribution,
            item: Some(item.clone()),
            group: None,
            attached_to: if reference { last } else { None },
        });
        out.write_all(journal::encode(&r).unwrap().as_bytes()).unwrap();
        if i % 10 == 5 {
            let r = scribe.record(Event::EntryEdited {
                entry,
                text: format!("{} (edited, {i})", TEXTS[i % TEXTS.len()]),
            });
            out.write_all(journal::encode(&r).unwrap().as_bytes()).unwrap();
        }
        last = Some(entry);
    }
    out.flush().unwrap();
    drop(out);
    if snapshot {
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, &dir, "gen-laptop", scribe.now, None).expect("open");
        store.write_snapshot().expect("snapshot");
    }
    println!("{}", dir.display());
}
