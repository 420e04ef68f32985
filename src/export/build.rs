//! From the minutes to the report's structure, section by section as in the reference
//! report: title block, Background, Approach, Materials; per session "Presentations",
//! "Discussions" and the working groups' outputs; General Conclusions with the three lists
//! of recommendations and follow-up (the adopted ones once the plenary has decided: see
//! [`super::adopted`]); references as footnotes; annexes. Empty parts are left out.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::adopted::{self, Listed, Lists, one_line};
use super::annex;
use super::document::{Block, FORMAT_VERSION, ListStyle, Point, Report};
use super::privacy::{self, Leak, Place, Profile};
use super::review_pack::Sources;
use crate::agenda::ItemKind;
use crate::agenda::sections::{is_conclusions, report_section};
use crate::i18n::{Lang, date_long, tr, tr_with};
use crate::privacy::Matcher;
use crate::session::{Entry, EntryKind, Mark, Session};

/// What the export needs to know besides the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub profile: Profile,
    /// Public profile: replace participants' names found in notes instead of refusing.
    pub redact: bool,
    /// The report's language; None: the agenda's first language convene speaks.
    pub lang: Option<Lang>,
}

/// The headings convene writes itself (message ids).
const OWN_HEADINGS: &[&str] = &[
    "report-background",
    "report-approach",
    "report-materials",
    "report-further-points",
    "report-presentations",
    "report-discussions",
    "report-working-groups",
    "report-conclusions",
    "report-recommendations-participants",
    "report-recommendations-presenters",
    "report-follow-up",
    "report-recommendations-noted",
    "annex-agenda",
    "annex-speaking",
    "annex-by-speaker",
];

/// Builds the report, or lists the places where a public export would name participants.
pub fn report(session: &Session, options: Options) -> Result<Report, Vec<Leak>> {
    report_with(session, options, Lists::default())
}

/// [`report`], with the recommendation lists as `lists` says.
pub fn report_with(session: &Session, options: Options, lists: Lists) -> Result<Report, Vec<Leak>> {
    let mut b = Builder::new(session, options, lists);
    let internal = options.profile == Profile::Internal;
    // Which points still wait for their source's check: said only once some source has
    // checked theirs (the review pack went out and came back), so a draft before any
    // check is not a page of flags.
    if internal && session.entries.iter().any(|e| e.checked.is_some()) {
        b.unchecked = Some(Sources::new(session));
    }
    let lang = b.lang;
    b.front_matter();
    b.sections();
    b.conclusions();
    let annexes = [annex::agenda_as_run(session, lang), annex::speaking_time(session, internal, lang)];
    let number = 1 + annexes.iter().filter(|a| !a.is_empty()).count();
    b.blocks.extend(annexes.into_iter().flatten());
    b.check_headings_and_tables();
    // Its texts are the points' own, checked (or redacted) as the lists show them.
    b.blocks.extend(adopted::support_annex(session, &b.listed, internal, lang, number));
    if !b.leaks.is_empty() {
        // A place is listed once, though its text may be shown twice (a group's outcome).
        let mut seen = HashSet::new();
        b.leaks.retain(|l| seen.insert((l.place.clone(), l.target.clone())));
        return Err(b.leaks);
    }
    let event = &session.agenda.event;
    let report = Report {
        format_version: FORMAT_VERSION,
        profile: options.profile.as_str(),
        title: event.title.clone(),
        subtitle: event.subtitle.clone(),
        dates: dates_in(session, lang),
        lang,
        venue: event.venue.clone(),
        organisers: event.organisers.clone(),
        label: None,
        disclaimer: None,
        epigraph: None,
        blocks: b.blocks,
        footnotes: b.footnotes,
    };
    // After the name scan, which reads the text as recorded (it sees through invisible
    // characters itself), and before any format is written.
    Ok(report.made_safe())
}

