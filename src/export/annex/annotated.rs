//! The annotated agenda, as the reference report annexes it ("See attached Annotated
//! Agenda"): the plan day by day, each item at its planned time with what the agenda says
//! of it. Built from the agenda alone, so it reads the same before the event and after.

use crate::agenda::ItemKind;
use crate::audience::{Audience, person_in};
use crate::export::document::Block;
use crate::i18n::{Lang, date_long};
use crate::session::Session;
use crate::t;

/// Annex `number`: per day a heading ("Day 1 · 28 April 2009"), then per item its planned
/// time in bold before its title; after it the item's description, its working groups and
/// its speakers, named as `audience` may see them (the public draft names no one). Breaks
/// have their time and title only.
pub fn annotated_agenda(session: &Session, audience: Audience, lang: Lang, number: usize) -> Vec<Block> {
    let agenda = &session.agenda;
    let mut blocks = vec![Block::Heading { level: 2, text: t!(lang, "annex-annotated", n = number) }];
    let mut day = None;
    for (i, run) in session.items.iter().enumerate() {
        let Some(item) = session.agenda_item(i) else { continue };
        if day != Some(run.day) {
            day = Some(run.day);
            let date = agenda.days.get(run.day).map(|d| date_long(lang, d.date.date())).unwrap_or_default();
            let text = t!(lang, "annex-annotated-day", day = run.day + 1, date = date);
            blocks.push(Block::Heading { level: 3, text });
        }
        blocks.push(Block::Lead { lead: super::planned(run), text: item.title.clone() });
        if item.kind == ItemKind::Break {
            continue;
        }
        let description = item.description.as_deref().unwrap_or_default();
        for para in description.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            blocks.push(Block::Paragraph { text: para.to_string() });
        }
        if item.kind == ItemKind::WorkingGroups && !item.groups.is_empty() {
            let groups: Vec<&str> = item.groups.iter().map(|g| g.name.as_str()).collect();
            blocks.push(Block::Paragraph {
                text: t!(lang, "annex-annotated-groups", groups = groups.join(", ")),
            });
        }
        // Each once: two speakers of one stakeholder group are one group to the public.
        let mut speakers: Vec<String> = Vec::new();
        for who in &item.speakers {
            let named = person_in(agenda, who, audience, lang);
            if !named.trim().is_empty() && !speakers.contains(&named) {
                speakers.push(named);
            }
        }
        if !speakers.is_empty() {
            // A semicolon: a role or an affiliation may hold a comma itself.
            let text = t!(lang, "annex-annotated-speakers", speakers = speakers.join("; "));
            blocks.push(Block::Paragraph { text });
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::{Scribe, roundtable, roundtable_morning};

    fn session() -> Session {
        let mut s = Scribe::new("laptop-a", roundtable_morning());
        Session::start(&s.start(&roundtable())).unwrap()
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, text } => format!("h{level} {text}"),
                Block::Lead { lead, text } => format!("**{lead}** {text}"),
                Block::Paragraph { text } => text.clone(),
                other => panic!("the annotated agenda has no {other:?}"),
            })
            .collect()
    }

    #[test]
    fn every_item_at_its_planned_time_with_what_the_agenda_says_of_it() {
        let blocks = texts(&annotated_agenda(&session(), Audience::InternalDraft, Lang::En, 1));
        let at = |needle: &str| {
            blocks.iter().position(|b| b == needle).unwrap_or_else(|| panic!("{needle}: {blocks:#?}"))
        };
        assert_eq!(blocks[0], "h2 Annex 1: Annotated agenda");
        assert_eq!(blocks[1], "h3 Day 1 · 28 April 2009");
        // A break: its time and title, nothing else.
        assert_eq!(blocks[2], "**09:00–09:30** Registration and coffee");
        assert_eq!(blocks[3], "**09:30–10:00** Opening remarks and introductions");
        assert!(blocks[4].starts_with("Welcome by the OSCE Office in Tajikistan and ODIHR"), "{}", blocks[4]);
        assert_eq!(
            blocks[5],
            "Speakers: Head of the Political Unit, OSCE Office in Tajikistan; \
             ODIHR Human Rights and Anti-Terrorism Programme officer, OSCE/ODIHR"
        );
        let case = at("**13:30–15:00** Case study: a police operation in a divided community");
        assert!(blocks[case + 1].starts_with("Participants discuss the case study"), "{blocks:#?}");
        assert_eq!(blocks[case + 2], "Working groups: Group A, Group B, Group C");
        let lunch = at("**12:30–13:30** Lunch");
        assert!(blocks[lunch + 1].starts_with("**"), "a break has nothing after its title: {blocks:#?}");
        let day2 = at("h3 Day 2 · 29 April 2009");
        assert_eq!(
            blocks[day2 + 1],
            "**09:00–10:00** Perspectives from the community: presentations by Tajik NGOs"
        );
        // Every item of the agenda is there, once.
        let leads = blocks.iter().filter(|b| b.starts_with("**")).count();
        assert_eq!(leads, roundtable().items().count());
    }

    #[test]
    fn the_public_draft_names_no_speaker() {
        let session = session();
        let blocks = texts(&annotated_agenda(&session, Audience::PublicDraft, Lang::En, 3));
        assert_eq!(blocks[0], "h2 Annex 3: Annotated agenda");
        // Both opening speakers are from international organisations: said once.
        assert!(
            blocks.contains(&"Speakers: international organisation representative".to_string()),
            "{blocks:#?}"
        );
        let all = blocks.join("\n");
        for p in &session.agenda.participants {
            for secret in [p.name.as_deref(), p.affiliation.as_deref()].into_iter().flatten() {
                assert!(
                    !all.contains(&format!("Speakers: {secret}")) && !all.contains(&format!("; {secret}")),
                    "{secret} in {all}"
                );
            }
        }
        assert!(!all.contains("Head of the Political Unit"), "a role one person holds names them: {all}");
        // Two NGO speakers, each the only one in their role: their group, once. Experts are experts.
        assert!(all.contains("Speakers: NGO representative"), "{all}");
        assert!(all.contains("Speakers: an expert"), "{all}");
    }

    #[test]
    fn in_russian_no_word_is_a_message_id() {
        let blocks = texts(&annotated_agenda(&session(), Audience::PublicDraft, Lang::Ru, 2));
        assert_eq!(blocks[0], "h2 Приложение 2. Аннотированная программа");
        assert_eq!(blocks[1], "h3 День 1 · 28 апреля 2009 г.");
        assert!(blocks.iter().any(|b| b.starts_with("Рабочие группы: Group A")), "{blocks:#?}");
        assert!(blocks.iter().any(|b| b.starts_with("Выступающие: ")), "{blocks:#?}");
        for lang in Lang::ALL {
            for b in texts(&annotated_agenda(&session(), Audience::InternalDraft, lang, 1)) {
                assert!(!b.contains("annex-") && !b.contains("{"), "{lang:?}: {b}");
            }
        }
    }
}
