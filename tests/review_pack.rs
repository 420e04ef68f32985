//! The review pack (issue 16): `convene export SESSION --review-pack` writes, for each
//! presenter and each working group's rapporteur with points, a Markdown and a Word file of
//! the points attributed to them, each headed by its short entry id, to approve or correct;
//! and once sources have started checking, the internal draft flags the points still
//! waiting for theirs.

mod common;

use common::docx::docx_paragraphs;

use common::cli::convene;
use convene::export::review_pack::{Addressee, Sources};
use convene::export::{self, Format, Options, Pack, Profile};
use convene::i18n::Lang;
use convene::session::testkit::{Scribe, scripted_roundtable};
use convene::session::{Attribution, EntryKind, Event, Record, Session};
use convene::store::journal;
use uuid::Uuid;

/// An entry of the scripted roundtable (its ids end in the note's number).
fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + n)
}

const COMBINED: u128 = 0x16c0;

/// The scripted capture of the roundtable, plus, in the closing session, a second NGO
/// presenter's recommendation combined with the first's into one new wording (the
/// combination is attributed to both).
fn records() -> Vec<Record> {
    let mut records = scripted_roundtable();
    let last = records.last().unwrap();
    let mut s = Scribe::new(&last.device, last.at);
    s.seq = last.seq;
    s.advance(60);
    records.push(s.record(Event::EntryCaptured {
        entry: id(0x16a0),
        kind: EntryKind::RecommendationPresenters,
        text: "Involve NGOs in training police officers.".into(),
        attribution: Attribution { participant: Some("ngo-2".into()), ..Attribution::default() },
        item: Some("d2-conclusions".into()),
        group: None,
        attached_to: None,
    }));
    s.advance(60);
    records.push(s.record(Event::RecommendationsCombined {
        entry: id(COMBINED),
        from: vec![id(17), id(0x16a0)],
        text: "Promote cooperation between the authorities and civil society, NGOs among the trainers of police officers.".into(),
    }));
    records
}

fn session_of(records: &[Record]) -> Session {
    let mut s = Session::start(&records[0]).unwrap();
    for r in &records[1..] {
        assert_eq!(s.apply(r), convene::session::Applied::Changed, "the script is consistent");
    }
    s
}

fn session() -> Session {
    session_of(&records())
}

fn markdown(pack: &Pack) -> String {
    convene::export::markdown::render(&pack.report)
}

/// The pack's Word file, one paragraph a line.
fn pack_paragraphs(pack: &Pack) -> String {
    let mut bytes = std::io::Cursor::new(Vec::new());
    export::write(&pack.report, Format::Docx, &mut bytes).unwrap();
    docx_paragraphs(bytes.into_inner())
}

fn pack<'a>(packs: &'a [Pack], name: &str) -> &'a Pack {
    packs.iter().find(|p| p.name == name).unwrap_or_else(|| {
        panic!("no pack {name} in {:?}", packs.iter().map(|p| &p.name).collect::<Vec<_>>())
    })
}

#[test]
fn one_pack_per_presenter_and_group_rapporteur_with_points() {
    let packs = export::review_pack(&session(), None);
    let names: Vec<&str> = packs.iter().map(|p| p.name.as_str()).collect();
    // Presenters in agenda order, then the groups as formed; those with no points (the
    // opening's speakers, the panel's experts, Group C) get none.
    assert_eq!(
        names,
        [
            "review-odihr-2",
            "review-exp-acad",
            "review-ngo-yc",
            "review-ngo-2",
            "review-group-a",
            "review-group-b"
        ]
    );
    assert_eq!(pack(&packs, "review-odihr-2").entries, [id(1), id(2)]);
    assert_eq!(pack(&packs, "review-group-a").entries, [id(9)]);
    // The combination goes to both presenters it came from; its sources are gone.
    assert_eq!(pack(&packs, "review-ngo-yc").entries, [id(COMBINED)]);
    assert_eq!(pack(&packs, "review-ngo-2").entries, [id(7), id(COMBINED)]);
}

