//! The recommendations as the plenary decided them: once any recommendation of the
//! session has a decision, the draft's lists in General Conclusions hold the adopted ones
//! only, in the consolidated order and their final wording (the noted ones in a list of
//! their own when asked), and an annex says how the room supported each one.
//!
//! Before any decision the lists are what was captured, as they always were: a session
//! that never consolidated exports exactly as before.

use std::collections::HashSet;

use uuid::Uuid;

use super::document::Block;
use crate::i18n::{Lang, tr};
use crate::session::{Decision, Entry, EntryKind, Session, Support};
use crate::t;

/// What the draft's recommendation lists keep besides the adopted ones. Apart from
/// [`super::Options`] so that code written against `Options { profile, redact, lang, ..Options::default() }`
/// stays as it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lists {
    /// The recommendations the plenary took note of, in a list after the adopted ones.
    pub noted: bool,
}

/// General Conclusions' lists once the plenary has decided.
pub(super) struct Adopted<'a> {
    pub participants: Vec<&'a Entry>,
    pub presenters: Vec<&'a Entry>,
    pub follow_up: Vec<&'a Entry>,
    /// Empty unless [`Lists::noted`].
    pub noted: Vec<&'a Entry>,
    /// Recommendations with no decision yet (not listed; the internal draft says so).
    pub undecided: usize,
}

/// The lists when some recommendation has a decision; None when none has (the draft
/// lists what was captured).
pub(super) fn adopted(session: &Session, lists: Lists) -> Option<Adopted<'_>> {
    let all: Vec<&Entry> =
        session.recommendations().into_iter().filter_map(|i| session.entries.get(i).map(|e| &**e)).collect();
    if all.iter().all(|e| e.decision.is_none()) {
        return None;
    }
    let adopted = |kind: EntryKind| -> Vec<&Entry> {
        all.iter().copied().filter(|e| e.kind == kind && e.decision == Some(Decision::Adopted)).collect()
    };
    Some(Adopted {
        participants: adopted(EntryKind::RecommendationParticipants),
        presenters: adopted(EntryKind::RecommendationPresenters),
        follow_up: adopted(EntryKind::FollowUp),
        noted: if lists.noted {
            all.iter().copied().filter(|e| e.decision == Some(Decision::Noted)).collect()
        } else {
            Vec::new()
        },
        undecided: all.iter().filter(|e| e.decision.is_none()).count(),
    })
}

/// A recommendation as a list of General Conclusions shows it.
pub(super) struct Listed {
    /// The list's heading.
    pub list: String,
    /// Its number in that list, from 1.
    pub number: usize,
    pub entry: Uuid,
    /// The text as the draft shows it (checked for names, redacted if asked).
    pub text: String,
}

/// The annex "Support for the recommendations": the listed ones that have a decision or
/// the room's support, with their list and number; in the internal draft also every
/// decided one the lists leave out (rejected, noted when noted ones are not listed), after
/// them. Nothing when no row has anything to say. `number`: the annexes before it, plus one.
pub(super) fn support_annex(
    session: &Session,
    listed: &[Listed],
    internal: bool,
    lang: Lang,
    number: usize,
) -> Vec<Block> {
    let has_result = |e: &Entry| e.decision.is_some() || e.support.is_some();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for l in listed {
        let Some(e) = session.entry(l.entry).filter(|e| has_result(e)) else { continue };
        rows.push(vec![
            l.list.clone(),
            l.number.to_string(),
            l.text.clone(),
            decision(e, lang),
            support(e, lang),
        ]);
    }
    if internal {
        let shown: HashSet<Uuid> = listed.iter().map(|l| l.entry).collect();
        for i in session.recommendations() {
            let Some(e) = session.entries.get(i) else { continue };
            if e.decision.is_none() || shown.contains(&e.id) {
                continue;
            }
            let text = one_line(&e.text);
            rows.push(vec!["—".into(), String::new(), text, decision(e, lang), support(e, lang)]);
        }
    }
    if rows.is_empty() {
        return Vec::new();
    }
    let header = [
        "annex-col-list",
        "annex-col-number",
        "annex-col-recommendation",
        "annex-col-decision",
        "annex-col-support",
    ]
    .iter()
    .map(|id| tr(lang, id, &[]))
    .collect();
    vec![
        Block::Heading { level: 2, text: t!(lang, "annex-support", n = number) },
        Block::Table { header, rows },
    ]
}

/// A note's lines as one (the way the draft shows a point).
pub(super) fn one_line(text: &str) -> String {
    text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// "adopted", "noted", "rejected", or a dash.
fn decision(e: &Entry, lang: Lang) -> String {
    match e.decision {
        Some(Decision::Adopted) => tr(lang, "annex-decision-adopted", &[]),
        Some(Decision::Noted) => tr(lang, "annex-decision-noted", &[]),
        Some(Decision::Rejected) => tr(lang, "annex-decision-rejected", &[]),
        None => "—".into(),
    }
}

/// "adopted by consensus", "14 for, 2 against, 3 abstaining", "7 dots", "no consensus:
/// contested", or a dash.
fn support(e: &Entry, lang: Lang) -> String {
    match e.support {
        Some(Support::Consensus) if e.decision == Some(Decision::Adopted) => {
            tr(lang, "annex-support-consensus-adopted", &[])
        }
        Some(Support::Consensus) => tr(lang, "annex-support-consensus", &[]),
        Some(Support::NoConsensus) => tr(lang, "annex-support-no-consensus", &[]),
        Some(Support::Hands { yes, against, abstaining }) => {
            t!(lang, "annex-support-hands", yes = yes, against = against, abstaining = abstaining)
        }
        Some(Support::Dots { dots }) => t!(lang, "annex-support-dots", dots = dots),
        None => "—".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn support_is_said_in_words_with_russian_plurals() {
        let words = |lang, support: Option<Support>, decision: Option<Decision>| {
            let mut e: Entry = serde_json::from_value(serde_json::json!({
                "id": "01900000-0000-7000-8000-000000000001", "kind": "follow_up", "text": "x",
                "attribution": {}, "device": "d", "created_at": "2009-04-29T11:00:00Z",
                "updated_at": "2009-04-29T11:00:00Z"
            }))
            .unwrap();
            e.support = support;
            e.decision = decision;
            super::support(&e, lang)
        };
        let hands = Some(Support::Hands { yes: 14, against: 2, abstaining: 3 });
        assert_eq!(words(Lang::En, hands, None), "14 for, 2 against, 3 abstaining");
        assert_eq!(words(Lang::En, Some(Support::Dots { dots: 1 }), None), "1 dot");
        assert_eq!(words(Lang::En, Some(Support::Dots { dots: 7 }), None), "7 dots");
        assert_eq!(words(Lang::Ru, Some(Support::Dots { dots: 3 }), None), "3 точки");
        assert_eq!(words(Lang::Ru, Some(Support::Dots { dots: 7 }), None), "7 точек");
        let consensus = Some(Support::Consensus);
        assert_eq!(words(Lang::En, consensus, Some(Decision::Adopted)), "adopted by consensus");
        assert_eq!(words(Lang::En, consensus, Some(Decision::Noted)), "consensus");
        assert_eq!(words(Lang::En, Some(Support::NoConsensus), None), "no consensus: contested");
    }
}
