//! The draft once the plenary has decided (issue 16): General Conclusions' lists hold
//! exactly the adopted recommendations, in the consolidated order and their final wording;
//! the noted ones in a list of their own only when asked; the undecided ones left out,
//! with a note to the drafter in the internal draft; and an annex with the room's support.
//! A session that never decided exports as it always did (the other export tests).

mod common;

use common::docx::docx_paragraphs;
use convene::export::{self, Format, Lists, Options, Profile};
use convene::session::{Attribution, Decision, EntryKind, Event, Session, Support};
use convene::testing::Harness;
use uuid::Uuid;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_1600 + n)
}

const COMBINED: u128 = 99;

/// The roundtable's closing session: eleven recommendations and follow-ups captured, two
/// combined into a new wording, the list reordered by the facilitator, the room's support
/// (hands, consensus, dots, no consensus) and the plenary's decisions; one left undecided.
fn decided() -> Session {
    // 15:45 in Dushanbe on the second day.
    let mut h = Harness::roundtable("2009-04-29T10:45:00Z");
    let said =
        |who: Option<&str>| Attribution { participant: who.map(str::to_string), ..Attribution::default() };
    h.record(Event::ItemStarted { item: "d2-conclusions".into() });
    // Someone had the floor: the draft has its speaking-time annex, so support is Annex 3.
    h.record(Event::FloorGiven { speaker: said(Some("ngo-yc")), item: "d2-conclusions".into() });
    h.wait(120);
    h.record(Event::FloorEnded);
    use EntryKind::{FollowUp, RecommendationParticipants as Rp, RecommendationPresenters as Rpr};
    // Number, kind, text, who said it, the working group it came from.
    type Note<'a> = (u128, EntryKind, &'a str, Option<&'a str>, Option<&'a str>);
    let notes: [Note; 11] = [
        (1, Rp, "Joint training of police and prosecutors on the lawful use of force.", Some("pros-1"), None),
        (2, Rp, "More joint seminars with prosecutors and NGOs.", Some("ngo-2"), None),
        (3, Rp, "Seminars that include representatives of education.", Some("mia-3"), None),
        (
            4,
            Rpr,
            "Promote greater cooperation between the authorities and civil society.",
            Some("ngo-yc"),
            None,
        ),
        (5, Rpr, "A national strategy that involves civil society.", Some("ohchr-1"), None),
        (6, FollowUp, "Joint focus group studies on community-police relations.", None, None),
        (7, FollowUp, "A follow-up workshop for trainers in the autumn.", None, None),
        (8, Rp, "Restrict religious education to state schools.", Some("mia-4"), None),
        (9, Rp, "Publish an annual report on the use of force.", Some("ngo-3"), None),
        (10, Rp, "Police must use minimum force whatever the operation.", Some("mia-1"), Some("Group A")),
        (11, Rp, "Create a telephone line for complaints about the police.", None, None),
    ];
    for (n, kind, text, who, group) in notes {
        h.wait(60);
        h.record(Event::EntryCaptured {
            entry: id(n),
            kind,
            text: text.into(),
            attribution: said(who),
            // The group's recommendation came from its report-back on day one.
            item: Some(if group.is_some() { "d1-report-back" } else { "d2-conclusions" }.into()),
            group: group.map(str::to_string),
            attached_to: None,
        });
    }
    h.wait(60);
    h.record(Event::RecommendationsCombined {
        entry: id(COMBINED),
        from: vec![id(2), id(3)],
        text: "Joint seminars for police, prosecutors, educators and NGOs.".into(),
    });
    h.record(Event::RecommendationsOrdered {
        order: [5, COMBINED, 1, 10, 4, 7, 6, 9, 8, 11].into_iter().map(id).collect(),
    });
    let support = [
        (COMBINED, Support::Hands { yes: 14, against: 2, abstaining: 3 }),
        (1, Support::Consensus),
        (5, Support::Dots { dots: 7 }),
        (4, Support::Consensus),
        (8, Support::NoConsensus),
        (11, Support::Dots { dots: 2 }),
    ];
    for (n, support) in support {
        h.wait(30);
        h.record(Event::SupportRecorded { entry: id(n), support: Some(support) });
    }
    let decisions = [
        (COMBINED, Decision::Adopted),
        (1, Decision::Adopted),
        (5, Decision::Adopted),
        (4, Decision::Adopted),
        (10, Decision::Adopted),
        (7, Decision::Adopted),
        (6, Decision::Adopted),
        (9, Decision::Noted),
        (8, Decision::Rejected),
    ];
    for (n, decision) in decisions {
        h.wait(30);
        h.record(Event::RecommendationDecided { entry: id(n), decision: Some(decision) });
    }
    h.session().clone()
}

