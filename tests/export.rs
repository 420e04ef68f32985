//! The draft report from a scripted session of the roundtable: golden files for both
//! profiles, the structure of the reference report, a leak test for the Chatham House
//! profile, the DOCX read back, and pandoc when it is installed.

use std::io::Read;

use convene::export::{self, Format, Options, Profile};
use convene::session::testkit::scripted_roundtable;
use convene::session::{Attribution, EntryKind, Event, Session};

const GROUP_C_RECOMMENDATION: &str = "Joint training of police and prosecutors on the lawful use of force.";

/// The scripted roundtable, plus what Group C's rapporteur typed on a second laptop during
/// the report-back: one recommendation (`r:`), with a reference as its footnote, and
/// nothing else. Folded by time across the two devices, as recovery folds them.
fn session() -> Session {
    let mut records = scripted_roundtable();
    let mut second = convene::session::testkit::Scribe::new("group-c-laptop", records[0].at);
    // 15:34 in Dushanbe: during the report-back, after Group B's slot.
    second.now = "2009-04-28T10:34:00Z".parse().unwrap();
    let recommendation = uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0c01);
    records.push(second.record(Event::EntryCaptured {
        entry: recommendation,
        kind: EntryKind::RecommendationParticipants,
        text: GROUP_C_RECOMMENDATION.into(),
        attribution: Attribution {
            participant: Some("pros-2".into()),
            not_for_attribution: true,
            ..Attribution::default()
        },
        item: Some("d1-report-back".into()),
        group: Some("Group C".into()),
        attached_to: None,
    }));
    second.advance(30);
    records.push(second.record(Event::EntryCaptured {
        entry: uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0c02),
        kind: EntryKind::Reference,
        text: "Law on the Militia, Article 13: every injury or death caused by an officer is reported to the prosecutor.".into(),
        attribution: Attribution { not_for_attribution: true, ..Attribution::default() },
        item: Some("d1-report-back".into()),
        group: Some("Group C".into()),
        attached_to: Some(recommendation),
    }));
    records[1..].sort_by_key(|r| r.at);
    let mut s = Session::start(&records[0]).unwrap();
    for r in &records[1..] {
        assert_eq!(s.apply(r), convene::session::Applied::Changed, "the script is consistent");
    }
    s
}

fn markdown(s: &Session, profile: Profile) -> String {
    String::from_utf8(
        export::render(
            s,
            Format::Markdown,
            Options { profile, redact: false, lang: None, allow_placeholders: true, ..Options::default() },
        )
        .unwrap(),
    )
    .unwrap()
}

#[test]
fn internal_draft_golden() {
    insta::assert_snapshot!(markdown(&session(), Profile::Internal));
}

#[test]
fn public_draft_golden() {
    insta::assert_snapshot!(markdown(&session(), Profile::Public));
}

