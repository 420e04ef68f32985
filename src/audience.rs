//! Who may be named, and how, for each audience. One function per audience, in one place,
//! so no screen or format invents its own rule:
//!
//! - the **operator's screen** (the facilitator's and the rapporteur's laptop): roster
//!   people by name (or role) and id, so they can be told apart and typed;
//! - the **projector** (the room, and whoever photographs the wall): public, like the
//!   public draft;
//! - the **internal draft** (the organisers): names, roles and affiliations, marking what
//!   was said not for attribution;
//! - the **public draft** (Chatham House): never a name or an affiliation. A roster person
//!   is shown by a role only when several people hold it; a role held by one person
//!   ("Head of the Ombudsman's office") names them as surely as a name does, so they
//!   become their stakeholder group.
//!
//! Pure: no UI, no IO.

use crate::agenda::{Agenda, PersonRef};
use crate::i18n::{Lang, tr_with};
use crate::session::Attribution;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Operator,
    Projector,
    InternalDraft,
    PublicDraft,
}

impl Audience {
    /// Whether this audience is the public (the room, the published report).
    pub fn is_public(self) -> bool {
        matches!(self, Audience::Projector | Audience::PublicDraft)
    }
}

/// A source (who said something, who has the floor) as `audience` may see it; None when
/// nothing is known, or nothing may be said.
pub fn source(agenda: &Agenda, who: &Attribution, audience: Audience) -> Option<String> {
    source_in(agenda, who, audience, Lang::En)
}

/// [`source`], with the words convene adds ("a participant", "NGO representative") in
/// `lang`: the projector speaks the room's language. Roles and groups are the agenda's.
pub fn source_in(agenda: &Agenda, who: &Attribution, audience: Audience, lang: Lang) -> Option<String> {
    let person = who.participant.as_deref().and_then(|id| agenda.participant(id));
    match audience {
        Audience::Operator => match (who.participant.as_deref(), person) {
            (Some(id), Some(p)) => {
                Some(format!("{} ({id})", p.name.clone().unwrap_or_else(|| p.role.clone())))
            }
            (Some(id), None) => Some(id.to_string()),
            (None, _) => who.role.clone().or_else(|| {
                who.stakeholder.as_ref().map(|g| tr_with(lang, "group-as-source", &[("group", g)]))
            }),
        },
        Audience::InternalDraft => {
            let text = match person {
                Some(p) => {
                    let mut name = p.name.clone().unwrap_or_else(|| p.role.clone());
                    if p.name.is_some() {
                        name = format!("{name}, {}", p.role);
                    }
                    if let Some(a) = &p.affiliation {
                        name = format!("{name}, {a}");
                    }
                    name
                }
                None => who.role.clone().or_else(|| {
                    who.stakeholder.as_ref().map(|g| tr_with(lang, "group-representatives", &[("group", g)]))
                })?,
            };
            Some(if who.not_for_attribution {
                format!("{text}; {}", tr_with(lang, "report-not-for-attribution", &[]))
            } else {
                text
            })
        }
        Audience::Projector | Audience::PublicDraft => {
            let unknown_person = who.participant.is_some() && person.is_none();
            match (person, &who.role, &who.stakeholder) {
                (Some(p), _, _) => Some(public_role(agenda, &p.role, p.stakeholder.as_deref(), lang)),
                // An id the roster does not know could be anything: say nothing of it.
                _ if unknown_person => Some(tr_with(lang, "a-participant", &[])),
                (None, Some(role), _) => Some(public_role(agenda, role, None, lang)),
                (None, None, Some(group)) => {
                    Some(tr_with(lang, "group-representatives", &[("group", group)]))
                }
                (None, None, None) => None,
            }
        }
    }
}

/// Several sources (a point merged from duplicates said by several people), each once.
pub fn sources(agenda: &Agenda, whos: &[Attribution], audience: Audience) -> Option<String> {
    sources_in(agenda, whos, audience, Lang::En)
}

/// [`sources`], with convene's words in `lang`.
pub fn sources_in(agenda: &Agenda, whos: &[Attribution], audience: Audience, lang: Lang) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for who in whos {
        if let Some(text) = source_in(agenda, who, audience, lang)
            && !parts.contains(&text)
        {
            parts.push(text);
        }
    }
    match parts.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        _ if audience == Audience::InternalDraft => Some(parts.join(" | ")),
        _ => Some(parts.join(&format!(" {} ", tr_with(lang, "report-and", &[])))),
    }
}

/// A person the agenda names (an item's speaker, a group's rapporteur).
pub fn person(agenda: &Agenda, who: &PersonRef, audience: Audience) -> String {
    person_in(agenda, who, audience, Lang::En)
}

/// [`person`], with the words convene adds ("NGO representative") in `lang`: a Russian
/// draft's annotated agenda says "представитель НПО".
pub fn person_in(agenda: &Agenda, who: &PersonRef, audience: Audience, lang: Lang) -> String {
    match who {
        PersonRef::Id(id) => {
            let a = Attribution { participant: Some(id.clone()), ..Attribution::default() };
            source_in(agenda, &a, audience, lang).unwrap_or_default()
        }
        PersonRef::Role(role) => role.clone(),
    }
}

