//! The agenda's `report` block: what the draft report carries beyond what was said and
//! the agenda's event block — the label under the title, the donors' disclaimer, an
//! epigraph, words added to the report's own headings, which annexes in which order, and
//! how each profile says who made a point in each part of the report. What the export
//! does with them is in `src/export`; here is what the file may say, and the warnings
//! about a block that parses but probably is not what the facilitator meant.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::lint::{Place, Warning, WarningKind};
use crate::i18n::{Lang, tr};

/// How the draft report looks. Every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSettings {
    /// The label under the title block, e.g. "Report" or "Отчёт".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The donors' disclaimer, in italics after the title block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclaimer: Option<String>,
    /// A quotation set before the first section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub epigraph: Option<Epigraph>,
    /// Words added, after a space, to the report's own headings, e.g. follow_up: "by the
    /// OSCE Office in Tajikistan, supported where possible by ODIHR".
    #[serde(default, skip_serializing_if = "Qualifiers::is_empty")]
    pub qualifiers: Qualifiers,
    /// The annexes (annotated_agenda, as_run, speaking_time, support), in this order,
    /// numbered from 1. Left out: as_run, speaking_time and support; an empty list: none.
    /// An annex with nothing to show (no item run yet, no one at the floor, no
    /// recommendation decided) is left out and the next takes its number; one listed twice
    /// is there once, where it is first listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annexes: Option<Vec<AnnexKind>>,
    /// How each profile says who made a point, by part of the report.
    #[serde(default, skip_serializing_if = "AttributionSettings::is_empty")]
    pub attribution: AttributionSettings,
}

/// A quotation and where it is from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Epigraph {
    /// The quotation; a blank line starts a new paragraph.
    pub text: String,
    /// Where it is from, e.g. "OSCE Charter for European Security (1999)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Words added (after a space) to the report's own headings, in the report's language:
/// only the words that follow the heading, which convene writes itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualifiers {
    /// After "Background".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// After "Approach".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approach: Option<String>,
    /// After "Materials".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<String>,
    /// After "General Conclusions".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusions: Option<String>,
    /// After "Recommendations made by participants".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_participants: Option<String>,
    /// After "Recommendations or needs identified by presenters".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_presenters: Option<String>,
    /// After "Possible follow-up activities", e.g. "by the OSCE Office in Tajikistan,
    /// supported where possible by ODIHR".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// After "Recommendations noted by the plenary".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_noted: Option<String>,
}

impl Qualifiers {
    pub fn is_empty(&self) -> bool {
        self == &Qualifiers::default()
    }

    /// Each qualifier: its field in the file, the message id of the heading it follows,
    /// and what the file says.
    fn each(&self) -> [(&'static str, &'static str, Option<&str>); 8] {
        [
            ("background", "report-background", self.background.as_deref()),
            ("approach", "report-approach", self.approach.as_deref()),
            ("materials", "report-materials", self.materials.as_deref()),
            ("conclusions", "report-conclusions", self.conclusions.as_deref()),
            (
                "recommendations_participants",
                "report-recommendations-participants",
                self.recommendations_participants.as_deref(),
            ),
            (
                "recommendations_presenters",
                "report-recommendations-presenters",
                self.recommendations_presenters.as_deref(),
            ),
            ("follow_up", "report-follow-up", self.follow_up.as_deref()),
            ("recommendations_noted", "report-recommendations-noted", self.recommendations_noted.as_deref()),
        ]
    }

    /// The qualifier for the heading with message id `heading_id`, trimmed; None when
    /// there is none (or only blanks), or the heading takes none.
    pub fn for_heading(&self, heading_id: &str) -> Option<&str> {
        let (_, _, q) = self.each().into_iter().find(|(_, id, _)| *id == heading_id)?;
        q.map(str::trim).filter(|q| !q.is_empty())
    }
}

/// One annex of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnnexKind {
    /// The agenda as planned, day by day: each item at its planned time with its
    /// description, its working groups and its speakers (named as the profile allows).
    AnnotatedAgenda,
    /// The agenda as planned and as run, with overruns.
    AsRun,
    /// Speaking time by stakeholder group (and by speaker in the internal draft).
    SpeakingTime,
    /// Each decided recommendation's support and decision.
    Support,
}

impl AnnexKind {
    /// The annexes a report has when the agenda does not list them.
    pub const DEFAULT: [AnnexKind; 3] = [AnnexKind::AsRun, AnnexKind::SpeakingTime, AnnexKind::Support];
    /// Every annex there is.
    pub const ALL: [AnnexKind; 4] =
        [AnnexKind::AnnotatedAgenda, AnnexKind::AsRun, AnnexKind::SpeakingTime, AnnexKind::Support];

