//! Sessions of N entries written in the documented journal format, for measuring the
//! costs that grow with a session (the benchmarks and `examples/gen_session.rs`): the
//! roundtable sample's agenda, its items started in order, notes of every kind spread over
//! the items with roster, role and stakeholder attributions, an edit per ten notes and a
//! reference per twenty.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::session::testkit::{Scribe, roundtable, roundtable_morning};
use crate::session::{Attribution, EntryKind, Event};
use crate::store::disk::{Disk, OsDisk};
use crate::store::{SessionStore, journal};

/// The device whose journal [`write_session`] writes.
pub const DEVICE: &str = "gen-laptop";

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

/// Writes the journal of a session of `n` entries into `dir` (created), and minutes.json
/// too with `snapshot`. Returns the time of its last record.
pub fn write_session(dir: &Path, n: usize, snapshot: bool) -> jiff::Timestamp {
    std::fs::create_dir_all(dir).expect("create the session folder");
    let agenda = roundtable();
    let items: Vec<String> = agenda.days.iter().flat_map(|d| d.items.iter().map(|i| i.id.clone())).collect();
    let roster: Vec<String> = agenda.participants.iter().map(|p| p.id.clone()).collect();
    let mut scribe = Scribe::new(DEVICE, roundtable_morning());
    let file = std::fs::File::create(dir.join(journal::file_name(DEVICE))).expect("create the journal");
    let mut out = std::io::BufWriter::new(file);
    let mut write =
        |r: &crate::session::Record| out.write_all(journal::encode(r).unwrap().as_bytes()).unwrap();
    write(&scribe.start(&agenda));
    let per_item = n.div_ceil(items.len()).max(1);
    let mut last = None;
    for i in 0..n {
        let item = &items[(i / per_item).min(items.len() - 1)];
        if i % per_item == 0 {
            write(&scribe.record(Event::ItemStarted { item: item.clone() }));
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
        let entry = crate::session::new_id(scribe.now);
        write(&scribe.record(Event::EntryCaptured {
            entry,
            kind: if reference { EntryKind::Reference } else { KINDS[i % KINDS.len()] },
            text: format!("{} ({i})", TEXTS[i % TEXTS.len()]),
            attribution,
            item: Some(item.clone()),
            group: None,
            attached_to: if reference { last } else { None },
        }));
        if i % 10 == 5 {
            let text = format!("{} (edited, {i})", TEXTS[i % TEXTS.len()]);
            write(&scribe.record(Event::EntryEdited { entry, text }));
        }
        last = Some(entry);
    }
    out.flush().unwrap();
    drop(out);
    if snapshot {
        let disk: Arc<dyn Disk> = Arc::new(OsDisk);
        let (mut store, _) = SessionStore::open(disk, dir, DEVICE, scribe.now, None).expect("open");
        store.write_snapshot().expect("snapshot");
    }
    scribe.now
}
