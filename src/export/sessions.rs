//! The report's sessions, as the reference report writes them: for every report section
//! of the agenda its heading, then "Presentations" (per item, a lead paragraph from the
//! agenda — title, speakers, description — and each presenter's points as their own
//! sub-list), "Discussions" (per item, its points, then the questions raised) and "Working
//! groups" (per group, what it reported and its outputs). A part of the agenda nobody
//! captured a point for keeps its skeleton and a "[to be written]" marker, so the drafter
//! sees what is still to write and the public draft cannot go out with it unseen.

use std::collections::HashSet;

use super::attribution::capitalised;
use super::build::{Builder, is_outcome};
use super::document::{Block, ListStyle};
use crate::agenda::ItemKind;
use crate::agenda::report::ReportPart;
use crate::agenda::sections::{is_conclusions, report_section};
use crate::i18n::{tr, tr_with};
use crate::session::{Entry, EntryKind};

/// Items whose part of the report is written even when nothing was captured in them.
fn has_skeleton(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::Presentation
            | ItemKind::Panel
            | ItemKind::Discussion
            | ItemKind::WorkingGroups
            | ItemKind::Other
    )
}

impl<'a> Builder<'a> {
    /// Report sections in agenda order, then notes taken outside any section.
    pub(super) fn sections(&mut self) {
        let mut order: Vec<Option<String>> = Vec::new();
        for run in &self.session.items {
            let s = run.section.clone();
            if s.as_deref().is_some_and(is_conclusions) || order.contains(&s) || s.is_none() {
                continue;
            }
            order.push(s);
        }
        order.push(None);
        for section in order {
            // A working group's conclusions, recommendations and follow-up are part of
            // its output: they stay with the group here (and are listed in General
            // Conclusions too).
            let in_section = |e: &&Entry| {
                e.section.as_deref() == section.as_deref() && (e.group.is_some() || !is_outcome(e.kind))
            };
            let entries: Vec<&Entry> = self.entries().into_iter().filter(in_section).collect();
            let items: Vec<usize> = match &section {
                Some(s) => (self.session.items.iter().enumerate())
                    .filter(|(_, run)| run.section.as_deref() == Some(s.as_str()))
                    .map(|(i, _)| i)
                    .collect(),
                None => Vec::new(),
            };
            let skeleton = items.iter().any(|&i| self.kind_of(i).is_some_and(has_skeleton));
            if entries.is_empty() && !skeleton {
                continue;
            }
            // A section named as one of the report's own ("Справочная информация") is that
            // section: its notes go under the heading the report already has, never a
            // second one.
            let own = section.as_deref().and_then(report_section).map(|s| tr(self.lang, s.heading_id(), &[]));
            let existing = own.as_ref().and_then(|own| {
                self.blocks.iter().position(|b| matches!(b, Block::Heading { level: 2, text } if text == own))
            });
            if let Some(at) = existing {
                let end = self
                    .blocks
                    .iter()
                    .skip(at + 1)
                    .position(|b| matches!(b, Block::Heading { level: 1 | 2, .. }))
                    .map_or(self.blocks.len(), |p| at + 1 + p);
                let after = self.blocks.split_off(end);
                self.section_body(&items, entries);
                self.blocks.extend(after);
                continue;
            }
            let title = own
                .or_else(|| section.clone())
                .unwrap_or_else(|| tr(self.lang, "report-further-points", &[]));
            self.blocks.push(Block::Heading { level: 2, text: title });
            self.section_body(&items, entries);
        }
    }

    fn kind_of(&self, run: usize) -> Option<ItemKind> {
        self.session.agenda_item(run).map(|it| it.kind)
    }