#[test]
fn json_draft_golden() {
    let bytes = export::render(
        &session(),
        Format::Json,
        Options {
            profile: Profile::Public,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap();
    insta::assert_snapshot!(String::from_utf8(bytes).unwrap());
}

#[test]
fn the_draft_follows_the_reference_report() {
    let md = markdown(&session(), Profile::Internal);
    let order = [
        "# Roundtable on Understanding Violent Extremism",
        "**28–29 April 2009** · Dushanbe",
        "## Background",
        "## Approach",
        "## Materials",
        "## Session 1",
        "### Presentations",
        "### Discussions",
        "### Working groups",
        "#### Group A",
        "#### Group C",
        "Recommendations made by the group:",
        "## General Conclusions",
        "### Recommendations made by participants",
        "### Recommendations or needs identified by presenters",
        "### Possible follow-up activities",
        "## Annex 1: Annotated agenda",
        "## Annex 2: Agenda as planned and as run",
        "## Annex 3: Speaking time by stakeholder group",
        "[^1]: On 30 April 2009",
    ];
    let mut at = 0;
    for heading in order {
        let found =
            md[at..].find(heading).unwrap_or_else(|| panic!("{heading:?} missing or out of order in:\n{md}"));
        at += found;
    }
    // A report section nobody captured a point for keeps its skeleton for the drafter.
    assert_in_order(
        &md,
        &[
            "## Session 2",
            "### Presentations",
            "**Perspectives from the community: presentations by Tajik NGOs.** Speakers: NGO director, Youth and Civilization;",
            "**\\[to be written\\]**",
        ],
    );
    assert!(!md.contains("a duplicate to delete"), "deleted entries are not in the draft");
    assert!(md.contains("\\[contested: check before publishing\\]"), "contested points are flagged");
    assert!(md.contains("Note to the drafter"));
    assert!(md.contains("check before publishing"));
    // References are footnotes on the point they support.
    assert!(
        md.contains(
            "- Authorities can take a reactive or an intelligent approach to security: before acting, \
             ask whether the use of force helps in the circumstances[^1]."
        ),
        "{md}"
    );
}

#[test]
fn the_public_draft_has_no_names_or_affiliations_anywhere() {
    let s = session();
    let md = markdown(&s, Profile::Public);
    let json = String::from_utf8(
        export::render(
            &s,
            Format::Json,
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
    .unwrap();
    for p in &s.agenda.participants {
        for text in [&md, &json] {
            if let Some(name) = &p.name {
                assert!(!text.contains(name.as_str()), "{name} leaks");
            }
            // The organisers, and the institutions the agenda lets the public draft name
            // (the donors' disclaimer thanks OSCE/ODIHR), may be named.
            if let Some(aff) = &p.affiliation
                && !s.agenda.event.organisers.contains(aff)
                && !s.agenda.event.public_names.contains(aff)
            {
                assert!(!text.contains(aff.as_str()), "affiliation {aff} leaks");
            }
        }
    }
    assert!(md.contains("(NGO representatives)") || md.contains("(NGO representative)"), "{md}");
    assert!(md.contains("(law enforcement representative)"), "{md}");
}

#[test]
fn names_in_notes_block_a_public_export_or_are_redacted() {
    // A roster of 30 named people, 300 attributed entries, names planted in the text.
    let mut agenda = convene::session::testkit::roundtable();
    let first =
        ["Рустам", "Зарина", "Фируз", "Malika", "Dilshod", "Gulnora", "Anvar", "Нигора", "Саид", "Parviz"];
    let last = ["Назаров", "Қодирова", "Rahimov"];
    agenda.participants = (0..30)
        .map(|i| convene::agenda::Participant {
            id: format!("p{i}"),
            name: Some(format!("{} {}", first[i % 10], last[i / 10])),
            role: "participant".into(),
            affiliation: Some(format!("Organisation {i}")),
            stakeholder: Some(["law enforcement", "NGO", "expert"][i % 3].into()),
            organiser: false,
        })
        .collect();
    let mut scribe = convene::session::testkit::Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut s = Session::start(&scribe.start(&agenda)).unwrap();
    s.apply(&scribe.record(Event::ItemStarted { item: "d1-plenary-questions".into() }));
    let mut planted = Vec::new();
    for n in 0..300u128 {
        let p = (n % 30) as usize;
        let name = agenda.participants[p].name.clone().unwrap();
        let text = if n % 7 == 0 {
            planted.push(n);
            format!("As {name} said, trust takes time (point {n})")
        } else if n % 11 == 0 {
            planted.push(n);
            let surname = name.split_whitespace().last().unwrap().to_uppercase();
            format!("Point {n}: {surname} disagreed")
        } else {
            format!("Point {n} without names")
        };
        s.apply(&scribe.record(Event::EntryCaptured {
            entry: uuid::Uuid::from_u128(n + 1),
            kind: EntryKind::DiscussionPoint,
            text,
            attribution: Attribution { participant: Some(format!("p{p}")), ..Attribution::default() },
            item: Some("d1-plenary-questions".into()),
            group: None,
            attached_to: None,
        }));
    }
    let err = export::render(
        &s,
        Format::Markdown,
        Options {
            profile: Profile::Public,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap_err();
    let export::ExportError::NamesInText(leaks) = &err else { panic!("{err}") };
    let places: std::collections::BTreeSet<String> = leaks.iter().map(|l| l.place.to_string()).collect();
    assert_eq!(places.len(), planted.len(), "every planted place is listed: {err}");
    for n in &planted {
        let id = uuid::Uuid::from_u128(n + 1).simple().to_string();
        assert!(places.iter().any(|p| p.contains(&id[id.len() - 8..])), "entry {n} not listed");
    }
    let message = err.to_string();
    assert!(!message.contains("trust takes time"), "the message names places, never quotes notes");

    let redacted = String::from_utf8(
        export::render(
            &s,
            Format::Markdown,
            Options {
                profile: Profile::Public,
                redact: true,
                lang: None,
                allow_placeholders: true,
                ..Options::default()
            },
        )
        .unwrap(),
    )
    .unwrap();
    for p in &agenda.participants {
        let name = p.name.as_deref().unwrap();
        for part in std::iter::once(name).chain(name.split_whitespace()) {
            assert!(!redacted.to_lowercase().contains(&part.to_lowercase()), "{part} survives redaction");
        }
        assert!(!redacted.contains(p.affiliation.as_deref().unwrap()));
    }
    assert!(redacted.contains("As \\[a participant\\] said"), "{}", &redacted[..2000.min(redacted.len())]);
    // The internal profile keeps the names.
    assert!(
        export::render(
            &s,
            Format::Markdown,
            Options {
                profile: Profile::Internal,
                redact: false,
                lang: None,
                allow_placeholders: true,
                ..Options::default()
            }
        )
        .is_ok()
    );
}

fn docx_xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn the_docx_has_headings_lists_and_real_footnotes() {
    let bytes = export::render(
        &session(),
        Format::Docx,
        Options {
            profile: Profile::Internal,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap();
    let document = docx_xml(&bytes, "word/document.xml");
    assert!(
        document.contains(r#"<w:pStyle w:val="Heading2" />"#) || document.contains(r#"w:val="Heading2""#)
    );
    assert!(document.contains("General Conclusions"));
    assert!(document.contains("<w:numPr>"), "numbered and bulleted lists");
    assert!(document.contains("<w:footnoteReference"), "footnote references in the text");
    let footnotes = docx_xml(&bytes, "word/footnotes.xml");
    assert!(footnotes.contains("waterboarding"), "the footnote's text");
    let numbering = docx_xml(&bytes, "word/numbering.xml");
    assert!(numbering.contains("decimal") && numbering.contains("bullet"));
}

fn pandoc() -> bool {
    std::process::Command::new("pandoc").arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn pandoc_reads_the_markdown_and_the_docx() {
    if !pandoc() {
        eprintln!("pandoc not installed: skipping the conversion check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("draft.md");
    std::fs::write(&md, markdown(&session(), Profile::Internal)).unwrap();
    let out = std::process::Command::new("pandoc")
        .args(["-f", "markdown", "-t", "html"])
        .arg(&md)
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<h2 id=\"general-conclusions\">General Conclusions</h2>"), "{html}");
    assert!(html.contains("class=\"footnote") && html.contains("waterboarding"), "footnotes survive");
    assert!(html.contains("<ol") && html.contains("<table"), "lists and tables survive");

    let docx = dir.path().join("draft.docx");
    std::fs::write(
        &docx,
        export::render(
            &session(),
            Format::Docx,
            Options {
                profile: Profile::Internal,
                redact: false,
                lang: None,
                allow_placeholders: true,
                ..Options::default()
            },
        )
        .unwrap(),
    )
    .unwrap();
    let out = std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "markdown"])
        .arg(&docx)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let back = String::from_utf8(out.stdout).unwrap();
    assert!(back.contains("General Conclusions") && back.contains("[^1]"), "{back}");
}

/// A session of the roundtable with `events` recorded after the start, one minute apart.
fn session_of(agenda: &convene::agenda::Agenda, events: Vec<Event>) -> Session {
    let mut scribe = convene::session::testkit::Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut s = Session::start(&scribe.start(agenda)).unwrap();
    for event in events {
        scribe.advance(60);
        assert_eq!(s.apply(&scribe.record(event)), convene::session::Applied::Changed);
    }
    s
}

fn note(n: u128, kind: EntryKind, text: &str, who: &str, group: Option<&str>) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::from_u128(n),
        kind,
        text: text.into(),
        attribution: Attribution { participant: Some(who.into()), ..Attribution::default() },
        item: Some("d1-report-back".into()),
        group: group.map(str::to_string),
        attached_to: None,
    }
}

fn assert_in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        let found =
            text[at..].find(part).unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{text}"));
        at += found + part.len();
    }
}

#[test]
fn a_group_whose_only_notes_are_recommendations_keeps_its_place_under_working_groups() {
    use EntryKind::*;
    let s = session_of(
        &convene::session::testkit::roundtable(),
        vec![
            Event::ItemStarted { item: "d1-report-back".into() },
            note(1, DiscussionPoint, "Minimum force in every operation.", "mia-1", Some("Group A")),
            note(
                2,
                RecommendationParticipants,
                "Train police and prosecutors together.",
                "pros-2",
                Some("Group C"),
            ),
            note(3, Conclusion, "Trust is built locally.", "ngo-3", Some("Group B")),
            note(
                4,
                RecommendationParticipants,
                "Publish every use-of-force report.",
                "ngo-yc",
                Some("Group C"),
            ),
            note(5, RecommendationParticipants, "More joint seminars.", "pros-1", None),
            note(6, FollowUp, "A pilot in two districts.", "ngo-3", Some("Group B")),
        ],
    );
    let md = markdown(&s, Profile::Internal);
    assert_in_order(
        &md,
        &[
            "## Session 1",
            "### Working groups",
            "#### Group A",
            "- Minimum force in every operation (Senior officer, counter-extremism department, Ministry of Internal Affairs).",
            "#### Group B",
            "Conclusions of the group:",
            "- Trust is built locally (NGO programme coordinator, Tajik human rights NGO).",
            "Possible follow-up activities proposed by the group:",
            "1. A pilot in two districts (NGO programme coordinator, Tajik human rights NGO).",
            "#### Group C",
            "Recommendations made by the group:",
            "1. Train police and prosecutors together (Prosecutor, Prosecutor General's Office).",
            "2. Publish every use-of-force report (NGO director, Youth and Civilization).",
            "## General Conclusions",
            "Trust is built locally (Group B: NGO programme coordinator, Tajik human rights NGO).",
            "### Recommendations made by participants",
            "1. Train police and prosecutors together (Group C: Prosecutor, Prosecutor General's Office).",
            "2. Publish every use-of-force report (Group C: NGO director, Youth and Civilization).",
            "3. More joint seminars (Prosecutor, Prosecutor General's Office).",
            "### Possible follow-up activities",
            "1. A pilot in two districts (Group B: NGO programme coordinator, Tajik human rights NGO).",
        ],
    );
    assert_eq!(md.matches("#### Group C").count(), 1);

    let public = markdown(&s, Profile::Public);
    assert_in_order(
        &public,
        &[
            "#### Group C",
            "1. Train police and prosecutors together (Prosecutor).",
            "### Recommendations made by participants",
            "1. Train police and prosecutors together (Group C).",
            "2. Publish every use-of-force report (Group C).",
            "3. More joint seminars.",
        ],
    );
    // The public recommendation lists say who recommended nothing, as in the reference
    // report; the group a recommendation came from is said all the same.
    assert!(!public.contains("More joint seminars (Prosecutor)"), "{public}");

    // The JSON draft says which group a General Conclusions point came from.
    let json: serde_json::Value = serde_json::from_slice(
        &export::render(
            &s,
            Format::Json,
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
    .unwrap();
    let blocks = json["blocks"].as_array().unwrap();
    let heading =
        blocks.iter().position(|b| b["text"] == "Recommendations made by participants").expect("the list");
    let points = blocks[heading + 1]["points"].as_array().unwrap();
    assert_eq!(points[0]["group"], "Group C");
    assert_eq!(points[2].get("group"), None, "a plenary recommendation has no group");
}

#[test]
fn a_merged_point_keeps_both_authors_internally_and_names_neither_in_public() {
    let mut agenda = convene::session::testkit::roundtable();
    for p in &mut agenda.participants {
        match p.id.as_str() {
            "mia-1" => p.name = Some("Farrukh Saidov".into()),
            "ngo-yc" => p.name = Some("Malika Yusupova".into()),
            _ => {}
        }
    }
    let (a, b) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
    let point = |entry, who: &str| Event::EntryCaptured {
        entry,
        kind: EntryKind::DiscussionPoint,
        text: "Trust between police and communities is built by local projects.".into(),
        attribution: Attribution { participant: Some(who.into()), ..Attribution::default() },
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    };
    let s = session_of(
        &agenda,
        vec![
            Event::ItemStarted { item: "d1-plenary-questions".into() },
            point(a, "mia-1"),
            point(b, "ngo-yc"),
            Event::EntriesMerged { into: a, from: b },
        ],
    );
    let internal = markdown(&s, Profile::Internal);
    assert!(
        internal.contains(
            "- Trust between police and communities is built by local projects \
             (Farrukh Saidov, Senior officer, counter-extremism department, Ministry of Internal Affairs \
             \\| Malika Yusupova, NGO director, Youth and Civilization)"
        ),
        "{internal}"
    );
    assert_eq!(internal.matches("built by local projects").count(), 1, "one point, its text once");

    let public = markdown(&s, Profile::Public);
    assert!(
        public.contains(
            "- Trust between police and communities is built by local projects \
             (law enforcement representative and NGO representative)."
        ),
        "{public}"
    );
    let json = String::from_utf8(
        export::render(
            &s,
            Format::Json,
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
    .unwrap();
    for text in [&public, &json] {
        for secret in [
            "Farrukh",
            "Saidov",
            "Malika",
            "Yusupova",
            "Ministry of Internal Affairs",
            "Youth and Civilization",
            "mia-1",
            "ngo-yc",
        ] {
            assert!(!text.contains(secret), "{secret} in the public draft");
        }
    }
}

#[test]
fn what_is_said_during_the_general_conclusions_item_is_not_lost() {
    let captured = |n: u128, kind: EntryKind, text: &str| Event::EntryCaptured {
        entry: uuid::Uuid::from_u128(n),
        kind,
        text: text.into(),
        attribution: Attribution::default(),
        item: Some("d2-conclusions".into()),
        group: None,
        attached_to: None,
    };
    let s = session_of(
        &convene::session::testkit::roundtable(),
        vec![
            Event::ItemStarted { item: "d2-conclusions".into() },
            captured(1, EntryKind::Conclusion, "Education is crucial."),
            captured(2, EntryKind::DiscussionPoint, "Some doubted that NGOs can be neutral partners."),
            captured(3, EntryKind::Question, "Who funds the follow-up?"),
            captured(4, EntryKind::RecommendationParticipants, "Further workshops on radicalization."),
        ],
    );
    let md = markdown(&s, Profile::Internal);
    assert_in_order(
        &md,
        &[
            "## General Conclusions",
            "Education is crucial.",
            "### Discussions",
            "- Some doubted that NGOs can be neutral partners.",
            "- Who funds the follow-up?",
            "### Recommendations made by participants",
            "1. Further workshops on radicalization.",
        ],
    );
    assert_eq!(md.matches("## General Conclusions").count(), 1);
}