    /// The spelling used in agenda files.
    pub fn as_str(self) -> &'static str {
        match self {
            AnnexKind::AnnotatedAgenda => "annotated_agenda",
            AnnexKind::AsRun => "as_run",
            AnnexKind::SpeakingTime => "speaking_time",
            AnnexKind::Support => "support",
        }
    }
}

/// The annexes of a report from an agenda with `report` block (or none), in order: the
/// ones it lists, each once where it is first listed, else [`AnnexKind::DEFAULT`]. An
/// empty list is no annexes at all.
pub fn annexes(report: Option<&ReportSettings>) -> Vec<AnnexKind> {
    match report.and_then(|r| r.annexes.as_ref()) {
        Some(listed) => {
            let mut seen = HashSet::new();
            listed.iter().copied().filter(|a| seen.insert(*a)).collect()
        }
        None => AnnexKind::DEFAULT.to_vec(),
    }
}

/// What in a `report` block is probably not what the facilitator meant, though it parses:
/// an annex listed twice (the report has it once), a qualifier that repeats its heading
/// (the report would say it twice: "Possible follow-up activities Possible follow-up
/// activities by …").
pub(super) fn warnings(report: &ReportSettings) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, annex) in report.annexes.iter().flatten().enumerate() {
        if !seen.insert(*annex) {
            out.push(Warning {
                place: Place::Field(format!("report.annexes[{i}]")),
                kind: WarningKind::AnnexTwice(annex.as_str().to_string()),
            });
        }
    }
    for (field, heading_id, qualifier) in report.qualifiers.each() {
        let Some(qualifier) = qualifier else { continue };
        let words = comparable(qualifier);
        // In whichever language the report is written: the file does not say.
        let repeated = Lang::ALL.into_iter().map(|lang| tr(lang, heading_id, &[])).find(|heading| {
            let heading = comparable(heading);
            !heading.is_empty() && words.starts_with(&heading)
        });
        if let Some(heading) = repeated {
            out.push(Warning {
                place: Place::Field(format!("report.qualifiers.{field}")),
                kind: WarningKind::QualifierRepeatsHeading(heading),
            });
        }
    }
    out
}

/// Text as a heading is compared: lower case, without the spaces and colon around it.
fn comparable(text: &str) -> String {
    text.trim().trim_end_matches(':').trim().to_lowercase()
}

/// Where and how a point says who made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum AttributionStyle {
    /// After the point, in parentheses, before the list's punctuation.
    After,
    /// Before the point: "An NGO representative recommended: …".
    LeadIn,
    /// In a footnote of its own.
    Footnote,
    /// Not said.
    None,
}

/// The parts of the report an attribution style can be set for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ReportPart {
    /// What presenters said, under each session's presentations.
    Presentations,
    /// Discussion points, questions and quotes.
    Discussions,
    /// What working groups reported.
    WorkingGroups,
    /// General Conclusions' paragraphs.
    Conclusions,
    /// The lists of recommendations and follow-up in General Conclusions.
    Recommendations,
}

impl ReportPart {
    pub const ALL: [ReportPart; 5] = [
        ReportPart::Presentations,
        ReportPart::Discussions,
        ReportPart::WorkingGroups,
        ReportPart::Conclusions,
        ReportPart::Recommendations,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The attribution styles of both profiles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributionSettings {
    /// The internal draft's. Left out: `after`, in every part.
    #[serde(default, skip_serializing_if = "AttributionRules::is_empty")]
    pub internal: AttributionRules,
    /// The public draft's. Left out: `after`, but `none` for `recommendations` (the
    /// reference report's lists say no one's role).
    #[serde(default, skip_serializing_if = "AttributionRules::is_empty")]
    pub public: AttributionRules,
}

impl AttributionSettings {
    pub fn is_empty(&self) -> bool {
        self.internal.is_empty() && self.public.is_empty()
    }
}

/// One profile's attribution styles: `default` for every part, then per part (a part's
/// own style wins over `default`). The command line's `--attribution` wins over both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributionRules {
    /// Every part not given a style of its own here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<AttributionStyle>,
    /// What presenters said, under each session's presentations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presentations: Option<AttributionStyle>,
    /// Discussion points, questions and quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discussions: Option<AttributionStyle>,
    /// What working groups reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_groups: Option<AttributionStyle>,
    /// General Conclusions' paragraphs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusions: Option<AttributionStyle>,
    /// The lists of recommendations and follow-up in General Conclusions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations: Option<AttributionStyle>,
}

impl AttributionRules {
    pub fn is_empty(&self) -> bool {
        self == &AttributionRules::default()
    }

