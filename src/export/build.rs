//! From the minutes to the report's structure, section by section as in the reference
//! report: title block, Background, Approach, Materials; per session "Presentations",
//! "Discussions" and the working groups' outputs (see [`super::sessions`]); General Conclusions with the three lists
//! of recommendations and follow-up (the adopted ones once the plenary has decided: see
//! [`super::adopted`]); references as footnotes; annexes. Empty parts are left out.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::adopted::{self, Listed, Lists, one_line};
use super::annex;
use super::attribution::AttributionChoice;
use super::attribution::{as_footnote, lead_in, split_ending};
use super::document::{Block, FORMAT_VERSION, ListStyle, Point, Report};
use super::front::Front;
use super::pictures;
use super::privacy::{self, Leak, Place, Profile};
use super::review_pack::Sources;
use crate::agenda::ItemKind;
use crate::agenda::report::{AnnexKind, AttributionStyle, ReportPart};
use crate::agenda::sections::is_conclusions;
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
    /// Public profile: write the draft although parts still say "[to be written]".
    pub allow_placeholders: bool,
    /// Attribution styles from the command line, over the agenda's.
    pub attribution: AttributionChoice,
}

impl Default for Options {
    /// The internal draft, in the agenda's language, with the agenda's attribution styles.
    fn default() -> Options {
        Options {
            profile: Profile::Internal,
            redact: false,
            lang: None,
            allow_placeholders: false,
            attribution: AttributionChoice::default(),
        }
    }
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
    "annex-by-speaker",
];

/// convene's own numbered headings (the annexes'), as any annex number makes them.
const OWN_NUMBERED_HEADINGS: &[&str] =
    &["annex-annotated", "annex-agenda", "annex-speaking", "annex-support"];

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
    // The annexes the agenda asks for, in its order, numbered as they come: one with
    // nothing to show is left out and takes no number.
    b.check_agenda_text(0, false);
    let mut number = 1;
    for kind in crate::agenda::report::annexes(session.agenda.report.as_ref()) {
        let from = b.blocks.len();
        let blocks = match kind {
            AnnexKind::AnnotatedAgenda => {
                annex::annotated_agenda(session, options.profile.audience(), lang, number)
            }
            AnnexKind::AsRun => {
                let table = annex::agenda_as_run(session, lang, number);
                b.with_figures(table, |b, now| {
                    pictures::timelines(session, lang, now, &mut |t| b.public_text(t, || Place::AnnexTable))
                })
            }
            AnnexKind::SpeakingTime => {
                let table = annex::speaking_time(session, internal, lang, number);
                b.with_figures(table, |b, now| {
                    let check = &mut |t: &str| b.public_text(t, || Place::AnnexTable);
                    pictures::speaking_balance(session, lang, now, check).into_iter().collect()
                })
            }
            // Its texts are the points' own, checked (or redacted) as the lists show them.
            AnnexKind::Support => adopted::support_annex(session, &b.listed, internal, lang, number),
        };
        if !blocks.is_empty() {
            number += 1;
        }
        let agenda_text = kind != AnnexKind::Support;
        b.blocks.extend(blocks);
        if agenda_text {
            b.check_agenda_text(from, true);
        }
    }
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
        label: b.front.label,
        disclaimer: b.front.disclaimer,
        epigraph: b.front.epigraph,
        blocks: b.blocks,
        footnotes: b.footnotes,
    };
    // After the name scan, which reads the text as recorded (it sees through invisible
    // characters itself), and before any format is written.
    Ok(report.made_safe())
}

