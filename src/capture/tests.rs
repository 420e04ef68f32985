//! Capturing on its own: defaults, prefixes, overrides, attribution, cleaning.

use uuid::Uuid;

use super::*;
use crate::session::testkit::{Scribe, roundtable, roundtable_morning};
use crate::session::{Event, Session};

fn session_at(item: Option<&str>) -> (Scribe, Session) {
    let mut s = Scribe::new("dev", roundtable_morning());
    let mut session = Session::start(&s.start(&roundtable())).unwrap();
    if let Some(item) = item {
        session.apply(&s.record(Event::ItemStarted { item: item.into() }));
    }
    (s, session)
}

fn captured(event: Event) -> (EntryKind, String, Attribution, Option<String>, Option<Uuid>) {
    match event {
        Event::EntryCaptured { kind, text, attribution, item, attached_to, .. } => {
            (kind, text, attribution, item, attached_to)
        }
        other => panic!("not a capture: {other:?}"),
    }
}

#[test]
fn the_default_kind_follows_the_running_item() {
    let (_, s) = session_at(Some("d1-key-questions"));
    assert_eq!(default_kind(&s, s.timer.current.as_deref()), EntryKind::PresentationPoint);
    let (_, s) = session_at(Some("d1-plenary-questions"));
    assert_eq!(default_kind(&s, s.timer.current.as_deref()), EntryKind::DiscussionPoint);
    let (_, s) = session_at(Some("d2-conclusions"));
    assert_eq!(default_kind(&s, s.timer.current.as_deref()), EntryKind::Conclusion);
    let (_, s) = session_at(None);
    assert_eq!(default_kind(&s, None), EntryKind::DiscussionPoint);
}

#[test]
fn a_note_is_linked_to_the_running_item_and_the_chatham_house_default() {
    let (_, s) = session_at(Some("d1-key-questions"));
    let (kind, text, who, item, _) = captured(
        capture_event(
            &s,
            "  Security and human rights are complementary ",
            &Overrides::default(),
            Uuid::nil(),
        )
        .unwrap(),
    );
    assert_eq!(kind, EntryKind::PresentationPoint);
    assert_eq!(text, "Security and human rights are complementary");
    assert_eq!(item.as_deref(), Some("d1-key-questions"));
    assert!(who.not_for_attribution, "the roundtable is under the Chatham House Rule");
    let flip = Overrides { flip_attribution_rule: true, ..Overrides::default() };
    let (_, _, who, _, _) = captured(capture_event(&s, "on the record", &flip, Uuid::nil()).unwrap());
    assert!(!who.not_for_attribution);
}

#[test]
fn prefixes_beat_keys_and_keys_beat_defaults() {
    let (_, s) = session_at(Some("d1-plenary-questions"));
    let keys = Overrides { kind: Some(EntryKind::Question), ..Overrides::default() };
    let (kind, _, _, _, _) = captured(capture_event(&s, "Why?", &keys, Uuid::nil()).unwrap());
    assert_eq!(kind, EntryKind::Question);
    let (kind, text, who, _, _) =
        captured(capture_event(&s, "r: @ngo More dialogue", &keys, Uuid::nil()).unwrap());
    assert_eq!(kind, EntryKind::RecommendationParticipants);
    assert_eq!(text, "More dialogue");
    assert_eq!(who.stakeholder.as_deref(), Some("NGO"));
}

#[test]
fn the_speaker_with_the_floor_is_the_default_attribution() {
    let (mut sc, mut s) = session_at(Some("d2-ngo-discussion"));
    let speaker = Attribution { participant: Some("exp-tr".into()), ..Attribution::default() };
    s.apply(&sc.record(Event::FloorGiven { speaker, item: "d2-ngo-discussion".into() }));
    let (_, _, who, _, _) =
        captured(capture_event(&s, "Fifteen years ago…", &Overrides::default(), Uuid::nil()).unwrap());
    assert_eq!(who.participant.as_deref(), Some("exp-tr"));
}

#[test]
fn a_reference_is_a_footnote_to_the_previous_note() {
    let (mut sc, mut s) = session_at(Some("d1-plenary-questions"));
    let first = capture_event(&s, "Police must use minimum force", &Overrides::default(), Uuid::from_u128(7))
        .unwrap();
    s.apply(&sc.record(first));
    let (kind, text, _, _, attached) = captured(
        capture_event(&s, "ref: Law on Militia, Article 15", &Overrides::default(), Uuid::from_u128(8))
            .unwrap(),
    );
    assert_eq!(kind, EntryKind::Reference);
    assert_eq!(text, "Law on Militia, Article 15");
    assert_eq!(attached, Some(Uuid::from_u128(7)));
}

#[test]
fn text_is_nfc_and_free_of_control_characters() {
    let (_, s) = session_at(Some("d1-plenary-questions"));
    // "ӣ" typed as и + combining macron, and a colour escape pasted from a chat window.
    let raw = "Қонуни и\u{304} \u{1b}[31mred\u{1b}[0m\nline two\u{7}";
    let (_, text, _, _, _) = captured(capture_event(&s, raw, &Overrides::default(), Uuid::nil()).unwrap());
    assert_eq!(text, "Қонуни ӣ red\nline two");
    // A title change and a screen clear go whole, not only their ESC; a right-to-left
    // override and a zero-width space go too; Word's vertical tab is a line break.
    let pasted = "a\u{1b}]0;PWN\u{7}b\u{1b}[2Jc \u{202e}d\u{200b}e\u{b}f";
    let (_, text, _, _, _) = captured(capture_event(&s, pasted, &Overrides::default(), Uuid::nil()).unwrap());
    assert_eq!(text, "abc de\nf");
    assert!(capture_event(&s, "  r:  ", &Overrides::default(), Uuid::nil()).is_err());
}

#[test]
fn kinds_cycle_through_all_nine() {
    let mut k = EntryKind::PresentationPoint;
    let mut seen = vec![k];
    for _ in 0..8 {
        k = next_kind(k);
        seen.push(k);
    }
    assert_eq!(next_kind(k), EntryKind::PresentationPoint);
    seen.sort_by_key(|k| kind_label(*k));
    seen.dedup();
    assert_eq!(seen.len(), 9);
}