    fn of_item<'e>(&self, run: usize, entries: &[&'e Entry]) -> Vec<&'e Entry> {
        let id = self.session.items.get(run).map(|r| r.item.as_str());
        entries.iter().copied().filter(|e| e.item.as_deref() == id).collect()
    }

    /// Whether a plenary point is part of what was presented: a presentation point, or a
    /// quote taken while someone presented.
    fn presented(&self, e: &Entry) -> bool {
        e.kind == EntryKind::PresentationPoint
            || (e.kind == EntryKind::Quote
                && matches!(self.item_kind(e), Some(ItemKind::Presentation | ItemKind::Panel)))
    }

    /// A section's body: "Presentations", "Discussions", then "Working groups"; per item
    /// of the agenda (`items`, agenda order) where there are any, else as one list.
    pub(super) fn section_body(&mut self, items: &[usize], entries: Vec<&'a Entry>) {
        let (grouped, plenary): (Vec<&Entry>, Vec<&Entry>) =
            entries.into_iter().partition(|e| e.group.is_some());
        let (presented, discussed): (Vec<&Entry>, Vec<&Entry>) =
            plenary.into_iter().partition(|e| self.presented(e));

        let with = |kinds: &[ItemKind], points: &[&Entry], me: &Self| -> Vec<usize> {
            items
                .iter()
                .copied()
                .filter(|&i| {
                    me.kind_of(i).is_some_and(|k| kinds.contains(&k)) || !me.of_item(i, points).is_empty()
                })
                .collect()
        };
        let shown = |list: &[usize], points: &[&'a Entry], me: &Self| -> Vec<&'a Entry> {
            let ids: HashSet<Option<&str>> =
                list.iter().map(|&i| me.session.items.get(i).map(|r| r.item.as_str())).collect();
            points.iter().copied().filter(|e| !ids.contains(&e.item.as_deref())).collect()
        };

        let pres_items = with(&[ItemKind::Presentation, ItemKind::Panel], &presented, self);
        let rest = shown(&pres_items, &presented, self);
        if !pres_items.is_empty() || !rest.is_empty() {
            self.blocks.push(Block::Heading { level: 3, text: tr(self.lang, "report-presentations", &[]) });
            for &i in &pres_items {
                self.item_lead(i, true);
                let mine = self.of_item(i, &presented);
                self.presenters(i, &mine);
            }
            self.points_block(&rest, ListStyle::Bullets, Some(ReportPart::Presentations), false);
        }

        let disc_items = with(&[ItemKind::Discussion, ItemKind::Other], &discussed, self);
        let rest = shown(&disc_items, &discussed, self);
        if !disc_items.is_empty() || !rest.is_empty() {
            self.blocks.push(Block::Heading { level: 3, text: tr(self.lang, "report-discussions", &[]) });
            for &i in &disc_items {
                // A presentation's own lead is under Presentations: here its title will do.
                let full = !pres_items.contains(&i);
                self.item_lead(i, full);
                let mine = self.of_item(i, &discussed);
                self.discussion(&mine, true);
            }
            self.discussion(&rest, false);
        }

        let group_items: Vec<usize> =
            items.iter().copied().filter(|&i| self.kind_of(i) == Some(ItemKind::WorkingGroups)).collect();
        if !grouped.is_empty() || !group_items.is_empty() {
            self.blocks.push(Block::Heading { level: 3, text: tr(self.lang, "report-working-groups", &[]) });
            for &i in &group_items {
                self.item_lead(i, true);
            }
            if grouped.is_empty() {
                self.placeholder();
            }
            let mut groups: Vec<String> = grouped.iter().filter_map(|e| e.group.clone()).collect();
            groups.sort();
            groups.dedup();
            for g in groups {
                let mine: Vec<&Entry> =
                    grouped.iter().copied().filter(|e| e.group.as_deref() == Some(g.as_str())).collect();
                self.group_output(&g, &mine);
            }
        }
    }

    /// "[to be written]", where the drafter has to write what nobody captured.
    pub(super) fn placeholder(&mut self) {
        self.blocks.push(Block::Placeholder { text: tr(self.lang, "report-to-be-written", &[]) });
    }

    /// An item's lead paragraph: its title in bold, then (when `full`) its speakers as
    /// the draft may name them, its working groups and what the agenda says of it.
    fn item_lead(&mut self, run: usize, full: bool) {
        let Some(item) = self.session.agenda_item(run).cloned() else { return };
        let mut lead = item.title.trim().to_string();
        if !lead.ends_with(['.', '?', '!', ':']) {
            lead.push('.');
        }
        let mut parts: Vec<String> = Vec::new();
        if full {
            let audience = self.options.profile.audience();
            let mut speakers: Vec<String> = Vec::new();
            for who in &item.speakers {
                let name = crate::audience::person_in(&self.session.agenda, who, audience, self.lang);
                if !name.is_empty() && !speakers.contains(&name) {
                    speakers.push(name);
                }
            }
            if !speakers.is_empty() {
                parts.push(tr_with(self.lang, "report-item-speakers", &[("speakers", &speakers.join("; "))]));
            }
            if !item.groups.is_empty() {
                let names: Vec<&str> = item.groups.iter().map(|g| g.name.as_str()).collect();
                parts.push(tr_with(self.lang, "report-item-groups", &[("groups", &names.join(", "))]));
            }
            if let Some(d) = item.description.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                parts.push(d.to_string());
            }
        }
        // Checked for names with the other agenda text, once the report is built.
        self.blocks.push(Block::Lead { lead, text: parts.join(" ") });
    }

    /// What was presented in an item: each presenter's points as their own list after
    /// their name (the list needs no attribution then), then points by anyone else.
    fn presenters(&mut self, run: usize, entries: &[&'a Entry]) {
        if entries.is_empty() {
            self.placeholder();
            return;
        }
        let Some(item) = self.session.agenda_item(run).cloned() else { return };
        let audience = self.options.profile.audience();
        let mut left: Vec<&Entry> = entries.to_vec();
        // Presenters the draft names alike (two "international organisation
        // representatives" in the public draft) share one list.
        let mut by_name: Vec<(String, Vec<&Entry>)> = Vec::new();
        for who in &item.speakers {
            let theirs: Vec<&Entry> = left.iter().copied().filter(|e| self.by_speaker(e, who)).collect();
            if theirs.is_empty() {
                continue;
            }
            let taken: HashSet<uuid::Uuid> = theirs.iter().map(|e| e.id).collect();
            left.retain(|e| !taken.contains(&e.id));
            let name = crate::audience::person_in(&self.session.agenda, who, audience, self.lang);
            match by_name.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.extend(theirs),
                None => by_name.push((name, theirs)),
            }
        }
        for (name, mut theirs) in by_name {
            theirs.sort_by_key(|e| e.created_at);
            let presenter = capitalised(&name);
            let line = tr_with(self.lang, "report-presenter", &[("presenter", &presenter)]);
            self.blocks.push(Block::Paragraph { text: line });
            self.points_block(&theirs, ListStyle::Bullets, None, false);
        }
        self.points_block(&left, ListStyle::Bullets, Some(ReportPart::Presentations), false);
    }

    fn by_speaker(&self, e: &Entry, who: &crate::agenda::PersonRef) -> bool {
        use crate::agenda::PersonRef;
        self.session.authors(e).iter().any(|a| match who {
            PersonRef::Id(id) => a.participant.as_deref() == Some(id.as_str()),
            PersonRef::Role(role) => {
                a.participant.is_none() && a.role.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(role))
            }
        })
    }

    /// A discussion's points, then its questions after a line of their own; a
    /// placeholder when `skeleton` and nothing was captured.
    fn discussion(&mut self, entries: &[&'a Entry], skeleton: bool) {
        if entries.is_empty() {
            if skeleton {
                self.placeholder();
            }
            return;
        }
        let (questions, points): (Vec<&Entry>, Vec<&Entry>) =
            entries.iter().copied().partition(|e| e.kind == EntryKind::Question);
        self.points_block(&points, ListStyle::Bullets, Some(ReportPart::Discussions), false);
        if !questions.is_empty() {
            self.blocks.push(Block::Paragraph { text: tr(self.lang, "report-questions", &[]) });
            self.points_block(&questions, ListStyle::Bullets, Some(ReportPart::Discussions), false);
        }
    }

    /// One working group's output under its session's "Working groups": every group that
    /// has notes gets its heading, even when all of them are recommendations. First what
    /// was reported (bullets), then, each after a lead-in line, the group's conclusions,
    /// its recommendations and the follow-up it proposed, numbered as in General
    /// Conclusions.
    ///
    /// Why both places: a report-back's recommendations are the group's output, and the
    /// reader of a session wants to see what each group came up with; the report's
    /// consolidated lists ("Recommendations made by participants" …) are what decision
    /// makers read, and in the reference report they gather every recommendation made at
    /// the event. So General Conclusions keeps them too, marked with the group they came
    /// from, and the drafter decides where each one finally stays.
    fn group_output(&mut self, group: &str, entries: &[&'a Entry]) {
        let heading = self.group_name(group);
        self.blocks.push(Block::Heading { level: 4, text: heading });
        let (outcomes, reported): (Vec<&Entry>, Vec<&Entry>) =
            entries.iter().copied().partition(|e| is_outcome(e.kind));
        let part = Some(ReportPart::WorkingGroups);
        self.points_block(&reported, ListStyle::Bullets, part, false);
        let outputs: [(&str, &[EntryKind], ListStyle); 3] = [
            ("report-group-conclusions", &[EntryKind::Conclusion], ListStyle::Bullets),
            (
                "report-group-recommendations",
                &[EntryKind::RecommendationParticipants, EntryKind::RecommendationPresenters],
                ListStyle::Numbered,
            ),
            ("report-group-follow-up", &[EntryKind::FollowUp], ListStyle::Numbered),
        ];
        for (lead, kinds, style) in outputs {
            let these: Vec<&Entry> = outcomes.iter().copied().filter(|e| kinds.contains(&e.kind)).collect();
            if these.is_empty() {
                continue;
            }
            self.blocks.push(Block::Paragraph { text: tr(self.lang, lead, &[]) });
            self.points_block(&these, style, part, false);
        }
    }
}