fn markdown(s: &Session, profile: Profile, noted: bool) -> String {
    let options =
        Options { profile, redact: false, lang: None, allow_placeholders: true, ..Options::default() };
    let bytes = export::render_with(s, Format::Markdown, options, Lists { noted }).unwrap();
    String::from_utf8(bytes).unwrap()
}

/// The items of the numbered list under `heading`: their text without the source note,
/// with the list punctuation that follows the note ("… NGOs (Group A)." is "… NGOs.").
fn list(md: &str, heading: &str) -> Vec<String> {
    let Some(at) = md.find(&format!("\n{heading}\n")) else { return Vec::new() };
    md[at + heading.len() + 2..]
        .lines()
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let text = l.split_once(". ").map_or(l, |(_, t)| t);
            match text.split_once(" (") {
                Some((body, rest)) => format!("{body}{}", rest.rsplit(')').next().unwrap_or("")),
                None => text.to_string(),
            }
        })
        .collect()
}

const PARTICIPANTS: &str = "### Recommendations made by participants";
const PRESENTERS: &str = "### Recommendations or needs identified by presenters";
const FOLLOW_UP: &str =
    "### Possible follow-up activities by the OSCE Office in Tajikistan, supported where possible by ODIHR";
const NOTED: &str = "### Recommendations noted by the plenary";

#[test]
fn the_lists_hold_exactly_the_adopted_in_the_adopted_order_and_wording() {
    let s = decided();
    for profile in [Profile::Internal, Profile::Public] {
        let md = markdown(&s, profile, false);
        assert_eq!(
            list(&md, PARTICIPANTS),
            [
                "Joint seminars for police, prosecutors, educators and NGOs.",
                "Joint training of police and prosecutors on the lawful use of force.",
                "Police must use minimum force whatever the operation.",
            ],
            "{md}"
        );
        assert_eq!(
            list(&md, PRESENTERS),
            [
                "A national strategy that involves civil society.",
                "Promote greater cooperation between the authorities and civil society.",
            ]
        );
        assert_eq!(
            list(&md, FOLLOW_UP),
            [
                "A follow-up workshop for trainers in the autumn.",
                "Joint focus group studies on community-police relations.",
            ]
        );
        assert!(list(&md, NOTED).is_empty(), "noted ones only when asked:\n{md}");
        let conclusions = &md[md.find("## General Conclusions").unwrap()..md.find("## Annex 1").unwrap()];
        for gone in ["Restrict religious education", "annual report", "telephone line", "More joint seminars"]
        {
            assert!(!conclusions.contains(gone), "{gone} is not in General Conclusions:\n{md}");
        }
        // A group's recommendation stays marked with its group.
        assert!(conclusions.contains("whatever the operation (Group A"), "{md}");
    }
}

#[test]
fn the_noted_ones_follow_in_a_list_of_their_own_when_asked() {
    let s = decided();
    let md = markdown(&s, Profile::Public, true);
    assert_eq!(list(&md, NOTED), ["Publish an annual report on the use of force."]);
    assert!(md.find(NOTED).unwrap() > md.find(FOLLOW_UP).unwrap(), "after the adopted ones");
    assert_eq!(list(&md, PARTICIPANTS).len(), 3, "the adopted lists are the same");
}

#[test]
fn the_internal_draft_tells_the_drafter_what_is_undecided() {
    let s = decided();
    let note = "1 recommendation has no decision of the plenary yet and is not listed below.";
    let one = "One recommendation has no decision of the plenary yet and is not listed below.";
    let internal = markdown(&s, Profile::Internal, false);
    assert!(internal.contains(one) || internal.contains(note), "{internal}");
    let public = markdown(&s, Profile::Public, false);
    assert!(!public.contains("no decision of the plenary"), "{public}");
    let ru = export::render_with(
        &s,
        Format::Markdown,
        Options {
            profile: Profile::Internal,
            redact: false,
            lang: Some(convene::i18n::Lang::Ru),
            ..Options::default()
        },
        Lists::default(),
    )
    .unwrap();
    let ru = String::from_utf8(ru).unwrap();
    assert!(ru.contains("1 рекомендация ещё не получила решения пленарного заседания"), "{ru}");
    assert!(ru.contains("## Приложение 4. Поддержка рекомендаций"), "{ru}");
    assert!(ru.contains("| за — 14, против — 2, воздержались — 3 |"), "{ru}");
    assert!(ru.contains("| принято | 7 точек |"), "{ru}");
}