pub(super) struct Builder<'a> {
    session: &'a Session,
    options: Options,
    lists: Lists,
    pub(super) lang: Lang,
    names: Option<Matcher>,
    pub(super) footnotes: Vec<String>,
    leaks: Vec<Leak>,
    blocks: Vec<Block>,
    /// References by the entry they support.
    references: HashMap<Uuid, Vec<&'a Entry>>,
    /// References with no live entry to support: they stay where they were taken.
    orphans: HashSet<Uuid>,
    /// Points already built: a working group's recommendation is listed twice (under its
    /// group and in General Conclusions) with the same footnotes, checked for names once.
    points: HashMap<Uuid, Point>,
    /// The recommendations General Conclusions listed, for the support annex.
    listed: Vec<Listed>,
    /// Set when points not yet checked by their source are flagged.
    unchecked: Option<Sources<'a>>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(session: &'a Session, options: Options, lists: Lists) -> Builder<'a> {
        let names = (options.profile == Profile::Public).then(|| Matcher::new(&session.agenda));
        // Indexes built once: 10,000 entries must not mean 10,000 scans of 10,000 entries.
        let live: HashSet<Uuid> = session.live_entries().map(|e| e.id).collect();
        let mut references: HashMap<Uuid, Vec<&Entry>> = HashMap::new();
        let mut orphans = HashSet::new();
        for r in session.live_entries().filter(|e| e.kind == EntryKind::Reference) {
            match r.attached_to.filter(|a| live.contains(a)) {
                Some(parent) => references.entry(parent).or_default().push(r),
                None => {
                    orphans.insert(r.id);
                }
            }
        }
        let lang = options.lang.unwrap_or_else(|| Lang::first_of(&session.agenda.event.languages));
        Builder {
            session,
            options,
            lists,
            lang,
            names,
            footnotes: Vec::new(),
            leaks: Vec::new(),
            blocks: Vec::new(),
            references,
            orphans,
            points: HashMap::new(),
            listed: Vec::new(),
            unchecked: None,
        }
    }

    /// Headings (sections, items, groups) and the annex tables come from the agenda: they
    /// are checked like notes, in place.
    fn check_headings_and_tables(&mut self) {
        // convene's own headings and column names are no one's name, though a word of
        // them may be a surname ("Доля", the share column): only the agenda's are checked.
        let own: HashSet<String> = OWN_HEADINGS.iter().map(|id| tr(self.lang, id, &[])).collect();
        let mut blocks = std::mem::take(&mut self.blocks);
        for block in &mut blocks {
            match block {
                Block::Heading { text, .. } if own.contains(text.as_str()) => {}
                Block::Heading { text, .. } => *text = self.public_text(text, || Place::AgendaHeading),
                Block::Table { header: _, rows } => {
                    for cell in rows.iter_mut().flatten() {
                        *cell = self.public_text(cell, || Place::AnnexTable);
                    }
                }
                Block::Paragraph { .. }
                | Block::Lead { .. }
                | Block::Placeholder { .. }
                | Block::DrafterNote { .. }
                | Block::Points { .. } => {}
            }
        }
        self.blocks = blocks;
    }

    /// Text from the agenda or a note, checked (and redacted if asked) for names.
    fn public_text(&mut self, text: &str, place: impl FnOnce() -> Place) -> String {
        let Some(matcher) = &self.names else { return text.to_string() };
        let named = privacy::named_in(text, matcher);
        if named.is_empty() {
            return text.to_string();
        }
        if self.options.redact {
            return matcher.redact_in(text, self.lang);
        }
        let place = place();
        self.leaks.extend(named.into_iter().map(|target| Leak { place: place.clone(), target }));
        text.to_string()
    }

    fn front_matter(&mut self) {
        let event = self.session.agenda.event.clone();
        for (id, field, text) in [
            ("report-background", "background", &event.background),
            ("report-approach", "approach", &event.approach),
        ] {
            let Some(text) = text.as_deref().map(str::trim).filter(|t| !t.is_empty()) else { continue };
            self.blocks.push(Block::Heading { level: 2, text: tr(self.lang, id, &[]) });
            for para in text.split("\n\n") {
                let para = self.public_text(para.trim(), || Place::AgendaField(field));
                self.blocks.push(Block::Paragraph { text: para });
            }
        }
        if !event.materials.is_empty() {
            self.blocks.push(Block::Heading { level: 2, text: tr(self.lang, "report-materials", &[]) });
            self.blocks.push(Block::Paragraph { text: tr(self.lang, "report-materials-intro", &[]) });
            let mut points = Vec::new();
            for m in &event.materials {
                let text = self.public_text(m, || Place::AgendaField("materials"));
                points.push(Point::plain(text));
            }
            self.blocks.push(Block::Points { style: ListStyle::Bullets, points });
        }
    }

    /// Live entries in capture order; references become footnotes of the point they
    /// support, unless that point is gone, and then they stay where they were taken.
    /// Borrowed from the session, never cloned: at 100,000 entries a copy of each list
    /// of entries would cost more than the report itself.
    fn entries(&self) -> Vec<&'a Entry> {
        let session: &'a Session = self.session;
        session
            .live_entries()
            .filter(|e| e.kind != EntryKind::Reference || self.orphans.contains(&e.id))
            .collect()
    }

    fn item_kind(&self, entry: &Entry) -> Option<ItemKind> {
        let i = self.session.item_index(entry.item.as_deref()?)?;
        self.session.agenda_item(i).map(|it| it.kind)
    }

    fn sections(&mut self) {
        // Report sections in agenda order, then notes taken outside any section.
        let mut order: Vec<Option<String>> = Vec::new();
        for run in &self.session.items {
            let s = run.section.clone();
            if s.as_deref().is_some_and(is_conclusions) || order.contains(&s) {
                continue;
            }
            if s.is_some() {
                order.push(s);
            }
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
            if entries.is_empty() {
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
                self.section_body(entries);
                self.blocks.extend(after);
                continue;
            }
            let title = own
                .or_else(|| section.clone())
                .unwrap_or_else(|| tr(self.lang, "report-further-points", &[]));
            self.blocks.push(Block::Heading { level: 2, text: title });
            self.section_body(entries);
        }
    }

    /// A section's points: "Presentations", "Discussions", then "Working groups".
    fn section_body(&mut self, entries: Vec<&'a Entry>) {
        let (grouped, plenary): (Vec<&Entry>, Vec<&Entry>) =
            entries.into_iter().partition(|e| e.group.is_some());
        let (presented, discussed): (Vec<&Entry>, Vec<&Entry>) = plenary.into_iter().partition(|e| {
            e.kind == EntryKind::PresentationPoint
                || (matches!(e.kind, EntryKind::Quote)
                    && matches!(self.item_kind(e), Some(ItemKind::Presentation | ItemKind::Panel)))
        });
        self.list(&tr(self.lang, "report-presentations", &[]), 3, &presented, ListStyle::Bullets);
        self.list(&tr(self.lang, "report-discussions", &[]), 3, &discussed, ListStyle::Bullets);
        if !grouped.is_empty() {
            self.blocks.push(Block::Heading { level: 3, text: tr(self.lang, "report-working-groups", &[]) });
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
        self.points_block(&reported, ListStyle::Bullets, false);
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
            self.points_block(&these, style, false);
        }
    }

    fn conclusions(&mut self) {
        let of = |kind: EntryKind| -> Vec<&'a Entry> {
            self.entries().into_iter().filter(|e| e.kind == kind).collect()
        };
        let conclusions = of(EntryKind::Conclusion);
        let session: &'a Session = self.session;
        let (by_participants, by_presenters, follow_up, noted, undecided) =
            match adopted::adopted(session, self.lists) {
                Some(a) => (a.participants, a.presenters, a.follow_up, a.noted, a.undecided),
                None => (
                    of(EntryKind::RecommendationParticipants),
                    of(EntryKind::RecommendationPresenters),
                    of(EntryKind::FollowUp),
                    Vec::new(),
                    0,
                ),
            };
        let undecided = if self.options.profile == Profile::Internal { undecided } else { 0 };
        // What else was said during the General Conclusions item (discussion, questions,
        // a group's report) is not lost: it follows the conclusions.
        let said_here: Vec<&Entry> = self
            .entries()
            .into_iter()
            .filter(|e| {
                e.section.as_deref().is_some_and(is_conclusions) && (e.group.is_some() || !is_outcome(e.kind))
            })
            .collect();
        if conclusions.is_empty()
            && by_participants.is_empty()
            && by_presenters.is_empty()
            && follow_up.is_empty()
            && noted.is_empty()
            && undecided == 0
            && said_here.is_empty()
        {
            return;
        }
        // In the report's language, whatever the agenda calls the section: the agenda's
        // section is recognised in each language (see `is_conclusions`).
        self.blocks.push(Block::Heading { level: 2, text: tr(self.lang, "report-conclusions", &[]) });
        // Points from a working group's report-back say which group (see `group_output`).
        self.points_block(&conclusions, ListStyle::Paragraphs, true);
        self.section_body(said_here);
        if undecided > 0 {
            let text = crate::t!(self.lang, "report-undecided", n = undecided);
            self.blocks.push(Block::DrafterNote { text });
        }
        self.list_from_groups(&tr(self.lang, "report-recommendations-participants", &[]), &by_participants);
        self.list_from_groups(&tr(self.lang, "report-recommendations-presenters", &[]), &by_presenters);
        self.list_from_groups(&tr(self.lang, "report-follow-up", &[]), &follow_up);
        self.list_from_groups(&tr(self.lang, "report-recommendations-noted", &[]), &noted);
    }

    fn list(&mut self, heading: &str, level: u8, entries: &[&Entry], style: ListStyle) {
        if entries.is_empty() {
            return;
        }
        self.blocks.push(Block::Heading { level, text: heading.into() });
        self.points_block(entries, style, false);
    }

    /// A numbered list of General Conclusions, each point marked with the working group it
    /// came from, if any.
    fn list_from_groups(&mut self, heading: &str, entries: &[&Entry]) {
        if entries.is_empty() {
            return;
        }
        self.blocks.push(Block::Heading { level: 3, text: heading.into() });
        self.points_block(entries, ListStyle::Numbered, true);
        if let Some(Block::Points { points, .. }) = self.blocks.last() {
            self.listed.extend(entries.iter().zip(points).enumerate().map(|(i, (e, p))| Listed {
                list: heading.to_string(),
                number: i + 1,
                entry: e.id,
                text: p.text.clone(),
            }));
        }
    }

    /// The points of `entries` (nothing when there are none), after a note to the drafter
    /// when some were contested; `mark_group` marks each point with its working group.
    fn points_block(&mut self, entries: &[&Entry], style: ListStyle, mark_group: bool) {
        if entries.is_empty() {
            return;
        }
        let points: Vec<Point> = entries
            .iter()
            .map(|e| {
                let mut p = self.point(e);
                if mark_group && let Some(g) = &e.group {
                    p.group = Some(self.group_name(g));
                }
                p
            })
            .collect();
        if points.iter().any(|p| p.flag == Some("contested")) {
            self.blocks.push(Block::DrafterNote { text: tr(self.lang, "report-contested", &[]) });
        }
        self.blocks.push(Block::Points { style, points });
    }

    pub(super) fn point(&mut self, e: &Entry) -> Point {
        if let Some(p) = self.points.get(&e.id) {
            return p.clone();
        }
        let p = self.build_point(e);
        // Only a group's outcomes are listed twice; nothing else needs keeping.
        if e.group.is_some() && is_outcome(e.kind) {
            self.points.insert(e.id, p.clone());
        }
        p
    }

    /// A working group's name as the draft shows it (a heading, or a point's marker),
    /// checked for participants' names like any other text.
    fn group_name(&mut self, group: &str) -> String {
        self.public_text(group, || Place::GroupName)
    }

    fn build_point(&mut self, e: &Entry) -> Point {
        let place = |s: &Session, e: &Entry| {
            let title = e
                .item
                .as_deref()
                .and_then(|id| s.item_index(id))
                .and_then(|i| s.agenda_item(i))
                .map(|i| i.title.clone());
            let tz = s.agenda.event.time_zone.time_zone();
            let time = e.created_at.to_zoned_datetime(tz).strftime("%H:%M").to_string();
            privacy::entry_place(e, title.as_deref(), &time)
        };
        let session = self.session;
        let mut text = one_line(&e.text);
        if e.kind == EntryKind::Reference {
            text = tr_with(self.lang, "report-reference", &[("text", &text)]);
        }
        let text = self.public_text(&text, || place(session, e));
        let mut footnotes = Vec::new();
        let refs = self.references.get(&e.id).cloned().unwrap_or_default();
        for r in refs {
            let note = r.text.split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
            let note = self.public_text(&note, || place(session, r));
            self.footnotes.push(note);
            footnotes.push(self.footnotes.len());
        }
        let flag = match e.mark {
            Mark::Contested => Some("contested"),
            Mark::Consensus => Some("consensus"),
            Mark::None => None,
        };
        // A role typed as an attribution ("Назаров's deputy") is text like any other.
        let attribution = crate::audience::sources_in(
            &session.agenda,
            &session.authors(e),
            self.options.profile.audience(),
            self.lang,
        )
        .map(|a| self.public_text(&a, || place(session, e)));
        let unchecked = self.unchecked.as_ref().is_some_and(|s| s.waits_for_check(e));
        Point { lead_in: None, text, ending: None, attribution, group: None, footnotes, flag, unchecked }
    }
}