/// A role as the public may read it: a role several people on the roster hold names none
/// of them ("Police expert" when there are two); a role held by one person names them as
/// surely as their name ("Head of the Political Unit"), so it becomes their stakeholder
/// group. The projector and the public draft both read roles through here.
fn public_role(agenda: &Agenda, role: &str, group: Option<&str>, lang: Lang) -> String {
    let same = |r: &str| r.trim().to_lowercase() == role.trim().to_lowercase();
    let holders: Vec<_> = agenda.participants.iter().filter(|p| same(&p.role)).collect();
    match holders.as_slice() {
        [] => role.to_string(),
        [one] => public_group(one.stakeholder.as_deref().or(group), lang),
        _ => role.to_string(),
    }
}

/// A roster person's stakeholder group as the public may read it.
fn public_group(group: Option<&str>, lang: Lang) -> String {
    match group {
        Some(g) if g.to_lowercase().starts_with("expert") || g.to_lowercase().starts_with("эксперт") => {
            tr_with(lang, "an-expert", &[])
        }
        Some(g) => tr_with(lang, "group-representative", &[("group", g)]),
        None => tr_with(lang, "a-participant", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::testkit::roundtable;

    fn by_id(id: &str) -> Attribution {
        Attribution { participant: Some(id.into()), ..Attribution::default() }
    }

    #[test]
    fn each_audience_names_as_it_may() {
        let a = roundtable();
        let who = by_id("mia-1");
        assert_eq!(
            source(&a, &who, Audience::Operator).as_deref(),
            Some("Senior officer, counter-extremism department (mia-1)")
        );
        assert_eq!(source(&a, &who, Audience::Projector).as_deref(), Some("law enforcement representative"));
        assert_eq!(
            source(&a, &who, Audience::PublicDraft).as_deref(),
            Some("law enforcement representative")
        );
        let internal = source(&a, &who, Audience::InternalDraft).unwrap();
        assert!(internal.contains("Ministry of Internal Affairs"), "{internal}");
        let group = Attribution { stakeholder: Some("NGO".into()), ..Attribution::default() };
        assert_eq!(source(&a, &group, Audience::PublicDraft).as_deref(), Some("NGO representatives"));
        assert_eq!(source(&a, &group, Audience::Operator).as_deref(), Some("NGO (group)"));
        assert_eq!(source_in(&a, &group, Audience::Operator, Lang::Ru).as_deref(), Some("NGO (группа)"));
        assert_eq!(source(&a, &Attribution::default(), Audience::PublicDraft), None);
        assert_eq!(source(&a, &by_id("nobody-known"), Audience::Projector).as_deref(), Some("a participant"));
    }

    #[test]
    fn the_public_never_gets_a_name_or_an_affiliation() {
        let a = roundtable();
        for p in &a.participants {
            for audience in [Audience::Projector, Audience::PublicDraft] {
                let text = source(&a, &by_id(&p.id), audience).unwrap_or_default();
                // A role only one person holds names them; a shared one ("Lecturer") may show.
                let unique = a.participants.iter().filter(|q| q.role == p.role).count() == 1;
                let role = unique.then_some(p.role.as_str());
                for secret in [p.name.as_deref(), p.affiliation.as_deref(), role, Some(p.id.as_str())]
                    .into_iter()
                    .flatten()
                {
                    assert!(!text.contains(secret), "{audience:?} shows {secret:?} for {}", p.id);
                }
            }
        }
    }

    #[test]
    fn a_role_held_by_one_person_is_their_group_and_a_shared_role_may_show() {
        let a = roundtable();
        // Two lecturers on the roster: the role names neither.
        for id in ["mia-2", "scns-2"] {
            for audience in [Audience::Projector, Audience::PublicDraft] {
                assert_eq!(source(&a, &by_id(id), audience).as_deref(), Some("Lecturer"));
            }
        }
        // One Head of the Political Unit: the role would name him.
        let head =
            a.participants.iter().find(|p| a.participants.iter().filter(|q| q.role == p.role).count() == 1);
        let head = head.expect("a unique role on the roster");
        let shown = source(&a, &by_id(&head.id), Audience::Projector).unwrap_or_default();
        assert!(!shown.contains(&head.role), "{shown}");
        // A role typed as an attribution follows the same rule.
        let typed = Attribution { role: Some(head.role.to_uppercase()), ..Attribution::default() };
        assert!(!source(&a, &typed, Audience::PublicDraft).unwrap_or_default().contains(&head.role));
    }

    #[test]
    fn merged_points_keep_every_author_once() {
        let a = roundtable();
        let text = sources(&a, &[by_id("mia-1"), by_id("ngo-yc"), by_id("ngo-yc")], Audience::PublicDraft);
        assert_eq!(text.as_deref(), Some("law enforcement representative and NGO representative"));
    }
}