/// The rows of the support annex, one string a row.
fn annex(md: &str) -> Vec<&str> {
    let Some(at) = md.find(": Support for the recommendations\n") else { return Vec::new() };
    md[at..].lines().skip(4).take_while(|l| l.starts_with('|')).collect()
}

#[test]
fn the_support_annex_says_how_the_room_responded() {
    let s = decided();
    let public = markdown(&s, Profile::Public, false);
    assert!(public.contains("| List | No. | Recommendation | Decision | Support |"), "{public}");
    assert_eq!(
        annex(&public),
        [
            "| Recommendations made by participants | 1 | Joint seminars for police, prosecutors, educators and NGOs. | adopted | 14 for, 2 against, 3 abstaining |",
            "| Recommendations made by participants | 2 | Joint training of police and prosecutors on the lawful use of force. | adopted | adopted by consensus |",
            "| Recommendations made by participants | 3 | Police must use minimum force whatever the operation. | adopted | — |",
            "| Recommendations or needs identified by presenters | 1 | A national strategy that involves civil society. | adopted | 7 dots |",
            "| Recommendations or needs identified by presenters | 2 | Promote greater cooperation between the authorities and civil society. | adopted | adopted by consensus |",
            "| Possible follow-up activities by the OSCE Office in Tajikistan, supported where possible by ODIHR | 1 | A follow-up workshop for trainers in the autumn. | adopted | — |",
            "| Possible follow-up activities by the OSCE Office in Tajikistan, supported where possible by ODIHR | 2 | Joint focus group studies on community-police relations. | adopted | — |",
        ],
        "public: only what the report lists\n{public}"
    );
    // Internal: every decided one, the rejected and the unlisted noted after the lists.
    let internal = markdown(&s, Profile::Internal, false);
    let rows = annex(&internal);
    assert_eq!(rows.len(), 9, "{internal}");
    assert_eq!(rows[7], "| — |  | Publish an annual report on the use of force. | noted | — |");
    assert_eq!(
        rows[8],
        "| — |  | Restrict religious education to state schools. | rejected | no consensus: contested |"
    );
    // With the noted list, the noted one is listed, with its number.
    let rows = annex(&markdown(&s, Profile::Internal, true)).join("\n");
    assert!(
        rows.contains("| Recommendations noted by the plenary | 1 | Publish an annual report on the use of force. | noted | — |"),
        "{rows}"
    );
}

#[test]
fn support_alone_gives_the_annex_and_leaves_the_lists_as_captured() {
    let mut h = Harness::roundtable("2009-04-29T10:45:00Z");
    h.record(Event::ItemStarted { item: "d2-conclusions".into() });
    for (n, text) in [(1, "First recommendation."), (2, "Second recommendation.")] {
        h.wait(60);
        h.record(Event::EntryCaptured {
            entry: id(n),
            kind: EntryKind::RecommendationParticipants,
            text: text.into(),
            attribution: Attribution::default(),
            item: Some("d2-conclusions".into()),
            group: None,
            attached_to: None,
        });
    }
    let md = markdown(h.session(), Profile::Public, false);
    assert!(!md.contains("Support for the recommendations"), "no support, no decision: no annex\n{md}");
    h.record(Event::SupportRecorded { entry: id(2), support: Some(Support::Dots { dots: 1 }) });
    let md = markdown(h.session(), Profile::Public, false);
    // Numbered after the annexes the draft has: here the annotated agenda and the agenda
    // as run (nobody had the floor: no speaking time).
    assert!(md.contains("## Annex 3: Support for the recommendations"), "{md}");
    assert_eq!(list(&md, PARTICIPANTS), ["First recommendation.", "Second recommendation."]);
    assert_eq!(
        annex(&md),
        ["| Recommendations made by participants | 2 | Second recommendation. | — | 1 dot |"]
    );
}

#[test]
fn adopted_draft_golden() {
    insta::assert_snapshot!(markdown(&decided(), Profile::Internal, true));
}

#[test]
fn adopted_word_draft_golden() {
    let options = Options {
        profile: Profile::Public,
        redact: false,
        lang: None,
        allow_placeholders: true,
        ..Options::default()
    };
    let docx = export::render_with(&decided(), Format::Docx, options, Lists { noted: true }).unwrap();
    let paragraphs = docx_paragraphs(docx);
    // The Word file lists what the Markdown lists.
    assert!(
        paragraphs.contains("[ListParagraph] A national strategy that involves civil society."),
        "{paragraphs}"
    );
    assert!(paragraphs.contains("[Heading3] Recommendations noted by the plenary"), "{paragraphs}");
    assert!(paragraphs.contains("[Heading2] Annex 4: Support for the recommendations"), "{paragraphs}");
    insta::assert_snapshot!(paragraphs);
}
