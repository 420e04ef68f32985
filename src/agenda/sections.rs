//! Section titles with a meaning of their own: the one place that knows them, in every
//! language the events use.

use crate::i18n::{Lang, tr};

/// The report's own sections an agenda section may stand for, by the message id of
/// their heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportSection {
    Background,
    Approach,
    Materials,
    /// General Conclusions, where the room's conclusions, recommendations and follow-up
    /// are gathered.
    Conclusions,
    RecommendationsParticipants,
    RecommendationsPresenters,
    FollowUp,
}

impl ReportSection {
    pub const ALL: [ReportSection; 7] = [
        ReportSection::Background,
        ReportSection::Approach,
        ReportSection::Materials,
        ReportSection::Conclusions,
        ReportSection::RecommendationsParticipants,
        ReportSection::RecommendationsPresenters,
        ReportSection::FollowUp,
    ];

    /// The message id of the section's heading.
    pub fn heading_id(self) -> &'static str {
        match self {
            ReportSection::Background => "report-background",
            ReportSection::Approach => "report-approach",
            ReportSection::Materials => "report-materials",
            ReportSection::Conclusions => "report-conclusions",
            ReportSection::RecommendationsParticipants => "report-recommendations-participants",
            ReportSection::RecommendationsPresenters => "report-recommendations-presenters",
            ReportSection::FollowUp => "report-follow-up",
        }
    }

    /// Whether the section's points are gathered under General Conclusions.
    pub fn is_outcome(self) -> bool {
        matches!(
            self,
            ReportSection::Conclusions
                | ReportSection::RecommendationsParticipants
                | ReportSection::RecommendationsPresenters
                | ReportSection::FollowUp
        )
    }
}

/// The report section an agenda section's title names, in any language convene speaks
/// ("Общие выводы", "Background", "Хулосаҳои умумӣ"), compared without case and with ё
/// as е.
pub fn report_section(title: &str) -> Option<ReportSection> {
    // Built once: the draft asks for every entry's section.
    static TITLES: std::sync::OnceLock<Vec<(String, ReportSection)>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        ReportSection::ALL
            .into_iter()
            .flat_map(|s| Lang::ALL.iter().map(move |&lang| (fold(&tr(lang, s.heading_id(), &[])), s)))
            .collect()
    });
    let wanted = fold(title);
    titles.iter().find(|(t, _)| *t == wanted).map(|(_, s)| *s)
}

/// Whether an agenda section is the conclusions section (or one of its lists): its points
/// default to conclusions on the run screen, and the draft gathers them under one heading.
pub fn is_conclusions(section: &str) -> bool {
    report_section(section).is_some_and(ReportSection::is_outcome)
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('ё', "е")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conclusions_section_in_each_language() {
        assert!(is_conclusions("General Conclusions"));
        assert!(is_conclusions("general  conclusions "));
        assert!(is_conclusions("Общие выводы"));
        assert!(is_conclusions("ОБЩИЕ ВЫВОДЫ"));
        assert!(is_conclusions("Хулосаҳои умумӣ"));
        assert!(!is_conclusions("Conclusions of Session 1"));
        assert!(!is_conclusions("Выводы рабочей группы"));
    }

    #[test]
    fn every_report_heading_in_each_language() {
        assert_eq!(report_section("Справочная информация"), Some(ReportSection::Background));
        assert_eq!(report_section("background"), Some(ReportSection::Background));
        assert_eq!(report_section("Подход"), Some(ReportSection::Approach));
        assert_eq!(report_section("Материалы"), Some(ReportSection::Materials));
        assert_eq!(
            report_section("Рекомендации участников"),
            Some(ReportSection::RecommendationsParticipants)
        );
        assert_eq!(report_section("Possible follow-up activities"), Some(ReportSection::FollowUp));
        assert!(is_conclusions("Возможные последующие мероприятия"));
        assert!(!is_conclusions("Подход"));
        assert_eq!(report_section("Сессия 1"), None);
    }
}