#[test]
fn every_point_in_a_pack_belongs_to_its_presenter_or_group() {
    let s = session();
    let sources = Sources::new(&s);
    for p in export::review_pack(&s, None) {
        let md = markdown(&p);
        assert_eq!(md.matches("\n### \\#").count(), p.entries.len(), "one heading a point:\n{md}");
        for entry in &p.entries {
            let e = s.entry(*entry).unwrap();
            assert!(!e.deleted && e.kind != EntryKind::Reference);
            match &p.addressee {
                Addressee::Presenter(who) => assert!(
                    s.authors(e).iter().any(|a| a.participant.as_deref() == Some(who.as_str())),
                    "{} in {who}'s pack",
                    e.text
                ),
                Addressee::Group { item, name } => {
                    let group = sources.group_of(e).unwrap();
                    assert_eq!((&group.item, &group.group.name), (item, name));
                }
            }
            // Headed by its short id, with its text.
            let short = export::short_id(*entry);
            assert!(md.contains(&format!("### \\{short}\n")), "{short} heads its point:\n{md}");
            assert!(md.contains(e.text.split(':').next().unwrap()), "{md}");
        }
        // Nothing else of the session's notes.
        for other in s.live_entries().filter(|e| e.kind != EntryKind::Reference && e.attached_to.is_none()) {
            if !p.entries.contains(&other.id) {
                assert!(!md.contains(&other.text), "{} is not {}'s:\n{md}", other.text, p.name);
            }
        }
    }
}

#[test]
fn presenter_pack_golden() {
    let packs = export::review_pack(&session(), None);
    let p = pack(&packs, "review-odihr-2");
    let md = markdown(p);
    assert!(md.contains("Points to check: ODIHR trainer, OSCE/ODIHR (odihr-2)"), "{md}");
    assert!(md.contains("☐ approved as written   ☐ corrected: ……"), "{md}");
    // Its reference stays with it as a footnote.
    assert!(md.contains("[^1]: On 30 April 2009 the US President banned waterboarding"), "{md}");
    insta::assert_snapshot!("presenter_pack_md", md);
    insta::assert_snapshot!("presenter_pack_docx", pack_paragraphs(p));
}

#[test]
fn a_group_pack_and_a_russian_pack() {
    let s = session();
    let packs = export::review_pack(&s, None);
    let md = markdown(pack(&packs, "review-group-a"));
    assert!(
        md.contains(
            "Points to check: Group A (rapporteur: Senior officer, counter-extremism department, Ministry of Internal Affairs (mia-1))"
        ),
        "{md}"
    );
    assert!(md.contains("attributes the points below to Group A"), "{md}");
    assert!(
        md.contains(
            "Report-back from the working groups and plenary discussion · Session 1 · 28 April 2009, 15:18"
        ),
        "{md}"
    );

    let packs = export::review_pack(&s, Some(Lang::Ru));
    let md = markdown(pack(&packs, "review-odihr-2"));
    for words in
        ["Пункты для проверки", "☐ одобрено без изменений", "28 апреля 2009 г., 10:25", "организаторам"]
    {
        assert!(md.contains(words), "{words}:\n{md}");
    }
    assert!(!md.contains("approved"), "{md}");
}

/// The internal draft of `s`, as Markdown.
fn draft(s: &Session, profile: Profile) -> String {
    let options =
        Options { profile, redact: false, lang: None, allow_placeholders: true, ..Options::default() };
    String::from_utf8(export::render(s, Format::Markdown, options).unwrap()).unwrap()
}

#[test]
fn once_checking_began_the_internal_draft_flags_what_waits_for_its_source() {
    let flag = "*(not yet checked by its source)*";
    let s = session();
    assert!(!draft(&s, Profile::Internal).contains(flag), "before any check: no flags");

    // odihr-2 sent their pack back: the first point approved.
    let mut records = records();
    let last = records.last().unwrap();
    let mut scribe = Scribe::new(&last.device, last.at);
    scribe.seq = last.seq;
    scribe.advance(3600);
    records.push(scribe.record(Event::EntryChecked {
        entry: id(1),
        by: Some(Attribution { participant: Some("odihr-2".into()), ..Attribution::default() }),
    }));
    let s = session_of(&records);
    let md = draft(&s, Profile::Internal);
    let line =
        |start: &str| md.lines().find(|l| l.contains(start)).unwrap_or_else(|| panic!("{start}:\n{md}"));
    assert!(!line("- Security and human rights are complementary").contains(flag), "checked");
    for waiting in [
        "- Authorities can take a reactive",
        "- Religious education matters",
        "- Police must use minimum force",
        "- Consider all consequences before lethal force",
        "- Economic, political and legal factors",
        "1. Promote cooperation between the authorities",
    ] {
        assert!(line(waiting).contains(flag), "{waiting} waits for its source:\n{md}");
    }
    // Not from a presenter or a group: nothing to check.
    for free in ["- Is \"religious extremism\"", "- \"Prevention is better than cure.\""] {
        assert!(!line(free).contains(flag), "{free}");
    }
    let public = draft(&s, Profile::Public);
    assert!(!public.contains("checked by its source"), "the public draft shows nothing of it");
    // A pack sent again says what was checked already, and asks for the rest.
    let packs = export::review_pack(&s, None);
    let md = convene::export::markdown::render(&pack(&packs, "review-odihr-2").report);
    let checked = md.find("Already checked by").unwrap_or_else(|| panic!("{md}"));
    assert!(md[checked..].starts_with("Already checked by ODIHR trainer"), "{md}");
    assert!(
        md.contains("☐ approved as written"),
        "the others still ask:
{md}"
    );
}