/// The kinds that General Conclusions gathers from the whole event.
fn is_outcome(kind: EntryKind) -> bool {
    matches!(
        kind,
        EntryKind::Conclusion
            | EntryKind::RecommendationParticipants
            | EntryKind::RecommendationPresenters
            | EntryKind::FollowUp
    )
}

/// "28–29 April 2009", "30 April – 1 May 2009", "28 April 2009".
pub fn dates(session: &Session) -> String {
    dates_in(session, Lang::En)
}

/// "28–29 April 2009", "28–29 апреля 2009 г.": the event's dates in `lang`.
pub fn dates_in(session: &Session, lang: Lang) -> String {
    let days = &session.agenda.days;
    let (Some(first), Some(last)) = (days.first(), days.last()) else { return String::new() };
    let (a, b) = (first.date.date(), last.date.date());
    let month = |d: jiff::civil::Date| tr(lang, &format!("month-of-{}", d.month()), &[]);
    if a == b {
        date_long(lang, a)
    } else if a.year() == b.year() && a.month() == b.month() {
        format!("{}–{}", a.day(), date_long(lang, b))
    } else if a.year() == b.year() {
        format!("{} {} – {}", a.day(), month(a), date_long(lang, b))
    } else {
        format!("{} – {}", date_long(lang, a), date_long(lang, b))
    }
}
