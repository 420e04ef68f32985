//! Turning what the rapporteur typed into an entry of the record: prefixes, the default
//! kind for the running item, attribution (prefix, keys, or whoever has the floor), the
//! session's Chatham House default, Unicode NFC, and no control characters, escape
//! sequences, bidirectional overrides or zero-width characters.
//!
//! Pure: no UI, no IO.

pub mod prefix;

use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::agenda::{ItemKind, PersonRef};
use crate::i18n::Lang;
use crate::session::{Attribution, EntryKind, Event, Session};

/// A paste larger than this is refused (a whole document pasted by mistake).
pub const MAX_PASTE_BYTES: usize = 1024 * 1024;

/// Choices made with keys for the entry being typed; prefixes in the text win over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    pub kind: Option<EntryKind>,
    pub attribution: Option<Attribution>,
    /// Toggled per entry: flips the session default.
    pub flip_attribution_rule: bool,
}

/// The kind a note gets when nothing says otherwise: what the running item is about.
pub fn default_kind(session: &Session, item: Option<&str>) -> EntryKind {
    let Some(run) = item.and_then(|id| session.item_index(id)).and_then(|i| session.items.get(i)) else {
        return EntryKind::DiscussionPoint;
    };
    if run.section.as_deref().is_some_and(crate::agenda::sections::is_conclusions) {
        return EntryKind::Conclusion;
    }
    let kind = session
        .agenda
        .days
        .get(run.day)
        .and_then(|d| d.items.iter().find(|i| i.id == run.item))
        .map(|i| i.kind);
    match kind {
        Some(ItemKind::Presentation | ItemKind::Panel) => EntryKind::PresentationPoint,
        _ => EntryKind::DiscussionPoint,
    }
}

/// The running presentation's speaker, when the agenda lists exactly one: notes taken
/// while they present are theirs unless the rapporteur says otherwise.
pub fn presenter(session: &Session) -> Option<Attribution> {
    let item = session.current_index().and_then(|i| session.agenda_item(i))?;
    if item.kind != ItemKind::Presentation {
        return None;
    }
    match item.speakers.as_slice() {
        [PersonRef::Id(id)] => Some(Attribution { participant: Some(id.clone()), ..Attribution::default() }),
        [PersonRef::Role(role)] => Some(Attribution { role: Some(role.clone()), ..Attribution::default() }),
        _ => None,
    }
}

/// Who has the floor now, if anyone.
pub fn floor(session: &Session) -> Option<&Attribution> {
    session.turns.last().filter(|t| t.ended_at.is_none()).map(|t| &t.speaker)
}

/// Keeps text as typed but safe: NFC (Tajik ӣ ӯ can arrive decomposed), line breaks and
/// tabs kept, escape sequences removed whole with their payload, other control characters,
/// bidirectional overrides and zero-width characters dropped (see [`crate::safe_text`]).
pub fn clean(text: &str) -> String {
    crate::safe_text::text(text).nfc().collect()
}

/// Why a note is credited to someone nobody chose for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credit {
    /// A prefix or the attribution keys chose them.
    Chosen,
    /// They have the floor.
    Floor,
    /// They present the running item.
    Presenter,
}

/// What `text` would be saved as now: the one place that decides between a typed prefix,
/// the keys, the floor, the presenter and the item's default, for the capture pane's
/// header and for the record alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub kind: EntryKind,
    /// Who, with `not_for_attribution` set from the prefix, the keys and the session rule.
    pub attribution: Attribution,
    /// Why that person (None when nobody is credited).
    pub credit: Option<Credit>,
    /// The text without its prefixes, cleaned.
    pub body: String,
}

/// Decides what `text` is saved as (see [`Resolved`]).
pub fn resolve(session: &Session, text: &str, overrides: &Overrides) -> Resolved {
    let text = clean(text);
    let parsed = prefix::parse(&text, &session.agenda);
    let item = session.timer.current.as_deref();
    let kind = parsed.kind.or(overrides.kind).unwrap_or_else(|| default_kind(session, item));
    let chosen = parsed.attribution.or_else(|| overrides.attribution.clone()).map(|a| (a, Credit::Chosen));
    let (mut attribution, credit) = chosen
        .or_else(|| floor(session).map(|a| (a.clone(), Credit::Floor)))
        .or_else(|| presenter(session).map(|a| (a, Credit::Presenter)))
        .map_or_else(|| (Attribution::default(), None), |(a, c)| (a, Some(c)));
    let default_rule = session.agenda.event.chatham_house;
    attribution.not_for_attribution =
        parsed.not_for_attribution || (default_rule != overrides.flip_attribution_rule);
    Resolved { kind, attribution, credit, body: parsed.body.trim().to_string() }
}

