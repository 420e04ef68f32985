//! The agenda's `report` block: what the draft report carries beyond what was said and
//! the agenda's event block — the label under the title, the donors' disclaimer, an
//! epigraph, words added to the report's own headings, which annexes in which order, and
//! how each profile says who made a point in each part of the report.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
    /// Words added after the report's own headings, e.g. follow_up: "by the OSCE Office
    /// in Tajikistan, supported where possible by ODIHR".
    #[serde(default, skip_serializing_if = "Qualifiers::is_empty")]
    pub qualifiers: Qualifiers,
    /// The annexes, in this order. Left out: as_run, speaking_time, support (each only when
    /// it has something to show).
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

/// Words added (after a space) to the report's own headings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualifiers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approach: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusions: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_participants: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_presenters: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations_noted: Option<String>,
}

impl Qualifiers {
    pub fn is_empty(&self) -> bool {
        self == &Qualifiers::default()
    }

    /// The qualifier for the heading with message id `heading_id`, if any.
    pub fn for_heading(&self, heading_id: &str) -> Option<&str> {
        let q = match heading_id {
            "report-background" => &self.background,
            "report-approach" => &self.approach,
            "report-materials" => &self.materials,
            "report-conclusions" => &self.conclusions,
            "report-recommendations-participants" => &self.recommendations_participants,
            "report-recommendations-presenters" => &self.recommendations_presenters,
            "report-follow-up" => &self.follow_up,
            "report-recommendations-noted" => &self.recommendations_noted,
            _ => return None,
        };
        q.as_deref().map(str::trim).filter(|q| !q.is_empty())
    }
}

/// One annex of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnnexKind {
    /// The agenda as planned, item by item with its description and speakers.
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
    #[serde(default, skip_serializing_if = "AttributionRules::is_empty")]
    pub internal: AttributionRules,
    #[serde(default, skip_serializing_if = "AttributionRules::is_empty")]
    pub public: AttributionRules,
}

impl AttributionSettings {
    pub fn is_empty(&self) -> bool {
        self.internal.is_empty() && self.public.is_empty()
    }
}

/// One profile's attribution styles: `default` for every part, then per part.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributionRules {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<AttributionStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presentations: Option<AttributionStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discussions: Option<AttributionStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_groups: Option<AttributionStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusions: Option<AttributionStyle>,
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
