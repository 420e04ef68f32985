//! The review pack (`convene export SESSION --review-pack`): for each presenter and each
//! working group's rapporteur, the points the minutes attribute to them (or to their
//! group), each headed by a short form of its entry id, with where and when it was taken
//! and a line to approve or correct it. Built as a [`Report`], so the Markdown and Word
//! writers make both files and the two never disagree.
//!
//! Also who a point goes back to for checking ([`Sources`]): the internal draft flags the
//! points whose source has not checked them yet.

use std::collections::HashSet;

use uuid::Uuid;

use super::adopted::Lists;
use super::build::{Builder, Options, dates_in};
use super::document::{Block, FORMAT_VERSION, ListStyle, Report};
use super::privacy::Profile;
use crate::audience::{Audience, source_in};
use crate::i18n::{Lang, date_long, tr, tr_with};
use crate::session::{Attribution, Entry, EntryKind, GroupRun, Session};
use crate::t;

/// A point's entry id as the pack heads it and the rapporteur types it back: `#` and the
/// last 8 hex digits of the uuid (its random end: entries taken in the same minute share
/// the start), as the messages about names in notes quote it too.
pub fn short_id(id: Uuid) -> String {
    let hex = id.simple().to_string();
    format!("#{}", hex.get(hex.len().saturating_sub(8)..).unwrap_or(&hex))
}

/// Who a pack is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Addressee {
    /// A presenter: a roster participant named among some item's speakers.
    Presenter(String),
    /// A working group with a rapporteur, as formed for `item`.
    Group { item: String, name: String },
}

/// One pack: its file name (without extension), who it is for, its points' entry ids in
/// the order it lists them, and the document.
#[derive(Debug, Clone)]
pub struct Pack {
    pub name: String,
    pub addressee: Addressee,
    pub entries: Vec<Uuid>,
    pub report: Report,
}

/// Who the points of a session go back to for checking.
pub struct Sources<'a> {
    session: &'a Session,
    /// Roster ids among the items' speakers, in agenda order.
    presenters: Vec<String>,
}

impl<'a> Sources<'a> {
    pub fn new(session: &'a Session) -> Sources<'a> {
        let mut presenters: Vec<String> = Vec::new();
        for (_, item) in session.agenda.items() {
            for id in item.speakers.iter().filter_map(|s| s.roster_id()) {
                if session.agenda.participant(id).is_some() && !presenters.iter().any(|p| p == id) {
                    presenters.push(id.to_string());
                }
            }
        }
        Sources { session, presenters }
    }

    /// The presenters among a point's authors (those of the points combined into it too).
    fn presenters_of(&self, e: &Entry) -> Vec<String> {
        let authors = self.session.authors(e);
        self.presenters
            .iter()
            .filter(|p| authors.iter().any(|a| a.participant.as_deref() == Some(p.as_str())))
            .cloned()
            .collect()
    }

    /// The working group a point came from: the group of that name, the one formed latest
    /// before the point when several items had a group of that name (a group counts as
    /// formed when its item started; one whose item never started, as formed first).
    pub fn group_of(&self, e: &Entry) -> Option<&'a GroupRun> {
        let name = e.group.as_deref()?;
        let session: &'a Session = self.session;
        let started = |g: &GroupRun| {
            session.item_index(&g.item).and_then(|i| session.items.get(i)).and_then(|r| r.started_at)
        };
        let named: Vec<&'a GroupRun> = session.groups.iter().filter(|g| g.group.name == name).collect();
        let before = named.iter().copied().filter(|g| started(g).is_none_or(|at| at <= e.created_at));
        // max_by_key keeps the last of equals: groups in the same item order as formed.
        before.max_by_key(|g| started(g)).or_else(|| named.first().copied())
    }

    /// Whether a point goes back to a source for checking: a presenter said it, or a
    /// working group with a rapporteur reported it. A recommendation the plenary decided
    /// is the room's wording now, not its source's: it is not sent back.
    fn has_source(&self, e: &Entry) -> bool {
        e.kind != EntryKind::Reference
            && e.decision.is_none()
            && (!self.presenters_of(e).is_empty()
                || self.group_of(e).is_some_and(|g| g.group.rapporteur.is_some()))
    }

    /// A point whose source has not checked it yet (the internal draft's flag).
    pub fn waits_for_check(&self, e: &Entry) -> bool {
        e.checked.is_none() && self.has_source(e)
    }
}

/// The review pack of `session`, in `lang` (None: the report's default language), one
/// [`Pack`] for each presenter and each group's rapporteur who has points, presenters
/// first in agenda order, then the groups as formed.
pub fn review_pack(session: &Session, lang: Option<Lang>) -> Vec<Pack> {
    let sources = Sources::new(session);
    // Each point with its presenters and its group, worked out once.
    let points: Vec<(&Entry, Vec<String>, Option<&GroupRun>)> = session
        .live_entries()
        .filter(|e| sources.has_source(e))
        .map(|e| (e, sources.presenters_of(e), sources.group_of(e)))
        .collect();
    let mut packs = Vec::new();
    for id in &sources.presenters {
        let mine: Vec<&Entry> =
            points.iter().filter(|(_, presenters, _)| presenters.contains(id)).map(|(e, ..)| *e).collect();
        if !mine.is_empty() {
            packs.push(pack(session, lang, Addressee::Presenter(id.clone()), &mine));
        }
    }
    let mut names_seen = HashSet::new();
    let repeated: HashSet<&str> =
        session.groups.iter().map(|g| g.group.name.as_str()).filter(|n| !names_seen.insert(*n)).collect();
    for g in session.groups.iter().filter(|g| g.group.rapporteur.is_some()) {
        let ours: Vec<&Entry> = points
            .iter()
            .filter(|(_, _, group)| group.is_some_and(|of| std::ptr::eq(of, g)))
            .map(|(e, ..)| *e)
            .collect();
        if ours.is_empty() {
            continue;
        }
        let mut p =
            pack(session, lang, Addressee::Group { item: g.item.clone(), name: g.group.name.clone() }, &ours);
        if repeated.contains(g.group.name.as_str()) {
            p.name = format!("{}-{}", p.name, file_part(&g.item));
        }
        packs.push(p);
    }
    packs
}