pub(super) struct Builder<'a> {
    pub(super) session: &'a Session,
    pub(super) options: Options,
    lists: Lists,
    pub(super) lang: Lang,
    names: Option<Matcher>,
    pub(super) footnotes: Vec<String>,
    leaks: Vec<Leak>,
    pub(super) blocks: Vec<Block>,
    /// The title page's label, disclaimer and epigraph (the agenda's `report` block).
    pub(super) front: Front,
    /// Footnotes that say who made a point (the footnote attribution style), by point: a
    /// point listed twice refers to the same one.
    source_footnotes: HashMap<Uuid, usize>,
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
            front: Front::default(),
            source_footnotes: HashMap::new(),
        }
    }

    /// Headings (sections, items, groups), items' lead paragraphs and the annexes come
    /// from the agenda: they are checked like notes, in place, from block `from` on. In an
    /// annex (`annex`) every paragraph is the agenda's too (the annotated agenda's
    /// descriptions); in the body, paragraphs were checked as they were written.
    fn check_agenda_text(&mut self, from: usize, annex: bool) {
        // convene's own headings and column names are no one's name, though a word of
        // them may be a surname ("Доля", the share column): only the agenda's are checked.
        let mut own: HashSet<String> = OWN_HEADINGS.iter().map(|id| tr(self.lang, id, &[])).collect();
        for n in 1..=AnnexKind::ALL.len() {
            let n = n.to_string();
            own.extend(OWN_NUMBERED_HEADINGS.iter().map(|id| tr_with(self.lang, id, &[("n", &n)])));
        }
        let mut blocks = std::mem::take(&mut self.blocks);
        for block in blocks.iter_mut().skip(from) {
            match block {
                Block::Heading { text, .. } if own.contains(text.as_str()) => {}
                Block::Heading { text, .. } => *text = self.public_text(text, || Place::AgendaHeading),
                // An item's title and what the agenda says of it (in the annotated agenda, a
                // time and the title).
                Block::Lead { lead, text } if annex => {
                    *lead = self.public_text(lead, || Place::AgendaHeading);
                    *text = self.public_text(text, || Place::AgendaHeading);
                }
                Block::Lead { lead, text } => {
                    *lead = self.public_text(lead, || Place::AgendaHeading);
                    *text = self.public_text(text, || Place::AgendaField("description"));
                }
                Block::Paragraph { text } if annex => {
                    *text = self.public_text(text, || Place::AgendaField("description"));
                }
                Block::Table { header: _, rows } => {
                    for cell in rows.iter_mut().flatten() {
                        *cell = self.public_text(cell, || Place::AnnexTable);
                    }
                }
                // Its labels were checked as it was drawn (see `with_figures`).
                Block::Figure { .. }
                | Block::Paragraph { .. }
                | Block::Placeholder { .. }
                | Block::DrafterNote { .. }
                | Block::Points { .. } => {}
            }
        }
        self.blocks = blocks;
    }

    /// An annex's `blocks` (its heading, then its tables) with the pictures `figures`
    /// draws between the heading and the first table; nothing when the annex has nothing.
    /// The pictures show the session as of its last change, as the tables do.
    fn with_figures(
        &mut self,
        mut blocks: Vec<Block>,
        figures: impl FnOnce(&mut Self, jiff::Timestamp) -> Vec<Block>,
    ) -> Vec<Block> {
        if blocks.is_empty() {
            return blocks;
        }
        let figures = figures(self, self.session.last_change_at);
        let at = blocks.iter().position(|b| !matches!(b, Block::Heading { .. })).unwrap_or(blocks.len());
        blocks.splice(at..at, figures);
        blocks
    }

    /// Text from the agenda or a note, checked (and redacted if asked) for names.
    pub(super) fn public_text(&mut self, text: &str, place: impl FnOnce() -> Place) -> String {
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

    /// Live entries in capture order; references become footnotes of the point they
    /// support, unless that point is gone, and then they stay where they were taken.
    /// Borrowed from the session, never cloned: at 100,000 entries a copy of each list
    /// of entries would cost more than the report itself.
    pub(super) fn entries(&self) -> Vec<&'a Entry> {
        let session: &'a Session = self.session;
        session
            .live_entries()
            .filter(|e| e.kind != EntryKind::Reference || self.orphans.contains(&e.id))
            .collect()
    }

    pub(super) fn item_kind(&self, entry: &Entry) -> Option<ItemKind> {
        let i = self.session.item_index(entry.item.as_deref()?)?;
        self.session.agenda_item(i).map(|it| it.kind)
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
        let nothing = conclusions.is_empty()
            && by_participants.is_empty()
            && by_presenters.is_empty()
            && follow_up.is_empty()
            && noted.is_empty()
            && undecided == 0
            && said_here.is_empty();
        // An agenda with a General Conclusions item keeps the section for the drafter to
        // write, even when nothing was captured there.
        let planned = self.session.items.iter().any(|r| r.section.as_deref().is_some_and(is_conclusions));
        if nothing && !planned {
            return;
        }
        // In the report's language, whatever the agenda calls the section: the agenda's
        // section is recognised in each language (see `is_conclusions`).
        let heading = self.own_heading("report-conclusions");
        self.blocks.push(Block::Heading { level: 2, text: heading });
        if nothing {
            self.placeholder();
            return;
        }
        // Points from a working group's report-back say which group (see `group_output`).
        self.points_block(&conclusions, ListStyle::Paragraphs, Some(ReportPart::Conclusions), true);
        self.section_body(&[], said_here);
        if undecided > 0 {
            let text = crate::t!(self.lang, "report-undecided", n = undecided);
            self.blocks.push(Block::DrafterNote { text });
        }
        for (id, list) in [
            ("report-recommendations-participants", &by_participants),
            ("report-recommendations-presenters", &by_presenters),
            ("report-follow-up", &follow_up),
            ("report-recommendations-noted", &noted),
        ] {
            let heading = self.own_heading(id);
            self.list_from_groups(&heading, list);
        }
    }

    /// One of the report's own headings, with the qualifier the agenda adds to it
    /// ("Possible follow-up activities by the OSCE Office in Tajikistan …").
    pub(super) fn own_heading(&self, id: &str) -> String {
        let heading = tr(self.lang, id, &[]);
        let qualifier = self.session.agenda.report.as_ref().and_then(|r| r.qualifiers.for_heading(id));
        match qualifier {
            Some(q) => format!("{heading} {q}"),
            None => heading,
        }
    }

    /// A numbered list of General Conclusions, each point marked with the working group it
    /// came from, if any.
    fn list_from_groups(&mut self, heading: &str, entries: &[&Entry]) {
        if entries.is_empty() {
            return;
        }
        self.blocks.push(Block::Heading { level: 3, text: heading.into() });
        self.points_block(entries, ListStyle::Numbered, Some(ReportPart::Recommendations), true);
        if let Some(Block::Points { points, .. }) = self.blocks.last() {
            self.listed.extend(entries.iter().zip(points).enumerate().map(|(i, (e, p))| Listed {
                list: heading.to_string(),
                number: i + 1,
                entry: e.id,
                // The recommendation as typed, with its full stop: the annex quotes it.
                text: format!("{}{}", p.text, p.ending.as_deref().unwrap_or("")),
            }));
        }
    }

    /// The points of `entries` (nothing when there are none), after a note to the drafter
    /// when some were contested. Each says who made it as `part`'s attribution style has
    /// it (None: the list's lead already says); `mark_group` marks each point with its
    /// working group.
    pub(super) fn points_block(
        &mut self,
        entries: &[&Entry],
        style: ListStyle,
        part: Option<ReportPart>,
        mark_group: bool,
    ) {
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
                self.styled(p, e, part)
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

    /// `p` with who made it said as `part`'s attribution style has it, and the list
    /// punctuation it was typed with moved after its footnote markers and attribution.
    fn styled(&mut self, mut p: Point, e: &Entry, part: Option<ReportPart>) -> Point {
        let style = match part {
            Some(part) => self.options.attribution.style(&self.session.agenda, self.options.profile, part),
            None => AttributionStyle::None,
        };
        match style {
            AttributionStyle::After => {}
            AttributionStyle::None => p.attribution = None,
            AttributionStyle::LeadIn => {
                let internal = self.options.profile == Profile::Internal;
                p.lead_in = p.attribution.take().map(|who| lead_in(&who, e.kind, internal, self.lang));
            }
            AttributionStyle::Footnote => {
                if let Some(who) = p.attribution.take() {
                    let n = match self.source_footnotes.get(&e.id) {
                        Some(n) => *n,
                        None => {
                            self.footnotes.push(as_footnote(&who));
                            self.source_footnotes.insert(e.id, self.footnotes.len());
                            self.footnotes.len()
                        }
                    };
                    p.footnotes.push(n);
                }
            }
        }
        let followed = !p.footnotes.is_empty() || super::document::source_note(&p).is_some();
        if followed && let Some((body, ending)) = split_ending(&p.text) {
            let ending = ending.to_string();
            p.text.truncate(body.len());
            p.ending = Some(ending);
        }
        p
    }

    /// A working group's name as the draft shows it (a heading, or a point's marker),
    /// checked for participants' names like any other text.
    pub(super) fn group_name(&mut self, group: &str) -> String {
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
        // A quote reads as one, in the report language's quotation marks, unless the
        // rapporteur typed them.
        let quoted = text.starts_with(['"', '“', '«', '„', '\'', '‘']);
        if e.kind == EntryKind::Quote && !quoted && !text.is_empty() {
            text = tr_with(self.lang, "report-quote", &[("text", &text)]);
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
pub(super) fn is_outcome(kind: EntryKind) -> bool {
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