/// A recorded session of the roundtable in `data`/sessions; returns its folder.
fn recorded(data: &std::path::Path) -> std::path::PathBuf {
    let dir = data.join("sessions").join("2009-04-28-dushanbe-roundtable-2009-ab12");
    std::fs::create_dir_all(&dir).unwrap();
    let records = records();
    let lines: String = records.iter().map(|r| journal::encode(r).unwrap()).collect();
    std::fs::write(dir.join(journal::file_name(&records[0].device)), lines).unwrap();
    dir
}

#[test]
fn the_command_writes_both_files_of_each_pack_beside_the_session() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = recorded(tmp.path());
    let (code, out, err) = convene(Some(tmp.path()), &["export", "dushanbe", "--review-pack"]);
    assert_eq!(code, 0, "{err}");
    let printed: Vec<&str> = out.lines().collect();
    assert_eq!(printed.len(), 12, "{out}");
    for name in ["review-odihr-2", "review-group-b"] {
        for ext in ["md", "docx"] {
            let path = dir.join(format!("{name}.{ext}"));
            assert!(printed.contains(&path.display().to_string().as_str()), "{out}");
        }
    }
    let md = std::fs::read_to_string(dir.join("review-odihr-2.md")).unwrap();
    assert!(md.contains("### \\#00000002"), "{md}");
    assert!(std::fs::read(dir.join("review-odihr-2.docx")).unwrap().starts_with(b"PK"));
    // Again: beside the first, never over it.
    let (_, out, _) = convene(Some(tmp.path()), &["export", "dushanbe", "--review-pack"]);
    assert!(out.contains("review-odihr-2-2.md"), "{out}");
    // A draft's options mean nothing to the pack: said at once.
    let (code, _, err) =
        convene(Some(tmp.path()), &["export", "dushanbe", "--review-pack", "--profile", "public"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--review-pack") && err.contains("--profile"), "{err}");
}

#[test]
fn a_group_name_used_again_on_another_day_is_that_days_group() {
    // Day two forms its own "Group A" (another rapporteur) for its discussion.
    let mut records = records();
    let last = records.last().unwrap();
    let mut s = Scribe::new(&last.device, "2009-04-29T05:40:00Z".parse().unwrap());
    s.seq = last.seq;
    let mut group = convene::session::testkit::roundtable().days[0].items[6].groups[0].clone();
    assert_eq!(group.name, "Group A");
    group.rapporteur = Some(convene::agenda::PersonRef::Id("ngo-3".into()));
    records.push(s.record(Event::ItemStarted { item: "d2-ngo-discussion".into() }));
    records.push(s.record(Event::GroupsFormed { item: "d2-ngo-discussion".into(), groups: vec![group] }));
    s.advance(600);
    records.push(s.record(Event::EntryCaptured {
        entry: id(0x16b0),
        kind: EntryKind::DiscussionPoint,
        text: "Community councils should meet the district police every month.".into(),
        attribution: Attribution::default(),
        item: Some("d2-ngo-discussion".into()),
        group: Some("Group A".into()),
        attached_to: None,
    }));
    // In time order, as the one laptop would have written them.
    records[1..].sort_by_key(|r| r.at);
    for (seq, r) in records.iter_mut().enumerate() {
        r.seq = seq as u64 + 1;
    }
    let s = session_of(&records);
    let packs = export::review_pack(&s, None);
    assert_eq!(pack(&packs, "review-group-a-d1-case-study").entries, [id(9)]);
    let second = pack(&packs, "review-group-a-d2-ngo-discussion");
    assert_eq!(second.entries, [id(0x16b0)]);
    assert!(markdown(second).contains("(rapporteur: NGO programme coordinator"), "{}", markdown(second));
}