    /// The style set for `part`, else the profile's default here, else none set.
    pub fn for_part(&self, part: ReportPart) -> Option<AttributionStyle> {
        let own = match part {
            ReportPart::Presentations => self.presentations,
            ReportPart::Discussions => self.discussions,
            ReportPart::WorkingGroups => self.working_groups,
            ReportPart::Conclusions => self.conclusions,
            ReportPart::Recommendations => self.recommendations,
        };
        own.or(self.default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{parse_str, schedule::plan, warnings as agenda_warnings};

    /// A one-item agenda with `report` as its report block (JSON).
    fn agenda_with(report: &str) -> String {
        format!(
            r#"{{"event": {{"title": "t", "time_zone": "UTC"}},
  "report": {report},
  "days": [{{"date": "2026-01-05", "start": "09:00", "items": [
    {{"id": "x", "title": "X", "kind": "discussion", "minutes": 30}}]}}]}}"#
        )
    }

    fn parsed(report: &str) -> ReportSettings {
        let agenda = parse_str("t.json", &agenda_with(report)).unwrap_or_else(|e| panic!("{e}"));
        agenda.report.expect("a report block")
    }

    fn refused(report: &str) -> String {
        parse_str("t.json", &agenda_with(report)).expect_err("should be refused").to_string()
    }

    #[test]
    fn the_samples_block_parses_as_the_reference_report_begins() {
        let agenda = crate::session::testkit::roundtable();
        let report = agenda.report.as_ref().expect("the 2009 sample has a report block");
        assert_eq!(report.label.as_deref(), Some("Report"));
        let disclaimer = report.disclaimer.as_deref().unwrap_or_default();
        assert!(disclaimer.starts_with("The OSCE Office for Democratic Institutions and Human Rights"));
        assert!(disclaimer.ends_with("the OSCE Office in Tajikistan or OSCE/ODIHR."), "{disclaimer}");
        let epigraph = report.epigraph.as_ref().expect("an epigraph");
        assert_eq!(epigraph.text.split("\n\n").count(), 2, "{:?}", epigraph.text);
        assert_eq!(epigraph.source.as_deref(), Some("OSCE Charter for European Security (1999)"));
        assert_eq!(
            report.qualifiers.for_heading("report-follow-up"),
            Some("by the OSCE Office in Tajikistan, supported where possible by ODIHR")
        );
        assert_eq!(
            annexes(Some(report)),
            [AnnexKind::AnnotatedAgenda, AnnexKind::AsRun, AnnexKind::SpeakingTime, AnnexKind::Support]
        );
        assert!(warnings(report).is_empty(), "{:?}", warnings(report));
        // What is written is what is read back.
        let again: ReportSettings = serde_json::from_value(serde_json::to_value(report).unwrap()).unwrap();
        assert_eq!(&again, report);
    }

    #[test]
    fn each_annex_is_spelled_as_the_file_spells_it() {
        for annex in AnnexKind::ALL {
            assert_eq!(serde_json::to_value(annex).unwrap(), annex.as_str());
            assert_eq!(serde_json::from_value::<AnnexKind>(annex.as_str().into()).unwrap(), annex);
        }
        assert!(AnnexKind::DEFAULT.iter().all(|a| AnnexKind::ALL.contains(a)));
    }