/// Why a note cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptureError {
    #[error("Nothing to save: the note is empty")]
    Empty,
}

impl CaptureError {
    /// What the rapporteur reads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CaptureError::Empty => crate::t!(lang, "msg-capture-empty"),
        }
    }
}

/// The event that records `text` as a new entry, or why it cannot be recorded.
pub fn capture_event(
    session: &Session,
    text: &str,
    overrides: &Overrides,
    entry: Uuid,
) -> Result<Event, CaptureError> {
    let Resolved { kind, attribution, body, .. } = resolve(session, text, overrides);
    if body.is_empty() {
        return Err(CaptureError::Empty);
    }
    let item = session.timer.current.clone();
    // A reference is a footnote to the note before it in the same item.
    let attached_to = (kind == EntryKind::Reference)
        .then(|| {
            session
                .live_entries()
                .filter(|e| e.item.as_deref() == item.as_deref() && e.kind != EntryKind::Reference)
                .last()
                .map(|e| e.id)
        })
        .flatten();
    let group = active_group(session, attribution.participant.as_deref());
    Ok(Event::EntryCaptured { entry, kind, text: body, attribution, item, group, attached_to })
}

/// The working group a note belongs to: the group whose report-back slot is running, else
/// the group of the participant (member or rapporteur) it is attributed to, during a
/// working-groups item or the report-back after it.
fn active_group(session: &Session, participant: Option<&str>) -> Option<String> {
    if let Some(g) =
        session.groups.iter().find(|g| g.report_back.as_ref().is_some_and(|s| s.ended_at.is_none()))
    {
        return Some(g.group.name.clone());
    }
    // During the groups' own item or their report-back: the group of whoever said it.
    let wg = session.current_index().and_then(|i| crate::timing::groups_item(session, i))?;
    let participant = participant?;
    crate::timing::groups_of(session, wg)
        .into_iter()
        .find(|g| {
            g.group.members.iter().any(|m| m == participant)
                || g.group.rapporteur.as_ref().and_then(|r| r.roster_id()) == Some(participant)
        })
        .map(|g| g.group.name.clone())
}

/// Short label of a kind for the capture pane and review list.
pub fn kind_label(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::PresentationPoint => "presentation",
        EntryKind::DiscussionPoint => "discussion",
        EntryKind::RecommendationParticipants => "recommendation (participants)",
        EntryKind::RecommendationPresenters => "recommendation (presenters)",
        EntryKind::Conclusion => "conclusion",
        EntryKind::FollowUp => "follow-up",
        EntryKind::Question => "question",
        EntryKind::Quote => "quote",
        EntryKind::Reference => "reference",
    }
}

/// [`kind_label`] in `lang`, for the operator's screen.
pub fn kind_label_in(lang: Lang, kind: EntryKind) -> String {
    match kind {
        EntryKind::PresentationPoint => crate::t!(lang, "msg-kind-presentation"),
        EntryKind::DiscussionPoint => crate::t!(lang, "msg-kind-discussion"),
        EntryKind::RecommendationParticipants => crate::t!(lang, "msg-kind-recommendation-participants"),
        EntryKind::RecommendationPresenters => crate::t!(lang, "msg-kind-recommendation-presenters"),
        EntryKind::Conclusion => crate::t!(lang, "msg-kind-conclusion"),
        EntryKind::FollowUp => crate::t!(lang, "msg-kind-follow-up"),
        EntryKind::Question => crate::t!(lang, "msg-kind-question"),
        EntryKind::Quote => crate::t!(lang, "msg-kind-quote"),
        EntryKind::Reference => crate::t!(lang, "msg-kind-reference"),
    }
}

/// The next kind, for the key that cycles through them.
pub fn next_kind(kind: EntryKind) -> EntryKind {
    let order = [
        EntryKind::PresentationPoint,
        EntryKind::DiscussionPoint,
        EntryKind::RecommendationParticipants,
        EntryKind::RecommendationPresenters,
        EntryKind::Conclusion,
        EntryKind::FollowUp,
        EntryKind::Question,
        EntryKind::Quote,
        EntryKind::Reference,
    ];
    let i = order.iter().position(|k| *k == kind).unwrap_or(0);
    order.get((i + 1) % order.len()).copied().unwrap_or(kind)
}

#[cfg(test)]
mod tests;
