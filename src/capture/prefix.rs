//! The short prefixes a fast typist puts in front of a note instead of reaching for a menu:
//! `r: ` for a recommendation, `@ngo` for who said it, `~` for not for attribution.
//! Prefixes come first, in any order, separated by spaces; the rest is the note.

use crate::agenda::Agenda;
use crate::session::{Attribution, EntryKind};

/// The kind codes, as typed before a colon. Longest first, so `rp:` wins over `r:`.
pub const KIND_CODES: [(&str, EntryKind, &str); 9] = [
    ("ref", EntryKind::Reference, "reference (footnote to the previous note)"),
    ("rp", EntryKind::RecommendationPresenters, "recommendation or need identified by presenters"),
    ("qt", EntryKind::Quote, "quote"),
    ("p", EntryKind::PresentationPoint, "point made in a presentation"),
    ("d", EntryKind::DiscussionPoint, "point made in discussion"),
    ("r", EntryKind::RecommendationParticipants, "recommendation made by participants"),
    ("c", EntryKind::Conclusion, "general conclusion"),
    ("f", EntryKind::FollowUp, "possible follow-up activity"),
    ("q", EntryKind::Question, "question"),
];

/// What the prefixes of a note said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub kind: Option<EntryKind>,
    pub attribution: Option<Attribution>,
    /// Set by a `~` prefix.
    pub not_for_attribution: bool,
    /// The note without its prefixes.
    pub body: String,
}

/// Reads the prefixes at the start of `text`.
pub fn parse(text: &str, agenda: &Agenda) -> Parsed {
    let mut out = Parsed::default();
    let mut rest = text.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix('~') {
            out.not_for_attribution = true;
            rest = after.trim_start();
            continue;
        }
        if let Some(after) = rest.strip_prefix('@') {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            let token = &after[..end];
            if !token.is_empty() {
                out.attribution = Some(resolve_attribution(token, agenda));
                rest = after[end..].trim_start();
                continue;
            }
        }
        if let Some((kind, after)) = kind_prefix(rest) {
            out.kind = Some(kind);
            rest = after.trim_start();
            continue;
        }
        break;
    }
    out.body = rest.to_string();
    out
}

fn kind_prefix(text: &str) -> Option<(EntryKind, &str)> {
    let (code, after) = text.split_once(':')?;
    let code = code.to_ascii_lowercase();
    KIND_CODES.iter().find(|(c, _, _)| *c == code).map(|(_, kind, _)| (*kind, after))
}

/// `@token`: a roster id, else a stakeholder group, else a role written with dashes
/// (`@police-officer` is "police officer").
pub fn resolve_attribution(token: &str, agenda: &Agenda) -> Attribution {
    lookup_attribution(token, agenda).unwrap_or_else(|| Attribution {
        role: Some(token.replace(['-', '_'], " ")),
        ..Attribution::default()
    })
}

/// A roster id or a stakeholder group (any case, spaces or dashes), when `token` is one.
pub fn lookup_attribution(token: &str, agenda: &Agenda) -> Option<Attribution> {
    let wanted = token.to_lowercase();
    if let Some(p) = agenda.participants.iter().find(|p| p.id.to_lowercase() == wanted) {
        return Some(Attribution { participant: Some(p.id.clone()), ..Attribution::default() });
    }
    let slug = |s: &str| s.to_lowercase().replace([' ', '_'], "-");
    agenda
        .participants
        .iter()
        .filter_map(|p| p.stakeholder.as_deref())
        .find(|g| slug(g) == slug(token))
        .map(|group| Attribution { stakeholder: Some(group.to_string()), ..Attribution::default() })
}

/// Completions for a partly typed `@token`: roster ids and stakeholder groups that start
/// with it (roster first), for Tab.
pub fn completions(partial: &str, agenda: &Agenda) -> Vec<String> {
    let wanted = partial.to_lowercase();
    let mut out: Vec<String> = agenda
        .participants
        .iter()
        .map(|p| p.id.clone())
        .filter(|id| id.to_lowercase().starts_with(&wanted))
        .collect();
    let mut groups: Vec<String> = agenda
        .participants
        .iter()
        .filter_map(|p| p.stakeholder.as_deref())
        .map(|g| g.to_lowercase().replace([' ', '_'], "-"))
        .filter(|g| g.starts_with(&wanted))
        .collect();
    groups.sort();
    groups.dedup();
    out.extend(groups);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::roundtable;

    #[test]
    fn prefixes_in_any_order() {
        let a = roundtable();
        let p = parse("r: @ngo ~ More seminars with prosecutors", &a);
        assert_eq!(p.kind, Some(EntryKind::RecommendationParticipants));
        assert_eq!(p.attribution.unwrap().stakeholder.as_deref(), Some("NGO"));
        assert!(p.not_for_attribution);
        assert_eq!(p.body, "More seminars with prosecutors");

        let p = parse("@mia-1 rp: Нужна стратегия", &a);
        assert_eq!(p.kind, Some(EntryKind::RecommendationPresenters));
        assert_eq!(p.attribution.unwrap().participant.as_deref(), Some("mia-1"));
        assert_eq!(p.body, "Нужна стратегия");

        let p = parse("@law-enforcement q: Ҳуқуқи инсон?", &a);
        assert_eq!(p.attribution.unwrap().stakeholder.as_deref(), Some("law enforcement"));
        assert_eq!(p.kind, Some(EntryKind::Question));

        let p = parse("@police-officer d: x", &a);
        assert_eq!(p.attribution.unwrap().role.as_deref(), Some("police officer"));
    }

    #[test]
    fn text_without_prefixes_is_left_alone() {
        let a = roundtable();
        for text in ["Article 15: firearms", "Time: 10:00", "e-mail@example.org said", "  plain"] {
            let p = parse(text, &a);
            assert_eq!(p.kind, None, "{text}");
            assert_eq!(p.body, text.trim_start());
        }
    }

    #[test]
    fn completion_from_the_roster() {
        let a = roundtable();
        assert_eq!(completions("mia", &a), ["mia-1", "mia-2", "mia-3", "mia-4"]);
        assert_eq!(completions("law", &a), ["law-enforcement"]);
        assert!(completions("zzz", &a).is_empty());
    }
}