    #[test]
    fn every_field_may_be_left_out() {
        let report = parsed("{}");
        assert_eq!(report, ReportSettings::default());
        assert_eq!(annexes(Some(&report)), AnnexKind::DEFAULT);
        assert_eq!(annexes(None), AnnexKind::DEFAULT);
        assert_eq!(annexes(Some(&parsed(r#"{"annexes": []}"#))), [], "an empty list is no annexes");
    }

    #[test]
    fn an_unknown_field_or_value_in_the_block_is_an_error_with_a_suggestion() {
        let shown = refused(r#"{"lable": "Report"}"#);
        assert!(shown.contains(r#"report.lable: unknown field "lable"; did you mean "label"?"#), "{shown}");
        let shown = refused(r#"{"qualifiers": {"folow_up": "by the Office"}}"#);
        assert!(
            shown.contains(
                r#"report.qualifiers.folow_up: unknown field "folow_up"; did you mean "follow_up"?"#
            ),
            "{shown}"
        );
        let shown = refused(r#"{"epigraph": {"text": "…", "sourse": "Charter"}}"#);
        assert!(shown.contains(r#"did you mean "source"?"#), "{shown}");
        let shown = refused(r#"{"annexes": ["annotated_agenda", "as_ran"]}"#);
        assert!(
            shown.contains(r#"report.annexes[1]: unknown value "as_ran"; did you mean "as_run"?"#),
            "{shown}"
        );
        let shown = refused(r#"{"attribution": {"public": {"recommendations": "leadin"}}}"#);
        assert!(shown.contains(r#"unknown value "leadin"; did you mean "lead_in"?"#), "{shown}");
        let shown = refused(r#"{"attribution": {"publik": {}}}"#);
        assert!(shown.contains(r#"did you mean "public"?"#), "{shown}");
        let shown = refused(r#"{"epigraph": {"source": "Charter"}}"#);
        assert!(shown.contains("report.epigraph") && shown.contains("text"), "{shown}");
    }

    #[test]
    fn a_part_without_a_style_of_its_own_takes_the_profiles_default() {
        let rules =
            parsed(r#"{"attribution": {"public": {"default": "lead_in", "recommendations": "none"}}}"#)
                .attribution
                .public;
        assert_eq!(rules.for_part(ReportPart::Recommendations), Some(AttributionStyle::None));
        assert_eq!(rules.for_part(ReportPart::Discussions), Some(AttributionStyle::LeadIn));
        assert_eq!(rules.for_part(ReportPart::Presentations), Some(AttributionStyle::LeadIn));
        // Nothing set: the export's own defaults decide.
        let none = AttributionRules::default();
        assert!(ReportPart::ALL.into_iter().all(|p| none.for_part(p).is_none()));
        let one = AttributionRules {
            working_groups: Some(AttributionStyle::Footnote),
            ..AttributionRules::default()
        };
        assert_eq!(one.for_part(ReportPart::WorkingGroups), Some(AttributionStyle::Footnote));
        assert_eq!(one.for_part(ReportPart::Conclusions), None);
        // Each part is read from its own field.
        for (i, part) in ReportPart::ALL.into_iter().enumerate() {
            assert_eq!(part.index(), i);
            let json =
                format!(r#"{{"{}": "footnote"}}"#, serde_json::to_value(part).unwrap().as_str().unwrap());
            let rules: AttributionRules = serde_json::from_str(&json).unwrap();
            assert_eq!(rules.for_part(part), Some(AttributionStyle::Footnote), "{json}");
            assert!(ReportPart::ALL.into_iter().filter(|p| *p != part).all(|p| rules.for_part(p).is_none()));
        }
    }

    #[test]
    fn a_qualifier_belongs_to_its_heading_trimmed_and_only_when_it_says_something() {
        let q = parsed(r#"{"qualifiers": {"follow_up": "  by the Office  ", "materials": "   ", "approach": "(summary)"}}"#)
            .qualifiers;
        assert_eq!(q.for_heading("report-follow-up"), Some("by the Office"));
        assert_eq!(q.for_heading("report-approach"), Some("(summary)"));
        assert_eq!(q.for_heading("report-materials"), None, "blanks say nothing");
        assert_eq!(q.for_heading("report-background"), None);
        assert_eq!(q.for_heading("report-discussions"), None, "not a heading that takes one");
        assert_eq!(q.for_heading("follow_up"), None, "a message id, not the field's name");
        // Every field is the qualifier of a heading convene writes, in every language.
        for (field, id, _) in Qualifiers::default().each() {
            let json = format!(r#"{{"{field}": "x"}}"#);
            let one: Qualifiers = serde_json::from_str(&json).unwrap();
            assert_eq!(one.for_heading(id), Some("x"), "{field}");
            for lang in Lang::ALL {
                assert!(crate::i18n::has(lang, id), "{id} in {lang:?}");
            }
        }
    }

    #[test]
    fn check_warns_of_an_annex_listed_twice_and_a_qualifier_repeating_its_heading() {
        let text = agenda_with(
            r#"{"annexes": ["as_run", "support", "as_run"],
                "qualifiers": {"follow_up": "Possible follow-up activities by the OSCE Office:",
                               "conclusions": "Общие выводы семинара",
                               "recommendations_participants": "during the working groups"}}"#,
        );
        let agenda = parse_str("t.json", &text).unwrap();
        let shown: Vec<String> =
            agenda_warnings(&agenda, &plan(&agenda)).iter().map(|w| w.to_string()).collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert_eq!(
            shown[0],
            "report.annexes[2]: the annex \"as_run\" is listed twice; the report has it once, where it is first listed"
        );
        assert!(
            shown[1].starts_with("report.qualifiers.conclusions: starts with the heading \"Общие выводы\""),
            "{shown:#?}"
        );
        assert!(
            shown[2].starts_with(
                "report.qualifiers.follow_up: starts with the heading \"Possible follow-up activities\""
            ),
            "{shown:#?}"
        );
        let ru = agenda_warnings(&agenda, &plan(&agenda))[0].message(Lang::Ru);
        assert!(ru.contains("приложение «as_run» указано дважды"), "{ru}");
        // The annex listed twice is in the report once, where it is first listed.
        assert_eq!(annexes(agenda.report.as_ref()), [AnnexKind::AsRun, AnnexKind::Support]);
    }
}
