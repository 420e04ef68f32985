//! Exporting the draft of a session of 1,000, 10,000 and 100,000 entries: Markdown in both
//! profiles and DOCX (targets at 10,000: Markdown under 100 ms, DOCX under 200 ms; the
//! public draft with a 100-person roster under 200 ms). Peak memory, which this cannot
//! see, is measured on the binary (BENCHMARKS.md).
//!
//! The draft's pictures (issue 19) for a day of 12 items run with speakers' turns: the
//! SVGs drawn with 0 to 100,000 entries in the session (the pictures read items and turns;
//! only the day's summary counts the entries), the PNG Word gets, the fonts looked up once
//! per process, and the Word file of that day whole.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use convene::export::pictures::{self, Rasteriser};
use convene::export::{self, Format, Options, Profile};
use convene::i18n::Lang;
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

/// The roundtable with two more items on its first day: 12 in all, 09:00 to 17:30.
fn twelve_items() -> convene::agenda::Agenda {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/dushanbe-roundtable-2009.json")).unwrap();
    let items = json["days"][0]["items"].as_array_mut().unwrap();
    for n in 1..=2 {
        items.push(serde_json::json!({
            "id": format!("d1-extra-{n}"),
            "title": format!("Open discussion, part {n}"),
            "kind": "discussion",
            "minutes": 15
        }));
    }
    convene::agenda::parse_str("twelve.json", &json.to_string()).unwrap()
}

/// Day 1 of [`twelve_items`] run item by item, each a little over, four turns of four
/// stakeholder groups on each; then `entries` notes on the day's items.
fn day_of_twelve(entries: u128) -> Session {
    let agenda = twelve_items();
    let mut s = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut session = Session::start(&s.start(&agenda)).unwrap();
    let day: Vec<String> = agenda.days[0].items.iter().map(|i| i.id.clone()).collect();
    for (i, item) in day.iter().enumerate() {
        session.apply(&s.record(Event::ItemStarted { item: item.clone() }));
        for who in ["mia-1", "ngo-2", "odihr-2", "exp-uk"] {
            let speaker = Attribution { participant: Some(who.into()), ..Attribution::default() };
            session.apply(&s.record(Event::FloorGiven { speaker, item: item.clone() }));
            s.advance(60 + 30 * i as i64);
            session.apply(&s.record(Event::FloorEnded));
        }
        session.apply(&s.record(Event::ItemEnded { item: item.clone() }));
    }
    for n in 0..entries {
        session.apply(&s.record(Event::EntryCaptured {
            entry: uuid::Uuid::from_u128(n + 1),
            kind: EntryKind::DiscussionPoint,
            text: format!("Trust between the police and the community is built step by step — point {n}"),
            attribution: Attribution::default(),
            item: Some(day[(n as usize) % day.len()].clone()),
            group: None,
            attached_to: None,
        }));
    }
    session
}

fn pictures(c: &mut Criterion) {
    let mut group = c.benchmark_group("pictures, a day of 12 items");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for entries in [0, 1_000, 10_000, 100_000] {
        let session = day_of_twelve(entries);
        let now = session.last_change_at;
        group.bench_function(format!("SVGs (timeline and balance), {entries} entries"), |b| {
            b.iter(|| {
                let mut keep = |t: &str| t.to_string();
                let mut figures = pictures::timelines(&session, Lang::En, now, &mut keep);
                figures.extend(pictures::speaking_balance(&session, Lang::En, now, &mut keep));
                black_box(figures)
            })
        });
    }
    let session = day_of_twelve(0);
    let now = session.last_change_at;
    let svg = match pictures::timelines(&session, Lang::En, now, &mut |t: &str| t.to_string()).pop() {
        Some(export::document::Block::Figure { svg, .. }) => svg,
        _ => panic!("the day has its timeline"),
    };
    let raster = Rasteriser::new();
    group.bench_function("PNG of the timeline (1,800 pixels wide)", |b| {
        b.iter(|| black_box(raster.png(&svg, 2.0).unwrap()))
    });
    group.bench_function("the system's fonts looked up, the pictures' read in (once per process)", |b| {
        b.iter(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_system_fonts();
            black_box(Rasteriser::with_fonts(db))
        })
    });
    let options = Options { allow_placeholders: true, ..Options::default() };
    for entries in [0, 10_000] {
        let session = day_of_twelve(entries);
        group.bench_function(format!("Word file with its pictures, {entries} entries"), |b| {
            b.iter(|| black_box(export::render(&session, Format::Docx, options).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, export, pictures);
criterion_main!(benches);
