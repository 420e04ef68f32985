//! Exporting the draft of a session of 1,000, 10,000 and 100,000 entries: Markdown in both
//! profiles and DOCX (targets at 10,000: Markdown under 100 ms, DOCX under 200 ms; the
//! public draft with a 100-person roster under 200 ms). Peak memory, which this cannot
//! see, is measured on the binary (BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use convene::export::{self, Format, Options, Profile};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Attribution, EntryKind, Event, Session};

/// The roundtable with 100 named people on its roster (Russian, Tajik and English names,
/// each with an affiliation): what the Chatham House scan of the public draft looks for.
fn named_roster() -> convene::agenda::Agenda {
    let mut agenda = roundtable();
    let given =
        ["Рустам", "Зарина", "Фируза", "Айбек", "Нигора", "Дилшод", "Малика", "Sean", "Anna", "Mehmet"];
    let surnames = [
        "Назаров",
        "Қодирова",
        "Саидова",
        "Осмонов",
        "Юсупова",
        "Каримов",
        "Шарипова",
        "O'Connell",
        "Müller",
        "Öztürk",
    ];
    agenda.participants = (0..100)
        .map(|i| convene::agenda::Participant {
            id: format!("p-{i}"),
            name: Some(format!("{} {}{}", given[i % 10], surnames[i / 10], ["", "а"][i % 2])),
            role: format!("Participant {}", i % 7),
            affiliation: Some(format!("Organisation number {i}")),
            stakeholder: Some(["law enforcement", "NGO", "expert"][i % 3].into()),
            organiser: false,
        })
        .collect();
    agenda
}

fn session_of(agenda: convene::agenda::Agenda, entries: u128) -> Session {
    let items: Vec<String> = agenda.items().map(|(_, i)| i.id.clone()).collect();
    let kinds = [
        EntryKind::PresentationPoint,
        EntryKind::DiscussionPoint,
        EntryKind::DiscussionPoint,
        EntryKind::RecommendationParticipants,
        EntryKind::RecommendationPresenters,
        EntryKind::Conclusion,
        EntryKind::FollowUp,
        EntryKind::Question,
        EntryKind::Quote,
        EntryKind::Reference,
    ];
    let mut s = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut session = Session::start(&s.start(&agenda)).unwrap();
    let mut previous = None;
    for n in 0..entries {
        s.advance(5);
        let kind = kinds[(n % 10) as usize];
        let entry = uuid::Uuid::from_u128(n + 1);
        let participant = &agenda.participants[(n as usize) % agenda.participants.len()];
        session.apply(&s.record(Event::EntryCaptured {
            entry,
            kind,
            text: format!("Участник отметил, что доверие между полицией и обществом нужно строить постепенно — point {n}"),
            attribution: Attribution { participant: Some(participant.id.clone()), not_for_attribution: true, ..Attribution::default() },
            item: Some(items[(n as usize / 500) % items.len()].clone()),
            group: None,
            attached_to: if kind == EntryKind::Reference { previous } else { None },
        }));
        previous = Some(entry);
    }
    session
}

fn export(c: &mut Criterion) {
    for entries in [1_000, 10_000, 100_000] {
        let session = session_of(roundtable(), entries);
        let mut group = c.benchmark_group(format!("export {entries} entries"));
        // Ten samples keep the 100,000-entry rows to a minute or two.
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
        for (name, format, profile) in [
            ("markdown, internal", Format::Markdown, Profile::Internal),
            ("markdown, public (name scan)", Format::Markdown, Profile::Public),
            ("docx, internal", Format::Docx, Profile::Internal),
        ] {
            group.bench_function(name, |b| {
                b.iter(|| {
                    black_box(
                        export::render(
                            &session,
                            format,
                            Options {
                                profile,
                                redact: false,
                                lang: None,
                                allow_placeholders: true,
                                ..Options::default()
                            },
                        )
                        .unwrap(),
                    )
                })
            });
        }
        if entries == 10_000 {
            // Target: under 200 ms with a 100-person roster.
            let named = session_of(named_roster(), entries);
            group.bench_function("markdown, public, 100 named people on the roster", |b| {
                b.iter(|| {
                    black_box(
                        export::render(
                            &named,
                            Format::Markdown,
                            Options {
                                profile: Profile::Public,
                                redact: false,
                                lang: None,
                                allow_placeholders: true,
                                ..Options::default()
                            },
                        )
                        .unwrap(),
                    )
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, export);
criterion_main!(benches);