fn pack(session: &Session, lang: Option<Lang>, to: Addressee, entries: &[&Entry]) -> Pack {
    let options = Options { profile: Profile::Internal, redact: false, lang, ..Options::default() };
    let mut b = Builder::new(session, options, Lists::default());
    let lang = b.lang;
    let agenda = &session.agenda;
    let person = |id: &str| {
        let who = Attribution { participant: Some(id.to_string()), ..Attribution::default() };
        let text = source_in(agenda, &who, Audience::InternalDraft, lang).unwrap_or_default();
        format!("{text} ({id})")
    };
    let (name, subtitle, intro) = match &to {
        Addressee::Presenter(id) => {
            let who = person(id);
            (file_part(id), tr_with(lang, "review-for", &[("who", &who)]), tr(lang, "review-intro", &[]))
        }
        Addressee::Group { item, name } => {
            let rapporteur = session
                .groups
                .iter()
                .find(|g| &g.item == item && &g.group.name == name)
                .and_then(|g| g.group.rapporteur.as_ref())
                .map(|r| match r.roster_id() {
                    Some(id) if agenda.participant(id).is_some() => person(id),
                    _ => crate::audience::person(agenda, r, Audience::InternalDraft),
                })
                .unwrap_or_default();
            let subtitle = tr_with(lang, "review-for-group", &[("group", name), ("who", &rapporteur)]);
            (file_part(name), subtitle, tr_with(lang, "review-intro-group", &[("group", name)]))
        }
    };
    let event = &agenda.event;
    let back = if event.organisers.is_empty() {
        tr(lang, "review-return", &[])
    } else {
        tr_with(lang, "review-return-to", &[("organisers", &event.organisers.join(", "))])
    };
    let mut blocks = vec![
        Block::Paragraph { text: intro },
        Block::Paragraph {
            text: t!(lang, "review-how", example = short_id(entries.first().map_or(Uuid::nil(), |e| e.id))),
        },
        Block::Paragraph { text: back },
    ];
    let tz = event.time_zone.time_zone();
    for e in entries {
        blocks.push(Block::Heading { level: 3, text: short_id(e.id) });
        let taken = e.created_at.to_zoned_datetime(tz.clone());
        let when = tr_with(
            lang,
            "review-when",
            &[("date", &date_long(lang, taken.date())), ("time", &taken.strftime("%H:%M").to_string())],
        );
        let item = e.item.as_deref().and_then(|i| session.item_index(i)).and_then(|i| session.agenda_item(i));
        let place: Vec<String> =
            [item.map(|i| i.title.clone()), e.section.as_deref().map(str::to_string), Some(when)]
                .into_iter()
                .flatten()
                .collect();
        blocks.push(Block::Paragraph { text: place.join(" · ") });
        let point = b.point(e);
        blocks.push(Block::Points { style: ListStyle::Paragraphs, points: vec![point] });
        // A pack sent again says what its source already checked, so nobody reads it twice.
        let check = match &e.checked {
            Some(c) => {
                let who = source_in(agenda, &c.by, Audience::InternalDraft, lang).unwrap_or_default();
                let on = date_long(lang, c.at.to_zoned_datetime(tz.clone()).date());
                tr_with(lang, "review-already-checked", &[("who", &who), ("date", &on)])
            }
            None => tr(lang, "review-check-line", &[]),
        };
        blocks.push(Block::Paragraph { text: check });
    }
    let report = Report {
        format_version: FORMAT_VERSION,
        profile: "review",
        title: event.title.clone(),
        subtitle: Some(subtitle),
        dates: dates_in(session, lang),
        lang,
        venue: event.venue.clone(),
        organisers: Vec::new(),
        label: None,
        disclaimer: None,
        epigraph: None,
        blocks,
        footnotes: std::mem::take(&mut b.footnotes),
    };
    Pack {
        name: format!("review-{name}"),
        addressee: to,
        entries: entries.iter().map(|e| e.id).collect(),
        report: report.made_safe(),
    }
}

/// A participant id or a group's name as part of a file name: letters and digits (any
/// script) in lower case, anything else a dash, at most 60 characters.
fn file_part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() { "source".to_string() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_become_short_safe_file_parts() {
        assert_eq!(short_id(Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_1a2b_3c4d)), "#1a2b3c4d");
        assert_eq!(file_part("Group A"), "group-a");
        assert_eq!(file_part("Группа «Б» / 2"), "группа-б-2");
        assert_eq!(file_part("../../etc"), "etc");
        assert_eq!(file_part("…"), "source");
    }
}
